"""Pattern tables for page chrome, the title and the signature block (data only).

Everything here is matched against the *normalized* text: Simplified script, full-width
ASCII folded (full-width colons, brackets and greater-than signs read as ASCII), NBSP and
U+3000 read as spaces. The wording comes from the article pages of Chinese government
websites (county, city and provincial portals and their 司法局 / department sub-sites) as
scraped to text:
breadcrumb trails, 政府信息公开 metadata blocks, page widgets, site footers.
"""

from __future__ import annotations

from typing import Final

from .._text.dates import ARABIC_YEAR, CN_YEAR
from ..model import ChromeKind

# --- metadata keys -----------------------------------------------------------------------

META_LABELS: Final[tuple[tuple[str | None, tuple[str, ...]], ...]] = (
    ("index_no", ("索引号", "索取号", "信息索引号")),
    (
        "topic",
        ("主题分类", "信息分类", "所属分类", "体裁分类", "组配分类", "服务对象分类", "所属主题"),
    ),
    (
        "publisher",
        (
            "发布机构",
            "发布单位",
            "发布部门",
            "公开单位",
            "公开主体",
            "所属机构",
            "所属单位",
            "责任部门",
            "责任科室",
        ),
    ),
    ("issuing_body", ("发文机关", "发文单位", "发文机构", "制发机关", "成文单位")),
    ("written", ("成文日期", "成文时间", "生成日期", "印发日期")),
    (
        "published",
        (
            "发布日期",
            "发布时间",
            "公开日期",
            "公开时间",
            "发文日期",
            "发表时间",
            "上传时间",
            "日期",
            "时间",
        ),
    ),
    ("updated", ("更新时间", "更新日期", "修改时间", "修订时间")),
    ("title", ("名称", "标题", "文件名称", "信息名称", "文章标题")),
    ("doc_no", ("文号", "发文字号", "文件编号", "发文文号")),
    ("keywords", ("主题词", "关键词", "关键字")),
    ("source", ("来源", "信息来源", "文章来源", "稿件来源", "来源单位", "供稿单位")),
    ("author", ("作者", "撰稿人", "撰稿")),
    ("editor", ("责任编辑", "编辑", "审核", "校对")),
    ("validity", ("有效性", "时效性", "效力状态", "是否有效")),
    ("disclosure", ("公开方式", "公开范围", "公开形式", "公开类型", "公开时限")),
    ("signer", ("签发人",)),
    # widgets that sit inside metadata lines: they end a value but are not metadata
    (
        None,
        (
            "浏览次数",
            "阅读次数",
            "访问次数",
            "点击数",
            "点击量",
            "浏览量",
            "阅读量",
            "访问量",
            "点击率",
            "字体",
            "字号",
            "分享到",
        ),
    ),
)
"""Canonical metadata field → the labels pages print for it (spaced freely: ``索  引  号``).

A ``None`` field marks widget labels: they end the value before them and are dropped.
"""

META_KEY_SEPARATOR: Final = r"[\s:\]】|]|$"
"""What follows a metadata label: a colon, a closing bracket or table bar, a space, the end."""

META_DECORATION: Final = r"(?:[|\-*•·]\s*)?(?:[\[【]\s*)?"
"""What may precede a label: a table bar or list bullet, an opening bracket."""

META_VALUES: Final = (
    "主动公开",
    "依申请公开",
    "不予公开",
    "面向全社会",
    "面向社会",
    "长期公开",
    "长期有效",
    "现行有效",
    "有效",
    "失效",
    "已失效",
    "废止",
    "综合政务",
)
"""Values that metadata fields take from a fixed list (公开方式: 主动公开; 有效性: 有效): where a
page lost its line breaks, what follows one of them is the next piece, not more of the value
(公开方式: 主动公开南昌县政府2022年度…报告)."""

FIXED_VALUE_FIELDS: Final = frozenset(("validity", "disclosure"))
"""Fields whose value is one of :data:`META_VALUES`: anything else after their label (a page
that lost its line breaks: 有效性:松岭县司法局关于…报告) is the next piece, the value empty."""

