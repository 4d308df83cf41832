"""Each deal keeps its pipeline: a custom choice column on Opportunity, one option a pipeline.

Dynamics 365 Sales has one opportunity table for every sales process; SmartDesk deals belong
to one of several pipelines. Stage decisions carry a deal's stage into ``salesstage`` /
``stepname`` / ``closeprobability``, but the pipeline itself would be lost, and with it the
way an org tells its sales processes apart (views, charts, the business process flow an admin
builds per pipeline, listed in the scope document). So the proposal adds one manifest row: a
``<prefix>_smartdeskpipeline`` choice column on opportunity whose options are the pipelines'
names (numbered from 100,000,000 in the pipelines file's order), filled from the deal's
pipeline id. Like every custom column it is created from the manifest (by the run when the
parameters allow it, else by the customer's admin) and mapped like one.
"""

from __future__ import annotations

import json
from typing import Any

import polars as pl

from d365migrate.mapping.manifest import MANIFEST_SCHEMA, OPTION_VALUE_START, PIPELINE_LABEL
from d365migrate.report.plain import DEFAULT_SOURCE_CRM

#: The logical and schema names stay whatever the CRM (delta runs and existing orgs find the
#: column by them); the label the proposal gives is the default CRM's, which the manifest's
#: writer and ``apply_manifest`` put in the export's CRM's name (``manifest.named_for``).
LOGICAL, SCHEMA = "smartdeskpipeline", "SmartDeskPipeline"
LABEL = PIPELINE_LABEL.format(crm=DEFAULT_SOURCE_CRM)


def pipeline_column(deals: pl.DataFrame, deals_source: str, stages: pl.DataFrame,
                    publisher_prefix: str = "new") -> dict[str, Any] | None:
    """The manifest row of the pipeline choice column, or None when the deals have no column
    whose values are the pipelines' ids (``stages``: ``propose._stage_rows``' frame)."""
    if "pipeline_id" not in stages.columns:
        return None
    name = "pipeline_name" if "pipeline_name" in stages.columns else "pipeline_id"
    pipes = (stages.select(pl.col("pipeline_id").cast(pl.Utf8).str.strip_chars(),
                           pl.col(name).cast(pl.Utf8).str.strip_chars().alias("label"))
             .drop_nulls("pipeline_id").unique("pipeline_id", maintain_order=True))
    ids = set(pipes["pipeline_id"].to_list())
    column = None
    for c in deals.columns:  # the deals' column whose values are pipeline ids
        values = deals[c].drop_nulls().cast(pl.Utf8).str.strip_chars()
        if "pipeline" in c.lower() and values.len() and values.is_in(list(ids)).mean() >= 0.9:
            column = c
            break
    if column is None:
        return None
    options, values, seen = [], {}, {}
    for pid, label in pipes.iter_rows():
        label = label or pid
        if label not in seen:  # two pipelines of one name are one option
            seen[label] = OPTION_VALUE_START + len(options)
            options.append({"label": label, "value": seen[label]})
        values[pid] = seen[label]
    row = {"object": "deal", "source_table": deals_source, "source_column": column,
           "target_table": "opportunity", "label": LABEL, "source_type": "choice",
           "dataverse_type": "Picklist", "logical_name": f"{publisher_prefix}_{LOGICAL}",
           "schema_name": f"{publisher_prefix}_{SCHEMA}", "max_length": None,
           "precision": None, "format": None,
           "options": json.dumps(options, ensure_ascii=False),
           "values": json.dumps(values, ensure_ascii=False), "defined": True, "create": True,
           "notes": "the deal's pipeline, so one org tells its sales processes apart (one "
                    "business process flow per pipeline: see the scope document)"}
    return {k: row.get(k) for k in MANIFEST_SCHEMA}


def with_pipeline_column(manifest: pl.DataFrame, deals: pl.DataFrame, deals_source: str,
                         stages: pl.DataFrame, publisher_prefix: str = "new") -> pl.DataFrame:
    """The manifest with the pipeline column added (unless a row already fills it)."""
    row = pipeline_column(deals, deals_source, stages, publisher_prefix)
    if row is None or manifest.filter(
            (pl.col("target_table") == "opportunity")
            & ((pl.col("logical_name") == row["logical_name"])
               | ((pl.col("source_table") == deals_source)
                  & (pl.col("source_column") == row["source_column"])))).height:
        return manifest
    return pl.concat([manifest, pl.DataFrame([row], schema=MANIFEST_SCHEMA)])


__all__ = ["pipeline_column", "with_pipeline_column"]
