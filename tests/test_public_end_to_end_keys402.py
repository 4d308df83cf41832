"""keys402's public exports run end to end from their parameters files, decisions only
(issue 13): Bugzilla (bugzilla/bugzilla at 54206016, the harmonytest branch, MPL-2.0; the
open-source bug tracker), the records its QA set-up creates (3 bugs, 15 users, 6 products)
as its bug list's CSV export and its admin user and product lists show them, headed by its
own labels in English and Polish (tests/data/exports/bugzilla-export-en, -pl; SOURCE.md), on
the branch-point engine 61abbabc (session 53, round Z6). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, with the org's own default
unit group and unit made first, as its admin sets them up).

One parametrized test over the two languages (``LANGS``: per language, the headers each map
entry reads, the keys, the owner's and the reporter's header, what stays unread). In both
languages the 3 bugs load as cases, each with the contact made (by decision) from the login
of the user who reported it (two reporters) as its customer; the 6 products load as products
bound to the org's default unit group and unit; nothing is held back and verification finds
no column differing. The assignee (a login, no user of the org) owns each case: both go to
the fallback owner, the two logins listed in the owner queue. The users file is the
tracker's own accounts: named users, matched, not created. The parameters decide the
reporters as contacts and the link to them, the bug type as the case type (defect: Problem),
the severity left unread ('--': no option of the org fits), the status and the priorities,
the product's whole units and its unit group and unit.

What the run reads, in both languages: the bug's summary, status, priority and type, the
assignee as the owner, the reporter as the customer; the product's name (also its product
number, which Dataverse requires) and description; the reporter's login as the contact's
last name and e-mail.

What is NOT read (left unmapped), in both languages: the bugs' product, component,
resolution ('---'), alias, QA contact, severity (by decision), version, hardware and OS; the
products' bug count; the users file (named users, not moved).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    default_units,
    inventory_files,
    issues,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

#: the reporters made contacts, in the bug list's order
REPORTERS = ["admin@mozilla.test", "QA-Selenium-TEST@mozilla.test"]
PRODUCTS = ["Another Product", "C2 Forever", "QA Entry Only", "QA Search Only",
            "QA-Selenium-TEST", "TestProduct"]
#: the owner queue: each assignee's login and its cases (none is a user of the org)
QUEUE = [("admin@mozilla.bugs", 2), ("qa-selenium-test@mozilla.test", 1)]
KINDS = {"bugs": ("ticket", {"incident": 3}), "products": ("product", {"product": 6}),
         "users": ("user", {})}

LANGS: dict[str, dict[str, Any]] = {
    "bugzilla-export-en": {
        "incident": {"title": "Summary", "statuscode": "Status", "prioritycode": "Priority",
                     "casetypecode": "Type"},
        "product": {"name": "Product", "description": "Description",
                    "productnumber": "Product", "quantitydecimal": None},
        "keys": ("Bug ID", "Product"), "owner": "Assignee", "reporter": "Reporter",
        "unread": {"incident": ["Product", "Component", "Resolution", "Alias", "QA Contact",
                                "Severity", "Version", "Hardware", "OS"],
                   "product": ["Bug Count"]}},
    "bugzilla-export-pl": {
        "incident": {"title": "Krótki opis", "statuscode": "Status",
                     "prioritycode": "Priorytet", "casetypecode": "Type"},
        "product": {"name": "Produkt", "description": "Opis", "productnumber": "Produkt",
                    "quantitydecimal": None},
        "keys": ("ID błędu", "Produkt"), "owner": "Przypisany do", "reporter": "Zgłaszający",
        "unread": {"incident": ["Produkt", "Komponent", "Rozwiązanie", "Alias",
                                "Specjalista QA", "Waga błędu", "Wersja", "Platforma",
                                "OS/Wersja"],
                   "product": ["Błędy"]}},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, default_units))


@pytest.mark.parametrize("name", list(LANGS))
def test_bugzilla_bugs_and_products_load_in_two_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The bugs load as cases of the contacts made from their reporters, the products as
    products, as counted, nothing held back; statuses, priorities and types as decided;
    the users not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("reporters", 2, 2, 0, 0, 0, 0), "incident": ("bugs", 3, 3, 0, 0, 0, 0),
        "product": ("products", 6, 6, 0, 0, 0, 0)}
    assert out["incident"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "incident", "product"}
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == {
        "emailaddress1": lang["reporter"], "lastname": lang["reporter"]}
    assert tables["contact"]["source_key"] == lang["reporter"]
    for target in ("incident", "product"):
        assert {c["target"]: c["source"]
                for c in tables[target]["columns"]} == lang[target]
    assert tables["incident"]["source_key"] == lang["keys"][0]          # the bug number
    assert tables["product"]["source_key"] == f"key({lang['keys'][1]})"  # decided: the name
    for target in ("incident", "product"):
        assert set(lang["unread"][target]) <= set(tables[target]["unmapped"])
        assert not tables[target].get("unresolved_lookups")
    assert tables["incident"]["owner"]["source"] == lang["owner"]
    assert not tables["product"].get("owner") and not tables["contact"].get("owner")
    # since session 58 a case's one e-mail column naming no kind is who wrote in, its
    # Contact too: English 'Reporter' (beside 'QA Contact', which names a kind); the Polish
    # bugs hold two such columns ('Zgłaszający', 'Specjalista QA'): neither says who wrote
    writer = {"primarycontactid": ("contact", lang["reporter"])} \
        if name == "bugzilla-export-en" else {}
    assert {lk["target"]: (lk["table"], lk.get("source"))
            for lk in tables["incident"]["lookups"]} == {
        "customerid": ("contact", lang["reporter"]), **writer}
    assert {lk["target"]: (lk["table"], lk.get("source"))
            for lk in tables["product"]["lookups"]} == {
        "defaultuomscheduleid": ("uomschedule", None), "defaultuomid": ("uom", None)}
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("users", "user")]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["lastname"].to_list() == REPORTERS
    cases = pl.read_parquet(staged / "incident.parquet").sort("__source_row")
    assert cases["__source_id"].to_list() == ["1", "2", "3"]
    assert cases["title"].to_list() == ["This is a testing bug only"] * 3
    assert dict(Counter(cases["statuscode"].to_list())) == {1: 3}      # In Progress
    assert dict(Counter(cases["prioritycode"].to_list())) == {1: 3}    # High
    assert dict(Counter(cases["casetypecode"].to_list())) == {2: 3}    # Problem
    assert cases["__ref__customerid_contact"].to_list() == [
        REPORTERS[0], REPORTERS[0], REPORTERS[1]]
    if writer:   # the same reporter, found by its e-mail
        assert cases["__ref__primarycontactid"].to_list() == [
            REPORTERS[0], REPORTERS[0], REPORTERS[1]]
    for table in ("contact", "incident", "product"):    # every value went as it is
        assert not issues(run_dir, "cleared", table)
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products["name"].to_list() == PRODUCTS
    assert products["productnumber"].to_list() == PRODUCTS

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["status"], int(q["records"])) for q in queue] == [
        (login, "unmatched", n) for login, n in QUEUE]
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == {"emailaddress1", "lastname"}
    assert set(verified["incident"]) == set(lang["incident"]) | {"customerid", "ownerid"} \
        | set(writer)
    assert set(verified["product"]) == set(lang["product"]) | {
        "defaultuomid", "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
