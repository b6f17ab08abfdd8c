"""Which language a text is written in: a short code ("en", "de", "zh").

A first look (``first_look``: its script, or its stop words) decides most text at once. What it
leaves open is decided by a hint when there is one — the asker's language, the Telegram user's
``language_code``: a question too short to tell ("NATO?", "Putin?") or without a telling word
("Сколько солдат?": Russian or Ukrainian) — else by py3langid's model (naive Bayes over byte
n-grams, choosing only among the languages the archive analyses, ``LANGUAGES``), which takes a
second and some 60 MB to load, once per process, on the first text that needs it. A text of
fewer than two words of a real word's length (a name, a hostile 4,000-letter token) never
loads it: it is in the default language. Only a prefix of a long text is read.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

DEFAULT = "en"
# The languages an article or question may be detected as: those with an analyzer of their own.
LANGUAGES = frozenset(
    {"ar", "da", "de", "el", "en", "es", "fi", "fr", "hi", "hu", "id", "it", "nl", "no", "pl", "pt", "ro"}
    | {"ru", "sv", "th", "tr", "uk", "vi", "zh"}
)
PREFIX = 2000  # characters read of a long text
ARTICLE_PREFIX = 400  # characters of an article the model reads: its language in every XQuAD article, at 0.5 ms
GLANCE = 200  # characters of an article the first look reads: English news's language in 0.03 ms
SHORT = 12  # fewer letters than this: the default decides
SURE = 0.5  # below this probability the default decides
LONGEST_WORD = 40  # letters: a longer "word" is no word the model knows


def code(tag: str | None) -> str | None:
    """The language code of a tag as Telegram or a header writes it ("de-AT" → "de"), if supported."""
    if not tag:
        return None
    base = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
    return base if base in LANGUAGES else None


def detect(text: str, hint: str | None = None, default: str = DEFAULT) -> str:
    """The language ``text`` is written in; ``hint`` (a tag such as "de-AT") decides what a first look cannot."""
    sample = text[:PREFIX]
    seen = first_look(sample)
    if seen is not None:
        return seen
    hinted = code(hint)
    if hinted is not None:
        return hinted
    fallback = code(default) or DEFAULT
    words = [w for w in _WORD.findall(sample) if len(w) <= LONGEST_WORD]
    if len(words) < 2 or sum(map(len, words)) < SHORT:
        return fallback
    best, probability = _identifier().rank(sample)[0]
    return best if probability >= SURE else fallback


def article_language(text: str, header: str | None = None, default: str = DEFAULT) -> str:
    """An article's language: its ``lang:`` header's, else detected from its start (``default`` if unsure)."""
    return header or first_look(text[:GLANCE]) or detect(text[:ARTICLE_PREFIX], default=default)


def first_look(sample: str) -> str | None:
    """The language of ``sample`` when its script or stop words make it plain, else None.

    Most text says its language at a glance, and this glance costs a hundredth of the model
    (and loads nothing): a script only one analysed language writes (Han, Thai, Greek,
    Devanagari, Arabic), or, in Latin and Cyrillic text, the language whose stop words
    (stopwordsiso's lists) it uses at least ``_VOTES`` times and twice as often as any other's.
    """
    words = _WORD.findall(sample.lower())
    letters = sum(map(len, words))
    if not letters:
        return None
    for script, languages in _ALPHABETS:
        if (sample.isascii() and languages is _LATIN_LANGUAGES) or len(script.findall(sample)) >= _ONE_SCRIPT * letters:
            votes = Counter(language for word in set(words) for language in _stop_languages().get(word, ()))
            ranked = [(votes[language], language) for language in languages]
            ranked.sort(reverse=True)
            (best, language), (second, _) = ranked[0], ranked[1]
            plain = (best >= _VOTES and best >= 2 * second) or (best >= 2 and second == 0)
            # English, the default, needs only to lead: "who is Peskov?" (who, is — "is" is Dutch
            # too) is English, and no XQuAD question of another language leads with English words.
            plain = plain or (language == DEFAULT and best >= 2 and best > second)
            return language if plain else None
    for script, language in _SCRIPTS:
        if len(script.findall(sample)) >= _ONE_SCRIPT * letters:
            return language
    return None


_WORD = regex.compile(r"[\p{L}\p{M}]{2,}")
_ONE_SCRIPT = 0.9  # of a text's letters in one script: it is written in that script
_VOTES = 3  # stop words of one language that make a Latin or Cyrillic text plainly in it
_LATIN_LANGUAGES = (
    "da",
    "de",
    "en",
    "es",
    "fi",
    "fr",
    "hu",
    "id",
    "it",
    "nl",
    "no",
    "pl",
    "pt",
    "ro",
    "sv",
    "tr",
    "vi",
)
_ALPHABETS = (
    (regex.compile(r"\p{Latin}"), _LATIN_LANGUAGES),
    (regex.compile(r"\p{Cyrillic}"), ("ru", "uk")),
)
_SCRIPTS = (
    (regex.compile(r"\p{Han}"), "zh"),
    (regex.compile(r"\p{Thai}"), "th"),
    (regex.compile(r"\p{Greek}"), "el"),
    (regex.compile(r"[\p{Devanagari}]"), "hi"),
    (regex.compile(r"\p{Arabic}"), "ar"),
)


@cache
def _stop_languages() -> dict[str, tuple[str, ...]]:
    """Each stop word of the Latin and Cyrillic languages, with the languages it is one of."""
    import stopwordsiso

    found: dict[str, list[str]] = {}
    for language in (*_LATIN_LANGUAGES, "ru", "uk"):
        for word in stopwordsiso.stopwords(language):
            found.setdefault(word.lower(), []).append(language)
    return {word: tuple(languages) for word, languages in found.items()}


@cache
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(sorted(LANGUAGES))
    return identifier
