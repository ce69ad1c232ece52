"""Hypothesis strategies for fazhi_parse: numerals, scheme markers and realistic reports.

The report generator builds a small tree model of its own (:class:`GenReport`,
:class:`GenSection`, :class:`GenChain`, :class:`GenMeasure`) from a vocabulary of the genre
(法治政府建设, 行政执法, 规范性文件, 行政复议 …), renders it as report text the way these
reports are written (preamble, ``一、`` headings on their own line, ``（一）`` on its own line
or inline, numbered ``1.`` paragraphs, ``一是…二是…`` and ``第一，…`` chains), and then applies
a :class:`Presentation`: full/half width, Traditional script (OpenCC ``s2t``), CRLF,
indentation, blank lines, trailing spaces, lost line breaks. A parse of the rendered text
must give back the generated tree (see ``tests/test_properties.py``).

Generated titles and sentences are kept free of what is *legitimately* ambiguous: no marker
inside a title, no sentence that opens with 是, no digit run followed by ``.``/``、``. Words
that only *look* like markers but are ordinary prose (进一步, 第一责任人, 统一、规范,
排名全市第一，…) are in :data:`HAZARD_SENTENCES`, mixed in on purpose.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from typing import Literal

import attrs
from hypothesis import strategies as st

from fazhi_parse.numerals import CIRCLED

# --- vocabulary of the genre -----------------------------------------------------------------

VERBS = (
    "加强", "深入推进", "全面落实", "持续深化", "健全", "完善", "规范", "强化", "扎实推进",
    "着力提升", "严格落实", "不断优化", "积极开展", "大力推进", "全面推行", "切实做好",
)  # fmt: skip
OBJECTS = (
    "法治政府建设", "行政执法", "规范性文件管理", "行政复议", "行政应诉", "法治宣传教育",
    "依法决策", "政务公开", "普法责任制", "合法性审查", "行政执法监督", "法治化营商环境",
    "矛盾纠纷化解", "法律顾问制度", "权责清单管理", "重大行政决策程序", "执法人员培训",
    "公共法律服务体系", "基层法治建设", "“放管服”改革", "习近平法治思想学习", "行政执法三项制度",
    "“谁执法谁普法”责任制", "政府信息公开", "行政争议实质性化解", "法治督察",
)  # fmt: skip
SUFFIXES = ("", "", "工作", "机制", "体系建设", "水平", "能力")
TOP_TITLES = (
    "主要举措和成效",
    "2022年度法治政府建设主要举措和成效",
    "存在的不足和原因",
    "存在的问题和不足",
    "党政主要负责人履行推进法治建设第一责任人职责情况",
    "下一年度推进法治政府建设的主要安排",
    "2023年工作打算",
    "其他需要报告的情况",
    "坚持依法行政，全面建设法治政府",
)
CITED_TITLES = (
    "认真贯彻落实《法治政府建设实施纲要（2021—2025年）》",
    "全面实施《中华人民共和国行政处罚法》",
    "深入学习宣传《中华人民共和国宪法》",
    "扎实开展“八五”普法",
)
"""Titles that cite a document or a slogan (brackets and digits inside a title)."""
SUBJECTS = (
    "区委", "市政府", "各部门", "区司法局", "全市各级行政机关", "我局", "市委依法治市办",
    "各镇街", "局党组", "主要负责同志",
)  # fmt: skip
PREDICATES = (
    "高度重视{o}", "认真落实{o}相关要求", "组织开展{o}专项检查", "制定出台{o}实施方案",
    "召开专题会议研究{o}", "印发《关于{v}{o}的实施意见》", "把{o}纳入年度考核",
    "定期听取{o}情况汇报", "将{o}列入重要议事日程",
)  # fmt: skip
RESULTS = (
    "全年共办理行政复议案件{n}件", "组织培训{n}场次", "覆盖干部职工{n}余人次",
    "审查规范性文件{n}件", "取得明显成效", "法治氛围日益浓厚", "行政诉讼败诉率下降{p}%",
    "行政机关负责人出庭应诉率达到{p}%", "群众满意度明显提升", "于{y}年{m}月完成",
)  # fmt: skip
HAZARD_SENTENCES = (
    "区委书记认真履行推进法治建设第一责任人职责。",
    "进一步完善统一、规范、高效的行政执法体系。",
    "行政执法案卷评查结果排名全市第一，获得通报表扬。",
    "围绕“十四五”规划目标推进法治政府建设。",
    "推行“一网通办”“一件事一次办”改革。",
    "建立“三个一”工作机制。",
    "第一时间回应群众关切。",
    "法治政府建设是全面依法治国的重点任务。",
)
"""Ordinary prose that contains marker-like substrings (一、 第一， 一是 …) in the wrong place."""
MEASURE_TAILS = (
    "", "", "", "全年开展{n}次", "覆盖{n}个部门", "做到应审尽审", "实现全覆盖",
    "提升依法行政能力", "确保{o}落到实处",
)  # fmt: skip
PREAMBLE_OPENINGS = (
    "{y}年，{s}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。",
    "{y}年，在市委、市政府的正确领导下，{s}紧紧围绕中心工作，扎实推进法治政府建设。",
)
PREAMBLE_CLOSINGS = ("现将有关情况报告如下：", "现将{y}年度法治政府建设情况报告如下：", "")
ISSUERS = ("某某市人民政府", "某某区人民政府", "市行政审批局", "县司法局")

# --- numerals --------------------------------------------------------------------------------

CN_DIGIT_CHARS = "零一二三四五六七八九"
FINANCIAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
FINANCIAL_DIGITS_TRAD = "零壹貳參肆伍陸柒捌玖"
UNITS_PLAIN = ("十", "百", "千")
UNITS_FINANCIAL = ("拾", "佰", "仟")


def cn_ordinal_text(n: int) -> str:
    """Write 1–99 as a numbering ordinal (independent of fazhi_parse.numerals)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGIT_CHARS[tens] + "十")
    return head + ("" if ones == 0 else CN_DIGIT_CHARS[ones])


