"""Data-quality profile of an export, ranked by what it does to the Dynamics 365 load.

The profile answers the questions a migration lead is asked before quoting: how much data,
how dirty, what will fail on load (missing owners, invalid emails Dataverse rejects,
attachments above the 5 MB default limit, values longer than the target column), and what
will merely look wrong (duplicates, orphans, mixed formats). Everything is a polars
DataFrame so a notebook can display it; the work is vectorised and duplicate detection
(:mod:`d365migrate.intake.duplicates`) uses blocking + rapidfuzz's batched scorer, so a
1M-contact export profiles in seconds. Values are read as staging reads them: under each
column's ``IntakeGuess.value_format``, with :mod:`d365migrate.intake.values`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from d365migrate.dataverse.limits import MAX_UPLOAD_FILE_BYTES
from d365migrate.intake.column_stats import Check, table_stats
from d365migrate.intake.discover import Discovery, ObjectInfo, col_norm
from d365migrate.intake.duplicates import duplicates, find_column, finding
from d365migrate.intake.found import table_and_column
from d365migrate.intake.number_values import parse_numbers
from d365migrate.intake.parts import repeated_keys
from d365migrate.intake.read import Export
from d365migrate.intake.values import TRUE

__all__ = ["Profile", "profile_export", "profile_charts", "D365_ATTACHMENT_LIMIT",
           "D365_MAX_LENGTH", "SEVERITY_ORDER"]

#: Dataverse default maximum attachment size (Settings > Email > "Maximum file size").
D365_ATTACHMENT_LIMIT = MAX_UPLOAD_FILE_BYTES
SEVERITY_ORDER = {"blocker": 0, "high": 1, "medium": 2, "low": 3, "info": 4}

#: MaxLength of the standard Dataverse columns SmartDesk fields land in, keyed by
#: (object kind, normalised source column). Longer values are truncated or rejected.
D365_MAX_LENGTH: dict[tuple[str, str], int] = {
    ("contact", "firstname"): 50, ("contact", "lastname"): 50, ("contact", "email"): 100,
    ("contact", "jobtitle"): 100, ("contact", "title"): 100, ("contact", "phone"): 50,
    ("contact", "mobile"): 50, ("contact", "mobilephone"): 50,
    ("account", "name"): 160, ("account", "website"): 200, ("account", "phone"): 50,
    ("account", "city"): 80, ("account", "postalcode"): 20, ("account", "state"): 50,
    ("account", "country"): 80, ("account", "street"): 250,
    ("lead", "firstname"): 50, ("lead", "lastname"): 50, ("lead", "email"): 100,
    ("lead", "companyname"): 100, ("lead", "company"): 100, ("lead", "phone"): 50,
    ("deal", "name"): 300, ("task", "title"): 200, ("task", "subject"): 200,
    ("activity", "subject"): 200, ("ticket", "subject"): 200,
    ("attachment", "filename"): 255, ("user", "email"): 100,
}


@dataclass
class Profile:
    """Per-object and per-column profile plus ranked findings, as polars DataFrames."""

    objects: pl.DataFrame
    columns: pl.DataFrame
    duplicates: pl.DataFrame  # summary per object and rule
    duplicate_pairs: pl.DataFrame  # sample pairs for review
    orphans: pl.DataFrame
    owners: pl.DataFrame
    findings: pl.DataFrame
    attachments: dict[str, Any] = field(default_factory=dict)
    inventory: dict[str, pl.DataFrame] = field(default_factory=dict)
    problems: pl.DataFrame = field(default_factory=pl.DataFrame)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form (DataFrames as lists of rows)."""
        frames = {k: getattr(self, k) for k in ("objects", "columns", "duplicates",
                                                 "duplicate_pairs", "orphans", "owners",
                                                 "findings", "problems")}
        out: dict[str, Any] = {k: v.to_dicts() for k, v in frames.items()}
        out["attachments"] = self.attachments
        out["inventory"] = {k: v.to_dicts() for k, v in self.inventory.items()}
        return out


# ------------------------------------------------------------------ columns

