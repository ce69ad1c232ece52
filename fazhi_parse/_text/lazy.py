"""Patterns in the :mod:`regex` dialect (``\\p{Han}``, variable-width lookbehind), compiled on
first use.

``import regex`` takes about 8 ms; rules keep their pattern as a source string and compile
it here when a parse first needs it, so that ``import fazhi_parse`` does not pay for it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex

__all__ = ["regex_pattern"]


@functools.cache
def regex_pattern(source: str) -> regex.Pattern[str]:
    """``source`` compiled with :mod:`regex` (once; later calls return the same pattern).

    >>> regex_pattern(r"\\p{Han}+").findall("松岭县 2023")
    ['松岭县']
    """
    import regex

    return regex.compile(source)
