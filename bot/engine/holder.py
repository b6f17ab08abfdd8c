"""A question asking who holds a role or leads a body, and a passage naming that holder.

"Who is the president of the European Commission?", "What's the name of Russia's defence
minister?", "Who runs NATO?" ask for someone holding a role (an office: WordNet's leader,
official, representative or ruler) or leading a body now (a leading act asked in the present;
the body: the words of the role's phrase, or the led's). A passage writing the role or the body answers only
by naming a holder bound to it: a capitalised name, none of the question's words and no place,
within a few words of it in its clause with no verb between but a copula or a leading one
("NATO Secretary-General Jens Stoltenberg", "X, who heads the Commission", "the troops led by
X"). "That has led the United States and its NATO allies …" names none; "Defence Minister
Oleksii Reznikov" holds no Russian role: where the question's owner is a country, it must be
bound there too. docs/ranking-news.md, "A role's holder or a body's leader, named".
English questions; no word list of questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from bot.engine.agent import names_holder as titled_or_linked

# "who is the president of …?", "what's the name of Russia's defence minister?"
_COPULAR = re.compile(
    r"^\W*(?:who(?:'s|’s|\s+is|\s+was|\s+are|\s+were)|what(?:'s|’s|\s+is|\s+was)\s+the\s+names?\s+of)"
    r"\s+(?:(?:the|a|an)\s+)?(?P<rest>[^?!.;]+)",
    re.IGNORECASE,
)
# Verbs of being in charge of something: "who leads / heads / runs / commands / chairs X?".
_LEADING = re.compile(
    r"lead|leads|led|leading|head|heads|headed|heading|run|runs|ran|running|command|commands|commanded"
    r"|commanding|chair|chairs|chaired|chairing|govern|governs|governed|governing|rule|rules|ruled|ruling",
    re.IGNORECASE,
)
# Asked in the present ("who leads X?") the act asks the one holding the lead now; in the past
# ("who led the reinforcements?") an event, often its one-off leader named only there.
_LEADS_NOW = re.compile(r"leads|heads|runs|commands|chairs|governs|rules", re.IGNORECASE)
# WordNet's broader kinds of a role held as an office ("president", "minister", "ambassador",
# "commander"), not a part one plays ("creator", "companion", "rival").
_OFFICE_KINDS = frozenset({"leader", "official", "representative", "ruler"})
_LEADS = re.compile(
    r"^\W*who\s+(?:(?:currently|now|really|actually)\s+)?(?P<verb>[a-z]+)\s+(?P<rest>[^?!.;]+)", re.IGNORECASE
)
_PREPOSITIONS = frozenset(
    "in on at to into from for about against near toward towards over under across through between "
    "among after before during behind within around via than as with by since".split()
)
_SKIPPED = frozenset("the a an its their his her our this that these those".split())
_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"['’]s$")
_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
_CLAUSE_END = frozenset(";:—–.?!")
# Words that may stand between a holder and the role or body bound to it: a copula ("X is the
# president"), an auxiliary ("X has led …"), the agent's "by" ("forces led by X"), a relative
# ("X, who heads …").
_LINKS = frozenset(
    "is was are were be been became becomes remains remained as by who which whose "
    "has have had will would can could may might must should does do did".split()
)
BOUND_WITHIN = 6  # words between a holder and the role or body it is bound to


@dataclass(frozen=True)
class Holding:
    """What a holder question asks: the role ("" for a leading act) and the body's words (the
    owner and the led: "European", "Commission"; "rebels"), the countries among them apart."""

    role: str
    body: tuple[str, ...]
    countries: tuple[str, ...]
    described: tuple[str, ...] = ()  # what sets the asked holder apart: "Kremlin-friendly", "ousted"


def asked_holding(
    question: str, is_role: Callable[[str], bool], is_country: Callable[[str], bool], past: bool = False
) -> Holding | None:
    """The role and body a question asks the holder of: a copular "who is / was the ROLE (of X)?"
    or "what is the name of X's ROLE?" (``is_role`` telling a noun of people; the role the last
    before a preposition), or "who leads / heads / runs / commands X?" (X's words up to a
    preposition); None for another question, or a chosen one ("the oldest …", "the first …").
    With ``past``, "who led / headed / ran … X?" too: asked of an event, it still asks a person."""
    match = _COPULAR.match(question)
    if match is not None:
        words = _WORD.findall(match["rest"])
        role_at = -1
        for k, word in enumerate(words):
            if _SUPERLATIVE.fullmatch(word):
                return None
            if word.lower() in _PREPOSITIONS or word.lower() == "of":
                break  # "the president of the European Commission": the role is before its "of"
            if not word.isupper() and is_role(word.lower()):
                role_at = k  # "the US Secretary of State" too
        if role_at < 0:
            return None
        body = _phrase(words[:role_at]) + _phrase(_after(words, role_at))
        described = [w for w in words[:role_at] if "-" in w] + [
            w for w in words[role_at + 1 : role_at + 2] if w.islower() and w.endswith(("ed", "ing"))
        ]
        return replace(_holding(words[role_at], body, is_country), described=tuple(described))
    match = _LEADS.match(question)
    if match is None or not (_LEADING if past else _LEADS_NOW).fullmatch(match["verb"]):
        return None
    led: list[str] = []
    for word in _WORD.findall(match["rest"]):
        if word.lower() in _PREPOSITIONS or (led and word.islower() and word.endswith("ed")):
            break  # "the Russian troops massed near …": the led ends before its participle
        led.append(word)
    body = _phrase(led)
    return _holding("", body, is_country) if body else None


def is_office(noun: str, kinds_of: Callable[[str], frozenset[str]]) -> bool:
    """Whether a noun of people names a role held as an office (``_OFFICE_KINDS``)."""
    return not _OFFICE_KINDS.isdisjoint(kinds_of(noun))


def _after(words: Sequence[str], role_at: int) -> list[str]:
    """The words of the role's "of / to X" phrase, up to another preposition."""
    rest = list(words[role_at + 1 :])
    if not rest or rest[0].lower() not in ("of", "to", "for"):
        return []
    phrase = []
    for word in rest[1:]:
        if word.lower() in _PREPOSITIONS or word.lower() == "of" or (word.islower() and word.endswith("ed")):
            break
        phrase.append(word)
    return phrase


