"""Whether the best passages answer a question that asks for a kind of value: a learned gate.

The hand rules (``Searcher.candidates``) pass a "when", "who" or "how many" question when any
kept candidate or its neighbour carries a time, a name or a number, and in news almost every
sentence has one nearby. This gate reads the first passages instead: whether the first one's
own sentence carries the kind, near the question's words, how much of the question it
matches, how far it leads the fifth. A logistic model weighs them; its weights were fitted on
answerable questions and their *answer-removed* versions (the same question with every
sentence holding its answer taken out of the candidates: it shares the archive's words, and
nothing answers it) by ``benchmarks/answerable_fit.py`` (docs/ranking-news.md, "A learned gate").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

import numpy as np

from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.answer_type import AnswerType, offers_value
from bot.engine.asked import carries
from bot.engine.candidates import Candidates, Query

TOP = 5  # the candidates read: the first, and the four after it for the margin and the share
NEAR_WORDS = 4  # "near the question's words": this many words either side of one

FEATURES = (
    "bias",
    "own",  # the first candidate's sentence carries the kind asked
    "new",  # ... with the question's own words masked: "1973" does not answer "When did the 1973 crisis begin?"
    "strict",  # ... a year, a month's day, a weekday; two capitalised words; digits or a number word
    "previous",  # the sentence before it (shown with it) does
    "strict_previous",  # ... strictly
    "near",  # a new value of the kind within NEAR_WORDS words of a question word in the first sentence
    "cover",  # share of the question's IDF the first sentence matches
    "cover_context",  # ... with the sentence before and the title
    "sought",  # the first candidate (or the sentence before, the title) has what is asked ("founded")
    "margin",  # the first's score less the fifth's (none: 0, a lone candidate leads), over the first's:
    # a share, as every feature here; a raw score fitted on SQuAD refused answers in small archives
    "top_share",  # share of the first TOP sentences carrying the kind
    "candidates",  # log(1 + kept candidates)
)

# Fitted by ``benchmarks/answerable_fit.py`` (the command: docs/ranking-news.md, "A learned
# gate") on SQuAD's half A and the news set's half A: answerable questions the bot answers
# against their answer-removed versions, one logistic model per kind (Newton's method, L2
# 1). THRESHOLD refuses 0.1 % of those halves' questions; a question is refused when its
# probability of being answerable falls below it. The order is FEATURES'.
WEIGHTS: dict[str, tuple[float, ...]] = {
    "time": (-3.481, -0.071, 0.280, 0.335, -0.051, 0.197, 0.590, 2.347, 2.330, -0.106, 1.627, 0.142, -0.158),
    "person": (-4.720, 0.027, 0.015, -0.016, -0.120, -0.328, 0.245, 2.002, 2.356, 0.248, 2.838, 0.241, 0.277),
    "number": (-4.290, 0.581, -0.118, -0.118, 0.235, -0.381, 0.362, 2.068, 1.862, 1.052, 1.250, -0.097, 0.044),
}
THRESHOLD = 0.1138


# Features read from the arrays search already has; the others read sentences' text (regular
# expressions: most of the gate's time), each in [0, 1], so the cheap ones alone often bound
# the decision either way and the text is never read (``answerable``).
_CHEAP = ("bias", "cover", "cover_context", "sought", "margin", "candidates")
_READ = tuple(f for f in FEATURES if f not in _CHEAP)


def features(
    kind: str,
    query: Query,
    candidates: Candidates,
    rows: Sequence[int] | np.ndarray,
    scores: Sequence[float] | np.ndarray,
    previous: str | None,
    names_person: Callable[[str], bool],
) -> np.ndarray:
    """The gate's features of a search result: ``rows`` are the candidates best first (places
    in ``candidates``), ``scores`` their re-ranking scores in that order, ``previous`` the
    text of the sentence before the first (shown with it)."""
    values = _cheap(query, candidates, rows, scores) | _read(kind, query, candidates, rows, previous, names_person)
    return np.asarray([values[f] for f in FEATURES], dtype=float)


def probability(kind: str, values: np.ndarray) -> float:
    """The fitted probability that a result with these features answers a ``kind`` question."""
    weights = WEIGHTS.get(kind)
    if weights is None:
        return 1.0
    return 1.0 / (1.0 + math.exp(-float(np.dot(weights, values))))


def answerable(
    kind: str,
    query: Query,
    candidates: Candidates,
    rows: Sequence[int] | np.ndarray,
    scores: Sequence[float] | np.ndarray,
    previous: Callable[[], str | None],
    names_person: Callable[[str], bool],
) -> bool:
    """Whether the gate lets a ``kind`` question with this search result be answered
    (``features``' arguments; ``previous`` reads the sentence before the first, when needed).
    The same decision as ``probability(kind, features(...)) >= THRESHOLD``."""
    bounds = _BOUNDS.get(kind)
    if bounds is None:
        return True
    weight = _WEIGHT_OF[kind]
    bar = _BAR
    logit = sum(weight[f] * v for f, v in _cheap(query, candidates, rows, scores).items())
    if logit + bounds[1] < bar:  # refused whatever the text says
        return False
    if logit + bounds[0] >= bar:  # answered whatever it says
        return True
    read = _read(kind, query, candidates, rows, previous(), names_person)
    return logit + sum(weight[f] * v for f, v in read.items()) >= bar


def _cheap(
    query: Query, candidates: Candidates, rows: Sequence[int] | np.ndarray, scores: Sequence[float] | np.ndarray
) -> dict[str, float]:
    first = rows[0]
    idf = np.asarray(query.idf, dtype=float)
    total = float(idf.sum()) or 1.0
    has = candidates.has[first]
    fields = has | candidates.previous[first] | candidates.title[first]
    own, around = query.groups_in(np.stack((has, fields)))
    sought = float(fields[[query.slots[t] for t in query.sought]].any()) if query.sought else 1.0
    last = scores[TOP - 1] if len(scores) >= TOP else 0.0
    return {
        "bias": 1.0,
        "cover": float(idf[own].sum()) / total,
        "cover_context": float(idf[around].sum()) / total,
        "sought": sought,
        "margin": float(scores[0] - last) / max(abs(float(scores[0])), 1e-9),
        "candidates": math.log1p(len(rows)),
    }


def _read(
    kind: str,
    query: Query,
    candidates: Candidates,
    rows: Sequence[int] | np.ndarray,
    previous: str | None,
    names_person: Callable[[str], bool],
) -> dict[str, float]:
    text = candidates.texts[rows[0]]
    masked = _masked(text, query.words)
    top = rows[:TOP]
    return {
        "own": float(carries(kind, text, names_person)),
        "new": float(carries(kind, masked, names_person)),
        "strict": float(offers_value(_STRICT[kind], masked)),
        "previous": float(bool(previous) and carries(kind, previous or "", names_person)),
        "strict_previous": float(bool(previous) and offers_value(_STRICT[kind], _masked(previous or "", query.words))),
        "near": float(_near(kind, text, query.words, names_person)),
        "top_share": sum(carries(kind, candidates.texts[r], names_person) for r in top) / len(top),
    }


_WEIGHT_OF = {kind: dict(zip(FEATURES, weights, strict=True)) for kind, weights in WEIGHTS.items()}
_BAR = math.log(THRESHOLD / (1.0 - THRESHOLD))  # THRESHOLD as a logit
# Per kind, the most and the least the features read from text can add to the logit.
_BOUNDS = {
    kind: (
        sum(min(0.0, w) for f, w in zip(FEATURES, weights, strict=True) if f in _READ),
        sum(max(0.0, w) for f, w in zip(FEATURES, weights, strict=True) if f in _READ),
    )
    for kind, weights in WEIGHTS.items()
}
# The kinds read strictly: what ``answer_type`` finds of a date, a name, a quantity.
_STRICT = {"time": AnswerType.DATE, "person": AnswerType.PERSON, "number": AnswerType.QUANTITY}
_TOKEN = re.compile(r"\S+")


def _near(kind: str, text: str, words: frozenset[str], names_person: Callable[[str], bool]) -> bool:
    """Whether ``text`` carries the kind within NEAR_WORDS words of one of the question's
    ``words`` (written, lowercase; not its function words)."""
    tokens = _TOKEN.findall(text)
    marks = [k for k, t in enumerate(tokens) if _bare(t) in words and _bare(t) not in STOP_WORDS]
    if not marks:
        return False
    keep = np.zeros(len(tokens), dtype=bool)
    for k in marks:
        keep[max(0, k - NEAR_WORDS) : k + NEAR_WORDS + 1] = True
    window = " ".join(t if keep[k] and _bare(t) not in words else "|" for k, t in enumerate(tokens))
    return carries(kind, window, names_person)


def _masked(text: str, words: frozenset[str]) -> str:
    """``text`` with the question's ``words`` blanked out: what it says besides them."""
    return " ".join("|" if _bare(t) in words else t for t in _TOKEN.findall(text))


def _bare(token: str) -> str:
    return token.strip(".,;:!?\"'()[]“”‘’").lower()
