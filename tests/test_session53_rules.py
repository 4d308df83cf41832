"""Session 53's rules, each on made-up data: an association's memberships are its members
(contacts), a link table of group memberships stays no records; a 'Status' of true/false is
the record's active flag, never a status reason; an empty 'Member Number' names no owner; a
file of requests numbering its own tickets is the tickets, its 'Ticket ID' the case number
and its 'First message' the case's description; German and French product numbers ('Art.-Nr.',
'UGS') say products (rounds Z4's and Z5's held-out misses: Tendenci, Akeneo, UnoPim,
Tiledesk, Easy Digital Downloads)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import classify_table
from d365migrate.intake.kinds import name_kind
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def _def(name: str) -> dict:
    return json.loads((TABLES / f"{name}.json").read_text())


def test_memberships_naming_their_members_are_members_a_link_table_no_records() -> None:
    assert name_kind("corporate_memberships")[0] == "account"
    assert name_kind("group_memberships")[0] is None
    kind, _, _, _ = classify_table("memberships", [
        "First Name", "Last Name", "Email", "Membership Type", "Join Date",
        "Expiration Date", "is_active", "is_staff"])
    assert kind == "contact"
    kind, _, _, _ = classify_table("memberships", [
        "Vorname", "Nachname", "E-Mail", "Mitgliedschaftstyp", "Beitrittsdatum"])
    assert kind == "contact"
    # CiviCRM's memberships join a contact to a membership type: no records of their own
    kind, _, _, _ = classify_table("Membership", [
        "id", "contact_id", "membership_type_id", "join_date", "start_date", "end_date",
        "status_id"], "id")
    assert kind != "contact"


def test_a_status_of_true_or_false_is_an_active_flag_never_a_status_reason() -> None:
    people = pl.DataFrame({"First Name": ["Ana", "Bo", "Cy"], "Last Name": ["Ruiz", "Berg", "Li"],
                           "Email": ["a@x.org", "b@x.org", "c@x.org"],
                           "Status": ["True", "False", "True"]})
    cands = suggest_columns(people, _def("contact"), source_object="members")
    assert cands["Status"][0].target == "statecode"
    # beside a status that says more, the flag is left to the analyst
    detailed = people.with_columns(pl.Series("Status Detail", ["active", "expired", "active"]))
    cands = suggest_columns(detailed, _def("contact"), source_object="members")
    assert not cands["Status"] or cands["Status"][0].target not in ("statuscode", "statecode")
    # a product's: no status reason either, its state (session 64: in use Active, out of
    # use Retired; test_session64_rules.py)
    products = pl.DataFrame({"SKU": ["A-1", "A-2"], "Name": ["Chair", "Desk"],
                             "Status": ["true", "false"]})
    cands = suggest_columns(products, _def("product"), source_object="products")
    assert cands["Status"][0].target == "statecode"
    assert all(c.target != "statuscode" for c in cands["Status"])
    # a status of 0 and 1 is a code: Dataverse's own State 0 is Active (its sample data)
    from d365migrate.mapping.active_flags import status_flag
    assert not status_flag("Status", ["0", "1"]) and status_flag("Status", ["True", "False"])
    # a to-do's status 0 and 1 are its status codes (Freshsales' open tasks)
    tasks = pl.DataFrame({"Subject": ["Call", "Mail"], "Status": ["0", "1"]})
    cands = suggest_columns(tasks, _def("task"), source_object="tasks")
    assert cands["Status"] and cands["Status"][0].target in ("statuscode", "statecode")
    # a status of words is a status still
    words = products.with_columns(pl.Series("Status", ["Active", "Retired"]))
    cands = suggest_columns(words, _def("product"), source_object="products")
    assert cands["Status"][0].target in ("statuscode", "statecode")


def test_an_empty_member_number_names_no_owner() -> None:
    people = pl.DataFrame({"First Name": ["Ana", "Bo"], "Last Name": ["Ruiz", "Berg"],
                           "Email": ["a@x.org", "b@x.org"], "Member Number": [None, None]},
                          schema_overrides={"Member Number": pl.Utf8})
    cands = suggest_columns(people, _def("contact"), source_object="memberships")
    assert all(c.target != "ownerid" for c in cands["Member Number"])


def _requests() -> pl.DataFrame:
    return pl.DataFrame({
        "Id": ["652e46f2a", "652e46f2b", "652e46f2c"], "Priority": ["medium", "high", "low"],
        "Agents": ["652e46f1", "652e46f1", "652e46f1"],
        "Conversation Id": ["support-group-1a", "support-group-2b", "support-group-3c"],
        "First message": ["My order is late", "Refund please", "Where is my parcel"],
        "Created": ["2023-10-19", "2023-10-20", "2023-10-21"], "Ticket ID": ["1", "2", "3"],
        "Channel": ["chat21", "email", "chat21"],
        "Requester name": ["Ana Ruiz", "Bo Berg", "Cy Li"]})


def test_requests_that_number_their_own_tickets_are_the_tickets() -> None:
    df = _requests()
    unique = frozenset(c for c in df.columns if df[c].n_unique() == df.height)
    kind, _, _, _ = classify_table("requests", df.columns, "Id", unique)
    assert kind == "ticket"
    # the same columns without the ticket's own number are a conversation's part
    kind, _, _, _ = classify_table("requests", [c for c in df.columns if c != "Ticket ID"],
                                   "Id", unique - {"Ticket ID"})
    assert kind != "ticket"


def test_a_cases_ticket_id_is_its_number_and_its_first_message_its_description() -> None:
    cands = suggest_columns(_requests(), _def("incident"), source_object="requests", key="Id")
    assert cands["Ticket ID"][0].target == "ticketnumber"
    assert all(c.target != "ticketnumber" for c in cands["Conversation Id"])
    assert cands["First message"][0].target == "description"


def test_german_and_french_article_numbers_say_a_file_of_products() -> None:
    for heads in (["ID", "Name", "Beschrieb", "Preis", "Art.-Nr.", "Kategorien"],
                  ["ID", "Nom", "Description", "Prix", "UGS", "Catégories"]):
        kind, _, _, _ = classify_table("downloads", heads, "ID")
        assert kind == "product", heads


def test_a_decided_columns_options_under_choices_are_applied_after_it_is_filled() -> None:
    from d365migrate.mapping.decisions import apply_decisions
    mapping = {"tables": [{"target": "incident", "source": "bugs", "source_key": "ID",
                           "columns": [{"source": "Summary", "target": "title",
                                        "transform": None, "confidence": 1.0, "reason": ""}]}]}
    decisions = {"columns": {"incident.casetypecode": {"source": "Type", "transform": "choice"}},
                 "choices": {"incident.casetypecode": {"defect": 2, "enhancement": 3}}}
    out = apply_decisions(mapping, decisions, table_def=lambda name: _def(name))
    (entry,) = out["tables"]
    (case_type,) = [c for c in entry["columns"] if c["target"] == "casetypecode"]
    assert case_type["source"] == "Type"
    assert case_type["values"] == {"defect": 2, "enhancement": 3}


def test_round_z6_words_glued_names_suburbs_and_stock() -> None:
    """Classic Models' glued upper-case names of four words, its MSRP and buy price;
    Fleetbase's drop-off and issue report; Jethro's suburb (no city beside) and remarks;
    Lunar's German stock; Bugzilla's real name of a user."""
    customers = pl.DataFrame({
        "CUSTOMERNUMBER": ["103", "112"], "CUSTOMERNAME": ["Atelier graphique", "Signal Gift"],
        "PHONE": ["40.32.2555", "7025551838"], "CITY": ["Nantes", "Las Vegas"],
        "COUNTRY": ["France", "USA"], "SALESREPEMPLOYEENUMBER": ["1370", "1166"],
        "CREDITLIMIT": ["21000.0", "71800.0"]})
    cands = suggest_columns(customers, _def("account"), source_object="customers",
                            key="CUSTOMERNUMBER")
    assert cands["SALESREPEMPLOYEENUMBER"][0].target == "ownerid"
    products = pl.DataFrame({"PRODUCTCODE": ["S10_1678", "S10_1949"],
                             "PRODUCTNAME": ["1969 Harley", "1952 Alpine"],
                             "BUYPRICE": ["48.81", "98.58"], "MSRP": ["95.7", "214.3"],
                             "Bestand": ["2000", "3000"]})
    cands = suggest_columns(products, _def("product"), source_object="products",
                            key="PRODUCTCODE")
    assert cands["BUYPRICE"][0].target == "currentcost"
    assert cands["MSRP"][0].target == "price"
    assert cands["Bestand"][0].target == "quantityonhand"
    orders = pl.DataFrame({"Tracking": ["T-1", "T-2"], "Customer": ["Alice Tan", "Ben Lim"],
                           "Dropoff": ["ION ORCHARD - 2 ORCHARD TURN", "ROCHOR CANAL ROAD"],
                           "Discount": ["300", "0"]})
    cands = suggest_columns(orders, _def("salesorder"), source_object="orders", key="Tracking")
    assert cands["Dropoff"][0].target == "shipto_line1"
    assert cands["Discount"][0].target == "discountamount"   # no percentage is over 100
    issues = pl.DataFrame({"Issue ID": ["A", "B"], "Title": ["Low tire", "Liftgate"],
                           "Issue Report": ["Low tire pressure warning", "Liftgate broken"]})
    cands = suggest_columns(issues, _def("incident"), source_object="issues", key="Issue ID")
    assert cands["Issue Report"][0].target == "description"
    persons = pl.DataFrame({"FIRST NAME": ["Martin", "John"], "LAST NAME": ["Luther", "Calvin"],
                            "CONTACT REMARKS": ["Reformer", "Pastor"],
                            "ADDRESS_STREET": ["Collegienstr. 54", "Rue des Chanoines 1"],
                            "ADDRESS_SUBURB": ["Wittenberg", "Geneva"],
                            "ADDRESS_POSTCODE": ["1234", "1204"]})
    cands = suggest_columns(persons, _def("contact"), source_object="persons")
    assert cands["CONTACT REMARKS"][0].target == "description"
    assert cands["ADDRESS_SUBURB"][0].target == "address1_city"
    # beside a city, a suburb is the line under the street (osCommerce's)
    shop = persons.with_columns(pl.Series("City", ["Wittenberg", "Geneva"]))
    cands = suggest_columns(shop, _def("contact"), source_object="persons")
    assert all(c.target != "address1_city" for c in cands["ADDRESS_SUBURB"])
    users = pl.DataFrame({"Login name": ["a@x.org", "b@x.org"], "Real name": ["QA Admin", "Bo"]})
    cands = suggest_columns(users, _def("systemuser"), source_object="users", key="Login name")
    assert cands["Real name"][0].target in ("fullname", "lastname")


def test_a_quotes_unix_dates_read_under_their_names() -> None:
    quotes = pl.DataFrame({"id": ["4", "5"], "valid_till": ["1674979199", "1674979199"],
                           "date": ["1674054723", "1674054772"], "total": ["1000", "2000"]})
    cands = suggest_columns(quotes, _def("quote"), source_object="quote", key="id")
    assert cands["valid_till"][0].target == "expireson"
    assert cands["date"][0].target == "effectivefrom"


def test_round_z7_numbers_added_dates_items_and_postgres_eras() -> None:
    """InvoiceShelf's French estimates numbered 'N°', its 'Ajouté le' and Portuguese 'Itens';
    OpenBoxes' French unit cost; Mathesar's PostgreSQL timestamps with their era ('AD')."""
    from d365migrate.intake.values import datetime_expr, infer_column
    quotes = pl.DataFrame({"N°": ["EST-000001", "EST-000002"], "Client": ["Ana", "Bo"],
                           "Ajouté le": ["14/01/2025", "15/01/2025"]})
    cands = suggest_columns(quotes, _def("quote"), source_object="Devis", key=None)
    assert cands["N°"][0].target == "quotenumber"
    assert cands["Ajouté le"][0].target == "overriddencreatedon"
    items = pl.DataFrame({"Nome": ["Cadeira", "Mesa"], "Preço": ["10,00", "20,00"]})
    kind, _, _, _ = classify_table("Itens", items.columns)
    assert kind == "product"
    costs = pl.DataFrame({"Code": ["A1", "B2"], "Nom": ["Gants", "Masque"],
                          "Coût unitaire": ["1.50", "2.25"]})
    cands = suggest_columns(costs, _def("product"), source_object="products", key="Code")
    assert cands["Coût unitaire"][0].target in ("standardcost", "currentcost")
    era = pl.Series("d", ["2025-01-14T01:12:15.71713 AD", "2025-02-01T11:02:05.1 AD"])
    assert infer_column(era)["type"] == "datetime"
    read = pl.DataFrame({"d": era}).select(datetime_expr(pl.col("d"), ["%Y-%m-%dT%H:%M:%S%.f AD"]))
    assert read["d"].null_count() == 0   # an analyst's format with the era reads it too
