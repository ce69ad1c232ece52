"""Stage 5, metrics: every quantity of the body, typed (value, unit, kind, qualifier, change).

Entry: :func:`~fazhi_parse._metrics.extract.extract_metrics` → ``Metric`` records of the
model and one diagnostic counting the rejected number-like strings. Steps: ``candidates``
(the regex, the number and unit), ``rules`` (rejections), ``hedges`` (qualifier, change,
extent), ``context`` (subject, indicator). Tables (data only): ``units`` (measure words,
qualifiers, rejections), ``clauses`` (where a clause starts, the subject's connectives) and
``indicators`` (what researchers count).
"""
