"""Turn the capsule_crm gem's recorded Capsule CRM API responses into one CSV per object.

Usage: python convert.py SUPPORT_DIR OUT_DIR

SUPPORT_DIR is the gem's ``spec/support`` folder. Each ``all_<list>.json`` there is the
body of a Capsule CRM (API v1, JSON) list read the gem's tests replay (``GET
/api/party``, ``/api/opportunity``, ``/api/kase``, ``/api/tasks``...). Capsule wraps a
list twice (``{"opportunities": {"opportunity": [...]}}``) and writes a one-record list as
the record alone: unwrapped, each list gives the rows of ``<file>.csv``, flattened by the
rules of ``../api_json_flatten.py`` (nested objects as ``parent.child`` columns, lists
joined with "; "). The parties list holds people and organisations under their own keys:
two files, as Capsule's own export gives people and organisations apart. No value is
edited, no row or column dropped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api_json_flatten import write_csv  # noqa: E402  (the shared flattening rule)

# (file of spec/support, the list's two keys, file name)
LISTS = [
    ("all_parties.json", ("parties", "person"), "people"),
    ("all_parties.json", ("parties", "organisation"), "organisations"),
    ("all_opportunities.json", ("opportunities", "opportunity"), "opportunities"),
    ("all_cases.json", ("kases", "kase"), "cases"),
    ("all_tasks.json", ("tasks", "task"), "tasks"),
    ("all_history.json", ("history", "historyItem"), "history"),
    ("all_users.json", ("users", "user"), "users"),
    ("all_milestones.json", ("milestones", "milestone"), "milestones"),
]


def records(path: Path, keys: tuple[str, str]) -> list[dict]:
    """The list under ``keys``; a lone record (Capsule's one-record list) as a list of one."""
    found = json.loads(path.read_text(encoding="utf-8"))[keys[0]][keys[1]]
    return found if isinstance(found, list) else [found]


def main(support_dir: str, out_dir: str) -> None:
    for source, keys, name in LISTS:
        write_csv(records(Path(support_dir) / source, keys), Path(out_dir) / f"{name}.csv")


if __name__ == "__main__":
    main(*sys.argv[1:3])
