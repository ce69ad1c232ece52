"""Looking at a report: a text tree for terminals, Markdown, HTML for Jupyter, highlights.

- :func:`render_tree` — the outline as box-drawn text (``Report._repr_pretty_`` and
  ``fazhi-parse --format tree``);
- :func:`render_markdown` — the outline as a nested Markdown list (``--format md``);
- :func:`render_html` — a collapsible tree (``<details>``) with part kinds, implicit and
  repaired nodes badged, each section's own text (collapsed) with its metrics highlighted,
  then the statutory parts, the page metadata, the documents cited and the diagnostics
  (``Report._repr_html_``);
- :func:`highlight` — any node (section, measure, metric, chrome, diagnostic, span) shown
  inside the raw text around it.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Any, Final, Protocol

import attrs

from ..model import Measure, Metric, Report, Section, Span
from .records import outline_counts

__all__ = ["Highlight", "highlight", "render_html", "render_markdown", "render_tree"]

TITLE_WIDTH: Final = 48
"""Characters of a title shown in the text tree before it is cut with …."""

_STYLE: Final = """<style>
.fz-report{font-family:var(--jp-content-font-family,system-ui,sans-serif);line-height:1.5}
.fz-report details{margin-left:1.1em}
.fz-report>details{margin-left:0}
.fz-report summary{cursor:pointer}
.fz-report ul{margin:.1em 0 .2em 1.1em;padding-left:0;list-style:none}
.fz-marker{font-weight:600;margin-right:.25em}
.fz-badge{font-size:.75em;border-radius:.6em;padding:0 .5em;margin-left:.4em;
  border:1px solid currentColor;opacity:.8;white-space:nowrap}
.fz-kind{background:rgba(66,133,244,.15)}
.fz-implicit{background:rgba(251,188,4,.25);font-style:italic}
.fz-repaired{background:rgba(234,67,53,.15)}
.fz-metric{background:rgba(52,168,83,.2);border-radius:.3em;padding:0 .15em}
.fz-meta{opacity:.75;font-size:.9em}
.fz-text{white-space:pre-wrap;margin:.2em 0 .4em 0;padding:.3em .5em;
  border-left:3px solid rgba(128,128,128,.4);font-size:.9em}
.fz-report mark{background:rgba(251,188,4,.45);color:inherit}
.fz-table{border-collapse:collapse;font-size:.9em;margin:.2em 0 .4em 1.1em}
.fz-table th,.fz-table td{padding:0 .6em;text-align:left;vertical-align:top}
</style>"""


class _HasSpan(Protocol):
    @property
    def span(self) -> Span | None: ...


# --- text tree -------------------------------------------------------------------------------


def _children(section: Section) -> list[Section | Measure]:
    items: list[Section | Measure] = [*section.measures, *section.children]
    items.sort(key=lambda n: n.span.start)
    return items


def _cut(text: str | None, width: int = TITLE_WIDTH) -> str:
    if not text:
        return ""
    return text if len(text) <= width else text[: width - 1] + "…"


def _section_label(s: Section) -> str:
    head = "(implicit part)" if s.implicit or s.marker is None else f"{s.marker}{_cut(s.title)}"
    tags = [str(s.kind)] if s.kind is not None else []
    n = len(s.metrics) + sum(len(m.metrics) for m in s.measures)
    tags += [_plural(n, "metric")] if n else []
    return head + (f"  [{', '.join(tags)}]" if tags else "")


def _measure_label(m: Measure) -> str:
    tags = ["repaired"] if m.repaired else []
    tags += [_plural(len(m.metrics), "metric")] if m.metrics else []
    return f"{m.marker} {_cut(m.title)}" + (f"  [{', '.join(tags)}]" if tags else "")


def _headline(report: Report) -> str:
    bits = [report.title or "(untitled report)"]
    bits += [str(report.year)] if report.year else []
    bits += [report.issuer] if report.issuer else []
    return " · ".join(bits)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def _counts(report: Report) -> str:
    sections, measures = outline_counts(report)
    return " · ".join(
        _plural(n, word)
        for n, word in (
            (sections, "section"),
            (measures, "measure"),
            (len(report.metrics), "metric"),
            (len(report.diagnostics), "diagnostic"),
        )
    )


def _tree_lines(nodes: list[Section | Measure], prefix: str) -> Iterator[str]:
    for i, node in enumerate(nodes):
        last = i == len(nodes) - 1
        branch, extend = ("└── ", "    ") if last else ("├── ", "│   ")
        if isinstance(node, Section):
            yield prefix + branch + _section_label(node)
            yield from _tree_lines(_children(node), prefix + extend)
        else:
            yield prefix + branch + _measure_label(node)


def render_tree(report: Report) -> str:
    """The outline as a box-drawn tree: a headline, one line per section and measure, and
    a line of counts."""
    lines = [_headline(report)]
    lines += _tree_lines(list(report.sections), "")
    lines.append(_counts(report))
    return "\n".join(lines)


def pretty(report: Report, p: Any, cycle: bool) -> None:
    """IPython's ``_repr_pretty_`` hook: the text tree."""
    if cycle:
        p.text("Report(...)")
        return
    for i, line in enumerate(render_tree(report).split("\n")):
        if i:
            p.break_()
        p.text(line)


