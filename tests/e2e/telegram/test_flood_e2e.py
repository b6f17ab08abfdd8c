"""Floods, end to end: the real bot process against a fake Bot API that enforces Telegram's limits.

One chat sends 300 questions at once while ten other users ask one each: the others are
answered promptly, the flooder gets one notice and a few answers, and the bot provokes
no 429. Groups, buttons, inline queries, other bots and polling failures likewise.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from tests.support.bot_process import BotProcess, module_fake_bot_api, running_bot
from tests.support.fake_telegram import FakeBotApi, parse_html

ADMIN = 4242
FLOODER = 6001
OTHERS = range(6100, 6110)
NOTICE = "faster than I can answer"


fake = module_fake_bot_api


@pytest.fixture(scope="module")
def bot(fake: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    yield from running_bot(fake, tmp_path_factory.mktemp("flood") / "bot.log", ADMIN_IDS=str(ADMIN))


def ask(fake: FakeBotApi, chat_id: int, text: str) -> str:
    """Ask in a private chat and return the reply as the user sees it."""
    after = len(fake.calls)
    fake.send_text(chat_id, text)
    return parse_html(fake.wait_for("sendMessage", lambda p: p["chat_id"] == chat_id, 15, after)["text"])


def wait_until(condition: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


class Flood:
    """What happened when FLOODER sent 300 questions at once and OTHERS one each."""

    def __init__(self, fake: FakeBotApi) -> None:
        self.after = len(fake.calls)
        self.started = time.monotonic()
        for number in range(300):
            fake.send_text(FLOODER, f"how many troops? ({number})")
        self.asked = {}
        for user in OTHERS:
            self.asked[user] = time.monotonic()
            fake.send_text(user, "how many troops?")
        self.waits = {
            user: fake.wait_for_call("sendMessage", lambda p, u=user: p["chat_id"] == u, 30, self.after).at - at
            for user, at in self.asked.items()
        }
        # The flooder's first ten seconds, watched in full.
        while time.monotonic() < self.started + 10:
            time.sleep(0.1)
        self.to_flooder = [c for c in fake.accepted("sendMessage", FLOODER) if c.at <= self.started + 10]


@pytest.fixture(scope="module")
def flood(fake: FakeBotApi, bot: BotProcess) -> Flood:
    return Flood(fake)


def test_other_users_are_answered_within_2_s_while_one_chat_floods(flood):
    assert max(flood.waits.values()) < 2.0, flood.waits


def test_the_flooding_chat_gets_one_notice_saying_when_to_ask_again(flood):
    notices = [c for c in flood.to_flooder if NOTICE in c.params["text"]]
    assert len(notices) == 1
    assert "wait" in notices[0].params["text"]


def test_the_flooding_chat_gets_at_most_15_messages_in_its_first_10_s(flood):
    assert 1 < len(flood.to_flooder) <= 15


def test_questions_over_budget_are_dropped_not_queued(flood, fake):
    answers = [c for c in fake.accepted("sendMessage", FLOODER) if NOTICE not in c.params["text"]]
    assert len(answers) == 5


def test_a_flood_provokes_no_429(flood, fake):
    assert fake.throttled == []


def test_a_user_over_budget_is_one_info_line_with_the_user_id_and_not_the_question(flood, bot):
    lines = [line for line in bot.output().splitlines() if "over the question budget" in line]
    assert len(lines) == 1
    assert "INFO" in lines[0] and str(FLOODER) in lines[0] and "troops" not in lines[0]


def test_admins_are_not_budgeted(fake, bot):
    for number in range(8):
        fake.send_text(ADMIN, f"how many troops? {number}")
    wait_until(lambda: len(fake.accepted("sendMessage", ADMIN)) == 8)
    assert all(NOTICE not in c.params["text"] for c in fake.accepted("sendMessage", ADMIN))


def answer_with_more_button(fake: FakeBotApi, user: int) -> tuple[dict, str]:
    """The bot's answer to a question in ``user``'s chat, and its More button's data."""
    after = len(fake.calls)
    fake.send_text(user, "how many troops?")
    answer = fake.wait_for_call("sendMessage", lambda p: p["chat_id"] == user, 15, after).result
    [more] = [b for row in answer["reply_markup"]["inline_keyboard"] for b in row if b["text"] == "More »"]
    return answer, more["callback_data"]


def test_a_button_pressed_over_budget_gets_a_notice_instead_of_spinning(fake, bot):
    user = 6201
    after = len(fake.calls)
    answer, more = answer_with_more_button(fake, user)
    for _ in range(6):
        fake.press_button(answer, more, user_id=user)
    fake.wait_for("answerCallbackQuery", lambda p: NOTICE in (p.get("text") or ""), 15, after)


