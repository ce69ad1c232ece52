"""The document model: frozen, typed, picklable records with spans into the original text.

Every node carries a :class:`Span` of half-open offsets into ``Report.source``; the input
string is never changed, so ``report.source[node.span.start:node.span.end]`` is always the
node's raw text. Models hold data only: no back-references (no cycles), no parser objects.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, Final

import attrs

__all__ = [
    "DEADLINE",
    "Change",
    "Chrome",
    "ChromeKind",
    "DatePrecision",
    "Diagnostic",
    "DiagnosticCode",
    "FrozenDict",
    "Measure",
    "Metric",
    "MetricKind",
    "Node",
    "Part",
    "Qualifier",
    "Reference",
    "Report",
    "Section",
    "SectionKind",
    "Segment",
    "SegmentKind",
    "Severity",
    "Span",
    "content_id",
    "fold_width",
]

REPR_TITLE: Final = 40
"""Characters of the title that ``repr(report)`` shows before cutting it with …."""

DEADLINE: Final = (3, 31)
"""Month and day of the year after the report's by which it is published (每年4月1日之前)."""


@attrs.frozen(order=True)
class Span:
    """Half-open ``[start, end)`` offsets into ``Report.source`` (Python ``str`` indices)."""

    start: int
    """First character of the node."""
    end: int
    """One past the last character of the node."""

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def __bool__(self) -> bool:
        """A span is always true, even an empty one (``len(span) == 0``): a node that has a
        span is there, wherever it is."""
        return True

    def __contains__(self, other: object) -> bool:
        if isinstance(other, Span):
            return self.start <= other.start and other.end <= self.end
        if isinstance(other, int):
            return self.start <= other < self.end
        return False

    def slice(self, source: str) -> str:
        """The raw text this span covers in ``source``."""
        return source[self.start : self.end]


class FrozenDict(Mapping[str, str]):
    """An immutable, hashable mapping of strings (the type of ``Report.meta``).

    >>> meta = FrozenDict({"index_no": "11440300/2023-01"})
    >>> meta["index_no"], meta == {"index_no": "11440300/2023-01"}, hash(meta) == hash(meta)
    ('11440300/2023-01', True, True)
    """

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, str] | None = None) -> None:
        self._data: dict[str, str] = dict(data or {})

    def __getitem__(self, key: str) -> str:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenDict({self._data!r})"

    def __reduce__(self) -> tuple[type[FrozenDict], tuple[dict[str, str]]]:
        return FrozenDict, (self._data,)


def _frozen(data: Mapping[str, str]) -> FrozenDict:
    return data if isinstance(data, FrozenDict) else FrozenDict(data)


class _ValueEnum(str, enum.Enum):
    """A closed set of string values: ``str(member)`` is its value (``"achievements"``), so
    members read well in tables, f-strings and JSON."""

    def __str__(self) -> str:
        return str(self.value)


class SectionKind(_ValueEnum):
    """The five parts that the 2019 regulation (《法治政府建设与责任落实督察工作规定》) requires."""

    ACHIEVEMENTS = "achievements"
    """(A) 主要举措和成效."""
    PROBLEMS = "problems"
    """(B) 存在的不足和原因."""
    DUTY = "duty"
    """(C) 党政主要负责人履行推进法治建设第一责任人职责."""
    PLANS = "plans"
    """(D) 下一年度推进法治政府建设的主要安排."""
    OTHER = "other"
    """(E) 其他需要报告的情况."""


