"""Tables for metric extraction: measure words, qualifiers, change verbs and rejections.

Data only; :mod:`fazhi_parse._metrics.extract` compiles these into its regexes. Every entry
is written in Simplified, half-width form because metrics are read from the normalized view
of the text (Traditional 項 萬 戶 and full-width ％ are folded before matching). The tables
describe the genre — official Chinese annual reports — and never a particular document.
"""

from __future__ import annotations

from typing import Final

from ..model import Change, MetricKind, Qualifier
from ..numerals import CN_FINANCIAL_DIGITS, CN_FINANCIAL_UNITS

__all__ = [
    "APPROX_NOT_AFTER",
    "ARABIC_ONLY_UNITS",
    "CHANGE_NOT_AFTER",
    "CHANGE_VERBS",
    "CLAUSE_ENDS",
    "CLOCK_MARKS",
    "CN_NUMERAL_CHARS",
    "CN_NUMERAL_FIRST",
    "DURATION_CUES",
    "DURATION_SUFFIXES",
    "FINANCIAL_WORDS",
    "FIXED_PATTERNS",
    "FIXED_TERMS",
    "INDEFINITE_ONE_EXCEPTIONS",
    "LIST_OPENERS",
    "MID_QUALIFIERS",
    "MINUS_SIGNS",
    "NAME_BREAKS",
    "NAME_QUOTES",
    "NAME_REACH",
    "NOT_A_NUMBER_BEFORE",
    "ONE_EVENT_AFTER",
    "ONE_EVENT_UNITS",
    "ONE_NOT_AFTER",
    "ONE_PROVIDED_AFTER",
    "ONE_PROVIDED_UNITS",
    "ONE_VAGUE_UNITS",
    "PLAN_NAMES",
    "POST_QUALIFIERS",
    "PRE_QUALIFIERS",
    "QUALIFIER_RANK",
    "RANGE_MARKS",
    "RANKED_UNITS",
    "RANK_MARKERS",
    "REACHED_NOT_AFTER",
    "RECENT_WORDS",
    "REJECT_TOKENS",
    "ROUND_NUMBER_CUES",
    "SESSION_REACH",
    "SESSION_WORDS",
    "SINCE_WORDS",
    "STRONG_QUALIFIER",
    "TITLE_BRACKETS",
    "TITLE_REACH",
    "TRAIN_WORDS",
    "UNITS",
    "UNIT_AS",
    "UNIT_NOT_BEFORE",
    "UP_TO_ROUND",
    "WITHIN_QUALIFIERS",
    "WITHIN_WORDS",
]

