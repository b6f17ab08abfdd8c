"""Re-ranking features read a sentence in its context: neighbours, title, words as written."""

import numpy as np

from bot.engine.answer_type import AnswerType
from bot.engine.candidates import Candidates, CandidateText, Query
from bot.engine.rerank import FEATURES, Weights, added_in_order, completes, features, scores

QUERY = Query(
    groups=(("tesla",), ("patent",)),
    idf=(3.0, 1.0),
    pairs=(("tesla", "patent"),),
    words=frozenset({"how", "many", "patents", "tesla"}),
    kind=AnswerType.QUANTITY,
)


def candidate(terms: tuple[str, ...], previous: tuple[str, ...] = (), title: tuple[str, ...] = ()) -> CandidateText:
    return " ".join(terms), terms, frozenset(terms), previous, title


def candidates(*rows: CandidateText, query: Query = QUERY) -> Candidates:
    return Candidates.of(query, [1.0] * len(rows), range(len(rows)), rows)


def feature(row, name: str) -> float:
    return float(row[FEATURES.index(name)])


def test_coverage_is_the_share_of_the_questions_idf_the_sentence_matches():
    rows = features(QUERY, candidates(candidate(("tesla", "work")), candidate(("patent",))))
    assert feature(rows[0], "coverage") == 0.75
    assert feature(rows[1], "coverage") == 0.25


def test_a_term_only_the_sentence_before_has_counts_as_previous_evidence():
    row = features(QUERY, candidates(candidate(("patent", "300"), previous=("tesla", "born"))))[0]
    assert feature(row, "previous") == 0.75
    assert feature(row, "coverage") == 0.25


def test_a_term_the_sentence_has_itself_is_not_counted_again_from_its_context():
    row = features(QUERY, candidates(candidate(("tesla", "patent"), previous=("tesla",), title=("tesla",))))[0]
    assert feature(row, "previous") == 0.0
    assert feature(row, "title") == 0.0


def test_a_term_only_the_title_has_counts_as_title_evidence():
    row = features(QUERY, candidates(candidate(("patent",), title=("tesla",))))[0]
    assert feature(row, "title") == 0.75


def test_a_group_only_a_relative_of_stands_for_counts_as_related_evidence():
    query = Query(groups=QUERY.groups, idf=QUERY.idf, pairs=(), words=QUERY.words, relatives=((), ("invent",)))
    row = features(query, candidates(candidate(("tesla", "invent")), query=query))[0]
    assert feature(row, "related") == 0.25


def test_a_relative_counts_nothing_where_the_sentence_has_the_word_itself():
    query = Query(groups=QUERY.groups, idf=QUERY.idf, pairs=(), words=QUERY.words, relatives=((), ("invent",)))
    row = features(query, candidates(candidate(("patent", "invent")), query=query))[0]
    assert feature(row, "related") == 0.0


def test_surface_words_count_the_questions_words_written_the_same():
    row = features(QUERY, candidates(candidate(("how", "many", "patent"))))[0]
    assert feature(row, "surface") == 0.5


def test_answer_type_feature_marks_a_passage_offering_a_number():
    rows = features(QUERY, candidates(candidate(("tesla", "300")), candidate(("tesla", "many"))))
    assert feature(rows[0], "answer_type") == 1.0
    assert feature(rows[1], "answer_type") == 0.0


def test_a_number_counts_again_for_a_how_many_question():
    rows = features(QUERY, candidates(candidate(("tesla", "300"))))
    assert feature(rows[0], "quantity") == 1.0


def test_a_currency_amount_counts_twice_for_a_money_question_and_a_bare_number_not_at_all():
    money = Query(groups=QUERY.groups, idf=QUERY.idf, pairs=QUERY.pairs, words=QUERY.words, kind=AnswerType.MONEY)
    found = candidates(candidate(("tesla", "$300")), candidate(("tesla", "300")), query=money)
    rows = features(money, found)
    assert (feature(rows[0], "answer_type"), feature(rows[0], "quantity")) == (1.0, 1.0)
    assert (feature(rows[1], "answer_type"), feature(rows[1], "quantity")) == (0.0, 0.0)


def test_a_date_counts_once_for_a_when_question():
    when = Query(groups=QUERY.groups, idf=QUERY.idf, pairs=QUERY.pairs, words=QUERY.words, kind=AnswerType.DATE)
    rows = features(when, candidates(candidate(("tesla", "1901")), query=when))
    assert feature(rows[0], "answer_type") == 1.0
    assert feature(rows[0], "quantity") == 0.0


def test_a_switched_off_feature_no_longer_moves_the_score():
    with_context = candidates(candidate(("patent",), previous=("tesla",)))
    alone = candidates(candidate(("patent",)))
    weights = Weights().without("previous")
    assert scores(QUERY, with_context, weights)[0] == scores(QUERY, alone, weights)[0]
    assert scores(QUERY, with_context, Weights())[0] > scores(QUERY, alone, Weights())[0]


def test_no_candidates_give_no_scores():
    assert scores(QUERY, candidates(), Weights()).size == 0


def test_proximity_finds_a_pair_after_an_earlier_lone_occurrence():
    row = features(QUERY, candidates(candidate(("tesla", "born", "in", "smiljan", "tesla", "patent"))))[0]
    assert feature(row, "proximity") == 1.0


