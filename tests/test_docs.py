"""The docs keep up with the code: a page per built-in numbering scheme, with an example."""

from __future__ import annotations

import pytest
from paths import ROOT

from fazhi_parse import BUILTIN_SCHEMES

DOCS = ROOT / "docs"


@pytest.mark.parametrize("name", [s.name for s in BUILTIN_SCHEMES])
def test_every_scheme_has_a_page_with_a_live_example(name: str) -> None:
    page = DOCS / "schemes" / f"{name}.md"
    assert page.is_file(), f"add docs/schemes/{name}.md (and list it in docs/schemes/index.md)"
    text = page.read_text(encoding="utf-8")
    assert f"```{{fazhi-scheme}} {name}\n" in text
    assert f"{{doc}}`{name}`" in (DOCS / "schemes" / "index.md").read_text(encoding="utf-8")
