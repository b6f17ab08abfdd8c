"""The rules of the tests' layout: tests in unit/ or e2e/, helpers in support/, no test module importing another."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

# Files pytest itself reads, which may sit beside the tests.
PYTEST_FILES = {"conftest.py", "__init__.py"}
TEST_FOLDERS = ("unit", "e2e")
HELPER_FOLDER = "support"


def python_files(tests: Path) -> list[Path]:
    return sorted(path for path in tests.rglob("*.py") if "__pycache__" not in path.parts)


def is_test_module(module: str) -> bool:
    """Whether a dotted module name names a test module or a conftest."""
    last = module.rsplit(".", 1)[-1]
    return last.startswith("test_") or last == "conftest"


def imported_modules(path: Path, package: str) -> Iterator[str]:
    """Every module ``path`` imports, relative imports resolved against ``package``; for
    ``from a import b``, both ``a`` and ``a.b`` (``b`` may be a module)."""
    for node in ast.walk(ast.parse(path.read_bytes(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)


def package_of(path: Path, tests: Path) -> str:
    return ".".join((tests.name, *path.parent.relative_to(tests).parts))


def imports_of_test_modules(tests: Path) -> list[str]:
    """``file: module`` for each import of a test module or a conftest anywhere under ``tests``."""
    return [
        f"{path.relative_to(tests)}: {module}"
        for path in python_files(tests)
        for module in imported_modules(path, package_of(path, tests))
        if is_test_module(module)
    ]


def misplaced_tests(tests: Path) -> list[str]:
    """Test modules outside ``unit/`` and ``e2e/``."""
    return [
        str(path.relative_to(tests))
        for path in python_files(tests)
        if path.name.startswith("test_") and path.relative_to(tests).parts[0] not in TEST_FOLDERS
    ]


def misplaced_helpers(tests: Path) -> list[str]:
    """Modules that are neither tests nor pytest's own files outside ``support/``, and tests inside it."""
    misplaced = []
    for path in python_files(tests):
        in_support = path.relative_to(tests).parts[0] == HELPER_FOLDER
        helper = path.name not in PYTEST_FILES and not path.name.startswith("test_")
        if helper != in_support and path.name != "__init__.py":
            misplaced.append(str(path.relative_to(tests)))
    return misplaced
