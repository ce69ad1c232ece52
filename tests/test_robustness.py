"""Robustness: any ``str`` parses, pathological inputs stay linear, output is deterministic.

- Pathological inputs (~200k characters each: 一是 repeated, （一）（一）…, digits, “,
  newlines, one long line, …) are parsed in a child process under a hang guard of
  :data:`HANG_GUARD` seconds. The guard catches regex backtracking and quadratic loops,
  which take minutes or hours at this size; it is not a speed assertion (speed is measured
  by ``benchmarks/bench_parse.py``).
- Awkward characters (lone surrogates, control characters, combining marks, right-to-left
  text, zero-width characters, astral characters), empty input and a 10 MB input.
- Determinism: the same input gives the same JSON in processes with different hash seeds.
- Fuzzing with hypothesis: the CI profile runs a short budget; a long run is
  ``HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_robustness.py`` (see the README).
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from paths import ROOT, SEEDS

import fazhi_parse
from fazhi_parse import DecodeError, parse
from fazhi_parse.files import decode
from fazhi_parse.model import Report, Section, Span
from fazhi_parse.schemes import BUILTIN_SCHEMES, DEFAULT_SCHEMES, SchemeSet

HANG_GUARD = 60
"""Seconds a child process may take for one ~200k-character input."""
SIZE = 200_000
"""Characters in each pathological input."""

try:  # the long run; tests/conftest.py may register it with the other profiles
    settings.get_profile("fuzz")
except InvalidArgument:
    settings.register_profile(
        "fuzz", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz":
    settings.load_profile("fuzz")


def read(path: pathlib.Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def fill(unit: str, chars: int = SIZE) -> str:
    return (unit * -(-chars // len(unit)))[:chars]


def check_report(report: Report) -> None:
    """The invariants every parse keeps, whatever the input."""
    source = report.source
    for node in report.walk():
        assert 0 <= node.span.start <= node.span.end <= len(source)
        assert node.text == source[node.span.start : node.span.end]
        if isinstance(node, Section):
            for child in node.children:
                assert child.span in node.span
    for d in report.diagnostics:
        if d.span is not None:
            assert d.span.end <= len(source)
    assert "".join(s.text for s in report.segments()) == source
    json.loads(report.to_json())


# --- pathological inputs, in a child process under a hang guard -----------------------------

PATHOLOGICAL = {
    "一是": "一是",
    "（一）": "（一）",
    "(一)": "(一)",
    "一、": "一、",
    "1.": "1.",
    "第一，": "第一，",
    "①": "①",
    "digits": "1234567890",
    "full-width digits": "１２３４５",
    "decimal": "1.5",
    "“": "“",
    "“一是": "“一是",
    "《": "《",
    "(": "(",
    "（": "（",
    "newlines": "\n",
    "CRLF": "\r\n",
    "lone CR": "\r",
    "spaces": " \u3000",
    "tabs": "\t",
    "。是": "。是",
    "汉?": "汉?",
    "gloss": "現(xiàn)",
    "unclosed gloss": "(xiàn",
    "zero-width": "\u200b",
    "NUL": "\x00",
    "heading lines": "一、标题\n（一）小节\n1.条目\n（1）细目\n①一是甲，二是乙。\n",
    "nested restarts": "（一）\n1.\n",
    "mojibake": "銆锛鐨",
    "latin-1 mojibake": "ÕþÎñ",
    "replacement": "\ufffd",
    "人次%": "56件98.2%约8亿元",
}

_CHILD = """
import json, sys
import fazhi_parse
text = sys.stdin.buffer.read().decode("utf-8", "surrogatepass")
report = fazhi_parse.parse(text)
assert "".join(s.text for s in report.segments()) == text
json.loads(report.to_json())
print(len(text), sum(1 for _ in report.walk()))
"""


def run_child(text: str) -> str:
    """Parse ``text`` in a fresh interpreter; fail if it takes more than the hang guard."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), *sys.path]))
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD],
            input=text.encode("utf-8", "surrogatepass"),
            capture_output=True,
            timeout=HANG_GUARD,
            env=env,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"parse took more than {HANG_GUARD} s on {len(text):,} characters")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]
    return done.stdout.decode()


