"""Session 66's rules, each on made-up data: what rounds Z40 and Z41 (held out, measured in
session 65 before any of these rules) showed the engine could not read or read wrongly."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export
from d365migrate.mapping.accuracy import proposed_targets
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS, top


def _top(df: pl.DataFrame, table: str, source: str) -> dict[str, str | None]:
    got = suggest_columns(df, DEFS[table], source_object=source)
    return {c: top(got, c) for c in df.columns}


def _contacts() -> pl.DataFrame:
    return pl.DataFrame({
        "id": ["1", "2", "3", "4"], "kind": ["person", "company", "person", "company"],
        "first_name": ["Ann", None, "Bo", None], "last_name": ["Lee", None, "Ma", None],
        "full_name": ["Ann Lee", "Dundee Ltd", "Bo Ma", "Jimbowzz Inc"],
        "city": ["London", "Sydney", "Leeds", "Perth"]})


def test_a_contacts_file_of_persons_and_companies_gives_the_accounts_their_rows() -> None:
    """Quaderno's contacts: one file, a bare 'kind' person or company. A map wanting
    accounts from an export with no accounts file took none of its rows (the bare word
    'kind' said no party's kind, and the contacts' file counted only where the map also
    loaded contacts); now its companies' rows are the accounts, where every value says."""
    got = proposed_targets(Export(Path("."), {"contacts": _contacts()}), DEFS, ["account"],
                           {"contacts": "account"})
    assert got["contacts"]["full_name"][0].target == "name"
    assert got["contacts"]["city"][0].target == "address1_city"
    # a bare 'type' whose values name no party's kind splits nothing
    other = _contacts().with_columns(pl.Series("kind", ["lead", "customer", "lead", "lead"]))
    got = proposed_targets(Export(Path("."), {"contacts": other}), DEFS, ["account"],
                           {"contacts": "account"})
    assert "full_name" not in got.get("contacts", {}) or \
        got["contacts"]["full_name"][0].target != "name"


def test_file_names_of_sequences_purchases_and_canned_responses() -> None:
    """Kit's 'sequences' (automated e-mail series), 'purchases' and 'purchase_products'
    (a creator's sales and their lines), LiveChat's 'canned_responses' (stored answers):
    unknown, products and notes before; a whole name only ('purchase_data', QuickBooks'
    bills from vendors, names none)."""
    assert name_kind("sequences")[0] == "campaign"
    assert name_kind("purchases")[0] == "order"
    assert name_kind("purchase_products")[0] == "order_line"
    assert name_kind("canned_responses")[0] == "email_template"
    assert name_kind("saved_replies")[0] == "email_template"
    assert name_kind("purchase_data")[0] is None


def test_a_description_after_the_records_number_is_a_deals_title() -> None:
    """Business Central's opportunities: 'No.' then 'Description' ("Assembling
    furniture"), no name column: the description is the title (it was the description, and
    'Contact Company Name', the customer, stood in for the name)."""
    df = pl.DataFrame({
        "No.": ["OP1", "OP2", "OP3", "OP4"],
        "Description": ["Assembling furniture", "Coffee machines", "Assembling furniture",
                        "Desks for the office"],
        "Contact Name": ["Robert Townes", "Helen Ray", "Ann Lee", "Bo Ma"],
        "Contact Company Name": ["Adatum Corporation", "Trey Research", "Fabrikam Inc",
                                 "Litware Inc"]})
    got = _top(df, "opportunity", "opportunities")
    assert got["Description"] == "name"
    assert got["Contact Company Name"] == "customerid"