UNITS: Final[dict[str, MetricKind]] = {
    # --- percentages and shares -----------------------------------------------------------
    "%": MetricKind.PERCENT,
    "‰": MetricKind.PERCENT,
    "个百分点": MetricKind.PERCENT,
    "百分点": MetricKind.PERCENT,
    "个千分点": MetricKind.PERCENT,
    "千分点": MetricKind.PERCENT,
    "成": MetricKind.PERCENT,  # tenths: 九成 is recorded as 90% (UNIT_AS)
    # --- money (万元/亿元 are read as 万/亿 times 元) ----------------------------------------
    "美元": MetricKind.MONEY,
    "元": MetricKind.MONEY,
    # --- durations --------------------------------------------------------------------------
    "个工作日": MetricKind.DURATION,
    "工作日": MetricKind.DURATION,
    "个小时": MetricKind.DURATION,
    "小时": MetricKind.DURATION,
    "个月": MetricKind.DURATION,
    "月": MetricKind.DURATION,  # only after 两 (两月); otherwise a date (3月, 三月)
    "个星期": MetricKind.DURATION,
    "分钟": MetricKind.DURATION,
    "学时": MetricKind.DURATION,
    "课时": MetricKind.DURATION,
    "天": MetricKind.DURATION,
    "周": MetricKind.DURATION,
    "年": MetricKind.DURATION,  # only with a duration cue (连续6年); otherwise a date
    "日": MetricKind.DURATION,  # only as 日内/日以内 (5日内); otherwise a date
    # --- ratios -----------------------------------------------------------------------------
    "倍": MetricKind.RATIO,
    # --- scores (after Arabic digits only: 十分 is 'very') -----------------------------------
    "分": MetricKind.SCORE,
    # --- concentrations (air and water quality) -------------------------------------------
    "微克/立方米": MetricKind.CONCENTRATION,
    "毫克/立方米": MetricKind.CONCENTRATION,
    "毫克/升": MetricKind.CONCENTRATION,
    "微克/升": MetricKind.CONCENTRATION,
    # --- counts: compound measure words first (人次 before 人) ------------------------------
    "人次": MetricKind.COUNT,
    "场次": MetricKind.COUNT,
    "家次": MetricKind.COUNT,
    "批次": MetricKind.COUNT,
    "户次": MetricKind.COUNT,
    "车次": MetricKind.COUNT,
    "架次": MetricKind.COUNT,
    "件次": MetricKind.COUNT,
    "项次": MetricKind.COUNT,
    "处次": MetricKind.COUNT,
    "条次": MetricKind.COUNT,
    "轮次": MetricKind.COUNT,
    "台次": MetricKind.COUNT,
    "方面": MetricKind.COUNT,
    "大项": MetricKind.COUNT,
    "小项": MetricKind.COUNT,
    "大类": MetricKind.COUNT,
    "小类": MetricKind.COUNT,
    "部门": MetricKind.COUNT,
    "平方米": MetricKind.COUNT,
    "平方公里": MetricKind.COUNT,
    "公里": MetricKind.COUNT,
    "米": MetricKind.COUNT,
    "公顷": MetricKind.COUNT,
    "立方米": MetricKind.COUNT,
    "千瓦": MetricKind.COUNT,
    "公斤": MetricKind.COUNT,
    "千克": MetricKind.COUNT,
    "吨": MetricKind.COUNT,
    "亩": MetricKind.COUNT,
    "斤": MetricKind.COUNT,
    "项": MetricKind.COUNT,
    "件": MetricKind.COUNT,
    "宗": MetricKind.COUNT,
    "个": MetricKind.COUNT,
    "人": MetricKind.COUNT,
    "名": MetricKind.COUNT,
    "位": MetricKind.COUNT,
    "户": MetricKind.COUNT,
    "家": MetricKind.COUNT,
    "份": MetricKind.COUNT,
    "条": MetricKind.COUNT,
    "次": MetricKind.COUNT,
    "期": MetricKind.COUNT,
    "篇": MetricKind.COUNT,
    "场": MetricKind.COUNT,
    "部": MetricKind.COUNT,
    "批": MetricKind.COUNT,
    "册": MetricKind.COUNT,
    "本": MetricKind.COUNT,
    "起": MetricKind.COUNT,
    "例": MetricKind.COUNT,
    "面": MetricKind.COUNT,
    "封": MetricKind.COUNT,
    "处": MetricKind.COUNT,
    "所": MetricKind.COUNT,
    "座": MetricKind.COUNT,
    "支": MetricKind.COUNT,
    "张": MetricKind.COUNT,
    "台": MetricKind.COUNT,
    "辆": MetricKind.COUNT,
    "套": MetricKind.COUNT,
    "类": MetricKind.COUNT,
    "种": MetricKind.COUNT,
    "门": MetricKind.COUNT,
    "堂": MetricKind.COUNT,
    "轮": MetricKind.COUNT,
    "组": MetricKind.COUNT,
    "块": MetricKind.COUNT,
    "栋": MetricKind.COUNT,
    "间": MetricKind.COUNT,
    "卷": MetricKind.COUNT,
    "艘": MetricKind.COUNT,
    "幅": MetricKind.COUNT,
    "株": MetricKind.COUNT,
    "棵": MetricKind.COUNT,
    "票": MetricKind.COUNT,
    # --- places and administrative units counted (覆盖3市8县, 十六区, 四地); levels are not
    # (市、区两级 ends in 级, a rejection) ---------------------------------------------------
    "县市区": MetricKind.COUNT,
    "省份": MetricKind.COUNT,
    "市州": MetricKind.COUNT,
    "州市": MetricKind.COUNT,
    "地市": MetricKind.COUNT,
    "市县": MetricKind.COUNT,
    "县市": MetricKind.COUNT,
    "县区": MetricKind.COUNT,
    "区县": MetricKind.COUNT,
    "乡镇": MetricKind.COUNT,
    "镇街": MetricKind.COUNT,
    "街镇": MetricKind.COUNT,
    "街道": MetricKind.COUNT,
    "社区": MetricKind.COUNT,
    "省": MetricKind.COUNT,
    "市": MetricKind.COUNT,
    "州": MetricKind.COUNT,
    "县": MetricKind.COUNT,
    "区": MetricKind.COUNT,
    "旗": MetricKind.COUNT,
    "乡": MetricKind.COUNT,
    "镇": MetricKind.COUNT,
    "村": MetricKind.COUNT,
    "地": MetricKind.COUNT,
}
"""Measure words taken as a metric's unit, with the kind of quantity each measures."""

