"""The website's words: both dictionaries have the same keys and placeholders, every key the code
names exists, and index.html shows no text that is not translated. (No browser needed.)"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

FRONTEND = Path(__file__).resolve().parents[2] / "frontend"
LANGS = ("en", "pt-BR")
# Keys the code builds at run time ("role." + role ...): each family must be complete.
DYNAMIC = {
    "role": ("owner", "editor", "visitor"),
    "status": ("active", "paused", "retired"),
    "basis": ("self", "family"),
    "lang": ("pt-BR", "en"),
    "tab": ("talk", "memories", "family", "edit"),
    "wizard.step": ("who", "consent", "voice", "words", "names", "status"),
    "talk.closed": ("paused", "retired"),
    "talk.finish": ("deadline", "fallback"),
    "family.you": ("visitor", "editor"),
    "account.delete": ("owned", "talks", "shared"),
    "count.memories": ("one", "other"),
    "search.results": ("one", "other"),
}
# Dotted strings in the code that are field names, storage keys or selectors, not dictionary keys.
NOT_KEYS = re.compile(r"^(consent\.|foreverus\.|p\.error)")


def dictionary(lang: str) -> dict[str, str]:
    """A dictionary file is `export default {JSON object};` so that Python can read it too."""
    text = (FRONTEND / "i18n" / f"{lang}.js").read_text(encoding="utf-8")
    match = re.fullmatch(r"export default (\{.*\});\s*", text, re.S)
    assert match, f"{lang}.js must be `export default {{...}};` with a JSON object"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def dicts() -> dict[str, dict[str, str]]:
    return {lang: dictionary(lang) for lang in LANGS}


def code_files() -> list[Path]:
    return sorted((FRONTEND / "js").rglob("*.js")) + [FRONTEND / "index.html"]


def test_both_languages_have_the_same_keys(dicts) -> None:
    en, pt = set(dicts["en"]), set(dicts["pt-BR"])
    assert en - pt == set(), f"missing in pt-BR: {sorted(en - pt)}"
    assert pt - en == set(), f"missing in en: {sorted(pt - en)}"


def test_translations_are_not_empty_and_keep_their_placeholders(dicts) -> None:
    for key, english in dicts["en"].items():
        portuguese = dicts["pt-BR"][key]
        assert english.strip() and portuguese.strip(), key
        assert set(re.findall(r"\{(\w+)\}", english)) == set(re.findall(r"\{(\w+)\}", portuguese)), key


def test_every_key_the_code_names_exists(dicts) -> None:
    used: set[str] = set()
    for path in code_files():
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'"([a-z]+(?:\.[a-zA-Z0-9_-]+)+)"', text))
        used |= set(re.findall(r'data-i18n(?:-a)?="(?:[a-z-]+:)?([^"]+)"', text))
    used = {k for k in used if not NOT_KEYS.match(k) and not k.endswith((".js", ".css", ".svg"))}
    used |= {f"{family}.{member}" for family, members in DYNAMIC.items() for member in members}
    en = dicts["en"]
    # a key counted with {n} may exist only as its plural forms, key.one and key.other
    missing = sorted(k for k in used if k not in en and not {f"{k}.one", f"{k}.other"} <= set(en))
    assert missing == [], f"keys used in the code but not in the dictionaries: {missing}"


class VisibleText(HTMLParser):
    """Text nodes of index.html that are neither a dictionary key's element nor marked translate=no."""

    VOID = {"meta", "link", "img", "input", "br", "hr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[dict[str, str | None]] = []
        self.untranslated: list[str] = []
        self.unlabelled_attrs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        for name in ("aria-label", "placeholder", "title", "alt"):
            if a.get(name) and f"{name}:" not in (a.get("data-i18n-a") or "") and \
                    a.get("translate") != "no":
                self.unlabelled_attrs.append(f"<{tag} {name}={a[name]!r}>")
        if tag not in self.VOID:
            self.stack.append({"tag": tag, **a})

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop()["tag"] != tag:
            pass

    def handle_data(self, data: str) -> None:
        if not data.strip() or any(e["tag"] in ("script", "style") for e in self.stack):
            return
        if any("data-i18n" in e or e.get("translate") == "no" for e in self.stack):
            return
        self.untranslated.append(data.strip())


def test_index_html_has_no_untranslated_text(dicts) -> None:
    parser = VisibleText()
    parser.feed((FRONTEND / "index.html").read_text(encoding="utf-8"))
    assert parser.untranslated == []
    assert parser.unlabelled_attrs == []


def test_the_site_loads_nothing_from_other_origins() -> None:
    for path in list(FRONTEND.rglob("*.html")) + list(FRONTEND.rglob("*.css")) + list(FRONTEND.rglob("*.js")):
        text = path.read_text(encoding="utf-8")
        for url in re.findall(r"""(?:src|href)\s*=\s*["'](https?:)?//""", text) + \
                re.findall(r"""@import|url\(\s*["']?https?:""", text):
            pytest.fail(f"{path.name} loads from another origin: {url}")
        assert "console.log" not in text, f"{path.name} logs to the console"
