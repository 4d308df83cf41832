"""Session 59's rules, each on made-up data: round Z23's held-out misses (lexoffice, Less
Annoying CRM, Flutterwave), tuned in-sample."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.company_rows import company_share
from d365migrate.intake.json_paths import path_field_name, path_leaves
from d365migrate.intake.kinds import kind_of_word
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.suggest import suggest_columns

ROOT = Path(__file__).resolve().parents[1]
DEFS = {**load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables"),
        **load_table_defs(ROOT / "tests" / "data" / "tables")}


def _top(df: pl.DataFrame, table: str, source: str) -> dict[str, str | None]:
    got = suggest_columns(df, dict(DEFS[table]), source_object=source)
    return {c: (cands[0].target if cands else None) for c, cands in got.items()}


def test_a_json_path_to_a_list_entry_reads_its_kind_and_the_lists_name() -> None:
    """lexoffice's 'emailAddresses.business[0]': the business e-mail; 'phoneNumbers.fax[0]'
    the fax. An index elsewhere in the path says nothing; a name without one is kept."""
    assert path_field_name("emailAddresses.business[0]") == "business email"
    assert path_field_name("phoneNumbers.mobile[0]") == "mobile phone"
    assert path_field_name("addresses.billing[0].city") == "addresses billing city"
    assert path_field_name("person.firstName") == "person.firstName"
    assert path_field_name("Phone [0]") == "Phone [0]"
    assert path_leaves(["price.netPrice", "customers.given_name", "title"]) == {"netprice"}
    df = pl.DataFrame({"person.firstName": ["Inge", "Max"],
                       "person.lastName": ["Musterfrau", "Mustermann"],
                       "emailAddresses.business[0]": ["inge@example.de", "max@example.de"],
                       "emailAddresses.private[0]": ["inge@home.de", None],
                       "phoneNumbers.business[0]": ["08000/1231", "08000/1241"],
                       "phoneNumbers.mobile[0]": ["0170/1233", None],
                       "phoneNumbers.fax[0]": ["08000/1235", None]})
    top = _top(df, "contact", "contacts")
    assert top["emailAddresses.business[0]"] == "emailaddress1"
    assert top["emailAddresses.private[0]"] == "emailaddress2"
    assert top["phoneNumbers.business[0]"] == "telephone1"
    assert top["phoneNumbers.mobile[0]"] == "mobilephone"
    assert top["phoneNumbers.fax[0]"] == "fax"


def test_an_address_blocks_code_and_supplement_and_a_documents_plain_address() -> None:
    """'countryCode' and 'supplement' are a block's country and second line; a quotation's
    one address named plainly ('address.street', 'address.name') is its bill-to."""
    contacts = pl.DataFrame({"person.lastName": ["Muster"],
                             "addresses.billing[0].supplement": ["Hinterhaus"],
                             "addresses.billing[0].street": ["Hauptstr. 5"],
                             "addresses.billing[0].zip": ["12345"],
                             "addresses.billing[0].city": ["Musterort"],
                             "addresses.billing[0].countryCode": ["DE"]})
    top = _top(contacts, "contact", "contacts")
    assert top["addresses.billing[0].countryCode"] == "address1_country"
    assert top["addresses.billing[0].supplement"] == "address1_line2"
    quotes = pl.DataFrame({"voucherNumber": ["AG0006", "AG0007"],
                           "address.name": ["Berliner Kindl GmbH", "Acme AG"],
                           "address.street": ["Jubiläumsweg 25", "Ring 1"],
                           "address.city": ["Berlin", "Köln"], "address.zip": ["14089", "50667"],
                           "address.countryCode": ["DE", "DE"]})
    top = _top(quotes, "quote", "quotations")
    assert [top[f"address.{p}"] for p in ("name", "street", "city", "zip", "countryCode")] == [
        "billto_name", "billto_line1", "billto_city", "billto_postalcode", "billto_country"]


def test_a_documents_totals_status_and_addressee_and_a_firms_vat_id() -> None:
    """lexoffice's 'totalPrice.totalGrossAmount' / '.totalTaxAmount' are a quote's total and
    tax, 'voucherStatus' its status, 'address.contactId' its customer; a company's
    'vatRegistrationId' is its tax number, no link to a company."""
    quotes = pl.DataFrame({"voucherNumber": ["AG0006", "AG0007"],
                           "voucherStatus": ["open", "accepted"],
                           "address.contactId": ["97c5794f-8ab2-43ad-b459-c5980b055e4d",
                                                 "17c5794f-8ab2-43ad-b459-c5980b055e4e"],
                           "totalPrice.totalGrossAmount": ["23.90", "11.90"],
                           "totalPrice.totalTaxAmount": ["3.82", "1.90"]})
    top = _top(quotes, "quote", "quotations")
    assert top["voucherStatus"] == "statuscode"
    assert top["address.contactId"] == "customerid"
    assert top["totalPrice.totalGrossAmount"] == "totalamount"
    assert top["totalPrice.totalTaxAmount"] == "totaltax"
    people = pl.DataFrame({"person.lastName": ["Muster", "Meier"],
                           "company.vatRegistrationId": ["DE123456789", None]})
    assert _top(people, "contact", "contacts")["company.vatRegistrationId"] is None


def test_file_names_of_order_confirmations_pipeline_items_plans_and_subaccounts() -> None:
    """An order confirmation is an order; a pipeline's items (or its report of them) its
    deals, not its stages; a payment plan a product; a payments service's subaccounts the
    businesses it pays, accounts."""
    assert kind_of_word("order_confirmations") == "order"
    assert kind_of_word("pipeline_report") == "deal"
    assert kind_of_word("pipeline_items") == "deal"
    assert kind_of_word("pipelines") == "pipeline"
    assert kind_of_word("payment_plans") == "product"
    assert kind_of_word("subaccounts") == "account"


def test_a_company_flag_behind_the_files_prefix_says_its_rows_are_companies() -> None:
    """Less Annoying CRM's 'contact_is_company': the file's shared 'contact_' prefix hides
    the flag; read without it, the row is a company's."""
    df = pl.DataFrame({"contact_contact_id": ["1", "2"], "contact_email": ["a@x.com", None],
                       "contact_is_company": ["1", "1"], "contact_company_name": ["A", "B"]})
    assert company_share(df)[:2] == (2, 2)
    people = df.with_columns(pl.lit("0").alias("contact_is_company"))
    assert company_share(people)[:2] == (0, 2)


