"""solidtime's own organization export (the CSV files of its export.zip), from its test records.

Built for round W (session 49, keys339). Usage:

    python convert.py --lang en SOLIDTIME OUT [--samples OUT2]

SOLIDTIME: files of GitHub solidtime-io/solidtime at 114a32536df5f3fbc1c4f44ad34d4963e57af09c
under their own paths (SOURCE.md lists them); OUT: the folder to write (solidtime-export-en);
OUT2: the folder of the import samples (solidtime-import-samples).

Rules (nothing here is invented data):
- Rows: the organization export solidtime's own import tests read back
  (resources/testfiles/solidtime_import_test_1/*.csv: the organization "ACME Corp", its
  member "Peter Tester", clients, projects, project member, tasks, tags, time entries),
  taken as they are, cell for cell.
- Files and columns: ExportService::export (app/Service/Export/ExportService.php) writes one
  CSV per record kind into export.zip, each headed by the field names in its insertOne([...])
  header call. The header of every file here is read from that code and checked against the
  test file's header (a difference stops the run). organization_invitations.csv (header only,
  no records) and meta.json (the export's version and time) are left out.
- Labels: the export heads columns with field names, not UI labels, and solidtime ships
  only English (lang/en): --lang accepts en only.
- Import samples (--samples): the other programs' exports solidtime's importer tests read
  (resources/testfiles/: Harvest's clients, projects and time entries exports, Clockify's
  projects and time entries exports, Toggl's time entries export, solidtime's generic
  projects and time entries import files), copied byte for byte under SAMPLES' names (one
  file per format and kind: the real-world Clockify variant, test_2).
- CSV: as League CSV's Writer writes it there (delimiter ',', enclosure '"', no escape
  character): a cell is enclosed when it holds a delimiter, a quote, a space, a tab or a line
  break, a quote doubled; lines end in '\\n'; UTF-8.
"""
import argparse
import csv
import os
import re

SERVICE = "app/Service/Export/ExportService.php"
FIXTURES = "resources/testfiles/solidtime_import_test_1"
# in the order ExportService adds them to export.zip
FILES = ["organizations.csv", "time_entries.csv", "clients.csv", "projects.csv",
         "project_members.csv", "members.csv", "tasks.csv", "tags.csv"]
# output name -> the test file under resources/testfiles/
SAMPLES = {
    "harvest_clients.csv": "harvest_clients_import_test_1.csv",
    "harvest_projects.csv": "harvest_projects_import_test_1.csv",
    "harvest_time_entries.csv": "harvest_time_entries_import_test_1.csv",
    "clockify_projects.csv": "clockify_projects_import_test_2.csv",
    "clockify_time_entries.csv": "clockify_time_entries_import_test_2.csv",
    "toggl_time_entries.csv": "toggl_time_entries_import_test_1.csv",
    "generic_projects.csv": "generic_projects_import_test_1.csv",
    "generic_time_entries.csv": "generic_time_entries_import_test_1.csv",
}


def export_headers(php: str) -> dict[str, list[str]]:
    """Each CSV's header as ExportService writes it: the first insertOne([...]) after path('X')."""
    out: dict[str, list[str]] = {}
    writer = r"Writer::createFromPath\(\$temporaryDirectory->path\('([a-z_]+\.csv)'\)"
    for m in re.finditer(writer, php):
        body = re.search(r"insertOne\(\[(.*?)\]\);", php[m.end():], re.S)
        out[m.group(1)] = re.findall(r"'([^']*)'", body.group(1))
    return out


def cell(value: str) -> str:
    if any(ch in value for ch in ',"\n\r\t '):
        return '"' + value.replace('"', '""') + '"'
    return value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", required=True, choices=["en"])
    ap.add_argument("solidtime")
    ap.add_argument("out")
    ap.add_argument("--samples", help="also copy the importer's test exports here")
    a = ap.parse_args()
    with open(os.path.join(a.solidtime, SERVICE), encoding="utf-8") as f:
        headers = export_headers(f.read())
    os.makedirs(a.out, exist_ok=True)
    for name in FILES:
        with open(os.path.join(a.solidtime, FIXTURES, name), encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        if rows[0] != headers[name]:
            raise SystemExit(f"{name}: header {rows[0]} is not ExportService's {headers[name]}")
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as f:
            for row in rows:
                f.write(",".join(cell(v) for v in row) + "\n")
        print(f"{name}: {len(rows) - 1} rows")
    if a.samples:
        os.makedirs(a.samples, exist_ok=True)
        for name, test_file in SAMPLES.items():
            with open(os.path.join(a.solidtime, "resources/testfiles", test_file), "rb") as f:
                data = f.read()
            with open(os.path.join(a.samples, name), "wb") as f:
                f.write(data)
            print(f"{name}: {len(data.splitlines()) - 1} rows")


if __name__ == "__main__":
    main()
