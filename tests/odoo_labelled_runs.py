"""What every run of Odoo's labelled CRM export holds, whatever its language (the exports
``odoo-crm-export-<lang>``, tests/data/exports/odoo_labelled_exports.py): one harness for the
end-to-end tests of each round that added languages."""

from __future__ import annotations

from pathlib import Path

import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    issues,
    outcomes,
    run_public,
    verified_columns,
)


def assert_labelled_leads_run(name: str, tmp_path: Path, leads: str, stages: str,
                              own: set[tuple[str, str]],
                              links: dict[str, int] | None = None) -> set[tuple[str, str]]:
    """Run ``name`` from its parameters file and check what each language's run holds: of
    the 44 leads and opportunities 36 load as leads, the 8 with no contact name held back (a
    lead needs a last name); campaigns (36) and customers (7) are named only, left unlinked
    and counted; every column read back whole; the lead entry reads ``own`` (its columns
    the engine reads itself); the leads file migrates, the stages file stays with its
    reason. ``links``: the links left unlinked where a language's campaign and customer
    columns are not read (held out: they stay in the source, unmapped). Returns the (export
    column, target) pairs the lead entry reads."""
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"lead": (leads, 44, 36, 8, 0, 0)}
    assert issues(run_dir, "quarantine", "lead") == [
        "last name is required by Dataverse (expect_column_values_to_not_be_null)"] * 8
    assert out["lead"]["unresolved_lookups"] == 0
    want = {"campaignid": 36, "customerid": 7} if links is None else links
    assert out["lead"]["links_left"] == want
    columns = verified_columns(run_dir)
    assert all(n == 0 for t in columns.values() for n in t.values())
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    lead = next(t for t in mapping["tables"] if t["target"] == "lead")
    read = {(c["source"], c["target"]) for c in lead["columns"] if c.get("source")}
    assert own <= read, own - read
    files = inventory_files(run_dir)
    assert files[leads]["migrated"]
    assert not files[stages]["migrated"] and files[stages]["reason"]
    return read
