"""The names a yes/no question's proposition is about.

"Did Germany send troops?", "Is Ukraine a member of the European Union?", "has zelenskyy met
putin": a yes/no question states a proposition, and a passage can say yes or no only if it
speaks of every part of it; a name (a capitalised run, or a lowercase word naming a country, its
people or one named thing) is the part no paraphrase replaces. English questions; no word list.
Rule ``yes_no_names`` of docs/ranking-news.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine.analysis.stopwords import STOP_WORDS

YES_NO = re.compile(
    r"^\W*(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could|should|shall|may|might|must)"
    r"(?:n['’]?t)?\s+(?P<rest>[^?!.;]+)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’-]+")
_SENTENCE = re.compile(r"(?<=[.?!:;—–])\s+|\s+[-–—]\s+")  # "… in 2014. What …", "drills - since when"
_POSSESSIVE = re.compile(r"['’]s?$")
_JOINING = frozenset({"of", "de", "von", "van", "al", "bin", "da", "del", "la", "le"})  # "Bank of England"
_OPENING = frozenset({"the", "a", "an"})  # "Did the US …": not part of a name


def stated_names(question: str, is_name: Callable[[str], bool]) -> tuple[tuple[str, ...], ...]:
    """The names of a yes/no question ("has / did / is / will …"), each as its words:
    capitalised runs ("European Union", "US") and the lowercase words ``is_name`` calls names
    ("germany", "ukrainian"); () for another question."""
    match = YES_NO.match(question)
    if match is None:
        return ()
    return _names_of(_WORD.findall(match["rest"]), is_name)


def question_names(question: str, is_name: Callable[[str], bool]) -> tuple[tuple[str, ...], ...]:
    """The names of any question, each as its words, read as ``stated_names`` reads a yes/no
    question's: "What did Lavrov say about Belarus?" names Lavrov and Belarus. A question's first
    word is capitalised as its first, not as a name: it counts only as a lowercase word would
    ("Reznikov spoke …" when ``is_name`` calls "reznikov" one, never "Which")."""
    names: list[tuple[str, ...]] = []
    for sentence in _SENTENCE.split(question):  # each sentence's first word is capitalised
        words = _WORD.findall(sentence)
        if words and words[0][1:].islower():
            words[0] = words[0].lower()
        names += _names_of(words, is_name)
    return tuple(dict.fromkeys(names))


def _names_of(words: list[str], is_name: Callable[[str], bool]) -> tuple[tuple[str, ...], ...]:
    """The names among a question's words (``stated_names``)."""
    names: list[tuple[str, ...]] = []
    run: list[str] = []
    skip = 0
    for k, word in enumerate(words):
        if skip:  # a word of a lowercase name of several words read already
            skip -= 1
            continue
        bare = _POSSESSIVE.sub("", word)
        joined = _lowercase_name(words, k, is_name) if not run else ()
        if joined:  # "new zealand": its last word alone ("zealand") is another place
            names.append(joined)
            skip = len(joined) - 1
            continue
        if word[:1].isupper() and not (k == 0 and word.lower() in _OPENING):
            run.append(bare)
            if bare != word:  # "Russia's troops": the name ends at the possessive
                names.append(tuple(run))
                run = []
            continue
        if run and word in _JOINING and k + 1 < len(words) and words[k + 1][:1].isupper():
            run.append(word)
            continue
        if run:
            names.append(tuple(run))
            run = []
        if bare.isalpha() and bare.islower() and bare not in STOP_WORDS and is_name(bare):
            names.append((bare,))
    if run:
        names.append(tuple(run))
    return tuple(dict.fromkeys(names))


def _lowercase_name(words: list[str], at: int, is_name: Callable[[str], bool]) -> tuple[str, ...]:
    """The lowercase words from ``at`` that together are one name ``is_name`` knows written with
    underscores, as WordNet writes it ("new zealand", "south korea", "black sea"); () for none."""
    for size in (3, 2):
        part = [_POSSESSIVE.sub("", w) for w in words[at : at + size]]
        whole = len(part) == size and all(w.isalpha() and w.islower() for w in part)
        if whole and part[0] not in STOP_WORDS and is_name("_".join(part)):
            return tuple(part)
    return ()


def stated_words(question: str, is_part: Callable[[str], bool]) -> tuple[str, ...]:
    """The lowercase words of a yes/no question's proposition that ``is_part`` keeps (its nouns,
    its main verb), stop words left out; () for another question."""
    match = YES_NO.match(question)
    if match is None:
        return ()
    words = (_POSSESSIVE.sub("", w) for w in _WORD.findall(match["rest"]))
    return tuple(dict.fromkeys(w for w in words if w.isalpha() and w.islower() and w not in STOP_WORDS and is_part(w)))


def stated_things(
    question: str, is_thing: Callable[[str, str], bool], is_noun: Callable[[str], bool]
) -> tuple[tuple[str, ...], ...]:
    """The lowercase head nouns of a yes/no question that ``is_thing`` (the word, the one before
    it) calls the particular things it asks about, stop words and a noun's modifiers left out
    ("javelin missiles": the missiles; "ordinary ukrainians"); things joined by "or" make one
    group of alternatives ("a civilian or a career officer": either answers it), another is a
    group of its own. () for another question."""
    match = YES_NO.match(question)
    if match is None:
        return ()
    groups: list[list[str]] = []
    before, alternative = "", False
    words = _WORD.findall(match["rest"])
    for k, word in enumerate(words):
        bare = _POSSESSIVE.sub("", word)
        after = words[k + 1] if k + 1 < len(words) and bare == word else ""
        # A singular word before a noun or a name modifies it; a plural one heads its phrase ("missiles part")
        modifier = (
            bool(after)
            and bare.lower() not in STOP_WORDS
            and not bare.endswith("s")
            and after.lower() not in STOP_WORDS
            and (after[:1].isupper() or is_noun(after.lower()))
        )
        if word.lower() == "or":
            alternative = bool(groups)
        elif bare.isalpha() and bare.islower() and bare not in STOP_WORDS and not modifier and is_thing(bare, before):
            if alternative:  # the other side of "or": one of the group answers
                groups[-1].append(bare)
            else:
                groups.append([bare])
            alternative = False
        if not modifier:  # "a career officer": the phrase's article is the head's word before
            before = word.lower()
    return tuple(dict.fromkeys(tuple(dict.fromkeys(g)) for g in groups))
