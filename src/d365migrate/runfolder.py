"""Every file a run and an engagement keep, named in one place.

Stages never spell a file name: they ask the run folder (``RunFolder``) or the engagement
folder (``EngagementFolder``) for it, so the picture of what a run leaves (README, "What a run
leaves in its folder") is this module, and a stage finds what the one before it wrote.

    runs/<engagement>/                 EngagementFolder
        org.sqlite                     the embedded emulator's state (no org configured)
        org-users.csv                  demo only: users the embedded org starts with
        .lock                          who works on the engagement now (pid, host, command)
        mapping.yml                    the engagement's map, confirmed by a person
        proposal.yml                   the last proposal as the analyst was shown it
        learned.yml                    the analyst's corrections, proposed first next time
        custom_fields_manifest.*       custom columns the customer's admin creates
        <run-id>/                      RunFolder
            run.json                   parameters (no secrets), destination, status
            discovery.json             what each file is, keys, links, column formats
            intake_cache/              each export file as read (parquet + JSON), keyed by its
                                       SHA-256: later steps of the run skip parsing it again
            scope.html                 the customer's scope document
            mapping.yml                the confirmed map this run used
            stage_summary.json         per object: source rows, staged, quarantined, skipped,
                                       records with a field cleared, cleared values per column
            inventory.json             every export file: rows, the entries that took them, the rest
            staged/<table>.parquet     validated rows that go to load
            quarantine|skipped|failed|close_failed/<table>.csv
            incomplete/<table>.csv     created records the org refused a column it takes on
                                       update only (an order's total): in the org without it
            cleared/<table>.csv        fields of loaded records cleared (or kept as text)
                                       under the map's on_bad: file, row, column, value, reason
            unresolved_links/<table>.csv  records that moved without a record they link to
            validation/<table>.json    Great Expectations results
            preflight.csv, owner_queue.csv/.html, manifest_applied.json
            ledger.jsonl               what the run created; before-images of what it changed
            delta.json                 per object: new, changed, unchanged, state changes, deleted
                                       in SmartDesk and what was decided (load.delta)
            delta/<table>.csv          the records that were not unchanged, and why
            load/<table>.json          load counts and throughput
            phases/<table>.json        reconciliation after each load phase
            reconciliation.json/.html  the whole run's reconciliation
            verification.json          every loaded field read back and compared
            mismatches.csv             each field that differs: table, id, column, values
            spotcheck.html             drawn records side by side: export | staged | org
            report.html                the sponsor's report: what moved, what not and why
            signoff.json               who accepted report.html, when, its SHA-256, the org
            rollback.json              what a rollback deleted and restored
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ISSUE_FOLDERS = ("quarantine", "skipped", "failed", "close_failed", "incomplete", "flags",
                 "cleared")


def write_json(path: Path, data: Any) -> Path:
    """JSON as every run file is written: indented, UTF-8, dates as text."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str),
                    encoding="utf-8")
    return path


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class _MapFolder:
    """A folder that keeps a map and its custom-field manifest (engagement and run alike)."""

    root: Path

    @property
    def mapping(self) -> Path:
        return self.root / "mapping.yml"

    @property
    def manifest(self) -> Path:
        return self.root / "custom_fields_manifest.json"


@dataclass(frozen=True)
class EngagementFolder(_MapFolder):
    """``runs/<engagement>/``: what outlives one run."""

    @property
    def org_state(self) -> Path:
        return self.root / "org.sqlite"

    @property
    def org_users(self) -> Path:
        return self.root / "org-users.csv"

    @property
    def lock(self) -> Path:
        """Held while a run, rollback or verify works on the engagement (``run/lock.py``)."""
        return self.root / ".lock"

    @property
    def proposal(self) -> Path:
        """The last proposed map as shown, to learn what a confirmation changed
        (``mapping.learned``)."""
        return self.root / "proposal.yml"

    @property
    def learned(self) -> Path:
        """The analyst's corrections for this customer (``mapping.learned``)."""
        return self.root / "learned.yml"


