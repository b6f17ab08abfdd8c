"""The part of a question that asks, as the refusal rules read it.

"Britain is pulling some diplomats out of Kyiv. Who is the British ambassador there?": the
statement selects the story (ranking reads it all), the last sentence says what is asked. A
question word written last ("france ready to send troops to romania - how many?") asks of
the phrase before it; a bare noun phrase asks for who holds a role ("ukraine's foreign
minister?" — a WordNet ``noun.person`` head) or the value of an attribute ("zelenskyy age?" —
a measure or an attribute). English only; no word list of questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot.engine.analysis.question_form import AUXILIARIES, QUESTION_WORD
from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.related_words import base_forms, domain, is_inflected_verb, is_verb, is_word, names_instance

_ASKS = re.compile(rf"^\W*{QUESTION_WORD}\b", re.IGNORECASE)
# A sentence ends at ".", "!" or "?" and a capital or a question word after it ("X died this
# week. Which song …?", "… kyiv. who is …?"); an initial or a title's abbreviation ends none.
_BREAK = re.compile(rf"(?<=[.!?])\s+(?=[\"“‘']?(?:[A-Z]|{QUESTION_WORD}\b))", re.IGNORECASE)
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:[A-Z]\.)+|\b(?:Mrs?|Ms|Dr|Jr|Sr|St|Gen|Gov|Sen|Rep|Col|Lt|Prof))\.$")
# A question word asked of the phrase before it: "… to romania - how many?", "…, when?".
_TRAILING = re.compile(
    rf"^(?P<phrase>.*?\w.*?)\s*[-–—,:;]\s*(?P<word>how (?:many|much|long|old)|{QUESTION_WORD})\s*\?+\s*$",
    re.IGNORECASE,
)
# A third-person pronoun standing for the statement's subject, and "there" for its place (not
# "there is / are …").
_PRONOUN = re.compile(r"\b(?:he|she|they|him|them|his|her|their|hers|theirs)\b", re.IGNORECASE)
_POSSESSIVE = frozenset({"his", "her", "their", "hers", "theirs"})
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|be|been)\b)", re.IGNORECASE)
# A yes/no question: one opening with its verb (a closed class of English).
_YES_NO = re.compile(rf"^\W*(?:{'|'.join(sorted(AUXILIARIES))})\b", re.IGNORECASE)
_IT_SUBJECT = re.compile(rf"^\W*({'|'.join(sorted(AUXILIARIES))})\s+it\b", re.IGNORECASE)
_POINTING_SUBJECT = re.compile(rf"^\W*(?:{'|'.join(sorted(AUXILIARIES))})\s+(?:it|this|that)\b", re.IGNORECASE)
# A singular thing a statement names after its opening: "a frigate", "the shipment".
_THING = re.compile(r"\b(?:a|an|the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?<!s)\b")
# A closing demonstrative pointing back at the statement: "… approve that?", "… after this one?".
_BACK_AT_END = re.compile(
    r"(?:\s+(?:after|before|than|like|to|of|for|with|about|from))?\s+(?:this|that)(?:\s+one)?\W*$", re.IGNORECASE
)
_HOW_MANY = re.compile(r"\bhow many\b\W*(\w*)", re.IGNORECASE)
_NAME = re.compile(r"[A-Z][\w'’-]*(?:\.[A-Z]\.?)*(?:\s+[A-Z][\w'’-]*(?:\.[A-Z]\.?)*)*")
_WORD = re.compile(r"[^\W\d][\w'’-]*")
_BARE_WORDS = 6  # a longer phrase is a sentence more often than a name of something


@lru_cache(maxsize=512)  # read three times an answer: the refusal rules, the passages shown, the reply
def question_part(question: str, two_part: bool = True, yes_no: bool = False) -> str:
    """What the refusal rules read of ``question``: its last sentence that asks (``two_part``; with
    ``yes_no`` also a yes/no question after a statement, pointing back or not), a trailing question
    word moved before its phrase, a bare role or attribute phrase read as "who is …?" / "what is
    the … of …?"; ``question`` itself when none of these applies."""
    part = _asking_sentence(question, yes_no) if two_part else question
    trailing = _TRAILING.match(part)
    if trailing is not None:
        return _asked_of(trailing["word"].lower(), trailing["phrase"].strip())
    return _bare(part) or part


