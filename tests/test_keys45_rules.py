"""Rules added after measuring keys45's held-out exports (issue 13), on made-up data so they
run where the public data is absent: a file named contacts keeps its name against columns a
contact shares with staff (an e-mail, a role, an active flag), a partners file of people
(a person's photo, no company's columns) is contacts, and so is such a file under a name
that names no kind; a company's 'Contact email' with no e-mail of its own is its e-mail, a
case's 'Date opened' its created-on, a 'Type' naming no relationship no relationship type, a
'Project lead' who leads it, and an 'Actions' file with no type column its to-dos."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.people_rows import person_photo_columns
from d365migrate.intake.read import Export
from d365migrate.mapping.column_decisions import decide_column
from d365migrate.mapping.history import route_by_name
from d365migrate.mapping.leader_names import leads_work
from d365migrate.mapping.own_email import own_contact_email
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.staging.missing_parents import missing_reason
from tuning_support import DEFS
from tuning_support import top as _top


def _kinds(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(Path("."), tables)).objects}


def _people(**extra: list[str]) -> pl.DataFrame:
    return pl.DataFrame({"id": ["1", "2", "3"],
                         "Name": ["Ada Quill", "Bram T. Okafor", "Cleo Marsh"],
                         "Email": ["ada@example.org", "bram@example.org", "cleo@example.org"],
                         **extra})


def test_a_contacts_file_keeps_its_name_against_columns_it_shares_with_staff() -> None:
    contacts = _people(**{"Role": ["Founder", "Treasurer", "Buyer"],
                          "Is active": ["true", "true", "false"],
                          "Company": ["Ferngate", "Ferngate", "Larkspur Ltd"],
                          "City": ["Leeds", "York", "Hull"]})
    assert _kinds({"Contacts": contacts})["Contacts"] == "contact"   # was user
    # a staff member's own column (a sign-in) outweighs the name
    signed = contacts.with_columns(pl.Series("Username", ["ada", "bram", "cleo"]))
    assert _kinds({"Contacts": signed})["Contacts"] == "user"
    # a file named for staff stays staff
    assert _kinds({"Staff": contacts})["Staff"] == "user"


def test_a_partners_file_of_people_is_contacts() -> None:
    partners = _people(**{"Photo": ["a.jpg", "b.jpg", "c.jpg"],
                          "Phone": ["(555) 010-1001", "(555) 010-1002", "(555) 010-1003"],
                          "City": ["Leeds", "York", "Hull"]})
    assert _kinds({"Partners": partners})["Partners"] == "contact"   # was account
    # a company's own column (a web site, a logo): business partners that are companies
    firms = partners.with_columns(pl.Series("Website", ["a.example", "b.example", "c.example"]))
    assert _kinds({"Partners": firms})["Partners"] == "account"
    # a photo alone with no e-mail says nothing
    assert person_photo_columns(["id", "Name", "Photo"]) is None
    assert person_photo_columns(["id", "Name", "Email", "Photo"]) == ["Name", "Email", "Photo"]
    assert person_photo_columns(["id", "Name", "Email", "Photo", "Logo"]) is None


def test_people_under_a_name_naming_no_kind_are_contacts_unless_posts_say_staff() -> None:
    people = _people(**{"Photo": ["a.jpg", "b.jpg", "c.jpg"],
                        "Hourly rate": ["30", "45", "25"],
                        "Skills": ["Editing", "Writing, Editing", "Sales"],
                        "Actions": ["Draft brief", "", "Call back"]})
    assert _kinds({"Freelancers": people})["Freelancers"] == "contact"   # was unknown
    # a job title and no company: posts in the business itself, staff; left as before
    posts = people.with_columns(pl.Series("Title", ["Senior Broker", "Broker", "Broker"]))
    assert _kinds({"Freelancers": posts})["Freelancers"] != "contact"


def _accounts(**extra: list[str]) -> pl.DataFrame:
    return pl.DataFrame({"id": ["1", "2", "3"],
                         "Name": ["Ferngate", "Larkspur Ltd", "Oakhollow"], **extra})


def test_a_companys_contact_email_is_its_own_email_not_a_link() -> None:
    df = _accounts(**{"Contact person": ["Ada Quill", "Bram Okafor", "Cleo Marsh"],
                      "Contact email": ["ada@example.org", "bram@example.org", "cleo@example.org"]})
    sugg = suggest_columns(df, DEFS["account"])
    assert _top(sugg, "Contact email") == "emailaddress1"   # was primarycontactid
    # beside an e-mail of its own, the contact's e-mail is the contact's: a link by address
    own = df.with_columns(pl.Series("Email", ["a@ferngate.example", "b@lark.example",
                                              "c@oak.example"]))
    assert _top(suggest_columns(own, DEFS["account"]), "Contact email") != "emailaddress1"
    assert own_contact_email(["contact", "email"], "contact", "account", [("name",)])
    assert not own_contact_email(["owner", "email"], "systemuser", "account", [("name",)])
    assert not own_contact_email(["contact", "email"], "contact", "incident", [("title",)])


def test_a_case_opened_on_a_date_was_created_then() -> None:
    df = pl.DataFrame({"Title": ["Leak in unit 4", "Broken gate"],
                       "Date opened": ["2021-02-20", "2022-08-01"]})
    assert _top(suggest_columns(df, DEFS["incident"]), "Date opened") == "overriddencreatedon"


def test_a_type_naming_no_relationship_is_no_relationship_type() -> None:
    kinds = _accounts(Type=["Product-based", "Service-based", "Product-based"])
    assert _top(suggest_columns(kinds, DEFS["account"]), "Type") is None   # was customertypecode
    for values in (["Customer - Direct", "Channel Partner / Reseller", "Other"],
                   ["PARTNER", "PROSPECT", "VENDOR"]):
        ok = _accounts(Type=values)
        assert _top(suggest_columns(ok, DEFS["account"]), "Type") == "customertypecode", values
    # values that are no words (hashed test data) say nothing: the name decides, as before
    hashed = _accounts(Type=["iFbCAfBS66w7LWV2PbAhCg==", "ziZgHawN6hOLcpXwK3Ygpw==", "x9Q=="])
    assert _top(suggest_columns(hashed, DEFS["account"]), "Type") == "customertypecode"


def test_a_project_or_team_lead_is_who_leads_it_no_sales_lead() -> None:
    df = pl.DataFrame({"Name": ["Site relaunch", "Q3 audit"], "Amount": ["2500", "900"],
                       "Project lead": ["Ada Quill", "Cleo Marsh"],
                       "Team lead": ["Bram Okafor", "Ada Quill"]})
    sugg = suggest_columns(df, DEFS["opportunity"], source_object="Projects")
    assert _top(sugg, "Project lead") != "originatingleadid"   # was originatingleadid
    assert _top(sugg, "Team lead") != "originatingleadid"
    assert leads_work(["project", "lead"]) and not leads_work(["originating", "lead"])
    assert not leads_work(["lead"])


def test_an_actions_file_with_no_type_column_is_to_dos() -> None:
    assert route_by_name("Actions") == "task"       # was None: the rows went nowhere
    assert route_by_name("action_items") == "task"
    assert route_by_name("Calls") == "phonecall"


def test_a_column_decided_into_another_target_is_not_listed_as_left_out() -> None:
    """'Region' holds countries: the analyst maps the state to nothing and the country from
    Region. In either order the column stays mapped (the report listed it as not carried
    over, though it reached the country)."""
    def entry() -> dict:
        return {"tables": [{"name": "contact", "target": "contact", "source": "People",
                            "columns": [{"target": "address1_stateorprovince",
                                         "source": "Region", "transform": "text"}],
                            "unmapped": []}]}
    for order in (["address1_stateorprovince", "address1_country"],
                  ["address1_country", "address1_stateorprovince"]):
        mapping = entry()
        for column in order:
            fill = None if column == "address1_stateorprovince" else {"source": "Region"}
            mapping = decide_column(mapping, f"contact.{column}", fill)
        t = mapping["tables"][0]
        assert [c["target"] for c in t["columns"]] == ["address1_country"], order
        assert "Region" not in t["unmapped"], order
    # mapped to nothing alone, it is listed, with its reason
    t = decide_column(entry(), "contact.address1_stateorprovince", None)["tables"][0]
    assert t["unmapped"] == ["Region"]


def test_a_required_link_listing_several_names_says_so() -> None:
    values = pl.DataFrame({"v": ["Ava-Mai Espinosa, Mali Bob", "p404", None, "Smith, John"]})
    reasons = values.select(missing_reason("customerid", "contact", pl.col("v"))).to_series()
    assert reasons.to_list() == [
        "no customerid: 'Ava-Mai Espinosa, Mali Bob' lists several names, and customerid "
        "holds one contact: none was chosen",   # was "... is not a contact of the export"
        "no customerid: 'p404' is not a contact of the export",
        "no customerid: the export names no contact for it (the cell is empty)",
        "no customerid: 'Smith, John' is not a contact of the export"]   # one person
