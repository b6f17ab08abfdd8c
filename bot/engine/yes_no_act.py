"""The claim of a yes/no question: a named subject, its act, the act's object and other party.

"did biden call putin", "did canada send troops to ukraine", "Did Crimea hold a referendum?": a
yes/no question states that a named party did something (to another); a passage answers it,
yes or no, only where one clause writes that act with its parties. English questions; the
words read here are grammar (determiners, particles, pronouns), no word list of questions.
Rule ``yes_no_act`` of docs/ranking-news.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.related_words import base_forms
from bot.engine.said_about import speaks_at
from bot.engine.stated_names import YES_NO

_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"['’]s?$")
_OPENING = frozenset({"the"})  # "Did the US send …": the article is no part of the name
_JOINING = frozenset({"of"})  # "Bank of England"
# "Should Ukrainians have their luggage ready?" asks advice, answered to anyone ("no need to have your bags")
_ADVICE = frozenset({"should", "shall", "must", "may", "might"})
_PASSIVE = frozenset({"been", "being", "be"})  # "Has Ukraine been invited …": the name undergoes the act
# A form of "be" opening the question: its verb is a participle ("Is Russia massing", "Was Kyiv
# warned"); a base form after the name is a noun ("Was the Iskander image …", "Is Ukraine part …")
_BE = frozenset({"is", "are", "was", "were", "am"})
_PARTICLES = frozenset({"up", "out", "off", "down", "back", "away", "over", "in", "on"})  # "own up"
_TOWARD = frozenset({"to", "with"})  # "speak to Putin", "send troops to Ukraine": the other party
# What stands between a verb and its object noun: "pull its own diplomats", "any of its diplomats"
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "any", "some", "all", "of", "own"})
# A pronoun standing as the object between a verb and its particle: "pull anyone out"
_OBJECT_PRONOUNS = frozenset(
    {"anyone", "anybody", "someone", "somebody", "everyone", "everybody", "anything", "something", "everything"}
    | {"it", "them", "him", "her", "us", "people", "one", "any", "some", "all"}
)
# Particles that after an object are mostly prepositions ("closing its embassy in Kyiv"): read
# as the verb's own only beside it
_PREPOSITIONS = frozenset({"in", "on", "over"})
_FROM = frozenset({"of", "from"})
_SUBORDINATE = frozenset({"before", "after", "when", "while", "since", "until", "because", "if", "to", "as", "so"})
_END = re.compile(r"[?!;]")  # a question's end (a full stop may close an abbreviation: "v.", "U.S.")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})  # a clause's subject standing for a name


@dataclass(frozen=True)
class Claim:
    """What "did X VERB [OBJECT] [to Y] …?" states: X's words, the verb (its WordNet lemma when
    phrasal: "own_up"), the object noun ("" for none), Y's words (() for no other party)."""

    subject: tuple[str, ...]
    verb: str
    object: str
    party: tuple[str, ...]
    reported: bool = False  # the verb takes a clause: "rule (that) the defendant broke any laws"
    left: tuple[str, ...] = ()  # the place a phrasal verb's act leaves: "pull anyone out of Ukraine"
    owned: bool = False  # the subject is the name's thing: "Spain's four fighter jets"