def with_apostrophe(question: str) -> str:
    """``question`` with a question word run into its "'s" without the apostrophe ("whats",
    "whos", "wheres") written with it: a chat spelling of "what's", not a word of its own."""
    return _UNMARKED.sub(r"\1's", question)


_UNMARKED = re.compile(r"\b(what|who|where|when|why|how)s\b", re.IGNORECASE)


def _asking_sentence(question: str, yes_no: bool = False) -> str:
    """The last sentence of ``question`` that asks (ends with "?" or opens with a question word)
    when it points back at the statement, its pronouns read as the statement's subject and "there"
    as its place ("Who is the British ambassador there?" after "… out of Kyiv." asks of Kyiv);
    with ``yes_no``, a yes/no question after a statement whether it points back or not
    (``_yes_no_part``); ``question`` when it points back at nothing or at no name (the rules read
    it all, as before)."""
    pieces: list[str] = []
    for piece in _BREAK.split(question.strip()):
        if pieces and _ABBREVIATION.search(pieces[-1]):
            pieces[-1] += " " + piece  # "Mr. Biden", "the U.S. Embassy": one sentence
        else:
            pieces.append(piece)
    if len(pieces) < 2:
        return question
    asking = [k for k, p in enumerate(pieces) if p.rstrip().endswith("?") or _ASKS.match(p)]
    if not asking or asking[-1] == 0:
        return question
    part, told = pieces[asking[-1]], " ".join(pieces[: asking[-1]])
    if yes_no and _YES_NO.match(part):
        return _yes_no_part(part, told, pieces[asking[-1] - 1]) or question
    return _resolved(part, told, pieces[asking[-1] - 1]) or question


def _yes_no_part(part: str, told: str, last: str) -> str:
    """A yes/no question asked after a statement, as the yes/no rules read it: its own claim, with
    an "it" right after its verb read as the name the statement opens with ("France is ready to
    send troops to Romania. Would it lead a NATO battlegroup there?" → "Would France lead a NATO
    battlegroup in Romania?") unless the statement names a thing "it" may stand for ("Denmark is
    sending a frigate."), a closing "that" / "this one" (and its preposition) dropped (it stands
    for the statement, which selects the story but claims nothing the passage must write again:
    "after this one" is no attribute asked), and the other words pointing back resolved as
    ``_resolved`` does; "" when its subject still points back ("Is that true?", "Will it arrive in
    March?" after "a frigate"): the statement is then the claim asked about, read whole.
    The statement selects the story (ranking reads it all); the claim is the question's own, and a
    passage writing only the statement answers nothing of it ("Ukraine received a US shipment.
    Are more deliveries planned after this one?")."""
    subject = opening_subject(last) if _IT_SUBJECT.match(part) else ""  # WordNet read only for an "it"
    if subject and not _THING.search(last[len(subject) :]):
        part = _IT_SUBJECT.sub(lambda m: f"{m[1]} {subject}", part, count=1)
    if _POINTING_SUBJECT.match(part):
        return ""
    back = _BACK_AT_END.search(part)  # "… approve that?", "… after this one?"
    if back is not None:
        part = part[: back.start()] + "?"
    return _resolved(part, told, last) or part


def _resolved(part: str, told: str, last: str) -> str:
    """``part`` with its third-person pronouns replaced by the subject of ``last`` (the statement
    just before it) and "there" by "in" the last name of ``told``; "" when it has none to resolve
    or the statement gives no name for one."""
    if _PRONOUN.search(part) is None and _THERE.search(part) is None:
        # Without a word pointing back, the statement describes the thing asked ("… overwhelmed
        # their campsites. What was the name of the festival?") and the passage names it beside
        # the statement's words, not the question's: the rules read it all.
        return ""
    elided = _HOW_MANY.search(part)
    if elided is not None and (not elided[1] or elided[1].lower() in STOP_WORDS):
        return ""  # "How many has she won?": what is counted is named in the statement only
    names = _NAME.findall(told)
    if _PRONOUN.search(part) is not None:
        subject = opening_subject(last)
        if not subject:
            return ""
        part = _PRONOUN.sub(lambda m: subject + ("'s" if m[0].lower() in _POSSESSIVE else ""), part)
    if _THERE.search(part) is not None:
        if not names:
            return ""
        part = _THERE.sub(f"in {names[-1]}", part)
    return part


