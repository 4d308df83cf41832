"""Kill Bill's records as its admin UI Kaui downloads them (accounts, invoices, payments) and
as its API's JSON flattened (subscriptions, invoice items).

Built for round Z8 (session 54, keys425). Usage:

    python convert.py --slate SLATE --kaui KAUI --client CLIENT [--today 2026-12-06] OUT

SLATE, KAUI, CLIENT: git directories of GitHub killbill/slate (Kill Bill's API reference),
killbill/killbill-admin-ui (Kaui) and killbill/killbill-client-ruby (the client Kaui is
built on) holding the commits below; files are read with `git show COMMIT:PATH`.

Rules (nothing here is invented data):
- Records: Kill Bill ships no demo customers, and its own tests make their accounts with
  random UUIDs. Its API reference (killbill/slate, source/includes/_*.md) holds the
  responses its authors recorded from a running Kill Bill: every ```json block of the ten
  files below is read (several objects in one block too), and each record is taken once, by
  its id, where it first appears (the files in name order, top to bottom):
  * accounts: objects with accountId, name and timeZone. Two of them (the list and search
    examples) were recorded through the Java client and carry its bean names:
    'paymentDelegatedToParent' is the REST field isPaymentDelegatedToParent, and
    referenceTime is a Joda DateTime object whose 'millis' is the instant, written here as
    Kill Bill's JSON writes a DateTime ('2023-03-06T17:12:39.000Z'). A field a recorded
    response leaves out is empty (e.g. the child account's referenceTime).
  * invoices: objects with invoiceId, invoiceNumber and invoiceDate (a credit's own record
    names its invoice's number too); payments: paymentId and
    paymentNumber; subscriptions: subscriptionId, planName and state; invoice items:
    invoiceItemId and itemType.
- Kaui's CSV downloads (app/controllers/kaui/{accounts,invoices,payments}_controller.rb
  #download, with the Download dialog as it opens: 'All data', no date range):
  * accounts: the dialog lists every column of the Accounts list checked and 'All fields'
    unchecked, so Kaui gets the columns' titles (Kaui.account_search_columns: the account
    attributes of KillBillClient::Model::AccountAttributes less audit_logs and
    first_name_length, DEFAULT_VISIBLE_COLUMNS first, REMAPPING_FIELDS' short names,
    capitalised) and heads the file with them snake-cased ('balance', 'bcd',
    'pay_via_parent'); each cell is the attribute's raw value (account.send).
  * invoices: the dialog opens with 'All fields' checked: the columns are
    InvoiceAttributes' attributes less Kaui::Invoice::TABLE_IGNORE_COLUMNS, in the client's
    order, headed by the attribute names; raw values.
  * payments: 'All fields' checked: PaymentAttributes' attributes less transactions and
    audit_logs, then payment_date and status; headed by the attribute names; payment_date is
    the earliest transaction's effectiveDate as a date (Kaui's format_date of a Date:
    'YYYY-MM-DD'), status the last transaction's status; other cells raw.
  Files are named as Kaui names them: '<list>-<today>.csv' (Time.zone.today: --today).
  Cells as Ruby's CSV writes them: nil empty, an empty string "", true/false, a JSON float
  as Ruby prints it (50.0), an array as Ruby's to_s ('[]'); quotes only where needed; LF.
- subscriptions.csv and invoice_items.csv: Kaui has no download for them; the recorded JSON
  objects flattened by ../api_json_flatten.py (nested objects as parent.child columns, lists
  joined with '; ', columns in the order they first appear).
- Rows in the order the records first appear in the reference.
- Language: Kaui heads its downloads with attribute names and ships no translation of its
  column titles (config/locales/fr.yml holds two strings), so there is one export, English.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api_json_flatten import write_csv  # noqa: E402  (the shared flattening rule)

SLATE_COMMIT = "bbf0d1fe1f76bd7fea7fe90c5179fad04e888c77"
KAUI_COMMIT = "5daac9695746c593e67bf854e985c80e88552a46"
CLIENT_COMMIT = "ae879368b54e76c1beac7de3a704280f5317267e"
SLATE_FILES = [f"source/includes/_{n}.md" for n in (
    "account", "admin", "bundle", "credit", "invoice-item", "invoice-payment", "invoice",
    "payment-transaction", "payment", "subscription")]
KAUI_FILES = {
    "kaui": "lib/kaui.rb",
    "account": "app/models/kaui/account.rb",
    "invoice": "app/models/kaui/invoice.rb",
    "payment": "app/models/kaui/payment.rb",
}
CLIENT_GEN = "lib/killbill_client/models/gen/{}_attributes.rb"
# the Java client's bean names in the recorded list/search examples -> the REST JSON names
JAVA_BEAN_NAMES = {"paymentDelegatedToParent": "isPaymentDelegatedToParent"}


def show(gitdir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def ruby_words(ruby: str, const: str) -> list[str]:
    """A Ruby %w[...] constant of a Kaui model."""
    m = re.search(rf"{const}\s*=\s*%w\[([^\]]*)\]", ruby)
    assert m, const
    return m.group(1).split()


def ruby_hash(ruby: str, const: str) -> dict[str, str]:
    m = re.search(rf"{const}\s*=\s*\{{(.*?)\}}", ruby, re.S)
    assert m, const
    return dict(re.findall(r"'(\w+)'\s*=>\s*'(\w+)'", m.group(1)))


def attributes(gitdir: str, model: str) -> list[str]:
    """KillBillClient::Model::<Model>Attributes' json_attributes, in declaration order."""
    return re.findall(r"^\s*attribute :(\w+)", show(gitdir, CLIENT_COMMIT,
                                                   CLIENT_GEN.format(model)), re.M)


