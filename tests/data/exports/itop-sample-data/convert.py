"""iTop's sample data (the `data.sample.*.xml` files its setup loads when "install sample
data" is ticked) -> one CSV per iTop class, as iTop's CSV export writes them.

Why: iTop writes its objects out as CSV from any list (Export -> CSV, or
webservices/export-v2.php); with "advanced" columns and `no_localize=1` a column is named
by the attribute's code, an external key is written as the referenced object's name under
`<key>->name`, and enumerations keep their codes (`active`, `yes`). That is what an iTop
owner would hand over. Rules, mechanical:

- the files are read in the order iTop's setup loads them: the `itop-structure` module's
  sample files, then `itop-service-mgmt`'s (both sorted by name); an object met twice (the
  organisations and the delivery model appear in two files) is one row, the later file's
  values overriding the earlier's (as the second load updates the object);
- one file per class, `<Class>.csv`, first column `id` (the object's id), then the
  attributes in the order the XML gives them;
- an external key (an attribute ending `_id` whose value names another object) is written
  `<key>->name` holding that object's `name` (for a person, iTop's friendly name
  `<first_name> <name>`); `0` or empty means none and is an empty cell;
- a person's `picture` (an image's bytes) is not written: a CSV export carries no images;
- other values untouched (empty elements are empty cells).

Usage: python convert.py /path/to/iTop.git COMMIT OUTDIR
"""

from __future__ import annotations

import csv
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

MODULES = ("datamodels/2.x/itop-structure/", "datamodels/2.x/itop-service-mgmt/")
# the class an external key points to (iTop's datamodel XML); contact_id: a person or team
TARGETS = {
    "org_id": ("Organization",), "parent_id": ("Organization",),
    "provider_id": ("Organization",), "location_id": ("Location",),
    "manager_id": ("Person",), "person_id": ("Person",), "team_id": ("Team",),
    "contact_id": ("Person", "Team"), "deliverymodel_id": ("DeliveryModel",),
    "customercontract_id": ("CustomerContract",), "service_id": ("Service",),
    "servicefamily_id": ("ServiceFamily",), "sla_id": ("SLA",), "slt_id": ("SLT",),
    "role_id": ("ContactType",),
}
LEFT_OUT = {"picture", "icon"}


def git(repo: str, *args: str) -> bytes:
    """Output of a git command in ``repo``."""
    return subprocess.check_output(["git", "-C", repo, *args])


def read_objects(repo: str, commit: str, names: list[str]) -> dict[str, dict[str, dict]]:
    """The sample data's records: class -> id -> attribute -> value (also read by
    ../itop_labelled_exports.py)."""
    objects: dict[str, dict[str, dict[str, str]]] = {}
    for module in MODULES:
        for path in sorted(n for n in names if n.startswith(module)
                           and n[len(module):].startswith("data.sample.")):
            root = ET.fromstring(git(repo, "show", f"{commit}:{path}"))
            for el in root:
                rec = objects.setdefault(el.tag, {}).setdefault(el.get("id", ""), {})
                for sub in el:
                    if sub.tag not in LEFT_OUT:
                        rec[sub.tag] = (sub.text or "").strip()
    return objects


def main(repo: str, commit: str, out: str) -> None:
    """Write one CSV per class of the sample data into ``out``."""
    names = git(repo, "ls-tree", "-r", "--name-only", commit).decode().split("\n")
    objects = read_objects(repo, commit, names)

    def name_of(key: str, value: str) -> str:
        for cls in TARGETS[key]:
            rec = objects.get(cls, {}).get(value)
            if rec is not None:
                if cls == "Person":
                    return f"{rec.get('first_name', '')} {rec.get('name', '')}".strip()
                return rec.get("name", "")
        return ""

    Path(out).mkdir(parents=True, exist_ok=True)
    for cls, recs in objects.items():
        header = ["id"]
        rows = []
        for oid, rec in recs.items():
            row = {"id": oid}
            for k, v in rec.items():
                if k in TARGETS:
                    k, v = f"{k}->name", ("" if v in ("", "0") else name_of(k, v))
                row[k] = v
                if k not in header:
                    header.append(k)
            rows.append(row)
        with (Path(out) / f"{cls}.csv").open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=header)
            w.writeheader()
            w.writerows(rows)


if __name__ == "__main__":
    main(*sys.argv[1:4])
