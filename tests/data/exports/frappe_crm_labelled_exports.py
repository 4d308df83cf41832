"""Frappe CRM's demo leads and deals (crm/demo/leads.py, crm/demo/deals.py) written as
Frappe's report-view Export (frappe.desk.reportview.export_query) writes them for a user
whose language is German, French or Spanish: one CSV per DocType, a first column "Sr" (the
row's number), then each field's label passed through Frappe's ``_()`` with the app's own
translations (crm/locale/<lang>.po).

Ours, not Frappe's: a mechanical converter, shared by frappe-crm-export-de, -fr and -es
(keys99; see their SOURCE.md). Usage::

    for f in crm/demo/leads.py crm/demo/deals.py crm/demo/users.py \\
             crm/fcrm/doctype/crm_lead/crm_lead.json crm/fcrm/doctype/crm_deal/crm_deal.json \\
             crm/locale/de.po crm/locale/fr.po crm/locale/es.po; do
        git -C <frappe/crm clone> show <commit>:$f > SRC/$(basename $f); done
    python convert.py SRC LANG OUT_DIR          # LANG: de, fr or es

The demo's literals are read with ``ast`` (no Frappe needed). Leads: the ``leads_data`` list
of ``create_demo_leads``, columns in the dicts' key order. The owners are the variables
``crm/demo/utils.resolve_owners`` resolves when Administrator installs the demo:
``session_user`` and ``owner_1`` the first demo user, ``owner_2`` the second, ``owner_3`` the
third (``DEMO_USERS``, by email). Deals: the seven ``convert_to_deal`` calls of
``create_demo_deals`` (lead index as the comment above them names it; the ``deal`` dict as
written); what ``CRMLead.create_deal`` copies from the lead (every field the deal also has,
lead_owner as deal_owner; never status, email, mobile_no) is written from that lead, the
organization by its name (CRM Organization is named by organization_name), then the deal
dict over it. A converted lead's status becomes "Qualified" (``convert_to_deal``). Labels
without a translation in the app's .po stay as Frappe leaves them: in English.
"""

from __future__ import annotations

import ast
import csv
import json
import sys
from pathlib import Path

from po_files import read_po  # one .po reader for the converters (run from this folder)

LEAD_COLUMNS_SKIPPED_BY_DEAL = {"status", "email", "mobile_no"}
# create_demo_deals: leads[0], [3], [7], [8], [9], [10], [11] in the order of its calls
CONVERTED = [0, 3, 7, 8, 9, 10, 11]


def _demo_emails(users_py: str) -> list[str]:
    for node in ast.walk(ast.parse(users_py)):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "DEMO_USERS":
            return [u["email"] for u in ast.literal_eval(node.value)]
    raise ValueError("DEMO_USERS not found")


def _value(v: ast.expr, owners: dict[str, str]) -> object:
    return owners[v.id] if isinstance(v, ast.Name) else ast.literal_eval(v)


def _leads(leads_py: str, owners: dict[str, str]) -> list[dict[str, object]]:
    for node in ast.walk(ast.parse(leads_py)):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "leads_data":
            return [{ast.literal_eval(k): _value(v, owners) for k, v in zip(d.keys, d.values,
                                                                             strict=True)}
                    for d in node.value.elts]  # type: ignore[attr-defined]
    raise ValueError("leads_data not found")


def _deal_dicts(deals_py: str, owners: dict[str, str]) -> list[dict[str, object]]:
    out = []
    for node in ast.walk(ast.parse(deals_py)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "convert_to_deal":
            kw = {k.arg: k.value for k in node.keywords}
            d = kw["deal"]
            out.append({ast.literal_eval(k): _value(v, owners)
                        for k, v in zip(d.keys, d.values, strict=True)})  # type: ignore[attr-defined]
    if len(out) != len(CONVERTED):
        raise ValueError(f"expected {len(CONVERTED)} convert_to_deal calls, found {len(out)}")
    return out


def _write(path: Path, header: list[str], rows: list[list[object]], tr: dict[str, str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([tr.get("Sr", "Sr")] + [tr.get(h, h) for h in header])
        for i, r in enumerate(rows, 1):
            w.writerow([i] + ["" if v is None else v for v in r])


def convert(src: Path, lang: str, out: Path) -> dict[str, int]:
    emails = _demo_emails((src / "users.py").read_text(encoding="utf-8"))
    owners = {"session_user": emails[0], "owner_1": emails[0], "owner_2": emails[1],
              "owner_3": emails[2]}
    tr = read_po((src / f"{lang}.po").read_text(encoding="utf-8"))
    leads = _leads((src / "leads.py").read_text(encoding="utf-8"), owners)
    deals = _deal_dicts((src / "deals.py").read_text(encoding="utf-8"), owners)
    lead_meta = json.loads((src / "crm_lead.json").read_text(encoding="utf-8"))["fields"]
    deal_meta = json.loads((src / "crm_deal.json").read_text(encoding="utf-8"))["fields"]
    lead_label = {f["fieldname"]: f.get("label") for f in lead_meta}
    deal_label = {f["fieldname"]: f.get("label") for f in deal_meta}
    for i in CONVERTED:
        leads[i]["status"] = "Qualified"
    out.mkdir(parents=True, exist_ok=True)
    lcols = list(dict.fromkeys(k for r in leads for k in r))
    _write(out / "CRM Lead.csv", [lead_label[c] for c in lcols],
           [[r.get(c) for c in lcols] for r in leads], tr)
    drows = []
    for i, extra in zip(CONVERTED, deals, strict=True):
        row: dict[str, object] = {}
        for k, v in leads[i].items():
            if k in LEAD_COLUMNS_SKIPPED_BY_DEAL:
                continue
            k = "deal_owner" if k == "lead_owner" else k
            if k in deal_label:
                row[k] = v
        row.update(extra)
        drows.append(row)
    dcols = list(dict.fromkeys(k for r in drows for k in r))
    _write(out / "CRM Deal.csv", [deal_label[c] for c in dcols],
           [[r.get(c) for c in dcols] for r in drows], tr)
    return {"CRM Lead.csv": len(leads), "CRM Deal.csv": len(drows)}


if __name__ == "__main__":
    print(convert(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])))
