// Every visible string comes from a dictionary. Elements carry their key (data-i18n), so a
// language switch re-translates the page in place without losing what someone was typing.
import en from "../i18n/en.js";
import ptBR from "../i18n/pt-BR.js";

const DICTS = { "pt-BR": ptBR, en };
const STORAGE_KEY = "foreverus.lang";
export const LANGS = ["pt-BR", "en"];
const listeners = [];
let lang = initialLang();

function initialLang() {
  let saved = null;
  try { saved = localStorage.getItem(STORAGE_KEY); } catch { /* storage may be blocked */ }
  if (LANGS.includes(saved)) return saved;
  for (const l of navigator.languages || [navigator.language || "en"]) {
    if (/^pt\b/i.test(l)) return "pt-BR";
    if (/^en\b/i.test(l)) return "en";
  }
  return "en";
}

export const getLang = () => lang;
export const onLang = (fn) => listeners.push(fn);

export function setLang(next) {
  if (!LANGS.includes(next)) return;
  lang = next;
  try { localStorage.setItem(STORAGE_KEY, next); } catch { /* the choice lasts this visit */ }
  document.documentElement.lang = next;
  translateAll(document);
  listeners.forEach((fn) => fn(next));
}

/** The text for key in every language (for words a person types, like a confirmation). */
export const inEveryLang = (key) => LANGS.map((l) => DICTS[l][key]).filter(Boolean);

/** The text for key in the current language, with {placeholders} filled from vars. */
export function t(key, vars = {}) {
  const dict = DICTS[lang];
  let text = dict[key];
  if (text === undefined && typeof vars.n === "number") text = dict[`${key}.${vars.n === 1 ? "one" : "other"}`];
  if (text === undefined) return key; // a missing key shows itself, and the tests catch it
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? formatVar(vars[name]) : m));
}

function formatVar(value) {
  if (typeof value === "number") return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
  if (value && typeof value === "object" && typeof value.usd === "number") return formatUsd(value.usd);
  if (value && typeof value === "object" && typeof value.pct === "number") {
    return new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(value.pct);
  }
  if (value && typeof value === "object" && value.day) return formatDay(value.day, value.style);
  if (value && typeof value === "object" && value.date) return formatDate(value.date);
  if (value && typeof value === "object" && value.key) return t(value.key);
  return String(value);
}

/** US dollars: cents for amounts from a dollar, and enough digits to see a fraction of a cent. */
function formatUsd(amount) {
  const small = amount !== 0 && Math.abs(amount) < 0.01;
  const digits = small ? { maximumSignificantDigits: 2 }
    : { minimumFractionDigits: 2, maximumFractionDigits: Math.abs(amount) < 1 && amount !== 0 ? 4 : 2 };
  return new Intl.NumberFormat(lang, { style: "currency", currency: "USD", ...digits }).format(amount);
}

/** A day (YYYY-MM-DD), short for chart axes (5/3, 03/05) or, with style "long", for tables
 *  (Fri, May 3 · sex., 3 de mai.). */
function formatDay(text, style) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return text;
  const parts = style === "long" ? { weekday: "short", day: "numeric", month: "short" } : { day: "numeric", month: "numeric" };
  return new Intl.DateTimeFormat(lang, { timeZone: "UTC", ...parts }).format(Date.UTC(+m[1], m[2] - 1, +m[3]));
}

/** A memory date (YYYY, YYYY-MM, YYYY-MM-DD) or a timestamp, written the reader's way. */
export function formatDate(text) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
  if (m && !m[2]) return m[1];
  const utc = { timeZone: "UTC" };
  if (m && !m[3]) return new Intl.DateTimeFormat(lang, { ...utc, year: "numeric", month: "long" }).format(Date.UTC(+m[1], m[2] - 1, 1));
  if (m) return new Intl.DateTimeFormat(lang, { ...utc, dateStyle: "long" }).format(Date.UTC(+m[1], m[2] - 1, +m[3]));
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? text : new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" }).format(d);
}

/** Fill one element from its data-i18n (text), data-i18n-a (attributes) and data-date. */
export function translate(el) {
  const { i18n, i18nA, i18nV, date } = el.dataset;
  if (!i18n && !i18nA && !date) return;
  const vars = i18nV ? JSON.parse(i18nV) : {};
  if (i18n) el.textContent = t(i18n, vars);
  if (date) el.textContent = formatDate(date);
  if (i18nA) {
    for (const pair of i18nA.split(";")) {
      const [attr, key] = pair.split(":");
      el.setAttribute(attr, t(key, vars));
    }
  }
}

export function translateAll(root) {
  root.querySelectorAll("[data-i18n],[data-i18n-a],[data-date]").forEach(translate);
}
