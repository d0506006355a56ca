// Small DOM helpers. Convention: text shown to people is either a dictionary key (t) or the
// family's own words (user, marked translate="no"); never a bare string.
import { translate } from "./i18n.js";
import { ApiError } from "./api.js";

/** h("button", {t: "key", tv: {vars}, ta: {"aria-label": "key"}, onclick}, ...children) */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === "t") el.dataset.i18n = v;
    else if (k === "tv") el.dataset.i18nV = JSON.stringify(v);
    else if (k === "ta") el.dataset.i18nA = Object.entries(v).map((p) => p.join(":")).join(";");
    else if (k === "user") { el.setAttribute("translate", "no"); el.textContent = v; }
    else if (k === "date") { el.dataset.date = v; if (tag === "time") el.dateTime = v; }
    else if (k === "class") el.className = v;
    else if (k === "value" || k === "checked") el[k] = v;
    else if (typeof v === "function") el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  el.append(...children.flat(Infinity).filter((c) => c != null && c !== false));
  translate(el);
  return el;
}

let counter = 0;
export const uid = (prefix = "id") => `${prefix}-${++counter}`;

/** A labelled input or textarea with its hint and a slot for its error. */
export function field(o) {
  const id = uid("f");
  const described = [o.hint && `${id}-h`, o.describedby, `${id}-e`].filter(Boolean).join(" ");
  const attrs = {
    id, name: o.name, "data-field": o.name, required: o.required, maxlength: o.maxlength,
    autocomplete: o.autocomplete || "off", inputmode: o.inputmode, "aria-describedby": described,
    value: o.value ?? "", spellcheck: o.spellcheck, lang: o.lang,
  };
  const control = o.multiline
    ? h("textarea", { ...attrs, rows: o.rows || 4 })
    : h("input", { ...attrs, type: o.type || "text" });
  if (o.oninput) control.addEventListener("input", o.oninput);
  return h("div", { class: `field${o.class ? ` ${o.class}` : ""}` },
    h("label", { for: id }, h("span", { t: o.label, tv: o.labelVars }),
      o.required ? h("span", { class: "req", t: "form.required" }) : null),
    o.hint ? h("p", { class: "hint", id: `${id}-h`, t: o.hint, tv: o.hintVars }) : null,
    control,
    h("p", { class: "error", id: `${id}-e`, hidden: true }));
}

/** A group of radio buttons with a legend and a hint under each choice. */
export function radios({ name, legend, hint, options, value, onchange }) {
  return h("fieldset", { class: "choices", "data-field": name },
    h("legend", { t: legend }),
    hint ? h("p", { class: "hint", t: hint }) : null,
    options.map(([val, label, help]) => {
      const id = uid("r");
      return h("div", { class: "choice" },
        h("input", { type: "radio", id, name, value: val, checked: value === val,
          "aria-describedby": help ? `${id}-h` : null, onchange: () => onchange(val) }),
        h("label", { for: id }, h("span", { t: label })),
        help ? h("p", { class: "hint", id: `${id}-h`, t: help }) : null);
    }),
    h("p", { class: "error", hidden: true }));
}

/** Show (or clear, with key null) the message under the control for data-field=name. */
export function setFieldError(root, name, key, vars) {
  let box = root.querySelector(`[data-field="${CSS.escape(name)}"]`);
  if (!box) return false;
  const control = box.matches("input,textarea,select") ? box : null;
  const slot = control ? control.closest(".field").querySelector(".error") : box.querySelector(":scope > .error");
  if (!slot) return false;
  slot.hidden = !key;
  if (key) { slot.dataset.i18n = key; slot.dataset.i18nV = JSON.stringify(vars || {}); translate(slot); }
  if (control) control.setAttribute("aria-invalid", key ? "true" : "false");
  return true;
}

/** As soon as someone edits a field shown in error, its message goes (and the summary with the last one). */
export function clearOnEdit(form, alert) {
  const settle = (event) => {
    const holder = event.target.closest(".field, fieldset[data-field], [data-field].check");
    const slot = holder && [...holder.querySelectorAll(".error")].find((e) => e.closest(".field, fieldset[data-field], [data-field].check") === holder);
    if (!slot || slot.hidden) return;
    slot.hidden = true;
    event.target.setAttribute("aria-invalid", "false");
    if (alert && !form.querySelector("p.error:not([hidden])")) alert.replaceChildren();
  };
  form.addEventListener("input", settle);
  form.addEventListener("change", settle);
}

export function clearErrors(root) {
  root.querySelectorAll("p.error").forEach((e) => { e.hidden = true; });
  root.querySelectorAll("[aria-invalid]").forEach((e) => e.setAttribute("aria-invalid", "false"));
}

/** What an API error means for the person, as a dictionary key and values. It reads the
 *  error's code, reason and limits; the English Message is only ever shown as it was sent,
 *  for a case the site has no words of its own for. */
export function describe(error) {
  if (!(error instanceof ApiError)) return { key: "error.unexpected" };
  const { status, code, reason } = error;
  const limits = error.limits || {};
  if (status === 0) return { key: "error.offline" };
  if (status === 401) return { key: "error.signin" };
  if (status === 403) return { key: "error.forbidden" };
  if (status === 404) return { key: "error.notfound" };
  if (status === 410) return { key: "error.gone" };
  if (status === 413) return { key: "error.toolarge" };
  if (code === "DailyCapReachedError") {
    const minutes = Math.max(1, Math.ceil(error.retryAfter / 60));
    return { key: "error.daily", vars: { h: String(Math.floor(minutes / 60)), m: String(minutes % 60) } };
  }
  if (status === 429 || status === 503) {
    return error.retryAfter ? { key: "error.busy.wait", vars: { s: error.retryAfter } } : { key: "error.busy" };
  }
  if (status === 400) return explain(error);
  if (code === "PersonaNotActiveError" && (reason === "paused" || reason === "retired")) {
    return { key: `talk.closed.${reason}` };
  }
  if (reason === "turn_taken") return { key: "error.pending" };
  if (status === 409) return { key: "error.conflict", vars: { detail: error.message } };
  if (reason === "memories_full" && limits.count && limits.chars) {
    return { key: "error.full", vars: { count: limits.count, chars: limits.chars } };
  }
  if (status === 422) return { key: "error.limit", vars: { detail: error.message } };
  return { key: "error.server" };
}

