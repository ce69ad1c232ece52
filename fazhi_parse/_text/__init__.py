"""Stage 1, text: the normalized view of the source and the readers every later stage shares.

Entry: :func:`~fazhi_parse._text.normalize.normalize` → ``NormalizedText`` (the view, with
an offset map back to the source). Also here: Traditional→Simplified conversion (``t2s``),
mojibake detection (``mojibake``), dates as pages print them (``dates``), quotation and
bracket masks (``masks``) and the cleaning of titles and names (``clean``).
"""
