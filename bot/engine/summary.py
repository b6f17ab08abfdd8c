"""Extractive summary of one article: its lead and its most central sentences, in article order.

News puts the essentials first, so the lead (the first sentence) always opens the
summary. The other sentences are the article's most *central* ones (degree centrality,
as in LexRank): those sharing the most IDF-weighted words with the rest of the
article, i.e. what the article keeps coming back to. Sentences that lean on the one
before (a quote, "he said", very short) cannot stand alone in a summary and are
passed over while others remain.
"""

from __future__ import annotations

import math
from collections import Counter

from bot.engine.search import Passage, Searcher, needs_context

SUMMARY_SENTENCES = 3


def summarize(index: Searcher, article: int, sentences: int = SUMMARY_SENTENCES) -> list[Passage]:
    """The lead and the ``sentences - 1`` most central other sentences of ``article``, in article order."""
    numbers = list(index.article_sentences(article))
    if not numbers:
        return []
    sentences_of = [index.backend.sentence(n) for n in numbers]
    centrality = _centrality(index, [s.terms for s in sentences_of])
    standalone = [not needs_context(s.text) for s in sentences_of]
    # The lead first; then, of the rest, sentences that stand alone before those that do not.
    by_merit = sorted(range(1, len(numbers)), key=lambda i: (not standalone[i], -centrality[i], i))
    chosen = sorted([0, *by_merit[: max(sentences, 1) - 1]])
    return [index.passage_at(numbers[i], round(centrality[i], 6)) for i in chosen]


def _centrality(index: Searcher, terms_of: list[tuple[str, ...]]) -> list[float]:
    """Each sentence's summed cosine similarity (IDF-weighted term vectors) to the others."""
    vectors = []
    for terms in terms_of:
        counts = Counter(terms)
        vector = {t: c * index.backend.term_idf(t) for t, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        vectors.append({t: w / norm for t, w in vector.items()})
    totals = [0.0] * len(vectors)
    for i, a in enumerate(vectors):
        for j in range(i + 1, len(vectors)):
            b = vectors[j]
            small, large = (a, b) if len(a) <= len(b) else (b, a)
            similarity = sum(w * large.get(t, 0.0) for t, w in small.items())
            totals[i] += similarity
            totals[j] += similarity
    return totals
