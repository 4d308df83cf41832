"""Keap's own fixed example records -> the CSVs of Keap's contacts, companies, opportunities,
tasks, notes, orders, products and users exports.

Reads, from a git directory holding Keap's official SDK repository (infusionsoft/keap-sdk) at
one commit, the OpenAPI 3.1 specification the SDKs are generated from:
  sdks/v2/swagger.yml   the property-level `example:` values of Keap's REST v2 schemas
and writes, in English (one record per schema: the spec gives one example value per field):
  contacts.csv       schema Contact (its addresses, e-mails, phones, faxes: the first slot)
  companies.csv      schema Company
  opportunities.csv  schema RestV2Opportunity (its contact, stage and user inlined)
  tasks.csv          schema Task
  notes.csv          schema Note
  orders.csv         schema OrderV2 (its contact is empty in the spec; money as amounts)
  products.csv       schema RestV2Product_Detail
  users.csv          schema User
Headers: Keap's contact export labels ('Id', 'First Name', 'Last Name', 'Company', 'Email',
'Phone 1', 'Street Address 1', 'City', 'State', 'Postal Code', 'Country', 'Job Title', 'Date
Created', 'Owner'...: the names of Keap's Contact data table in words), otherwise the API field
names in words. Values as the API gives them (timestamps ISO 8601, booleans true/false); money
(a CurrencyValue: amount in cents) written as its decimal amount with two places.
CSV: ',' delimiter, '"' quoting where needed, CR LF (Python's csv module defaults).

Usage: python convert.py GITDIR OUTDIR [--commit SHA]
Needs PyYAML (to read the spec) and git. Deterministic: a rerun writes the same bytes.
"""
from __future__ import annotations

import argparse
import csv
import io
import subprocess
from pathlib import Path

import yaml

COMMIT = "d5b3dec249360ab81d7aeafb772f9341697b935b"
SPEC = "sdks/v2/swagger.yml"


