"""Alternate keys: resolving a primary or alternate key to a record id, and the key index.

Alternate key values live in the ``keyvals`` table whose primary key makes duplicates
impossible, exactly like the unique index Dataverse builds for an alternate key.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .. import exceptions as ex
from ..metadata import (
    LOOKUP_TYPES,
    EntityKey,
    Table,
    label_text,
)
from ..odata import GUID_RE, parse_datetime
from .storage import StorageMixin, Tx

URL_KEY_FORBIDDEN = "/<>*%&:\\?+"


class KeysMixin(StorageMixin):
    """Key lookups (``resolve_id``) and the ``keyvals`` index writes."""

    def _key_for(self, table: Table, key: dict[str, Any]) -> EntityKey:
        names = {k.lower() for k in key}
        for k in table.keys.values():
            if set(k.columns) == names:
                return k
        raise ex.InvalidKey(table.logical)

    def _key_value(self, table: Table, key: EntityKey, values: dict[str, Any]) -> str | None:
        """Normalised key text, or None when a key column is empty (not indexed)."""
        parts = []
        for col in key.columns:
            v = values.get(col)
            attr = table.attributes[col]
            if attr.type in LOOKUP_TYPES:
                v = values.get(f"_{col}_value")
            if v is None:
                return None
            parts.append(v.lower() if isinstance(v, str) else v)
        return json.dumps(parts)

    def _normalise_key_input(self, table: Table, key: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for k, v in key.items():
            name = k.lower()
            if name.startswith("_") and name.endswith("_value"):
                name = name[1:-6]
            attr = table.attributes.get(name)
            if attr is None:
                raise ex.InvalidKey(table.logical)
            if attr.type in LOOKUP_TYPES:
                out[f"_{name}_value"] = str(v).lower() if v is not None else None
                out[name] = out[f"_{name}_value"]
            elif attr.type == "DateTime" and isinstance(v, str):
                out[name] = parse_datetime(v, date_only=attr.date_only)
            else:
                out[name] = v
        return out

    def resolve_id(self, table: Table, key: str | dict[str, Any], *,
                   must_exist: bool = True) -> str | None:
        """A primary key or alternate key -> record id (None if missing and allowed)."""
        if isinstance(key, dict):
            for v in key.values():
                if isinstance(v, str) and any(ch in v for ch in URL_KEY_FORBIDDEN):
                    raise ex.QueryError(
                        f"The key value '{v}' contains a character that alternate keys do not "
                        "support in URLs (/ < > * % & : \\ ? +); query with $filter instead.")
            lowered = {k.lower(): v for k, v in key.items()}
            if set(lowered) == {table.primary_id}:
                key = str(lowered[table.primary_id]).lower()
            else:
                entity_key = self._key_for(table, key)
                values = self._normalise_key_input(table, key)
                kv = self._key_value(table, entity_key, values)
                row = self._conn().execute(
                    "SELECT id FROM keyvals WHERE entity=? AND keyname=? AND value=?",
                    (table.logical, entity_key.logical, kv)).fetchone()
                if row:
                    return row[0]
                if must_exist:
                    raise ex.KeyedRecordNotFound(table.logical)
                return None
        if not GUID_RE.match(str(key)):
            raise ex.PayloadError(f"Bad Request - Error in query syntax: '{key}' is not a "
                                  "valid Guid.")
        rid = str(key).lower()
        if self._exists(table.logical, rid):
            return rid
        if must_exist:
            raise ex.ObjectDoesNotExist(table.logical, rid)
        return None

    def _write_keys(self, tx: Tx, table: Table, record_id: str, data: dict[str, Any],
                    *, replace: bool) -> None:
        if not table.keys:
            return
        if replace:
            tx.conn.execute("DELETE FROM keyvals WHERE entity=? AND id=?",
                            (table.logical, record_id))
        for key in table.keys.values():
            if not self._index_key(tx, table, key, record_id, data):
                raise ex.KeyViolation(
                    _label_of(key.raw) or key.schema,
                    [_label_of(table.attributes[c].raw) or c for c in key.columns])

    def _index_key(self, tx: Tx, table: Table, key: EntityKey, record_id: str,
                   data: dict[str, Any]) -> bool:
        """Put a record's value of ``key`` in the unique index; False if another has it."""
        kv = self._key_value(table, key, data)
        if kv is None:
            return True
        try:
            tx.conn.execute("INSERT INTO keyvals VALUES(?,?,?,?)",
                            (table.logical, key.logical, kv, record_id))
        except sqlite3.IntegrityError:
            return False
        return True


def _label_of(raw: dict[str, Any]) -> str | None:
    return label_text(raw.get("DisplayName"))
