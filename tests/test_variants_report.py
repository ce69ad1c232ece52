"""The report fields survive the ways the same page reaches us.

Each variant is derived from a seed (and from the page shapes of ``report_pages``) by a
program: full-width punctuation, Traditional script (OpenCC s2t), CRLF line ends, U+3000
indentation, blank lines between lines, every line break removed, and all at once. The
parse of each variant must give what the parse of the original gives: title, year,
issuer, dates, and the parts (kinds) of the top-level sections.
"""

from __future__ import annotations

import pytest
from page_variants import DOCUMENTS, VARIANTS, fields
from paths import SEEDS


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize(("name", "text"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_variant_gives_the_same_fields(name: str, text: str, variant: str) -> None:
    assert fields(VARIANTS[variant](text)) == fields(text)


def test_variants_change_the_text() -> None:
    text = DOCUMENTS[0][1]
    for variant in VARIANTS.values():
        assert variant(text) != text


@pytest.mark.parametrize(
    ("name", "text"), DOCUMENTS[: len(SEEDS)], ids=[d[0] for d in DOCUMENTS[: len(SEEDS)]]
)
def test_seed_fields_are_found(name: str, text: str) -> None:
    got = fields(text)
    assert got["year"] is not None
    assert got["issuer"] is not None
    assert all(kind is not None for kind, _ in got["kinds"])
