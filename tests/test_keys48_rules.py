"""Rules added after measuring keys48's held-out export (Freshdesk via Airbyte, issue 13), on
made-up data so they run where the public data is absent: a help desk's ticket names its
customer as the requester, its agent as the responder, how it came in as its source and
when it must be resolved as 'due by' (a 'source_url' is no origin); comments and posts of a
community forum are no notes nor messages of a case; a help desk's own mailboxes are no
users; a plain text beside HTML takes what the HTML would fill; a users file's person
nested in a JSON object names the owners; Salesforce's campaign statuses (Planned, In
Progress, Aborted) name Dynamics 365's options (Proposed, Launched, Canceled)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.forum_posts import forum_post
from d365migrate.intake.read import Export
from d365migrate.load.owners import Person, people_of_table
from d365migrate.mapping.choice_values import choice_values
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.web_addresses import url_reading_misfit
from tuning_support import DEFS
from tuning_support import top as _top


def _text(columns: dict[str, list]) -> pl.DataFrame:
    """A frame as an export reads it: every cell text (numbers and flags as JSON writes
    them), a null an empty cell."""
    return pl.DataFrame({c: [None if v is None else str(v).lower() if isinstance(v, bool)
                             else str(v) for v in vs] for c, vs in columns.items()})


def _kinds(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(Path("."), tables)).objects}


def _tickets() -> pl.DataFrame:
    return _text({
        "id": [101, 102, 103],
        "subject": ["Printer jams", "Refund please", "Login fails"],
        "requester_id": [5001, 5002, 5001],
        "responder_id": [9001, None, 9002],
        "source": [1, 3, 2],
        "status": [2, 3, 5],
        "priority": [1, 2, 4],
        "due_by": ["2024-03-04T10:00:00Z", "2024-03-05T10:00:00Z", "2024-03-06T10:00:00Z"],
        "created_at": ["2024-03-01T10:00:00Z", "2024-03-02T10:00:00Z",
                       "2024-03-03T10:00:00Z"]})


def test_a_help_desk_tickets_requester_responder_source_and_due_by() -> None:
    sugg = suggest_columns(_tickets(), DEFS["incident"], source_object="tickets")
    assert _top(sugg, "requester_id") in ("primarycontactid", "customerid")   # was None
    assert _top(sugg, "responder_id") == "ownerid"                            # was None
    assert _top(sugg, "source") == "caseorigincode"                           # was None
    assert _top(sugg, "due_by") == "resolveby"                                # was None


def test_a_leads_source_is_still_its_lead_source() -> None:
    leads = pl.DataFrame({"id": ["1", "2"], "last_name": ["Quill", "Marsh"],
                          "company": ["Ferngate", "Larkspur"], "source": ["Web", "Referral"]})
    assert _top(suggest_columns(leads, DEFS["lead"]), "source") == "leadsourcecode"


def test_a_forums_comments_are_no_notes() -> None:
    comments = _text({
        "id": [1, 2, 3], "topic_id": [7, 7, 8], "forum_id": [3, 3, 3],
        "user_id": [11, 12, 11],
        "body": ["Is there a fix?", "Restart it.", "Feature idea: dark mode"],
        "created_at": ["2024-03-01", "2024-03-02", "2024-03-03"]})
    assert _kinds({"discussion_comments": comments})["discussion_comments"] == "unknown"
    assert _kinds({"forum_posts": comments})["forum_posts"] == "unknown"
    # comments under no forum word stay notes
    assert _kinds({"comments": comments})["comments"] == "note"
    assert forum_post(["community", "reply"], "ticket_message")
    assert not forum_post(["ticket", "comment"], "note")
    assert not forum_post(["discussion"], "note")


def test_a_help_desks_mailboxes_are_no_users() -> None:
    boxes = _text({
        "id": [1, 2, 3], "name": ["Support", "Billing", "Sales"],
        "support_email": ["support@example.com", "billing@example.com", "sales@example.com"],
        "group_id": [4, 5, None], "active": [True, False, True],
        "created_at": ["2024-01-01", "2024-01-02", "2024-01-03"]})
    assert _kinds({"email_mailboxes": boxes})["email_mailboxes"] == "unknown"   # was user
    # the same rows under a name that names people stay what their columns say
    assert _kinds({"agents": boxes})["agents"] == "user"


def test_a_plain_text_beside_html_takes_what_the_html_would_fill() -> None:
    tickets = _tickets().with_columns(
        pl.Series("description", ['<div dir="ltr">Printer jams<br></div>',
                                  "<p>Refund <b>please</b></p>", "<div>Login fails</div>"]),
        pl.Series("description_text", ["Printer jams", "Refund please", "Login fails"]))
    sugg = suggest_columns(tickets, DEFS["incident"], source_object="tickets")
    assert _top(sugg, "description_text") == "description"
    assert _top(sugg, "description") is None                   # was description (the HTML)
    # a '_text' column beside plain text is no plain text of it: left as it was
    plain = tickets.with_columns(pl.Series("description", ["Printer jams", "Refund please",
                                                           "Login fails"]))
    assert _top(suggest_columns(plain, DEFS["incident"], source_object="tickets"),
                "description") == "description"


def test_a_users_files_person_inside_a_json_object_names_its_owners() -> None:
    agents = _text({"id": [9001, 9002], "type": ["support_agent", "support_agent"],
                    "contact": ['{"active": true, "email": "Ada@Example.org", "name": '
                                '"Ada Quill", "phone": null}',
                                '{"active": false, "email": "bram@example.org", "name": '
                                '"Bram Okafor"}']})
    people = people_of_table(agents, "id")
    assert people["9001"] == Person("ada@example.org", "Ada Quill")   # was no email, no name
    assert people["bram okafor"].email == "bram@example.org"
    # a file with an e-mail of its own keeps it
    own = agents.with_columns(pl.Series("email", ["ada.q@example.org", "bram.o@example.org"]))
    assert people_of_table(own, "id")["9001"].email == "ada.q@example.org"


def test_a_web_address_is_no_origin_nor_source() -> None:
    tickets = _tickets().with_columns(pl.Series(
        "source_url", ["https://example.com/help", "https://example.com/shop", None]))
    sugg = suggest_columns(tickets, DEFS["incident"], source_object="tickets")
    assert _top(sugg, "source") == "caseorigincode"
    assert _top(sugg, "source_url") != "caseorigincode"   # was caseorigincode
    assert url_reading_misfit(("source", "url"), "source", None)
    assert not url_reading_misfit(("website", "url"), "website", "url")   # 'Website URL'
    assert not url_reading_misfit(("source",), "source", None)


def test_salesforces_campaign_statuses_name_dynamics_options() -> None:
    status = next(a for a in DEFS["campaign"]["Attributes"] if a["LogicalName"] == "statuscode")
    got = choice_values(pl.Series("Status", ["Planned", "In Progress", "Completed", "Aborted",
                                             "Unheard of"]), status)
    assert got == {"Aborted": 4, "Completed": 3, "In Progress": 2, "Planned": 0,   # were None
                   "Unheard of": None}
    # a value that names an option by its own label keeps it ('In Progress' of a case)
    case = next(a for a in DEFS["incident"]["Attributes"] if a["LogicalName"] == "statuscode")
    assert choice_values(pl.Series("Status", ["In Progress"]), case) == {"In Progress": 1}
