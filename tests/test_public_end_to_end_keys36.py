"""keys36's public exports run end to end from their parameters files, decisions only
(issue 13): several files of one kind (Keila's contact files) and OpenCATS's test database.
Same harness as tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public


def test_keila_contact_files_fill_the_contact_table_in_turn(tmp_path: Path) -> None:
    """Excel's semicolon file (a byte-order mark, CRLF, accented and Icelandic names) fills
    contact, the file with statuses and the download template each a further entry; every
    record loads and is read back; the files whose people are the first file's again, and
    the one discovery cannot tell, are listed with their reasons, nothing claimed."""
    run_dir = run_public("keila-contact-imports", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source_object"], o["source"], o["loaded"], o["quarantined"], o["skipped"],
                o["failed"]) for k, o in out.items()} == {
        "contact": ("import_excel", 201, 201, 0, 0, 0),
        "contact_2": ("import_rfc_4180_with_status", 4, 4, 0, 0, 0),
        "contact_3": ("keila_import_template", 2, 2, 0, 0, 0)}
    first = pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()[0]
    assert (first["emailaddress1"], first["firstname"], first["lastname"]) == (
        "foo-1@example.com", "Joël", "Müller-Schultheiß")
    # the statuses were decided (every contact an active person; an empty one stays empty:
    # Dataverse makes the contact active), the ids kept apart
    states = pl.read_parquet(run_dir / "staged" / "contact_2.parquet")
    assert states["statuscode"].to_list() == [1, 1, 1, None]
    assert all(i.startswith("import-rfc-4180-with-sta:") for i in states["__source_id"])
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("import_rfc_4180_upsert", "import_with_data"):
        assert not files[name]["taken"] and "again" in files[name]["reason"], name
    assert not files["import_external_ids"]["taken"]
    assert "could not tell" in files["import_external_ids"]["reason"]
