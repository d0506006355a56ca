// My legacies: the personas I keep and the ones shared with me, each with my role.
import { api } from "../api.js";
import { errorNotice, h, lifeSpan } from "../dom.js";
import { canEdit } from "./persona.js";
import { noticesSection } from "./notices.js";

export async function legaciesView(el, ctx) {
  ctx.title("legacies.title");
  const [page, notices] = await Promise.all([api.get("/personas?limit=50"), noticesSection()]);
  const list = h("ul", { class: "cards", "aria-labelledby": "legacies-h" });
  el.append(
    h("div", { class: "page-head" },
      h("h1", { id: "legacies-h", tabindex: "-1", t: "legacies.title" }),
      h("a", { class: "btn primary", href: "#/new", t: "legacies.create" })),
    h("p", { class: "lead", t: "legacies.lead" }),
    ...(notices ? [notices] : [])); // what happened to legacies I belong to, if anything did
  if (!page.items.length) {
    el.append(h("div", { class: "card empty" },
      h("h2", { t: "legacies.empty.title" }),
      h("p", { t: "legacies.empty.body" }),
      h("a", { class: "btn primary", href: "#/new", t: "legacies.create.first" })));
    return;
  }
  el.append(list);
  const add = (items) => list.append(...items.map(card));
  add(page.items);
  let cursor = page.next_cursor;
  if (cursor) {
    const more = h("button", { class: "btn", type: "button", t: "action.more" });
    more.addEventListener("click", async () => {
      more.disabled = true;
      try {
        const next = await api.get(`/personas?limit=50&cursor=${encodeURIComponent(cursor)}`);
        add(next.items);
        cursor = next.next_cursor;
        more.hidden = !cursor;
      } catch (error) { more.after(errorNotice(error)); }
      more.disabled = false;
    });
    el.append(more);
  }
}

function card(p) {
  const base = `#/p/${p.id}`;
  return h("li", { class: "card persona-card", "data-persona": p.id },
    h("h2", {}, h("a", { href: `${base}/talk` }, h("span", { user: p.name }))),
    h("p", { class: "meta" },
      lifeSpan(p),
      p.relationship ? h("span", { user: p.relationship }) : null,
      h("span", { t: "count.memories", tv: { n: p.memory_count || 0 } })),
    h("p", { class: "badges" },
      h("span", { class: "badge", t: `role.${p.role}` }),
      p.status !== "active" ? h("span", { class: "badge warn", t: `status.${p.status}` }) : null),
    h("p", { class: "actions" },
      h("a", { class: "btn primary", href: `${base}/talk`, t: "tab.talk" }),
      h("a", { class: "btn", href: `${base}/memories`, t: "tab.memories" }),
      h("a", { class: "btn", href: `${base}/family`, t: "tab.family" }),
      canEdit(p) ? h("a", { class: "btn", href: `${base}/edit`, t: "tab.edit" }) : null));
}
