# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # A tour of fazhi_parse
#
# This notebook parses the five seed reports shipped with the repository, shows their
# outlines, gathers their metrics into one DataFrame and charts which of the five parts
# required by the 2019 regulation each report contains.
#
# It is kept as a [jupytext](https://jupytext.readthedocs.io) percent script: open it in
# Jupyter with jupytext installed (`pip install --group notebook`, or
# `pip install jupytext pandas matplotlib`), or convert it with
# `jupytext --to ipynb examples/tour.py`.

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

import fazhi_parse
from fazhi_parse.export.display import render_tree
from fazhi_parse.export.records import to_pandas

# The seeds live at the top of the repository; find them from wherever this runs.
ROOT = next(p for p in [Path.cwd(), *Path.cwd().parents] if (p / "seeds").is_dir())
paths = sorted((ROOT / "seeds").glob("*.txt"))
reports = {path.stem.split("_")[0]: fazhi_parse.parse_file(path) for path in paths}
{name: report.title for name, report in reports.items()}

# %% [markdown]
# ## One report
#
# A report renders as a collapsible tree: top-level parts open, their statutory kind as a
# badge, implicit sections and repaired numerals marked, metrics highlighted (hover for
# the value and unit). Click a measure to see its raw text.

# %%
report = reports["002"]
report

# %% [markdown]
# The same outline as text, as `fazhi-parse --format tree` prints it:

# %%
print(render_tree(reports["001"]))

# %% [markdown]
# Every node has a span into the untouched source. `highlight` shows a node where it
# stands in the raw text — here the first measure of the report:

# %%
first_measure = next(
    (node for node in report.walk() if isinstance(node, fazhi_parse.Measure)), None
)
report.highlight(first_measure or report.sections[0], context=40)

# %% [markdown]
# ## The outline of all five, as a table

# %%
sections = to_pandas(reports, "sections")
sections[["report_id", "section_id", "marker", "title", "kind", "implicit"]].head(12)

# %%
summary = (
    pd.DataFrame(
        {
            "sections": sections.groupby("report_id").size(),
            "top-level": sections[sections["depth"] == 0].groupby("report_id").size(),
            "measures": to_pandas(reports, "measures").groupby("report_id").size(),
            "diagnostics": pd.Series({k: len(r.diagnostics) for k, r in reports.items()}),
        }
    )
    .fillna(0)
    .astype(int)
)
summary

# %% [markdown]
# ## Metrics of all five reports in one DataFrame
#
# One row per quantity: its value (万 and 亿 applied), unit, kind, qualifier, the
# section it sits in (its id) and the statutory part of that section.

# %%
metrics = to_pandas(reports, "metrics")
metrics[
    ["report_id", "section_id", "kind", "value", "unit", "metric_kind", "qualifier", "text"]
].head(15)

# %%
per_kind = pd.crosstab(metrics["report_id"], metrics["metric_kind"]).reindex(
    list(reports), fill_value=0
)
per_kind

# %% [markdown]
# ## Which statutory parts does each report contain?
#
# The 2019 regulation asks every report for five parts: achievements, problems, the
# leaders' duty, plans, and other matters. A missing part is what a reviewer looks for
# first.

# %%
parts = to_pandas(reports, "parts")
present = (
    parts.pivot(index="report_id", columns="kind", values="present")
    .reindex(columns=[k.value for k in fazhi_parse.SectionKind])
    .fillna(False)
    .astype(bool)
)
present

# %%
fig, (left, right) = plt.subplots(1, 2, figsize=(11, 3.2), width_ratios=[1.2, 1])
left.imshow(present.to_numpy(dtype=float), cmap="Greens", vmin=0, vmax=1.3, aspect="auto")
left.set_xticks(range(len(present.columns)), present.columns, rotation=30, ha="right")
left.set_yticks(range(len(present.index)), present.index)
for (row, col), value in pd.DataFrame(present.to_numpy()).stack().items():
    left.text(col, row, "yes" if value else "–", ha="center", va="center")
left.set_title("Statutory parts present")

counts = metrics.groupby("report_id").size().reindex(list(reports), fill_value=0)
right.barh(counts.index, counts.to_numpy(), color="tab:green")
right.invert_yaxis()
right.set_title("Metrics found per report")
right.set_xlabel("quantities")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Round trip through JSON
#
# Reports serialize to JSON and back exactly, with a JSON Schema shipped in the package.

# %%
text = report.to_json()
assert fazhi_parse.Report.from_json(text) == report
f"{len(text):,} characters of JSON for {len(report.source):,} characters of report"
