"""keys298's public exports run end to end from their parameters files, decisions only
(issue 13): Groundhogg (groundhoggwp/groundhogg at 3cc86bfa, GPLv3; a WordPress CRM, the
fallback of keys298's brief: WP ERP ships no translation), its contacts export (Tools >
Export, every basic column, "Pretty Names" headers) over the 15 contacts its unit test
Contact_Query_Tests creates, headed in English, German, French and Italian
(tests/data/exports/groundhogg-export-en, -de, -fr, -it; SOURCE.md), written on the
branch-point engine 1fcf865d (session 44, round R) and brought up to the engine's
session-44 rules. Same harness as tests/test_public_end_to_end.py.

One parametrized test over the four languages (``LANGS``: per language, the key's and the
owner's headers, the nine placeholder columns' headers and the placeholder, 'No' translated).
In each: the one file is named contact and its 15 contacts load, nothing held back; the
Contact ID is the source id; first and last name, e-mail and the creation date read field by
field; the owner column (the owning WordPress user by id, 1) read as the owner (in fr too,
by the map itself since session 44: 'Identifiant du propriétaire'), which no user of the org
matches: every contact to the fallback owner; verification finds no column differing. The
parameters decide the lead source and the notes unread (both hold nothing: 'No', '[]'; fr's
'Source de lead' the map leaves unread itself).

Session 44's placeholder rule: the nine columns of unset contact meta the key maps (birthday,
mobile and primary phone, the address's street 1 and 2, city, postal code, region, country),
'No' (translated) in every row, are read by their headers to the key's columns, and staging
clears every value (cleared/contact.csv, 9 x 15 rows): nothing is loaded for them. The six
address columns' map entries say ``placeholder`` and are cleared with its reason; the phones
(also marked) are cleared by the phone check ("'No' is not a phone number"), the birthday
(a date: no mark) by the date check.

What is not read (left unmapped by the engine, or left out), in every language:
- the full name (Dynamics computes it), the opt-in status (2 confirmed, 1 unconfirmed), the
  linked WordPress user (0), the opt-in change date;
- the 15 other columns of contact meta the records never set, written 'No' (translated) in
  every row: the phone extension, time zone, IP, lead source (decided), signup page, the
  consents and their dates, the UTM fields; the tags and the unsubscribe fields (empty); the
  notes ('[]', decided).
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
# the key's columns of unset contact meta, 'No' (translated) in every row: read, then cleared
CLEARED = ("birthdate", "mobilephone", "telephone1", "address1_line1", "address1_line2",
           "address1_city", "address1_postalcode", "address1_stateorprovince",
           "address1_country")
PHONES = {"mobilephone", "telephone1"}

# per language: the key's header, the owner's header, the CLEARED columns' headers (in
# order) and the placeholder they hold
LANGS: dict[str, dict[str, Any]] = {
    "groundhogg-export-en": {
        "key": "Contact ID", "owner": "Owner Id", "no": "No",
        "cleared": ("Birthday", "Mobile Phone Number", "Primary Phone Number",
                    "Street Address 1", "Street Address 2", "City", "Postal/Zip",
                    "Province/State/Region", "Country")},
    "groundhogg-export-de": {
        "key": "Kontakt ID", "owner": "Besitzer ID", "no": "Nein",
        "cleared": ("Geburtstag", "Mobiltelefonnummer", "Haupttelefonnummer",
                    "Straßen Adresse 1", "Straßen Adresse 2", "Stadt", "Postleitzahl",
                    "Provinz / Bundesstaat / Region", "Land")},
    "groundhogg-export-fr": {
        "key": "ID de Contact", "owner": "Identifiant du propriétaire", "no": "Non",
        "cleared": ("Anniversaire", "Numéro de téléphone mobile",
                    "Numéro de téléphone principal", "Adresse postale 1",
                    "Adresse postale 2", "Ville", "Code postal", "Province / État / Région",
                    "Pays")},
    "groundhogg-export-it": {
        "key": "ID contatto", "owner": "ID proprietario", "no": "No",
        "cleared": ("Data di nascita", "Numero di cellulare",
                    "Numero di telefono principale", "Indirizzo 1", "Indirizzo 2", "Città",
                    "CAP", "Provincia/Stato/Regione", "Paese")},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_groundhogg_export_loads_in_four_languages(name: str,
                                                   runs: Callable[[str], Path]) -> None:
    """The contacts load as counted, nothing held back; records field by field by their
    Contact ID; the owner column read, every contact to the fallback owner; the nine
    placeholder columns read to the key's columns and every value cleared, none loaded; the
    25 other columns left unread; verification finds no column differing."""
    lang = LANGS[name]
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {"contact": (FILE, 15, 15, 0, 0, 0, 0)}
    assert {f: v["kind"] for f, v in inventory_files(run_dir).items()} == {FILE: "contact"}

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert {c for c in contacts.columns if not c.startswith("__")} == READ | set(CLEARED)
    assert contacts["__source_id"].to_list() == [str(n) for n in range(1, 16)]
    for n in (1, 5, 6, 15):   # the first and last confirmed, the first and last unconfirmed
        row = contacts.filter(pl.col("__source_id") == str(n)).to_dicts()[0]
        assert {k: row[k] for k in READ} == {
            "firstname": f"First {n}", "lastname": f"Last {n}",
            "emailaddress1": f"contact_{n}@example.org", "overriddencreatedon": CREATED}
    for target in CLEARED:   # the placeholder: nothing staged, nothing loaded
        assert contacts[target].null_count() == 15, target
    assert set(contacts["__owner_email"]) == {"1"}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert table["source_key"] == lang["key"]
    assert table["owner"]["source"] == lang["owner"]
    assert "decided" not in table["owner"]["reason"]   # fr's decision now redundant
    columns = {c["target"]: c for c in table["columns"]}
    assert set(columns) == READ | set(CLEARED)
    assert {t: columns[t]["source"] for t in CLEARED} == dict(zip(CLEARED, lang["cleared"],
                                                                  strict=True))
    # the text columns marked as the placeholder; the birthday (a date) is not
    assert {t: columns[t].get("placeholder") for t in CLEARED} == {
        t: None if t == "birthdate" else lang["no"] for t in CLEARED}
    assert len(table["unmapped"]) == 25   # 39 columns: 4 read, 9 cleared, the owner, 25 left
    assert table["lookups"] == [] and table["unresolved_lookups"] == []

    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert cleared.height == 9 * 15
    assert set(cleared["action"]) == {"field cleared"} and set(cleared["value"]) == {lang["no"]}
    no = lang["no"]
    assert dict(cleared.select("target", "reason").unique().rows()) == {
        t: f"'{no}' is not a date and time" if t == "birthdate"
        else f"'{no}' is not a phone number (7 to 15 digits)" if t in PHONES
        else f"'{no}' is the export's placeholder for nothing (every row of the column holds it)"
        for t in CLEARED}
    assert dict(cleared.group_by("column").len().rows()) == {h: 15 for h in lang["cleared"]}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.select("email", "status", "records").rows() == [("1", "unmatched", "15")]
    assert queue["resolution"][0].startswith("assigned to fallback owner")

    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert set(verified["contact"]) == READ | set(CLEARED) | {"ownerid"}
    assert not any(verified["contact"].values())
