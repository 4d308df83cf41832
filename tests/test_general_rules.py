"""General rules of issue 13 added before the next held-out round (task 'general'), on
made-up data:

- a file of companies and people together (a column saying which a row is, a person's first
  name and a name of the row's own) is the customers' file: account, not unknown
  (intake/party_files.py); a partner or business partner names an account
  (intake/kinds.py); with no contacts file, its people's rows are the contacts and its
  companies' the accounts, a person's value read from the rows (mapping/party_split.py);
- a file whose rows are each one person's send (a person column and two or more of sent,
  opened, clicked) is no campaign (intake/send_tracking.py); a list's items are its
  members, no products (intake/kinds.py);
- a relation written by its key (``user.importId``, ``paymentMode.importId``,
  ``country_id/id``) links only to a file of the kind its field names, or, naming none, to
  a file named for the field (intake/links.py);
- an export with no tasks file takes its to-dos from its activities: the rows whose type
  says a to-do (task, deadline, follow-up, reminder), or a whole file of planned activities
  (a due date, no start or end); a file name's bracketed model name routes nothing
  (mapping/todo_activities.py, mapping/history.py);
- a record's primary (mailing) and alternate (other) address parts are its first and second
  address (mapping/party_address.py); other CRMs' words: SugarCRM's date_entered,
  assigned_user_id and date_end, Zoho's Closing Date and Asst Phone, HubSpot's Associated
  Company (mapping/data/synonyms.yml);
- more words for the kinds: clients, inquiries, proposals and the common European words
  for companies, deals, tasks, notes, users, events (intake/kinds.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import classify_table, discover
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export
from d365migrate.mapping.history import route_by_name
from d365migrate.mapping.mapfile import MappingError, table_map
from d365migrate.mapping.propose import propose_mapping

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"

PARTY = ["id", "is_company", "name", "first_name", "email", "phone", "street", "city"]


def test_companies_and_people_in_one_file_are_the_customers() -> None:
    # named for nothing: its columns alone say companies and people together
    kind, _, _, evidence = classify_table("directory_export", PARTY, "id")
    assert kind == "account"
    assert any("companies and people together" in e and "'is_company'" in e
               for e in evidence)
    # a type column (Axelor writes its choices '<field>Select'), numbers for values
    cols = ["importId", "partnerTypeSelect", "name", "firstName", "fullName", "email",
            "fixedPhone", "mobilePhone", "mainPartner_importId"]
    assert classify_table("crm_relations", cols, "importId")[0] == "account"


def test_a_partner_file_is_accounts_by_its_name() -> None:
    assert name_kind("res_partner") == ("account", "head")
    assert name_kind("business_partners")[0] == "account"
    cols = ["id", "display_name", "website", "vat", "street", "zip", "city"]
    assert classify_table("partners", cols, "id")[0] == "account"


def test_people_without_a_party_column_and_children_of_accounts_are_not_parties() -> None:
    people = ["id", "first_name", "last_name", "email", "phone", "title"]
    assert classify_table("directory_export", people, "id")[0] == "contact"
    # a payment method of an account carries 'is_company' and the holder's names
    child = ["id", "account_id", "is_company", "first_name", "last_name", "company_name",
             "email", "credit_card_type", "city", "state"]
    assert classify_table("payment_method", child, "id")[0] != "account"


def test_a_lists_members_with_their_sends_are_no_campaign() -> None:
    cols = ["id", "emailAddress", "contactId", "listId", "uniqueId", "sent", "opened",
            "clicked", "unsubscribed"]
    kind, _, _, evidence = classify_table("list_items", cols, "id")
    assert kind == "unknown"
    assert any("send tracking" in e and "not campaigns" in e for e in evidence)
    assert name_kind("list_items")[0] != "product"  # a list's items are its members
    assert name_kind("segment_items")[0] != "product"
    assert name_kind("items") == ("product", "head")  # what the business sells, still


def test_a_campaigns_own_counts_stay_a_campaign() -> None:
    cols = ["id", "name", "recipients", "opens", "clicks", "sent_at", "channel"]
    assert classify_table("mailings", cols, "id")[0] == "campaign"


def _links(tables: dict[str, pl.DataFrame]) -> set[tuple[str, str]]:
    found = discover(Export(Path("."), tables))
    return {(r.from_, r.to) for r in found.relationships}


def test_a_relation_written_by_its_key_links_only_to_what_its_field_names() -> None:
    """Axelor's 'user.importId', 'paymentMode.importId': small import ids that every table
    holds, linked by chance to whichever table's ids contain them."""
    leads = pl.DataFrame({"importId": [str(i) for i in range(1, 21)],
                          "name": [f"Lead {i}" for i in range(1, 21)],
                          "firstName": ["Ann"] * 20, "email": [f"l{i}@x.org" for i in range(20)],
                          "statusSelect": ["1"] * 20})
    partners = pl.DataFrame({"importId": [str(i) for i in range(100, 110)],
                             "name": [f"Co {i}" for i in range(10)],
                             "website": ["https://x.org"] * 10, "city": ["Lyon"] * 10})
    events = pl.DataFrame({"importId": [str(i) for i in range(500, 512)],
                           "subject": [f"Call {i}" for i in range(12)],
                           "startDateTime": ["2024-01-02 10:00"] * 12,
                           "lead.importId": [str(i) for i in range(1, 13)],
                           "user.importId": [str(1 + i % 3) for i in range(12)],
                           "paymentMode.importId": [str(2 + i % 2) for i in range(12)],
                           "clientPartner.importId": [str(100 + i % 5) for i in range(12)]})
    links = _links({"crm_lead": leads, "base_partner": partners, "crm_event": events})
    assert ("crm_event.lead.importId", "crm_lead.importId") in links
    assert ("crm_event.clientPartner.importId", "base_partner.importId") in links
    # a user (no users file here) and a payment mode (no file of them) link to no lead
    assert not any(f in ("crm_event.user.importId", "crm_event.paymentMode.importId")
                   for f, _ in links)


