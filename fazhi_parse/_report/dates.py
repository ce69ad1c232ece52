"""The report's dates: ``published`` is the page's (metadata 发布日期 / 更新时间 / 成文日期, or
a date line under the title), ``signed`` the signature's. Mangled dates are repaired with a
diagnostic; unreadable ones give a diagnostic and no date."""

from __future__ import annotations

from .._page.state import Layout
from .._page.tables import PUBLISHED_KEYS
from .._text.dates import DateReading, find_date
from .._text.normalize import NormalizedText
from ..model import Diagnostic, DiagnosticCode, Severity

__all__ = ["published_date", "signed_date"]


def _date_diagnostic(view: NormalizedText, reading: DateReading, where: str) -> Diagnostic | None:
    span = view.span(reading.start, reading.end)
    if reading.value is None:
        return Diagnostic(
            code=DiagnosticCode.DATE_UNREADABLE,
            severity=Severity.WARNING,
            message=f"{where} date {reading.note}",
            span=span,
        )
    if reading.repaired:
        return Diagnostic(
            code=DiagnosticCode.DATE_REPAIRED,
            severity=Severity.INFO,
            message=f"{where} date: {reading.note}",
            span=span,
        )
    return None


def published_date(
    view: NormalizedText, layout: Layout, diagnostics: list[Diagnostic]
) -> DateReading | None:
    """The page's date: the first readable of its metadata dates, most telling first."""
    for key in PUBLISHED_KEYS:
        rng = layout.meta_ranges.get(key)
        reading = None if rng is None else find_date(view.text, *rng, loose=True)
        if reading is None:
            continue
        if (d := _date_diagnostic(view, reading, "publication")) is not None:
            diagnostics.append(d)
        if reading.value is not None:
            return reading
    return None


def signed_date(
    view: NormalizedText, layout: Layout, diagnostics: list[Diagnostic]
) -> DateReading | None:
    """The signature block's date, if it has a readable one."""
    if layout.signature is None:
        return None
    reading = find_date(view.text, *layout.signature, loose=True)
    if reading is None:
        return None
    if (d := _date_diagnostic(view, reading, "signature")) is not None:
        diagnostics.append(d)
    return reading if reading.value is not None else None
