"""The fake Bot API refuses what Telegram refuses, so the end-to-end tests can trust it."""

from __future__ import annotations

import httpx
import pytest
from telegram import ChatMember, ChatMemberAdministrator, ChatMemberMember, ChatMemberOwner

from tests.support.bot_process import TOKEN
from tests.support.fake_telegram import (
    BadRequest,
    FakeBotApi,
    check_inline_button,
    check_markup,
    parse_html,
    valid_link,
)


@pytest.mark.parametrize(
    "html",
    [
        '<a href="https://e.example/a"><b>bold</b> link</a>',
        "<b>bold <u>and underlined</u></b> <i><u>x</u></i>",
        "<u><b>answer</b></u>",
        "<blockquote>quoted <b>passage</b></blockquote>",
        '<pre><code class="language-python">x &lt; 1</code></pre>',
        '<span class="tg-spoiler">hidden</span>',
        '<a href="tg://user?id=1">someone</a>',
    ],
)
def test_html_telegram_accepts_is_accepted(html):
    parse_html(html)


@pytest.mark.parametrize(
    ("html", "problem"),
    [
        ('<a href="javascript:alert(1)">x</a>', "wrong HTTP URL"),
        ('<a href="not a url">x</a>', "wrong HTTP URL"),
        ("<a>x</a>", "wrong HTTP URL"),
        ('<a href="https://a.example"><a href="https://b.example">x</a></a>', "can't be nested"),
        ('<a href="https://a.example"><code>x</code></a>', "can't be nested"),
        ("<code><b>x</b></code>", "can't be nested"),
        ("<pre><i>x</i></pre>", "can't be nested"),
        ("<blockquote><blockquote>x</blockquote></blockquote>", "can't be nested"),
        ("<span>x</span>", "tg-spoiler"),
        ('<b class="x">x</b>', "unsupported attribute"),
        ("<b><u>x</b></u>", "unmatched end tag"),
    ],
)
def test_html_telegram_refuses_is_refused(html, problem):
    with pytest.raises(BadRequest, match=problem):
        parse_html(html)


def keyboard(rows: int, per_row: int, data: str = "x") -> dict:
    return {"inline_keyboard": [[{"text": "b", "callback_data": data}] * per_row for _ in range(rows)]}


def test_a_keyboard_of_100_buttons_is_accepted():
    check_markup(keyboard(20, 5))


@pytest.mark.parametrize(
    ("markup", "error"),
    [
        (keyboard(21, 5), "REPLY_MARKUP_TOO_LONG"),
        (keyboard(1, 9), "REPLY_MARKUP_TOO_LONG"),
        (keyboard(1, 1, "x" * 65), "BUTTON_DATA_INVALID"),
        (keyboard(1, 1, ""), "BUTTON_DATA_INVALID"),
        ({"inline_keyboard": [[{"text": "", "callback_data": "x"}]]}, "BUTTON_TEXT_INVALID"),
        ({"inline_keyboard": [[{"text": "b"}]]}, "BUTTON_TYPE_INVALID"),
        ({"inline_keyboard": [[{"text": "b", "url": "ftp://x.example"}]]}, "BUTTON_URL_INVALID"),
    ],
)
def test_keyboards_telegram_refuses_are_refused(markup, error):
    with pytest.raises(BadRequest, match=error):
        check_markup(markup)


def test_an_inline_results_button_with_a_start_parameter_is_accepted():
    check_inline_button({"text": "Too many questions: wait 6 s", "start_parameter": "help"})


@pytest.mark.parametrize(
    ("button", "error"),
    [
        ({"text": "", "start_parameter": "help"}, "BUTTON_TEXT_INVALID"),
        ({"text": "b", "start_parameter": "x" * 65}, "START_PARAM_INVALID"),
        ({"text": "b", "start_parameter": "has space"}, "START_PARAM_INVALID"),
        ({"text": "b", "start_parameter": ""}, "START_PARAM_INVALID"),
        ({"text": "b"}, "BUTTON_TYPE_INVALID"),
    ],
)
def test_inline_results_buttons_telegram_refuses_are_refused(button, error):
    with pytest.raises(BadRequest, match=error):
        check_inline_button(button)


@pytest.mark.parametrize(
    ("url", "valid"),
    [("https://e.example/a?b=1", True), ("http://127.0.0.1:8080/", True), ("tg://user?id=5", True),
     ("https://", False), ("mailto:a@b.example", False), ("https://e.example:99999/", False), ("", False)],
)  # fmt: skip
def test_link_targets_are_http_https_or_tg(url, valid):
    assert valid_link(url) is valid


@pytest.fixture(scope="module")
def api():
    server = FakeBotApi(TOKEN).start()
    yield server, f"{server.base_url}{TOKEN}"
    server.stop()


def send(url: str, **params) -> dict:
    return httpx.post(f"{url}/sendMessage", json=params, timeout=10).json()


