"""Rules added after measuring keys32's exports held out (phpList's, listmonk's and
Mailtrain's tables: mailing-list tools), on made-up frames so they run where the public
data is absent: a message file with a mass mailing's counters is campaigns; a file named
for campaigns that names its template is campaigns; '<member>List' of lists with no person
and no way to reach one is no members' file; an e-mail and a whole name a row are a list's
people; 'entered' is when the record was created; a bare noun is no flag ('template' ids
are no istemplate); a campaign with no name column is named by its subject."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def _kinds(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(Path("."), tables)).objects}


NEWSLETTERS = pl.DataFrame({
    "id": ["1", "2", "3"],
    "subject": ["Spring offers", "Summer news", "Autumn sale"],
    "message": ["<p>Hello</p>", "<p>Hi</p>", "<p>Dear reader</p>"],
    "embargo": ["2024-03-01 08:00:00", "2024-06-01 08:00:00", "2024-09-01 08:00:00"],
    "sendstart": ["2024-03-01 08:01:00", "2024-06-01 08:02:00", "2024-09-01 08:00:30"],
    "processed": ["120", "130", "90"],
    "viewed": ["40", "51", "12"],
    "bouncecount": ["2", "0", "5"],
})


def test_messages_with_mass_mailing_counters_are_campaigns() -> None:
    """phpList's 'message' table: a subject, a body, an embargo, views and bounces; the
    same file without the counters stays messages (then notes, no tickets here)."""
    assert _kinds({"Message": NEWSLETTERS})["Message"] == "campaign"
    plain = NEWSLETTERS.select("id", "subject", "message", "embargo")
    assert _kinds({"Message": plain})["Message"] != "campaign"
    # one person's send a row (a recipient's e-mail): a list member's tracking, no campaign
    per_person = NEWSLETTERS.with_columns(email=pl.lit("a@example.org"))
    assert _kinds({"Message": per_person})["Message"] != "campaign"


def test_campaigns_naming_their_template_are_campaigns() -> None:
    """listmonk's campaigns: a name, a subject, a body and the template they use; by those
    columns an e-mail template, by its name and the template_id a campaign. A templates
    file stays templates."""
    camps = pl.DataFrame({
        "id": ["1", "2"], "name": ["Welcome", "Offers"], "subject": ["Hi", "Deals"],
        "body": ["<h3>Hi</h3>", "<p>Deals</p>"], "template_id": ["1", "1"],
        "status": ["draft", "sent"]})
    assert _kinds({"campaigns": camps})["campaigns"] == "campaign"
    tpls = pl.DataFrame({"template_id": ["1", "2"], "name": ["Default", "Archive"],
                         "subject": ["", "Hi"], "body": ["<html/>", "<html/>"]})
    assert _kinds({"templates": tpls})["templates"] == "email_template"


def test_a_member_list_file_without_people_is_no_members() -> None:
    """phpList's 'SubscriberList': lists (a name, a category, an owner), not subscribers;
    a 'contact_list' with phones and e-mails is the contacts."""
    lists = pl.DataFrame({"id": ["1", "2"], "name": ["News", "More news"],
                          "description": ["News and fun", ""], "category": ["news", ""],
                          "owner": ["1", "2"]})
    assert _kinds({"SubscriberList": lists})["SubscriberList"] == "unknown"
    people = pl.DataFrame({"id": ["1", "2"], "name": ["Ann Lee", "Bob Roe"],
                           "phone": ["+44 20 7946 0001", "+44 20 7946 0002"],
                           "email": ["ann@example.org", "bob@example.org"]})
    assert _kinds({"contact_list": people})["contact_list"] == "contact"


def test_an_email_and_a_whole_name_a_row_are_contacts() -> None:
    """listmonk's subscriber import: email, name and a JSON of attributes, under a name
    that says nothing ('subs'); one more column of another meaning and the rule says
    nothing."""
    subs = pl.DataFrame({
        "email": ["user0@mail.com", "user1@mail.com", "user2@mail.com"],
        "name": ["First0 Last0", "First1 Last1", "First2 Last2"],
        "attributes": ['{"city": "Bangalore"}', '{"city": "Pune"}', '{"city": "Delhi"}']})
    assert _kinds({"subs": subs})["subs"] == "contact"
    assert _kinds({"subs": subs.drop("attributes")})["subs"] == "contact"
    staff = subs.with_columns(role=pl.lit("admin"), password=pl.lit("x"))
    assert _kinds({"subs": staff})["subs"] != "contact"


def test_entered_is_when_the_record_was_created() -> None:
    df = pl.DataFrame({"id": ["1", "2"], "email": ["a@example.org", "b@example.org"],
                       "entered": ["2016-07-22 15:01:17", "2016-08-22 15:01:17"]})
    assert _top(suggest_columns(df, DEFS["contact"], source_object="Subscriber"),
                "entered") == "overriddencreatedon"


def test_a_bare_noun_of_ids_is_no_flag() -> None:
    """A campaign's 'template' (the template's id, 0 for none) is no 'Template' flag
    (istemplate); 'is_template' or yes/no values are."""
    base = {"id": ["1", "2", "3"], "name": ["A", "B", "C"]}
    ids = pl.DataFrame({**base, "template": ["0", "0", "4"]})
    assert _top(suggest_columns(ids, DEFS["campaign"], source_object="campaigns"),
                "template") is None
    flags = pl.DataFrame({**base, "is_template": ["0", "1", "0"]})
    assert _top(suggest_columns(flags, DEFS["campaign"], source_object="campaigns"),
                "is_template") == "istemplate"
    yes_no = pl.DataFrame({**base, "template": ["yes", "no", "no"]})
    assert _top(suggest_columns(yes_no, DEFS["campaign"], source_object="campaigns"),
                "template") == "istemplate"


def test_a_campaign_without_a_name_is_named_by_its_subject() -> None:
    """phpList's campaigns have a subject and no name: the subject is the name; beside a
    name (or Marketing Cloud's 'email_name') the subject stays the message."""
    sugg = suggest_columns(NEWSLETTERS, DEFS["campaign"], source_object="Message")
    assert _top(sugg, "subject") == "name"
    named = NEWSLETTERS.with_columns(email_name=pl.lit("Spring"))
    sugg = suggest_columns(named, DEFS["campaign"], source_object="Message")
    assert _top(sugg, "subject") != "name"
    assert _top(sugg, "email_name") == "name"


def test_a_long_quoted_value_does_not_change_the_delimiter() -> None:
    """listmonk's templates: comma-separated, each body an HTML page over many lines full
    of ';' (styles). The first 60 lines end inside the first body; the cut record is no
    row, so the comma stays the delimiter."""
    from d365migrate.intake.dialect import sniff
    css = "\n".join(f"  .c{i} {{\n    color: #{i:03d};\n    padding: {i}px;\n"
                    "    margin: 0;\n    border: 0;\n  }" for i in range(30))
    body = f'"<html><head><style>\n{css}\n</style></head><body>Hi</body></html>"'
    text = "id,name,body,is_default\n" + "".join(f"{i},Template {i},{body},false\n"
                                                for i in range(1, 4))
    assert sniff(text)[0] == ","
