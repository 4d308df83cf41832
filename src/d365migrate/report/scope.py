"""Customer-facing migration scope document (one self-contained HTML file).

Discovery ends with a written scope: what will move, how big it is, how hard it is and
how long the load takes, plus what does *not* move and where to rebuild it in Dynamics 365.
The grade and the load estimate follow explicit, printed rules so the customer can check
the arithmetic; charts are inline SVG so the file opens offline and can be e-mailed.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import replace
from pathlib import Path
from typing import Any

import polars as pl
from jinja2 import Environment, FileSystemLoader, select_autoescape

from d365migrate.intake.discover import Discovery
from d365migrate.intake.profile import D365_ATTACHMENT_LIMIT, Profile, profile_charts
from d365migrate.intake.values import boolean_expr
from d365migrate.load.estimate import (
    ServiceLimits,
    daily_entitlement,
    estimate_load,
    identities_for_window,
)
from d365migrate.report.plain import DEFAULT_SOURCE_CRM
from d365migrate.report.reading import READING_NOTES, reading_notes
from d365migrate.words import a_or_an

__all__ = ["render_scope_html", "build_estimate", "complexity_grade", "chart_images",
           "D365_TARGETS", "DATAVERSE_LIMITS"]

#: Where each object of the export lands in Dynamics 365 Sales, and whether it is 1:1.
D365_TARGETS: dict[str, tuple[str, str]] = {
    "account": ("Account", "1:1"),
    "contact": ("Contact", "1:1"),
    "lead": ("Lead", "1:1"),
    "deal": ("Opportunity", "1:1"),
    "pipeline": ("Business process flow stages on Opportunity (one per pipeline)", "mapping"),
    "task": ("Task", "1:1"),
    "activity": ("Phone Call / Appointment / Email / Note by activity type", "mapping"),
    "note": ("Note (annotation) on the parent record", "1:1"),
    "attachment": ("Note (annotation) with file on the parent record", "1:1"),
    "custom_field": ("Custom columns, pre-created by the customer from the manifest",
                     "mapping"),
    "user": ("User (matched by email; missing users provisioned first)", "1:1"),
    "ticket": ("Case (Customer Service licence) or Note on the Account/Contact", "1:1"),
    "ticket_message": ("Email activity on the Case", "1:1"),
}
#: Where tickets land once the org is known (the map's ``ticket_routing``).
TICKET_ROUTES: dict[str, dict[str, tuple[str, str]]] = {
    "incident": {"ticket": ("Case", "1:1"),
                 "ticket_message": ("Email activity on the Case", "1:1")},
    "notes": {"ticket": ("Note on the Account, else the Contact, holding the ticket's fields "
                         "and its whole thread (this organisation has no Case table)", "1:1"),
              "ticket_message": ("Inside its ticket's note (no Case table)", "in the note")},
}
_NOT_MIGRATED = {"workflow", "email_template", "campaign"}
#: A campaigns file: Campaign records only when the parameters ask, its send-tracking never.
CAMPAIGN_TARGET = ("Campaign, when the parameters' objects name campaign; send-tracking is "
                   "rebuilt (see below)")
_DATA_KINDS = {"account", "contact", "lead", "deal", "task", "activity", "note", "attachment",
               "ticket", "ticket_message"}

#: Dataverse service-protection limits (per user, per 5-minute sliding window) and the
#: bulk-operation assumptions behind the built-in load estimate.
DATAVERSE_LIMITS: dict[str, float] = {
    "requests_per_5_min": 6000,
    "execution_seconds_per_5_min": 1200,  # 20 minutes of server time = ~4 concurrent
    "concurrent_requests": 52,
    "records_per_create_multiple": 1000,
    "ms_per_request": 100.0,  # fixed server time a request (assumption)
    "ms_per_record": 15.0,  # server time per record inside CreateMultiple (assumption)
    "seconds_per_attachment": 1.0,  # one request per file, incl. upload (assumption)
    "retry_overhead": 0.3,  # throttling back-off, retries, verification reads
    "load_window_hours": 48,  # the cutover window the load must fit (a weekend)
    "licences": 20,  # paid licences: the tenant pool application users draw from
}


def _rows(discovery: Discovery, kind: str) -> int:
    return sum(o.rows for o in discovery.objects if o.name == kind)


def complexity_grade(discovery: Discovery, profile: Profile,
                     custom_fields: int | None = None) -> dict[str, Any]:
    """Grade A-D from explicit points; every rule and its points is returned for display.
    ``custom_fields``: the field map's count of new columns, once there is a map (else the
    columns discovery found no standard field for by name)."""
    rules: list[dict[str, Any]] = []
    mapped = sorted({o.name for o in discovery.objects
                     if D365_TARGETS.get(o.name, ("", ""))[1] == "mapping"})
    pts = 2 if len(mapped) >= 4 else 1 if len(mapped) >= 2 else 0
    rules.append({"rule": "Objects needing a mapping (not 1:1)",
                  "value": f"{len(mapped)}: {', '.join(mapped) or 'none'}",
                  "thresholds": "0-1: 0 pts, 2-3: 1 pt, 4+: 2 pts", "points": pts})
    n_cf = len(discovery.custom_fields) if custom_fields is None else custom_fields
    pts = 2 if n_cf > 50 else 1 if n_cf > 10 else 0
    rules.append({"rule": "Custom fields to pre-create", "value": str(n_cf),
                  "thresholds": "0-10: 0, 11-50: 1, 51+: 2", "points": pts})
    volume = sum(o.rows for o in discovery.objects if o.name in _DATA_KINDS)
    pts = 2 if volume > 1_000_000 else 1 if volume > 100_000 else 0
    rules.append({"rule": "Records to load", "value": f"{volume:,}",
                  "thresholds": "<=100k: 0, <=1M: 1, >1M: 2", "points": pts})
    att = profile.attachments
    gb = att.get("total_bytes", 0) / 1024**3
    pts = 2 if gb > 10 or att.get("over_limit", 0) > 100 else (
        1 if gb > 1 or att.get("over_limit", 0) > 0 else 0)
    rules.append({"rule": "Attachments", "value": f"{att.get('count', 0):,} files, "
                  f"{gb:.2f} GB, {att.get('over_limit', 0)} over 5 MB",
                  "thresholds": "none over 5 MB and <=1 GB: 0; some over 5 MB or >1 GB: 1; "
                  ">100 over 5 MB or >10 GB: 2", "points": pts})
    blockers = int((profile.findings["severity"] == "blocker").sum()) if profile.findings.height \
        else 0
    unknown = sum(1 for o in discovery.objects if o.name == "unknown")
    pts = 1 if blockers or unknown else 0
    rules.append({"rule": "Blocking data issues or unrecognised files",
                  "value": f"{blockers} blocker finding(s), {unknown} unknown file(s)",
                  "thresholds": "none: 0, any: 1", "points": pts})
    total = sum(r["points"] for r in rules)
    if total <= 1:
        grade, label, weeks = "A", "Simple", "2-4 weeks"
    elif total <= 3:
        grade, label, weeks = "B", "Standard", "4-8 weeks"
    elif total <= 5:
        grade, label, weeks = "C", "Complex", "8-12 weeks"
    else:
        grade, label, weeks = "D", "Very complex", "12-16 weeks"
    return {"grade": grade, "label": label, "points": total, "rules": rules,
            "timeline": weeks, "scoped_individually": volume > 2_000_000}


def build_estimate(discovery: Discovery, profile: Profile,
                   limits: dict[str, float] | None = None) -> dict[str, Any]:
    """Load-duration estimate from Dataverse's documented service-protection limits, by the
    same model the loader runs to (``estimate.estimate_load``).

    Bulk CreateMultiple requests of ~1,000 records are bound by execution time (20 min of
    server time per 5-minute window = ~4 requests in flight), not by the 6,000-request
    cap; attachments go one request each. Scale-out: each extra application user adds
    its own limits.
    """
    lim = {**DATAVERSE_LIMITS, **(limits or {})}
    service = ServiceLimits(max_requests=int(lim["requests_per_5_min"]), window_seconds=300,
                            max_exec_ms=lim["execution_seconds_per_5_min"] * 1000,
                            max_concurrent=int(lim["concurrent_requests"]),
                            latency_ms=lim["ms_per_request"],
                            record_cost_ms=lim["ms_per_record"])
    counts = {kind: _rows(discovery, kind) for kind in
              ["account", "contact", "lead", "deal", "task", "activity", "note", "ticket",
               "ticket_message"]}
    records = estimate_load({k: n for k, n in counts.items() if n}, limits=service,
                            chunk_size=int(lim["records_per_create_multiple"]))
    tables = dict(records["tables"])
    n_att = int(profile.attachments.get("count", 0))
    if n_att:  # one request a file: the per-request cost is the upload
        files = replace(service, latency_ms=lim["seconds_per_attachment"] * 1000,
                        record_cost_ms=0.0)
        tables["attachment"] = estimate_load({"attachment": n_att}, limits=files,
                                             chunk_size=1)["tables"]["attachment"]
    total_s = sum(t["seconds"] for t in tables.values()) * (1 + lim["retry_overhead"])
    concurrency = lim["execution_seconds_per_5_min"] / 300
    window = float(lim["load_window_hours"])
    used = sum(t["entitlement_requests"] for t in tables.values())
    pool = daily_entitlement(licences=int(lim["licences"]))
    days = max(1, math.ceil(window / 24))
    users = identities_for_window(total_s, window)
    identities = {"window_hours": window, "identities": users,
                  "hours": round(total_s / 3600 / users, 2),
                  "seconds": round(total_s / users, 1),
                  "entitlement_per_day": pool, "entitlement_within_window": used <= pool * days,
                  "entitlement_days_needed": math.ceil(used / pool)}
    return {
        "source": "built-in (Dataverse service-protection limits, d365migrate.load.estimate)",
        "requests": sum(t["requests"] for t in tables.values()),
        "entitlement_requests": sum(t["entitlement_requests"] for t in tables.values()),
        "load_hours": round(total_s / 3600, 2),
        "load_hours_4_users": round(total_s / 3600 / 4, 2),
        "identities": identities,
        "per_object": [{"object": k, "records": t["records"], "requests": t["requests"],
                        "hours": round(t["seconds"] * (1 + lim["retry_overhead"]) / 3600, 2)}
                       for k, t in tables.items()],
        "assumptions": [
            f"{int(lim['requests_per_5_min']):,} requests per 5 minutes per user",
            f"{int(lim['execution_seconds_per_5_min'] / 60)} minutes of execution time per "
            f"5 minutes per user = ~{concurrency:.0f} requests in flight",
            f"~{int(lim['records_per_create_multiple']):,} records per CreateMultiple "
            "request",
            f"~{lim['ms_per_request']:.0f} ms a request plus ~{lim['ms_per_record']:.0f} ms "
            f"server time per record; ~{lim['seconds_per_attachment']:.0f} s per attachment",
            f"+{lim['retry_overhead']:.0%} for throttling back-off, retries and "
            "verification",
            f"every record counts against the daily entitlement: "
            f"{sum(t['entitlement_requests'] for t in tables.values()):,} requests",
            f"{a_or_an(f'{window:g}-hour')} load window; application users share the "
            f"tenant's daily pool of {pool:,} requests ({int(lim['licences'])} licences)",
        ],
    }


def _fmt_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:,.1f} {unit}" if unit != "B" else f"{int(n)} B"
        n /= 1024
    return f"{n:.1f} TB"


def _inventory_rows(profile: Profile) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in ("workflow", "email_template", "campaign"):
        df = profile.inventory.get(kind)
        out[kind] = df.to_dicts() if df is not None else []
    return out


def _pipelines(profile: Profile) -> list[dict[str, Any]]:
    df = profile.inventory.get("pipeline")
    if df is None or df.height == 0:
        return []
    cols = {c.lower(): c for c in df.columns}
    pname = cols.get("pipeline_name") or cols.get("pipeline") or cols.get("pipeline_id")
    sname = cols.get("stage_name") or cols.get("stage") or cols.get("label")
    order = cols.get("stage_order") or cols.get("order")
    prob = cols.get("probability")
    if not pname or not sname:
        return []
    out = []
    for (name,), grp in df.group_by([pname], maintain_order=True):
        if order:
            grp = grp.sort(pl.col(order).cast(pl.Int64, strict=False))
        stages = [{"name": r[sname], "probability": r.get(prob) if prob else None}
                  for r in grp.iter_rows(named=True)]
        out.append({"name": name, "stages": stages})
    return out


def _users(profile: Profile) -> dict[str, Any]:
    df = profile.inventory.get("user")
    owners = profile.owners
    info: dict[str, Any] = {"count": 0, "active": None, "inactive": None,
                            "owners_missing": [], "inactive_owners": []}
    if df is not None:
        info["count"] = df.height
        act = next((c for c in df.columns if c.lower() in {"active", "isactive", "enabled"}),
                   None)
        if act:
            a = df.select(boolean_expr(pl.col(act)).fill_null(False)).to_series()
            info["active"], info["inactive"] = int(a.sum()), int((~a).sum())
    if owners.height:
        info["owners_missing"] = owners.filter(~pl.col("in_users")).to_dicts()
        info["inactive_owners"] = owners.filter(pl.col("in_users")
                                                & (pl.col("active") == False)  # noqa: E712
                                                ).to_dicts()
    return info


def chart_images(profile: Profile) -> dict[str, str]:
    """The profile's charts as inline SVG, as the scope document and notebook 01 show them."""
    return profile_charts(profile)