@attrs.frozen(kw_only=True)
class NumeralStyle:
    """How a Chinese quantity numeral is written."""

    digits: str = CN_DIGIT_CHARS
    units: tuple[str, str, str] = UNITS_PLAIN
    wan: str = "万"
    yi: str = "亿"
    liang: bool = False
    """Write a leading 2 before 百/千/万/亿 as 两."""
    short_ten: bool = True
    """Write 10–19 at the head as 十… rather than 一十…."""


def _section_text(n: int, style: NumeralStyle, head: bool) -> str:
    """0 < n < 10000 in the positional form (一千零五, 两百, 十二)."""
    places = [(n // 1000) % 10, (n // 100) % 10, (n // 10) % 10, n % 10]
    units = (style.units[2], style.units[1], style.units[0], "")
    out: list[str] = []
    zero_pending = False
    started = False
    for digit, unit in zip(places, units, strict=True):
        if digit == 0:
            zero_pending = started
            continue
        if zero_pending:
            out.append(style.digits[0])
            zero_pending = False
        if digit == 2 and style.liang and unit in (style.units[2], style.units[1]):
            out.append("两")
        elif digit == 1 and unit == style.units[0] and head and not started and style.short_ten:
            pass  # 十二, not 一十二
        else:
            out.append(style.digits[digit])
        out.append(unit)
        started = True
    return "".join(out)


def cn_number_text(n: int, style: NumeralStyle) -> str:
    """Write 0 <= n < 10**16 as a Chinese numeral in ``style`` (一万亿 for 10**12)."""
    if n == 0:
        return style.digits[0]
    groups = [(n // 10**8, style.yi), ((n // 10**4) % 10**4, style.wan), (n % 10**4, "")]
    out: list[str] = []
    started = False
    zero_pending = False
    for value, big in groups:
        if value == 0:
            zero_pending = started
            continue
        if started and (zero_pending or value < 1000):
            out.append(style.digits[0])
        zero_pending = False
        if value >= 10**4:  # the 亿 group of 一万亿 and above is itself a number with 万
            text = cn_number_text(value, style)
        else:
            text = _section_text(value, style, head=not started)
            if value == 2 and big and style.liang and not started:
                text = "两"
        out.append(text + big)
        started = True
    return "".join(out)


numeral_styles = st.builds(
    NumeralStyle,
    digits=st.sampled_from((CN_DIGIT_CHARS, FINANCIAL_DIGITS, FINANCIAL_DIGITS_TRAD)),
    units=st.sampled_from((UNITS_PLAIN, UNITS_FINANCIAL)),
    wan=st.sampled_from(("万", "萬")),
    yi=st.sampled_from(("亿", "億")),
    liang=st.booleans(),
    short_ten=st.booleans(),
)


@st.composite
def cn_numbers(draw: st.DrawFn, max_value: int = 10**16 - 1) -> tuple[str, int]:
    """``(text, value)`` for a Chinese quantity numeral, positional or digit by digit."""
    value = draw(
        st.one_of(
            st.integers(0, 99),
            st.integers(0, 10**4),
            st.integers(0, max_value),
            st.sampled_from(
                (10, 100, 1000, 10**4, 10**5, 10**8, 10**8 + 1, 10**4 + 10, 10**12, 2 * 10**12)
            ),
        ).filter(lambda v: v <= max_value)
    )
    if draw(st.integers(0, 5)) == 0:
        # 二〇二二 / 一二三: one character per digit (两 is never written this way)
        digits = draw(st.sampled_from(("〇一二三四五六七八九", "零一二三四五六七八九")))
        return "".join(digits[int(c)] for c in str(value)), value
    return cn_number_text(value, draw(numeral_styles)), value


ordinals = st.integers(1, 99)
circled_ordinals = st.integers(1, len(CIRCLED))

# --- width and script ------------------------------------------------------------------------

FULL_TO_HALF = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0xA0: 0x20}
HALF_TO_FULL = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}
HALF_PUNCT = str.maketrans(
    {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}
)


def fold_width(text: str) -> str:
    """Full-width ASCII → ASCII, ideographic space/NBSP → space (what the parser reads)."""
    return text.translate(FULL_TO_HALF)


def to_full_width(text: str) -> str:
    """Every printable ASCII character → its full-width form (１．, ２０２２年, ％)."""
    return text.translate(HALF_TO_FULL)


@cache
def _opencc(config: str) -> Callable[[str], str]:
    from opencc import OpenCC

    converter = OpenCC(config)
    return converter.convert  # type: ignore[no-any-return]


def s2t(text: str) -> str:
    """Simplified → Traditional with OpenCC (the reference converter)."""
    return _opencc("s2t")(text)


def t2s(text: str) -> str:
    """Traditional → Simplified with OpenCC (the reference for fazhi_parse.t2s)."""
    return _opencc("t2s")(text)


# --- the tree model --------------------------------------------------------------------------

HEADING_SCHEMES = (
    "cn-dun", "cn-paren", "arabic-dot", "arabic-dun", "arabic-paren", "arabic-half-paren",
)  # fmt: skip
ITEM_SCHEMES = ("cn-shi", "cn-di")


def marker_text(scheme: str, n: int) -> str:
    """The marker as a report prints it (full-width punctuation, ASCII digits)."""
    cn = cn_ordinal_text(n) if scheme.startswith("cn") else ""
    return {
        "cn-dun": f"{cn}、",
        "cn-paren": f"（{cn}）",
        "arabic-dot": f"{n}.",
        "arabic-dun": f"{n}、",
        "arabic-paren": f"（{n}）",
        "arabic-half-paren": f"{n}）",
        "circled": CIRCLED[n - 1] if n <= len(CIRCLED) else "",
        "cn-shi": f"{cn}是",
        "cn-di": f"第{cn}，",
    }[scheme]


@attrs.frozen(kw_only=True)
class GenMeasure:
    """One item of an inline chain: marker, lead phrase, optional tail clause, more sentences."""

    ordinal: int
    lead: str
    """The item's lead phrase: what the parsed title must start with."""
    tail: str = ""
    """A clause after ``，`` in the same sentence (may or may not be part of the title)."""
    more: tuple[str, ...] = ()
    """Further sentences inside the item."""


@attrs.frozen(kw_only=True)
class GenChain:
    """An enumeration 一是…二是… or 第一，…第二，… in a section's own text."""

    scheme: str
    measures: tuple[GenMeasure, ...]
    split: bool = False
    """One item per paragraph instead of all in one paragraph."""
    semicolons: bool = False
    """Items end with ； (the last with 。) instead of 。."""
    joined: bool = True
    """The chain continues the paragraph before it (the intro or an inline heading)."""
    colon: bool = False
    """The sentence before a joined chain ends with ： (主要做法如下：一是…)."""

    @property
    def at_line_start(self) -> bool:
        """Whether some item opens a paragraph (never for ①, which would be a heading there)."""
        return self.split or not self.joined


@attrs.frozen(kw_only=True)
class GenSection:
    """A numbered heading and its own text, measures and children."""

    scheme: str
    ordinal: int
    title: str
    inline: bool
    """Heading and first paragraph share a line: ``（一）标题。正文…``."""
    title_end: str = ""
    """What ends a heading on its own line: nothing, ``：`` or ``。``."""
    intro: tuple[str, ...] = ()
    """Sentences of the section's own text before its chain."""
    chain: GenChain | None = None
    outro: tuple[str, ...] = ()
    """Sentences after the chain (a paragraph of their own)."""
    chain2: GenChain | None = None
    """A second chain after ``outro``, numbered from one again."""
    children: tuple[GenSection, ...] = ()

    @property
    def chains(self) -> tuple[GenChain, ...]:
        return tuple(c for c in (self.chain, self.chain2) if c is not None)


@attrs.frozen(kw_only=True)
class GenReport:
    """A generated report: optional title line, preamble, sections, optional closing."""

    title: str | None
    preamble: tuple[str, ...]
    sections: tuple[GenSection, ...]
    closing: tuple[str, ...] = ()


# --- sentences and titles --------------------------------------------------------------------
#
# Phrases and clauses are enumerated once into pools, and one integer draw picks a whole
# sentence (its digits, in mixed radix, choose subject, predicate and result). Few draws keep
# generation fast and examples small; shrinking the integer moves toward the first, shortest
# entries and toward sentences without a result clause.

_NUMBERS = ("3", "12", "125", "2860", "9999")
_PERCENTS = ("100", "98.5", "12", "0.3", "67.25")


def _expand(template: str) -> list[str]:
    """Every filling of ``template``'s fields with a few representative values."""
    fields = {
        "o": OBJECTS,
        "v": VERBS[:4],
        "n": _NUMBERS,
        "p": _PERCENTS,
        "y": ("2021", "2022"),
        "m": ("3", "12"),
    }
    out = [template]
    for key, values in fields.items():
        token = "{" + key + "}"
        if any(token in t for t in out):
            out = [t.replace(token, v, 1) for t in out for v in values]
    return out


@cache
def phrase_pool() -> tuple[str, ...]:
    """Verb–object phrases of the genre, 4–20 characters (深入推进行政执法监督工作)."""
    pool = {v + o + s for v in VERBS for o in OBJECTS for s in SUFFIXES}
    return tuple(sorted((p for p in pool if 4 <= len(p) <= 20), key=lambda p: (len(p), p)))


@cache
def predicate_pool() -> tuple[str, ...]:
    return tuple(p for t in PREDICATES for p in _expand(t))


@cache
def result_pool() -> tuple[str, ...]:
    """Result clauses; the empty first entry means a sentence without one."""
    return ("", *(r for t in RESULTS for r in _expand(t)))


@cache
def tail_pool() -> tuple[str, ...]:
    return tuple(r for t in MEASURE_TAILS for r in _expand(t))


def _pick(pool: Callable[[], tuple[str, ...]]) -> st.SearchStrategy[str]:
    """One entry of a lazily built pool, in one draw."""
    return st.integers(0, 2**24).map(lambda i: pool()[i % len(pool())])


def _sentence(i: int, hazards: bool) -> str:
    subjects, predicates, results = SUBJECTS, predicate_pool(), result_pool()
    plain = len(subjects) * len(predicates) * len(results)
    if hazards and i >= plain:
        return HAZARD_SENTENCES[i % len(HAZARD_SENTENCES)]
    i %= plain
    i, subject = divmod(i, len(subjects))
    result, predicate = divmod(i, len(predicates))
    clause = results[result]
    return subjects[subject] + predicates[predicate] + (f"，{clause}" if clause else "") + "。"


@cache
def sentences(hazards: bool = True) -> st.SearchStrategy[str]:
    """A body sentence ending with 。 (one in ten a hazard sentence when ``hazards``)."""
    plain = len(SUBJECTS) * len(predicate_pool()) * len(result_pool())
    top = plain + plain // 9 if hazards else plain
    return st.integers(0, top - 1).map(lambda i: _sentence(i, hazards))


phrases = _pick(phrase_pool)
"""A verb–object phrase (one draw)."""
_TAILS = _pick(tail_pool)
_MORE = st.integers(0, 5)

_TOP_TITLES = st.sampled_from(TOP_TITLES) | phrases
_PAIR_TITLES = st.tuples(phrases, phrases).map(lambda p: f"{p[0]}，{p[1]}"[:30].rstrip("，"))
_TITLES = st.one_of(phrases, phrases, _PAIR_TITLES, st.sampled_from(CITED_TITLES))
_TITLE_ENDS = st.sampled_from(("", "", "", "：", "。"))


def section_titles(scheme: str) -> st.SearchStrategy[str]:
    """Titles: statutory part names at the top, verb–object phrases below."""
    return _TOP_TITLES if scheme == "cn-dun" else _TITLES


@cache
def chains(hazards: bool = True, circled: bool = True) -> st.SearchStrategy[GenChain]:
    """A chain of 2–12 items (mostly 2–5): 一是…, 第一，… or (if ``circled``) ① in a paragraph."""
    return _chains(hazards, circled)


@cache
def _maybe_chain(hazards: bool, circled: bool) -> st.SearchStrategy[GenChain | None]:
    return st.none() | chains(hazards, circled)


@cache
def _sentence_lists(hazards: bool, min_size: int, max_size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(sentences(hazards), min_size=min_size, max_size=max_size)


_ITEM_SCHEME = st.sampled_from(ITEM_SCHEMES)
_ITEM_SCHEME_OR_CIRCLED = st.sampled_from((*ITEM_SCHEMES, *ITEM_SCHEMES, "circled"))


@st.composite
def _chains(draw: st.DrawFn, hazards: bool, circled: bool) -> GenChain:
    scheme = draw(_ITEM_SCHEME_OR_CIRCLED if circled else _ITEM_SCHEME)
    count = draw(st.integers(2, 5) | st.integers(2, 12 if scheme != "circled" else 10))
    measures = []
    for i in range(1, count + 1):
        more = max(0, draw(_MORE) - 3)  # usually no sentence after the item's first
        measures.append(
            GenMeasure(
                ordinal=i,
                lead=draw(phrases),
                tail=draw(_TAILS),
                more=tuple(draw(sentences(hazards)) for _ in range(more)),
            )
        )
    # ① at a line start is a heading, so a circled chain stays inside its paragraph
    inside = scheme == "circled"
    return GenChain(
        scheme=scheme,
        measures=tuple(measures),
        split=False if inside else draw(st.booleans()),
        semicolons=draw(st.integers(0, 3)) == 0,
        joined=True if inside else draw(st.booleans()),
        colon=draw(st.integers(0, 3)) == 0,
    )


def _inline_for(scheme: str) -> st.SearchStrategy[bool]:
    if scheme == "cn-dun":
        return st.just(False)
    if scheme == "cn-paren":
        return st.booleans()
    return st.just(True)


@cache
def section_trees(
    levels: tuple[str, ...],
    ordinal: int,
    hazards: bool = True,
    circled: bool = True,
    depth: int = 0,
) -> st.SearchStrategy[GenSection]:
    """A section of scheme ``levels[0]`` whose children use ``levels[1:]``."""
    return _section_trees(levels, ordinal, hazards, circled, depth)


@st.composite
def _section_trees(
    draw: st.DrawFn, levels: tuple[str, ...], ordinal: int, hazards: bool, circled: bool, depth: int
) -> GenSection:
    scheme = levels[0]
    inline = draw(_inline_for(scheme))
    children: list[GenSection] = []
    # deeper levels are rarer, so that trees stay the size of a real report
    if len(levels) > 1 and draw(_DEEPER[depth]) < 2:
        count = draw(st.integers(1, 4))
        children = [
            draw(section_trees(levels[1:], i, hazards, circled, depth + 1))
            for i in range(1, count + 1)
        ]
    chain = draw(_maybe_chain(hazards, circled))
    chain2 = draw(_maybe_chain(hazards, circled)) if chain and draw(_SECOND_CHAIN) == 0 else None
    outro = draw(_sentence_lists(hazards, 1 if chain2 else 0, 2)) if chain else []
    # a section has some text of its own; ① needs text before it on its line
    needs_intro = not (children or chain) or (
        chain is not None and chain.scheme == "circled" and not inline
    )
    intro = draw(_sentence_lists(hazards, 1 if needs_intro else 0, 3))
    return GenSection(
        scheme=scheme,
        ordinal=ordinal,
        title=draw(section_titles(scheme)),
        inline=inline,
        title_end="" if inline else draw(_TITLE_ENDS),
        intro=tuple(intro),
        chain=chain,
        outro=tuple(outro),
        chain2=chain2,
        children=tuple(children),
    )


_SECOND_CHAIN = st.integers(0, 3)
_DEEPER = [st.integers(0, depth + 1) for depth in range(4)]
_THIRD = ("arabic-dot", "arabic-dun")
_FOURTH = ("arabic-paren", "arabic-half-paren")
LADDERS = (
    *(("cn-dun", "cn-paren", third, fourth) for third in _THIRD for fourth in _FOURTH),
    *(("cn-dun", "cn-paren", third) for third in _THIRD),
    *(("cn-dun", third) for third in _THIRD),
    *(("cn-paren", third) for third in _THIRD),
)
"""Heading schemes by depth, in GB/T 9704 order, sometimes skipping a level."""


@st.composite
def reports(draw: st.DrawFn, hazards: bool = True, circled: bool = True) -> GenReport:
    """A realistic report tree: 2–5 top-level sections, nested per a scheme ladder.

    ``hazards`` mixes in marker-like prose (:data:`HAZARD_SENTENCES`); ``circled`` allows
    ①② chains inside paragraphs (leave it out for lost line breaks, where ① in a long line
    may as well be a sub-heading).
    """
    levels = draw(st.sampled_from(LADDERS))
    count = draw(st.integers(2, 5))
    year = draw(st.integers(2019, 2023))
    issuer = draw(st.sampled_from(ISSUERS))
    title = draw(st.none() | st.just(f"{issuer}关于{year}年度法治政府建设情况的报告"))
    opening = draw(st.sampled_from(PREAMBLE_OPENINGS)).format(
        y=year, s=draw(st.sampled_from(SUBJECTS))
    )
    middle = draw(st.lists(sentences(hazards), min_size=1, max_size=4))
    closing_line = draw(st.sampled_from(PREAMBLE_CLOSINGS)).format(y=year)
    preamble = (opening, *middle, *([closing_line] if closing_line else []))
    closing: tuple[str, ...] = ()
    if draw(st.booleans()):
        date = f"{year + 1}年{draw(st.integers(1, 3))}月{draw(st.integers(1, 28))}日"
        closing = ("特此报告。", issuer, date)
    return GenReport(
        title=title,
        preamble=preamble,
        sections=tuple(
            draw(section_trees(levels, i, hazards, circled)) for i in range(1, count + 1)
        ),
        closing=closing,
    )


# --- rendering -------------------------------------------------------------------------------

Width = Literal["native", "half", "full"]


@attrs.frozen(kw_only=True)
class Presentation:
    """How a report is dressed: each field is a way real copies differ."""

    width: Width = "native"
    """native: full-width Chinese punctuation, ASCII digits; half: ASCII ,:;() too;
    full: every ASCII character full-width (１．, ２０２２年)."""
    traditional: bool = False
    crlf: bool = False
    indent: str = ""
    """Prefix of body paragraphs (``　　``, NBSP, spaces, tab)."""
    indent_headings: bool = False
    blank_lines: str = ""
    """A blank line between paragraphs, maybe holding spaces (``\\n``, ``\\u3000\\u3000\\n``…)."""
    marker_alone: bool = False
    """A heading's marker on a line of its own, its title on the next (some web copies)."""
    trailing: str = ""
    """Whitespace left at the end of heading lines."""
    lost_breaks: bool = False
    """Every line break removed: the whole report is one line."""
    spaced_breaks: bool = False
    """Every line break turned into a space, blank lines dropped (as many scrapers leave a
    page); ignored when ``lost_breaks``."""


presentations = st.builds(
    Presentation,
    width=st.sampled_from(("native", "half", "full")),
    traditional=st.booleans(),
    crlf=st.booleans(),
    indent=st.sampled_from(("", "\u3000\u3000", "\u00a0\u00a0", "    ", "\t")),
    indent_headings=st.booleans(),
    blank_lines=st.sampled_from(("", "", "\n", "\u3000\u3000\n", "  \n")),
    marker_alone=st.integers(0, 4).map(lambda k: k == 0),
    trailing=st.sampled_from(("", "", " ", "\u3000", "   ")),
    lost_breaks=st.integers(0, 3).map(lambda k: k == 0),
    spaced_breaks=st.integers(0, 3).map(lambda k: k == 0),
)


@attrs.frozen
class Paragraph:
    text: str
    heading: bool = False
    marker: int = 0
    """Length of the marker that opens a heading standing on its own line."""


def _attach(paras: list[str], chain: GenChain, after_sentence: bool) -> None:
    """Add ``chain`` to ``paras``: continuing the last one when joined, else as new ones.

    ``after_sentence``: the last paragraph ends with a body sentence (which may then end
    with ``：``), not with a heading's title.
    """
    pieces = []
    last = len(chain.measures) - 1
    for i, m in enumerate(chain.measures):
        end = "；" if chain.semicolons and i < last else "。"
        sentence = marker_text(chain.scheme, m.ordinal) + m.lead + (f"，{m.tail}" if m.tail else "")
        pieces.append(sentence + end + "".join(m.more))
    new = pieces if chain.split else ["".join(pieces)]
    if chain.joined and paras:
        if chain.colon and after_sentence:
            paras[-1] = paras[-1][:-1] + "："
        paras[-1] += new.pop(0)
    paras.extend(new)


def _section_paragraphs(section: GenSection, out: list[Paragraph]) -> None:
    marker = marker_text(section.scheme, section.ordinal)
    intro = "".join(section.intro)
    if section.inline:
        paras = [marker + section.title + "。" + intro]
    else:
        out.append(
            Paragraph(marker + section.title + section.title_end, heading=True, marker=len(marker))
        )
        paras = [intro] if intro else []
    if section.chain is not None:
        _attach(paras, section.chain, after_sentence=bool(intro))
    if section.outro:
        paras.append("".join(section.outro))
    if section.chain2 is not None:
        _attach(paras, section.chain2, after_sentence=True)
    out.extend(Paragraph(p, heading=section.inline and i == 0) for i, p in enumerate(paras))
    for child in section.children:
        _section_paragraphs(child, out)


def paragraphs(report: GenReport) -> list[Paragraph]:
    """The report as paragraphs in the canonical presentation."""
    out = [Paragraph(report.title, heading=True)] if report.title else []
    out.append(Paragraph("".join(report.preamble)))
    for section in report.sections:
        _section_paragraphs(section, out)
    if report.closing:
        out.append(Paragraph(report.closing[0]))
        out.extend(Paragraph(line, heading=True) for line in report.closing[1:])
    return out


def _dress(lines: Sequence[Paragraph], p: Presentation) -> str:
    out = []
    for para in lines:
        text = para.text
        if p.width == "half":
            text = text.translate(HALF_PUNCT)
        elif p.width == "full":
            text = to_full_width(text)
        indent = p.indent if (not para.heading or p.indent_headings) else ""
        if p.marker_alone and para.marker:
            out.append(indent + text[: para.marker] + p.trailing)
            text = text[para.marker :]
        out.append(indent + text + (p.trailing if para.heading else ""))
    text = ("\n" + p.blank_lines).join(out) + "\n"
    if p.traditional:
        text = s2t(text)
    if p.lost_breaks:
        return text.replace("\n", "")
    if p.spaced_breaks:
        return " ".join(line.strip() for line in text.split("\n") if line.strip())
    if p.crlf:
        text = text.replace("\n", "\r\n")
    return text


def render(report: GenReport, presentation: Presentation = Presentation()) -> str:
    """The report's text as ``presentation`` dresses it."""
    return _dress(paragraphs(report), presentation)


def present(text: str, presentation: Presentation) -> str:
    """Dress any text (a seed) as ``presentation`` says, line by line.

    Lines are taken as body paragraphs; existing indentation and ``\r`` are stripped first.
    """
    lines = [Paragraph(line.strip(" \t\u3000\r")) for line in text.split("\n")]
    return _dress([line for line in lines if line.text], presentation)


def glued(section: GenSection) -> bool:
    """Whether, once line breaks are lost, the heading runs into its first chain.

    ``（一）加强学习一是组织学习。`` cannot be told from a title that contains 一是, so a lost-break
    parse need not find that section's first chain.
    """
    return (
        not section.inline
        and not section.title_end
        and not section.intro
        and section.chain is not None
    )


# --- any-input alphabets ---------------------------------------------------------------------

MARKER_SOUP = (
    "一、", "二、", "十一、", "（一）", "(二)", "（三）", "1.", "2.", "１．", "3、", "(1)", "（2）",
    "1)", "①", "②", "一是", "二是", "三是", "是", "第一，", "第二，", "第三、", "首先，", "最后，",
    "。", "，", "；", "：", "\n", "\r\n", "\r", "\u3000", "\u00a0", " ", "\t", "“", "”", "《", "》",
    "現(xiàn)", "（xiàn）", "法治政府建设", "行政執法", "2022年", "98.5%", "3.", "\u200b",
    "\ufeff", "\u2028", "\x00", "\x85", "\ud800", "\udfff", "\u0301", "\u05d0\u05d1",
    "\u0627\u0644", "\u202e", "\ufffd", "萬", "億", "两", "〇", "特此报告。", "当前位置：首页>",
    "索引号：", "网站地图",
)  # fmt: skip
"""Pieces that stress the parser: markers, separators, controls, glosses, RTL, surrogates."""

any_characters = st.characters(codec=None, exclude_categories=())
"""Every code point, lone surrogates included."""
cjk_characters = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
marker_soup = st.lists(st.sampled_from(MARKER_SOUP) | st.text(cjk_characters, max_size=6)).map(
    "".join
)
_DENSE_NUMBERS = st.one_of(
    st.integers(0, 99).map(str),
    st.integers(100, 99999).map(str),
    st.builds("{}.{}".format, st.integers(0, 99), st.integers(0, 9)),
    st.sampled_from(("一", "二", "三", "十", "十二", "两", "百", "三千")),
)
_DENSE_UNITS = st.sampled_from(("年", "件", "项", "%", "人次", "万元", "个", "次", "名"))
_OPEN = st.sampled_from("(（")
_CLOSE = st.sampled_from(")）")
DENSE_FRAGMENTS = st.one_of(
    _DENSE_NUMBERS,
    _DENSE_NUMBERS.map("、{}".format),
    st.builds("{}{}{}".format, _OPEN, _DENSE_NUMBERS, _DENSE_UNITS),
    st.builds("{}其中{}{}{}".format, _OPEN, _DENSE_NUMBERS, _DENSE_UNITS, _CLOSE),
    st.builds("{}{}".format, _DENSE_NUMBERS, _DENSE_UNITS),
    st.sampled_from(("一、", "（一）", "(二)", "1.", "2．", "3、", "一是", "二是", "是", "第一，")),
    st.sampled_from(("，", "。", "；", "：", "\n", " ", "年", "月", "日", "号", ".", "．")),
    st.sampled_from(("余", "多", "万", "亿", "约", "近", "达", "以上", "同比下降")),
)
"""Pieces of marker-dense text: numbers, lists (、3), breakdowns in brackets ((其中2件)),
numbers with units, markers, punctuation and hedges."""

dense_soup = st.lists(DENSE_FRAGMENTS, min_size=1, max_size=8).map("".join)
"""Text packed with markers, numbers and brackets (``2、3（2年``): it takes paths (lists of
numbers, breakdowns, markers glued to dates) that prose rarely reaches, and that a soup of
single characters reaches too seldom to find."""

any_text = st.one_of(
    st.text(),
    st.text(any_characters),
    st.text(st.characters(categories=("Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Cs"))),
    st.text(cjk_characters | st.sampled_from("、，。：；（）()1234567890一二三是第\n\r \u3000")),
    marker_soup,
    dense_soup,
)
"""Arbitrary input: the parser must never fail on any of it."""


def is_han(char: str) -> bool:
    return unicodedata.name(char, "").startswith("CJK")
