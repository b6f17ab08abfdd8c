"""Questions in German, Spanish, French, Russian and Ukrainian: their own time words and small
talk are read, and the English rules of question kinds never misread them."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.conversation import Exchange, understand
from bot.engine.intent import Kind, classify
from bot.engine.question import Question
from bot.engine.time_words import LANGUAGES
from bot.engine.timeframe import find_timeframe

NEWEST = dt.date(2022, 3, 1)  # a Tuesday

# A question with a time word, and its English twin: both restrict to the same dates.
TWINS = [
    ("de", "Wie viele Soldaten letzte Woche?", "How many soldiers last week?"),
    ("de", "Was sagte Scholz seit Februar?", "What did Scholz say since February?"),
    ("de", "Was geschah am 24. Februar 2022?", "What happened on February 24, 2022?"),
    ("de", "Gaspreise in den letzten 3 Tagen", "gas prices in the last 3 days"),
    ("de", "Sanktionen im Jahr 2021", "sanctions in 2021"),
    ("de", "Truppen vor 2022", "troops before 2022"),
    ("es", "¿Cuántos soldados la semana pasada?", "How many soldiers last week?"),
    ("es", "tropas desde febrero", "troops since February"),
    ("es", "¿Qué pasó el 24 de febrero de 2022?", "What happened on February 24, 2022?"),
    ("es", "precios del gas en los últimos 3 días", "gas prices in the last 3 days"),
    ("es", "sanciones este mes", "sanctions this month"),
    ("fr", "Combien de soldats la semaine dernière ?", "How many soldiers last week?"),
    ("fr", "troupes depuis février", "troops since February"),
    ("fr", "les prix du gaz les 3 derniers jours", "gas prices in the last 3 days"),
    ("fr", "sanctions cette semaine", "sanctions this week"),
    ("fr", "les troupes en 2021", "troops in 2021"),
    ("ru", "Сколько солдат на прошлой неделе?", "How many soldiers last week?"),
    ("ru", "Войска с февраля", "troops since February"),
    ("ru", "Что произошло 24 февраля 2022 года?", "What happened on February 24, 2022?"),
    ("ru", "цены на газ за последние 3 дня", "gas prices in the last 3 days"),
    ("ru", "санкции в 2021 году", "sanctions in 2021"),
    ("ru", "войска до 2022 года", "troops before 2022"),
    ("uk", "Скільки солдатів минулого тижня?", "How many soldiers last week?"),
    ("uk", "Війська з лютого", "troops since February"),
    ("uk", "ціни на газ за останні 3 дні", "gas prices in the last 3 days"),
    ("uk", "санкції цього місяця", "sanctions this month"),
    ("uk", "війська у 2021 році", "troops in 2021"),
]


def _dates(question: str, language: str) -> tuple[dt.date | None, dt.date | None]:
    frame, _ = find_timeframe(question, NEWEST, language)
    assert frame is not None, question
    return frame.since, frame.until


@pytest.mark.parametrize(("language", "question", "english"), TWINS, ids=[t[1] for t in TWINS])
def test_time_words_restrict_like_their_english_twin(language, question, english):
    assert _dates(question, language) == _dates(english, "en")


@pytest.mark.parametrize(
    ("language", "question", "rest"),
    [
        ("de", "Was ist letzte Woche passiert?", "Was ist passiert?"),
        ("ru", "Что было 24 февраля?", "Что было?"),
        ("fr", "Que s'est-il passé la semaine dernière ?", "Que s'est-il passé?"),
    ],
)
def test_time_words_are_taken_out_of_the_words_searched(language, question, rest):
    assert find_timeframe(question, NEWEST, language)[1] == rest


@pytest.mark.parametrize(
    ("language", "question"),
    [("de", "Was gab es gestern?"), ("es", "¿Qué pasó ayer?"), ("fr", "Quoi de neuf hier ?"), ("ru", "Что было вчера?"),
     ("uk", "Що було вчора?")],
)  # fmt: skip
def test_yesterday_is_the_day_before_the_newest_article(language, question):
    assert _dates(question, language) == (NEWEST - dt.timedelta(days=1), NEWEST - dt.timedelta(days=1))


@pytest.mark.parametrize(
    ("language", "question"),
    [("de", "die neuesten Nachrichten"), ("es", "las noticias más recientes"), ("fr", "les articles plus récents"),
     ("ru", "последние новости"), ("uk", "останні новини")],
)  # fmt: skip
def test_latest_puts_the_newest_articles_first(language, question):
    frame, _ = find_timeframe(question, NEWEST, language)
    assert frame is not None and frame.newest_first and not frame.restricts


@pytest.mark.parametrize("language", LANGUAGES)
def test_english_time_words_are_not_read_in_another_language(language):
    assert find_timeframe("troops since February", NEWEST, language) == (None, "troops since February")


GREETINGS = {
    "de": ["Hallo!", "Guten Morgen", "Danke schön!", "Wer bist du?", "Tschüss"],
    "es": ["¡Hola!", "Buenos días", "Muchas gracias", "¿Quién eres?", "Adiós"],
    "fr": ["Bonjour !", "Salut", "Merci beaucoup", "Qui es-tu ?", "Au revoir"],
    "ru": ["Привет!", "Добрый день", "Спасибо!", "Кто ты?", "До свидания"],
    "uk": ["Привіт!", "Добрий день", "Дякую!", "Хто ти?", "До побачення"],
}
SMALL_TALK = ["greeting", "greeting", "thanks", "about", "bye"]


@pytest.mark.parametrize(
    ("language", "message", "asks"),
    [
        (language, message, asks)
        for language, said in GREETINGS.items()
        for message, asks in zip(said, SMALL_TALK, strict=True)
    ],
)
def test_small_talk_in_each_language_is_small_talk(language, message, asks):
    intent = classify(message, None, language)
    assert (intent.kind, intent.asks) == (Kind.CHAT, asks)


def test_a_greeting_before_a_question_leaves_the_question():
    intent = classify("Hallo, wie viele Soldaten?", None, "de")
    assert (intent.kind, intent.topic) == (Kind.PASSAGES, "wie viele Soldaten?")


@pytest.mark.parametrize(
    ("language", "question"),
    [("de", "Wer ist der Präsident?"), ("de", "Was ist der Brief?"), ("es", "¿Quién es el presidente?"),
     ("fr", "Qui est le président ?"), ("ru", "Кто президент?"), ("uk", "Хто президент?")],
)  # fmt: skip
def test_a_plain_question_is_a_passage_question(language, question):
    frame, rest = find_timeframe(question, NEWEST, language)
    assert classify(question, rest if frame else None, language).kind is Kind.PASSAGES


@pytest.mark.parametrize(
    ("language", "question", "english_reading"),
    [("de", "Brief?", Kind.SUMMARY), ("fr", "Sources ?", Kind.ARTICLES), ("de", "News?", Kind.SUMMARY)],
)
def test_an_english_rule_is_not_applied_to_a_foreign_question(language, question, english_reading):
    assert classify(question).kind is english_reading  # what the English rules would make of it
    assert classify(question, None, language).kind is Kind.PASSAGES


def test_a_question_read_in_german_carries_its_language_and_its_time():
    read = Question.ask("Wie viele Soldaten letzte Woche?", lambda: NEWEST, "de")
    assert (read.language, read.frame is not None and read.frame.relative) == ("de", True)


@pytest.mark.parametrize(
    ("language", "question"),
    [("de", "Was ist letzte Woche passiert?"), ("es", "¿Qué pasó la semana pasada?"),
     ("fr", "Que s'est-il passé la semaine dernière ?"), ("ru", "Что произошло на прошлой неделе?"),
     ("uk", "Що сталося минулого тижня?")],
)  # fmt: skip
def test_what_happened_in_a_time_is_a_summary_like_its_english_twin(language, question):
    english = Question.ask("What happened last week?", lambda: NEWEST, "en").intent
    read = Question.ask(question, lambda: NEWEST, language)
    assert english is not None and read.intent is not None
    assert (read.intent.kind, read.intent.topic) == (english.kind, english.topic) == (Kind.SUMMARY, "")


def test_a_timed_question_with_a_topic_stays_a_passage_question():
    intent = classify("Wie viele Soldaten letzte Woche?", "Wie viele Soldaten?", "de")
    assert (intent.kind, intent.topic) == (Kind.PASSAGES, "Wie viele Soldaten?")


PREVIOUS = Exchange("how many troops did the US put on alert?", "The US ordered 8500 troops on higher alert.")


@pytest.mark.parametrize(
    ("language", "message"),
    [("de", "Wie viele Soldaten?"), ("ru", "Сколько солдат?"), ("fr", "Et la Grande-Bretagne ?")],
)
def test_a_foreign_message_after_an_answer_is_never_glued_to_the_english_question(language, message):
    understood = understand(message, PREVIOUS, finds=lambda question: False, language_hint=language)
    assert (understood.question, understood.follow_up) == (message, False)


def test_an_english_follow_up_is_still_read_with_the_question_before():
    understood = understand("and britain?", PREVIOUS, finds=lambda question: False)
    assert understood.follow_up and "troops" in understood.question
