"""docs/openapi.yaml describes the API as implemented: its routes, who may call them, the limits
on what clients send, and the shape of what the API answers."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from chalicelib import schemas
from chalicelib.errors import InvalidInput
from chalicelib.validation import (AnyObject, Choice, DateText, Int, ListOf, Obj, Text,
                                  check_value, validate)

SPEC_PATH = Path(__file__).resolve().parents[2] / "docs" / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PUBLIC = {("/api/health", "GET"), ("/api/config", "GET"), ("/api/auth/local/login", "POST")}
BEARER = [{"bearerAuth": []}]
MESSAGES_ROUTE = ("/api/conversations/{conversation_id}/messages", "POST")

# Each request-body schema of the document and the spec the server validates it with
# (and whether the server takes any subset of its fields, as PATCH does).
BODY_SPECS: dict[str, tuple[Obj, bool]] = {
    "PersonaCreate": (schemas.PERSONA_CREATE, False),
    "PersonaPatch": (schemas.PERSONA_PATCH, True),
    "MemoryCreate": (schemas.MEMORY_CREATE, False),
    "MemoryPatch": (schemas.MEMORY_PATCH, True),
    "InviteCreate": (schemas.INVITE_CREATE, False),
    "ConversationStart": (schemas.CONVERSATION_START, False),
    "LocalLogin": (schemas.LOCAL_LOGIN, False),
    "PowerSet": (schemas.POWER, False),
    "Erasure": (schemas.ERASURE, False),
    "OwnerTransfer": (schemas.OWNER_TRANSFER, False),
    "ImportCreate": (schemas.IMPORT_CREATE, False),
    "ImportPerson": (schemas.IMPORT_PERSON, False),
    "UploadUrlRequest": (schemas.UPLOAD_URL, False),
    "CardImport": (schemas.CARD_IMPORT, False),
    "FeedbackSet": (schemas.FEEDBACK, False),
    "PhotoCreate": (schemas.PHOTO_CREATE, False),
    "PhotoPatch": (schemas.PHOTO_PATCH, False),
    "PhotoUploadUrlRequest": (schemas.PHOTO_UPLOAD_URL, False),
    "InterviewAnswer": (schemas.INTERVIEW_ANSWER, False),
    "InterviewSkip": (schemas.INTERVIEW_SKIP, False),
}



def _blank_characters() -> str:
    """The characters a required text may not consist of alone, as the server decides
    (str.isspace, or Unicode category Cf), written as a class for the Basic Multilingual Plane."""
    ranges: list[list[int]] = []
    for c in range(0x10000):
        if 0xD800 <= c <= 0xDFFF or not (chr(c).isspace() or unicodedata.category(chr(c)) == "Cf"):
            continue
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    esc = (lambda c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}")
    return "".join(esc(a) if a == b else f"{esc(a)}{'-' if b > a + 1 else ''}{esc(b)}"
                   for a, b in ranges)


# Texts whose route checks more than their spec (compared through the API below).
NARROWED_BY_THE_ROUTE = {"LocalLogin.email", "InviteCreate.email"}

# How the document writes the validation's text rules (see chalicelib/validation.py).
NOT_BLANK = f"[^{_blank_characters()}]"
CONTROL_SINGLE_LINE = r"[\x00-\x1f\x7f\x85\u2028\u2029]"
CONTROL_MULTILINE = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
TEXT_SAMPLES = ("", " ", "\t", "a", "  Vô Toninho  ", "linha 1\nlinha 2", "a\r\nb", "col\tcol",
                "\x00", "bip\x07", "\x7f", "\x1b[0m", "😀 família", "\u200f\u05e9\u05dc\u05d5\u05dd",
                "\u00a0", "e\u0301", "\x85", "a\x85b", "\u2028", "linha\u2029", "\u200b",
                " \u200b\u200d ", "\ufeff", "\xad", "\u3000", "\u2066\u2069", "a\u200bb", "\u061c",
                "\x1c", "\u180e", "\ufff9")


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    """The OpenAPI document."""
    with SPEC_PATH.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict, dict]]:
    """(path, METHOD, path item, operation) for every operation in the document."""
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method.upper(), item, item[method]


def resolve(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """A node with its local $ref followed (repeatedly)."""
    while "$ref" in node:
        assert node["$ref"].startswith("#/"), node["$ref"]
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def validator(doc: dict[str, Any], schema: dict[str, Any]) -> OAS30Validator:
    """A validator for a schema of the document ($refs resolve against its components)."""
    return OAS30Validator({**schema, "components": doc["components"]},
                          format_checker=oas30_format_checker)


def app_routes() -> set[tuple[str, str]]:
    import app as app_module
    return {(path, method.upper()) for path, methods in app_module.app.routes.items()
            for method in methods}


# -- the document itself ---------------------------------------------------------------------

def test_document_is_openapi_3_with_info_and_paths(doc):
    assert str(doc["openapi"]).startswith("3.")
    assert doc["info"]["title"] and doc["info"]["version"]
    assert isinstance(doc["paths"], dict) and doc["paths"]


def test_document_passes_the_openapi_validator(doc):
    from openapi_spec_validator import validate as validate_spec
    validate_spec(doc)


# -- routes ----------------------------------------------------------------------------------

def test_document_lists_exactly_the_routes_of_the_app(doc):
    documented = {(path, method) for path, method, _, _ in operations(doc)}
    implemented = app_routes()
    undocumented = sorted(implemented - documented)
    not_implemented = sorted(documented - implemented)
    assert not undocumented and not not_implemented, (
        f"routes in app.py missing from docs/openapi.yaml: {undocumented}; "
        f"routes in docs/openapi.yaml missing from app.py: {not_implemented}")


def test_every_path_parameter_is_declared(doc):
    for path, method, item, op in operations(doc):
        in_path = set(re.findall(r"{([^}]+)}", path))
        declared = [resolve(doc, p) for p in item.get("parameters", []) + op.get("parameters", [])]
        path_params = [p for p in declared if p["in"] == "path"]
        assert {p["name"] for p in path_params} == in_path, f"{method} {path}"
        assert all(p.get("required") is True for p in path_params), f"{method} {path}"


def test_every_status_code_is_documented_with_an_error_body(doc):
    for path, method, _, op in operations(doc):
        for status, response in op["responses"].items():
            response = resolve(doc, response)
            if int(status) >= 400:
                schema = response["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/Error"}, f"{method} {path} {status}"
            if int(status) in (429, 503):
                assert "Retry-After" in response.get("headers", {}), f"{method} {path} {status}"


# -- sign-in ---------------------------------------------------------------------------------

def test_bearer_scheme_is_a_jwt(doc):
    scheme = doc["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"], scheme["bearerFormat"]) == ("http", "bearer", "JWT")


def test_every_route_but_the_public_ones_needs_a_bearer_token(doc):
    for path, method, _, op in operations(doc):
        effective = op.get("security", doc.get("security", []))
        if (path, method) in PUBLIC:
            assert op.get("security") == [], f"{method} {path} must declare security: []"
        else:
            assert effective == BEARER, f"{method} {path} must require bearerAuth"
            assert "401" in op["responses"], f"{method} {path} must document 401"
    assert PUBLIC <= {(path, method) for path, method, _, _ in operations(doc)}


def test_the_app_refuses_without_a_token_exactly_where_the_document_says(sqlite_api, doc):
    documented = {(path, method): op for path, method, _, op in operations(doc)}
    fill = {"persona_id": "A" * 22, "memory_id": "B" * 22, "conversation_id": "C" * 22,
            "code": "c" * 24, "user_id": "someone", "invite_id": "d" * 64,
            "notice_id": "E" * 22, "import_id": "F" * 22, "sample_id": "G" * 22,
            "message_id": "H" * 22, "photo_id": "I" * 22}
    for path, method in sorted(app_routes()):
        url = path.format(**fill)
        r = sqlite_api.call(method, url)
        if (path, method) in PUBLIC:
            assert r.status_code != 401, f"{method} {path} is public but answered 401"
        else:
            assert r.status_code == 401, f"{method} {path} answered {r.status_code} without a token"
            assert r.json_body["Code"] == "UnauthorizedError"
        op = documented.get((path, method))
        if op is not None:
            assert str(r.status_code) in op["responses"], f"{method} {path}: {r.status_code}"


# -- request bodies --------------------------------------------------------------------------

def assert_text_rules_agree(doc: dict[str, Any], schema: dict[str, Any], spec: Text,
                            where: str) -> None:
    """The schema accepts exactly the sample strings the server accepts."""
    check = validator(doc, schema)
    samples = TEXT_SAMPLES + ("x" * spec.max_len, "x" * (spec.max_len + 1),
                              "x" * (spec.max_len - 1) + "\n")
    assert_samples_agree(check, spec, samples, where)


def assert_samples_agree(check: Any, spec: Any, samples: Any, where: str) -> None:
    """The document's schema accepts each sample exactly when the server does."""
    for sample in samples:
        try:
            check_value(spec, sample, where)
            server_accepts = True
        except InvalidInput:
            server_accepts = False
        assert check.is_valid(sample) == server_accepts, (
            f"{where}: the document {'refuses' if server_accepts else 'accepts'} {sample!r}")


