"""What the bot writes, said in the user's language: headings, refusals, the engine's texts,
pushes, digests and /stats — with its markup, limits and the English fallback intact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.engine import Answer, ArticleMeta, Kind, Passage, PassageContext, parse_article, say
from bot.engine.messages import joined
from bot.engine.search import build_index
from bot.store.stats import Stats, stats_text
from bot.telegram.digest import digest_text
from bot.telegram.formatting import (
    MAX_MESSAGE,
    NO_ANSWER,
    RELATED_HEADING,
    also_reported,
    format_context,
    format_reply,
    telegram_length,
)
from bot.telegram.i18n import LANGUAGES, Translator, translator_for
from bot.telegram.watch import Found, push_message
from tests.support.fake_telegram import parse_html


def passage(text: str = "Moscow massed 100,000 troops.", source: str = "a.txt") -> Passage:
    return Passage(text, dt.date(2022, 1, 25), "Troops <near> & the border", 1.0, source, 0, digest="0" * 16)


REFUSAL = say("The articles don't give {thing}.", thing=say("a number of {thing}", thing="tanks"))


def refused(**fields: object) -> Answer:
    return Answer("how many tanks?", Kind.PASSAGES, "", refusal=REFUSAL, related=[passage()], **fields)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refusal_is_said_in_the_users_language(language):
    tr = translator_for(language)
    text = parse_html(format_reply(refused(), tr=tr))
    assert text.startswith(tr.say(REFUSAL))
    assert tr.gettext(NO_ANSWER) in text and tr.gettext(RELATED_HEADING) in text


def test_a_german_refusal_reads_as_german():
    assert parse_html(format_reply(refused(), tr=translator_for("de"))).startswith(
        "Die Artikel nennen eine Anzahl von tanks nicht.\nDazu habe ich in den Artikeln nichts gefunden."
    )


def test_english_rendering_of_an_engine_text_is_the_text_itself():
    assert parse_html(format_reply(refused())).startswith("The articles don't give a number of tanks.\n")


def test_the_engines_heading_is_translated_with_its_nested_parts():
    heading = say(
        "Articles dated {scope}", scope=say("from {dates}", dates=say("{since} to {until}", since="a", until="b"))
    )
    answer = Answer("q", Kind.PASSAGES, "", [passage()], heading=heading)
    assert parse_html(format_reply(answer, tr=translator_for("ru"))).startswith("Статьи с a по b\n\n")


def test_small_talk_and_metadata_answers_are_translated_whole():
    chat = joined(" ", [say("Hello! {what}.", what="x"), say("Try for example: “{question}”", question="q")])
    assert parse_html(format_reply(Answer("hi", Kind.CHAT, chat), tr=translator_for("fr"))) == (
        "Bonjour ! x. Essayez par exemple : « q »"
    )


def test_a_text_no_catalog_has_is_said_in_english_never_as_a_key():
    assert translator_for("uk").say(say("A text no {what} has.", what="catalog")) == "A text no catalog has."


def test_a_translation_that_breaks_its_placeholders_falls_back_to_english():
    broken = Translator("xx", {"Articles dated {scope}": "Artikel {zeitraum}"})
    assert broken.say(say("Articles dated {scope}", scope="today")) == "Articles dated today"


def test_other_outlets_are_counted_in_the_users_language():
    assert also_reported(["Reuters", "b.txt", "c.txt"], translator_for("es")) == (
        "También lo publicaron Reuters y 2 artículos más"
    )


def test_the_context_reply_is_headed_in_the_users_language():
    found = PassageContext(ArticleMeta("a.txt", "T", dt.date(2022, 1, 1)), "Before. The passage.", 8, 20)
    assert parse_html(format_context(found, 2, translator_for("uk"))).startswith("📖 Фрагмент 2 у контексті\n")


@pytest.mark.parametrize("language", ["de", "ru"])
def test_a_push_is_written_in_the_watchers_language(language):
    text, _ = push_message(Found(5, None, [("troops", [passage()])], language))
    assert parse_html(text).startswith(translator_for(language).format("🔔 New about {words}:", words="troops"))


def test_a_push_for_a_watch_of_an_unknown_language_is_in_english():
    text, _ = push_message(Found(5, None, [("troops", [passage()])], "pt"))
    assert parse_html(text).startswith("🔔 New about troops:")


def test_a_digest_is_written_in_the_language_of_whoever_set_it():
    article = parse_article(Path("a.txt"), b"date 2022-01-25\nMoscow massed troops. NATO sent jets.")
    assert parse_html(digest_text(build_index([article]), [0], translator_for("fr"))).startswith(
        "🗞 Votre résumé quotidien : 1 nouvel(s) article(s)\n\n"
    )


def test_a_long_translated_reply_still_fits_one_message():
    many = [passage("Moscow massed troops near the border. " * 40, f"{n}.txt") for n in range(12)]
    answer = Answer("q", Kind.PASSAGES, "", many, heading=say("Newest first"))
    assert telegram_length(format_reply(answer, tr=translator_for("ru"))) <= MAX_MESSAGE


def test_the_statistics_are_said_in_the_admins_language():
    stats = Stats(days=7, log_mode="all")
    text = translator_for("de").say(stats_text(stats))
    assert text.startswith("Letzte 7 Tag(e), Fragenprotokoll: all\nFragen: 0, beantwortet: 0 (-)")


def test_the_statistics_stay_english_for_the_terminal():
    assert str(stats_text(Stats(days=7, log_mode="all"))).startswith("Last 7 day(s), question log: all\n")