def _check(obj: ObjectInfo, c: str, t: str, g: Any) -> Check:
    """What column ``c`` (typed ``t``) is checked for, its values read as staging reads them
    (under its ``IntakeGuess.value_format``), and the Dynamics 365 length it must fit."""
    limit = D365_MAX_LENGTH.get((obj.name, col_norm(c)))
    if t in {"date", "datetime"} or t in {"integer", "decimal", "money"}:
        return Check("date" if t in {"date", "datetime"} else "number",
                     g.value_format(c) if g else None, limit)
    if t == "email" or (col_norm(c).endswith("email") and t in {"string", "picklist"}):
        return Check("email", None, limit)
    return Check(t if t in {"phone", "url"} else "", None, limit)


_RULES = {"date": "unparseable date", "number": "unparseable number", "email": "invalid email",
          "phone": "invalid phone", "url": "invalid URL"}


def _column_profile(obj: ObjectInfo, df: pl.DataFrame, export: Export,
                    findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    n = df.height
    types = {c["name"]: c["type"] for c in obj.columns}
    g = export.guesses.get(obj.source)
    if n == 0:
        return [{"object": obj.name, "source": obj.source, "column": c, "type": types.get(c),
                 "count": 0, "nulls": 0, "null_rate": 0.0, "distinct": 0} for c in df.columns]
    checks = {c: _check(obj, c, types.get(c, "string"), g) for c in df.columns}
    stats = table_stats(df, checks)  # the whole table's statistics in a few queries
    rows: list[dict[str, Any]] = []
    for c in df.columns:
        t = types.get(c, "string")
        st, check = stats[c], checks[c]
        nulls = st.nulls
        row: dict[str, Any] = {
            "object": obj.name, "source": obj.source, "column": c, "type": t, "count": n,
            "nulls": nulls, "null_rate": round(nulls / n, 4),
            "distinct": st.distinct - (1 if nulls else 0),
            "top_values": st.top_values, "pattern": st.pattern,
            "min": None if st.min is None else (str(st.min) if check.kind == "date"
                                                else st.min),
            "max": None if st.max is None else (str(st.max) if check.kind == "date"
                                                else st.max),
            "max_length": st.max_length, "invalid": 0, "invalid_rule": "",
            "invalid_examples": "",
        }
        invalid = (st.invalid, _RULES[check.kind], st.invalid_examples) if check.kind else None
        if invalid is not None and invalid[0]:
            row["invalid"] = invalid[0]
            row["invalid_rule"] = invalid[1]
            row["invalid_examples"] = "; ".join(invalid[2])
            sev = "high" if invalid[1] in {"invalid email", "unparseable date",
                                           "unparseable number"} else "medium"
            fix = {
                "invalid email": "Dataverse rejects malformed email addresses; fix or blank "
                                 "them in staging",
                "unparseable date": "set date_formats for this column in the parameters file "
                                    "or correct the values",
                "unparseable number": "set decimal_separator in the parameters file or "
                                      "correct the values",
                "invalid phone": "normalise phone numbers (E.164) in staging",
                "invalid URL": "normalise URLs (add https://) or blank them",
            }[invalid[1]]
            findings.append(finding(sev, obj, c, f"{invalid[0]:,} {invalid[1]} value(s)",
                                     invalid[0], n, fix, row["invalid_examples"]))
        limit = check.limit
        if limit and (row["max_length"] or 0) > limit:
            over = st.over_limit
            findings.append(finding(
                "high", obj, c, f"{over:,} value(s) longer than the Dynamics 365 column "
                f"({limit} characters)", over, n, "truncate in staging or map to a longer "
                "custom column"))
        if t in {"date", "datetime"} and g and c in g.ambiguous_dates:
            findings.append(finding(
                "medium", obj, c, "day/month order is ambiguous (no day above 12); "
                f"read as {g.date_formats.get(c)}", n - nulls, n,
                "confirm the date format with the customer and set it in the parameters "
                "file"))
        rows.append(row)
    return rows


# ------------------------------------------------------------------ orphans & owners

def _orphans(discovery: Discovery, export: Export,
             findings: list[dict[str, Any]]) -> pl.DataFrame:
    rows: list[dict[str, Any]] = []
    by_src = {o.source: o for o in discovery.objects}
    seen_poly: set[str] = set()
    for r in discovery.relationships:
        src, col = table_and_column(r.from_)
        tsrc, tcol = table_and_column(r.to)
        obj = by_src.get(src)
        if obj is None or r.kind in {"name", "email_domain"}:
            continue
        df = export.tables[src]
        if r.kind == "polymorphic" and r.via:
            if r.from_ in seen_poly:
                continue
            seen_poly.add(r.from_)
            targets = {by_src[table_and_column(t.to)[0]].name: t.to for t in discovery.relationships
                       if t.from_ == r.from_}
            from d365migrate.intake.discover import _object_kind_from_word

            for ptype in df[r.via].drop_nulls().unique().sort().to_list():
                kind = _object_kind_from_word(ptype)
                target = targets.get(kind)
                sub = df.filter(pl.col(r.via) == ptype)[col].drop_nulls()
                if target is None:
                    rows.append(_orph_row(r.from_ + f"[{ptype}]", "(no table)", sub,
                                          pl.Series([], dtype=pl.Utf8)))
                    continue
                ts, tc = table_and_column(target)
                rows.append(_orph_row(r.from_ + f"[{ptype}]", target, sub,
                                      export.tables[ts][tc]))
            continue
        vals = df[col].drop_nulls()
        if vals.head(1000).str.contains(";").mean() > 0.05:
            continue  # multi-valued recipients lists are not lookups
        rows.append(_orph_row(r.from_, r.to, vals, export.tables[tsrc][tcol]))
    out = pl.DataFrame(rows, schema={"relationship": pl.Utf8, "to": pl.Utf8, "rows": pl.Int64,
                                     "orphans": pl.Int64, "orphan_rate": pl.Float64,
                                     "examples": pl.Utf8})
    for row in out.filter(pl.col("orphans") > 0).iter_rows(named=True):
        src, col = table_and_column(row["relationship"])
        obj = by_src.get(src)
        owner_like = bool(re.search(r"(?i)owner|assignee|author", col))
        if owner_like:
            continue  # reported by the owner check
        sev = "high" if row["orphan_rate"] > 0.05 else "medium"
        findings.append(finding(
            sev, obj, col, f"{row['orphans']:,} reference(s) to missing {row['to']} "
            f"({row['orphan_rate']:.1%})", row["orphans"], obj.rows if obj else row["rows"],
            "the lookup will be left empty; ask the customer for the missing records or "
            "accept the loss", row["examples"]))
    return out


def _orph_row(rel: str, to: str, vals: pl.Series, target: pl.Series) -> dict[str, Any]:
    miss = vals.filter(~vals.is_in(target.drop_nulls().unique().implode()))
    return {"relationship": rel, "to": to, "rows": vals.len(), "orphans": miss.len(),
            "orphan_rate": round(miss.len() / vals.len(), 4) if vals.len() else 0.0,
            "examples": "; ".join(miss.unique(maintain_order=True).head(3).to_list())}


def _owners(discovery: Discovery, export: Export,
            findings: list[dict[str, Any]]) -> pl.DataFrame:
    """Every owner/assignee email referenced, with whether a usable user exists."""
    user_src = discovery.source("user")
    users = export.tables.get(user_src) if user_src else None
    ucols = users.columns if users is not None else []
    u_email = find_column(ucols, "email", "username")
    u_active = find_column(ucols, "active", "isactive", "enabled")
    refs: list[pl.DataFrame] = []
    for o in discovery.objects:
        if o.name in {"user", "unknown", "workflow", "email_template", "campaign"}:
            continue
        df = export.tables[o.source]
        for c in df.columns:
            if re.search(r"(?i)(owner|assignee|author|assigned)", c) and (
                    "email" in c.lower() or c.lower().endswith("id")):
                refs.append(df.select(pl.col(c).str.strip_chars().str.to_lowercase()
                                      .alias("owner")).drop_nulls()
                            .with_columns(pl.lit(o.name).alias("object")))
    schema = {"owner": pl.Utf8, "records": pl.UInt32, "objects": pl.Utf8, "in_users": pl.Boolean,
              "active": pl.Boolean}
    if not refs:
        return pl.DataFrame(schema=schema)
    allrefs = pl.concat(refs)
    owners = allrefs.group_by("owner").agg(
        pl.len().cast(pl.UInt32).alias("records"),
        pl.col("object").unique().sort().str.join(", ").alias("objects")).sort(
        ["records", "owner"], descending=[True, False])  # ties by owner: the same each run
    if users is not None and u_email:
        ut = users.select(pl.col(u_email).str.strip_chars().str.to_lowercase().alias("owner"),
                          (pl.col(u_active).str.strip_chars().str.to_lowercase().is_in(
                              list(TRUE)) if u_active
                           else pl.lit(True)).alias("active")).unique(
            "owner", keep="first", maintain_order=True)
        owners = owners.join(ut.with_columns(pl.lit(True).alias("in_users")), on="owner",
                             how="left", maintain_order="left").with_columns(
            pl.col("in_users").fill_null(False))
    else:
        owners = owners.with_columns(pl.lit(False).alias("in_users"),
                                     pl.lit(None, dtype=pl.Boolean).alias("active"))
    owners = owners.select(list(schema))
    total = int(owners["records"].sum())
    missing = owners.filter(~pl.col("in_users"))
    if missing.height:
        findings.append(finding(
            "blocker", None, "owner", f"{missing.height} owner(s) not in the users export "
            f"own {int(missing['records'].sum()):,} record(s)", int(missing["records"].sum()),
            total, "provision these users in Dynamics 365 (or choose a fallback owner) "
            "before the load - owner resolution is blocking",
            "; ".join(missing["owner"].head(5).to_list())))
    inactive = owners.filter(pl.col("in_users") & (pl.col("active") == False))  # noqa: E712
    if inactive.height:
        findings.append(finding(
            "high", None, "owner", f"{inactive.height} disabled user(s) own "
            f"{int(inactive['records'].sum()):,} record(s)", int(inactive["records"].sum()),
            total, "reassign to an active user or create the user disabled after the load; "
            "activities owned by disabled users fail silently",
            "; ".join(inactive["owner"].head(5).to_list())))
    return owners


# ------------------------------------------------------------------ attachments

def _attachments(discovery: Discovery, export: Export,
                 findings: list[dict[str, Any]]) -> dict[str, Any]:
    src = discovery.source("attachment")
    if not src:
        return {"count": 0, "total_bytes": 0, "files_present": 0, "missing": 0,
                "over_limit": 0, "size_mismatch": 0, "largest_bytes": 0}
    df = export.tables[src]
    obj = discovery.by_source(src)
    path_col = find_column(df.columns, "path", "filepath", "location", "url")
    size_col = find_column(df.columns, "sizebytes", "size", "filesize", "bodylength", "contentsize")
    sizes_declared = (parse_numbers(df[size_col]).values if size_col
                      else pl.Series([None] * df.height, dtype=pl.Float64))
    actual: list[int | None] = []
    if path_col:
        for p in df[path_col].to_list():
            actual.append(export.file_size(p) if p else None)
    else:
        actual = [None] * df.height
    act = pl.Series("actual", actual, dtype=pl.Int64)
    eff = pl.select(pl.coalesce(act.cast(pl.Float64), sizes_declared)).to_series()
    missing = int(act.is_null().sum()) if path_col else 0
    mismatch = int(((act.cast(pl.Float64) != sizes_declared) & act.is_not_null()
                    & sizes_declared.is_not_null()).sum())
    over = int((eff > D365_ATTACHMENT_LIMIT).sum())
    info = {"count": df.height, "total_bytes": int(eff.sum() or 0),
            "files_present": int(act.is_not_null().sum()), "missing": missing,
            "over_limit": over, "size_mismatch": mismatch,
            "largest_bytes": int(eff.max() or 0)}
    if missing and path_col:
        ex = df.filter(act.is_null())[path_col].head(3).to_list()
        findings.append(finding("high", obj, path_col, f"{missing:,} attachment file(s) "
                                 "listed but missing from the export", missing, df.height,
                                 "ask the customer to re-export the files",
                                 "; ".join(str(x) for x in ex)))
    if over:
        findings.append(finding("high", obj, size_col, f"{over:,} attachment(s) above the "
                                 "5 MB Dynamics 365 default attachment limit", over,
                                 df.height, "raise the organisation's maximum attachment "
                                 "size (up to 128 MB) or store these files in SharePoint"))
    if mismatch:
        findings.append(finding("low", obj, size_col, f"{mismatch:,} attachment(s) whose "
                                 "size differs from size_bytes", mismatch, df.height,
                                 "trust the file; the listed size is stale"))
    return info


# ------------------------------------------------------------------ entry points

def _split_table(obj: ObjectInfo, df: pl.DataFrame) -> list[dict[str, Any]]:
    """A table in several files (intake/parts.py): its files, and the keys repeated across
    them (each naming both files and rows: staging keeps the first and skips the others)."""
    if not obj.files:
        return []
    each = ", ".join(f"{f['file']} ({f['rows']:,} rows)" for f in obj.files)
    out = [finding("low", obj, None, f"one table in {len(obj.files)} files, read as one: "
                   f"{each}", 0, obj.rows, "nothing to do; each file's rows are counted in "
                   "the reconciliation")]
    key = obj.files[0].get("key") or obj.primary_key  # the key the files were joined on
    if key and key in df.columns and obj.name not in {"pipeline", "custom_field"}:
        n, shown = repeated_keys(df, key, obj.files)
        if n:
            out.append(finding("high", obj, key, f"{n:,} {key} value(s) repeated across the "
                               f"files of one table: {'; '.join(shown[:5])}", n, obj.rows,
                               "the first file's row moves and the later ones are skipped as "
                               "duplicates; ask the customer whether the parts overlap",
                               "; ".join(shown)))
    return out


def profile_export(export: Export, discovery: Discovery) -> Profile:
    """Profile every discovered object and rank the data-quality findings."""
    findings: list[dict[str, Any]] = []
    col_rows: list[dict[str, Any]] = []
    dup_rows: list[dict[str, Any]] = []
    pair_frames: list[pl.DataFrame] = []
    obj_rows: list[dict[str, Any]] = []
    for obj in discovery.objects:
        df = export.tables[obj.source]
        col_rows.extend(_column_profile(obj, df, export, findings))
        if obj.name in {"pipeline", "custom_field", "workflow", "email_template",
                        "campaign"}:
            summary: list[dict[str, Any]] = []
        else:
            summary, pairs = duplicates(obj, df, findings)
            pair_frames.extend(p for p in pairs if p.height)
        findings.extend(_split_table(obj, df))
        dup_rows.extend(summary)
        obj_rows.append({
            "object": obj.name, "source": obj.source, "rows": obj.rows,
            "columns": len(obj.columns), "primary_key": obj.primary_key,
            "confidence": obj.confidence,
            "exact_duplicates": next((s["records"] for s in summary
                                      if s["rule"] == "exact_row"), 0),
        })
        if obj.name == "unknown":
            findings.append(finding("medium", obj, None, f"'{obj.source}' was not "
                                     "recognised as a CRM object", obj.rows, obj.rows,
                                     "map it by hand in the parameters file or exclude it"))
    orphans = _orphans(discovery, export, findings)
    owners = _owners(discovery, export, findings)
    attachments = _attachments(discovery, export, findings)
    for p in export.problems:
        if p.severity == "error":
            findings.append({"severity": "high", "object": None, "source": p.file,
                             "column": None, "finding": _at_line(p.line, p.problem),
                             "affected": 1, "rows": 1, "share": 0.0,
                             "recommendation": "fix the file or accept the listed loss",
                             "examples": ""})
    for cf in discovery.custom_fields:
        if cf.defined and not cf.present:
            findings.append(finding("low", None, cf.column, f"custom field {cf.column} is "
                                     f"defined for {cf.object} but absent from the data", 0, 0,
                                     "skip it or ask for a fuller export"))
    inventory = {}
    for kind in ("pipeline", "user", "workflow", "email_template", "campaign",
                 "custom_field"):
        src = discovery.source(kind)
        if src:
            inventory[kind] = export.tables[src]
    fdf = pl.DataFrame(findings, schema={
        "severity": pl.Utf8, "object": pl.Utf8, "source": pl.Utf8, "column": pl.Utf8,
        "finding": pl.Utf8, "affected": pl.Int64, "rows": pl.Int64, "share": pl.Float64,
        "recommendation": pl.Utf8, "examples": pl.Utf8})
    fdf = (fdf.with_columns(pl.col("severity").replace_strict(SEVERITY_ORDER, default=9)
                            .alias("_sev"))
           .sort(["_sev", "affected"], descending=[False, True]).drop("_sev")
           .with_row_index("rank", offset=1))
    dup_schema = {"object": pl.Utf8, "source": pl.Utf8, "rule": pl.Utf8, "records": pl.Int64,
                  "share": pl.Float64, "skipped_in_large_blocks": pl.Int64}
    dups = pl.DataFrame([{k: r.get(k) for k in dup_schema} for r in dup_rows],
                        schema=dup_schema)
    pairs_df = (pl.concat(pair_frames, how="diagonal_relaxed") if pair_frames
                else pl.DataFrame(schema={"source": pl.Utf8, "rule": pl.Utf8}))
    problems = pl.DataFrame([p.to_dict() for p in export.problems],
                            schema={"file": pl.Utf8, "line": pl.Int64, "problem": pl.Utf8,
                                    "severity": pl.Utf8})
    # every row read for the types: SAP's tables have hundreds of columns, numbers' bounds
    # first and a date's (text) after the hundredth
    return Profile(pl.DataFrame(obj_rows), pl.DataFrame(col_rows, infer_schema_length=None),
                   dups, pairs_df, orphans, owners, fdf, attachments, inventory, problems)


def profile_charts(profile: Profile) -> dict[str, str]:
    """The profile's charts as inline SVG (``report.svg_charts``), for notebook 01 and the
    scope document: record volume per object, findings by severity, fill rate, duplicates."""
    from d365migrate.report.svg_charts import Series, bar_chart

    charts: dict[str, str] = {}
    obj = profile.objects.sort("rows", descending=True)
    labels = [f"{s} ({o.replace('_', ' ')})"  # as the scope's table names the object
              for s, o in zip(obj["source"], obj["object"], strict=True)]
    charts["volumes"] = bar_chart(labels, [Series("records", obj["rows"].to_list(),
                                                  "#2b6cb0")],
                                  title="Record volume per object", axis="records",
                                  alt="Records per object of the export")

    sev = profile.findings.group_by("severity").agg(pl.len().alias("n"))
    order = [s for s in SEVERITY_ORDER if s in sev["severity"].to_list()]
    counts = dict(sev.iter_rows())
    colors = {"blocker": "#c53030", "high": "#dd6b20", "medium": "#d69e2e", "low": "#38a169",
              "info": "#718096"}
    charts["findings"] = bar_chart(order, [Series("findings", [counts[s] for s in order],
                                                  "#718096")],
                                   colours=[colors[s] for s in order], axis="findings",
                                   title="Data-quality findings by severity",
                                   alt="Data-quality findings by severity")

    cols = profile.columns.filter(pl.col("object").is_in(["account", "contact", "lead",
                                                          "deal"]))
    if cols.height:
        fill = (cols.group_by("source", maintain_order=True)
                .agg((1 - pl.col("null_rate")).mean().alias("fill")))
        charts["fill_rate"] = bar_chart(
            fill["source"].to_list(), [Series("% filled", (fill["fill"] * 100).to_list(),
                                              "#319795")],
            top=100, axis="% of cells filled", title="Average field fill rate",
            notes=[f"{v * 100:.0f}%" for v in fill["fill"].to_list()],
            alt="Average share of cells filled, per file")

    if profile.duplicates.height:
        d = (profile.duplicates.filter(pl.col("records") > 0)
             .group_by("source").agg(pl.col("records").sum())
             .sort(["records", "source"], descending=[True, False]))
        if d.height:
            charts["duplicates"] = bar_chart(
                d["source"].to_list(), [Series("records", d["records"].to_list(), "#805ad5")],
                title="Duplicate records (all rules)", axis="records",
                alt="Records that look duplicated, per file")
    return charts


def _at_line(line: int | None, problem: str) -> str:
    """The problem with its line, once (the reader's texts often name it already)."""
    if not line or problem.startswith(f"line {line}"):
        return problem
    return f"line {line}: {problem}"
