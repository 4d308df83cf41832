"""Custom metadata writes (tables, columns, keys) and the sdk message registrations."""

from __future__ import annotations

import json
from typing import Any

from .. import exceptions as ex
from .. import sdkmessages as sm
from ..filter_sql import json_path
from ..metadata import (
    EntityKey,
    build_custom_attribute,
    build_custom_table,
    build_key,
)
from .keys import KeysMixin


class SchemaMixin(KeysMixin):
    """Create and delete tables, columns and keys: each usable at once, by every process."""

    def create_attribute(self, entity: str, body: dict[str, Any]) -> str:
        """POST EntityDefinitions(LogicalName='x')/Attributes: usable at once."""
        table = self.table(entity)
        if not table.can_create_attributes:
            # The note table's metadata has CanCreateAttributes false (annotation page).
            raise ex.ManagedPropertyViolation("Create", "Attribute", table.metadata_id,
                                              "cancreateattributes")
        raw = build_custom_attribute(table, body)
        if raw["LogicalName"] in table.attributes:
            raise ex.DuplicateSchemaName(raw["SchemaName"], entity)
        with self._write() as tx:
            seq = tx.conn.execute("SELECT COUNT(*) FROM custom_attributes").fetchone()[0]
            tx.conn.execute("INSERT INTO custom_attributes VALUES(?,?,?,?)",
                            (entity, raw["LogicalName"], json.dumps(raw), seq))
            self._bump_meta(tx)
        self.refresh_metadata()
        return raw["MetadataId"]

    def create_table(self, body: dict[str, Any]) -> str:
        """POST EntityDefinitions / CreateEntities: a custom table, usable at once."""
        raw = build_custom_table(body)
        if raw["LogicalName"] in self.catalog.tables:
            raise ex.MetadataError(f"An entity with the name {raw['SchemaName']} already "
                                   "exists.")
        with self._write() as tx:
            tx.conn.execute("INSERT INTO custom_tables VALUES(?, ?)",
                            (raw["LogicalName"], json.dumps(raw)))
            self._bump_meta(tx)
        self.refresh_metadata()
        return raw["MetadataId"]

    def delete_table(self, entity: str) -> None:
        """DELETE EntityDefinitions(<id>): only custom tables; their rows go too."""
        table = self.table(entity)
        if not table.raw.get("IsCustomEntity"):
            raise ex.MetadataError(f"The entity {entity} is a system entity and cannot be "
                                   "deleted.")
        with self._write() as tx:
            for sql in ("DELETE FROM custom_tables WHERE logicalname=?",
                        "DELETE FROM custom_attributes WHERE entity=?",
                        "DELETE FROM entity_keys WHERE entity=?",
                        "DELETE FROM records WHERE entity=?",
                        "DELETE FROM keyvals WHERE entity=?"):
                tx.conn.execute(sql, (entity,))
            self._bump_meta(tx)
        self.refresh_metadata()

    def delete_attribute(self, entity: str, logical: str) -> None:
        """Drop a custom column (values stay in stored JSON but are no longer visible)."""
        with self._write() as tx:
            tx.conn.execute("DELETE FROM custom_attributes WHERE entity=? AND logicalname=?",
                            (entity, logical))
            self._bump_meta(tx)
        self.refresh_metadata()

    def update_attribute(self, entity: str, logical: str, body: dict[str, Any]) -> None:
        """PUT of a custom column: display name, required level and max length may change."""
        attr = self.table(entity).attributes[logical]
        raw = dict(attr.raw)
        for k in ("DisplayName", "Description", "RequiredLevel", "MaxLength"):
            if k in body:
                raw[k] = body[k]
        with self._write() as tx:
            tx.conn.execute("UPDATE custom_attributes SET body=? WHERE entity=? AND "
                            "logicalname=?", (json.dumps(raw), entity, logical))
            self._bump_meta(tx)
        self.refresh_metadata()

    def create_key(self, entity: str, body: dict[str, Any]) -> str:
        """POST EntityDefinitions(LogicalName='x')/Keys: index existing rows, reject dupes."""
        table = self.table(entity)
        raw = build_key(table, body)
        key = EntityKey(raw["LogicalName"], raw["SchemaName"], raw["KeyAttributes"], raw)
        with self._write() as tx:
            tx.conn.execute("INSERT INTO entity_keys VALUES(?,?,?)",
                            (entity, raw["LogicalName"], json.dumps(raw)))
            for rid, body_text in tx.conn.execute(
                    "SELECT id, data FROM records WHERE entity=?", (entity,)).fetchall():
                if not self._index_key(tx, table, key, rid, json.loads(body_text)):
                    raise ex.MetadataError(
                        f"The key {raw['SchemaName']} cannot be created: existing records "
                        "have duplicate values.")
            tx.conn.execute(key_index_sql(entity, key))
            self._bump_meta(tx)
        self.refresh_metadata()
        return raw["MetadataId"]

    def delete_key(self, entity: str, key_ref: str) -> None:
        table = self.table(entity)
        match = None
        for k in table.keys.values():
            if key_ref.lower() in (k.logical, k.raw["MetadataId"].lower()):
                match = k
        if match is None:
            raise ex.ResourceNotFound(key_ref)
        with self._write() as tx:
            tx.conn.execute("DELETE FROM entity_keys WHERE entity=? AND logicalname=?",
                            (entity, match.logical))
            tx.conn.execute("DELETE FROM keyvals WHERE entity=? AND keyname=?",
                            (entity, match.logical))
            tx.conn.execute(f'DROP INDEX IF EXISTS "{key_index_name(entity, match)}"')
            self._bump_meta(tx)
        self.refresh_metadata()

    def retrieve_sdk_messages(self, entity_set: str, *, select: list[str] | None = None,
                              filter: str | None = None,
                              orderby: list[tuple[str, bool]] | None = None,
                              top: int | None = None, expand: str | None = None
                              ) -> list[dict[str, Any]]:
        """``sdkmessagefilters`` / ``sdkmessages``: computed from the catalog and the limits."""
        if entity_set == "sdkmessagefilters":
            rows = sm.filter_rows(self.catalog.tables, self.limits.without_bulk_messages)
            entity = "sdkmessagefilter"
        else:
            names = (*sm.BASE_MESSAGES, *sm.BULK_MESSAGES, *sm.UNBOUND_MESSAGES)
            if "incident" not in self.catalog.tables:
                names = tuple(n for n in names if n not in sm.CASE_MESSAGES)
            rows = [sm.message_row(n) for n in names]
            entity = "sdkmessage"
        return sm.query(rows, entity=entity, select=select, filter=filter,
                        orderby=orderby or [], top=top, expand=expand)


def key_index_name(entity: str, key: EntityKey) -> str:
    return f"ix_key_{entity}_{key.logical}"


def key_index_sql(entity: str, key: EntityKey) -> str:
    """Dataverse backs an alternate key with a database index, so a range of key values
    (``new_smartdeskid ge 'a' and new_smartdeskid le 'b'``) is read without a scan; here an
    index on the key's first column as ``$filter`` compiles it (``filter_sql.json_path``,
    case-insensitive). Without it each range of a read-back scanned the whole table."""
    for name in (entity, key.logical, key.columns[0]):
        if not all(c.isalnum() or c == "_" for c in name):
            raise ex.MetadataError(f"Invalid name '{name}'.")
    return (f'CREATE INDEX IF NOT EXISTS "{key_index_name(entity, key)}" ON records(entity, '
            f"{json_path(key.columns[0])} COLLATE NOCASE)")
