"""``bot.engine`` is the engine's public face: each name it exports is its module's object."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import bot.engine

SUBMODULES = {info.name for info in pkgutil.iter_modules(bot.engine.__path__)}


def test_no_exported_name_is_also_a_submodule_which_would_shadow_it_once_imported():
    assert sorted(set(bot.engine.__all__) & SUBMODULES) == []


@pytest.mark.parametrize("name", bot.engine.__all__)
def test_exported_name_is_the_object_its_module_defines(name):
    for module in SUBMODULES - {"backends"}:
        importlib.import_module(f"bot.engine.{module}")  # as a running bot has imported them
    home = bot.engine._HOMES[name]
    if home.startswith("bot.engine.backends.xapian"):
        pytest.importorskip("xapian")
    assert getattr(bot.engine, name) is getattr(importlib.import_module(home), name)


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = bot.engine.no_such_name  # type: ignore[attr-defined]
