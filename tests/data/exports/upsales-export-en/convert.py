#!/usr/bin/env python3
"""Build the Upsales export (en) from the recorded Upsales API responses in
AxelOhlander/upsales-python-sdk (MIT): the VCR cassettes its integration tests replay,
recorded from Upsales' demo account (power.upsales.com, API v2).

    python3 convert.py GITDIR OUTDIR [COMMIT]

GITDIR is the repository fetched as a git directory; COMMIT defaults to the one SOURCE.md
names. Python 3 with PyYAML (the cassettes are YAML); a rerun gives the same bytes.
"""
from __future__ import annotations

import csv
import gzip
import json
import subprocess
import sys
from pathlib import Path

import yaml

COMMIT = "28ae748e0a2963156187e192434fc57a73342089"
CASSETTES = "tests/cassettes/integration"

# file -> (cassette, columns): the API's field names, nested objects joined by '.'; a list of
# objects (an account's users, an appointment's contacts) as its names joined by '; '.
FILES = {
    "users": ("test_users_integration/test_list_users_real_response.yaml", [
        "id", "name", "email", "administrator", "role.name", "active", "userTitle",
        "userPhone", "userCellPhone", "regDate"]),
    "accounts": ("test_companies_integration/test_list_companies_real_response.yaml", [
        "id", "name", "orgNo", "phone", "fax", "webpage", "active", "currency", "users.name",
        "regDate", "regBy.name", "modDate", "dunsNo", "mailAddress.address",
        "mailAddress.zipcode", "mailAddress.city", "mailAddress.state", "mailAddress.country",
        "journeyStep", "turnover", "profit", "noEmployees", "sniCode", "companyForm",
        "creditRating", "twitter", "linkedin", "about", "parent.name", "notes"]),
    "contacts": ("test_contacts_integration/test_list_contacts_real_response.yaml", [
        "id", "name", "firstName", "lastName", "title", "phone", "cellPhone", "email",
        "client.id", "client.name", "active", "regDate", "modDate", "journeyStep", "notes"]),
    "products": ("test_products_integration/test_list_products_real_response.yaml", [
        "id", "name", "articleNo", "listPrice", "purchaseCost", "active", "category.name",
        "isRecurring", "recurringInterval", "description"]),
    "opportunities": ("test_opportunities_integration/test_list_opportunities_real_response.yaml", [
        "id", "description", "date", "closeDate", "notes", "user.name", "user.email",
        "client.id", "client.name", "contact.name", "stage.name", "probability", "currency",
        "value", "weightedValue", "regDate", "modDate"]),
    "orders": ("test_orders_integration/test_list_orders_real_response.yaml", [
        "id", "description", "date", "closeDate", "notes", "user.name", "user.email",
        "client.id", "client.name", "contact.name", "stage.name", "probability", "currency",
        "value", "regDate", "modDate"]),
    "appointments": ("test_appointments_integration/test_list_appointments_real_response.yaml", [
        "id", "description", "notes", "date", "endDate", "client.name", "contacts.name",
        "users.name", "activityType.name", "outcome", "location", "regBy.name", "regDate",
        "modDate"]),
    "activities": ("test_activities_integration/test_list_activities_real_response.yaml", [
        "id", "description", "notes", "date", "closeDate", "client.name", "contacts.name",
        "users.name", "activityType.name", "priority", "opportunity.description", "regDate",
        "modDate"]),
}


def cassette_records(gitdir: str, commit: str, path: str) -> list[dict]:
    """The 'data' list of the cassette's (one) response body: text, or base64 gzip JSON."""
    text = subprocess.run(["git", f"--git-dir={gitdir}", "show", f"{commit}:{CASSETTES}/{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")
    (interaction,) = yaml.safe_load(text)["interactions"]
    body = interaction["response"]["body"]["string"]
    if isinstance(body, bytes):
        body = (gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body).decode("utf-8")
    return json.loads(body)["data"]


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def get(record: dict, column: str) -> str:
    head, _, rest = column.partition(".")
    value = record.get(head)
    if not rest:
        return cell(value)
    if isinstance(value, list):
        return "; ".join(get(v, rest) for v in value if isinstance(v, dict) and get(v, rest))
    if isinstance(value, dict):
        return get(value, rest)
    return ""


def main() -> None:
    gitdir, out = sys.argv[1], Path(sys.argv[2])
    commit = sys.argv[3] if len(sys.argv) > 3 else COMMIT
    out.mkdir(parents=True, exist_ok=True)
    for name, (path, columns) in FILES.items():
        rows = [[get(r, c) for c in columns] for r in cassette_records(gitdir, commit, path)]
        keep = [i for i in range(len(columns)) if any(row[i] for row in rows)]
        with open(out / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow([columns[i] for i in keep])
            for row in rows:
                writer.writerow([row[i] for i in keep])
        print(f"{name}.csv: {len(rows)} rows, {len(keep)} columns")
    licence = subprocess.run(["git", f"--git-dir={gitdir}", "show", f"{commit}:LICENSE"],
                             check=True, capture_output=True).stdout
    (out / "LICENSE").write_bytes(licence)


if __name__ == "__main__":
    main()
