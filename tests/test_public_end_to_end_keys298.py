"""keys298's public exports run end to end from their parameters files, decisions only
(issue 13): Groundhogg (groundhoggwp/groundhogg at 3cc86bfa, GPLv3; a WordPress CRM, the
fallback of keys298's brief: WP ERP ships no translation), its contacts export (Tools >
Export, every basic column, "Pretty Names" headers) over the 15 contacts its unit test
Contact_Query_Tests creates, headed in English, German, French and Italian
(tests/data/exports/groundhogg-export-en, -de, -fr, -it; SOURCE.md), on the branch-point
engine 1fcf865d (session 44, round R). Same harness as tests/test_public_end_to_end.py.

One parametrized test over the four languages (``LANGS``: per language, the key's and the
owner's headers). In each: the one file is named contact and its 15 contacts load, nothing
held back; the Contact ID is the source id; first and last name, e-mail and the creation
date read field by field; the owner column (the owning WordPress user by id, 1) read as the
owner, which no user of the org matches: every contact to the fallback owner; verification
finds no column differing. The parameters decide the lead source and the notes unread (both
hold nothing: 'No', '[]') and, in fr, the owner column (the map leaves it unread).

What is not read (left unmapped by the engine, or left out), in every language:
- the full name (Dynamics computes it), the opt-in status (2 confirmed, 1 unconfirmed), the
  linked WordPress user (0), the opt-in change date;
- the 27 columns of contact meta the records never set, written 'No' (translated) in every
  row: birthday, phones, the address, time zone, IP, lead source (decided), signup page,
  the consents and their dates, the UTM fields; the tags and the unsubscribe fields (empty);
  the notes ('[]', decided).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

FILE = "export-2026-08-20"
READ = {"firstname", "lastname", "emailaddress1", "overriddencreatedon"}
CREATED = "2026-08-20T17:43:51Z"

# per language: the key's header, the owner's header
LANGS: dict[str, dict[str, Any]] = {
    "groundhogg-export-en": {"key": "Contact ID", "owner": "Owner Id"},
    "groundhogg-export-de": {"key": "Kontakt ID", "owner": "Besitzer ID"},
    "groundhogg-export-fr": {"key": "ID de Contact", "owner": "Identifiant du propriétaire"},
    "groundhogg-export-it": {"key": "ID contatto", "owner": "ID proprietario"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_groundhogg_export_loads_in_four_languages(name: str,
                                                   runs: Callable[[str], Path]) -> None:
    """The contacts load as counted, nothing held back; records field by field by their
    Contact ID; the owner column read, every contact to the fallback owner; the 34 other
    columns left unread; verification finds no column differing."""
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {"contact": (FILE, 15, 15, 0, 0, 0, 0)}
    assert {f: v["kind"] for f, v in inventory_files(run_dir).items()} == {FILE: "contact"}

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert {c for c in contacts.columns if not c.startswith("__")} == READ
    assert contacts["__source_id"].to_list() == [str(n) for n in range(1, 16)]
    for n in (1, 5, 6, 15):   # the first and last confirmed, the first and last unconfirmed
        row = contacts.filter(pl.col("__source_id") == str(n)).to_dicts()[0]
        assert {k: row[k] for k in READ} == {
            "firstname": f"First {n}", "lastname": f"Last {n}",
            "emailaddress1": f"contact_{n}@example.org", "overriddencreatedon": CREATED}
    assert set(contacts["__owner_email"]) == {"1"}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert table["source_key"] == LANGS[name]["key"]
    assert table["owner"]["source"] == LANGS[name]["owner"]
    assert len(table["unmapped"]) == 34   # 39 columns: 4 read, the owner, 34 left
    assert table["lookups"] == [] and table["unresolved_lookups"] == []

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.select("email", "status", "records").rows() == [("1", "unmatched", "15")]
    assert queue["resolution"][0].startswith("assigned to fallback owner")

    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert set(verified["contact"]) == READ | {"ownerid"}
    assert not any(verified["contact"].values())
