"""Bitrix24 CRM export in English from the fixed CRM records of the API examples in Bitrix24's
own MIT-licensed PHP SDK (bitrix24/b24phpsdk, docs/api/examples/*/*.php) -- see SOURCE.md.

    python3 convert.py GITDIR OUT

GITDIR: a git directory holding bitrix24/b24phpsdk commit 32027b28; OUT: the folder to
write. Each example builds a Bitrix24 record as a PHP array literal (`$fields = [...]`,
`$productRows = [[...]]`) in the shape of the Bitrix24 REST API. One CSV per entity, one row
per record, the columns Bitrix24's REST field codes in the order the example writes them:
the record's ID (the id the entity's update example names, 123), the add example's fields,
then the fields only the update example sets (the activity: the add example alone, its
update example fills every field with placeholder words). `new DateTime()` is resolved
against the commit's own time (2025-12-10T02:02:08+06:00), `+1 month` / `+1 hour` from it,
a fixed date at midnight in the same offset; dates written as PHP's DateTime::ATOM
('2025-12-10T02:02:08+06:00', as the REST API returns them), Bitrix24's Y/N flags as
written, true as 'Y', null empty. UTF-8, comma-separated, minimal quoting, LF. A rerun gives
the same bytes.
"""
import csv
import datetime as dt
import hashlib
import re
import subprocess
import sys

COMMIT = "32027b28db5fccf8cc224bf7c80d9bfb09d2a818"
NOW = dt.datetime(2025, 12, 10, 2, 2, 8, tzinfo=dt.timezone(dt.timedelta(hours=6)))
EX = "docs/api/examples/{0}/{0}.php"
# file -> (add example, update example or None, the record's id)
ENTITIES = {
    "contacts": ("crm.contact.add", "crm.contact.update", "123"),
    "leads": ("crm.lead.add", "crm.lead.update", "123"),
    "deals": ("crm.deal.add", "crm.deal.update", "123"),
    "activities": ("crm.activity.add", None, "123"),
    "products": ("crm.product.add", "crm.product.update", "123"),
    "users": ("user.add", "user.update", "123"),
}
ROWS = "crm.deal.productrows.set"
PAIR = re.compile(r"^\s*'([A-Za-z_]+)'\s*=>\s*(.+?),?\s*(?://.*)?$")
DATE = re.compile(r"^\(new DateTime\((?:'([^']*)')?\)\)->format\(DateTime::ATOM\)$")
READ = []


def show(gitdir, path):
    data = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          capture_output=True, check=True).stdout
    READ.append((hashlib.sha256(data).hexdigest(), path))
    return data.decode("utf-8")


def when(arg):
    if not arg:
        return NOW
    m = re.fullmatch(r"\+(\d+) (month|hour|hours)", arg)
    if m:
        n = int(m.group(1))
        if m.group(2) == "month":
            return NOW.replace(month=NOW.month % 12 + n, year=NOW.year + (NOW.month + n - 1) // 12)
        return NOW + dt.timedelta(hours=n)
    return dt.datetime.fromisoformat(arg).replace(tzinfo=NOW.tzinfo)


def value(text, ident):
    text = text.strip()
    m = DATE.match(text)
    if m:
        return when(m.group(1)).isoformat()
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1]
    if text == "true":
        return "Y"
    if text == "false":
        return "N"
    if text == "null":
        return ""
    if text.startswith("$"):
        return ident
    return text


def block(php, var, ident):
    """The fields of the first `$var = [...]` literal (a list of records: each record)."""
    start = php.index(f"${var} = [")
    records, current = [], {}
    for line in php[start:].splitlines()[1:]:
        s = line.strip()
        if s == "];":
            break
        if s in ("],", "]"):
            records.append(current)
            current = {}
            continue
        m = PAIR.match(line)
        if m:
            current[m.group(1)] = value(m.group(2), ident)
    if current:
        records.append(current)
    return records


def write(out, name, header, rows):
    path = f"{out}/{name}.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") for h in header])
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest(), len(rows), f"{name}.csv")


def main(gitdir, out):
    for name, (add, update, ident) in ENTITIES.items():
        record = {"ID": ident}
        record.update(block(show(gitdir, EX.format(add)), "fields", ident)[0])
        if update:
            for k, v in block(show(gitdir, EX.format(update)), "fields", ident)[0].items():
                record.setdefault(k, v)
        write(out, name, list(record), [record])
    rows = block(show(gitdir, EX.format(ROWS)), "productRows", "123")
    write(out, "deal_product_rows", list(rows[0]), rows)
    for sha, path in READ:
        print("read", sha, path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
