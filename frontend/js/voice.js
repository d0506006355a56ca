// The persona's voice (docs/voice.md): a persona's message read aloud, and a question spoken
// into the message box. The server decides what is said (a spoken disclosure, then the words,
// no markup) and, where the stage makes audio (Amazon Polly, espeak-ng), sends it in the
// answer; the page plays it with Web Audio. Otherwise the browser's own voice reads the text.
import { api } from "./api.js";
import { announce, h } from "./dom.js";
import { getLang } from "./i18n.js";

const FALLBACK = {
  budget: "voice.fallback.budget",
  ai_off: "voice.fallback.ai_off",
  unavailable: "voice.fallback.unavailable",
};
const VOICES_WAIT_MS = 800; // a browser may list its voices a moment after the page loads

let playing = null; // { stop() }: one message is read at a time
addEventListener("hashchange", () => stopPlaying()); // leaving the page ends the reading

function stopPlaying() {
  const current = playing;
  playing = null;
  current?.stop();
}

/** A voice of this browser for a language, preferring one that runs on this device (a voice
 *  from the network sends the text to the browser's maker); null when there is none. */
async function browserVoice(lang) {
  const synth = window.speechSynthesis;
  if (!synth || typeof window.SpeechSynthesisUtterance !== "function") return null;
  let voices = synth.getVoices();
  if (!voices.length) {
    await new Promise((resolve) => {
      const done = () => { synth.removeEventListener?.("voiceschanged", done); resolve(); };
      synth.addEventListener?.("voiceschanged", done);
      setTimeout(done, VOICES_WAIT_MS);
    });
    voices = synth.getVoices();
  }
  const norm = (l) => String(l || "").replace("_", "-").toLowerCase();
  const wanted = norm(lang);
  const base = wanted.split("-")[0];
  const ranked = voices.filter((v) => norm(v.lang).split("-")[0] === base).sort((a, b) =>
    (norm(b.lang) === wanted) - (norm(a.lang) === wanted) || (b.localService === true) - (a.localService === true));
  return ranked[0] || null;
}