def assert_dates_agree(doc: dict[str, Any], schema: dict[str, Any], spec: DateText,
                       where: str) -> None:
    """The schema accepts exactly the dates the server accepts: every month and day written
    around the edges (0, 13, 29 to 32) of ordinary, leap and century years, and the years
    around 1800."""
    check = validator(doc, schema)
    samples = ["", "1961", "61", "19610", "1961-6", "1961-06-1", "1961/06/01", " 1961", "1961 "]
    for year in ("0000", "1000", "1799", "1800", "1900", "1961", "2000", "2023", "2024", "2100",
                 "2400", "9996", "9999"):
        samples += [year] + [f"{year}-{m:02d}" for m in range(0, 14)]
        samples += [f"{year}-{m:02d}-{d:02d}" for m in range(0, 14) for d in (0, 1, 28, 29, 30,
                                                                                31, 32)]
    assert_samples_agree(check, spec, samples, where)


def assert_schema_matches(doc: dict[str, Any], schema: dict[str, Any], spec: Any, where: str,
                          *, strict: bool = True) -> None:
    """The document's schema states the same limits as the server's validation spec."""
    schema = resolve(doc, schema)
    if isinstance(spec, Obj):
        assert schema.get("type") == "object", where
        assert schema.get("additionalProperties") is False, f"{where}: unknown fields are refused"
        props = schema.get("properties", {})
        assert sorted(props) == sorted(spec.fields), f"{where}: property names"
        assert sorted(schema.get("required", [])) == sorted(spec.required), f"{where}: required"
        for name, field in spec.fields.items():
            prop = resolve(doc, props[name])
            assert bool(prop.get("nullable")) == (name in spec.nullable), f"{where}.{name}: nullable"
            assert_schema_matches(doc, prop, field, f"{where}.{name}", strict=strict)
    elif isinstance(spec, Text):
        assert schema.get("type") == "string", where
        assert schema.get("maxLength") == spec.max_len, f"{where}: maxLength"
        if strict:
            control = CONTROL_MULTILINE if spec.multiline else CONTROL_SINGLE_LINE
            assert schema.get("not") == {"pattern": control}, f"{where}: control characters"
        if strict and where not in NARROWED_BY_THE_ROUTE:
            assert schema.get("pattern") == (NOT_BLANK if spec.required else None), \
                f"{where}: a required text is written with pattern {NOT_BLANK!r}"
            assert_text_rules_agree(doc, schema, spec, where)
    elif isinstance(spec, Choice):
        assert schema.get("type") == "string", where
        assert schema.get("enum") == list(spec.options), f"{where}: enum"
    elif isinstance(spec, Int):
        assert schema.get("type") == "integer", where
        assert schema.get("minimum") == spec.low, f"{where}: minimum"
        if spec.high == schemas.THIS_YEAR:
            # Next year moves every January: the document says it in words instead.
            assert "maximum" not in schema and "next year" in schema.get("description", ""), where
        else:
            assert schema.get("maximum") == spec.high, f"{where}: maximum"
    elif isinstance(spec, DateText):
        assert schema.get("type") == "string", where
        assert_dates_agree(doc, schema, spec, where)
    elif isinstance(spec, ListOf):
        assert schema.get("type") == "array", where
        assert schema.get("maxItems") == spec.max_items, f"{where}: maxItems"
        assert_schema_matches(doc, schema["items"], spec.item, f"{where}[]", strict=strict)
    elif isinstance(spec, AnyObject):
        # JSON Schema cannot bound an object's size: the document says it in x-max-bytes.
        assert schema.get("type") == "object", where
        assert schema.get("x-max-bytes") == spec.max_bytes, f"{where}: x-max-bytes"
    else:
        assert not strict, f"{where}: {type(spec).__name__} is not known to this test yet"


