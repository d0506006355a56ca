// Forever Us: boot, sign-in state, the hash router and the page chrome.
import { api, configure } from "./api.js";
import {
  askOtherTabs, clearSession, cognitoLogoutUrl, completeCognito, endSession, refreshCognito,
  revokeCognito, session, shareSession,
} from "./auth.js";
import { errorNotice, h, notice } from "./dom.js";
import { getLang, onLang, setLang, t, translateAll } from "./i18n.js";
import { accountView } from "./views/account.js";
import { familyView } from "./views/family.js";
import { importsView } from "./views/imports.js";
import { interviewView } from "./views/interview.js";
import { inviteView } from "./views/invite.js";
import { legaciesView } from "./views/legacies.js";
import { memoriesView } from "./views/memories.js";
import { operatorView } from "./views/operator.js";
import { signinView } from "./views/signin.js";
import { conversationView, talkView } from "./views/talk.js";
import { wizardView } from "./views/wizard.js";

const ROUTES = [
  [/^\/$/, legaciesView],
  [/^\/new$/, wizardView],
  [/^\/p\/([\w-]+)\/?$/, (el, ctx, id) => ctx.go(`#/p/${id}/talk`, true)],
  [/^\/p\/([\w-]+)\/talk$/, talkView],
  [/^\/p\/([\w-]+)\/talk\/([\w-]+)$/, conversationView],
  [/^\/c\/([\w-]+)$/, (el, ctx, cid) => conversationView(el, ctx, null, cid)],
  [/^\/p\/([\w-]+)\/memories$/, memoriesView],
  [/^\/p\/([\w-]+)\/imports$/, importsView],
  [/^\/p\/([\w-]+)\/interview$/, interviewView],
  [/^\/p\/([\w-]+)\/family$/, familyView],
  [/^\/p\/([\w-]+)\/edit$/, wizardView],
  [/^\/invite\/([\w-]+)$/, inviteView],
  [/^\/account$/, accountView],
  [/^\/operator$/, operatorView],
];

const $ = (id) => document.getElementById(id);
const main = $("main");
let title = { key: "app.tagline", name: "" };
let flashed = null;
let sequence = 0;
let whoami = null; // GET /me for the current token: { token, promise, value }

const ctx = {
  config: null,
  get user() { return session()?.user; },
  lang: getLang,
  title(key, name = "") { title = { key, name }; showTitle(); },
  flash(key, vars) { flashed = { key, vars }; },
  go(hash, replace = false) {
    if (location.hash === hash) route();
    else if (replace) { history.replaceState(null, "", hash); route(); }
    else location.hash = hash;
  },
  signedIn() { route(); },
  /** GET /me, once per sign-in: says whether this person is an operator. */
  me() {
    const token = session()?.token;
    if (!whoami || whoami.token !== token) {
      const entry = { token, value: null };
      entry.promise = api.get("/me").then(
        (me) => { entry.value = me; if (whoami === entry) chrome(); return me; },
        (error) => { if (whoami === entry) whoami = null; throw error; });
      whoami = entry;
    }
    return whoami.promise;
  },
  /** The "page not found" state, for unknown routes and for pages this person may not see. */
  notFound(el) {
    ctx.title("notfound.title");
    el.dataset.state = "not-found";
    el.append(h("h1", { tabindex: "-1", t: "notfound.title" }), h("p", { t: "notfound.body" }),
      h("a", { class: "btn", href: "#/", t: "noaccess.back" }));
  },
  async signedOut(key) {
    const ended = session();
    endSession(); // in every open tab
    if (key) flashed = { key };
    if (ended?.mode === "cognito" && !key) {
      await revokeCognito(ctx.config.auth, ended.refresh);
      location.assign(cognitoLogoutUrl(ctx.config.auth));
      return;
    }
    ctx.go("#/");
  },
};

function showTitle() {
  const page = t(title.key);
  document.title = [title.name, page, page.includes("Forever Us") ? null : "Forever Us"]
    .filter(Boolean).join(" · ");
}