# --- Markdown --------------------------------------------------------------------------------


def _md_escape(text: str) -> str:
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in text)


def _md_lines(nodes: list[Section | Measure], depth: int) -> Iterator[str]:
    pad = "  " * depth
    for node in nodes:
        if isinstance(node, Section):
            if node.implicit or node.marker is None:
                head = "*(implicit part)*"
            else:
                head = f"**{_md_escape(node.marker)}** {_md_escape(node.title or '')}"
            tail = f" `{node.kind}`" if node.kind is not None else ""
            yield f"{pad}- {head}{tail}"
            yield from _md_lines(_children(node), depth + 1)
        else:
            tail = " *(repaired)*" if node.repaired else ""
            metrics = "".join(f" `{_md_code(m.text)}`" for m in node.metrics)
            yield f"{pad}- {_md_escape(node.marker)} {_md_escape(node.title)}{tail}{metrics}"


def _md_code(text: str) -> str:
    return " ".join(text.replace("`", "'").split())


def render_markdown(report: Report, *, heading_level: int = 1) -> str:
    """The outline as Markdown: a heading, a line of facts, and a nested list (sections in
    bold, part kinds and metrics as code)."""
    hashes = "#" * heading_level
    lines = [f"{hashes} {_md_escape(report.title or '(untitled report)')}", ""]
    facts = [f"{label}: {value}" for label, value in (
        ("year", report.year), ("issuer", report.issuer),
        ("published", report.published), ("signed", report.signed),
    ) if value]  # fmt: skip
    if facts:
        lines += [_md_escape(" · ".join(str(f) for f in facts)), ""]
    lines += _md_lines(list(report.sections), 0)
    lines += ["", _counts(report)]
    return "\n".join(lines) + "\n"


# --- HTML ------------------------------------------------------------------------------------


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _metric_chip(m: Metric) -> str:
    facts = [f"{m.value} {m.unit}".strip(), str(m.kind)]
    if m.qualifier.value != "exact":
        facts.append(str(m.qualifier))
    if m.change is not None:
        facts.append(str(m.change))
    if m.indicator:
        facts.append(m.indicator)
    return f'<span class="fz-metric" title="{_esc(" · ".join(facts))}">{_esc(m.text)}</span>'


def _marked(source: str, span: Span, metrics: tuple[Metric, ...]) -> str:
    """``source[span]`` escaped, with each metric inside it wrapped in ``<mark>``."""
    out: list[str] = []
    pos = span.start
    for m in sorted(metrics, key=lambda m: m.span):
        if m.span.start < pos or m.span.end > span.end:
            continue
        out += [_esc(source[pos : m.span.start]), _metric_chip(m)]
        pos = m.span.end
    out.append(_esc(source[pos : span.end]))
    return "".join(out)


def _html_nodes(report: Report, nodes: list[Section | Measure], top: bool) -> Iterator[str]:
    for node in nodes:
        if isinstance(node, Section):
            yield from _html_section(report, node, top)
        else:
            yield _html_measure(report, node)


def _html_section(report: Report, s: Section, top: bool) -> Iterator[str]:
    if s.implicit or s.marker is None:
        head = '<span class="fz-badge fz-implicit">implicit part</span>'
    else:
        head = f'<span class="fz-marker">{_esc(s.marker)}</span>{_esc(s.title or "")}'
    if s.kind is not None:
        head += f'<span class="fz-badge fz-kind">{_esc(s.kind)}</span>'
    chips = " ".join(_metric_chip(m) for m in s.metrics)
    yield f"<details{' open' if top else ''}><summary>{head}</summary>"
    if chips:
        yield f'<div class="fz-meta">{chips}</div>'
    own = _own_span(s)
    if len(own):
        metrics = (*s.metrics, *(x for m in s.measures for x in m.metrics))
        yield (
            f'<details class="fz-own"><summary class="fz-meta">text ({len(own)} characters)'
            f'</summary><div class="fz-text">{_marked(report.source, own, metrics)}</div>'
            "</details>"
        )
    measures = [n for n in _children(s) if isinstance(n, Measure)]
    children = [n for n in _children(s) if isinstance(n, Section)]
    if measures:
        yield "<ul>"
        yield from (_html_measure(report, m) for m in measures)
        yield "</ul>"
    yield from _html_nodes(report, list(children), top=False)
    yield "</details>"


