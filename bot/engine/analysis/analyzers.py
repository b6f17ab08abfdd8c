"""Every language's ``Analyzer``, by language code: ``analyzer_for("de")``.

English is ``ENGLISH`` itself (its own sentence model, irregular verbs and spellings). Every other
language is read by ``terms.Words`` and split by ``scripts``: its Snowball stemmer where Snowball
has one (PyStemmer), stopwordsiso's stop words, and for a script written without spaces its own
word cutter — Chinese by jieba (its dictionary, loaded once, on the first Chinese text), Thai by
character pairs. Russian words are their lemmas (pymorphy3's OpenCorpora dictionary) stemmed. A
language without a Snowball stemmer (Ukrainian, Vietnamese) keeps its words whole. An analyzer's
``name`` is its language's code, and its ``version`` is raised whenever its rules change the
terms of any text, so an index made by the old rules is remade.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

import regex

from bot.engine.analysis import scripts
from bot.engine.analysis.analyzer import ENGLISH, Analyzer
from bot.engine.analysis.language import DEFAULT, LANGUAGES, code
from bot.engine.analysis.terms import Words

_HAN = regex.compile(r"\p{Han}")

if TYPE_CHECKING:
    import jieba

VERSION = 1  # of the rules of every language but English, unless raised for one below
VERSIONS = {"ru": 2, "zh": 2}  # ru: lemmas, no stop words; zh: a word's characters also terms
# PyStemmer's Snowball algorithm of each language that has one.
SNOWBALL = {
    "ar": "arabic", "da": "danish", "de": "german", "el": "greek", "es": "spanish", "fi": "finnish",
    "fr": "french", "hi": "hindi", "hu": "hungarian", "id": "indonesian", "it": "italian",
    "nl": "dutch", "no": "norwegian", "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian",
    "sv": "swedish", "tr": "turkish",
}  # fmt: skip
LEMMATIZED = {"ru"}  # languages read by their lemmas (pymorphy3), stemmed if SNOWBALL has them


def analyzer_for(language: str | None) -> Analyzer:
    """The analyzer of ``language`` (a code or tag: "de", "pt-BR"); English's for one without its own."""
    found = code(language) or DEFAULT
    return ENGLISH if found == DEFAULT else _analyzer(found)


def languages() -> frozenset[str]:
    """The language codes with an analyzer of their own (English included)."""
    return LANGUAGES


def reader(language: str, default: Analyzer) -> Analyzer:
    """The analyzer of text in ``language`` in an archive whose default language's is ``default``."""
    return default if language in ("", default.language) else analyzer_for(language)


def analyzer_keys(languages: Iterable[str], default: Analyzer) -> dict[str, str]:
    """Each language's analyzer key (``Analyzer.key``), as an index records the analyses its terms come from."""
    return {language: reader(language, default).key for language in sorted(set(languages) | {default.language})}


@cache
def _analyzer(language: str) -> Analyzer:
    words = _words(language)
    ends = scripts.splitter(language)
    ordinal = language in scripts.ORDINAL_PERIOD
    return Analyzer(
        name=language,
        version=VERSIONS.get(language, VERSION),
        split_sentences=lambda text: scripts.split_sentences(text, ends, ordinal),
        words=words.words,
        written_words=words.written_words,
        compound_terms=words.compound_terms,
        tokenize=words.tokenize,
        term=words.term,
        spelling=_same,
        stop_words=words.stop_words,
        language=language,
    )


def _same(word: str) -> str:
    return word


def _words(language: str) -> Words:
    if language in LEMMATIZED:
        return _russian_words()
    stop_words = _stop_words(language)
    if language == "zh":
        return Words(language, stop_words, segment=_chinese_words, parts=_chinese_parts)
    if language == "th":
        return Words(language, stop_words, parts=_character_pairs)
    algorithm = SNOWBALL.get(language)
    if algorithm is None:
        return Words(language, stop_words)
    import Stemmer

    stemmer = Stemmer.Stemmer(algorithm)
    return Words(language, stop_words, stem=stemmer.stemWord)


def _stop_words(language: str) -> frozenset[str]:
    """stopwordsiso's list of ``language``, numbers left out (a number is always a term)."""
    import stopwordsiso  # its lists load on import: only once a language other than English is read

    if not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(w.lower() for w in stopwordsiso.stopwords(language) if not any(c.isdecimal() for c in w))


@cache
def _jieba() -> jieba.Tokenizer:
    import jieba

    jieba.setLogLevel(logging.WARNING)  # its dictionary's loading is no news
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def _chinese_words(text: str) -> list[str]:
    return _jieba().lcut(text)


def _chinese_parts(word: str) -> list[str]:
    """A word's further terms: the shorter dictionary words inside a long one ("中华人民共和国": 中华,
    人民, 共和国…) and each of its Han characters, so a word jieba cuts otherwise still matches."""
    if len(word) < 2:
        return []
    inner = [w for w in _jieba().lcut_for_search(word) if w != word] if len(word) > 2 else []
    return [*inner, *_han_characters(word)]


def _han_characters(word: str) -> list[str]:
    return [c for c in word if _HAN.fullmatch(c)]


def _russian_words() -> Words:
    """Russian: a word's lemma, Snowball-stemmed; no stop words.

    The lemma joins what Snowball leaves apart (a fleeting vowel: уровень/уровня, блокировок/
    блокировка; a participle and its verb). Stop words are left to BM25's IDF: Russian's
    prepositions say what its cases do not (до, после, против), and stopwordsiso's list also
    holds content words a news archive is asked about (война, россия, город, год).
    """
    import pymorphy3
    import Stemmer

    morph = pymorphy3.MorphAnalyzer(lang="ru")
    snowball = Stemmer.Stemmer("russian")

    def lemma(word: str) -> str:
        return morph.parse(word)[0].normal_form

    def stem(word: str) -> str:
        return snowball.stemWord(lemma(word))

    return Words("ru", frozenset(), stem=stem if "ru" in SNOWBALL else lemma)


def _character_pairs(word: str) -> list[str]:
    """A Thai run's overlapping character pairs: Thai writes no spaces between words."""
    if len(word) <= 2 or not any("\u0e00" <= c <= "\u0e7f" for c in word):
        return []
    return [word[i : i + 2] for i in range(len(word) - 1)]
