"""Toast export (en) from the seed records of Toast's own example loyalty-program provider,
toasttab/Loyalty-API-example-implementation (Apache-2.0), at 2e32af98.

Usage: python3 convert.py GITDIR OUT

Reads originalDB.json (the provider's seed database: `npm run reset` copies it over
db.json) and LICENSE with `git show`; no repository code runs. Toast records used: its
loyalty_accounts (the restaurant's guests enrolled in the loyalty program, each with a card
number, a points balance and the rewards the guest can redeem) and its rewards (the offers a
guest redeems on a check or on menu items); its transactions list is empty. Writes:
  loyalty_accounts.csv  the guests' loyalty accounts, the rewards each holds as
                        'availableRewards.id' and 'availableRewards.quantity' (joined by ';'
                        in the record's order; a quantity the record misspells, 'quanityt' or
                        'quanitity', left empty in its place);
  rewards.csv           the rewards, the menu items each applies to as 'item_id.menuItemGuid'
                        and 'item_id.amount' (joined by ';').
Headed by the Toast Loyalty API's field names in the order they first appear, nested lists
of objects as '<list>.<field>'. Values as the records give them (numbers as written,
true/false, an absent field empty). UTF-8, comma, LF; LICENSE copied beside.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "2e32af981c45ffe09d79891336d392679ac1efbf"
SOURCE = "originalDB.json"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def flat(record):
    row = {}
    for key, value in record.items():
        if isinstance(value, list):
            fields = list(dict.fromkeys(k for v in value if isinstance(v, dict) for k in v
                                        if k in ("id", "quantity", "menuItemGuid", "amount")))
            for field in fields:
                row[f"{key}.{field}"] = ";".join(cell(v.get(field)) for v in value)
        else:
            row[key] = cell(value)
    return row


def write(path, records):
    rows = [flat(r) for r in records]
    columns = list(dict.fromkeys(c for row in rows for c in row))
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([row.get(c, "") for c in columns])


def main(gitdir, out):
    data = json.loads(show(gitdir, SOURCE).decode("utf-8"))
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "loyalty_accounts.csv"), data["loyalty_accounts"])
    write(os.path.join(out, "rewards.csv"), data["rewards"])
    with open(os.path.join(out, "LICENSE"), "wb") as fh:
        fh.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