def yes_no_claim(
    question: str,
    is_name: Callable[[str], bool],
    is_verb: Callable[[str], bool],
    is_noun: Callable[[str], bool],
    is_adverb: Callable[[str], bool],
    is_inflected: Callable[[str], bool],
    split: bool = False,
    participle: bool = False,
    owned: bool = False,
    article_party: bool = False,
) -> Claim | None:
    """The claim of a yes/no question whose subject is a name (a capitalised run, or a lowercase
    word ``is_name`` calls one) followed by its verb; None for another question (a subject that
    is no name, a name modifying a noun: "Are Canadian diplomats' families …", a passive).
    With ``split``, a phrasal verb is read from an inflected verb ("pulling out") and across its
    object ("pulling anyone out"). With ``participle``, a question opening with a form of "be"
    states an act only by a verb in another form than its base ("Is Russia massing troops?"):
    "Was the Iskander image a still photograph?" asks what the image is, no act of Iskander's.
    With ``owned``, a subject that is a name's thing ("Have Spain's four fighter jets landed …?")
    is read as its owner (the act must be written where the owner is named): the words up to the
    verb are the thing's (lowercase nouns: ``_thing_at``). With ``article_party``, the other
    party after "to / with" may open with "the" ("respond to the US troop alert"), as the subject may."""
    match = YES_NO.match(question)
    auxiliary = _WORD.search(question)
    if match is None or auxiliary is None or auxiliary[0].lower() in _ADVICE:
        return None
    words = _WORD.findall(_END.split(question[match.start("rest") :])[0])  # "Commission v. Edith Cresson"
    at = 1 if words and words[0].lower() in _OPENING else 0
    subject = _name_at(words, at, is_name)
    at += len(subject)
    thing = 0
    if not subject or at >= len(words):
        return None
    if _POSSESSIVE.search(words[at - 1]):  # "Did Russia's troops …": the subject is the name's thing
        thing = _thing_at(words, at, is_verb, is_noun) if owned else 0
        if not thing:
            return None
        at += thing
    while at < len(words) and words[at].islower() and (is_adverb(words[at]) or words[at].endswith(("self", "selves"))):
        at += 1  # "Has Ukraine formally applied …", "Could the US itself supply …"
    if at >= len(words) or words[at] in _PASSIVE or not words[at].islower() or not is_verb(words[at]):
        return None
    if words[at].endswith("s") and is_noun(words[at]):
        return None  # "Are Ukrainian troops …": after the auxiliary a verb takes no -s; a plural noun does
    if participle and auxiliary[0].lower() in _BE and not is_inflected(words[at]):
        return None  # "Was the Iskander image …": after "be" a base form is the name's noun
    verb, at = words[at], at + 1
    phrasal = _phrasal(verb, words[at], is_verb, split) if at < len(words) else ""
    if phrasal:
        verb, at = phrasal, at + 1
    obj, party = "", _name_at(words, at, is_name)
    left: tuple[str, ...] = ()
    if not party:
        while at < len(words) and words[at] in _DETERMINERS:
            at += 1
        if at < len(words) and words[at] not in STOP_WORDS and is_noun(words[at]) and not is_name(words[at]):
            obj, at = words[at], at + 1
        # A particle after the object is the verb's own: "pulling anyone out", "taking people out of"
        after = at + 1 if at + 1 < len(words) and words[at] in _OBJECT_PRONOUNS else at
        across = split and "_" not in verb and after < len(words) and words[after] not in _PREPOSITIONS
        phrasal = _phrasal(verb, words[after], is_verb) if across else ""
        if phrasal:
            verb, at = phrasal, after + 1
        if split and "_" in verb and at + 1 < len(words) and words[at] in _FROM:
            left = _name_at(words, at + 1, is_name)  # "out of Ukraine", "away from Kyiv": the place left
            at += 1 if left else 0
        if at + 1 < len(words) and words[at] in _TOWARD:
            skip = 1 if article_party and at + 2 < len(words) and words[at + 1] in _OPENING else 0
            party = _name_at(words, at + 1 + skip, is_name)
    # A clause after the verb: "that", or a verb in a tense of its own before any subordinate part
    rest = [w for w in words[at:] if w[:1].islower()]
    rest = rest[: next((k for k, w in enumerate(rest) if w in _SUBORDINATE), len(rest))]
    told = any(w == "that" or (is_inflected(w) and not w.endswith("ing") and not is_noun(w)) for w in rest)
    return Claim(subject, verb, obj, party, told and not party, left, thing > 0)


