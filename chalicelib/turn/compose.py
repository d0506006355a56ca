"""Compose a turn: the asker's language, the memories that matter, the grounded draft and,
for a real model, the prompt that asks it to say the draft in the person's voice."""
from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass
from typing import Any, Callable, Sequence, cast

from chalicelib.imports import samples
from chalicelib.llm.base import Generation, Provider
from chalicelib.llm.grounded import GROUNDED
from chalicelib.logs import log
from chalicelib.persona import care, composer, confidence, followup, guard, \
    language as languages, retrieval
from chalicelib.persona.composer import Draft
from chalicelib.persona.followup import Topic
from chalicelib.persona.prompt import Prompt, build_prompt
from chalicelib.store.repository import Store, window_without
from chalicelib.turn.claim import Claimed

RETRIEVED = 6
UNNAMED = {"pt-BR": "Visitante", "en": "Visitor"}  # what the prompt calls a visitor with no name
HISTORY = 20
OWN_DEPTH = 50
SHORT_QUESTION = 3  # words of its own, at most, for a question to be read in its topic too
NEEDS_NO_PROMPT = frozenset({"grounded", "authentic"})
SPEAKS_FROM_MEMORY = frozenset({"answer", "abstain"})  # the drafts a model gets memories for
STYLE_SAMPLES = 3  # of the person's imported messages, per turn, beside the written examples


@dataclass(frozen=True)
class Composition:
    """What the turn will send to its provider, and what it falls back to."""

    language: str
    provider: Provider  # who answers: the claimed provider, or the composer for a language
    draft: Draft        # that provider's model cannot write
    given: list[dict[str, Any]]  # the memories the provider is given (numbered in the prompt)
    prompt: Prompt | None
    request: Generation
    # The language of the care resources the reply ends with, or None: decided once, here,
    # for the draft (kind "care") and for turn/finish.py's care text.
    care: str | None


def asker_language(claimed: Claimed) -> str:
    """The language the visitor writes in; when a message does not say, the language the
    conversation was opened in, then the persona's."""
    opened = claimed.conversation.get("language") or claimed.persona.get("language", "en")
    return languages.detect(claimed.text, opened)


def history_of(claimed: Claimed) -> list[dict[str, Any]]:
    """The conversation so far, oldest first, as its state keeps it (the recent messages, cut
    short; no store call): answered messages and replies only, so a turn that failed or was
    abandoned mid-way never enters a later prompt. A regeneration's reply being replaced is
    not part of the conversation its message is answered in again, nor an edited message and
    its reply of the conversation the edit is answered in."""
    window = window_without(claimed.state.get("window") or [],
                            reply=claimed.replaces is not None, exchange=claimed.drops_last)
    return [{"role": "visitor" if w.get("r") == "v" else "persona", "text": w.get("t", ""),
             "memories_used": list(w.get("u") or []), "status": "answered"}
            for w in window][-HISTORY:]


def _last_exchange(claimed: Claimed) -> tuple[str, dict[str, Any]] | None:
    """The visitor's last question and the persona's last reply, as the conversation's state
    keeps them (no store call) and as the message being answered finds them: a regeneration's
    or an edit's without what they replace. After "não é isso", the question is the one
    before it, which the reply offering another memory was still about."""
    window = window_without(claimed.state.get("window") or [],
                            reply=claimed.replaces is not None, exchange=claimed.drops_last)
    if window and window[-1].get("r") == "v" and claimed.replaces is not None:
        window = window[:-1]  # a regenerated reply's own message
    if len(window) < 2 or window[-1].get("r") != "p":
        return None
    asked = str(window[-2].get("t", "")) if window[-2].get("r") == "v" else ""
    if composer.is_correction(asked) and len(window) >= 4 and window[-4].get("r") == "v":
        asked = str(window[-4].get("t", ""))
    return asked, window[-1]


def offer_of(claimed: Claimed) -> composer.Offer | None:
    """What the persona's last reply offered to tell, if it did: the memory, and the question
    it could not answer."""
    last = _last_exchange(claimed)
    if last is None or not last[1].get("o"):
        return None
    return composer.Offer(str(last[1]["o"]), last[0])


