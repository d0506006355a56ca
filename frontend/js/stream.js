// The reply socket (docs/streaming.md): a reply shown as it is written. One socket per page,
// opened with a single-use ticket from POST /api/stream-tickets at the stage's stream_url.
// Frames: {"type": "delta"|"done"|"error", "client_message_id", ...}. The deltas joined are
// the stored reply's text; `done` carries the reply object REST returns, which is drawn.
// A socket that cannot be opened is not tried again for a while: the caller uses REST.
import { api, ApiError } from "./api.js";

const OPEN_SECONDS = 8;
const REST_FOR_SECONDS = 30; // after a socket could not be opened
const RECONNECTS = 3;
const STILL_ANSWERED_WAIT_MS = 1000; // a dropped turn is still being answered: ask again then
const STILL_ANSWERED_TRIES = 90;
// Nothing heard for this long while a reply is awaited (a send the server gave up on): the
// socket is taken for dropped, and the same message asked again (longer than any turn runs).
const SILENCE_SECONDS = 90;

let shared = null;

/** The page's reply socket for the stage's address, or null when replies come by REST. */
export function replySocket(url) {
  if (!url || typeof WebSocket === "undefined") return null;
  if (!shared || shared.url !== url) shared = new ReplySocket(url);
  return shared.usable() ? shared : null;
}

class ReplySocket {
  constructor(url) {
    this.url = url;
    this.ws = null;
    this.opening = null;
    this.listeners = new Map(); // client_message_id -> onFrame
    this.restUntil = 0;
  }

  usable() { return Date.now() >= this.restUntil; }

  /** The open socket, opening one with a new ticket if needed; throws when it cannot. */
  open() {
    if (this.ws?.readyState === WebSocket.OPEN) return Promise.resolve(this.ws);
    this.opening ??= this.connect().catch((error) => {
      this.restUntil = Date.now() + REST_FOR_SECONDS * 1000;
      throw error;
    }).finally(() => { this.opening = null; });
    return this.opening;
  }

  async connect() {
    const { ticket } = await api.post("/stream-tickets");
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`${this.url}/?ticket=${encodeURIComponent(ticket)}`);
      const timer = setTimeout(() => { ws.close(); reject(new Error("socket: no answer")); }, OPEN_SECONDS * 1000);
      ws.addEventListener("open", () => { clearTimeout(timer); this.ws = ws; resolve(ws); });
      ws.addEventListener("message", (event) => this.frame(event.data));
      ws.addEventListener("close", () => {
        clearTimeout(timer);
        if (this.ws !== ws) { reject(new Error("socket: refused")); return; }
        this.ws = null; // dropped: whoever waits on a reply reconnects
        for (const listener of [...this.listeners.values()]) listener({ type: "dropped" });
      });
    });
  }

  frame(data) {
    let frame;
    try { frame = JSON.parse(data); } catch { return; }
    this.listeners.get(frame.client_message_id)?.(frame);
  }

  /** Send a message, hearing its frames until `done`; resolves with the reply object. A drop
   *  is met by reconnecting and asking again with the same id (the server answers a turn
   *  once: its stored reply, whole, comes back). Rejects with an ApiError like REST's. */
  say(conversationId, text, clientId, { onDelta, onRestart, onReconnecting, onAsked }) {
    return new Promise((resolve, reject) => {
      let reconnects = 0;
      let stillAnswered = 0;
      let silence = null;
      const listen = () => {
        clearTimeout(silence);
        silence = setTimeout(() => {
          const quiet = this.ws;
          this.ws = null;
          quiet?.close();
          this.listeners.get(clientId)?.({ type: "dropped" });
        }, SILENCE_SECONDS * 1000);
      };
      const finish = (fn, value) => { clearTimeout(silence); this.listeners.delete(clientId); fn(value); };
      const send = async () => {
        try {
          const ws = await this.open();
          ws.send(JSON.stringify({ action: "say", conversation_id: conversationId, text, client_message_id: clientId }));
        } catch {
          finish(reject, new ApiError(0, "SocketUnavailable", "")); // the caller uses REST
        }
      };
      this.listeners.set(clientId, (frame) => {
        listen();
        if (frame.type === "delta") onDelta(frame.text);
        else if (frame.type === "done") {
          onAsked?.(frame.visitor_message); // the stored message (its id: to edit it)
          finish(resolve, frame.message);
        }
        else if (frame.type === "dropped") {
          if (++reconnects > RECONNECTS) { finish(reject, new ApiError(0, "SocketUnavailable", "")); return; }
          onReconnecting();
          onRestart(); // the text comes again, whole
          setTimeout(send, 300 * reconnects);
        } else if (frame.type === "error") {
          if (frame.status === 401 && ++reconnects <= RECONNECTS) {
            // This connection is no longer signed in (API Gateway keeps one two hours):
            // a new one, with a new ticket, and the same message again.
            const old = this.ws;
            this.ws = null;
            old?.close();
            send();
            return;
          }
          if (frame.reason === "turn_taken" && reconnects && ++stillAnswered <= STILL_ANSWERED_TRIES) {
            setTimeout(send, STILL_ANSWERED_WAIT_MS); // the dropped turn is still being written
            return;
          }
          const error = new ApiError(frame.status || 500, `${frame.code}Error`, frame.message || "",
            Number(frame.retry_after) || 0);
          error.field = frame.field || null;
          error.reason = frame.reason || null;
          error.limits = frame.limits || {};
          finish(reject, error);
        }
      });
      listen();
      send();
    });
  }

  /** Ask the server to stop writing the reply to this message (it keeps what was shown). */
  stop(conversationId, clientId) {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify({ action: "stop", conversation_id: conversationId, client_message_id: clientId }));
    return true;
  }
}
