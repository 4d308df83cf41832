"""Rules added after measuring keys30's exports held out (Axelor's French quotations and
tickets; Odoo's sales, calendar and events, projects), on made-up frames so they run where
the public data is absent: messages in an export with no tickets are notes; events with
places to fill are campaigns and their tickets no cases; a column listing several records a
row is no lookup; an event's date_begin, a meeting's stop, a product's sales description,
Axelor's '<record>Seq' and '<field>Select', the user a record is assigned to, a line's
sequence and the product name written on a line."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.accuracy import proposed_targets
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top

ORDERS = pl.DataFrame({
    "id": ["so1", "so2", "so3"],
    "partner_id": ["p1", "p2", "p1"],
    "date_order": ["2025-05-07 10:00:00", "2025-05-08 11:00:00", "2025-05-09 12:00:00"],
    "state": ["sale", "sale", "draft"],
})
MESSAGES = pl.DataFrame({
    "id": ["m1", "m2", "m3"],
    "model": ["sale.order", "sale.order", "sale.order"],
    "res_id": ["so1", "so1", "so2"],
    "body": ["Can you deliver by Friday?", "Yes, Friday works.", "Please send the invoice."],
    "author_id": ["p1", "u1", "p2"],
})
TICKETS = pl.DataFrame({
    "id": ["t1", "t2", "t3"],
    "subject": ["Printer jammed", "Cannot log in", "Invoice missing"],
    "status": ["open", "closed", "pending"],
    "assigned_to": ["ann", "bob", "ann"],
    "channel": ["email", "phone", "web"],
})


def _kinds(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(Path("."), tables)).objects}


def test_messages_without_tickets_are_notes_on_their_records() -> None:
    """Odoo's chatter (mail.message) beside sales orders: remarks on the orders, notes; the
    same messages beside a help desk's tickets stay the tickets' messages."""
    kinds = _kinds({"Sales Order": ORDERS, "Message": MESSAGES})
    assert kinds["Message"] == "note"
    mapped = proposed_targets(Export(Path("."), {"Sales Order": ORDERS, "Message": MESSAGES}),
                              DEFS, ["salesorder", "annotation"])
    assert mapped["Message"]["body"][0].target == "notetext"
    with_tickets = _kinds({"Tickets": TICKETS, "Message": MESSAGES})
    assert with_tickets["Tickets"] == "ticket"
    assert with_tickets["Message"] == "ticket_message"
    # text messages sent and received (a direction, a sender, a recipient) are no remarks
    texts = pl.DataFrame({"id": ["SM1", "SM2", "SM3"], "account_id": ["A1", "A1", "A1"],
                          "body": ["Your code is 1234", "Thanks!", "See you at 3"],
                          "direction": ["outbound-api", "inbound", "outbound-api"],
                          "from": ["15550001", "15550002", "15550001"],
                          "to": ["15550002", "15550001", "15550003"],
                          "date_sent": ["2025-05-07 10:00:00", "2025-05-07 10:01:00",
                                        "2025-05-08 09:00:00"]})
    assert _kinds({"Sales Order": ORDERS, "messages": texts})["messages"] != "note"


def test_events_with_places_are_campaigns_and_their_tickets_no_cases() -> None:
    """A business's events (a fair, a conference) have seats or registrations: campaigns,
    not meetings; the tickets they sell (Free, VIP, with seats) are admissions, not support
    cases. A meeting's participants are who takes part: meetings stay activities."""
    events = pl.DataFrame({
        "id": ["e1", "e2", "e3"],
        "name": ["Design Fair", "Architects' Conference", "Ballon Race"],
        "date_begin": ["2026-01-15 08:00:00", "2026-02-04 09:30:00", "2026-05-14 20:15:00"],
        "date_end": ["2026-01-19 18:00:00", "2026-02-04 17:30:00", "2026-05-17 00:30:00"],
        "seats_max": ["50", "200", "0"],
        "description": ["Furniture fair", "Talks", "Race"],
    })
    tickets = pl.DataFrame({
        "id": ["k1", "k2", "k3"],
        "name": ["Free", "Standard", "VIP"],
        "description": ["Free entrance", "Catering included", "Front row"],
        "event_id": ["e1", "e1", "e1"],
        "seats_max": ["0", "50", "10"],
    })
    kinds = _kinds({"Event": events, "Event Ticket": tickets})
    assert kinds["Event"] == "campaign"
    assert kinds["Event Ticket"] == "unknown"
    meetings = pl.DataFrame({
        "id": ["a1", "a2", "a3"],
        "Event_Title": ["Kick-off", "Review", "Demo"],
        "Start_DateTime": ["2026-01-15 08:00:00", "2026-02-04 09:30:00", "2026-03-01 10:00:00"],
        "End_DateTime": ["2026-01-15 09:00:00", "2026-02-04 10:30:00", "2026-03-01 11:00:00"],
        "Participants": ["ann;bob", "bob", "ann"],
        "Venue": ["Room 1", "Room 2", "Online"],
    })
    assert _kinds({"Events": meetings})["Events"] == "activity"


