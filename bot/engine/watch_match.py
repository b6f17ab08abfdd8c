"""Watched words: check them, and find the new passages that match them.

A watch is matched exactly as a question is asked: the same analysis, BM25 statistics
(of the whole live archive) and relevance test, restricted to the new articles'
sentences. A phrase in quotes must also stand in the passage word for word.
Nothing here knows about Telegram or the store.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from bot.engine.analysis.tokens import compound_terms, tokenize, words
from bot.engine.messages import say
from bot.engine.search import Passage, Searcher
from bot.engine.summary import summarize
from bot.errors import BotError

MAX_WATCH_CHARACTERS = 200
# A watch made only of the archive's most common words would match almost every article. In an
# archive of a few articles every word is "common", so the rule waits for a real archive.
COMMON_WORDS_REFUSED = 10
COMMON_WORDS_FROM_ARTICLES = 10
PASSAGES_PER_PUSH = 3
_PHRASE = re.compile(r"[\"“”«»„]([^\"“”«»„]+)[\"“”«»„]")


class WatchRefused(BotError, ValueError):
    """The words cannot be watched; the message says why, for the reader."""


@dataclass(frozen=True)
class Watch:
    """Watched words as given (spaces tidied), their terms, and their quoted phrases."""

    words: str
    terms: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...] = ()

    @property
    def key(self) -> str:
        """What makes two watches the same: their terms, sorted, and their phrases."""
        phrases = ["_".join(p) for p in self.phrases]
        return " ".join(sorted(set(self.terms))) + ("|" + " ".join(sorted(phrases)) if phrases else "")


def parse_watch(text: str) -> Watch:
    """The watch ``text`` asks for; ``WatchRefused`` when it has nothing to watch or is too long."""
    tidy = " ".join(text.split())
    if not tidy:
        raise WatchRefused(say("Give the words to watch, for example: /watch gas prices"))
    if len(tidy) > MAX_WATCH_CHARACTERS:
        raise WatchRefused(
            say(
                "Watched words are at most {most} characters; these are {count}.",
                most=MAX_WATCH_CHARACTERS,
                count=len(tidy),
            )
        )
    terms = tuple(tokenize(tidy))
    if not terms:
        raise WatchRefused(
            say(
                "These are only small common words (or symbols): they would match almost everything. "
                "Watch a name, a place or a topic instead."
            )
        )
    phrases = tuple(p for p in (tuple(tokenize(m)) for m in _PHRASE.findall(tidy)) if len(p) > 1)
    return Watch(tidy, terms, phrases)


def check_against(index: Searcher, watch: Watch) -> None:
    """``WatchRefused`` if ``watch`` would match almost every article of ``index``'s archive,
    or is written in a script none of its articles use."""
    if not index.sentence_count:
        return
    counts = index.backend.word_counts()
    by_count = sorted(counts, key=lambda w: (-counts[w], w))
    common = [w for w in by_count[: COMMON_WORDS_REFUSED * 10] if compound_terms(w)][:COMMON_WORDS_REFUSED]
    common_terms = {t for w in common for t in compound_terms(w)}
    if len(index.sources) >= COMMON_WORDS_FROM_ARTICLES and set(watch.terms) <= common_terms:
        shown = ", ".join(sorted({w.lower() for w in words(watch.words)}))
        raise WatchRefused(
            say(
                "“{words}” is among the archive's most common words: it would match almost every new article. "
                "Add a more specific word.",
                words=shown,
            )
        )
    if not any(index.backend.knows(t) for t in watch.terms):
        theirs, ours = _scripts(watch.words), _scripts(common)
        if theirs and ours and theirs.isdisjoint(ours):
            raise WatchRefused(
                say(
                    "The archive's articles are written in {ours} script and these words in "
                    "{theirs}: they could never match. Watch words in the articles' language.",
                    ours=_named(ours),
                    theirs=_named(theirs),
                )
            )


def _scripts(texts: str | Iterable[str]) -> set[str]:
    """The writing systems (LATIN, CYRILLIC, ...) of the letters in ``texts``."""
    joined = texts if isinstance(texts, str) else " ".join(texts)
    found = set()
    for char in joined:
        if char.isalpha():
            name = unicodedata.name(char, "")
            if name:
                found.add(name.split()[0])
    return found


def _named(scripts: set[str]) -> str:
    return " and ".join(sorted(s.title() for s in scripts))


def new_articles(index: Searcher, known: Collection[str]) -> list[int]:
    """Numbers of ``index``'s articles whose content digest is not in ``known``."""
    return [number for number, source in enumerate(index.sources) if source.digest not in known]


def match(index: Searcher, watch: Watch, articles: Sequence[int], top: int = PASSAGES_PER_PUSH) -> list[Passage]:
    """The best passages of ``articles`` for ``watch`` (ranked as a question), phrases standing whole."""
    if not articles:
        return []
    question = _PHRASE.sub(lambda m: f" {m[1]} ", watch.words)
    wanted = top * 5 if watch.phrases else top
    found = index.search(question, top=wanted, articles=articles)
    if watch.phrases:
        found = [p for p in found if all(_has_phrase(tokenize(p.text), phrase) for phrase in watch.phrases)]
    return found[:top]


def match_all(index: Searcher, watched: Iterable[str], articles: Sequence[int]) -> dict[str, list[Passage]]:
    """Each distinct watched text's best passages of ``articles`` (each watch matched once)."""
    found: dict[str, list[Passage]] = {}
    by_key: dict[str, list[Passage]] = {}
    for text in watched:
        if text in found:
            continue
        try:
            watch = parse_watch(text)
        except WatchRefused:  # stored under an older rule: it matches nothing
            found[text] = []
            continue
        if watch.key not in by_key:
            by_key[watch.key] = match(index, watch, articles)
        found[text] = by_key[watch.key]
    return found


def _has_phrase(terms: Sequence[str], phrase: Sequence[str]) -> bool:
    width = len(phrase)
    return any(tuple(terms[i : i + width]) == tuple(phrase) for i in range(len(terms) - width + 1))


def newest_first(index: Searcher, articles: Iterable[int]) -> list[int]:
    """``articles`` by date, newest first (then by file name, as ties break in answers)."""
    return sorted(articles, key=lambda a: (-index.sources[a].date.toordinal(), index.sources[a].name))


def summaries(index: Searcher, articles: Iterable[int]) -> list[list[Passage]]:
    """Each article's extractive summary (as /latest gives), newest article first."""
    return [summarize(index, article) for article in newest_first(index, articles)]
