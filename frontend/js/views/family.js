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
  const refresh = () => openInvites(open, id);
  el.append(h("h2", { class: "section-title", t: "family.invite" }),
    h("p", { class: "lead", t: "family.invite.lead" }), inviteForm(id, refresh),
    h("h2", { class: "section-title", id: "open-h", t: "family.open" }), open,
    h("h2", { class: "section-title", id: "members-h", t: "family.members" }),
    h("ul", { class: "cards compact members", "aria-labelledby": "members-h" }, members.items.map((m) => {
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
            announce("family.revoked", { name: m.name || "" });
          } catch (error) { item.append(errorNotice(error)); }
        });
        item.append(revoke);
      }
      return item;
    })));
  refresh();
}

async function openInvites(slot, id) {
  let invites;
  try {
    invites = (await api.get(`/personas/${seg(id)}/invites`)).items;
  } catch (error) {
    slot.replaceChildren(errorNotice(error));
    return;
  }
  if (!invites.length) {
    slot.replaceChildren(h("p", { class: "hint", t: "family.open.none" }));
    return;
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