def corrected_of(claimed: Claimed) -> tuple[str, list[str]] | None:
    """When this message says the last answer was not it ("não é isso"): the question that
    answer was for, and the memories it used."""
    if not composer.is_correction(claimed.text):
        return None
    last = _last_exchange(claimed)
    if last is None or not last[0] or not last[1].get("u"):
        return None
    return last[0], [str(m) for m in last[1]["u"]]


class TurnStore:
    """The store as a turn's composition reads it: the persona's import counts are the ones
    the turn's batch read got (the style samples' revision), not a read of their own."""

    def __init__(self, store: Store, claimed: Claimed) -> None:
        self._store = store
        self._claimed = claimed

    def import_counts(self, persona_id: str) -> dict[str, int]:
        if persona_id == self._claimed.persona["id"] and self._claimed.counts:
            return dict(self._claimed.counts)
        return self._store.import_counts(persona_id)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def conversation_hits(index: retrieval.MemoryIndex, memory_ids: Sequence[str],
                      found: Sequence[retrieval.Hit]) -> list[retrieval.Hit]:
    """The memories the persona's last answer used, as hits of at least the threshold: the
    conversation, not the words of the follow-up, says they are what is being talked about.
    A memory the search found keeps its own relevance when that is higher; the others are
    taken from the persona's current index (no store call), and one since deleted is left
    out."""
    known: dict[str, retrieval.Hit] = {}
    for finding in found:  # a memory two searches found: the more relevant finding
        if finding.relevance > getattr(known.get(finding.memory["id"]), "relevance", -1.0):
            known[finding.memory["id"]] = finding
    hits = []
    for memory_id in memory_ids:
        hit = known.get(memory_id)
        position = index.positions.get(memory_id)
        indexed = index.memories[position] if position is not None else None
        if hit is not None:
            hits.append(retrieval.Hit(hit.memory, hit.score,
                                      max(hit.relevance, composer.RELEVANCE_MIN)))
        elif indexed is not None:
            memory = {k: indexed[k] for k in retrieval.INDEXED_FIELDS
                      if k in indexed}  # what a hit from the index holds
            hits.append(retrieval.Hit(memory, 0.0, composer.RELEVANCE_MIN))
    return hits


def _merged(first: Sequence[retrieval.Hit], then: Sequence[retrieval.Hit]) -> list[retrieval.Hit]:
    seen = {h.memory["id"] for h in first}
    return [*first, *(h for h in then if h.memory["id"] not in seen)]


def _answers(hits: Sequence[retrieval.Hit]) -> bool:
    return bool(hits) and hits[0].relevance >= composer.RELEVANCE_MIN


def _sure_of_its_own(own: list[retrieval.Hit], chosen: retrieval.Hit,
                     answering: dict[str, retrieval.Hit], topic: Topic) -> bool:
    """Whether a short question's own search settles it against the topic's choice: its best
    memory answers it as fully as any and is vouched for, and the topic would choose another
    that is not the memory just talked about (that one, "quem fez o bolo?" after the
    wedding, the topic may still choose)."""
    best = own[0] if own else None
    return (best is not None and best.memory["id"] in answering
            and best.memory["id"] != chosen.memory["id"]
            and chosen.memory["id"] not in topic.last_answer
            and (best.confidence or 0.0) >= confidence.threshold())