def show(gitdir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


class Spec:
    def __init__(self, doc: dict) -> None:
        self.s = doc["components"]["schemas"]

    def ex(self, name: str, depth: int = 0) -> dict:
        """The schema's example record: each property's `example:`, refs followed."""
        out = {}
        for k, v in (self.s[name].get("properties") or {}).items():
            if "$ref" in v:
                out[k] = self.ex(v["$ref"].rsplit("/", 1)[1], depth + 1) if depth < 3 else None
            elif v.get("type") == "array":
                it = v.get("items") or {}
                if "example" in v:
                    out[k] = v["example"]
                elif "$ref" in it and depth < 3:
                    out[k] = [self.ex(it["$ref"].rsplit("/", 1)[1], depth + 1)]
                else:
                    out[k] = []
            else:
                out[k] = v.get("example")
        return out


def cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return ",".join(cell(x) for x in v)
    return str(v)


def money(v) -> str:
    if not isinstance(v, dict) or v.get("amount") is None:
        return ""
    return f"{int(v['amount']) / 100:.2f}"


def first(lst):
    return (lst or [{}])[0] or {}


def name(*parts) -> str:
    return " ".join(str(p) for p in parts if p)


def write(path: Path, cols: list[tuple[str, object]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([h for h, _ in cols])
    w.writerow([cell(v) for _, v in cols])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("outdir")
    ap.add_argument("--commit", default=COMMIT)
    a = ap.parse_args()
    sp = Spec(yaml.safe_load(show(a.gitdir, a.commit, SPEC)))
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)

    c = sp.ex("Contact")
    ad, em, ph, fx = (first(c["addresses"]), first(c["email_addresses"]),
                      first(c["phone_numbers"]), first(c["fax_numbers"]))
    write(out / "contacts.csv", [
        ("Id", c["id"]), ("Title", c["prefix"]), ("First Name", c["given_name"]),
        ("Middle Name", c["middle_name"]), ("Last Name", c["family_name"]),
        ("Suffix", c["suffix"]), ("Nickname", c["preferred_name"]),
        ("Company", (c["company"] or {}).get("company_name")),
        ("Company Id", (c["company"] or {}).get("id")), ("Job Title", c["job_title"]),
        ("Email", em.get("email")), ("Email Opt-in Reason", em.get("opt_in_reason")),
        ("Phone 1", ph.get("number")), ("Phone 1 Ext", ph.get("extension")),
        ("Phone 1 Type", ph.get("type")), ("Fax 1", fx.get("number")),
        ("Street Address 1", ad.get("line1")), ("Street Address 2", ad.get("line2")),
        ("City", ad.get("locality")), ("State", ad.get("region")),
        ("Postal Code", ad.get("postal_code")), ("Zip Four", ad.get("zip_four")),
        ("Country", ad.get("country")), ("Website", c["website"]),
        ("Birthday", c["birth_date"]), ("Anniversary", c["anniversary_date"]),
        ("Spouse Name", c["spouse_name"]), ("Contact Type", c["contact_type"]),
        ("Lead Source Id", c["leadsource_id"]), ("Referral Code", c["referral_code"]),
        ("Score", c["score_value"]), ("Time Zone", c["time_zone"]),
        ("Language", c["preferred_locale"]), ("Owner", c["owner_id"]),
        ("Date Created", c["create_time"]), ("Last Updated", c["update_time"]),
    ])

    k = sp.ex("Company")
    ad, em, ph, fx = k["address"], k["email_address"], k["phone_number"], k["fax_number"]
    write(out / "companies.csv", [
        ("Id", k["id"]), ("Company", k["company_name"]), ("Email", em.get("email")),
        ("Phone 1", ph.get("number")), ("Phone 1 Ext", ph.get("extension")),
        ("Fax 1", fx.get("number")), ("Street Address 1", ad.get("line1")),
        ("Street Address 2", ad.get("line2")), ("City", ad.get("locality")),
        ("State", ad.get("region")), ("Postal Code", ad.get("postal_code")),
        ("Zip Four", ad.get("zip_four")), ("Country", ad.get("country")),
        ("Website", k["website"]), ("Notes", k["notes"]),
        ("Contact First Name", k["first_name"]), ("Contact Last Name", k["last_name"]),
        ("Contact Job Title", k["job_title"]), ("Assistant Name", k["assistant_name"]),
        ("Assistant Phone", k["assistant_phone"]),
        ("Billing Information", k["billing_information"]), ("Contact Type", k["contact_type"]),
        ("Owner", k["owner_id"]), ("Date Created", k["create_time"]),
        ("Last Updated", k["update_time"]),
    ])

    o = sp.ex("RestV2Opportunity")
    oc, st, us = o["contact"], o["stage"], o["user"]
    write(out / "opportunities.csv", [
        ("Id", o["id"]), ("Opportunity Title", o["opportunity_title"]),
        ("Contact Id", oc.get("id")),
        ("Contact Name", name(oc.get("first_name"), oc.get("last_name"))),
        ("Contact Email", oc.get("email")), ("Company", oc.get("company_name")),
        ("Stage", st.get("name")), ("Probability", (st.get("details") or {}).get("probability")),
        ("Status", o["status"]), ("Owner", name(us.get("first_name"), us.get("last_name"))),
        ("Projected Revenue Low", o["projected_revenue_low"]),
        ("Projected Revenue High", o["projected_revenue_high"]),
        ("Monthly Revenue", o["monthly_revenue"]), ("Order Revenue", o["order_revenue"]),
        ("Estimated Close Date", o["estimated_close_time"]),
        ("Next Action Date", o["next_action_time"]),
        ("Next Action Notes", o["next_action_notes"]),
        ("Opportunity Notes", o["opportunity_notes"]), ("Objection", o["objection"]),
        ("Lead Source", o["lead_source"]), ("Include In Forecast", o["include_in_forecast"]),
        ("Date Created", o["created_time"]), ("Last Updated", o["last_updated_time"]),
    ])

    t = sp.ex("Task")
    write(out / "tasks.csv", [
        ("Id", t["id"]), ("Title", t["title"]), ("Description", t["description"]),
        ("Type", t["type"]), ("Priority", t["priority"]), ("Completed", t["completed"]),
        ("Due Date", t["due_time"]), ("Completion Date", t["completion_time"]),
        ("Remind Time Mins", t["remind_time_mins"]),
        ("Assigned To User Id", t["assigned_to_user_id"]), ("Contact Id", t["contact_id"]),
        ("Opportunity Id", t["opportunity_id"]), ("Date Created", t["create_time"]),
        ("Last Updated", t["modification_time"]),
    ])

    n = sp.ex("Note")
    au = n["assigned_to_user"]
    write(out / "notes.csv", [
        ("Id", n["id"]), ("Title", n["title"]), ("Type", n["type"]), ("Text", n["text"]),
        ("Contact Id", n["contact_id"]),
        ("Assigned To User", name(au.get("given_name"), au.get("family_name"))),
        ("Pinned At", n["pinned_at"]), ("Date Created", n["create_time"]),
        ("Last Updated", n["update_time"]),
    ])

    r = sp.ex("OrderV2")
    si = r["shipping_information"]
    write(out / "orders.csv", [
        ("Id", r["id"]), ("Title", r["title"]), ("Invoice Number", r["invoice_number"]),
        ("Status", r["status"]), ("Order Type", r["order_type"]),
        ("Order Date", r["order_time"]), ("Due Date", r["due_time"]),
        ("Total", money(r["total"])), ("Total Paid", money(r["total_paid"])),
        ("Total Due", money(r["total_due"])),
        ("Currency", (r["total"] or {}).get("currency_code")), ("Terms", r["terms"]),
        ("Promo Code", r["promo_code"]), ("Notes", r["notes"]),
        ("Ship To Company", si.get("company")),
        ("Ship To Name", name(si.get("given_name"), si.get("family_name"))),
        ("Ship To Phone", si.get("phone_number")),
        ("Ship To Street Address 1", si["address"].get("line1")),
        ("Ship To City", si["address"].get("locality")),
        ("Ship To State", si["address"].get("region")),
        ("Ship To Postal Code", si["address"].get("postal_code")),
        ("Ship To Country", si["address"].get("country")),
        ("Date Created", r["creation_time"]), ("Last Updated", r["modification_time"]),
    ])

    p = sp.ex("RestV2Product_Detail")
    write(out / "products.csv", [
        ("Id", p["id"]), ("Product Name", p["name"]), ("SKU", p["sku"]),
        ("Price", money(p["price"])), ("Description", p["description"]),
        ("Active", p["active"]), ("Shippable", p["shippable"]), ("Weight", p["weight"]),
        ("Taxable", p["taxable"]),
    ])

    u = sp.ex("User")
    ad, em, ph = u["address"], first(u["email_addresses"]), first(u["phone_numbers"])
    write(out / "users.csv", [
        ("Id", u["id"]), ("First Name", u["given_name"]), ("Middle Name", u["middle_name"]),
        ("Last Name", u["family_name"]), ("Nickname", u["nickname"]), ("Suffix", u["suffix"]),
        ("Title", u["title"]), ("Email", em.get("email")), ("Phone 1", ph.get("number")),
        ("Company", u["company_name"]), ("Street Address 1", ad.get("line1")),
        ("City", ad.get("locality")), ("State", ad.get("region")),
        ("Postal Code", ad.get("postal_code")), ("Country", ad.get("country")),
        ("Website", u["website"]), ("Admin", u["admin"]), ("Status", u["status"]),
        ("Date Created", u["create_time"]), ("Last Updated", u["update_time"]),
    ])


if __name__ == "__main__":
    main()
