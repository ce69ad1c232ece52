"""Stage 3, outline: which numbered lines are headings, how they nest, and the measures.

Entry: :func:`~fazhi_parse._outline.build.build_outline` → ``Tree`` (``state``), the
working tree that later stages refine; :func:`~fazhi_parse._outline.measures.find_measures`
fills its items (一是… 第一，…) once the parts stage has settled the sections.
"""
