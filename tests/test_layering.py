"""The package's layering, read from the source (AST): who may import whom.

The model is at the bottom; the extension points (numerals, schemes, lexicon) sit on it; the
pipeline stages (``_text`` → ``_page`` → ``_outline`` → ``_parts`` → ``_report``, and
``_metrics`` beside them) import only what lies below them; the exporters (``export``) read
the model only; ``parse`` joins the stages, and ``files``, ``batch``, ``__main__`` and
``__init__`` sit on top (``webpage`` beside ``files``: HTML in, then ``parse``; ``dataset``
on ``batch`` and the exporters). The model reaches the exporters only lazily, inside the
delegating methods named in :data:`MODEL_DELEGATES`. A table module holds data only (no
functions).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import fazhi_parse

PACKAGE = Path(fazhi_parse.__file__).parent

ALLOWED: dict[str, frozenset[str]] = {
    "model": frozenset(),
    "numerals": frozenset(),
    "schemes": frozenset({"numerals"}),
    "lexicon": frozenset({"model"}),
    "_text": frozenset({"model", "numerals", "_text"}),
    "_page": frozenset({"model", "numerals", "_text", "_page"}),
    "_outline": frozenset({"model", "numerals", "schemes", "_text", "_page", "_outline"}),
    "_parts": frozenset({"model", "lexicon", "_text", "_outline", "_parts"}),
    "_metrics": frozenset({"model", "numerals", "_text", "_metrics"}),
    "_report": frozenset({"model", "numerals", "_text", "_page", "_outline", "_parts", "_report"}),
    "export": frozenset({"model", "export"}),
    "parse": frozenset(
        {"model", "schemes", "lexicon", "_text", "_page", "_outline", "_parts", "_metrics"}
        | {"_report"}
    ),
    "webpage": frozenset({"model", "schemes", "lexicon", "parse"}),
    "files": frozenset({"model", "schemes", "lexicon", "parse", "webpage"}),
    "batch": frozenset({"model", "schemes", "lexicon", "parse", "files"}),
    "dataset": frozenset({"model", "schemes", "lexicon", "batch", "export"}),
    "__main__": frozenset(
        {"__init__", "model", "schemes", "lexicon", "parse", "files", "batch", "dataset"}
        | {"export"}
    ),
    "__init__": frozenset(
        {"model", "numerals", "schemes", "lexicon", "parse", "webpage", "files", "batch"}
        | {"export"}
    ),
}
"""Module or package (first name under ``fazhi_parse``) → what it may import from the package."""

MODEL_DELEGATES: frozenset[str] = frozenset(
    {
        "segments", "to_dict", "from_dict", "to_json", "from_json", "to_records", "to_pandas",
        "highlight", "_repr_html_", "_repr_pretty_",
    }
)  # fmt: skip
"""Methods of the model that delegate to an exporter, importing it lazily."""

TABLE_MODULES: tuple[str, ...] = (
    "_page/tables.py",
    "_metrics/units.py",
    "_metrics/indicators.py",
    "_metrics/clauses.py",
    "_report/tables.py",
)
"""Modules that hold rules as data: constants and record classes, no functions."""


def _group(module: str) -> str:
    """The layer of a dotted module name inside the package (``_page.head`` → ``_page``)."""
    first = module.split(".")[0]
    return first or "__init__"


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _dotted(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, root: Path = PACKAGE) -> Iterator[tuple[str, int, str | None]]:
    """(imported module inside the package, line, enclosing function or None)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _dotted(path, root).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    if here == ["__init__"]:
        package = []

    def visit(node: ast.AST, function: str | None) -> Iterator[tuple[str, int, str | None]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                yield from visit(child, child.name)
                continue
            if isinstance(child, ast.ImportFrom) and child.level:
                base = package[: len(package) - (child.level - 1)]
                target = [*base, *(child.module.split(".") if child.module else [])]
                if child.module is None:  # from . import a, b: modules, or names of the package
                    for alias in child.names:
                        name = [*target, alias.name]
                        is_module = root.joinpath(*name).with_suffix(".py").exists() or (
                            root.joinpath(*name).is_dir()
                        )
                        yield ".".join(name if is_module else target), child.lineno, function
                else:
                    yield ".".join(target), child.lineno, function
            yield from visit(child, function)

    yield from visit(tree, None)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_follow_the_layers(path: Path) -> None:
    me = _group(_dotted(path))
    assert me in ALLOWED, f"{path.name}: no layer declared for {me!r} in ALLOWED"
    for target, line, function in _imports(path):
        them = _group(target)
        if them == me:
            continue
        if me == "model":
            message = f"model.py:{line} imports {target} (only delegating methods may, lazily)"
            assert them == "export", message
            assert function in MODEL_DELEGATES, message
            continue
        assert them in ALLOWED[me], f"{_dotted(path)}:{line} imports {target}: {me} ↛ {them}"


@pytest.mark.parametrize("name", TABLE_MODULES)
def test_table_modules_hold_data_only(name: str) -> None:
    tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
    functions = [
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        and not isinstance(node, ast.Lambda)
    ]
    assert not functions, f"{name} defines functions: {functions}"


def test_every_package_module_is_seen() -> None:
    names = {_dotted(p) for p in _modules()}
    assert {"model", "parse", "_page.layout", "export.serialize"} <= names
    assert {_group(n) for n in names} <= set(ALLOWED)


@pytest.mark.parametrize(
    ("source", "path", "expected"),
    [
        ("from ..model import Span\n", "_page/head.py", "model"),
        ("from . import tables\n", "_page/head.py", "_page.tables"),
        ("from .export.segments import segments\n", "model.py", "export.segments"),
        ("from .._outline.state import Tree\n", "_report/header.py", "_outline.state"),
    ],
)
def test_relative_imports_resolve(tmp_path: Path, source: str, path: str, expected: str) -> None:
    """The resolver the layering test relies on reads relative imports right."""
    (tmp_path / "_page").mkdir()
    (tmp_path / "_page" / "tables.py").touch()
    module = tmp_path / path
    module.parent.mkdir(parents=True, exist_ok=True)
    module.write_text(source, encoding="utf-8")
    assert [target for target, _, _ in _imports(module, tmp_path)] == [expected]


def test_a_forbidden_import_is_caught(tmp_path: Path) -> None:
    """The layering check fails on a stage that reaches an exporter."""
    module = tmp_path / "_page" / "head.py"
    module.parent.mkdir()
    module.write_text("from ..export.records import to_records\n", encoding="utf-8")
    ((target, _, _),) = _imports(module, tmp_path)
    assert _group(target) not in ALLOWED["_page"]
