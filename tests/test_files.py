"""Reading files: encoding detection, typed decode errors, parse_file.

The encoded texts are the seeds (Simplified and Traditional) and short phrases of the genre,
written out in each encoding a Chinese government page may come in.
"""

from __future__ import annotations

import codecs
import pickle
from pathlib import Path

import pytest
from paths import SEEDS

from fazhi_parse import parse
from fazhi_parse.files import DecodeError, decode, parse_file, read_text

PHRASES = [
    "法治政府建设年度报告",
    "二、存在的问题",
    "一是",
    "法治政府建設年度報告",
    "（一）主要舉措與成效。全年辦理行政復議案件120件。",
    "2023年度法治政府建设情况报告\r\n一、主要举措和成效\r\n",
]


def _seed(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def _encodable(text: str, encoding: str) -> str:
    """``text`` without the characters ``encoding`` has no bytes for."""
    return "".join(c for c in text if _fits(c, encoding))


def _fits(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (text, encoding)
        for text in PHRASES
        for encoding in ("utf-8", "gb18030", "gbk", "big5")
        if _encodable(text, encoding) == text  # Big5 has no Simplified-only characters
    ],
)
def test_phrases_decode(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "big5", "utf-8"])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seeds_decode_in_every_encoding(seed: Path, encoding: str) -> None:
    text = _encodable(_seed(seed), encoding)
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_byte_order_marks_are_read_and_dropped(bom: bytes, codec: str) -> None:
    text = PHRASES[-1]
    assert decode(bom + text.encode(codec)) == text


def test_empty_and_ascii() -> None:
    assert decode(b"") == ""
    assert decode(b"2023 report") == "2023 report"


def test_explicit_encoding_skips_detection() -> None:
    data = "法治".encode("big5")
    assert decode(data, encoding="big5") == "法治"
    with pytest.raises(DecodeError) as info:
        decode(data, encoding="utf-8", name="a.txt")
    assert info.value.offset == 0
    assert info.value.encoding == "utf-8"


def test_damaged_utf8_is_an_error_not_mojibake() -> None:
    good = _seed(SEEDS[0]).encode("utf-8")
    damaged = good[:600] + b"\xff" + good[600:]
    with pytest.raises(DecodeError) as info:
        decode(damaged, name="report.txt")
    error = info.value
    assert isinstance(error, ValueError)
    assert error.name == "report.txt"
    assert error.encoding == "utf-8"
    assert 596 <= error.offset <= 600  # at the damaged sequence
    assert "report.txt" in str(error)
    assert f"byte {error.offset}" in str(error)


def test_undecodable_bytes_name_the_furthest_reading() -> None:
    with pytest.raises(DecodeError) as info:
        decode(b"abc\x80\xff\xff", name="x.bin")
    assert info.value.offset == 3
    assert info.value.tried == ("utf-8", "gb18030", "big5")
    assert "also tried" in str(info.value)


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_decode_error_pickles(protocol: int) -> None:
    with pytest.raises(DecodeError) as info:
        decode(b"ab\xff", name="f.txt")
    error = info.value
    back = pickle.loads(pickle.dumps(error, protocol))
    assert type(back) is DecodeError
    assert str(back) == str(error)
    assert (back.name, back.offset, back.encoding, back.reason, back.tried) == (
        error.name,
        error.offset,
        error.encoding,
        error.reason,
        error.tried,
    )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "big5"])
def test_parse_file_equals_parse(tmp_path: Path, encoding: str) -> None:
    text = _encodable(_seed(SEEDS[1]), encoding)
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    assert read_text(path) == text
    assert parse_file(path) == parse(text)
    assert parse_file(str(path)) == parse(text)


def test_parse_file_keeps_crlf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("一、主要举措\r\n（一）学法。\r\n".encode())
    assert parse_file(path).source == "一、主要举措\r\n（一）学法。\r\n"


def test_parse_file_names_the_file_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"abc\x80\xff\xff")
    with pytest.raises(DecodeError, match=r"broken\.txt: cannot decode byte 3"):
        parse_file(path)


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        parse_file(tmp_path / "missing.txt")
