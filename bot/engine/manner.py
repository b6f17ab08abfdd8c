"""A question asking how an act was done, or how someone reacted, and a passage telling it.

"How was the aid package approved?", "How are the forces funded?" ask the manner or means of an
act: a passage answers where a clause writes the act (its verb or a relative) with the subject and
a manner tied to it — a preposition of means or manner and a noun ("by rail", "with sanctions"),
"after … vote", "thereby", an adverb in "-ly"; a passive question whose act no passage writes is
refused (``Searcher._tells_manner``). "How did Russia react to the shipment?" asks what the
reacting party did or said: the party acts or speaks in a sentence about the thing reacted to. Not
"how many / much / long …", nor "how is X" asking a state (no verb), nor a verb reporting words or
thoughts ("describe", "explain", "fear"): what was said. English questions; no word list of
questions. Switch ``manner`` of docs/ranking-news.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.reaction import acts
from bot.engine.related_words import (
    BROAD_VERB_SENSES,
    base_forms,
    broader_verbs,
    domain,
    is_inflected_verb,
    is_way_to,
    senses,
)

_HOW = re.compile(
    r"^\W*how\s+(?P<aux>did|does|do|was|were|is|are|will|would|can|could|has|have|had|should|might)\s+(?P<rest>[^?!.;]+)",
    re.IGNORECASE,
)
_LAST = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")  # a question's sentences
_BE = re.compile(r"^(?:was|were|is|are|be|been|being)$", re.IGNORECASE)
_PASSIVE = frozenset({"be", "been", "being", "get", "got", "gets", "getting", "gotten"})  # before a participle
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|you|i|one|this|that|these|those)$", re.IGNORECASE)
_REACTING = "respond"  # the verb whose senses, and the narrower ones, ask a reaction: react, reply, answer
# A verb reporting words or thoughts: its first sense is a way to inform, express or represent
# ("describe", "explain", "sum up", "portray"), or to qualify ("characterise").
_REPORTING = frozenset({"inform", "express", "represent", "qualify"})
_REPORTING_STEPS = 5
_MINDS = frozenset({"cognition", "emotion", "perception"})  # "fear X will end": the how is the clause's
_WORD = re.compile(r"[\w'’$-]+")
# A manner tied to the act: a preposition of means or manner and a noun ("by rail", "through a
# vote", "with sanctions", "under a law"), a vote after it, an adverb of manner.
_MANNER = re.compile(
    r"\b(?P<prep>by|via|through|with|using|under|aboard|on board|in exchange for|in the form of)\b"
    r"|\bafter\b[^,;]*\bvote\b",
    re.IGNORECASE,
)
_WIDE = re.compile(
    r"\b(?P<prep>by|via|through|with|using|under|aboard|on board|in|on|as|into|without|from|for)\b"
    r"|\bafter\b[^,;]*\bvote\b|\bthereby\b|,\s*(?:\w+\s+)?\w+ing\b",
    re.IGNORECASE,
)
_ADVERB = re.compile(r"^[a-z]{3,}ly$")  # "quickly", "unanimously"; not "only", "early" (short or no stem)


@dataclass(frozen=True)
class Manner:
    """What a how-question asks: its ``verb`` (a base form), the content words of its
    ``subject`` ("aid", "package"), and whether it asks a ``reaction``."""

    verb: str
    subject: tuple[str, ...]
    reaction: bool
    thing: tuple[str, ...] = ()  # what is reacted to: "shipment" in "react to the shipment"
    passive: bool = False  # "How was X approved?", "How are they moving …?": a form of "be" asks it


def asks_manner(question: str) -> Manner | None:
    """The act an English "how did / was / will X VERB …?" question asks the manner of, or the
    reaction it asks; None for "how many / much …", "how is X" (a state), a pronoun's question."""
    # "Peskov accused the US. How did the White House respond?": the sentence that asks.
    match = _HOW.match(question) or _HOW.match(_LAST.split(question.strip())[-1])
    if match is None:
        return None
    words = _WORD.findall(match["rest"])
    aux = match["aux"].lower()
    passive = bool(_BE.match(aux))
    at = _verb_at(words, passive or aux in ("has", "have", "had"))
    if at is None or (at == 1 and _PRONOUN.match(words[0])):
        return None  # "how did he do it?": the turn before says who
    subject = [w for w in words[:at] if (w.lower() not in STOP_WORDS or not w.islower()) and w.lower() not in _PASSIVE]
    if not subject:
        return None
    # "kept imprisoned", "got shipped": a broad verb before a participle; the act is the participle.
    if at + 1 < len(words) and _broad(words[at]) and words[at + 1].islower() and _participle(words[at + 1]):
        at += 1
    verb = words[at].lower()
    # "plan to defend", "try to stop": the act asked is the verb after "to".
    # ("How are the votes weighted to ensure …?": after a participle, "to" is a purpose.)
    to_verb = (
        _base_verb(words[at]) and at + 2 < len(words) and words[at + 1].lower() == "to" and _base_verb(words[at + 2])
    )
    base = base_forms(verb, "verb")[0]
    reaction = is_way_to(base, _REACTING)
    if to_verb and not reaction:
        at, base = at + 2, base_forms(words[at + 2].lower(), "verb")[0]
    elif not reaction and (_reports(base) or domain(base, "verb") in _MINDS):
        # "How did Luther describe Erfurt?", "how do people fear it will end?": what is said or
        # thought, often by a pronoun or a paraphrase of the speaker ("the newspaper described it")
        return None
    rest = [w for w in words[at + 1 :] if w.lower() not in STOP_WORDS]
    thing = tuple(rest) if reaction and at + 1 < len(words) and words[at + 1].lower() == "to" else ()
    passive = passive or words[at - 1].lower() in _PASSIVE  # "will … be transported", "get shipped"
    return Manner(base, tuple(subject), reaction, thing, passive)