def test_every_answer_keys_file_kinds_are_discoverys_kinds() -> None:
    """A key's kind outside discovery's vocabulary ('opportunity' for 'deal', 'salesorder'
    for 'order') can never be matched: the file would count as missed whatever was read."""
    import yaml

    from d365migrate.intake.kinds import OBJECT_KINDS

    bad = []
    for path in sorted((ROOT / "tests" / "data" / "answer_keys").glob("*.yml")):
        files = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("files") or {}
        for source, spec in files.items():
            kinds = spec.get("kind") if isinstance(spec, dict) else None
            for kind in kinds if isinstance(kinds, list) else [kinds]:
                if kind is not None and kind not in OBJECT_KINDS:
                    bad.append(f"{path.name}: {source}: {kind}")
    assert not bad, bad


def test_a_date_only_column_keeps_the_date_as_written_whatever_its_offset() -> None:
    """Bitrix24's birth date '1990-01-01T00:00:00+06:00' is 1 January: a date-only (or
    zone-independent) column is never shifted to UTC (it was staged 31 December); a moment
    the org keeps as UserLocal still is."""
    from d365migrate.intake.values import ValueFormat
    from d365migrate.staging.stage import convert
    from d365migrate.verify.compare import Kind
    from d365migrate.verify.export_cells import plain_moment

    cells = pl.DataFrame({"v": ["1990-01-01T00:00:00+06:00", "1990-01-01T23:30:00-05:00"]})
    dated = cells.select(convert(pl.col("v"), "date"))["v"].to_list()
    assert dated == ["1990-01-01", "1990-01-01"]
    wall = cells.select(convert(pl.col("v"), "datetime", fmt=ValueFormat(wall=True)))
    assert wall["v"].to_list() == ["1990-01-01T00:00:00Z", "1990-01-01T23:30:00Z"]
    moment = cells.select(convert(pl.col("v"), "datetime"))["v"].to_list()
    assert moment == ["1989-12-31T18:00:00Z", "1990-01-02T04:30:00Z"]
    assert plain_moment("1990-01-01T00:00:00+06:00", Kind("date"), None) == "1990-01-01"


