"""Turn Zenpy's recorded Zendesk Support API responses (betamax cassettes) into one CSV per list.

Usage: python convert.py CASSETTE_DIR OUT_DIR

CASSETTE_DIR is Zenpy's ``tests/test_api/betamax`` folder. Each ``<Test>.test_values``
cassette recorded, among its requests, a read of one of the account's lists
(``GET /api/v2/organizations.json?page[size]=100``...). Mechanical: the first GET of the
cassette whose response body holds the list (gzip and base64 undone as betamax stored
them) gives the rows of ``<list>.csv``, written by the rules of ``../airbyte_records.py``
(the same as a CSV destination with root-level flattening writes an API list: top-level
fields as columns in the order they first appear, nested objects and lists as compact JSON
text, null an empty cell, numbers and true/false as JSON writes them, strings unchanged).
No value is edited, no row or column dropped.
"""

from __future__ import annotations

import base64
import csv
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from airbyte_records import cell  # noqa: E402  (the one rule of a cell)

# (cassette, key of the list in the response body, file name): every `test_values`
# cassette of Zenpy's tests that reads one of the account's lists
LISTS = [
    ("TestOrganizationCreateUpdateDelete.test_values.json", "organizations", "organizations"),
    ("TestUsersPagination.test_values.json", "users", "users"),
    ("TestTicketsPagination.test_values.json", "tickets", "tickets"),
    ("TestTicketAudits.test_values.json", "audits", "ticket_audits"),
    ("TestGroupCreateUpdateDelete.test_values.json", "groups", "groups"),
    ("TestGroupMemberships.test_values.json", "group_memberships", "group_memberships"),
    ("TestMacrosCreateUpdateDelete.test_values.json", "macros", "macros"),
    ("TestViews.test_values.json", "views", "views"),
    ("TestTriggers.test_values.json", "triggers", "triggers"),
    ("TestAutomations.test_values.json", "automations", "automations"),
    ("TestRecipientAddresses.test_values.json", "recipient_addresses", "recipient_addresses"),
]


def body(response: dict) -> object:
    """A recorded response's body as JSON (betamax keeps gzip bodies base64-encoded)."""
    stored = response["body"]
    if stored.get("base64_string"):
        raw = base64.b64decode(stored["base64_string"])
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
    else:
        raw = (stored.get("string") or "").encode("utf-8")
    return json.loads(raw)


def first_list(cassette: Path, key: str) -> list[dict]:
    """The list ``key`` of the cassette's first GET response that holds it."""
    for exchange in json.loads(cassette.read_text(encoding="utf-8"))["http_interactions"]:
        if exchange["request"]["method"] != "GET":
            continue
        data = body(exchange["response"])
        if isinstance(data, dict) and isinstance(data.get(key), list):
            return data[key]
    raise ValueError(f"{cassette.name}: no GET response holds {key!r}")


def main(cassette_dir: str, out_dir: str) -> None:
    for cassette, key, name in LISTS:
        rows = first_list(Path(cassette_dir) / cassette, key)
        columns = list(dict.fromkeys(k for row in rows for k in row))
        with (Path(out_dir) / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([cell(row.get(c)) for c in columns])


if __name__ == "__main__":
    main(*sys.argv[1:3])
