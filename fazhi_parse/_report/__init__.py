"""Stage 6, report: the report's header, what it cites, and the assembly of the model.

Entries: :func:`~fazhi_parse._report.header.read_header` → ``Header`` (title, year, issuer,
dates, whether it is a report at all; one module per field: ``year``, ``issuer``, ``dates``,
``doctype``);
:func:`~fazhi_parse._report.references.find_references`;
:func:`~fazhi_parse._report.assemble.build_sections` and ``build_chrome``, which turn the
working tree and the layout into frozen model nodes with spans into the source.
"""
