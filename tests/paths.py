"""Where the test fixtures are: the repository root and the bundled seed reports."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The repository root."""
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
"""The five seed reports, as scraped (read them with ``newline=""``)."""
CORPUS = sorted((ROOT.parent / "shared" / "corpus" / "gwr").glob("*.txt"))
"""The long documents of the neighbouring genre, when ``../shared`` is beside the checkout."""
