// Family: invite by link, see who has access, revoke; members may leave.
import { api, seg } from "../api.js";
import {
  announce, busy, confirmDialog, errorNotice, field, focusSomewhere, h, radios, removeKeepingFocus,
  setFieldError,
} from "../dom.js";
import { personaFrame } from "./persona.js";

export async function familyView(el, ctx, id) {
  const persona = await personaFrame(el, ctx, id, "family");
  if (!persona) return;
  if (persona.role !== "owner") { memberView(el, ctx, persona); return; }
  const members = await api.get(`/personas/${seg(id)}/members`);
  const open = h("div", { "data-open-invites": "" });
  const list = h("ul", { class: "cards compact members", "aria-labelledby": "members-h" });
  let shown = "";
  const drawMembers = (items) => {
    shown = JSON.stringify(items.map((m) => [m.user_id, m.role]));
    list.replaceChildren(...items.map((m) => memberItem(m)));
  };
  // People accept invites elsewhere: while an invite is open the page looks again, soon and
  // then less often, and whenever the tab is shown again. Only what changed is redrawn.
  const look = async () => {
    const stillOpen = await openInvites(open, id);
    const now = await api.get(`/personas/${seg(id)}/members`).catch(() => null);
    if (now && JSON.stringify(now.items.map((m) => [m.user_id, m.role])) !== shown) {
      const before = new Set(JSON.parse(shown).map(([user]) => user));
      drawMembers(now.items);
      now.items.filter((m) => !before.has(m.user_id))
        .forEach((m) => announce("family.joined", { name: m.name || m.email || "" }));
    }
    return stillOpen;
  };
  const watcher = watch(el, look);
  el.append(h("h2", { class: "section-title", t: "family.invite" }),
    h("p", { class: "lead", t: "family.invite.lead" }),
    inviteForm(id, () => { openInvites(open, id); watcher.soon(); }),
    h("h2", { class: "section-title", id: "open-h", t: "family.open" }), open,
    h("h2", { class: "section-title", id: "members-h", t: "family.members" }), list);
  drawMembers(members.items);
  openInvites(open, id).then((any) => { if (any) watcher.soon(); });

  function memberItem(m) {
    const item = h("li", { class: "card row-card", "data-member": m.user_id },
      h("div", {}, h("p", { class: "name" }, h("span", { user: m.name || m.email || "" })),
        m.email ? h("p", { class: "meta" }, h("span", { user: m.email })) : null),
      h("span", { class: "badge", t: `role.${m.role}` }),
      m.joined_at ? h("time", { date: m.joined_at }) : null);
    if (m.role !== "owner") {
      const revoke = h("button", { type: "button", class: "btn small danger-quiet", t: "family.revoke",
        ta: { "aria-label": "family.revoke.label" }, tv: { name: m.name || m.email || "" } });
      revoke.addEventListener("click", async () => {
        const sure = await confirmDialog({ title: "family.revoke.confirm", body: "family.revoke.body",
          vars: { name: m.name || m.email || "" }, confirm: "family.revoke" });
        if (!sure) return;
        try {
          await api.del(`/personas/${seg(id)}/members/${seg(m.user_id)}`);
          const list = item.parentElement;
          removeKeepingFocus(item, list?.previousElementSibling);
          shown = JSON.stringify(JSON.parse(shown).filter(([user]) => user !== m.user_id));
          announce("family.revoked", { name: m.name || "" });
        } catch (error) { item.append(errorNotice(error)); }
      });
      item.append(revoke);
    }
    if (m.role === "editor") item.append(handOverButton(ctx, persona, m));
    return item;
  }
}

const FIRST_LOOK_MS = 3000;
const LAST_LOOK_MS = 60000;

/** Calls look() (which says whether to go on looking) at growing intervals while the page is
 *  shown, again when it is shown after being hidden, and never once the view has gone. */
