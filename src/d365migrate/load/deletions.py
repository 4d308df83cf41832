"""Records deleted in SmartDesk since the last run: kept, deactivated or deleted, as a person
decided in the parameters; and values emptied in SmartDesk, emptied in the org.

Nothing is deactivated or deleted without a decision. The parameters say, per object or per
record (``delta.deleted``)::

    delta:
      deleted:
        default: keep              # keep or deactivate; never delete
        opportunity: deactivate    # keep | deactivate | delete
        records:
          opportunity/D-1042: delete

*keep* leaves the record as it is (also what happens while nothing is decided: the record
is listed as waiting for a decision, run after run). *deactivate* brings it to its table's
documented inactive state, the way a first load closes records (``load.closes``): an account
or contact Inactive, a deal Lost as Canceled through ``LoseOpportunity``, a lead Disqualified
as Canceled, an activity or a case Canceled; its prior state goes to the ledger first, so a
rollback reopens it. *delete* removes it; the ledger records the deletion before the request,
but a deleted record cannot be brought back by a rollback, so delete is only taken when named
for the object or the record, never as the default.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl

from d365migrate.dataverse import DataverseClient, TerminalError
from d365migrate.dataverse.errors import BulkMessageUnsupported, NotFound
from d365migrate.dataverse.tables import attributes
from d365migrate.load.before import before_update
from d365migrate.load.closes import STATE, STATUS, apply_closes, org_states
from d365migrate.load.ledger import Ledger
from d365migrate.load.order import LOAD_ORDER, base_unit
from d365migrate.load.org_records import org_ids
from d365migrate.report.plain import DEFAULT_SOURCE_CRM
from d365migrate.staging.stage import REF_PREFIX, SOURCE_ID

DECISIONS = ("keep", "deactivate", "delete")
INACTIVE_LABELS = ("inactive", "canceled", "cancelled")
CHUNK = 200


class DecisionError(ValueError):
    """A decision on deleted records the parameters cannot hold; the message names the key."""


@dataclass
class DeletionDecisions:
    """What a person decided for records deleted in SmartDesk (``delta.deleted``)."""

    default: str | None = None
    objects: dict[str, str] = field(default_factory=dict)
    records: dict[str, str] = field(default_factory=dict)  # "<object>/<source id>"

    @classmethod
    def parse(cls, cfg: Any) -> DeletionDecisions:
        if not cfg:
            return cls()
        if not isinstance(cfg, dict):
            raise DecisionError("delta.deleted: expected keys per object (keep, deactivate or "
                                "delete), 'default' and 'records'")
        out = cls()
        for key, value in cfg.items():
            if key == "records":
                for rec, decision in (value or {}).items():
                    unit = str(rec).partition("/")[0]
                    if base_unit(unit) not in LOAD_ORDER or "/" not in str(rec):
                        raise DecisionError(f"delta.deleted.records.{rec}: name a record as "
                                            f"<object>/<source id>, object one of {LOAD_ORDER}")
                    out.records[str(rec)] = _check(f"delta.deleted.records.{rec}", decision)
            elif key == "default":
                out.default = _check("delta.deleted.default", value)
                if out.default == "delete":
                    raise DecisionError(
                        "delta.deleted.default: delete cannot be the default (a deleted record "
                        "cannot be restored by rollback); name it per object or per record")
            elif base_unit(key) in LOAD_ORDER:  # an object, or a further file of one
                out.objects[key] = _check(f"delta.deleted.{key}", value)
            else:
                raise DecisionError(f"delta.deleted.{key}: not an object we load "
                                    f"(choose from {LOAD_ORDER}), 'default' or 'records'")
        return out

    def of(self, unit: str, source_id: str) -> str | None:
        """The decision for one record: its own, its object's, the default, or None."""
        return self.records.get(f"{unit}/{source_id}") or self.objects.get(unit) or \
            self.objects.get(base_unit(unit)) or self.default  # a further file: its object's


def _check(key: str, value: Any) -> str:
    if value not in DECISIONS:
        raise DecisionError(f"{key}: '{value}' is not a decision; one of {DECISIONS}")
    return str(value)


def inactive_state(table_def: dict[str, Any]) -> tuple[int, int] | None:
    """(statecode, statuscode) of the table's documented inactive state: the status labelled
    Inactive or Canceled of a state other than open; None when the table has none."""
    status = attributes(table_def).get(STATUS) or {}
    for label in INACTIVE_LABELS:
        for opt in (status.get("OptionSet") or {}).get("Options", []):
            text = (((opt.get("Label") or {}).get("UserLocalizedLabel") or {})
                    .get("Label") or "").lower()
            if text == label and opt.get("State") not in (None, 0):
                return int(opt["State"]), int(opt["Value"])
    return None


