"""Files identified by their content when their names say nothing (issue 13, files14).

A customer's admin panel may name its files ``file_01.csv``, ``Sheet1`` or
``export_2026-11-30.csv``, with headers in German, French, Spanish, Italian, Dutch or
Portuguese: discovery must still tell what each holds from its headers, or say it is unsure.
Made-up data only; ``benchmarks/name_blind_files.py`` measures the public exports so.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import classify_table, discover
from d365migrate.intake.id_references import pointing_kind
from d365migrate.intake.neutral_names import neutral_name
from d365migrate.intake.read import read_export
from d365migrate.intake.value_shapes import value_columns

DEALS = ["id", "name", "amount", "close_date"]


@pytest.mark.parametrize("name", ["file_01", "file07", "Sheet1", "export_2026-11-30",
                                  "data (3)", "report (2)", "Tabelle1", "Feuil1", "Hoja1",
                                  "Foglio 2", "Blad1", "Planilha1"])
def test_a_neutral_name_names_no_kind(name: str) -> None:
    # 'file' is an attachment's word: 'file_01' had named an attachment ('exact'), and a
    # file of deals under it was taken for attachments
    assert neutral_name(name)
    kind, _, _, evidence = classify_table(name, DEALS, "id", frozenset({"id"}))
    assert kind == "deal", evidence


@pytest.mark.parametrize("name", ["files", "Attachments", "contacts_2", "Contacts (3)",
                                  "deals_export_2024"])
def test_a_name_with_a_word_of_its_own_is_not_neutral(name: str) -> None:
    assert not neutral_name(name)


def test_files_named_file_nn_are_read_by_their_columns(tmp_path: Path) -> None:
    (tmp_path / "file_01.csv").write_text(
        "id,name,amount,close_date\n1,Engines for Bombe,1200,2026-03-01\n"
        "2,Looms,800,2026-04-15\n", encoding="utf-8")
    (tmp_path / "file_02.csv").write_text(
        "id,subject,due_date,status\n1,Call Ada,2026-01-05,open\n"
        "2,Send the quote,2026-01-09,done\n", encoding="utf-8")
    kinds = {o.source: o.name for o in discover(read_export(tmp_path)).objects}
    assert kinds == {"file_01": "deal", "file_02": "task"}


@pytest.mark.parametrize("columns, kind", [
    # German people: 'Vorname' and 'Name' (the surname beside a given name)
    (["Kundennummer", "Vorname", "Name", "E-Mail-Adresse", "Firma", "Funktion"], "contact"),
    (["Vorname", "Nachname", "E-Mail", "Abteilung", "Handy"], "contact"),
    # French companies
    (["Raison sociale", "Site web", "Secteur d'activité", "Effectif", "Ville", "Pays"],
     "account"),
    # Spanish deals
    (["Nombre", "Importe", "Etapa", "Fecha de cierre", "Probabilidad"], "deal"),
    # Italian people: 'Nome' beside 'Cognome' is the given name
    (["Nome", "Cognome", "Indirizzo email", "Ruolo", "Cellulare"], "contact"),
    # Dutch to-dos
    (["Onderwerp", "Vervaldatum", "Prioriteit", "Status"], "task"),
    # Portuguese companies
    (["Empresa", "Site", "Cidade", "Setor", "Número de funcionários", "Receita"], "account"),
])
def test_european_headers_tell_the_kind(columns: list[str], kind: str) -> None:
    got, _, scores, evidence = classify_table("Tabelle1", columns)
    assert got == kind, (scores, evidence)


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_other_files_ids_name_a_file_whose_name_says_nothing(tmp_path: Path) -> None:
    # by its columns alone (a name and a city) the first file is nothing sure; the deals'
    # org_id holds its ids: it is the organisations
    _write(tmp_path, "file_01.csv", "id,name,city\n101,Analytical Engines,London\n"
           "102,Bombe Works,Bletchley\n103,Loom Co,Lyon\n")
    _write(tmp_path, "file_02.csv", "id,title,amount,stage,close_date,org_id\n"
           "9001,Engines,1200,won,2026-03-01,101\n9002,Looms,800,open,2026-04-15,103\n")
    objects = {o.source: o for o in discover(read_export(tmp_path)).objects}
    assert objects["file_02"].name == "deal"
    assert objects["file_01"].name == "account", objects["file_01"].evidence
    assert any("file_02.org_id" in e for e in objects["file_01"].evidence)


def test_ids_two_files_hold_alike_name_neither(tmp_path: Path) -> None:
    # small ids coincide between tables: when two files' keys both hold the values, the
    # column names neither (the file stays unsure, not confidently wrong)
    _write(tmp_path, "file_01.csv", "id,name,city\n1,Analytical Engines,London\n"
           "2,Bombe Works,Bletchley\n")
    _write(tmp_path, "file_02.csv", "id,label,colour\n1,Hot,red\n2,Cold,blue\n")
    _write(tmp_path, "file_03.csv", "id,title,amount,stage,close_date,org_id\n"
           "7,Engines,1200,won,2026-03-01,1\n8,Looms,800,open,2026-04-15,2\n")
    objects = {o.source: o for o in discover(read_export(tmp_path)).objects}
    assert objects["file_01"].name == "unknown"
    assert objects["file_02"].name == "unknown"


@pytest.mark.parametrize("column, kind", [
    ("org_id", "account"), ("AccountId", "account"), ("Contact ID", "contact"),
    ("assigned_user_id", "user"), ("fk_user_author", "user"), ("conversationId", "ticket"),
    ("message_type_id", None), ("bank_account_id", None), ("ar_account_id", None),
    ("list_id", None), ("name", None)])
def test_the_kind_an_id_column_names(column: str, kind: str | None) -> None:
    assert pointing_kind(column) == kind


@pytest.mark.parametrize("columns, kind", [
    # people who sign in and have an admin flag: the CRM's users
    (["id", "first_name", "last_name", "email", "username", "last_sign_in_at", "admin"],
     "user"),
    (["id", "firstname", "lastname", "email", "supervisor", "approvallimit", "department"],
     "user"),
    # people with their company's name and a lead status, no link to an account: leads
    (["FirstName", "LastName", "Email", "Company", "Status", "Industry", "Title"], "lead"),
])
def test_people_under_a_silent_name_are_told_apart(columns: list[str], kind: str) -> None:
    got, _, scores, evidence = classify_table("file_03", columns)
    assert got == kind, (scores, evidence)


@pytest.mark.parametrize("source, columns, kind", [
    # a name that names the kind keeps it
    ("contacts", ["FirstName", "LastName", "Email", "Company", "Status", "Title"], "contact"),
    # a contact links to its account; its lead source is a contact's column too
    ("file_04", ["FirstName", "LastName", "Email", "AccountId", "Status", "Title"], "contact"),
    ("file_05", ["First_Name", "Last_Name", "Email", "Account_Name", "Lead_Source", "Title"],
     "contact"),
    # one sign-in column is not staff (a prospect with a portal login)
    ("file_06", ["first_name", "last_name", "email", "username", "company_id"], "contact"),
])
def test_people_stay_contacts_where_their_columns_say_so(source: str, columns: list[str],
                                                        kind: str) -> None:
    got, _, scores, evidence = classify_table(source, columns)
    assert got == kind, (scores, evidence)


@pytest.mark.parametrize("columns, kind", [
    # a calendar's appointments: from and to dates, all day or not, a place
    (["id", "title", "from_date", "end_date", "is_allday", "location"], "activity"),
    # a CRM's notes: the note's text, the record it is on and that record's type
    (["id", "Note_Content", "Parent_Id", "$se_module", "Created_Time"], "note"),
    # users with a role and an admin flag
    (["id", "name", "email", "role_id", "timezone"], "user"),
    # a pipeline's stages: their place in the order and their win probability
    (["id", "name", "order_nr", "deal_probability", "pipeline_id"], "pipeline"),
])
def test_other_crms_spellings_of_a_kinds_columns(columns: list[str], kind: str) -> None:
    got, _, scores, evidence = classify_table("export_07", columns)
    assert got == kind, (scores, evidence)


@pytest.mark.parametrize("columns, kind", [
    # a subject and a text with a campaign's open and click rates: campaigns
    (["id", "name", "subject", "content", "type", "openRate", "clickRate", "listId"],
     "campaign"),
    # a subject and a body with a conversation's states: no template, unsure
    (["id", "subject", "body", "state", "priority", "assignee_id", "snoozed_until"],
     "unknown"),
    # a subject, a due date and a status with a bill-to address and a grand total: a sales
    # document, not a to-do: unsure
    (["id", "Subject", "Due_Date", "Status", "Grand_Total", "Sub_Total", "Billing_Street",
      "Billing_City", "Owner"], "unknown"),
    # people with a company name ('enterpriseName') and an Axelor-style status: leads
    (["importId", "firstName", "name", "enterpriseName", "email", "statusSelect"], "lead"),
    # people with a deal's value and a stage, no company: leads
    (["first_name", "last_name", "email", "source", "stage", "opportunity_amount"], "lead"),
])
def test_columns_that_contradict_a_kind(columns: list[str], kind: str) -> None:
    got, _, scores, evidence = classify_table("file_09", columns)
    assert got == kind, (scores, evidence)


def test_a_named_template_file_keeps_its_name() -> None:
    got, _, _, evidence = classify_table(
        "email_templates", ["id", "name", "subject", "body", "status", "priority"])
    assert got == "email_template", evidence


@pytest.mark.parametrize("columns, kind", [
    # a catalogue: a SKU, a name, a price and the stock's quantity, pricing nothing else
    (["sku", "name", "description", "quantity", "price"], "product"),
    (["name", "sku", "price", "category", "description"], "product"),
    # a line names its order and what it prices: still a line
    (["id", "order_id", "product_id", "quantity", "unit_price"], "order_line"),
])
def test_a_catalogue_is_no_line_nor_price_list_entry(columns: list[str], kind: str) -> None:
    got, _, scores, evidence = classify_table("export_11", columns)
    assert got == kind, (scores, evidence)


def test_a_column_of_sales_stages_is_a_deals_stage(tmp_path: Path) -> None:
    # the stage headed 'Status', in German: its values say it is a pipeline's stage
    rows = [("Rahmenvertrag", "12000", "gewonnen", "2026-03-01"),
            ("Wartung", "800", "Verhandlung", "2026-04-15"),
            ("Schulung", "1500", "verloren", "2026-02-11"),
            ("Lizenzen", "4300", "Angebot", "2026-05-30"),
            ("Beratung", "2100", "Verhandlung", "2026-06-01")] * 3
    _write(tmp_path, "Tabelle1.csv", "Titel,Betrag,Status,Abschlussdatum\n"
           + "".join(f"{t},{a},{s},{d}\n" for t, a, s, d in rows))
    obj = discover(read_export(tmp_path)).objects[0]
    assert obj.name == "deal", (obj.scores, obj.evidence)


def test_an_email_column_under_a_header_that_names_nothing(tmp_path: Path) -> None:
    _write(tmp_path, "export (3).csv", "Vorname,Nachname,Kontakt\n"
           "Ada,Lovelace,ada@example.org\nAlan,Turing,alan@example.org\n"
           "Grace,Hopper,grace@example.org\n")
    obj = discover(read_export(tmp_path)).objects[0]
    assert obj.name == "contact"
    typical = next(e for e in obj.evidence if e.startswith("columns typical of contact"))
    assert "email" in typical.split(": ")[1].split(", "), obj.evidence
    # a sender's address is no record's own e-mail
    assert value_columns(pl.DataFrame({"from_address": ["a@example.org", "b@example.org"]}),
                         {"from_address": "email"}) == set()


@pytest.mark.parametrize("columns, kind", [
    # an event log: when, what was done, to whom (Marketo-like activities of leads)
    (["id", "activity_date", "activity_type_id", "lead_id", "campaign_id"], "activity"),
    (["event_type", "event_date", "subscriber_key", "send_id", "url"], "activity"),
    # a person's promise in a currency, with a type and a start date: no activity, unsure
    (["Pledge ID", "Contact ID", "Type", "Pledge Start Date", "Pledge Currency",
      "Original Installment Amount", "Total Pledged"], "unknown"),
])
def test_an_event_log_is_activities(columns: list[str], kind: str) -> None:
    got, _, scores, evidence = classify_table("export_12", columns)
    assert got == kind, (scores, evidence)


@pytest.mark.parametrize("columns, kind", [
    # a name with a web site, phones and a rating, no person's name: organisations
    (["Id", "Name", "Website", "Toll free phone", "Phone", "Fax", "Rating", "Tags"],
     "account"),
    # Dolibarr-like French headers: 'nom' alone is the name, 'ville', 'tel', 'url'
    (["rowid", "nom", "address", "cp", "ville", "tel", "fax", "url"], "account"),
    # a place of the business: a name, an address and a phone only: no account, unsure
    (["id", "name", "address1", "city", "country", "phone", "is_active"], "unknown"),
])
def test_organisations_by_their_columns(columns: list[str], kind: str) -> None:
    got, _, scores, evidence = classify_table("export_13", columns)
    assert got == kind, (scores, evidence)


def test_a_mailing_lists_subscribers_are_contacts() -> None:
    # e-mail addresses with their opt-in and sign-up times and a list: people to market to
    got, _, scores, evidence = classify_table(
        "export_14", ["id", "list_id", "email_address", "status", "timestamp_opt", "ip_opt",
                      "timestamp_signup", "language", "vip"])
    assert got == "contact", (scores, evidence)


@pytest.mark.parametrize("columns", [
    ["id", "conversation_id", "message_type", "content", "sender"],
    ["_id", "createdAt", "internal", "conversationId", "customerId", "content", "userId"],
    ["id", "conversation_id", "author_id", "author_type", "part_type", "body", "created_at"],
])
def test_a_conversations_messages(columns: list[str]) -> None:
    got, _, scores, evidence = classify_table("export_15", columns)
    assert got == "ticket_message", (scores, evidence)
