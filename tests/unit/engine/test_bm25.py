import mmap
import random

import numpy as np
import pytest
from rank_bm25 import BM25Okapi
from scipy import sparse

from bot.engine.backends.in_process.bm25 import (
    _DENSE_ROWS_KEPT,
    Bm25Matrix,
    LazyBm25Matrix,
    _past_block_floor,
    okapi_idf,
    over_documents,
    term_frequencies,
)


def random_corpus(size: int, seed: int = 7) -> list[list[str]]:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(300)]
    # "common" is in most documents, so BM25Okapi's negative-IDF floor is in play.
    return [rng.choices(vocabulary, k=rng.randint(3, 25)) + ["common"] * (rng.random() < 0.8) for _ in range(size)]


def test_scores_equal_rank_bm25_okapi_where_its_idf_floor_matters():
    corpus = random_corpus(2000)
    okapi, ours = BM25Okapi(corpus), Bm25Matrix.build(corpus)
    assert okapi.idf["common"] == okapi.epsilon * okapi.average_idf  # floored
    for query in (["w1", "w2"], ["common", "w3", "w3"], ["w10", "unknown"], ["common"]):
        np.testing.assert_allclose(ours.scores(query), okapi.get_scores(query), rtol=0, atol=1e-15)


@pytest.mark.parametrize("query", [["w5", "w6"], ["common", "w7"], ["common", "w1", "w2", "w3", "w300"], ["common"]])
@pytest.mark.parametrize("k", [1, 5, 50])
def test_top_k_is_exactly_the_best_of_all_scores(query, k):
    corpus = random_corpus(3000)
    ours = Bm25Matrix.build(corpus)
    all_scores = BM25Okapi(corpus).get_scores(query)
    documents, scores = ours.top(query, k)
    expected = np.lexsort((np.arange(len(all_scores)), -all_scores))[: min(k, np.count_nonzero(all_scores))]
    assert documents.tolist() == expected.tolist()
    np.testing.assert_allclose(scores, all_scores[expected], rtol=0, atol=1e-12)


def test_top_k_with_weights_and_alternatives_matches_full_scoring():
    ours = Bm25Matrix.build(random_corpus(3000))
    query, weights = [("w1", "w2"), "common", "w9"], [1.0, 0.25, 2.0]
    all_scores = ours.scores(query, weights)
    documents, _ = ours.top(query, 10, weights)
    assert documents.tolist() == np.lexsort((np.arange(len(all_scores)), -all_scores))[:10].tolist()


def test_alternatives_score_as_their_best_member():
    ours = Bm25Matrix.build([["crimea", "x"], ["crimean", "y"], ["z"]])
    both = ours.scores([("crimea", "crimean")])
    assert both[0] == ours.scores(["crimea"])[0] and both[1] == ours.scores(["crimean"])[1]


def test_tiny_corpus_still_scores_its_matching_sentence():
    scores = Bm25Matrix.build([["troop", "border"], ["talk", "geneva"]]).scores(["troop"])
    assert scores[0] > 0 and scores[1] == 0


def test_term_in_every_sentence_keeps_a_positive_weight():
    scores = Bm25Matrix.build([["troop", "a1"], ["troop", "b1"], ["troop", "c1"]]).scores(["troop"])
    assert (scores > 0).all()


def test_unknown_terms_score_nothing():
    assert not Bm25Matrix.build([["troop"]]).scores(["pancake"]).any()


def test_empty_corpus_scores_nothing():
    assert Bm25Matrix.build([]).scores(["troop"]).size == 0


def test_top_k_over_long_posting_lists_matches_full_scoring():
    corpus = random_corpus(3000)  # "common" is in ~80% of documents: the dense path
    ours = Bm25Matrix.build(corpus)
    all_scores = ours.scores(["common", "w4"])
    documents, _ = ours.top(["common", "w4"], 20)
    assert documents.tolist() == np.lexsort((np.arange(len(all_scores)), -all_scores))[:20].tolist()


def expected_top(all_scores: np.ndarray, k: int) -> list[int]:
    return np.lexsort((np.arange(len(all_scores)), -all_scores))[: min(k, np.count_nonzero(all_scores))].tolist()


@pytest.mark.parametrize("weights", [[1.0, 1.0], [2.0, 0.5]])
def test_alternatives_covering_many_documents_count_each_document_once_with_its_best(weights):
    corpus = random_corpus(3000)  # "common" and "w3" together: over 1/32 of the documents
    ours = Bm25Matrix.build(corpus)
    query = [("common", "w3"), "w5"]
    all_scores = ours.scores(query, weights)
    documents, scores = ours.top(query, 50, weights)
    assert documents.tolist() == expected_top(all_scores, 50)
    np.testing.assert_array_equal(scores, all_scores[documents])


