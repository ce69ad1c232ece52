"""Presentation consistency on texts without gold: does each presentation give the same parse?

usage: python benchmarks/consistency.py TEXT_DIR [--keep DIR]

Parses every ``*.txt`` of TEXT_DIR as given and writes the result as "silver" gold in the
seeds' gold format (sections, measures, kinds, title, year, issuer, dates), then scores the
six presentations of ``../shared/tools/variants.py`` against it with the same scorer as the
dev scoreboard. The "as collected" row is 1.000 by construction; every other row says how much
of the parse a presentation loses or changes (a line break turned into a space, all breaks
removed, Traditional script...). This needs no annotation, so it runs on any folder of
reports: a cheap check that a rule generalizes beyond the annotated sets. It says nothing about
whether the first parse is right. ``--keep DIR`` keeps the silver gold for
``../shared/tools/seed_score.py DIR/<variant>/gold DIR/<variant>/texts -v``.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import shutil
import sys
import tempfile
from typing import Any

import fazhi_parse

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import scoreboard


def _measures(section: fazhi_parse.Section) -> list[dict[str, Any]]:
    return [{"ordinal": m.ordinal, "title": m.title or ""} for m in section.measures]


def _sections(sections: tuple[fazhi_parse.Section, ...]) -> list[dict[str, Any]]:
    return [
        {
            "ordinal": s.ordinal,
            "title": s.title or "",
            "implicit": s.implicit,
            "kind": None if s.kind is None else str(s.kind),
            "sections": _sections(s.children),
            "measures": _measures(s),
        }
        for s in sections
    ]


def silver(report: fazhi_parse.Report, source: str) -> dict[str, Any]:
    """The parse of ``report`` in the seeds' gold format."""
    return {
        "source": source,
        "title": report.title,
        "year": report.year,
        "issuer_any": [report.issuer] if report.issuer else [],
        "published": None if report.published is None else report.published.isoformat(),
        "signed": None if report.signed is None else report.signed.isoformat(),
        "not_heading": [],
        "sections": _sections(report.sections),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("texts", type=pathlib.Path)
    ap.add_argument("--keep", type=pathlib.Path, help="keep the silver gold and variants here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        gold = pathlib.Path(tmp) / "gold"
        gold.mkdir()
        for path in sorted(args.texts.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            doc = silver(fazhi_parse.parse(text), path.name)
            out = gold / (path.stem + ".json")
            out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        if args.keep is not None:
            shutil.copytree(gold, args.keep / "gold", dirs_exist_ok=True)
        return scoreboard.main(
            [
                "--texts",
                str(args.texts),
                "--gold",
                str(gold),
                "--metrics",
                str(gold / "none"),
                "--no-naive",
            ]
        )


if __name__ == "__main__":
    sys.exit(main())
