// Before an account is erased: for each legacy I keep that other people belong to, whether one
// of its editors receives it or it is deleted (its members are told either way). The API refuses
// an erasure that leaves any of them undecided (409 DecisionsNeededError).
import { api } from "../api.js";
import { h, setFieldError, uid } from "../dom.js";

const named = (m) => m.name || m.email || "";

/** One legacy's question, shaped like dom.radios() (whose labels cannot carry names). */
function question(legacy, onchange) {
  const editors = legacy.members.filter((m) => m.role === "editor");
  const options = [...editors.map((m) => [`transfer:${m.user_id}`, "erasure.transfer", named(m)]),
    ["delete", "erasure.delete", ""]];
  const name = `legacy-${legacy.persona_id}`;
  return h("fieldset", { class: "choices", "data-field": name, "data-legacy": legacy.persona_id },
    h("legend", { t: "erasure.legend", tv: { name: legacy.name } }),
    h("p", { class: "hint", t: editors.length ? "erasure.members" : "erasure.members.noeditor",
      tv: { who: legacy.members.map(named).filter(Boolean).join(", ") } }),
    options.map(([value, key, person]) => {
      const id = uid("r");
      return h("div", { class: "choice" },
        h("input", { type: "radio", id, name, value, onchange: () => onchange(value) }),
        h("label", { for: id }, h("span", { t: key, tv: { name: person } })));
    }),
    h("p", { class: "error", hidden: true }));
}

/** { node, decisions(), needed }: decisions() is the list the API takes, or null with the
 *  unanswered questions marked and the first one focused. */
export async function legacyChoices() {
  const plan = await api.get("/me/erasure");
  const shared = plan.legacies.filter((l) => l.needs_decision);
  const chosen = new Map();
  const node = h("div", { class: "legacy-choices", "data-legacy-choices": "" });
  if (shared.length) {
    node.append(h("p", { t: "erasure.lead" }),
      ...shared.map((legacy) => question(legacy, (value) => {
        chosen.set(legacy.persona_id, value);
        setFieldError(node, `legacy-${legacy.persona_id}`, null);
      })));
  }
  function decisions() {
    let first = null;
    const list = [];
    for (const legacy of shared) {
      const name = `legacy-${legacy.persona_id}`;
      const value = chosen.get(legacy.persona_id);
      setFieldError(node, name, value ? null : "erasure.choose");
      if (!value) {
        first ??= node.querySelector(`[data-field="${CSS.escape(name)}"] input`);
      } else if (value === "delete") {
        list.push({ persona_id: legacy.persona_id, decision: "delete" });
      } else {
        list.push({ persona_id: legacy.persona_id, decision: "transfer",
          transfer_to: value.slice("transfer:".length) });
      }
    }
    if (first) { first.focus(); return null; }
    return list;
  }
  return { node, decisions, needed: shared.length };
}