def test_bitrix24s_field_codes() -> None:
    """Round Z24's Bitrix24: the responsible user ('ASSIGNED_BY_ID', 'RESPONSIBLE_ID') is
    the owner; a lead's 'COMPANY_TITLE' its company (its 'SOURCE_ID' and 'OPPORTUNITY' are
    left alone: another CRM's lead 'source_id' links a source, its 'opportunity' a deal); a deal's
    'OPPORTUNITY' holding sums what it is worth, its 'TITLE' its name; a user's 'NAME'
    beside 'LAST_NAME' the given name, 'WORK_POSITION' the job."""
    leads = pl.DataFrame({"TITLE": ["New lead", "Web form"], "NAME": ["John", "Ann"],
                          "LAST_NAME": ["Doe", "Roe"], "COMPANY_TITLE": ["Acme", "Globex"],
                          "SOURCE_ID": ["WEB", "CALL"], "OPPORTUNITY": ["1000", "250"],
                          "ASSIGNED_BY_ID": ["1", "2"]})
    top = _top(leads, "lead", "leads")
    assert (top["COMPANY_TITLE"], top["ASSIGNED_BY_ID"]) == ("companyname", "ownerid")
    deals = pl.DataFrame({"TITLE": ["Big deal", "Renewal"], "OPPORTUNITY": ["1000", "250"]})
    assert _top(deals, "opportunity", "deals") == {"TITLE": "name",
                                                   "OPPORTUNITY": "estimatedvalue"}
    users = pl.DataFrame({"NAME": ["John", "Ann"], "LAST_NAME": ["Doe", "Roe"],
                          "WORK_POSITION": ["Developer", "Sales"]})
    top = _top(users, "systemuser", "users")
    assert (top["NAME"], top["WORK_POSITION"]) == ("firstname", "jobtitle")


def test_an_id_beside_a_column_naming_its_kind_is_the_record_the_row_is_about() -> None:
    """Bitrix24's activity 'OWNER_ID' beside 'OWNER_TYPE_ID' (2: a deal) is the regarding
    record, and 'RESPONSIBLE_ID' the owner; Salesforce's 'OwnerId' beside 'Owner_Type'
    (User, Queue) stays the owner, and an empty kind column says nothing."""
    acts = pl.DataFrame({"SUBJECT": ["Meeting", "Call"], "OWNER_ID": ["1", "7"],
                         "OWNER_TYPE_ID": ["2", "3"], "RESPONSIBLE_ID": ["1", "1"]})
    top = _top(acts, "task", "activities")
    assert (top["OWNER_ID"], top["RESPONSIBLE_ID"]) == ("regardingobjectid", "ownerid")
    sf = pl.DataFrame({"Subject": ["Call", "Mail"], "OwnerId": ["005A1", "00GB2"],
                       "Owner_Type": ["User", "Queue"]})
    assert _top(sf, "task", "Task")["OwnerId"] == "ownerid"
    empty = pl.DataFrame({"subject": ["Call", "Mail"], "reference_id": [None, None],
                          "reference_type": [None, None]}, schema={
        "subject": pl.Utf8, "reference_id": pl.Utf8, "reference_type": pl.Utf8})
    assert _top(empty, "task", "activities")["reference_id"] != "regardingobjectid"


def test_retailcrms_words_an_orders_lines_and_its_delivery_address() -> None:
    """Round Z24's RetailCRM: 'managerId' the owner, 'patronymic' the middle name,
    'totalSumm' the total, 'delivery.cost' the freight; an order's 'items.status' is a
    line's (its own 'status' keeps the status reason); its delivery address's 'index' and
    'countryIso' the ship-to's, beside the customer's copied address and the places' ids."""
    orders = pl.DataFrame({
        "number": ["1001A", "1002A"], "managerId": ["12", "14"], "patronymic": ["Ivanovich", None],
        "totalSumm": ["1500", "900"], "delivery.cost": ["300", "0"],
        "status": ["assembling", "delivering"], "items.status": ["new", "new"],
        "items.discountTotal": ["0", "10"],
        **{f"{who}.address.{part}": [v, v] for who in ("customer", "delivery")
           for part, v in (("index", "344001"), ("countryIso", "RU"), ("region", "Rostov"),
                           ("regionId", "61"), ("city", "Rostov-on-Don"), ("cityId", "4"),
                           ("street", "Pushkinskaya"))}})
    top = _top(orders, "salesorder", "orders")
    assert (top["managerId"], top["totalSumm"], top["delivery.cost"], top["status"]) == (
        "ownerid", "totalamount", "freightamount", "statuscode")
    assert top["items.status"] is None and top["items.discountTotal"] is None
    assert (top["delivery.address.index"], top["delivery.address.countryIso"]) == (
        "shipto_postalcode", "shipto_country")
    assert top["delivery.address.regionId"] is None
    people = pl.DataFrame({"firstName": ["Ivan"], "lastName": ["Petrov"],
                           "patronymic": ["Ivanovich"]})
    assert _top(people, "contact", "customers")["patronymic"] == "middlename"


