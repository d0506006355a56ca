// Talking with a legacy: start a conversation, the conversation itself, past conversations.
import { api, seg } from "../api.js";
import {
  announce, busy, confirmDialog, describe, errorNotice, field, h, notice, removeKeepingFocus,
  showDialog, uid,
} from "../dom.js";
import { getLang } from "../i18n.js";
import { replySocket } from "../stream.js";
import { dictation, readAloud } from "../voice.js";
import { memoryBody } from "./memories.js";
import { personaFrame } from "./persona.js";

const HISTORY_PAGE = 50;
const banner = () => h("div", { class: "ai-banner", role: "note" }, h("p", { t: "talk.banner" }));

// What the "yes" button under an offer says, in the language the persona offered in (the
// server reads it as a plain yes: composer.reply_to_offer).
const OFFER_YES = { "pt-BR": "Sim, conta", en: "Yes, tell me" };
// What "That's not it" under an answer says (composer.is_correction reads it).
const NOT_IT = { "pt-BR": "Não foi isso que eu perguntei", en: "That's not what I asked" };

export async function talkView(el, ctx, id) {
  const persona = await personaFrame(el, ctx, id, "talk");
  if (!persona) return;
  const past = await api.get(`/personas/${seg(id)}/conversations?limit=50`);
  el.append(banner(), h("h2", { class: "section-title", t: "talk.start" }));
  if (persona.status !== "active") {
    el.append(notice("info", `talk.closed.${persona.status}`));
  } else {
    const form = h("form", { class: "card", novalidate: true },
      h("div", { class: "form-alert" }),
      h("div", { class: "row" },
        field({ name: "visitor_name", label: "talk.who", hint: "talk.who.hint", maxlength: 80,
          value: ctx.user?.name || "", autocomplete: "name" }),
        field({ name: "relationship", label: "talk.relationship", hint: "talk.relationship.hint", maxlength: 80 })),
      h("button", { type: "submit", class: "btn primary", t: "talk.start.submit" }));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      busy(event.submitter, true);
      try {
        const c = await api.post(`/personas/${seg(id)}/conversations`, {
          visitor_name: form.elements.visitor_name.value.trim(),
          relationship: form.elements.relationship.value.trim(),
          language: getLang(), // the greeting and the replies' framing follow the visitor
        });
        ctx.go(`#/p/${id}/talk/${c.id}`);
      } catch (error) {
        busy(event.submitter, false);
        form.querySelector(".form-alert").replaceChildren(errorNotice(error));
      }
    });
    el.append(form);
  }
  el.append(h("h2", { class: "section-title", t: "talk.past" }));
  if (!past.items.length) { el.append(h("p", { class: "empty-line", t: "talk.past.none" })); return; }
  el.append(h("ul", { class: "cards compact" }, past.items.map((c) => {
    const item = h("li", { class: "card row-card", "data-conversation": c.id },
      h("a", { href: `#/p/${id}/talk/${c.id}` },
        c.visitor_name ? h("span", { t: "talk.past.item", tv: { who: c.visitor_name } })
          : h("span", { t: "talk.mine.title" })),
      h("time", { date: c.updated_at || c.created_at }),
      h("button", { type: "button", class: "btn small danger-quiet", t: "action.delete",
        ta: { "aria-label": "talk.delete.label" }, tv: { date: { date: c.created_at } } }));
    item.querySelector("button").addEventListener("click", async () => {
      if (!(await confirmDialog({ title: "talk.delete.confirm", body: "talk.delete.body", confirm: "action.delete" }))) return;
      try {
        await api.del(`/conversations/${seg(c.id)}`);
        removeKeepingFocus(item, el.querySelector("h2, h1"));
        announce("talk.deleted");
      } catch (error) { item.append(errorNotice(error)); }
    });
    return item;
  })));
}

