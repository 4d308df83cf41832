"""keys342's public exports run end to end from their parameters files, decisions only
(issue 13): pretix (pretix/pretix, event ticketing; AGPL-3.0 with additional permissions),
the fixed order of its API tests' ``order`` fixture (order FOO of the event 'dummy', the
invoice address of 'Sample company', two positions for the attendee Peter, the second
canceled) as its "Order data" exporter (pretix 2026.8.0) writes the sheets Orders and Order
positions, headed by its own labels in English, German, French and Spanish
(tests/data/exports/pretix-export-en, -de, -fr, -es; SOURCE.md), on the branch-point engine
d68e969e (session 49, round W). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the header each
column the map reads comes from). In every language the order loads as a sales order
(number and name the order code, total, status Pending, submit date, the invoice address's
country as the bill-to country; the bill-to's name, street, postcode, city, state and phone,
and the comment, empty) on the price list the org's admin set up (the test creates it),
its customer the account made from the invoice address's company ('Sample company'); the
two positions load as two contacts, the attendee Peter (keyed by the ticket secret; e-mail
and address, empty). Nothing is held back and verification finds no column differing. The
parameters decide the positions file's kind (contact: discovery names it a price-list item
in English, no kind in the other languages), the company made an account and the order's
link to it, the keys, the price list, the status (pending: Pending), the invoice address as
the bill-to (the engine reads it nowhere, and the addressee's name as the order's name), and
the attendee's own columns on the contact (the engine leaves them unread and gives the
contact the order's e-mail and phone, status and ids).

What the run reads: the order's code, total, status, date, phone, comment and invoice
address (name, street, postcode, city, country, state); the attendee's name, e-mail and
address (street, postcode, city, country, state); the company's name.

What is NOT read (left unmapped), in every language:
- the orders: the event's slug and name, the order's time of day, e-mail (the buyer: no
  order column), custom address field, VAT ID, last payment date, fees, locale, the six
  tax-breakdown columns, invoice numbers, sales channel, check-in attention and text,
  follow-up date, positions count, e-mail verified, external customer id, payment providers,
  order link and the event's meta property;
- the positions: the event, the order's code, date, time, e-mail, phone and status, the
  position id, product, variation, price and tax, the attendee's company (empty), voucher,
  pseudonymization id, seat, validity, blocked, comment, follow-up, add-on, the question's
  answer, the invoice address, VAT ID, sales channel, locale, e-mail verified, external
  customer id (in English left as an empty link to the contact's account), check-in lists,
  payment providers and the position link;
- no owner column (the fallback owner, no one queued).
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
    run_public,
    runs_once,
    verified_columns,
)

#: the order as staged, every language
ORDER = {"ordernumber": "FOO", "name": "FOO", "statuscode": 2, "totalamount": 23.0,
         "submitdate": "2017-12-01T00:00:00Z", "billto_country": "NZ", "billto_name": None,
         "billto_line1": None, "billto_postalcode": None, "billto_city": None,
         "billto_stateorprovince": None, "billto_telephone": None, "description": None,
         "__ref__customerid_account": "Sample company"}
#: the order's columns the map reads (target: the English header)
ORDER_FIELDS = {"ordernumber": "Order code", "name": "Order code", "totalamount": "Order total",
                "statuscode": "Status", "submitdate": "Order date", "billto_name": "Name",
                "billto_line1": "Address", "billto_postalcode": "ZIP code", "billto_city": "City",
                "billto_country": "Country", "billto_stateorprovince": "State",
                "billto_telephone": "Phone number", "description": "Comment"}
#: the contact's columns the map reads (target: the English header)
CONTACT_FIELDS = {"lastname": "Attendee name", "emailaddress1": "Attendee email",
                  "address1_line1": "Address", "address1_postalcode": "ZIP code",
                  "address1_city": "City", "address1_country": "Country",
                  "address1_stateorprovince": "State"}

# per language: the English header -> the language's, and the positions' key (ticket secret)
LANGS: dict[str, dict[str, Any]] = {
    "pretix-export-en": {"headers": {}, "secret": "Ticket secret", "company": "Company"},
    "pretix-export-de": {"headers": {
        "Order code": "Bestellnummer", "Order total": "Gesamtbetrag", "Status": "Status",
        "Order date": "Bestelldatum", "Name": "Name", "Address": "Adresse",
        "ZIP code": "Postleitzahl", "City": "Stadt", "Country": "Land", "State": "Bundesstaat",
        "Phone number": "Telefonnummer", "Comment": "Kommentar",
        "Attendee name": "Name Teilnehmer*in", "Attendee email": "E-Mail Teilnehmer*in"},
        "secret": "Ticket-Code", "company": "Firma"},
    "pretix-export-fr": {"headers": {
        "Order code": "Code de commande", "Order total": "Total de la commande",
        "Status": "Statut", "Order date": "Date de commande", "Name": "Nom",
        "Address": "Adresse", "ZIP code": "Code postal", "City": "Ville", "Country": "Pays",
        "State": "État", "Phone number": "Numéro de téléphone", "Comment": "Commentaire",
        "Attendee name": "Nom du participant", "Attendee email": "E-mail du participant"},
        "secret": "Secret du billet", "company": "Entreprise"},
    "pretix-export-es": {"headers": {
        "Order code": "Código del pedido", "Order total": "Total del pedido",
        "Status": "Estado", "Order date": "Fecha del pedido", "Name": "Nombre",
        "Address": "Dirección", "ZIP code": "Código postal", "City": "Ciudad",
        "Country": "País", "State": "Estado_2", "Phone number": "Número de teléfono",
        "Comment": "Comentario", "Attendee name": "Nombre del asistente",
        "Attendee email": "Correo electrónico del participante"},
        "secret": "Secreto de la entrada", "company": "Empresa"},
}


def _org(client: Any) -> None:
    """What the org's admin set up: the price list the orders go on."""
    client.create("pricelevels", {"name": "pretix prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


@pytest.mark.parametrize("name", list(LANGS))
def test_pretix_order_and_attendees_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The order loads as a sales order of the account made from its invoice company, on
    the org's price list; the two positions as two contacts (the attendee); nothing held
    back; records field by field; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]

    def h(title: str) -> str:
        return lang["headers"].get(title, title)

    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("companies", 1, 1, 0, 0, 0, 0), "contact": ("positions", 2, 2, 0, 0, 0, 0),
        "salesorder": ("orders", 1, 1, 0, 0, 0, 0)}
    assert all(o["closed"] == 0 for o in out.values())
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "orders": ("order", {"salesorder": 1}), "positions": ("contact", {"contact": 2})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "salesorder"}
    assert not mapping["unmatched_sources"]
    assert {c["target"]: c["source"] for c in tables["account"]["columns"]} == {
        "name": lang["company"]}
    assert {c["target"]: c["source"] for c in tables["salesorder"]["columns"]} == {
        t: h(s) for t, s in ORDER_FIELDS.items()}
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == {
        t: h(s) for t, s in CONTACT_FIELDS.items()}
    assert tables["salesorder"]["source_key"] == f"key({h('Order code')})"
    assert tables["contact"]["source_key"] == f"key({lang['secret']})"
    assert not any(t.get("owner") for t in tables.values())
    assert {lk["target"]: (lk["table"], lk["source"])
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("account", lang["company"]), "pricelevelid": ("pricelevel", None)}
    assert not tables["contact"].get("lookups") and not tables["account"].get("lookups")
    # English only: the empty 'External customer ID' left as the contact's account link
    left = [(u["source"], u["target"]) for u in tables["contact"].get("unresolved_lookups", [])]
    assert left == ([("External customer ID", "parentcustomerid")]
                    if name.endswith("-en") else [])

    staged = run_dir / "staged"
    order = pl.read_parquet(staged / "salesorder.parquet").to_dicts()
    assert len(order) == 1
    assert {k: order[0][k] for k in ORDER} == ORDER
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["lastname"].to_list() == ["Peter", "Peter"]
    for column in CONTACT_FIELDS:
        if column != "lastname":
            assert contacts[column].is_null().all(), column
    accounts = pl.read_parquet(staged / "account.parquet")
    assert accounts["name"].to_list() == ["Sample company"]

    assert not (run_dir / "owner_queue.csv").exists() or len(
        (run_dir / "owner_queue.csv").read_text().splitlines()) <= 1
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == {"name"}
    assert set(verified["contact"]) == set(CONTACT_FIELDS)
    assert set(verified["salesorder"]) == set(ORDER_FIELDS) | {"customerid", "pricelevelid"}
    assert not any(n for cols in verified.values() for n in cols.values())