function bytesOf(base64) {
  const raw = atob(base64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes.buffer;
}

/** Play audio bytes with Web Audio (no media element: the site's CSP allows no media source).
 *  Resolves with a stop() once it plays; ended() is called when it finishes by itself. */
async function playAudio(context, audio, ended) {
  const buffer = await context.decodeAudioData(bytesOf(audio.data));
  const source = context.createBufferSource();
  source.buffer = buffer;
  source.connect(context.destination);
  let stopped = false;
  source.onended = () => { if (!stopped) ended(); context.close().catch(() => {}); };
  await context.resume();
  source.start();
  return () => { stopped = true; try { source.stop(); } catch { /* already over */ } context.close().catch(() => {}); };
}

function speakInBrowser(said, voice, ended) {
  const utterance = new window.SpeechSynthesisUtterance(said.text);
  utterance.lang = said.language === "en" ? "en-US" : "pt-BR";
  utterance.voice = voice;
  let stopped = false;
  utterance.onend = () => { if (!stopped) ended(); };
  utterance.onerror = () => { if (!stopped) ended(); };
  window.speechSynthesis.cancel(); // nothing queued from before
  window.speechSynthesis.speak(utterance);
  return () => { stopped = true; window.speechSynthesis.cancel(); };
}

/** "Listen" / "Stop" for one of the persona's messages. `path` is its speech route; `lang`
 *  the message's language; `li` the message, whose written disclosure stays in view while it
 *  is read. */
export function readAloud(path, lang, li) {
  const button = h("button", { type: "button", class: "btn small read-aloud", "aria-pressed": "false" },
    h("span", { t: "voice.play" }));
  const note = h("p", { class: "hint speaking-note", role: "status", hidden: true });
  const box = h("div", { class: "read-aloud-box" }, button, note);
  const paint = (on, ...keys) => {
    button.setAttribute("aria-pressed", String(on));
    button.replaceChildren(h("span", { t: on ? "voice.stop" : "voice.play" }));
    li.classList.toggle("speaking", on);
    note.hidden = !keys.length;
    note.replaceChildren(...keys.flatMap((key, i) => [i ? " " : null, h("span", { t: key })]).filter(Boolean));
  };
  button.addEventListener("click", () => {
    if (button.getAttribute("aria-pressed") === "true") { stopPlaying(); return; }
    start();
  });

  async function start() {
    stopPlaying();
    const context = window.AudioContext ? new AudioContext() : null; // made on the click
    const mine = { stop: () => { context?.close().catch(() => {}); paint(false); } };
    playing = mine;
    paint(true, "voice.preparing");
    const ended = () => { if (playing === mine) { playing = null; paint(false); announce("voice.ended"); } };
    try {
      const voice = await browserVoice(lang);
      const said = await api.post(`${path}${voice ? "" : "?audio=required"}`);
      if (playing !== mine) return; // stopped meanwhile
      let stop;
      if (said.audio && context) {
        stop = await playAudio(context, said.audio, ended);
      } else if (said.engine === "browser" && voice) {
        context?.close().catch(() => {});
        stop = speakInBrowser(said, voice, ended);
      } else {
        context?.close().catch(() => {});
        playing = null;
        paint(false, "voice.none");
        return;
      }
      if (playing !== mine) { stop(); return; }
      mine.stop = () => { stop(); paint(false); };
      paint(true, "voice.playing", ...(said.fallback && !said.audio ? [FALLBACK[said.fallback]] : []));
      announce("voice.playing");
      (li.querySelector(".disclosure") || note).scrollIntoView({ block: "nearest" });
    } catch {
      context?.close().catch(() => {});
      if (playing === mine) playing = null;
      paint(false, "voice.failed");
    }
  }
  return box;
}

/** "Speak" beside the message box, where the browser recognises speech (null elsewhere):
 *  what is heard goes into the box, to be read, changed and sent by hand — never sent. */
export function dictation(input) {
  const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
  if (typeof Recognition !== "function") return null;
  const button = h("button", { type: "button", class: "btn dictate", "aria-pressed": "false",
    "aria-controls": input.id }, h("span", { t: "voice.dictate" }));
  const note = h("p", { class: "hint dictation-note", role: "status", hidden: true });
  let recognition = null;
  // Sending while listening: what is heard after it must not refill the emptied box.
  queueMicrotask(() => input.form?.addEventListener("submit", () => recognition?.abort()));
  const paint = (listening, key) => {
    button.setAttribute("aria-pressed", String(listening));
    button.replaceChildren(h("span", { t: listening ? "voice.dictate.stop" : "voice.dictate" }));
    note.hidden = !key;
    note.replaceChildren(key ? h("span", { t: key }) : "");
  };
  button.addEventListener("click", () => {
    if (recognition) { recognition.stop(); return; }
    const heardBefore = input.value.trim();
    let problem = null;
    recognition = new Recognition();
    recognition.lang = getLang() === "pt-BR" ? "pt-BR" : "en-US";
    recognition.interimResults = true;
    recognition.continuous = false;
    recognition.onresult = (event) => {
      let heard = "";
      for (let i = 0; i < event.results.length; i++) heard += ` ${event.results[i][0].transcript}`;
      input.value = `${heardBefore} ${heard}`.replace(/\s+/g, " ").trim();
    };
    recognition.onerror = (event) => {
      problem = ["not-allowed", "service-not-allowed"].includes(event.error) ? "voice.dictate.denied" : "voice.dictate.failed";
    };
    recognition.onend = () => {
      recognition = null;
      const key = problem || (input.value.trim() !== heardBefore ? "voice.dictate.done" : "voice.dictate.failed");
      paint(false, key);
      announce(key);
      input.focus(); // to read it over, change it, and send it
    };
    try {
      recognition.start();
    } catch {
      recognition = null;
      paint(false, "voice.dictate.failed");
      return;
    }
    paint(true, "voice.dictate.listening");
    announce("voice.dictate.listening");
  });
  return { button, note };
}