@pytest.mark.parametrize("name", sorted(BODY_SPECS))
def test_request_schema_states_the_limits_the_server_checks(doc, name):
    spec, partial = BODY_SPECS[name]
    schema = doc["components"]["schemas"][name]
    assert_schema_matches(doc, schema, spec, name)
    assert schema.get("minProperties") == (1 if partial else None), \
        f"{name}: a PATCH needs at least one field"


def test_message_schema_states_the_limits_the_server_checks(doc):
    schema = doc["components"]["schemas"]["MessageCreate"]
    # client_message_id is a Text whose shape the spec's check narrows: compared by hand below.
    assert_schema_matches(doc, schema, schemas.MESSAGE, "MessageCreate", strict=False)
    assert_schema_matches(doc, schema["properties"]["text"], schemas.MESSAGE.fields["text"],
                          "MessageCreate.text")
    client_id = schema["properties"]["client_message_id"]
    assert client_id["pattern"] == schemas.CLIENT_MESSAGE_ID
    check = validator(doc, client_id)
    for sample in ("", "short", "abcdefg", "abcdefgh", "turn_0001-x", "a" * 64, "a" * 65,
                   "com espaço", "turn-0001\n", "ação-0001", "turn/0001"):
        try:
            validate(schemas.MESSAGE, {"text": "oi", "client_message_id": sample})
            server_accepts = True
        except InvalidInput:
            server_accepts = False
        assert check.is_valid(sample) == server_accepts, f"client_message_id {sample!r}"


