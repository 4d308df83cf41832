"""Bulk messages: CreateMultiple, UpdateMultiple, UpsertMultiple (all or nothing)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import exceptions as ex
from ..metadata import (
    Table,
)
from ..sdkmessages import BULK_MESSAGES
from .records import RecordsMixin
from .storage import Tx


class BulkMixin(RecordsMixin):
    """Every item of a bulk message in one transaction; the error names the failing item."""

    def require_message(self, table: Table, message: str) -> None:
        """Refuse a bulk message the table does not register, as a real org does."""
        if message in BULK_MESSAGES and table.logical in self.limits.without_bulk_messages:
            raise ex.MessageNotSupported(message, table.logical)

    def _each_target(self, entity_set: str, targets: Any,
                     one: Callable[[Tx, Table, dict[str, Any]], str | None], *,
                     message: str) -> list[str | None]:
        """A bulk message: every item in one transaction; the error names the failing item."""
        table = self.table_for_set(entity_set)
        self.require_message(table, message)
        out: list[str | None] = []
        with self._write() as tx:
            for i, item in enumerate(_targets(targets)):
                try:
                    out.append(one(tx, table, item))
                except ex.DataverseError as exc:
                    raise _name_item(exc, i) from None
        return out

    def create_multiple(self, entity_set: str, targets: Any, *,
                        caller: str | None = None) -> list[str]:
        """CreateMultiple: all or nothing; returns the new ids in order."""
        return [str(rid) for rid in self._each_target(
            entity_set, targets, lambda tx, t, item: self._create(tx, t, item, caller=caller),
            message="CreateMultiple")]

    def update_multiple(self, entity_set: str, targets: Any, *,
                        caller: str | None = None) -> None:
        """UpdateMultiple: all or nothing; every item carries its primary key."""
        def one(tx: Tx, table: Table, item: dict[str, Any]) -> None:
            rid = item.get(table.primary_id)
            if not rid:
                raise ex.InvalidArgument(
                    f"The primary key {table.primary_id} is required for UpdateMultiple.")
            self._update(tx, table, self.resolve_id(table, str(rid)), item, caller=caller)

        self._each_target(entity_set, targets, one, message="UpdateMultiple")

    def upsert_multiple(self, entity_set: str, targets: Any, *,
                        caller: str | None = None) -> list[str]:
        """UpsertMultiple: each item names its record by ``@odata.id`` or its primary key."""
        return [str(rid) for rid in self._each_target(
            entity_set, targets, lambda tx, t, item: self._upsert_item(tx, t, item, caller),
            message="UpsertMultiple")]

    def _upsert_item(self, tx: Tx, table: Table, item: dict[str, Any],
                     caller: str | None) -> str:
        ref = item.get("@odata.id")
        key: str | dict[str, Any] | None = None
        if ref:
            ref_table, key = self._parse_bind(ref, None)
            if ref_table.logical != table.logical:
                raise ex.PayloadError(f"The @odata.id '{ref}' does not refer to "
                                      f"{table.entity_set}.")
        elif item.get(table.primary_id):
            key = str(item[table.primary_id]).lower()
        else:
            matched = None
            for k in table.keys.values():
                if all(item.get(c) is not None for c in k.columns):
                    matched = {c: item[c] for c in k.columns}
                    break
            key = matched
        if key is None:
            return self._create(tx, table, item, caller=caller)
        rid = self.resolve_id(table, key, must_exist=False)
        if rid is not None:
            self._update(tx, table, rid, item, caller=caller)
            return rid
        if isinstance(key, dict) and set(key) != {table.primary_id}:
            if ref and any(k.lower() in item for k in key):
                # Observed on real orgs (PowerPlatform-DataverseClient-Python PR #127): the
                # create path rejects a key column that is both in @odata.id and the body.
                raise ex.DataverseError("An unexpected error occurred.")
            return self._create(tx, table, item, caller=caller, key_values=key)
        pk = key if isinstance(key, str) else str(next(iter(key.values())))
        return self._create(tx, table, item, caller=caller, record_id=pk)


def _targets(body: Any) -> list[dict[str, Any]]:
    if not isinstance(body, dict) or not isinstance(body.get("Targets"), list):
        raise ex.PayloadError("The request body must carry a 'Targets' collection.")
    items = body["Targets"]
    for item in items:
        if not isinstance(item, dict):
            raise ex.PayloadError("Every item of 'Targets' must be an entity object.")
    return items



def _name_item(exc: ex.DataverseError, index: int) -> ex.DataverseError:
    """Keep code and status; say which Targets item failed (the request was rolled back)."""
    exc.message = f"{exc.message} (Targets[{index}]; the whole request was rolled back)"
    exc.extra["targetindex"] = index
    exc.args = (exc.message,)
    return exc