SHORT_VALUE_FIELDS: Final = FIXED_VALUE_FIELDS | {"index_no", "topic", "doc_no", "keywords"}
"""Fields whose value is never a report's title: a title after their label (主题分类:
松岭县教育局2025年…情况, the line breaks lost) is the next piece, the value empty. Not the
people's fields (签发人): a name glued before the title cannot be told from the title."""

PUBLISHED_KEYS: Final = ("published", "updated", "written")
"""Metadata fields that date the page, most telling first."""

# --- line rules ----------------------------------------------------------------------------

_WHERE_YOU_ARE: Final = (
    r"(?:[您你](?:现在|当前|目前)?(?:所在)?的?|(?:当前|目前|现在)(?:所在)?的?|所在)"
)
"""How a breadcrumb label says "where you are" (您现在所在的位置, 当前位置, 你的位置, 所在位置)."""

BREADCRUMB_START: Final = (
    rf"{_WHERE_YOU_ARE}\s*位置"
    r"(?:\s*[是为])?\s*(?::|>|»|$)"
    r"|(?:首页|主页|网站首页|门户首页|本站首页)\s*(?:-?>|[»›→/\\|]|$)"
)
"""A breadcrumb trail starts here (after an optional list number or bullet)."""

BREADCRUMB_LABEL: Final = rf"{_WHERE_YOU_ARE}\s*位置\s*:"
"""A breadcrumb label that a run-on head line is cut before."""

BREADCRUMB_TRAIL: Final = (
    r"(?:[>»›→]{1,2}\s*)?[^\s>»›→。,-]{1,16}"
    r"(?:\s*(?:-?>|[>»›→]{1,2})\s*[^\s>»›→。,-]{1,16}){1,}\s*[>»›→]{0,2}"
)
"""Short items separated by ``>``, ``>>``, ``->`` or ``→`` (a breadcrumb with no 当前位置
label)."""

BREADCRUMB_ITEM: Final = r"(?:\d{1,2}[.、]\s*|[-*•·>»›]\s*)?[^\s。,:;!?]{1,12}\s*[>»›/]?"
"""One item of a breadcrumb printed one per line (``2. 首页``, ``- 政务公开``, ``正文``)."""

BREADCRUMB_LABEL_END: Final = (
    r"(?:文件|公告|通知|动态|信息|报告|专栏|解读|公开|正文|详情|新闻|要闻|资讯|栏目|栏"
    r"|依法治[省市县区州])"
)
"""How the label of a site section ends (政府文件, 基层动态, 部门工作报告, 公告栏,
全面依法治市): the last item of a breadcrumb that a page which lost its line breaks glued to the
title."""

BREADCRUMB_LABEL_MAX: Final = 10
"""Longest such label."""

GLUED_CHROME_END: Final = (
    r"(?:首页|主页|公告|专栏|解读|正文|详情|要闻|资讯|栏目|动态|报告|总结|搜索|检索|排序|匹配度"
    r"|打印|关闭|收藏|分享|纠错"
    r"|[A-Za-z]{2,}|[>»›→|\]】])\s*"
)
"""How a piece of chrome ends that a page which lost its line breaks glued before the title
(``Document松岭镇搜索排序松岭镇2024年…报告``, ``首页→通知公告松岭县…报告``, ``字号:【大】松岭县
…报告``, a column named
``…年度报告`` before the report's own title). Only words that no body's name holds: 信息, 新闻 or
公开 end a label too, but also 信息中心, 新闻出版局 or 政务公开办."""

BREADCRUMB_END_WORDS: Final = (
    "正文",
    "详情",
    "内容",
    "详细内容",
    "文章详情",
    "详细信息",
    "信息详情",
)
"""Last items of a breadcrumb that a scraper may glue to the title that follows."""

