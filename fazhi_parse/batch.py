"""Parsing many documents: in order, over a process pool, one failure never stops the batch.

Each item is either a ``str`` — always taken as the text of a report, never as a path — or
an :class:`os.PathLike` (``pathlib.Path``), read with :func:`~fazhi_parse.files.parse_file`.
Results come back as :class:`BatchResult` records in the order of the items, as soon as
each one and all before it are done; at most four chunks per worker are in flight, so an
endless iterator of paths streams in bounded memory.

With ``jobs > 1`` the items and the reports cross process boundaries by pickling, as they
would in Dask or Spark; like any :mod:`multiprocessing` code, a script that calls
:func:`parse_many` with ``jobs > 1`` needs the ``if __name__ == "__main__":`` guard on
platforms that spawn workers (Windows, macOS).
"""

from __future__ import annotations

import collections
import concurrent.futures
import multiprocessing.context
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Union

import attrs

from .files import DecodeError, parse_file
from .model import Report
from .parse import parse

if TYPE_CHECKING:
    from .schemes import SchemeSet

__all__ = ["BatchResult", "Item", "parse_many"]

Item = Union[str, "os.PathLike[str]"]
"""What :func:`parse_many` takes: a text (``str``) or a file path (``os.PathLike``)."""

IN_FLIGHT_PER_JOB = 4
"""Chunks submitted ahead per worker: enough to keep workers busy, few enough to stream."""


@attrs.frozen(kw_only=True)
class BatchResult:
    """The outcome of parsing one item of a batch."""

    index: int
    """Position of the item in the input, from 0."""
    name: str
    """The path as given (``os.fspath``), or ``<text 3>`` for a text item."""
    report: Report | None = None
    """The parsed report, or None when parsing failed."""
    error: str | None = None
    """One line, ``ExceptionType: message``, when parsing failed; else None."""

    @property
    def ok(self) -> bool:
        """True when the item parsed."""
        return self.error is None


def parse_many(
    items: Iterable[Item],
    *,
    jobs: int | None = 1,
    chunksize: int = 1,
    schemes: SchemeSet | None = None,
    encoding: str | None = None,
    mp_context: multiprocessing.context.BaseContext | None = None,
) -> Iterator[BatchResult]:
    """Parse every item and yield a :class:`BatchResult` per item, in input order.

    ``jobs=1`` parses in this process (no pool); ``jobs=None`` or ``0`` uses every CPU.
    ``chunksize`` items are sent to a worker at a time (raise it for many short texts).
    ``encoding`` is passed to :func:`~fazhi_parse.files.parse_file` for path items; ``schemes``
    to :func:`~fazhi_parse.parse`. Failures (unreadable files, undecodable bytes, wrong item
    types) become results with ``error`` set; the batch goes on.
    """
    if chunksize < 1:
        raise ValueError("chunksize must be at least 1")
    workers = jobs or os.cpu_count() or 1
    if workers < 0:
        raise ValueError("jobs must be positive, 0 or None")
    chunks = _chunks(enumerate(items), chunksize)
    if workers == 1:
        for chunk in chunks:
            yield from _parse_chunk(chunk, schemes, encoding)
        return
    pool = concurrent.futures.ProcessPoolExecutor(workers, mp_context=mp_context)
    pending: collections.deque[concurrent.futures.Future[list[BatchResult]]]
    pending = collections.deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(_parse_chunk, chunk, schemes, encoding))
            if len(pending) >= workers * IN_FLIGHT_PER_JOB:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # also when the caller stops early: drop what has not started
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(items: Iterator[tuple[int, Item]], size: int) -> Iterator[list[tuple[int, Item]]]:
    chunk: list[tuple[int, Item]] = []
    for pair in items:
        chunk.append(pair)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _parse_chunk(
    chunk: Sequence[tuple[int, Item]], schemes: SchemeSet | None, encoding: str | None
) -> list[BatchResult]:
    return [_parse_one(index, item, schemes, encoding) for index, item in chunk]


def _parse_one(
    index: int, item: Item, schemes: SchemeSet | None, encoding: str | None
) -> BatchResult:
    name = f"<text {index}>" if isinstance(item, str) else _name(item)
    try:
        if isinstance(item, str):
            report = parse(item) if schemes is None else parse(item, schemes=schemes)
        elif isinstance(item, os.PathLike):
            report = parse_file(item, encoding=encoding, schemes=schemes)
        else:
            raise TypeError(
                f"expected a str (a text) or an os.PathLike (a file), got {type(item).__name__}"
            )
    except Exception as exc:  # a batch reports every failure and goes on
        return BatchResult(index=index, name=name, error=_one_line(exc))
    return BatchResult(index=index, name=name, report=report)


def _name(item: object) -> str:
    try:
        return str(os.fspath(item))  # type: ignore[call-overload]
    except TypeError:
        return f"<{type(item).__name__} {item!r:.40}>"


def _one_line(exc: BaseException) -> str:
    # the result names the file: leave the name out of the message
    if isinstance(exc, DecodeError):
        message = exc.detail
    elif isinstance(exc, OSError) and exc.strerror:
        message = exc.strerror
    else:
        message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