@dataclass(frozen=True)
class RunFolder(_MapFolder):
    """``runs/<engagement>/<run-id>/``: everything one run reads and writes."""

    def file(self, *parts: str) -> Path:
        """A path in the run folder, its parent folder created."""
        p = self.root.joinpath(*parts)
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def write_json(self, path: Path, data: Any) -> Path:
        return write_json(path, data)

    # -- whole-run files ---------------------------------------------------------------------
    @property
    def run_json(self) -> Path:
        return self.root / "run.json"

    @property
    def discovery(self) -> Path:
        return self.root / "discovery.json"

    @property
    def intake_cache(self) -> Path:
        """Folder of the export's files as read, for the run's later steps
        (:func:`d365migrate.intake.read.read_export`'s ``cache``)."""
        return self.root / "intake_cache"

    @property
    def scope_html(self) -> Path:
        return self.root / "scope.html"

    @property
    def manifest_applied(self) -> Path:
        return self.root / "manifest_applied.json"

    @property
    def stage_summary(self) -> Path:
        return self.root / "stage_summary.json"

    @property
    def inventory(self) -> Path:
        return self.root / "inventory.json"

    @property
    def preflight(self) -> Path:
        return self.root / "preflight.csv"

    @property
    def owner_queue(self) -> Path:
        return self.root / "owner_queue.csv"

    @property
    def owner_queue_html(self) -> Path:
        return self.root / "owner_queue.html"

    @property
    def ledger(self) -> Path:
        return self.root / "ledger.jsonl"

    @property
    def delta(self) -> Path:
        """What changed since the engagement's last completed run (``load.delta``)."""
        return self.root / "delta.json"

    @property
    def reconciliation(self) -> Path:
        return self.root / "reconciliation.json"

    @property
    def reconciliation_html(self) -> Path:
        return self.root / "reconciliation.html"

    @property
    def verification(self) -> Path:
        return self.root / "verification.json"

    @property
    def mismatches(self) -> Path:
        return self.root / "mismatches.csv"

    @property
    def spotcheck(self) -> Path:
        return self.root / "spotcheck.html"

    @property
    def report(self) -> Path:
        """The sponsor's report (``report.sponsor``)."""
        return self.root / "report.html"

    @property
    def signoff(self) -> Path:
        """Acceptance of ``report.html`` (``d365migrate signoff``)."""
        return self.root / "signoff.json"

    @property
    def rollback(self) -> Path:
        return self.root / "rollback.json"

    # -- per-table files ---------------------------------------------------------------------
    def staged(self, table: str) -> Path:
        return self.file("staged", f"{table}.parquet")

    def issues(self, folder: str, table: str) -> Path:
        """Rows not loaded, by outcome: quarantine, skipped, failed or close_failed; values
        changed on the way of rows that load: flags (a loop's links), cleared (map policy)."""
        if folder not in ISSUE_FOLDERS:
            raise ValueError(f"unknown issue folder {folder!r}; one of {ISSUE_FOLDERS}")
        return self.file(folder, f"{table}.csv")

    def validation(self, table: str) -> Path:
        return self.file("validation", f"{table}.json")

    def unresolved_links(self, table: str) -> Path:
        """Records that moved without a record they link to (``run.gates``)."""
        return self.file("unresolved_links", f"{table}.csv")

    def refused_links(self, table: str) -> Path:
        """Links within a table the org refused at the second pass (``load.parents``)."""
        return self.file("refused_links", f"{table}.csv")

    def load_stats(self, table: str) -> Path:
        return self.file("load", f"{table}.json")

    def delta_records(self, table: str) -> Path:
        """The records of one object that were new, changed or deleted in SmartDesk."""
        return self.file("delta", f"{table}.csv")

    def phase(self, table: str) -> Path:
        return self.file("phases", f"{table}.json")