BANNER: Final = (
    r"^(?:今天是|今日是|今天|现在是)\s*[:]?"
    r"|星期[一二三四五六日天]|农历\s*\S{1,4}月|[零〇一二三四五六七八九十]{2,4}年\S{1,4}月\S{1,3}\s*$"
)
"""A stale date banner (今天是:2019年10月31日 星期三 农历十月初七)."""

SITE_HEADER: Final = (
    r"门户网站|政府网站|政府网$|人民政府网|政务网$|欢迎(?:您|访问|光临|来到)|无障碍|适老化|长者模式"
    r"|关怀版|简体\s*[|/]?\s*繁[体體]|繁[体體]\s*[|/]?\s*简体|^English$|^(?:登录|注册)|智能问答"
    r"|全站搜索|请输入(?:关键字|关键词|搜索)|^搜索$|设为首页|加入收藏|手机版|移动版|IPv6|^\S{2,20}政府\s*网站?$"
    r"|关爱版|^[xX×✕]$"
)
"""Site header pieces: site names, accessibility and language switches, search boxes, the
close button of a banner."""

SITE_NAME: Final = r"[\u4e00-\u9fff]{2,20}(?:网|网站)"
"""A site's name (松岭县人民政府网, 某某新闻网): in a byline, the page's publisher."""

SITE_BLURB: Final = (
    r"^(?:下面|以下)是.{0,30}?(?:整理|收集|分享|推荐|编辑)的.{0,60}?"
    r"(?:供大家参考|仅供参考|欢迎阅读|欢迎借鉴|希望对)"
)
"""The blurb a document-sharing site prints over a text (下面是小编为大家整理的…，供大家参考。):
page furniture although it is a sentence."""

SITE_NOTICE: Final = (
    r"浏览器|IE\s*\d|IE\s*版本|请升级|升级(?:您的)?(?:浏览器|版本)|分辨率|建议使用|兼容模式|极速模式"
    r"|JavaScript|脚本"
)
"""A notice the site prints over the page (IE版本过低,请升级…; 建议使用1920×1080分辨率): chrome
even though it is a sentence."""

SITE_NOTICE_MAX: Final = 100
"""Longest line read as a site notice."""

NAV_WORDS: Final = frozenset(
    (
        "首页",
        "政务公开",
        "政府信息公开",
        "信息公开",
        "政务服务",
        "互动交流",
        "政民互动",
        "新闻中心",
        "新闻动态",
        "要闻动态",
        "走进",
        "概况",
        "专题专栏",
        "专题",
        "数据发布",
        "数据开放",
        "办事服务",
        "公众参与",
        "网上办事",
        "机构职能",
        "领导信息",
        "工作动态",
        "通知公告",
        "法规文件",
        "政策",
        "政策文件",
        "政策法规",
        "规范性文件",
        "政策解读",
        "法治政府",
        "依法行政",
        "部门文件",
        "工作报告",
        "法定主动公开内容",
        "主动公开",
        "其他",
        "年度报告",
        "法治建设",
        "部门信息",
        "乡镇信息",
        "机构设置",
        "重点领域",
        "计划总结",
        "规划计划",
        "正文",
        "详情",
        "本站",
        "返回",
        "更多",
        "法治政府建设",
        "法治政府建设年度报告",
        "法治政府建设专栏",
        "依法治县",
        "依法治市",
        "依法治区",
        "法治督察",
        "政府工作报告",
        "工作总结",
        "总结报告",
        "其他文件",
        "部门动态",
        "政务动态",
        "法治动态",
        "年度工作报告",
        "其他法定公开信息",
        "其他主动公开内容",
        "财政信息",
        "人事信息",
        "文件资料",
    )
)
"""Words that name site sections (a line of several of them is a navigation menu)."""

NAV_MIN_WORDS: Final = 3
"""A line of at least this many short tokens, two of them navigation words, is a menu."""

