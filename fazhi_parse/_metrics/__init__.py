"""Stage 5, metrics: every quantity of the body, typed (value, unit, kind, qualifier, change).

Entry: :func:`~fazhi_parse._metrics.extract.extract_metrics` → ``Metric`` records of the
model and one diagnostic counting the rejected number-like strings. Tables (data only):
``units`` (measure words, qualifiers, rejections) and ``indicators`` (what researchers count).
"""
