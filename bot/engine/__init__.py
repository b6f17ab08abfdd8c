"""The answer engine: corpus, text analysis, the BM25 index and ranking. Knows nothing of Telegram."""

import sys


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
