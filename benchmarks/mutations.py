"""Mutation check of the outline rules: disable each rule and see which test fails.

usage: python benchmarks/mutations.py [--only NAME] [-k PYTEST_K]

Every rule of the outline stage must be held by a test: with the rule switched off, some test
must fail. For each mutation below (a rule, the file, the code that implements it and a
replacement that switches it off) the repository is copied to a temporary folder, the code is
replaced there, and the test suite runs (``pytest -x``) against the copy. The result is a
table: rule → the first failing test, or ``SURVIVED`` (no test noticed: write one).
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent

MUTATIONS: tuple[tuple[str, str, str, str], ...] = (
    (
        "nested restart (a run restarting right after another scheme's heading nests)",
        "fazhi_parse/_outline/build.py",
        "        if nested:\n            return len(self.stack)\n",
        "",
    ),
    (
        "continued run (numbering taken up across a new parent)",
        "fazhi_parse/_outline/build.py",
        "continues = last is not None and m.ordinal == last + 1",
        "continues = False",
    ),
    (
        "inline marker out of sequence is rejected (new run)",
        "fazhi_parse/_outline/build.py",
        '        if cand.inline and m.ordinal != 1 and not continues:\n            self.rejected["inline marker out of sequence"] += 1\n            return None\n',
        "",
    ),
    (
        "inline marker restarting the top level is rejected",
        "fazhi_parse/_outline/build.py",
        "        if cand.inline and depth == 0:\n",
        "        if False:\n",
    ),
    (
        "implicit section before a restarted run",
        "fazhi_parse/_outline/build.py",
        "        return self._implicit_before(m, depth - 1)\n",
        "        return depth\n",
    ),
    (
        "a backwards inline marker is rejected",
        "fazhi_parse/_outline/build.py",
        "        elif m.ordinal < expected:\n            if cand.inline:\n",
        "        elif m.ordinal < expected:\n            if False:\n",
    ),
    (
        "gap diagnostic",
        "fazhi_parse/_outline/build.py",
        "        if m.ordinal > expected:\n",
        "        if False:\n",
    ),
    (
        "depth limit",
        "fazhi_parse/_outline/build.py",
        "MAX_DEPTH: Final = 10\n",
        "MAX_DEPTH: Final = 10_000\n",
    ),
    (
        "nothing but punctuation or a number after a marker",
        "fazhi_parse/_outline/candidates.py",
        "    if regex_pattern(REJECT_AFTER_MARKER).match(text, marker.end, end):\n",
        "    if False:\n",
    ),
    (
        "marker inside quotes",
        "fazhi_parse/_outline/candidates.py",
        "        if inside(masks, marker.start):\n",
        "        if False:\n",
    ),
    (
        "marker inside brackets",
        "fazhi_parse/_outline/candidates.py",
        '        if not text.startswith("(", marker.start) and inside(parens, marker.start):\n',
        "        if False:\n",
    ),
    (
        "a number or 第 before an inline marker",
        "fazhi_parse/_outline/candidates.py",
        '            prev.isdigit()\n            or prev == "第"\n',
        '            False\n            and prev == "第"\n',
    ),
    (
        "an ASCII full stop after a non-digit ends a sentence before a marker",
        "fazhi_parse/_outline/candidates.py",
        '    return dot > 0 and (text[dot - 1].isdigit() or text[dot - 1] == ".")\n',
        "    return True\n",
    ),
    (
        "an item level glued to the heading title above it is its first sub-heading",
        "fazhi_parse/_outline/candidates.py",
        "        if ((heading_only or above_is_heading) and glued) or (after_sentence and above_is_heading):\n",
        "        if (heading_only and glued) or (after_sentence and above_is_heading):\n",
    ),
    (
        "a paired title's second clause running far past the first's length is cut",
        "fazhi_parse/_outline/titles.py",
        "            and (clauses or end - first - 1 > PAIRED_CLAUSE_STRETCH * (first - p))\n",
        "            and clauses\n",
    ),
    (
        "a numeral inside a word (统一、)",
        "fazhi_parse/_outline/candidates.py",
        '        if prev in WORD_BEFORE_NUMERAL and text[marker.start] != "(":\n',
        "        if False:\n",
    ),
    (
        "a marker alone on its line takes the next line as its title",
        "fazhi_parse/_outline/candidates.py",
        "        if not text[marker.end : end].strip() and nxt_i < len(lines):\n",
        "        if False:\n",
    ),
    (
        "run-on lines are searched for headings",
        "fazhi_parse/_outline/candidates.py",
        "        if length < RUNON_MIN_LINE:\n",
        "        if True:\n",
    ),
    (
        "run-on markers must count 1, 2",
        "fazhi_parse/_outline/candidates.py",
        "    if _sequenced(found) or (found and _sequenced(found + at_start)):\n",
        "    if found:\n",
    ),
    (
        "with real headings, only top-level markers hide in long lines",
        "fazhi_parse/_outline/candidates.py",
        "            found = [c for c in found if c.marker.scheme.rank <= top]\n",
        "",
    ),
    (
        "a restart the next heading does not follow is body text",
        "fazhi_parse/_outline/build.py",
        "        if self._resumed_below(depth):\n",
        "        if False:\n",
    ),
    (
        "a list of numerals after 一、 is not a heading (一、二季度)",
        "fazhi_parse/_outline/candidates.py",
        "    if regex_pattern(NUMERAL_LIST).match(text, marker.end, end):\n",
        "    if False:\n",
    ),
    (
        "a marker after spaces standing for a lost break opens a line",
        "fazhi_parse/_outline/candidates.py",
        "                inline=at_break is None,\n",
        "                inline=True,\n",
    ),
    (
        "where spaces mark every break, glued item markers stay items",
        "fazhi_parse/_outline/candidates.py",
        "    if spaced:\n        return at_break\n",
        "",
    ),
    (
        "the opening headings of a page without line breaks",
        "fazhi_parse/_outline/candidates.py",
        "    return [c for c in _opening(text, opening + found) if c not in opening]\n",
        "    return []\n",
    ),
    (
        "question marks for lost ideographic spaces are indentation",
        "fazhi_parse/_outline/candidates.py",
        "    return start if m is None else m.end()\n",
        '    return start + len(text[start:end]) - len(text[start:end].lstrip(" \\t"))\n',
    ),
    (
        "a space after a heading's title starts its paragraph",
        "fazhi_parse/_outline/titles.py",
        "    space = _break_after_title(text, p + RUNON_TITLE_MIN, stop)\n",
        "    space = None\n",
    ),
    (
        "a short stretch after a space is a second clause of the title",
        "fazhi_parse/_outline/titles.py",
        "            or clause.end() - m.end() > TITLE_CLAUSE_MAX\n",
        "            or True\n",
    ),
    (
        "a heading cut short by the end of the text is not a heading",
        "fazhi_parse/_outline/build.py",
        "        if not self._rule_cut(node):\n            return\n",
        "",
    ),
    (
        "a chain the end of the text leaves at one item is a chain",
        "fazhi_parse/_outline/measures.py",
        "1 if at_cut else MIN_CHAIN",
        "MIN_CHAIN",
    ),
    (
        "an item cut to a stub is not an item",
        "fazhi_parse/_outline/measures.py",
        "    return chosen if kept else chosen[:-1]\n",
        "    return chosen\n",
    ),
    (
        "a run starting past one in a higher-ranked scheme goes to the top",
        "fazhi_parse/_outline/build.py",
        "                return 0  # a text that begins inside a part",
        "                pass  # a text that begins inside a part",
    ),
    (
        "an opening heading below the top may open a sentence",
        "fazhi_parse/_outline/candidates.py",
        "        if ((heading_only or above_is_heading) and glued) or (after_sentence and above_is_heading):\n",
        "        if (heading_only or above_is_heading) and glued:\n",
    ),
    (
        "an opening heading below the top may be glued to the title above",
        "fazhi_parse/_outline/candidates.py",
        "        if ((heading_only or above_is_heading) and glued) or (after_sentence and above_is_heading):\n",
        "        if after_sentence and above_is_heading:\n",
    ),
    (
        "a colon handing over to an enumeration ends a title",
        "fazhi_parse/_outline/titles.py",
        "    colon = regex_pattern(ITEM_AFTER_COLON).search(text, p, limit)\n",
        "    colon = None\n",
    ),
    (
        "a long inline title is cut at its first clause",
        "fazhi_parse/_outline/titles.py",
        "    if body < line_end and end - p > TITLE_MAX:\n",
        "    if False:\n",
    ),
    (
        "a run-on title stops where a paragraph probably begins",
        "fazhi_parse/_outline/titles.py",
        "    if runon:\n        cue = regex_pattern(RUNON_TITLE_BREAKS)",
        "    if False:\n        cue = regex_pattern(RUNON_TITLE_BREAKS)",
    ),
)
"""(rule, file, the code that implements it, the code that switches it off)."""

FAILED = re.compile(r"^FAILED (\S+)", re.M)


def _copy() -> pathlib.Path:
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="fazhi-mutant-"))
    ignore = shutil.ignore_patterns(
        ".git", ".venv", "__pycache__", "_build", ".hypothesis", ".dev-texts"
    )
    shutil.copytree(ROOT, tmp / "repo", ignore=ignore)
    return tmp / "repo"


def run(rule: str, path: str, old: str, new: str, select: str | None) -> str:
    repo = _copy()
    try:
        source = (repo / path).read_text(encoding="utf-8")
        if source.count(old) != 1:
            return f"NOT APPLIED (the code of this rule was not found once in {path})"
        (repo / path).write_text(source.replace(old, new), encoding="utf-8")
        env = dict(os.environ, CI="1", PYTHONPATH=str(repo))
        first = ["tests/outline", "tests/test_properties.py", "tests/test_invariants.py"]
        args = [
            sys.executable,
            "-m",
            "pytest",
            "-x",
            "-q",
            "-p",
            "no:cacheprovider",
            *first,
            "tests",
        ]
        if select:
            args += ["-k", select]
        done = subprocess.run(args, cwd=repo, env=env, capture_output=True, text=True, check=False)
        failed = FAILED.findall(done.stdout)
        if done.returncode == 0:
            return "SURVIVED"
        return failed[0] if failed else f"error (exit {done.returncode})"
    finally:
        shutil.rmtree(repo.parent, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", help="run the mutations whose rule contains this text")
    ap.add_argument("-k", dest="select", help="pytest -k expression (default: every test)")
    args = ap.parse_args(argv)
    print("| rule switched off | first failing test |\n|---|---|")
    survived = 0
    for rule, path, old, new in MUTATIONS:
        if args.only and args.only not in rule:
            continue
        result = run(rule, path, old, new, args.select)
        survived += not result.startswith("tests/")
        print(f"| {rule} | {result} |", flush=True)
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