def test_a_message_into_a_forum_topic_carries_its_thread_id(api):
    server, url = api
    topic = server.create_topic(-100777, "News")
    sent = send(url, chat_id=-100777, text="hi", message_thread_id=topic)
    assert sent["ok"] and sent["result"]["message_thread_id"] == topic and sent["result"]["is_topic_message"]


@pytest.mark.parametrize(("chat_id", "thread"), [(-100778, 999), (555, 1)])
def test_a_thread_that_is_not_a_topic_of_the_chat_is_refused(api, chat_id, thread):
    server, url = api
    server.create_topic(-100778, "News")
    refused = send(url, chat_id=chat_id, text="hi", message_thread_id=thread)
    assert not refused["ok"] and "message thread not found" in refused["description"]


def set_commands(url: str, commands: list[dict], language_code: str | None = None) -> dict:
    params = {"commands": commands} | ({"language_code": language_code} if language_code is not None else {})
    return httpx.post(f"{url}/setMyCommands", json=params, timeout=10).json()


@pytest.mark.parametrize(
    ("commands", "error"),
    [
        ([{"command": "ask", "description": "x" * 257}], "BOT_COMMAND_DESCRIPTION_INVALID"),
        ([{"command": "ask", "description": ""}], "BOT_COMMAND_DESCRIPTION_INVALID"),
        ([{"command": "Ask", "description": "Ask"}], "BOT_COMMAND_INVALID"),
        ([{"command": f"c{n}", "description": "d"} for n in range(101)], "BOT_COMMANDS_TOO_MUCH"),
    ],
)
def test_command_menus_telegram_refuses_are_refused(api, commands, error):
    _, url = api
    refused = set_commands(url, commands)
    assert not refused["ok"] and error in refused["description"]


@pytest.mark.parametrize("language_code", ["de-AT", "zh-hans", "DE", "deu", "d"])
def test_a_command_menu_for_a_language_code_that_is_not_two_letters_is_refused(api, language_code):
    refused = set_commands(api[1], [{"command": "ask", "description": "Frage"}], language_code)
    assert not refused["ok"] and "LANG_CODE_INVALID" in refused["description"]


@pytest.mark.parametrize("language_code", ["de", ""])
def test_a_command_menu_for_a_two_letter_language_code_or_none_is_recorded_with_it(api, language_code):
    server, url = api
    assert set_commands(url, [{"command": "ask", "description": "Frage"}], language_code)["ok"]
    recorded = server.wait_for("setMyCommands", lambda p: p.get("language_code") == language_code)
    assert recorded["commands"] == [{"command": "ask", "description": "Frage"}]


PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def send_photo(url: str, data: bytes, caption: str | None = None) -> dict:
    fields = {"chat_id": "556"} | ({"caption": caption} if caption is not None else {})
    return httpx.post(f"{url}/sendPhoto", data=fields, files={"photo": ("chart.png", data)}, timeout=10).json()


def test_a_photo_upload_is_accepted_and_recorded_with_its_bytes(api):
    server, url = api
    sent = send_photo(url, PNG, caption="Questions per day")
    assert sent["ok"] and sent["result"]["caption"] == "Questions per day"
    assert server.wait_for("sendPhoto", lambda p: p["chat_id"] == 556)["photo"]["data"] == PNG


@pytest.mark.parametrize(
    ("data", "caption", "problem"),
    [(PNG, "x" * 1025, "caption is too long"), (b"not an image", None, "IMAGE_PROCESS_FAILED"), (b"", None, "empty")],
)
def test_a_photo_telegram_refuses_is_refused(api, data, caption, problem):
    refused = send_photo(api[1], data, caption)
    assert not refused["ok"] and problem in refused["description"]


def chat_member(url: str, chat_id: int, user_id: int) -> dict:
    return httpx.post(f"{url}/getChatMember", json={"chat_id": chat_id, "user_id": user_id}, timeout=10).json()


def test_get_chat_member_tells_a_groups_creator_admins_and_members_apart_as_ptb_reads_them(api):
    server, url = api
    server.set_admins(-100779, {11, 12})
    kinds = {user: ChatMember.de_json(chat_member(url, -100779, user)["result"], None) for user in (11, 12, 13)}
    assert isinstance(kinds[11], ChatMemberOwner)
    assert isinstance(kinds[12], ChatMemberAdministrator)
    assert isinstance(kinds[13], ChatMemberMember)


def test_a_chat_that_blocked_the_bot_answers_403_forbidden(api):
    server, url = api
    server.block(557)
    refused = send(url, chat_id=557, text="hi")
    assert (refused["ok"], refused["error_code"]) == (False, 403)
    assert refused["description"] == "Forbidden: bot was blocked by the user"
    assert send(url, chat_id=558, text="hi")["ok"]
