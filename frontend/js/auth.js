// Sign-in: the local issuer (local stage) or Cognito's Hosted UI with the authorization-code
// flow and PKCE. Tokens live in sessionStorage only: never in a URL, never in a log, never on
// disk. Cognito's ID token lasts an hour; its refresh token renews it without leaving the page,
// and is revoked on sign-out.
//
// The site's open tabs share one sign-in: each new or renewed session is handed to the others
// over a BroadcastChannel (same origin only), a tab opened without one asks the open tabs for
// theirs, and signing out in one tab signs out all. The tokens still die with the last tab.
import { api } from "./api.js";

const SESSION = "foreverus.session";
const PKCE = "foreverus.pkce";
const tabs = typeof BroadcastChannel === "function" ? new BroadcastChannel("foreverus.session") : null;

export function session() {
  try { return JSON.parse(sessionStorage.getItem(SESSION)); } catch { return null; }
}
const store = (value) => sessionStorage.setItem(SESSION, JSON.stringify(value));
export const saveSession = (value) => { store(value); tabs?.postMessage({ type: "session", session: value }); };
/** Forget the sign-in in this tab only (a failed sign-in return that never had one). */
export const clearSession = () => sessionStorage.removeItem(SESSION);
/** Sign out here and in every other open tab. */
export const endSession = () => { clearSession(); tabs?.postMessage({ type: "signout" }); };

const isSession = (value) => typeof value?.token === "string" && typeof value.user?.id === "string";

/** onChange(before, after) when another tab signs in, renews or signs out; this tab also
 *  answers the tabs that ask for the sign-in. */
export function shareSession(onChange) {
  if (!tabs) return;
  tabs.addEventListener("message", ({ data }) => {
    const before = session();
    if (data?.type === "ask") {
      if (before) tabs.postMessage({ type: "session", session: before });
    } else if (data?.type === "session" && isSession(data.session)) {
      store(data.session);
      onChange(before, data.session);
    } else if (data?.type === "signout" && before) {
      clearSession();
      onChange(before, null);
    }
  });
}

/** A tab opened without a sign-in asks the open tabs for theirs: true when one answered. */
export function askOtherTabs(wait = 250) {
  if (!tabs || session()) return Promise.resolve(Boolean(session()));
  return new Promise((resolve) => {
    const answered = ({ data }) => {
      if (data?.type !== "session" || !isSession(data.session)) return;
      store(data.session);
      done();
    };
    const timer = setTimeout(() => done(), wait);
    function done() {
      clearTimeout(timer);
      tabs.removeEventListener("message", answered);
      resolve(Boolean(session()));
    }
    tabs.addEventListener("message", answered);
    tabs.postMessage({ type: "ask" });
  });
}

export async function localSignIn(name, email) {
  const { token, user } = await api.post("/auth/local/login", { name, email });
  saveSession({ token, user, mode: "local" });
}

function cognitoBase(auth) {
  let domain = String(auth.domain || "").replace(/\/+$/, "");
  if (!/^https:\/\//.test(domain)) {
    domain = domain.replace(/^[a-z]+:\/\//, "");
    if (!domain.includes(".")) domain = `${domain}.auth.${auth.region}.amazoncognito.com`;
    domain = `https://${domain}`;
  }
  return domain;
}

const redirectUri = () => `${location.origin}/`;
const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)))
  .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const randomText = (n) => b64url(crypto.getRandomValues(new Uint8Array(n)));

/** Go to the Hosted UI; `next` is the site route to come back to. */
export async function cognitoSignIn(auth, next) {
  const verifier = randomText(48);
  const state = randomText(24);
  const challenge = b64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PKCE, JSON.stringify({ verifier, state, next }));
  const query = new URLSearchParams({
    response_type: "code", client_id: auth.client_id, redirect_uri: redirectUri(),
    scope: "openid email profile", state, code_challenge: challenge, code_challenge_method: "S256",
  });
  location.assign(`${cognitoBase(auth)}/oauth2/authorize?${query}`);
}

/** After the Hosted UI sends us back: check state, exchange the code, clean the URL.
 *  Returns null when this page load is not a sign-in return, else the route to show. */
export async function completeCognito(auth) {
  const params = new URLSearchParams(location.search);
  if (!params.has("code") && !params.has("error")) return null;
  let saved = null;
  try { saved = JSON.parse(sessionStorage.getItem(PKCE)); } catch { /* treated as missing */ }
  sessionStorage.removeItem(PKCE);
  const next = saved && /^#\//.test(saved.next || "") ? saved.next : "#/";
  history.replaceState(null, "", `${location.pathname}${next}`); // the code leaves the address bar
  if (params.has("error") || !saved || params.get("state") !== saved.state) throw new Error("state");
  const response = await fetch(`${cognitoBase(auth)}/oauth2/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code", client_id: auth.client_id, code: params.get("code"),
      redirect_uri: redirectUri(), code_verifier: saved.verifier,
    }),
  }).catch(() => null);
  const tokens = response && response.ok ? await response.json().catch(() => null) : null;
  if (!tokens?.id_token) throw new Error("token");
  const signedIn = { token: tokens.id_token, refresh: tokens.refresh_token || null, mode: "cognito" };
  saveSession(signedIn);
  const me = await api.get("/me");
  saveSession({ ...session(), user: { id: me.id, name: me.name, email: me.email } });
  return next;
}

/** A fresh ID token from the refresh token: "renewed"; "refused" when there is none or Cognito
 *  refuses it (expired after 30 days, revoked, the user deleted); "unreachable" when Cognito
 *  could not answer (no network, 5xx, throttled), which is no reason to sign anyone out. */
export async function refreshCognito(auth) {
  const current = session();
  if (current?.mode !== "cognito" || !current.refresh) return "refused";
  const response = await fetch(`${cognitoBase(auth)}/oauth2/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "refresh_token", client_id: auth.client_id, refresh_token: current.refresh,
    }),
  }).catch(() => null);
  if (!response || response.status >= 500 || response.status === 429) return "unreachable";
  const tokens = response.ok ? await response.json().catch(() => null) : null;
  if (!tokens?.id_token || session()?.refresh !== current.refresh) return "refused";
  // Should the pool rotate refresh tokens, keep the new one.
  saveSession({ ...current, token: tokens.id_token, refresh: tokens.refresh_token || current.refresh });
  return "renewed";
}

/** Ends the refresh token's life at Cognito (best effort: sign-out goes on regardless). */
export async function revokeCognito(auth, refresh) {
  if (!refresh) return;
  await fetch(`${cognitoBase(auth)}/oauth2/revoke`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token: refresh, client_id: auth.client_id }),
    keepalive: true, signal: AbortSignal.timeout(3000), // never hold sign-out for long
  }).catch(() => null);
}

export function cognitoLogoutUrl(auth) {
  return `${cognitoBase(auth)}/logout?${new URLSearchParams({ client_id: auth.client_id, logout_uri: redirectUri() })}`;
}
