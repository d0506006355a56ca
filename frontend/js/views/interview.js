// The guided life interview (docs/interview.md): one question at a time, in the reader's
// language, with each chapter's progress. An answer becomes a memory; its follow-up, if
// answered, another. Skip is for good; Later brings the question back after the others.
import { api, seg } from "../api.js";
import {
  announce, busy, clearErrors, clearOnEdit, describe, errorNotice, explain, field, h, notice,
  setFieldError,
} from "../dom.js";
import { getLang, onLang } from "../i18n.js";
import { canEdit, personaFrame } from "./persona.js";

// The question is the server's text in one language: a language switch asks for it again.
let reload = null;
onLang(() => reload?.());

export async function interviewView(el, ctx, id) {
  const persona = await personaFrame(el, ctx, id, "interview");
  if (!persona) return;
  el.append(h("h2", { class: "section-title", t: "interview.title" }));
  if (!canEdit(persona)) {
    el.append(notice("info", "interview.editors"));
    return;
  }
  const base = `/personas/${seg(id)}/interview`;
  const progressBox = h("section", { class: "interview-progress", "aria-labelledby": "progress-h" });
  const stage = h("section", { class: "card interview-question", "data-question": "" });
  let chapter = null; // a chapter the reader chose to ask from, or every chapter
  let followingUp = false; // a follow-up stays in the language it was offered in

  el.append(
    h("p", { class: "lead", t: "interview.lead", tv: { name: persona.name } }),
    h("p", { class: "hint", t: "interview.gentle" }),
    stage, progressBox);

  async function load(said) {
    const query = new URLSearchParams({ language: getLang() });
    if (chapter) query.set("chapter", chapter);
    let next;
    try {
      next = await api.get(`${base}/next?${query}`);
    } catch (error) {
      stage.replaceChildren(errorNotice(error,
        h("button", { type: "button", class: "btn", t: "action.retry", onclick: () => load() })));
      return;
    }
    drawProgress(next.progress);
    drawQuestion(next);
    if (said) announce(said);
  }
  reload = () => { if (el.isConnected && !followingUp) load(); };

  /** Ask from one chapter (or from all, with null); the new question takes the focus. */
  async function ask(key) {
    chapter = key;
    await load();
    stage.querySelector("h3")?.focus();
  }

  function drawProgress(progress) {
    const chapters = progress.chapters.map((c) => {
      const told = c.answered + c.known;
      const choose = h("button", {
        type: "button", class: chapter === c.chapter ? "btn small" : "btn small quiet",
        "aria-pressed": String(chapter === c.chapter),
        ta: { "aria-label": "interview.chapter.only" }, tv: { chapter: c.name },
        onclick: () => ask(chapter === c.chapter ? null : c.chapter),
      }, h("span", { user: c.name }));
      return h("li", { class: "card row-card", "data-chapter": c.chapter },
        h("div", {}, choose),
        h("progress", { max: c.total, value: told + c.skipped, "aria-hidden": "true" }),
        h("span", { class: "meta" },
          h("span", { t: "interview.chapter.count", tv: { done: told, total: c.total } }),
          c.skipped ? h("span", { t: "interview.chapter.skipped", tv: { n: c.skipped } }) : null));
    });
    progressBox.replaceChildren(...[
      h("h3", { id: "progress-h", t: "interview.progress" }),
      h("p", { class: "meta", t: "interview.progress.overall", tv: {
        answered: progress.answered, known: progress.known, skipped: progress.skipped,
        remaining: progress.remaining } }),
      chapter ? h("p", {}, h("button", { type: "button", class: "btn small", t: "interview.chapter.all",
        onclick: () => ask(null) })) : null,
      h("ul", { class: "cards compact", ta: { "aria-label": "interview.chapters" } }, chapters),
    ].filter(Boolean));
  }

  function drawQuestion(next) {
    followingUp = false;
    if (next.done) {
      stage.replaceChildren(
        h("h3", { tabindex: "-1", t: chapter ? "interview.done.chapter" : "interview.done",
          tv: chapter ? { chapter: next.progress.chapters.find((c) => c.chapter === chapter)?.name || "" } : {} }),
        h("p", { class: "actions" },
          chapter ? h("button", { type: "button", class: "btn primary", t: "interview.chapter.all",
            onclick: () => ask(null) }) : null,
          h("a", { class: "btn", href: `#/p/${id}/memories`, t: "interview.done.memories" })));
      stage.dataset.question = "";
      return;
    }
    // the same question again (in another language): what was typed stays
    const typed = stage.dataset.question === next.question_id
      ? stage.querySelector("textarea")?.value || "" : "";
    stage.dataset.question = next.question_id;
    const form = answerForm("interview.answer", "interview.save", typed, async (text) => {
      await api.post(`${base}/answers`,
        { question_id: next.question_id, text, language: getLang() });
      drawFollowUp(next);
    });
    const pass = (askAgain, said) => async (event) => {
      const button = event.currentTarget;
      busy(button, true);
      try {
        await api.post(`${base}/skip`, { question_id: next.question_id, ask_again: askAgain });
      } catch (error) {
        form.querySelector(".form-alert").replaceChildren(errorNotice(error));
        busy(button, false);
        return;
      }
      await load(said);
      stage.querySelector("h3")?.focus();
    };
    form.querySelector(".actions").append(
      h("button", { type: "button", class: "btn", t: "interview.skip", onclick: pass("never", "interview.skipped") }),
      h("button", { type: "button", class: "btn", t: "interview.later", onclick: pass("later", "interview.postponed") }));
    stage.replaceChildren(
      h("p", { class: "meta" },
        h("span", { class: "badge", user: next.chapter_name }),
        next.later ? h("span", { class: "badge warn", t: "interview.later.badge" }) : null),
      h("h3", { tabindex: "-1", user: next.text, lang: next.language }),
      form,
      h("p", { class: "hint", t: "interview.buttons.hint" }));
  }

  function drawFollowUp(next) {
    followingUp = true;
    const form = answerForm("interview.followup.answer", "interview.followup.save", "", async (text) => {
      await api.post(`${base}/answers`,
        { question_id: next.question_id, text, answer_to: "follow_up", language: getLang() });
      await load("interview.followup.saved");
      stage.querySelector("h3")?.focus();
    });
    form.querySelector(".actions").append(h("button", {
      type: "button", class: "btn", t: "interview.next",
      onclick: async () => { await load(); stage.querySelector("h3")?.focus(); },
    }));
    stage.replaceChildren(
      notice("ok", "interview.saved"),
      h("p", { class: "meta" }, h("span", { class: "badge", user: next.chapter_name })),
      h("p", { class: "hint", t: "interview.followup.title" }),
      h("h3", { tabindex: "-1", user: next.follow_up, lang: next.language }),
      form);
    stage.querySelector("h3").focus();
    announce("interview.saved");
  }

  await load();
}

/** A text area (holding `value`) with its submit button; `send(text)` saves it, its errors
 *  shown in the form. */
function answerForm(label, submit, value, send) {
  const form = h("form", { class: "answer-form", novalidate: true },
    h("div", { class: "form-alert" }),
    field({ name: "text", label, hint: "interview.answer.hint", required: true, multiline: true,
      rows: 5, maxlength: 8000, value }),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "btn primary", t: submit })));
  clearOnEdit(form, form.querySelector(".form-alert"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const alert = form.querySelector(".form-alert");
    clearErrors(form);
    alert.replaceChildren();
    const text = form.elements.text.value.trim();
    if (!text) {
      setFieldError(form, "text", "v.empty");
      alert.append(notice("error", "form.fix"));
      form.elements.text.focus();
      return;
    }
    const button = event.submitter;
    busy(button, true);
    try {
      await send(text);
    } catch (error) {
      const { field: path } = error.status === 400 ? explain(error) : {};
      const { key, vars } = describe(error);
      alert.append(path === "text" && setFieldError(form, "text", key, vars) ? notice("error", "form.fix") : errorNotice(error));
      busy(button, false);
    }
  });
  return form;
}
