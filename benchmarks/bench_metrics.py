"""Metric extraction: fazhi_parse against the peers that are installed, on the same texts.

usage: python benchmarks/bench_metrics.py [GOLD_DIR TEXT_DIR] [--repeat N]

Defaults: ``../shared/gold/metrics`` and ``../shared/seeds`` beside the project (as the shared
``metric_score.py`` tool uses them). Each extractor reads every text as it is; a prediction
matches a gold quantity (one to one) when their spans overlap and the values are equal
(value P/R), and also the units (value+unit P/R; units compared in Simplified, ``unit_alt``
accepted). ``excl`` counts predictions that overlap a string the gold says must not be taken.
Time is the best over ``--repeat`` runs (after one warm-up run) of the mean per report.

Peers (each skipped with a note when its package is missing):

``fazhi_parse`` is timed for the whole ``parse()``; the ``metrics stage`` row times
:func:`~fazhi_parse._metrics.extract.extract_metrics` alone on the already normalized text, over the
whole text (no chrome removed, so it may take strings that ``parse()`` leaves in the chrome).

- ``cn2an`` reads numerals but finds none: every run of Arabic or Chinese numeral characters
  (with 万/亿, 百分之) is handed to ``cn2an.cn2an(..., "smart")``; no units.
- ``jionlp`` has no general quantity extractor: ``jio.ner.extract_money`` (money only, 元).
- ``recognizers-text-suite`` (Microsoft Recognizers-Text, Chinese culture): percentages (%),
  currency (元) and numbers (no unit), percentages and currency first where they overlap.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

Prediction = tuple[int, int, Decimal, str]
"""(start, end, value, unit) with start/end in source offsets."""
Extractor = Callable[[str], list[Prediction]]

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _t2s() -> Callable[[str], str]:
    try:
        from opencc import OpenCC
    except ImportError:  # pragma: no cover - a runtime dependency of fazhi_parse
        return lambda s: s
    return OpenCC("t2s").convert  # type: ignore[no-any-return]


# --- extractors ----------------------------------------------------------------------------


def fazhi() -> Extractor:
    import fazhi_parse

    def run(text: str) -> list[Prediction]:
        return [
            (m.span.start, m.span.end, m.value, m.unit) for m in fazhi_parse.parse(text).metrics
        ]

    return run


def fazhi_metrics_only() -> Extractor:
    from fazhi_parse._metrics.extract import extract_metrics
    from fazhi_parse._text.normalize import NormalizedText, normalize

    views: dict[str, NormalizedText] = {}

    def run(text: str) -> list[Prediction]:
        view = views.get(text)
        if view is None:  # normalized once, on the warm-up run: the stage alone is timed
            view = views[text] = normalize(text)
        metrics, _ = extract_metrics(view, [(0, len(view.text))])
        return [(m.span.start, m.span.end, m.value, m.unit) for m in metrics]

    return run


_NUMERAL_RUN = re.compile(
    r"百分之[0-9０-９.．〇零一二两兩三四五六七八九十百千]+"
    r"|[0-9０-９][0-9０-９.．,]*[万萬亿億]?"
    r"|[一二两兩三四五六七八九十][〇零一二两兩三四五六七八九十百千万萬亿億]*"
)


def cn2an_peer() -> Extractor:
    import cn2an

    def run(text: str) -> list[Prediction]:
        out: list[Prediction] = []
        for m in _NUMERAL_RUN.finditer(text):
            run_text = m.group().rstrip(".．,")
            try:
                value = cn2an.cn2an(run_text, "smart")
            except Exception:  # cn2an raises ValueError and others on words such as 一些
                continue
            unit = "%" if run_text.startswith("百分之") else ""
            out.append((m.start(), m.start() + len(run_text), Decimal(str(value)), unit))
        return out

    return run


def jionlp_peer() -> Extractor:
    import jionlp as jio

    def run(text: str) -> list[Prediction]:
        out: list[Prediction] = []
        for item in jio.ner.extract_money(text, with_parsing=True):
            detail = item.get("detail") or {}
            try:
                value = Decimal(str(detail.get("num")))
            except Exception:
                continue
            start, end = item["offset"]
            out.append((start, end, value, "元"))
        return out

    return run


def recognizers_peer() -> Extractor:
    import recognizers_suite as rs
    from recognizers_text import Culture

    def value_of(resolution: dict[str, Any] | None) -> Decimal | None:
        raw = str((resolution or {}).get("value", "")).rstrip("%")
        try:
            return Decimal(raw)
        except Exception:
            return None

    def run(text: str) -> list[Prediction]:
        out: list[Prediction] = []
        taken: list[tuple[int, int]] = []
        for fn, unit in (
            (rs.recognize_percentage, "%"),
            (rs.recognize_currency, "元"),
            (rs.recognize_number, ""),
        ):
            for r in fn(text, Culture.Chinese):
                start, end = r.start, r.end + 1  # Recognizers' end is inclusive
                if any(s < end and start < e for s, e in taken):
                    continue
                value = value_of(r.resolution)
                if value is None:
                    continue
                taken.append((start, end))
                out.append((start, end, value, unit))
        out.sort()
        return out

    return run


PEERS: dict[str, Callable[[], Extractor]] = {
    "fazhi_parse": fazhi,
    "  metrics stage": fazhi_metrics_only,
    "cn2an": cn2an_peer,
    "jionlp": jionlp_peer,
    "recognizers-text": recognizers_peer,
}


# --- scoring -------------------------------------------------------------------------------


def _load(path: pathlib.Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score(
    preds: list[Prediction],
    gold: list[dict[str, Any]],
    excluded: list[dict[str, Any]],
    t2s: Callable[[str], str],
    *,
    with_unit: bool,
) -> tuple[int, int]:
    """(true positives, excluded strings hit)."""
    used: set[int] = set()
    tp = 0
    for g in gold:
        units = {t2s(g["unit"]), *(t2s(u) for u in g.get("unit_alt", []))}
        want = Decimal(str(g["value"]))
        for i, (s, e, value, unit) in enumerate(preds):
            if i in used or s >= g["end"] or e <= g["start"]:
                continue
            if abs(value - want) > Decimal("1e-6") * max(Decimal(1), abs(want)):
                continue
            if with_unit and t2s(unit) not in units:
                continue
            used.add(i)
            tp += 1
            break
    hits = sum(1 for x in excluded for s, e, *_ in preds if s < x["end"] and e > x["start"])
    return tp, hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared/gold/metrics"))
    parser.add_argument("texts", nargs="?", default=str(ROOT.parent / "shared/seeds"))
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args(argv)

    gold_dir, text_dir = pathlib.Path(args.gold), pathlib.Path(args.texts)
    docs = sorted(p.stem for p in gold_dir.glob("*.jsonl") if not p.stem.endswith(".excluded"))
    if not docs:
        print(f"no gold in {gold_dir}: timing only, on {ROOT / 'seeds'}")
        text_dir = ROOT / "seeds"
        docs = sorted(p.stem for p in text_dir.glob("*.txt"))
    texts = {d: (text_dir / f"{d}.txt").read_text(encoding="utf-8") for d in docs}
    golds = {d: _load(gold_dir / f"{d}.jsonl") for d in docs}
    excls = {d: _load(gold_dir / f"{d}.excluded.jsonl") for d in docs}
    n_gold = sum(len(g) for g in golds.values())
    t2s = _t2s()

    header = f"{'extractor':18s} {'value P':>8s} {'value R':>8s} {'+unit P':>8s} {'+unit R':>8s}"
    print(f"{len(docs)} reports, {n_gold} gold quantities")
    print(header + f" {'excl':>5s} {'ms/report':>10s}")
    for name, make in PEERS.items():
        try:
            extract = make()
        except ImportError as exc:
            print(f"{name:18s} skipped: {exc}")
            continue
        preds = {d: extract(texts[d]) for d in docs}  # warm-up, and the predictions scored
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            for d in docs:
                extract(texts[d])
            times.append((time.perf_counter() - t0) / len(docs))
        n_pred = sum(len(p) for p in preds.values())
        tp_v = tp_u = excl = 0
        for d in docs:
            tp_v += score(preds[d], golds[d], excls[d], t2s, with_unit=False)[0]
            tp, hits = score(preds[d], golds[d], excls[d], t2s, with_unit=True)
            tp_u += tp
            excl += hits

        def ratio(a: int, b: int) -> str:
            return f"{a / b:8.3f}" if b else f"{'-':>8s}"

        print(
            f"{name:18s} {ratio(tp_v, n_pred)} {ratio(tp_v, n_gold)} {ratio(tp_u, n_pred)}"
            f" {ratio(tp_u, n_gold)} {excl:5d} {min(times) * 1000:10.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