UNIT_NOT_BEFORE: Final[dict[str, str]] = {
    # a measure word that starts a longer word is not a measure word: 人民, 部门, 期间, 处理 …
    "人": "民大员工才口身格权事社",
    "部": "署分长队委位件",
    "期": "间限末满刊内望待盼工",
    "处": "理置罚分长室级于",
    "次": "日年要序生性",
    "条": "例款件线",
    "名": "单称义录片额",
    "家": "庭属长乡园渠庄子镇村",
    "本": "级部单市区县系",
    "起": "来草诉点步到",
    "面": "向对积上临性派红旗貌",
    "门": "户槛类诊峡",
    "所": "有属在长得以谓",
    "位": "置于列居次",
    "种": "类植养子",
    "类": "别型似",
    "台": "账帐阶湾子河山县区上下",
    "间": "隔断接",
    "块": "钱",
    "组": "织成建长团",
    "支": "持付出援队部",
    "张": "贴镇庄村",
    "场": "所地景合馆",
    "卷": "宗",
    "元": "旦素宵",
    "年": "级轻龄",
    "日": "常益",
    "周": "年岁边末刊",
    "分": "之钟局院类别析配工布散享批期管级公队所行会部中社校站厂店理支设段区钱点",
    "成": "立效果员本都功绩熟交型就长品像分年人批片套婚家材活规文群",
    "票": "据价务证房选",
    "大项": "目",
    "小项": "目",
    "大类": "别型",
    "小类": "别型",
    "米": "饭粉面",
    # places: 市场, 市民, 县级, 区域, 乡镇 (as a compound it is read whole), 村民, 地区 …
    "省": "级委政直属内外长际份市区会",
    "市": "场民级直属政委区域内外容貌长辖县州中",
    "州": "级委政直属长市县府",
    "县": "级域城委政直属长内区市乡府",
    "区": "域间别划级委政直属长内块县位段",
    "旗": "帜手舰号下",
    "乡": "级镇村政委长贤土亲愁音里党",
    "镇": "级政委长街村区内党压静",
    "村": "级民委务组庄社居集干规党",
    "地": "区方点块址产图铁面域级市下上震质位标理税",
}
"""Characters that, right after a measure word, show it begins another word (a place name:
三张镇, 五家渠, 七台河)."""

RANGE_MARKS: Final = ("--", "——", "-", "—", "–", "~", "〜", "至", "到")
"""What joins the two ends of a range: 3-5次, 1—2名, 3至5天, 3~5个工作日."""

UNIT_AS: Final[dict[str, tuple[str, int]]] = {"成": ("%", 10)}
"""Measure words recorded as another unit, times a factor: 九成 → 90%, 9.5成 → 95%."""

ROUND_NUMBER_CUES: Final = "近上逾超约"
"""百/千/万 alone are numbers after these (近百场, 上千人次, 逾万人) or before 余/多 (万余人)."""

UP_TO_ROUND: Final = "上"
"""上 before a round 百/千/万 makes a lower bound (上千人次: a thousand or more)."""

CN_NUMERAL_FIRST: Final = "一二两三四五六七八九十" + CN_FINANCIAL_DIGITS + "拾"
"""Characters a Chinese quantity may start with (百名, 万人, 零件 are words, not numbers;
零 starts only a decimal, 零点五), financial forms included (壹佰壹拾壹件)."""
CN_NUMERAL_CHARS: Final = (
    "〇零一二两三四五六七八九十百千万亿" + CN_FINANCIAL_DIGITS + CN_FINANCIAL_UNITS
)
"""Characters a Chinese quantity may continue with."""

FINANCIAL_WORDS: Final = frozenset(
    {
        *("队伍", "落伍", "入伍", "退伍", "行伍", "为伍", "伍某"),
        *("大陆", "登陆", "着陆", "内陆", "水陆", "海陆", "陆续", "陆地", "陆路", "陆某"),
        *("收拾", "拾金", "拾遗", "拾取", "肆意", "大肆", "放肆"),
    }
)
"""Words in which a financial digit (or 拾) is a letter, not a number (队伍人数, 陆地面积)."""

