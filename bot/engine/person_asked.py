"""A question asking for a person, and a passage naming one.

"Which British minister announced it?", "Who took over as Ukraine's president?", "Who runs that
office?" ask for a person: a role held as an office (WordNet's leader, official, representative
or ruler: ``holder.is_office``) asked with "which / what", after "who … as", or a holder question
(``holder.asked_holding``: "who is X's ROLE?", "who leads / runs X?"). Only a person holds an
office, so a passage naming only countries, cities and bodies ("Britain said …", "NATO said …",
"Moscow annexed …") names none: a shown one must name a person, by a capitalised name none of
the question's own, or by a pronoun whose person the sentence before names. "Who annexed
Crimea?" asks no office: a state answers it. docs/ranking-news.md, "A person asked, a person
named". English questions; no word list of questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from bot.engine.analysis.stopwords import STOP_WORDS

# "which / what" and the words after it, up to the question's verb: "which British minister".
_WHICH = re.compile(r"(?:^|[^\w'’])(?:which|what)\s+(?P<rest>[^?!.;,]+)", re.IGNORECASE)
# "who … as (the) ROLE": "who took over as Ukraine's president", "who served as ambassador".
# Its "as" at most three words on: "Who assisted Wesley with ordaining X as presbyters?" asks no presbyter.
_WHO_AS = re.compile(r"^\W*who\s+(?:[\w'’-]+\s+){1,3}?as\s+(?P<rest>[^?!.;,]+)", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
# Where the role's noun phrase ends: a verb's auxiliary, a preposition, a relative.
_PHRASE_END = frozenset(
    "is was are were be been am 's did does do has have had will would can could may might must should "
    "of in on at to from for about with by after before during since than who that which whose".split()
)
ROLE_WITHIN = 4  # words read after "which" / "as" for the role's noun
# A pronoun standing for a person: "he said" after "Defence Minister Oleksii Reznikov …".
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her)\b", re.IGNORECASE)
# A capitalised run of words (an initial or a particle between them), as ``asked._NAME_RUN``.
_NAME_RUN = re.compile(r"(?<![\w'’])[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|de|da|van|von|al|bin|le|la|del)?\s*[A-Z][\w'’-]+)*")
# Before a lone unknown capitalised word these place it: "near Slavyanoserbsk" names a town.
_PLACING = frozenset("in at near from to into across around outside inside toward towards".split())


def role_asked(
    question: str,
    is_office_word: Callable[[str], bool],
    is_noun: Callable[[str], bool] = lambda w: False,
    is_verb_form: Callable[[str], bool] = lambda w: False,
    is_adjective: Callable[[str], bool] = lambda w: False,
) -> str:
    """The office a question asks the holder of with "which / what ROLE" or "who … as ROLE"
    ("minister", "president"), "" for none: the phrase's head, the first lowercase word of the
    few after "which" or "as" that ``is_office_word`` tells names an office and that modifies no
    word after it (``is_noun``: a word continuing the phrase, "what major portion", "which major
    US retailer"); the phrase ends at a verb (``is_verb_form``: "what made Luther …" asks a thing),
    a preposition, an owner ("which country's lawmakers" asks a country) or another noun (its
    head: "what governing body appoints commissioners" asks a body). A role more often an
    adjective (``is_adjective``: "major", "official") is the head only before a verb no noun ("which
    official said …?"), not in "which major sports league"."""
    for pattern in (_WHICH, _WHO_AS):
        for match in pattern.finditer(question):
            words = _WORD.findall(match["rest"])[:ROLE_WITHIN]
            for k, word in enumerate(words):
                bare = re.sub(r"['’]s$", "", word)
                if word.lower() in _PHRASE_END or (word.islower() and is_verb_form(word)):
                    break
                if bare != word:
                    if pattern is _WHICH:
                        break  # "which country's lawmakers …?" asks the country
                    continue  # "who took over as Ukraine's president?"
                following = words[k + 1] if k + 1 < len(words) else ""
                modifier = bool(following) and following.lower() not in _PHRASE_END and is_noun(following)
                if is_adjective(bare) and following.lower() not in _PHRASE_END:
                    modifier = modifier or not following.islower() or not is_verb_form(following) or is_noun(following)
                if bare.islower() and is_office_word(bare) and not modifier:
                    return bare
                if bare.islower() and is_noun(bare) and not modifier:
                    break  # the phrase's head, no office
    return ""


def names_person(
    text: str,
    previous: str,
    own: Collection[str],
    is_person_name: Callable[[Sequence[str]], bool],
    is_noun: Callable[[str], bool],
) -> bool:
    """Whether a passage's sentence ``text`` names a person none of the question's (``own``:
    its lowercase words): a capitalised run whose last word is not the question's and that
    ``is_person_name`` tells is a person's name ("Kremlin spokesman Dmitry Peskov", "Reznikov
    said"); a lone name no word of the language only where it stands as no modifier of a noun
    ("Iskander missile launchers") nor after a preposition of place ("near Slavyanoserbsk"). Or a
    person's pronoun in ``text`` where the sentence before (``previous``) names one: "he said"."""
    if _names_in(text, own, is_person_name, is_noun):
        return True
    pronoun = _PERSON_PRONOUN.search(text) is not None
    return bool(previous) and pronoun and _names_in(previous, own, is_person_name, is_noun)


def _names_in(
    text: str,
    own: Collection[str],
    is_person_name: Callable[[Sequence[str]], bool],
    is_noun: Callable[[str], bool],
) -> bool:
    for run in _NAME_RUN.finditer(text):
        words = [re.sub(r"['’]s$", "", w) for w in run[0].split()]
        while words and words[0].lower() in STOP_WORDS:
            words = words[1:]  # a sentence's opening word: "Its Iskander", "In Kyiv"
        if not words or words[-1].lower() in own or not is_person_name(words):
            continue
        if len(words) == 1:
            before = _WORD.findall(text[: run.start()])[-1:]
            after = _WORD.findall(text[run.end() :])[:1]
            possessive = re.search(r"['’]s$", run[0]) is not None
            if before and before[0].lower() in _PLACING:
                continue  # "near Slavyanoserbsk": a place
            if after and not possessive and after[0].islower() and is_noun(after[0]):
                continue  # "Iskander missile launchers": a modifier
        return True
    return False