def _phrase(words: Sequence[str]) -> tuple[str, ...]:
    """A noun phrase's words without its determiners, possessive marks and hyphened modifiers
    ("Kremlin-friendly" describes the holder, it owns no role)."""
    return tuple(
        re.sub(r"['’]s$", "", w) for w in words if w.lower() not in _SKIPPED and w.lower() != "of" and "-" not in w
    )


def _holding(role: str, body: tuple[str, ...], is_country: Callable[[str], bool]) -> Holding:
    return Holding(role, body, tuple(w for w in body if is_country(w)))


_SUPERLATIVE = re.compile(r"\w+est|most|least|first|last|second|third|only|main|best|worst|leading|top", re.I)


@dataclass(frozen=True)
class HolderReading:
    """How passages are read: a word's terms, whether a word is a country, the asked countries'
    terms, a text's person and place spans, a capitalised common word, a verb taking an object."""

    terms_of: Callable[[str], Sequence[str]]
    is_country: Callable[[str], bool]
    owners: set[str]
    spans_of: Callable[[str], tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]]]
    is_common: Callable[[str], bool]
    takes_object: Callable[[str], bool]
    # the terms of the word the question writes right before the role ("prime" of "prime
    # minister"): a name's title must write it too, "Defence Minister Oleksii Reznikov" holds
    # another office than the prime minister's (``role_holder_modifier``)
    modifier: frozenset[str] = frozenset()


def holder_named(holding: Holding, passages: Sequence[tuple[str, str]], reading: HolderReading) -> bool:
    """Whether one of ``passages`` (a sentence and the one before) names a holder of the asked
    role or body (``names_holder``, or rule 48's copula: "The individual is the final judge"),
    or none writes them. A passage holding nothing of what describes the asked holder
    ("Kremlin-friendly", "ousted") names another one ("US President Joe Biden")."""
    terms_of = reading.terms_of
    read: dict[str, frozenset[str]] = {}  # a word's terms, read once a call: names and roles recur

    def terms(word: str) -> frozenset[str]:
        found = read.get(word)
        if found is None:
            found = read[word] = frozenset(terms_of(_POSSESSIVE.sub("", word)))
        return found

    asked = {t for w in (holding.role, *holding.body) if w and w not in holding.countries for t in terms_of(w)}
    roles = set(terms_of(holding.role)) if holding.role else set()
    # a hyphened description only whole: "pro-Russian" is not any "Russian"
    described = {t for w in holding.described for t in ([w.lower()] if "-" in w else terms_of(w))}

    def is_asked(word: str) -> bool:
        return not asked.isdisjoint(terms(word))

    def is_owner(word: str) -> bool:
        return not reading.owners.isdisjoint(terms(word))

    def is_role(word: str) -> bool:
        return not roles.isdisjoint(terms(word.lower()))

    def is_modifier(word: str) -> bool:
        return not reading.modifier.isdisjoint(terms(word.lower()))

    judged: list[bool | None] = []
    for sentence, previous in passages:
        said = {t for w in _WORD.findall(f"{previous} {sentence}") for t in (w.lower(), *terms_of(w))}
        for text, before in ((sentence, previous), (previous, "")):
            persons, places = reading.spans_of(text)

            def is_place(a: int, b: int, places: Sequence[tuple[int, int]] = places) -> bool:
                return any(a < y and x < b for x, y in places)

            held = names_holder(
                text,
                before,
                persons,
                holding,
                is_asked,
                reading.is_country,
                is_owner,
                is_place,
                reading.is_common,
                reading.takes_object,
                is_modifier if reading.modifier else None,
            )
            if held is False and holding.role and not holding.countries:
                held = titled_or_linked(text, persons, is_role, is_asked, reading.takes_object) or held
            if held and described and described.isdisjoint(said):
                held = False
            judged.append(held)
    return True in judged or False not in judged