def _short_question(own: list[retrieval.Hit], with_topic: list[retrieval.Hit],
                    topic: Topic, vouch: Callable[[str], float | None],
                    others: Callable[[list[str]], set[str]] = lambda ids: set(),
                    been_to: Callable[[dict[str, Any]], bool] = lambda memory: True,
                    says_which: Callable[[dict[str, Any]], bool | None] = lambda memory: None
                    ) -> list[retrieval.Hit]:
    """The memories for a short question of its own, said after a topic ("quem fez o bolo?"
    after the wedding, "que música tocava?" after the dance, "a senhora já foi pra Europa?"
    after the favourite dish).

    Memories its own words answer more than half of answer it, the topic choosing among them
    (the wedding's cake, not every cake). Failing that, the memory just talked about answers
    it if its own words reach that memory at all (the dance's music). Otherwise it is
    answered by its own words or not at all: the topic's words must not carry a half-answer,
    or the last memory, over the threshold ("what was your favorite song?" after São João
    is not the favourite dish). And the memory the topic chooses among those its own words
    answer must be one the search would `vouch` for as the answer to the question as asked
    ("what did you grow on the block?" is not a wedding "in the gardens" of a hotel, however
    many of its words "gardens" answers). Asked of the persona's own wedding, a birth, a
    death..., the topic chooses among those that tell of the persona's own (`others`: the ids
    that tell of someone else's). Asked which one ("que máquina a senhora usava pra
    costurar?" right after the cat who slept on the sewing machine), the memory just talked
    about may not answer for one its own words find that says which (`says_which`: "numa
    máquina Singer") when it says only the thing."""
    best = max((h.relevance for h in own), default=0.0)
    answering = {h.memory["id"]: h for h in own
                 if h.relevance > composer.RELEVANCE_MIN and h.relevance >= best - 1e-9
                 # the best memory by its own words, ruled out by them (it names the mother
                 # but says no name next to her, or holds no year for a "when"): the topic
                 # cannot make it answer
                 and h.confidence != 0.0}
    # asked of the persona's own wedding or illness, the topic does not choose a daughter's
    # or a son's: among the rest, or, if that is all its words answer, by them alone
    elsewhere = others(list(answering)) if answering else set()
    if elsewhere:
        answering = {i: h for i, h in answering.items() if i not in elsewhere}
        if not answering:
            return own[:RETRIEVED]
    if answering:
        both = [retrieval.Hit(h.memory, h.score,
                              max(h.relevance, answering[h.memory["id"]].relevance))
                for h in with_topic if h.memory["id"] in answering]
        if both and own and both[0].memory["id"] != own[0].memory["id"] and \
                own[0].memory["id"] in answering and \
                (own[0].confidence or 0.0) >= confidence.threshold() and \
                says_which(both[0].memory) is False and says_which(own[0].memory):
            return own[:RETRIEVED]
        if both and _sure_of_its_own(own, both[0], answering, topic):
            # "where did you and grandma get married?" after the favourite dish: its own words
            # find the wedding and the search vouches for it; the topic may not pick, among
            # the memories as married, the one that also has a kitchen in it
            return own[:RETRIEVED]
        if both:
            chosen = both[0].memory["id"]
            sure = own[0].confidence if chosen == own[0].memory["id"] else vouch(chosen)
            if sure is not None and sure < confidence.threshold():
                # not vouched for: answered by its own words or not at all, and what it
                # offers is what its own words found first
                return own[:RETRIEVED]
            both[0] = dataclasses.replace(both[0], confidence=sure)
        return _merged(both, own)[:RETRIEVED]
    reached = {h.memory["id"] for h in own if h.relevance > 0}
    # (but not a place been to that the memory names only in a saying: "vó a senhora já foi
    # pra europa?" after the saying "quem tem boca vai a Roma"; `been_to`)
    about = [dataclasses.replace(h, confidence=None) for h in with_topic
             if h.memory["id"] in topic.last_answer and h.memory["id"] in reached
             and been_to(h.memory)]
    return _merged(about, own)[:RETRIEVED]