def _own_span(s: Section) -> Span:
    """The section's own text: its span up to its first subsection."""
    end = s.children[0].span.start if s.children else s.span.end
    return Span(s.span.start, max(s.span.start, end))


def _html_parts(report: Report) -> Iterator[str]:
    if not report.parts:
        return
    yield '<details><summary>statutory parts</summary><table class="fz-table">'
    yield "<tr><th>part</th><th>present</th><th>standalone</th><th>sections</th></tr>"
    for part in report.parts:
        yield (
            f"<tr><td>{_esc(part.kind)}</td><td>{_yes(part.present)}</td>"
            f"<td>{_yes(part.standalone)}</td><td>{len(part.spans)}</td></tr>"
        )
    yield "</table></details>"


def _yes(flag: bool) -> str:
    return "yes" if flag else "—"


def _html_meta(report: Report) -> Iterator[str]:
    if not report.meta:
        return
    yield f"<details><summary>page metadata ({len(report.meta)})</summary>"
    yield '<table class="fz-table">'
    yield from (f"<tr><th>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in report.meta.items())
    yield "</table></details>"


def _html_references(report: Report) -> Iterator[str]:
    if not report.references:
        return
    yield f"<details><summary>documents cited ({len(report.references)})</summary><ul>"
    for ref in report.references:
        number = f' <span class="fz-meta">{_esc(ref.number)}</span>' if ref.number else ""
        yield f"<li>《{_esc(ref.title)}》{number}</li>"
    yield "</ul></details>"


def _html_measure(report: Report, m: Measure) -> str:
    badge = '<span class="fz-badge fz-repaired">repaired</span>' if m.repaired else ""
    chips = " ".join(_metric_chip(x) for x in m.metrics)
    text = _marked(report.source, m.span, m.metrics)
    return (
        f'<li><details><summary><span class="fz-marker">{_esc(m.marker)}</span>'
        f"{_esc(m.title)}{badge} {chips}</summary>"
        f'<div class="fz-text">{text}</div></details></li>'
    )


def render_html(report: Report) -> str:
    """A self-contained HTML fragment: headline, facts, the collapsible outline (top-level
    parts open, each section's own text collapsed), the statutory parts, the page metadata,
    the documents cited and the diagnostics."""
    parts = [_STYLE, '<div class="fz-report">', f"<div><b>{_esc(_headline(report))}</b></div>"]
    facts = [f"{k}: {_esc(v)}" for k, v in (
        ("published", report.published), ("signed", report.signed),
    ) if v]  # fmt: skip
    parts.append(f'<div class="fz-meta">{" · ".join([*facts, _esc(_counts(report))])}</div>')
    parts += _html_nodes(report, list(report.sections), top=True)
    parts += _html_parts(report)
    parts += _html_meta(report)
    parts += _html_references(report)
    if report.diagnostics:
        parts.append(f"<details><summary>diagnostics ({len(report.diagnostics)})</summary><ul>")
        parts += [
            f"<li><code>{_esc(d.code)}</code> {_esc(d.severity)}: {_esc(d.message)}</li>"
            for d in report.diagnostics
        ]
        parts.append("</ul></details>")
    parts.append("</div>")
    return "\n".join(parts)


# --- highlight -------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Highlight:
    """A span of a report's source shown with some context on each side.

    Prints as text with the span between ``⟦ ⟧``; renders in Jupyter with it marked.
    """

    before: str
    """Up to ``context`` characters before the span (``…`` first when cut)."""
    text: str
    """The span's raw text."""
    after: str
    """Up to ``context`` characters after the span (``…`` last when cut)."""
    span: Span
    """The span highlighted."""

    def __str__(self) -> str:
        return f"{self.before}⟦{self.text}⟧{self.after}"

    def _repr_html_(self) -> str:
        return (
            f'{_STYLE}<div class="fz-report"><div class="fz-meta">[{self.span.start}, '
            f'{self.span.end})</div><div class="fz-text">{_esc(self.before)}'
            f"<mark>{_esc(self.text)}</mark>{_esc(self.after)}</div></div>"
        )

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:
        p.text(str(self))


def highlight(report: Report, node: _HasSpan | Span, *, context: int = 80) -> Highlight:
    """``node`` (anything with a ``span``, or a :class:`Span`) inside ``report.source``, with
    up to ``context`` characters either side."""
    span = node if isinstance(node, Span) else node.span
    if span is None:
        raise ValueError(f"{type(node).__name__} has no span to highlight")
    if span.end > len(report.source):
        raise ValueError(f"span [{span.start}, {span.end}) is outside the report's source")
    source = report.source
    lo = max(0, span.start - context)
    hi = min(len(source), span.end + context)
    return Highlight(
        before=("…" if lo else "") + source[lo : span.start],
        text=source[span.start : span.end],
        after=source[span.end : hi] + ("…" if hi < len(source) else ""),
        span=span,
    )
