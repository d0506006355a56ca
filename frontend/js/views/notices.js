// What happened to legacies I belong to (handed to me, a new owner, deleted), on my home page;
// each is mine alone and can be dismissed. They expire on their own after a while.
import { api, seg } from "../api.js";
import { announce, errorNotice, focusSomewhere, h, removeKeepingFocus } from "../dom.js";

// owner_left: it happened as the owner erased their account; the words say so.
const KEYS = {
  ownership_received: ["notices.received", "notices.received.left"],
  owner_changed: ["notices.changed", "notices.changed.left"],
  legacy_deleted: ["notices.deleted", "notices.deleted.left"],
};

/** A section with my notices, or null when there are none (or they could not be read: the
 *  home page stays useful without them). */
export async function noticesSection() {
  let items;
  try {
    items = (await api.get("/me/notices")).items.filter((n) => KEYS[n.event]);
  } catch { return null; }
  if (!items.length) return null;
  const list = h("ul", { class: "cards compact", "aria-labelledby": "notices-h" });
  const section = h("section", { class: "card notices", "aria-labelledby": "notices-h", "data-notices": "" },
    h("h2", { id: "notices-h", t: "notices.title" }), list);
  list.append(...items.map((n) => {
    const key = KEYS[n.event][n.owner_left ? 1 : 0];
    const vars = { by: n.by_name || "", persona: n.persona_name || "", owner: n.new_owner_name || "" };
    const dismiss = h("button", { type: "button", class: "btn small", t: "notices.dismiss",
      ta: { "aria-label": "notices.dismiss.label" }, tv: { persona: vars.persona } });
    const item = h("li", { class: "card row-card", "data-notice": n.id, "data-event": n.event },
      h("p", { t: key, tv: vars }),
      n.event === "ownership_received" && n.persona_id
        ? h("a", { class: "btn small", href: `#/p/${seg(n.persona_id)}/family`, t: "notices.open" }) : null,
      h("time", { date: n.created_at }), dismiss);
    dismiss.addEventListener("click", async () => {
      dismiss.disabled = true;
      try {
        await api.del(`/me/notices/${seg(n.id)}`);
        if (list.children.length === 1) {
          section.remove();
          focusSomewhere(document.querySelector("main h1"));
        } else removeKeepingFocus(item, list);
        announce("notices.dismissed");
      } catch (error) {
        dismiss.disabled = false;
        item.append(errorNotice(error));
      }
    });
    return item;
  }));
  return section;
}