def opening_subject(sentence: str) -> str:
    """The name ``sentence`` opens with; "" when it opens with a description ("An off-duty
    pilot …", "Former defense secretary …", "NFL player Damar Hamlin …"): a capital then marks
    the sentence's start or a modifier, not the subject, and a pronoun after it stands for the
    description."""
    text = sentence.lstrip("\"“‘' ")
    opening = _NAME.match(text)
    if opening is None:
        return ""
    words = opening[0].split()
    first = words[0].lower()
    if first in STOP_WORDS or (len(words) == 1 and is_word(first) and not names_instance(words[0])):
        return ""
    after = text[opening.end() :].split(maxsplit=1)[:1]
    following = after[0].lower() if after and after[0].islower() else ""
    noun = following.isalpha() and following not in STOP_WORDS and domain(following, "noun")
    if noun and not is_inflected_verb(following):
        return ""  # a noun after the name: "Cryptocurrency guru …", "NFL player …"
    return opening[0]


def _asked_of(word: str, phrase: str) -> str:
    """``word`` asked of ``phrase``: "how many troops, france ready to send to romania?" (the
    counted thing is the phrase's first plural noun), "when france ready to send troops?"."""
    if word in ("how many", "how much"):
        words = phrase.split()
        for k, w in enumerate(words):
            if w.isalpha() and w.islower() and w.endswith("s") and domain(w, "noun"):
                rest = " ".join(words[:k] + words[k + 1 :])
                return f"{word} {w}, {rest}?"
    return f"{word} {phrase}?"


_OPENING_VERB = re.compile(
    r"(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must)$", re.IGNORECASE
)


def _bare(part: str) -> str:
    """A bare noun phrase ending in "?" asking for a person or a value,
    as a question: "ukraine's foreign minister?" → "who is ukraine's foreign minister?";
    "zelenskyy age?" → "what is the age of zelenskyy?"; "" for anything else (a sentence, a
    question word, a phrase of a verb)."""
    text = part.strip()
    if not text.endswith("?") or re.search(rf"\b{QUESTION_WORD}\b|[.!;:]", text, re.IGNORECASE):
        return ""  # words without "?" are a search for a topic ("gas supplies"); a question word asks its own way
    words = _WORD.findall(text)
    if not 2 <= len(words) <= _BARE_WORDS or not words[-1].islower() or _OPENING_VERB.match(words[0]):
        return ""  # ... "Is Dmitry Peskov married?": a yes/no question opens with its verb
    if any(w.islower() and "'" not in w and "’" not in w and is_verb(w) and not domain(w, "noun") for w in words):
        return ""  # "troops massed near ukraine?" is a statement asked about
    head = words[-1]
    phrase = text.rstrip("?").strip()
    if domain(head, "noun") == "person":
        return f"who is {phrase}?"
    if domain(head, "noun") == "attribute" and base_forms(head, "noun")[:1] == (head,):  # "age", not "prices"
        owner = phrase[: -len(head)].strip()
        if re.search(r"['’]s?$|\bof$", owner) or not owner:
            return f"what is {phrase}?"
        return f"what is the {head} of {owner}?"
    return ""


# "When exactly will …?", "Who precisely signed …?": a question word, an adverb in -ly stressing
# it, then the clause's auxiliary.
_STRESSED = re.compile(
    rf"^(?P<open>\W*(?:when|where|who|why)\s+)(?P<adverb>[a-z]+ly)\s+(?=(?:{'|'.join(sorted(AUXILIARIES))})\b)",
    re.IGNORECASE,
)


def unstressed(question: str, is_adverb: Callable[[str], bool]) -> str:
    """``question`` without an adverb that only stresses its question word ("When exactly will the
    troops be deployed?" asks as "When will the troops be deployed?"): the rules reading "when /
    where / who / why AUX …" read it."""
    match = _STRESSED.match(question)
    if match is None or not is_adverb(match["adverb"].lower()):
        return question
    return match["open"] + question[match.end() :]
