"""xTuple ERP (PostBooks) web client's list exports of the records its own demo-population
script creates.

Built for round Z8 (session 54, keys424). Usage:

    python convert.py --lang en XTUPLE_GITDIR EXTENSIONS_GITDIR OUT

XTUPLE_GITDIR: a git directory holding xtuple/xtuple commit 4d29f265 (the fetched mirror of
github:shackbarth/xtuple, a fork whose newest commit it is): the export route, the ORM, the
list views and the database's format functions. EXTENSIONS_GITDIR: a git directory holding
xtuple/xtuple-extensions commit 7cfd9211 (the fetched mirror of github:mmicr001/xtte holds
it): the Open BI extension's populate_data.js. Files are read with `git show`.

Rules (nothing here is invented data):
- Rows: source/bi_open/database/source/populate_data.js, the list of records
  scripts/build_app.js -p posts through xt.post (scripts/lib/build_database.js): three user
  accounts (samm, johns, iraw), 24 opportunities (50001-50012, 61010-61106) and 12 quotes
  (70001-70012), every value literal in the file. The script runs on xTuple's demo database,
  whose customers (TTOYS, XTRM, XRETAIL, TPARTS), contacts and sales reps it names.
- Files: node-datasource/routes/export.js, the route behind a list's Export action
  (lib/enyo-x/source/views/navigator.js openExportTab: type = the list's model, e.g.
  OpportunityListItem, file "OpportunityExport.csv"). It reads the list's records through
  xt.get with printFormat (lib/orm/source/xt/javascript/data.sql sanitize: the primary key
  dropped where a natural key exists; a Date through formatdate(), Money/Number/Percent
  through formatNumeric(), any other plain value through (value || "").toString(); a
  to-one not nested is its natural key, a nested one an object), then jsonToCsv(): one
  column per key path ("account.number"), in the order the keys first appear, leaving out
  keys named id/type/dataState and keys whose value is null in every row; every header in
  double quotes followed by a comma; a cell "" when the value is empty, bare when JavaScript
  reads it as a number (isNaN false), else in double quotes (the route's quote escaping
  discards its result: a value's own quotes are not doubled); each line ends with a comma
  and LF.
- Columns: the list items' ORM properties (database/orm/models/opportunity.json
  OpportunityListItem, quote.json QuoteListItem with the sales extension's opportunity),
  their nested relations (AccountRelation, UserAccountRelation, CustomerProspectRelation,
  ContactRelation, AddressInfo), in ORM order. Kept: the values the script's records give,
  directly or through xTuple's own rules (a quote copies its bill-to name, contact and
  address from its customer and the customer's billing contact, models/sales_order_base.js;
  xt.opheadinfo's priority_order is 99999 without a priority; xt.customer_prospect's status
  is 'C' for a customer). Left out: the nested fields only the demo database holds (an
  account's name, the admin user's proper name, a customer's terms, credit status...).
- Values: the user's locale sets no date format (formatdate's fallback 'yyyy-mm-dd') and the
  number format '.', '-', ',' with two decimals for currency and plain numbers (xTuple's
  defaults, lib/orm/source/xt/javascript/session.sql).
- Order: the lists' own query (enyo-client/application/source/views/list.js): opportunities
  by priority order, target close, name, number; quotes by number. Filters: the quote list
  with "Show Closed" ticked (its default hides converted quotes, status C).
"""
import argparse
import decimal
import json
import os
import re
import subprocess

XTUPLE = "4d29f265d476a5fc50bab28a204a440e85019345"
EXTENSIONS = "7cfd9211eacf8b7466378cbc5599ff5dc0ed8f87"
POPULATE = "source/bi_open/database/source/populate_data.js"
EXPORT_ROUTE = "node-datasource/routes/export.js"
DATA_SQL = "lib/orm/source/xt/javascript/data.sql"
FORMATNUMERIC = "foundation-database/public/functions/formatnumeric.sql"
FORMATDATE = "foundation-database/public/functions/formatdate.sql"
ORM = "database/orm/models/%s.json"
SALES_EXT_QUOTE = "enyo-client/extensions/source/sales/database/orm/ext/quote.json"
LIST_VIEWS = "enyo-client/application/source/views/list.js"
SO_BASE = "enyo-client/application/source/models/sales_order_base.js"
OPHEADINFO = "database/source/xt/views/opheadinfo.sql"
CUSTOMER_PROSPECT = "database/source/xt/views/customer_prospect.sql"