@pytest.mark.parametrize("unit", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_input_finishes(unit: str) -> None:
    out = run_child(fill(unit))
    assert out.split()[0] == str(SIZE)


def test_one_long_line_of_seeds_finishes() -> None:
    line = "".join("".join(read(p).split()) for p in SEEDS)
    run_child(fill(line))


def test_seeds_interleaved_with_markers_finish() -> None:
    # every seed line prefixed by a marker: many candidates, many restarts
    lines = [ln for p in SEEDS for ln in read(p).splitlines() if ln.strip()]
    markers = ["一、", "（一）", "1.", "（1）", "①", "一是"]
    text = "\n".join(markers[i % len(markers)] + ln for i, ln in enumerate(lines))
    run_child(fill(text + "\n"))


# --- awkward characters --------------------------------------------------------------------

AWKWARD = {
    "empty": "",
    "blank": " \n\t\u3000\r\n",
    "lone surrogates": "一、标题\ud800\n（一）\udfff学法。一是\udc00学习，二是考试。",
    "surrogate pair as two code points": "\ud83d\ude00一、标题",
    "control characters": "一、标题\x00\x01\x1b\x7f\x85\n（一）学法\x0b\x0c。",
    "combining marks": "一\u0301、标\u0308题\n（\u20dd一）学法。一\u0300是学习，二是考试。",
    "right-to-left": "\u202e一、标题\u202c\n\u05e9\u05dc\u05d5\u05dd（一）\u0627\u0644\u0639\u0631\u0628\u064a\u0629。",
    "bidi isolates": "\u2067一、标题\u2069\n（一）学法。",
    "zero-width": "一\u200b、标\u200d题\n\ufeff（一）学法。",
    "astral": "一、𠀀标题😀\n（一）𪚥学法。一是𫫇，二是学习。",
    "only markers": "一、\n（一）\n1.\n（1）\n①\n一是二是三是",
    "gloss at start": "(xiàn)一、标题\n現(xiàn)（一）",
    "unbalanced brackets": "（一、标题《（（“一是\n）》”二是",
    "line separators": "一、标题\u2028（一）学法\u2029二、问题\x1c三、计划",
    "non-characters": "一、标题\uffff\ufffe\U0010ffff",
}


@pytest.mark.parametrize("text", AWKWARD.values(), ids=AWKWARD.keys())
def test_awkward_text_parses(text: str) -> None:
    report = parse(text)
    assert report.source is text
    check_report(report)


def test_headings_survive_control_and_invisible_characters() -> None:
    report = parse("一、主要\u200b举措\x00\n（一）学法。一是学习，二是考试。")
    assert [s.marker for s in report.sections] == ["一、"]
    assert report.sections[0].children[0].measures[1].title == "考试"


def test_ten_megabyte_input() -> None:
    text = fill(read(SEEDS[0]), 10_000_000 // 3)  # ~10 MB of UTF-8
    assert len(text.encode("utf-8")) >= 9_000_000
    check_report(parse(text))


@given(st.binary(max_size=200))
def test_parse_file_reads_or_raises_decode_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("bytes") / "report.txt"
    path.write_bytes(data)
    try:
        decode(data)
    except DecodeError:
        with pytest.raises(DecodeError, match=r"report\.txt"):
            fazhi_parse.parse_file(path)
    else:
        check_report(fazhi_parse.parse_file(path))


def test_parse_rejects_what_is_not_a_str() -> None:
    with pytest.raises(TypeError):
        parse(b"\xe4\xb8\x80")  # type: ignore[arg-type]


# --- determinism ---------------------------------------------------------------------------

_JSON_CHILD = """
import hashlib, pathlib, sys
import fazhi_parse
for path in sys.argv[1:]:
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    print(hashlib.sha256(fazhi_parse.parse(text).to_json().encode("utf-8")).hexdigest())
"""


def test_same_json_across_processes_and_hash_seeds(tmp_path: pathlib.Path) -> None:
    extra = tmp_path / "awkward.txt"
    awkward = "".join(AWKWARD.values())
    # a file holds UTF-8, which has no lone surrogates
    extra.write_text("".join(c for c in awkward if not "\ud800" <= c <= "\udfff"), "utf-8")
    paths = [str(p) for p in SEEDS] + [str(extra)]
    digests = []
    for seed in ("0", "1", "12345"):
        env = dict(
            os.environ, PYTHONHASHSEED=seed, PYTHONPATH=os.pathsep.join([str(ROOT), *sys.path])
        )
        done = subprocess.run(
            [sys.executable, "-c", _JSON_CHILD, *paths],
            capture_output=True,
            text=True,
            timeout=HANG_GUARD,
            env=env,
            check=True,
        )
        digests.append(done.stdout)
    assert len(digests[0].split()) == len(paths)
    assert digests[0] == digests[1] == digests[2]


def test_same_json_within_a_process() -> None:
    text = read(SEEDS[0])
    assert parse(text).to_json() == parse(text).to_json()


# --- fuzzing -------------------------------------------------------------------------------

FRAGMENTS = (
    "一、",
    "（一）",
    "(二)",
    "1.",
    "2、",
    "（1）",
    "1)",
    "①",
    "一是",
    "。是",
    "第一，",
    "主要举措和成效",
    "存在的不足和原因",
    "下一步工作安排",
    "以上情况，特此报告。",
    "2023年3月21日",
    "2020321",
    "56件",
    "98.2%",
    "约8亿元",
    "当前位置：首页 > ",
    "索引号：",
    "網站地圖",
    "現(xiàn)",
    "“",
    "”",
    "《",
    "》",
    "\n",
    "\r\n",
    "\r",
    "\u3000",
    "\u200b",
    "\ud800",
    "\x00",
)

fragment_texts = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS), st.text(st.characters(exclude_categories=()), max_size=5)
    ),
    max_size=60,
).map("".join)