def test_a_button_pressed_twice_changes_the_page_once_and_fails_nothing(fake, bot):
    user = 6204
    after = len(fake.calls)
    answer, more = answer_with_more_button(fake, user)
    fake.press_button(answer, more, user_id=user)
    fake.wait_for("editMessageText", lambda p: p["chat_id"] == user, 15, after)
    fake.press_button(answer, more, user_id=user)
    assert "100,000" in ask(fake, user, "how many troops?")  # asked after the presses were handled
    assert not any("went wrong" in c.params["text"] for c in fake.accepted("sendMessage", user))


def test_inline_queries_over_budget_get_an_empty_answer(fake, bot):
    user = 6202
    after = len(fake.calls)
    for _ in range(6):
        fake.inline_query(user, "troops")
    refused = fake.wait_for("answerInlineQuery", lambda p: not p.get("results"), 15, after)
    assert "wait" in refused["button"]["text"]


def test_an_unknown_button_is_answered_so_it_stops_spinning(fake, bot):
    user = 6203
    after = len(fake.calls)
    message = fake.send_text(user, "hello there")
    fake.press_button(message, "something-else", user_id=user)
    fake.wait_for("answerCallbackQuery", lambda p: "no longer works" in (p.get("text") or ""), 15, after)


def test_messages_from_other_bots_are_ignored(fake, bot):
    group = -6300
    after = len(fake.calls)
    other_bot = {"id": 5550001, "is_bot": True, "first_name": "Echo", "username": "echo_bot"}
    fake.send_text(group, "/ask how many troops?", sender=other_bot)
    fake.send_text(group, "/ask how many troops?", user_id=6301)
    reply = fake.wait_for("sendMessage", lambda p: p["chat_id"] == group, 15, after)
    assert "100,000" in parse_html(reply["text"])
    assert len(fake.accepted("sendMessage", group)) == 1


def test_commands_for_another_bot_cost_no_group_budget_and_draw_no_notice(fake, bot):
    group = -6600
    after = len(fake.calls)
    for user in range(6601, 6613):  # more than the group's burst of 10
        fake.send_text(group, "/ask@other_news_bot how many troops?", user_id=user)
    question = fake.send_text(group, "/ask how many troops?", user_id=6613)

    def answers_it(params: dict) -> bool:
        quoted = (params.get("reply_parameters") or {}).get("message_id")
        return params["chat_id"] == group and quoted == question["message_id"]

    reply = fake.wait_for("sendMessage", answers_it, 15, after)
    assert "100,000" in parse_html(reply["text"])
    assert [parse_html(c.params["text"]) for c in fake.accepted("sendMessage", group)] == [parse_html(reply["text"])]


def test_commands_for_another_bot_in_a_private_chat_cost_no_budget_and_draw_no_notice(fake, bot):
    user = 6650
    for _ in range(8):  # more than a user's burst of 5
        fake.send_text(user, "/ask@other_news_bot how many troops?")
    assert "100,000" in ask(fake, user, "/ask how many troops?")
    assert all(NOTICE not in c.params["text"] for c in fake.accepted("sendMessage", user))


def test_a_group_flood_is_budgeted_per_group_and_stays_within_20_a_minute(fake, bot):
    group = -6400
    after = len(fake.calls)
    for user in range(6401, 6409):
        for number in range(6):
            fake.send_text(group, f"/ask how many troops? {number}", user_id=user)
    fake.wait_for("sendMessage", lambda p: p["chat_id"] == group and NOTICE in p["text"], 30, after)
    assert "100,000" in ask(fake, 6499, "how many troops?")  # asked after the flood: the flood is done
    sent = fake.accepted("sendMessage", group)
    assert len(sent) <= 20
    assert len([c for c in sent if NOTICE in c.params["text"]]) == 1
    assert fake.throttled == []


def test_a_polling_failure_is_one_warning_line_without_a_traceback(fake, bot):
    fake.fail_next("getUpdates", 502)
    wait_until(lambda: any(c.method == "getUpdates" and c.status == 502 for c in fake.calls))
    assert "100,000" in ask(fake, 6500, "how many troops?")  # polling went on after the failure
    log = bot.output()
    failures = [line for line in log.splitlines() if "Polling Telegram for updates failed" in line]
    assert len(failures) == 1 and "WARNING" in failures[0]
    assert "Traceback" not in log


def test_a_hundred_users_asking_at_once_are_all_answered_right_without_a_429(fake, bot):
    users = range(7000, 7100)
    after = len(fake.calls)
    for user in users:
        fake.send_text(user, "how many troops?")
    replies = [
        parse_html(fake.wait_for("sendMessage", lambda p, u=user: p["chat_id"] == u, 60, after)["text"])
        for user in users
    ]
    assert all("100,000 troops" in reply.split("\n\n")[1] for reply in replies)
    assert fake.throttled == []