function watch(el, look) {
  let delay = FIRST_LOOK_MS;
  let timer = null;
  const gone = () => !el.isConnected; // another page replaced this one (it is shown by then)
  const stop = () => { clearTimeout(timer); document.removeEventListener("visibilitychange", onShow); };
  const tick = async () => {
    if (gone()) { stop(); return; }
    if (document.visibilityState !== "visible") return; // looked at again when shown
    const goOn = await look().catch(() => true);
    if (gone()) { stop(); return; }
    if (goOn) { delay = Math.min(delay * 2, LAST_LOOK_MS); timer = setTimeout(tick, delay); }
  };
  function onShow() {
    if (gone()) stop();
    else if (document.visibilityState === "visible") { clearTimeout(timer); delay = FIRST_LOOK_MS; tick(); }
  }
  document.addEventListener("visibilitychange", onShow);
  return { soon() { clearTimeout(timer); delay = FIRST_LOOK_MS; timer = setTimeout(tick, delay); } };
}

// The owner hands the legacy to an editor: they become the owner, I become an editor.
function handOverButton(ctx, persona, m) {
  const vars = { name: m.name || m.email || "", persona: persona.name };
  const button = h("button", { type: "button", class: "btn small", t: "handover.button",
    ta: { "aria-label": "handover.label" }, tv: vars });
  button.addEventListener("click", async () => {
    const sure = await confirmDialog({ title: "handover.confirm", body: "handover.body", vars,
      confirm: "handover.do", danger: false });
    if (!sure) return;
    busy(button, true);
    try {
      await api.post(`/personas/${seg(persona.id)}/owner`, { user_id: m.user_id });
      ctx.flash("handover.done", vars);
      ctx.go(`#/p/${persona.id}/family`);
    } catch (error) {
      busy(button, false);
      button.closest("li").append(errorNotice(error));
    }
  });
  return button;
}

/** Draw the open invites; true when there are any (or they could not be read). */
async function openInvites(slot, id) {
  let invites;
  try {
    invites = (await api.get(`/personas/${seg(id)}/invites`)).items;
  } catch (error) {
    slot.replaceChildren(errorNotice(error));
    return true;
  }
  const drawn = JSON.stringify(invites);
  if (slot.dataset.drawn === drawn) return invites.length > 0; // keep focus where it is
  slot.dataset.drawn = drawn;
  if (!invites.length) {
    slot.replaceChildren(h("p", { class: "hint", t: "family.open.none" }));
    return false;
  }
  slot.replaceChildren(h("ul", { class: "cards compact", "aria-labelledby": "open-h" }, invites.map((invite) => {
    const vars = { role: { key: `role.${invite.role}` }, n: invite.uses, max: invite.max_uses,
      date: { date: invite.expires_at } };
    const item = h("li", { class: "card row-card", "data-invite": invite.id },
      h("p", { class: "meta", t: "family.open.item", tv: vars }));
    const cancel = h("button", { type: "button", class: "btn small danger-quiet", t: "family.cancel",
      ta: { "aria-label": "family.cancel.label" }, tv: { date: { date: invite.expires_at } } });
    cancel.addEventListener("click", async () => {
      const sure = await confirmDialog({ title: "family.cancel.confirm", body: "family.cancel.body",
        confirm: "family.cancel.do" });
      if (!sure) return;
      try {
        await api.del(`/personas/${seg(id)}/invites/${seg(invite.id)}`);
        announce("family.cancelled");
        // The link just made for it must not stay on screen to be copied.
        document.querySelector(`[data-invite-result="${CSS.escape(invite.id)}"]`)?.replaceChildren();
        await openInvites(slot, id);
        focusSomewhere(slot.querySelector("button"), document.getElementById("open-h"));
      } catch (error) { item.append(errorNotice(error)); }
    });
    item.append(cancel);
    return item;
  })));
  return true;
}