def test_regenerate_schema_states_the_key_the_server_checks(doc):
    schema = doc["components"]["schemas"]["Regenerate"]
    assert_schema_matches(doc, schema, schemas.REGENERATE, "Regenerate", strict=False)
    client_id = schema["properties"]["client_message_id"]
    assert client_id["pattern"] == schemas.CLIENT_MESSAGE_ID
    check = validator(doc, client_id)
    for sample in ("", "short", "abcdefgh", "regen_0001-x", "a" * 64, "a" * 65, "com espaço",
                   "regen-0001\n", "ação-0001"):
        try:
            validate(schemas.REGENERATE, {"client_message_id": sample})
            server_accepts = True
        except InvalidInput:
            server_accepts = False
        assert check.is_valid(sample) == server_accepts, f"client_message_id {sample!r}"


def test_the_sign_in_email_pattern_accepts_exactly_what_the_server_accepts(sqlite_api, doc):
    schema = doc["components"]["schemas"]["LocalLogin"]["properties"]["email"]
    check = validator(doc, schema)
    for sample in ("ana@example.com", " Ana@Example.com ", "a@b", "@b", "a@", "@", "ab", "a b@c",
                   "a@b c", "a@@b", "\u00a0a@b\u3000", "a@\u00a0", "\u00a0@b", "a\u00a0@b",
                   "\u200ba@b", "a@b\u200b", "", " ", "a@b\n", "x" * 250 + "@b.c", "é@ç"):
        r = sqlite_api.call("POST", "/api/auth/local/login", body={"email": sample, "name": "A"})
        assert r.status_code in (200, 400), r.body
        assert check.is_valid(sample) == (r.status_code == 200), (
            f"email: the document {'refuses' if r.status_code == 200 else 'accepts'} {sample!r}")


