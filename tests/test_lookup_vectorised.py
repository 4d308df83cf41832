"""Vectorised lookup resolution resolves every row as the per-row code it replaced did: by id,
then by name, then by email domain, unique only; same unresolved rows (issue 15).

``per_row_lookup`` below is the previous implementation, kept verbatim as the oracle."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest

from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake.read import read_export
from d365migrate.mapping.mapfile import confirm
from d365migrate.staging import rules, stage
from d365migrate.staging.stage import resolve_lookup, stage_table


# -- the per-row code as it was (the oracle) ----------------------------------------------------
def per_row_lookup(df: pl.DataFrame, lookup: dict[str, Any], tables: dict[str, pl.DataFrame]
                   ) -> tuple[pl.Series, pl.Series]:
    ref_source, ref_key = lookup["references"].split(".", 1)
    ref = tables[ref_source]
    ids = set(ref.select(rules.source_id(pl.col(ref_key)))[ref_key].drop_nulls().to_list())
    raw_ids = df.select(rules.source_id(pl.col(lookup["source"])))[lookup["source"]].to_list()
    resolved: list[str | None] = [v if v in ids else None for v in raw_ids]
    via: list[str | None] = ["id" if v else None for v in resolved]
    for fb in lookup.get("fallbacks", []):
        index = _old_unique_index(ref, fb["references"], ref_key, fb["match"])
        values = df[fb["source"]].cast(pl.Utf8).to_list()
        for i, v in enumerate(values):
            if resolved[i] is None and v:
                k = _old_match_key(v, fb["match"])
                if k and k in index:
                    resolved[i] = index[k]
                    via[i] = fb["match"]
    return pl.Series(resolved, dtype=pl.Utf8), pl.Series(via, dtype=pl.Utf8)


def _old_match_key(value: str, how: str) -> str | None:
    value = value.strip().lower()
    if how == "email_domain":
        return value.rsplit("@", 1)[1] if "@" in value else None
    if how == "domain":
        return value.removeprefix("https://").removeprefix("http://").removeprefix("www.") \
            .split("/")[0]
    return " ".join(value.split())


def _old_unique_index(ref: pl.DataFrame, column: str, key: str, how: str) -> dict[str, str]:
    mode = "domain" if how == "email_domain" else how
    seen: dict[str, str | None] = {}
    for v, k in zip(ref[column].cast(pl.Utf8).to_list(), ref[key].cast(pl.Utf8).to_list(),
                    strict=True):
        if not v or not k:
            continue
        m = _old_match_key(v, mode)
        if m is None:
            continue
        seen[m] = None if (m in seen and seen[m] != k.strip()) else k.strip()
    return {m: k for m, k in seen.items() if k is not None}


# -- comparing ---------------------------------------------------------------------------------
def assert_same(df: pl.DataFrame, lookup: dict[str, Any], tables: dict[str, pl.DataFrame]
                ) -> tuple[pl.Series, pl.Series]:
    want_ref, want_via = per_row_lookup(df, lookup, tables)
    got_ref, got_via = resolve_lookup(df, lookup, tables)
    assert got_ref.dtype == pl.Utf8 and got_via.dtype == pl.Utf8
    assert got_ref.to_list() == want_ref.to_list()
    assert got_via.to_list() == want_via.to_list()
    return got_ref, got_via


def company_lookup(source: str = "company_id", name: str | None = "company_name",
                   email: str | None = "email") -> dict[str, Any]:
    fallbacks = []
    if name:
        fallbacks.append({"source": name, "match": "name", "references": "name"})
    if email:
        fallbacks.append({"source": email, "match": "email_domain", "references": "domain"})
    return {"source": source, "references": "companies.company_id", "fallbacks": fallbacks}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pl.DataFrame]:
    export = tmp_path_factory.mktemp("lookup") / "export"
    write_sample_export(export, seed=7, scale=0.5)
    return read_export(export).tables


@pytest.mark.parametrize(("table", "lookup"), [
    ("contacts", company_lookup()),
    ("leads", company_lookup(source="company_name", name="company_name", email="email")),
    ("deals", company_lookup(name=None, email=None)),
    ("deals", {"source": "contact_id", "references": "contacts.contact_id", "fallbacks": []}),
    ("tickets", company_lookup(name=None, email=None)),
    ("activities", company_lookup(name=None, email="from_email")),
    ("activities", {"source": "contact_id", "references": "contacts.contact_id",
                    "fallbacks": [{"source": "to_emails", "match": "name",
                                   "references": "email"}]}),
    ("tasks", {"source": "deal_id", "references": "deals.deal_id", "fallbacks": []}),
    ("contacts", {"source": "company_id", "references": "companies.company_id",
                  "fallbacks": [{"source": "cf_linkedin_url", "match": "domain",
                                 "references": "website"}]}),
])
def test_sample_export_resolves_as_per_row(sample: dict[str, pl.DataFrame], table: str,
                                           lookup: dict[str, Any]) -> None:
    ref, via = assert_same(sample[table], lookup, sample)
    assert ref.len() == sample[table].height


def test_sample_contacts_use_every_path(sample: dict[str, pl.DataFrame]) -> None:
    """The sample's contacts reach their company by id and by a fallback, and some do not at
    all: the comparison above is not between two empty columns."""
    ref, via = assert_same(sample["contacts"], company_lookup(), sample)
    found = set(via.drop_nulls().to_list())
    assert "id" in found and found - {"id"}
    assert ref.null_count() > 0


COMPANIES = pl.DataFrame({
    "company_id": ["c1", " c2 ", "c3", "c4", "c5", "c6", None, "", "c9", "c10", "c11"],
    "name": ["Acme", "  Globex   Corp ", "acme", "Initech", "Hooli", "hooli", "Orphan Co",
             "Nameless", "Umbrella\x1c", "Tyrell", None],
    "domain": ["acme.com", "https://www.Globex.com/about", "acme.com", "initech.com",
               "hooli.com", "HOOLI.com", "orphan.com", "", "www.umbrella.com",
               "http://tyrell.com", "wayne.com"],
})


def test_edge_cases_resolve_as_per_row() -> None:
    """Duplicate names (ambiguous: nothing), nulls, case and whitespace (incl. U+001C that
    Python's strip removes), ambiguous and same-record domains, a padded id, empty cells."""
    contacts = pl.DataFrame({
        "company_id": ["c1", " c2", "C1", None, "", "  ", None, None, None, None, None, None,
                       None, None, None, None, "c99", None, "c10\u0301"],
        "company_name": [None, None, None, "ACME", "globex corp", " GLOBEX\tCORP\n", "Hooli",
                         "Initech", "initech ", "", "   ", "Umbrella", "umbrella\x1c",
                         "Orphan Co", "Nameless", None, "Tyrell", "wayne", None],
        "email": [None, None, None, "a@acme.com", None, None, "x@hooli.com", None, None,
                  "b@globex.com", "c@initech.com", "d@umbrella.com", "e@", "f@orphan.com",
                  "no-at-sign", "g@x@Tyrell.com ", "h@wayne.com", "i@WAYNE.COM", "j@acme.com"],
    })
    tables = {"companies": COMPANIES, "contacts": contacts}
    ref, via = assert_same(contacts, company_lookup(), tables)
    # spot checks that the oracle and the code agree on what the rules say
    assert ref[0] == "c1" and via[0] == "id"
    assert ref[1] == "c2" and via[1] == "id"  # trimmed on both sides
    assert ref[3] is None  # "acme" names c1 and c3: ambiguous, and acme.com too
    assert ref[4] == "c2" and via[4] == "name"  # case and inner whitespace
    assert ref[6] is None  # hooli/Hooli: two records; hooli.com/HOOLI.com: two records
    assert ref[9] == "c2" and via[9] == "email_domain"  # https://www.…/about → globex.com
    assert ref[15] == "c10" and via[15] == "email_domain"  # after the last '@'
    # same record named twice stays unique
    dup_same = pl.concat([COMPANIES, COMPANIES.slice(3, 1)])
    assert_same(contacts, company_lookup(), {"companies": dup_same, "contacts": contacts})


def test_no_fallback_index_and_all_null_columns() -> None:
    """A fallback whose reference column is all empty, and a lookup column that is all null
    (typed Null), resolve to nothing without error."""
    companies = COMPANIES.with_columns(pl.lit(None, pl.Utf8).alias("name"))
    contacts = pl.DataFrame({"company_id": [None, None], "company_name": ["Acme", None],
                             "email": [None, "x@acme.com"]})
    assert_same(contacts, company_lookup(), {"companies": companies, "contacts": contacts})
    nulls = pl.DataFrame({"company_id": [None, None], "company_name": [None, None],
                          "email": [None, None]})
    assert_same(nulls, company_lookup(), {"companies": COMPANIES, "contacts": nulls})
    assert_same(nulls.clear(), company_lookup(), {"companies": COMPANIES, "contacts": nulls})


def test_integer_keys() -> None:
    """Keys typed as numbers (a caller's frame, not intake's text) compare as text."""
    companies = pl.DataFrame({"company_id": [1, 2, 3], "name": ["A", "B", "b"],
                              "domain": ["a.com", "b.com", "c.com"]})
    contacts = pl.DataFrame({"company_id": [1, 5, None, None], "company_name": [None, "a",
                             "B", None], "email": [None, None, None, "x@c.com"]})
    assert_same(contacts, company_lookup(), {"companies": companies, "contacts": contacts})


@pytest.mark.parametrize("required", [False, True])
def test_stage_counts_and_reasons_unchanged(sample: dict[str, pl.DataFrame],
                                           monkeypatch: pytest.MonkeyPatch,
                                           required: bool) -> None:
    """Staging the sample's contacts gives the same lookup counts (by id, by fallback, orphan,
    empty), the same references and the same quarantine reasons under both implementations
    (``required``: rows without their company are quarantined, naming the value)."""
    mapping = confirm({
        "version": 1, "status": "proposed", "source_id_column": "new_smartdeskid",
        "tables": [{
            "target": "contact", "source": "contacts", "source_key": "contact_id",
            "columns": [{"target": "lastname", "source": "last_name", "transform": "text"}],
            "lookups": [{"target": "parentcustomerid", "navigation": "parentcustomerid_account",
                         "table": "account", "required": required,
                         **company_lookup()}]}]}, "tester")
    got = stage_table(mapping, "contact", dict(sample), {"contacts": "contacts.csv"})
    monkeypatch.setattr(stage, "resolve_lookup", per_row_lookup)
    want = stage_table(mapping, "contact", dict(sample), {"contacts": "contacts.csv"})
    assert got.lookup_stats == want.lookup_stats
    stats = got.lookup_stats["parentcustomerid_account"]
    assert stats["by_id"] and stats["by_fallback"]
    assert got.staged.equals(want.staged)
    assert got.quarantined.equals(want.quarantined)
    # without the requirement the sample has contacts with no company; with it they are held
    assert (stats["empty"] > 0) if not required else (got.quarantined.height > 0)
