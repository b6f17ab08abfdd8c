"""Words that name the same country: Canada/Canadian, Britain/British/UK, France/French, US/American.

From the countryinfo package's data (names, alternative spellings and demonyms of 250
countries, MIT), read once. A country's single-word forms become one group of index
terms; a word that several share (French: France, French Guiana) names the most populous.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from bot.engine.analysis.tokens import compound_terms
from bot.engine.lemma_terms import written_terms

# Words of a multi-word name that do not name the country on their own ("Republic", "United").
_NAME_PREFIX = 4  # a name word is kept when the demonym derives from it: Great Britain → British


def _read_as_country(code: str) -> bool:
    return compound_terms(code) != compound_terms(code.lower())


def _single_words(info: Mapping[str, Any]) -> set[str]:
    """The one-word ways ``info``'s country is written: its name, demonym, abbreviations and name words."""
    name, demonym = info.get("name") or "", info.get("demonym") or ""
    iso = {str(code).upper() for code in (info.get("ISO") or {}).values()}
    forms = {name, demonym}
    for alt in info.get("altSpellings") or []:
        if " " not in alt and len(alt) > 3:
            forms.add(alt)
        elif " " not in alt and alt.isupper() and (alt not in iso or _read_as_country(alt)):
            # An abbreviation that is no mere ISO code (UK; the code is GB), or one the
            # tokenizer reads as the country (US, USA → ``usa``): FR or CAN are not written for them.
            forms.add(alt)
        elif " " in alt:
            stem = demonym[:_NAME_PREFIX].lower()
            forms |= {word for word in alt.split() if len(stem) == _NAME_PREFIX and word.lower().startswith(stem)}
    return {f for f in forms if f.isascii() and f.replace("-", "").replace(".", "").isalpha()}


@cache
def _countries() -> dict[str, tuple[Mapping[str, Any], frozenset[str]]]:
    """Each country's data and the index terms it owns (of a term several share, the most populous)."""
    from countryinfo import all_countries  # imported late: only a search reads it, once

    owner: dict[str, tuple[int, str]] = {}  # term → (population, country) of its most populous country
    countries: dict[str, tuple[Mapping[str, Any], set[str]]] = {}
    for country in all_countries():
        info = country.info()
        name, people = info.get("name") or "", int(info.get("population") or 0)
        countries[name] = (info, {t for form in _single_words(info) for t in compound_terms(form)})
        for t in countries[name][1]:
            owner[t] = max(owner.get(t, (-1, "")), (people, name))
    return {
        name: (info, frozenset(t for t in terms if owner[t][1] == name)) for name, (info, terms) in countries.items()
    }


@cache
def _groups() -> dict[str, frozenset[str]]:
    return {t: own for _, own in _countries().values() for t in own}


def same_country(term: str) -> frozenset[str]:
    """The other index terms naming the country ``term`` names (``canada`` → ``canadian``); empty if none."""
    return _groups().get(term, frozenset()) - {term}


@cache
def _owners() -> dict[str, str]:
    """Each country's own terms → its name ("russia", "russian" → "Russia")."""
    return {t: name for name, (_, own) in _countries().items() for t in own}


def capital_of(term: str) -> frozenset[str]:
    """The index terms of the capital of the country ``term`` names (``russian`` → ``moscow``); empty if none."""
    name = _owners().get(term)
    return _capital(name) if name is not None else frozenset()


@cache
def _capital(name: str) -> frozenset[str]:
    """A country's capital's terms: the news writes a capital for its government ("Moscow has
    massed 100,000 troops"). Of a name of several words, the longest ("Washington D.C." →
    Washington, "New Delhi" → Delhi). Read per country asked about: stemming all 250 capitals
    at once cost a first search 14 ms."""
    words = re.findall(r"[A-Za-z]+", str(_countries()[name][0].get("capital") or ""))
    return frozenset(written_terms(max(words, key=len))) if words else frozenset()


@cache
def _capital_countries() -> dict[str, frozenset[str]]:
    """Each capital's terms → its country's ("madrid" → "spain", "spanish"); a capital two
    countries name (none today) is left out: it stands for neither. A capital WordNet lists
    ("Moscow") has its terms read from the shipped table: stemming 193 cost a first search 2 ms."""
    found: dict[str, set[frozenset[str]]] = {}
    for info, own in _countries().values():
        words = re.findall(r"[A-Za-z]+", str(info.get("capital") or ""))
        if words and own:
            for t in written_terms(max(words, key=len)):
                found.setdefault(t, set()).add(own)
    return {t: next(iter(owners)) for t, owners in found.items() if len(owners) == 1 and not is_country(t)}


def country_of_capital(term: str) -> frozenset[str]:
    """The index terms of the country whose capital ``term`` names (``madrid`` → ``spain``,
    ``spanish``); empty if none."""
    return _capital_countries().get(term, frozenset())


def is_country(term: str) -> bool:
    """Whether ``term`` names a country or its people."""
    return term in _groups()


@cache
def _names() -> dict[str, str]:
    """Abbreviations written for a country with a name of several words: US → United States, UK → United Kingdom."""
    from countryinfo import all_countries

    names: dict[str, str] = {}
    for country in all_countries():
        info = country.info()
        name = info.get("name") or ""
        for form in _single_words(info):
            if form.isupper() and " " in name:
                names.setdefault(form.replace(".", ""), name)
    return names


def full_name(abbreviation: str) -> str:
    """The country name ``abbreviation`` stands for ("US" → "United States"), or ""."""
    return _names().get(abbreviation.replace(".", ""), "")


@cache
def _currency_prefixes() -> dict[str, re.Pattern[str]]:
    """Each country term's abbreviation written before an amount ("US$200"), which the index
    reads as the amount only. Names of several words ("the United States") stay unread: on
    SQuAD, reading "United Kingdom" as British cost a question and gained none."""
    patterns: dict[str, re.Pattern[str]] = {}
    for info, own in _countries().values():
        codes = sorted(f.replace(".", "") for f in _single_words(info) if f.isupper())
        if codes:
            pattern = re.compile(r"(?<![\w$])(?:" + "|".join(re.escape(c) for c in codes) + r")\$(?=\d)")
            patterns.update(dict.fromkeys(own, pattern))
    return patterns


def naming_country(terms: Sequence[str], texts: Sequence[str]) -> list[bool]:
    """For each of ``texts``, whether it names the country of one of ``terms`` (``names_country``):
    the many texts without "$" are passed over without a call per text and term."""
    return [("$" in text and any(names_country(t, text) for t in terms)) for text in texts]


def names_country(term: str, text: str) -> bool:
    """Whether ``text`` names the country ``term`` names where its terms do not: "US$200" for
    ``usa``. Re-ranking's reading of a passage; the index is unchanged."""
    if "$" not in text:  # every pattern is an abbreviation before "$": most passages have none
        return False
    pattern = _currency_prefixes().get(term)
    return bool(pattern and pattern.search(text))
