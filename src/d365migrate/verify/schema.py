"""The schema a run created (custom columns with their choices, alternate keys), recorded in
``run.json`` as it is created, and removed by ``rollback --schema`` when no other run of the
engagement (not rolled back) still needs it.

A run ``needs`` a column or key when it created it, or when it loaded records into its table
(its ledger names the table): the source-id column and its key created by the first run are
what every later run's records are keyed by. Choices are local to their columns here (the
manifest creates picklists with their own options), so they go with the column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from d365migrate.dataverse import DataverseClient
from d365migrate.dataverse.errors import DataverseError, NotFound
from d365migrate.load.ledger import Ledger
from d365migrate.runfolder import RunFolder, read_json, write_json

SCHEMA_KEY = "schema_created"


def recorded_manifest(applied: dict[str, Any]) -> list[dict[str, str]]:
    """The columns ``apply_manifest`` created (``manifest_applied.json``), as schema items."""
    return [{"kind": "column", "table": c["table"], "name": c["column"]}
            for c in applied.get("columns") or [] if c.get("action") == "created"]


def record_schema(folder: RunFolder, items: list[dict[str, str]]) -> None:
    """Add what the run just created to ``run.json`` (``schema_created``), once each."""
    if not items:
        return
    data = read_json(folder.run_json) if folder.run_json.exists() else {}
    have = data.setdefault(SCHEMA_KEY, [])
    have.extend(i for i in items if i not in have)
    write_json(folder.run_json, data)


def created_schema(run_dir: Path) -> list[dict[str, str]]:
    """What a run created: ``run.json``, else (an older run) its ``manifest_applied.json``."""
    folder = RunFolder(run_dir)
    data = read_json(folder.run_json) if folder.run_json.exists() else {}
    if SCHEMA_KEY in data:
        return list(data[SCHEMA_KEY])
    if folder.manifest_applied.exists():
        return recorded_manifest(read_json(folder.manifest_applied))
    return []


def needed_by(run_dir: Path) -> set[tuple[str, str, str]]:
    """(kind, table, name) a run needs: what it created, and the schema of every table it
    loaded into (a wildcard name ``*``)."""
    out = {(i["kind"], i["table"], i["name"]) for i in created_schema(run_dir)}
    out.update(("*", t, "*") for t in Ledger(RunFolder(run_dir).ledger).tables())
    return out


def remove_schema(client: DataverseClient, run_dir: Path, others: list[Path]
                  ) -> list[dict[str, str]]:
    """Delete the keys, then the columns, the run created that none of ``others`` (runs of
    the engagement not rolled back) needs; each item gets an ``action``."""
    needed: set[tuple[str, str, str]] = set()
    for other in others:
        needed |= needed_by(other)
    tables_needed = {t for kind, t, _ in needed if kind == "*"}
    out: list[dict[str, str]] = []
    items = sorted(created_schema(run_dir), key=lambda i: i["kind"] != "key")  # keys first
    for item in items:
        kind, table, name = item["kind"], item["table"], item["name"]
        if (kind, table, name) in needed or table in tables_needed:
            out.append({**item, "action": "kept: another run needs it"})
            continue
        try:
            if kind == "key":
                client.delete_key(table, name)
            else:
                client.delete_attribute(table, name)
            out.append({**item, "action": "deleted"})
        except NotFound:
            out.append({**item, "action": "already absent"})
        except DataverseError as exc:
            out.append({**item, "action": f"failed: {exc}"})
    return out
