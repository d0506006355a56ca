// Opening an invite link: after sign-in, accept it with one clear button.
import { api, seg } from "../api.js";
import { busy, errorNotice, h, notice } from "../dom.js";

export async function inviteView(el, ctx, code) {
  ctx.title("invite.title");
  const slot = h("div");
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
      else if (error.status === 410) slot.replaceChildren(notice("error", "invite.expired"));
      else slot.replaceChildren(errorNotice(error));
    }
  });
  el.append(h("h1", { tabindex: "-1", t: "invite.title" }),
    h("div", { class: "card narrow" },
      h("p", { class: "lead", t: "invite.lead" }), h("p", { t: "invite.body" }), slot,
      h("p", { class: "actions" }, accept, h("a", { class: "btn", href: "#/", t: "invite.later" }))));
}
