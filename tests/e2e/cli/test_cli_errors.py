"""The CLI's exit status: the project's own errors are the user's to fix (exit 2, one line);
anything else is a bug and surfaces as one."""

import importlib
import inspect
import pkgutil

import pytest

import bot
import bot.cli
from bot.cli import main
from bot.errors import BotError
from tests.support.paths import CORPUS, ROOT

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


def test_a_missing_question_set_exits_2_naming_the_file(tmp_path, capsys):
    missing = tmp_path / "none.jsonl"
    assert main(["eval", str(missing), "--corpus", str(CORPUS)]) == 2
    err = capsys.readouterr().err
    assert f"cannot read the question set {missing}" in err and "Traceback" not in err


def test_a_question_set_that_is_not_json_lines_exits_2_naming_the_file(tmp_path, capsys):
    broken = tmp_path / "broken.jsonl"
    broken.write_text("not json\n")
    assert main(["eval", str(broken), "--corpus", str(CORPUS)]) == 2
    assert f"the question set {broken} is not JSON lines" in capsys.readouterr().err


def test_add_without_sources_exits_2_saying_what_to_give(tmp_path, capsys):
    assert main(["add", "--corpus", str(tmp_path)]) == 2
    assert "give at least one URL or file" in capsys.readouterr().err


def test_a_plain_value_error_is_a_bug_not_exit_2(monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(bot.cli, "evaluate", broken)
    with pytest.raises(ValueError, match="a bug"):
        main(["eval", str(ROOT / "tests" / "data" / "questions.jsonl"), "--corpus", str(CORPUS)])


def test_a_plain_os_error_is_a_bug_not_exit_2(monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("a bug")

    monkeypatch.setattr(bot.cli, "report_unreadable", broken)
    with pytest.raises(OSError, match="a bug"):
        main(["ask", "--corpus", str(CORPUS), "troops"])


@pytest.mark.parametrize(
    "error",
    PROJECT_ERRORS,
    ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}",
)
def test_every_project_error_derives_from_bot_error(error):
    assert issubclass(error, BotError)
