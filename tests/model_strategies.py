"""Hypothesis strategies for any model object, built from the attrs fields and type hints.

Like :mod:`fazhi_parse.export.serialize`, nothing here is written per class: a field added to the
model is generated with no edit here. Spans are valid (``0 <= start <= end``); a report's
``source`` is then padded to hold every span, and every stored ``text`` set to the source
under its span, as in a parsed report (``from_dict`` refuses anything else).
"""

from __future__ import annotations

import collections.abc
import enum
import sys
import types
import typing
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from fazhi_parse import model

MAX_DEPTH = 2
"""How deep a class may nest inside itself (sections in sections)."""

# Every code point, lone surrogates included: what a str handed to parse() may hold.
any_text = st.text(st.characters(exclude_categories=()), max_size=12)

spans = st.tuples(st.integers(0, 10_000), st.integers(0, 500)).map(
    lambda p: model.Span(p[0], p[0] + p[1])
)

decimals = st.decimals(allow_nan=False, allow_infinity=False, places=None)


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))


def for_type(tp: Any, depth: dict[type, int] | None = None) -> st.SearchStrategy[Any]:
    """A strategy for values of the field type ``tp``."""
    depth = depth or {}
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        return st.one_of([for_type(a, depth) for a in typing.get_args(tp)])
    if origin is tuple:
        arg = typing.get_args(tp)[0]
        if isinstance(arg, type) and depth.get(arg, 0) >= MAX_DEPTH:
            return st.just(())
        return st.lists(for_type(arg, depth), max_size=2).map(tuple)
    if origin in (dict, collections.abc.Mapping):
        key, value = typing.get_args(tp)
        return st.dictionaries(for_type(key, depth), for_type(value, depth), max_size=2)
    if tp is type(None):
        return st.none()
    if tp is model.Span:
        return spans
    if tp is str:
        return any_text
    if tp is int:
        return st.integers(-(2**40), 2**40)
    if tp is bool:
        return st.booleans()
    if tp is Decimal:
        return decimals
    if tp is date:
        return st.dates()
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if isinstance(tp, type) and attrs.has(tp):
        return models(tp, depth)
    raise TypeError(f"no strategy for {tp!r}")


def models(cls: type, depth: dict[type, int] | None = None) -> st.SearchStrategy[Any]:
    """Instances of the model class ``cls`` with every init field generated."""
    depth = {**(depth or {}), cls: (depth or {}).get(cls, 0) + 1}
    hints = _hints(cls)
    fields = {
        f.alias or f.name: for_type(hints[f.name], depth) for f in attrs.fields(cls) if f.init
    }
    return st.builds(cls, **fields)


def _spans_in(node: Any) -> collections.abc.Iterator[model.Span]:
    for field in attrs.fields(type(node)):
        value = getattr(node, field.name)
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if isinstance(item, model.Span):
                yield item
            elif attrs.has(type(item)):
                yield from _spans_in(item)


def _tie(node: Any, source: str) -> Any:
    """``node`` with every ``text`` beside a ``span`` set to ``source[span]``, recursively."""
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(node)):
        value = getattr(node, field.name)
        if isinstance(value, tuple) and any(attrs.has(type(v)) for v in value):
            changes[field.name] = tuple(_tie(v, source) if attrs.has(type(v)) else v for v in value)
        elif attrs.has(type(value)) and not isinstance(value, model.Span):
            changes[field.name] = _tie(value, source)
    span = getattr(node, "span", None)
    if isinstance(span, model.Span) and isinstance(getattr(node, "text", None), str):
        changes["text"] = source[span.start : span.end]
    return attrs.evolve(node, **changes) if changes else node


def _consistent(report: model.Report) -> model.Report:
    end = max((s.end for s in _spans_in(report)), default=0)
    source = report.source + "文" * max(0, end - len(report.source))
    return typing.cast(model.Report, _tie(attrs.evolve(report, source=source), source))


reports = models(model.Report).map(_consistent)