def underscore(name: str) -> str:
    """KillBillClient's Utils.underscore: 'accountCBA' -> 'account_cba'."""
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z\d])([A-Z])", r"\1_\2", s).lower()


def json_objects(text: str):
    """Every JSON value of the ```json blocks of a reference page, in order."""
    dec = json.JSONDecoder()
    for m in re.finditer(r"```json[^\n]*\n(.*?)```", text, re.S):
        body, i = m.group(1), 0
        while True:
            while i < len(body) and body[i] in " \t\r\n,":
                i += 1
            if i >= len(body) or body[i] not in "{[":
                break
            try:
                value, i = dec.raw_decode(body, i)
            except json.JSONDecodeError:
                break
            yield value


KINDS = {  # kind: (id field, fields an object of that kind carries)
    "item": ("invoiceItemId", ("invoiceItemId", "itemType")),
    "account": ("accountId", ("accountId", "name", "timeZone")),
    "invoice": ("invoiceId", ("invoiceId", "invoiceNumber", "invoiceDate")),
    "payment": ("paymentId", ("paymentId", "paymentNumber")),
    "subscription": ("subscriptionId", ("subscriptionId", "planName", "state")),
}


def collect(pages: list[str]) -> dict[str, dict[str, dict]]:
    found: dict[str, dict[str, dict]] = {k: {} for k in KINDS}

    def walk(value):
        if isinstance(value, dict):
            for kind, (id_field, needs) in KINDS.items():
                if all(f in value for f in needs):
                    found[kind].setdefault(value[id_field], value)
                    break
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for page in pages:
        for value in json_objects(page):
            walk(value)
    return found


def rest_account(obj: dict) -> dict:
    """An account as Kill Bill's REST JSON has it (the Java client's dumps renamed)."""
    out = {}
    for k, v in obj.items():
        k = JAVA_BEAN_NAMES.get(k, k)
        if k == "referenceTime" and isinstance(v, dict):
            v = dt.datetime.fromtimestamp(v["millis"] / 1000, dt.timezone.utc).strftime(
                "%Y-%m-%dT%H:%M:%S.") + f"{v['millis'] % 1000:03d}Z"
        out[k] = v
    return out


