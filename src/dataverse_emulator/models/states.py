"""State rules: which statecode/statuscode a write may set, and what a closed record refuses.

Facts from the table reference pages (PAD ``reference/entities/<table>.md``; CE for incident
and opportunity), each of which lists its StateCode options with a DefaultStatus and its
StatusCode options with the State they belong to (the table definitions carry both):

- task, phonecall, appointment, email: 0 Open, 1 Completed, 2 Canceled (appointment also 3
  Scheduled); "Completed and canceled <activities> are read-only and can't be edited". A
  state change itself is the ``SetState`` message, which the Web API carries as a PATCH of
  ``statecode``/``statuscode``, so a PATCH of those two alone is accepted on a closed record.
- incident: 0 Active, 1 Resolved, 2 Cancelled; "Resolved and canceled cases are read-only and
  can't be edited unless they are reactivated". Resolved only through ``CloseIncident``.
- opportunity: 0 Open, 1 Won, 2 Lost; Won/Lost only through ``WinOpportunity`` /
  ``LoseOpportunity`` (0x80100005); a closed opportunity "can't be changed. To make further
  changes to an opportunity, you can reopen it" (Sales troubleshooting page): PATCH state 0.
- salesorder: 0 Active, 1 Submitted, 2 Canceled, 3 Fulfilled, 4 Invoiced. Canceled only
  through ``CancelSalesOrder`` (what a live org answers a status change to Canceled: "This
  message can not be used to set the state of SalesOrder to Canceled. In order to set state
  of SalesOrder to Canceled, use the CancelSalesOrderRequest"), Fulfilled through
  ``FulfillSalesOrder`` (the action "fulfills a sales order", with an order close activity
  and the status), Invoiced only by converting the order to an invoice (SetStateSalesOrder:
  "You cannot use this message to set the state of an order to Invoiced. You must use the
  ConvertSalesOrderToInvoice message"). An order is created Active.
- quote and salesorder are read-only in these states (Sales' privacy page, "Dynamics 365
  Sales and privacy laws and regulations": "Quote Active/Closed", "Order Fulfilled/Canceled/
  Submitted/Invoiced"; a quote is activated "after quote details, products, and pricing are
  ready", activation locking it): an update other than of the state is refused, and so is a
  line (quotedetail, salesorderdetail) created or changed on such a document.
- quote: 0 Draft, 1 Active, 2 Won, 3 Closed. Won only through ``WinQuote`` ("sets the state
  of a quote to Won"), Closed through ``CloseQuote`` ("closes a quote"), both taking a quote
  close activity and the status; a quote is activated by a plain update of its state, and
  only an active quote is won or closed (a draft is activated first). A quote is created
  as a draft.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import exceptions as ex
from ..metadata import Table

# Tables created open only: their other states are reached by a second request.
CREATE_OPEN_ONLY = {"task", "phonecall", "appointment", "email", "opportunity", "lead",
                    "incident", "incidentresolution", "salesorder", "quote"}
# Tables whose records are read-only in these states (besides every activity table).
CLOSED_STATES: dict[str, tuple[int, ...]] = {"incident": (1, 2), "opportunity": (1, 2),
                                             "quote": (1, 2, 3), "salesorder": (1, 2, 3, 4)}
#: A document's lines and the lookup to it: a line is part of its document, so a line of a
#: read-only quote or order is not created or changed either.
LINE_PARENTS = {"quotedetail": ("quoteid", "quote"), "salesorderdetail": ("salesorderid",
                                                                         "salesorder")}
ACTIVITY_CLOSED_STATES = (1, 2)
OPEN_STATES = {"appointment": (0, 3)}
# States a plain update may not set: (label, the message that sets them).
MESSAGE_ONLY_STATES: dict[str, dict[int, tuple[str, str]]] = {
    "opportunity": {1: ("Won", "WinOpportunity"), 2: ("Lost", "LoseOpportunity")},
    "incident": {1: ("Resolved", "CloseIncident")},
    "salesorder": {2: ("Canceled", "CancelSalesOrder"), 3: ("Fulfilled", "FulfillSalesOrder"),
                   4: ("Invoiced", "ConvertSalesOrderToInvoice")},
    "quote": {2: ("Won", "WinQuote"), 3: ("Closed", "CloseQuote")},
}
STATE_COLUMNS = {"statecode", "statuscode"}


def closed_states(table: Table) -> tuple[int, ...]:
    if table.logical in CLOSED_STATES:
        return CLOSED_STATES[table.logical]
    return ACTIVITY_CLOSED_STATES if table.is_activity else ()


def check_states(table: Table, data: dict[str, Any], changed: set[str], *, creating: bool,
                 old: dict[str, Any] | None, message: str | None) -> None:
    """Fill and validate ``statecode``/``statuscode`` of ``data``; refuse edits of closed
    records. ``message`` names the action running the write (``WinOpportunity``,
    ``CloseIncident``), which may set states a plain create or update may not."""
    state_attr = table.attributes.get("statecode")
    status_attr = table.attributes.get("statuscode")
    if state_attr is None or status_attr is None:
        return
    entity = table.logical
    status_state = status_attr.status_state()
    defaults = state_attr.state_default_status()
    state_set, status_set = "statecode" in changed, "statuscode" in changed
    if creating and not state_set:
        data["statecode"] = 0 if 0 in defaults else min(defaults)
        if not status_set:
            data["statuscode"] = defaults.get(data["statecode"])
    open_states = OPEN_STATES.get(entity, (0,))
    if creating and message is None and (entity in CREATE_OPEN_ONLY or table.is_activity) \
            and data.get("statecode") not in open_states:
        raise ex.InvalidArgument(
            f"A {entity} is created open (statecode 0). Create it first, then set statecode "
            "and statuscode with a second update.")
    if not creating and message is None and (state_set or status_set):
        target = data.get("statecode") if state_set else status_state.get(data.get("statuscode"))
        only = MESSAGE_ONLY_STATES.get(entity, {})
        if target in only:
            label, name = only[target]
            cls = ex.SetStateMessageNotAllowed if entity == "opportunity" else \
                ex.IncidentSetStateNotAllowed
            raise cls({"salesorder": "SalesOrder", "quote": "Quote"}.get(entity, entity),
                      label, name)
    if state_set and not status_set:
        data["statuscode"] = defaults.get(data.get("statecode"))
    elif status_set and not state_set:
        sc = data.get("statuscode")
        if sc is not None:
            data["statecode"] = status_state.get(sc, data.get("statecode"))
    if data.get("statuscode") is not None and data.get("statecode") is not None and \
            status_state.get(data["statuscode"]) != data["statecode"]:
        raise ex.InvalidStateTransition(entity, state_attr.options.get(
            data["statecode"], data["statecode"]), data["statuscode"])
    if old is not None and message is None and old.get("statecode") in closed_states(table):
        reopening = data.get("statecode") in open_states
        if changed - STATE_COLUMNS and not reopening:
            label = state_attr.options.get(old["statecode"], str(old["statecode"]))
            raise ex.RecordReadOnly(entity, str(old.get(table.primary_id)), label.lower())


def check_line_parent(entity: str, data: dict[str, Any],
                      load: Callable[[str, str], dict[str, Any] | None]) -> None:
    """Refuse a quote's or an order's line written while its document is read-only (an
    active, won or closed quote; a submitted, fulfilled, canceled or invoiced order)."""
    if entity not in LINE_PARENTS:
        return
    attr, parent_entity = LINE_PARENTS[entity]
    parent_id = data.get(f"_{attr}_value")
    parent = load(parent_entity, str(parent_id)) if parent_id is not None else None
    state = (parent or {}).get("statecode")
    if state in CLOSED_STATES[parent_entity]:
        label = {"quote": {1: "active", 2: "won", 3: "closed"},
                 "salesorder": {1: "submitted", 2: "canceled", 3: "fulfilled",
                                4: "invoiced"}}[parent_entity][state]
        raise ex.RecordReadOnly(parent_entity, str(parent_id), label)
