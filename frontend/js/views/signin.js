// Sign in: name and e-mail on the local stage, Cognito's hosted page elsewhere.
import { cognitoSignIn, localSignIn } from "../auth.js";
import { busy, clearErrors, clearOnEdit, errorNotice, field, h, setFieldError } from "../dom.js";

export async function signinView(el, ctx) {
  ctx.title("signin.title");
  el.dataset.page = "signin";
  el.append(
    h("h1", { tabindex: "-1", t: "signin.title" }),
    h("p", { class: "lead", t: "signin.lead" }),
    h("p", { t: "signin.lead2" }));
  const alert = h("div", { class: "form-alert" });
  if (ctx.config.auth.mode === "cognito") {
    const button = h("button", { class: "btn primary", type: "button", t: "signin.cognito" });
    button.addEventListener("click", async () => {
      busy(button, true);
      try { await cognitoSignIn(ctx.config.auth, location.hash || "#/"); } catch (error) {
        busy(button, false);
        alert.replaceChildren(errorNotice(error));
      }
    });
    el.append(h("div", { class: "card narrow" }, alert, button));
    return;
  }
  const form = h("form", { class: "card narrow", novalidate: true },
    h("h2", { t: "signin.form" }),
    h("p", { class: "hint", t: "signin.local.hint" }),
    alert,
    field({ name: "name", label: "signin.name", required: true, maxlength: 120, autocomplete: "name" }),
    field({ name: "email", label: "signin.email", type: "email", required: true, maxlength: 254,
      autocomplete: "email", spellcheck: "false" }),
    h("button", { class: "btn primary", type: "submit", t: "signin.submit" }));
  clearOnEdit(form, alert);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    alert.replaceChildren();
    const name = form.elements.name.value.trim();
    const email = form.elements.email.value.trim();
    if (!name) setFieldError(form, "name", "v.empty");
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) setFieldError(form, "email", "v.email");
    const invalid = form.querySelector("[aria-invalid=true]");
    if (invalid) { invalid.focus(); return; }
    const button = form.querySelector("button[type=submit]");
    busy(button, true);
    try {
      await localSignIn(name, email);
      ctx.signedIn();
    } catch (error) {
      busy(button, false);
      alert.replaceChildren(errorNotice(error));
    }
  });
  el.append(form);
}
