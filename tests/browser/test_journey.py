"""The family's journey through the website, end to end, in a real browser.

A creates a legacy with consent, adds and searches memories, talks in Portuguese and opens the
memories a reply was based on; invites B, who accepts, talks and sees no edit controls; A
revokes B, who then sees a clear "no access" page. The language switch changes every visible
string; the export downloads as JSON; deleting the account leaves nothing behind."""
from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot, sign_in, unlabelled, untranslated
from tests.browser.test_site_text import dictionary

pytestmark = pytest.mark.browser

MEMORIES = [
    {"title": "A festa junina de 1962", "date": "1962-06-24", "tags": "Cida, juventude",
     "text": "Conheci a Cida na festa junina da paróquia. Ela dançava quadrilha e eu pisei no pé dela."},
    {"title": "A oficina", "date": "1975", "tags": "trabalho",
     "text": "Abri minha oficina de marcenaria na rua das Flores e trabalhei lá por trinta anos."},
    {"title": "O sítio em Minas", "date": "1988-01", "tags": "família, férias",
     "text": "Todo janeiro a família ia para o sítio em Minas. Eu acordava cedo para tirar leite."},
]


def create_persona(page) -> None:
    """The six-step flow, consent refused first, then given."""
    page.locator("a[href='#/new']").first.click()
    page.locator("input[name=name]").fill("Antônio Carlos Ferreira")
    page.locator("input[name=relationship]").fill("meu avô")
    page.locator("input[name=birth_year]").fill("1938")
    page.locator("input[name=death_year]").fill("2019")
    page.locator("[data-action=next]").click()
    # Consent: nothing moves on without it, and the reason is said next to the fields.
    page.locator("[data-action=next]").click()
    assert page.locator("fieldset[data-field='consent.basis'] .error").inner_text() == "Escolha uma das opções."
    assert page.locator("[role=alert]").first.is_visible()
    page.locator("input[name='consent.basis'][value=family]").check()
    page.locator("[name='consent.statement']").fill("Sou a neta do Antônio e a família concordou em guardar as histórias dele.")
    assert page.locator("[name='consent.attested_by']").input_value() == "Ana Ferreira"
    page.locator("#consent-ok").check()
    assert page.locator("form.wizard .notice.error, form.wizard p.error:visible").count() == 0, \
        "messages go as soon as the fields are fixed"
    screenshot(page, "create-consent", full_page=True)
    page.locator("[data-action=next]").click()
    page.locator("[name=biography]").fill("Nasceu em Pouso Alegre, foi marceneiro e pai de três filhos.")
    page.locator("[name=personality]").fill("Calmo, brincalhão, teimoso com futebol.")
    page.locator("[name=speaking_style]").fill("Falava devagar e chamava todo mundo de meu filho.")
    page.locator("[data-action=next]").click()
    page.locator("[name='example_messages.0']").fill("Ô meu filho, senta aqui que eu te conto.")
    page.get_by_role("button", name="Adicionar mensagem").click()
    page.locator("[name='example_messages.1']").fill("Quem tem pressa come cru.")
    page.locator("[name=greeting]").fill("Oi, meu bem! Que saudade.")
    page.locator("[data-action=next]").click()
    page.get_by_role("button", name="Adicionar nome").click()
    page.locator("[name='aliases.0.name']").fill("Antônio")
    page.locator("[name='aliases.0.also']").fill("Vô Toninho, Toninho")
    page.locator("[data-action=next]").click()
    assert page.locator("input[name=status][value=active]").is_checked()
    page.get_by_role("button", name="Criar o legado").click()
    page.locator(".notice", has_text="foi criado").wait_for()
    assert re.search(r"#/p/[\w-]+/memories$", page.url)