WIDGET: Final = (
    r"(?:浏览|阅读|访问|点击)(?:次数|量|数|率)\s*[:]?\s*\d*"
    r"|字\s*[体号]\s*[:]?\s*[\[【(]?\s*(?:大\s*中\s*小|默认)?\s*[\]】)]?"
    r"|[\[【(]?\s*(?:打印(?:本页|文章|此页|正文)?|关闭(?:窗口|本页|页面)?|分享到?|收藏(?:本页)?|返回顶部"
    r"|保存(?:本页)?|我要纠错|纠错|视力保护色|护眼模式|扫一扫(?:在手机[上端]?打开(?:当前页)?)?"
    r"|在手机[上端]?打开(?:当前页)?|下载(?:全文|附件)?|复制链接|微信|微博|QQ空间|QQ|朋友圈|豆瓣"
    r"|大\s*中\s*小)\s*[\]】)]?"
)
"""Page widgets: view counters, font size, print, close, share buttons (one or many a line)."""

WIDGET_LEFTOVER: Final = 4
"""A line whose text outside widget tokens is at most this long (spaces, ``:`` ``|`` aside)."""

FOOTER: Final = (
    r"网站地图|网站标识码|ICP\s*备|ICP\s*证|公网安备|主办单位|承办单位|协办单位|维护单位|主办\s*:|承办\s*:"
    r"|技术支持|版权所有|Copyright|©|\(C\)|联系我们|联系电话|联系方式|咨询电话|举报电话|举报邮箱"
    r"|电子邮箱|邮箱\s*:|地址\s*:|邮\s*编|邮政编码|建议使用|分辨率|浏览器|网站声明|隐私声明|使用帮助"
    r"|网站纠错|政府网站找错|党政机关|^\s*-?\s*相关(?:新闻|文章|链接|阅读|信息|稿件|文件|解读|推荐)"
    r"|上一篇|下一篇|上一条|下一条|微信公众号|官方微博|政务微信|政务微博|返回顶部|本网站"
    r"|(?:主办|承办|协办)(?:\s|$)|电话\s*:|访客|访问人次|附件下载|相关附件"
    r"|\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)\b"
)
"""Site footers and what follows an article: contacts, registrations, related links."""

FOOTER_SPLIT: Final = (
    *("网站地图", "网站标识码", "主办单位", "承办单位", "版权所有", "Copyright", "©", "联系我们"),
    *(f"相关{w}" for w in ("新闻", "文章", "链接", "阅读", "信息", "稿件", "文件", "解读", "推荐")),
    *("上一篇", "下一篇"),
)
"""Footer openers a run-on line is cut before."""

TABLE_RULE: Final = r"[\s|:=+\-—_]+"
"""A table border or separator row."""

DOC_NUMBER: Final = (
    rf"[\u4e00-\u9fff]{{1,12}}\s*[〔\[(【]\s*{ARABIC_YEAR}\s*[〕\])】]\s*第?\s*\d{{1,4}}\s*号"
)
"""A document number (文号): issuer's abbreviation, bracketed year, number (天政发〔2026〕7号)."""

# --- the body's first line (to cut a run-on head) -------------------------------------------

BODY_OPENER: Final = (
    r"(?:19|20)\d{2}\s*年(?:度)?(?:以来|上半年|全年)?\s*[,，]"
    r"|(?:一年来|过去的?一年|今年以来|近年来)\s*[,，]"
    r"|[一二三四五六七八九十]、"
)
"""Where a report's body typically begins (2022年，… / 一年来，… / 一、…)."""

GLUED_AFTER: Final = (
    r"[-/.]\d{1,2}(?:\s*[】\])])?|\d:\d\d|\d日|星期[一二三四五六日天]|门户网站|政府网站|繁体|简体|\s\|"
    r"|备\s*\d+\s*号(?:-\d+)?|版权所有"
)
"""The end of a date, a time, a site-header or footer piece or a table row that a page which
lost its line breaks glued to the next piece (发布时间:2024-03-28 09:18河湾区…, …ICP备
12345678号松岭县…): the head is cut after it when a Han character follows."""

