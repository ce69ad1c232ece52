"""Reading files: encoding detection, typed decode errors, parse_file.

The encoded texts are the seeds (Simplified and Traditional) and short phrases of the genre,
written out in each encoding a Chinese government page may come in.
"""

from __future__ import annotations

import codecs
import io
import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from paths import SEEDS

import fazhi_parse
from fazhi_parse import DEFAULT_LEXICON, SectionKind, parse
from fazhi_parse.files import DecodeError, decode, parse_file, read_text
from fazhi_parse.parse import looks_like_path

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
    assert parse_file(path) == parse(text, id=str(path))
    assert parse_file(str(path)) == parse(text, id=str(path))
    with path.open("rb") as f:
        assert parse_file(f) == parse(text, id=str(path))  # a binary file object, named
    assert parse_file(io.BytesIO(path.read_bytes())) == parse(text)  # unnamed: content id
    assert parse_file(path, id="松岭县-2023").id == "松岭县-2023"


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


# --- files and texts are never confused ------------------------------------------------------


def test_decode_is_public() -> None:
    assert fazhi_parse.decode("白沙区".encode("gb18030")) == "白沙区"


@pytest.mark.parametrize("data", [b"\xe4\xb8\x80", bytearray(b"x"), memoryview(b"x")])
def test_parse_file_given_bytes_points_to_decode(data: bytes) -> None:
    with pytest.raises(TypeError, match=r"decode\(data\)"):
        parse_file(data)


def test_parse_given_bytes_points_to_decode() -> None:
    with pytest.raises(TypeError, match=r"fazhi_parse\.decode"):
        parse("一、主要举措".encode())  # type: ignore[arg-type]


def test_parse_file_refuses_a_text_mode_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("一、主要举措", encoding="utf-8")
    with path.open(encoding="utf-8") as f, pytest.raises(TypeError, match="'rb'"):
        parse_file(f)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "path", ["reports/松岭县2023.txt", "C:\\data\\白沙区.HTML", "  x.json\n", "青石镇报告.docx"]
)
def test_parse_refuses_a_path(path: str) -> None:
    with pytest.raises(ValueError, match="looks like a file path: use parse_file"):
        parse(path)


@pytest.mark.parametrize(
    "text",
    [
        "一、主要举措\n详见附件.pdf",  # two lines: a text
        "附件：松岭县2023年法治政府建设情况报告.pdf",  # prose punctuation: a text
        "2023年度报告",  # no extension
        "",
    ],
)
def test_texts_that_mention_files_are_texts(text: str) -> None:
    assert not looks_like_path(text)
    parse(text)


@given(st.text(max_size=60), st.text(max_size=60), st.sampled_from(["x.txt", "一", "a.html"]))
def test_no_multi_line_text_looks_like_a_path(head: str, tail: str, word: str) -> None:
    assert not looks_like_path(f"{word}{head}\n{tail}{word}")


@given(
    st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=80),
    st.sampled_from([".txt", ".TXT", ".htm", ".html", ".json"]),
)
def test_a_short_line_with_an_extension_looks_like_a_path(stem: str, suffix: str) -> None:
    if any(c in stem for c in "，。：；！？"):
        return
    assert looks_like_path(f"{stem}{suffix}")


def test_lexicon_reaches_parse_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("一、松岭县举措\n正文。\n二、履职尽责情况\n正文。\n", encoding="utf-8")
    lexicon = DEFAULT_LEXICON.with_cues((SectionKind.DUTY, 9, r"履职尽责"))
    kinds = [s.kind for s in parse_file(path, lexicon=lexicon).sections]
    assert SectionKind.DUTY in kinds
    assert kinds == [
        s.kind for s in parse(path.read_text(encoding="utf-8"), lexicon=lexicon).sections
    ]


# --- web pages -----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>白沙区人民政府网</title>
<style>p {{ color: red }}</style><script>var a = "一、假标题";</script></head>
<body><div class="crumb">首页 &gt; 政务公开</div>
<h1>白沙区2023年法治政府建设情况报告</h1>
<p>&nbsp;&nbsp;2023年，白沙区深入推进法治政府建设。</p>
<p><strong>一、主要举措和成效</strong></p>
<p>（一）深化改革。一是精简审批。
取消事项12项。二是推行告知承诺制。</p>
<!-- 一、注释里的标题 -->
<h3>二、存在的不足和原因</h3><p>法治宣传还需加强。</p>
<table><tr><td>发布日期：</td><td>2024-03-01</td></tr></table>
</body></html>"""


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_parse_file_reads_a_web_page(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_bytes(PAGE.encode("gb18030"))
    report = parse_file(path)
    assert report.id == str(path)
    assert report == fazhi_parse.parse_html(PAGE, id=str(path))
    assert [(s.marker, s.title) for s in report.sections] == [
        ("一、", "主要举措和成效"),
        ("二、", "存在的不足和原因"),
    ]
    assert [m.title for m in report.sections[0].children[0].measures] == [
        "精简审批",
        "推行告知承诺制",
    ]
    for hidden in ("<", "假标题", "注释"):  # tags, scripts and comments are not text
        assert hidden not in report.source
    assert "取消事项12项" in report.source  # a markup line break between CJK is no space
    assert "发布日期：\t2024-03-01" in report.source  # cells of a row, tab-separated
    assert not any(d.code.value == "markup" for d in report.diagnostics)


def test_markup_given_to_parse_is_diagnosed() -> None:
    report = parse(PAGE)
    (markup,) = [d for d in report.diagnostics if d.code.value == "markup"]
    assert markup.severity.value == "warning"
    assert "parse_html" in markup.message
    assert markup.span is not None
    assert report.source[markup.span.start : markup.span.end].startswith("<")


@pytest.mark.parametrize(
    "text", ["一、主要举措\n收入<5万元的户数下降。", "依据《条例》<第三条>办理。\n<b>加粗</b>"]
)
def test_a_few_angle_brackets_are_not_markup(text: str) -> None:
    assert not any(d.code.value == "markup" for d in parse(text).diagnostics)


@given(st.text(max_size=300))
def test_html_text_never_fails_and_holds_no_tags(page: str) -> None:
    text = fazhi_parse.webpage.html_text(f"<div>{page}</div><script>{page}</script>")
    assert text == "" or text.endswith("\n")
    assert "\x00" not in text
