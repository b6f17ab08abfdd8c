"""Receive Telegram's updates over HTTPS (webhook mode), refusing anything that is not one.

PTB's own webhook server logs a traceback for a body that is not a JSON object, answers
malformed JSON with 500 and reads bodies of any size. This one (tornado, which PTB's
``webhooks`` extra installs) answers 403 without the secret token, 413 for a body over
``MAX_BODY`` (read no further), 400 for anything that is not an update, and puts
updates on the application's queue like PTB's does.
"""

from __future__ import annotations

import json
import logging
from http import HTTPStatus

import tornado.web
from telegram import Update
from telegram.ext import Application
from tornado.httpserver import HTTPServer

logger = logging.getLogger(__name__)

# Telegram's updates are a few kilobytes; a message is at most 4096 characters.
MAX_BODY = 1024 * 1024
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@tornado.web.stream_request_body
class UpdateHandler(tornado.web.RequestHandler):
    SUPPORTED_METHODS = ("POST",)  # type: ignore[assignment]

    def initialize(self, bot_application: Application, secret: str) -> None:
        self.bot_application = bot_application
        self.secret = secret
        self.body = bytearray()

    def prepare(self) -> None:
        if self.request.headers.get(SECRET_HEADER) != self.secret:
            self._refuse(HTTPStatus.FORBIDDEN, "wrong or missing secret token")
            return
        length = self.request.headers.get("Content-Length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"body of {length} bytes")

    def data_received(self, chunk: bytes) -> None:
        if self._finished:
            return
        self.body.extend(chunk)
        if len(self.body) > MAX_BODY:  # a chunked body gives no Content-Length up front
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "body too large")

    async def post(self) -> None:
        try:
            data = json.loads(self.body)
        except ValueError:
            self._refuse(HTTPStatus.BAD_REQUEST, "body is not JSON")
            return
        update = None
        if isinstance(data, dict):
            try:
                update = Update.de_json(data, self.bot_application.bot)
            except Exception:  # any shape PTB cannot read is not an update
                update = None
        if update is None:
            self._refuse(HTTPStatus.BAD_REQUEST, "body is not a Telegram update")
            return
        await self.bot_application.update_queue.put(update)
        self.set_status(HTTPStatus.OK)
        self.finish()

    def _refuse(self, status: HTTPStatus, why: str) -> None:
        logger.warning("Webhook request from %s refused (%d): %s", self.request.remote_ip, status, why)
        self.set_status(status)
        self.finish()

    def log_exception(self, *args: object) -> None:
        # Tornado would log a traceback for a dropped connection; one line is enough.
        logger.warning("Webhook request from %s failed", self.request.remote_ip)


def webhook_server(application: Application, path: str, secret: str) -> HTTPServer:
    """A server for ``/path`` feeding ``application``; call ``listen`` on it to start."""
    app = tornado.web.Application(
        [(rf"/{path.strip('/')}/?", UpdateHandler, {"bot_application": application, "secret": secret})],
        log_function=lambda handler: None,  # our own logging; tornado's would print each request
    )
    return HTTPServer(app)