def names_holder(
    text: str,
    before: str,
    spans: Sequence[tuple[int, int]],
    holding: Holding,
    is_asked: Callable[[str], bool],
    is_country: Callable[[str], bool],
    is_owner: Callable[[str], bool],
    is_place: Callable[[int, int], bool],
    is_common: Callable[[str], bool],
    takes_object: Callable[[str], bool],
    is_modifier: Callable[[str], bool] | None = None,
) -> bool | None:
    """Whether ``text`` names a holder of the asked role or body (``is_asked`` telling their
    words but the countries): one of ``spans`` capitalised, not the question's words, no country
    (``is_country``), no place (``is_place``) and no preposition's object but "by" or "under", within
    ``BOUND_WITHIN`` words of the role or the body in its clause with no verb between
    (``takes_object``) but a copula, a leading one or the agent's "by"; where the question's owner
    is a country, one of its forms (``is_owner``) bound to the role or the holder too, or the
    place ``text`` or the sentence ``before`` it is set in ("In Ukraine, …": a minister written
    with no country is its own). None where ``text`` writes neither the role nor the body."""
    tokens = [(m.start(), m[0]) for m in _TOKEN.finditer(text)]
    written = [
        k
        for k, (_, w) in enumerate(tokens)
        if w[0].isalnum() and (_writes(w, holding, is_asked) or _refers(tokens, k, holding, is_asked))
    ]
    if not written:
        return None
    # "Ukrainian government forces" are another country's: no name bound to them holds Russia's.
    written = [k for k in written if not any(is_country(w) and not is_owner(w) for _, w in tokens[max(0, k - 2) : k])]
    for a, b in spans:
        name = text[a:b]
        words = _WORD.findall(name)
        if not name[:1].isupper() or text[a - 1 : a] == "-" or not _proper(words, is_common):
            continue
        if not words or all(is_asked(w) or is_country(w) or is_owner(w) for w in words):
            continue
        at = [k for k, (s, _) in enumerate(tokens) if a <= s < b]
        inside = [w for _, w in tokens[at[0] : at[-1] + 1]] if at else []
        titled = bool(holding.role) and any(_is_role(w, holding, is_asked) for w in inside)
        # "NATO Secretary-General Jens Stoltenberg": a proper name after the body's words heads it;
        # "the Russian Defense Ministry Press Service" is a part of the body
        last = max((j for j, w in enumerate(inside) if _is_head(w, holding)), default=-1)
        titled = titled or (last >= 0 and any(not is_common(w) for w in inside[last + 1 :] if w[0].isalpha()))
        if titled and holding.body and any(is_country(w) and not is_owner(w) for w in inside):
            continue  # "US President Joe Biden" is no president of the European Commission
        if titled and is_modifier is not None and not any(map(is_modifier, inside)):
            continue  # "Defence Minister Oleksii Reznikov" is no prime minister
        if not at or (not titled and any(is_asked(w) for w in inside)):
            continue  # "the Russian Defense Ministry Press Service" is the body, not its head
        if not titled and (is_place(a, b) or _object_of_preposition(text[:a])):
            continue
        if not titled and not any(_bound(tokens, k, at, takes_object) for k in written):
            continue
        if (
            not holding.countries
            or _owned(tokens, at, written, is_owner, takes_object)
            or _set_in(f"{before} {text}", is_owner, is_country)
        ):
            return True
    return False