function inviteForm(id, onCreated = () => {}) {
  const choice = { role: "visitor" };
  const result = h("div", { class: "invite-result", "aria-live": "polite" });
  const form = h("form", { class: "card", novalidate: true },
    radios({ name: "role", legend: "family.role", value: choice.role,
      options: [["visitor", "role.visitor", "family.role.visitor"], ["editor", "role.editor", "family.role.editor"]],
      onchange: (v) => { choice.role = v; } }),
    h("div", { class: "row" },
      field({ name: "max_uses", label: "family.uses", hint: "family.uses.hint", type: "number", value: "1", inputmode: "numeric" }),
      field({ name: "expires_in_days", label: "family.days", hint: "family.days.hint", type: "number", value: "7", inputmode: "numeric" })),
    // Where sign-up is by invitation only (the cloud's default), an account can be created only
    // with an address an open invite names.
    field({ name: "email", label: "family.email", hint: "family.email.hint", type: "email",
      maxlength: 254, autocomplete: "off" }),
    h("button", { type: "submit", class: "btn primary", t: "family.create" }), result);
  for (const [name, max] of [["max_uses", 20], ["expires_in_days", 30]]) {
    Object.assign(form.querySelector(`[name=${name}]`), { min: 1, max });
  }
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    // Out of range is said at the field, not quietly changed into something else.
    const wanted = {};
    let wrong = null;
    for (const [name, max] of [["max_uses", 20], ["expires_in_days", 30]]) {
      const text = form.elements[name].value.trim();
      const ok = /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= max;
      setFieldError(form, name, ok ? null : "v.between", { low: 1, high: max });
      if (ok) wanted[name] = Number(text);
      else wrong ??= form.elements[name];
    }
    const email = form.elements.email.value.trim();
    const emailOk = !email || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
    setFieldError(form, "email", emailOk ? null : "v.email");
    if (email && emailOk) wanted.email = email;
    else if (!emailOk) wrong ??= form.elements.email;
    if (wrong) { wrong.focus(); return; }
    busy(event.submitter, true);
    try {
      const invite = await api.post(`/personas/${seg(id)}/invites`, { role: choice.role, ...wanted });
      const link = `${location.origin}${location.pathname}#/invite/${invite.code}`;
      const box = h("input", { id: "invite-link", readonly: true, value: link, "data-invite-link": "" });
      const copy = h("button", { type: "button", class: "btn primary", t: "family.copy" });
      const said = h("p", { class: "hint", role: "status" });
      copy.addEventListener("click", async () => {
        try {
          await navigator.clipboard.writeText(link);
          said.replaceChildren(h("span", { t: "family.copied" }));
        } catch {
          box.select();
          said.replaceChildren(h("span", { t: "family.copy.manual" }));
        }
      });
      result.dataset.inviteResult = invite.id;
      result.replaceChildren(
        h("label", { for: "invite-link", t: "family.link" }),
        h("div", { class: "inline" }, box, copy), said,
        h("p", { class: "hint", t: "family.link.note", tv: { role: { key: `role.${invite.role}` },
          n: invite.max_uses, date: { date: invite.expires_at } } }));
      copy.focus();
      onCreated();
    } catch (error) {
      result.replaceChildren(errorNotice(error));
    }
    busy(event.submitter, false);
  });
  return form;
}

function memberView(el, ctx, persona) {
  const leave = h("button", { type: "button", class: "btn danger", t: "family.leave" });
  const slot = h("div");
  leave.addEventListener("click", async () => {
    const sure = await confirmDialog({ title: "family.leave.confirm", body: "family.leave.body",
      vars: { name: persona.name }, confirm: "family.leave" });
    if (!sure) return;
    busy(leave, true);
    try {
      await api.del(`/personas/${seg(persona.id)}/members/${seg(ctx.user.id)}`);
      ctx.flash("family.left", { name: persona.name });
      ctx.go("#/");
    } catch (error) {
      busy(leave, false);
      slot.replaceChildren(errorNotice(error));
    }
  });
  el.append(h("h2", { class: "section-title", t: "family.you", tv: { role: { key: `role.${persona.role}` } } }),
    h("p", { class: "lead", t: `family.you.${persona.role}` }),
    h("div", { class: "card" }, h("p", { t: "family.leave.lead" }), slot, leave));
}
