"""keys19's public exports run end to end from their parameters files, decisions only
(issue 13): headers in Italian and in Outlook's German. Same harness as
tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import _export_dir, assert_true_counts, run_public


def test_openstamanager_italian_party_loads_as_an_account(tmp_path: Path) -> None:
    run_dir = run_public("openstamanager-import-it", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"account": (1, 1, 0, 0)}
    folder = _export_dir("openstamanager-import-it")
    assert folder is not None
    source = pl.read_csv(folder / "example-anagrafiche.csv", separator=";",
                         infer_schema=False, encoding="utf8").to_dicts()[0]
    account = pl.read_parquet(run_dir / "staged" / "account.parquet").to_dicts()[0]
    # every Italian title read: code, name, address, phone, e-mails, site, notes
    assert {k: account[k] for k in (
        "accountnumber", "name", "address1_line1", "address1_city", "address1_postalcode",
        "address1_stateorprovince", "address1_country", "telephone1", "emailaddress1",
        "emailaddress2", "websiteurl", "description")} == {
        "accountnumber": source["Codice"], "name": source["Ragione sociale"],
        "address1_line1": source["Indirizzo"], "address1_city": source["Città"],
        "address1_postalcode": source["CAP"], "address1_stateorprovince": source["Provincia"],
        "address1_country": source["Nazione"], "telephone1": source["Telefono"],
        "emailaddress1": source["Email"], "emailaddress2": source["PEC"],
        "websiteurl": source["Sito Web"], "description": source["Note"]}
    assert account["industrycode"] == 12   # Tessile, the team's decision
    # the files this run does not ask for: listed with their reasons, none taken
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["example-anagrafiche"]["taken"] == {"account": 1}
    for name in ("example-articoli", "example-attività", "example-listini cliente",
                 "example-preventivi", "example-impianti", "example-piano dei conti"):
        assert not files[name]["taken"], name
        assert files[name]["reason"].startswith("not migrated"), name
    assert "Product" in files["example-articoli"]["reason"]
    assert "Quote" in files["example-preventivi"]["reason"]


def test_outlook_german_contact_loads_with_its_titles_read(tmp_path: Path) -> None:
    run_dir = run_public("ox-outlook-de", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"contact": (1, 1, 0, 0)}
    contact = pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()[0]
    # each value names its field in German: the map put each where it belongs
    assert {k: contact[k] for k in (
        "salutation", "firstname", "middlename", "lastname", "department", "jobtitle",
        "address1_line1", "address1_city", "address1_postalcode", "address1_country",
        "address2_city", "address2_stateorprovince", "emailaddress1", "emailaddress2",
        "emailaddress3", "description")} == {
        "salutation": "Anrede", "firstname": "Vorname", "middlename": "Zweiter Vorname",
        "lastname": "Nachname", "department": "Abteilung", "jobtitle": "Position",
        "address1_line1": "Straße", "address1_city": "Stadt", "address1_postalcode": "PLZ",
        "address1_country": "Land", "address2_city": "Stadt",
        "address2_stateorprovince": "Bundesland privat",
        "emailaddress1": "email@geschaeftlich.tld", "emailaddress2": "email@privat.tld",
        "emailaddress3": "email@weitere.tld", "description": "Anmerkungen"}
    # German dates (10.9.2007) read day first
    assert contact["birthdate"].startswith("2007-09-10")
    assert contact["anniversary"].startswith("2007-09-09")
    # its phone columns hold their German names, no numbers: cleared, each with its reason
    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert {"Telefon geschäftlich", "Telefon privat", "Fax geschäftlich"} <= set(
        cleared["column"].to_list())
    reasons = dict(zip(cleared["column"], cleared["reason"], strict=True))
    assert "is not a phone number" in reasons["Telefon privat"]
    assert out["contact"]["cleared"] == 1
    # its company is in no accounts file: the link is left, not invented
    assert out["contact"]["links_left"] == {"parentcustomerid": 1}
