"""A push's message: one per chat, every matching watch under its own heading, valid for Telegram."""

from __future__ import annotations

import datetime as dt

from bot.engine.search import Passage
from bot.telegram.formatting import MAX_CALLBACK_DATA, telegram_length
from bot.telegram.watch import MAX_PASSAGES_PER_PUSH, Found, push_message
from tests.support.fake_telegram import check_markup, parse_html


def passage(article: int, position: int, text: str = "Walruses rested on the beach.") -> Passage:
    return Passage(
        text=text,
        date=dt.date(2023, 3, 5),
        title=f"Walrus <news> & more {article}",
        score=1.0,
        source=f"a{article}.txt",
        position=position,
        matched_words=("Walruses",),
        url=f"https://example.com/{article}?a=1&b=2",
        outlet="The Arctic Courier",
        digest=f"{article:016x}",
    )


def test_each_watch_has_its_heading_and_the_passages_are_numbered_across_them():
    found = Found(5, None, [("walrus", [passage(1, 0), passage(1, 1)]), ("<seal>", [passage(2, 0)])])
    text, keyboard = push_message(found)
    plain = parse_html(text)
    # Each watch's passages of one article sit under that article's heading, as answers show them.
    heading = "📰 Walrus <news> & more 1 · The Arctic Courier\n📅 2023-03-05"
    assert plain.startswith(f"🔔 New about walrus:\n\n{heading}\n\n1. ")
    assert "\n\n2. Walruses" in plain
    assert "🔔 New about <seal>:\n\n📰 Walrus <news> & more 2 · The Arctic Courier\n📅 2023-03-05\n\n3. " in plain
    assert [b.text for row in keyboard.inline_keyboard for b in row] == ["📖 1", "📖 2", "📖 3"]


def test_a_passage_two_watches_found_is_shown_once():
    shared = passage(1, 0)
    text, keyboard = push_message(Found(5, None, [("walrus", [shared]), ("walrus herd", [shared, passage(1, 1)])]))
    assert parse_html(text).count("Walruses rested on the beach.") == 2  # passages 1 and 2, not 1, 1 and 2
    assert len([b for row in keyboard.inline_keyboard for b in row]) == 2


def test_ten_watches_of_long_passages_fit_one_valid_message():
    long = "Walruses " + "rested on the long beach of the island " * 100
    found = Found(5, None, [(f"walrus {n} " + "x" * 180, [passage(n, p, long) for p in range(3)]) for n in range(10)])
    text, keyboard = push_message(found)
    assert telegram_length(text) <= 4096
    parse_html(text)
    buttons = [b for row in keyboard.inline_keyboard for b in row]
    assert len(buttons) == MAX_PASSAGES_PER_PUSH
    assert all(len(b.callback_data.encode()) <= MAX_CALLBACK_DATA for b in buttons)
    check_markup(keyboard.to_dict())
