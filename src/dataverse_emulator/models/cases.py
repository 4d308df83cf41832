"""Closing messages: WinOpportunity / LoseOpportunity, CloseIncident, FulfillSalesOrder /
CancelSalesOrder, WinQuote / CloseQuote (unbound actions).

A plain update may not set these states (``states.MESSAGE_ONLY_STATES``); the messages run
the update with ``_closing_flag.message`` set, in one transaction with the close activity.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .. import exceptions as ex
from ..metadata import Table
from .records import RecordsMixin
from .storage import Tx


class CasesMixin(RecordsMixin):
    """The close messages of opportunities and cases."""

    @contextmanager
    def _running(self, message: str) -> Iterator[None]:
        self._closing_flag.message = message
        try:
            yield
        finally:
            self._closing_flag.message = None

    def _bound_id(self, close: dict[str, Any], attr: str, table: Table) -> str:
        """The record a close activity names with ``<attr>@odata.bind``; must exist."""
        bind = close.get(f"{attr}@odata.bind")
        if not isinstance(bind, str) or "(" not in bind:
            raise ex.PayloadError(f"The close activity needs '{attr}@odata.bind'.")
        target, key = self._parse_bind(bind, None)
        if target.logical != table.logical:
            article = "an" if table.logical[:1] in "aeiou" else "a"  # an incident
            raise ex.PayloadError(f"'{attr}@odata.bind' must name {article} {table.logical}.")
        rid = self.resolve_id(table, key)
        assert rid is not None
        return rid

    def close_opportunity(self, message: str, body: dict[str, Any], *,
                          caller: str | None = None) -> None:
        """WinOpportunity / LoseOpportunity: the only way an opportunity becomes Won or Lost.

        ``body`` is ``{"Status": n, "OpportunityClose": {"opportunityid@odata.bind":
        "/opportunities(<id>)", "actualend": ..., "actualrevenue": ..., "subject": ...}}``.
        The opportunityclose activity itself is not stored by the emulator. An opportunity
        already Won or Lost is refused (``OpportunityIsAlreadyClosed``); reopen it first.
        """
        state = 1 if message == "WinOpportunity" else 2
        close = body.get("OpportunityClose") if isinstance(body, dict) else None
        status = body.get("Status") if isinstance(body, dict) else None
        if not isinstance(close, dict) or not isinstance(status, int):
            raise ex.PayloadError(f"{message} needs 'Status' (Edm.Int32) and 'OpportunityClose'.")
        table = self.table("opportunity")
        update: dict[str, Any] = {"statecode": state, "statuscode": status}
        if close.get("actualend"):
            update["actualclosedate"] = close["actualend"]  # its time too: UserLocal keeps one
        if close.get("actualrevenue") is not None:
            update["actualvalue"] = close["actualrevenue"]
        with self._write() as tx:
            rid = self._bound_id(close, "opportunityid", table)
            current = self._load("opportunity", rid) or {}
            if current.get("statecode") in (1, 2):
                raise ex.OpportunityAlreadyClosed()
            with self._running(message):
                self._update(tx, table, rid, update, caller=caller)

    def _close_body(self, message: str, body: dict[str, Any], table: str, param: str
                    ) -> tuple[dict[str, Any], int]:
        """The close activity and the status an order's or a quote's close message carries;
        the message is unknown where the org has not the table."""
        if table not in self.catalog.tables:
            raise ex.ResourceNotFound(message)
        close = body.get(param) if isinstance(body, dict) else None
        status = body.get("Status") if isinstance(body, dict) else None
        if not isinstance(close, dict) or isinstance(status, bool) or \
                not isinstance(status, int):
            raise ex.PayloadError(f"{message} needs 'Status' (Edm.Int32) and '{param}' (an "
                                  f"{param.lower()} entity).")
        return close, status

    def close_salesorder(self, message: str, body: dict[str, Any], *,
                         caller: str | None = None) -> None:
        """FulfillSalesOrder / CancelSalesOrder: the only ways an order becomes Fulfilled
        (state 3) or Canceled (state 2).

        ``body`` is ``{"OrderClose": {"salesorderid@odata.bind": "/salesorders(<id>)",
        "subject": ...}, "Status": n}``; ``Status`` must be a status reason of that state
        (Fulfilled: 100001 Complete, 100002 Partial; Canceled: 4 No Money, or a custom one).
        The orderclose activity itself is not stored by the emulator. An order already
        canceled, fulfilled or invoiced is refused. Both are unbound (the salesorder
        EntityType page of the Web API reference lists them "Not Bound"; a 2016 page had
        FulfillSalesOrder bound to the collection)."""
        close, status = self._close_body(message, body, "salesorder", "OrderClose")
        state = 3 if message == "FulfillSalesOrder" else 2
        table = self.table("salesorder")
        with self._write() as tx:
            rid = self._bound_id(close, "salesorderid", table)
            current = self._load("salesorder", rid) or {}
            if current.get("statecode") in (2, 3, 4):
                states = table.attributes["statecode"].options
                raise ex.SalesOrderAlreadyClosed(str(states.get(current["statecode"])))
            with self._running(message):
                self._update(tx, table, rid, {"statecode": state, "statuscode": status},
                             caller=caller)

    def close_quote(self, message: str, body: dict[str, Any], *,
                    caller: str | None = None) -> None:
        """WinQuote / CloseQuote: the only ways a quote becomes Won (state 2) or Closed
        (state 3), from Active. ``body`` is ``{"QuoteClose": {"quoteid@odata.bind":
        "/quotes(<id>)", "subject": ...}, "Status": n}`` (Won: 4; Closed: 5 Lost, 6
        Canceled, 7 Revised). The quoteclose activity itself is not stored."""
        close, status = self._close_body(message, body, "quote", "QuoteClose")
        table = self.table("quote")
        with self._write() as tx:
            rid = self._bound_id(close, "quoteid", table)
            current = self._load("quote", rid) or {}
            if current.get("statecode") != 1:
                states = table.attributes["statecode"].options
                raise ex.QuoteNotActive(str(states.get(current.get("statecode"), "Draft")))
            with self._running(message):
                self._update(tx, table, rid, {"statecode": 2 if message == "WinQuote" else 3,
                                              "statuscode": status}, caller=caller)

    def close_incident(self, body: dict[str, Any], *, caller: str | None = None) -> str:
        """CloseIncident: resolve a case (state 1) with an ``incidentresolution``.

        ``body`` is ``{"IncidentResolution": {"subject": ..., "incidentid@odata.bind":
        "/incidents(<id>)", "description": ...}, "Status": 5}``; ``Status`` must be a status
        reason of the Resolved state (5 Problem Solved, 1000 Information Provided, or a
        custom one). The resolution is stored completed; its id is returned. A case already
        resolved or canceled is refused (``IncidentIsAlreadyClosedOrCancelled``).
        """
        if "incident" not in self.catalog.tables:
            raise ex.ResourceNotFound("CloseIncident")
        resolution = body.get("IncidentResolution") if isinstance(body, dict) else None
        status = body.get("Status") if isinstance(body, dict) else None
        if not isinstance(resolution, dict) or isinstance(status, bool) or \
                not isinstance(status, int):
            raise ex.PayloadError("CloseIncident needs 'IncidentResolution' (an "
                                  "incidentresolution entity) and 'Status' (Edm.Int32).")
        incident = self.table("incident")
        with self._write() as tx:
            rid = self._bound_id(resolution, "incidentid", incident)
            current = self._load("incident", rid) or {}
            if current.get("statecode") in (1, 2):
                raise ex.IncidentAlreadyClosed()
            with self._running("CloseIncident"):
                self._update(tx, incident, rid, {"statecode": 1, "statuscode": status},
                             caller=caller)
                return self._store_resolution(tx, resolution, caller)

    def _store_resolution(self, tx: Tx, resolution: dict[str, Any],
                          caller: str | None) -> str:
        table = self.table("incidentresolution")
        item = {k: v for k, v in resolution.items()
                if k not in ("statecode", "statuscode", "@odata.type")}
        item.update({"statecode": 1, "statuscode": 2})
        item.setdefault("actualend", tx.now)
        return self._create(tx, table, item, caller=caller)
