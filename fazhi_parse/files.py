"""Reading reports from files: bytes → text in the encodings Chinese government pages use.

:func:`decode` tries, in order:

1. a byte-order mark: UTF-8 (``EF BB BF``), UTF-16 LE/BE;
2. strict UTF-8 — most pages today;
3. if the bytes are *mostly* valid UTF-8 (a damaged UTF-8 file), it stops there with a
   :class:`DecodeError` at the first bad byte rather than read them as GB18030 mojibake;
4. GB18030 (a superset of GBK and GB2312) and Big5: whichever decodes; when both do,
   the one whose characters are more often the common ones of its own character set
   (GB2312 hanzi and punctuation; Big5 level-1 hanzi and punctuation). Big5 bytes read
   as GBK give rare characters and kana, so the right reading wins by a wide margin.

When nothing fits, :class:`DecodeError` (a :class:`ValueError`) names the file, the byte
offset and the encoding that read furthest.
"""

from __future__ import annotations

import codecs
import functools
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, BinaryIO, Final, TypeAlias

from .lexicon import DEFAULT_LEXICON, Lexicon
from .parse import parse
from .schemes import DEFAULT_SCHEMES, SchemeSet
from .webpage import parse_html

if TYPE_CHECKING:
    from .model import Report

__all__ = ["HTML_SUFFIXES", "DecodeError", "FileSource", "decode", "parse_file", "read_text"]

FileSource: TypeAlias = "str | os.PathLike[str] | BinaryIO"
"""What :func:`parse_file` reads: a path, or a binary file object (``open(p, "rb")``,
``io.BytesIO``, an archive member)."""

HTML_SUFFIXES: Final = (".html", ".htm", ".xhtml", ".shtml")
"""File name endings read as web pages (their text extracted before parsing)."""

UNNAMED: Final = "<file>"
"""The name of a file object that has none."""

BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
"""Byte-order marks and the codec that reads what follows them."""

LEGACY_ENCODINGS: Final = ("gb18030", "big5")
"""Tried after UTF-8, in this order of preference on a tie."""

MOSTLY_UTF8: Final = 20
"""Valid multi-byte UTF-8 sequences per invalid byte above which the bytes are taken to be
damaged UTF-8. GBK text read as UTF-8 forms about one valid sequence per five bad bytes."""

SAMPLE_CHARS: Final = 4000
"""Non-ASCII characters looked at when choosing between GB18030 and Big5."""


class DecodeError(ValueError):
    """Bytes that could not be read as text in any of the encodings tried.

    >>> decode(b"ok \\xff\\xfe\\xfa", name="x.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    fazhi_parse.files.DecodeError: x.txt: cannot decode byte 3 as utf-8: ...
    """

    def __init__(
        self, *, name: str, offset: int, encoding: str, reason: str, tried: tuple[str, ...] = ()
    ) -> None:
        self.name = name
        """The file (or ``<stdin>``, ``<bytes>``) that was read."""
        self.offset = offset
        """Byte offset of the first byte that could not be read."""
        self.encoding = encoding
        """The encoding that read furthest."""
        self.reason = reason
        """The codec's reason (``invalid start byte``…)."""
        self.tried = tried
        """Every encoding tried, in order."""
        others = [e for e in tried if e != encoding]
        also = f" (also tried {', '.join(others)})" if others else ""
        self.detail = f"cannot decode byte {offset} as {encoding}: {reason}{also}"
        """The message without the name."""
        super().__init__(f"{name}: {self.detail}")

    def __reduce__(self) -> tuple[Callable[..., DecodeError], tuple[()]]:
        # keyword-only __init__: pickle by rebuilding from the keywords
        return functools.partial(
            DecodeError,
            name=self.name,
            offset=self.offset,
            encoding=self.encoding,
            reason=self.reason,
            tried=self.tried,
        ), ()


def decode(data: bytes, *, name: str = "<bytes>", encoding: str | None = None) -> str:
    """``data`` as text, detecting the encoding unless one is given (see module docstring).

    A byte-order mark is not part of the text. Raises :class:`DecodeError`.
    """
    if encoding is not None:
        return _strict(data, encoding, name, skip=0)
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _strict(data, codec, name, skip=len(bom))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _mostly_utf8(data):
        raise _error(name, "utf-8", utf8_error, ("utf-8",), skip=0)
    readings: dict[str, str] = {}
    errors: dict[str, UnicodeDecodeError] = {"utf-8": utf8_error}
    for codec in LEGACY_ENCODINGS:
        try:
            readings[codec] = data.decode(codec)
        except UnicodeDecodeError as exc:
            errors[codec] = exc
    if not readings:
        furthest = max(errors, key=lambda c: errors[c].start)
        raise _error(name, furthest, errors[furthest], ("utf-8", *LEGACY_ENCODINGS), skip=0)
    if len(readings) == 1:
        return next(iter(readings.values()))
    return min(readings.items(), key=lambda kv: _rare_share(kv[1], kv[0]))[1]