def test_alternatives_covering_few_documents_after_long_lists_count_each_document_once():
    rng = random.Random(11)
    vocabulary = [f"w{i}" for i in range(3000)]
    corpus = [rng.choices(vocabulary, k=rng.randint(3, 25)) for _ in range(20000)]
    ours = Bm25Matrix.build(corpus)
    query = ["w5", ("w1", "w2")]  # w5 merged first; the pair (1/100 of the documents) added in the dense array
    all_scores = ours.scores(query)
    documents, scores = ours.top(query, 50)
    assert documents.tolist() == expected_top(all_scores, 50)
    np.testing.assert_array_equal(scores, all_scores[documents])


def lazy_matrix(corpus: list[list[str]], live: np.ndarray | None = None) -> LazyBm25Matrix:
    vocabulary: dict[str, int] = {}
    ids = [vocabulary.setdefault(t, len(vocabulary)) for document in corpus for t in document]
    offsets = np.cumsum([0] + [len(document) for document in corpus])
    frequencies = term_frequencies(np.array(ids, dtype=np.int32), offsets, len(vocabulary))
    lengths = np.diff(offsets)
    idf = okapi_idf(np.diff(frequencies.indptr), len(corpus))
    return LazyBm25Matrix(vocabulary, idf, frequencies, lengths, int(lengths.sum()) / len(corpus), live)


def test_weights_computed_on_first_use_equal_rank_bm25_okapi_to_the_bit():
    rng = random.Random(3)
    vocabulary = [f"w{i}" for i in range(60)]
    corpus = [rng.choices(vocabulary, k=rng.randint(3, 30)) for _ in range(500)]  # terms repeat in a document
    assert any(len(set(document)) < len(document) for document in corpus)
    okapi, ours = BM25Okapi(corpus), lazy_matrix(corpus)
    for query in (["w1", "w2"], ["w3", "w3", "w7"], ["w10", "unknown"], [f"w{i}" for i in range(20)]):
        np.testing.assert_array_equal(ours.scores(query), okapi.get_scores(query))


def test_top_k_stays_exact_when_asked_again_and_again():
    corpus = random_corpus(3000)  # "common" is in ~80% of documents: the dense path, its arrays reused
    ours = Bm25Matrix.build(corpus)
    queries = [
        (["common", "w4"], None),
        ([("w1", "w2"), "common", "w9"], [1.0, 0.25, 2.0]),
        (["common"], None),
        ([("w3", "common"), "w5"], [2.0, 1.0]),  # the longest row of an item is not its first
    ]
    for _ in range(3):
        for query, weights in queries:
            all_scores = ours.scores(query, weights)
            documents, _ = ours.top(query, 20, weights)
            assert documents.tolist() == np.lexsort((np.arange(len(all_scores)), -all_scores))[:20].tolist()


def test_a_query_of_short_lists_after_one_of_a_kept_list_scores_exactly():
    """The array a query of kept long lists wrote is zeroed before shorter lists are added into it."""
    corpus = random_corpus(3000)  # "w…" in ~5% of documents: added into zeros; "common" kept over all
    ours = Bm25Matrix.build(corpus)
    queries = [(["w4", "w7"], None), (["common", "w4"], None), (["w5", "w9"], [2.0, 1.0]), (["w5", "w9"], None)]
    for query, weights in queries * 2:
        all_scores = ours.scores(query, weights)
        documents, _ = ours.top(query, 20, weights)
        assert documents.tolist() == np.lexsort((np.arange(len(all_scores)), -all_scores))[:20].tolist()


@pytest.mark.parametrize(("size", "k"), [(1, 1), (5, 3), (3001, 50), (5000, 1), (4097, 100), (200, 150)])
def test_the_block_floor_keeps_every_document_that_may_be_among_the_best(size, k):
    rng = np.random.default_rng(size)
    # Many ties and many documents matching nothing, as in real sums.
    total = np.where(rng.random(size) < 0.3, rng.integers(1, 20, size), 0).astype(np.float32)
    kept = _past_block_floor(total, k, 1e-6)
    positive = np.sort(total[total > 0])[::-1]
    kth = positive[min(k, positive.size) - 1] if positive.size else 1.0
    assert set(np.flatnonzero(total >= kth).tolist()) <= set(kept.tolist())
    assert (total[kept] > 0).all() and np.unique(kept).size == kept.size


def test_more_long_lists_than_are_kept_over_all_documents_still_score_exactly():
    rng = random.Random(5)
    topical = [f"t{i}" for i in range(24)]  # each in about a fifth of the documents: over the dense-row share
    corpus = [rng.sample(topical, 5) + rng.choices([f"w{i}" for i in range(300)], k=8) for _ in range(2000)]
    ours = lazy_matrix(corpus)
    queries = [[topical[i], ("w7", topical[(i + 1) % 24])] for i in range(24)]
    for _ in range(2):  # kept rows read again, forgotten ones made again
        for query in queries:
            all_scores = ours.scores(query, [2.0, 1.0])
            documents, scores = ours.top(query, 30, [2.0, 1.0])
            assert documents.tolist() == expected_top(all_scores, 30)
            np.testing.assert_array_equal(scores, all_scores[documents])
    assert 0 < len(ours._dense_rows) <= _DENSE_ROWS_KEPT