def show(gitdir, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def strip_js(text):
    """The module's array literal as JSON: comments and trailing commas removed."""
    out, i, n, in_str = [], 0, len(text), False
    while i < n:
        c = text[i]
        if in_str:
            out.append(c)
            if c == "\\":
                out.append(text[i + 1])
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
            out.append(c)
        elif text.startswith("//", i):
            i = text.index("\n", i)
            continue
        elif text.startswith("/*", i):
            i = text.index("*/", i) + 2
            continue
        else:
            out.append(c)
        i += 1
    body = "".join(out)
    body = body[body.index("["):body.rindex("]") + 1]
    return re.sub(r",(\s*[\]}])", r"\1", body)


def orm(gitdir, name, typ):
    for m in json.loads(show(gitdir, XTUPLE, ORM % name)):
        if m["type"] == typ and not m.get("isExtension"):
            return m["properties"]
    raise KeyError(typ)


def fmt_numeric(value, scale=2):
    """formatNumeric(): rounded half away from zero, '.' decimal, ',' groups."""
    if value is None:
        return ""
    q = decimal.Decimal(str(value)).quantize(decimal.Decimal(1).scaleb(-scale),
                                             rounding=decimal.ROUND_HALF_UP)
    return ("-" if q < 0 else "") + f"{abs(q):,.{scale}f}"


def fmt_date(iso):
    """formatdate() with the fallback format 'yyyy-mm-dd': the date the value stores."""
    return iso[:10] if iso else None


def js_isnan(s):
    """JavaScript's isNaN() on a string (Number(s))."""
    t = s.strip(" \t\n\r\v\f\u00a0\ufeff")
    if t == "":
        return False
    if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|[+-]?Infinity", t):
        return False
    return not re.fullmatch(r"0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+", t)


def all_keys(value, prefix, keys, exclude):
    """getAllJsonKeys(): every leaf's key path, in the order first met."""
    if isinstance(value, list):
        for v in value:
            all_keys(v, prefix, keys, exclude)
    elif isinstance(value, dict):
        for k, v in value.items():
            all_keys(v, f"{prefix}.{k}" if prefix else k, keys, exclude)
    elif value is not None:  # typeof null === 'object': it has no keys
        suffix = prefix.rsplit(".", 1)[-1]
        if prefix not in keys and suffix not in exclude:
            keys.append(prefix)
    return keys


def json_to_csv(rows):
    keys = all_keys(rows, "", [], ["id", "type", "dataState"])
    out = "".join(f'"{k}",' for k in keys) + "\n"
    for row in rows:
        for key in keys:
            value = row
            for part in key.split("."):
                value = value.get(part) if isinstance(value, dict) else ""
            if not value:
                out += '"",'
            elif not js_isnan(value):
                out += f"{value},"
            else:
                out += f'"{value}",'
        out += "\n"
    return out


def keep(props, values):
    """An ORM object's properties in ORM order, those the records give a value for."""
    names = [p["name"] for p in props]
    assert set(values) <= set(names), set(values) - set(names)
    return {n: values[n] for n in names if n in values}


def opportunity_rows(gitdir, records, users):
    props = orm(gitdir, "opportunity", "OpportunityListItem")
    types = {p["name"]: p.get("attr", {}).get("type") for p in props}
    assert types["amount"] == "Money" and types["priorityOrder"] == "Number"
    user_props = orm(gitdir, "user_account", "UserAccountRelation")
    rows = []
    for r in records:
        d = r["data"]
        u = users[d["assignedTo"]]
        rows.append(keep(props, {
            "number": d["number"],
            "name": d["name"],
            "isActive": "true" if d["isActive"] else "",
            "account": {"number": d["account"]},   # AccountRelation: the name is the database's
            "contact": d["contact"],                # null: no key
            "targetClose": fmt_date(d["targetClose"]),
            "startDate": fmt_date(d["startDate"]),
            "actualDate": fmt_date(d["actualClose"]),
            "assignDate": fmt_date(d["assignDate"]),
            "opportunityStage": d["opportunityStage"],
            "opportunityType": d["opportunityType"],
            "opportunitySource": d["opportunitySource"],
            "priority": d["priority"],              # null: no key
            "owner": {"username": d["owner"]},
            "assignedTo": keep(user_props, {
                "username": u["username"], "propername": u["properName"],
                "isActive": "true" if u["isActive"] else "",
                "disableExport": "true" if u["disableExport"] else "", "email": ""}),
            "amount": fmt_numeric(d["amount"]),
            "currency": d["currency"],
            "priorityOrder": fmt_numeric(99999),    # xt.opheadinfo: no priority
            "characteristics": [],
        }))
    # the list's query: priorityOrder, targetClose, name, number (numeric)
    rows.sort(key=lambda x: (x["targetClose"], x["name"], int(x["number"])))
    return rows


def quote_rows(gitdir, records):
    props = orm(gitdir, "quote", "QuoteListItem")
    ext = [p for m in json.loads(show(gitdir, XTUPLE, SALES_EXT_QUOTE))
           if m["type"] == "QuoteListItem" for p in m["properties"]]
    props = props + ext
    assert {p["name"]: p.get("attr", {}).get("type") for p in props}["total"] == "Number"
    cust = orm(gitdir, "customer", "CustomerProspectRelation")
    contact = orm(gitdir, "contact", "ContactRelation")
    address = orm(gitdir, "address", "AddressInfo")
    rows = []
    for r in records:
        d = r["data"]
        billing = keep(contact, {
            "number": d["billtoContact"],
            "firstName": d["billtoContactFirstName"],
            "middleName": d["billtoContactMiddleName"],
            "lastName": d["billtoContactLastName"],
            "suffix": d["billtoContactSuffix"],
            "phone": d["billtoContactPhone"],
            "fax": d["billtoContactFax"],
            "address": keep(address, {
                "line1": d["billtoAddress1"], "line2": d["billtoAddress2"],
                "line3": d["billtoAddress3"], "city": d["billtoCity"],
                "state": d["billtoState"], "postalCode": d["billtoPostalCode"],
                "country": d["billtoCountry"]}),
        })
        rows.append(keep(props, {
            "number": d["number"],
            "customer": keep(cust, {"number": d["customer"], "name": d["billtoName"],
                                    "billingContact": billing, "status": "C"}),
            "customerPurchaseOrderNumber": "",
            "status": d["status"],
            "quoteDate": fmt_date(d["quoteDate"]),
            "expireDate": None,
            "orderNotes": "",
            "currency": d["currency"],
            "total": fmt_numeric(d["total"]),
            "salesRep": d["salesRep"],
            "billtoName": d["billtoName"],
            "billtoCity": d["billtoCity"],
            "billtoState": d["billtoState"],
            "billtoCountry": d["billtoCountry"],
            "shiptoName": d.get("shiptoName") or "",
            "shiptoCity": d.get("shiptoCity") or "",
            "shiptoState": d.get("shiptoState") or "",
            "shiptoCountry": d.get("shiptoCountry") or "",
            "opportunity": d["opportunity"],        # null: no key
        }))
    rows.sort(key=lambda x: x["number"])
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=["en"], required=True)
    ap.add_argument("xtuple")
    ap.add_argument("extensions")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    route = show(a.xtuple, XTUPLE, EXPORT_ROUTE)
    assert "getAllJsonKeys(results, '', [], ['id', 'type', 'dataState'])" in route
    assert "csv += '\"%@\",'.f(keys[j]);" in route
    assert "value.replace(/\\\"/g, /\\\"\\\"/);" in route
    assert 'type.replace("ListItem", "Export")' in route
    data_sql = show(a.xtuple, XTUPLE, DATA_SQL)
    assert 'item[itemAttr] = (item[itemAttr] || "").toString();' in data_sql
    assert "''yyyy-mm-dd''" in show(a.xtuple, XTUPLE, FORMATDATE)
    assert "ELSE 2" in show(a.xtuple, XTUPLE, FORMATNUMERIC)
    assert "coalesce(incdtpriority_order, 99999) as priority_order" in \
        show(a.xtuple, XTUPLE, OPHEADINFO)
    assert "'C' as status" in show(a.xtuple, XTUPLE, CUSTOMER_PROSPECT)
    assert 'billtoName: customer.get("name")' in show(a.xtuple, XTUPLE, SO_BASE)
    lists = show(a.xtuple, XTUPLE, LIST_VIEWS)
    assert "{attribute: 'priorityOrder'},\n      {attribute: 'targetClose'}," in lists

    records = json.loads(strip_js(show(a.extensions, EXTENSIONS, POPULATE)))
    users = {r["data"]["username"]: r["data"] for r in records if r["type"] == "UserAccount"}
    opps = [r for r in records if r["type"] == "Opportunity"]
    quotes = [r for r in records if r["type"] == "Quote"]
    assert (len(users), len(opps), len(quotes)) == (3, 24, 12)

    for name, rows in (("OpportunityExport", opportunity_rows(a.xtuple, opps, users)),
                       ("QuoteExport", quote_rows(a.xtuple, quotes))):
        with open(os.path.join(a.out, name + ".csv"), "w", encoding="utf-8",
                  newline="") as f:
            f.write(json_to_csv(rows))


if __name__ == "__main__":
    main()
