"""Turn python-helpscout's recorded Help Scout API responses (vcrpy cassettes) into CSVs.

Usage: python convert.py CASSETTE_DIR OUT_DIR

CASSETTE_DIR is python-helpscout's ``helpscout/tests/fixtures/cassettes`` folder. Each
cassette listed below recorded one read of a Help Scout Mailbox API (v1) list
(``GET /v1/mailboxes/<id>/conversations.json``...). Mechanical: the cassette's GET response
(its gzip body undone, as vcrpy stored it) holds the list under ``items``; its records give
the rows of ``<file>.csv``, flattened by the rules of ``../api_json_flatten.py`` (nested
objects as ``parent.child`` columns, lists joined with "; "). No value is edited, no row or
column dropped.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api_json_flatten import write_csv  # noqa: E402  (the shared flattening rule)

# (cassette, file name): every cassette of the tests that reads a whole list of the account
LISTS = [
    ("test_apis_conversations_list.yml", "conversations"),       # the mailbox's conversations
    ("test_apis_customers_list.yml", "customers"),
    ("test_apis_users_find_in_mailbox.yml", "users"),            # the mailbox's users
    ("test_apis_mailboxes_list.yml", "mailboxes"),
    ("test_apis_teams_list.yml", "teams"),
    ("test_apis_tags_list.yml", "tags"),
]


class _Loader(yaml.SafeLoader):
    """vcrpy (Python 2) wrote some strings as ``!!python/unicode``: plain strings."""


_Loader.add_constructor("tag:yaml.org,2002:python/unicode",
                        lambda loader, node: loader.construct_scalar(node))


def items(cassette: Path) -> list[dict]:
    """The ``items`` of the cassette's first GET response that holds a list."""
    recorded = yaml.load(cassette.read_text(encoding="utf-8"), Loader=_Loader)
    for exchange in recorded["interactions"]:
        if exchange["request"]["method"] != "GET":
            continue
        raw = exchange["response"]["body"]["string"]
        if isinstance(raw, bytes) and raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        data = json.loads(raw)
        if isinstance(data, dict) and isinstance(data.get("items"), list):
            return data["items"]
    raise ValueError(f"{cassette.name}: no GET response holds a list")


def main(cassette_dir: str, out_dir: str) -> None:
    for cassette, name in LISTS:
        write_csv(items(Path(cassette_dir) / cassette), Path(out_dir) / f"{name}.csv")


if __name__ == "__main__":
    main(*sys.argv[1:3])
