"""Agreement across outlets: how many other articles say nearly the same as a candidate."""

from __future__ import annotations

from bot.engine.candidates import Candidates, Query
from bot.engine.corpus import load_corpus
from bot.engine.rerank import FEATURES, features
from bot.engine.search import SearchOptions, build_index

QUERY = Query(groups=(("troop",),), idf=(1.0,), pairs=(), words=frozenset({"troops"}))
SAID = "Russia has massed 100,000 troops near the border."


def candidates(rows: list[tuple[str, int]]) -> Candidates:
    """Candidates of these texts, each of the article numbered beside it."""
    texts = [(text, ("troop",), frozenset(), (), ()) for text, _ in rows]
    return Candidates.of(QUERY, [1.0] * len(rows), range(len(rows)), texts, [0] * len(rows), [a for _, a in rows])


def test_other_articles_saying_nearly_the_same_are_counted_once_each():
    found = candidates(
        [(SAID, 0), (SAID, 1), ("Russia has massed 100,000 troops near the border, officials said.", 2), (SAID, 2)]
    )
    assert found.with_agreement([0]).agreeing.tolist() == [2, 0, 0, 0]


def test_a_copy_in_the_same_article_and_a_different_sentence_do_not_agree():
    found = candidates([(SAID, 0), (SAID, 0), ("Troops rested near the river on Monday.", 1)])
    assert found.with_agreement([0, 1, 2]).agreeing.tolist() == [0, 0, 0]


def test_the_agreement_feature_is_the_log_of_one_more_than_the_agreeing_articles():
    found = candidates([(SAID, 0), (SAID, 1), (SAID, 2), (SAID, 3)]).with_agreement([0])
    assert features(QUERY, found)[:, FEATURES.index("agreement")].tolist() == [2.0, 0.0, 0.0, 0.0]


def test_with_agreement_on_the_sentence_several_outlets_report_ranks_first(write_articles):
    lone = "date 2023-01-01 title: Border\nSome 90,000 troops gathered near the border."
    corpus = write_articles(
        {
            "a.txt": lone,
            **{f"{n}.txt": f"date 2023-01-01 title: Border\n{SAID}" for n in "bcd"},
            "e.txt": "date 2023-01-01 title: Markets\nShares rose in early trading.",
        }
    )
    question = "how many troops near the border?"
    on = build_index(load_corpus(corpus), SearchOptions(agreement=True)).search(question)
    off = build_index(load_corpus(corpus)).search(question)
    assert (on[0].text, off[0].text) == (SAID, "Some 90,000 troops gathered near the border.")