def add_memories(page, console) -> None:
    form = page.locator("details.add-memory form")
    # The server's own validation message appears next to the field it names (a tag over 40).
    console.allowed_statuses.add(400)
    form.locator("[name=text]").fill("teste")
    form.locator("[name=tags]").fill("x" * 45)
    form.locator("button[type=submit]").click()
    tags_error = form.locator("[name=tags]").locator("xpath=..").locator(".error")
    tags_error.wait_for()
    assert "40" in tags_error.inner_text() and "caracteres" in tags_error.inner_text()
    console.allowed_statuses.discard(400)
    for memory in MEMORIES:
        for name in ("title", "date", "tags", "text"):
            form.locator(f"[name={name}]").fill(memory[name])
        form.locator("button[type=submit]").click()
        page.locator("ul.memories li.memory", has_text=memory["title"]).wait_for()
    assert page.locator("ul.memories li.memory").count() == 3
    # edit one, then delete another (after confirming)
    memory_id = page.locator("ul.memories li.memory", has_text="A oficina").get_attribute("data-memory")
    card = page.locator(f"ul.memories li[data-memory='{memory_id}']")
    card.get_by_role("button", name=re.compile("^Editar")).click()
    card.locator("[name=title]").fill("A oficina da rua das Flores")
    card.locator("button[type=submit]").click()
    page.locator("ul.memories li.memory h4", has_text="A oficina da rua das Flores").wait_for()
    extra = page.locator("details.add-memory form")
    extra.locator("[name=title]").fill("Para apagar")
    extra.locator("[name=text]").fill("Uma lembrança escrita por engano.")
    extra.locator("button[type=submit]").click()
    doomed = page.locator("ul.memories li.memory", has_text="Para apagar")
    doomed.get_by_role("button", name=re.compile("^Apagar")).click()
    page.locator("dialog[open] button[value=cancel]").click()
    assert doomed.count() == 1
    doomed.get_by_role("button", name=re.compile("^Apagar")).click()
    page.locator("dialog[open] button[value=ok]").click()
    doomed.wait_for(state="detached")


def search_memories(page) -> None:
    page.locator("#memory-q").fill("quadrilha na festa junina")
    page.get_by_role("button", name="Buscar", exact=True).click()
    ranked = page.locator("ol.ranked li.memory")
    ranked.first.wait_for()
    assert "festa junina de 1962" in ranked.first.inner_text()
    score = ranked.first.locator(".score").inner_text()
    assert "Responde a isto" in score and not re.search(r"\d", score)  # no raw number


def talk(page, message: str) -> None:
    """Start a conversation, see the greeting and the AI banner, send one message."""
    page.locator(".tabs a[href$='/talk']").click()
    page.locator("input[name=relationship]").fill("neta")
    page.get_by_role("button", name=re.compile("^(Começar a conversa|Start the conversation)$")).click()
    page.locator("ol.log li.them").first.wait_for()
    assert page.locator(".chat .ai-banner").is_visible()
    page.locator("#talk-text").fill(message)
    page.locator("#talk-text").press("Enter")
    page.locator("ol.log li[data-reply]").first.wait_for()


