"""The synthetic SmartDesk export honours docs/ARCHITECTURE.md and carries realistic dirt."""

from __future__ import annotations

import hashlib
from pathlib import Path

import polars as pl
import pytest

from d365migrate.demo.sample_export import write_sample_export

# Copied from docs/ARCHITECTURE.md: the contract other pieces rely on.
EXPECTED_COLUMNS: dict[str, list[str]] = {
    "users": ["user_id", "name", "email", "active", "role"],
    "companies": ["company_id", "name", "domain", "industry", "employees", "annual_revenue",
                  "phone", "website", "street", "city", "state", "postal_code", "country",
                  "owner_email", "created_at", "updated_at", "cf_tier", "cf_renewal_date",
                  "cf_partner"],
    "contacts": ["contact_id", "first_name", "last_name", "email", "phone", "mobile",
                 "job_title", "company_id", "company_name", "lifecycle_stage", "owner_email",
                 "created_at", "updated_at", "cf_linkedin_url", "cf_preferred_language",
                 "cf_interests"],
    "leads": ["lead_id", "first_name", "last_name", "company_name", "email", "phone", "source",
              "status", "owner_email", "created_at", "updated_at", "cf_budget"],
    "pipelines": ["pipeline_id", "pipeline_name", "stage_id", "stage_name", "stage_order",
                  "probability", "is_won", "is_lost"],
    "deals": ["deal_id", "name", "value", "currency", "close_date", "pipeline_id", "stage_id",
              "company_id", "contact_id", "owner_email", "created_at", "updated_at",
              "cf_deal_type"],
    "tasks": ["task_id", "title", "description", "due_date", "status", "priority",
              "assignee_email", "contact_id", "deal_id", "created_at", "completed_at"],
    "activities": ["activity_id", "type", "subject", "body", "occurred_at", "duration_minutes",
                   "location", "direction", "from_email", "to_emails", "contact_id", "deal_id",
                   "company_id", "owner_email", "created_at"],
    "notes": ["note_id", "parent_type", "parent_id", "body", "author_email", "created_at"],
    "attachments": ["attachment_id", "parent_type", "parent_id", "file_name", "mime_type",
                    "size_bytes", "path"],
    "tickets": ["ticket_id", "subject", "description", "status", "priority", "contact_id",
                "company_id", "assignee_email", "created_at", "updated_at"],
    "ticket_messages": ["message_id", "ticket_id", "from_email", "to_email", "sent_at", "body"],
    "custom_fields": ["object", "field_key", "label", "type", "options"],
    "workflows": ["workflow_id", "name", "object", "trigger", "actions", "active"],
    "email_templates": ["template_id", "name", "subject", "body"],
    "campaigns": ["campaign_id", "name", "channel", "sent_at", "recipients", "opens", "clicks"],
}


def _read(d: Path, name: str) -> pl.DataFrame:
    return pl.read_csv(d / f"{name}.csv", infer_schema=False)


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    d = tmp_path_factory.mktemp("sd")
    return d, write_sample_export(d, seed=7)


