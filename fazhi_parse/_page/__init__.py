"""Stage 2, page: where the page chrome, the title, the body, the closing and the signature are.

Entry: :func:`~fazhi_parse._page.layout.find_layout` → ``Layout`` (``state``). The head
(``head``) and the tail (``tail``) of the page are read one short line at a time with the
line classifiers of ``lines`` and ``title``; the metadata block with ``metadata``. Tables
(data only): ``tables``.
"""
