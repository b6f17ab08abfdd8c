"""The answer marked in a passage: typed span finding, precise before anything else."""

from __future__ import annotations

import json

import pytest

from bot.engine.answer_spans import answer_spans
from tests.conftest import ROOT

SET = [json.loads(line) for line in (ROOT / "tests" / "data" / "answer_spans.jsonl").read_text().splitlines()]


def marked(question: str, text: str) -> list[str]:
    return [text[a:b] for a, b in answer_spans(question, text)]


def test_how_many_troops_marks_the_number_in_each_passage(seed_index):
    passages = seed_index.search("how many troops?")
    assert marked("how many troops?", passages[0].text) == ["100,000"]
    assert marked("how many troops?", passages[1].text) == ["8500"]


def test_who_is_the_kremlin_spokesman_marks_dmitry_peskov(seed_index):
    [first, *_] = seed_index.search("who is the Kremlin spokesman?")
    assert marked("who is the Kremlin spokesman?", first.text) == ["Dmitry Peskov"]


def test_search_passages_carry_their_answer_spans(seed_index):
    first = seed_index.search("how many troops?")[0]
    assert [first.text[a:b] for a, b in first.answer_spans] == ["100,000"]


def test_a_passage_without_the_answer_marks_nothing():
    text = "British Prime Minister Boris Johnson also said he is prepared to send troops to protect allies."
    assert marked("how many troops?", text) == []


def test_questions_that_ask_for_no_quantity_date_person_or_place_mark_nothing():
    assert marked("what did NATO say?", "NATO said on Monday it had 8500 troops near Riga.") == []


def test_the_questions_own_words_are_never_the_answer():
    assert marked("When was the treaty signed in 1994?", "The treaty signed in 1994 guaranteed the borders.") == []


def test_a_deputy_does_not_answer_who_the_minister_is():
    text = "A shipment arrived, according to Deputy Defence Minister Hanna Maliar."
    assert marked("Who is the defence minister?", text) == []


def test_a_number_not_attached_to_the_asked_noun_is_not_marked():
    assert marked("how many troops did the US order?", "Moscow has massed 100,000 troops near Ukraine.") == []


@pytest.mark.parametrize("question", ["how many troops?", "who is it?", "when?", "where?", "🙂 <b>&", ""])
def test_odd_input_never_fails(question):
    for text in ["", "<b>", "100,000", "In 2014, Moscow", "—", "A" * 5000]:
        for a, b in answer_spans(question, text):
            assert 0 <= a < b <= len(text)


def test_span_finder_is_precise_on_the_varied_set():
    """Every mark must be right (precision); most answers found (recall)."""
    made = right = answerable = found = 0
    wrong = []
    for item in SET:
        got = marked(item["q"], item["text"])
        made += len(got)
        right += sum(1 for g in got if g == item["answer"])
        wrong += [(item["q"], g) for g in got if g != item["answer"]]
        if item["answer"]:
            answerable += 1
            found += item["answer"] in got
    assert len(SET) >= 40 and made >= 20
    assert right / made >= 0.95, wrong
    assert found / answerable >= 0.8