class Severity(_ValueEnum):
    """How much a diagnostic matters to someone using the parse."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class DiagnosticCode(_ValueEnum):
    """What a :class:`Diagnostic` is about. Values are stable identifiers."""

    GAP = "gap"
    """A numbering run skips ordinals (（一）（三）)."""
    RESTART = "restart"
    """A numbering run starts again at one without a new parent heading."""
    OUT_OF_ORDER = "out_of_order"
    """A marker's ordinal goes backwards without restarting at one."""
    CONTINUED = "continued"
    """A run continues its numbering across parent headings (1. 2. | （二） 3.)."""
    REPAIRED_NUMERAL = "repaired_numeral"
    """A numeral lost from an enumeration (二是… 。是…) was restored."""
    IMPLICIT_SECTION = "implicit_section"
    """A section without a heading of its own was inferred."""
    LOST_LINE_BREAKS = "lost_line_breaks"
    """Headings were found inside long lines whose line breaks were lost."""
    REJECTED_HEADING = "rejected_heading"
    """Heading-like lines were rejected (count per rule in the message)."""
    REJECTED_NUMBER = "rejected_number"
    """Number-like strings were rejected as metrics (count per rule in the message)."""
    MOJIBAKE = "mojibake"
    """Characters that look like a decoding error (?, U+FFFD, mis-decoded runs)."""
    GLOSS_REMOVED = "gloss_removed"
    """Pinyin glosses left by a bad converter (現(xiàn)) were ignored."""
    TRADITIONAL = "traditional"
    """Traditional script was read through Traditional→Simplified conversion."""
    CONTROL_CHARACTERS = "control_characters"
    """Control, zero-width or surrogate characters were ignored."""
    CHROME = "chrome"
    """Web-page chrome (breadcrumbs, metadata, footers…) was kept apart from the body."""
    DATE_REPAIRED = "date_repaired"
    """A mangled date (2020321, 20191月) was recovered."""
    DATE_UNREADABLE = "date_unreadable"
    """A date-like string could not be read unambiguously."""
    MISSING_PART = "missing_part"
    """A part required by the 2019 regulation was not found."""
    MARKUP = "markup"
    """The text still holds HTML markup (read the page with ``parse_html`` instead)."""
    NOT_A_REPORT = "not_a_report"
    """The text does not look like a 法治政府建设 report."""
    NO_STRUCTURE = "no_structure"
    """No numbered headings were found."""
    EMPTY = "empty"
    """The input is empty or blank."""
    TRUNCATED = "truncated"
    """The text ends inside a heading or an item: the page seems cut short."""


@attrs.frozen(kw_only=True)
class Diagnostic:
    """Something the parser noticed, repaired or could not read."""

    code: DiagnosticCode
    """What kind of thing happened."""
    severity: Severity
    """info: a repair or inference; warning: probably lossy; error: unreadable."""
    message: str
    """A human-readable sentence, in English, naming what was seen."""
    span: Span | None = None
    """Where in ``source``, if it has one place."""


class MetricKind(_ValueEnum):
    """What a quantity measures."""

    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    DURATION = "duration"
    FRACTION = "fraction"
    RATIO = "ratio"
    CONCENTRATION = "concentration"
    """微克/立方米 · 毫克/升: a mass per volume (air and water quality)."""
    SCORE = "score"
    """分: points of an assessment (考核得分98.6分)."""


class Qualifier(_ValueEnum):
    """How exact a quantity is, as the text words it."""

    EXACT = "exact"
    APPROX = "approx"
    """约 · 近 · 左右."""
    LOWER_BOUND = "lower_bound"
    """余 · 多 · 超过 · 以上 · 突破 · 强."""
    UPPER_BOUND = "upper_bound"
    """不足 · 以下 · 内."""
    REACHED = "reached"
    """达 · 达到."""


class Change(_ValueEnum):
    """Direction of a change the quantity describes (同比增长, 下降28%, 压减22%)."""

    INCREASE = "increase"
    DECREASE = "decrease"


@attrs.frozen(kw_only=True)
class Metric:
    """A number or a range with its unit, e.g. 500余人次, 98.2%, 约8亿元, 3-5个工作日."""

    value: Decimal
    """The value with 万/亿 applied: 2.86万户 → 28600; of a range, its lower end (3-5次 → 3)."""
    upper: Decimal | None = None
    """The upper end of a range (3-5次, 1—2名, 3至5天 → 5, 2, 5); None for a single number."""
    unit: str
    """Simplified unit: 项 件 人次 % 元 …; empty when the text gives none."""
    kind: MetricKind
    """count, percent, money, …"""
    qualifier: Qualifier = Qualifier.EXACT
    """exact unless the text hedges (约, 余, 超过, 不足, 达 …)."""
    change: Change | None = None
    """increase / decrease when the number is a change (同比下降28%); a negative percentage is
    a decrease by its magnitude (增长-3%: value 3, decrease)."""
    span: Span
    """Qualifier, number and unit in ``source``."""
    text: str
    """``source[span]``."""
    indicator: str | None = None
    """Canonical indicator it measures (``行政复议申请``, ``出庭应诉率``…), if known."""
    subject: str | None = None
    """The noun phrase before the number as printed (normalized), if any."""