NOT_A_NUMBER_BEFORE: Final[dict[str, str]] = {
    "第": "ordinal",  # 第三批, 第十七届
    "数": "vague",  # 数十个
    "几": "vague",
    "若": "vague",  # 若干
    "每": "lexical",  # 每一个, 每两年
    **dict.fromkeys("初周星拼统唯同单万", "lexical"),  # 初一 周三 统一 唯一 同一 单一 万一
}
"""A Chinese numeral right after one of these is an ordinal or part of a word (rule names)."""

PRE_QUALIFIERS: Final[dict[str, Qualifier]] = {
    "大约": Qualifier.APPROX,
    "约计": Qualifier.APPROX,
    "约": Qualifier.APPROX,
    "将近": Qualifier.APPROX,
    "接近": Qualifier.APPROX,
    "近": Qualifier.APPROX,
    "不少于": Qualifier.LOWER_BOUND,
    "至少": Qualifier.LOWER_BOUND,
    "多于": Qualifier.LOWER_BOUND,
    "高于": Qualifier.LOWER_BOUND,
    "大于": Qualifier.LOWER_BOUND,
    "不超过": Qualifier.UPPER_BOUND,
    "超过": Qualifier.LOWER_BOUND,
    "超": Qualifier.LOWER_BOUND,
    "逾": Qualifier.LOWER_BOUND,
    "突破": Qualifier.LOWER_BOUND,
    "不足": Qualifier.UPPER_BOUND,
    "不到": Qualifier.UPPER_BOUND,
    "少于": Qualifier.UPPER_BOUND,
    "低于": Qualifier.UPPER_BOUND,
    "小于": Qualifier.UPPER_BOUND,
    "最多": Qualifier.UPPER_BOUND,
    "达到": Qualifier.REACHED,
    "长达": Qualifier.REACHED,
    "高达": Qualifier.REACHED,
    "多达": Qualifier.REACHED,
    "已达": Qualifier.REACHED,
    "达": Qualifier.REACHED,
}
"""Words before a number that hedge it; the span of the metric includes them."""

REACHED_NOT_AFTER: Final = "下传送到抵表发直通转签雷"
"""达 after these is part of a verb (下达, 传达, 送达), not 'reached'."""

APPROX_NOT_AFTER: Final = "最附临就贴亲签制预节公契违履合邀相"
"""近/约 after these is part of a word (最近, 签约, 预约), not 'about'."""

MID_QUALIFIERS: Final[dict[str, Qualifier]] = {
    "余": Qualifier.LOWER_BOUND,
    "多": Qualifier.LOWER_BOUND,
}
"""Between number and unit (500余人次, 3万多人, 100 余篇)."""

POST_QUALIFIERS: Final[dict[str, Qualifier]] = {
    "以上": Qualifier.LOWER_BOUND,
    "有余": Qualifier.LOWER_BOUND,
    "以下": Qualifier.UPPER_BOUND,
    "以内": Qualifier.UPPER_BOUND,
    "之内": Qualifier.UPPER_BOUND,
    "左右": Qualifier.APPROX,
}
"""After the unit (50%以上, 100人左右, 40%以内)."""

WITHIN_QUALIFIERS: Final[dict[str, Qualifier]] = {"内": Qualifier.UPPER_BOUND}
"""After a duration only (3个工作日内); after other units 内 starts a word (3个内设机构)."""

WITHIN_WORDS: Final = ("以内", "之内", "内")
"""After N日 these make it a duration (5日内), not a date."""

QUALIFIER_RANK: Final[dict[Qualifier, int]] = {
    Qualifier.EXACT: 0,
    Qualifier.REACHED: 1,
    Qualifier.APPROX: 2,
    Qualifier.LOWER_BOUND: 3,
    Qualifier.UPPER_BOUND: 3,
}
"""When a number carries two hedges (达到9年以上), the higher rank wins (lower_bound)."""

STRONG_QUALIFIER: Final = "强"
"""After the unit and before punctuation: 50%强 (a little over 50%)."""

