"""Open Event (FOSSASIA) sample event JSON -> one CSV per file, as a flat export writes them.

Ours (the project's); the data it reads is FOSSASIA's (see SOURCE.md) and is not committed.
Rules: each JSON file is a list of records (event is one record); a record's keys are the
columns, in the order they first appear; values are written untouched (true/false for
booleans, empty for null). A nested reference ({"name": ..., "id": ...}: a session's track,
microlocation, session type) is written as the referenced record's name, as Open Event's own
CSV export writes it; a list of references (a speaker's sessions, a session's speakers, a
track's sessions) as their titles or names joined by "; ". The event's social links are
left out (a list of links, no record of their own).

    python convert.py /path/to/open-event-droidgen.git OUT_DIR
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

COMMIT = "9ecda52872bd71aca648aa5cbb7b9218e683cd1c"
ASSETS = "android/app/src/main/assets"
FILES = ["event", "speakers", "sponsors", "sessions", "tracks", "microlocations",
         "session_types"]


def cell(value: object) -> str:
    """A JSON value as a CSV cell: references by name, lists joined, null empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return str(value.get("name") or value.get("title") or value.get("id") or "")
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    return str(value)


def main(git_dir: str, out: str) -> None:
    """Write one CSV per JSON file of the sample event."""
    for name in FILES:
        raw = subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{ASSETS}/{name}"],
                             check=True, capture_output=True).stdout
        data = json.loads(raw)
        rows = data if isinstance(data, list) else [data]
        cols: list[str] = []
        for r in rows:
            cols += [k for k in r if k not in cols and k != "social-links"]
        with open(Path(out) / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([cell(r.get(c)) for c in cols])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
