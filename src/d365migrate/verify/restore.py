"""Put records back as a run's before-images found them: fields, lookups and state.

Each ledger ``before`` entry is restored as a whole, newest first, against what the record
holds now (read with the same ``$select``): nothing is sent for a record already as it was.
A record that is closed now and must change is reopened first (closed records are
read-only: PATCH ``statecode`` 0 with its prior open status, or the table's first open
status, which for an opportunity is 1 In Progress), its fields go back by ``UpdateMultiple``,
and a record that was closed before is closed again the documented way: an opportunity by
``WinOpportunity``/``LoseOpportunity`` with its prior status, close date and revenue; a case
by ``CloseIncident`` (the resolution that creates is deleted again: the case keeps the one
it had); any other table by PATCH of ``statecode``/``statuscode``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from d365migrate.dataverse import DataverseClient
from d365migrate.dataverse.errors import BulkMessageUnsupported, DataverseError, NotFound
from d365migrate.load.before import (
    RESOLUTION,
    STATE_COLUMNS,
    navigations,
    read_images,
    resolution_ids,
)
from d365migrate.load.closes import CLOSE_ACTIONS, RESOLVED, status_states

OPEN_STATES = {"appointment": (0, 3)}
CHUNK = 200


class Restorer:
    """Restores ledger ``before`` entries; keeps per-table counts."""

    def __init__(self, client: DataverseClient) -> None:
        self.client = client
        self._defs: dict[str, dict[str, Any]] = {}
        self.counts: dict[str, Counter[str]] = {}

    def table_def(self, table: str) -> dict[str, Any]:
        if table not in self._defs:
            self._defs[table] = self.client.entity_definition(table)
        return self._defs[table]

    def entity_set(self, table: str) -> str:
        try:
            return str(self.table_def(table)["EntitySetName"])
        except DataverseError:
            return f"{table}s"

    def is_open(self, table: str, state: Any) -> bool:
        return state is None or state in OPEN_STATES.get(table, (0,))

    # -- one ledger entry ------------------------------------------------------------------
    def restore(self, entry: dict[str, Any], skip: set[tuple[str, str]]) -> None:
        """Bring the entry's records back to its images (records in ``skip``, which the run
        created and rollback deletes, are left alone)."""
        table = entry["table"]
        count = self.counts.setdefault(table, Counter())
        images = [i for i in entry["images"] if (table, i["id"]) not in skip]
        if not images:
            return
        td = self.table_def(table)
        pk = td["PrimaryIdAttribute"]
        columns = sorted({c for i in images for c in i["fields"]})
        lookups = sorted({a for i in images for a in i["lookups"]})
        now = {c["id"]: c for c in read_images(self.client, td, [i["id"] for i in images],
                                               columns, lookups)}
        _, first = status_states(td)
        reopen: list[dict[str, Any]] = []
        update: list[dict[str, Any]] = []
        close: list[dict[str, Any]] = []
        for img in images:
            count["images"] += 1
            cur = now.get(img["id"])
            if cur is None:
                count["absent"] += 1
                continue
            prior, fields = img["fields"], cur["fields"]
            body = {c: v for c, v in prior.items()
                    if c not in STATE_COLUMNS and fields.get(c) != v}
            body.update(self.binds(td, {a: v for a, v in img["lookups"].items()
                                        if cur["lookups"].get(a) != v}))
            has_state = "statecode" in prior
            state = (prior.get("statecode"), prior.get("statuscode"))
            current = (fields.get("statecode"), fields.get("statuscode"))
            differs = has_state and state != current
            if not body and not differs:
                count["unchanged"] += 1
                continue
            count["restored"] += 1
            was_open, is_open = self.is_open(table, state[0]), self.is_open(table, current[0])
            if not is_open:  # read-only while closed: reopen first
                reopen.append({pk: img["id"], **(
                    {"statecode": state[0], "statuscode": state[1]} if was_open
                    else {"statecode": 0, **({"statuscode": first[0]} if 0 in first else {})})})
            elif was_open and differs:
                body.update({"statecode": state[0], "statuscode": state[1]})
            if body:
                update.append({pk: img["id"], **body})
            if not was_open:
                close.append(img)
        self.update_many(td, reopen)
        self.update_many(td, update)
        self.close(td, close)

    def binds(self, td: dict[str, Any], links: dict[str, list[str] | None]) -> dict[str, Any]:
        """``nav@odata.bind`` for each lookup to put back (null empties it)."""
        navs = navigations(td)
        out: dict[str, Any] = {}
        for attr, value in links.items():
            if value is None:
                nav = next((n for n, (a, _) in navs.items() if a == attr), None)
                if nav:
                    out[f"{nav}@odata.bind"] = None
                continue
            target, rid = value
            nav = next((n for n, (a, t) in navs.items() if a == attr and t == target), None) \
                or next((n for n, (a, t) in navs.items() if a == attr and t == "owner"), None)
            if nav:
                out[f"{nav}@odata.bind"] = f"/{self.entity_set(target)}({rid})"
        return out

    def update_many(self, td: dict[str, Any], bodies: list[dict[str, Any]]) -> None:
        """``UpdateMultiple`` in chunks; PATCH one by one where the table lacks it."""
        entity_set, table, pk = td["EntitySetName"], td["LogicalName"], td["PrimaryIdAttribute"]
        for i in range(0, len(bodies), CHUNK):
            part = bodies[i:i + CHUNK]
            try:
                self.client.update_multiple(entity_set, table, part, retry=True)
            except BulkMessageUnsupported:
                for b in part:
                    self.client.update(entity_set, b[pk],
                                       {k: v for k, v in b.items() if k != pk})

    def close(self, td: dict[str, Any], images: list[dict[str, Any]]) -> None:
        """Close again, the documented way, what was closed before the run."""
        table, entity_set = td["LogicalName"], td["EntitySetName"]
        plain: list[dict[str, Any]] = []
        for img in images:
            prior = img["fields"]
            state, status = prior["statecode"], prior["statuscode"]
            if table == "opportunity" and state in CLOSE_ACTIONS:
                close: dict[str, Any] = {
                    "subject": "Closed again by rollback",
                    "opportunityid@odata.bind": f"/{entity_set}({img['id']})"}
                if prior.get("actualclosedate"):
                    close["actualend"] = str(prior["actualclosedate"])
                if prior.get("actualvalue") is not None:
                    close["actualrevenue"] = prior["actualvalue"]
                self.close_once(entity_set, img["id"], (state, status), CLOSE_ACTIONS[state],
                                {"Status": status, "OpportunityClose": close})
            elif table == "incident" and state == RESOLVED:
                self.resolve_again(entity_set, img["id"], status)
            else:
                plain.append({td["PrimaryIdAttribute"]: img["id"], "statecode": state,
                              "statuscode": status})
        self.update_many(td, plain)

    def close_once(self, entity_set: str, rid: str, wanted: tuple[int, int], action: str,
                   body: dict[str, Any]) -> None:
        """Send a close action; a refusal after a resend whose first attempt closed the record
        (the reply was lost) is checked against the record: closed as wanted is done."""
        try:
            self.client.send("POST", action, json=body)
        except DataverseError:
            now = self.client.retrieve(entity_set, rid, select=["statecode", "statuscode"])
            if (now.get("statecode"), now.get("statuscode")) != wanted:
                raise

    def resolve_again(self, entity_set: str, rid: str, status: int) -> None:
        """CloseIncident, then delete the resolution it made: the case keeps its own."""
        known = resolution_ids(self.client, [rid])
        self.close_once(entity_set, rid, (RESOLVED, status), "CloseIncident", {
            "Status": status, "IncidentResolution": {
                "subject": "Resolved again by rollback",
                "incidentid@odata.bind": f"/{entity_set}({rid})"}})
        for res in resolution_ids(self.client, [rid]):
            if res not in known:
                try:
                    self.client.delete(RESOLUTION[1], res)
                except NotFound:
                    pass