def _proposed(tables: dict[str, pl.DataFrame], units: list[str]) -> dict:
    export = Export(Path("."), tables)
    defs = {u: json.loads((TABLES / f"{u}.json").read_text()) for u in units}
    return propose_mapping(export, discover(export), defs, units,
                           source_id_column="new_sourceid").mapping


def _entry(mapping: dict, unit: str) -> dict | None:
    """The map's entry for ``unit`` with a source, or None."""
    try:
        entry = table_map(mapping, unit)
    except MappingError:
        return None
    return entry if entry.get("source") else None


def test_the_todos_among_activities_are_the_tasks_of_an_export_with_no_tasks_file() -> None:
    """Pipedrive's activities: a type (task, deadline, call, meeting) and a due date."""
    activities = pl.DataFrame({
        "id": [str(i) for i in range(1, 9)],
        "type": ["task", "deadline", "call", "meeting", "task", "call", "deadline", "task"],
        "subject": [f"Thing {i}" for i in range(8)],
        "due_date": [f"2024-05-0{i + 1}" for i in range(8)],
        "done": ["true", "false"] * 4,
        "note": ["text"] * 8})
    mapping = _proposed({"activities": activities}, ["task", "phonecall"])
    task = table_map(mapping, "task")
    assert task["source"] == "activities"
    assert task["where"] == {"column": "type", "in": ["deadline", "task"]}
    targets = {c["target"]: c["source"] for c in task["columns"]}
    assert targets["subject"] == "subject" and targets["scheduledend"] == "due_date"
    assert table_map(mapping, "phonecall")["where"]["in"] == ["call"]


def test_a_file_of_planned_activities_is_tasks_and_its_model_name_routes_nothing() -> None:
    """Odoo's 'Activity (mail.activity)': a summary and a deadline each, no type column; the
    model's 'mail' in brackets is no email."""
    assert route_by_name("Activity (mail.activity)") is None
    assert route_by_name("Calls (2)") == "phonecall"
    planned = pl.DataFrame({"id": [f"a{i}" for i in range(6)],
                            "summary": [f"Call back {i}" for i in range(6)],
                            "date_deadline": [f"2024-02-0{i + 1}" for i in range(6)],
                            "note": ["x"] * 6})
    mapping = _proposed({"Activity (mail.activity)": planned}, ["task", "email"])
    task = table_map(mapping, "task")
    assert task["source"] == "Activity (mail.activity)" and "where" not in task
    assert "a planned activity, due by 'date_deadline'" in task["reason"]
    assert _entry(mapping, "email") is None
    # meetings (a start and an end) are no to-dos; a tasks file of its own stays the source
    meetings = planned.with_columns(pl.col("date_deadline").alias("start_date"),
                                    pl.col("date_deadline").alias("end_date"))
    assert _entry(_proposed({"Activity (mail.activity)": meetings}, ["task"]), "task") is None
    tasks = pl.DataFrame({"task_id": ["t1", "t2", "t3"], "subject": ["A", "B", "C"],
                          "due_date": ["2024-01-01"] * 3, "status": ["open"] * 3})
    both = _proposed({"Activity (mail.activity)": planned, "tasks": tasks}, ["task"])
    assert table_map(both, "task")["source"] == "tasks"