export async function conversationView(el, ctx, id, cid) {
  // Without a legacy (#/c/<cid>): a conversation whose legacy I may no longer see. It stays
  // mine to read and delete; it cannot go on.
  // A long conversation opens at its end; earlier messages come a page at a time on request.
  const newest = (cursor) => api.get(`/conversations/${seg(cid)}?order=newest&limit=${HISTORY_PAGE}` +
    (cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""));
  let conversation;
  try {
    conversation = await newest(null);
  } catch (error) {
    if (error.status === 404) { ctx.notFound(el); return; }
    throw error;
  }
  // The address must match the conversation: its own legacy's page while I have a role there,
  // the read-only #/c/ page once I have none (an old link or bookmark lands right either way).
  const home = conversation.role ? `#/p/${conversation.persona_id}/talk/${cid}` : `#/c/${cid}`;
  if (home !== (id ? `#/p/${id}/talk/${cid}` : `#/c/${cid}`)) { ctx.go(home, true); return; }
  const persona = id ? await personaFrame(el, ctx, id, "talk") : { status: "noaccess" };
  if (!persona) return;
  const back = id ? `#/p/${id}/talk` : "#/account";
  if (!id) {
    ctx.title("talk.mine.title");
    el.append(h("p", { class: "crumb" }, h("a", { href: back, t: "account.title" })),
      h("h1", { tabindex: "-1", t: "talk.mine.title" }));
  }
  const messages = [...conversation.messages.items].reverse();
  let earlier = conversation.messages.next_cursor;
  const earlierButton = h("button", { type: "button", class: "btn small earlier", t: "talk.earlier", hidden: !earlier });
  // Earlier pages go in a list of their own, outside the live log, so that a screen reader
  // is told "N earlier messages" once instead of hearing fifty messages read out.
  const older = h("ol", { class: "log older", ta: { "aria-label": "talk.log.earlier" } });
  const earlierProblem = h("div", { class: "earlier-problem" });
  const memoryCache = new Map();
  const log = h("ol", { class: "log", role: "log", "aria-live": "polite", ta: { "aria-label": "talk.log" } });
  const typing = h("p", { class: "typing", hidden: true, role: "status" },
    h("span", { t: "talk.typing" }), h("span", { class: "dots", "aria-hidden": "true" }, h("i"), h("i"), h("i")));
  const problem = h("div", { class: "talk-problem" });
  const input = h("textarea", { id: "talk-text", name: "text", rows: 3, maxlength: 4000, required: true,
    "aria-describedby": "talk-hint" });
  const send = h("button", { type: "submit", class: "btn primary", t: "talk.send" });
  // While a reply streams: Stop keeps what was written so far, marked as stopped.
  const stop = h("button", { type: "button", class: "btn stop-reply", t: "talk.stop", hidden: true });
  // Speaking a question, where the browser can hear: it lands in the box, never sent by itself.
  const mic = dictation(input);
  const composer = h("form", { class: "composer", novalidate: true, "data-scroll-here": true },
    h("label", { for: "talk-text", t: "talk.message" }), input, mic?.note,
    h("div", { class: "composer-foot" }, h("p", { id: "talk-hint", class: "hint", t: "talk.enter" }),
      h("div", { class: "composer-actions" }, mic?.button, stop, send)));
  const remove = h("button", { type: "button", class: "btn small danger-quiet", t: "talk.delete" });
  let pending = null; // {text, id}: the message that did not get a reply yet, to retry as is

  // h() drops null children; Element.append would print them as "null".
  if (id) el.append(h("p", { class: "crumb" }, h("a", { href: back, t: "talk.back" })));
  el.append(
    h("div", { class: "talk-head" },
      conversation.visitor_name
        ? h("h2", { t: "talk.with", tv: { who: conversation.visitor_name } })
        : h("h2", { t: "talk.mine.title" }), remove),
    h("div", { class: "chat" }, banner(), earlierButton, earlierProblem, older, log, typing, problem, composer));
  // Every message read, by id: a regenerated reply shows its earlier versions from here.
  const known = new Map();
  const current = (list) => list.filter((m) => { known.set(m.id, m); return m.status !== "superseded"; });
  log.append(...current(messages).map(drawMessage));
  lastActions();

  earlierButton.addEventListener("click", async () => {
    busy(earlierButton, true);
    earlierProblem.replaceChildren();
    try {
      const page = await newest(earlier);
      older.prepend(...current([...page.messages.items].reverse()).map(drawMessage));
      earlier = page.messages.next_cursor;
      announce("talk.earlier.shown", { n: page.messages.items.length });
    } catch (error) { earlierProblem.replaceChildren(errorNotice(error)); }
    busy(earlierButton, false);
    if (earlier) {
      earlierButton.focus(); // busy() disabled it, which dropped the focus
    } else {
      earlierButton.hidden = true;
      const first = older.querySelector("li") || log.querySelector("li");
      if (first) { first.tabIndex = -1; first.focus(); } // the button that had focus is gone
    }
  });
  if (persona.status !== "active") closeComposer(`talk.closed.${persona.status}`);

  remove.addEventListener("click", async () => {
    if (!(await confirmDialog({ title: "talk.delete.confirm", body: "talk.delete.body", confirm: "action.delete" }))) return;
    try {
      await api.del(`/conversations/${seg(cid)}`);
      ctx.flash("talk.deleted");
      ctx.go(back);
    } catch (error) { problem.replaceChildren(errorNotice(error)); }
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });
  composer.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || send.disabled) return;
    const again = pending && pending.text === text;
    deliver(text, again ? pending.id : crypto.randomUUID(), again ? pending.bubble : null);
  });

  async function deliver(text, clientId, failedBubble = null) {
    pending = { text, id: clientId, bubble: failedBubble };
    problem.replaceChildren();
    log.querySelectorAll(".reply-actions").forEach((el) => el.remove()); // back once answered
    const bubble = failedBubble || drawMessage({ role: "visitor", text });
    bubble.classList.add("pending");
    bubble.querySelector(".retry-line")?.remove();
    if (!failedBubble) log.append(bubble);
    input.value = "";
    busy(send, true);
    typing.hidden = false;
    typing.scrollIntoView({ block: "nearest" });
    try {
      const reply = await answer(text, clientId, (asked) => {
        if (asked?.id) { bubble.dataset.message = asked.id; known.set(asked.id, asked); }
      });
      pending = null;
      bubble.classList.remove("pending");
      known.set(reply.id, reply);
      const drawn = drawMessage(reply);
      log.append(drawn);
      drawn.scrollIntoView({ block: "nearest" });
      lastActions();
    } catch (error) {
      if (!failedBubble) bubble.remove();
      else bubble.classList.remove("pending");
      if (!input.value) input.value = text; // nothing typed is lost
      const { key } = describe(error);
      if (error.status === 409 && /^talk\.closed/.test(key)) {
        pending = null;
        closeComposer(key);
      } else if (error.status === 404) {
        // The conversation was deleted, or the legacy's access taken away: no retry helps.
        pending = null;
        closeComposer("talk.closed.gone", h("p", { t: "talk.unsent" }),
          h("blockquote", { class: "unsent", user: text })); // nothing typed is lost
      } else if (key === "error.daily") {
        // No retry helps before midnight UTC: the message stays in the box, unsent.
        pending = null;
        problem.replaceChildren(errorNotice(error, h("p", { class: "hint", t: "talk.kept" })));
      } else {
        const retry = h("button", { type: "button", class: "btn primary", t: "talk.retry",
          onclick: () => { if (input.value.trim() === text) input.value = ""; deliver(text, clientId, failedBubble); } });
        problem.replaceChildren(errorNotice(error, h("p", { class: "hint", t: "talk.kept" }), retry));
      }
    } finally {
      typing.hidden = true;
      stop.hidden = true;
      lastActions();
      if (!composer.hidden) busy(send, false);
      const lost = document.activeElement;
      if (!composer.hidden && (lost === document.body || lost === send || !lost?.isConnected)) input.focus();
    }
  }

  // The reply: streamed on the reply socket when the stage has one and it opens, else (and
  // whenever it cannot be opened) by REST. Both give the same stored reply.
  async function answer(text, clientId, onAsked) {
    const socket = replySocket(ctx.config?.stream_url);
    if (socket) {
      const live = streamingBubble(socket, clientId);
      try {
        return await socket.say(cid, text, clientId, {
          onDelta: (piece) => live.add(piece),
          onRestart: () => live.restart(),
          onReconnecting: () => announce("talk.reconnecting"),
          onAsked,
        });
      } catch (error) {
        if (error.code !== "SocketUnavailable") throw error;
        // No socket (or it kept dropping): the same message by REST, which answers it once.
      } finally {
        live.remove();
      }
    }
    const { message, reply } = await api.post(`/conversations/${seg(cid)}/messages`, { text, client_message_id: clientId });
    onAsked(message);
    return reply;
  }

  // The reply as it is written, until `done` brings the stored one to draw in its place.
  function streamingBubble(socket, clientId) {
    const text = h("p", { class: "text", user: "", lang: persona.language });
    const li = h("li", { class: "msg them streaming", "aria-busy": "true", hidden: true },
      h("p", { class: "who" }, persona.name ? h("span", { user: persona.name }) : h("span", { t: "talk.them" })), text);
    log.append(li);
    stop.hidden = false;
    stop.disabled = false;
    stop.onclick = () => {
      stop.disabled = true;
      socket.stop(cid, clientId);
      announce("talk.stopping");
    };
    return {
      add(piece) {
        typing.hidden = true;
        li.hidden = false;
        text.textContent += piece;
        li.scrollIntoView({ block: "nearest" });
      },
      restart() { text.textContent = ""; li.hidden = true; typing.hidden = false; },
      remove() { li.remove(); stop.onclick = null; stop.hidden = true; },
    };
  }

  // "Regenerate" on the last reply and "Edit" on my last message (and only there), while the
  // conversation goes on.
  function lastActions() {
    log.querySelectorAll(".reply-actions").forEach((el) => el.remove());
    if (persona.status !== "active" || composer.hidden) return;
    const last = log.lastElementChild;
    if (last?.dataset.reply) {
      const again = h("button", { type: "button", class: "btn small regenerate", t: "talk.regenerate" });
      again.addEventListener("click", () => regenerate(last, again));
      // "I don't remember that… would you like me to tell it?": yes, in the reply's language
      const shown = known.get(last.dataset.reply);
      const say = (words) => () => deliver(words[shown.language] || words.en, crypto.randomUUID());
      const yes = shown?.offered ? h("button", { type: "button", class: "btn small offer-yes", t: "talk.offer.yes",
        onclick: say(OFFER_YES) }) : null;
      // an answer quoted from a memory: "that's not it" asks for another, or an honest no
      const notIt = shown?.memories_used?.length ? h("button", { type: "button", class: "btn small not-it",
        t: "talk.notIt", onclick: say(NOT_IT) }) : null;
      last.append(h("div", { class: "reply-actions" }, yes, notIt, again));
    }
    const mine = [...log.querySelectorAll("li.msg.me[data-message]")].pop();
    if (mine && !mine.classList.contains("pending") && !mine.querySelector(".edit-form")) {
      const change = h("button", { type: "button", class: "btn small edit-message", t: "talk.edit" });
      change.addEventListener("click", () => editForm(mine));
      mine.append(h("div", { class: "reply-actions" }, change));
    }
  }

  // Editing my last message: a new message in its place, answered anew; the old one and its
  // reply are kept (superseded) but no longer shown.
  function editForm(li) {
    const old = known.get(li.dataset.message) || { text: li.querySelector(".text").textContent };
    const boxId = uid("edit");
    const box = h("textarea", { id: boxId, rows: 3, maxlength: 4000, required: true });
    box.value = old.text;
    const save = h("button", { type: "submit", class: "btn primary small", t: "talk.edit.save" });
    const cancel = h("button", { type: "button", class: "btn small", t: "talk.edit.cancel" });
    const form = h("form", { class: "edit-form", novalidate: true },
      h("label", { for: boxId, t: "talk.edit.label" }), box, h("div", { class: "reply-actions-row" }, save, cancel));
    li.querySelector(".reply-actions")?.remove();
    li.append(form);
    box.focus();
    let attempt = null; // {text, key}: the same edit retried keeps its key
    cancel.addEventListener("click", () => { form.remove(); lastActions(); });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const text = box.value.trim();
      if (!text) return;
      if (attempt?.text !== text) attempt = { text, key: crypto.randomUUID() };
      problem.replaceChildren();
      busy(save, true);
      busy(send, true);
      typing.hidden = false;
      try {
        const { message, reply } = await api.patch(`/conversations/${seg(cid)}/messages/${seg(li.dataset.message)}`,
          { text, client_message_id: attempt.key });
        const answered = li.nextElementSibling?.dataset.reply ? li.nextElementSibling : null;
        answered?.remove();
        known.set(message.id, message);
        known.set(reply.id, reply);
        const asked = drawMessage(message);
        li.replaceWith(asked);
        const drawn = drawMessage(reply);
        asked.after(drawn);
        lastActions();
        drawn.scrollIntoView({ block: "nearest" });
        input.focus();
      } catch (error) {
        busy(save, false);
        problem.replaceChildren(errorNotice(error));
      } finally {
        typing.hidden = true;
        if (!composer.hidden) busy(send, false);
      }
    });
  }

  let regenerating = null; // {reply, key}: a regeneration to retry with the same key
  async function regenerate(li, button) {
    const replyId = li.dataset.reply;
    if (regenerating?.reply !== replyId) regenerating = { reply: replyId, key: crypto.randomUUID() };
    problem.replaceChildren();
    busy(button, true);
    busy(send, true);
    typing.hidden = false;
    try {
      const { reply } = await api.post(`/conversations/${seg(cid)}/messages/${seg(replyId)}/regenerate`,
        { client_message_id: regenerating.key });
      regenerating = null;
      const earlier = known.get(replyId);
      if (earlier) known.set(replyId, { ...earlier, status: "superseded" });
      known.set(reply.id, reply);
      const drawn = drawMessage(reply);
      li.replaceWith(drawn);
      announce("talk.regenerated");
      lastActions();
      drawn.querySelector(".regenerate")?.focus();
    } catch (error) {
      busy(button, false);
      problem.replaceChildren(errorNotice(error));
    } finally {
      typing.hidden = true;
      if (!composer.hidden) busy(send, false);
    }
  }

  // The earlier versions of a regenerated reply, folded under it.
  function alternatives(m) {
    const earlier = (m.alternatives || []).map((id) => known.get(id)).filter(Boolean);
    if (!earlier.length) return null;
    return h("details", { class: "alternatives" },
      h("summary", { t: "talk.alternatives", tv: { n: earlier.length } }),
      h("ol", {}, earlier.map((e) => h("li", {}, h("p", { class: "text", user: e.text, lang: e.language || persona.language })))));
  }

  function closeComposer(key, ...extra) {
    composer.hidden = true;
    log.querySelectorAll(".reply-actions").forEach((el) => el.remove());
    problem.replaceChildren(notice("info", key, undefined, ...extra));
  }

  function drawMessage(m) {
    if (m.role === "visitor") {
      const li = h("li", { class: "msg me", "data-message": m.id || null },
        m.edited_from
          ? h("p", { class: "who" }, h("span", { t: "talk.you" }), h("span", { class: "badge edited", t: "talk.edited" }))
          : h("p", { class: "who", t: "talk.you" }),
        h("p", { class: "text", user: m.text }));
      if (m.status === "failed" && persona.status === "active") {
        li.append(h("p", { class: "retry-line" }, h("span", { t: "talk.failed" }),
          h("button", { type: "button", class: "btn small", t: "talk.retry",
            onclick: () => deliver(m.text, m.client_message_id, li) })));
      }
      return li;
    }
    const reply = m.type !== "greeting";
    // Without a role the legacy's name is not given (as in my data): say what answered.
    const li = h("li", { class: `msg them${m.care ? " care" : ""}`, "data-reply": reply ? m.id : null },
      h("p", { class: "who" }, persona.name ? h("span", { user: persona.name }) : h("span", { t: "talk.them" }),
        reply && m.ai_generated === false ? h("span", { class: "badge recorded", t: "talk.recorded" }) : null));
    const paragraphs = m.text.split(/\n{2,}/);
    const careText = m.care && paragraphs.length > 1 ? paragraphs.pop() : null;
    const spoken = m.language || persona.language; // a reply speaks the asker's language
    li.append(h("p", { class: "text", user: paragraphs.join("\n\n"), lang: spoken }));
    if (careText) {
      li.append(h("aside", { class: "care-box", ta: { "aria-label": "talk.care" } },
        h("p", { class: "care-title", t: "talk.care" }), h("p", { user: careText, lang: spoken })));
    }
    if (reply && m.ai_generated === false) li.append(h("p", { class: "disclosure", t: "talk.recorded.hint" }));
    else if (reply && m.disclosure) li.append(h("p", { class: "disclosure", user: m.disclosure, lang: spoken }));
    // A reply cut at the deadline, or the grounded one standing in for a model's, says so.
    if (reply && ["deadline", "fallback", "stopped"].includes(m.finish_reason)) {
      li.append(h("p", { class: "disclosure", t: `talk.finish.${m.finish_reason}` }));
    }
    // Read aloud (the greeting too) while I have a role on the legacy; the disclosure above
    // stays on screen while it plays.
    if (id && m.id) li.append(readAloud(`/conversations/${seg(cid)}/messages/${seg(m.id)}/speech`, spoken, li));
    // sources name the memories a reply used, as they are now; absent once my role is gone.
    if (reply && m.sources?.length) li.append(chips(m.sources));
    const earlier = reply ? alternatives(m) : null;
    if (earlier) li.append(earlier);
    if (reply && m.id) li.append(feedbackBar(m));
    return li;
  }

  // Thumbs up or down on a reply, with an optional note (PUT/DELETE …/feedback). Pressing
  // the pressed thumb again takes the feedback back.
  function feedbackBar(m) {
    let current = m.feedback || null;
    const path = `/conversations/${seg(cid)}/messages/${seg(m.id)}/feedback`;
    const thumb = (rating) => h("button", { type: "button", class: `btn small thumb thumb-${rating}`,
      "data-rating": rating, "aria-pressed": "false", t: `talk.feedback.${rating}` });
    const up = thumb("up");
    const down = thumb("down");
    const noteId = uid("note");
    const note = h("textarea", { id: noteId, class: "feedback-note-text", rows: 2, maxlength: 500 });
    const noteForm = h("form", { class: "feedback-note", novalidate: true, hidden: true },
      h("label", { for: noteId, t: "talk.feedback.note" }), note,
      h("button", { type: "submit", class: "btn small", t: "talk.feedback.note.save" }));
    const status = h("div", { class: "feedback-problem" });
    const paint = () => {
      up.setAttribute("aria-pressed", String(current?.rating === "up"));
      down.setAttribute("aria-pressed", String(current?.rating === "down"));
      noteForm.hidden = !current;
      if (current) note.value = current.note || "";
    };
    async function save(rating, text) {
      status.replaceChildren();
      try {
        if (rating === null) {
          await api.del(path);
          current = null;
          announce("talk.feedback.removed");
        } else {
          current = (await api.put(path, text ? { rating, note: text } : { rating })).feedback;
          announce("talk.feedback.saved");
        }
      } catch (error) { status.replaceChildren(errorNotice(error)); }
      paint();
    }
    for (const button of [up, down]) {
      const rating = button.dataset.rating;
      button.addEventListener("click", () => save(current?.rating === rating ? null : rating,
        current ? note.value.trim() : ""));
    }
    noteForm.addEventListener("submit", (event) => {
      event.preventDefault();
      if (current) save(current.rating, note.value.trim());
    });
    paint();
    return h("div", { class: "feedback", role: "group", ta: { "aria-label": "talk.feedback.label" } },
      h("div", { class: "feedback-thumbs" }, up, down), noteForm, status);
  }

  function chips(sources) {
    const list = h("ul", { class: "chips" });
    sources.forEach(({ id: mid, label }) => {
      const chip = h("button", { type: "button", class: "chip", "data-memory-id": mid, "aria-haspopup": "dialog" },
        h("span", { user: label }));
      chip.addEventListener("click", () => openMemory(mid, chip));
      list.append(h("li", {}, chip));
    });
    return h("div", { class: "based" }, h("p", { t: "talk.based" }), list);
  }

  function memory(mid) {
    if (!memoryCache.has(mid)) {
      memoryCache.set(mid, api.get(`/personas/${seg(conversation.persona_id)}/memories/${seg(mid)}`).catch((error) => {
        if (error.status !== 404) memoryCache.delete(mid); // a deleted memory stays "gone"
        return null;
      }));
    }
    return memoryCache.get(mid);
  }

  async function openMemory(mid) {
    const m = await memory(mid);
    if (m) showDialog(h("h2", { t: "talk.memory.title" }), h("div", { class: "memory-view" }, memoryBody(m)));
    else showDialog(h("h2", { t: "talk.memory.title" }), h("p", { t: "talk.memory.gone" }));
  }
}
