"""Files of a record's e-mails, phones and web sites, one row a value (Hubleto's contact
values, CiviCRM's Email and Phone tables), read as columns of that record's file: the map
sends them to the contact's e-mail and phone columns, and every row is accounted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import read_export
from engagements import made_up_parameters, run_steps

CONTACTS = "ID,First name,Last name\n1,Ann,Lee\n2,Bo,Kim\n3,Cy,Ray\n4,Di,Fox\n5,Ed,Orr\n"
VALUES = ("ID,Contact,Type,Value\n"
          "1,1,email,ann@example.com\n2,1,url,https://ann.example.com\n"
          "3,2,email,bo@example.org\n4,2,email,bo.kim@example.org\n"
          "5,3,email,cy@example.org\n6,3,url,\n"
          "7,4,email,di@example.org\n8,4,email,di2@example.org\n9,4,email,di3@example.org\n"
          "10,4,email,di4@example.org\n11,5,email,ed@example.org\n"
          "12,99,email,nobody@example.org\n")


def _export(root: Path, files: dict[str, str]) -> Path:
    folder = root / "export"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_typed_values_file_becomes_columns_of_the_records_it_names(tmp_path: Path) -> None:
    export = read_export(_export(tmp_path, {"contacts.csv": CONTACTS,
                                            "contact_values.csv": VALUES}))
    rows = {r["ID"]: r for r in export.tables["contacts"].to_dicts()}
    assert rows["1"]["email (contact_values)"] == "ann@example.com"
    assert rows["1"]["url (contact_values)"] == "https://ann.example.com"
    assert (rows["2"]["email (contact_values)"], rows["2"]["email 2 (contact_values)"]) == (
        "bo@example.org", "bo.kim@example.org")
    # a record keeps three values of a kind: Di's fourth is not read, and said
    assert [rows["4"][f"email{n} (contact_values)"] for n in ("", " 2", " 3")] == [
        "di@example.org", "di2@example.org", "di3@example.org"]
    folded = export.guesses["contact_values"].folded
    assert folded["rows_read"] == 9 and folded["not_read"] == {
        "without a value": 1, "beyond the 3 values of one kind a record keeps": 1,
        "naming no record of contacts.csv": 1}
    [said] = [p.describe() for p in export.problems if p.file == "contact_values.csv"]
    assert "9 of 12 rows read as contacts.csv's columns" in said
    assert "1 naming no record of contacts.csv" in said
    found = {o.source: o for o in discover(export).objects}
    assert found["contact_values"].kind == "unknown"
    assert found["contact_values"].why.startswith(
        "its rows are values of the records of contacts.csv")
    assert found["contacts"].kind == "contact"


def test_a_detail_file_named_for_its_values_gives_the_primary_first(tmp_path: Path) -> None:
    export = read_export(_export(tmp_path, {
        "Contact.csv": "id,first_name,last_name\n1,Ann,Lee\n2,Bo,Kim\n3,Cy,Ray\n",
        "Email.csv": "id,contact_id,location_type_id,email,is_primary,on_hold\n"
                     "1,1,1,ann@home.example,0,0\n2,1,2,ann@work.example,1,0\n"
                     "3,2,1,bo@example.org,1,0\n",
        "Phone.csv": "id,contact_id,phone_type_id,phone,is_primary\n1,3,1,+1 555 0100,1\n",
        # a file of e-mails sent (subjects, many a person) is history, not a person's address
        "emails.csv": "id,contact_id,subject,sent_at,from_address\n"
                      + "".join(f"{i},1,Hello {i},2024-01-0{i},ann@home.example\n"
                                for i in range(1, 8))}))
    rows = {r["id"]: r for r in export.tables["Contact"].to_dicts()}
    assert (rows["1"]["email (Email)"], rows["1"]["email 2 (Email)"]) == (
        "ann@work.example", "ann@home.example")  # the primary one first
    assert rows["3"]["phone (Phone)"] == "+1 555 0100"
    assert not any("on_hold" in c or "subject" in c for c in export.tables["Contact"].columns)
    assert export.guesses["emails"].folded == {}


def test_a_second_address_is_named_as_sales_names_its_second_address(tmp_path: Path) -> None:
    """A record's second address row gives 'Address 2: City (Address)', Sales' own words for
    it, so the map sends it to the second address (address2_*), not to the first address's
    second street line ('Street Address 2' read as such before) or nowhere ('Country 2')."""
    import polars as pl

    from d365migrate.mapping.suggest import suggest_columns

    export = read_export(_export(tmp_path, {
        "Contact.csv": "id,first_name,last_name\n1,Ann,Lee\n2,Bo,Kim\n3,Cy,Ray\n",
        "Address.csv": "id,contact_id,is_primary,street_address,city,postal_code,country\n"
                       "1,1,1,1 Main St,Springfield,12345,US\n"
                       "2,1,0,2 Elm St,Shelbyville,54321,CA\n"
                       "3,2,1,3 Oak St,Ogdenville,11111,US\n"}))
    df = export.tables["Contact"]
    assert {"city (Address)", "Address 2: city (Address)", "Address 2: country (Address)"} <= \
        set(df.columns)
    tables = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data"
    contact = json.loads((tables / "tables" / "contact.json").read_text())
    best = {c: v[0].target for c, v in suggest_columns(
        df.with_columns(pl.all().cast(pl.Utf8)), contact, source_object="Contact").items()
        if v}
    assert best["city (Address)"] == "address1_city"
    assert best["Address 2: city (Address)"] == "address2_city"
    assert best["Address 2: country (Address)"] == "address2_country"
    assert best["Address 2: postal_code (Address)"] == "address2_postalcode"
    # the second address's street is its first street line, not the first's second line
    assert best["street_address (Address)"] == "address1_line1"
    assert best["Address 2: street_address (Address)"] == "address2_line1"


def test_the_intake_option_keeps_a_values_file_apart(tmp_path: Path) -> None:
    folder = _export(tmp_path, {"contacts.csv": CONTACTS, "contact_values.csv": VALUES})
    export = read_export(folder, {"contact_values.csv": {"fold": False}})
    assert export.tables["contacts"].columns == ["ID", "First name", "Last name"]
    assert export.guesses["contact_values"].folded == {}


def test_a_link_naming_few_records_is_no_values_file(tmp_path: Path) -> None:
    text = "ID,Contact,Type,Value\n1,1,email,a@example.com\n2,98,email,b@example.com\n" \
           "3,99,email,c@example.com\n"
    export = read_export(_export(tmp_path, {"contacts.csv": CONTACTS,
                                            "contact_values.csv": text}))
    assert export.tables["contacts"].width == 3


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("values")
    export = _export(root, {"contacts.csv": CONTACTS, "contact_values.csv": VALUES})
    params = made_up_parameters(root, export, ["contact"], "values", "Made-up CRM")
    return run_steps(params, root / "runs" / "values" / "r1")


def test_the_contacts_arrive_with_their_e_mails_and_web_sites(run: Path) -> None:
    from d365migrate.run.context import RunContext

    recon = json.loads((run / "reconciliation.json").read_text())["objects"]
    assert {u: (o["source"], o["loaded"], o["verified"], o["balanced"])
            for u, o in recon.items()} == {"contact": (5, 5, 5, True)}
    ctx = RunContext.open(run.parents[2] / "parameters.yml", run)
    try:
        rows = {r["firstname"]: r for r in ctx.client.query("contacts", select=[
            "firstname", "emailaddress1", "emailaddress2", "emailaddress3", "websiteurl"])}
    finally:
        ctx.client.close()
    assert (rows["Ann"]["emailaddress1"], rows["Ann"]["websiteurl"]) == (
        "ann@example.com", "https://ann.example.com")
    assert (rows["Bo"]["emailaddress1"], rows["Bo"]["emailaddress2"]) == (
        "bo@example.org", "bo.kim@example.org")
    assert rows["Di"]["emailaddress3"] == "di3@example.org"
    verification = json.loads((run / "verification.json").read_text())
    assert verification["tables"]["contact"]["mismatched"] == 0


def test_every_row_of_the_values_file_is_accounted_and_the_report_says_so(run: Path) -> None:
    from d365migrate.report.sponsor_facts import export_files
    from d365migrate.runfolder import RunFolder

    inv = json.loads((run / "inventory.json").read_text())
    [values] = [f for f in inv["files"] if f["file"] == "contact_values.csv"]
    assert (values["rows"], values["folded"], values["not_taken"], values["migrated"]) == (
        12, {"into": "contacts.csv", "rows": 9}, 3, True)
    assert inv["rows"] == (inv["rows_taken"] + inv["rows_linked"] + inv["rows_folded"]
                           + inv["rows_not_taken"])
    left, _ = export_files(RunFolder(run))
    [said] = [f for f in left if f["file"] == "contact_values.csv"]
    assert said["rows"] == 3
    assert said["what"].startswith("1 row(s) without a value; 1 row(s) beyond the 3 values")
    assert ("Its other 9 row(s) were read as columns of the records of contacts.csv"
            in said["what"])


def test_a_streets_name_is_no_address_name() -> None:
    """CiviCRM's street_name (the street without its number) beside street_address: the
    street line goes to the one that says it whole, and the street's name is never the
    address's own name ('Address 2: Name': "Home", "Head office")."""
    import polars as pl

    from d365migrate.mapping.suggest import suggest_columns
    from tuning_support import DEFS
    from tuning_support import top as _top

    cols = ["id", "first_name", "last_name", "email", "phone", "job_title",
            "street_address (Address)", "city (Address)", "Address 2: street_address (Address)",
            "Address 2: street_name (Address)", "Address 2: city (Address)"]
    df = pl.DataFrame({c: [f"{i} Main St", f"{i} Elm", f"{i} Oak"] for i, c in enumerate(cols)})
    sugg = suggest_columns(df, DEFS["contact"], source_object="Contact")
    assert _top(sugg, "Address 2: street_address (Address)") == "address2_line1"
    assert _top(sugg, "Address 2: street_name (Address)") not in ("address2_name",
                                                                 "address2_line1")
