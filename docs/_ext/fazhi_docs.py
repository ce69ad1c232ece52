"""Sphinx directives that show the library at work, so the docs cannot drift from the code.

``fazhi-scheme NAME`` renders a numbering scheme's facts (role, rank, grammar, markers it
writes) and, when the directive has content, parses that content as an example document
and shows the outline ``fazhi-parse --format tree`` prints for it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import Directive

from fazhi_parse import BUILTIN_SCHEMES, DEFAULT_SCHEMES, parse
from fazhi_parse.export.display import render_tree


def _block(text: str) -> nodes.literal_block:
    block = nodes.literal_block(text, text)
    block["language"] = "text"
    return block


def _field(name: str, *body: nodes.Node | str) -> nodes.field:
    para = nodes.paragraph()
    for part in body:
        para += nodes.Text(part) if isinstance(part, str) else part
    return nodes.field("", nodes.field_name(name, name), nodes.field_body("", para))


def _literal(text: str) -> nodes.literal:
    return nodes.literal(text, text)


class SchemeDirective(Directive):
    """Facts about a built-in scheme and, with content, that content parsed as an example."""

    required_arguments = 1
    has_content = True
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        by_name = {s.name: s for s in BUILTIN_SCHEMES}
        if name not in by_name:
            raise self.error(f"no built-in scheme named {name!r}: {sorted(by_name)}")
        scheme = by_name[name]
        default = any(s.name == name for s in DEFAULT_SCHEMES)
        writes: list[nodes.Node | str] = []
        for n in (1, 2, 3, 10, 11):
            writes += [_literal(scheme.marker(n)), " "]
        facts = nodes.field_list()
        facts += _field(
            "name", _literal(scheme.name), " (the value of Section.scheme / Measure.scheme)"
        )
        facts += _field("role", _literal(scheme.role.value))
        facts += _field("usual depth", f"{scheme.rank} (0 = top level)")
        facts += _field(
            "in DEFAULT_SCHEMES",
            "yes" if default else "no: add it with DEFAULT_SCHEMES.with_schemes()",
        )
        facts += _field("writes", *writes)
        out: list[nodes.Node] = [facts, nodes.paragraph(text="Grammar:"), _block(scheme.grammar)]
        if self.content:
            example = "\n".join(self.content)
            schemes = DEFAULT_SCHEMES if default else DEFAULT_SCHEMES.with_schemes(scheme)
            out += [nodes.paragraph(text="Example document:"), _block(example)]
            out += [
                nodes.paragraph(text="What fazhi-parse --format tree shows for it:"),
                _block(render_tree(parse(example, schemes=schemes))),
            ]
        return out


def setup(app: Any) -> dict[str, Any]:
    app.add_directive("fazhi-scheme", SchemeDirective)
    return {"parallel_read_safe": True, "version": "1"}
