"""The emulated org: records and custom metadata in one SQLite file, methods named after operations.

Like SQLite itself the org is "just a file": a run, a re-run and a rollback in separate
processes see the same data. Records are JSON documents keyed by (table, id); alternate key
values live in their own table whose primary key makes duplicates impossible, exactly like the
unique index Dataverse builds for an alternate key.
"""

from __future__ import annotations

import base64
import binascii
import csv
import json
import math
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from . import exceptions as ex
from .limits import Limits
from .metadata import (
    LOOKUP_TYPES,
    NUMBER_TYPES,
    OPTION_TYPES,
    STRING_TYPES,
    Attribute,
    Catalog,
    EntityKey,
    Table,
    build_custom_attribute,
    build_custom_table,
    build_key,
    table_from_definition,
)
from .odata import GUID_RE, Node, parse_datetime, parse_filter, parse_key, split_path
from .sdkmessages import BULK_MESSAGES

ORG_ID = "4f1e2b3a-0000-4000-8000-00000000e001"
BUSINESS_UNIT_ID = "4f1e2b3a-0000-4000-8000-00000000b001"
APP_USER_ID = "4f1e2b3a-0000-4000-8000-00000000a001"
USER_NS = uuid.UUID("0b3c4d5e-6f70-4182-93a4-b5c6d7e8f901")

DEFAULT_USERS = [
    ("Avery Admin", "avery.admin@contoso.example", False),
    ("Blake Seller", "blake.seller@contoso.example", False),
    ("Casey Support", "casey.support@contoso.example", False),
    ("Drew Former", "drew.former@contoso.example", True),
]

ACTIVITY_CLOSED_STATES = (1, 2)
# Opportunity states that only WinOpportunity / LoseOpportunity may set (statecode -> names).
CLOSE_MESSAGES = {1: ("Won", "WinOpportunity"), 2: ("Lost", "LoseOpportunity")}
URL_KEY_FORBIDDEN = "/<>*%&:\\?+"
CREATE_OPEN_ONLY = {"task", "phonecall", "appointment", "email", "opportunity", "lead",
                    "incident"}
MAX_BLOCK_ID_BYTES = 64  # PAD attachment-annotation-files.md: BlockId "<= 64 bytes" decoded

_PATH_LOCKS: dict[str, threading.RLock] = {}
_PATH_LOCKS_GUARD = threading.Lock()


def _lock_for(path: Path) -> threading.RLock:
    """One write lock per state file per process, shared by every app opened on it."""
    with _PATH_LOCKS_GUARD:
        return _PATH_LOCKS.setdefault(str(path), threading.RLock())


def utcnow() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def user_id_for(email: str) -> str:
    """Stable ids so reopening a state file with the same users CSV changes nothing."""
    return str(uuid.uuid5(USER_NS, email.strip().lower()))


@dataclass
class Page:
    rows: list[dict[str, Any]]
    count: int | None
    next_offset: int | None


@dataclass
class Bind:
    """A resolved ``@odata.bind`` waiting to be written."""

    attribute: str
    target: str
    record_id: str | None


