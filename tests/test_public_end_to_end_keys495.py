"""keys495's public export runs end to end from its parameters file, decisions only
(issue 13): Kustomer (MeltanoLabs/dbt-kustomer at 6e483231, Apache-2.0; the dbt package for
Kustomer data), the twenty fixed, fake Kustomer customers its integration test starts from,
as Kustomer's API returns them, headed by Kustomer's API attribute names, in English
(tests/data/exports/kustomer-export-en; SOURCE.md), on the branch-point engine 55fac6f6
(session 60, round Z30). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through conftest's ``runs``).

The twenty customers load as contacts keyed by Kustomer's customer id: first and last name,
the e-mail (ten have one), the creation time (Kustomer's '2023-04-17T00:00:07.949Z' staged
as 2023-04-17T00:00:07Z, whole seconds). The six customers whose phone is the fake
'+441234' (six digits) keep the record but lose the number: the mobile phone is cleared,
"not a phone number (7 to 15 digits)", and nothing else is held back, skipped or flagged; no
one queued as owner; verification finds no column differing.

The parameters decide: the customers file as contacts (discovery named it account: the
measured file miss); the key (Kustomer's id); no owner column ('modifiedBy' is a Kustomer user
id); 'org' (Kustomer's tenant workspace) not read as the contact's company (suggest's miss);
'phones' as the mobile phone (left unread in both modes: the measured miss).

What is NOT read (left unmapped): the whole and display names (Dataverse composes the full
name from first and last), the shared e-mails, the avatar colour and icon, the update and
modification times, the revision, the deleted, verified and presence flags, and Kustomer's
helpdesk summaries on the customer: conversation counts, last message and last conversation,
the preview of the last message, sentiment and the satisfaction surveys.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from d365migrate.report.safe_files import restore
from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "kustomer-export-en"
CONTACT = {"firstname": "firstName", "lastname": "lastName", "emailaddress1": "emails",
           "overriddencreatedon": "createdAt", "mobilephone": "phones"}


def test_kustomer_customers_load_as_contacts(runs: Callable[[str], Path]) -> None:
    """The twenty customers load as contacts by Kustomer's id; the six fake six-digit
    phones are cleared with their reason; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "contact": ("customers", 20, 20, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "customers": ("contact", {"contact": 20})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    table = tables["contact"]
    assert {c["target"]: c["source"] for c in table.get("columns", [])} == CONTACT
    assert table["source_key"] == "key(id)"
    assert not table.get("owner")                        # no customer names a Dynamics user
    assert not table.get("lookups")                      # 'org' is the tenant, no company
    assert not mapping["unmatched_sources"]

    contact = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    rows = contact.select(list(CONTACT)).rows()
    assert len(rows) == 20
    assert rows[0] == ("Jean", "Test", "jeantest@example.com", "2023-04-17T00:00:07Z", None)
    assert rows[5] == ("Brian", "Test", None, "2023-04-17T00:05:17Z", None)
    assert rows[6] == ("Christopher", "Test", "christophertest@example.com",
                       "2023-03-14T22:35:56Z", None)
    assert rows[19] == ("Kirsty", "Test", None, "2023-04-17T00:25:37Z", None)
    assert [r[0] for r in rows] == [
        "Jean", "Bernard", "Brenda", "Sophie", "Philip", "Brian", "Christopher", "Georgina",
        "Joanne", "Ann", "Victor", "Timothy", "Matthew", "Jordan", "Teresa", "Jayne",
        "Olivia", "Jordan", "Stephen", "Kirsty"]
    assert sum(r[2] is not None for r in rows) == 10     # ten customers have an e-mail
    assert all(r[4] is None for r in rows)               # every phone cleared or absent

    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert cleared.select("row", "column", "target", "value", "action").rows() == [
        (str(n), "phones", "mobilephone", "+441234", "field cleared")
        for n in (1, 2, 4, 7, 13, 15)]
    # the reason starts "'+": the CSV guard writes it with one more apostrophe (OWASP rule,
    # report/safe_files.py), which restore() takes back
    assert set(cleared["reason"]) == {"''+441234' is not a phone number (7 to 15 digits)"}
    assert {restore(r) for r in cleared["reason"]} == {
        "'+441234' is not a phone number (7 to 15 digits)"}
    for kind in ("quarantine", "skipped", "flags"):
        issues = pl.read_csv(run_dir / kind / "contact.csv", infer_schema=False)
        assert issues.height == 0, kind

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert set(verified["contact"]) == set(CONTACT)
    assert not any(verified["contact"].values())
