"""The main ask of a question that carries more than one, as the relevance test and the refusal
rules judge it.

A reader asks more than one thing in one line, or adds a chat tail to the question:

- a trailing fragment with no question word and no verb, after a dash, a colon or a comma,
  narrowing the form of the answer or addressing the bot ("Ukraine's defence chief — full name
  pls", "How large is the package, in US dollars?", "Where did he say it - a press conference
  or the legislature?"): the ask is the part before it;
- a bare question word written as a sentence of its own after a yes/no question ("Is Russia
  running war games at the moment? where?"): the question word asks of that question ("where is
  Russia running war games at the moment?");
- a topic before a colon or a dash, then a question-word question, its "it" standing for the
  topic ("The Iskander footage: what date is on it …?"): the question asked of the topic (a
  yes/no question after a topic is read whole, as the yes/no rules read it);
- conjoined question clauses ("What was in the delivery, and who reported it?", "what date is on
  it and who released it?"): the first is the main ask, the others add words of context.

The fragment's, the topic's and the other asks' words still count as context wherever a passage
has them; only the main ask's words set the relevance test's bar, and the refusal rules read the
main ask. Punctuation, conjunctions and question words; WordNet only to tell a verb. English only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.engine.analysis.question_form import AUXILIARIES, QUESTION_WORD, QUESTION_WORDS, SEPARATOR
from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.asked import asks_measure
from bot.engine.question_part import question_part
from bot.engine.related_words import domain, is_verb, is_word, kinds_of, names_instance

_DASH_OR_COLON = re.compile(r"\s+[-–—]+\s+|\s*—\s*|\s*[:;]\s+")
# A preposition makes a fragment a phrase of time, place or circumstance ("during his career",
# "over the years", "per the article"): part of what is asked, unless it names a unit ("in US
# dollars"). A closed class of English.
_PREPOSITIONS = frozenset(
    "in on at to for of per by from during over before after since with within without about under until".split()
)
_COORDINATION = frozenset({"and", "or"})
_ALTERNATIVES = re.compile(r"(?:^|\s)or\b|,", re.IGNORECASE)  # "the jets or the ships", "possible, probable"
_WORD = re.compile(r"[^\W\d][\w'’-]*")
_FRAGMENT_WORDS = 6  # a longer trailing part is a clause of its own more often than a form
# The asks of a question: a question clause conjoined to the one before ("…, and who …").
_CONJOINED = re.compile(rf"\s*,?\s+(?:and|&)\s+(?={QUESTION_WORD}\b)", re.IGNORECASE)
_BARE_QUESTION_WORD = re.compile(rf"^(?P<before>.*\S)\?\s+(?P<word>{QUESTION_WORD})\s*\?+\s*$", re.IGNORECASE | re.S)
_YES_NO = re.compile(rf"^\W*(?:{'|'.join(sorted(AUXILIARIES))})\b", re.IGNORECASE)
# A quotation open where the part before a separator ends: the separator is the quotation's.
_QUOTE_OPEN = re.compile(r"^(?:[^\"“”]*[\"“][^\"“”]*(?:[\"”][^\"“”]*[\"“][^\"“”]*)*)$")
# "How large / long / much is X": the measure asked and the clause it asks of.
_HOW_MEASURE = re.compile(
    r"^\W*how (?P<how>[a-z]+) (?P<rest>(?:is|are|was|were|will|would)\b.*)$", re.IGNORECASE | re.S
)
_IT = re.compile(r"\b(?:it|its)\b", re.IGNORECASE)


@lru_cache(maxsize=512)
def main_ask(question: str) -> str:
    """The main ask of ``question`` (the module's forms); ``question`` itself when it asks one
    thing."""
    text = question.strip()
    bare = _BARE_QUESTION_WORD.match(text)
    if bare is not None and _YES_NO.match(bare["before"]) and not QUESTION_WORDS.search(bare["before"]):
        before = bare["before"].strip()
        return f"{bare['word'].lower()} {before[0].lower()}{before[1:]}?"
    topic, rest = _topic(text)
    if topic:
        text = _IT.sub(lambda m: topic + ("'s" if m[0].lower() == "its" else ""), _first_ask(rest), count=1)
        return text if text.endswith("?") else text + "?"
    main, unit = _without_fragment(text)
    measure = _HOW_MEASURE.match(main) if unit else None
    if measure is not None and (asks_measure(main) or measure["how"].lower() in ("long", "much")):
        return f"how many {unit} {measure['rest']}?"  # "how large is X, in US dollars?": how many US dollars
    first = _first_ask(main)
    if first == text:
        return question
    return first if first.endswith("?") else first + "?"


def _first_ask(text: str) -> str:
    """The first of ``text``'s conjoined question clauses; ``text`` when it has one."""
    parts = _CONJOINED.split(text, maxsplit=1)
    if len(parts) < 2 or not QUESTION_WORDS.search(parts[0]) or QUESTION_WORDS.fullmatch(parts[0].strip()):
        # "Where and when did …?" asks two things of one clause
        return text
    return parts[0].strip().rstrip(",;:-–— ")


def _without_fragment(text: str) -> tuple[str, str]:
    """``text`` without a trailing fragment after its last dash or colon (else its last comma): no
    question word, no verb, a few words, no name the part before does not write; alternatives
    ("the jets or the ships") only after a question word, as the answers it may take (without
    one they are what is asked: "uk embassy in kyiv - full evacuation or only partial?"); ``text``
    when it ends in none. And the unit a fragment "in UNIT" names ("US dollars"), or ""."""
    dashes = list(_DASH_OR_COLON.finditer(text))
    pieces = dashes or list(SEPARATOR.finditer(text))
    if not pieces:
        return text, ""
    last = pieces[-1]
    before, fragment = text[: last.start()].strip(), text[last.end() :].strip().rstrip("?!. ")
    words, told = _WORD.findall(fragment), _WORD.findall(before)
    if not 2 <= len(words) <= _FRAGMENT_WORDS or len(told) < 2 or _QUOTE_OPEN.search(before):
        return text, ""  # one word qualifies the ask ("What provocations, specifically?")
    lower = [w.lower() for w in words]
    if QUESTION_WORDS.search(fragment) or _is_clause(words) or lower[0] in ("and", "or", "but", "not"):
        return text, ""  # "— and his status …?", ", not the diplomats themselves?" go on with the clause
    if not dashes and ("," in before or _COORDINATION.intersection(lower)):
        return text, ""  # a comma in a list or around a clause: "on youth, community and …", "the company, that …"
    if _ALTERNATIVES.search(fragment) and not QUESTION_WORDS.search(before):
        return text, ""
    unit = " ".join(words[1:]) if lower[0] == "in" and _names_unit(lower) else ""
    if _PREPOSITIONS.intersection(lower) and not unit:
        return text, ""
    if not unit and _names(words) - {w.lower() for w in told}:
        return text, ""  # a name selects what the story is about ("…, in Kyiv"), no form of the answer
    main = before.rstrip("?!.,;:-–— ")
    if not QUESTION_WORDS.search(main) and question_part(main + "?", False) == main + "?":
        return text, ""  # the part before asks nothing ("Other than the X Fault, … name one other fault.")
    return main, unit


def _topic(text: str) -> tuple[str, str]:
    """A topic phrase (no question word, no verb) before a colon or a dash and the question after
    it, its "it" standing for the topic; ("", "") when ``text`` has none."""
    first = SEPARATOR.search(text)
    if first is None or first.group().strip() == ",":
        return "", ""
    topic, rest = text[: first.start()].strip(), text[first.end() :].strip()
    words = _WORD.findall(topic)
    if not words or len(words) > _FRAGMENT_WORDS or QUESTION_WORDS.search(topic) or _is_clause(words):
        return "", ""
    if _IT.search(rest) is None or not QUESTION_WORDS.match(rest):
        return "", ""  # a yes/no question of a topic is read whole by the yes/no rules
    return re.sub(r"^(?:the|a|an)\s+", "the ", topic, flags=re.IGNORECASE), rest


def _is_clause(words: list[str]) -> bool:
    """Whether ``words`` hold a finite auxiliary, a word WordNet lists as a verb only ("told") or
    a verb's "-ing" form ("prompting a full lockdown", "causing the most cases")."""
    return any(
        w.lower() in AUXILIARIES
        or (w.islower() and w not in STOP_WORDS and is_verb(w) and (w.endswith("ing") or not domain(w, "noun")))
        for w in words
    )


def _names(words: list[str]) -> set[str]:
    """The names among ``words``: capitalised past the first or no word of WordNet ("Temüjin's"),
    or a lowercase instance ("ukraine")."""
    return {
        w.lower()
        for k, w in enumerate(words)
        if (w[0].isupper() and (k or not is_word(w.lower())))
        or w.isupper()
        or (w.islower() and w not in STOP_WORDS and names_instance(w))
    }


def _names_unit(words: list[str]) -> bool:
    """Whether the fragment's last word is a unit of measurement in its most frequent sense ("dollars")."""
    return "unit_of_measurement" in kinds_of(words[-1], most=1)