class _Tx:
    """Write-transaction helpers handed to operations (versions, clock)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.now = utcnow()
        self._version: int | None = None
        self._start: int | None = None

    def next_version(self) -> int:
        """Row versions come from one counter; it is written back once, at commit."""
        if self._version is None:
            row = self.conn.execute("SELECT value FROM settings WHERE name='version'").fetchone()
            self._version = self._start = int(row[0])
        self._version += 1
        return self._version

    def flush(self) -> None:
        if self._version is not None and self._version != self._start:
            self.conn.execute("UPDATE settings SET value=? WHERE name='version'",
                              (str(self._version),))
            self._start = self._version


class Backend:
    """The org. Thread-safe: one SQLite connection per thread, one write lock per file."""

    def __init__(self, state_path: str | Path, *, users_csv: str | Path | None = None,
                 limits: Limits | None = None, seed: int = 0) -> None:
        self.state_path = Path(state_path).resolve()
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        self.limits = limits or Limits()
        self.seed = seed
        self.users_csv = Path(users_csv) if users_csv else None
        self._closing_flag = threading.local()  # set while Win/LoseOpportunity run
        self._builtin = Catalog.load_builtin()
        self.catalog = self._builtin.copy()
        self._local = threading.local()
        self._lock = _lock_for(self.state_path)
        self._meta_version = -1
        self._meta_guard = threading.Lock()
        self._init_db()
        self.refresh_metadata()
        with self._write() as tx:
            self._seed_users(tx)

    # -- connections and transactions ----------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(str(self.state_path), timeout=60, isolation_level=None,
                                   check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=60000")
            self._local.conn = conn
            self._local.depth = 0
        return conn

    @contextmanager
    def _write(self) -> Iterator[_Tx]:
        """A write transaction; nested calls join the outer one (change sets, bulk)."""
        conn = self._conn()
        if self._local.depth > 0:
            self._local.depth += 1
            try:
                yield self._local.tx
            finally:
                self._local.depth -= 1
            return
        with self._lock:
            conn.execute("BEGIN IMMEDIATE")
            self._local.depth = 1
            self._local.tx = _Tx(conn)
            try:
                yield self._local.tx
                self._local.tx.flush()
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            finally:
                self._local.depth = 0
                self._local.tx = None

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """Group several operations into one all-or-nothing unit ($batch change set)."""
        with self._write():
            yield

    def _init_db(self) -> None:
        with self._lock:
            conn = self._conn()
            conn.executescript("""
                CREATE TABLE IF NOT EXISTS records(
                    rid INTEGER PRIMARY KEY, entity TEXT NOT NULL, id TEXT NOT NULL,
                    data TEXT NOT NULL, version INTEGER NOT NULL);
                CREATE UNIQUE INDEX IF NOT EXISTS ix_records_entity_id ON records(entity, id);
                CREATE TABLE IF NOT EXISTS keyvals(
                    entity TEXT NOT NULL, keyname TEXT NOT NULL, value TEXT NOT NULL,
                    id TEXT NOT NULL, PRIMARY KEY(entity, keyname, value)) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS ix_keyvals_id ON keyvals(entity, id);
                CREATE TABLE IF NOT EXISTS custom_attributes(
                    entity TEXT NOT NULL, logicalname TEXT NOT NULL, body TEXT NOT NULL,
                    seq INTEGER, PRIMARY KEY(entity, logicalname));
                CREATE TABLE IF NOT EXISTS entity_keys(
                    entity TEXT NOT NULL, logicalname TEXT NOT NULL, body TEXT NOT NULL,
                    PRIMARY KEY(entity, logicalname));
                CREATE TABLE IF NOT EXISTS custom_tables(
                    logicalname TEXT PRIMARY KEY, body TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS settings(name TEXT PRIMARY KEY, value TEXT);
                CREATE TABLE IF NOT EXISTS file_tokens(
                    token TEXT PRIMARY KEY, kind TEXT NOT NULL, target TEXT NOT NULL,
                    created REAL NOT NULL);
                CREATE TABLE IF NOT EXISTS file_blocks(
                    token TEXT NOT NULL, block_id TEXT NOT NULL, data BLOB NOT NULL,
                    PRIMARY KEY(token, block_id));
                INSERT OR IGNORE INTO settings VALUES ('version', '1000000');
                INSERT OR IGNORE INTO settings VALUES ('meta_version', '0');
            """)

    def refresh_metadata(self) -> None:
        """Reload custom columns/keys when another app or process changed them."""
        row = self._conn().execute(
            "SELECT value FROM settings WHERE name='meta_version'").fetchone()
        version = int(row[0]) if row else 0
        if version == self._meta_version:
            return
        with self._meta_guard:
            conn = self._conn()
            tables = self._builtin.copy().tables
            for (body,) in conn.execute("SELECT body FROM custom_tables ORDER BY rowid"):
                table = table_from_definition(json.loads(body))
                tables[table.logical] = table
            catalog = Catalog(tables)
            for entity, body in conn.execute(
                    "SELECT entity, body FROM custom_attributes ORDER BY seq"):
                if entity in catalog.tables:
                    catalog.tables[entity].add_attribute(json.loads(body), custom=True)
            for entity, body in conn.execute("SELECT entity, body FROM entity_keys"):
                if entity in catalog.tables:
                    raw = json.loads(body)
                    catalog.tables[entity].keys[raw["LogicalName"]] = EntityKey(
                        raw["LogicalName"], raw["SchemaName"], raw["KeyAttributes"], raw)
            self.catalog = catalog
            self._meta_version = version

    def _bump_meta(self, tx: _Tx) -> None:
        tx.conn.execute("UPDATE settings SET value = CAST(value AS INTEGER) + 1 "
                        "WHERE name='meta_version'")

    # -- seeding ---------------------------------------------------------------------------
    def _users_to_seed(self) -> list[tuple[str, str, bool]]:
        if self.users_csv is None:
            return list(DEFAULT_USERS)
        out = []
        with self.users_csv.open(newline="", encoding="utf-8-sig") as fh:
            for row in csv.DictReader(fh):
                email = (row.get("internalemailaddress") or "").strip()
                if not email:
                    continue
                disabled = str(row.get("isdisabled", "")).strip().lower() in ("true", "1", "yes")
                out.append(((row.get("fullname") or email).strip(), email, disabled))
        return out

    def _seed_users(self, tx: _Tx) -> None:
        users = [("# Dataverse Emulator App", "emulator-app@contoso.example", False)]
        users += self._users_to_seed()
        for fullname, email, disabled in users:
            uid = APP_USER_ID if email == "emulator-app@contoso.example" else user_id_for(email)
            first, _, last = fullname.partition(" ")
            data = {"systemuserid": uid, "fullname": fullname, "firstname": first or None,
                    "lastname": last or first, "internalemailaddress": email,
                    "domainname": email, "isdisabled": disabled,
                    "_businessunitid_value": BUSINESS_UNIT_ID,
                    "_businessunitid_value@lln": "businessunit",
                    "createdon": tx.now, "modifiedon": tx.now}
            existing = tx.conn.execute(
                "SELECT data FROM records WHERE entity='systemuser' AND id=?", (uid,)).fetchone()
            if existing:
                old = json.loads(existing[0])
                if all(old.get(k) == data[k] for k in ("fullname", "internalemailaddress",
                                                       "isdisabled")):
                    continue
                data["createdon"] = old.get("createdon", tx.now)
            version = tx.next_version()
            data["versionnumber"] = version
            tx.conn.execute(
                "INSERT INTO records(entity, id, data, version) VALUES('systemuser', ?, ?, ?) "
                "ON CONFLICT(entity, id) DO UPDATE SET data=excluded.data, "
                "version=excluded.version", (uid, json.dumps(data), version))

    def reset(self, *, keep_custom_metadata: bool = False) -> None:
        """Empty every table (users are re-seeded); by default also drop custom metadata."""
        with self._write() as tx:
            tx.conn.execute("DELETE FROM records")
            tx.conn.execute("DELETE FROM keyvals")
            tx.conn.execute("DELETE FROM file_tokens")
            tx.conn.execute("DELETE FROM file_blocks")
            if not keep_custom_metadata:
                tx.conn.execute("DELETE FROM custom_tables")
                tx.conn.execute("DELETE FROM custom_attributes")
                tx.conn.execute("DELETE FROM entity_keys")
            self._bump_meta(tx)
            self._seed_users(tx)
        self.refresh_metadata()

    def stats(self) -> dict[str, int]:
        rows = self._conn().execute(
            "SELECT entity, COUNT(*) FROM records GROUP BY entity").fetchall()
        out = {t: 0 for t in sorted(self.catalog.tables)}
        out.update({e: n for e, n in rows})
        return out

    # -- lookups of tables and records ----------------------------------------------------
    def table_for_set(self, entity_set: str) -> Table:
        table = self.catalog.by_set.get(entity_set)
        if table is None:
            raise ex.ResourceNotFound(entity_set)
        return table

    def table(self, logical: str) -> Table:
        table = self.catalog.tables.get(logical)
        if table is None:
            raise ex.ResourceNotFound(logical)
        return table

    def _load(self, entity: str, record_id: str) -> dict[str, Any] | None:
        row = self._conn().execute("SELECT data FROM records WHERE entity=? AND id=?",
                                   (entity, record_id)).fetchone()
        return json.loads(row[0]) if row else None

    def _exists(self, entity: str, record_id: str) -> bool:
        return self._conn().execute("SELECT 1 FROM records WHERE entity=? AND id=?",
                                    (entity, record_id)).fetchone() is not None

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

    # -- validation of one value ------------------------------------------------------------
    def _coerce(self, table: Table, attr: Attribute, value: Any) -> Any:
        entity, name = table.logical, attr.logical
        if value is None:
            return None
        t = attr.type
        if attr.is_multiselect:
            if not isinstance(value, str):
                raise ex.PayloadError(f"Cannot convert the literal '{value}' to the expected "
                                      "type 'Edm.String'.")
            values = [v.strip() for v in value.split(",") if v.strip()]
            allowed = attr.options
            for v in values:
                if not v.lstrip("-").isdigit() or int(v) not in allowed:
                    raise ex.InvalidOptionValue(name, entity, v, sorted(allowed))
            return ",".join(values)
        if t in STRING_TYPES:
            if not isinstance(value, str):
                raise ex.PayloadError(
                    f"Cannot convert the literal '{value}' to the expected type 'Edm.String'.")
            if attr.max_length is not None and len(value) > attr.max_length:
                raise ex.StringTooLong(name, entity, attr.max_length)
            return value
        if t in NUMBER_TYPES:
            if isinstance(value, bool) or not isinstance(value, int | float | str):
                raise ex.PayloadError(f"Cannot convert the literal '{value}' to the expected "
                                      f"type 'Edm.{_edm(t)}'.")
            if isinstance(value, str):
                if t in ("Integer", "BigInt"):
                    raise ex.PayloadError(f"Cannot convert the literal '{value}' to the "
                                          f"expected type 'Edm.{_edm(t)}'.")
                try:
                    value = float(value)  # Edm.Decimal may travel as a string (IEEE754)
                except ValueError:
                    raise ex.PayloadError(f"Cannot convert the literal '{value}' to the "
                                          f"expected type 'Edm.{_edm(t)}'.") from None
            if t in ("Integer", "BigInt"):
                if isinstance(value, float):
                    if not value.is_integer():
                        raise ex.PayloadError(f"Cannot convert the literal '{value}' to the "
                                              "expected type 'Edm.Int32'.")
                    value = int(value)
            elif isinstance(value, float) and not math.isfinite(value):
                raise ex.PayloadError(f"Cannot convert the literal '{value}'.")
            lo, hi = attr.min_value, attr.max_value
            if (lo is not None and value < lo) or (hi is not None and value > hi):
                raise ex.ValueOutOfRange(name, entity, value)
            return value
        if t == "Boolean":
            if not isinstance(value, bool):
                raise ex.PayloadError(f"Cannot convert the literal '{value}' to the expected "
                                      "type 'Edm.Boolean'.")
            return value
        if t in OPTION_TYPES:
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ex.PayloadError(f"Cannot convert the literal '{value}' to the "
                                      "expected type 'Edm.Int32'.")
            allowed = attr.options
            if value not in allowed:
                raise ex.InvalidOptionValue(name, entity, value, sorted(allowed))
            return value
        if t == "DateTime":
            if not isinstance(value, str):
                raise ex.PayloadError(f"Cannot convert the literal '{value}' to the expected "
                                      "type 'Edm.DateTimeOffset'.")
            try:
                return parse_datetime(value, date_only=attr.date_only)
            except ValueError:
                edm = "Edm.Date" if attr.date_only else "Edm.DateTimeOffset"
                raise ex.PayloadError(f"Cannot convert the literal '{value}' to the expected "
                                      f"type '{edm}'.") from None
        if t == "Uniqueidentifier":
            if not isinstance(value, str) or not GUID_RE.match(value):
                raise ex.PayloadError(f"Cannot convert the literal '{value}' to the expected "
                                      "type 'Edm.Guid'.")
            return value.lower()
        return value

    # -- the record write pipeline --------------------------------------------------------
    def _parse_bind(self, value: Any, refs: dict[str, tuple[str, str]] | None
                    ) -> tuple[Table, str | dict[str, Any]]:
        """``/accounts(<id>)``, ``accounts(key='x')``, full URL, or ``$1`` (batch)."""
        if not isinstance(value, str) or not value:
            raise ex.PayloadError(f"The value '{value}' of an @odata.bind annotation is not a "
                                  "valid URI.")
        text = value
        if text.startswith("$") and refs is not None:
            ref, _, rest = text[1:].partition("/")
            if ref in refs:
                entity, rid = refs[ref]
                return self.table(entity), rid
        if "/api/data/" in text:
            text = text.split("/api/data/", 1)[1]
            text = text.split("/", 1)[1] if "/" in text else text
        text = unquote(text.lstrip("/"))  # a bind is a URI: '%20' means a space
        segs = split_path(text)
        if len(segs) != 1 or segs[0][1] is None:
            raise ex.PayloadError(f"The URI '{value}' in an @odata.bind annotation is not a "
                                  "valid single-entity reference.")
        table = self.table_for_set(segs[0][0])
        return table, parse_key(segs[0][1])

    def _resolve_bind(self, table: Table, nav_name: str, value: Any,
                      refs: dict[str, tuple[str, str]] | None) -> Bind:
        nav = table.navigations.get(nav_name)
        if nav is None:
            raise ex.UndeclaredProperty(nav_name)
        attr = table.attributes[nav.attribute]
        if value is None:
            return Bind(nav.attribute, nav.target, None)
        target_table, key = self._parse_bind(value, refs)
        if target_table.logical != nav.target:
            if attr.type == "Owner" and target_table.logical == "systemuser":
                pass
            else:
                raise ex.PayloadError(
                    f"A navigation property '{nav_name}' of type "
                    f"'Microsoft.Dynamics.CRM.{nav.target}' was bound to an entity of type "
                    f"'Microsoft.Dynamics.CRM.{target_table.logical}'.")
        rid = self.resolve_id(target_table, key)
        assert rid is not None
        if target_table.logical == "systemuser" and attr.type == "Owner":
            user = self._load("systemuser", rid) or {}
            if user.get("isdisabled"):
                raise ex.UserDisabled(rid)
        return Bind(nav.attribute, target_table.logical, rid)

    def _apply(self, tx: _Tx, table: Table, body: dict[str, Any], data: dict[str, Any], *,
               creating: bool, caller: str, refs: dict[str, tuple[str, str]] | None,
               pending: list[Callable[[str], None]]) -> set[str]:
        """Validate ``body`` and merge it into ``data``; return the changed names."""
        if not isinstance(body, dict):
            raise ex.PayloadError("The request body must be a JSON object.")
        changed: set[str] = set()
        for key, value in body.items():
            if key in ("@odata.type", "@odata.etag", "@odata.context", "@odata.id"):
                if key == "@odata.type" and isinstance(value, str):
                    expected = f"Microsoft.Dynamics.CRM.{table.logical}"
                    if value.lstrip("#") != expected:
                        raise ex.PayloadError(
                            f"The entity type '{value}' is not compatible with the base type "
                            f"'{expected}' of the given entity set.")
                continue
            if key.endswith("@odata.bind"):
                bind = self._resolve_bind(table, key[: -len("@odata.bind")], value, refs)
                data[f"_{bind.attribute}_value"] = bind.record_id
                data[f"_{bind.attribute}_value@lln"] = bind.target if bind.record_id else None
                changed.add(bind.attribute)
                continue
            if "@" in key:
                continue  # instance annotations on properties are ignored
            if key in table.navigations and isinstance(value, dict):
                nav = table.navigations[key]
                child_id = self._create(tx, self.table(nav.target), value, caller=caller,
                                        refs=refs)
                data[f"_{nav.attribute}_value"] = child_id
                data[f"_{nav.attribute}_value@lln"] = nav.target
                changed.add(nav.attribute)
                continue
            if key in table.collections:
                if not isinstance(value, list):
                    raise ex.PayloadError(f"The property '{key}' expects a collection.")
                child_entity, child_attr = table.collections[key]
                child_table = self.table(child_entity)
                for item in value:
                    pending.append(self._child_creator(tx, table, child_table, child_attr,
                                                       item, caller, refs))
                continue
            if key in table.navigations:
                raise ex.PayloadError(
                    f"A node of type 'PrimitiveValue' was read from the JSON reader when "
                    f"trying to read the contents of the property '{key}'; however, a "
                    "'StartObject' node was expected.")
            attr = table.attributes.get(key)
            if attr is None or attr.type in LOOKUP_TYPES or attr.type == "PartyList":
                raise ex.InvalidProperty(key, table.logical)
            if attr.type in ("EntityName", "BigInt"):
                continue
            if key == table.primary_id:
                continue  # taken from the body by _create; immutable afterwards
            if not (attr.valid_for_create if creating else attr.valid_for_update):
                continue  # read-only columns are ignored, as the real service does
            data[key] = self._coerce(table, attr, value)
            changed.add(key)
        return changed

    def _child_creator(self, tx: _Tx, parent: Table, child: Table, child_attr: str,
                       item: Any, caller: str, refs: dict[str, tuple[str, str]] | None
                       ) -> Callable[[str], None]:
        if not isinstance(item, dict):
            raise ex.PayloadError("Items of a collection-valued navigation must be objects.")

        def create(parent_id: str) -> None:
            data = {f"_{child_attr}_value": parent_id, f"_{child_attr}_value@lln": parent.logical}
            self._create(tx, child, item, caller=caller, refs=refs, preset=data)
        return create

    def _finish(self, tx: _Tx, table: Table, data: dict[str, Any], changed: set[str], *,
                creating: bool, caller: str, old: dict[str, Any] | None) -> None:
        """System columns, computed columns, state rules and required checks."""
        entity = table.logical
        if creating:
            if "_ownerid_value" not in data or data["_ownerid_value"] is None:
                if "ownerid" in table.attributes and table.attributes["ownerid"].valid_for_create:
                    data["_ownerid_value"] = caller
                    data["_ownerid_value@lln"] = "systemuser"
            for name, default in table.boolean_defaults():
                if data.get(name) is None:
                    data[name] = default
            created = data.get("overriddencreatedon") or tx.now
            if "createdon" in table.attributes:
                data["createdon"] = created
            for sysattr in ("createdby", "modifiedby"):
                if sysattr in table.attributes:
                    data[f"_{sysattr}_value"] = caller
                    data[f"_{sysattr}_value@lln"] = "systemuser"
            if "owningbusinessunit" in table.attributes:
                data["_owningbusinessunit_value"] = BUSINESS_UNIT_ID
                data["_owningbusinessunit_value@lln"] = "businessunit"
            if table.is_activity:
                data["activitytypecode"] = entity
        else:
            if "modifiedby" in table.attributes:
                data["_modifiedby_value"] = caller
                data["_modifiedby_value@lln"] = "systemuser"
        if "owninguser" in table.attributes and data.get("_ownerid_value@lln") == "systemuser":
            data["_owninguser_value"] = data["_ownerid_value"]
            data["_owninguser_value@lln"] = "systemuser"
        if "modifiedon" in table.attributes:
            data["modifiedon"] = tx.now
        self._state_rules(table, data, changed, creating=creating, old=old)
        self._computed(table, data, changed)
        if creating:
            for attr in table.required_on_create():
                present = data.get(f"_{attr.logical}_value") if attr.type in LOOKUP_TYPES \
                    else data.get(attr.logical)
                if present is None:
                    raise ex.RequiredAttributeMissing(attr.logical, entity)

    def _state_rules(self, table: Table, data: dict[str, Any], changed: set[str], *,
                     creating: bool, old: dict[str, Any] | None) -> None:
        state_attr = table.attributes.get("statecode")
        status_attr = table.attributes.get("statuscode")
        if state_attr is None or status_attr is None:
            return
        status_state = status_attr.status_state()
        defaults = state_attr.state_default_status()
        state_set, status_set = "statecode" in changed, "statuscode" in changed
        if creating and not state_set:
            data["statecode"] = 0 if 0 in defaults else min(defaults)
            if not status_set:
                data["statuscode"] = defaults.get(data["statecode"])
        open_states = (0, 3) if table.logical == "appointment" else (0,)
        if creating and table.logical in CREATE_OPEN_ONLY and \
                data.get("statecode") not in open_states:
            raise ex.InvalidArgument(
                f"A {table.logical} is created open (statecode 0). Create it first, then "
                "set statecode and statuscode with a second update.")
        closing = getattr(self._closing_flag, "on", False)
        if table.logical == "opportunity" and not creating and not closing and \
                (state_set or status_set):
            target_state = data.get("statecode") if state_set else \
                status_state.get(data.get("statuscode"))
            if target_state in CLOSE_MESSAGES:
                raise ex.InvalidArgument(
                    f"This message can not be used to set the state of opportunity to "
                    f"{CLOSE_MESSAGES[target_state][0]}. In order to set state of opportunity "
                    f"to {CLOSE_MESSAGES[target_state][0]} use the "
                    f"{CLOSE_MESSAGES[target_state][1]}Request message.")
        if state_set and not status_set:
            data["statuscode"] = defaults.get(data.get("statecode"))
        elif status_set and not state_set:
            sc = data.get("statuscode")
            if sc is not None:
                data["statecode"] = status_state.get(sc, data.get("statecode"))
        if data.get("statuscode") is not None and data.get("statecode") is not None and \
                status_state.get(data["statuscode"]) != data["statecode"]:
            raise ex.InvalidStateTransition(table.logical, data["statecode"], data["statuscode"])
        if old is not None and table.is_activity and \
                old.get("statecode") in ACTIVITY_CLOSED_STATES:
            others = changed - {"statecode", "statuscode", "actualend", "actualstart",
                                "actualdurationminutes"}
            reopening = data.get("statecode") == 0
            if others and not reopening:
                raise ex.InvalidArgument(
                    f"This {table.logical} is closed or canceled and cannot be edited. "
                    "Reopen it (statecode 0) first.")

    def _computed(self, table: Table, data: dict[str, Any], changed: set[str]) -> None:
        entity = table.logical
        if entity in ("contact", "lead", "systemuser") and \
                changed & {"firstname", "lastname", "middlename"}:
            parts = [data.get("firstname"), data.get("middlename"), data.get("lastname")]
            data["fullname"] = " ".join(p for p in parts if p) or None
            if "yomifullname" in table.attributes:
                data["yomifullname"] = data["fullname"]
        for n in (1, 2):
            p = f"address{n}_"
            if f"{p}composite" in table.attributes and \
                    any(c.startswith(p) for c in changed if c[:7] == "address"):
                lines = [data.get(p + s) for s in ("line1", "line2", "line3")]
                city = " ".join(x for x in (data.get(p + "city"),
                                            data.get(p + "stateorprovince"),
                                            data.get(p + "postalcode")) if x)
                parts = [x for x in [*lines, city, data.get(p + "country")] if x]
                data[f"{p}composite"] = "\n".join(parts) if parts else None
        if entity == "annotation" and "documentbody" in changed:
            body = data.get("documentbody")
            if body:
                if len(body) > self.limits.max_upload_bytes:
                    raise ex.AttachmentTooLarge()
                try:
                    data["filesize"] = len(base64.b64decode(body, validate=True))
                except (binascii.Error, ValueError):
                    raise ex.PayloadError("The documentbody is not valid Base64 text.") from None
                data["isdocument"] = True
            else:
                data["filesize"] = 0
                data["isdocument"] = False
        if entity == "annotation" and "objectid" in changed:
            data["objecttypecode"] = data.get("_objectid_value@lln")

    def _write_keys(self, tx: _Tx, table: Table, record_id: str, data: dict[str, Any],
                    *, replace: bool) -> None:
        if not table.keys:
            return
        if replace:
            tx.conn.execute("DELETE FROM keyvals WHERE entity=? AND id=?",
                            (table.logical, record_id))
        for key in table.keys.values():
            kv = self._key_value(table, key, data)
            if kv is None:
                continue
            try:
                tx.conn.execute("INSERT INTO keyvals VALUES(?,?,?,?)",
                                (table.logical, key.logical, kv, record_id))
            except sqlite3.IntegrityError:
                raise ex.KeyViolation(
                    _label_of(key.raw) or key.schema,
                    [_label_of(table.attributes[c].raw) or c for c in key.columns]) from None

    def _create(self, tx: _Tx, table: Table, body: dict[str, Any], *, caller: str,
                refs: dict[str, tuple[str, str]] | None = None,
                record_id: str | None = None, preset: dict[str, Any] | None = None,
                key_values: dict[str, Any] | None = None) -> str:
        data: dict[str, Any] = dict(preset or {})
        pending: list[Callable[[str], None]] = []
        changed = self._apply(tx, table, body, data, creating=True, caller=caller, refs=refs,
                              pending=pending)
        if key_values:
            for k, v in self._normalise_key_input(table, key_values).items():
                if k.startswith("_"):
                    continue
                attr = table.attributes[k]
                if attr.type in LOOKUP_TYPES:
                    continue
                current = data.get(k)
                if current is None:
                    data[k] = self._coerce(table, attr, v)
                    changed.add(k)
        rid = record_id or body.get(table.primary_id)
        if rid is not None:
            if not isinstance(rid, str) or not GUID_RE.match(rid):
                raise ex.PayloadError(f"Cannot convert the literal '{rid}' to the expected "
                                      "type 'Edm.Guid'.")
            rid = rid.lower()
        else:
            rid = str(uuid.uuid4())
        changed |= set(k for k in data if not k.startswith("_"))
        data[table.primary_id] = rid
        self._finish(tx, table, data, changed, creating=True, caller=caller, old=None)
        self._count_write()
        version = tx.next_version()
        data["versionnumber"] = version
        try:
            tx.conn.execute("INSERT INTO records(entity, id, data, version) VALUES(?,?,?,?)",
                            (table.logical, rid, json.dumps(data), version))
        except sqlite3.IntegrityError:
            raise ex.DuplicateRecord("Cannot insert duplicate key.") from None
        self._write_keys(tx, table, rid, data, replace=False)
        for fn in pending:
            fn(rid)
        return rid

    def _update(self, tx: _Tx, table: Table, record_id: str, body: dict[str, Any], *,
                caller: str, refs: dict[str, tuple[str, str]] | None = None) -> None:
        old = self._load(table.logical, record_id)
        if old is None:
            raise ex.ObjectDoesNotExist(table.logical, record_id)
        data = dict(old)
        pending: list[Callable[[str], None]] = []
        changed = self._apply(tx, table, body, data, creating=False, caller=caller, refs=refs,
                              pending=pending)
        self._finish(tx, table, data, changed, creating=False, caller=caller, old=old)
        self._count_write()
        version = tx.next_version()
        data["versionnumber"] = version
        tx.conn.execute("UPDATE records SET data=?, version=? WHERE entity=? AND id=?",
                        (json.dumps(data), version, table.logical, record_id))
        if table.keys and any(c in changed for k in table.keys.values() for c in k.columns):
            self._write_keys(tx, table, record_id, data, replace=True)
        for fn in pending:
            fn(record_id)

    # -- public operations -----------------------------------------------------------------
    def create_record(self, entity_set: str, body: dict[str, Any], *, caller: str = APP_USER_ID,
                      refs: dict[str, tuple[str, str]] | None = None) -> str:
        table = self.table_for_set(entity_set)
        with self._write() as tx:
            return self._create(tx, table, body, caller=caller, refs=refs)

    def update_record(self, entity_set: str, key: str | dict[str, Any], body: dict[str, Any], *,
                      caller: str = APP_USER_ID, if_match: str | None = None,
                      if_none_match: str | None = None,
                      refs: dict[str, tuple[str, str]] | None = None) -> tuple[str, bool]:
        """PATCH: update, or create when missing (upsert) unless ``If-Match`` forbids it."""
        table = self.table_for_set(entity_set)
        with self._write() as tx:
            rid = self.resolve_id(table, key, must_exist=False)
            if rid is not None:
                if if_none_match == "*":
                    raise ex.DuplicateRecord()
                if if_match and if_match != "*":
                    current = self._load(table.logical, rid) or {}
                    if if_match.strip() != etag(current.get("versionnumber")):
                        raise ex.PreconditionFailed()
                self._update(tx, table, rid, body, caller=caller, refs=refs)
                return rid, False
            if if_match:
                if isinstance(key, dict):
                    raise ex.KeyedRecordNotFound(table.logical)
                raise ex.ObjectDoesNotExist(table.logical, str(key))
            if isinstance(key, dict) and set(k.lower() for k in key) != {table.primary_id}:
                return self._create(tx, table, body, caller=caller, refs=refs,
                                    key_values=key), True
            pk = key if isinstance(key, str) else str(next(iter(key.values())))
            return self._create(tx, table, body, caller=caller, refs=refs,
                                record_id=pk), True

    upsert_record = update_record

    def close_opportunity(self, message: str, body: dict[str, Any], *,
                          caller: str = APP_USER_ID) -> None:
        """WinOpportunity / LoseOpportunity: the only way an opportunity becomes Won or Lost.

        ``body`` is ``{"Status": n, "OpportunityClose": {"opportunityid@odata.bind":
        "/opportunities(<id>)", "actualend": ..., "actualrevenue": ..., "subject": ...}}``.
        The opportunityclose activity itself is not stored by the emulator.
        """
        state = 1 if message == "WinOpportunity" else 2
        close = body.get("OpportunityClose") if isinstance(body, dict) else None
        status = body.get("Status") if isinstance(body, dict) else None
        if not isinstance(close, dict) or not isinstance(status, int):
            raise ex.PayloadError(f"{message} needs 'Status' (Edm.Int32) and 'OpportunityClose'.")
        bind = close.get("opportunityid@odata.bind")
        if not isinstance(bind, str) or "(" not in bind:
            raise ex.PayloadError("OpportunityClose needs 'opportunityid@odata.bind'.")
        table = self.table("opportunity")
        rid = bind[bind.index("(") + 1: bind.rindex(")")]
        update: dict[str, Any] = {"statecode": state, "statuscode": status}
        if close.get("actualend"):
            update["actualclosedate"] = str(close["actualend"])[:10]
        if close.get("actualrevenue") is not None:
            update["actualvalue"] = close["actualrevenue"]
        with self._write() as tx:
            if self._load("opportunity", rid) is None:
                raise ex.ObjectDoesNotExist("opportunity", rid)
            self._closing_flag.on = True
            try:
                self._update(tx, table, rid, update, caller=caller)
            finally:
                self._closing_flag.on = False

    def delete_record(self, entity_set: str, key: str | dict[str, Any]) -> None:
        table = self.table_for_set(entity_set)
        with self._write() as tx:
            rid = self.resolve_id(table, key)
            self._delete(tx, table, rid)  # type: ignore[arg-type]

    def _count_write(self) -> None:
        self._local.writes = getattr(self._local, "writes", 0) + 1

    def take_write_count(self) -> int:
        """Records written by this thread since the last call (simulated per-record cost)."""
        n = getattr(self._local, "writes", 0)
        self._local.writes = 0
        return n

    def _delete(self, tx: _Tx, table: Table, rid: str) -> None:
        self._count_write()
        tx.conn.execute("DELETE FROM records WHERE entity=? AND id=?", (table.logical, rid))
        tx.conn.execute("DELETE FROM keyvals WHERE entity=? AND id=?", (table.logical, rid))
        for child_entity, child_attr in table.collections.values():
            if child_entity == "activityparty":
                tx.conn.execute(
                    "DELETE FROM records WHERE entity='activityparty' AND "
                    f"json_extract(data, '$._{child_attr}_value') = ?", (rid,))

    def clear_lookup(self, entity_set: str, key: str | dict[str, Any], nav_name: str, *,
                     caller: str = APP_USER_ID) -> None:
        """``DELETE <set>(<id>)/<nav>/$ref``: empty a single-valued lookup."""
        table = self.table_for_set(entity_set)
        if nav_name not in table.navigations:
            raise ex.ResourceNotFound(nav_name)
        with self._write() as tx:
            rid = self.resolve_id(table, key)
            self._update(tx, table, rid, {f"{nav_name}@odata.bind": None},  # type: ignore[arg-type]
                         caller=caller)

    def require_message(self, table: Table, message: str) -> None:
        """Refuse a bulk message the table does not register, as a real org does."""
        if message in BULK_MESSAGES and table.logical in self.limits.without_bulk_messages:
            raise ex.MessageNotSupported(message, table.logical)

    def _each_target(self, entity_set: str, targets: Any,
                     one: Callable[[_Tx, Table, dict[str, Any]], str | None], *,
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
                        caller: str = APP_USER_ID) -> list[str]:
        """CreateMultiple: all or nothing; returns the new ids in order."""
        return [str(rid) for rid in self._each_target(
            entity_set, targets, lambda tx, t, item: self._create(tx, t, item, caller=caller),
            message="CreateMultiple")]

    def update_multiple(self, entity_set: str, targets: Any, *,
                        caller: str = APP_USER_ID) -> None:
        """UpdateMultiple: all or nothing; every item carries its primary key."""
        def one(tx: _Tx, table: Table, item: dict[str, Any]) -> None:
            rid = item.get(table.primary_id)
            if not rid:
                raise ex.InvalidArgument(
                    f"The primary key {table.primary_id} is required for UpdateMultiple.")
            self._update(tx, table, self.resolve_id(table, str(rid)), item, caller=caller)

        self._each_target(entity_set, targets, one, message="UpdateMultiple")

    def upsert_multiple(self, entity_set: str, targets: Any, *,
                        caller: str = APP_USER_ID) -> list[str]:
        """UpsertMultiple: each item names its record by ``@odata.id`` or its primary key."""
        return [str(rid) for rid in self._each_target(
            entity_set, targets, lambda tx, t, item: self._upsert_item(tx, t, item, caller),
            message="UpsertMultiple")]

    def _upsert_item(self, tx: _Tx, table: Table, item: dict[str, Any], caller: str) -> str:
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

    # -- note files in blocks (PAD attachment-annotation-files.md) ---------------------------
    def _annotation_target(self, body: Any, action: str) -> tuple[dict[str, Any], str]:
        """The ``Target`` annotation of a block action and its (client-chosen) annotationid."""
        target = body.get("Target") if isinstance(body, dict) else None
        if not isinstance(target, dict):
            raise ex.PayloadError(f"{action} needs a 'Target' annotation entity.")
        odata_type = target.get("@odata.type")
        if odata_type is not None and \
                str(odata_type).lstrip("#") != "Microsoft.Dynamics.CRM.annotation":
            raise ex.PayloadError(f"The entity type '{odata_type}' is not compatible with the "
                                  f"'Target' parameter of {action}: it must be "
                                  "'Microsoft.Dynamics.CRM.annotation'.")
        aid = target.get("annotationid")
        if not isinstance(aid, str) or not GUID_RE.match(aid):
            raise ex.InvalidArgument(
                f"The Target of {action} must carry an 'annotationid' value: generate a new "
                "Guid to create a note, or pass the id of the note to update.")
        return target, aid.lower()

    def _file_token(self, token: Any, kind: str, action: str) -> dict[str, Any]:
        """The state stored for a live FileContinuationToken of ``kind`` (upload/download)."""
        if not isinstance(token, str) or not token:
            raise ex.PayloadError(f"{action} needs a 'FileContinuationToken' string.")
        row = self._conn().execute("SELECT kind, target, created FROM file_tokens WHERE token=?",
                                   (token,)).fetchone()
        if row is None or row[0] != kind or \
                time.time() - row[2] >= self.limits.block_token_ttl_seconds:
            raise ex.FileTokenInvalid(action)
        return json.loads(row[1])

    def _new_file_token(self, tx: _Tx, kind: str, target: dict[str, Any]) -> str:
        now = time.time()
        horizon = now - self.limits.block_token_ttl_seconds
        tx.conn.execute("DELETE FROM file_blocks WHERE token IN "
                        "(SELECT token FROM file_tokens WHERE created <= ?)", (horizon,))
        tx.conn.execute("DELETE FROM file_tokens WHERE created <= ?", (horizon,))
        token = secrets.token_urlsafe(48)
        tx.conn.execute("INSERT INTO file_tokens VALUES(?,?,?,?)",
                        (token, kind, json.dumps(target), now))
        return token

    def initialize_annotation_blocks_upload(self, body: Any) -> str:
        """InitializeAnnotationBlocksUpload: remember the Target, hand out a token.

        Nothing is written to the note until CommitAnnotationBlocksUpload.
        """
        target, aid = self._annotation_target(body, "InitializeAnnotationBlocksUpload")
        with self._write() as tx:
            return self._new_file_token(tx, "upload", {**target, "annotationid": aid})

    def upload_block(self, body: Any) -> None:
        """UploadBlock: store one block (at most 4 MB) under the token, by its BlockId."""
        if not isinstance(body, dict):
            raise ex.PayloadError("UploadBlock needs BlockId, BlockData and "
                                  "FileContinuationToken.")
        block_id = body.get("BlockId")
        if not isinstance(block_id, str) or not block_id:
            raise ex.PayloadError("UploadBlock needs a 'BlockId' string.")
        try:
            decoded_id = base64.b64decode(block_id, validate=True)
        except (binascii.Error, ValueError):
            raise ex.InvalidArgument(f"The BlockId '{block_id}' is not a valid Base64 "
                                     "string.") from None
        if len(decoded_id) > MAX_BLOCK_ID_BYTES:
            raise ex.InvalidArgument(f"The BlockId must be at most {MAX_BLOCK_ID_BYTES} bytes "
                                     "before Base64 encoding.")
        data = _binary(body.get("BlockData"), "BlockData")
        if len(data) > self.limits.max_block_bytes:
            raise ex.InvalidArgument(
                f"The block is {len(data)} bytes; a block can be at most "
                f"{self.limits.max_block_bytes} bytes (4 MB). Send the file in smaller blocks.")
        with self._write() as tx:
            self._file_token(body.get("FileContinuationToken"), "upload", "UploadBlock")
            token = body["FileContinuationToken"]
            other = tx.conn.execute("SELECT block_id FROM file_blocks WHERE token=? AND "
                                    "length(block_id) <> ? LIMIT 1",
                                    (token, len(block_id))).fetchone()
            if other is not None:
                raise ex.InvalidArgument("Every BlockId of one file must have the same length.")
            tx.conn.execute("INSERT OR REPLACE INTO file_blocks VALUES(?,?,?)",
                            (token, block_id, data))

    def commit_annotation_blocks_upload(self, body: Any, *,
                                        caller: str = APP_USER_ID) -> tuple[str, int]:
        """CommitAnnotationBlocksUpload: join the blocks in BlockList order into the note.

        Creates the note when its annotationid is new, updates it otherwise. Returns the
        annotation id and the file size in bytes. The token and its blocks are spent.
        """
        action = "CommitAnnotationBlocksUpload"
        target, aid = self._annotation_target(body, action)
        block_list = body.get("BlockList")
        if not isinstance(block_list, list) or not block_list or \
                not all(isinstance(b, str) for b in block_list):
            raise ex.PayloadError(f"{action} needs a non-empty 'BlockList' of BlockId strings.")
        table = self.table("annotation")
        with self._write() as tx:
            started = self._file_token(body.get("FileContinuationToken"), "upload", action)
            token = body["FileContinuationToken"]
            if started["annotationid"] != aid:
                raise ex.InvalidArgument(
                    f"The Target annotationid {aid} differs from {started['annotationid']}, "
                    "the one the upload was initialized for.")
            blocks = dict(tx.conn.execute(
                "SELECT block_id, data FROM file_blocks WHERE token=?", (token,)).fetchall())
            missing = [b for b in dict.fromkeys(block_list) if b not in blocks]
            if missing:
                raise ex.InvalidArgument(f"BlockList names blocks that were not uploaded with "
                                         f"this FileContinuationToken: {', '.join(missing)}.")
            content = b"".join(blocks[b] for b in block_list)
            encoded = base64.b64encode(content).decode("ascii")
            if len(encoded) > self.limits.max_upload_bytes:
                raise ex.AttachmentTooLarge()
            fields = {k: v for k, v in target.items() if k not in ("annotationid",
                                                                  "documentbody")}
            fields["documentbody"] = encoded
            if self._exists(table.logical, aid):
                self._update(tx, table, aid, fields, caller=caller)
            else:
                self._create(tx, table, fields, caller=caller, record_id=aid)
            tx.conn.execute("DELETE FROM file_blocks WHERE token=?", (token,))
            tx.conn.execute("DELETE FROM file_tokens WHERE token=?", (token,))
        return aid, len(content)

    def initialize_annotation_blocks_download(self, body: Any) -> dict[str, Any]:
        """InitializeAnnotationBlocksDownload: token, size and file name of a note's file."""
        _, aid = self._annotation_target(body, "InitializeAnnotationBlocksDownload")
        row = self._load("annotation", aid)
        if row is None:
            raise ex.ObjectDoesNotExist("annotation", aid)
        with self._write() as tx:
            token = self._new_file_token(tx, "download", {"annotationid": aid})
        return {"FileContinuationToken": token, "FileSizeInBytes": row.get("filesize") or 0,
                "FileName": row.get("filename")}

    def download_block(self, body: Any) -> str:
        """DownloadBlock: ``BlockLength`` bytes from ``Offset`` of the file, Base64 encoded.

        Only the Base64 characters covering the range are read and decoded.
        """
        if not isinstance(body, dict):
            raise ex.PayloadError("DownloadBlock needs Offset, BlockLength and "
                                  "FileContinuationToken.")
        offset, length = body.get("Offset", 0), body.get("BlockLength")
        for name, value in (("Offset", offset), ("BlockLength", length)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ex.PayloadError(f"DownloadBlock needs '{name}' as a non-negative "
                                      "Edm.Int64.")
        target = self._file_token(body.get("FileContinuationToken"), "download",
                                  "DownloadBlock")
        aid = target["annotationid"]
        first, last = offset // 3 * 4, -(-(offset + length) // 3) * 4
        row = self._conn().execute(
            "SELECT substr(json_extract(data, '$.documentbody'), ?, ?) FROM records "
            "WHERE entity='annotation' AND id=?", (first + 1, last - first, aid)).fetchone()
        if row is None:
            raise ex.ObjectDoesNotExist("annotation", aid)
        raw = base64.b64decode(row[0] or "")
        skip = offset % 3
        return base64.b64encode(raw[skip:skip + length]).decode("ascii")

    # -- reads -----------------------------------------------------------------------------
    def retrieve_record(self, entity_set: str, key: str | dict[str, Any], *,
                        select: list[str] | None = None,
                        expand: list[tuple[str, dict[str, str]]] | None = None,
                        annotations: bool = False) -> dict[str, Any]:
        table = self.table_for_set(entity_set)
        self.validate_select(table, select)
        rid = self.resolve_id(table, key)
        data = self._load(table.logical, rid) or {}  # type: ignore[arg-type]
        return self.shape(table, data, select=select, expand=expand, annotations=annotations)

    def validate_select(self, table: Table, select: list[str] | None) -> None:
        for name in select or []:
            if table.by_selectable(name) is None and name != table.primary_id:
                raise ex.PropertyNotFound(name, table.logical)

    def retrieve_multiple(self, entity_set: str, *, select: list[str] | None = None,
                          filter: str | None = None,
                          orderby: list[tuple[str, bool]] | None = None,
                          top: int | None = None, count: bool = False,
                          expand: list[tuple[str, dict[str, str]]] | None = None,
                          page_size: int | None = None, offset: int = 0,
                          annotations: bool = False,
                          extra_where: tuple[str, list[Any]] | None = None) -> Page:
        table = self.table_for_set(entity_set)
        self.validate_select(table, select)
        where, params = "entity = ?", [table.logical]
        if filter:
            sql, fparams = compile_filter(parse_filter(filter), table)
            where += f" AND ({sql})"
            params += fparams
        if extra_where:
            where += f" AND ({extra_where[0]})"
            params += extra_where[1]
        order = []
        for name, desc in orderby or []:
            attr = table.by_selectable(name)
            if attr is None and name != table.primary_id:
                raise ex.PropertyNotFound(name, table.logical)
            expr = _json_path(name)
            if attr is not None and attr.type in STRING_TYPES:
                expr += " COLLATE NOCASE"
            order.append(expr + (" DESC" if desc else " ASC"))
        order.append("rid ASC")
        max_page = self.limits.max_page_size
        size = min(page_size or max_page, max_page)
        remaining = None if top is None else max(top - offset, 0)
        limit = size if remaining is None else min(size, remaining)
        conn = self._conn()
        rows = conn.execute(
            f"SELECT data FROM records WHERE {where} ORDER BY {', '.join(order)} "
            f"LIMIT ? OFFSET ?", (*params, limit + 1, offset)).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        if remaining is not None and offset + len(rows) >= top:  # type: ignore[operator]
            more = False
        total = None
        if count:
            total = conn.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM records WHERE {where} "
                                 "LIMIT 5000)", params).fetchone()[0]
            if top is not None:
                total = min(total, top)
        shaped = [self.shape(table, json.loads(r[0]), select=select, expand=expand,
                             annotations=annotations) for r in rows]
        return Page(shaped, total, offset + len(rows) if more else None)

    def shape(self, table: Table, data: dict[str, Any], *, select: list[str] | None = None,
              expand: list[tuple[str, dict[str, str]]] | None = None,
              annotations: bool = False) -> dict[str, Any]:
        """The wire form of a record: ``@odata.etag``, columns, ``_x_value`` lookups."""
        out: dict[str, Any] = {"@odata.etag": etag(data.get("versionnumber"))}
        if select:
            names = list(dict.fromkeys([*select, table.primary_id]))
        else:
            names = [a.selectable_name for a in table.attributes.values()
                     if a.type not in ("PartyList",)]
        for name in names:
            if name.startswith("_") and name.endswith("_value"):
                value = data.get(name)
                out[name] = value
                if annotations and value is not None:
                    target = data.get(name + "@lln")
                    attr_name = name[1:-6]
                    nav = _nav_for(table, attr_name, target)
                    out[f"{name}@OData.Community.Display.V1.FormattedValue"] = \
                        self._primary_name_of(target, value)
                    if nav:
                        out[f"{name}@Microsoft.Dynamics.CRM.associatednavigationproperty"] = nav
                    out[f"{name}@Microsoft.Dynamics.CRM.lookuplogicalname"] = target
                continue
            value = data.get(name)
            out[name] = value
            if annotations and value is not None:
                attr = table.attributes.get(name)
                formatted = _formatted(attr, value) if attr else None
                if formatted is not None:
                    out[f"{name}@OData.Community.Display.V1.FormattedValue"] = formatted
        for nav_name, opts in expand or []:
            out[nav_name] = self._expand(table, data, nav_name, opts)
        return out

    def _expand(self, table: Table, data: dict[str, Any], nav_name: str,
                opts: dict[str, str]) -> Any:
        from .odata import parse_select

        select = parse_select(opts.get("$select"))
        if nav_name in table.navigations:
            nav = table.navigations[nav_name]
            rid = data.get(f"_{nav.attribute}_value")
            if rid is None or data.get(f"_{nav.attribute}_value@lln") != nav.target:
                return None
            target = self.table(nav.target)
            self.validate_select(target, select)
            row = self._load(nav.target, rid)
            return self.shape(target, row, select=select) if row else None
        if nav_name in table.collections:
            child_entity, child_attr = table.collections[nav_name]
            child = self.table(child_entity)
            page = self.retrieve_multiple(
                child.entity_set, select=select, filter=opts.get("$filter"),
                extra_where=(f"{_json_path('_' + child_attr + '_value')} = ?",
                             [data.get(table.primary_id)]))
            return page.rows
        raise ex.PropertyNotFound(nav_name, table.logical)

    def _primary_name_of(self, entity: str | None, rid: str) -> str | None:
        if not entity or entity not in self.catalog.tables:
            return None
        t = self.catalog.tables[entity]
        row = self._load(entity, rid)
        if not row or not t.primary_name:
            return None
        return row.get(t.primary_name)

    def count(self, entity_set: str) -> int:
        table = self.table_for_set(entity_set)
        return self._conn().execute("SELECT COUNT(*) FROM records WHERE entity=?",
                                    (table.logical,)).fetchone()[0]

    # -- metadata --------------------------------------------------------------------------
    def create_attribute(self, entity: str, body: dict[str, Any]) -> str:
        """POST EntityDefinitions(LogicalName='x')/Attributes: usable at once."""
        table = self.table(entity)
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
                kv = self._key_value(table, key, json.loads(body_text))
                if kv is None:
                    continue
                try:
                    tx.conn.execute("INSERT INTO keyvals VALUES(?,?,?,?)",
                                    (entity, key.logical, kv, rid))
                except sqlite3.IntegrityError:
                    raise ex.MetadataError(
                        f"The key {raw['SchemaName']} cannot be created: existing records "
                        "have duplicate values.") from None
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
            self._bump_meta(tx)
        self.refresh_metadata()

    def retrieve_sdk_messages(self, entity_set: str, *, select: list[str] | None = None,
                              filter: str | None = None,
                              orderby: list[tuple[str, bool]] | None = None,
                              top: int | None = None, expand: str | None = None
                              ) -> list[dict[str, Any]]:
        """``sdkmessagefilters`` / ``sdkmessages``: computed from the catalog and the limits."""
        from . import sdkmessages as sm

        if entity_set == "sdkmessagefilters":
            rows = sm.filter_rows(self.catalog.tables, self.limits.without_bulk_messages)
            entity = "sdkmessagefilter"
        else:
            names = (*sm.BASE_MESSAGES, *sm.BULK_MESSAGES, *sm.UNBOUND_MESSAGES)
            rows = [sm.message_row(n) for n in names]
            entity = "sdkmessage"
        return sm.query(rows, entity=entity, select=select, filter=filter,
                        orderby=orderby or [], top=top, expand=expand)

    def who_am_i(self) -> dict[str, str]:
        return {"BusinessUnitId": BUSINESS_UNIT_ID, "UserId": APP_USER_ID,
                "OrganizationId": ORG_ID}



# -- helpers -------------------------------------------------------------------------------
def etag(version: Any) -> str:
    return f'W/"{version}"'


def _edm(t: str) -> str:
    return {"Integer": "Int32", "BigInt": "Int64", "Double": "Double"}.get(t, "Decimal")


def _label_of(raw: dict[str, Any]) -> str | None:
    from .metadata import label_text

    return label_text(raw.get("DisplayName"))


def _targets(body: Any) -> list[dict[str, Any]]:
    if not isinstance(body, dict) or not isinstance(body.get("Targets"), list):
        raise ex.PayloadError("The request body must carry a 'Targets' collection.")
    items = body["Targets"]
    for item in items:
        if not isinstance(item, dict):
            raise ex.PayloadError("Every item of 'Targets' must be an entity object.")
    return items


def _binary(value: Any, name: str) -> bytes:
    """An ``Edm.Binary`` parameter: Base64 text (the URL-safe alphabet is accepted too)."""
    if not isinstance(value, str):
        raise ex.PayloadError(f"The parameter '{name}' must be Base64 text (Edm.Binary).")
    try:
        if "-" in value or "_" in value:
            return base64.urlsafe_b64decode(value)
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ex.PayloadError(f"The parameter '{name}' is not valid Base64 text.") from None


def _name_item(exc: ex.DataverseError, index: int) -> ex.DataverseError:
    """Keep code and status; say which Targets item failed (the request was rolled back)."""
    exc.message = f"{exc.message} (Targets[{index}]; the whole request was rolled back)"
    exc.extra["targetindex"] = index
    exc.args = (exc.message,)
    return exc


def _nav_for(table: Table, attribute: str, target: str | None) -> str | None:
    for nav in table.navigations.values():
        if nav.attribute == attribute and nav.target == target:
            return nav.name
    return None


def _formatted(attr: Attribute, value: Any) -> str | None:
    if attr.type in OPTION_TYPES:
        return attr.options.get(value)
    if attr.type == "Boolean":
        yes, no = attr.boolean_labels()
        return yes if value else no
    if attr.type == "Money":
        return f"${value:,.2f}"
    if attr.type in ("Integer", "Decimal", "Double"):
        return f"{value:,}"
    if attr.type == "DateTime":
        try:
            dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return None
        if attr.date_only or len(str(value)) == 10:
            return f"{dt.month}/{dt.day}/{dt.year}"
        hour = dt.hour % 12 or 12
        return f"{dt.month}/{dt.day}/{dt.year} {hour}:{dt.minute:02d} " \
               f"{'AM' if dt.hour < 12 else 'PM'}"
    return None


def _json_path(name: str) -> str:
    if not all(c.isalnum() or c == "_" for c in name):
        raise ex.QueryError(f"Invalid property name '{name}'.")
    return f"json_extract(data, '$.{name}')"


def compile_filter(node: Node, table: Table) -> tuple[str, list[Any]]:
    """Compile a $filter AST to SQL over ``records.data`` (strings case-insensitive)."""
    k = node.kind
    if k in ("and", "or"):
        a, pa = compile_filter(node.args[0], table)
        b, pb = compile_filter(node.args[1], table)
        return f"({a}) {k.upper()} ({b})", pa + pb
    if k == "not":
        a, pa = compile_filter(node.args[0], table)
        return f"NOT ({a})", pa
    if k == "func":
        prop, lit = node.args
        attr = _filter_attr(prop, table)
        if lit.kind != "lit" or not isinstance(lit.value, str):
            raise ex.QueryError(f"The function {node.op} needs a string literal.")
        esc = lit.value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = {"contains": f"%{esc}%", "startswith": f"{esc}%",
                   "endswith": f"%{esc}"}[node.op]
        return f"{_json_path(attr[0])} LIKE ? ESCAPE '\\'", [pattern]
    if k == "in":
        name, attr = _filter_attr(node.args[0], table)
        fast = _indexed_eq(table, name, attr, node.args[1:])
        if fast is not None:
            return fast
        values = [_sql_literal(v, attr) for v in node.args[1:]]
        marks = ",".join("?" for _ in values)
        coll = " COLLATE NOCASE" if attr is not None and attr.type in STRING_TYPES else ""
        return f"{_json_path(name)}{coll} IN ({marks})", values
    if k == "cmp":
        left, right = node.args
        op = node.op
        if left.kind != "prop" and right.kind == "prop":
            left, right = right, left
            op = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}.get(op, op)
        if left.kind != "prop" or right.kind != "lit":
            raise ex.QueryError("A comparison needs a property and a literal.")
        name, attr = _filter_attr(left, table)
        path = _json_path(name)
        if op == "eq" and right.lit_type != "null":
            fast = _indexed_eq(table, name, attr, [right])
            if fast is not None:
                return fast
        if right.lit_type == "null":
            if op == "eq":
                return f"{path} IS NULL", []
            if op == "ne":
                return f"{path} IS NOT NULL", []
            raise ex.QueryError("Only eq and ne compare with null.")
        value = _sql_literal(right, attr)
        sql_op = {"eq": "=", "ne": "<>", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}[op]
        coll = " COLLATE NOCASE" if isinstance(value, str) else ""
        return f"{path} {sql_op} ?{coll}", [value]
    if k == "prop":
        name, attr = _filter_attr(node, table)
        if attr is not None and attr.type == "Boolean":
            return f"{_json_path(name)} = 1", []
    raise ex.QueryError("Unsupported $filter expression.")