@given(fragment_texts)
def test_fuzz_report_fragments(text: str) -> None:
    check_report(parse(text))


@given(st.text(st.characters(exclude_categories=()), max_size=300))
def test_fuzz_any_text(text: str) -> None:
    check_report(parse(text))


# --- shortcuts that must not change results ------------------------------------------------

UNPREFIXED = SchemeSet(tuple(attrs.evolve(s, starts="") for s in DEFAULT_SCHEMES))
"""The default schemes without ``starts``: scanners with no first-character lookahead."""


def _scan(schemes: SchemeSet, text: str) -> list[tuple[str, int | None, int, int]]:
    found = [*schemes.find_headings(text, 0, len(text)), *schemes.find_items(text, 0, len(text))]
    at_lines = (schemes.match_heading(text, i, len(text)) for i in range(len(text)))
    found += [m for m in at_lines if m is not None]
    return [(m.scheme.name, m.ordinal, m.start, m.end) for m in found]


@pytest.mark.parametrize("scheme", BUILTIN_SCHEMES, ids=lambda s: s.name)
def test_scheme_starts_cover_its_markers(scheme: fazhi_parse.Scheme) -> None:
    for n in range(1, 21):
        assert scheme.marker(n)[0] in scheme.starts


@given(fragment_texts)
def test_first_character_lookahead_changes_no_marker(text: str) -> None:
    assert _scan(DEFAULT_SCHEMES, text) == _scan(UNPREFIXED, text)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_first_character_lookahead_changes_no_marker_in_seeds(path: pathlib.Path) -> None:
    text = parse(read(path)).source
    one_line = "".join(text.split())
    for t in (text, one_line):
        found = [(m.scheme.name, m.start) for m in DEFAULT_SCHEMES.find_headings(t, 0, len(t))]
        plain = [(m.scheme.name, m.start) for m in UNPREFIXED.find_headings(t, 0, len(t))]
        assert found == plain
        found = [(m.scheme.name, m.start) for m in DEFAULT_SCHEMES.find_items(t, 0, len(t))]
        plain = [(m.scheme.name, m.start) for m in UNPREFIXED.find_items(t, 0, len(t))]
        assert found == plain


def test_version_is_importable() -> None:
    assert isinstance(fazhi_parse.__version__, str)
    assert Span(0, 0) == Span(0, 0)
