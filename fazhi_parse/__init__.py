"""fazhi_parse: Chinese 法治政府建设年度报告 → a typed, span-preserving document model.

>>> import fazhi_parse
>>> report = fazhi_parse.parse("一、主要举措和成效\\n（一）学法。一是学习。二是考试。")
>>> report.sections[0].children[0].measures[0].title
'学习'
"""

from .batch import BatchResult, parse_files, parse_many, parse_texts
from .files import DecodeError, decode, parse_file
from .lexicon import DEFAULT_LEXICON, Lexicon
from .model import (
    Change,
    Chrome,
    ChromeKind,
    DatePrecision,
    Diagnostic,
    DiagnosticCode,
    Measure,
    Metric,
    MetricKind,
    Part,
    Qualifier,
    Reference,
    Report,
    Section,
    SectionKind,
    Segment,
    SegmentKind,
    Severity,
    Span,
)
from .parse import parse
from .schemes import BUILTIN_SCHEMES, DEFAULT_SCHEMES, RegexScheme, Role, Scheme, SchemeSet
from .webpage import parse_html

__all__ = [
    "BUILTIN_SCHEMES",
    "DEFAULT_LEXICON",
    "DEFAULT_SCHEMES",
    "BatchResult",
    "Change",
    "Chrome",
    "ChromeKind",
    "DatePrecision",
    "DecodeError",
    "Diagnostic",
    "DiagnosticCode",
    "Lexicon",
    "Measure",
    "Metric",
    "MetricKind",
    "Part",
    "Qualifier",
    "Reference",
    "RegexScheme",
    "Report",
    "Role",
    "Scheme",
    "SchemeSet",
    "Section",
    "SectionKind",
    "Segment",
    "SegmentKind",
    "Severity",
    "Span",
    "decode",
    "parse",
    "parse_file",
    "parse_files",
    "parse_html",
    "parse_many",
    "parse_texts",
]

__version__ = "0.1.0"


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