def test_round_z25s_files_leads_in_a_pipeline_tasks_products_and_contacts() -> None:
    """amoCRM's and Holded's 'leads' in a pipeline or funnel with a price or value are
    deals; amoCRM's tasks (due 'complete_till', 'is_completed') are tasks though they carry
    a text and an entity; Holded's products name their supplier and keep stock, still a
    catalogue; a contacts file its contact persons name by id is the customers."""
    from d365migrate.intake.discover import discover
    from d365migrate.intake.read import Export

    tables = {
        "leads": pl.DataFrame({"id": ["111", "222"], "name": ["Big deal", "Renewal"],
                               "price": ["10000", "500"], "pipeline_id": ["33", "33"],
                               "status_id": ["2", "3"], "responsible_user_id": ["9", "9"]}),
        "tasks": pl.DataFrame({"id": ["1", "2"], "text": ["Call back", "Send offer"],
                               "entity_type": ["leads", "leads"], "entity_id": ["111", "222"],
                               "is_completed": ["true", "false"],
                               "complete_till": ["1601719200", "1601805600"],
                               "responsible_user_id": ["9", "9"], "created_by": ["9", "9"]}),
        "products": pl.DataFrame({"id": ["p1", "p2"], "name": ["Shirt", "Shoes"],
                                  "contactId": ["s1", "s2"], "price": ["95", "100"],
                                  "stock": ["2", "234"], "cost": ["20", "39"],
                                  "barcode": ["45the54", "2324"]}),
        "contacts": pl.DataFrame({"id": ["c1", "c2"], "name": ["Custom Tech", "Mapple"],
                                  "email": ["a@tech.com", "b@mapple.com"]}),
        "contact_persons": pl.DataFrame({"contactId": ["c1", "c2"], "name": ["Pep", "Ana"],
                                         "email": ["pep@tech.com", "ana@mapple.com"]}),
    }
    found = {o.source: o.name for o in discover(Export(ROOT, tables)).objects}
    assert found["leads"] == "deal"
    assert found["tasks"] == "task"
    assert found["products"] == "product"
    assert found["contacts"] == "account"
    assert found["contact_persons"] == "contact"


def test_microsofts_json_dates_are_instants() -> None:
    """Exact Online's '/Date(1366286203290)/' (OData v2): milliseconds since 1970 in UTC,
    typed as moments and read so under the intake's guessed format."""
    from d365migrate.intake.values import datetime_expr, infer_column

    s = pl.Series("Created", ["/Date(1366286203290)/", "/Date(1394664005470+0200)/", None])
    guessed = infer_column(s)
    assert (guessed["type"], guessed["formats"]) == ("datetime", ["/Date(ms)/"])
    got = pl.DataFrame({"v": s}).select(datetime_expr(pl.col("v"), guessed["formats"]))
    assert [str(v) for v in got["v"].to_list()] == [
        "2013-04-18 11:56:43.290000", "2014-03-12 22:40:05.470000", "None"]


def test_round_z26s_dates_files_and_words() -> None:
    """Pipeline CRM writes times '2013/05/31 13:09:23 -0400' (read without a declared
    format); Billomat's confirmations are orders, Fortnox's articles with an EAN, a sales
    price and a stock products; an order's 'TotalVAT' its tax, an offer's 'client_id' its
    customer, a deal's 'closed_time' when it closed."""
    from d365migrate.intake.values import infer_column

    guessed = infer_column(pl.Series("created_at", ["2013/05/31 13:09:23 -0400"]))
    assert (guessed["type"], guessed["formats"]) == ("datetime", ["%Y/%m/%d %H:%M:%S %z"])
    assert kind_of_word("confirmations") == "order"
    orders = pl.DataFrame({"DocumentNumber": ["1", "2"], "TotalVAT": ["25.0", "12.5"],
                           "Total": ["125.0", "62.5"]})
    assert _top(orders, "salesorder", "orders")["TotalVAT"] == "totaltax"
    offers = pl.DataFrame({"offer_number": ["AN1", "AN2"], "client_id": ["7", "8"]})
    assert _top(offers, "quote", "offers")["client_id"] == "customerid"
    deals = pl.DataFrame({"name": ["Big", "Small"], "value": ["100", "200"],
                          "closed_time": ["2013/05/31 13:09:23 -0400", None]})
    assert _top(deals, "opportunity", "deals")["closed_time"] == "actualclosedate"
