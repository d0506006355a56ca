// My data: download everything as JSON; erase my account after typing a confirmation word.
import { api } from "../api.js";
import { busy, errorNotice, focusSomewhere, h, notice } from "../dom.js";
import { inEveryLang } from "../i18n.js";
import { legacyChoices } from "./erasure.js";

// The export comes in pages (a Lambda answer stops at 6 MB); join them into one file by
// concatenating each list. user, memberships and usage come whole with the first page.
const EXPORT_LISTS = ["personas_owned", "memories", "photos", "style_samples", "proposed_memories", "imports",
  "conversations", "messages"];

async function wholeExport(onPart) {
  const whole = await api.get("/me/export");
  let cursor = whole.next_cursor;
  for (let part = 2; cursor; part++) {
    onPart(part);
    const page = await api.get(`/me/export?cursor=${encodeURIComponent(cursor)}`);
    for (const name of EXPORT_LISTS) whole[name].push(...page[name]);
    cursor = page.next_cursor;
  }
  delete whole.next_cursor;
  return whole;
}

// Every conversation I had, whichever legacy: the way back to those whose legacy I can no
// longer see (a role taken away), which stay mine to read and delete.
async function myConversations() {
  const list = h("ul", { class: "cards compact", "aria-labelledby": "talks-h" });
  const more = h("button", { type: "button", class: "btn small", t: "action.more", hidden: true });
  const section = h("section", { class: "card", "aria-labelledby": "talks-h" },
    h("h2", { id: "talks-h", t: "account.talks.title" }), h("p", { t: "account.talks.lead" }), list, more);
  const problem = h("div");
  section.append(problem);
  let cursor = null;
  async function load() {
    busy(more, true);
    const before = list.children.length;
    try {
      const page = await api.get(`/me/conversations?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      list.append(...page.items.map((c) => h("li", { class: "card row-card", "data-conversation": c.id },
        h("a", { href: c.role ? `#/p/${c.persona_id}/talk/${c.id}` : `#/c/${c.id}` },
          c.role ? h("span", { t: "account.talks.item", tv: { name: c.persona_name || "", who: c.visitor_name || "" } })
            : h("span", { t: "account.talks.gone", tv: { who: c.visitor_name || "" } })),
        h("time", { date: c.updated_at || c.created_at }))));
      cursor = page.next_cursor;
      more.hidden = !cursor;
      problem.replaceChildren();
      if (!list.children.length) problem.replaceChildren(h("p", { class: "empty-line", t: "account.talks.none" }));
    } catch (error) { problem.replaceChildren(errorNotice(error)); }
    const focused = more.dataset.hadFocus === "yes"; // busy() noted it before disabling
    busy(more, false);
    // The last page hides the button that had focus: the first new conversation takes it.
    if (focused && more.hidden) focusSomewhere(list.children[before]?.querySelector("a"), list);
  }
  more.addEventListener("click", load);
  await load();
  return section;
}

export async function accountView(el, ctx) {
  ctx.title("account.title");
  const me = await api.get("/me");
  const exportButton = h("button", { type: "button", class: "btn primary", t: "account.export.button" });
  const exportSlot = h("div", { "aria-live": "polite" });
  exportButton.addEventListener("click", async () => {
    busy(exportButton, true);
    exportSlot.replaceChildren();
    try {
      const data = await wholeExport((part) =>
        exportSlot.replaceChildren(notice("info", "account.export.progress", { part })));
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
      const url = URL.createObjectURL(blob);
      const a = h("a", { href: url, download: `forever-us-${new Date().toISOString().slice(0, 10)}.json`, hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30000);
      exportSlot.replaceChildren(notice("ok", "account.export.done"));
    } catch (error) { exportSlot.replaceChildren(errorNotice(error)); }
    busy(exportButton, false);
  });

  const word = h("input", { id: "confirm-word", autocomplete: "off", spellcheck: "false", "aria-describedby": "confirm-hint" });
  const eraseButton = h("button", { type: "submit", class: "btn danger", t: "account.delete.button", disabled: true });
  const eraseSlot = h("div");
  let choices = await legacyChoices(); // legacies other people belong to: given or deleted?
  // The word of either language: a switch after typing must not leave a button that does nothing.
  const matches = () => inEveryLang("account.delete.word")
    .some((w) => word.value.trim().toLocaleUpperCase() === w.toLocaleUpperCase());
  word.addEventListener("input", () => { eraseButton.disabled = !matches(); });
  const eraseForm = h("form", { class: "card danger-zone", novalidate: true, "aria-labelledby": "erase-h" },
    h("h2", { id: "erase-h", t: "account.delete.title" }),
    h("p", { t: "account.delete.lead" }),
    h("ul", {}, ["owned", "talks", "shared"].map((k) => h("li", { t: `account.delete.${k}` }))),
    h("p", { t: "account.delete.after" }),
    choices.node,
    h("label", { for: "confirm-word", t: "account.delete.type", tv: { word: { key: "account.delete.word" } } }),
    h("p", { id: "confirm-hint", class: "hint", t: "account.delete.type.hint" }),
    word, eraseSlot, h("p", { class: "actions" }, eraseButton));
  eraseForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!matches()) return;
    const decided = choices.decisions();
    if (decided === null) return;
    busy(eraseButton, true);
    try {
      await api.del("/me", decided.length ? { legacies: decided } : undefined);
      ctx.signedOut("account.deleted");
    } catch (error) {
      busy(eraseButton, false);
      if (error.code === "DecisionsNeededError") {
        // Someone joined a legacy meanwhile: ask again, with everyone who belongs to it now.
        const fresh = await legacyChoices().catch(() => null);
        if (fresh) { choices.node.replaceWith(fresh.node); choices = fresh; }
        eraseSlot.replaceChildren(notice("error", "erasure.changed"));
        return;
      }
      eraseSlot.replaceChildren(errorNotice(error));
    }
  });
  el.append(
    h("h1", { tabindex: "-1", t: "account.title" }),
    h("p", { class: "lead", t: "account.signed", tv: { name: me.name || "", email: me.email || "" } }),
    h("section", { class: "card", "aria-labelledby": "export-h" },
      h("h2", { id: "export-h", t: "account.export.title" }),
      h("p", { t: "account.export.lead" }), exportButton, exportSlot),
    await myConversations(),
    eraseForm);
}
