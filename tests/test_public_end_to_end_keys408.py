"""keys408's public exports run end to end from their parameters files, decisions only
(issue 13): Fleetbase (fleetbase/fleetops at e59e9250, AGPL-3.0; FleetOps, the operations
extension of the open-source logistics platform), the fixed records of FleetOps' own testing
seeders (3 contacts, 2 vendors, 7 transport orders, 2 vehicle issues) as its Excel export
classes write them, headed by its console's labels in English, French, Spanish and Portuguese
(tests/data/exports/fleetbase-export-en, -fr, -es, -pt; SOURCE.md), on the branch-point
engine 61abbabc (session 53, round Z6). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``), the org's admin having first set up the price list the orders
need and the account the org keeps for its own operations (the issues' customer).

One parametrized test over the four languages (``LANGS``: per language, the headers each map
entry reads, the keys, the order's customer and the issue's assignee). In every language the
3 contacts load as contacts (keyed by e-mail), the 7 orders as sales orders of their customer
contact (named by its whole name, bound by decision to the contacts' name column) on the
org's price list, the 2 issues as cases of the operations account; nothing is held back and
verification finds no column differing. Of the orders, the dispatched and the started one
are In Progress (submitted), the completed one Complete (fulfilled), the canceled one
canceled. The issues' assignee ('Testing Dispatcher', no user of the org) owns them: both go
to the fallback owner, listed in the owner queue. The parameters decide the keys, the order's
name (its internal id) and number (its tracking number), the dropoff as the ship-to line (the
measured miss in every language), the issue report as the description (the measured miss in
English), the issue type left unread (no case type fits 'inspection'), the statuses, the
links, and in Spanish the assignee ('Cesionario') as the owner (the measured miss).

What the run reads, in every language: the contact's name (as the last name), title, address
(empty), e-mail, phone and created date; the order's tracking number, internal id, customer,
dropoff, status and created date; the issue's title, report, priority, status, created date
and assignee.

What is NOT read (left unmapped by the engine), in every language:
- contacts: the internal id (empty), the type (customer / contact), the updated date;
- orders: the driver, vehicle, facilitator, item count, transaction amount and currency
  (empty), pickup, return (empty), waypoints, scheduled date, type, created by, updated by;
- issues: the issue id (the key only), type (by decision), category, tags, reporter, driver,
  vehicle, linked order and resolved date (empty), updated date;
- the vendors file: named unknown by discovery, not moved (no Sales table).
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
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

#: the contacts, in the file's order (the whole name read as the last name)
CONTACTS = ["Alice Tan", "Ben Lim", "Nadia Rahman"]
#: the orders' tracking numbers (crc32 of the seed ids) and customers, in the file's order
TRACKING = ["TEST-1423609336", "TEST-0242164401", "TEST-1154687656", "TEST-1122779025",
            "TEST-2256480150", "TEST-0074690992", "TEST-3030308626"]
CUSTOMERS = ["Alice Tan", "Ben Lim"] * 3 + ["Alice Tan"]
#: statuses as staged: created New (1) x3, dispatched and started In Progress (3),
#: completed Complete (100001), canceled No Money (4)
ORDER_STATUS = {1: 3, 3: 2, 100001: 1, 4: 1}
KINDS = {"contacts": ("contact", {"contact": 3}), "orders": ("order", {"salesorder": 7}),
         "issues": ("ticket", {"incident": 2}), "vendors": ("unknown", {})}

# per language: the headers each map entry reads (target: header), the keys, the order's
# customer and the issue's assignee
LANGS: dict[str, dict[str, Any]] = {
    "fleetbase-export-en": {
        "contact": {"lastname": "Name", "jobtitle": "Title", "address1_line1": "Address",
                    "emailaddress1": "Email", "telephone1": "Phone",
                    "overriddencreatedon": "Created"},
        "salesorder": {"statuscode": "Status", "overriddencreatedon": "Created At",
                       "name": "Internal ID", "ordernumber": "Tracking",
                       "shipto_line1": "Dropoff"},
        "incident": {"title": "Title", "prioritycode": "Priority", "statuscode": "Status",
                     "overriddencreatedon": "Created At", "description": "Issue Report"},
        "email": "Email", "name": "Name", "track": "Tracking",
        "customer": "Customer", "issue_id": "Issue ID", "owner": "Assignee"},
    "fleetbase-export-fr": {
        "contact": {"lastname": "Nom", "jobtitle": "Titre", "address1_line1": "Adresse",
                    "emailaddress1": "Email", "telephone1": "Téléphone",
                    "overriddencreatedon": "Créé"},
        "salesorder": {"statuscode": "Statut", "overriddencreatedon": "Créé le",
                       "name": "ID interne", "ordernumber": "Suivi", "shipto_line1": "Dépose"},
        "incident": {"title": "Titre", "prioritycode": "Priorité", "statuscode": "Statut",
                     "overriddencreatedon": "Créé le", "description": "Rapport de problème"},
        "email": "Email", "name": "Nom", "track": "Suivi",
        "customer": "Client", "issue_id": "Issue ID", "owner": "Assigné"},
    "fleetbase-export-es": {
        "contact": {"lastname": "Nombre", "jobtitle": "Título", "address1_line1": "Dirección",
                    "emailaddress1": "Correo electrónico", "telephone1": "Teléfono",
                    "overriddencreatedon": "Creado"},
        "salesorder": {"statuscode": "Estado", "overriddencreatedon": "Creado en",
                       "name": "Identificación interna", "ordernumber": "Seguimiento",
                       "shipto_line1": "Dejar"},
        "incident": {"title": "Título", "prioritycode": "Prioridad", "statuscode": "Estado",
                     "overriddencreatedon": "Creado en",
                     "description": "Informe de problemas"},
        "email": "Correo electrónico", "name": "Nombre", "track": "Seguimiento",
        "customer": "Cliente", "issue_id": "Issue ID", "owner": "Cesionario"},
    "fleetbase-export-pt": {
        "contact": {"lastname": "Nome", "jobtitle": "Título", "address1_line1": "Endereço",
                    "emailaddress1": "Email", "telephone1": "Telefone",
                    "overriddencreatedon": "Criado"},
        "salesorder": {"statuscode": "Status", "overriddencreatedon": "Criado em",
                       "name": "ID Interno", "ordernumber": "Rastreamento",
                       "shipto_line1": "Entrega"},
        "incident": {"title": "Título", "prioritycode": "Prioridade", "statuscode": "Status",
                     "overriddencreatedon": "Criado em",
                     "description": "Relatório de Problema"},
        "email": "Email", "name": "Nome", "track": "Rastreamento",
        "customer": "Cliente", "issue_id": "Issue ID", "owner": "Responsável"},
}


def _org_setup(client: Any) -> None:
    """What the org's admin set up first: the orders' price list (Dynamics requires one) and
    the account the org keeps for its own operations (the issues' customer)."""
    client.create("pricelevels", {"name": "Fleetbase prices"})
    client.create("accounts", {"name": "Fleetbase Operations"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org_setup))


@pytest.mark.parametrize("name", list(LANGS))
def test_fleetbase_contacts_orders_and_issues_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The contacts load as contacts, the orders as sales orders of their customers, the
    issues as cases, as counted, nothing held back; statuses as decided; the vendors not
    moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("contacts", 3, 3, 0, 0, 0, 0), "salesorder": ("orders", 7, 7, 0, 0, 0, 0),
        "incident": ("issues", 2, 2, 0, 0, 0, 0)}
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        4, {"Submitted": 2, "Fulfilled": 1, "Canceled": 1})
    assert out["incident"]["closed"] == 0 and out["contact"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder", "incident"}
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[target]
        # an order's 'Transaction Currency' is empty in every row: listed with its reason
        assert [(u["target"], u["source"], u["reason"]) for u in table.get(
            "unresolved_lookups") or []] == ([
                ("transactioncurrencyid", "Transaction Currency",
                 "the column is empty in this export")] if target == "salesorder" else [])
    assert tables["contact"]["source_key"] == f"key({lang['email']})"
    assert tables["salesorder"]["source_key"] == f"key({lang['track']})"
    assert tables["incident"]["source_key"] == f"key({lang['issue_id']})"
    assert not tables["contact"].get("owner") and not tables["salesorder"].get("owner")
    assert tables["incident"]["owner"]["source"] == lang["owner"]
    assert not tables["contact"].get("lookups")
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", lang["customer"], lang["name"]),
        "pricelevelid": ("pricelevel", None, None)}
    assert {lk["target"]: (lk["table"], lk.get("source"))
            for lk in tables["incident"]["lookups"]} == {"customerid": ("account", None)}
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("vendors", "unknown")]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["lastname"].to_list() == CONTACTS
    assert contacts["address1_line1"].is_null().all()      # a contact has no address
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert orders["ordernumber"].to_list() == TRACKING
    assert orders["name"].to_list()[:3] == [
        "TEST-CREATED_UNASSIGNED", "TEST-SCHEDULED", "TEST-DISPATCHED"]
    assert orders["shipto_line1"].to_list()[0] == "ION ORCHARD - 2 ORCHARD TURN, SINGAPORE"
    assert dict(Counter(orders["statuscode"].to_list())) == ORDER_STATUS
    # each order bound to its customer contact, found by the whole name
    ids = dict(zip(contacts["lastname"].to_list(), contacts["__source_id"].to_list(),
                   strict=True))
    assert orders["__ref__customerid_contact"].to_list() == [ids[c] for c in CUSTOMERS]
    cases = pl.read_parquet(staged / "incident.parquet").sort("__source_row")
    assert cases["title"].to_list() == ["Low tire pressure warning",
                                        "Liftgate inspection required"]
    assert cases["prioritycode"].to_list() == [2, 1]        # medium Normal, high High
    assert cases["statuscode"].to_list() == [1, 1]          # pending, in-progress

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["status"], int(q["records"])) for q in queue] == [
        ("testing dispatcher", "unmatched", 2)]
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["salesorder"]) == set(lang["salesorder"]) | {"customerid",
                                                                     "pricelevelid"}
    assert set(verified["incident"]) == set(lang["incident"]) | {"customerid", "ownerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