// A 400 names the input apart (`Field`) and the rule broken (`Reason`, with its `Limits`):
// the rules we know are said in the reader's language; anything else is shown as sent.
const RULES = {
  required: () => ({ key: "v.empty" }),
  empty: () => ({ key: "v.empty" }),
  too_long: (l) => ({ key: "v.long", vars: { max: String(l.max) } }),
  too_many: (l) => ({ key: "v.items", vars: { max: String(l.max) } }),
  out_of_range: (l, field) => ({ key: /_year$/.test(field || "") ? "v.range" : "v.between",
    vars: { low: String(l.low), high: String(l.high) } }),
  years_out_of_order: () => ({ key: "v.years" }),
  not_a_date: () => ({ key: "v.date" }),
  line_break: () => ({ key: "v.linebreak" }),
  control_character: () => ({ key: "v.control" }),
  not_a_number: () => ({ key: "v.number" }),
  not_an_email: () => ({ key: "v.email" }),
};

/** The field a 400 is about, with the dictionary key (and values) that says what to change. */
export function explain(error) {
  const field = error.field || null;
  const rule = Object.hasOwn(RULES, error.reason || "") ? RULES[error.reason] : null;
  if (rule) return { field, vars: {}, ...rule(error.limits || {}, field) };
  return { field, key: "v.other", vars: { detail: error.message } };
}

export function notice(kind, key, vars, ...extra) {
  return h("div", { class: `notice ${kind}`, role: kind === "error" ? "alert" : "status" },
    h("p", { t: key, tv: vars }), ...extra);
}

export const errorNotice = (error, ...extra) => {
  const { key, vars } = describe(error);
  return notice("error", key, vars, ...extra);
};

/** Say something to screen-reader users without moving their focus. */
export function announce(key, vars) {
  const live = document.getElementById("live");
  live.replaceChildren(h("span", { t: key, tv: vars }));
  setTimeout(() => { if (live.textContent) live.replaceChildren(); }, 6000);
}

/** A modal question; resolves true when the person confirms. Escape or Cancel says no. */
export function confirmDialog({ title, body, vars, confirm, danger = true }) {
  return new Promise((resolve) => {
    const id = uid("dlg");
    const dialog = h("dialog", { class: "dialog", "aria-labelledby": id },
      h("h2", { id, t: title, tv: vars }),
      body ? h("p", { t: body, tv: vars }) : null,
      h("form", { method: "dialog", class: "actions" },
        h("button", { class: "btn", value: "cancel", t: "action.cancel", autofocus: true }),
        h("button", { class: `btn ${danger ? "danger" : "primary"}`, value: "ok", t: confirm })));
    dialog.addEventListener("close", () => { resolve(dialog.returnValue === "ok"); dialog.remove(); });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** A modal that shows content with a Close button. */
export function showDialog(titleNode, ...content) {
  const id = uid("dlg");
  titleNode.id = id;
  const dialog = h("dialog", { class: "dialog", "aria-labelledby": id },
    titleNode, ...content,
    h("form", { method: "dialog", class: "actions" },
      h("button", { class: "btn primary", value: "close", t: "action.close", autofocus: true })));
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** "1938–2019", "born 1938" or "died 2019"; null when no year is known. */
export function lifeSpan(p) {
  const [b, d] = [p.birth_year, p.death_year];
  if (b != null && d != null) return h("span", { user: `${b}–${d}` });
  if (b != null) return h("span", { t: "persona.born", tv: { year: String(b) } });
  if (d != null) return h("span", { t: "persona.died", tv: { year: String(d) } });
  return null;
}

export function busy(button, on) {
  // Disabling a focused button drops keyboard focus to the page; give it back when done.
  if (on) button.dataset.hadFocus = document.activeElement === button ? "yes" : "";
  button.disabled = on;
  button.setAttribute("aria-busy", on ? "true" : "false");
  if (!on && button.dataset.hadFocus === "yes" && button.isConnected && !button.hidden) button.focus();
}

const FOCUSABLE = "button:not([disabled]), a[href], input, textarea, select";

/** Take an item out of a list without dropping keyboard focus: it moves to the next item's
 *  first control (or the previous one's), or else to `fallback`, made focusable if need be. */
export function removeKeepingFocus(item, fallback) {
  const neighbour = item.nextElementSibling || item.previousElementSibling;
  item.remove();
  // the neighbour's first control that is shown (not one inside a closed <details>)
  const shown = [...(neighbour?.querySelectorAll(FOCUSABLE) || [])].find((e) =>
    (e.checkVisibility ? e.checkVisibility() : e.getClientRects().length > 0));
  focusSomewhere(shown, fallback);
}

export function focusSomewhere(...candidates) {
  const target = candidates.find((c) => c && c.isConnected);
  if (!target) return;
  if (!target.matches(FOCUSABLE) && !target.hasAttribute("tabindex")) target.tabIndex = -1;
  target.focus();
}
