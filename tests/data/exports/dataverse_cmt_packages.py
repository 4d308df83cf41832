"""Dataverse sample data as the Configuration Migration tool exports it (``data.xml`` with
its ``data_schema.xml``) -> one CSV per table, headed with the tables' column display names.
Ours; used for four exports (see each one's SOURCE.md and convert.py):

    python dataverse_cmt_packages.py PACKAGE.zip INNER OUT_DIR TABLE [TABLE ...]

PACKAGE.zip is the file as committed in its repository; INNER the path, inside it, of the
zip that holds ``data.xml`` and ``data_schema.xml`` ('' when PACKAGE.zip is that zip
itself); TABLE the logical names of the tables to write, in order. Rules:

- one file per listed table, named ``<the table's display name in the schema>.csv``;
- its columns are the schema's fields of that table, in the schema's order, that hold a
  value in at least one of its records (the migration tool writes a field only when it has
  a value); each headed with the field's display name, and where two kept fields share a
  display name, each of them headed ``<display name> (<logical name>)``;
- one row per ``<record>``, in the file's order; a value is the field's ``value`` attribute
  as the XML gives it (what the tool exported: GUIDs for ids and lookups, option sets as
  their numbers, ``True``/``False``, dates as ``3/25/2019 1:41:21 PM``; text the tool wrote
  HTML-encoded, such as ``&#201;``, stays so); a party list (an appointment's attendees) is
  its parties' ids joined by ``;``; a field the record lacks is empty;
- many-to-many relationships (``<m2mrelationships>``) are left out.

UTF-8, comma-separated, every line ending in LF. Two runs give the same bytes.
"""

from __future__ import annotations

import csv
import io
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path


def _package(path: Path, inner: str) -> zipfile.ZipFile:
    z = zipfile.ZipFile(path)
    return zipfile.ZipFile(io.BytesIO(z.read(inner))) if inner else z


def _value(field: ET.Element) -> str:
    parties = field.findall("activitypointerrecords")
    if parties:
        return ";".join(p.find("field[@name='partyid']").get("value", "")
                        for p in parties if p.find("field[@name='partyid']") is not None)
    return field.get("value", "")


def convert(package: Path, inner: str, out: Path, names: list[str]) -> list[Path]:
    z = _package(package, inner)
    data = ET.fromstring(z.read("data.xml"))
    schema = ET.fromstring(z.read("data_schema.xml"))
    written = []
    for name in names:
        sch = schema.find(f"entity[@name='{name}']")
        ent = data.find(f"entity[@name='{name}']")
        records = ent.findall("records/record")
        rows = [{f.get("name"): _value(f) for f in rec.findall("field")} for rec in records]
        present = {k for row in rows for k in row}
        fields = [f for f in sch.find("fields") if f.get("name") in present]
        titles = [f.get("displayname") for f in fields]
        header = [t if titles.count(t) == 1 else f"{t} ({f.get('name')})"
                  for t, f in zip(titles, fields, strict=True)]
        target = out / f"{sch.get('displayname')}.csv"
        with target.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            for row in rows:
                w.writerow([row.get(f.get("name"), "") for f in fields])
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    package, inner, out, *names = argv
    Path(out).mkdir(parents=True, exist_ok=True)
    for p in convert(Path(package), inner, Path(out), names):
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
