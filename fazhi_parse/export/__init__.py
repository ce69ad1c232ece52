"""Ways out of the model: JSON and its schema (``serialize``), flat tables (``records``),
text, Markdown and HTML views (``display``) and the lossless partition of the source
(``segments``). These modules read the model only; they never parse.
"""