def test_a_weighted_long_list_kept_unweighted_first_scores_as_one_made_afresh():
    rng = random.Random(11)
    corpus = [rng.sample(["long", "other"], 1) * (rng.random() < 0.4) + rng.choices(FILLER, k=8) for _ in range(3000)]
    query = [("long", "other"), "w5"]
    fresh, reused = lazy_matrix(corpus), lazy_matrix(corpus)
    reused.top(query, 20, [1.0, 1.0])  # its unweighted row kept: the weighted one is made from it
    documents, scores = reused.top(query, 20, [2.0, 1.0])
    expected, expected_scores = fresh.top(query, 20, [2.0, 1.0])
    assert documents.tolist() == expected.tolist() == expected_top(fresh.scores(query, [2.0, 1.0]), 20)
    np.testing.assert_array_equal(scores, expected_scores)
    np.testing.assert_array_equal(
        reused._dense_rows[(("long", "other"), 2.0)], fresh._dense_rows[(("long", "other"), 2.0)]
    )


def test_a_long_list_asked_twice_counts_twice_among_the_best():
    rng = random.Random(9)
    # "long" in a quarter of the documents, up to 4 times: one array over all documents, shared by both items.
    corpus = [
        ["long"] * (rng.random() < 0.25) * rng.randint(1, 4)
        + ["rare"] * (rng.random() < 0.1)
        + rng.choices(FILLER, k=rng.randint(4, 30))
        for _ in range(3000)
    ]
    ours = Bm25Matrix.build(corpus)
    for query in (["long", "long", "rare"], ["rare", "long", "long"]):
        all_scores = ours.scores(query)
        documents, scores = ours.top(query, 20)
        assert documents.tolist() == expected_top(all_scores, 20)
        np.testing.assert_array_equal(scores, all_scores[documents])


FILLER = [f"w{i}" for i in range(300)]


@pytest.mark.parametrize("k", [1, 20, 5000])
@pytest.mark.parametrize("weight", [1.0, 0.3])
@pytest.mark.parametrize("term", ["common", "w5"])
def test_a_one_term_query_finds_its_best_in_its_own_list(term, weight, k):
    corpus = random_corpus(3000)  # "common" in ~80 % of the documents, "w5" in ~5 %: both past the merged lists
    ours = lazy_matrix(corpus, live=np.arange(3000) % 7 != 0)  # removed documents weigh 0
    all_scores = ours.scores([term], [weight])
    documents, scores = ours.top([term], k, [weight])
    assert documents.tolist() == expected_top(all_scores, k)
    np.testing.assert_array_equal(scores, all_scores[documents])


HUGE_PAGE = 2 << 20
huge_pages = pytest.mark.skipif(not hasattr(mmap, "MADV_HUGEPAGE"), reason="no transparent huge pages here")


@huge_pages
def test_an_array_over_a_million_documents_is_zeros_at_a_huge_page_boundary():
    array = over_documents(1_000_000)
    assert array.dtype == np.float32 and array.size == 1_000_000 and array.flags.writeable
    assert array.ctypes.data % HUGE_PAGE == 0
    assert not array.any()


def test_an_array_shorter_than_a_huge_page_is_numpys_own_zeros():
    array = over_documents(1000)
    assert array.base is None and array.dtype == np.float32 and not array.any()


@huge_pages
def test_top_over_documents_in_huge_pages_matches_full_scoring():
    # 600,000 documents: dense rows and borrowed arrays are over a huge page, made by ``over_documents``.
    rng = np.random.default_rng(3)
    size, terms = 600_000, ["long", "longer", "rare"]
    rows = [np.sort(rng.choice(size, count, replace=False)) for count in (200_000, 150_000, 500)]
    matrix = sparse.csr_matrix(
        (np.concatenate([rng.random(r.size) + 0.1 for r in rows]), np.concatenate(rows),
         np.cumsum([0] + [r.size for r in rows])),
        shape=(len(terms), size),
    )  # fmt: skip
    ours = Bm25Matrix({t: i for i, t in enumerate(terms)}, np.ones(len(terms)), matrix)
    for query, weights in ((["long", "rare"], [1.0, 1.0]), ([("long", "longer"), "rare"], [2.0, 1.0])):
        for _ in range(2):  # made, then kept and read again
            documents, scores = ours.top(query, 25, weights)
            all_scores = ours.scores(query, weights)
            assert documents.tolist() == expected_top(all_scores, 25)
            np.testing.assert_array_equal(scores, all_scores[documents])
    assert any(row.ctypes.data % HUGE_PAGE == 0 for row in ours._dense_rows.values())
