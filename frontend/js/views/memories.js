// Memories: add, list (paged), search ranked by the same retrieval the conversation uses,
// edit and delete, each with its photos (added, captioned, deleted; docs/photos.md).
// Visitors read; owners and editors also write.
import { api, ApiError, seg } from "../api.js";
import {
  announce, busy, clearErrors, clearOnEdit, confirmDialog, describe, errorNotice, explain, field, h, notice,
  focusSomewhere, removeKeepingFocus, setFieldError, uid,
} from "../dom.js";
import { base64Of, postToBucket } from "../files.js";
import { canEdit, personaFrame } from "./persona.js";

const PAGE = 20;
const splitList = (text) => text.split(",").map((s) => s.trim()).filter(Boolean);
const PHOTO_MAX = 10 * 1024 * 1024; // the API's limit per photo
const PHOTO_INLINE = 3 * 1024 * 1024; // a larger one goes to the bucket first, where there is one (AWS)
const PHOTO_SIDE = 180; // how large a thumbnail is shown, in CSS pixels
// The reasons a photo is refused that the site words itself (with the limits the API sends).
const PHOTO_ERRORS = ["not_an_image", "unsupported_type", "file_too_large", "too_many_pixels", "too_many_photos",
  "empty", "bad_upload"];

/** Send one photo: in the request, or (a large one, on AWS) to the bucket first. */
async function sendPhoto(path, file) {
  if (file.size > PHOTO_MAX) throw Object.assign(new Error("too large"), { key: "photo.error.file_too_large", vars: { mb: 10 } });
  if (file.size > PHOTO_INLINE) {
    let form = null;
    try {
      form = await api.post(`${path}/upload-url`, { filename: file.name, size: file.size });
    } catch (error) {
      if (error.status !== 404) throw error; // 404: no bucket here, so the photo goes in the request
    }
    if (form) {
      if (!(await postToBucket(form, file))) throw Object.assign(new Error("upload"), { key: "photo.error.upload" });
      return api.post(path, { filename: file.name, upload_id: form.upload_id });
    }
  }
  return api.post(path, { filename: file.name, content_base64: await base64Of(file) });
}

/** Why a photo was not added, in the reader's language (from the reason, never the English). */
function photoProblem(error, name) {
  if (error.key) return notice("error", error.key, { ...error.vars, name });
  if (error instanceof ApiError && error.status === 400 && PHOTO_ERRORS.includes(error.reason)) {
    return notice("error", `photo.error.${error.reason}`, { ...error.limits, name });
  }
  return errorNotice(error);
}

