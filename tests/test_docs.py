"""The docs keep up with the code: a page per built-in numbering scheme, with an example,
and every Python example of every page runs."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from paths import ROOT, SEEDS

from fazhi_parse import BUILTIN_SCHEMES

DOCS = ROOT / "docs"


@pytest.mark.parametrize("name", [s.name for s in BUILTIN_SCHEMES])
def test_every_scheme_has_a_page_with_a_live_example(name: str) -> None:
    page = DOCS / "schemes" / f"{name}.md"
    assert page.is_file(), f"add docs/schemes/{name}.md (and list it in docs/schemes/index.md)"
    text = page.read_text(encoding="utf-8")
    assert f"```{{fazhi-scheme}} {name}\n" in text
    assert f"{{doc}}`{name}`" in (DOCS / "schemes" / "index.md").read_text(encoding="utf-8")


# --- every example in the docs runs ------------------------------------------------------

PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
"""A runnable example: a ```python fence. Examples that cannot run on one machine (Spark)
are written as ```{code-block} python and are not collected. A block whose first line is
``# name.py`` is also written to that file, so that later blocks can import it."""

MODULE_FILE = re.compile(r"# (\w+\.py)\n")

EXTRAS = frozenset({"pandas", "pyarrow", "dask", "distributed"})
"""Optional dependencies: a page that needs a missing one is skipped, not failed (CI
installs them all)."""

PAGES = sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)


def _examples(page: Path) -> list[str]:
    return PYTHON_BLOCK.findall(page.read_text(encoding="utf-8"))


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """What the examples refer to: ``reports/`` (the seeds and an undecodable file) and
    ``report.txt``, in the current directory."""
    (tmp_path / "reports").mkdir()
    for seed in SEEDS:
        shutil.copy(seed, tmp_path / "reports" / seed.name)
    (tmp_path / "reports" / "broken.bin").write_bytes(b"abc\x80\xff\xff")
    shutil.copy(SEEDS[1], tmp_path / "report.txt")
    monkeypatch.chdir(tmp_path)
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    monkeypatch.setenv("PYTHONPATH", path)  # for the examples that start `python -m`
    return tmp_path


@pytest.mark.parametrize(
    "page", [p for p in PAGES if _examples(p)], ids=lambda p: str(p.relative_to(DOCS))
)
def test_docs_examples_run(page: Path, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    namespace: dict[str, object] = {"__name__": "__main__"}
    monkeypatch.syspath_prepend(str(workdir))
    for i, code in enumerate(_examples(page)):
        if module := MODULE_FILE.match(code):
            (workdir / module.group(1)).write_text(code, encoding="utf-8")
        try:
            exec(compile(code, f"{page.name}[{i}]", "exec"), namespace)
        except ModuleNotFoundError as exc:
            if (exc.name or "").split(".")[0] in EXTRAS:
                pytest.skip(f"{page.name} needs {exc.name}, an optional extra")
            raise
