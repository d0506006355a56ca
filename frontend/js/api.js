// The one way the site talks to /api: JSON in and out, the bearer token, errors as ApiError.
import { session } from "./auth.js";

export class ApiError extends Error {
  constructor(status, code, message, retryAfter = 0) {
    super(message);
    Object.assign(this, { status, code, retryAfter });
  }
}

let onUnauthorized = () => {};
let onNetwork = () => {};
let refresh = async () => "refused";
let refreshing = null;

/** onNetwork(reachable): told after every request whether the API could be reached.
 *  refresh(): renews the sign-in if it can: "renewed", "refused" or "unreachable". */
export function configure(options) {
  onUnauthorized = options.onUnauthorized || onUnauthorized;
  onNetwork = options.onNetwork || onNetwork;
  refresh = options.refresh || refresh;
}

// Requests refused together share one renewal.
function renew() {
  refreshing ??= refresh().catch(() => "unreachable").finally(() => { refreshing = null; });
  return refreshing;
}

function request(method, path, body) {
  return send(method, path, body);
}

// navigator.onLine is not trusted to block requests: `make run` works on a laptop with no network.
// A 401 means the API did nothing (it checks the token first), so after a renewal the same
// request is sent again, once.
async function send(method, path, body, renewed = false) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const token = session()?.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(`/api${path}`, {
      method, headers, cache: "no-store", credentials: "omit",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    onNetwork(false);
    throw new ApiError(0, "Offline", "");
  }
  onNetwork(true);
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (response.ok) return data;
  const error = new ApiError(response.status, data?.Code || "Error", data?.Message || "",
    Number(response.headers.get("Retry-After")) || 0);
  error.field = typeof data?.Field === "string" ? data.Field : null; // the input to point at
  // Which case of the code (a paused legacy, a text too long) and the numbers it quotes:
  // the site words errors from these, never from the English Message.
  error.reason = typeof data?.Reason === "string" ? data.Reason : null;
  error.limits = data?.Limits && typeof data.Limits === "object" ? data.Limits : {};
  if (response.status === 401 && token && !renewed) {
    const now = session()?.token;
    // Renewed meanwhile by another request: just send again with the new token.
    if (now && now !== token) return send(method, path, body, true);
    const outcome = now ? await renew() : "refused";
    if (outcome === "renewed") return send(method, path, body, true);
    // Cognito could not answer: keep the sign-in, and say so as a connection problem.
    if (outcome === "unreachable") throw new ApiError(0, "Offline", "");
  }
  if (response.status === 401 && token) onUnauthorized(error);
  throw error;
}

export const api = {
  get: (path) => request("GET", path),
  post: (path, body = {}) => request("POST", path, body),
  patch: (path, body) => request("PATCH", path, body),
  put: (path, body) => request("PUT", path, body),
  del: (path, body) => request("DELETE", path, body), // a body only where the API takes one
};

/** Path segments are ids and codes the API issued; encode them anyway. */
export const seg = encodeURIComponent;
