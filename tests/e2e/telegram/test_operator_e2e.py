"""The operator's view, end to end: the real bot process against the fake Bot API with the
question log on, an allow-list, feedback buttons and the metrics server."""

from __future__ import annotations

import re
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.bot_process import TOKEN, BotProcess, module_fake_bot_api, running_bot
from tests.support.fake_telegram import FakeBotApi, parse_html
from tests.support.paths import CORPUS

ADMIN = 735_100_001
# Distinctive ids, so finding one in the database or the log cannot be a coincidence.
ALLOWED = range(735_102_001, 735_102_100)
READERS = iter(ALLOWED)
OUTSIDER = 735_109_999
NOT_ALLOWED = "This bot is private — ask the newsroom for access."
DATABASE = "newsbot.sqlite3"

fake = module_fake_bot_api


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("operator-data")


@pytest.fixture(scope="module")
def bot(fake: FakeBotApi, data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    folder = tmp_path_factory.mktemp("operator")
    shutil.copytree(CORPUS, folder / "corpus", ignore=shutil.ignore_patterns(".index"))  # /reload writes its index
    yield from running_bot(
        fake,
        folder / "bot.log",
        corpus=folder / "corpus",
        ADMIN_IDS=str(ADMIN),
        QUESTION_LOG="all",
        DATA_DIR=str(data_dir),
        ALLOWED_USER_IDS=",".join(map(str, ALLOWED)),
        NOT_ALLOWED_MESSAGE=NOT_ALLOWED,
        METRICS_PORT="0",
        USER_QUESTION_BURST="3",
        USER_QUESTIONS_PER_MINUTE="1",
    )


@pytest.fixture
def reader(bot: BotProcess) -> int:
    """A fresh allowed user (and private chat) per test."""
    return next(READERS)


@pytest.fixture(scope="module")
def metrics_url(bot: BotProcess) -> str:
    """The metrics server's address, as the bot logs it once listening."""
    found = wait_for(lambda: re.search(r"Health and metrics on (http://127\.0\.0\.1:\d+)/metrics", bot.output()))
    return found[1]


def wait_for(condition: Callable[[], object], timeout: float = 30) -> object:
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
    return result


def ask(fake: FakeBotApi, user: int, text: str) -> dict:
    """``user`` asks in their private chat; the bot's reply message (as the fake stored it)."""
    after = len(fake.calls)
    fake.send_text(user, text)
    return fake.wait_for_call("sendMessage", lambda p: p["chat_id"] == user, 20, after).result


def press(fake: FakeBotApi, reply: dict, label: str, user: int) -> str:
    """``user`` presses the button ``label`` under ``reply``; the toast they see."""
    [data] = [b["callback_data"] for row in reply["reply_markup"]["inline_keyboard"] for b in row if b["text"] == label]
    after = len(fake.calls)
    fake.press_button(reply, data, user_id=user)
    return fake.wait_for("answerCallbackQuery", timeout=20, after=after).get("text") or ""


def scrape(metrics_url: str) -> dict[str, float]:
    samples = {}
    for line in httpx.get(f"{metrics_url}/metrics", timeout=10).text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            samples[name] = float(value)
    return samples


def rows(data_dir: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(data_dir / DATABASE) as connection:
        return connection.execute(sql, args).fetchall()


def stats_for(fake: FakeBotApi, user: int) -> tuple[list[dict], list[dict]]:
    """``user`` sends /stats: the photos and the messages they get (up to the text reply)."""
    after = len(fake.calls)
    fake.send_text(user, "/stats")
    text = fake.wait_for_call("sendMessage", lambda p: p["chat_id"] == user, 30, after)
    photos = [c.params for c in fake.calls[after:] if c.method == "sendPhoto" and c.params["chat_id"] == user]
    return photos, [text.params]


def test_answered_and_unanswered_questions_appear_in_stats_for_an_admin(fake, reader):
    ask(fake, reader, "how many troops?")
    ask(fake, reader, "where is the best pancake batter recipe?")
    photos, [text] = stats_for(fake, ADMIN)
    assert "1× where is the best pancake batter recipe?" in text["text"]
    assert re.search(r"Questions: \d+, answered: \d+", text["text"])
    [photo] = photos
    assert photo["photo"]["data"].startswith(b"\x89PNG") and "Questions:" in photo["caption"]


def test_stats_is_refused_to_a_reader_who_is_not_an_admin(fake, reader):
    photos, [text] = stats_for(fake, reader)
    assert text["text"] == "Only the bot's admins can see the statistics." and not photos


def test_stats_is_not_shown_in_a_group_where_readers_would_see_each_others_questions(fake, bot):
    after = len(fake.calls)
    fake.send_text(-735_100_500, "/stats", user_id=ADMIN)
    reply = fake.wait_for("sendMessage", lambda p: p["chat_id"] == -735_100_500, 20, after)
    assert reply["text"] == "Send /stats in a private chat with me."


def test_answers_carry_thumbs_up_and_down_buttons(fake, reader):
    reply = ask(fake, reader, "how many troops?")
    assert [b["text"] for b in reply["reply_markup"]["inline_keyboard"][-1]] == ["👍", "👎"]


def test_a_thumbs_up_press_is_answered_with_a_toast(fake, reader):
    reply = ask(fake, reader, "how many troops?")
    assert press(fake, reply, "👍", reader) == "Thanks for the 👍!"


def test_a_second_thumbs_up_on_one_answer_is_counted_once(fake, reader, metrics_url):
    reply = ask(fake, reader, "how many troops?")
    press(fake, reply, "👍", reader)
    before = scrape(metrics_url)['newsbot_feedback_total{vote="up"}']
    assert press(fake, reply, "👍", reader) == "You already voted 👍 — thanks!"
    assert scrape(metrics_url)['newsbot_feedback_total{vote="up"}'] == before


def test_a_vote_can_be_changed(fake, reader, data_dir):
    reply = ask(fake, reader, "how many troops were massed at the border?")
    press(fake, reply, "👍", reader)
    assert press(fake, reply, "👎", reader) == "Changed to 👎 — thanks!"
    assert rows(
        data_dir,
        "SELECT v.vote FROM votes v JOIN questions q USING (answer_key) WHERE q.question = ?",
        "how many troops were massed at the border?",
    ) == [(-1,)]


def test_vote_presses_do_not_spend_the_question_budget(fake, reader):
    reply = ask(fake, reader, "how many troops?")  # one of a burst of three
    for _ in range(3):
        press(fake, reply, "👍", reader)
        press(fake, reply, "👎", reader)
    assert "100,000 troops" in parse_html(ask(fake, reader, "how many troops?")["text"])
    assert "100,000 troops" in parse_html(ask(fake, reader, "how many troops?")["text"])


def test_a_user_outside_the_allow_list_gets_the_line_and_nothing_is_searched(fake, bot, metrics_url, data_dir):
    before = scrape(metrics_url)
    assert ask(fake, OUTSIDER, "how many tanks does the army have?")["text"] == NOT_ALLOWED
    after = scrape(metrics_url)
    assert sum(v for k, v in after.items() if k.startswith("newsbot_questions_total")) == sum(
        v for k, v in before.items() if k.startswith("newsbot_questions_total")
    )
    assert rows(data_dir, "SELECT count(*) FROM questions WHERE question LIKE '%tanks%'") == [(0,)]


def test_an_inline_query_from_outside_the_allow_list_gets_no_results(fake, bot):
    query_id = fake.inline_query(OUTSIDER, "how many troops?")
    assert fake.wait_for("answerInlineQuery", lambda p: p["inline_query_id"] == query_id)["results"] == []


def test_an_admin_is_allowed_without_being_on_the_allow_list(fake, bot):
    assert "100,000 troops" in parse_html(ask(fake, ADMIN, "how many troops?")["text"])


def test_metrics_counters_move_when_a_question_is_answered(fake, reader, metrics_url):
    before = scrape(metrics_url)
    ask(fake, reader, "how many troops?")
    after = wait_for(lambda: (s := scrape(metrics_url))["newsbot_answer_seconds_count"] > before.get(
        "newsbot_answer_seconds_count", 0) and s)  # fmt: skip
    key = 'newsbot_questions_total{answered="true",kind="passages"}'
    assert after[key] == before.get(key, 0) + 1
    assert after["newsbot_index_sentences"] > 0


def test_healthz_says_alive_and_readyz_ready(bot, metrics_url):
    assert httpx.get(f"{metrics_url}/healthz", timeout=10).status_code == 200
    ready = httpx.get(f"{metrics_url}/readyz", timeout=10)
    assert ready.status_code == 200 and ready.text.startswith("ready")


def test_the_metrics_server_listens_on_localhost_only(bot, metrics_url):
    assert metrics_url.startswith("http://127.0.0.1:")


def test_the_salt_file_is_readable_by_its_owner_only(fake, reader, data_dir):
    ask(fake, reader, "how many troops?")
    assert (data_dir / "salt").stat().st_mode & 0o777 == 0o600


def test_neither_the_database_nor_the_log_holds_the_token_or_a_user_id(fake, bot, reader, data_dir):
    reply = ask(fake, reader, "how many troops?")
    press(fake, reply, "👍", reader)
    stored = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.is_file())
    assert rows(data_dir, "SELECT count(*) FROM votes")[0][0] > 0
    for secret in (TOKEN, TOKEN.split(":")[1], str(reader), str(ADMIN)):
        assert secret.encode() not in stored and secret not in bot.output()


def test_a_question_over_the_budget_moves_the_dropped_counter(fake, reader, metrics_url):
    before = scrape(metrics_url)["newsbot_budget_dropped_total"]
    for _ in range(3):
        ask(fake, reader, "how many troops?")
    fake.send_text(reader, "how many troops?")  # the fourth of a burst of three
    assert wait_for(lambda: scrape(metrics_url)["newsbot_budget_dropped_total"] == before + 1)


def test_a_reload_moves_the_reloads_counter(fake, bot, metrics_url):
    before = scrape(metrics_url)["newsbot_reloads_total"]
    assert ask(fake, ADMIN, "/reload")["text"].startswith("Reloaded")
    assert scrape(metrics_url)["newsbot_reloads_total"] == before + 1


def test_a_bot_api_call_retried_after_429_moves_the_retries_counter(fake, reader, metrics_url):
    before = scrape(metrics_url)["newsbot_telegram_retries_total"]
    fake.fail_next("sendMessage", 429, retry_after=1)
    assert "100,000 troops" in parse_html(ask(fake, reader, "how many troops?")["text"])
    assert scrape(metrics_url)["newsbot_telegram_retries_total"] == before + 1
