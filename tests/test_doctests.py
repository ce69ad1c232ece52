"""Every docstring example in the package runs (an example that never runs rots)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import fazhi_parse

MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(fazhi_parse.__path__, prefix="fazhi_parse.")
    if not name.endswith("__main__")
)


@pytest.mark.parametrize("name", ["fazhi_parse", *MODULES])
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