def test_the_invite_email_pattern_accepts_exactly_what_the_server_accepts(sqlite_api, doc):
    schema = doc["components"]["schemas"]["InviteCreate"]["properties"]["email"]
    assert schema["pattern"] == doc["components"]["schemas"]["LocalLogin"]["properties"][
        "email"]["pattern"]
    check = validator(doc, schema)
    owner = sqlite_api.login("ana@example.com", "Ana")
    persona = sqlite_api.create_persona(owner)
    for sample in ("bea@example.com", " Bea@Example.com ", "a@b", "@b", "a@", "", " ", "a b@c",
                   "\u00a0a@b\u3000", "\u200ba@b", "a@b\n", "x" * 250 + "@b.c"):
        r = sqlite_api.call("POST", f"/api/personas/{persona['id']}/invites", owner,
                            {"role": "visitor", "email": sample})
        assert r.status_code in (201, 400), r.body
        assert check.is_valid(sample) == (r.status_code == 201), (
            f"email: the document {'refuses' if r.status_code == 201 else 'accepts'} {sample!r}")


# Values a field of any kind might be sent, to compare the document with the server.
ANY_VALUES: tuple[Any, ...] = (
    *TEXT_SAMPLES, None, True, False, 0, 1, -1, 7, 20, 21, 30, 31, 100, 101, 1799, 1800, 1.5,
    "1", "on", "off", "auto", "self", "family", "visitor", "editor", "owner", "pt-BR", "en",
    "transfer", "delete", "1961", "1961-06-24", [], ["a"], {}, {"name": "Vó"})

# Where the document cannot say the rule: years are at most next year (which moves every
# January: said in words), and a text of lone surrogates (JSON Schema sees characters).
UNSAYABLE = {("birth_year", int), ("death_year", int)}


def fields_of(name: str, spec: Any, schema: dict[str, Any], doc: dict[str, Any],
              nullable: bool = False) -> Iterator[tuple[str, Any, dict[str, Any], bool]]:
    """(path, spec, schema, nullable) of every field of a request body, lists' items too."""
    schema = resolve(doc, schema)
    if isinstance(spec, Obj):
        for field, inner in spec.fields.items():
            yield from fields_of(f"{name}.{field}", inner, schema["properties"][field], doc,
                                 field in spec.nullable)
        return
    yield name, spec, schema, nullable
    if isinstance(spec, ListOf):
        yield from fields_of(f"{name}[]", spec.item, schema["items"], doc)


@pytest.mark.parametrize("name", sorted(BODY_SPECS))
def test_the_document_refuses_every_value_the_server_refuses(doc, name):
    """Field by field, the document accepts a value exactly when the server does; so that a
    client checking against the document is never told yes where the API says no."""
    spec, _ = BODY_SPECS[name]
    loose, strict = [], []
    for path, field, schema, nullable in fields_of(name, spec, doc["components"]["schemas"][name],
                                                   doc):
        if path in NARROWED_BY_THE_ROUTE:
            continue  # narrowed by its route: compared through the API above
        check = validator(doc, schema)
        values = list(ANY_VALUES)
        if isinstance(field, Text):
            values += ["x" * field.max_len, "x" * (field.max_len + 1)]
        if isinstance(field, ListOf):
            values += [["a"] * field.max_items, ["a"] * (field.max_items + 1)]
        if isinstance(field, Int):
            values += [field.low - 1, field.low, field.high, field.high + 1]
        for value in values:
            if value is None:
                server_accepts = nullable
            else:
                try:
                    check_value(field, value, path)
                    server_accepts = True
                except InvalidInput:
                    server_accepts = False
            documented = check.is_valid(value)
            if documented and not server_accepts and \
                    (path.rsplit(".", 1)[-1], type(value)) not in UNSAYABLE:
                loose.append((path, value))
            if server_accepts and not documented:
                strict.append((path, value))
    assert not loose, f"the document accepts what the server refuses: {loose[:10]}"
    assert not strict, f"the document refuses what the server accepts: {strict[:10]}"


