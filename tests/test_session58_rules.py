"""Session 58's rules, each on made-up data: round Z20's held-out misses (Pipedrive,
Moneybird, Braintree) and round Z21's (Insightly, Front, Paystack), tuned in-sample."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.contact_persons import customers_of_persons
from d365migrate.intake.not_sales import not_sales_word
from d365migrate.mapping.accuracy import _says_state, load_table_defs
from d365migrate.mapping.done_flags import done_flag_values
from d365migrate.mapping.suggest import suggest_columns

ROOT = Path(__file__).resolve().parents[1]
DEFS = {**load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables"),
        **load_table_defs(ROOT / "tests" / "data" / "tables")}


def _top(df: pl.DataFrame, table: str, source: str) -> dict[str, str | None]:
    got = suggest_columns(df, dict(DEFS[table]), source_object=source)
    return {c: (cands[0].target if cands else None) for c, cands in got.items()}


def test_an_archived_customer_is_inactive() -> None:
    """Moneybird's 'Archived' / 'Gearchiveerd' (Yes/No, Ja/Nee) on customers: the state,
    true as Inactive; a date of archiving is no flag."""
    for name, yes, no in (("Archived", "Yes", "No"), ("Gearchiveerd", "Ja", "Nee")):
        df = pl.DataFrame({"Company name": ["Acme BV", "Globex NV", "Initech"],
                           name: [yes, no, no]})
        assert _top(df, "account", "customers")[name] == "statecode", name
    dated = pl.DataFrame({"Company name": ["Acme BV", "Globex NV"],
                          "Archived At": ["2024-01-02", None]})
    assert _top(dated, "account", "customers")["Archived At"] != "statecode"


def test_a_done_flag_in_words_is_the_to_dos_state() -> None:
    """Pipedrive's 'Done' holding Done / To do: the activity's state, Done as Completed."""
    df = pl.DataFrame({"Subject": ["Call Ann", "Send quote"], "Done": ["Done", "To do"],
                       "Due date": ["2024-01-02", "2024-01-03"]})
    assert _top(df, "task", "activities")["Done"] == "statecode"
    labels = {"open": 0, "completed": 1, "canceled": 2}
    assert done_flag_values("Done", ["Done", "To do"], labels) == {"Done": 1, "To do": 0}


def test_state_slash_county_is_the_state_and_a_billing_last_name_no_address_name() -> None:
    """Pipedrive's geocoded 'State/county' names the state first; Braintree's 'Billing Last
    Name' is the card holder's, no name of the address; its 'Extended Address' is line 2."""
    orgs = pl.DataFrame({"Organization - Name": ["Acme"],
                         "Organization - Address - City/town/village/locality": ["Paris"],
                         "Organization - Address - State/county": ["Île-de-France"],
                         "Organization - Address - Country": ["France"]})
    assert _top(orgs, "account", "organizations")[
        "Organization - Address - State/county"] == "address1_stateorprovince"
    people = pl.DataFrame({"First Name": ["Joe"], "Last Name": ["Brown"],
                           "Billing First Name": ["Carl"], "Billing Last Name": ["Jones"],
                           "Billing Street Address": ["1 Main St"],
                           "Billing Extended Address": ["Suite 3"],
                           "Billing Locality": ["Chicago"]})
    got = _top(people, "contact", "customers")
    assert got["Billing Last Name"] != "address1_name"
    assert got["Billing Extended Address"] == "address1_line2"


def test_customers_whose_contact_persons_name_them_are_accounts() -> None:
    """Moneybird's contacts (a company name beside an addressee's names) are the customers
    its contact persons belong to, by the same 'Customer number'; two files of people
    sharing an e-mail or a postal code column are not (Horde's address book samples)."""
    customers = pl.DataFrame({"Customer number": ["1", "26"],
                              "Company name": ["Parkietje B.V.", "Foobar Holding B.V."],
                              "First name": ["John", None], "Last name": ["Doe", None]})
    persons = pl.DataFrame({"Customer number": ["1", "26", "26"],
                            "Voornaam": ["John", "Jan", "Piet"],
                            "Achternaam": ["Doe", "Janssen", "Smit"]})
    kinds = {"contacts": "contact", "contact_persons": "contact"}
    got = customers_of_persons({"contacts": customers, "contact_persons": persons}, kinds)
    assert list(got) == ["contacts"] and got["contacts"][0] == "account"
    assert "'Customer number'" in got["contacts"][1]
    twins = pl.DataFrame({"Company": ["Acme"], "Email": ["a@x.example"],
                          "First name": ["Ann"], "Business Postal Code": ["99999"]})
    assert customers_of_persons({"a": twins, "b": twins}, {"a": "contact", "b": "contact"}) \
        == {}


def test_an_estimates_number_over_its_reference() -> None:
    """'Estimate number' (2026-0001, read as phone-like) is the quote's number; 'Reference'
    (what it is for) is not."""
    df = pl.DataFrame({"Estimate number": ["2026-0001", "2026-0002", "2026-0003"],
                       "Customer number": [None, None, None],
                       "Reference": ["Project X", "Project Y", "Project Z"],
                       "Estimate date": ["24-07-2026", "25-07-2026", "26-07-2026"],
                       "Status": ["Open", "Accepted", "Open"]})
    got = _top(df, "quote", "estimates")
    assert got["Estimate number"] == "quotenumber"
    assert got["Reference"] != "quotenumber"


def test_payees_of_transfers_are_no_users() -> None:
    """Paystack's transfer recipients (a name, an e-mail, an active flag: a user list by
    its columns) are the bank accounts payouts go to."""
    assert not_sales_word("transfer_recipients") is not None
    assert not_sales_word("payouts") is not None
    assert not_sales_word("contacts") is None


def test_a_stage_column_of_states_is_measured_as_the_state() -> None:
    """A deals' 'Status' of Open / Won / Lost drives the decided stages' state: measured as
    the state; a column of stage names stays the stage, and so does a column named for the
    stage whatever its values (Salesforce's StageName: Closed Won)."""
    deals = pl.DataFrame({"Status": ["Open", "Won", "Lost"],
                          "Stage": ["Qualified", "Proposal", "Qualified"],
                          "StageName": ["Closed Won", "Closed Lost", "Closed Won"]})
    assert _says_state(deals, "Status")
    assert not _says_state(deals, "Stage")
    assert not _says_state(deals, "StageName")   # a stage of closed words: still the stage
    assert not _says_state(deals, "Missing")


def test_words_of_round_z21() -> None:
    deals = pl.DataFrame({"Opportunity Name": ["Web"], "Bid Amount": ["1000"],
                          "Bid Currency": ["USD"], "Forecast Close Date": ["2024-05-01"]})
    assert {c: t for c, t in _top(deals, "opportunity", "opportunities").items()
            if c != "Opportunity Name"} == {
        "Bid Amount": "estimatedvalue", "Bid Currency": "transactioncurrencyid",
        "Forecast Close Date": "estimatedclosedate"}
    mails = pl.DataFrame({"Subject": ["Hi"], "Message date": ["2016-01-26 01:16:24"],
                          "Text": ["Anything less than immortality..."]})
    got = _top(mails, "email", "messages")
    assert (got["Message date"], got["Text"]) == ("actualend", "description")


def test_a_cases_e_mail_names_who_wrote_in() -> None:
    """Front's conversations (cases) name their customer by a 'Recipient' address alone: a
    link to the contact with that e-mail; beside a column linking the person by id, the
    address is left to it."""
    from d365migrate.intake.discover import discover
    from d365migrate.intake.read import Export
    contacts = pl.DataFrame({"Contact ID": ["crd_1", "crd_2"], "Name": ["Calculon", "Bender"],
                             "Email": ["calculon@momsbot.com", "bender@planex.com"]})
    cases = pl.DataFrame({"Conversation ID": ["cnv_1", "cnv_2"],
                          "Subject": ["You broke my heart", "Beer"],
                          "Recipient": ["calculon@momsbot.com", "bender@planex.com"]})
    rels = discover(Export(Path("."), {"contacts": contacts, "tickets": cases})).relationships
    assert [(r.from_, r.to) for r in rels] == [("tickets.Recipient", "contacts.Email")]
    both = cases.with_columns(pl.Series("Contact ID", ["crd_1", "crd_2"]))
    rels = discover(Export(Path("."), {"contacts": contacts, "tickets": both})).relationships
    assert [(r.from_, r.to) for r in rels] == [("tickets.Contact ID", "contacts.Contact ID")]


def test_words_and_shapes_of_round_z22() -> None:
    """Agile CRM's 'Title' of Support is a job, its task's 'Completed' (No) no date beside
    'Completed Date'; sevdesk's 'surename' / 'familyname', a part's 'text'."""
    people = pl.DataFrame({"First Name": ["Customer Success"], "Last Name": ["Team"],
                           "Title": ["Support"]})
    assert _top(people, "contact", "contacts")["Title"] == "jobtitle"
    tasks = pl.DataFrame({"Subject": ["Tweet", "Like"], "Status": ["Yet To Start"] * 2,
                          "Completed": ["No", "No"], "Completed Date": [None, None]})
    got = _top(tasks, "task", "tasks")
    assert (got["Completed"], got["Completed Date"]) == (None, "actualend")
    sev = pl.DataFrame({"surename": ["John"], "familyname": ["Snow"]})
    assert _top(sev, "contact", "contacts") == {"surename": "firstname",
                                                 "familyname": "lastname"}
    parts = pl.DataFrame({"name": ["Dragonglass"], "text": [None]}, schema={
        "name": pl.Utf8, "text": pl.Utf8})
    assert _top(parts, "product", "parts")["text"] == "description"


def test_a_workspaces_members_and_a_one_row_export() -> None:
    """Attio's workspace members (an access level: who may do what) are its users; its one
    person, named by its one task, note and list entry, is a customer, no tenant (a tenant
    needs a file with rows to spare naming it on every row)."""
    from d365migrate.intake.discover import discover
    from d365migrate.intake.read import Export
    from d365migrate.intake.tenant_files import tenant_files
    members = pl.DataFrame({"Workspace member ID": ["wm_1"], "First name": ["Susan"],
                            "Last name": ["Kare"], "Email address": ["susan@attio.com"],
                            "Access level": ["admin"]})
    got = {o.source: o.name for o in discover(Export(Path("."), {
        "workspace_members": members})).objects}
    assert got == {"workspace_members": "user"}
    person = pl.DataFrame({"Record ID": ["rec_1"], "Name": ["Ada Lovelace"]})
    one = {f: pl.DataFrame({"ID": [f"{f}_1"], "Parent record ID": ["rec_1"]})
           for f in ("tasks", "notes", "entries")}
    kinds = {"people": "contact", "tasks": "task", "notes": "note", "entries": "unknown"}
    assert tenant_files({"people": person, **one}, kinds) == {}
    two = {**one, "tasks": pl.DataFrame({"ID": ["t_1", "t_2"],
                                         "Parent record ID": ["rec_1"] * 2})}
    assert list(tenant_files({"people": person, **two}, kinds)) == ["people"]


def test_a_link_by_a_parents_e_mail_resolves_to_its_key() -> None:
    """FreeScout's conversations name their customer by the customer's e-mail, the
    customers keyed by id: the link was written with the e-mails as ids and named no parent
    at the load ("not in the org"); it resolves to the customer's key now."""
    import json

    from d365migrate.intake.discover import discover
    from d365migrate.intake.read import Export
    from d365migrate.mapping.mapfile import confirm, table_map
    from d365migrate.mapping.propose import propose_mapping
    from d365migrate.staging.stage import REF_PREFIX, stage_table
    tables_dir = ROOT / "src" / "dataverse_emulator" / "data" / "tables"
    defs = {t: json.loads((tables_dir / f"{t}.json").read_text()) for t in ("contact",
                                                                          "incident")}
    customers = pl.DataFrame({"ID": ["7", "8", "9"], "Last Name": ["Lee", "Ng", "Roe"],
                              "Email": ["ann@x.example", "bo@y.example", "cy@z.example"]})
    cases = pl.DataFrame({"Number": ["101", "102", "103"],
                          "Subject": ["Refund", "Broken", "Hello"],
                          "Status": ["Open", "Closed", "Open"],
                          "Priority": ["High", "Low", "Low"],
                          "Email": ["bo@y.example", "ann@x.example", "nobody@w.example"]})
    frames = {"customers": customers, "tickets": cases}
    export = Export(Path("."), frames)
    mapping = propose_mapping(export, discover(export), defs, ["contact", "incident"],
                              source_id_column="new_sourceid").mapping
    links = [lk for lk in table_map(mapping, "incident")["lookups"] if lk["source"] == "Email"]
    assert links and all(lk["references"] == "customers.ID" for lk in links)
    staged = stage_table(confirm(mapping, "analyst"), "incident", frames).staged
    for lk in links:
        assert staged[REF_PREFIX + lk["navigation"]].to_list() == ["8", "7", None]
