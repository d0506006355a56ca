"""The guided interview in the site (docs/interview.md): an owner answers, follows up, skips and
puts off questions in Portuguese, asks from one chapter, and finds the answers among the
memories; in English the questions change language with the page; a visitor has no interview."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import api_call, screenshot, sign_in, unlabelled, untranslated
from tests.browser.test_states import visitor_with_a_conversation

pytestmark = pytest.mark.browser


def legacy(site: str) -> dict[str, str]:
    """Ana's legacy of her grandmother Maria, whose memories tell her wedding and her sewing."""
    token = api_call(site, "POST", "/auth/local/login",
                     body={"email": "ana@example.com", "name": "Ana Ferreira"})[1]["token"]
    status, persona = api_call(site, "POST", "/personas", token, {
        "name": "Maria Aparecida dos Santos Ferreira de Oliveira", "language": "pt-BR",
        "relationship": "minha avó, a Vó Cida", "birth_year": 1941, "death_year": 2021,
        "consent": {"basis": "family", "statement": "Sou neta dela.", "attested_by": "Ana"}})
    assert status == 201, persona
    for text, title in [
        ("Aprendi a costurar com a minha mãe, na máquina Singer que veio de Portugal.",
         "A máquina Singer"),
        ("Casei com o Antônio em 1963, numa manhã de chuva, e o bolo era de fubá.",
         "O casamento")]:
        assert api_call(site, "POST", f"/personas/{persona['id']}/memories", token,
                        {"text": text, "title": title, "tags": ["família"]})[0] == 201
    return {"token": token, "persona": persona["id"]}


def test_an_owner_goes_through_the_interview(site, people) -> None:
    data = legacy(site)
    page = people("pt-BR")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/memories")
    page.locator("nav.tabs").get_by_role("link", name="Entrevista guiada").click()
    question = page.locator("[data-question] h3")
    expect(question).to_have_text("Onde Maria nasceu e cresceu?")
    stage = page.locator("[data-question]")
    expect(stage.locator(".badge")).to_have_text("Infância")
    progress = page.locator(".interview-progress")
    expect(progress.locator("[data-chapter=love]")).to_contain_text("1 de 6 contadas")
    assert untranslated(page) == [] and unlabelled(page) == []

    stage.get_by_role("button", name="Salvar resposta").click()  # nothing written yet
    expect(stage.get_by_text("Preencha este campo.")).to_be_visible()
    stage.get_by_label("Sua resposta").fill(
        "Nasceu em Itabira e cresceu na fazenda do pai, com seis irmãos.")
    stage.get_by_role("button", name="Salvar resposta").click()
    expect(question).to_have_text(
        "Como era a casa da infância de Maria: os cômodos, o quintal, a rua lá fora?")
    expect(stage.locator(".notice.ok")).to_have_text("Sua resposta foi guardada como memória.")
    stage.get_by_label("Sua resposta a esta").fill("Casa de tábua, com um pé de jabuticaba.")
    stage.get_by_role("button", name="Salvar esta também").click()
    expect(question).to_have_text("Quem eram o pai e a mãe de Maria, e como eles eram?")
    expect(progress.locator("[data-chapter=childhood]")).to_contain_text("1 de 7 contadas")

    stage.get_by_role("button", name="Pular").click()
    expect(question).to_have_text("Maria teve irmãos? Como era a convivência entre eles?")
    stage.get_by_role("button", name="Depois").click()
    expect(question).to_have_text("Do que Maria gostava de brincar quando era criança?")
    expect(progress.locator("[data-chapter=childhood]")).to_contain_text("1 pulada")
    expect(progress.locator(".meta").first).to_have_text(
        "Respondidas: 1 · Já contadas nas memórias: 1 · Puladas: 1 · Ainda por perguntar: 66")
    assert untranslated(page) == [] and unlabelled(page) == []
    screenshot(page, "interview", full_page=True)

    # One chapter: the wedding is not asked, the memories already tell it.
    progress.get_by_role("button", name="Perguntar só sobre: Amor e casamento").click()
    expect(question).to_have_text("Quem foi o primeiro amor de Maria?")
    for _ in range(4):
        shown = question.inner_text()
        stage.get_by_role("button", name="Pular").click()
        expect(question).not_to_have_text(shown)
        assert "casou" not in question.inner_text()
    stage.get_by_role("button", name="Pular").click()
    expect(stage.locator("h3")).to_have_text(
        "Não há mais nada para perguntar em “Amor e casamento”.")
    stage.get_by_role("link", name="Ver as memórias").click()
    memory = page.locator(".memory", has_text="Onde Maria nasceu e cresceu?")
    expect(memory).to_contain_text("Nasceu em Itabira")
    expect(memory.locator(".tag")).to_have_text(["interview", "childhood"])
    expect(page.locator(".memory", has_text="Casa de tábua")).to_have_count(1)


def test_questions_follow_the_page_language_and_visitors_have_none(site, people) -> None:
    data = legacy(site)
    page = people("en")
    sign_in(page, site, "Ana Ferreira", "ana@example.com")
    page.goto(f"{site}/#/p/{data['persona']}/interview")
    question = page.locator("[data-question] h3")
    expect(question).to_have_text("Where was Maria born and raised?")
    page.get_by_label("Your answer").fill("Itabira, on her father's farm.")
    page.locator("button[data-lang=pt-BR]").click()  # what was typed stays; the question turns
    expect(question).to_have_text("Onde Maria nasceu e cresceu?")
    expect(page.locator("[data-question] .badge")).to_have_text("Infância")
    expect(page.get_by_label("Sua resposta")).to_have_value("Itabira, on her father's farm.")
    assert untranslated(page) == []

    visitor_with_a_conversation(site, data)
    bia = people("en")
    sign_in(bia, site, "Bia", "bia@example.com")
    bia.goto(f"{site}/#/p/{data['persona']}/talk")
    bia.locator("nav.tabs").wait_for()
    assert bia.locator("nav.tabs").get_by_role("link", name="Guided interview").count() == 0
    bia.goto(f"{site}/#/p/{data['persona']}/interview")
    expect(bia.get_by_text("Only the people who look after this legacy")).to_be_visible()
    assert bia.locator("textarea").count() == 0 and untranslated(bia) == []
