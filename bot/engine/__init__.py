"""The answer engine: corpus, text analysis, the BM25 index and ranking. Knows nothing of Telegram.

This package is the engine's public face: the CLI, the Telegram layer, ingestion and the
store import what they use from ``bot.engine`` itself. Names load lazily (PEP 562), so a
worker process that needs one engine module does not import them all.
"""

import importlib
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.engine.analysis.sentences import split_sentences
    from bot.engine.analysis.tokens import tokenize
    from bot.engine.answer import Answer
    from bot.engine.backends.in_process.store import IndexPathError, default_index_path
    from bot.engine.backends.registry import BACKENDS
    from bot.engine.backends.xapian.writer import index_corpus
    from bot.engine.context import ArticleChanged, PassageContext, find_article, passage_context
    from bot.engine.conversation import Exchange, Understood, answer_turn, finds, shown, spelled, understand
    from bot.engine.corpus import CorpusError, FutureDate, check_date, check_url, list_corpus, parse_article
    from bot.engine.evaluation import evaluate, read_questions
    from bot.engine.files import atomic_writer
    from bot.engine.intent import Kind
    from bot.engine.messages import Message, joined, say
    from bot.engine.opening import open_index, open_search, rebuild_index, refresh_index, refresh_search
    from bot.engine.search import Searcher, SearchOptions
    from bot.engine.starters import archive_line, starter_questions
    from bot.engine.titles import article_title, title_from_lead
    from bot.engine.unavailable import SearchUnavailable
    from bot.engine.values import ArticleMeta, Passage
    from bot.engine.watch_match import WatchRefused, check_against, match_all, parse_watch, summaries

_HOMES: dict[str, str] = {
    "split_sentences": "bot.engine.analysis.sentences",
    "tokenize": "bot.engine.analysis.tokens",
    "Answer": "bot.engine.answer",
    "IndexPathError": "bot.engine.backends.in_process.store",
    "default_index_path": "bot.engine.backends.in_process.store",
    "BACKENDS": "bot.engine.backends.registry",
    "index_corpus": "bot.engine.backends.xapian.writer",  # needs the optional Xapian bindings
    "ArticleChanged": "bot.engine.context",
    "PassageContext": "bot.engine.context",
    "find_article": "bot.engine.context",
    "passage_context": "bot.engine.context",
    "Exchange": "bot.engine.conversation",
    "Understood": "bot.engine.conversation",
    "answer_turn": "bot.engine.conversation",
    "finds": "bot.engine.conversation",
    "shown": "bot.engine.conversation",
    "spelled": "bot.engine.conversation",
    "understand": "bot.engine.conversation",
    "CorpusError": "bot.engine.corpus",
    "FutureDate": "bot.engine.corpus",
    "check_date": "bot.engine.corpus",
    "check_url": "bot.engine.corpus",
    "list_corpus": "bot.engine.corpus",
    "parse_article": "bot.engine.corpus",
    "evaluate": "bot.engine.evaluation",
    "read_questions": "bot.engine.evaluation",
    "atomic_writer": "bot.engine.files",
    "Kind": "bot.engine.intent",
    "Message": "bot.engine.messages",
    "joined": "bot.engine.messages",
    "say": "bot.engine.messages",
    "open_index": "bot.engine.opening",
    "open_search": "bot.engine.opening",
    "rebuild_index": "bot.engine.opening",
    "refresh_index": "bot.engine.opening",
    "refresh_search": "bot.engine.opening",
    "Passage": "bot.engine.values",
    "Searcher": "bot.engine.search",
    "SearchOptions": "bot.engine.search",
    "archive_line": "bot.engine.starters",
    "starter_questions": "bot.engine.starters",
    "article_title": "bot.engine.titles",
    "title_from_lead": "bot.engine.titles",
    "SearchUnavailable": "bot.engine.unavailable",
    "ArticleMeta": "bot.engine.values",
    "WatchRefused": "bot.engine.watch_match",
    "check_against": "bot.engine.watch_match",
    "match_all": "bot.engine.watch_match",
    "parse_watch": "bot.engine.watch_match",
    "summaries": "bot.engine.watch_match",
}

__all__ = [
    "BACKENDS",
    "Answer",
    "ArticleChanged",
    "ArticleMeta",
    "CorpusError",
    "Exchange",
    "FutureDate",
    "IndexPathError",
    "Kind",
    "Message",
    "Passage",
    "PassageContext",
    "SearchOptions",
    "SearchUnavailable",
    "Searcher",
    "Understood",
    "WatchRefused",
    "answer_turn",
    "archive_line",
    "article_title",
    "atomic_writer",
    "check_against",
    "check_date",
    "check_url",
    "default_index_path",
    "evaluate",
    "find_article",
    "finds",
    "index_corpus",
    "joined",
    "list_corpus",
    "match_all",
    "open_index",
    "open_search",
    "parse_article",
    "parse_watch",
    "passage_context",
    "read_questions",
    "rebuild_index",
    "refresh_index",
    "refresh_search",
    "say",
    "shown",
    "spelled",
    "split_sentences",
    "starter_questions",
    "summaries",
    "title_from_lead",
    "tokenize",
    "understand",
]


def _import_nltk_without_scipy_stats() -> None:
    """Import nltk with its optional scipy.stats left out.

    ``import nltk`` loads all of nltk, and its collocation and translation modules try
    scipy.stats (0.8 s, half of a command's start-up) for statistics the engine never
    uses. A ``None`` in ``sys.modules`` makes that optional import fail at once, and nltk
    falls back as when scipy is not installed; scipy.stats itself stays importable after.
    """
    if "nltk" in sys.modules or "scipy.stats" in sys.modules:
        return
    sys.modules["scipy.stats"] = None  # type: ignore[assignment]
    try:
        import nltk  # noqa: F401
    finally:
        del sys.modules["scipy.stats"]


_import_nltk_without_scipy_stats()


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