def test_a_partners_files_people_are_the_contacts_when_there_is_no_contacts_file() -> None:
    """Axelor writes its partner type 1 (company) and 2 (person): which value is a person's
    is read from the rows (a first name on most of them)."""
    partners = pl.DataFrame({
        "importId": [str(i) for i in range(1, 9)],
        "partnerTypeSelect": ["1", "2", "2", "1", "2", "2", "2", "1"],
        "name": ["ACME", "DOE", "ROE", "GLOBEX", "POE", "LEE", "KIM", "INITECH"],
        "firstName": [None, "Jane", "Rick", None, "Ed", "Ann", None, None],
        "email": [f"p{i}@x.org" for i in range(8)],
        "fixedPhone": ["+33 1 23 45 67 89"] * 8})
    mapping = _proposed({"base_partner": partners}, ["account", "contact"])
    account, contact = table_map(mapping, "account"), table_map(mapping, "contact")
    assert account["source"] == contact["source"] == "base_partner"
    assert account["where"] == {"column": "partnerTypeSelect", "in": ["1"]}
    assert contact["where"] == {"column": "partnerTypeSelect", "in": ["2"]}
    assert "5 row(s) whose partnerTypeSelect is '2' are people (contacts)" in contact["reason"]
    targets = {c["target"]: c["source"] for c in contact["columns"]}
    assert targets["firstname"] == "firstName" and targets["lastname"] == "name"
    # with a contacts file of its own, the partners are split all the same (keys75): their
    # companies the accounts, their people a further contacts entry
    people = pl.DataFrame({"id": ["c1", "c2", "c3"], "first_name": ["A", "B", "C"],
                           "last_name": ["X", "Y", "Z"], "email": ["a@x.org", "b@x", "c@x"]})
    both = _proposed({"base_partner": partners, "contacts": people}, ["account", "contact"])
    assert table_map(both, "contact")["source"] == "contacts"
    assert table_map(both, "account")["where"] == {"column": "partnerTypeSelect", "in": ["1"]}
    more = table_map(both, "contact_2")
    assert more["source"] == "base_partner" and more["where"]["in"] == ["2"]


def test_a_partners_file_of_one_kind_is_not_split() -> None:
    from d365migrate.mapping.party_split import party_split

    companies = pl.DataFrame({"id": ["1", "2"], "is_company": ["true", "true"],
                              "name": ["A", "B"], "first_name": ["", ""]})
    assert party_split(companies) is None
    odoo = companies.vstack(pl.DataFrame({"id": ["3"], "is_company": ["false"],
                                          "name": ["Doe"], "first_name": ["Jo"]}))
    split = party_split(odoo)
    assert split is not None and split.people == ("false",) and split.companies == ("true",)
    assert split.rows(odoo, "contact")["id"].to_list() == ["3"]


def _top(df: pl.DataFrame, table: str) -> dict[str, str | None]:
    from d365migrate.mapping.accuracy import load_table_defs
    from d365migrate.mapping.suggest import suggest_columns

    defs = {**load_table_defs(TABLES),
            **load_table_defs(TABLES.parents[3] / "tests" / "data" / "tables")}
    sugg = suggest_columns(df, dict(defs[table]), source_object=table)
    return {c: (sugg.get(c) or [None])[0].target if sugg.get(c) else None for c in df.columns}


def test_a_records_primary_and_alternate_address_parts_are_its_first_and_second() -> None:
    """SugarCRM's and SuiteCRM's contacts: primary_address_<part>, alt_address_<part>."""
    people = pl.DataFrame({
        "first_name": ["Ann", "Bo", "Cy"], "last_name": ["Lee", "Kim", "Poe"],
        "primary_address_street": ["1 Main St", "2 High St", "3 Low Rd"],
        "primary_address_city": ["Leeds", "York", "Bath"],
        "primary_address_postalcode": ["LS1 1AA", "YO1 7HH", "BA1 1AA"],
        "alt_address_street": ["9 Side St", "8 Back Ln", "7 Rear Rd"],
        "alt_address_country": ["UK", "UK", "UK"]})
    top = _top(people, "contact")
    assert top["primary_address_street"] == "address1_line1"
    assert top["primary_address_city"] == "address1_city"
    assert top["primary_address_postalcode"] == "address1_postalcode"
    assert top["alt_address_street"] == "address2_line1"
    assert top["alt_address_country"] == "address2_country"