def _digest(d: Path) -> dict[str, str]:
    return {str(p.relative_to(d)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(d.rglob("*")) if p.is_file()}


def test_files_and_columns_match_architecture(export: tuple[Path, dict[str, int]]) -> None:
    d, counts = export
    assert set(counts) == set(EXPECTED_COLUMNS)
    for name, cols in EXPECTED_COLUMNS.items():
        df = _read(d, name)
        assert df.columns == cols, name
        assert df.height == counts[name], name
    assert 1500 <= sum(counts.values()) <= 3000


def test_same_seed_is_byte_identical(tmp_path: Path,
                                     export: tuple[Path, dict[str, int]]) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    write_sample_export(a, seed=7)
    write_sample_export(b, seed=8)
    assert _digest(a) == _digest(export[0])
    assert _digest(a) != _digest(b)


def test_scale_is_linear(tmp_path: Path) -> None:
    counts = write_sample_export(tmp_path, seed=1, scale=4.0,
                                 only={"contacts", "companies", "deals"})
    assert set(counts) == {"contacts", "companies", "deals"}
    assert 1990 <= counts["contacts"] <= 2100
    assert counts["deals"] == 800


def test_dirt_is_present(export: tuple[Path, dict[str, int]]) -> None:
    d, _ = export
    users = _read(d, "users")
    contacts = _read(d, "contacts")
    companies = _read(d, "companies")
    # exact duplicate rows and near duplicates (same person, different case/whitespace)
    assert contacts.is_duplicated().sum() > 0
    norm = contacts.select(pl.col("email").str.strip_chars().str.to_lowercase())
    assert norm.to_series().drop_nulls().is_duplicated().sum() > contacts.is_duplicated().sum()
    assert companies.select(pl.col("name").str.strip_chars().str.to_lowercase()
                            .is_duplicated().sum()).item() > 0
    # invalid emails, a few percent
    bad = contacts.filter(pl.col("email").is_not_null()
                          & ~pl.col("email").str.contains(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$"))
    assert 0.01 * contacts.height < bad.height < 0.08 * contacts.height
    # orphan company ids, name-only company links
    orphan = contacts.filter(pl.col("company_id").is_not_null()
                             & ~pl.col("company_id").is_in(companies["company_id"].implode()))
    assert orphan.height > 0
    assert contacts.filter(pl.col("company_id").is_null()
                           & pl.col("company_name").is_not_null()).height > 0
    # owners missing from users.csv, disabled user owning records
    owners = contacts["owner_email"].unique()
    assert not set(owners.to_list()) <= set(users["email"].to_list())
    disabled = users.filter(pl.col("active") == "FALSE")["email"].to_list()
    assert disabled and set(disabled) & set(owners.to_list())
    # mixed phone formats, non-ASCII names, multi-line notes, ticket threads
    phones = contacts["phone"].drop_nulls()
    assert phones.str.contains(r"^\(\d{3}\) ").any() and phones.str.contains(r"^\+").any()
    names = set(contacts["first_name"].str.strip_chars().to_list())
    assert {"José", "Zoë", "Łukasz", "王"} & names
    assert _read(d, "notes")["body"].str.contains("\n").any()
    msgs = _read(d, "ticket_messages")
    assert msgs["ticket_id"].value_counts()["count"].max() > 1
    pipes = _read(d, "pipelines")
    assert pipes["pipeline_id"].n_unique() >= 3
    cf = _read(d, "custom_fields")
    assert {"picklist", "multiselect", "date", "boolean", "url", "money"} <= set(cf["type"])


def test_attachments_are_real_files(export: tuple[Path, dict[str, int]]) -> None:
    d, _ = export
    att = _read(d, "attachments")
    present = [p for p in att["path"].to_list() if (d / p).exists()]
    assert len(present) >= att.height - 1
    sizes = [(d / p).stat().st_size for p in present]
    assert any(s > 5 * 1024 * 1024 for s in sizes)
    assert sum(sizes) < 30 * 1024 * 1024
    for p, size in zip(att["path"].to_list(), att["size_bytes"].to_list(), strict=True):
        if (d / p).exists():
            assert (d / p).stat().st_size == int(size)


def test_calls_and_meetings_have_people_on_both_ends(
        export: tuple[Path, dict[str, int]]) -> None:
    """Calls (caller and callee by direction), meetings (organizer and attendees) and emails
    carry from/to addresses, so phone-call and appointment parties are exercised; notes none."""
    acts = _read(export[0], "activities")
    has = acts.with_columns(pl.col("from_email").str.contains("@").fill_null(False).alias("f"),
                            pl.col("to_emails").str.contains("@").fill_null(False).alias("t"))
    by_type = {t: (f, to) for t, f, to in has.group_by("type").agg(
        pl.col("f").mean(), pl.col("t").mean()).iter_rows()}  # less the export's dirt
    assert all(min(by_type[t]) > 0.8 for t in ("call", "meeting", "email")), by_type
    notes = has.filter(pl.col("type") == "note")
    assert not notes["f"].any() and not notes["t"].any()
    inbound = acts.filter((pl.col("type") == "call") & (pl.col("direction") == "inbound"))
    users = set(_read(export[0], "users")["email"].to_list())
    callee = [(t or "").split(";")[0] in users for t in inbound["to_emails"].to_list()]
    assert inbound.height and sum(callee) > 0.8 * len(callee)  # an inbound call reached us
