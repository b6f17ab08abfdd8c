"""BM25Okapi's arithmetic, written once (``backends.bm25_formula``), gives rank-bm25's own numbers."""

import random
from collections import Counter

import numpy as np
from rank_bm25 import BM25Okapi

from bot.engine.backends.bm25_formula import EPSILON, floored_idf, length_norm, raw_idf, saturation


def corpus(size: int = 500, seed: int = 11) -> list[list[str]]:
    rng = random.Random(seed)
    words = ["a", *(f"w{i}" for i in range(200))]
    # "common" is in most documents: its raw IDF is negative, so the mean-IDF floor applies.
    return [rng.choices(words, k=rng.randint(2, 12)) + ["common"] * (rng.random() < 0.7)
            for _ in range(size)]  # fmt: skip


def test_idf_is_rank_bm25_idf_to_the_last_bit():
    documents = corpus()
    okapi = BM25Okapi(documents)
    frequencies = Counter(t for document in documents for t in set(document))
    raw = {t: raw_idf(len(documents), frequencies[t]) for t in okapi.idf}
    mean = sum(raw.values()) / len(raw)
    assert raw["common"] < 0 < mean
    assert {t: floored_idf(v, mean) for t, v in raw.items()} == okapi.idf


def test_idf_not_positive_after_rank_bm25_floor_is_raised_to_epsilon_ln2():
    assert floored_idf(-1.0, -2.0) == EPSILON * np.log(2)
    assert floored_idf(0.0, 5.0) == EPSILON * np.log(2)


def test_a_sentence_score_is_rank_bm25_score_to_the_last_bit():
    documents = corpus()
    okapi = BM25Okapi(documents)
    for number in (0, 17, 250):
        document = documents[number]
        norm = length_norm(float(len(document)), okapi.avgdl)
        ours = sum(saturation(float(document.count(t)), norm) * okapi.idf[t] for t in ("a", "common") if t in document)
        assert ours == okapi.get_scores(["a", "common"])[number]


def test_array_and_scalar_weights_are_the_same_doubles():
    tf, lengths = np.array([1.0, 2.0, 5.0]), np.array([3.0, 9.0, 40.0])
    vector = saturation(tf, length_norm(lengths, 7.3))
    scalars = [saturation(float(t), length_norm(float(n), 7.3)) for t, n in zip(tf, lengths, strict=True)]
    assert vector.tolist() == scalars
