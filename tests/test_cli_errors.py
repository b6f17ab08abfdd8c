"""The CLI's exit status: the project's own errors are the user's to fix (exit 2, one line);
anything else is a bug and surfaces as one."""

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import bot
from bot.errors import BotError

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
MODULES = [
    importlib.import_module(info.name)
    for info in pkgutil.walk_packages(bot.__path__, "bot.")
    if info.name != "bot.__main__"
]
PROJECT_ERRORS = sorted(
    {
        cls
        for module in MODULES
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, BaseException) and cls.__module__ == module.__name__
    },
    key=lambda cls: f"{cls.__module__}.{cls.__qualname__}",
)


@pytest.mark.parametrize(
    "error",
    PROJECT_ERRORS,
    ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}",
)
def test_every_project_error_derives_from_bot_error(error):
    assert issubclass(error, BotError)
