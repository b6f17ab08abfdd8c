"""The project's one error root: what the CLI reports as a user's problem (exit 2)."""

from __future__ import annotations


class BotError(Exception):
    """The project's own errors; the message says what went wrong and how to fix it."""


class UsageError(BotError):
    """A command was given something it cannot use: a missing argument, an unreadable file."""
