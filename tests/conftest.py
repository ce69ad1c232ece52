"""Hypothesis profiles for the property tests.

- ``dev`` (default): about 100 examples per test, random, with the example database.
- ``ci``: deterministic (``derandomize``), no database, no shrinking, failing examples
  printed as blobs, and few enough examples that the whole property suite stays well under
  a minute on two cores. Loaded when ``CI`` is set (overriding Hypothesis' own ``ci`` profile) or by name.
- ``fuzz``: a long run for hunting bugs, e.g.
  ``HYPOTHESIS_PROFILE=fuzz python -m pytest -q tests/test_properties.py tests/test_invariants.py``.

``HYPOTHESIS_PROFILE`` selects a profile by name.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, Phase, settings


def pytest_configure(config: pytest.Config) -> None:
    # When a property fails, Hypothesis' pytest plugin imports libcst to write a patch file;
    # libcst defines a class with mypy_extensions.TypedDict, which warns, and with
    # ``filterwarnings = error`` that warning would turn the failure report into an
    # INTERNALERROR that hides the falsifying example.
    config.addinivalue_line(
        "filterwarnings", "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
    )


settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=40,
    derandomize=True,
    database=None,
    print_blob=True,
    deadline=None,
    # no shrinking: a failure prints its blob, and `@reproduce_failure` under the dev
    # profile shrinks it locally; CI time stays bounded (shrinking a report takes minutes)
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    max_examples=5000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)