TITLE_END: Final = r"(?:报告|总结|汇报|情况)(?:\s*\([^()\s]{1,20}\))?"
"""How a title ends, with a bracketed year perhaps (…年度报告(2024年度))."""

TITLE_RUN: Final = rf"[^\s。!?;,:|•]{{4,60}}?{TITLE_END}(?=\s|$|{BODY_OPENER})"
"""A title with no space in it, ending before a space or the body's opening words: where line
breaks were turned into spaces or lost (… 主动公开 松岭县2022年度…报告 • 浏览量, … | 松岭县
2022年度…报告2022年，…), the head is cut before and after one that reads as a title."""

RUN_ON_AFTER: Final = r"!|(?<![A-Za-z0-9])[xX×✕](?=\s*[\u4e00-\u9fff])"
"""Pieces that end where a page which lost its line breaks glued on the next one (besides a
bracketed document number): a notice's exclamation, a close button."""

RUN_ON_BEFORE: Final = r"•|(?<=\s)首页\s*(?:-?>|[>»›])"
"""Pieces that start where the one before them was glued on: a bullet, a breadcrumb."""

TITLE_THEN_DATE: Final = (
    r"(?:报告|总结)\s*(?=(?:[\u4e00-\u9fff()]{2,30}\s+)?(?:19|20)\d{2}\s*[-/.年]\s*\d)"
)
"""A title followed on its line by the page's date, perhaps after the name of the body that
put it up (…情况报告  2023-03-10, …情况报告 松岭县统计局 2020-06-08): cut after it."""

# --- the title -------------------------------------------------------------------------------

TITLE_PLAN_TAIL: Final = r"(?:及|和|暨|与)[^。!?;\n]{0,24}?(?:计划|打算|安排|思路|要点)"
"""What a summary's title may go on with: the next year's plan (…工作总结及2021年工作计划)."""

TITLE: Final = (
    r"(?P<title>[^。!?;\n]{2,90}?(?:报告|总结|汇报|情况|工作要点|实施方案|解读)"
    rf"(?:{TITLE_PLAN_TAIL})?"
    r"(?:\s*\((?:(?:19|20)\d{2}\s*年(?:度)?|[^()\n]{1,20})\))?)"
)
"""A title line: short, no sentence punctuation, ending in 报告 / 总结 / 情况 (or a doc type
that :mod:`fazhi_parse._report.doctype` will flag), perhaps with the next year's plan after
it."""

TITLE_NEEDS: Final = rf"{ARABIC_YEAR}|{CN_YEAR}\s*年|关于"
"""A title names its year, or is a 关于…的报告."""

TITLE_NOT: Final = (
    r"^(?:现将|以上|特此|专此|根据|按照|[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)"
    r"|\d{1,2}[.、])"
)
"""Lines that end like a title but are not one (现将…情况报告如下 is caught by its ending)."""

TITLE_PAIRS: Final = (("“", "”"), ("《", "》"), ("(", ")"), ("「", "」"))
"""Marks a title opens and closes (normalized: （） are ``()``)."""

YEARLESS_TITLE: Final = r"(?:法治|依法行政|依法治)[^。]{0,24}(?:报告|总结)"
"""A title with neither year nor 关于 is taken only when it names the genre this plainly."""

TITLE_LEADING_DOC_NUMBER: Final = rf"\s*[\[【(]?\s*(?P<number>{DOC_NUMBER})\s*(?:[\]】)]|\s)\s*"
TITLE_TRAILING_DOC_NUMBER: Final = rf"\s*[\[【(]\s*(?P<number>{DOC_NUMBER})\s*[\]】)]?\s*$"
"""A document number printed before or after the title on its line, in brackets (one may be
lost to a cell border): page furniture, not part of the title ([天政发〔2026〕7号]松岭县人民政府
关于…的报告, …报告(松自然资字〔2025〕79号))."""

