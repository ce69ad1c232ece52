"""Parsing many documents: in order, over a process pool, one failure never stops the batch.

Three doors, so that a file and a text are never confused:

- :func:`parse_files` takes paths (``str`` or :class:`os.PathLike`, as ``glob.glob`` and
  ``Path.rglob`` give them) and reads each with :func:`~fazhi_parse.files.parse_file`;
  each report's ``id`` is its path as given;
- :func:`parse_texts` takes texts, or ``(id, text)`` pairs to name them (a URL, a database
  key); a text without an id gets :func:`~fazhi_parse.model.content_id`;
- :func:`parse_many` takes a mix: a ``str`` is a text, an ``os.PathLike`` a file, a pair a
  named text. A ``str`` that looks like a file path (``"reports/a.txt"``) fails with a
  message that points to :func:`parse_files`, rather than parse as an empty report.

Results come back as :class:`BatchResult` records in the order of the items, as soon as
each one and all before it are done; at most four chunks per worker are in flight, so an
endless iterator of paths streams in bounded memory.

With ``jobs > 1`` the items and the reports cross process boundaries by pickling, as they
would in Dask or Spark; like any :mod:`multiprocessing` code, a script that calls these
with ``jobs > 1`` needs the ``if __name__ == "__main__":`` guard on platforms that spawn
workers (Windows, macOS).
"""

from __future__ import annotations

import collections
import os
import typing
from collections.abc import Generator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Final, Literal, TypeAlias, Union

import attrs

from .files import DecodeError, parse_file
from .lexicon import DEFAULT_LEXICON, Lexicon
from .model import Report, content_id
from .parse import looks_like_path, parse
from .schemes import DEFAULT_SCHEMES, SchemeSet

if TYPE_CHECKING:  # the pool is imported when a batch runs one (~20 ms at import otherwise)
    import concurrent.futures
    import multiprocessing.context

__all__ = ["BatchResult", "Item", "parse_files", "parse_many", "parse_texts"]

Item = Union[str, "os.PathLike[str]", tuple[str, str]]
"""What :func:`parse_many` takes: a text (``str``), a file (``os.PathLike``) or a named
text (``(id, text)``)."""

_Mode: TypeAlias = Literal["files", "texts", "any"]

IN_FLIGHT_PER_JOB: Final = 4
"""Chunks submitted ahead per worker: enough to keep workers busy, few enough to stream."""


@attrs.frozen(kw_only=True)
class BatchResult:
    """The outcome of parsing one item of a batch."""

    index: int
    """Position of the item in the input, from 0."""
    id: str
    """The report's id: the path as given for a file, the id given with a text, else the
    text's :func:`~fazhi_parse.model.content_id` (``report.id`` when it parsed)."""
    report: Report | None = None
    """The parsed report, or None when parsing failed."""
    error: str | None = None
    """One line, ``ExceptionType: message``, when parsing failed; else None."""

    @property
    def ok(self) -> bool:
        """True when the item parsed."""
        return self.error is None

    @property
    def name(self) -> str:
        """The same as :attr:`id` (the name this field had before ids)."""
        return self.id


def parse_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = 1,
    chunksize: int = 1,
    encoding: str | None = None,
    schemes: SchemeSet = DEFAULT_SCHEMES,
    lexicon: Lexicon = DEFAULT_LEXICON,
    mp_context: multiprocessing.context.BaseContext | None = None,
) -> Generator[BatchResult, None, None]:
    """Read and parse every file in ``paths`` (``str`` or ``os.PathLike``); one
    :class:`BatchResult` per path, in order, with the path as the report's id.

    ``encoding`` skips detection; the rest is as in :func:`parse_many`.

    >>> [r.error for r in parse_files(["/nonexistent/松岭县.txt"])]
    ['FileNotFoundError: No such file or directory']
    """
    return _run(paths, "files", jobs, chunksize, encoding, schemes, lexicon, mp_context)


def parse_texts(
    texts: Iterable[str | tuple[str, str]],
    *,
    jobs: int | None = 1,
    chunksize: int = 1,
    schemes: SchemeSet = DEFAULT_SCHEMES,
    lexicon: Lexicon = DEFAULT_LEXICON,
    mp_context: multiprocessing.context.BaseContext | None = None,
) -> Generator[BatchResult, None, None]:
    """Parse every text (a ``str``, or an ``(id, text)`` pair that names it); one
    :class:`BatchResult` per text, in order. A ``str`` that is only a file path fails, as in
    :func:`~fazhi_parse.parse`.

    >>> [r.report.id for r in parse_texts([("白沙区-2023", "一、主要举措")])]
    ['白沙区-2023']
    """
    return _run(texts, "texts", jobs, chunksize, None, schemes, lexicon, mp_context)


