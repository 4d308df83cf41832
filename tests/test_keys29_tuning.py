"""keys29's general rules, each on made-up data (issue 13), after the held-out measure of
three address books' exports (Roundcube's import fixtures, a Google Contacts CSV,
Thunderbird's address-book files): 'Work' names the business address and 'Zip' its postal
code; a 'Title' beside a 'Job Title' is the salutation; a file of e-mail addresses alone is
contacts; a typed pair's value is read by its type ('Phone 4 - Type' Home Fax); a file
discovery is sure of fills its table before a larger one it is unsure of."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.dataverse import tables
from d365migrate.intake.address_lists import address_list_columns
from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.suggest import suggest_columns, suggest_columns_why
from d365migrate.mapping.title_salutation import title_is_salutation
from d365migrate.mapping.typed_pairs import typed_names

ROOT = Path(__file__).resolve().parents[1]
EMULATOR = ROOT / "src" / "dataverse_emulator" / "data" / "tables"
REAL = ROOT / "tests" / "data" / "tables"   # Microsoft's contact: address3_*, business2...


def _table(name: str, folder: Path = REAL) -> dict:
    path = folder / f"{name}.json" if (folder / f"{name}.json").exists() \
        else EMULATOR / f"{name}.json"
    return dict(tables.unwrap(json.loads(path.read_text("utf-8"))))


def _targets(df: pl.DataFrame, table: str = "contact", source: str = "people"
             ) -> dict[str, str | None]:
    got = suggest_columns(df, _table(table), source_object=source)
    return {c: (cs[0].target if cs else None) for c, cs in got.items()}


def _people(**columns: list[str]) -> pl.DataFrame:
    base = {"First Name": ["Ann", "Bo", "Cy"], "Last Name": ["Ray", "Lee", "Moss"]}
    return pl.DataFrame({**base, **columns})


def test_work_names_the_business_address_and_zip_its_postal_code() -> None:
    got = _targets(_people(**{
        "Work Address": ["1 Main St", "2 High St", "3 Low Rd"],
        "Work Address 2": ["Suite 4", "Floor 2", "Unit 9"],
        "Work City": ["Leeds", "York", "Hull"], "Work State": ["WY", "NY", "EY"],
        "Work Zip": ["LS1 1AA", "YO1 2BB", "HU1 3CC"], "Work Country": ["UK", "UK", "UK"],
        "Home Address": ["9 Elm Rd", "8 Oak Rd", "7 Ash Rd"],
        "Home ZipCode": ["LS6 1AA", "YO3 2BB", "HU5 3CC"],
        "Home Mobile": ["07700 900001", "07700 900002", "07700 900003"]}))
    assert got["Work Address"] == "address1_line1"
    assert got["Work Address 2"] == "address1_line2"
    assert got["Work City"] == "address1_city"
    assert got["Work State"] == "address1_stateorprovince"
    assert got["Work Zip"] == "address1_postalcode"
    assert got["Work Country"] == "address1_country"
    assert got["Home Address"] == "address2_line1"
    assert got["Home ZipCode"] == "address2_postalcode"
    assert got["Home Mobile"] == "mobilephone"


def test_the_other_address_is_the_third_when_home_and_work_are_there() -> None:
    got = _targets(_people(**{
        "Home Zip": ["LS6 1AA", "YO3 2BB", "HU5 3CC"],
        "Work Zip": ["LS1 1AA", "YO1 2BB", "HU1 3CC"],
        "Work State": ["WY", "NY", "EY"], "Home Country": ["UK", "UK", "UK"],
        "Other Postal Code": ["M1 1AA", "M2 2BB", "M3 3CC"],
        "Other Country/Region": ["France", "Spain", "Italy"]}))
    assert got["Home Zip"] == "address2_postalcode"
    assert got["Other Postal Code"] == "address3_postalcode"
    assert got["Other Country/Region"] == "address3_country"


def test_a_title_beside_a_job_title_is_the_salutation() -> None:
    assert title_is_salutation(["title"], {("job", "title"), ("first", "name")})
    assert not title_is_salutation(["title"], {("first", "name")})
    assert not title_is_salutation(["job", "title"], {("job", "title")})
    # Outlook's Title is often left empty: no Mr./Mrs. to tell it by its values
    both = _targets(_people(Title=[None, None, None], **{"Job Title": ["Buyer", "Clerk", "Chef"]}))
    assert both["Title"] == "salutation"
    assert both["Job Title"] == "jobtitle"
    alone = _targets(_people(Title=["Buyer", "Clerk", "Chef"]))
    assert alone["Title"] == "jobtitle"          # SuiteCRM's, Salesforce's: the position


def test_google_and_vcard_names_of_a_person() -> None:
    got = _targets(_people(**{
        "Additional Name": ["J.", "K.", "L."],
        "Organization 1 - Name": ["Acme", "Globex", "Initech"],
        "Organization 1 - Title": ["Buyer", "Clerk", "Chef"],
        "Address 1 - PO Box": ["PO Box 1", "PO Box 2", "PO Box 3"],
        "Web Page 1": ["https://a.example", "https://b.example", "https://c.example"]}))
    assert got["Additional Name"] == "middlename"
    assert got["Organization 1 - Name"] == "parentcustomerid"
    assert got["Organization 1 - Title"] == "jobtitle"
    assert got["Address 1 - PO Box"] == "address1_postofficebox"
    assert got["Web Page 1"] == "websiteurl"


def test_a_file_of_email_addresses_alone_is_contacts() -> None:
    assert address_list_columns(["E-mail Address", "E-mail 2 Address", "E-mail 3 Address"])
    assert address_list_columns(["Primary Email"])
    assert address_list_columns(["email"])
    assert not address_list_columns(["From Email", "To Email"])      # a message's routing
    assert not address_list_columns(["Email", "Name"])               # more than addresses
    assert not address_list_columns(["a@x", "b@x", "c@x", "d@x"])
    export = Export(Path("."), {
        "book": pl.DataFrame({"E-mail Address": ["a@ex.org", "b@ex.org"],
                              "E-mail 2 Address": ["a2@ex.org", None]}),
        "mailings": pl.DataFrame({"From Email": ["a@ex.org"], "To Email": ["b@ex.org"]})})
    kinds = {o.source: o.name for o in discover(export).objects}
    assert kinds["book"] == "contact"
    assert kinds["mailings"] != "contact"


def _google(types: dict[int, list[str]]) -> pl.DataFrame:
    cols: dict[str, list[str | None]] = {"Given Name": ["Ann", "Bo"], "Family Name": ["Ray", "Lee"]}
    for n, kinds in types.items():
        cols[f"Phone {n} - Type"] = kinds
        cols[f"Phone {n} - Value"] = [f"+44 113 496 0{n}{i}" for i in range(len(kinds))]
    cols["E-mail 1 - Type"] = ["* Home", "* Home"]
    cols["E-mail 1 - Value"] = ["ann@ex.org", "bo@ex.org"]
    cols["E-mail 2 - Type"] = ["Work", "Work"]
    cols["E-mail 2 - Value"] = ["ann@acme.example", "bo@acme.example"]
    cols["Relation 1 - Type"] = ["Spouse", "Spouse"]
    cols["Relation 1 - Value"] = ["Cy Ray", "Di Lee"]
    return pl.DataFrame(cols)


def test_a_typed_pairs_value_is_read_by_its_type() -> None:
    df = _google({1: ["Mobile", "Mobile"], 2: ["Home Fax", "Home Fax"], 3: ["Main", "Main"],
                  4: ["* Pager", "Pager"], 5: ["Work", "Work"], 6: ["Work", "Work"]})
    names = typed_names(df)
    assert names["Phone 1 - Value"] == ("Mobile", "Phone 1 - Type")
    assert names["Phone 2 - Value"][0] == "Home Fax"
    assert names["Phone 3 - Value"][0] == "Main Phone"
    assert names["Phone 5 - Value"][0] == "Work Phone"
    assert "Phone 6 - Value" not in names                   # the name is taken: its own kept
    assert names["Phone 4 - Value"][0] == "Pager"            # Google's primary mark dropped
    assert names["Relation 1 - Value"][0] == "Spouse Name"
    assert "E-mail 1 - Value" not in names                  # e-mails keep their place
    got, why = suggest_columns_why(df, _table("contact"), source_object="contacts")
    target = {c: (cs[0].target if cs else None) for c, cs in got.items()}
    assert target["Phone 1 - Value"] == "mobilephone"
    assert target["Phone 2 - Value"] == "address2_fax"
    assert target["Phone 3 - Value"] == "telephone1"
    assert target["Phone 4 - Value"] == "pager"
    assert target["Phone 5 - Value"] == "business2"          # telephone1 is the main phone's
    assert target["Relation 1 - Value"] == "spousesname"
    assert target["E-mail 1 - Value"] == "emailaddress1"
    assert target["E-mail 2 - Value"] == "emailaddress2"
    assert got["Phone 2 - Value"][0].reason.startswith(
        "'Phone 2 - Value' read by its type ('Phone 2 - Type' says Home Fax)")
    assert set(got) == set(df.columns)                       # answered under its own names


def test_a_typed_pair_of_mixed_types_keeps_its_own_name() -> None:
    df = _google({1: ["Mobile", "Work"], 2: ["Home", "Home"]})
    names = typed_names(df)
    assert "Phone 1 - Value" not in names                    # one a mobile, one a work phone
    assert names["Phone 2 - Value"][0] == "Home Phone"
    got = suggest_columns(df, _table("contact"), source_object="contacts")
    assert not any("read by its type" in c.reason for c in got["Phone 1 - Value"])
    assert got["Phone 2 - Value"][0].target == "telephone2"
    assert "read by its type ('Phone 2 - Type' says Home Phone)" in got["Phone 2 - Value"][0].reason


def test_a_file_discovery_is_sure_of_fills_the_table_before_a_larger_unsure_one() -> None:
    book = pl.DataFrame({"First Name": ["Ann"], "Last Name": ["Ray"], "Job Title": ["Buyer"],
                         "Email": ["ann@ex.org"], "City": ["Leeds"]})
    addresses = pl.DataFrame({"Primary Email": [f"p{i}@ex.org" for i in range(6)]})
    export = Export(Path("."), {"all": book, "email": addresses})
    found = discover(export)
    assert {o.source: o.name for o in found.objects} == {"all": "contact", "email": "contact"}
    proposal = propose_mapping(export, found, {"contact": _table("contact")}, ["contact"],
                               source_id_column="new_sourceid")
    entry = next(t for t in proposal.mapping["tables"] if t.get("target") == "contact")
    assert entry["source"] == "all"


def test_a_second_file_of_one_row_is_said_in_the_singular() -> None:
    from d365migrate.verify.inventory import _second_file_reason

    one = _second_file_reason("contact", 1, {"file": "book.csv", "rows": 2})
    assert one.startswith("not migrated: its one row is Contacts (people), like the 2 rows "
                          "of book.csv")
    assert "this row is not moved. To move it," in one
    many = _second_file_reason("contact", 3, {"file": "book.csv", "rows": 1})
    assert many.startswith("not migrated: its 3 rows are Contacts (people), like the 1 row "
                           "of book.csv")
    assert "these 3 rows are not moved. To move them," in many


def test_an_address_typed_by_its_place_is_no_address_type() -> None:
    from d365migrate.mapping.value_vetoes import places

    assert places(("* Home", "Work")) and places(("Home", "Other"))
    assert not places(("Bill To", "Ship To")) and not places(("Other",)) and not places(())
    df = pl.DataFrame({"Given Name": ["Ann", "Bo"], "Family Name": ["Ray", "Lee"],
                       "Address 1 - Type": ["Home", "Home"],
                       "Address 1 - City": ["Leeds", "York"],
                       "Address 2 - Type": ["Work", "Work"],
                       "Address 2 - City": ["Hull", "Bath"]})
    got = _targets(df, source="contacts")
    assert got["Address 1 - Type"] is None and got["Address 2 - Type"] is None
    assert (got["Address 1 - City"], got["Address 2 - City"]) == ("address1_city",
                                                                  "address2_city")
    typed = _targets(df.with_columns(pl.Series("Address 1 - Type", ["Bill To", "Ship To"])),
                     source="contacts")
    assert typed["Address 1 - Type"] == "address1_addresstypecode"   # Dataverse's own types