@attrs.frozen(kw_only=True)
class Measure:
    """An inline action item: 一是…, 第一，…, ①… inside a section's text."""

    marker: str
    """As printed (``二是``, ``第一，``, ``①``); ``是`` where the numeral was lost."""
    scheme: str
    """Name of the numbering scheme (``cn-shi``, ``cn-di``, ``circled``…)."""
    ordinal: int
    """1-based position in its chain (restored when ``repaired``)."""
    title: str
    """The item's lead phrase as printed (its own punctuation), in Simplified script, without
    glosses and the closing 。; :attr:`title_key` folds it for matching."""
    title_span: Span
    """The title in ``source``."""
    repaired: bool = False
    """True when the numeral was lost in the text and restored from the chain."""
    span: Span
    """From the marker to the next item of the chain or the end of the section body."""
    text: str
    """``source[span]``."""
    metrics: tuple[Metric, ...] = ()
    """Quantities inside this measure, in document order."""

    @property
    def title_key(self) -> str:
        """The title for matching: full-width punctuation and letters folded to ASCII
        (:func:`fold_width`)."""
        return fold_width(self.title)


@attrs.frozen(kw_only=True)
class Section:
    """A heading or numbered paragraph and everything under it."""

    marker: str | None
    """As printed (``一、``, ``（一）``, ``1.``); None when implicit."""
    scheme: str | None
    """Name of the numbering scheme that matched; None when implicit."""
    ordinal: int | None
    """1-based ordinal (① → 1, 第一 → 1); None when implicit."""
    title: str | None
    """Heading text as printed (its own punctuation: ``深化改革，优化服务``), in Simplified
    script, without glosses, marker and closing 。/：; None when implicit. :attr:`title_key`
    folds it for matching."""
    title_span: Span | None
    """The title in ``source``; None when implicit."""
    kind: SectionKind | None = None
    """Which statutory part a top-level section is; None when unknown or nested."""
    implicit: bool = False
    """True for a part that has no heading in the text."""
    span: Span
    """From the marker (or first line) to the end of the section's last child or body."""
    text: str
    """``source[span]``."""
    children: tuple[Section, ...] = ()
    """Subsections in document order."""
    measures: tuple[Measure, ...] = ()
    """Measures in this section's own body (not in its children)."""
    metrics: tuple[Metric, ...] = ()
    """Quantities in this section's own body that no measure holds."""

    @property
    def title_key(self) -> str | None:
        """The title for matching: full-width punctuation and letters folded to ASCII
        (:func:`fold_width`); None when implicit.

        >>> Section(marker="（一）", scheme="cn-paren", ordinal=1, title="深化改革，优化服务",
        ...     title_span=None, span=Span(0, 12), text="").title_key
        '深化改革,优化服务'
        """
        return None if self.title is None else fold_width(self.title)

    def walk(self) -> Iterator[Section | Measure]:
        """This section, its measures and all descendants, in document order."""
        yield self
        items: list[Section | Measure] = [*self.measures, *self.children]
        items.sort(key=lambda n: n.span.start)
        for item in items:
            if isinstance(item, Section):
                yield from item.walk()
            else:
                yield item


Node = Section | Measure


class DatePrecision(_ValueEnum):
    """How much of a date the text printed: a whole date, or only its year and month.

    A month-precision date (a signature dated 2023年3月) is stored as the first of that month
    so that ``Report.published`` and ``Report.signed`` stay plain ``datetime.date`` values
    (pandas, comparisons); its day was not printed and must not be read as one.
    """

    DAY = "day"
    """Year, month and day were printed (or repaired from a mangled form)."""
    MONTH = "month"
    """Only year and month were printed; the date holds the 1st of the month."""


class ChromeKind(_ValueEnum):
    """Web-page furniture that is not part of the report body."""

    BREADCRUMB = "breadcrumb"
    HEADER = "header"
    METADATA = "metadata"
    WIDGET = "widget"
    SIGNATURE = "signature"
    FOOTER = "footer"
    NAVIGATION = "navigation"


@attrs.frozen(kw_only=True)
class Chrome:
    """A stretch of page chrome, kept apart from the body (never deleted from ``source``)."""

    kind: ChromeKind
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Reference:
    """A document cited in the text: 《标题》 with its 文号 where given."""

    title: str
    """The title inside 《》, normalized."""
    number: str | None
    """Document number (营西政发〔2022〕1号) if it follows the title."""
    span: Span
    """From 《 to the end of the number (or 》)."""
    title_span: Span | None = None
    """The title inside 《》 in ``source`` (the compact JSON form leaves out a title that is
    the source under it)."""


