"""Re-ranking reads a question in its own language: the kind of answer from that language's
question words, evidence of it in any script, and English-only rules for English questions only."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.analysis import language as language_module
from bot.engine.answer_spans import answer_spans
from bot.engine.answer_type import AnswerType, answer_type, offers
from bot.engine.conversation import spelled
from bot.engine.opening import open_index
from bot.engine.question import Question, language_of
from bot.engine.search import SearchOptions
from tests.support.languages import ENGLISH_ARTICLE, GERMAN_ARTICLE, MIXED


@pytest.mark.parametrize(
    ("question", "language", "kind"),
    [
        ("Wie viele Soldaten wurden an die Grenze verlegt?", "de", AnswerType.QUANTITY),
        ("Wann wurde die Pipeline gebaut?", "de", AnswerType.DATE),
        ("Wer ist der Bundeskanzler?", "de", AnswerType.PERSON),
        ("¿Dónde se firmó el acuerdo?", "es", AnswerType.PLACE),
        ("Кто основал Киев?", "ru", AnswerType.PERSON),
        ("В каком году был основан Киев?", "ru", AnswerType.DATE),
        ("Kaç asker sınıra gönderildi?", "tr", AnswerType.QUANTITY),
        ("Πότε ιδρύθηκε η πόλη;", "el", AnswerType.DATE),
        ("متى تأسست المدينة؟", "ar", AnswerType.DATE),
        ("किस वर्ष शहर की स्थापना हुई?", "hi", AnswerType.DATE),
        ("Ai là người sáng lập thành phố?", "vi", AnswerType.PERSON),
        ("这座城市是谁建立的？", "zh", AnswerType.PERSON),
        ("Die Gaspreise stiegen stark.", "de", AnswerType.OTHER),
    ],
)
def test_a_question_asks_for_the_kind_its_own_language_s_question_words_name(question, language, kind):
    assert answer_type(question, language) is kind


def test_an_english_question_word_quoted_in_a_russian_question_is_not_read_by_english_rules():
    question = "Кто спел песню «Where Is My Mind»?"
    assert answer_type(question, "en") is AnswerType.PLACE  # what English rules would make of it
    assert Question(question, language="ru").kind is AnswerType.PERSON


def test_a_language_without_question_words_here_asks_for_no_particular_kind():
    assert answer_type("Hvem grundlagde byen?", "da") is AnswerType.OTHER


@pytest.mark.parametrize(
    ("kind", "passage", "language"),
    [
        (AnswerType.DATE, "Die Pipeline wurde am 3. März eröffnet.", "de"),
        (AnswerType.DATE, "Город был основан 12 января.", "ru"),
        (AnswerType.DATE, "这座城市建于1990年。", "zh"),
        (AnswerType.DATE, "शहर की स्थापना जनवरी में हुई।", "hi"),
        (AnswerType.QUANTITY, "Более 40 тысяч беженцев прибыли.", "ru"),
        (AnswerType.PERSON, "Об этом сообщил Владимир Путин.", "ru"),
        (AnswerType.PLACE, "Die Minister trafen sich in Brüssel.", "de"),
    ],
)
def test_a_passage_offers_the_kind_asked_for_in_its_own_script(kind, passage, language):
    assert offers(kind, passage, language)


@pytest.mark.parametrize(
    ("kind", "passage", "language"),
    [
        (AnswerType.DATE, "Die Gaspreise stiegen danach stark.", "de"),
        (AnswerType.QUANTITY, "Их разместили во временных лагерях.", "ru"),
        (AnswerType.PERSON, "об этом сообщили власти.", "ru"),
        (AnswerType.DATE, "Цены выросли на 13 процентов.", "ru"),
    ],
)
def test_a_passage_without_that_kind_of_answer_does_not_offer_it(kind, passage, language):
    assert not offers(kind, passage, language)


def test_english_number_words_are_no_quantity_in_another_language():
    # "one" is an English number word; in a German sentence it is no evidence of a count.
    assert offers(AnswerType.QUANTITY, "They sent one envoy.")
    assert not offers(AnswerType.QUANTITY, "Sie schickten one envoy.", "de")


def test_a_non_english_question_gets_no_answer_marked_by_english_patterns():
    text = "Russia has moved about 100,000 troops to the border."
    assert answer_spans(Question("How many troops has Russia moved?"), text)
    assert answer_spans(Question("How many troops has Russia moved?", language="de"), text) == ()


def test_a_german_how_much_question_ranks_the_sentence_with_a_number_first(write_articles):
    article = (
        "date 2022-02-21 title: Energie\n\n"
        "Danach stiegen die Gaspreise in Europa stark.\n\n"
        "Nach dem Stopp der Pipeline und den neuen Sanktionen gegen Russland am Montag stiegen in Europa "
        "die Gaspreise um 13 Prozent."
    )  # on its words alone the shorter first sentence ranks first
    index = open_index(write_articles({"gas.txt": article}))
    passages = index.search(Question("Um wie viel stiegen die Gaspreise in Europa?", language="de"))
    assert "13 Prozent" in passages[0].text


def test_with_own_language_off_every_question_is_re_ranked_by_english_rules(write_articles):
    index = open_index(write_articles({"german.txt": GERMAN_ARTICLE}))
    question = Question("Wer sagte, die Lage an der Grenze habe sich verändert?", language="de")
    assert index.candidates(question)[0].kind is AnswerType.PERSON
    index.options = SearchOptions(own_language=False)
    assert index.candidates(question)[0].kind is AnswerType.OTHER


PIPELINE_ARTICLE = (
    "date 2022-02-21 title: Nord Stream\n\n"
    "Die Pipeline wurde im Jahr 2011 gebaut. Die Pipeline führt durch die Ostsee nach Deutschland."
)


def test_an_english_question_s_typo_is_corrected_in_its_text(write_articles):
    index = open_index(write_articles({"pipeline.txt": PIPELINE_ARTICLE}))
    assert spelled(index, "When was the pipelime built?") == "When was the pipeline built?"


def test_a_german_question_s_text_is_not_rewritten_by_spelling_correction(write_articles):
    index = open_index(write_articles({"pipeline.txt": PIPELINE_ARTICLE}))
    question = "Wann wurde die Pipelime gebaut?"
    assert spelled(index, question) == question


def test_a_questions_language_is_detected_once_per_text_and_hint(monkeypatch):
    ranked = []

    class Counting:
        def rank(self, sample: str) -> list[tuple[str, float]]:
            ranked.append(sample)
            return [("de", 0.9)]

    monkeypatch.setattr(language_module, "_identifier", Counting)
    text = "Kvarn zippel mork, trabbe lunn quasto ferrin?"  # no language's stop words: the model decides
    assert [language_of(text), language_of(text)] == ["de", "de"]
    assert ranked == [text]


def test_a_question_of_names_and_nouns_is_read_in_the_language_of_a_one_language_archive():
    assert language_of("biden birthday") != "en"  # alone, the model guesses from a few letters
    assert language_of("biden birthday", archive="en") == "en"


def test_a_question_whose_stop_words_show_its_language_keeps_it_in_a_one_language_archive():
    assert language_of("Wie alt ist der Präsident?", archive="en") == "de"


def test_the_askers_language_tag_settles_a_question_before_the_archive_s_language():
    assert language_of("biden birthday", "tr", archive="en") == "tr"


def test_an_archive_in_one_language_has_that_language_and_a_mixed_one_none(write_articles):
    assert open_index(write_articles({"english.txt": ENGLISH_ARTICLE})).sole_language() == "en"
    assert open_index(write_articles(MIXED)).sole_language() is None


def test_a_question_read_for_an_archive_in_one_language_takes_its_language(write_articles):
    index = open_index(write_articles({"english.txt": ENGLISH_ARTICLE}))
    assert Question.ask("biden birthday", lambda: dt.date(2022, 2, 20), None, index.sole_language()).language == "en"
