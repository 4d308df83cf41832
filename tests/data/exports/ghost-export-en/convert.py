"""Ghost's members CSV export of its test fixtures' members (English only).

Built for round Z5 (session 52, keys393). Usage:

    python convert.py --lang en GHOST OUT

GHOST: files of GitHub TryGhost/Ghost under their own paths (whole files, or excerpts holding
the blocks below verbatim; SOURCE.md lists the commits and SHA-256):
  ghost/core/test/utils/fixtures/data-generator.js   the members and their relations
  ghost/core/test/utils/fixture-utils.js             the one member given a tier by e-mail
  ghost/core/core/server/data/schema/fixtures/fixtures.json   the paid tier's name
  ghost/members-csv/lib/unparse.js                   the export's columns

Rules (nothing here is invented data):
- Rows: DataGenerator.Content.members (8 members) in their order, loaded by fixture-utils'
  insertMembersAndLabelsAndProducts(true) ('members:newsletters'), then exported by the
  admin's "Export members" (members exporter query.js, then members-csv unparse with its
  DEFAULT_COLUMNS).
- id and created_at: Ghost makes them when the fixtures load (ObjectId().toHexString(), the
  insert time), so no fixed value exists: their cells are left empty. deleted_at: the
  exporter does not select it: empty. note: no fixture member has one: empty.
- subscribed_to_emails: 'true' if forKnex.members_newsletters links the member to a
  newsletter, else 'false'. complimentary_plan: 'true' if the member's status is 'comped'.
- stripe_customer_id: the customer the members_stripe_customers relations give the member.
- labels: the names of the labels forKnex.members_labels gives the member, comma-joined.
- tiers: the paid tier (fixtures.json Product of type paid) for a member with a Stripe
  subscription (members_stripe_customers_subscriptions: its price belongs to the paid tier's
  Stripe product) and for the member fixture-utils gives the product by e-mail.
- CSV as papaparse.unparse writes it: comma, CRLF between rows and none after the last,
  quotes only where needed, booleans as 'true'/'false', null as an empty cell.
"""
import argparse
import csv
import io
import os
import re

DG = "ghost/core/test/utils/fixtures/data-generator.js"
FU = "ghost/core/test/utils/fixture-utils.js"
FX = "ghost/core/core/server/data/schema/fixtures/fixtures.json"
UNPARSE = "ghost/members-csv/lib/unparse.js"


def read(base, path):
    with open(os.path.join(base, path), encoding="utf-8") as fh:
        return fh.read()


def block(text, opener):
    """The text between `opener` (ending in '[') and its matching ']'."""
    start = text.index(opener) + len(opener)
    depth = 1
    for i in range(start, len(text)):
        if text[i] == "[":
            depth += 1
        elif text[i] == "]":
            depth -= 1
            if depth == 0:
                return text[start:i]
    raise ValueError(opener)


def objects(body):
    """The top-level {...} objects of a JS array body as dicts of their literal fields."""
    out, depth, start = [], 0, None
    for i, ch in enumerate(body):
        if ch == "{":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                obj = {}
                for key, val in re.findall(
                        r"^\s*(\w+):\s*('(?:[^'\\]|\\.)*'|true|false|null|-?\d+(?:\.\d+)?)",
                        body[start + 1:i], re.M):
                    obj[key] = val[1:-1] if val.startswith("'") else val
                out.append(obj)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["en"])
    ap.add_argument("ghost")
    ap.add_argument("out")
    a = ap.parse_args()
    dg = read(a.ghost, DG)
    members = objects(block(dg, "    members: ["))
    labels = objects(block(dg, "    labels: ["))
    customers = objects(block(dg, "    members_stripe_customers: ["))
    subscriptions = objects(block(dg, "    members_stripe_customers_subscriptions: ["))
    cust_member = {int(c): int(m) for c, m in re.findall(
        r"members_stripe_customers\[(\d+)\]\.member_id = "
        r"DataGenerator\.Content\.members\[(\d+)\]\.id", dg)}
    newsletter_members = {int(m) for m in re.findall(
        r"member_id: DataGenerator\.Content\.members\[(\d+)\]\.id",
        block(dg, "const members_newsletters = ["))}
    member_labels = {}
    for m, lab in re.findall(
            r"createMembersLabels\(\s*DataGenerator\.Content\.members\[(\d+)\]\.id,\s*"
            r"DataGenerator\.Content\.labels\[(\d+)\]\.id", block(dg, "const members_labels = [")):
        member_labels.setdefault(int(m), []).append(labels[int(lab)]["name"])
    fx = read(a.ghost, FX)
    product = fx[fx.index('"name": "Product"'):]
    paid = re.search(r'"name":\s*"([^"]+)",\s*"slug":\s*"[^"]*",\s*"type":\s*"paid"',
                     product).group(1)
    with_product = set(re.findall(r"member\.email === '([^']+)'", read(a.ghost, FU)))
    subscribed_customers = {s["customer_id"] for s in subscriptions}
    columns = re.findall(r"'(\w+)'", block(read(a.ghost, UNPARSE), "const DEFAULT_COLUMNS = ["))

    rows = []
    for i, m in enumerate(members):
        customer = next((customers[c] for c, mi in sorted(cust_member.items()) if mi == i), None)
        has_tier = (customer is not None and customer["customer_id"] in subscribed_customers) \
            or m["email"] in with_product
        cells = {
            "id": "",
            "email": m["email"],
            "name": m.get("name", ""),
            "note": m.get("note", ""),
            "subscribed_to_emails": "true" if i in newsletter_members else "false",
            "complimentary_plan": "true" if m.get("status") == "comped" else "false",
            "stripe_customer_id": customer["customer_id"] if customer else "",
            "created_at": "",
            "deleted_at": "",
            "labels": ",".join(member_labels.get(i, [])),
            "tiers": paid if has_tier else "",
        }
        rows.append([cells[c] for c in columns])
    os.makedirs(a.out, exist_ok=True)
    # papaparse joins rows with CRLF and writes no line break after the last row
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows([columns] + rows)
    with open(os.path.join(a.out, "members.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue()[:-2])


if __name__ == "__main__":
    main()
