"""One run of one engagement: parameters, its folders, the export, the destination."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from d365migrate import __version__
from d365migrate.dataverse import DataverseClient
from d365migrate.dataverse.destination import Destination, connect, resolve_destination
from d365migrate.run.parameters import Parameters, load_parameters
from d365migrate.runfolder import EngagementFolder, RunFolder, read_json, write_json

if TYPE_CHECKING:  # imported where read: the runner writes run.json without polars (issue 13)
    from d365migrate.intake.read import Export


@dataclass
class RunContext:
    """What every step works with; each notebook kernel opens its own on the same folder."""

    params: Parameters
    folder: RunFolder
    _defs: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def open(cls, parameters_file: str | Path, run_dir: str | Path) -> RunContext:
        """The run in ``run_dir``. A run begun here (its folder new or empty: steps called
        one by one, not by the runner, which records its own start) records its start in
        ``run.json``, so its report says when it started."""
        ctx = cls(load_parameters(parameters_file), RunFolder(Path(run_dir)))
        fresh = not ctx.run_dir.exists() or not any(ctx.run_dir.iterdir())
        ctx.run_dir.mkdir(parents=True, exist_ok=True)
        if fresh:
            write_run_json(ctx.folder, ctx.params, ctx.destination,
                           started_at=datetime.now(UTC).isoformat(timespec="seconds"))
        return ctx

    @property
    def run_dir(self) -> Path:
        return self.folder.root

    @property
    def engagement(self) -> EngagementFolder:
        return EngagementFolder(self.params.engagement_dir)

    @cached_property
    def destination(self) -> Destination:
        return resolve_destination(self.params.engagement_dir, self.params.destination_url)

    @cached_property
    def client(self) -> DataverseClient:
        client = self._connect()
        client.service_limits = self.params.service_protection  # paced to from the start
        return client

    def _connect(self) -> DataverseClient:
        dest = self.params.raw.get("destination") or {}
        wait = dest.get("max_outage_seconds")
        if self.destination.kind == "embedded-emulator":
            # demo only: the emulated org lacks these tables (e.g. [incident], no Case table)
            without = dest.get("without_tables") or ()
            users = None
            if dest.get("seed_users_from_export"):
                from d365migrate.demo.org_users import write_emulator_users

                users = write_emulator_users(self.export.tables, self.engagement.org_users)
            # the rehearsal org's currencies, as the customer's was set up and its admin added
            return connect(self.destination, users_csv=users, without_tables=without,
                           max_outage=wait, base_currency=dest.get("base_currency"),
                           currencies=dest.get("currencies"))
        return connect(self.destination, max_outage=wait)

    @cached_property
    def identities(self) -> list[tuple[str, DataverseClient]]:
        """(name, client) of each application user ``load.identities`` names (none: the
        run's one client loads alone); see ``dataverse.identities``."""
        from d365migrate.dataverse.identities import connect_identities

        if not self.params.identities:
            return []
        pool = connect_identities(self.destination, self.params.identities)
        for _, client in pool:  # each user is metered on its own, to the same limits
            client.service_limits = self.params.service_protection
        return pool

    @cached_property
    def export(self) -> Export:
        from d365migrate.intake.read import read_export

        return read_export(self.params.export, self.params.raw.get("intake"),
                           cache=self.folder.intake_cache)

    @cached_property
    def export_files(self) -> Export:
        """The export's files without its tables read (attachments at load)."""
        if "export" in self.__dict__:  # already read whole
            return self.export
        from d365migrate.intake.read import export_files

        return export_files(self.params.export, self.params.raw.get("intake"))

    def file_of(self, source: str) -> str:
        guess = self.export.guesses.get(source)
        return guess.file if guess is not None else source

    def table_def(self, table: str) -> dict[str, Any]:
        if table not in self._defs:
            self._defs[table] = self.client.entity_definition(table)
        return self._defs[table]

    def ensure_source_id(self, table_def: dict[str, Any], created: list[dict[str, str]]
                         ) -> dict[str, Any]:
        """The table's source-id column and key, created when missing, labelled in the
        export's CRM's name ("HubSpot ID"); ``created`` gets what was created."""
        from d365migrate.load.org_records import ensure_source_id_column

        return ensure_source_id_column(self.client, table_def, self.params.source_id_column,
                                       created, source_crm=self.params.source_crm)

    def set_table_def(self, table: str, table_def: dict[str, Any]) -> None:
        self._defs[table] = table_def

    def forget_table_defs(self) -> None:
        """After a schema change (custom columns, keys) the org's definitions are read again."""
        self._defs.clear()

    def write_json(self, path: Path, data: Any) -> Path:
        return write_json(path, data)

    def read_json(self, path: Path) -> Any:
        return read_json(path)


_RUN_JSON_LOCK = threading.RLock()


def write_run_json(folder: RunFolder, params: Parameters, destination: Destination,
                   **extra: Any) -> Path:
    """``run.json``: parameters (never secrets), destination, version, status, times.

    Written whole or not at all (a temporary file renamed over it), so a full disk or a kill
    mid-write leaves the previous run.json, never a torn one; an unreadable one is rebuilt
    from what this call knows rather than stopping the caller (the failure handler). One
    writer at a time in a process: a phase's end (a background thread) and the main thread
    may both record something, and neither may lose the other's keys."""
    path = folder.run_json
    with _RUN_JSON_LOCK:
        try:
            data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        except (OSError, ValueError):
            data = {}
        data.update({"engagement": params.engagement, "parameters": params.public(),
                     "source_crm": params.source_crm,  # how reports name the export's CRM
                     "destination": destination.describe(), "package_version": __version__,
                     # the per-user limits the loaders paced to from the start (a 429 naming
                     # others replaces them; each table's load summary says which held)
                     "service_protection": params.service_protection.as_dict()})
        data.update(extra)
        return write_json_atomic(path, data)


def write_json_atomic(path: Path, data: Any) -> Path:
    """``write_json`` through a temporary file in the same folder and ``os.replace``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(json.dumps(data, indent=2, ensure_ascii=False, default=str))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