def find_memories(store: Store, claimed: Claimed, topic: Topic,
                  embedder: Any) -> list[retrieval.Hit]:
    """The memories for this turn, best first.

    A self-standing message is searched as it is. A follow-up with words of its own ("quem
    fez o bolo?") is searched with them, and with them and its topic: the memories both find
    come first, in the topic's order; failing that, the memories of the last answer for a
    follow-up that points back at it ("how old was he?"), or what a short question's own words
    find; and always, for a follow-up with no words of its own ("onde foi isso?"), the
    memories of the last answer."""
    persona = claimed.persona
    if not topic.leaning:
        return retrieval.find(store, persona, claimed.text, RETRIEVED, embedder)
    with_topic = retrieval.find(store, persona, topic.query, RETRIEVED, embedder)
    # own words reach many memories ("bolo"): look deep enough to meet the topic's. A short
    # question of its own is searched as written, so its phrases keep their meaning ("grow
    # up"); a follow-up by its own words, without its cues ("nessa época").
    said = claimed.text if topic.soft else " ".join(topic.own)
    own = retrieval.find(store, persona, said, OWN_DEPTH, embedder) if topic.own else []
    if topic.soft:
        return _short_question(own, with_topic, topic, lambda memory_id: retrieval.vouch(
            store, persona, claimed.text, memory_id, embedder), lambda memory_ids: (
            retrieval.others_events(store, persona, claimed.text, memory_ids)),
            lambda memory: retrieval.been_to(claimed.text, memory),
            lambda memory: retrieval.says_which(claimed.text, memory))
    talked_about = conversation_hits(retrieval.CACHE.index_for(store, persona),
                                     topic.memory_ids, [*with_topic, *own])
    if own:
        # What the follow-up asks, in the topic being talked about: the memories its own words
        # find that the topic's search ranks too, in the topic's order ("quem fez o bolo?"
        # after the wedding: the wedding's cake, not every cake).
        # Only memories that answer its own words as well as the best one does: the topic
        # chooses among them, it does not make a half-answer ("gostava", not "dançar") win.
        best = max((h.relevance for h in own), default=0.0)
        answering = {h.memory["id"]: h for h in own
                     if h.relevance >= max(composer.RELEVANCE_MIN, best - 1e-9)}
        both = [retrieval.Hit(h.memory, h.score,
                              max(h.relevance, answering[h.memory["id"]].relevance))
                for h in with_topic if h.memory["id"] in answering]
        if both:
            return _merged(both, _merged(talked_about, own[:RETRIEVED]))[:RETRIEVED]
        if _answers(own) and not talked_about:
            return own[:RETRIEVED]
    # The search's confidence was about the topic's words and these together, not about
    # what this message asks: only relevance says whether they answer it.
    return _merged(talked_about, [dataclasses.replace(h, confidence=None)
                                  for h in with_topic])[:RETRIEVED]


def care_vector(text: str, embedder: Any) -> list[float] | None:
    """The message's vector for care's meaning layer: only from the local sentence encoder
    the layer was trained on (make run; never Titan's or another model's vectors), of the
    message as written (the embedder remembers it). None, the rules alone, when the turn has
    no such embedder or it fails: care never fails a turn."""
    if embedder is None or getattr(embedder, "model_id", None) != care.meaning_model():
        return None
    try:
        return cast("list[float] | None", embedder.embed_query(text))
    except Exception as error:  # noqa: BLE001 - whatever the engine raises, the rules answer
        log("care_vector_failed", error=type(error).__name__)
        return None


