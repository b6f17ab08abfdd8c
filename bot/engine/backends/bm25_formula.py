"""rank-bm25's BM25Okapi arithmetic, written once for every backend: parameters, IDF, term weight.

A term's weight in a sentence is ``idf · tf·(k1+1) / (tf + k1·(1 − b + b·|d|/avgdl))``.
The functions take Python floats or numpy arrays and do the very operations, in the very
order, that BM25Okapi does, so every backend computes the same doubles.

One deliberate difference from BM25Okapi: it floors a negative IDF at ``epsilon · mean IDF``,
which is itself zero or negative on tiny corpora, and leaves an IDF of exactly zero (a term
in half the sentences) as it is, so such terms could never match. Every IDF still not
positive is raised to ``epsilon · ln 2`` (``floored_idf``).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

K1, B, EPSILON = 1.5, 0.75, 0.25  # BM25Okapi's defaults

Number = float | np.ndarray  # a scalar, or one value per posting


def raw_idf(corpus_size: int, frequency: int) -> float:
    """BM25Okapi's IDF before flooring: ``log(N − df + 0.5) − log(df + 0.5)`` with ``math.log``."""
    return math.log(corpus_size - frequency + 0.5) - math.log(frequency + 0.5)


def floored_idf(raw: float, mean_raw: float, epsilon: float = EPSILON) -> float:
    """A term's IDF from its raw IDF and the vocabulary's mean raw IDF: BM25Okapi's floor for a
    negative one (``epsilon ·`` the mean), then ``epsilon · ln 2`` for any still not positive."""
    okapi = raw if raw >= 0 else epsilon * mean_raw
    return okapi if okapi > 0 else max(okapi, epsilon * math.log(2))


def length_norm(length: Number, average_length: float, k1: float = K1, b: float = B) -> Any:
    """``k1·(1 − b + b·|d|/avgdl)``: the part of the weight a sentence's length decides."""
    return k1 * (1 - b + b * length / average_length)


def saturation(tf: Number, norm: Number, k1: float = K1) -> Any:
    """``tf·(k1+1) / (tf + norm)``: the weight of ``tf`` occurrences before the IDF (``norm``
    from ``length_norm``; ``tf`` as float64, never float32, or the bits differ)."""
    return tf * (k1 + 1) / (norm + tf)
