"""Rebuild Directus's "AgencyOS" template export (see SOURCE.md): ours, not Directus's code.

``python convert.py CONTENT_DIR OUT_DIR`` reads the template's ``src/content/*.json`` (each
collection's items as the template CLI extracted them through Directus's API, fields ``*``)
and writes ``organizations.csv``, ``contacts.csv``, ``os_deals.csv`` and
``os_activities.csv`` as Directus's export writes a collection as CSV
(api/src/services/import-export.ts ``ExportService``: the items read with the export's
``fields``, one column per field key in their order, a many-to-one expanded into
``field.subfield`` columns, a to-many field one cell holding its JSON; json2csv: every
string quoted, numbers and booleans bare, null empty, "\\n" line ends). The fields are those
of ``*`` with each relation shown by the related record's name instead of its id, as a
person picks them in the export drawer: a user by ``email``, an organization, deal, deal
stage or payment term by ``name``, the contacts of a many-to-many by ``contacts_id.email``,
the organizations by ``organizations_id.name``. Files and folders (a logo, a file folder)
and the one-to-many lists (addresses, proposals, activities, deals) stay ids as ``*``
gives them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

TABLES = ("organizations", "contacts", "os_deals", "os_activities")
USERS = {"owner", "assigned_to", "user", "user_created", "user_updated"}
NAMED = {
    "organization": "organizations",
    "deal": "os_deals",
    "deal_stage": "os_deal_stages",
    "payment_terms": "os_payment_terms",
}
# many-to-many: (junction collection, the other side's key, its related collection, field)
MANY = {
    ("contacts", "organizations"): ("organizations_contacts", "organizations_id",
                                    "organizations", "name"),
    ("organizations", "contacts"): ("organizations_contacts", "contacts_id", "contacts",
                                    "email"),
    ("os_deals", "contacts"): ("os_deal_contacts", "contacts_id", "contacts", "email"),
    ("os_activities", "contacts"): ("os_activity_contacts", "contacts_id", "contacts",
                                    "email"),
}


def _load(content: Path, name: str) -> list[dict[str, Any]]:
    return json.loads((content / f"{name}.json").read_text(encoding="utf-8"))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if not isinstance(value, str):
        value = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return '"' + value.replace('"', '""') + '"'


def _rows(content: Path, table: str, users: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    items = _load(content, table)
    by_id = {name: {r["id"]: r for r in _load(content, name)} for name in set(NAMED.values())}
    header: list[str] = []
    for field in items[0]:
        if field in USERS:
            header.append(f"{field}.email")
        elif field in NAMED:
            header.append(f"{field}.name")
        else:
            header.append(field)
    rows = []
    for item in items:
        row = []
        for field, value in item.items():
            if field in USERS:
                value = (users.get(value) or {}).get("email") if value else None
            elif field in NAMED:
                value = (by_id[NAMED[field]].get(value) or {}).get("name") if value else None
            elif (table, field) in MANY:
                junction, key, related, show = MANY[(table, field)]
                links = {r["id"]: r for r in _load(content, junction)}
                others = {r["id"]: r for r in _load(content, related)}
                value = [{key: {show: others.get(links[j][key], {}).get(show)}}
                         for j in value or [] if j in links]
            row.append(_cell(value))
        rows.append(row)
    return header, rows


def convert(content: Path, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    users = {u["id"]: u for u in json.loads((content.parent / "users.json").read_text())}
    for table in TABLES:
        header, rows = _rows(content, table, users)
        lines = [",".join(_cell(h) for h in header)] + [",".join(r) for r in rows]
        (out_dir / f"{table}.csv").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    convert(Path(sys.argv[1]), Path(sys.argv[2]))