def test_other_crms_words_for_created_owner_close_date_and_company() -> None:
    """SugarCRM's date_entered and assigned_user_id, Zoho's Closing Date and Asst Phone,
    HubSpot's Associated Company: words of CRMs the engine has not seen exported."""
    deals = pl.DataFrame({"Deal Name": ["A", "B", "C"],
                          "Closing Date": ["2024-05-01", "2024-06-01", "2024-07-01"],
                          "date_entered": ["2024-01-01 10:00:00"] * 3,
                          "assigned_user_id": ["u1", "u2", "u1"],
                          "Associated Company": ["Acme", "Globex", "Initech"]})
    top = _top(deals, "opportunity")
    assert top["Closing Date"] == "estimatedclosedate"
    assert top["date_entered"] == "overriddencreatedon"
    assert top["assigned_user_id"] == "ownerid"
    assert top["Associated Company"] == "customerid"
    people = pl.DataFrame({"First Name": ["A", "B", "C"], "Last Name": ["X", "Y", "Z"],
                           "Asst Phone": ["+1 555 0100", "+1 555 0101", "+1 555 0102"],
                           "Associated Company": ["Acme", "Globex", "Initech"]})
    top = _top(people, "contact")
    assert top["Asst Phone"] == "assistantphone"
    assert top["Associated Company"] == "parentcustomerid"
    calls = pl.DataFrame({"name": ["Call A", "Call B", "Call C"],
                          "date_start": ["2024-01-01 10:00:00"] * 3,
                          "date_end": ["2024-01-01 10:30:00"] * 3})
    assert _top(calls, "phonecall")["date_end"] == "scheduledend"


def test_more_words_for_the_kinds_in_english_and_the_common_european_languages() -> None:
    """'Clients' (a small firm's word for its customers), a web form's inquiries, the
    French, Spanish, Italian and German words for companies, deals, tasks, notes, users."""
    words = {"clients": "account", "societes": "account", "empresas": "account",
             "unternehmen": "account", "inquiries": "lead",
             "enquiries": "lead", "affaires": "deal", "oportunidades": "deal",
             "tareas": "task", "notas": "note", "proposals": "quote", "usuarios": "user",
             "benutzer": "user", "evenements": "activity", "emailings": "campaign"}
    for word, kind in words.items():
        assert name_kind(word)[0] == kind, word
    cols = ["id", "name", "phone", "website", "city", "country"]
    assert classify_table("Clients", cols, "id")[0] == "account"
    # a mailing list is no campaign, a credit memo no note, a visitor no activity
    assert name_kind("mailing_list")[0] != "campaign"
    assert name_kind("credit_memo")[0] is None
    assert name_kind("visitor_sessions")[0] != "activity"


def test_a_partners_file_stages_its_companies_and_people_apart_and_every_row_is_taken() -> None:
    from d365migrate.mapping.mapfile import confirm
    from d365migrate.staging.stage import stage_table
    from d365migrate.verify.inventory import build_inventory

    partners = pl.DataFrame({
        "id": [f"p{i}" for i in range(1, 7)],
        "is_company": ["true", "false", "false", "true", "false", "false"],
        "name": ["Acme", "Doe", "Roe", "Globex", "Poe", "Lee"],
        "first_name": ["", "Jane", "Rick", "", "Ed", "Ann"],
        "email": ["info@acme.example", "jane@acme.example", "rick@globex.example",
                  "info@globex.example", "ed@acme.example", "ann@globex.example"]})
    mapping = confirm(_proposed({"res_partner": partners}, ["account", "contact"]), "analyst")
    files = {"res_partner": "res_partner.csv"}
    accounts = stage_table(mapping, "account", {"res_partner": partners}, files)
    contacts = stage_table(mapping, "contact", {"res_partner": partners}, files)
    assert sorted(accounts.staged["__source_id"].to_list()) == ["p1", "p4"]
    assert sorted(contacts.staged["__source_id"].to_list()) == ["p2", "p3", "p5", "p6"]
    summary = {"account": {"source": "res_partner", "source_rows": accounts.source_rows},
               "contact": {"source": "res_partner", "source_rows": contacts.source_rows}}
    inventory = build_inventory(
        [{"source": "res_partner", "file": "res_partner.csv", "kind": "account", "rows": 6}],
        summary, [], {})
    (entry,) = inventory["files"]
    assert entry["taken"] == {"account": 2, "contact": 4} and entry["not_taken"] == 0
