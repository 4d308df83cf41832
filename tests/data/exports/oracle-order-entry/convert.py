"""Oracle's OE (Order Entry) sample schema, with the HR employees its account managers and
sales reps are -> one CSV per table, as an admin panel's export gives it (see SOURCE.md).
Reads the SQL*Plus scripts the schema's installer runs (order_entry/loe_v3.sql and the
scripts it calls, human_resources/hr_populate.sql) from a git checkout of
oracle-samples/db-sample-schemas and parses their INSERT and UPDATE statements.

    python convert.py GIT_DIR [COMMIT] [OUT_DIR]
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

# a table's columns in the order of its CREATE TABLE (order_entry/c*_v3.sql, oe_cre.sql,
# human_resources/hr_create.sql)
TABLES = {
    "customers": ["customer_id", "cust_first_name", "cust_last_name", "cust_address",
                  "phone_numbers", "nls_language", "nls_territory", "credit_limit",
                  "cust_email", "account_mgr_id", "cust_geo_location"],
    "orders": ["order_id", "order_date", "order_mode", "customer_id", "order_status",
               "order_total", "sales_rep_id", "promotion_id"],
    "order_items": ["order_id", "line_item_id", "product_id", "unit_price", "quantity"],
    "product_information": ["product_id", "product_name", "product_description",
                            "category_id", "weight_class", "warranty_period", "supplier_id",
                            "product_status", "list_price", "min_price", "catalog_url"],
    "product_descriptions": ["product_id", "language_id", "translated_name",
                             "translated_description"],
    "inventories": ["product_id", "warehouse_id", "quantity_on_hand"],
    "warehouses": ["warehouse_id", "warehouse_spec", "warehouse_name", "location_id",
                   "wh_geo_location"],
    "promotions": ["promo_id", "promo_name"],
    "employees": ["employee_id", "first_name", "last_name", "email", "phone_number",
                  "hire_date", "job_id", "salary", "commission_pct", "manager_id",
                  "department_id"],
    "countries": ["country_id", "country_name", "region_id"],
}
SCRIPTS = ["order_entry/oe_p_pi.sql", "order_entry/oe_p_us.sql", "order_entry/pwhs_v3.sql",
           "order_entry/pcus_v3.sql", "order_entry/pord_v3.sql", "order_entry/oe_p_itm.sql",
           "order_entry/oe_p_inv.sql", "order_entry/loe_v3.sql",
           "human_resources/hr_populate.sql"]
# the customers as the schema's own view customers_view (order_entry/poe_v3.sql) flattens
# them, with the four columns loe_v3.sql adds to the table and fills by UPDATE after it
CUSTOMER_COLUMNS = [
    "customer_id", "cust_first_name", "cust_last_name", "street_address", "postal_code",
    "city", "state_province", "country_id", "country_name", "region_id", "nls_language",
    "nls_territory", "credit_limit", "cust_email", "primary_phone_number", "phone_number_2",
    "phone_number_3", "phone_number_4", "phone_number_5", "account_mgr_id", "location_gtype",
    "location_srid", "location_x", "location_y", "location_z", "date_of_birth",
    "marital_status", "gender", "income_level"]
ADDRESS = ["street_address", "postal_code", "city", "state_province", "country_id"]
WRITTEN = {  # file -> its columns; XMLType and geometry columns are not text: left out
    "customers": CUSTOMER_COLUMNS,
    "orders": TABLES["orders"], "order_items": TABLES["order_items"],
    "product_information": TABLES["product_information"],
    "product_descriptions": TABLES["product_descriptions"],
    "inventories": TABLES["inventories"],
    "warehouses": ["warehouse_id", "warehouse_name", "location_id"],
    "promotions": TABLES["promotions"], "employees": TABLES["employees"],
}

TOKEN = re.compile(r"""\s*(?:(?P<str>'(?:[^']|'')*')|(?P<num>-?(?:\d+(?:\.\d*)?|\.\d+))
                   |(?P<id>[A-Za-z_][A-Za-z0-9_$#.]*)|(?P<op>[(),;=]))""", re.X)


def sqlplus_lines(text: str) -> str:
    """The script as SQL*Plus reads it: a line ending in '-' continues on the next one
    (the hyphen and the line break read as one space)."""
    out = re.sub(r"-[ \t]*\r?\n", " ", text)
    return "\n".join(ln for ln in out.splitlines()
                     if not re.match(r"\s*(rem|--|prompt|set |define|@)", ln, re.I))


def tokens(text: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            pos += 1
            continue
        kind = m.lastgroup or "op"
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


def unistr(s: str) -> str:
    return re.sub(r"\\([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), s)


def value(toks, i):
    """One value: a string (unquoted), a number, NULL (''), or a call (NAME, [values])."""
    kind, text = toks[i]
    if kind == "str":
        return text[1:-1].replace("''", "'"), i + 1
    if kind == "num":
        return text, i + 1
    if text.upper() == "NULL":
        return "", i + 1
    if toks[i + 1][1] == "(":
        args, i = arglist(toks, i + 1)
        return (text.upper(), args), i
    raise ValueError(f"unexpected {text!r}")


def arglist(toks, i):
    i, vals = i + 1, []
    while toks[i][1] != ")":
        v, i = value(toks, i)
        vals.append(v)
        if toks[i][1] == ",":
            i += 1
    return vals, i + 1


def scalar(v):
    """A call's text as an export writes it: TO_TIMESTAMP/TO_DATE/TO_YMINTERVAL give the
    literal they were written with, UNISTR its decoded text."""
    if isinstance(v, tuple):
        name, args = v
        return unistr(args[0]) if name == "UNISTR" else args[0]
    return v


def statements(text: str):
    """(table, row) for each INSERT; ('update', table, {col: value}, key, id) for each
    UPDATE ... SET ... WHERE x.key = id."""
    toks, i = tokens(sqlplus_lines(text)), 0
    while i < len(toks):
        word = toks[i][1].upper()
        if word == "INSERT" and toks[i + 1][1].upper() == "INTO":
            table, j = toks[i + 2][1].lower(), i + 3
            cols = TABLES.get(table)
            if toks[j][1] == "(":
                names, j = arglist_names(toks, j)
                cols = [c.lower() for c in names]
            vals, i = arglist(toks, j + 1)
            if table in TABLES:  # HR's regions, locations, departments, jobs: not taken
                yield ("insert", table, dict(zip(cols, vals, strict=True)))
            continue
        if word == "UPDATE" and toks[i + 2][1].upper() == "C":
            table, j, sets = toks[i + 1][1].lower(), i + 4, {}
            while toks[j][1].upper() != "WHERE":
                col = toks[j][1].split(".")[-1].lower()
                sets[col], j = value(toks, j + 2)
                if toks[j][1] == ",":
                    j += 1
            conds, j = where(toks, j + 1)
            yield ("update", table, sets, conds)
            i = j
            continue
        i += 1


def where(toks, i):
    """The conditions of a WHERE clause up to ';': [(path, {values})], all to hold;
    a path is the column's name after the alias (cust_address.country_id)."""
    conds = []
    while toks[i][1] != ";":
        path = toks[i][1].split(".", 1)[1].lower()
        if toks[i + 1][1] == "=":
            v, i = value(toks, i + 2)
            conds.append((path, {v}))
        else:  # IN (...)
            vals, i = arglist(toks, i + 2)
            conds.append((path, set(vals)))
        if toks[i][1].upper() == "AND":
            i += 1
    return conds, i + 1


def field(row: dict, path: str) -> str:
    """A column's value, or an attribute of the address type (cust_address.city)."""
    if path.startswith("cust_address."):
        addr = row["cust_address"]
        return addr[1][ADDRESS.index(path.split(".")[1])] if isinstance(addr, tuple) else ""
    return scalar(row.get(path, ""))


def arglist_names(toks, i):
    names, i = [], i + 1
    while toks[i][1] != ")":
        if toks[i][0] == "id":
            names.append(toks[i][1])
        i += 1
    return names, i + 1


def customer_row(r: dict, countries: dict) -> dict:
    """A customer as customers_view flattens it (the address type, the phone list, the
    geometry; the country's name and region from HR's countries)."""
    out = {c: scalar(r[c]) for c in ("customer_id", "cust_first_name", "cust_last_name",
                                     "nls_language", "nls_territory", "credit_limit",
                                     "cust_email", "account_mgr_id")}
    addr = r["cust_address"][1] if isinstance(r["cust_address"], tuple) else [""] * 5
    out.update(zip(ADDRESS, addr, strict=True))
    country = countries.get(out["country_id"], {})
    out["country_name"], out["region_id"] = country.get("country_name", ""), \
        country.get("region_id", "")
    phones = r["phone_numbers"][1] if isinstance(r["phone_numbers"], tuple) else []
    names = ["primary_phone_number"] + [f"phone_number_{n}" for n in range(2, 6)]
    out.update({n: (phones[k] if k < len(phones) else "") for k, n in enumerate(names)})
    geo = r["cust_geo_location"]
    if isinstance(geo, tuple):
        gtype, srid, point = geo[1][0], geo[1][1], geo[1][2]
        x, y, z = point[1] if isinstance(point, tuple) else ("", "", "")
        out.update(location_gtype=gtype, location_srid=srid, location_x=x, location_y=y,
                   location_z=z)
    for c in ("date_of_birth", "marital_status", "gender", "income_level"):
        out[c] = scalar(r.get(c, ""))
    return out


def main(git_dir: str, commit: str = "HEAD", out_dir: str = ".") -> None:
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    for script in SCRIPTS:
        text = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{script}"],
                              check=True, capture_output=True).stdout.decode("utf-8", "replace")
        for st in statements(text):
            if st[0] == "insert":
                rows[st[1]].append(st[2])
            else:
                _, table, sets, conds = st
                for r in rows[table]:
                    if all(field(r, path) in vals for path, vals in conds):
                        r.update(sets)
    countries = {scalar(r["country_id"]): {k: scalar(v) for k, v in r.items()}
                 for r in rows["countries"]}
    rows["customers"] = [customer_row(r, countries) for r in rows["customers"]]
    for table, cols in WRITTEN.items():
        with open(Path(out_dir) / f"{table}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=[c.upper() for c in cols])
            w.writeheader()
            for r in rows[table]:
                w.writerow({c.upper(): scalar(r.get(c, "")) for c in cols})


if __name__ == "__main__":
    main(*sys.argv[1:])
