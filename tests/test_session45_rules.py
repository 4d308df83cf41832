"""Session 45's rules (tuned on round S, session 44's held-out NextCRM, Roundup, Attendize
and Sylius exports), each on made-up data: a record's account named as the one it is
assigned to; a bare 'Assigned' of user names as the owner; a sign-in name never read as a
person's name; an order's date in Spanish naming a file of orders; file names in Swedish,
Indonesian, Thai, Persian, Serbian, Lithuanian, Latvian and Slovenian."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import classify_table, discover
from d365migrate.intake.read import read_export

ROOT = Path(__file__).resolve().parents[1]


def _suggested(table: str, columns: dict[str, list[str]], source_object: str | None = None
               ) -> dict[str, str | None]:
    from d365migrate.mapping.accuracy import load_table_defs
    from d365migrate.mapping.suggest import suggest_columns
    defs = {**load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables"),
            **load_table_defs(ROOT / "tests" / "data" / "tables")}
    df = pl.DataFrame(columns)
    found = suggest_columns(df, defs[table], source_object=source_object or f"{table}s")
    return {c: (found.get(c) or [None])[0] and found[c][0].target for c in df.columns}


def test_the_account_a_record_is_assigned_to_is_its_customer() -> None:
    """NextCRM's forms: 'Assign an Account' on a contact, 'Assigned Account' on a deal name
    the account by its name: the parent customer, never the owner; a user assigned stays
    the owner."""
    contact = _suggested("contact", {"First name": ["Ann", "Bo", "Cy"],
                                     "Assign an Account": ["Acme", "Globex", "Acme"],
                                     "Assigned user": ["Pat Admin", "Pat Admin", "Lee"]})
    assert contact["Assign an Account"] == "parentcustomerid"
    assert contact["Assigned user"] == "ownerid"
    deal = _suggested("opportunity", {"Opportunity name": ["Deal", "Big one", "Renewal"],
                                      "Assigned Account": ["Acme", "Globex", "Acme"]})
    assert deal["Assigned Account"] == "customerid"


@pytest.mark.parametrize(("header", "table", "expected"), [
    ("Zugewiesener Benutzer", "contact", "ownerid"),
    ("Unternehmen zuweisen", "contact", "parentcustomerid"),
    ("Přiřadit firmu", "contact", "parentcustomerid"),
    ("Přiřazený uživatel", "contact", "ownerid"),
])
def test_assignments_in_german_and_czech(header: str, table: str, expected: str) -> None:
    """The same fields as NextCRM's German and Czech forms head them."""
    cols = {"Vorname": ["Ann", "Bo", "Cy"], header: ["Pat Admin", "Acme Ltd", "Lee Wu"]}
    assert _suggested(table, cols)[header] == expected


def test_a_bare_assigned_column_of_user_names_is_the_owner() -> None:
    """Roundup's issue index heads its assignee 'Assigned' (German 'Zugewiesen'): the
    owner; a yes/no column of the same name is no owner."""
    names = _suggested("incident", {"Title": ["one", "two", "three"],
                                    "Assigned": ["admin", "fred", "admin"]})
    assert names["Assigned"] == "ownerid"
    german = _suggested("incident", {"Titel": ["eins", "zwei", "drei"],
                                     "Zugewiesen": ["admin", "fred", "admin"]})
    assert german["Zugewiesen"] == "ownerid"
    flags = _suggested("incident", {"Title": ["one", "two", "three"],
                                    "Assigned": ["yes", "no", "yes"]})
    assert flags["Assigned"] is None


@pytest.mark.parametrize(("login", "real"), [("Username", "Real name"),
                                             ("User name", "Real name"),
                                             ("Nom d'utilisateur", "Nom réel")])
def test_a_users_sign_in_name_is_no_last_name(login: str, real: str) -> None:
    """A users file mapped to contacts (Roundup's): the sign-in name is neither the user's
    name nor a last name; the real name is ('Bork, Chef', written last name first)."""
    found = _suggested("contact", {login: ["admin", "fred", "chef"],
                                   real: ["Admin, The", "Smith, Fred", "Bork, Chef"],
                                   "Email": ["a@x.org", "f@x.org", "c@x.org"]},
                       source_object="users")
    assert found[login] is None
    assert found[real] == "lastname"


def test_a_spanish_order_date_names_a_file_of_orders() -> None:
    """Attendize's Spanish orders: buyer, reference, amount and 'Fecha del pedido' (the
    order's date) fit an order better than a contact; without the date they tie, unsure."""
    cols = ["Nombre", "Apellidos", "Correo electrónico", "Referencia", "Importe",
            "Fecha del pedido"]
    assert classify_table("orders", cols)[0] == "order"
    assert classify_table("orders", cols[:-1])[0] == "unknown"


@pytest.mark.parametrize(("name", "kind"), [
    ("Kund", "account"),                 # Swedish: a customer (ERPNext's)
    ("Potentiell_Kund", "lead"),         # Swedish: a potential customer
    ("Prospek", "lead"),                 # Indonesian: a prospect
    ("ลูกค้าเป้าหมาย", "lead"),            # Thai: target customers
    ("ติดต่อ", "contact"),                # Thai: contact
    ("مشتریان احتمالی", "lead"),          # Persian: potential customers
    ("معاملات", "deal"),                  # Persian: deals
    ("Tiketi", "ticket"),                # Serbian (GLPI's)
    ("Vartotojai", "user"),              # Lithuanian
    ("Lietotāji", "user"),               # Latvian
    ("Uporabnika", "user"),              # Slovenian, GLPI's genitive
])
def test_file_names_in_more_languages(tmp_path: Path, name: str, kind: str) -> None:
    """A file named so, with columns that settle nothing alone, is named by its name."""
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / f"{name}.csv").write_text("Code,Label\n1,Alpha\n2,Beta\n", encoding="utf-8")
    found = discover(read_export(folder))
    assert {o.source: o.name for o in found.objects} == {name: kind}


def test_kund_is_read_only_as_a_whole_name(tmp_path: Path) -> None:
    """'Kund' is four letters: read as a file's whole name, never inside another word."""
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Kundali.csv").write_text("Code,Label\n1,Alpha\n2,Beta\n", encoding="utf-8")
    found = discover(read_export(folder))
    assert {o.source: o.name for o in found.objects} == {"Kundali": "unknown"}
