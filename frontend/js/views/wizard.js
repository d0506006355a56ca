// Create or edit a legacy, one calm step at a time. Nothing is saved without consent.
import { api, seg } from "../api.js";
import {
  announce, busy, clearErrors, clearOnEdit, confirmDialog, describe, errorNotice, explain, field, h, notice,
  radios, setFieldError,
} from "../dom.js";
import { cardImport } from "./cards.js";
import { personaFrame } from "./persona.js";

const STEPS = ["who", "consent", "voice", "words", "names", "status"];
const FIELD_STEP = {
  name: 0, relationship: 0, birth_year: 0, death_year: 0, language: 0, consent: 1,
  biography: 2, personality: 2, speaking_style: 2, example_messages: 3, greeting: 3,
  aliases: 4, status: 5,
};
const MAX_YEAR = new Date().getFullYear() + 1;
const drafts = {}; // unsaved work survives leaving the page (this tab and this person only)

function blank(user, language) {
  return {
    name: "", relationship: "", birth_year: "", death_year: "", language,
    consent: { basis: "", statement: "", attested_by: user?.name || "", confirmed: false },
    biography: "", personality: "", speaking_style: "", example_messages: [""], greeting: "",
    aliases: [], status: "active",
  };
}

function fromPersona(p) {
  const text = Object.fromEntries(["name", "relationship", "biography", "personality", "speaking_style", "greeting"]
    .map((k) => [k, p[k] ?? ""]));
  return {
    ...p, ...text, status: p.status || "active", birth_year: p.birth_year ?? "", death_year: p.death_year ?? "",
    example_messages: p.example_messages?.length ? [...p.example_messages] : [""],
    aliases: (p.aliases || []).map((a) => ({ name: a.name, also: (a.also_called || []).join(", ") })),
  };
}

const toYear = (v) => (String(v).trim() === "" ? null : Number(String(v).trim()));

function payload(d, creating) {
  const body = {
    name: d.name.trim(), language: d.language, relationship: d.relationship.trim(),
    birth_year: toYear(d.birth_year), death_year: toYear(d.death_year),
    biography: d.biography.trim(), personality: d.personality.trim(),
    speaking_style: d.speaking_style.trim(), greeting: d.greeting.trim(), status: d.status,
    example_messages: d.example_messages.map((m) => m.trim()).filter(Boolean),
    aliases: d.aliases.filter((a) => a.name.trim()).map((a) => ({
      name: a.name.trim(),
      also_called: a.also.split(",").map((s) => s.trim()).filter(Boolean),
    })),
  };
  if (creating) {
    const { basis, statement, attested_by: by } = d.consent;
    body.consent = { basis, statement: statement.trim(), attested_by: by.trim() };
  }
  return body;
}

/** Client-side checks for one step: [field, key, vars] for each problem. */
function problems(step, d, creating) {
  const found = [];
  if (step === 0) {
    if (!d.name.trim()) found.push(["name", "v.empty"]);
    for (const name of ["birth_year", "death_year"]) {
      const raw = String(d[name]).trim();
      if (raw && (!/^\d{4}$/.test(raw) || +raw < 1800 || +raw > MAX_YEAR)) {
        found.push([name, "v.range", { low: "1800", high: String(MAX_YEAR) }]);
      }
    }
    const [b, x] = [toYear(d.birth_year), toYear(d.death_year)];
    if (!found.length && b && x && x < b) found.push(["death_year", "v.years"]);
  }
  if (step === 1 && creating) {
    if (!d.consent.basis) found.push(["consent.basis", "v.choose"]);
    if (!d.consent.statement.trim()) found.push(["consent.statement", "v.empty"]);
    if (!d.consent.attested_by.trim()) found.push(["consent.attested_by", "v.empty"]);
    if (!d.consent.confirmed) found.push(["consent.confirmed", "v.confirm"]);
  }
  return found;
}

