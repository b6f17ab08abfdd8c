"""A question asking what someone said of a topic: who speaks (X) and of what (Z).

"What did Boris Johnson say about sanctions on Russia?", "How did Peskov react to Denmark
sending a frigate?", "What is Biden's view on the threat?": a passage answers only where X
speaks and Z is spoken of; the verb (or noun) is read from WordNet, no word list of questions
(English questions). Rule 18 of docs/ranking-news.md; and who talked, in "what did X and Y talk about?" (rule
``talked_between``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.related_words import domain, domains, is_inflected_verb, is_verb, is_way_to, is_word

# What a saying verb or a view noun is in WordNet: "say", "claim", "tell"; "think", "believe";
# "view", "position", "opinion".
_THINKING = ("think", "believe")
_DETERMINERS = frozenset("the a an this that these those some many any each every".split())
_AGENTS = frozenset({"person", "group"})  # WordNet's files of those who speak
# "What is the name of …" is no saying: "is" asks what a thing is, not what someone did.
_AUXILIARIES = "did|does|do|will|would|could|might|has|have|had"
_WHAT_DID = re.compile(rf"^\W*what\s+(?:{_AUXILIARIES})\s+(?P<clause>[^?!.;]+)", re.IGNORECASE)
_HOW_DID = re.compile(rf"^\W*how\s+(?:{_AUXILIARIES}|is|are|was|were)\s+(?P<clause>[^?!.;]+)", re.IGNORECASE)
_VIEW = re.compile(
    r"^\W*what\s+(?:is|was|are|were)\s+(?P<speaker>[^?!.;]+?)['’]s?\s+(?P<noun>[a-z]+)\s+"
    r"(?:on|about|of|regarding|concerning|towards?)\s+(?P<topic>[^?!.;]+)",
    re.IGNORECASE,
)
_ABOUT = frozenset({"about", "on", "of", "regarding", "concerning"})
_WORDS_TO_ABOUT = 3  # "say to reporters about", "tell the nation about"
# The speaker's head is the last word before these: "the president of Ukraine".
_AFTER_HEAD = re.compile(r"\s+(?:of|in|at|for|from|with|by|who|which|that)\s+", re.IGNORECASE)
_CONJUNCTS = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*", re.IGNORECASE)
_PRONOUNS = frozenset("he she they it i we you someone anyone people".split())
# "he said", "she also told": a pronoun speaking, counted as the one named just before.
_SPEECH = r"(?:says?|said|told|tells|warned|warns|stated|states|believes?|thinks?|added|called|calls)"
_PRONOUN_SPEAKS = re.compile(rf"\b(?:he|she|they)\b(?:\W+\w+){{0,2}}?\W+{_SPEECH}\b", re.IGNORECASE)


@dataclass(frozen=True)
class SaidAbout:
    """Who a question asks to have spoken (their head words, as written) and of what."""

    speakers: tuple[str, ...]  # "Johnson"; "States", "NATO" for "the United States and NATO"
    topic: str  # "sanctions on Russia"


def said_about(question: str) -> SaidAbout | None:
    """The speaker and topic of "what did X say/think/tell … about/on/of Z?", "how did X
    react/respond to Z?" or "what is X's view/position on Z?"; None for another question, or
    one whose speaker is a pronoun ("what did he say about it?": the turn before names him)."""
    found = _what_did(question) or _how_did(question) or _view(question)
    if found is None:
        return None
    speaker, topic = found
    if re.search(r"\bto\b", speaker, re.IGNORECASE):
        return None  # "What does Russia want NATO to promise about …?": a wish, not a saying
    heads = tuple(h for h in map(_head, _CONJUNCTS.split(speaker)) if h)
    if not heads or any(h.lower() in _PRONOUNS or not _speaks(h) for h in heads) or not topic.strip():
        return None
    first = speaker.split()[0]
    if first.islower() and is_inflected_verb(first):
        return None  # "What did placing US troops on alert signal …?": an event, no speaker
    return SaidAbout(heads, topic.strip())


def _what_did(question: str) -> tuple[str, str] | None:
    match = _WHAT_DID.match(question)
    if match is None:
        return None
    words = match["clause"].split()
    for at, word in enumerate(words[1:], start=1):
        if word.islower() and is_verb(word) and _says(word):
            return _topic_after(words, at, _ABOUT)
    return None


def _says(verb: str) -> bool:
    """Whether a verb says or thinks: WordNet files it with verbs of communication ("say",
    "tell", "claim", "opine"), or it is a way to think or believe ("feel"); not any verb of
    cognition ("understand", "find", "decide" ask what someone did)."""
    return domain(verb, "verb") == "communication" or any(is_way_to(verb, v) for v in _THINKING)


def _how_did(question: str) -> tuple[str, str] | None:
    match = _HOW_DID.match(question)
    if match is None:
        return None
    words = match["clause"].split()
    for at, word in enumerate(words[1:], start=1):
        if word.islower() and is_verb(word) and is_way_to(word, "respond"):
            return _topic_after(words, at, _ABOUT | {"to"})
    return None


def _topic_after(words: list[str], verb: int, prepositions: frozenset[str]) -> tuple[str, str] | None:
    """The words before the verb and those after a preposition a few words after it."""
    for at in range(verb + 1, min(verb + 2 + _WORDS_TO_ABOUT, len(words))):
        if words[at].lower() in prepositions:
            return " ".join(words[:verb]), " ".join(words[at + 1 :])
    return None


def _view(question: str) -> tuple[str, str] | None:
    match = _VIEW.match(question)
    if match is None or "cognition" not in domains(match["noun"].lower(), "noun"):
        return None
    return match["speaker"], match["topic"]


def _head(phrase: str) -> str:
    """The last word of a noun phrase before its modifiers, without a possessive."""
    words = _AFTER_HEAD.split(phrase.strip())[0].split()
    return re.sub(r"['’]s?$", "", words[-1]) if words else ""


def _speaks(head: str) -> bool:
    """Whether a head word can name someone who speaks: a name, or a kind of person or group
    ("minister", "leaders"; not "statement", "oxygen")."""
    lower = head.lower()
    if lower in _DETERMINERS:
        return False  # "What does the film … delay?": the verb was read inside the subject
    return not head.islower() or not is_word(lower) or not _AGENTS.isdisjoint(domains(lower, "noun"))


def pronoun_speaks(text: str) -> bool:
    """Whether ``text`` reports "he / she / they" saying something."""
    return _PRONOUN_SPEAKS.search(text) is not None


# "what did X and Y talk about?", "what did X discuss with Y?": those who talked, and nothing else.
_WITH = "with"


def talked_between(question: str) -> tuple[str, ...]:
    """The parties (their head words, as written) of "what did X and Y talk about / discuss /
    agree on?" or "what did X discuss with Y?": a verb WordNet files with verbs of communication
    and two parties or more. () for another question, one naming a topic after the verb
    (``said_about`` reads it) or a party that is a pronoun (the turn before names it)."""
    match = _WHAT_DID.match(question)
    if match is None or said_about(question) is not None:
        return ()
    words = match["clause"].split()
    for at, word in enumerate(words[1:], start=1):
        if word.islower() and is_verb(word) and domain(word, "verb") == "communication":
            subject, rest = " ".join(words[:at]), words[at + 1 :]
            break
    else:
        return ()
    first = rest[0].lower() if rest else _WITH
    if first not in _ABOUT | {"over", _WITH} or (len(rest) > 1 and first != _WITH):
        return ()  # "what did X and Y write in the letter?": more than the parties is asked of
    phrases = _CONJUNCTS.split(subject) + ([" ".join(rest[1:])] if first == _WITH else [])
    heads = tuple(h for h in map(_head, phrases) if h)
    if len(heads) < 2 or any(h.lower() in _PRONOUNS or not _speaks(h) for h in heads):
        return ()
    return heads