QUOTED_TITLE_REST_MAX: Final = 40
"""A title printed in 《》 at the start of a line may be followed by this much description
(《…报告》是2019年…发布的通知。)."""

TITLE_JOIN_MAX_BREAKS: Final = 4
"""Most line breaks between the two lines of a title (a page that puts a blank line, or two,
between all its lines)."""

TITLE_MAX: Final = 90
"""Longest title (characters, both lines of a two-line title together)."""

TITLE_JOIN_BEFORE: Final = r"(?:关于|的|和|及|与|、|年度|年)\s*$"
"""A title's first line ends like this when the title continues on the next line."""

TITLE_AFTER_NAME: Final = rf"\s*(?:关于|(?:{ARABIC_YEAR}|{CN_YEAR})\s*年)"
"""A title's second line starts like this when the line before is only the body's name
(松岭县人民政府 / 2023年度法治政府建设情况报告)."""

# --- the end of the report -----------------------------------------------------------------

ORG_SUFFIX: Final = (
    r"(?:人民政府|政府|委员会|管理委员会|管委会|办事处|办公室|领导小组|委|局|厅|办|院|中心|署|所|站|队|处|部"
    r"|会|镇|乡|街道|区委|县委|市委|党组|公司|集团)"
)
"""How the name of a reporting body ends."""

ORG_LINE: Final = rf"[\u4e00-\u9fff()、·\s]{{1,40}}?{ORG_SUFFIX}"
"""A signature's issuing body: a short name with no punctuation but brackets and 、."""

CITY_ENDS: Final = "省市区县州旗盟"
"""How the name of a place from a province down to a county ends (松岭县, 某某盟)."""

PLACE_ENDS: Final = CITY_ENDS + "镇乡"
"""How a place's name ends, townships included (青石镇)."""

PLACE_LINE: Final = rf"[\u4e00-\u9fff]{{1,12}}?[{PLACE_ENDS}]"
"""A bare place name (青山县): a signature's body only next to a date."""

NOT_A_NAME_START: Final = (
    "(", "在", "对", "向", "从", "为", "把", "将", "按", "经", "由", "据", "以", "于", "被", "让",
    "根据", "下面", "以下", "您", "你", "我", "本", "全", "各",
)  # fmt: skip
"""How a line that ends like a body's name but is a phrase begins: a bracket, a preposition
(在全省…工作队), a site's voice (您现在所…, 下面是…), a self-reference (我局, 全县)."""

NUMBERED_POINT: Final = r"[一二三四五六七八九十]+[、.是)]"
"""A numbered point (三、 二是): what a line that ends like a name but is a heading opens with
(a name may open with a numeral itself: 四川省, 十堰市, 六安市)."""

ORG_HINT: Final = rf"[{PLACE_ENDS}]|政府|委|局|厅|办|院|中心|公司"
"""What the name of a body contains somewhere (a line ending in 部 or 会 may be a phrase)."""

SIGNATURE_NOTE: Final = r"[(]?\s*此件(?:公开发布|主动公开|依申请公开|不予公开)\s*[)]?"
"""The disclosure note printed under a signature (（此件公开发布）)."""

CLOSING: Final = (
    r"(?:以上(?:情况|报告|是\S{0,20}情况)?\s*[,，]?\s*)?"
    r"(?:特此(?:报告|汇报|报告如上)|专此(?:报告|汇报)|请(?:予)?审(?:阅|议|定)|妥否[,，]?\s*请\S{0,4}示"
    r"|以上报告[,，]?\s*请\S{0,6})\s*[。.!]?"
)
"""Closing formulae between the last section and the signature."""

CHROME_KINDS_ORDER: Final = (
    ChromeKind.BREADCRUMB,
    ChromeKind.METADATA,
    ChromeKind.WIDGET,
    ChromeKind.HEADER,
    ChromeKind.NAVIGATION,
    ChromeKind.FOOTER,
    ChromeKind.SIGNATURE,
)
"""Order in which chrome kinds are listed in diagnostics."""
