"""Turn text into retrieval terms: the same function serves passages and questions.

Lowercased; numbers kept whole ("100,000" → ``100000``, "US$200" → ``us$200``);
hyphenated words also match their parts ("Russia-backed" → ``russia``, ``back``);
irregular verbs in their base form (said → say); British spellings folded to American
by rule; nltk Snowball stems; stop words dropped. A compound longer than
``MAX_WORD_LENGTH`` is no word, number or address anyone asks for (a base64 blob, a
hostile token): it has no terms, so no step of the analysis ever sees it.
"""

from __future__ import annotations

import re
import unicodedata

from nltk.stem.snowball import SnowballStemmer

from bot.engine.analysis.irregular_verbs import BASE_FORM
from bot.engine.analysis.memo import ByteBudgetMemo
from bot.engine.analysis.stopwords import STOP_WORDS

_STEMMER = SnowballStemmer("english")

# A run of word characters, joined by hyphens, apostrophes, dots (U.S., 2.5) or
# thousands commas (100,000). Currency signs belong to the amount they precede.
_COMPOUND = re.compile(r"[\w$€£¥]+(?:(?:[-'.]|,(?=\d{3}\b))[\w$€£¥]+)*")
_MONEY = re.compile(r"[a-z]{0,3}[$€£¥][\d.,]*\d")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_DECADE_OR_PLURAL_NUMBER = re.compile(r"(\d+)s")  # 1990s, F-16s
_COUNTRY_US = frozenset({"US", "U.S", "U.S.A", "USA"})
# Characters of the longest compound that has terms: the longest English words are ~45,
# long hyphenated URL slugs ~100; Xapian and Lucene likewise skip or split longer tokens.
MAX_WORD_LENGTH = 128
# What the term memos may hold (about 2.5 times a million-sentence news vocabulary's needs).
TERM_MEMO_BYTES = 64 << 20
COMPOUND_MEMO_BYTES = 192 << 20

# British → American spelling, applied to both passages and questions before stemming.
# Each rule matches at the word's end after a fixed-width look behind (the word
# characters the ending needs before it), so it costs time linear in the word's length;
# an unanchored ``(\w{3,})our…$`` retried every start and was quadratic.
_SPELLING_RULES = [
    (re.compile(r"(?<=\w{3})our(s|ed|ing|ite|ites|able|ably|er|ers|hood|hoods|ful|y)?$"), r"or\1"),
    (re.compile(r"(?<=\w{3})([iy])s(e|es|ed|ing|er|ers|ation|ations)$"), r"\1z\2"),
    (re.compile(r"(?<=\w{2}[^aeiou])ence(s)?$"), r"ense\1"),
    (re.compile(r"(?<=\w{2})tre(s|d)?$"), r"ter\1"),
    (re.compile(r"^scept"), "skept"),
    (re.compile(r"(?<=\w{3})ogue(s)?$"), r"og\1"),
]


# What each rule needs in a word: most words have none of it, and skip the rules.
_MAY_BE_BRITISH = re.compile(r"our|[iy]s|ence|tre|scept|ogue")


def americanize(word: str) -> str:
    """Fold a lowercase British spelling onto the American one (defence → defense)."""
    if not _MAY_BE_BRITISH.search(word):
        return word
    for pattern, replacement in _SPELLING_RULES:
        word = pattern.sub(replacement, word)
    return word


def _term(word: str) -> str:
    return _STEMMER.stem(americanize(BASE_FORM.get(word, word)))


term = ByteBudgetMemo(_term, TERM_MEMO_BYTES)
"""The index term of one lowercase word: base form, spelling folded, stemmed."""


def _word_terms(piece: str) -> list[str]:
    # Lone letters are initials, list markers or markup ("<b>"): no meaning to match on.
    if (len(piece) < 2 and not piece.isdigit()) or piece in STOP_WORDS:
        return []
    if _NUMBER.fullmatch(piece):
        return [piece.replace(",", "")]
    plural_number = _DECADE_OR_PLURAL_NUMBER.fullmatch(piece)
    if plural_number:
        return [plural_number[1]]
    piece = piece.replace(".", "")
    return [term(piece)] if piece not in STOP_WORDS else []


def words(text: str) -> list[str]:
    """The compounds of ``text`` as written (for highlighting and answer types), none too long."""
    found = _COMPOUND.findall(normalize(text))
    if found and max(map(len, found)) > MAX_WORD_LENGTH:
        return [w for w in found if len(w) <= MAX_WORD_LENGTH]
    return found


def written_words(text: str) -> set[str]:
    """The distinct compounds of ``text`` as written, lowercase (a question's words are matched against them)."""
    return {w.lower() for w in words(text)}


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")


def compound_terms(compound: str) -> tuple[str, ...]:
    """Terms of one written compound such as ``F-16s``, ``Ukraine's`` or ``US$200``; none if too long.

    Remembered (a tuple, so callers cannot change the memo): news repeats its words, and
    re-ranking and answer marking read the same passages' words at every question.
    """
    return _compound_terms(compound) if len(compound) <= MAX_WORD_LENGTH else ()


def _terms_of_compound(compound: str) -> tuple[str, ...]:
    if compound.rstrip(".") in _COUNTRY_US:
        return ("usa",)
    lower = compound.lower().rstrip(".")
    if lower.endswith("'s"):
        lower = lower[:-2]
    lower = lower.strip("'")
    if _MONEY.fullmatch(lower):
        return (lower.replace(",", ""),)
    parts = [p for p in re.split(r"[-']", lower) if p]
    terms = [t for p in parts for t in _word_terms(p)]
    if len(parts) > 1 and any(len(p) <= 2 or p[0].isdigit() for p in parts):
        # "F-16", "MiG-29", "Covid-19" are also written and asked for unhyphenated.
        joined = _DECADE_OR_PLURAL_NUMBER.sub(r"\1", "".join(parts))
        terms.append(joined)
    return tuple(terms)


_compound_terms = ByteBudgetMemo(_terms_of_compound, COMPOUND_MEMO_BYTES)


def tokenize(text: str) -> list[str]:
    """Retrieval terms of ``text``, in order (repeats kept: BM25 counts them)."""
    return [t for compound in words(text) for t in compound_terms(compound)]
