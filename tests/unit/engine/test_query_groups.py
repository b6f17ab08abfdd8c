"""Which of a question's term groups each candidate has, as re-ranking and the relevance test read them."""

import numpy as np

from bot.engine.candidates import Query

QUERY = Query(
    groups=(("russia", "russian"), ("troop",), ("border",)),
    idf=(1.0, 2.0, 3.0),
    pairs=(),
    words=frozenset(),
    relatives=(("soldier", "army"), (), ("frontier",)),
)


def _has(*rows: set[str]) -> np.ndarray:
    table = [[term in row for term in QUERY.terms] for row in rows]
    return np.array(table, dtype=bool).reshape(len(rows), len(QUERY.terms))


def test_a_candidate_has_a_group_when_it_has_any_of_its_terms():
    found = QUERY.groups_in(_has({"russian", "border"}, {"troop"}, set(), {"russia", "russian", "troop", "border"}))
    assert found.tolist() == [[True, False, True], [False, True, False], [False, False, False], [True, True, True]]


def test_a_group_without_relatives_is_had_by_no_candidate_through_them():
    found = QUERY.relatives_in(_has({"army", "frontier", "troop"}, {"soldier"}))
    assert found.tolist() == [[True, False, True], [True, False, False]]


def test_no_candidates_have_no_groups():
    assert QUERY.groups_in(_has()).shape == (0, 3)
