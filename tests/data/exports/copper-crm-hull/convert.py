"""Copper CRM's API responses, as the hull-coppercrm connector's tests replay them, to CSV.

Usage: python convert.py FIXTURES_DIR OUT_DIR

FIXTURES_DIR holds the connector's fixture files (packages/connectors/hull-coppercrm/test/
unit/fixtures/*.js of github.com/hull/hull-connectors, MIT; see SOURCE.md). Each fixture
replays what Copper's API answered to one call: a JSON list of records, either as the
response's text (a JSON string) or as its body (a JSON array). Every call that lists
records of one kind becomes one CSV named after it (fetchAllPeople -> people.csv), with
root-level flattening: top-level fields as columns in their first-seen order, nested
objects and lists (address, emails, phone_numbers, custom_fields...) as compact JSON text,
null as an empty cell, numbers and true/false as JSON writes them. A call answered in
more than one fixture is written once (the first fixture in name order that has it).
Nothing is edited, dropped or added.
"""

import csv
import json
import re
import sys
from pathlib import Path

CALLS = {
    "fetchAllPeople": "people",
    "fetchAllCompanies": "companies",
    "fetchAllOpportunities": "opportunities",
    "fetchAllLeads": "leads",
    "fetchAllActivities": "activities",
    "getUsers": "users",
    "getContactTypes": "contact_types",
    "getCustomerSources": "customer_sources",
    "getLossReasons": "loss_reasons",
    "getPipelines": "pipelines",
    "getCustomFields": "custom_field_definitions",
}

OP = re.compile(r'"name":\s*"coppercrm",\s*"op":\s*"(\w+)"')
TEXT = re.compile(r'"text":\s*("(?:[^"\\]|\\.)*")')
BODY = re.compile(r'"?body"?:\s*(?=\[)')


def responses(source: str):
    """(call, records) for each Copper call the fixture replays with a list of records."""
    decoder = json.JSONDecoder()
    ops = list(OP.finditer(source))
    for index, op in enumerate(ops):
        end = ops[index + 1].start() if index + 1 < len(ops) else len(source)
        part = source[op.end():end]
        text, body = TEXT.search(part), BODY.search(part)
        if text and (not body or text.start() < body.start()):
            records = json.loads(json.loads(text.group(1)))
        elif body:
            records, _ = decoder.raw_decode(part, body.end())
        else:
            continue
        if isinstance(records, list) and all(isinstance(r, dict) for r in records):
            yield op.group(1), records


def cell(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def main(fixtures: Path, out: Path) -> None:
    written = set()
    for path in sorted(fixtures.glob("*.js")):
        for call, records in responses(path.read_text(encoding="utf-8")):
            name = CALLS.get(call)
            if name is None or name in written or not records:
                continue
            written.add(name)
            columns = []
            for record in records:
                columns += [key for key in record if key not in columns]
            with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                for record in records:
                    writer.writerow([cell(record.get(key)) for key in columns])
            print(f"{name}.csv: {len(records)} rows from {path.name} ({call})")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