def _thing_at(words: list[str], at: int, is_verb: Callable[[str], bool], is_noun: Callable[[str], bool]) -> int:
    """How many words from ``at`` a name's thing takes ("four fighter jets" of "Spain's four
    fighter jets already landed"): lowercase nouns, up to a verb that is no plural noun ("Did
    Russia's troops cross …"); 0 for none."""
    end = at
    while end < len(words) and words[end].islower() and words[end] not in STOP_WORDS and is_noun(words[end]):
        word = words[end]
        plural = word not in base_forms(word, "noun")  # "jets", not "cross"
        if end > at and is_verb(word) and not plural:
            break  # "Did Russia's troops cross …": the verb
        end += 1
    return end - at


def _phrasal(verb: str, particle: str, is_verb: Callable[[str], bool], bases: bool = True) -> str:
    """WordNet's phrasal verb of ``verb`` and ``particle`` ("pull_out"), or "" for none; with
    ``bases``, of ``verb``'s base forms too ("pulling")."""
    if particle not in _PARTICLES:
        return ""
    for base in (verb, *(base_forms(verb.lower(), "verb") if bases else ())):
        if is_verb(f"{base}_{particle}"):
            return f"{base}_{particle}"
    return ""


def _name_at(words: list[str], at: int, is_name: Callable[[str], bool]) -> tuple[str, ...]:
    """The name starting at ``words[at]``: a capitalised run ("Joe Biden", "Bank of England",
    ending at a possessive) or one lowercase word ``is_name`` calls a name ("biden"); () for none."""
    if at >= len(words):
        return ()
    if not words[at][:1].isupper():
        return (_POSSESSIVE.sub("", words[at]),) if is_name(_POSSESSIVE.sub("", words[at])) else ()
    run: list[str] = []
    for k in range(at, len(words)):
        word = words[k]
        if word[:1].isupper():
            run.append(_POSSESSIVE.sub("", word))
            if _POSSESSIVE.search(word):
                break
        elif word in _JOINING and k + 1 < len(words) and words[k + 1][:1].isupper():
            run.append(word)
        else:
            break
    return tuple(run)


def stands_for_subject(words: list[str]) -> bool:
    """Whether a clause's words hold a personal pronoun ("he is prepared …") with no name before
    it in the clause ("Britain said it …" is Britain), so it stands for a name its passage writes."""
    for word in words:
        if word.lower() in _PRONOUNS:
            return True
        if word[:1].isupper() and word.lower() not in STOP_WORDS:
            return False
    return False


def acted_by(
    words: list[str], is_subject: Callable[[str], bool], is_act: Callable[[str], bool], saying: bool = False
) -> bool:
    """Whether a clause's words write an act (``is_act``) with the subject asked for its doer: the
    subject (or "he" / "she" / "they" standing for it) before the act in the same clause, no clause
    opening between them ("Putin will back away from what Biden has said" is Biden's saying); for
    a ``saying`` asked, the subject after "according to" too."""
    doers = [k for k, w in enumerate(words) if is_subject(w) or w.lower() in _PRONOUNS]
    # an auxiliary is no act ("will", "has"), nor a name's word ("States"): the verb it helps is
    acts = [k for k, w in enumerate(words) if w.lower() not in STOP_WORDS and (k == 0 or w.islower()) and is_act(w)]
    if saying:
        acts += [k for k, (a, b) in enumerate(pairwise(words)) if a.lower() == "according" and b.lower() == "to"]
    return any(speaks_at(words, d, k) for k in acts for d in doers)


def reports(words: list[str], is_verb: Callable[[str], bool]) -> bool:
    """Whether a clause's words report a judgement: a verb followed by "that" ("held that …")."""
    return any(b.lower() == "that" and a.islower() and is_verb(a) for a, b in pairwise(words))


def initials(words: list[str]) -> list[str]:
    """The initials of a clause's names of several capitalised words ("the United States": "US"),
    which name them too."""
    found, run = [], []
    for word in [*words, ""]:
        if word[:1].isupper() and word.isalpha():
            run.append(word)
            continue
        if len(run) > 1:
            found.append("".join(w[0] for w in run))
        run = []
    return found
