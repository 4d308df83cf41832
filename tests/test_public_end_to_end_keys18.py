"""keys18's public exports run end to end from their parameters files, decisions only
(issue 13). Same harness as tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import _export_dir, assert_true_counts, inventory_files, run_public


def test_helpy_customers_their_tickets_and_the_messages_on_them(tmp_path: Path) -> None:
    run_dir = run_public("helpy-fixtures", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"]) for k, o in out.items()} == {
        "contact": (5, 5, 0), "incident": (9, 9, 0), "case_email": (10, 10, 0)}
    assert all(o["unresolved_lookups"] == 0 for o in out.values())
    folder = _export_dir("helpy-fixtures")
    assert folder is not None
    # the customers (role user) are the contacts; admins, the agent and the editor staff
    users = pl.read_csv(folder / "users.csv", infer_schema=False)
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert sorted(contacts["__source_id"]) == sorted(
        users.filter(pl.col("role") == "user")["id"])
    inventory = inventory_files(run_dir)
    assert inventory["users"]["taken"] == {"contact": 5} and inventory["users"]["not_taken"] == 4
    assert "staff" in inventory["users"]["reason"]
    # each topic a case: its customer the user who wrote in, its status and origin decided
    topics = pl.read_csv(folder / "topics.csv", infer_schema=False)
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    assert dict(zip(cases["__source_id"], cases["__ref__customerid_contact"], strict=True)) \
        == dict(zip(topics["id"], topics["user_id"], strict=True))
    status = dict(zip(cases["title"], cases["statuscode"], strict=True))
    assert (status["Closed private topic"], status["Open private topic"]) == (5, 3)
    assert out["incident"]["closed"] == 1            # the closed one resolved
    origin = dict(zip(cases["title"], cases["caseorigincode"], strict=True))
    assert (origin["Private topic"], origin["Public topic"]) == (2, 3)   # Email, Web
    # every post an e-mail regarding its case
    posts = pl.read_csv(folder / "posts.csv", infer_schema=False)
    mails = pl.read_parquet(run_dir / "staged" / "case_email.parquet")
    assert dict(zip(mails["__source_id"], mails["__ref__regardingobjectid_incident_email"],
                    strict=True)) == dict(zip(posts["id"], posts["topic_id"], strict=True))
    # the knowledge base and the forums: listed with their reason, not moved
    for name in ("docs", "categories", "forums"):
        assert not inventory[name]["taken"] and "not migrated" in inventory[name]["reason"]


def test_helpy_import_two_customers_of_one_name_both_move(tmp_path: Path) -> None:
    run_dir = run_public("helpy-import-samples", tmp_path)
    out = assert_true_counts(run_dir)
    # 45 people (lines ended by a carriage return alone): 41 customers, 4 agents; two
    # customers share the name 'audrey smith' with two e-mails: both move (keyed by e-mail)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"contact": (41, 41, 0, 0), "incident": (1, 0, 1, 0),
                                          "case_email": (1, 0, 1, 0)}
    folder = _export_dir("helpy-import-samples")
    assert folder is not None
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    audreys = contacts.filter(pl.col("lastname") == "audrey smith")
    assert sorted(audreys["emailaddress1"]) == ["audrey.smith1234@example.com",
                                                "audrey.smith@example.com"]
    first = contacts.filter(pl.col("emailaddress1") == "wendy.miller@example.com").to_dicts()[0]
    assert {k: first[k] for k in ("lastname", "telephone1", "mobilephone", "address1_line1",
                                  "address1_city", "address1_postalcode")} == {
        "lastname": "wendy miller", "telephone1": "(811)-972-8950",
        "mobilephone": "(944)-076-5333", "address1_line1": "4848 hamilton ave",
        "address1_city": "reno", "address1_postalcode": "85300"}
    # the ticket names its customer by an id the users file does not carry: held back
    # with its reason, and its message with it
    reasons = pl.read_csv(run_dir / "quarantine" / "incident.csv", infer_schema=False)
    assert reasons["reason"].to_list() == ["no customerid: '8' is not a contact of the export"]
    mail = pl.read_csv(run_dir / "quarantine" / "case_email.csv", infer_schema=False)
    assert "is not an incident of the export" in mail["reason"][0]


def test_powerapps_sample_accounts_with_their_parents_by_name(tmp_path: Path) -> None:
    run_dir = run_public("powerapps-import-accounts", tmp_path)
    out = assert_true_counts(run_dir)
    assert (out["account"]["source"], out["account"]["loaded"]) == (5, 5)
    assert out["account"]["unresolved_lookups"] == 0
    folder = _export_dir("powerapps-import-accounts")
    assert folder is not None
    source = pl.read_csv(folder / "import accounts.csv", infer_schema=False)
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    # each parent, written as the parent's name, is bound to that account (the decision)
    assert dict(zip(accounts["name"], accounts["__ref__parentaccountid"], strict=True)) == \
        dict(zip(source["src_name"], source["src_parent"], strict=True))