@attrs.frozen(kw_only=True)
class Part:
    """Where one of the five statutory parts (A–E) stands in a report, or that it is missing."""

    kind: SectionKind
    present: bool
    """The report has text for this part: a top-level section of its kind, or a combined or
    nested heading that names it."""
    spans: tuple[Span, ...] = ()
    """Spans of the top-level sections of this kind; for a part with none, of the section
    whose combined heading (存在的问题及下一步打算) or nested heading names it."""
    standalone: bool = False
    """The part has a top-level section of its own (the stricter reading of compliance)."""


class SegmentKind(_ValueEnum):
    """Kinds of the pieces that :meth:`Report.segments` cuts ``source`` into."""

    CHROME = "chrome"
    TITLE = "title"
    PREAMBLE = "preamble"
    HEADING = "heading"
    BODY = "body"
    CLOSING = "closing"
    SIGNATURE = "signature"
    BLANK = "blank"


@attrs.frozen(kw_only=True)
class Segment:
    """One piece of the lossless partition of ``source``."""

    kind: SegmentKind
    span: Span
    text: str
    chrome: ChromeKind | None = None
    """The chrome kind when ``kind`` is CHROME."""


_FULL_WIDTH: Final = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold_width(text: str) -> str:
    """``text`` with full-width ASCII (``，（）：１２``) and the ideographic space folded to
    ASCII, as the parser's normalized view reads it: the key a title is matched on.

    >>> fold_width("（一）深化改革，优化服务")
    '(一)深化改革,优化服务'
    """
    return text.translate(_FULL_WIDTH)


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def content_id(source: str) -> str:
    """The id of a report nobody named: 16 hex digits of the SHA-256 of its UTF-8 ``source``
    (lone surrogates kept), so the same text always gets the same id.

    >>> content_id("一、主要举措")
    'db8cc1aa96c885f9'
    """
    import hashlib  # on first use: a few ms off ``import fazhi_parse``

    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@attrs.frozen(kw_only=True, repr=False)