CHANGE_VERBS: Final[dict[str, Change]] = {
    "同比增长": Change.INCREASE,
    "同比增加": Change.INCREASE,
    "同比上升": Change.INCREASE,
    "同比提高": Change.INCREASE,
    "同比增": Change.INCREASE,
    "同比下降": Change.DECREASE,
    "同比减少": Change.DECREASE,
    "同比降低": Change.DECREASE,
    "同比压减": Change.DECREASE,
    "同比降": Change.DECREASE,
    "同比减": Change.DECREASE,
    "增长": Change.INCREASE,
    "增加": Change.INCREASE,
    "提高": Change.INCREASE,
    "提升": Change.INCREASE,
    "上升": Change.INCREASE,
    "增幅": Change.INCREASE,
    "增多": Change.INCREASE,
    "下降": Change.DECREASE,
    "减少": Change.DECREASE,
    "降低": Change.DECREASE,
    "压减": Change.DECREASE,
    "压缩": Change.DECREASE,
    "缩短": Change.DECREASE,
    "缩减": Change.DECREASE,
    "削减": Change.DECREASE,
    "精简": Change.DECREASE,
    "降幅": Change.DECREASE,
    "减幅": Change.DECREASE,
}
"""Verbs that, right before a number (了 allowed between), make it a change."""

MINUS_SIGNS: Final = "-−"
"""A minus before a percentage: a decrease (-3%, 增长-2.1%), or the reverse of its verb."""

CHANGE_NOT_AFTER: Final = "新"
"""A change verb after these starts another word: 新增 (newly added) is not 增 (grew)."""

DURATION_CUES: Final = (
    "连续",
    "为期",
    "历时",
    "持续",
    "长达",
    "用时",
    "耗时",
    "时隔",
    "经过",
    "有效期",
    "期限",
    "提前",
)
"""Words before N年 that make it a duration (连续6年) rather than a date or a name."""

DURATION_SUFFIXES: Final = ("内", "以内", "之久", "时间", "多时间")
"""Words after N年 that make it a duration (3年内)."""

SINCE_WORDS: Final = ("来", "以来")
"""After a duration, these make it the period a sentence looks back on (三年来, 近三个月以来)."""

RECENT_WORDS: Final = ("近",)
"""Before N年, 近 is 'the last' (近三年全区…: a period), unless a duration cue precedes it
(历时近两年)."""

PLAN_NAMES: Final = ("计划", "规划", "行动", "方案", "纲要", "攻坚")
"""Words after N年 that make it the name of a plan (五年规划, 三年行动方案), not a duration."""

REJECT_TOKENS: Final[dict[str, str]] = {
    "年": "date",
    "月": "date",
    "日": "date",
    "号": "document number",
    "届": "ordinal",
    "周年": "anniversary",
    "版": "edition",
    "级": "level",
}
"""Tokens after a number that make it a date, document number, ordinal … (rule names)."""

SESSION_WORDS: Final = ("会议", "全会", "全体会议")
"""八届全国人大二次会议: N次 before these, with 届 a few characters before, is a session's
ordinal (the second session), not a count of meetings."""

TRAIN_WORDS: Final = ("列车", "动车", "高铁", "航班")
"""N次 before these is a train or flight number (1461次列车), not a count."""

SESSION_REACH: Final = 12
"""How far back (characters) the 届 of a session's ordinal is looked for."""

ARABIC_ONLY_UNITS: Final = frozenset({"分"})
"""Measure words read after Arabic digits only: after a Chinese numeral they make a word
(十分重要 'very', 三分天下)."""

CLOCK_MARKS: Final = "时点"
"""After a number and before another, these make a clock time (8时30分, 9点15分)."""

RANK_MARKERS: Final = "前"
"""前 before 10名/3位 makes a rank (前十名), not a count."""

RANKED_UNITS: Final = frozenset({"名", "位", "强"})
"""Measure words of a rank after :data:`RANK_MARKERS` (前三名, 前十强)."""

INDEFINITE_ONE_EXCEPTIONS: Final[dict[str, frozenset[str]]] = {
    "了": frozenset({"期", "轮", "批次"}),
    **dict.fromkeys(
        ("期", "时", "续", "达", "用"),  # 为期 历时 用时 持续 连续 长达 用 + 一个月/一年
        frozenset({"个月", "年", "天", "个工作日", "工作日", "小时", "个小时"}),
    ),
}
"""一 + measure word is an article (一个良好的, 一批) except after the last character of these
words (开展了一期培训, 为期一个月, 历时一年), after :data:`ONE_PROVIDED_AFTER` and at the end
of a clause (新增执法记录仪一台。)."""

