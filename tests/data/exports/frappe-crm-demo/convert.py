"""Turn Frappe CRM's demo leads (crm/demo/leads.py) into the CSV its list view exports.

Ours, not Frappe's: a mechanical converter (see SOURCE.md). Usage::

    git -C <frappe/crm clone> show <commit>:crm/demo/leads.py > leads.py
    git -C <frappe/crm clone> show <commit>:crm/demo/users.py > users.py
    git -C <frappe/crm clone> show <commit>:crm/fcrm/doctype/crm_lead/crm_lead.json > crm_lead.json
    python convert.py leads.py users.py crm_lead.json OUT_DIR

The ``leads_data`` list literal of ``create_demo_leads`` is read with ``ast`` (no Frappe
needed): one row per dict, columns in the dicts' key order, each headed by the field's
label in the CRM Lead doctype (as Frappe's export writes its columns). The owners are
variables the demo resolves at install time (``crm/demo/utils.resolve_owners``): installed
by Administrator, ``session_user`` and ``owner_1`` are the first demo user, ``owner_2`` the
second, ``owner_3`` the third (``DEMO_USERS`` in users.py, by email). No value is edited.
"""

from __future__ import annotations

import ast
import csv
import json
import sys
from pathlib import Path


def _demo_emails(users_py: str) -> list[str]:
    for node in ast.walk(ast.parse(users_py)):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "DEMO_USERS":
            return [u["email"] for u in ast.literal_eval(node.value)]
    raise ValueError("DEMO_USERS not found")


def _leads(leads_py: str, owners: dict[str, str]) -> list[dict[str, object]]:
    for node in ast.walk(ast.parse(leads_py)):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "leads_data":
            rows = []
            for d in node.value.elts:  # type: ignore[attr-defined]
                row: dict[str, object] = {}
                for k, v in zip(d.keys, d.values, strict=True):
                    row[ast.literal_eval(k)] = (owners[v.id] if isinstance(v, ast.Name)
                                                else ast.literal_eval(v))
                rows.append(row)
            return rows
    raise ValueError("leads_data not found")


def convert(leads_py: str, users_py: str, doctype_json: str, out: Path) -> int:
    emails = _demo_emails(users_py)
    owners = {"session_user": emails[0], "owner_1": emails[0], "owner_2": emails[1],
              "owner_3": emails[2]}
    rows = _leads(leads_py, owners)
    labels = {f["fieldname"]: f.get("label") for f in json.loads(doctype_json)["fields"]}
    columns = list(dict.fromkeys(k for r in rows for k in r))
    out.mkdir(parents=True, exist_ok=True)
    with (out / "CRM Lead.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([labels[c] for c in columns])
        for r in rows:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
    return len(rows)


if __name__ == "__main__":
    a = [Path(p) for p in sys.argv[1:5]]
    n = convert(a[0].read_text(encoding="utf-8"), a[1].read_text(encoding="utf-8"),
                a[2].read_text(encoding="utf-8"), a[3])
    print(f"CRM Lead.csv: {n} rows")