def read_text(source: FileSource, *, encoding: str | None = None) -> str:
    """The text of the file at ``source`` (a path, or a binary file object open for reading),
    decoded with :func:`decode`."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        raise TypeError(
            "a file path or a binary file object is expected, not bytes; for content in "
            "memory call fazhi_parse.decode(data) and parse the text"
        )
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as f:
            data = f.read()
        return decode(data, name=os.fspath(source), encoding=encoding)
    read = getattr(source, "read", None)
    if read is None:
        raise TypeError(
            f"a file path or a binary file object is expected, not {type(source).__name__}"
        )
    data = read()
    name = _file_name(source)
    if isinstance(data, str):
        raise TypeError(
            f"{name}: the file object is open in text mode; open it with 'rb' so the "
            "encoding is detected, or pass its text to parse()"
        )
    return decode(data, name=name, encoding=encoding)


def parse_file(
    source: FileSource,
    *,
    id: str | None = None,
    encoding: str | None = None,
    schemes: SchemeSet = DEFAULT_SCHEMES,
    lexicon: Lexicon = DEFAULT_LEXICON,
) -> Report:
    """Read a file (UTF-8 with or without BOM, GB18030/GBK, Big5) and parse it.

    ``source`` is a path (``str`` or :class:`os.PathLike`) or a binary file object. The
    report's ``id`` is ``id`` if given, else the path as given (``os.fspath``), else the file
    object's ``name``. A page whose name ends in ``.html``/``.htm`` is read as HTML
    (:func:`~fazhi_parse.webpage.parse_html`). ``encoding`` skips detection. Raises
    :class:`DecodeError` when the bytes cannot be read, :class:`OSError` when the file cannot
    be opened, and :class:`TypeError` for ``bytes`` (call :func:`decode` on content in memory).
    """
    text = read_text(source, encoding=encoding)
    name = _file_name(source)
    if id is None:
        id = name if name != UNNAMED else None
    if name.lower().endswith(HTML_SUFFIXES):
        return parse_html(text, id=id, schemes=schemes, lexicon=lexicon)
    return parse(text, id=id, schemes=schemes, lexicon=lexicon)


def _file_name(source: object) -> str:
    """The path of ``source`` as given, else its ``name`` attribute, else ``<file>``."""
    if isinstance(source, (str, os.PathLike)):
        return str(os.fspath(source))
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else UNNAMED


# --- helpers -------------------------------------------------------------------------------


def _strict(data: bytes, codec: str, name: str, *, skip: int) -> str:
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        raise _error(name, codec, exc, (codec,), skip=skip) from None


def _error(
    name: str, codec: str, exc: UnicodeDecodeError, tried: tuple[str, ...], *, skip: int
) -> DecodeError:
    offset = exc.start + skip
    bad = exc.object[exc.start : exc.start + 1]
    return DecodeError(
        name=name,
        offset=offset,
        encoding=codecs.lookup(codec).name,
        reason=f"{exc.reason} (0x{bad.hex()})" if bad else exc.reason,
        tried=tuple(codecs.lookup(c).name for c in tried),
    )


def _mostly_utf8(data: bytes) -> bool:
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for c in text if c > "\x7f") - bad
    return multibyte >= MOSTLY_UTF8 * max(bad, 1)


def _rare_share(text: str, codec: str) -> float:
    """Share of the first :data:`SAMPLE_CHARS` non-ASCII characters that are uncommon in
    ``codec``'s own character set (lower means a more plausible reading)."""
    sample = [c for c in text[: SAMPLE_CHARS * 4] if c > "\x7f"][:SAMPLE_CHARS]
    if not sample:
        return 0.0
    common = _gb_common if codec == "gb18030" else _big5_common
    return sum(1 for c in sample if not common(c)) / len(sample)


def _lead_byte(char: str, codec: str) -> int | None:
    try:
        encoded = char.encode(codec)
    except UnicodeEncodeError:
        return None
    return encoded[0] if len(encoded) == 2 else None


@functools.lru_cache(maxsize=8192)
def _gb_common(char: str) -> bool:
    """GB2312 punctuation (rows A1, A3) and hanzi (rows B0-F7)."""
    lead = _lead_byte(char, "gb2312")
    return lead is not None and (lead in (0xA1, 0xA3) or lead >= 0xB0)


@functools.lru_cache(maxsize=8192)
def _big5_common(char: str) -> bool:
    """Big5 punctuation and symbols (A1-A3) and level-1 hanzi (A4-C6)."""
    lead = _lead_byte(char, "big5")
    return lead is not None and 0xA1 <= lead <= 0xC6