def test_every_request_schema_is_used_and_its_example_is_accepted_by_the_server(doc):
    known = {**BODY_SPECS, "MessageCreate": (schemas.MESSAGE, False),
             "Regenerate": (schemas.REGENERATE, False)}
    used = set()
    for path, method, _, op in operations(doc):
        if "requestBody" not in op:
            continue
        content = op["requestBody"]["content"]["application/json"]
        name = content["schema"]["$ref"].rsplit("/", 1)[1]
        used.add(name)
        example = content.get("example")
        assert example is not None, f"{method} {path}: give an example body"
        errors = list(validator(doc, content["schema"]).iter_errors(example))
        assert not errors, f"{method} {path}: example refused by the document: {errors[0].message}"
        assert name in known, f"{method} {path}: map {name} to its spec in this test"
        spec, partial = known[name]
        validate(spec, example, partial=partial)  # raises InvalidInput if the server refuses
    assert set(known) <= used


# -- responses -------------------------------------------------------------------------------

class Checked:
    """Calls through the API, asserting each status is documented and each body fits its schema."""

    def __init__(self, api: Any, doc: dict[str, Any]) -> None:
        self.api = api
        self.doc = doc

    def __call__(self, method: str, route: str, status: int, user: Any = None,
                 body: Any = None, query: str = "", **params: str) -> Any:
        r = self.api.call(method, route.format(**params) + query, user, body)
        assert r.status_code == status, (method, route, r.status_code, r.body)
        responses = self.doc["paths"][route][method.lower()]["responses"]
        assert str(status) in responses, f"{method} {route}: {status} is not documented"
        response = resolve(self.doc, responses[str(status)])
        if "content" not in response:
            assert not r.body, f"{method} {route}: {status} has a body the document does not show"
            return None
        schema = response["content"]["application/json"]["schema"]
        errors = sorted(validator(self.doc, schema).iter_errors(r.json_body), key=str)
        assert not errors, f"{method} {route} {status}: {errors[0].message} at {errors[0].json_path}"
        return r.json_body


def test_answers_fit_the_documented_schemas(sqlite_api, doc):
    call = Checked(sqlite_api, doc)
    call("GET", "/api/health", 200)
    call("GET", "/api/config", 200)
    call("POST", "/api/auth/local/login", 400, body={"email": "not an address", "name": "X"})
    alice = sqlite_api.login("alice@example.com", "Alice Ferreira")
    bob = sqlite_api.login("bob@example.com", "Bob Souza")
    call("GET", "/api/me", 200, alice)
    call("GET", "/api/me", 400, alice, query="?x=1")

    example = doc["paths"]["/api/personas"]["post"]["requestBody"]["content"][
        "application/json"]["example"]
    persona = call("POST", "/api/personas", 201, alice, example)
    pid = persona["id"]
    call("GET", "/api/personas", 200, alice, query="?limit=1")
    call("GET", "/api/personas", 400, alice, query="?limit=101")
    call("PATCH", "/api/personas/{persona_id}", 200, alice,
         {"greeting": "Oi, meu bem!", "death_year": None}, persona_id=pid)
    memory = call("POST", "/api/personas/{persona_id}/memories", 201, alice,
                  {"text": "Conheci a Cida na festa junina.", "date": "1961-06",
                   "tags": ["Cida"]}, persona_id=pid)
    call("GET", "/api/personas/{persona_id}/memories", 200, alice, persona_id=pid)
    found = call("GET", "/api/personas/{persona_id}/memories", 200, alice,
                 query="?q=festa%20junina", persona_id=pid)
    assert found["items"] and "score" in found["items"][0]
    one_memory = "/api/personas/{persona_id}/memories/{memory_id}"
    call("GET", one_memory, 200, alice, persona_id=pid, memory_id=memory["id"])
    call("PATCH", one_memory, 200, alice, {"date": None}, persona_id=pid, memory_id=memory["id"])
    call("PATCH", one_memory, 400, alice, {}, persona_id=pid, memory_id=memory["id"])

    invite = call("POST", "/api/personas/{persona_id}/invites", 201, alice, {"role": "visitor"},
                  persona_id=pid)
    shared = call("POST", "/api/invites/{code}/accept", 200, bob, code=invite["code"])
    assert set(shared["consent"]) == {"basis"} and shared["role"] == "visitor"
    call("GET", "/api/personas/{persona_id}", 200, bob, persona_id=pid)
    call("PATCH", "/api/personas/{persona_id}", 403, bob, {"name": "X"}, persona_id=pid)
    call("GET", "/api/personas/{persona_id}/members", 200, alice, persona_id=pid)
    call("DELETE", "/api/personas/{persona_id}/members/{user_id}", 409, alice,
         persona_id=pid, user_id=alice.id)

    started = call("POST", "/api/personas/{persona_id}/conversations", 201, bob, {},
                   persona_id=pid)
    cid = started["id"]
    call("GET", "/api/personas/{persona_id}/conversations", 200, bob, persona_id=pid)
    call("GET", "/api/conversations/{conversation_id}", 200, bob, conversation_id=cid)
    call("GET", "/api/conversations/{conversation_id}", 404, alice, conversation_id=cid)
    if MESSAGES_ROUTE in app_routes():
        route = MESSAGES_ROUTE[0]
        turn = {"text": "Como o senhor conheceu a vó Cida?", "client_message_id": "turn-0001"}
        call("POST", route, 201, bob, turn, conversation_id=cid)
        call("POST", route, 200, bob, turn, conversation_id=cid)
        call("POST", route, 409, bob, {**turn, "text": "outra coisa"}, conversation_id=cid)
        call("GET", "/api/conversations/{conversation_id}", 200, bob, conversation_id=cid)
        call("GET", "/api/conversations/{conversation_id}", 200, bob, conversation_id=cid,
             query="?order=newest&limit=1")
        call("GET", "/api/conversations/{conversation_id}", 400, bob, conversation_id=cid,
             query="?order=latest")

    call("GET", "/api/me/export", 200, alice)
    call("GET", "/api/me/export", 200, bob)
    call("GET", "/api/me/conversations", 200, bob)
    call("GET", "/api/me/conversations", 400, bob, query="?limit=0")
    call("GET", "/api/me/export", 400, bob, query="?cursor=not-one")
    call("DELETE", "/api/conversations/{conversation_id}", 204, bob, conversation_id=cid)
    call("DELETE", "/api/personas/{persona_id}/members/{user_id}", 204, alice,
         persona_id=pid, user_id=bob.id)
    call("DELETE", one_memory, 204, alice, persona_id=pid, memory_id=memory["id"])
    call("DELETE", "/api/personas/{persona_id}", 204, alice, persona_id=pid)
    call("GET", "/api/personas/{persona_id}", 404, alice, persona_id=pid)
    call("DELETE", "/api/me", 204, bob)