def test_a_column_listing_several_records_is_no_lookup() -> None:
    """Odoo writes a many2many as '<field>_ids/id', ids joined by commas: a meeting's
    attendees are not the one record it is regarding. A task's assignees keep the owner."""
    meetings = pl.DataFrame({
        "id": ["c1", "c2", "c3"],
        "name": ["Follow-up", "Initial discussion", "Pricing"],
        "partner_ids/id": ["base.res_partner_1", "base.partner_root,base.res_partner_4",
                           "base.res_partner_1,base.res_partner_12"],
        "start": ["2026-01-03 10:20:00", "2026-01-05 12:00:00", "2026-01-12 15:55:05"],
    })
    sugg = suggest_columns(meetings, DEFS["appointment"], source_object="Calendar Event")
    assert _top(sugg, "partner_ids/id") is None
    tasks = pl.DataFrame({
        "id": ["t1", "t2", "t3"],
        "name": ["Office planning", "Kitchen", "Noise reduction"],
        "user_ids/id": ["base.user_demo", "base.user_admin,base.user_demo", "base.user_admin"],
    })
    sugg = suggest_columns(tasks, DEFS["task"], source_object="Task")
    assert _top(sugg, "user_ids/id") == "ownerid"


def test_event_and_meeting_spans_and_a_products_sales_description() -> None:
    events = pl.DataFrame({
        "name": ["Design Fair", "Conference"],
        "date_begin": ["2026-01-15 08:00:00", "2026-02-04 09:30:00"],
        "date_end": ["2026-01-19 18:00:00", "2026-02-04 17:30:00"],
    })
    assert _top(suggest_columns(events, DEFS["campaign"], source_object="events"),
                "date_begin") == "actualstart"
    meetings = pl.DataFrame({
        "name": ["Follow-up", "Initial discussion"],
        "start": ["2026-01-03 10:20:00", "2026-01-05 12:00:00"],
        "stop": ["2026-01-03 16:30:00", "2026-01-05 19:00:00"],
    })
    sugg = suggest_columns(meetings, DEFS["appointment"], source_object="meetings")
    assert _top(sugg, "start") == "scheduledstart"
    assert _top(sugg, "stop") == "scheduledend"
    products = pl.DataFrame({
        "name": ["Office Chair", "Desk"],
        "list_price": ["120.50", "320.0"],
        "description_sale": ["Ergonomic chair, black.", "Oak desk, 160 cm."],
    })
    assert _top(suggest_columns(products, DEFS["product"], source_object="products"),
                "description_sale") == "description"


def test_axelor_sequences_selections_and_assignees_on_tickets() -> None:
    """Axelor's '<record>Seq' is the record's number, '<field>Select' the field, and
    'assignedToUser.name' the agent the ticket is assigned to."""
    tickets = pl.DataFrame({
        "ticketSeq": ["TKT0001", "TKT0002", "TKT0003"],
        "subject": ["Where are the sources?", "Technical docs?", "Cannot log in"],
        "assignedToUser.name": ["Kevin DEMOERP", "Kevin DEMOERP", "Cyril MARCHAL"],
        "statusSelect": ["2", "2", "1"],
    })
    sugg = suggest_columns(tickets, DEFS["incident"], source_object="helpdesk_ticket")
    assert _top(sugg, "ticketSeq") == "ticketnumber"
    assert _top(sugg, "assignedToUser.name") == "ownerid"
    assert _top(sugg, "statusSelect") == "statuscode"


