"""``/healthz``, ``/readyz`` and Prometheus ``/metrics`` on METRICS_PORT (tornado, on the bot's event loop).

``/healthz`` answers 200 while the process serves; ``/readyz`` 200 only when an index is
loaded and a Bot API call succeeded within ``READY_WITHIN`` seconds, else 503 saying why.
"""

from __future__ import annotations

import logging
from http import HTTPStatus

import tornado.netutil
import tornado.web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from tornado.httpserver import HTTPServer

from bot.telegram.bot_data import BotData
from bot.telegram.metrics import Metrics

logger = logging.getLogger(__name__)

# Long polling calls getUpdates at least every 10 s; a webhook bot sends at least its answers.
READY_WITHIN = 300.0


class _Handler(tornado.web.RequestHandler):
    SUPPORTED_METHODS = ("GET", "HEAD")  # type: ignore[assignment]

    def initialize(self, bot_data: BotData, metrics: Metrics) -> None:
        self.bot_data = bot_data
        self.metrics = metrics

    def _plain(self, status: HTTPStatus, text: str) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(text + "\n")


class Alive(_Handler):
    def get(self) -> None:
        self._plain(HTTPStatus.OK, "ok")

    head = get


class Ready(_Handler):
    def get(self) -> None:
        index = getattr(self.bot_data, "searcher", None)  # unset until the index is loaded
        since = self.metrics.seconds_since_api_success()
        if index is None or not index.sources:
            self._plain(HTTPStatus.SERVICE_UNAVAILABLE, "not ready: no index loaded")
        elif since > READY_WITHIN:
            self._plain(HTTPStatus.SERVICE_UNAVAILABLE, f"not ready: no successful Bot API call for {since:.0f} s")
        else:
            self._plain(HTTPStatus.OK, f"ready: {index.sentence_count} passages, Bot API answered {since:.0f} s ago")

    head = get


class Scrape(_Handler):
    def get(self) -> None:
        self.set_header("Content-Type", CONTENT_TYPE_LATEST)
        self.finish(generate_latest(self.metrics.registry))


def health_server(bot_data: BotData, metrics: Metrics) -> HTTPServer:
    """The server (call ``listen``); every other path is 404."""
    arguments = {"bot_data": bot_data, "metrics": metrics}
    app = tornado.web.Application(
        [(r"/healthz", Alive, arguments), (r"/readyz", Ready, arguments), (r"/metrics", Scrape, arguments)],
        log_function=lambda handler: None,  # a scrape every 15 s would fill the bot's log
    )
    return HTTPServer(app, xheaders=False)


def start_health_server(bot_data: BotData, metrics: Metrics, host: str, port: int) -> tuple[HTTPServer, int]:
    """Listen on ``host``:``port`` (0: any free port) and log where; the server and its port."""
    server = health_server(bot_data, metrics)
    sockets = tornado.netutil.bind_sockets(port, address=host)
    server.add_sockets(sockets)
    bound = sockets[0].getsockname()[1]
    logger.info("Health and metrics on http://%s:%d/metrics (/healthz, /readyz)", host, bound)
    return server, bound
