// The frame shared by a legacy's pages: its name, the reader's role, and the tabs they may use.
import { api, seg } from "../api.js";
import { announce, errorNotice, h, lifeSpan, radios } from "../dom.js";
import { cardDownload } from "./cards.js";

export const canEdit = (p) => p.role === "owner" || p.role === "editor";

/** Load the persona and draw its header; null (with a "no access" page drawn) when it is gone. */
export async function personaFrame(el, ctx, id, tab) {
  let persona;
  try {
    persona = await api.get(`/personas/${seg(id)}`);
  } catch (error) {
    if (error.status === 404 || error.status === 403) { noAccess(el, ctx); return null; }
    throw error;
  }
  const tabs = [["talk", "tab.talk"], ["memories", "tab.memories"], ["family", "tab.family"]];
  if (canEdit(persona)) {
    tabs.push(["interview", "tab.interview"], ["imports", "tab.imports"], ["edit", "tab.edit"]);
  }
  el.append(
    h("p", { class: "crumb" }, h("a", { href: "#/", t: "nav.back" })),
    h("header", { class: "persona-head" },
      h("h1", { tabindex: "-1" }, h("span", { user: persona.name })),
      h("p", { class: "meta" },
        lifeSpan(persona),
        persona.relationship ? h("span", { user: persona.relationship }) : null,
        h("span", { class: "badge", t: `role.${persona.role}` }),
        persona.status !== "active" ? h("span", { class: "badge warn", t: `status.${persona.status}` }) : null),
      canEdit(persona) ? cardDownload(persona) : null), // the legacy as a character card
    h("nav", { class: "tabs", ta: { "aria-label": "tab.label" } },
      tabs.map(([name, key]) => h("a", {
        href: `#/p/${id}/${name}`, t: key, "aria-current": name === tab ? "page" : null,
      }))));
  if (tab === "edit" && canEdit(persona)) el.append(voiceChoice(persona));
  ctx.title(`tab.${tab}`, persona.name);
  return persona;
}

/** The voice replies are read aloud in (docs/voice.md): a kind of voice, saved when chosen. */
function voiceChoice(persona) {
  const status = h("div", { class: "voice-status" });
  const choice = radios({
    name: "voice", legend: "voice.choice", hint: "voice.choice.hint", value: persona.voice,
    options: [["feminine", "voice.feminine"], ["masculine", "voice.masculine"]],
    onchange: async (voice) => {
      status.replaceChildren();
      try {
        persona.voice = (await api.patch(`/personas/${seg(persona.id)}`, { voice })).voice;
        announce("voice.saved");
      } catch (error) {
        status.replaceChildren(errorNotice(error));
      }
    },
  });
  return h("section", { class: "card voice-choice" }, choice, status);
}

export function noAccess(el, ctx) {
  ctx.title("noaccess.title");
  el.append(
    h("h1", { tabindex: "-1", t: "noaccess.title" }),
    h("div", { class: "notice", role: "alert", "data-state": "no-access" },
      h("p", { t: "noaccess.body" })),
    h("p", {}, h("a", { class: "btn", href: "#/", t: "noaccess.back" })));
}
