"""Storage: the SQLite file, its connections and write transactions, seeding, reset, stats.

One connection per thread, one write lock per state file per process; a write transaction
(``Tx``) hands out row versions from one counter and writes it back once, at commit.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .. import exceptions as ex
from ..limits import Limits
from ..metadata import (
    Catalog,
    EntityKey,
    Table,
    table_from_definition,
)
from .currencies import currency_record

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



def etag(version: Any) -> str:
    return f'W/"{version}"'


class Tx:
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



class StorageMixin:
    """Connections, transactions, seeding, lookups of tables and stored rows."""

    def __init__(self, state_path: str | Path, *, users_csv: str | Path | None = None,
                 limits: Limits | None = None, seed: int = 0,
                 app_users: Iterable[tuple[str, str, str]] = ()) -> None:
        self.state_path = Path(state_path).resolve()
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        self.limits = limits or Limits()
        self.seed = seed
        self.users_csv = Path(users_csv) if users_csv else None
        # (systemuserid, fullname, email) of the application users that bearer tokens act as,
        # beside the default one (APP_USER_ID); seeded like the users CSV.
        self.app_users = [u for u in app_users if u[0] != APP_USER_ID]
        self._closing_flag = threading.local()  # .message: the close action running
        self._builtin = Catalog.load_builtin().without(self.limits.without_tables)
        self.catalog = self._builtin.copy()
        self._local = threading.local()
        self._lock = _lock_for(self.state_path)
        self._meta_version = -1
        self._meta_guard = threading.Lock()
        self._init_db()
        self.refresh_metadata()
        with self._write() as tx:
            self._seed_users(tx)
            self._seed_base_currency(tx)

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
    def _write(self) -> Iterator[Tx]:
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
            self._local.tx = Tx(conn)
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
                -- a table's records in rid order: a page of a read is a range of this index
                -- (without it every page read and sorted the whole table: 22 s a page at
                -- 234k contacts, quadratic in a table's size)
                CREATE INDEX IF NOT EXISTS ix_records_entity_rid ON records(entity, rid);
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
            tables = self._builtin.copy().tables  # built-in tables shared until changed
            for (body,) in conn.execute("SELECT body FROM custom_tables ORDER BY rowid"):
                table = table_from_definition(json.loads(body))
                tables[table.logical] = table
            catalog = Catalog(tables)
            changed: dict[str, Table] = {}  # this refresh's own copies of the tables it changes

            def own(entity: str) -> Table:
                if entity not in changed:
                    changed[entity] = catalog.writable(entity)
                return changed[entity]

            for entity, body in conn.execute(
                    "SELECT entity, body FROM custom_attributes ORDER BY seq"):
                if entity in catalog.tables:
                    own(entity).add_attribute(json.loads(body), custom=True)
            for entity, body in conn.execute("SELECT entity, body FROM entity_keys"):
                if entity in catalog.tables:
                    raw = json.loads(body)
                    own(entity).keys[raw["LogicalName"]] = EntityKey(
                        raw["LogicalName"], raw["SchemaName"], raw["KeyAttributes"], raw)
            self.catalog = catalog
            self._meta_version = version

    def _bump_meta(self, tx: Tx) -> None:
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

    def _seed_users(self, tx: Tx) -> None:
        listed = [(user_id_for(email), fullname, email, disabled)
                  for fullname, email, disabled in self._users_to_seed()]
        known = {u[0] for u in listed}
        users = [(APP_USER_ID, "# Dataverse Emulator App", "emulator-app@contoso.example", False)]
        users += [(uid, name, email, False) for uid, name, email in self.app_users
                  if uid not in known]
        users += listed
        for uid, fullname, email, disabled in users:
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

    def _seed_base_currency(self, tx: Tx) -> None:
        """The currency the org was set up with (``Limits.base_currency``) and those it starts
        with (``Limits.currencies``), each once: a code the org holds already is kept."""
        if "transactioncurrency" not in self.catalog.tables:
            return
        held = {json.loads(d).get("isocurrencycode") for (d,) in tx.conn.execute(
            "SELECT data FROM records WHERE entity='transactioncurrency'")}
        todo = [(self.limits.base_currency, 1.0), *self.limits.currencies]
        for n, (code, rate) in enumerate(todo):
            if code.upper() in held:
                continue
            data = currency_record(code, rate, tx.now, base=n == 0)
            data["versionnumber"] = version = tx.next_version()
            tx.conn.execute("INSERT INTO records(entity, id, data, version) "
                            "VALUES('transactioncurrency', ?, ?, ?)",
                            (data["transactioncurrencyid"], json.dumps(data), version))
            held.add(code.upper())

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
            self._seed_base_currency(tx)
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

    # -- per-request accounting ----------------------------------------------------------
    def _count_write(self) -> None:
        self._local.writes = getattr(self._local, "writes", 0) + 1

    def take_write_count(self) -> int:
        """Records written by this thread since the last call (simulated per-record cost)."""
        n = getattr(self._local, "writes", 0)
        self._local.writes = 0
        return n

    # -- the calling user ----------------------------------------------------------------
    @contextmanager
    def acting_as(self, user_id: str) -> Iterator[None]:
        """Run this thread's operations as ``user_id``: the default ``caller`` of every write
        (createdby, modifiedby, ownerid/owninguser) and the answer of WhoAmI."""
        previous = getattr(self._local, "caller", None)
        self._local.caller = user_id
        try:
            yield
        finally:
            self._local.caller = previous

    def current_caller(self) -> str:
        return getattr(self._local, "caller", None) or APP_USER_ID

    def who_am_i(self, caller: str | None = None) -> dict[str, str]:
        return {"BusinessUnitId": BUSINESS_UNIT_ID, "UserId": caller or self.current_caller(),
                "OrganizationId": ORG_ID}
