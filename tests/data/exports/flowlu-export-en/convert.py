#!/usr/bin/env python3
"""Flowlu export (en) from the fixed example records of Activepieces' Flowlu piece.

Usage: convert.py SRCDIR OUTDIR

SRCDIR holds, at their paths in activepieces/activepieces (MIT; the piece
packages/pieces/community/flowlu, a client of Flowlu's REST API), the files SOURCE.md lists:
the four polling triggers (src/lib/triggers/new-*.ts), each with its `sampleData`, one
fixed Flowlu record as Flowlu's API returns it (an account, an opportunity, a task, a
project), and src/lib/output-schemas.ts, which labels every field of these records as the
piece shows them ('Account ID', 'First Name', 'Expected Close Date', 'Workflow Status ID').

Writes one CSV per record type: accounts.csv, opportunities.csv, tasks.csv, projects.csv.
Columns: the piece's output schema for that record, in its order, headed by its labels
(the CRM account list's with 'VAT' as the API's list names it); cells the raw values as
the API gives them: ids and codes as numbers (account type 1 organization / 2 contact,
opportunity status 1 in progress / 2 lost / 3 won, task status 1/3/4/5, priority 1-3),
dates 'YYYY-MM-DD', times 'YYYY-MM-DD HH:mm:ss' (portal time zone), empty strings empty.
UTF-8, LF, minimal quoting. Standard library only; a rerun gives the same bytes.
"""
import csv
import io
import re
import sys
from pathlib import Path

PIECE = "packages/pieces/community/flowlu/src/lib"
SCHEMAS = f"{PIECE}/output-schemas.ts"
# output file -> (trigger file, the field list in output-schemas.ts)
FILES = {
    "accounts.csv": ("triggers/new-crm-account.ts", "accountFieldsWith"),
    "opportunities.csv": ("triggers/new-opportunity.ts", "opportunityFields"),
    "tasks.csv": ("triggers/new-task.ts", "taskFields"),
    "projects.csv": ("triggers/new-project.ts", "projectFields"),
}


def fields(schemas: str, name: str) -> list[tuple[str, str]]:
    """(key, label) pairs of one field list, in order; the account list's vatKey is 'VAT'
    (accountListFields, the list and trigger schema)."""
    start = schemas.index(name)
    end = schemas.index("];", start)
    body = schemas[start:end]
    pairs = re.findall(r"key: (?:'([^']*)'|(vatKey)),\s*label: '([^']*)'", body)
    return [("VAT" if vat else key, label) for key, vat, label in pairs]


def sample(trigger: str) -> dict[str, str]:
    """The trigger's sampleData object: `key: value,` lines, numbers or 'strings'."""
    body = trigger[trigger.index("sampleData: {"):]
    body = body[:body.index("\n  },")]
    record = {}
    for key, num, text in re.findall(r"^\s+(\w+): (?:(-?\d+(?:\.\d+)?)|'([^']*)'),$",
                                     body, flags=re.M):
        record[key] = num if num else text
    return record


def main() -> None:
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    schemas = (src / SCHEMAS).read_text(encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    for name, (trigger, field_list) in FILES.items():
        cols = fields(schemas, field_list)
        record = sample((src / PIECE / trigger).read_text(encoding="utf-8"))
        missing = set(record) - {k for k, _ in cols}
        assert not missing, (name, missing)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow([label for _, label in cols])
        w.writerow([record.get(k, "") for k, _ in cols])
        (out / name).write_bytes(buf.getvalue().encode("utf-8"))


if __name__ == "__main__":
    main()