def _verb_at(words: list[str], participle: bool) -> int | None:
    """Where a how-question's verb stands after its subject: a participle after "is / was / has …"
    ("funded"), a base form after "did / will …" ("react"), past "be" / "get" ("be transported")."""
    for at in range(1, len(words)):
        word, before = words[at], words[at - 1].lower()
        lower = word.lower()
        if not word.islower():
            continue
        if lower in _PASSIVE and at + 1 < len(words) and words[at + 1].islower() and is_inflected_verb(words[at + 1]):
            return at + 1
        if lower in STOP_WORDS or (before in STOP_WORDS and before not in _PASSIVE and before not in ("and", "or")):
            continue  # "the new sanctions", "many people": a noun after a determiner
        if participle and is_inflected_verb(lower) and lower.endswith(("ed", "en", "ing", "t")):
            return at
        if not participle and _base_verb(word):
            if at + 1 < len(words) and _base_verb(words[at + 1]) and words[at + 1].lower() not in STOP_WORDS:
                return at + 1  # "the 2001 IPCC report compare": a noun before the verb
            return at
    return None


def _broad(word: str) -> bool:
    """Whether ``word`` is a verb of fifteen senses or more ("keep", "get"): it names no act alone."""
    return any(senses(b, "verb") >= BROAD_VERB_SENSES for b in base_forms(word.lower(), "verb"))


def _participle(word: str) -> bool:
    """Whether ``word`` reads as a past participle ("imprisoned", "shipped")."""
    return is_inflected_verb(word) and word.endswith(("ed", "en"))


def _base_verb(word: str) -> bool:
    """Whether ``word`` is written as a verb's base form ("target", not "troops" nor "Russia")."""
    return word.islower() and word in base_forms(word, "verb")


def _reports(verb: str) -> bool:
    """Whether the verb's first sense reports words or thoughts ("describe", "explain")."""
    return not broader_verbs(verb, _REPORTING_STEPS).isdisjoint(_REPORTING)


def tells_manner(
    clause: str, is_act: Callable[[str], bool], is_subject: Callable[[str], bool] | None, wide: bool = True
) -> bool:
    """Whether ``clause`` writes the act (``is_act``) with the question's subject (``is_subject``;
    None: any) and a manner tied to it: after the act "by / via / through / with / using / under"
    and a noun, a vote, or an adverb in "-ly" beside the act; ``wide``: also "in / on / as / into /
    without" and a noun, "thereby", a participle after a comma, a compound ("steam-powered")."""
    words = _WORD.findall(clause)
    acts_at = [k for k, w in enumerate(words) if is_act(w) or ("-" in w and any(map(is_act, w.split("-"))))]
    if not acts_at or (is_subject is not None and not any(map(is_subject, words))):
        return False
    near = words if wide else [w for k in acts_at for w in words[max(0, k - 2) : k + 3]]
    if any(_ADVERB.match(w) and is_adverb(w) for w in near):
        return True
    if wide and any("-" in words[k] for k in acts_at):
        return True  # "steam-powered": the means written into the act's word
    after = clause if wide else clause[clause.find(words[acts_at[0]]) :]
    for match in (_WIDE if wide else _MANNER).finditer(after):
        following = _WORD.findall(after[match.end() : match.end() + 60])[:4]
        if match["prep"] is None or any(w.lower() not in STOP_WORDS for w in following):
            return True
    return False


def is_adverb(word: str) -> bool:
    """Whether ``word`` is an adverb of manner: "-ly" on an adjective's stem ("quickly")."""
    stem = word.lower()[:-2]
    return bool(
        base_forms(stem, "adj") or base_forms(stem[:-1] + "y", "adj") if stem.endswith("i") else base_forms(stem, "adj")
    )


def reacts(party: list[str], text: str) -> bool:
    """Whether ``text`` has one of ``party``'s forms as written there acting or speaking:
    "Kyiv has rejected", "the United States and its NATO allies to rush"."""
    return any(
        acts(p, text)
        or any(
            _base_verb(m["verb"])
            for m in re.finditer(rf"(?<![\w-]){re.escape(p)}\b[^,;]*?\bto\s+(?P<verb>[a-z]+)", text)
        )
        for p in party
    )