def compose(store: Store, claimed: Claimed, *, embedder: Any, deadline: float,
            max_tokens: int, temperature: float, prompt_budget: int) -> Composition:
    """The grounded draft and the generation request for this turn. It reads the store only
    for what the turn's batch read could not know: a persona's index or style samples not
    cached by this process."""
    store = cast(Store, TurnStore(store, claimed))
    language = asker_language(claimed)
    provider = claimed.provider
    if language not in (getattr(provider, "languages", None) or (language,)):
        provider = GROUNDED  # e.g. SmolLM2-135M, which writes no Portuguese: the draft answers
    needs_prompt = provider.name not in NEEDS_NO_PROMPT
    # the persona's names as its cached index knows them (worked out once per persona)
    names = retrieval.CACHE.index_for(store, claimed.persona).self_names
    # A yes to the last reply's offer, or a "não é isso" to its answer, read from the
    # conversation's state like the history.
    offer = offer_of(claimed)
    accepted = offer is not None and composer.reply_to_offer(claimed.text) == "yes"
    corrected = None if accepted else corrected_of(claimed)
    # The history, for a follow-up's topic (or a short question's), for a model's prompt, or
    # both: the conversation's state, which the turn has read already.
    short = 0 < len(followup.own_words(claimed.text, names)) <= SHORT_QUESTION
    leaning = followup.leans_on_past(claimed.text, names)
    history = history_of(claimed) if leaning or short or needs_prompt else []
    if accepted and offer is not None:
        # "sim, conta": the memory offered, whatever the words of the yes find
        hits = conversation_hits(retrieval.CACHE.index_for(store, claimed.persona),
                                 [offer.memory_id], [])
    elif corrected is not None:
        # "não é isso": the last question again, without what its answer used; said of a
        # memory told on a yes, the offer already was the last thing close to it: none more
        asked, used = corrected
        hits = [] if composer.reply_to_offer(asked) is not None else [
            h for h in retrieval.find(store, claimed.persona, asked, RETRIEVED, embedder)
            if h.memory["id"] not in used]
    else:
        topic = followup.topic_of(claimed.text, history, names, soft=SHORT_QUESTION)
        hits = find_memories(store, claimed, topic, embedder)
    visitor = claimed.conversation.get("visitor_name") or ""
    # The person's own words about what is asked (an imported chat's message), quoted beside
    # the memory that answers; read only when one does.
    kept: Any = True  # the person's samples, read at most once this turn
    if composer.choose(hits) is not None:
        kept = samples.of_turn(store, claimed.persona["id"])
    said = samples.said_about(store, claimed.persona["id"], claimed.text, kept) \
        if kept is not True else None
    last = _last_exchange(claimed)
    cared = guard.care_language(claimed.text, language, care_vector(claimed.text, embedder))
    draft = composer.compose(claimed.persona, claimed.text, language, hits, visitor, said,
                             offer, correcting=corrected is not None,
                             last_reply=str(last[1].get("t", "")) if last else "",
                             at_risk=cared is not None)
    at_risk = draft.kind == "care"
    if at_risk and provider.name != "authentic":
        # A visitor who may be at risk gets the composer's fixed, gentle words: no model
        # writes to them in the voice of someone they lost (it might invite them to join).
        provider, needs_prompt = GROUNDED, False
    # A model is given the memories only where the draft speaks from them (an answer, or an
    # abstention a model may still answer from what is close): news told in sorrow is met with
    # comfort, never a memory, and a greeting or a thanks brings none up either.
    relevant = [h.memory for h in hits if h.relevance >= composer.RELEVANCE_MIN] \
        if draft.kind in SPEAKS_FROM_MEMORY else []
    # The person's own words: the examples the family wrote, and the messages of theirs an
    # import kept that are closest to this one (docs/imports.md). Read only where something
    # uses them (a model's prompt, or the recorded words with the AI off), never at risk.
    examples = [] if at_risk else list(claimed.persona.get("example_messages") or [])
    if not at_risk and (needs_prompt or provider.name == "authentic"):
        examples += samples.chosen_for(store, claimed.persona["id"], claimed.text,
                                       STYLE_SAMPLES, kept)
    prompt = None
    if needs_prompt:
        prompt = build_prompt({**claimed.persona, "example_messages": examples}, relevant,
                              history,
                              visitor or UNNAMED[language],
                              claimed.conversation.get("relationship", ""),
                              claimed.text, prompt_budget, language=language, draft=draft.text)
        given_ids = set(prompt.memory_ids)
        given = [m for m in relevant if m["id"] in given_ids]
    else:
        # Authentic mode quotes the memories the draft used; none when the draft abstained.
        given = [h.memory for h in hits if h.memory["id"] in draft.memory_ids]
    request = Generation(
        messages=prompt.messages if prompt else [], max_tokens=max_tokens,
        temperature=temperature, stop=prompt.stop if prompt else [], deadline=deadline,
        language=language, memories=given,
        # nor, with the AI off, the person's recorded words, which were not said to them now
        examples=examples,
        draft=draft.text,
        cancel=threading.Event())
    return Composition(language, provider, draft, given, prompt, request, cared)