def test_proximity_ignores_a_pair_more_than_one_word_apart():
    apart = candidate(("tesla", "filed", "many", "patent"))
    assert feature(features(QUERY, candidates(apart))[0], "proximity") == 0.0
    near = Query(groups=(("tesla",), ("many",)), idf=(1.0, 1.0), pairs=(("tesla", "many"),), words=frozenset())
    assert feature(features(near, candidates(apart, query=near))[0], "proximity") == 1.0


def test_proximity_does_not_join_the_end_of_one_sentence_to_the_next():
    rows = features(QUERY, candidates(candidate(("born", "tesla")), candidate(("patent", "filed"))))
    assert feature(rows[0], "proximity") == feature(rows[1], "proximity") == 0.0


def test_taken_candidates_keep_their_own_features_in_the_new_order():
    together = candidates(candidate(("tesla", "patent")), candidate(("work",), title=("tesla",)), candidate(("300",)))
    taken = together.take(np.array([2, 0]))
    np.testing.assert_array_equal(features(QUERY, taken), features(QUERY, together)[[2, 0]])
    assert taken.texts == ["300", "tesla patent"]


def test_joined_candidates_read_as_one_batch():
    first = candidates(candidate(("tesla", "patent")), candidate(("many",), previous=("tesla",)))
    second = candidates(candidate(("patent", "tesla")))
    joined = Candidates.concatenate([first, second])
    alone = candidates(
        candidate(("tesla", "patent")), candidate(("many",), previous=("tesla",)), candidate(("patent", "tesla"))
    )
    np.testing.assert_array_equal(features(QUERY, joined), features(QUERY, alone))


def dated(days: list[int], query: Query) -> Candidates:
    rows = [candidate(("tesla",)) for _ in days]
    return Candidates.of(query, [1.0] * len(rows), range(len(rows)), rows, days, range(len(rows)))


def test_recency_is_one_for_the_newest_date_and_half_a_week_older():
    query = Query(groups=QUERY.groups, idf=QUERY.idf, pairs=(), words=frozenset(), newest=738000)
    rows = features(query, dated([738000, 737993], query))
    assert [feature(row, "recency") for row in rows] == [1.0, 0.5]


def test_recency_is_zero_without_a_newest_date():
    rows = features(QUERY, dated([738000, 737000], QUERY))
    assert [feature(row, "recency") for row in rows] == [0.0, 0.0]


def test_period_marks_candidates_dated_inside_the_preferred_period():
    query = Query(groups=QUERY.groups, idf=QUERY.idf, pairs=(), words=frozenset(), prefer=(737995, 738000))
    rows = features(query, dated([738000, 737990], query))
    assert [feature(row, "period") for row in rows] == [1.0, 0.0]


def test_article_evidence_counts_what_only_other_candidates_of_the_same_article_match():
    rows = [candidate(("tesla",)), candidate(("patent",)), candidate(("patent",))]
    found = Candidates.of(QUERY, [1.0] * 3, range(3), rows, [0, 0, 0], [7, 7, 8])
    table = features(QUERY, found)
    assert [feature(row, "article") for row in table] == [0.25, 0.75, 0.0]


def test_asking_counts_only_the_question_sentence_of_a_two_part_question():
    query = Query(groups=QUERY.groups, idf=QUERY.idf, pairs=(), words=frozenset(), asking=(False, True))
    table = features(query, candidates(candidate(("tesla",)), candidate(("patent",)), query=query))
    assert [feature(row, "asking") for row in table] == [0.0, 1.0]


def test_following_counts_what_only_the_sentence_after_matches():
    found = candidates(candidate(("tesla",)), candidate(("tesla",), previous=("patent",)))
    read = found.with_after(QUERY, [0, 1], [("patent", "filed"), ("patent",)])
    assert [feature(row, "following") for row in features(QUERY, read)] == [0.25, 0.0]


def test_following_is_zero_where_the_sentence_after_was_not_read():
    found = candidates(candidate(("tesla",)), candidate(("tesla",)))
    read = found.with_after(QUERY, [1], [None])
    assert [feature(row, "following") for row in features(QUERY, read)] == [0.0, 0.0]


def test_a_sentence_after_that_refers_back_completes_the_candidate():
    assert completes(QUERY, "Tesla filed 300 patents.", "So far, the inventor has sold none of them.")


def test_a_sentence_after_on_a_subject_of_its_own_does_not_complete_the_candidate():
    assert not completes(QUERY, "Tesla filed 300 patents.", "Edison sold none of his.")


def test_a_sentence_after_giving_the_asked_number_the_candidate_lacks_is_an_answer_of_its_own():
    assert not completes(QUERY, "Tesla filed patents all his life.", "They numbered about 300.")
    assert completes(QUERY, "Tesla filed 300 patents.", "They numbered about 300 in all.")


def test_group_weights_are_added_in_question_order_to_the_bit():
    rng = np.random.default_rng(4)
    for groups in range(1, 9):
        found = rng.random((50, groups)) < 0.5
        weights = list(rng.random(groups) * 10.0 ** rng.integers(-3, 4, groups))  # orders of magnitude apart
        expected = np.zeros(50)
        for group, weight in enumerate(weights):
            expected += np.where(found[:, group], weight, 0.0)
        assert added_in_order(found, weights).tobytes() == expected.tobytes()
