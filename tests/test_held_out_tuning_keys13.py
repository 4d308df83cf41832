"""Rules added after measuring keys13's held-out exports (CiviCRM's sample data, Salesforce
E-Bikes and Pure Aloe; issue 13), on made-up data so they run where the public data is
absent:

- a header's bracketed remark is a reading of its own ('No Bulk Emails (User Opt Out)'),
  and discovery reads id columns without it ('Contact ID (match to contact)': a link file's
  contact id) (mapping/sourcecols.py, intake/remarks.py, intake/discover.py);
- a yes/no question's articles and the object's own words say nothing ('Is an Event
  Template': is template) (mapping/sourcecols.py);
- the object's own word before what a link names is no link to the object itself ('Note
  Entity ID' on notes: the record the note is on) (mapping/sourcecols.py);
- a value between SOH marks ('\x011\x012\x01': CiviCRM's and Hive's several values of one
  field) is text, not binary junk: its row is read (intake/dialect.py);
- a price list is named: dates and a currency alone are any dated record's (a pledge, a
  relationship) (intake/discover.py);
- words: an individual is a person, merchandise products, a group of contacts a list
  (intake/kinds.py); do-not-mail, no bulk emails, a preferred communication method, a
  person's prefix, an employer, details, a polymorphic entity id
  (mapping/data/synonyms.yml).
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export, read_export
from d365migrate.intake.remarks import without_remark
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def _kinds(files: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(Path("."), files)).objects}


def test_a_bracketed_remark_is_read_on_its_own() -> None:
    assert without_remark("Contact ID (match to contact)") == "Contact ID"
    assert without_remark("Amount") == "Amount"
    assert without_remark("(note)") == "(note)"
    people = pl.DataFrame({"Person ID": ["1", "2", "3", "4"],
                           "first_name": ["An", "Bo", "Cy", "Di"],
                           "last_name": ["Ng", "Li", "Ro", "Su"],
                           "Mailings Off (Opt Out)": ["0", "1", "0", "1"]})
    sugg = suggest_columns(people, DEFS["contact"], source_object="People")
    assert _top(sugg, "Mailings Off (Opt Out)") in ("donotbulkemail", "donotemail")


def test_a_link_file_whose_id_header_carries_a_remark_is_no_contact() -> None:
    links = pl.DataFrame({"Link ID": ["1", "2", "3"], "Task ID": ["7", "7", "8"],
                          "Contact ID (match to contact)": ["4", "5", "4"],
                          "Role ID": ["2", "3", "3"]})
    contacts = pl.DataFrame({"Contact ID": ["4", "5"], "First Name": ["An", "Bo"],
                             "Last Name": ["Ng", "Li"], "Email": ["a@x.org", "b@x.org"]})
    kinds = _kinds({"TaskContact": links, "Contacts": contacts})
    assert kinds["TaskContact"] == "unknown"
    assert kinds["Contacts"] == "contact"


def test_a_group_of_contacts_is_a_list_and_its_members_no_contacts() -> None:
    members = pl.DataFrame({"id": ["1", "2", "3"], "group_id": ["1", "1", "2"],
                            "contact_id": ["4", "5", "6"],
                            "status": ["Added", "Added", "Removed"],
                            "email": ["a@x.org", "b@x.org", "c@x.org"]})
    assert _kinds({"GroupContact": members})["GroupContact"] == "unknown"


def test_dates_and_a_currency_alone_are_no_price_list() -> None:
    pledges = pl.DataFrame({"Pledge ID": ["1", "2"], "Donor ID": ["4", "5"],
                            "Start Date": ["2024-01-01", "2024-02-01"],
                            "End Date": ["2024-12-31", "2025-01-31"],
                            "Currency": ["USD", "EUR"], "Total": ["500", "800"]})
    assert _kinds({"Pledges": pledges})["Pledges"] != "price_list"
    tariffs = pl.DataFrame({"id": ["1", "2"], "name": ["Retail 2024", "Wholesale 2024"],
                            "Start Date": ["2024-01-01", "2024-01-01"],
                            "End Date": ["2024-12-31", "2024-12-31"],
                            "Currency": ["USD", "USD"]})
    assert _kinds({"Tariffs": tariffs})["Tariffs"] == "price_list"   # named: still one


def test_individuals_are_people_and_merchandise_products() -> None:
    people = pl.DataFrame({"ref": ["1", "2"], "Given": ["An", "Bo"], "City": ["Oslo", "Rome"]})
    goods = pl.DataFrame({"code": ["M-1", "M-2"], "Title": ["Soap", "Lotion"],
                          "Price": ["10", "12"]})
    kinds = _kinds({"Individuals": people, "Merchandise": goods})
    assert kinds["Individuals"] == "contact"
    assert kinds["Merchandise"] == "product"


def test_a_question_without_its_articles_and_own_words() -> None:
    events = pl.DataFrame({"Event ID": ["1", "2", "3"], "Event Title": ["Gala", "Run", "Fair"],
                           "Is a Campaign Template": ["0", "0", "1"]})
    sugg = suggest_columns(events, DEFS["campaign"], source_object="Campaigns")
    assert _top(sugg, "Is a Campaign Template") == "istemplate"


def test_the_objects_own_word_before_a_link_is_no_self_link() -> None:
    notes = pl.DataFrame({"Note ID": ["1", "2", "3"], "Note Entity ID": ["5", "6", "7"],
                          "Note": ["Call back", "Send deck", "Visit"]})
    sugg = suggest_columns(notes, DEFS["annotation"], source_object="Notes")
    assert _top(sugg, "Note Entity ID") == "objectid"
    tasks = pl.DataFrame({"id": ["1", "2"], "Subject": ["Call", "Mail"],
                          "Entity ID": ["5", "6"], "Details": ["Ask for the budget", "Deck"]})
    sugg = suggest_columns(tasks, DEFS["task"], source_object="Tasks")
    assert _top(sugg, "Entity ID") == "regardingobjectid"
    assert _top(sugg, "Details") == "description"


def test_a_persons_consent_prefix_and_employer_words() -> None:
    people = pl.DataFrame({"Person ID": ["1", "2", "3", "4"],
                           "First": ["An", "Bo", "Cy", "Di"], "Last": ["Ng", "Li", "Ro", "Su"],
                           "Do Not Mail": ["0", "1", "0", "0"],
                           "Preferred Communication Method": ["1", "2", "1", "3"],
                           "Individual Prefix": ["1", "2", "3", "1"],
                           "Employer": ["10", "11", "10", "12"]})
    sugg = suggest_columns(people, DEFS["contact"], source_object="People")
    assert _top(sugg, "Do Not Mail") == "donotpostalmail"
    assert _top(sugg, "Preferred Communication Method") == "preferredcontactmethodcode"
    assert _top(sugg, "Individual Prefix") == "salutation"
    assert _top(sugg, "Employer") == "parentcustomerid"
    no_bulk = pl.DataFrame({"id": ["1", "2"], "name": ["Acme", "Globex"],
                            "No Bulk Email": ["1", "0"]})
    sugg = suggest_columns(no_bulk, DEFS["account"], source_object="Accounts")
    assert _top(sugg, "No Bulk Email") == "donotbulkemail"


def test_values_between_soh_marks_are_text_not_binary_junk(tmp_path: Path) -> None:
    # CiviCRM and Hive write several values of one field between SOH (\x01) marks
    (tmp_path / "people.csv").write_bytes(
        b"id,name,methods\n1,Ann,\x011\x012\x01\n2,Bo,\x013\x01\n3,Cy,\n")
    export = read_export(tmp_path)
    people = export.tables["people"]
    assert people.height == 3
    assert people["methods"].to_list()[:2] == ["\x011\x012\x01", "\x013\x01"]
    assert not [p for p in export.problems if p.severity == "error"]
    # other control characters still mark a row of binary junk, not read and reported
    (tmp_path / "people.csv").write_bytes(b"id,name\n1,Ann\n2,B\x00o\n3,Cy\n")
    export = read_export(tmp_path)
    assert export.tables["people"].height == 2
    assert any("binary" in p.problem for p in export.problems)
