"""An attribute asked of a thing the passages only name.

"boris johnson party?", "zelenskyys wife name?", "What is Reznikov's political party?": the
question names a thing and asks one attribute of it by a noun ("party", the wife's name), typed
bare or closing "what is X's Y?". A passage that names the thing but writes neither that noun nor
a word WordNet relates to it as itself (a synonym, a derived word, a narrower kind: "Ukrainian" is
a language) gives no value of it. Some nouns ask a value written without the noun, read by other
rules: a time ("day": a date), a number ("age", "budget": a figure), a sum, a person or a role (a
name or a title), a place ("city": "Kyiv"; "destination", "birthplace"), a name ("what was his
name?"), a content ("advice": what was said). A state asked the same way ("Is Dmitry Peskov
married?") is given only where a passage writes it or a close relative ("marriage"). English
questions; no word list of questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.engine.analysis.question_form import QUESTION_WORDS

_WORD = re.compile(r"[^\W\d][\w'’-]*")

# WordNet files whose nouns ask a value written without the noun: a time ("day"), a person
# ("minister": a name), a place ("destination": "to the International Space Station"); and
# broader senses of a content, given by the content itself ("advice", "gist", "promise": what was
# said; "type", "model": the kind named).
_VALUE_FILES = frozenset({"time", "person", "location"})
_CONTENT_KINDS = frozenset({"content", "message"})


def unwritten_kind(
    noun: str,
    file_of: Callable[[str], str],
    kinds_of: Callable[[str], frozenset[str]],
    answered_by_value: Callable[[str], bool],
) -> bool:
    """Whether the attribute ``noun`` (lowercase) asked is told only by writing it or a relative:
    not a noun whose value is written without it (``file_of`` its WordNet file: a time, a person, a place;
    ``kinds_of`` the broader senses of its most frequent one: a content; ``answered_by_value``: a
    number, a sum, a role, a kind of place named, a name)."""
    if not noun or file_of(noun) in _VALUE_FILES or not _CONTENT_KINDS.isdisjoint(kinds_of(noun)):
        return False
    return not answered_by_value(noun)


def asked_of_thing(question: str, head: str) -> bool:
    """Whether the attribute noun ``head`` is asked of a thing named in ``question``, in a form
    whose answer is its value: typed bare, with no question word ("boris johnson party?"), or
    closing "what is X's Y?" ("what is Reznikov's political party?"). Not "what is the Y of X?",
    "what Y did X …?", "what is the Y that …?" nor "In what Y did X …?", whose Y a reader writes
    in other words than the writer's ("the focus of", "what advice did X give?", "one factor that
    …") or names by a name the writer does not call a Y ("In what venue …?")."""
    if QUESTION_WORDS.search(question) is None:
        return True
    # "X's A B Y?": the owner's possessive, at most two words, the noun, nothing after
    closing = rf"['’]s\s+(?:[^\W\d][\w'’-]*\s+){{0,2}}{re.escape(head)}\W*$"
    return re.search(closing, question, re.IGNORECASE) is not None


# "Is Dmitry Peskov married?", "Is the Iskander nuclear-capable?": a copula, a subject, and an
# adjective closing the question, the state asked of the subject.
_PREDICATE = re.compile(r"^\W*(?:is|are|was|were)\s+(?P<subject>[^?]+?)\s+(?P<state>[a-z][\w'’-]*)\W*$", re.IGNORECASE)


_EITHER_OR = re.compile(r"\bor\b", re.IGNORECASE)


def state_asked(question: str, is_adjective: Callable[[str], bool]) -> str:
    """The state a yes/no question asks of its subject when an adjective closes it ("married" in
    "Is Dmitry Peskov married?"; ``is_adjective``: an adjective more than a noun); "" for another
    question ("Is Ukraine a member?" asks a membership, "are ukrainians panicking?" an act)."""
    match = _PREDICATE.match(question)
    if match is None or match["subject"].lower() == "there" or _EITHER_OR.search(question):
        return ""  # "Was there …?" asks a thing's being; "… or more?" offers values
    state = match["state"].lower()
    # A compound WordNet does not list is judged by its last part: "nuclear-capable" is capable.
    return state if match["state"].islower() and is_adjective(state.rsplit("-", 1)[-1]) else ""


def named_thing(question: str, head: str, is_noun: Callable[[str], bool], function_word: Callable[[str], bool]) -> str:
    """The thing whose name ``question`` asks when its attribute's ``head`` is a name: the
    lowercase noun just before it ("wife" in "zelenskyys wife name?", "reporting" in "iskander nato
    reporting name?"); "" when none stands there ("what was his name?": any name answers)."""
    match = re.search(rf"([^\W\d][\w'’-]*)\s+{re.escape(head)}\b", question)
    if match is None:
        return ""
    word = match[1]
    return word if word.islower() and not function_word(word) and is_noun(word) else ""


def writes_attribute(texts: Iterable[str], is_attribute: Callable[[str], bool], phrases: Iterable[str] = ()) -> bool:
    """Whether one of ``texts`` (the passages shown, each with the sentence before it) writes a
    word ``is_attribute`` reads as the attribute asked (the noun, a relative or a narrower kind)
    or one of its relatives of several words, ``phrases`` (lowercase: "place of birth")."""
    texts = list(texts)
    if any(is_attribute(word) for text in texts for word in _WORD.findall(text)):
        return True
    wanted = [re.compile(rf"\b{re.escape(p)}\b") for p in phrases]
    return any(p.search(text.lower()) for p in wanted for text in texts)


# "place of birth": a place named by the event that makes it the person's ("birth")
_PLACE_OF = re.compile(r"^place of (?P<event>[a-z]+)$")


def place_events(relatives: Iterable[str], event_relatives: Callable[[str], Iterable[str]]) -> frozenset[str]:
    """The words of the event a place attribute is named by, read from its relatives ``place of
    E`` ("birthplace": "place of birth"): E and ``event_relatives`` of it, the last word of a
    phrase ("be born": "born"). A place asked of a person ("boris johnson birthplace?") is that
    person's only where the event or the attribute is written: a place beside the name ("send
    troops to protect NATO allies in Europe") is another's."""
    found: set[str] = set()
    for relative in relatives:
        match = _PLACE_OF.match(relative)
        if match is not None:
            event = match["event"]
            found |= {event, *(w.split()[-1] for w in event_relatives(event))}
    return frozenset(found)


# "Is Hanna Maliar a civilian or a career officer?", "Was Peskov a diplomat?": a copula, a subject,
# and one or two predicate nouns, each after "a" / "an", closing the question
_KIND_OFFERED = re.compile(
    r"^\W*(?:is|was)\s+(?P<subject>[^?]+?)\s+an?\s+(?P<first>[^?]+?)"
    r"(?:\s+or\s+(?:an?\s+)?(?P<second>[^?]+?))?\W*$",
    re.IGNORECASE,
)


def kinds_offered(question: str, is_kind_of_person: Callable[[str], bool]) -> tuple[str, tuple[str, ...]]:
    """The subject and the kinds of person (their head nouns: "civilian", "officer") a yes/no
    question asks its subject to be ("Is X a Y or a Z?", "Is X a Y?"); ("", ()) for another
    question or a kind that is no person's (``is_kind_of_person``: "a loan or a grant")."""
    match = _KIND_OFFERED.match(question)
    if match is None:
        return "", ()
    phrases = [p for p in (match["first"], match["second"]) if p]
    heads = tuple(_WORD.findall(p)[-1].lower() if _WORD.findall(p) else "" for p in phrases)
    if not all(h and is_kind_of_person(h) for h in heads):
        return "", ()
    return match["subject"], heads
