"""Stage 4, parts: the five statutory parts (A–E) of the 2019 regulation.

Entry: :func:`~fazhi_parse._parts.assign.assign_kinds` gives every top-level section of the
working tree its part and adds the parts that have no heading; ``headings`` reads the part a
heading names (with the cues of a :class:`~fazhi_parse.lexicon.Lexicon`); ``compliance``
builds the ``Part`` records of the model (present, standalone, where).
"""
