// Character cards (docs/cards.md): download a legacy as a card that character tools read, and
// create a legacy from a card made here or elsewhere (a PNG or a JSON file).
import { api, ApiError, seg } from "../api.js";
import { session } from "../auth.js";
import {
  busy, clearErrors, clearOnEdit, describe, errorNotice, field, h, notice, radios, setFieldError,
} from "../dom.js";
import { base64Of } from "../files.js";

const PNG_MAX = 3500000; // bytes, as the API takes them (POST /api/personas/import-card)
const JSON_MAX = 2500000;

// The reasons the API gives for a card it cannot read, in the reader's language.
const CARD_ERRORS = {
  not_base64: "cards.error.unreadable",
  not_png: "cards.error.unreadable",
  truncated_png: "cards.error.damaged",
  bad_png: "cards.error.damaged",
  bad_crc: "cards.error.damaged",
  no_card: "cards.error.nocard",
  bad_card: "cards.error.nocard",
  wrong_spec: "cards.error.nocard",
  not_object: "cards.error.nocard",
  too_large: "cards.error.large",
  import_too_slow: "cards.error.slow",
  card_too_large: "cards.error.large",
};

/** The "Download card" button of a legacy's page (owners and editors: the API says so too). */
export function cardDownload(persona) {
  const button = h("button", { type: "button", class: "btn small", t: "cards.download",
    "data-action": "download-card" });
  const slot = h("div", { role: "status" });
  button.addEventListener("click", async () => {
    busy(button, true);
    slot.replaceChildren();
    try {
      const blob = await fetchCard(persona.id);
      const link = h("a", { href: URL.createObjectURL(blob), download: `${persona.name}.card.png`, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
      slot.replaceChildren(notice("ok", "cards.downloaded"));
    } catch (error) {
      slot.replaceChildren(errorNotice(error));
    }
    busy(button, false);
  });
  return h("div", { class: "card-download" }, button, slot);
}

// The PNG comes as bytes, which the JSON wrapper of api.js does not read: a plain fetch, and
// on a 401 one request through api.js (which renews the sign-in or signs out) before a retry.
async function fetchCard(id, retried = false) {
  let response;
  try {
    response = await fetch(`/api/personas/${seg(id)}/card?format=png`, {
      headers: { Accept: "image/png", Authorization: `Bearer ${session()?.token || ""}` },
      cache: "no-store", credentials: "omit",
    });
  } catch {
    throw new ApiError(0, "Offline", "");
  }
  if (response.ok) return response.blob();
  if (response.status === 401 && !retried) {
    await api.get("/me");
    return fetchCard(id, true);
  }
  const data = await response.json().catch(() => null);
  const error = new ApiError(response.status, data?.Code || "Error", data?.Message || "");
  error.reason = data?.Reason || null;
  error.limits = data?.Limits || {};
  throw error;
}

/** "Import a character card" on the page that creates a legacy. */
export function cardImport(ctx) {
  // Its fields are named apart from the creation form's own consent fields on the same page.
  const consent = { basis: "", statement: "", attested_by: ctx.user?.name || "", confirmed: false };
  const alert = h("div", { class: "form-alert" });
  const file = h("input", { type: "file", id: "card-file", name: "card-file", accept: ".png,.json,image/png,application/json",
    "aria-describedby": "card-file-h" });
  const form = h("form", { class: "memory-form", novalidate: true },
    alert,
    h("div", { class: "field", "data-field": "card-file" },
      h("label", { for: "card-file" }, h("span", { t: "cards.import.file" }),
        h("span", { class: "req", t: "form.required" })),
      h("p", { class: "hint", id: "card-file-h", t: "cards.import.file.hint" }),
      file,
      h("p", { class: "error", hidden: true })),
    h("p", { class: "intro", t: "wizard.consent.intro" }),
    radios({ name: "card-consent.basis", legend: "wizard.consent.basis", value: "",
      options: [["self", "basis.self", "basis.self.hint"], ["family", "basis.family", "basis.family.hint"]],
      onchange: (v) => { consent.basis = v; } }),
    field({ name: "card-consent.statement", label: "wizard.consent.statement", hint: "wizard.consent.statement.hint",
      required: true, multiline: true, maxlength: 2000, oninput: (e) => { consent.statement = e.target.value; } }),
    field({ name: "card-consent.attested_by", label: "wizard.consent.by", hint: "wizard.consent.by.hint", required: true,
      maxlength: 200, autocomplete: "name", value: consent.attested_by,
      oninput: (e) => { consent.attested_by = e.target.value; } }),
    h("div", { class: "field check", "data-field": "card-consent.confirmed" },
      h("input", { type: "checkbox", id: "card-consent-ok", onchange: (e) => { consent.confirmed = e.target.checked; } }),
      h("label", { for: "card-consent-ok", t: "wizard.consent.confirm" }),
      h("p", { class: "error", hidden: true })),
    h("div", { class: "actions" },
      h("button", { type: "submit", class: "btn primary", t: "cards.import.do" })));
  clearOnEdit(form, alert);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    alert.replaceChildren();
    const problems = [];
    const chosen = file.files?.[0];
    if (!chosen) problems.push(["card-file", "cards.import.choose"]);
    if (!consent.basis) problems.push(["card-consent.basis", "v.choose"]);
    if (!consent.statement.trim()) problems.push(["card-consent.statement", "v.empty"]);
    if (!consent.attested_by.trim()) problems.push(["card-consent.attested_by", "v.empty"]);
    if (!consent.confirmed) problems.push(["card-consent.confirmed", "v.confirm"]);
    for (const [name, key] of problems) setFieldError(form, name, key);
    if (problems.length) {
      alert.replaceChildren(notice("error", "form.fix"));
      return;
    }
    const button = event.submitter || form.querySelector("[type=submit]");
    busy(button, true);
    try {
      const body = await readCard(chosen);
      body.consent = { basis: consent.basis, statement: consent.statement.trim(),
        attested_by: consent.attested_by.trim() };
      const made = await api.post("/personas/import-card", body);
      ctx.flash("cards.imported", { name: made.name, n: String(made.card_import.memories) });
      ctx.go(`#/p/${made.id}/memories`);
      return;
    } catch (error) {
      busy(button, false);
      showError(error);
    }
  });

  function showError(error) {
    if (error.status === 400 && error.field?.startsWith("consent.")) {
      const { key, vars } = describe(error);
      if (setFieldError(form, `card-${error.field}`, key, vars)) {
        alert.replaceChildren(notice("error", "form.fix"));
        return;
      }
    }
    const key = CARD_ERRORS[error.reason];
    if (key) alert.replaceChildren(notice("error", key));
    else if (error.status === 400 || error.status === 422) {
      // A field of the card that does not fit here: the API's sentence names it and its limit.
      alert.replaceChildren(notice("error", "cards.error.field"), h("p", { class: "hint", user: error.message }));
    } else alert.replaceChildren(errorNotice(error));
    alert.scrollIntoView({ block: "nearest" });
  }

  return h("details", { class: "card add-memory card-import", "data-section": "import-card" },
    h("summary", { t: "cards.import.title" }),
    h("p", { t: "cards.import.lead" }),
    form);
}

/** The request body for a chosen file: a PNG as base64, anything else read as a JSON card. */
async function readCard(chosen) {
  const isPng = chosen.type === "image/png" || /\.png$/i.test(chosen.name);
  if (chosen.size > (isPng ? PNG_MAX : JSON_MAX)) throw refusal("too_large");
  if (isPng) return { png_base64: await base64Of(chosen) };
  try {
    return { card: JSON.parse(await chosen.text()) };
  } catch {
    throw refusal("not_object");
  }
}

/** A file refused here, worded like the API's refusal of it. */
function refusal(reason) {
  const error = new ApiError(400, "BadRequestError", "");
  error.reason = reason;
  return error;
}
