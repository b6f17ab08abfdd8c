"""The tests' own layout: tests in unit/ or e2e/, helpers in support/, no test module importing another."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.layout import imports_of_test_modules, misplaced_helpers, misplaced_tests
from tests.support.paths import ROOT

TESTS = ROOT / "tests"


@pytest.fixture
def tree(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """Write ``{path under tests/: source}`` and return that tests/ folder."""

    def write(files: dict[str, str]) -> Path:
        tests = tmp_path / "tests"
        for name, source in files.items():
            (tests / name).parent.mkdir(parents=True, exist_ok=True)
            (tests / name).write_text(source)
        return tests

    return write


def test_no_test_module_imports_another_test_module_or_a_conftest():
    assert imports_of_test_modules(TESTS) == []


def test_every_test_module_is_under_unit_or_e2e():
    assert misplaced_tests(TESTS) == []


def test_helpers_are_only_in_support():
    assert misplaced_helpers(TESTS) == []


def test_imports_of_test_modules_are_found_in_every_spelling(tree):
    tests = tree(
        {
            "e2e/cli/test_a.py": "from tests.unit.test_b import helper\nimport tests.e2e.test_c\n",
            "e2e/cli/test_d.py": "from .test_a import x\nfrom .. import conftest\nfrom tests.unit import test_b\n",
            "support/chat.py": "from tests.conftest import ROOT\n",
        }
    )
    assert imports_of_test_modules(tests) == [
        "e2e/cli/test_a.py: tests.unit.test_b",
        "e2e/cli/test_a.py: tests.e2e.test_c",
        "e2e/cli/test_d.py: tests.e2e.cli.test_a",
        "e2e/cli/test_d.py: tests.e2e.conftest",
        "e2e/cli/test_d.py: tests.unit.test_b",
        "support/chat.py: tests.conftest",
    ]


def test_imports_of_helpers_and_the_project_are_allowed(tree):
    tests = tree({"unit/test_a.py": "from tests.support.chat import ask\nimport bot.cli\nfrom . import support_data\n"})
    assert imports_of_test_modules(tests) == []


def test_a_test_module_outside_unit_and_e2e_is_found(tree):
    tests = tree({"test_flat.py": "", "unit/test_ok.py": "", "support/test_helper_test.py": ""})
    assert misplaced_tests(tests) == ["support/test_helper_test.py", "test_flat.py"]


def test_a_helper_beside_the_tests_and_a_test_inside_support_are_found(tree):
    tests = tree(
        {
            "conftest.py": "",
            "e2e/conftest.py": "",
            "e2e/__init__.py": "",
            "e2e/helpers.py": "",
            "support/__init__.py": "",
            "support/chat.py": "",
            "support/test_chat.py": "",
            "support/conftest.py": "",
        }
    )
    assert misplaced_helpers(tests) == ["e2e/helpers.py", "support/conftest.py", "support/test_chat.py"]
