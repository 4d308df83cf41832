"""Synthetic SmartDesk admin-panel export, with the dirt real exports carry.

SmartDesk has no public API, so every engagement starts from a folder of CSVs the customer
downloads from the admin panel. This module writes such a folder (format fixed in
docs/ARCHITECTURE.md) so the pipeline, the tests and the benchmarks have realistic input
without customer data. Generation is column-wise (numpy + polars), so scale 1000 (~2M
records) takes seconds, and it is seeded: the same seed gives byte-identical files.

Dirt included on purpose: exact and near duplicates, invalid emails, mixed phone formats,
orphan references, contacts linked to a company only by name or by email domain, owners
missing from users.csv, a disabled user owning records, custom pipelines, custom fields of
the picklist/multiselect/date/boolean/url/money types, real attachment files (a few > 5 MB),
multi-line notes, non-ASCII names and ticket email threads.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl

from d365migrate.demo.sample_history import (
    make_activities,
    make_attachments,
    make_notes,
    make_tasks,
    make_tickets,
)
from d365migrate.demo.sample_records import (
    add_duplicates,
    make_companies,
    make_contacts,
    make_deals,
    make_leads,
    make_pipelines,
    make_users,
)
from d365migrate.demo.sample_values import stream, timestamps
from d365migrate.demo.sample_words import (
    CAMPAIGN_NAMES,
    CUSTOM_FIELDS,
    T0,
    T1,
    TEMPLATES,
    WORKFLOWS,
)

__all__ = ["BASE_COUNTS", "write_sample_export", "plan_counts"]

#: Rows per object at scale 1.0 (~2,000 records). Pipelines and custom field definitions
#: do not scale (configuration, not data); workflows, templates and campaigns grow with
#: sqrt(scale).
BASE_COUNTS: dict[str, int] = {
    "users": 12,
    "companies": 120,
    "contacts": 500,
    "leads": 150,
    "deals": 200,
    "tasks": 300,
    "activities": 500,
    "notes": 150,
    "attachments": 30,
    "tickets": 40,
    "workflows": 8,
    "email_templates": 6,
    "campaigns": 5,
}

def plan_counts(scale: float = 1.0, counts: dict[str, int] | None = None) -> dict[str, int]:
    """Rows to generate per object (before duplicates are injected)."""
    plan = {k: max(1, int(round(v * scale))) for k, v in BASE_COUNTS.items()}
    # Automations and templates grow with the org, not with its record count.
    for k in ("workflows", "email_templates", "campaigns"):
        plan[k] = max(1, int(round(BASE_COUNTS[k] * max(scale, 0.0) ** 0.5)))
    plan.update(counts or {})
    return plan


def _custom_fields() -> pl.DataFrame:
    return pl.DataFrame([dict(zip(["object", "field_key", "label", "type", "options"], r,
                                  strict=True)) for r in CUSTOM_FIELDS])


def _inventory(rng: np.random.Generator, counts: dict[str, int]) -> dict[str, pl.DataFrame]:
    nw, nt, nc = counts["workflows"], counts["email_templates"], counts["campaigns"]
    wf = [WORKFLOWS[i % len(WORKFLOWS)] for i in range(nw)]
    workflows = pl.DataFrame({
        "workflow_id": [str(i + 1) for i in range(nw)],
        "name": [w[0] + ("" if i < len(WORKFLOWS) else f" ({i // len(WORKFLOWS) + 1})")
                 for i, w in enumerate(wf)],
        "object": [w[1] for w in wf],
        "trigger": [w[2] for w in wf],
        "actions": [w[3] for w in wf],
        "active": ["FALSE" if x < 0.25 else "TRUE" for x in rng.random(nw)],
    })
    tp = [TEMPLATES[i % len(TEMPLATES)] for i in range(nt)]
    templates = pl.DataFrame({
        "template_id": [str(i + 1) for i in range(nt)],
        "name": [t[0] + ("" if i < len(TEMPLATES) else f" v{i // len(TEMPLATES) + 1}")
                 for i, t in enumerate(tp)],
        "subject": [t[1] for t in tp],
        "body": [t[2] for t in tp],
    })
    recipients = rng.integers(200, 20000, nc)
    opens = (recipients * rng.uniform(0.1, 0.5, nc)).astype(np.int64)
    clicks = (opens * rng.uniform(0.05, 0.3, nc)).astype(np.int64)
    campaigns = pl.DataFrame({
        "campaign_id": [str(i + 1) for i in range(nc)],
        "name": [CAMPAIGN_NAMES[i % len(CAMPAIGN_NAMES)]
                 + ("" if i < len(CAMPAIGN_NAMES) else f" {i // len(CAMPAIGN_NAMES) + 1}")
                 for i in range(nc)],
        "channel": [["email", "email", "sms"][int(x)] for x in rng.integers(0, 3, nc)],
        "sent_at": timestamps(rng.integers(T0, T1, nc)),
        "recipients": pl.Series(recipients).cast(pl.Utf8),
        "opens": pl.Series(opens).cast(pl.Utf8),
        "clicks": pl.Series(clicks).cast(pl.Utf8),
    })
    return {"workflows": workflows, "email_templates": templates, "campaigns": campaigns}


def write_sample_export(out_dir: Path, *, seed: int = 42, scale: float = 1.0,
                        counts: dict[str, int] | None = None,
                        only: set[str] | None = None) -> dict[str, int]:
    """Write a SmartDesk-style export folder; return rows written per file.

    `scale` multiplies BASE_COUNTS (1.0 ~ 2,000 records, 1000 ~ 2M). `counts` overrides
    single objects (e.g. ``{"contacts": 1_000_000, "companies": 100_000}`` for benchmarks);
    `only` limits which files are written (the objects they depend on are still generated
    in memory, cheaply, so ids stay consistent). Same seed and arguments give byte-identical
    files.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = plan_counts(scale, counts)
    want = (lambda name: True) if only is None else (lambda name: name in only)
    written: dict[str, int] = {}

    def emit(name: str, df: pl.DataFrame) -> None:
        if want(name):
            # Empty cells unquoted (as SmartDesk writes them): write "" as null.
            df = df.with_columns(pl.col(pl.Utf8).replace("", None))
            df.write_csv(out_dir / f"{name}.csv", line_terminator="\n")
            written[name] = df.height

    users = make_users(stream(seed, "users"), plan["users"])
    emit("users", users)
    user_emails = users["email"].to_list()
    companies = make_companies(stream(seed, "companies"), plan["companies"], user_emails)
    # near-duplicate companies: same name with different case/whitespace, same domain
    companies = add_duplicates(stream(seed, "companies-dups"), companies, "company_id",
                               "companies", 0.005, 0.02, ["name"])
    emit("companies", companies)
    contacts = make_contacts(stream(seed, "contacts"), plan["contacts"], companies, user_emails)
    emit("contacts", contacts)
    if want("leads"):
        emit("leads", make_leads(stream(seed, "leads"), plan["leads"], companies, user_emails))
    emit("pipelines", make_pipelines())
    deals = make_deals(stream(seed, "deals"), plan["deals"], companies, contacts, user_emails)
    emit("deals", deals)
    if want("tasks"):
        emit("tasks", make_tasks(stream(seed, "tasks"), plan["tasks"], contacts, deals,
                                 user_emails))
    if want("activities"):
        emit("activities", make_activities(stream(seed, "activities"), plan["activities"],
                                           contacts, deals, companies, user_emails))
    if want("notes"):
        emit("notes", make_notes(stream(seed, "notes"), plan["notes"], companies, contacts,
                                 deals, user_emails))
    if want("attachments"):
        emit("attachments", make_attachments(stream(seed, "attachments"), plan["attachments"],
                                             out_dir, companies, contacts, deals))
    if want("tickets") or want("ticket_messages"):
        tickets, messages = make_tickets(stream(seed, "tickets"), plan["tickets"], contacts,
                                         companies, user_emails)
        emit("tickets", tickets)
        emit("ticket_messages", messages)
    emit("custom_fields", _custom_fields())
    for name, df in _inventory(stream(seed, "inventory"), plan).items():
        emit(name, df)
    return written
