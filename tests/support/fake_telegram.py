"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests.

The real bot (``python -m bot run``) talks to it through TELEGRAM_BASE_URL, so
python-telegram-bot's networking, rate limiter and error handling run for real. Tests
queue updates (a user's message, a button press, an inline query) and wait for what the
bot sends. Like Telegram, it refuses malformed HTML (unknown tags, tags nested the way
Telegram forbids, links without a valid http(s) or tg:// URL), text over 4096 characters,
keyboards over 100 buttons, callback_data over 64 bytes, more than 50 inline results,
a message_thread_id that is not a topic of the forum, and photos (sendPhoto, a multipart upload,
recorded as ``{"filename", "content_type", "data"}``) that are not an image, over 10 MB or with
a caption over 1024 characters, and it enforces Telegram's
flood limits — about 30 messages a second per bot, about one a second per private chat after
a short burst, 20 a minute per group — answering 429 with ``retry_after`` as Telegram
does (``throttled`` records each). It can also be told to answer the next calls with an
error (429, 4xx, 5xx, with a given description). Forum supergroups have topics
(``create_topic``); a message sent into one carries its ``message_thread_id``. Groups have
admins (``set_admins``, read with getChatMember as Telegram answers it), and a user can block
the bot (``block``: every message to that chat is then answered 403 Forbidden, as Telegram does).
"""

from __future__ import annotations

import asyncio
import json
import math
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

BOT_USER = {
    "id": 777000111,
    "is_bot": True,
    "first_name": "News",
    "username": "news_answer_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
_TEXT_FIELDS = {
    "text",
    "message_text",
    "query",
    "callback_query_id",
    "inline_query_id",
    "url",
    "secret_token",
    "caption",
}
_ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span",
    "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)((?:\s+[\w-]+(?:=\"[^\"<>]*\"|='[^'<>]*')?)*)\s*>")
_ATTRIBUTE = re.compile(r"\s+([\w-]+)(?:=\"([^\"<>]*)\"|='([^'<>]*)')?")
# Bold, italic, underline, strikethrough and spoiler may nest in anything but code and pre;
# every other entity (a link, code, pre, a quote) may not contain one of its own kind, and
# code and pre hold plain text only (a <code class="language-..."> inside <pre> aside).
_STYLE_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler"}
_ATTRIBUTES = {
    "a": {"href"},
    "span": {"class"},
    "code": {"class"},
    "tg-emoji": {"emoji-id"},
    "blockquote": {"expandable"},
}
_FORBIDDEN_INSIDE = {"a": {"a", "code", "pre"}, "code": {"a", "code", "pre"}, "pre": {"a", "pre", "blockquote"}}
MAX_BUTTONS = 100
MAX_CAPTION = 1024
MAX_PHOTO_BYTES = 10 * 1024 * 1024
# What Telegram takes as a photo: JPEG, PNG, GIF or WebP (by content, not by the file's name).
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"RIFF")
MAX_BUTTONS_PER_ROW = 8
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")

# Telegram's flood limits (Bot FAQ). A private chat takes a short burst, then about one
# message a second; a group 20 a minute; the bot "30 a second or so" in all, counted here
# over any 2 s: a few messages that the network (or this server's own thread, on a busy
# machine) delivers bunched together do not count as a burst the bot made.
BOT_PER_SECOND = 30
BOT_WINDOW = 2.0
PRIVATE_BURST = 5
PRIVATE_PER_SECOND = 1.0
GROUP_PER_MINUTE = 20


class BadRequest(Exception):
    pass


def valid_link(url: str) -> bool:
    """Whether Telegram accepts ``url`` as a link target: http(s) with a host, or tg://."""
    if not url or any(c.isspace() or ord(c) < 32 for c in url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises for a port out of range
    except ValueError:
        return False
    if parts.scheme.lower() == "tg":
        return bool(parts.netloc)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _check_tag(name: str, attributes: str, open_tags: list[str]) -> None:
    """Refuse an opening tag the way Telegram does: bad attributes, or nesting it forbids."""
    given = {
        m[1].lower(): unescape(m[2] if m[2] is not None else (m[3] or "")) for m in _ATTRIBUTE.finditer(attributes)
    }
    if set(given) - _ATTRIBUTES.get(name, set()):
        raise BadRequest(f'can\'t parse entities: unsupported attribute in "{name}" tag')
    if name == "a" and not valid_link(given.get("href", "")):
        raise BadRequest("can't parse entities: wrong HTTP URL")
    if name == "span" and given.get("class") != "tg-spoiler":
        raise BadRequest('can\'t parse entities: unsupported "span" tag without class="tg-spoiler"')
    if name == "tg-emoji" and not given.get("emoji-id", "").isdigit():
        raise BadRequest("can't parse entities: tg-emoji needs a numeric emoji-id")
    for outer in open_tags:
        if outer == "pre" and name == "code" and open_tags[-1] == "pre":
            continue
        if outer in ("code", "pre") or name in _FORBIDDEN_INSIDE.get(outer, set()):
            raise BadRequest(f'can\'t parse entities: "{name}" can\'t be nested in "{outer}"')
        if name == outer and name not in _STYLE_TAGS:
            raise BadRequest(f'can\'t parse entities: "{name}" can\'t be nested in "{outer}"')


def _is_message(method: str) -> bool:
    """Methods that post or change a message in a chat, which Telegram's flood limits count."""
    return (method.startswith(("send", "edit")) and method != "sendChatAction") or method in {
        "copyMessage",
        "forwardMessage",
    }


class FloodLimits:
    """Telegram's flood control: ``check`` returns the seconds to wait (0: accepted)."""

    def __init__(self) -> None:
        self._bot: deque[float] = deque()
        self._groups: dict[int, deque[float]] = {}
        self._private: dict[int, tuple[float, float]] = {}  # chat: (bucket level, when)

    def check(self, chat_id: int, now: float) -> float:
        while self._bot and now - self._bot[0] >= BOT_WINDOW:
            self._bot.popleft()
        if len(self._bot) >= BOT_PER_SECOND * BOT_WINDOW:
            return BOT_WINDOW - (now - self._bot[0])
        if chat_id > 0:
            level, when = self._private.get(chat_id, (0.0, now))
            level = max(0.0, level - (now - when) * PRIVATE_PER_SECOND)
            if level + 1 > PRIVATE_BURST:
                return (level + 1 - PRIVATE_BURST) / PRIVATE_PER_SECOND
            self._private[chat_id] = (level + 1, now)
        else:
            sent = self._groups.setdefault(chat_id, deque())
            while sent and now - sent[0] >= 60:
                sent.popleft()
            if len(sent) >= GROUP_PER_MINUTE:
                return 60 - (now - sent[0])
            sent.append(now)
        self._bot.append(now)
        return 0.0


def parse_html(text: str) -> str:
    """The plain text Telegram would show for ``text`` in HTML mode; BadRequest if invalid."""
    plain, open_tags, position = [], [], 0
    while position < len(text):
        char = text[position]
        if char == "<":
            tag = _TAG.match(text, position)
            if tag is None:
                raise BadRequest(f"can't parse entities: unexpected '<' at byte offset {position}")
            closing, name = tag[1] == "/", tag[2].lower()
            if name not in _ALLOWED_TAGS:
                raise BadRequest(f'can\'t parse entities: unsupported start tag "{name}"')
            if closing:
                if not open_tags or open_tags.pop() != name:
                    raise BadRequest(f'can\'t parse entities: unmatched end tag "{name}"')
            else:
                _check_tag(name, tag[3], open_tags)
                open_tags.append(name)
            position = tag.end()
        elif char == "&":
            entity = _ENTITY.match(text, position)
            if entity is None:
                raise BadRequest(f"can't parse entities: unsupported entity at offset {position}")
            plain.append(unescape(entity[0]))
            position = entity.end()
        else:
            plain.append(char)
            position += 1
    if open_tags:
        raise BadRequest(f"can't parse entities: can't find end tag corresponding to \"{open_tags[-1]}\"")
    return "".join(plain)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def check_text(text: Any, parse_mode: str | None) -> str:
    if not isinstance(text, str) or not text.strip():
        raise BadRequest("message text is empty")
    plain = parse_html(text) if (parse_mode or "").upper() == "HTML" else text
    if utf16_length(plain) > 4096:
        raise BadRequest("message is too long")
    if not plain.strip():
        raise BadRequest("message text is empty")
    return plain


_BUTTON_ACTIONS = {"callback_data", "url", "switch_inline_query", "switch_inline_query_current_chat", "login_url",
                   "switch_inline_query_chosen_chat", "copy_text", "web_app", "callback_game", "pay"}  # fmt: skip


def check_markup(markup: Any) -> None:
    rows = (markup or {}).get("inline_keyboard", [])
    if sum(len(row) for row in rows) > MAX_BUTTONS:
        raise BadRequest("REPLY_MARKUP_TOO_LONG")
    for row in rows:
        if len(row) > MAX_BUTTONS_PER_ROW:
            raise BadRequest("REPLY_MARKUP_TOO_LONG")
        for button in row:
            if not (button.get("text") or "").strip():
                raise BadRequest("BUTTON_TEXT_INVALID")
            if len(_BUTTON_ACTIONS.intersection(button)) != 1:
                raise BadRequest("BUTTON_TYPE_INVALID")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= 64:
                raise BadRequest("BUTTON_DATA_INVALID")
            if "url" in button and not valid_link(button["url"]):
                raise BadRequest("BUTTON_URL_INVALID")


def check_inline_button(button: Any) -> None:
    """The button above inline results: a text, and a /start parameter of 1-64 letters, digits, _ or -."""
    if button is None:
        return
    if not (button.get("text") or "").strip():
        raise BadRequest("BUTTON_TEXT_INVALID")
    start = button.get("start_parameter")
    if start is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", start):
        raise BadRequest("START_PARAM_INVALID")
    if (start is None) == ("web_app" not in button):
        raise BadRequest("BUTTON_TYPE_INVALID")


@dataclass
class Fault:
    method: str
    status: int
    retry_after: int | None
    times: int
    description: str = "fault"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    # What the fake answered: only 200 means Telegram accepted it; 0 while it is being handled, so a
    # test waiting for an accepted call never reads one whose result is not set yet.
    status: int = 0
    result: Any = None  # what the fake returned, when it accepted the call


class FakeBotApi:
    """Start with ``start()``; the bot's base URL is ``base_url`` (token appended)."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.rejected: list[tuple[str, str]] = []  # method, error: what Telegram would refuse
        self.throttled: list[tuple[str, int]] = []  # method, chat: answered 429 by the flood limits
        self._flood = FloodLimits()
        self._updates: list[dict] = []
        self._next_update = 1
        self._next_message: dict[int, int] = {}
        self._messages: dict[tuple[int, int], dict] = {}
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self.port = 0
        self.webhook: dict | None = None  # what setWebhook registered
        self._files: dict[str, bytes] = {}  # file_id -> content of documents users sent
        self._forums: dict[int, set[int]] = {}  # forum supergroup id -> its topics' thread ids
        self._admins: dict[int, set[int]] = {}  # group id -> its administrators' user ids
        self._blocked: set[int] = set()  # chats whose user blocked the bot

    # -- lifecycle -------------------------------------------------------------------
    def start(self) -> FakeBotApi:
        threading.Thread(target=self._serve, daemon=True).start()
        if not self._ready.wait(10):
            raise RuntimeError("fake Bot API did not start")
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)

    async def _shutdown(self) -> None:
        await self._runner.cleanup()
        pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{file_path:.+}", self._download)
        self._runner = runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
        self._loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    # -- what tests do ---------------------------------------------------------------
    def fail_next(
        self, method: str, status: int, retry_after: int | None = None, times: int = 1, description: str = "fault"
    ) -> None:
        """Answer the next ``times`` calls to ``method`` with ``status`` and this error ``description``."""
        with self._lock:
            self._faults.append(Fault(method, status, retry_after, times, description))

    def set_admins(self, chat_id: int, user_ids: set[int]) -> None:
        """The group's administrators (its first one is its creator); everyone else is a member."""
        with self._lock:
            self._admins[chat_id] = set(user_ids)

    def block(self, chat_id: int) -> None:
        """The user of a private chat blocks the bot (or the bot is removed from the group)."""
        with self._lock:
            self._blocked.add(chat_id)

    def _push(self, kind: str, payload: dict) -> int:
        with self._lock:
            update_id = self._next_update
            self._next_update += 1
            self._updates.append({"update_id": update_id, kind: payload})
        return update_id

    def _new_message(self, chat: dict, sender: dict, **content: Any) -> dict:
        with self._lock:
            message_id = self._next_message.get(chat["id"], 0) + 1
            self._next_message[chat["id"]] = message_id
            if chat["id"] in self._forums:
                chat = {**chat, "is_forum": True}
            message = {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": chat,
                "from": sender,
                **content,
            }
            self._messages[(chat["id"], message_id)] = message
        return message

    @staticmethod
    def user(user_id: int, language_code: str | None = None) -> dict:
        """A user; ``language_code`` is their Telegram app's language (IETF tag), if they share it."""
        user = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
        return user if language_code is None else {**user, "language_code": language_code}

    @staticmethod
    def chat(chat_id: int) -> dict:
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": f"User{chat_id}"}
        return {"id": chat_id, "type": "supergroup", "title": f"Group {chat_id}"}

    def create_topic(self, chat_id: int, name: str) -> int:
        """Make ``chat_id`` a forum supergroup (if not yet) with a new topic; its message_thread_id."""
        with self._lock:
            self._forums.setdefault(chat_id, set())
        created = self._new_message(self.chat(chat_id), self.user(abs(chat_id)), forum_topic_created={
            "name": name, "icon_color": 7322096})  # fmt: skip
        with self._lock:
            self._forums[chat_id].add(created["message_id"])
        return created["message_id"]

    def _in_topic(self, chat_id: int, thread_id: int | None) -> dict[str, Any]:
        """The fields of a message sent into topic ``thread_id`` (none: the General topic)."""
        if thread_id is None:
            return {}
        with self._lock:
            topics = self._forums.get(chat_id)
        if topics is None:
            raise BadRequest("message thread not found")  # not a forum: no topics
        if thread_id not in topics:
            raise BadRequest("message thread not found")
        return {"message_thread_id": thread_id, "is_topic_message": True}

    def send_text(
        self,
        chat_id: int,
        text: str,
        user_id: int | None = None,
        reply_to: dict | None = None,
        sender: dict | None = None,
        thread_id: int | None = None,
    ) -> dict:
        """A user (or ``sender``) writes ``text`` in a chat (positive id: private; negative: a group), maybe in a
        forum topic."""
        content: dict[str, Any] = {"text": text, **self._in_topic(chat_id, thread_id)}
        entities = [
            {"type": "bot_command" if m[0].startswith("/") else "mention", "offset": utf16_length(text[: m.start()]),
             "length": utf16_length(m[0])}
            for m in re.finditer(r"(?:^/\w+(?:@\w+)?)|@\w+", text)
        ]  # fmt: skip
        if entities:
            content["entities"] = entities
        if reply_to is not None:
            content["reply_to_message"] = reply_to
        message = self._new_message(self.chat(chat_id), sender or self.user(user_id or abs(chat_id)), **content)
        self._push("message", message)
        return message

    def send_other(self, chat_id: int, **content: Any) -> dict:
        """A user sends something that is not text (a sticker, a photo, ...)."""
        message = self._new_message(self.chat(chat_id), self.user(abs(chat_id)), **content)
        self._push("message", message)
        return message

    def send_document(
        self, chat_id: int, file_name: str, data: bytes, caption: str | None = None, mime_type: str = "text/plain"
    ) -> dict:
        """A user sends a file; the bot fetches it with getFile and the file download URL."""
        with self._lock:
            file_id = f"doc{len(self._files) + 1}"
            self._files[file_id] = data
        document = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": len(data),
        }
        content: dict[str, Any] = {"document": document}
        if caption is not None:
            content["caption"] = caption
        message = self._new_message(self.chat(chat_id), self.user(abs(chat_id)), **content)
        self._push("message", message)
        return message

    def forward_channel_post(self, chat_id: int, text: str, posted: int, channel: dict, post_id: int) -> dict:
        """A user forwards a channel's post (``posted``: its Unix time) into a chat with the bot."""
        origin = {"type": "channel", "chat": channel, "message_id": post_id, "date": posted}
        message = self._new_message(self.chat(chat_id), self.user(abs(chat_id)), text=text, forward_origin=origin)
        self._push("message", message)
        return message

    def edit_text(self, message: dict, text: str) -> None:
        edited = {**message, "text": text, "edit_date": int(time.time())}
        self._push("edited_message", edited)

    def press_button(self, message: dict, data: str, user_id: int | None = None, sender: dict | None = None) -> None:
        sender = sender or self.user(user_id or message["chat"]["id"])
        with self._lock:
            current = self._messages.get((message["chat"]["id"], message["message_id"]), message)
        query = {
            "id": f"cq{time.monotonic_ns()}",
            "from": sender,
            "chat_instance": "1",
            "message": current,
            "data": data,
        }
        self._push("callback_query", query)

    def inline_query(self, user_id: int, query: str, language_code: str | None = None) -> str:
        query_id = f"iq{time.monotonic_ns()}"
        sender = self.user(user_id, language_code)
        self._push("inline_query", {"id": query_id, "from": sender, "query": query, "offset": ""})
        return query_id

    def take_updates(self) -> list[dict]:
        """Remove and return the queued updates (to deliver them to a webhook instead)."""
        with self._lock:
            taken, self._updates = self._updates, []
        return taken

    def wait_for(
        self, method: str, where: Callable[[dict], bool] = lambda p: True, timeout: float = 15, after: int = 0
    ) -> dict:
        """The params of the first accepted call to ``method`` (from call ``after`` on) matching ``where``."""
        return self.wait_for_call(method, where, timeout, after).params

    def wait_for_call(
        self, method: str, where: Callable[[dict], bool] = lambda p: True, timeout: float = 15, after: int = 0
    ) -> Call:
        """The first accepted call to ``method`` (from call ``after`` on) matching ``where``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                for call in self.calls[after:]:
                    if call.method == method and call.status == 200 and where(call.params):
                        return call
            time.sleep(0.02)
        raise AssertionError(f"no {method} call matching within {timeout}s; calls: {self.methods()}")

    def accepted(self, method: str, chat_id: int) -> list[Call]:
        """The calls to ``method`` for ``chat_id`` that Telegram would have carried out."""
        with self._lock:
            return [
                c for c in self.calls if c.method == method and c.status == 200 and c.params.get("chat_id") == chat_id
            ]

    def sent_to(self, chat_id: int) -> list[dict]:
        with self._lock:
            return [
                c.params
                for c in self.calls
                if c.method == "sendMessage" and c.status == 200 and c.params.get("chat_id") == chat_id
            ]

    def methods(self) -> list[str]:
        with self._lock:
            return [c.method for c in self.calls]

    def message(self, chat_id: int, message_id: int) -> dict:
        with self._lock:
            return self._messages[(chat_id, message_id)]

    # -- the Bot API -------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        params = await self._params(request)
        with self._lock:
            fault = next((f for f in self._faults if f.method == method and f.times > 0), None)
            if fault:
                fault.times -= 1
            call = Call(method, params)
            self.calls.append(call)
        if fault:
            call.status = fault.status
            body: dict[str, Any] = {"ok": False, "error_code": fault.status, "description": fault.description}
            if fault.retry_after is not None:
                body["parameters"] = {"retry_after": fault.retry_after}
                body["description"] = f"Too Many Requests: retry after {fault.retry_after}"
            return web.json_response(body, status=fault.status)
        if _is_message(method) and "chat_id" in params and int(params["chat_id"]) in self._blocked:
            call.status = 403
            description = "Forbidden: bot was blocked by the user"
            if int(params["chat_id"]) < 0:
                description = "Forbidden: bot was kicked from the supergroup chat"
            return web.json_response({"ok": False, "error_code": 403, "description": description}, status=403)
        if _is_message(method) and "chat_id" in params:
            chat_id = int(params["chat_id"])
            with self._lock:
                wait = self._flood.check(chat_id, time.monotonic())
                if wait > 0:
                    self.throttled.append((method, chat_id))
            if wait > 0:
                call.status = 429
                retry_after = max(1, math.ceil(wait))
                return web.json_response(
                    {
                        "ok": False,
                        "error_code": 429,
                        "description": f"Too Many Requests: retry after {retry_after}",
                        "parameters": {"retry_after": retry_after},
                    },
                    status=429,
                )
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            call.status = 404
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)
        try:
            result = await handler(params)
        except BadRequest as error:
            call.status = 400
            with self._lock:
                self.rejected.append((method, str(error)))
            return web.json_response(
                {"ok": False, "error_code": 400, "description": f"Bad Request: {error}"}, status=400
            )
        with self._lock:
            call.result, call.status = result, 200
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return await request.json()
        form = await request.post() if request.method == "POST" else request.query
        params: dict[str, Any] = {}
        for key, value in form.items():
            if isinstance(value, web.FileField):
                data = value.file.read()
                params[key] = {"filename": value.filename, "content_type": value.content_type, "data": data}
                continue
            if key in _TEXT_FIELDS:
                params[key] = value
                continue
            try:
                params[key] = json.loads(value)
            except (TypeError, ValueError):
                params[key] = value
        return params

    async def _api_getMe(self, params: dict) -> dict:
        return BOT_USER

    async def _api_deleteWebhook(self, params: dict) -> bool:
        self.webhook = None
        return True

    async def _api_setWebhook(self, params: dict) -> bool:
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise BadRequest("secret token contains unallowed characters")
        self.webhook = {"url": params["url"], "secret_token": secret}
        return True

    async def _api_setMyCommands(self, params: dict) -> bool:
        # Telegram takes a two-letter ISO 639-1 code, or none (empty) for every language.
        if not re.fullmatch(r"([a-z]{2})?", params.get("language_code") or ""):
            raise BadRequest("LANG_CODE_INVALID")
        if len(params["commands"]) > 100:
            raise BadRequest("BOT_COMMANDS_TOO_MUCH")
        for command in params["commands"]:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command["command"]):
                raise BadRequest("BOT_COMMAND_INVALID")
            if not 1 <= len(command["description"] or "") <= 256:
                raise BadRequest("BOT_COMMAND_DESCRIPTION_INVALID")
        return True

    async def _api_getUpdates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), 2.0)
        while True:
            with self._lock:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                pending = list(self._updates[: int(params.get("limit") or 100)])
            if pending or time.monotonic() >= deadline:
                return pending
            await asyncio.sleep(0.02)

    async def _api_sendMessage(self, params: dict) -> dict:
        check_text(params.get("text"), params.get("parse_mode"))
        check_markup(params.get("reply_markup"))
        chat_id = int(params["chat_id"])
        content: dict[str, Any] = {"text": params["text"], **self._in_topic(chat_id, params.get("message_thread_id"))}
        reply = params.get("reply_parameters") or {}
        if "message_id" in reply:
            with self._lock:
                original = self._messages.get((chat_id, reply["message_id"]))
            if original is None:
                raise BadRequest("message to be replied not found")
            content["reply_to_message"] = original
        if params.get("reply_markup"):
            content["reply_markup"] = params["reply_markup"]
        return self._new_message(self.chat(chat_id), BOT_USER, **content)

    async def _api_sendPhoto(self, params: dict) -> dict:
        photo = params.get("photo")
        if not isinstance(photo, dict):
            raise BadRequest("wrong file identifier/HTTP URL specified")  # only uploads are known here
        data = photo["data"]
        if not data:
            raise BadRequest("file must be non-empty")
        if len(data) > MAX_PHOTO_BYTES:
            raise BadRequest("PHOTO_INVALID_DIMENSIONS")
        if not data.startswith(_IMAGE_MAGIC):
            raise BadRequest("IMAGE_PROCESS_FAILED")
        caption = params.get("caption")
        content: dict[str, Any] = {"photo": [{"file_id": f"photo{len(self.calls)}", "file_unique_id": "p",
                                              "width": 800, "height": 400, "file_size": len(data)}]}  # fmt: skip
        if caption is not None:
            plain = parse_html(caption) if (params.get("parse_mode") or "").upper() == "HTML" else caption
            if utf16_length(plain) > MAX_CAPTION:
                raise BadRequest("message caption is too long")
            content["caption"] = caption
        check_markup(params.get("reply_markup"))
        chat_id = int(params["chat_id"])
        content.update(self._in_topic(chat_id, params.get("message_thread_id")))
        reply = params.get("reply_parameters") or {}
        if "message_id" in reply:
            with self._lock:
                original = self._messages.get((chat_id, reply["message_id"]))
            if original is None:
                raise BadRequest("message to be replied not found")
            content["reply_to_message"] = original
        return self._new_message(self.chat(chat_id), BOT_USER, **content)

    async def _api_editMessageText(self, params: dict) -> dict:
        check_text(params.get("text"), params.get("parse_mode"))
        check_markup(params.get("reply_markup"))
        key = (int(params["chat_id"]), int(params["message_id"]))
        with self._lock:
            if key not in self._messages:
                raise BadRequest("message to edit not found")
            message = self._messages[key]
            if message["text"] == params["text"] and message.get("reply_markup") == params.get("reply_markup"):
                raise BadRequest("message is not modified")
            message.update(text=params["text"], edit_date=int(time.time()))
            message.pop("reply_markup", None)
            if params.get("reply_markup"):
                message["reply_markup"] = params["reply_markup"]
        return message

    async def _api_answerCallbackQuery(self, params: dict) -> bool:
        if len(params.get("text") or "") > 200:
            raise BadRequest("MESSAGE_TOO_LONG")
        return True

    async def _api_answerInlineQuery(self, params: dict) -> bool:
        results = params.get("results") or []
        if len(results) > 50:
            raise BadRequest("RESULTS_TOO_MUCH")
        ids = [r["id"] for r in results]
        if len(set(ids)) != len(ids) or any(not 1 <= len(i.encode()) <= 64 for i in ids):
            raise BadRequest("RESULT_ID_INVALID")
        for result in results:
            content = result["input_message_content"]
            check_text(content["message_text"], content.get("parse_mode"))
            check_markup(result.get("reply_markup"))
            if "url" in result and not valid_link(result["url"]):
                raise BadRequest("RESULT_URL_INVALID")
        check_inline_button(params.get("button"))
        return True

    async def _api_getChatMember(self, params: dict) -> dict:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        if chat_id > 0 and chat_id != user_id:
            raise BadRequest("member not found")
        user = self.user(user_id)
        if chat_id > 0:
            return {"status": "member", "user": user}
        with self._lock:
            admins = self._admins.get(chat_id, set())
        if user_id not in admins:
            return {"status": "member", "user": user}
        if user_id == min(admins):
            return {"status": "creator", "user": user, "is_anonymous": False}
        rights = ("can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
                  "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories",
                  "can_edit_stories", "can_delete_stories")  # fmt: skip
        return {"status": "administrator", "user": user, "can_be_edited": False, "is_anonymous": False,
                **dict.fromkeys(rights, True)}  # fmt: skip

    async def _api_getFile(self, params: dict) -> dict:
        file_id = params.get("file_id")
        with self._lock:
            data = self._files.get(file_id)
        if data is None:
            raise BadRequest("wrong file_id or the file is temporarily unavailable")
        if len(data) > 20 * 1024 * 1024:
            raise BadRequest("file is too big")
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(data),
                "file_path": f"documents/{file_id}.bin"}  # fmt: skip

    async def _download(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        file_id = request.match_info["file_path"].removeprefix("documents/").removesuffix(".bin")
        with self._lock:
            self.calls.append(Call("downloadFile", {"file_path": request.match_info["file_path"]}))
            data = self._files.get(file_id)
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data)