export async function wizardView(el, ctx, id) {
  let persona = null;
  if (id) {
    persona = await personaFrame(el, ctx, id, "edit");
    if (!persona) return;
    if (persona.role === "visitor") { el.append(notice("error", "error.forbidden")); return; }
  } else {
    ctx.title("wizard.new.title");
    el.append(
      h("p", { class: "crumb" }, h("a", { href: "#/", t: "nav.back" })),
      h("h1", { tabindex: "-1", t: "wizard.new.title" }),
      h("p", { class: "lead", t: "wizard.new.lead" }),
      cardImport(ctx)); // or bring one in from a character card
  }
  const creating = !persona;
  const draftKey = `new:${ctx.user?.id}`;
  const draft = creating ? (drafts[draftKey] ||= blank(ctx.user, ctx.lang())) : fromPersona(persona);
  let step = 0;
  let reached = creating ? 0 : STEPS.length - 1;
  const stepper = h("ol", { class: "stepper", ta: { "aria-label": "wizard.steps" } });
  const alert = h("div", { class: "form-alert" });
  const form = h("form", { class: "card wizard", novalidate: true });
  clearOnEdit(form, alert);
  el.append(stepper, form);
  if (!creating && persona.role === "owner") el.append(dangerZone(ctx, persona));
  render(false);

  function render(focus = true) {
    stepper.replaceChildren(...STEPS.map((name, i) => h("li", {},
      h("button", {
        type: "button", class: "step", disabled: i > reached, "aria-current": i === step ? "step" : null,
        onclick: () => go(i),
      }, h("span", { class: "num", "aria-hidden": "true", user: String(i + 1) }),
      h("span", { t: `wizard.step.${name}` })))));
    const last = step === STEPS.length - 1;
    form.replaceChildren(
      alert,
      h("p", { class: "step-count", t: "wizard.step.of", tv: { n: String(step + 1), total: String(STEPS.length) } }),
      SECTIONS[STEPS[step]](draft, creating, persona, rerender),
      h("div", { class: "actions" },
        step > 0 ? h("button", { type: "button", class: "btn", t: "action.back", onclick: () => go(step - 1) }) : null,
        !last ? h("button", { type: creating ? "submit" : "button", class: creating ? "btn primary" : "btn", t: "action.next",
          "data-action": "next", onclick: creating ? null : () => go(step + 1) }) : null,
        creating && last ? h("button", { type: "submit", class: "btn primary", t: "wizard.create" }) : null,
        !creating ? h("button", { type: "submit", class: "btn primary", t: "wizard.save" }) : null));
    if (focus) form.querySelector("legend, h2")?.focus?.();
    if (focus) form.querySelector(".step-count").scrollIntoView({ block: "nearest" });
  }

  function rerender() {
    const y = window.scrollY;
    render(false);
    window.scrollTo(0, y);
  }

  function check(i) {
    clearErrors(form);
    alert.replaceChildren();
    const found = problems(i, draft, creating);
    for (const [name, key, vars] of found) setFieldError(form, name, key, vars);
    if (found.length) {
      alert.replaceChildren(notice("error", "form.fix"));
      form.querySelector("[aria-invalid=true], p.error:not([hidden])")?.closest(".field, fieldset")
        ?.querySelector("input, textarea")?.focus();
    }
    return !found.length;
  }

  function go(i) {
    if (i > step && creating) {
      for (let s = step; s < i; s++) if (!check(s)) return;
    }
    step = i;
    reached = Math.max(reached, i);
    render();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (creating && step < STEPS.length - 1) { go(step + 1); return; }
    for (let s = 0; s < STEPS.length; s++) {
      if (problems(s, draft, creating).length) { step = s; render(); check(s); return; }
    }
    const button = event.submitter || form.querySelector("[type=submit]");
    busy(button, true);
    try {
      const saved = creating
        ? await api.post("/personas", payload(draft, true))
        : await api.patch(`/personas/${seg(persona.id)}`, payload(draft, false));
      if (creating) {
        delete drafts[draftKey];
        ctx.flash("wizard.created", { name: saved.name });
        ctx.go(`#/p/${saved.id}/memories`);
        return;
      }
      Object.assign(persona, saved);
      Object.assign(draft, fromPersona(saved));
      busy(button, false);
      alert.replaceChildren(notice("ok", "wizard.saved"));
      announce("wizard.saved");
    } catch (error) {
      busy(button, false);
      showServerError(error);
    }
  });

  function showServerError(error) {
    const { field: path } = error.status === 400 ? explain(error) : {};
    const top = path?.split(/[.[]/)[0];
    if (top in FIELD_STEP) {
      step = FIELD_STEP[top];
      render();
      const { key, vars } = describe(error);
      const dotted = path.replace(/\[(\d+)\]/g, ".$1"); // aliases[0].name -> aliases.0.name
      const shown = [dotted, dotted.replace(/also_called.*$/, "also"), dotted.replace(/^(\w+\.\d+).*$/, "$1"), top]
        .some((name) => setFieldError(form, name, key, vars));
      alert.replaceChildren(shown ? notice("error", "form.fix") : errorNotice(error));
      if (!shown) alert.append(h("p", { class: "hint", user: path }));
    } else {
      alert.replaceChildren(errorNotice(error));
    }
    alert.scrollIntoView({ block: "nearest" });
  }
}