def test_a_requester_by_mail_and_the_first_message_of_a_ticket() -> None:
    """LiveChat's tickets: 'requester.mail' (LDAP's word for the e-mail) is the customer,
    by e-mail; 'events.0.message', the first event's text, is what was asked. Neither was
    read."""
    msgs = ["Hello, my shoes broke and I want a refund please",
            "Cannot log in since yesterday, please help", "Where is my order 123?"]
    df = pl.DataFrame({"subject": ["My shoes", "Broken", "Help me"],
                       "requester.mail": ["a@x.com", "b@y.com", "c@z.com"],
                       "events.0.message": msgs, "events.1.message": msgs})
    got = _top(df, "incident", "tickets")
    assert got["requester.mail"] == "customerid"
    assert got["events.0.message"] == "description"
    assert got["events.1.message"] is None   # a later reply is no description
    # counted from 1 where no path has a 0
    one = pl.DataFrame({"subject": ["a", "b", "c"], "messages.1.body": msgs})
    assert _top(one, "incident", "tickets")["messages.1.body"] == "description"


def test_a_subscribers_status_is_their_subscription() -> None:
    """Kit's and Drip's subscribers: a 'state' or 'status' of 'active' only was read as the
    contact's status; in a subscribers file it is the subscription (whether bulk e-mail may
    go). In a contacts file the one word says nothing of subscriptions: left as it was."""
    df = pl.DataFrame({"email": ["a@x.com", "b@y.com", "c@z.com"],
                       "first_name": ["Ann", "Bo", "Cy"], "state": ["active"] * 3})
    assert _top(df, "contact", "subscribers")["state"] == "donotbulkemail"
    assert _top(df, "contact", "contacts")["state"] != "donotbulkemail"


def test_an_agents_presence_is_no_disabled_user() -> None:
    """LiveChat's agents' 'status' accepting chats / not accepting chats: whether one is at
    the desk now, read as the user's disabled flag."""
    df = pl.DataFrame({"login": ["a@x.com", "b@y.com", "c@z.com"],
                       "name": ["Mary Brown", "Ann Lee", "Bo Li"],
                       "status": ["accepting chats", "not accepting chats", "accepting chats"]})
    assert _top(df, "systemuser", "agents")["status"] is None


def test_a_column_named_for_the_contact_person_is_their_name() -> None:
    """jshERP's members: '联系人' (the contact person) is the only name of the row; no
    column was the person's name. Beside a given and a last name it stays out."""
    df = pl.DataFrame({"会员卡号*": ["M1", "M2", "M3"], "联系人": ["张三", "李四", "王五"],
                       "手机号码": ["13800000000", "13900000000", "13700000000"]})
    assert _top(df, "contact", "会员信息")["联系人"] == "lastname"
    en = pl.DataFrame({"first": ["Mary", "Ann", "Bo"], "last": ["Brown", "Lee", "Li"],
                       "Contact": ["Mary Brown", "Ann Lee", "Bo Li"]})
    assert _top(en, "contact", "contacts")["Contact"] is None


def test_a_link_replaced_by_a_decision_leaves_its_column_accounted_for() -> None:
    """Clover's orders: the parameters bind every order's customer to the counter-sales
    account; the proposed link read the orders' 'customers' column, which then was neither
    read nor left out, so a column of the file went uncounted. Now it is left out, with the
    reason."""
    from d365migrate.mapping.link_decisions import decide_link

    mapping = {"tables": [{"source": "orders", "target": "salesorder", "source_key": "id",
                           "columns": [{"source": "title", "target": "name"}],
                           "lookups": [{"target": "customerid",
                                        "navigation": "customerid_contact",
                                        "table": "contact", "source": "customers"}],
                           "unmapped": ["note"], "unmapped_reasons": {}}]}
    out = decide_link(mapping, "salesorder.customerid", {"existing": {
        "table": "account", "match": {"name": "Counter sales"}}}, lambda t: DEFS[t])
    entry = out["tables"][0]
    assert "customers" in entry["unmapped"] and "note" in entry["unmapped"]
    assert "replaced by a decision" in entry["unmapped_reasons"]["customers"]
    assert [lk["table"] for lk in entry["lookups"]] == ["account"]
