"""Invoicerr's fixed client records as its client view shows them, headed in one language.

Round "keys300" (session 44, round R: new programs). Invoicerr (invoicerr-app/invoicerr,
AGPL-3.0) seeds no demo records; its end-to-end tests (Cypress, e2e/cypress/e2e/
05-clients.cy.ts) type fixed clients into the client form. This converter reads that spec
and replays it: every test that fills the form and ends with the dialog closed
(`should('not.exist')`) creates a client (or, opened through `edit-client-button-<email>`,
edits that client); the validation tests (the dialog stays open) create nothing. The delete
test only marks a client inactive (`isActive: false`): it stays in the list.

Columns: Invoicerr has a CSV export for quotes, invoices and payments only (their tables'
handleExport); clients have none, so the file is the client view dialog
(frontend/src/pages/(app)/clients/_components/client-view.tsx), one column per field it
shows, in its order, headed by its labels (clients.view.fields.*, the type by
clients.upsert.fields.type.label) from frontend/src/locales/<lang>/translation.json. Cells:
the company name only for a company (the view shows it for companies only), the type by its
label in the language (Company / Individual), the contact person "first last" as the view
joins them, the country as stored (the English display name the e2e tests pick). Rows
ordered as the list orders them (backend clients.service getClients: name ascending). CSV
written as the program's own exports write theirs (invoice-table.tsx: a cell quoted only
when it holds '"', ',' or a newline; ',' between cells, '\n' between lines, no final
newline), UTF-8.

    python convert.py --lang en SRC OUT   (SRC: the files at the pinned commit, their paths)
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

SPEC = "e2e/cypress/e2e/05-clients.cy.ts"
FIELDS = ("name", "contactFirstname", "contactLastname", "contactEmail", "contactPhone",
          "address", "addressLine2", "postalCode", "city", "state", "country")


def _blocks(text: str) -> list[str]:
    """The spec's it(...) bodies, in order."""
    starts = [m.start() for m in re.finditer(r"\bit\('", text)]
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)], strict=True)]


def replay(text: str) -> list[dict]:
    clients: list[dict] = []
    for block in _blocks(text):
        if "client-submit" not in block:
            continue
        after = block.split("client-submit", 1)[1]
        if "[data-cy=\"client-dialog\"]').should('not.exist')" not in after:
            continue   # a validation test: the dialog stays open, nothing saved
        typed = {m.group(1): m.group(2).replace("\\'", "'") for m in re.finditer(
            r"\[name=\"(\w+)\"\]'\)\.clear\(\)\.type\((?:'((?:[^'\\]|\\.)*)'|\"([^\"]*)\")",
            block) if m.group(2) is not None}
        typed.update({m.group(1): m.group(2) for m in re.finditer(
            r"\[name=\"(\w+)\"\]'\)\.clear\(\)\.type\(\"([^\"]*)\"", block)})
        country = re.search(r"selectCountry\('client-country-select', '([^']*)'\)", block)
        if country:
            typed["country"] = country.group(1)
        edit = re.search(r"edit-client-button-([^\"]+)\"", block)
        if edit:
            target = next(c for c in clients if c["contactEmail"] == edit.group(1))
            target.update({k: v for k, v in typed.items() if k in FIELDS})
            continue
        record = {k: "" for k in FIELDS}
        record["type"] = "INDIVIDUAL" if "client-type-individual" in block else "COMPANY"
        record.update({k: v for k, v in typed.items() if k in FIELDS})
        clients.append(record)
    return clients


def _flat(d: dict, prefix: str = "") -> dict:
    out = {}
    for k, v in d.items():
        if isinstance(v, dict):
            out.update(_flat(v, prefix + k + "."))
        else:
            out[prefix + k] = v
    return out


def _cell(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if re.search(r'[",\n]', value) else value


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True)
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    t = _flat(json.loads((a.src / f"frontend/src/locales/{a.lang}/translation.json")
                         .read_text(encoding="utf-8")))
    v = "clients.view.fields."
    header = [t[v + "companyName"], t["clients.upsert.fields.type.label"],
              t[v + "contactPerson"], t[v + "email"], t[v + "phone"], t[v + "address"],
              t[v + "addressLine2"], t[v + "postalCode"], t[v + "city"], t[v + "state"],
              t[v + "country"]]
    clients = sorted(replay((a.src / SPEC).read_text(encoding="utf-8")),
                     key=lambda c: c["name"])
    lines = [header]
    for c in clients:
        company = c["type"] == "COMPANY"
        person = (c["contactFirstname"] + " " + c["contactLastname"]).strip()
        lines.append([
            c["name"] if company else "",
            t["clients.upsert.fields.type." + ("company" if company else "individual")],
            person, c["contactEmail"], c["contactPhone"], c["address"], c["addressLine2"],
            c["postalCode"], c["city"], c["state"], c["country"]])
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / "clients.csv").write_text(
        "\n".join(",".join(_cell(x) for x in line) for line in lines), encoding="utf-8")


if __name__ == "__main__":
    main()