def test_family_journey(site, people, console, tmp_path) -> None:
    pt, en = dictionary("pt-BR"), dictionary("en")
    a = people("pt-BR")
    sign_in(a, site, "Ana Ferreira", "ana@example.com")
    assert a.locator("h1").inner_text() == "Meus legados"
    assert a.evaluate("document.documentElement.lang") == "pt-BR"
    create_persona(a)
    add_memories(a, console)
    search_memories(a)
    assert untranslated(a) == []
    screenshot(a, "memories", full_page=True)

    # Talk in Portuguese: the reply quotes the memory that answers, says it is AI-made, and
    # names the memory it used.
    talk(a, "Vô, como você conheceu a Cida na festa junina?")
    reply = a.locator("ol.log li[data-reply]").first
    assert "“Conheci a Cida na festa junina" in reply.locator(".text").inner_text()
    assert "gerada por IA" in reply.locator(".disclosure").inner_text()
    chip = reply.locator("button.chip").first
    expect(a.locator("button.chip").first).not_to_have_text(re.compile(r"^Memória \d"))
    assert chip.inner_text() == "A festa junina de 1962"
    chip.click()
    dialog = a.locator("dialog[open]")
    assert "pisei no pé dela" in dialog.inner_text()
    dialog.get_by_role("button", name="Fechar").click()
    expect(a.locator("dialog[open]")).to_have_count(0)
    assert untranslated(a) == []
    screenshot(a, "talk", full_page=True)
    conversation_url = a.url

    # Invite B as a visitor: the link is shown and copied.
    a.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site)
    a.locator(".tabs a[href$='/family']").click()
    a.get_by_role("button", name="Criar o link de convite").click()
    link = a.locator("[data-invite-link]").input_value()
    assert re.fullmatch(re.escape(site) + r"/#/invite/[\w-]{20,64}", link)
    a.get_by_role("button", name="Copiar o link").click()
    a.locator(".invite-result [role=status]", has_text="copiado").wait_for()
    assert a.evaluate("navigator.clipboard.readText()") == link
    screenshot(a, "family", full_page=True)

    # B opens the link, signs in first, accepts, talks, and sees no edit controls.
    b = people("en")
    b.goto(link)
    assert b.locator("h1").inner_text() == "Welcome to Forever Us"
    screenshot(b, "sign-in")
    b.locator("input[name=name]").fill("Bruno Souza")
    b.locator("input[name=email]").fill("bruno@example.com")
    b.locator("form button[type=submit]").click()
    b.get_by_role("button", name="Accept the invitation").click()
    b.locator(".notice", has_text="You now have access").wait_for()
    assert b.locator(".persona-head .badge").first.inner_text() == "Visitor"
    assert b.locator(".tabs a[href$='/edit']").count() == 0
    talk(b, "Conte da oficina")
    assert untranslated(b) == []
    persona_base = re.sub(r"/talk/.*$", "", b.url)
    b.goto(f"{persona_base}/memories")
    b.locator("ul.memories li.memory").first.wait_for()
    assert b.locator("details.add-memory").count() == 0
    assert b.locator("li.memory button").count() == 0
    b.goto(f"{persona_base}/family")
    b.get_by_role("button", name="Leave this legacy").wait_for()
    assert b.locator("[data-invite-link], .members").count() == 0
    b.goto(f"{site}/#/")
    b.locator(".persona-card").first.wait_for()  # drawn, so the count below means something
    assert b.locator(".persona-card a.btn[href$='/edit']").count() == 0
    a.goto(f"{site}/#/")
    a.locator(".persona-card").wait_for()
    screenshot(a, "my-legacies")

    # A sees B among the members and revokes; B is refused with a clear page.
    a.goto(f"{persona_base}/family")
    member = a.locator("li[data-member]", has_text="Bruno Souza")
    member.get_by_role("button", name="Remover o acesso de Bruno Souza").click()
    a.locator("dialog[open] button[value=ok]").click()
    member.wait_for(state="detached")
    console.allowed_statuses.add(404)
    b.goto(f"{persona_base}/memories")
    b.locator("[data-state=no-access]").wait_for()
    assert b.locator("h1").inner_text() == "You no longer have access to this legacy"
    b.goto(f"{site}/#/")
    b.locator(".card.empty").wait_for()
    console.allowed_statuses.discard(404)

    # The language switch changes every visible string, in place, on each main page.
    pages = ["#/", f"#/{persona_base.split('#/')[1]}/memories", conversation_url.split(site + "/")[1],
             f"#/{persona_base.split('#/')[1]}/family", f"#/{persona_base.split('#/')[1]}/edit", "#/account"]
    for hash_ in pages:
        a.goto(f"{site}/{hash_}")
        a.locator(f"main > .view[data-path='{hash_[1:]}'] h1").wait_for()
        switch_language(a, pt, en)

    # My data: the export downloads as a JSON file with the legacy and its memories.
    a.goto(f"{site}/#/account")
    with a.expect_download() as download:
        a.get_by_role("button", name="Baixar (arquivo JSON)").click()
    saved = tmp_path / "export.json"
    download.value.save_as(saved)
    assert download.value.suggested_filename.endswith(".json")
    data = json.loads(saved.read_text(encoding="utf-8"))
    owned = data["personas_owned"]
    assert [p["name"] for p in owned] == ["Antônio Carlos Ferreira"]
    assert len(data["memories"]) == 3 and data["conversations"] and data["messages"]
    assert "next_cursor" not in data  # the pages joined into one file
    screenshot(a, "my-data", full_page=True)

    # Delete the account: only after typing the word; afterwards the list is empty.
    erase = a.get_by_role("button", name="Apagar minha conta e meus dados")
    assert erase.is_disabled()
    a.locator("#confirm-word").fill("apagar")
    erase.click()
    a.locator(".notice", has_text="foram apagados").wait_for()
    sign_in(a, site, "Ana Ferreira", "ana@example.com")
    a.locator(".card.empty").wait_for()
    assert a.locator(".persona-card").count() == 0


def switch_language(page, pt: dict[str, str], en: dict[str, str]) -> None:
    """Switch pt-BR → en and back; no Portuguese string stays on the page, and nothing is missed."""
    assert page.evaluate("document.documentElement.lang") == "pt-BR"
    assert untranslated(page) == [], page.url
    assert unlabelled(page) == [], page.url
    before = page.evaluate("""() => [...document.querySelectorAll('[data-i18n]')]
        .filter(e => e.checkVisibility()).map(e => [e.dataset.i18n, e.textContent])""")
    page.get_by_role("button", name="English").click()
    assert page.evaluate("document.documentElement.lang") == "en"
    after_text = page.locator("body").inner_text()
    assert untranslated(page) == [], page.url
    for key, text in before:
        base = key if key in pt else f"{key}.other"
        if pt.get(base) == en.get(base) or len(text) < 4:
            continue
        assert text not in after_text, f"{page.url}: {text!r} ({key}) is still shown in English"
    page.get_by_role("button", name="Português").click()
    assert page.evaluate("document.documentElement.lang") == "pt-BR"