def settle_deleted(client: DataverseClient, table_def: dict[str, Any], unit: str,
                   deleted: list[dict[str, Any]], decisions: DeletionDecisions, *,
                   column: str, ledger: Ledger, before: pl.DataFrame | None = None,
                   source_crm: str = DEFAULT_SOURCE_CRM) -> None:
    """Apply each decision to the records deleted in the export's CRM (``source_crm``, named
    in a deal's close record); fills ``decision`` and ``outcome`` of each entry.
    ``before``: the records as the last run staged them."""
    for d in deleted:
        d["decision"] = decisions.of(unit, d["source_id"])
        d["outcome"] = "kept" if d["decision"] == "keep" else "undecided"
    act = [d for d in deleted if d["decision"] in ("deactivate", "delete")]
    if not act:
        return
    ids = org_ids(client, table_def, column, unit, [d["source_id"] for d in act])
    for d in act:
        if d["source_id"] not in ids:
            d["outcome"] = "not in Dynamics 365"
    _deactivate(client, table_def, [d for d in act if d["decision"] == "deactivate"
                                    and d["source_id"] in ids], ids, ledger, before,
                source_crm)
    _delete(client, table_def, [d for d in act if d["decision"] == "delete"
                                and d["source_id"] in ids], ids, ledger)


def _deactivate(client: DataverseClient, table_def: dict[str, Any], rows: list[dict[str, Any]],
                ids: dict[str, str], ledger: Ledger, before: pl.DataFrame | None,
                source_crm: str = DEFAULT_SOURCE_CRM) -> None:
    if not rows:
        return
    target = inactive_state(table_def)
    if target is None:
        for d in rows:
            d["outcome"] = "kept: this kind of record has no inactive state"
        return
    now = org_states(client, table_def, [ids[d["source_id"]] for d in rows])
    for d in rows:
        state = now.get(ids[d["source_id"]], 0)
        if state not in (0, target[0]):  # closed another way (won, completed): left as it is
            d["outcome"] = "kept: already closed in Dynamics 365"
    todo = [d for d in rows if d.get("outcome") == "undecided"]
    closes = pl.DataFrame([{SOURCE_ID: d["source_id"], STATE: target[0], STATUS: target[1]}
                           for d in todo], schema={SOURCE_ID: pl.Utf8, STATE: pl.Int64,
                                                   STATUS: pl.Int64})
    wanted = [d["source_id"] for d in todo]
    extra = before.filter(pl.col(SOURCE_ID).is_in(wanted)) if before is not None else \
        pl.DataFrame({SOURCE_ID: wanted})
    result = apply_closes(client, table_def, closes, ids, extra, progress=False, ledger=ledger,
                          source_crm=source_crm)
    failed = {f["source_id"]: f["reason"] for f in result["close_failed"]}
    for d in todo:
        d["outcome"] = f"deactivate failed: {failed[d['source_id']]}" \
            if d["source_id"] in failed else "deactivated"


def _delete(client: DataverseClient, table_def: dict[str, Any], rows: list[dict[str, Any]],
            ids: dict[str, str], ledger: Ledger) -> None:
    if not rows:
        return
    table, entity_set = table_def["LogicalName"], table_def["EntitySetName"]
    ledger.deleted(table, entity_set, table_def["PrimaryIdAttribute"],
                   [(d["source_id"], ids[d["source_id"]]) for d in rows])
    for d in rows:
        try:
            client.delete(entity_set, ids[d["source_id"]])
            d["outcome"] = "deleted"
        except NotFound:
            d["outcome"] = "not in Dynamics 365"
        except TerminalError as exc:
            d["outcome"] = f"delete failed: {exc}"


def empty_values(client: DataverseClient, table_def: dict[str, Any],
                 emptied: dict[str, list[str]], ids: dict[str, str],
                 lookups: list[dict[str, Any]], ledger: Ledger) -> int:
    """Empty in the org the values emptied in SmartDesk since the last run (the load sends
    only values that are there): columns set to null, links unbound; before-images first.
    Returns how many records were changed."""
    pk, entity_set = table_def["PrimaryIdAttribute"], table_def["EntitySetName"]
    navs = {REF_PREFIX + lk["navigation"]: lk["navigation"] for lk in lookups}
    attrs = attributes(table_def)
    bodies = []
    for sid, cols in emptied.items():
        if sid not in ids:
            continue
        body: dict[str, Any] = {pk: ids[sid]}
        for c in cols:
            if c in navs:
                body[f"{navs[c]}@odata.bind"] = None
            elif c in attrs:
                body[c] = None
        if len(body) > 1:
            bodies.append(body)
    for i in range(0, len(bodies), CHUNK):
        part = bodies[i:i + CHUNK]
        before_update(client, ledger, table_def, part)
        try:
            client.update_multiple(entity_set, table_def["LogicalName"], part, retry=True)
        except BulkMessageUnsupported:
            for b in part:
                client.update(entity_set, b[pk], {k: v for k, v in b.items() if k != pk})
    return len(bodies)