class Report:
    """A parsed report: the untouched source and the tree read from it."""

    id: str = ""
    """Who this report is: the id given to :func:`~fazhi_parse.parse` (a URL, a file name…),
    else the path of the file it was read from, else :func:`content_id` of its source (also
    when built with ``id=""``). Every table row carries it as ``report_id``."""
    source: str
    """The input, untouched."""
    preamble: Span
    """Text before the first section (after title and leading page chrome)."""
    sections: tuple[Section, ...] = ()
    """Top-level sections in document order."""
    title: str | None = None
    """The report's title as printed (its own punctuation), in Simplified script; never the
    site name. :attr:`title_key` folds it for matching."""
    title_span: Span | None = None
    year: int | None = None
    """The year the report is about (not the publication year)."""
    issuer: str | None = None
    """The reporting body as printed (normalized)."""
    published: date | None = None
    """Publication date from the page or its metadata (see ``published_precision``)."""
    published_precision: DatePrecision | None = None
    """How much of ``published`` the page printed; None exactly when ``published`` is None.
    For :attr:`DatePrecision.MONTH` the day is the 1st by convention, not a reading."""
    signed: date | None = None
    """Date of the signature block (see ``signed_precision``)."""
    signed_precision: DatePrecision | None = None
    """How much of ``signed`` the signature printed; None exactly when ``signed`` is None."""
    meta: Mapping[str, str] = attrs.field(factory=FrozenDict, converter=_frozen)
    """Page metadata block by canonical field name (``index_no``, ``publisher``…); an
    immutable mapping, so that a Report hashes."""
    chrome: tuple[Chrome, ...] = ()
    """Page chrome found in the text, in document order."""
    closing: Span | None = None
    """The closing formula after the last section (以上情况，特此报告。), if any."""
    references: tuple[Reference, ...] = ()
    """Documents cited, in document order."""
    metrics: tuple[Metric, ...] = ()
    """Every quantity in the body, in document order."""
    parts: tuple[Part, ...] = ()
    """The statutory parts A–E in order: present, standalone or missing, and where — the
    compliance view researchers tabulate."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Repairs, inferences and problems: those with a span in document order (by start, then
    end), then those about the whole text (no span) in the order the stages found them."""

    @property
    def title_key(self) -> str | None:
        """The title for matching: full-width punctuation folded to ASCII
        (:func:`fold_width`)."""
        return None if self.title is None else fold_width(self.title)

    def __attrs_post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", content_id(self.source))

    def walk(self) -> Iterator[Section | Measure]:
        """Every section and measure, depth first in document order."""
        for section in self.sections:
            yield from section.walk()

    @property
    def preamble_text(self) -> str:
        """``source[preamble]``."""
        return self.preamble.slice(self.source)

    @property
    def on_time(self) -> bool | None:
        """Published by 31 March of the year after ``year`` (the rule: 每年4月1日之前)?
        None unless both ``year`` and ``published`` are known.

        >>> Report(source="", preamble=Span(0, 0), year=2022, published=date(2023, 3, 10)).on_time
        True
        """
        if self.year is None or self.published is None:
            return None
        return self.published <= date(self.year + 1, *DEADLINE)

    def __repr__(self) -> str:
        """One line: id, title, year and counts (the whole tree is in :meth:`to_json`, the
        outline in ``fazhi_parse.export.display.render_tree``).

        >>> Report(id="a.txt", source="", preamble=Span(0, 0), title="2023年度报告", year=2023)
        <Report a.txt: 2023年度报告 · 2023 · 0 sections · 0 metrics>
        """
        title = self.title or "(untitled)"
        if len(title) > REPR_TITLE:
            title = title[: REPR_TITLE - 1] + "…"
        sections = sum(1 for node in self.walk() if isinstance(node, Section))
        bits = [title, *([str(self.year)] if self.year else [])]
        bits += [_count(sections, "section"), _count(len(self.metrics), "metric")]
        for severity in (Severity.WARNING, Severity.ERROR):
            n = sum(1 for d in self.diagnostics if d.severity is severity)
            bits += [_count(n, str(severity))] if n else []
        return f"<Report {self.id}: {' · '.join(bits)}>"

    # --- interfaces: thin delegations, imported lazily (no cycles, no import-time work) ---

    def segments(self) -> tuple[Segment, ...]:
        """``source`` cut into typed segments that join back to it
        (:mod:`fazhi_parse.export.segments`)."""
        from .export.segments import segments

        return segments(self)

    def to_dict(self, *, compact: bool = True) -> dict[str, Any]:
        """JSON-ready dicts with ``schema_version`` first; ``compact`` leaves out what
        :meth:`from_dict` rebuilds from ``source`` (:mod:`fazhi_parse.export.serialize`)."""
        from .export.serialize import to_dict

        return to_dict(self, compact=compact)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """The report that :meth:`to_dict` returned ``data`` for."""
        from .export.serialize import from_dict

        return from_dict(cls, data)

    def to_json(self, *, indent: int | None = None, compact: bool = True) -> str:
        """JSON text of :meth:`to_dict`, non-ASCII written as is (UTF-8 ready)."""
        from .export.serialize import to_json

        return to_json(self, indent=indent, compact=compact)

    @classmethod
    def from_json(cls, text: str | bytes) -> Report:
        """The report that :meth:`to_json` returned ``text`` for."""
        from .export.serialize import from_json

        return from_json(text, cls)

    def to_records(self, table: str, *, report_id: str | None = None) -> list[dict[str, Any]]:
        """Rows of ``table``: ``sections``, ``measures``, ``metrics`` or ``parts``."""
        from .export.records import to_records

        return to_records(self, table, report_id=report_id)  # type: ignore[arg-type]

    def to_pandas(self, table: str, *, report_id: str | None = None) -> Any:
        """:meth:`to_records` as a ``pandas.DataFrame``; needs the ``pandas`` extra."""
        from .export.records import to_pandas

        return to_pandas(self, table, report_id=report_id)  # type: ignore[arg-type]

    def highlight(self, node: Any, *, context: int = 80) -> Any:
        """``node`` (anything with a ``span``) marked inside the raw text around it."""
        from .export.display import highlight

        return highlight(self, node, context=context)

    def _repr_html_(self) -> str:
        from .export.display import render_html

        return render_html(self)

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:
        from .export.display import pretty

        pretty(self, p, cycle)
