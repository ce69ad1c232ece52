"""Vendoring: the package copied into another tree under another name still works.

Pipelines copy ``fazhi_parse/`` into their own source (``thirdparty/fazhi_parse``). That
works only with relative imports inside the package, package data read through
``importlib.resources``, and nothing done or printed at import time.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import fazhi_parse

PACKAGE = Path(fazhi_parse.__file__).parent
SEEDS = sorted((PACKAGE.parent / "seeds").glob("*.txt"))

SCRIPT = """
import json, sys
from pathlib import Path
from thirdparty import fazhi_parse as fp
from thirdparty.fazhi_parse.export.serialize import load_schema

seed = Path(sys.argv[1])
report = fp.parse(seed.read_text(encoding="utf-8"))
assert fp.parse_file(seed) == fp.parse(seed.read_text(encoding="utf-8"), id=str(seed))
assert fp.Report.from_json(report.to_json()) == report
assert load_schema()["$id"].startswith("urn:fazhi-parse")
(result,) = fp.parse_many([seed])
assert result.ok, result.error
leaked = sorted(m for m in sys.modules if m.split(".")[0] == "fazhi_parse")
assert not leaked, leaked
print(json.dumps({"sections": len(report.sections), "module": type(report).__module__}))
"""


@pytest.fixture(scope="module")
def vendored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pipeline")
    (root / "thirdparty").mkdir()
    (root / "thirdparty" / "__init__.py").write_text("", encoding="utf-8")
    shutil.copytree(
        PACKAGE, root / "thirdparty" / "fazhi_parse", ignore=shutil.ignore_patterns("__pycache__")
    )
    return root


def _run(root: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(
        [sys.executable, *args],
        cwd=root,
        env={**env, "PYTHONPATH": str(root)},
        input=stdin,
        capture_output=True,
        check=False,
    )


def test_renamed_copy_parses_a_seed(vendored: Path) -> None:
    done = _run(vendored, "-c", SCRIPT, str(SEEDS[0]))
    assert done.returncode == 0, done.stderr.decode()
    assert b'"module": "thirdparty.fazhi_parse.model"' in done.stdout


def test_renamed_copy_runs_its_command_line(vendored: Path) -> None:
    done = _run(vendored, "-m", "thirdparty.fazhi_parse", "-f", "md", stdin=SEEDS[1].read_bytes())
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.startswith(b"# ")


def test_import_does_no_output(vendored: Path) -> None:
    done = _run(vendored, "-c", "import thirdparty.fazhi_parse")
    assert (done.returncode, done.stdout, done.stderr) == (0, b"", b"")


@pytest.mark.parametrize(
    "module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_imports_inside_the_package_are_relative(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        assert not any(n.split(".")[0] == "fazhi_parse" for n in names), (
            f"{module.name}:{node.lineno} imports fazhi_parse absolutely"
        )