function chrome() {
  const user = ctx.user;
  $("nav").hidden = !user;
  $("who").hidden = !user;
  $("who-name").textContent = user?.name || "";
  $("nav-operator").hidden = !(user && whoami?.token === session()?.token && whoami.value?.operator === true);
  for (const a of $("nav").querySelectorAll("a")) {
    const here = a.getAttribute("href") === (location.hash || "#/");
    if (here) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  }
  for (const b of document.querySelectorAll("[data-lang]")) b.setAttribute("aria-pressed", String(b.dataset.lang === getLang()));
}

async function route() {
  const mine = ++sequence;
  let path = location.hash.replace(/^#/, "") || "/";
  try { path = decodeURIComponent(path); } catch { /* a broken %-escape: route it as written */ }
  const box = h("div", { class: "view", "data-path": path });
  const lang = getLang();
  chrome();
  const slow = setTimeout(() => {
    if (mine === sequence) main.replaceChildren(h("p", { class: "loading", role: "status", t: "loading" }));
  }, 300);
  try {
    if (!session()) await signinView(box, ctx);
    else {
      const found = ROUTES.find(([re]) => re.test(path));
      if (found) await found[1](box, ctx, ...path.match(found[0]).slice(1));
      else ctx.notFound(box);
    }
    if (session()) ctx.me().catch(() => {}); // shows the Operations link to operators
  } catch (error) {
    if (error.status === 401) return; // the session handler has already shown the sign-in page
    ctx.title("error.title");
    box.replaceChildren(h("h1", { tabindex: "-1", t: "error.title" }), errorNotice(error),
      h("button", { type: "button", class: "btn", t: "action.retry", onclick: route }));
  } finally {
    clearTimeout(slow);
  }
  if (mine !== sequence) return;
  if (flashed) {
    box.prepend(notice("ok", flashed.key, flashed.vars));
    flashed = null;
  }
  if (lang !== getLang()) translateAll(box); // the language changed while this page was loading
  main.replaceChildren(box);
  chrome();
  const scrollTo = box.querySelector("[data-scroll-here]"); // a conversation opens at its latest words
  (box.querySelector("h1") || main).focus({ preventScroll: true });
  if (scrollTo) scrollTo.scrollIntoView({ block: "end" });
  else window.scrollTo(0, 0);
}

/** The offline notice: shown when the browser says so or a request could not get through. */
const reachable = (yes) => { $("offline").hidden = yes; };

async function boot() {
  document.documentElement.lang = getLang();
  translateAll(document);
  showTitle();
  onLang(() => { showTitle(); chrome(); });
  for (const b of document.querySelectorAll("[data-lang]")) b.addEventListener("click", () => setLang(b.dataset.lang));
  $("skip").addEventListener("click", (event) => { event.preventDefault(); main.focus(); });
  $("signout").addEventListener("click", () => ctx.signedOut());
  addEventListener("online", () => reachable(true));
  addEventListener("offline", () => reachable(false));
  try {
    ctx.config = await api.get("/config");
  } catch (error) {
    main.replaceChildren(h("h1", { tabindex: "-1", t: "error.title" }), errorNotice(error),
      h("button", { type: "button", class: "btn", t: "action.retry", onclick: () => location.reload() }));
    return;
  }
  configure({
    onNetwork: reachable,
    onUnauthorized: (error) => {
      endSession(); // the other tabs hold the same refused token
      flashed = { key: error?.reason === "account_erased" ? "signin.erased" : "signin.expired" };
      route();
    },
    refresh: () => (ctx.config.auth.mode === "cognito" ? refreshCognito(ctx.config.auth) : Promise.resolve("refused")),
  });
  if (ctx.config.auth.mode === "cognito") {
    try { await completeCognito(ctx.config.auth); } catch { clearSession(); flashed = { key: "signin.failed" }; }
  }
  await askOtherTabs(); // a new tab takes the sign-in of the tabs already open
  shareSession((before, after) => {
    if (!after) { whoami = null; flashed = { key: "signin.elsewhere" }; route(); }
    // Signed in (or as someone else) in another tab; a renewed token changes no page.
    else if (before?.user?.id !== after.user.id) { whoami = null; route(); }
  });
  addEventListener("hashchange", route);
  route();
}

boot();
