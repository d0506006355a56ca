// Opening an invite link: after sign-in, see whose legacy it opens, then accept with one button.
import { api, seg } from "../api.js";
import { busy, errorNotice, h, notice } from "../dom.js";

const GONE = {
  expired: "invite.expired", used_up: "invite.expired", revoked: "invite.revoked", cancelled: "invite.cancelled",
};

export async function inviteView(el, ctx, code) {
  ctx.title("invite.title");
  const slot = h("div", { "aria-live": "polite" });
  const card = h("div", { class: "card narrow" });
  el.append(h("h1", { tabindex: "-1", t: "invite.title" }), card);
  let preview;
  try {
    preview = await api.get(`/invites/${seg(code)}`);
  } catch (error) {
    card.append(error.status === 404 ? notice("error", "invite.invalid") : errorNotice(error),
      h("p", { class: "actions" }, h("a", { class: "btn", href: "#/", t: "nav.legacies" })));
    return;
  }
  if (preview.state === "cancelled") { // a cancelled link tells nothing about the legacy
    card.append(notice("error", "invite.cancelled"),
      h("p", { class: "actions" }, h("a", { class: "btn", href: "#/", t: "nav.legacies" })));
    return;
  }
  const about = h("p", { class: "lead", "data-invite-preview": "", t: "invite.preview", tv: {
    by: preview.invited_by, name: preview.persona_name, role: { key: `role.${preview.role}` },
    date: { date: preview.expires_at } } });
  if (preview.state === "member") {
    card.append(h("p", { class: "lead", t: "invite.member", tv: { name: preview.persona_name } }),
      h("p", { class: "actions" }, h("a", { class: "btn primary", href: "#/", t: "nav.legacies" })));
    return;
  }
  if (GONE[preview.state]) {
    card.append(about, notice("error", GONE[preview.state]),
      h("p", { class: "actions" }, h("a", { class: "btn", href: "#/", t: "nav.legacies" })));
    return;
  }
  const accept = h("button", { type: "button", class: "btn primary", t: "invite.accept" });
  accept.addEventListener("click", async () => {
    busy(accept, true);
    try {
      const persona = await api.post(`/invites/${seg(code)}/accept`);
      ctx.flash("invite.accepted", { name: persona.name });
      ctx.go(`#/p/${persona.id}/talk`);
    } catch (error) {
      busy(accept, false);
      if (error.status === 404) slot.replaceChildren(notice("error", "invite.invalid"));
      else if (error.status === 410) {
        slot.replaceChildren(notice("error", GONE[error.reason] || "invite.expired"));
      }
      else slot.replaceChildren(errorNotice(error));
    }
  });
  card.append(about, h("p", { t: "invite.body" }), slot,
    h("p", { class: "actions" }, accept, h("a", { class: "btn", href: "#/", t: "invite.later" })));
}
