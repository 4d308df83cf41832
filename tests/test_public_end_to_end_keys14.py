"""keys14's public exports run end to end from their parameters files, decisions only
(issue 13): SuiteCRM's and ERPNext's demo data. Same harness as
tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import _export_dir, assert_true_counts, run_public


def test_suitecrm_accounts_contacts_deals_cases_notes(tmp_path: Path) -> None:
    run_dir = run_public("suitecrm-demo", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"]) for k, o in out.items()} == {
        "account": (50, 50, 0), "contact": (200, 200, 0), "opportunity": (50, 50, 0),
        "incident": (50, 50, 0), "note": (50, 50, 0)}
    # the demo gives 9 of its company names to two accounts each: a contact or deal naming
    # one of them links to neither, and is counted (the rest link by the account's name)
    folder = _export_dir("suitecrm-demo")
    assert folder is not None
    accounts = pl.read_csv(folder / "Accounts.csv", infer_schema=False)
    shared = {n for n, c in Counter(accounts["Name"].to_list()).items() if c > 1}
    for obj, file in (("contact", "Contacts.csv"), ("opportunity", "Opportunities.csv")):
        names = pl.read_csv(folder / file, infer_schema=False)["Account Name"].to_list()
        assert out[obj]["unresolved_lookups"] == sum(n in shared for n in names) > 0, obj
    assert (out["contact"]["unresolved_lookups"], out["opportunity"]["unresolved_lookups"]) \
        == (66, 18)
    # won and lost deals closed; closed, rejected and duplicate cases resolved or cancelled
    assert out["opportunity"]["closed"] == 12 and out["incident"]["closed"] == 35
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    tables = {t["target"]: t for t in mapping["tables"] if t.get("source")}
    assert tables["incident"]["source"] == "Cases"          # not Bugs, as large a file
    links = {(t, lk["source"], lk["target"]) for t, e in tables.items()
             for lk in e.get("lookups", [])}
    assert {("incident", "Account ID", "customerid"), ("annotation", "Parent ID", "objectid"),
            ("contact", "Account Name", "parentcustomerid"),
            ("opportunity", "Account Name", "customerid")} <= links
    cols = {(t, c["source"], c["target"]) for t, e in tables.items() for c in e["columns"]
            if c.get("source")}
    assert {("account", "Billing Street", "address1_line1"),
            ("account", "Shipping Street", "address2_line1"),
            ("contact", "Home", "telephone2"), ("contact", "Mobile", "mobilephone"),
            ("opportunity", "Opportunity Amount", "estimatedvalue"),
            ("incident", "Subject", "title")} <= cols
    assert not any(s == "Amount" for t, s, _ in cols if t == "opportunity")  # a copy
    staged = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert staged["industrycode"].null_count() == int((accounts["Industry"] == "Other").sum())
    # the industries decided in the parameters land as decided (Apparel: Non-Durable
    # Merchandise Retail, Electronics and Machinery: Durable Manufacturing...)
    decided = {"Apparel": 22, "Electronics": 12, "Machinery": 12, "Healthcare": 11}
    by_id = dict(zip(accounts["ID"].to_list(), accounts["Industry"].to_list(), strict=True))
    for sid, code in zip(staged["__source_id"].to_list(), staged["industrycode"].to_list(),
                         strict=True):
        if by_id[sid] in decided:
            assert code == decided[by_id[sid]], (by_id[sid], code)
        assert (code is None) == (by_id[sid] == "Other"), (by_id[sid], code)
    # SuiteCRM's display dates ("10/31/2024 08:06 am") are the records' creation times
    assert set(staged["overriddencreatedon"].unique()) == {"2024-10-31T08:06:00Z"}
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("Leads", "Bugs", "Calls", "Meetings", "Tasks"):
        assert not files[name]["taken"] and files[name]["reason"], name


def test_erpnext_customers_contacts_and_leads(tmp_path: Path) -> None:
    run_dir = run_public("erpnext-demo", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"]) for k, o in out.items()} == {
        "account": (20, 20, 0), "contact": (27, 27, 0), "lead": (25, 25, 0)}
    # a contact's Links row names its customer by the customer's ID; the ten suppliers'
    # contacts name a supplier, which is not loaded: moved without a company, counted
    folder = _export_dir("erpnext-demo")
    assert folder is not None
    contacts = pl.read_csv(folder / "Contact.csv", infer_schema=False)
    to_suppliers = contacts.filter(pl.col("Link DocType (Links)") == "Supplier")
    assert out["contact"]["unresolved_lookups"] == to_suppliers.height == 10
    unresolved = pl.read_csv(run_dir / "unresolved_links" / "contact.csv", infer_schema=False)
    assert set(unresolved["value"]) == set(to_suppliers["Link Name (Links)"])
    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    linked = dict(zip(staged["__source_id"].to_list(),
                      staged["__ref__parentcustomerid_account"].to_list(), strict=True))
    assert linked["January Václavík-Adaptas"] == "Adaptas"
    # names in other scripts move as they are: a Persian contact, a Japanese lead
    assert ("نگارین", "شاه سیاه") in set(zip(staged["firstname"], staged["lastname"],
                                             strict=True))
    leads = pl.read_parquet(run_dir / "staged" / "lead.parquet")
    assert "美月 宇藤" in set(leads["lastname"])
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("Supplier", "Address", "User"):
        assert not files[name]["taken"], name