def manifest_rows(manifest: pl.DataFrame) -> list[dict[str, Any]]:
    """The map's manifest as the scope lists it: where each new column goes, its label,
    type and choices, whether it is to be created (not when the map already sends the
    column to a standard field), and the manifest's note."""
    rows = []
    for r in manifest.to_dicts():
        options = r.get("options")
        try:
            parsed = json.loads(options) if options else []
        except ValueError:
            parsed = [options]
        labels = [str(o.get("label", o)) if isinstance(o, dict) else str(o) for o in parsed]
        rows.append({"table": r.get("target_table") or "", "column": r.get("source_column"),
                     "label": r.get("label") or "", "type": r.get("dataverse_type") or "",
                     "options": labels, "create": bool(r.get("create")),
                     "note": r.get("notes") or ""})
    return rows


def render_scope_html(discovery: Discovery, profile: Profile,
                      estimate: dict[str, Any] | None = None, *,
                      customer: str | None = None,
                      generated: dt.date | None = None,
                      ticket_routing: str | None = None,
                      source_crm: str = DEFAULT_SOURCE_CRM,
                      manifest: pl.DataFrame | None = None) -> str:
    """Render the scope document; pass `estimate` to override the built-in load estimate;
    ``manifest`` (the field map's custom fields manifest, once there is a map): the custom
    columns to pre-create are the map's, not discovery's candidates by name (a file in
    another language has every column a candidate until the map reads it);
    ``ticket_routing`` (the map's, once the org is known): where tickets go;
    ``source_crm`` (the parameters' ``source.crm``): the CRM the export comes from, as the
    document names it (``customer`` defaults to "<CRM> customer")."""
    planned = manifest_rows(manifest) if manifest is not None else None
    grade = complexity_grade(discovery, profile, None if planned is None else
                             sum(1 for r in planned if r["create"]))
    est = estimate if estimate is not None else build_estimate(discovery, profile)
    charts = chart_images(profile)
    volumes = []
    for o in sorted(discovery.objects, key=lambda o: -o.rows):
        targets = {**D365_TARGETS, **TICKET_ROUTES.get(ticket_routing or "", {})}
        target, how = targets.get(o.name, ("not migrated - inventory only", "")) if \
            o.name not in _NOT_MIGRATED else ("not migrated - rebuild (see below)", "rebuild")
        if o.name == "campaign":  # loads when asked (mapping.propose.ASKED_ONLY)
            target, how = (CAMPAIGN_TARGET, "when asked")
        if o.name == "unknown":  # discovery's own reason where it knew one (lists, suppliers)
            target, how = (f"not migrated - {o.why}" if o.why else
                           "unrecognised - to be reviewed"), "review"
        source = o.source if not o.files else f"{o.source} (one table in {len(o.files)} " \
            "files: " + ", ".join(f"{f['file']} {f['rows']:,} rows" for f in o.files) + ")"
        volumes.append({"source": source, "object": o.name.replace("_", " "), "rows": o.rows,
                        "target": target, "how": how, "confidence": o.confidence})
    total_records = sum(o.rows for o in discovery.objects if o.name in _DATA_KINDS)
    findings = profile.findings.head(15).to_dicts() if profile.findings.height else []
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["bytes"] = _fmt_bytes
    env.filters["num"] = lambda v: f"{v:,}" if isinstance(v, int | float) else v
    tpl = env.get_template("scope.html.j2")
    return tpl.render(
        customer=customer or f"{source_crm} customer", source=source_crm,
        generated=(generated or dt.date.today()).isoformat(),
        grade=grade, estimate=est, charts=charts, volumes=volumes,
        total_records=total_records, custom_fields=discovery.custom_fields, planned=planned,
        pipelines=_pipelines(profile), users=_users(profile),
        attachments=profile.attachments, limit_mb=D365_ATTACHMENT_LIMIT // (1024 * 1024),
        findings=findings, inventory=_inventory_rows(profile),
        relationships=[r.to_dict() for r in discovery.relationships],
        reading=reading_notes(discovery.problems), reading_limit=READING_NOTES,
    )