def ruby_cell(value) -> str | None:
    """A value as Ruby's CSV writes it (None: nil, an empty cell)."""
    if value is None:
        return None
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):  # Array#to_s (inspect); no list of objects is written
        assert not any(isinstance(v, (dict, list)) for v in value), value
        return "[" + ", ".join("nil" if v is None else json.dumps(v) if isinstance(v, str)
                               else ruby_cell(v) for v in value) + "]"
    return str(value)


def write_ruby_csv(path: Path, header: list[str], rows: list[list]) -> None:
    buf = io.StringIO()
    for row in [header, *rows]:
        cells = []
        for value in row:
            cell = ruby_cell(value)
            if cell is None:
                cells.append("")
            elif cell == "" or any(c in cell for c in ',"\r\n'):
                cells.append('"' + cell.replace('"', '""') + '"')
            else:
                cells.append(cell)
        buf.write(",".join(cells) + "\n")
    path.write_bytes(buf.getvalue().encode("utf-8"))


def by_attribute(obj: dict) -> dict:
    """A recorded object as KillBillClient reads it: attribute name -> value."""
    return {underscore(k): v for k, v in obj.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--slate", required=True)
    ap.add_argument("--kaui", required=True)
    ap.add_argument("--client", required=True)
    ap.add_argument("--today", default="2026-12-06")
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)

    found = collect([show(a.slate, SLATE_COMMIT, p) for p in SLATE_FILES])
    kaui = {k: show(a.kaui, KAUI_COMMIT, p) for k, p in KAUI_FILES.items()}
    assert "fields -= %w[audit_logs first_name_length]" in kaui["kaui"]

    # accounts: the titles of Kaui.account_search_columns, snake-cased back by #download
    acc_attrs = attributes(a.client, "account")
    fields = [f for f in acc_attrs if f not in ("audit_logs", "first_name_length")]
    default = ruby_words(kaui["account"], "DEFAULT_VISIBLE_COLUMNS")
    fields = default + [f for f in fields if f not in default]
    remap = ruby_hash(kaui["account"], "REMAPPING_FIELDS")
    headers = [remap.get(f, f) for f in fields]
    rows = []
    for obj in found["account"].values():
        rec = by_attribute(rest_account(obj))
        rows.append([rec.get(f) for f in fields])
    write_ruby_csv(a.out / f"accounts-{a.today}.csv", headers, rows)

    # invoices: 'All fields': the client's attributes less TABLE_IGNORE_COLUMNS
    ignore = ruby_words(kaui["invoice"], "TABLE_IGNORE_COLUMNS")
    columns = [f for f in attributes(a.client, "invoice") if f not in ignore]
    rows = [[by_attribute(o).get(c) for c in columns] for o in found["invoice"].values()]
    write_ruby_csv(a.out / f"invoices-{a.today}.csv", columns, rows)

    # payments: 'All fields': less transactions and audit_logs, then payment_date and status
    columns = [f for f in attributes(a.client, "payment")
               if f not in ("transactions", "audit_logs")] + ["payment_date", "status"]
    rows = []
    for obj in found["payment"].values():
        rec = by_attribute(obj)
        txs = obj.get("transactions") or []
        dates = [dt.date.fromisoformat(t["effectiveDate"][:10]) for t in txs]
        rec["payment_date"] = min(dates).isoformat() if dates else None
        rec["status"] = txs[-1]["status"] if txs else None
        rows.append([rec.get(c) for c in columns])
    write_ruby_csv(a.out / f"payments-{a.today}.csv", columns, rows)

    # no Kaui download: the API's JSON flattened
    write_csv(list(found["subscription"].values()), a.out / "subscriptions.csv")
    write_csv(list(found["item"].values()), a.out / "invoice_items.csv")


if __name__ == "__main__":
    main()
