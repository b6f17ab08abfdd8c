"""The answer marked in a passage: typed span finding, precise before anything else."""

from __future__ import annotations

import json

import pytest

from bot.engine import related_words
from bot.engine import search as search_module
from bot.engine.answer_spans import answer_spans, context_spans
from tests.support.paths import ROOT

SET = [json.loads(line) for line in (ROOT / "tests" / "data" / "answer_spans.jsonl").read_text().splitlines()]


def marked(question: str, text: str, around: str = "") -> list[str]:
    return [text[a:b] for a, b in answer_spans(question, text, around)]


def marked_before(question: str, text: str, context: str) -> list[str]:
    return [context[a:b] for a, b in context_spans(question, text, context)]


REZNIKOV = 'In parliament, Defence Minister Oleksii Reznikov said that "as of today, there are no grounds to believe".'


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


@pytest.mark.usefixtures("wordnet")
def test_a_passage_marked_again_for_the_same_question_is_read_again_only_once_wordnet_changes(
    seed_index, monkeypatch, tmp_path
):
    read: list[str] = []
    spans = search_module.answer_spans
    monkeypatch.setattr(search_module, "answer_spans", lambda *args: read.append(args[1]) or spans(*args))
    search_module._spans.cache_clear()
    question = "who is the Kremlin spokesman?"
    first = [p.answer_spans for p in seed_index.search(question)]
    assert [p.answer_spans for p in seed_index.search(question)] == first and len(read) == len(first)
    monkeypatch.setattr(related_words, "WORDNET_DIR", tmp_path)  # its files gone: what they said is not kept
    related_words._file.cache_clear()
    try:
        seed_index.search(question)
        assert len(read) > len(first)
    finally:
        related_words._file.cache_clear()


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
        got = marked(item["q"], item["text"], item.get("around", ""))
        got += marked_before(item["q"], item["text"], item.get("context", ""))
        made += len(got)
        right += sum(1 for g in got if g == item["answer"])
        wrong += [(item["q"], g) for g in got if g != item["answer"]]
        if item["answer"]:
            answerable += 1
            found += item["answer"] in got
    assert len(SET) >= 40 and made >= 20
    assert right == made, wrong
    assert found / answerable >= 0.9


def test_a_year_opening_the_sentence_answers_when_a_derived_form_names_the_place():
    text = "In 2014, following the ouster of a president in Kyiv, Moscow annexed Ukraine's Crimean Peninsula."
    assert marked("when did Russia annex Crimea?", text) == ["2014"]


def test_a_day_opening_the_sentence_before_a_parenthesis_answers_when():
    text = 'On Monday (local time), Zelenskyy told the nation that the situation was "under control".'
    assert marked("when did Zelenskyy say the situation was under control?", text) == ["Monday"]


def test_a_titled_name_answers_for_the_country_the_articles_title_names_first():
    text = "Reznikov's remarks follow multiple reassurances from President Volodymyr Zelenskyy and other officials."
    title = "Ukraine's leaders sought to reassure the nation that an invasion from neighbouring Russia was not imminent"
    assert marked("who is the president of ukraine", text, title) == ["Volodymyr Zelenskyy"]
    assert marked("who is the president of russia", text, title) == []


def test_a_name_titled_for_another_country_does_not_answer_for_the_articles_country():
    text = "Putin may back away from what US President Joe Biden himself has said looks like a threat."
    assert marked("who is the president of ukraine", text, "Ukraine's leaders sought to reassure the nation") == []


def test_a_place_of_the_question_answers_where_the_thing_it_names_is():
    text = "The Russian army's Iskander missile launchers take positions during drills in Russia."
    assert marked("russia drills where", text) == ["Russia"]
    assert marked("where is Russia?", text) == []


def test_a_quote_given_to_he_marks_the_speaker_named_in_the_sentence_before():
    assert marked_before("who said sleep well?", '"Don\'t worry, sleep well," he said.', REZNIKOV) == [
        "Oleksii Reznikov"
    ]


def test_two_speakers_in_the_sentence_before_mark_nothing():
    context = "Joe Biden said the allies were united, and Boris Johnson told reporters that troops were ready."
    assert marked_before("who said we are ready?", '"We are ready," he said.', context) == []


def test_a_question_sharing_only_said_with_the_quote_marks_nothing_before_it():
    assert marked_before("who said that?", '"Don\'t worry, sleep well," he said.', REZNIKOV) == []


def test_a_passage_naming_its_own_answer_marks_nothing_before_it():
    text = '"Don\'t worry, sleep well," Defence Minister Oleksii Reznikov said.'
    assert (
        marked_before("who said sleep well?", text, "Kremlin spokesman Dmitry Peskov said the West was to blame.") == []
    )


def test_search_passages_carry_the_speaker_marked_in_their_context(seed_index):
    first = seed_index.search("who said sleep well?")[0]
    assert first.context is not None
    assert [first.context[a:b] for a, b in first.context_spans] == ["Oleksii Reznikov"]
