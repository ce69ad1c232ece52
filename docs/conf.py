"""Sphinx configuration: furo + MyST, offline (no intersphinx, no remote assets)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the package, from this checkout
sys.path.insert(0, str(HERE / "_ext"))

import fazhi_parse  # noqa: E402 — after the path is set

project = "fazhi_parse"
author = "fazhi_parse developers"
copyright = "fazhi_parse developers"
release = version = fazhi_parse.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
    "fazhi_docs",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "show-inheritance": False}

html_theme = "furo"
html_title = f"fazhi_parse {release}"
language = "en"