def test_a_lines_sequence_and_the_product_name_written_on_it() -> None:
    """A line's 'sequence' (1, 2, 3 in each order) is its line number; the product's name
    beside the line's product link is the name written on the line."""
    lines = pl.DataFrame({
        "importId": ["14", "18", "19", "20"],
        "saleOrder.importId": ["6", "8", "8", "8"],
        "sequence": ["1", "1", "2", "3"],
        "product.importId": ["411", "410", "111", "110"],
        "productName": ["Consultant", "Chef de projet", "Serveur haute performance",
                        "Serveur classique"],
        "qty": ["15", "10", "2", "1"],
        "price": ["800", "1000", "2500", "1500"],
    })
    sugg = suggest_columns(lines, DEFS["salesorderdetail"], source_object="sale_saleOrderLine")
    assert _top(sugg, "sequence") == "lineitemnumber"
    assert _top(sugg, "productName") == "productdescription"
    assert _top(sugg, "product.importId") == "productid"


def test_a_length_in_hours_or_seconds_told_by_start_and_end() -> None:
    """Odoo's calendar writes a meeting's duration in hours (6.3 for 10:20-16:30): the rows'
    own span says so, and the map reads it x 60; a length already in minutes is left, one in
    seconds is read / 60."""
    from d365migrate.mapping.clock_durations import clock_minutes
    from d365migrate.mapping.span_units import with_span_units

    frame = pl.DataFrame({   # 6.3 hours for 6 h 10 min: the demo's own rounding, one row
        "start": ["2026-01-03 10:20:00", "2026-01-05 12:00:00", "2026-01-12 15:55:05",
                  "2026-01-20 08:00:00", "2026-01-18 02:00:00"],
        "stop": ["2026-01-03 16:30:00", "2026-01-05 19:00:00", "2026-01-12 18:55:05",
                 "2026-01-20 10:30:00", "2026-01-18 10:30:00"],
        "hours": ["6.3", "7.0", "3.0", "2.5", "8.5"],
        "minutes": ["370", "420", "180", "150", "510"],
        "secs": ["22200", "25200", "10800", "9000", "30600"],
    })

    def entry(length: str) -> dict:
        return {"source": "meetings", "columns": [
            {"target": "scheduledstart", "source": "start", "transform": "datetime"},
            {"target": "scheduledend", "source": "stop", "transform": "datetime"},
            {"target": "scheduleddurationminutes", "source": length, "transform": "integer",
             "reason": "CRM vocabulary"}]}

    clocks = {}
    for length in ("hours", "minutes", "secs"):
        [done] = with_span_units([entry(length)], {"meetings": frame})
        clocks[length] = done["columns"][2].get("clock")
    assert clocks == {"hours": "hours", "minutes": None, "secs": "seconds"}
    read = frame.select(clock_minutes(pl.col("hours"), "hours"))["hours"].to_list()
    assert read == ["378", "420", "180", "150", "510"]


def test_a_row_with_no_state_loads_in_the_tables_default_state() -> None:
    """Odoo leaves a task's state at its default (most demo tasks write none): Dataverse
    creates a record with no state in its table's default one (a task Open), as it does for
    a map with no state column, so an empty state holds no row back; a missing subject
    (required, the task's name) still does."""
    from d365migrate.staging.validate import validate_staged

    staged = pl.DataFrame({
        "__source_id": ["t1", "t2", "t3"], "__source_row": [1, 2, 3],
        "subject": ["Office planning", "Kitchen", None],
        "statecode": [1, None, None],
        "__owner_email": ["a@x.com"] * 3,
    })
    result = validate_staged(staged, "task", DEFS["task"], file="Task.csv")
    assert sorted(result.valid["__source_id"].to_list()) == ["t1", "t2"]
    assert result.quarantined.select("source_id", "column").rows() == [("t3", "subject")]