ONE_PROVIDED_AFTER: Final = (
    "配备",
    "配齐",
    "配置",
    "配发",
    "聘请",
    "聘任",
    "聘用",
    "选派",
    "选聘",
    "派驻",
    "增设",
    "新设",
    "新增",
    "增加",
    "新建",
    "建成",
    "购置",
    "招录",
    "录用",
    "指定",
)
"""Verbs of provision: 一名/一台 … right after one (了 allowed) count what is provided
(配备一名专职律师, 购置了一台执法记录仪)."""

ONE_PROVIDED_UNITS: Final = frozenset({"名", "位", "人", "台", "辆", "部", "套", "架", "艘"})
"""Measure words of people and equipment, the ones that count after a verb of provision
(一个, 一项 stay articles there: 新增一项重要职能)."""

ONE_EVENT_UNITS: Final = frozenset({"次", "场", "期", "轮"})
"""Measure words of events, the ones that count after a verb of holding one (召开一次专题会议,
举办一期培训班, 开展一轮督查)."""

ONE_EVENT_AFTER: Final = ("召开", "举办", "举行", "开展", "组织", "进行", "召集", "主持")
"""Verbs of holding an event: 一 + an event's measure word after them counts."""

ONE_VAGUE_UNITS: Final = frozenset({"批", "种", "类", "面", "起"})
"""一 + these is indefinite or another word even at the end of a clause (选树典型一批,
千城一面, 与群众一起 'together')."""

ONE_NOT_AFTER: Final = "的之这那哪另同每唯又再其在到上下后近"
"""At the end of a clause, 一 + measure word after these is not a count: a nominalization
(…的一面, …的一次), a determiner (最后一次, 这一次, 上一次)."""

CLAUSE_ENDS: Final = ",。;:!?、)\n"
"""Punctuation that ends a clause: 一 + measure word right before one counts what precedes it
(开展督查一次, 新增执法记录仪一台)."""

LIST_OPENERS: Final = ("其中", "含", "包括", "包含")
"""A bare number followed by ``(其中…25件…)`` takes its unit from the breakdown."""

FIXED_TERMS: Final = (
    # slogans and policy names that read like counts; extend as the genre needs
    "最多跑一次",
    "只跑一次",
    "最后一公里",
    "最后一米",
    "一件事",
    "四个亲自",
    "三区三州",
    # idioms whose numeral and measure word name nothing countable
    "四面八方",
    "八面玲珑",
    "五花八门",
    "三五成群",
    "三番五次",
    "三天两头",
    "两面人",
    "两岸三地",
    "东北三省",
    "四省藏区",
    "三项制度",
    "十件实事",
    "十件民生实事",
    "八项规定",
    "两个确立",
    "两个维护",
    "四个意识",
    "四个自信",
    "四个全面",
    "三个代表",
    "三个务必",
    "两个毫不动摇",
    "两个结合",
    "两个责任",
    "三个转变",
    "四个最严",
    "五个一",
    "三位一体",
    "四位一体",
    "五位一体",
    "两个大局",
    "两个一百年",
    "三个区分开来",
    "两类案件",
    "三项机制",
    "四个现代化",
    "三个世界",
    "两个凡是",
    "三个有利于",
    "两个务必",
    "四项基本原则",
    "五项原则",
    "八项注意",
    "两种制度",
)
"""Fixed terms of Chinese political language in which a numeral and measure word name
something rather than count it (三项制度 = the three enforcement systems, 最多跑一次 = the
one-trip reform, 最后一公里 = the last stretch of a service); a Chinese numeral anywhere
inside one is not a quantity."""

FIXED_PATTERNS: Final = (
    "[两三四五六七八九十]个一",  # 五个一, 三个一批, 两个一百年: slogans built on 一
)
"""Regex sources for fixed terms that follow a pattern rather than a list (matched where the
numeral starts)."""

NAME_QUOTES: Final[dict[str, str]] = {"“": "”", "「": "」", "『": "』"}
"""Quotation marks (opener → closer): a number in a short quotation is part of a name
(“1310”部署, “十件实事”)."""

NAME_REACH: Final = 18
"""How far (characters) a quotation may reach on either side of a number to make it a name."""

NAME_BREAKS: Final = ",。;:!?\n"
"""Punctuation that shows a quotation is a passage, not a name."""

TITLE_BRACKETS: Final[dict[str, str]] = {"《": "》"}
"""Title brackets (opener → closer): a number inside is part of a title (《…十条措施》)."""

TITLE_REACH: Final = 60
"""How far (characters) a title may reach on either side of a number."""
