"""Which language a text is written in: a short code ("en", "de", "zh"), detected by py3langid.

The detector (a naive Bayes model over byte n-grams, loaded once on first use: about a second)
only chooses among the languages the archive analyses (``LANGUAGES``). A hint — the Telegram
user's ``language_code``, or an archive's configured language — settles what the text cannot:
a text too short to tell ("NATO", "Putin?") or a near tie ("Сколько солдат?": Russian or
Ukrainian). Only a prefix of a long text is read: a language shows within a few sentences.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

DEFAULT = "en"
# The languages an article or question may be detected as: those with an analyzer of their own.
LANGUAGES = frozenset(
    {"ar", "da", "de", "el", "en", "es", "fi", "fr", "hi", "hu", "id", "it", "nl", "no", "pl", "pt", "ro"}
    | {"ru", "sv", "th", "tr", "uk", "vi", "zh"}
)
PREFIX = 2000  # characters read of a long text
ARTICLE_PREFIX = 400  # characters of an article read: its language in every XQuAD article, at 0.5 ms
SHORT = 12  # fewer letters than this: the hint (or the default) decides
SURE = 0.5  # below this probability the hint (or the default) decides
TIE = 0.2  # a hinted language this likely wins over a likelier one
_LETTER = re.compile(r"[^\W\d_]")


def code(tag: str | None) -> str | None:
    """The language code of a tag as Telegram or a header writes it ("de-AT" → "de"), if supported."""
    if not tag:
        return None
    base = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
    return base if base in LANGUAGES else None


def detect(text: str, hint: str | None = None, default: str = DEFAULT) -> str:
    """The language ``text`` is written in; ``hint`` (a tag such as "de-AT") wins a short text or a near tie."""
    hinted = code(hint)
    fallback = hinted or code(default) or DEFAULT
    sample = text[:PREFIX]
    if len(_LETTER.findall(sample)) < SHORT:
        return fallback
    ranked = _identifier().rank(sample)
    best, probability = ranked[0]
    if hinted is not None and hinted != best and dict(ranked).get(hinted, 0.0) >= TIE:
        return hinted
    return best if probability >= SURE else fallback


def article_language(text: str, header: str | None = None, default: str = DEFAULT) -> str:
    """An article's language: its ``lang:`` header's, else detected from its start (``default`` if unsure)."""
    return header or detect(text[:ARTICLE_PREFIX], default=default)


@cache
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(sorted(LANGUAGES))
    return identifier