def _indexed_eq(table: Table, name: str, attr: Attribute | None,
                literals: list[Node]) -> tuple[str, list[Any]] | None:
    """Equality on the primary key or a one-column alternate key uses an index, not a scan."""
    if not literals or any(n.kind != "lit" or n.value is None for n in literals):
        return None
    values = [_sql_literal(n, attr) for n in literals]
    marks = ",".join("?" for _ in values)
    if name == table.primary_id:
        return f"id IN ({marks})", [str(v).lower() for v in values]
    for key in table.keys.values():
        if key.columns == [name] and attr is not None and attr.type not in LOOKUP_TYPES:
            keyed = [json.dumps([v.lower() if isinstance(v, str) else v]) for v in values]
            return (f"id IN (SELECT id FROM keyvals WHERE entity = ? AND keyname = ? AND "
                    f"value IN ({marks}))", [table.logical, key.logical, *keyed])
    return None


def _filter_attr(node: Node, table: Table) -> tuple[str, Attribute | None]:
    if node.kind != "prop":
        raise ex.QueryError("Expected a property name.")
    name = node.value
    if "/" in name:
        raise ex.QueryError(f"Navigation paths in $filter ('{name}') are not supported by "
                            "the emulator.")
    if name == table.primary_id:
        return name, table.attributes.get(name)
    attr = table.by_selectable(name)
    if attr is None:
        raise ex.PropertyNotFound(name, table.logical)
    return name, attr


def _sql_literal(node: Node, attr: Attribute | None) -> Any:
    value = node.value
    if node.kind != "lit":
        raise ex.QueryError("Expected a literal.")
    if isinstance(value, bool):
        return 1 if value else 0
    if attr is not None and attr.type == "DateTime" and isinstance(value, str):
        try:
            return parse_datetime(value, date_only=attr.date_only)
        except ValueError:
            raise ex.QueryError(f"'{value}' is not a valid date/time.") from None
    if attr is not None and (attr.type in LOOKUP_TYPES or attr.type == "Uniqueidentifier") \
            and isinstance(value, str):
        return value.lower()
    return value