export async function memoriesView(el, ctx, id) {
  const persona = await personaFrame(el, ctx, id, "memories");
  if (!persona) return;
  const base = `/personas/${seg(id)}/memories`;
  const editable = canEdit(persona);
  const list = h("ul", { class: "memories", "aria-labelledby": "all-h" });
  const results = h("section", { class: "results", "aria-live": "polite" });
  const more = h("button", { type: "button", class: "btn", t: "action.more", hidden: true });
  const first = await api.get(`${base}?limit=${PAGE}`);
  let cursor = first.next_cursor;

  el.append(h("h2", { class: "section-title", t: "memories.title" }),
    h("p", { class: "lead", t: editable ? "memories.lead.edit" : "memories.lead.read" }));
  if (editable) el.append(addForm(!first.items.length));
  el.append(searchForm(), results, h("h3", { id: "all-h", t: "memories.all" }));
  if (!first.items.length) el.append(h("p", { class: "empty-line", t: "memories.none" }));
  el.append(list, more);
  list.append(...first.items.map((m) => memoryCard(m)));
  more.hidden = !cursor;
  const moreProblem = h("div");
  more.before(moreProblem);
  more.addEventListener("click", async () => {
    busy(more, true);
    const before = list.children.length;
    try {
      const page = await api.get(`${base}?limit=${PAGE}&cursor=${encodeURIComponent(cursor)}`);
      list.append(...page.items.map((m) => memoryCard(m)));
      cursor = page.next_cursor;
      more.hidden = !cursor;
      moreProblem.replaceChildren();
    } catch (error) { moreProblem.replaceChildren(errorNotice(error)); }
    const focused = more.dataset.hadFocus === "yes"; // busy() noted it before disabling
    busy(more, false);
    // The last page hides the button that had focus: the first new memory takes it.
    if (focused && more.hidden) focusSomewhere(list.children[before]?.querySelector("button, a"), list);
  });

  function memoryForm(memory, onDone, onCancel) {
    const m = memory || {};
    const form = h("form", { class: "memory-form", novalidate: true },
      h("div", { class: "form-alert" }),
      field({ name: "title", label: "memory.title", maxlength: 200, value: m.title || "" }),
      h("div", { class: "row" },
        field({ name: "date", label: "memory.date", hint: "memory.date.hint", maxlength: 10, value: m.date || "" }),
        field({ name: "tags", label: "memory.tags", hint: "memory.tags.hint", value: (m.tags || []).join(", ") })),
      field({ name: "text", label: "memory.text", hint: "memory.text.hint", required: true, multiline: true, rows: 5,
        maxlength: 8000, value: m.text || "" }),
      field({ name: "triggers", label: "memory.triggers", hint: "memory.triggers.hint",
        value: (m.triggers || []).join(", ") }),
      h("div", { class: "actions" },
        onCancel ? h("button", { type: "button", class: "btn", t: "action.cancel", onclick: onCancel }) : null,
        h("button", { type: "submit", class: "btn primary", t: memory ? "action.save" : "memory.add.submit" })));
    clearOnEdit(form, form.querySelector(".form-alert"));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const alert = form.querySelector(".form-alert");
      clearErrors(form);
      alert.replaceChildren();
      const f = form.elements;
      const body = {
        title: f.title.value.trim(), text: f.text.value.trim(), date: f.date.value.trim() || null,
        tags: splitList(f.tags.value), triggers: splitList(f.triggers.value),
      };
      let bad = false;
      if (!body.text) bad = setFieldError(form, "text", "v.empty");
      if (body.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(body.date)) bad = setFieldError(form, "date", "v.date");
      if (bad) { alert.append(notice("error", "form.fix")); form.querySelector("[aria-invalid=true]").focus(); return; }
      const button = event.submitter;
      busy(button, true);
      try {
        const saved = memory
          ? await api.patch(`${base}/${seg(memory.id)}`, body)
          : await api.post(base, body);
        onDone(saved, form);
      } catch (error) {
        const { field: path } = error.status === 400 ? explain(error) : {};
        const { key, vars } = describe(error);
        const name = path?.split(/[.[]/)[0];
        alert.append(name && setFieldError(form, name, key, vars) ? notice("error", "form.fix") : errorNotice(error));
      }
      busy(button, false);
    });
    return form;
  }

  function addForm(open) {
    const form = memoryForm(null, (saved, f) => {
      f.reset();
      list.prepend(memoryCard(saved));
      el.querySelector(".empty-line")?.remove();
      announce("memory.added");
      f.querySelector(".form-alert").replaceChildren(notice("ok", "memory.added"));
    });
    return h("details", { class: "card add-memory", open },
      h("summary", {}, h("span", { t: "memory.add" })), form);
  }

  function searchForm() {
    const input = h("input", { type: "search", id: "memory-q", name: "q", maxlength: 500, autocomplete: "off" });
    const clear = h("button", { type: "button", class: "btn quiet", t: "search.clear", hidden: true });
    const form = h("form", { role: "search", class: "search", ta: { "aria-label": "search.label" } },
      h("label", { for: "memory-q", t: "search.label" }),
      h("div", { class: "inline" }, input,
        h("button", { type: "submit", class: "btn", t: "search.submit" }), clear));
    clear.addEventListener("click", () => { input.value = ""; results.replaceChildren(); clear.hidden = true; input.focus(); });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const q = input.value.trim();
      if (!q) { clear.click(); return; }
      try {
        const found = await api.get(`${base}?q=${encodeURIComponent(q)}&limit=10`);
        clear.hidden = false;
        results.replaceChildren(...(found.items.length
          ? [h("h3", { t: "search.results", tv: { n: found.items.length, q } }),
            h("ol", { class: "memories ranked" }, found.items.map((m) => memoryCard(m, true)))]
          : [h("p", { class: "empty-line", t: "search.none" })]));
      } catch (error) { results.replaceChildren(errorNotice(error)); }
    });
    return form;
  }

  function photoSection(m) {
    const path = `${base}/${seg(m.id)}/photos`;
    const list = h("ul", { class: "memories row", "data-photos": "", ta: { "aria-label": "photo.list" } });
    const draw = () => {
      list.replaceChildren(...(m.photos || []).map((p, i) => photoItem(p, i + 1)));
      list.hidden = !list.children.length;
    };
    const photoItem = (p, n) => {
      const scale = Math.min(1, PHOTO_SIDE / Math.max(p.width, p.height));
      const size = { width: Math.round(p.width * scale), height: Math.round(p.height * scale), loading: "lazy" };
      const img = p.caption ? h("img", { src: p.thumbnail_url, alt: p.caption, translate: "no", ...size })
        : h("img", { src: p.thumbnail_url, ta: { alt: "photo.alt" }, ...size });
      const item = h("li", { "data-photo": p.id },
        h("a", { href: p.url, target: "_blank", rel: "noopener", ta: { "aria-label": "photo.open" }, tv: { n } }, img),
        p.caption ? h("p", { class: "caption", user: p.caption }) : null,
        p.taken_at ? h("p", { class: "meta" }, h("span", { t: "photo.taken" }),
          h("time", { date: p.taken_at.slice(0, 10) })) : null);
      if (!editable) return item;
      const caption = () => {
        const form = h("form", { class: "caption-form", novalidate: true },
          field({ name: "caption", label: "photo.caption", labelVars: { n }, maxlength: 500, value: p.caption || "" }),
          h("div", { class: "actions" },
            h("button", { type: "button", class: "btn small", t: "action.cancel", onclick: () => { form.replaceWith(controls); controls.querySelector("button").focus(); } }),
            h("button", { type: "submit", class: "btn small primary", t: "action.save" })));
        clearOnEdit(form);
        form.addEventListener("submit", async (event) => {
          event.preventDefault();
          const button = event.submitter;
          busy(button, true);
          try {
            Object.assign(p, await api.patch(`${path}/${seg(p.id)}`, { caption: form.elements.caption.value.trim() }));
            draw();
            announce("photo.caption.saved");
            list.querySelector(`[data-photo="${CSS.escape(p.id)}"] button`)?.focus();
          } catch (error) {
            const { key, vars } = describe(error);
            if (!(error.status === 400 && setFieldError(form, "caption", key, vars))) form.append(errorNotice(error));
            busy(button, false);
          }
        });
        controls.replaceWith(form);
        form.elements.caption.focus();
      };
      const remove = async () => {
        const sure = await confirmDialog({ title: "photo.delete.confirm", body: "photo.delete.body", confirm: "action.delete" });
        if (!sure) return;
        try {
          await api.del(`${path}/${seg(p.id)}`);
          const at = m.photos.indexOf(p);
          m.photos = m.photos.filter((x) => x !== p);
          draw(); // the others keep their place; focus goes to the one now here, or the file input
          focusSomewhere((list.children[at] || list.children[at - 1])?.querySelector("button"), input);
          announce("photo.deleted");
        } catch (error) { item.append(errorNotice(error)); }
      };
      const controls = h("p", { class: "actions" },
        h("button", { type: "button", class: "btn small", t: "photo.caption.edit", onclick: caption,
          ta: { "aria-label": "photo.caption.edit.label" }, tv: { n } }),
        h("button", { type: "button", class: "btn small danger-quiet", t: "action.delete", onclick: remove,
          ta: { "aria-label": "photo.delete.label" }, tv: { n } }));
      item.append(controls);
      return item;
    };
    draw();
    if (!editable) return [list];
    const fileId = uid("photo");
    const input = h("input", { type: "file", id: fileId, accept: "image/jpeg,image/png,image/webp", multiple: true,
      "aria-describedby": `${fileId}-h` });
    const status = h("div", { class: "form-alert", "aria-live": "polite" });
    input.addEventListener("change", async () => {
      const files = [...input.files];
      input.value = "";
      status.replaceChildren();
      for (const file of files) {
        status.replaceChildren(notice("info", "photo.adding", { name: file.name }));
        try {
          const added = await sendPhoto(path, file);
          m.photos = [...(m.photos || []), added];
          draw();
          status.replaceChildren(notice("ok", "photo.added", { name: file.name }));
        } catch (error) {
          status.replaceChildren(photoProblem(error, file.name));
          break;
        }
      }
    });
    return [list, h("details", { class: "photo-add" }, h("summary", { t: "photo.add" }),
      h("div", { class: "field" },
        h("label", { for: fileId, t: "photo.choose" }),
        h("p", { class: "hint", id: `${fileId}-h`, t: "photo.add.hint" }), input)), status];
  }

  function memoryCard(m, found = false) { // found: a search result, which says how well it matches
    const card = h("li", { class: "card memory", "data-memory": m.id });
    const draw = () => {
      card.replaceChildren(...[...memoryBody(m), ...photoSection(m),
        found ? h("p", { class: "score" }, h("span", { t: m.answers ? "search.answers" : "search.partly" }),
          h("meter", { min: 0, max: 1, value: m.relevance, "aria-hidden": "true" })) : null,
        editable ? h("p", { class: "actions" },
          h("button", { type: "button", class: "btn small", t: "action.edit", onclick: edit,
            ta: { "aria-label": "memory.edit.label" }, tv: { title: m.title || m.text.slice(0, 40) } }),
          h("button", { type: "button", class: "btn small danger-quiet", t: "action.delete", onclick: remove,
            ta: { "aria-label": "memory.delete.label" }, tv: { title: m.title || m.text.slice(0, 40) } })) : null,
      ].filter(Boolean));
    };
    const edit = () => {
      card.replaceChildren(h("h4", { t: "memory.edit" }), memoryForm(m, (saved) => {
        Object.assign(m, saved);
        draw();
        announce("memory.saved");
        card.querySelector("button")?.focus();
      }, () => { draw(); card.querySelector("button")?.focus(); }));
      card.querySelector("input,textarea").focus();
    };
    const remove = async () => {
      const sure = await confirmDialog({ title: "memory.delete.confirm", body: "memory.delete.body", confirm: "action.delete" });
      if (!sure) return;
      try {
        await api.del(`${base}/${seg(m.id)}`);
        const cards = [...el.querySelectorAll(`[data-memory="${CSS.escape(m.id)}"]`)];
        const here = cards.find((c) => c.contains(document.activeElement)) || cards[0];
        cards.filter((c) => c !== here).forEach((c) => c.remove());
        if (here) removeKeepingFocus(here, el.querySelector(".section-title"));
        announce("memory.deleted");
      } catch (error) { card.append(errorNotice(error)); }
    };
    draw();
    return card;
  }
}

/** Title, date, tags and text of a memory (also used by the conversation's "based on" chips). */
export function memoryBody(m) {
  return [
    m.title ? h("h4", { user: m.title }) : h("h4", { t: "memory.untitled" }),
    m.date || m.tags?.length ? h("p", { class: "meta" },
      m.date ? h("time", { date: m.date }) : null,
      m.tags?.length ? h("span", { class: "tags" }, m.tags.map((tag) => h("span", { class: "tag", user: tag }))) : null) : null,
    h("p", { class: "text", user: m.text }),
  ];
}
