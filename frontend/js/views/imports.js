// Import a WhatsApp chat (owners and editors): upload the export, follow the job, say which
// sender is the person, review the memories it proposes, and keep or delete the style samples
// (the person's own messages, which give the persona their way of writing). docs/imports.md
import { api, ApiError, seg } from "../api.js";
import {
  announce, busy, confirmDialog, errorNotice, field, focusSomewhere, h, notice, removeKeepingFocus,
  uid,
} from "../dom.js";
import { base64Of, postToBucket } from "../files.js";
import { memoryBody } from "./memories.js";
import { canEdit, personaFrame } from "./persona.js";

const PAGE = 20;
const INLINE_MAX = 3 * 1024 * 1024; // a larger file goes to the bucket first (AWS only)
const POLL_MS = 700;
const WORKING = ["queued", "running"];
const ERRORS = ["NotAChatExport", "FileTooLarge", "PersonNotInChat", "ImportFailed"];

export async function importsView(el, ctx, id) {
  const persona = await personaFrame(el, ctx, id, "imports");
  if (!persona) return;
  if (!canEdit(persona)) {
    el.append(h("div", { class: "notice info", role: "status", "data-state": "no-imports" },
      h("p", { t: "imports.editors" })));
    return;
  }
  const base = `/personas/${seg(id)}`;
  const state = h("section", { class: "import-state", "aria-live": "polite", "data-import-state": "" });
  const proposals = h("ul", { class: "memories", "aria-labelledby": "proposed-h", "data-proposals": "" });
  const samples = h("ul", { class: "cards compact", "aria-labelledby": "samples-h", "data-samples": "" });
  const history = h("ul", { class: "cards compact", "aria-labelledby": "history-h", "data-imports": "" });
  let watching = null;

  el.append(h("h2", { class: "section-title", t: "imports.title" }),
    h("p", { class: "lead", t: "imports.lead" }),
    uploadForm(), state,
    h("h2", { class: "section-title", id: "proposed-h", t: "imports.proposed.title" }),
    h("p", { class: "hint", t: "imports.proposed.lead" }), proposals,
    h("h2", { class: "section-title", id: "samples-h", t: "imports.samples.title" }),
    h("p", { class: "hint", t: "imports.samples.lead" }), samples,
    h("h2", { class: "section-title", id: "history-h", t: "imports.history.title" }), history);

  const [firstProposals, firstSamples, firstImports] = await Promise.all([
    api.get(`${base}/memories?status=proposed&limit=${PAGE}`),
    api.get(`${base}/style-samples?limit=${PAGE}`),
    api.get(`${base}/imports?limit=${PAGE}`)]);
  paged(proposals, firstProposals, (cursor) => api.get(
    `${base}/memories?status=proposed&limit=${PAGE}&cursor=${encodeURIComponent(cursor)}`), proposalCard, "imports.proposed.none");
  paged(samples, firstSamples, (cursor) => api.get(
    `${base}/style-samples?limit=${PAGE}&cursor=${encodeURIComponent(cursor)}`), sampleItem, "imports.samples.none");
  drawHistory(firstImports.items);
  const unfinished = firstImports.items.find((j) => WORKING.includes(j.status) || j.status === "needs_person");
  if (unfinished) follow(unfinished.id);

  /** A list drawn from its first page, with a "show more" button while pages remain. */
  function paged(list, first, next, draw, emptyKey) {
    const more = h("button", { type: "button", class: "btn", t: "action.more", hidden: !first.next_cursor });
    const problem = h("div");
    const empty = h("p", { class: "empty-line", t: emptyKey, hidden: first.items.length > 0 });
    let cursor = first.next_cursor;
    list.replaceChildren(...first.items.map(draw));
    list.after(empty, problem, more);
    list.dataset.emptyKey = emptyKey;
    more.addEventListener("click", async () => {
      busy(more, true);
      try {
        const page = await next(cursor);
        list.append(...page.items.map(draw));
        cursor = page.next_cursor;
        more.hidden = !cursor;
        problem.replaceChildren();
      } catch (error) { problem.replaceChildren(errorNotice(error)); }
      busy(more, false);
    });
  }

  function emptied(list) {
    const empty = list.nextElementSibling;
    if (empty && !list.children.length) empty.hidden = false;
  }

  async function reload(list, path, draw) {
    const page = await api.get(path);
    list.replaceChildren(...page.items.map(draw));
    const empty = list.nextElementSibling;
    if (empty) empty.hidden = page.items.length > 0;
  }

  function uploadForm() {
    const fileId = uid("file");
    const input = h("input", { type: "file", id: fileId, name: "file", accept: ".txt,.zip,text/plain,application/zip",
      "aria-describedby": `${fileId}-h`, required: true });
    const alert = h("div", { class: "form-alert" });
    const form = h("form", { class: "card import-form", novalidate: true },
      h("div", { class: "field" },
        h("label", { for: fileId, t: "imports.file" }),
        h("p", { class: "hint", id: `${fileId}-h`, t: "imports.file.hint" }),
        input),
      field({ name: "person", label: "imports.person.optional", hint: "imports.person.optional.hint", maxlength: 100 }),
      alert,
      h("div", { class: "actions" }, h("button", { type: "submit", class: "btn primary", t: "imports.submit" })));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      alert.replaceChildren();
      const file = input.files?.[0];
      if (!file) { alert.append(notice("error", "imports.file.missing")); input.focus(); return; }
      const person = form.elements.person.value.trim();
      const button = event.submitter;
      busy(button, true);
      try {
        const started = await send(file, person);
        form.reset();
        announce("imports.started");
        follow(started.id);
      } catch (error) {
        if (error.key) alert.append(notice("error", error.key, error.vars));
        else if (error instanceof ApiError && error.field === "person") alert.append(notice("error", "imports.person.unknown"));
        else alert.append(errorNotice(error));
      }
      busy(button, false);
    });
    return form;
  }

  async function send(file, person) {
    const common = { kind: "whatsapp", filename: file.name, ...(person ? { person } : {}) };
    if (file.size <= INLINE_MAX) {
      return api.post(`${base}/imports`, { ...common, content_base64: await base64Of(file) });
    }
    let form;
    try {
      form = await api.post(`${base}/imports/upload-url`, { filename: file.name, size: file.size });
    } catch (error) {
      if (error.status === 404) throw Object.assign(new Error("too large"), { key: "imports.file.toolarge.here" });
      throw error;
    }
    if (!(await postToBucket(form, file))) {
      throw Object.assign(new Error("upload"), { key: "imports.file.toolarge", vars: { mb: 200 } });
    }
    return api.post(`${base}/imports`, { ...common, upload_id: form.upload_id });
  }

  /** Show one import and follow it until it needs someone or ends. */
  function follow(importId) {
    if (watching) clearTimeout(watching);
    const look = async () => {
      watching = null;
      if (!el.isConnected) return;
      let job;
      try {
        job = await api.get(`${base}/imports/${seg(importId)}`);
      } catch (error) { state.replaceChildren(errorNotice(error)); return; }
      drawState(job);
      if (WORKING.includes(job.status)) watching = setTimeout(look, POLL_MS);
      else ended(job);
    };
    look();
  }

  async function ended(job) {
    const list = await api.get(`${base}/imports?limit=${PAGE}`).catch(() => null);
    if (list) drawHistory(list.items);
    if (job.status !== "done") return;
    await reload(proposals, `${base}/memories?status=proposed&limit=${PAGE}`, proposalCard).catch(() => {});
    await reload(samples, `${base}/style-samples?limit=${PAGE}`, sampleItem).catch(() => {});
  }

  function drawState(job) {
    state.dataset.status = job.status;
    const parts = [h("h3", {}, h("span", { t: `imports.status.${job.status}` }), " ",
      h("span", { class: "meta", user: job.filename || "" }))];
    if (WORKING.includes(job.status)) {
      parts.push(h("progress", { max: 100, value: job.progress, ta: { "aria-label": "imports.progress" } }),
        h("p", { t: "imports.progress.value", tv: { n: job.progress } }));
    }
    if (job.status === "needs_person") parts.push(...personChoice(job));
    if (job.status === "done") {
      parts.push(notice("ok", job.duplicate_of ? "imports.done.duplicate" : "imports.done",
        { samples: job.style_samples, proposals: job.proposed_memories, person: job.person || "" }));
    }
    if (job.status === "failed") {
      const code = ERRORS.includes(job.error?.code) ? job.error.code : "ImportFailed";
      parts.push(notice("error", `imports.error.${code}`));
    }
    if (job.counts && job.status !== "failed") parts.push(countsOf(job));
    state.replaceChildren(h("div", { class: "card" }, ...parts));
  }

  function countsOf(job) {
    const c = job.counts;
    return h("p", { class: "meta", t: "imports.counts", tv: {
      person: c.person_messages, other: c.other_messages, media: c.media, deleted: c.deleted, system: c.system } });
  }

  function personChoice(job) {
    const legend = uid("who");
    const chosen = { name: null };
    const group = h("fieldset", { class: "choices", "data-field": "person", "aria-describedby": `${legend}-h` },
      h("legend", { t: "imports.person.legend" }),
      h("p", { class: "hint", id: `${legend}-h`, t: "imports.person.hint" }),
      job.senders.map((s) => {
        const rid = uid("r");
        return h("div", { class: "choice" },
          h("input", { type: "radio", id: rid, name: `person-${job.id}`, value: s.name,
            onchange: () => { chosen.name = s.name; } }),
          h("label", { for: rid }, h("span", { user: s.name }), " ",
            h("span", { class: "meta", t: "imports.sender.count", tv: { n: s.messages } })));
      }));
    const alert = h("div", { class: "form-alert" });
    const button = h("button", { type: "submit", class: "btn primary", t: "imports.person.submit" });
    const form = h("form", { class: "person-form", novalidate: true },
      job.error?.code === "PersonNotInChat" ? notice("error", "imports.error.PersonNotInChat") : null,
      group, alert, h("div", { class: "actions" }, button));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      alert.replaceChildren();
      if (!chosen.name) { alert.append(notice("error", "imports.person.missing")); return; }
      busy(button, true);
      try {
        await api.patch(`${base}/imports/${seg(job.id)}`, { person: chosen.name });
        follow(job.id);
      } catch (error) { alert.append(errorNotice(error)); busy(button, false); }
    });
    return [form];
  }

  function drawHistory(items) {
    history.replaceChildren(...items.map((job) => h("li", { class: "card row-card", "data-import": job.id },
      h("p", { class: "name" }, h("span", { user: job.filename || "" })),
      h("span", { class: `badge${job.status === "failed" ? " warn" : ""}`, t: `imports.status.${job.status}` }),
      h("time", { date: job.created_at }),
      h("button", { type: "button", class: "btn small danger-quiet", t: "action.delete",
        ta: { "aria-label": "imports.delete.label" }, tv: { name: job.filename || "" },
        onclick: (event) => forget(job, event.currentTarget.closest("li")) }))));
    if (!items.length) history.replaceChildren(h("li", { class: "empty-line", t: "imports.history.none" }));
  }

  async function forget(job, item) {
    const sure = await confirmDialog({ title: "imports.delete.confirm", body: "imports.delete.body",
      vars: { name: job.filename || "" }, confirm: "action.delete" });
    if (!sure) return;
    try {
      await api.del(`${base}/imports/${seg(job.id)}`);
      removeKeepingFocus(item, el.querySelector("#history-h"));
      if (state.querySelector("h3") && state.dataset.status) state.replaceChildren();
      announce("imports.deleted");
    } catch (error) { item.append(errorNotice(error)); }
  }

  function proposalCard(m) {
    const card = h("li", { class: "card memory", "data-proposal": m.id });
    const title = m.title || m.text.slice(0, 40);
    const draw = () => card.replaceChildren(...memoryBody(m).filter(Boolean),
      h("p", { class: "actions" },
        h("button", { type: "button", class: "btn small primary", t: "imports.accept", onclick: accept,
          ta: { "aria-label": "imports.accept.label" }, tv: { title } }),
        h("button", { type: "button", class: "btn small", t: "action.edit", onclick: edit,
          ta: { "aria-label": "imports.edit.label" }, tv: { title } }),
        h("button", { type: "button", class: "btn small danger-quiet", t: "imports.discard", onclick: discard,
          ta: { "aria-label": "imports.discard.label" }, tv: { title } })));
    const gone = (key) => {
      removeKeepingFocus(card, el.querySelector("#proposed-h"));
      emptied(proposals);
      announce(key);
    };
    async function accept() {
      try {
        await api.patch(`${base}/memories/${seg(m.id)}`, { status: "active" });
        gone("imports.accepted");
      } catch (error) { card.append(errorNotice(error)); }
    }
    async function discard() {
      const sure = await confirmDialog({ title: "imports.discard.confirm", body: "imports.discard.body",
        confirm: "imports.discard" });
      if (!sure) return;
      try {
        await api.del(`${base}/memories/${seg(m.id)}`);
        gone("imports.discarded");
      } catch (error) { card.append(errorNotice(error)); }
    }
    function edit() {
      const alert = h("div", { class: "form-alert" });
      const form = h("form", { class: "memory-form", novalidate: true }, alert,
        field({ name: "title", label: "memory.title", maxlength: 200, value: m.title || "" }),
        field({ name: "date", label: "memory.date", hint: "memory.date.hint", maxlength: 10, value: m.date || "" }),
        field({ name: "text", label: "memory.text", required: true, multiline: true, rows: 6, maxlength: 8000, value: m.text }),
        h("div", { class: "actions" },
          h("button", { type: "button", class: "btn", t: "action.cancel", onclick: () => { draw(); focusSomewhere(card.querySelector("button")); } }),
          h("button", { type: "submit", class: "btn primary", t: "action.save" })));
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        alert.replaceChildren();
        const f = form.elements;
        const body = { title: f.title.value.trim(), text: f.text.value.trim(), date: f.date.value.trim() || null };
        if (!body.text) { alert.append(notice("error", "v.empty")); return; }
        const button = event.submitter;
        busy(button, true);
        try {
          Object.assign(m, await api.patch(`${base}/memories/${seg(m.id)}`, body));
          draw();
          announce("memory.saved");
          focusSomewhere(card.querySelector("button"));
        } catch (error) { alert.append(errorNotice(error)); busy(button, false); }
      });
      card.replaceChildren(h("h4", { t: "memory.edit" }), form);
      form.querySelector("input,textarea").focus();
    }
    draw();
    return card;
  }

  function sampleItem(s) {
    const item = h("li", { class: "card row-card", "data-sample": s.id },
      h("p", { class: "text", user: s.text }),
      h("time", { date: s.at }),
      h("button", { type: "button", class: "btn small danger-quiet", t: "action.delete",
        ta: { "aria-label": "imports.sample.delete.label" }, tv: { text: s.text.slice(0, 40) },
        onclick: async () => {
          try {
            await api.del(`${base}/style-samples/${seg(s.id)}`);
            removeKeepingFocus(item, el.querySelector("#samples-h"));
            emptied(samples);
            announce("imports.sample.deleted");
          } catch (error) { item.append(errorNotice(error)); }
        } }));
    return item;
  }
}