function section(key, intro, ...content) {
  return h("fieldset", { class: "step-body" },
    h("legend", { tabindex: "-1" }, h("h2", { t: key })),
    intro ? h("p", { class: "intro", t: intro }) : null,
    ...content);
}

const bind = (obj, name) => (e) => { obj[name] = e.target.value; };

const SECTIONS = {
  who: (d) => section("wizard.step.who", "wizard.who.intro",
    field({ name: "name", label: "wizard.name", required: true, maxlength: 120, value: d.name, oninput: bind(d, "name") }),
    field({ name: "relationship", label: "wizard.relationship", hint: "wizard.relationship.hint", maxlength: 80,
      value: d.relationship, oninput: bind(d, "relationship") }),
    h("div", { class: "row" },
      field({ name: "birth_year", label: "wizard.birth", inputmode: "numeric", maxlength: 4,
        value: String(d.birth_year), oninput: bind(d, "birth_year") }),
      field({ name: "death_year", label: "wizard.death", inputmode: "numeric", maxlength: 4, describedby: "years-hint",
        value: String(d.death_year), oninput: bind(d, "death_year") })),
    h("p", { class: "hint", id: "years-hint", t: "wizard.death.hint" }),
    radios({ name: "language", legend: "wizard.language", hint: "wizard.language.hint", value: d.language,
      options: [["pt-BR", "lang.pt-BR"], ["en", "lang.en"]], onchange: (v) => { d.language = v; } })),

  consent: (d, creating, persona) => {
    if (!creating) {
      const c = persona.consent || {};
      return section("wizard.step.consent", "wizard.consent.fixed",
        h("dl", { class: "facts" },
          h("dt", { t: "wizard.consent.basis" }), h("dd", { t: `basis.${c.basis}` }),
          c.statement ? [h("dt", { t: "wizard.consent.statement" }), h("dd", { class: "text", user: c.statement })] : null,
          c.attested_by ? [h("dt", { t: "wizard.consent.by" }), h("dd", { user: c.attested_by })] : null,
          c.attested_at ? [h("dt", { t: "wizard.consent.at" }), h("dd", { date: c.attested_at })] : null));
    }
    const c = d.consent;
    return section("wizard.step.consent", "wizard.consent.intro",
      h("p", { class: "intro", t: "wizard.consent.why" }),
      radios({ name: "consent.basis", legend: "wizard.consent.basis", value: c.basis,
        options: [["self", "basis.self", "basis.self.hint"], ["family", "basis.family", "basis.family.hint"]],
        onchange: (v) => { c.basis = v; } }),
      field({ name: "consent.statement", label: "wizard.consent.statement", hint: "wizard.consent.statement.hint",
        required: true, multiline: true, maxlength: 2000, value: c.statement, oninput: bind(c, "statement") }),
      field({ name: "consent.attested_by", label: "wizard.consent.by", hint: "wizard.consent.by.hint", required: true,
        maxlength: 200, autocomplete: "name", value: c.attested_by, oninput: bind(c, "attested_by") }),
      h("div", { class: "field check", "data-field": "consent.confirmed" },
        h("input", { type: "checkbox", id: "consent-ok", checked: c.confirmed,
          onchange: (e) => { c.confirmed = e.target.checked; } }),
        h("label", { for: "consent-ok", t: "wizard.consent.confirm" }),
        h("p", { class: "error", hidden: true })));
  },

  voice: (d) => section("wizard.step.voice", "wizard.voice.intro",
    field({ name: "biography", label: "wizard.biography", hint: "wizard.biography.hint", multiline: true, rows: 6,
      maxlength: 12000, value: d.biography, oninput: bind(d, "biography") }),
    field({ name: "personality", label: "wizard.personality", hint: "wizard.personality.hint", multiline: true,
      maxlength: 3000, value: d.personality, oninput: bind(d, "personality") }),
    field({ name: "speaking_style", label: "wizard.speaking", hint: "wizard.speaking.hint", multiline: true,
      maxlength: 3000, value: d.speaking_style, oninput: bind(d, "speaking_style") })),

  words: (d, creating, persona, rerender) => section("wizard.step.words", "wizard.words.intro",
    h("div", { class: "list-edit", "data-field": "example_messages" },
      d.example_messages.map((text, i) => h("div", { class: "list-item" },
        field({ name: `example_messages.${i}`, label: "wizard.example", labelVars: { n: String(i + 1) }, multiline: true,
          rows: 2, maxlength: 500, value: text, oninput: (e) => { d.example_messages[i] = e.target.value; } }),
        h("button", { type: "button", class: "btn small quiet", t: "action.remove",
          ta: { "aria-label": "wizard.example.remove" }, tv: { n: String(i + 1) },
          onclick: () => { d.example_messages.splice(i, 1); rerender(); } }))),
      h("p", { class: "error", hidden: true }),
      d.example_messages.length < 20
        ? h("button", { type: "button", class: "btn small", t: "wizard.example.add",
          onclick: () => { d.example_messages.push(""); rerender(); } })
        : null),
    field({ name: "greeting", label: "wizard.greeting", hint: "wizard.greeting.hint", multiline: true, rows: 2,
      maxlength: 500, value: d.greeting, oninput: bind(d, "greeting") })),

  names: (d, creating, persona, rerender) => section("wizard.step.names", "wizard.names.intro",
    h("div", { class: "list-edit", "data-field": "aliases" },
      d.aliases.map((a, i) => h("div", { class: "list-item alias" },
        field({ name: `aliases.${i}.name`, label: "wizard.alias.name", labelVars: { n: String(i + 1) }, maxlength: 100,
          value: a.name, oninput: bind(a, "name") }),
        field({ name: `aliases.${i}.also`, label: "wizard.alias.also", hint: "wizard.alias.also.hint",
          value: a.also, oninput: bind(a, "also") }),
        h("button", { type: "button", class: "btn small quiet", t: "action.remove",
          ta: { "aria-label": "wizard.alias.remove" }, tv: { n: String(i + 1) },
          onclick: () => { d.aliases.splice(i, 1); rerender(); } }))),
      h("p", { class: "error", hidden: true }),
      d.aliases.length < 20
        ? h("button", { type: "button", class: "btn small", t: "wizard.alias.add",
          onclick: () => { d.aliases.push({ name: "", also: "" }); rerender(); } })
        : null)),

  status: (d) => section("wizard.step.status", "wizard.status.intro",
    radios({ name: "status", legend: "wizard.status", value: d.status,
      options: [["active", "status.active", "status.active.hint"], ["paused", "status.paused", "status.paused.hint"],
        ["retired", "status.retired", "status.retired.hint"]],
      onchange: (v) => { d.status = v; } })),
};

function dangerZone(ctx, persona) {
  const button = h("button", { type: "button", class: "btn danger", t: "wizard.delete.button" });
  const slot = h("div");
  button.addEventListener("click", async () => {
    const sure = await confirmDialog({ title: "wizard.delete.confirm", body: "wizard.delete.body",
      vars: { name: persona.name }, confirm: "wizard.delete.button" });
    if (!sure) return;
    busy(button, true);
    try {
      await api.del(`/personas/${seg(persona.id)}`);
      ctx.flash("wizard.deleted", { name: persona.name });
      ctx.go("#/");
    } catch (error) {
      busy(button, false);
      slot.replaceChildren(errorNotice(error));
    }
  });
  return h("section", { class: "card danger-zone", "aria-labelledby": "danger-h" },
    h("h2", { id: "danger-h", t: "wizard.delete.title" }),
    h("p", { t: "wizard.delete.body", tv: { name: persona.name } }), slot, button);
}