def test_ownership_answers_fit_the_documented_schemas(sqlite_api, doc):
    call = Checked(sqlite_api, doc)
    alice = sqlite_api.login("alice@example.com", "Alice Ferreira")
    bob = sqlite_api.login("bob@example.com", "Bob Souza")
    carol = sqlite_api.login("carol@example.com", "Carol Lima")
    pid = sqlite_api.create_persona(alice)["id"]
    sqlite_api.invite_and_accept(alice, pid, bob, role="editor")
    sqlite_api.invite_and_accept(alice, pid, carol, role="visitor")
    plan = call("GET", "/api/me/erasure", 200, alice)
    assert plan["legacies"][0]["needs_decision"]
    call("GET", "/api/me/erasure", 200, bob)
    call("DELETE", "/api/me", 409, alice)
    call("DELETE", "/api/me", 400, alice, {"legacies": [{"persona_id": pid}]})
    owner = "/api/personas/{persona_id}/owner"
    call("POST", owner, 400, alice, {"user_id": carol.id}, persona_id=pid)
    call("POST", owner, 403, bob, {"user_id": bob.id}, persona_id=pid)
    call("POST", owner, 404, carol, {"user_id": carol.id}, persona_id="A" * 22)
    call("POST", owner, 200, alice, {"user_id": bob.id}, persona_id=pid)
    notices = call("GET", "/api/me/notices", 200, bob)
    call("DELETE", "/api/me/notices/{notice_id}", 404, alice, notice_id=notices["items"][0]["id"])
    call("DELETE", "/api/me/notices/{notice_id}", 204, bob, notice_id=notices["items"][0]["id"])
    call("GET", "/api/me/notices", 200, carol)
    call("DELETE", "/api/me", 204, bob, {"legacies": [{"persona_id": pid, "decision": "delete"}]})
    assert call("GET", "/api/me/notices", 200, carol)["items"][0]["event"] == "legacy_deleted"