def parse_many(
    items: Iterable[Item],
    *,
    jobs: int | None = 1,
    chunksize: int = 1,
    encoding: str | None = None,
    schemes: SchemeSet = DEFAULT_SCHEMES,
    lexicon: Lexicon = DEFAULT_LEXICON,
    mp_context: multiprocessing.context.BaseContext | None = None,
) -> Generator[BatchResult, None, None]:
    """Parse every item and yield a :class:`BatchResult` per item, in input order.

    An item is a text (``str``), a file (``os.PathLike``) or a named text (``(id, text)``);
    a ``str`` that looks like a path fails with a pointer to :func:`parse_files`.
    ``jobs=1`` parses in this process (no pool); ``jobs=None`` or ``0`` uses every CPU.
    ``chunksize`` items are sent to a worker at a time (raise it for many short texts).
    ``encoding`` is used for files; ``schemes`` and ``lexicon`` as in
    :func:`~fazhi_parse.parse`. Failures (unreadable files, undecodable bytes, wrong item
    types) become results with ``error`` set; the batch goes on.
    """
    return _run(items, "any", jobs, chunksize, encoding, schemes, lexicon, mp_context)


def _run(
    items: Iterable[object],
    mode: _Mode,
    jobs: int | None,
    chunksize: int,
    encoding: str | None,
    schemes: SchemeSet,
    lexicon: Lexicon,
    mp_context: multiprocessing.context.BaseContext | None,
) -> Generator[BatchResult, None, None]:
    # checked now, not at the first next(): a bad argument is the caller's error
    if chunksize < 1:
        raise ValueError("chunksize must be at least 1")
    workers = jobs or os.cpu_count() or 1
    if workers < 0:
        raise ValueError("jobs must be positive, 0 or None")
    if not isinstance(schemes, SchemeSet):
        raise TypeError("schemes must be a SchemeSet (e.g. DEFAULT_SCHEMES.with_schemes(...))")
    if not isinstance(lexicon, Lexicon):
        raise TypeError("lexicon must be a Lexicon (e.g. DEFAULT_LEXICON.with_cues(...))")
    options = _Options(mode, encoding, schemes, lexicon)
    return _results(_chunks(enumerate(items), chunksize), workers, options, mp_context)


@attrs.frozen
class _Options:
    mode: _Mode
    encoding: str | None
    schemes: SchemeSet
    lexicon: Lexicon


def _results(
    chunks: Iterator[list[tuple[int, object]]],
    workers: int,
    options: _Options,
    mp_context: multiprocessing.context.BaseContext | None,
) -> Generator[BatchResult, None, None]:
    if workers == 1:
        for chunk in chunks:
            yield from _parse_chunk(chunk, options)
        return
    import concurrent.futures

    pool = concurrent.futures.ProcessPoolExecutor(workers, mp_context=mp_context)
    pending: collections.deque[concurrent.futures.Future[list[BatchResult]]]
    pending = collections.deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(_parse_chunk, chunk, options))
            if len(pending) >= workers * IN_FLIGHT_PER_JOB:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # also when the caller stops early: drop what has not started
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(items: Iterator[tuple[int, object]], size: int) -> Iterator[list[tuple[int, object]]]:
    chunk: list[tuple[int, object]] = []
    for pair in items:
        chunk.append(pair)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _parse_chunk(chunk: Sequence[tuple[int, object]], options: _Options) -> list[BatchResult]:
    return [_parse_one(index, item, options) for index, item in chunk]


_EXPECTED: Final[dict[str, str]] = {
    "files": "a path (str or os.PathLike)",
    "texts": "a text (str) or an (id, text) pair",
    "any": "a text (str), a file (os.PathLike) or an (id, text) pair",
}


def _parse_one(index: int, item: object, options: _Options) -> BatchResult:
    mode, schemes, lexicon = options.mode, options.schemes, options.lexicon
    rid = _item_id(item, mode)
    try:
        if isinstance(item, os.PathLike) or (mode == "files" and isinstance(item, str)):
            if mode == "texts":
                raise _wrong(item, mode)
            report = parse_file(item, encoding=options.encoding, schemes=schemes, lexicon=lexicon)
        elif mode != "files" and isinstance(item, str):
            report = parse(item, schemes=schemes, lexicon=lexicon)
        elif mode != "files" and _is_pair(item):
            named, text = typing.cast(tuple[str, str], item)
            report = parse(text, id=named, schemes=schemes, lexicon=lexicon)
        else:
            raise _wrong(item, mode)
    except Exception as exc:  # a batch reports every failure and goes on
        return BatchResult(index=index, id=rid, error=_one_line(exc))
    return BatchResult(index=index, id=report.id, report=report)


def _wrong(item: object, mode: _Mode) -> TypeError:
    return TypeError(f"expected {_EXPECTED[mode]}, got {type(item).__name__}")


def _is_pair(item: object) -> bool:
    return (
        isinstance(item, tuple)
        and len(item) == 2
        and isinstance(item[0], str)
        and isinstance(item[1], str)
    )


def _item_id(item: object, mode: _Mode) -> str:
    """The id a result gets even when parsing fails."""
    if mode == "files" or isinstance(item, os.PathLike):
        return _name(item)
    if isinstance(item, str):
        return item.strip() if looks_like_path(item) else content_id(item)
    if _is_pair(item):
        return typing.cast(tuple[str, str], item)[0]
    return _name(item)


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
