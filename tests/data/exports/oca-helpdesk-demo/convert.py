"""OCA Helpdesk's data and demo records -> one CSV per model, as Odoo's import-compatible
export writes them (the same rules as ../odoo-crm-demo/convert.py).

Ours (not OCA's). Reads the XML files below from an OCA/helpdesk git checkout at a commit, in
the order Odoo loads them, and writes ``<model description> (<model>).csv``:

- an ``id`` column with the record's external id (``module.name``; an id without a module
  takes the file's module);
- the fields the records set, under Odoo's technical names, in order of first appearance;
- a relation (``ref=`` or ``ref(...)`` inside ``eval``) as ``<field>/id`` with the related
  record's external id; a many2many command list (``[(6, 0, [ref(a), ref(b)])]``,
  ``[(4, ref(a))]``) as the external ids joined by commas, as Odoo writes tags;
- other ``eval`` values evaluated as Python literals (``"1"`` -> ``1``, ``True`` -> ``True``);
  text values as written;
- a record that a later file extends (``helpdesk_mgmt.helpdesk_ticket_3`` gains ``type_id``
  in helpdesk_type's demo) stays one row with the later fields added.

Only the helpdesk models are kept (tickets, teams, categories, tags, stages, channels, types,
motives); mail templates, sequences, aliases, message subtypes, module categories and the
demo user's group change are configuration, not records of the help desk.

    python convert.py /path/to/helpdesk.git 41e07ff752c9f990e105139e31f92c785e7c7938 OUT
"""

from __future__ import annotations

import ast
import csv
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FILES = [
    ("helpdesk_mgmt", "helpdesk_mgmt/data/helpdesk_data.xml"),
    ("helpdesk_mgmt", "helpdesk_mgmt/demo/helpdesk_demo.xml"),
    ("helpdesk_type", "helpdesk_type/demo/helpdesk_type_demo.xml"),
    ("helpdesk_motive", "helpdesk_motive/demo/helpdesk_motive_demo.xml"),
    ("helpdesk_product", "helpdesk_product/demo/helpdesk_product_demo.xml"),
]
MODELS = {
    "helpdesk.ticket": "Helpdesk Ticket",
    "helpdesk.ticket.team": "Helpdesk Ticket Team",
    "helpdesk.ticket.category": "Helpdesk Ticket Category",
    "helpdesk.ticket.tag": "Helpdesk Ticket Tag",
    "helpdesk.ticket.stage": "Helpdesk Ticket Stage",
    "helpdesk.ticket.channel": "Helpdesk Ticket Channel",
    "helpdesk.ticket.type": "Helpdesk Ticket Type",
    "helpdesk.ticket.motive": "Helpdesk Ticket Motive",
}
REF = re.compile(r"ref\(\s*'([^']+)'\s*\)")


def _xid(module: str, name: str) -> str:
    return name if "." in name else f"{module}.{name}"


def _field(module: str, el: ET.Element) -> tuple[str, str]:
    name = el.get("name") or ""
    if el.get("ref") is not None:
        return f"{name}/id", _xid(module, el.get("ref") or "")
    ev = el.get("eval")
    if ev is not None:
        refs = REF.findall(ev)
        if refs:
            return f"{name}/id", ",".join(_xid(module, r) for r in refs)
        return name, str(ast.literal_eval(ev))
    return name, el.text or ""


def convert(repo: str, commit: str, out: Path) -> None:
    rows: dict[str, dict[str, dict[str, str]]] = {m: {} for m in MODELS}
    for module, path in FILES:
        xml = subprocess.run(["git", "--git-dir", repo, "show", f"{commit}:{path}"],
                             check=True, capture_output=True).stdout
        for rec in ET.fromstring(xml).iter("record"):
            model = rec.get("model") or ""
            if model not in MODELS:
                continue
            xid = _xid(module, rec.get("id") or "")
            row = rows[model].setdefault(xid, {"id": xid})
            for el in rec.findall("field"):
                key, value = _field(module, el)
                row[key] = value
    out.mkdir(parents=True, exist_ok=True)
    for model, recs in rows.items():
        if not recs:
            continue
        columns: list[str] = []
        for row in recs.values():
            columns += [c for c in row if c not in columns]
        with (out / f"{MODELS[model]} ({model}).csv").open("w", newline="",
                                                          encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for row in recs.values():
                writer.writerow([row.get(c, "") for c in columns])


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