def _writes(word: str, holding: Holding, is_asked: Callable[[str], bool]) -> bool:
    """Whether a passage's word writes the asked role or body: a role's owner only as a name
    ("the US State Department", not "a former Soviet state"), the led as any noun ("rebels")."""
    if not is_asked(word):
        return False
    if word[0].isupper() or _is_role(word, holding, is_asked):
        return True
    # the led as a common noun ("the rebels"), not a name's word ("Territorial Defense Forces")
    return not holding.role and not any(w[:1].isupper() for w in holding.body if w not in holding.countries)


def _is_head(word: str, holding: Holding) -> bool:
    """Whether a word is the asked body's head noun ("Commission", "NATO"), possessive or not."""
    heads = [w for w in holding.body[-1:] if w not in holding.countries]
    return bool(heads) and _POSSESSIVE.sub("", word).lower().rstrip("s") == heads[0].lower().rstrip("s")


def _refers(tokens: Sequence[tuple[int, str]], k: int, holding: Holding, is_asked: Callable[[str], bool]) -> bool:
    """Whether a lowercase word refers back to the named body: its head noun after "the" ("the
    commission's president" of the Halvorsen Commission)."""
    word = tokens[k][1]
    return word.islower() and _is_head(word, holding) and k > 0 and tokens[k - 1][1].lower() == "the" and is_asked(word)


def _proper(words: Sequence[str], is_common: Callable[[str], bool]) -> bool:
    """Whether capitalised words are a proper name: no hyphened word with a lowercase part
    ("US-based", "pro-Russian"), nor one word that is a common one capitalised ("Members")."""
    if any("-" in w and any(p[:1].islower() for p in w.split("-")) for w in words):
        return False
    return len(words) > 1 or not is_common(words[0])


def _bound(tokens: Sequence[tuple[int, str]], k: int, at: Sequence[int], takes_object: Callable[[str], bool]) -> bool:
    """Whether the name at tokens ``at`` is bound to the word at ``k``: inside it ("NATO chief
    Jens Stoltenberg" read as one run), or within ``BOUND_WITHIN`` words in its clause with no
    verb between but a link."""
    if at[0] <= k <= at[-1]:
        return True
    between = tokens[k + 1 : at[0]] if k < at[0] else tokens[at[-1] + 1 : k]
    words = [w for _, w in between if w[0].isalnum()]
    if len(words) > BOUND_WITHIN or any(w in _CLAUSE_END for _, w in between):
        return False
    return not any(w.islower() and w not in _LINKS and not _LEADING.fullmatch(w) and takes_object(w) for w in words)


def _owned(
    tokens: Sequence[tuple[int, str]],
    at: Sequence[int],
    written: Sequence[int],
    is_owner: Callable[[str], bool],
    takes_object: Callable[[str], bool],
) -> bool:
    """Whether the asked owner country is bound to the holder or to the role or body written."""
    owners = [k for k, (_, w) in enumerate(tokens) if w[0].isalpha() and is_owner(w)]
    return any(_bound(tokens, o, at, takes_object) or o in at for o in owners) or any(
        _bound(tokens, o, [k], takes_object) for o in owners for k in written if o != k
    )


def _object_of_preposition(before: str) -> bool:
    """Whether a name after ``before`` is a preposition's object ("in Slavyanoserbsk", "to
    Lithuania"), not the agent's "by X" nor "under X"."""
    words = [w.lower() for w in _WORD.findall(before[-60:])]
    while words and words[-1] in _SKIPPED:
        words.pop()
    return bool(words) and words[-1] in _PREPOSITIONS and words[-1] not in ("by", "under")


def _set_in(text: str, is_owner: Callable[[str], bool], is_country: Callable[[str], bool]) -> bool:
    """Whether a role written with no country may be the asked country's: ``text`` set in no
    country or in the asked one ("In Ukraine, …" sets "Defence Minister Oleksii Reznikov" there,
    no Russian minister)."""
    settings = [m["place"] for m in _SET_IN.finditer(text) if is_country(m["place"]) or is_owner(m["place"])]
    return not settings or any(is_owner(p) for p in settings)


def _is_role(word: str, holding: Holding, is_asked: Callable[[str], bool]) -> bool:
    """Whether a passage's word is the asked role (not a body's word)."""
    return is_asked(word) and word.lower().rstrip("s") == holding.role.lower().rstrip("s")


_SET_IN = re.compile(r"\b[Ii]n\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+)")
