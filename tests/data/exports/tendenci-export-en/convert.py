"""Tendenci's CSV exports of corporate memberships and memberships, headed in its own labels.

Built for round Z5 (session 52, keys392). Usage:

    python convert.py --lang en|de|fr|es TENDENCI OUT

TENDENCI: files of GitHub tendenci/tendenci at 914b2eacb8e7afe7c735cd437c5f1f0e57744661
under their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the fixed records of Tendenci's own default fixtures (loaded by its install):
  tendenci/apps/corporate_memberships/fixtures/tendenci_default_corporate_memberships.json
  (corporate profiles 3-5 and their corporate memberships, reps and authorised domains),
  tendenci/apps/memberships/fixtures/tendenci_default_memberships.json (membership 1, of
  user 1, under corporate membership 5), the user and profile of user 1
  (tendenci/apps/profiles/fixtures/) and the regions (tendenci/apps/regions/fixtures/).
  A field a fixture does not set is its model's default (models.py at that commit):
  '' for a CharField/TextField, 0 for number_employees, donation_amount 0.00,
  total_passes_allowed 0, corp_price 0.00, num_ind_above_cap 0, above_cap_price 0.00,
  otherwise None (an empty cell).
- Files and columns: corporate_memberships.csv is the admin export of corporate memberships
  (corporate_memberships/views.py corpmembership_export: CorpProfile's own fields but guid,
  then dues_rep, member_rep, authorized_domains, then every CorpMembership field but guid,
  corp_profile and anonymous_creator, then corporate_membership_type_name, subtotal, total,
  tax, balance; rows from utils.py corp_membership_rows). memberships.csv is the memberships
  export with its default 'main_fields' (memberships/utils.py process_export).
- Headers: the export heads each column by the field's name; here a field the program's own
  application form labels (the corporate membership application's fields in the corporate
  fixture, the 'Membership Application' (app 1) fields in the memberships fixture) is headed
  by that label, translated by tendenci/locale/<lang>/LC_MESSAGES/django.po (an
  untranslated or fuzzy msgid stays English, as gettext shows it; HTML entities in a msgstr
  are unescaped); every other field keeps the export's own header, its field name.
- Cells: as the export writes them: datetimes '%Y-%m-%d %H:%M:%S' (USE_TZ is False),
  Python's True/False, foreign keys by id (the region by its name, the membership type and
  application by name), None empty; the export translates no value.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import html
import json
import os
import re
from datetime import datetime

LANGS = {"en": "en", "de": "de", "fr": "fr", "es": "es"}

CORP_FIX = ("tendenci/apps/corporate_memberships/fixtures/"
            "tendenci_default_corporate_memberships.json")
MEMB_FIX = "tendenci/apps/memberships/fixtures/tendenci_default_memberships.json"
USER_FIX = "tendenci/apps/profiles/fixtures/tendenci_default_auth_user.json"
PROFILE_FIX = "tendenci/apps/profiles/fixtures/tendenci_default_profiles_profile.json"
REGION_FIX = "tendenci/apps/regions/fixtures/tendenci_default_regions_region.json"

# CorpProfile's own fields in model order (corporate_memberships/models.py), guid left out
CORP_PROFILE_FIELDS = (
    ["account_id", "logo", "name", "address", "address2", "city", "state", "zip", "country",
     "phone", "phone2", "email", "url", "secret_code", "parent_entity", "industry", "region",
     "number_employees", "chapter", "directory", "tax_exempt", "annual_revenue",
     "annual_ad_expenditure", "description", "expectations", "notes", "referral_source",
     "referral_source_other", "referral_source_member_name", "referral_source_member_number"]
    + [f"ud{i}" for i in range(1, 39)]
    + ["dues_rep", "member_rep", "authorized_domains"])
CORP_PROFILE_FKS = {"logo", "parent_entity", "industry", "region", "directory"}
# TendenciBaseModel's fields (perms/models.py), first after the auto id
BASE_FIELDS = ["allow_anonymous_view", "allow_user_view", "allow_member_view",
               "allow_user_edit", "allow_member_edit", "entity", "create_dt", "update_dt",
               "creator", "creator_username", "owner", "owner_username", "status",
               "status_detail"]
CORP_MEMB_FIELDS = (
    ["id"] + BASE_FIELDS
    + ["corporate_membership_type", "renewal", "renew_from_id", "renew_dt", "join_dt",
       "expiration_dt", "approved", "approved_denied_dt", "approved_denied_user",
       "payment_method", "invoice", "donation_amount", "donate_to_entity", "donation",
       "admin_notes", "total_passes_allowed", "corp_price", "num_ind_above_cap",
       "above_cap_price"]
    + ["corporate_membership_type_name", "subtotal", "total", "tax", "balance"])
CORP_MEMB_FKS = {"entity", "creator", "owner", "corporate_membership_type",
                 "approved_denied_user", "payment_method", "invoice", "donate_to_entity",
                 "donation"}
# model defaults of fields the fixtures do not set
DEFAULTS = {"number_employees": 0, "donation_amount": "0.00", "total_passes_allowed": 0,
            "corp_price": "0.00", "num_ind_above_cap": 0, "above_cap_price": "0.00",
            "phone2": "", "email": ""}
NONE_FIELDS = {"account_id", "logo", "parent_entity", "directory", "renew_from_id",
               "invoice", "donate_to_entity", "donation", "approved_denied_user"}

# memberships export, 'main_fields' (memberships/utils.py process_export)
MEMB_USER = ["first_name", "last_name", "username", "email", "is_active", "is_staff",
             "is_superuser"]
MEMB_PROFILE = ["member_number", "account_id", "company", "phone", "address", "address2",
                "city", "state", "zipcode", "county", "country", "address_2", "address2_2",
                "city_2", "state_2", "zipcode_2", "country_2", "profile_status",
                "profile_status_detail"]
MEMB_EDUCATION = [f"{f}{i}" for i in range(1, 5)
                  for f in ("school", "major", "degree", "graduation_dt")]
MEMB_MEMBERSHIP = ["app", "membership_type", "corp_profile_id", "corp_profile_name",
                   "corporate_membership_id", "join_dt", "expire_dt", "renewal", "renew_dt",
                   "status", "status_detail"]


def load(root, rel):
    with open(os.path.join(root, rel), encoding="utf-8") as fh:
        return json.load(fh)


def po_catalogue(path):
    """msgid -> msgstr of a gettext catalogue (fuzzy and empty entries left out)."""
    out = {}
    text = open(path, encoding="utf-8").read()
    for block in re.split(r"\n\s*\n", text):
        if "#, fuzzy" in block or "msgid_plural" in block:
            continue
        m = re.search(r'^msgid ((?:".*"\s*)+)^msgstr ((?:".*"\s*)+)', block, re.M)
        if not m:
            continue

        def join(s):
            return "".join(re.findall(r'"(.*)"', s)).replace('\\"', '"')
        msgid, msgstr = join(m.group(1)), join(m.group(2))
        if msgid and msgstr:
            out[msgid] = html.unescape(msgstr)
    return out


def cell(value):
    """A value as the export's csv writer prints it (escape_csv for a str)."""
    if value is None:
        return ""
    if isinstance(value, str):
        if re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", value):
            return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M:%S")
        if value and value[0] in "@+-=|":
            return "'" + value
        return value
    return str(value)


def corp_rows(root):
    data = load(root, CORP_FIX)
    regions = {r["pk"]: r["fields"]["region_name"] for r in load(root, REGION_FIX)}
    users = {u["pk"]: u["fields"]["username"] for u in load(root, USER_FIX)}
    by = {}
    for rec in data:
        by.setdefault(rec["model"].split(".")[1], []).append(rec)
    profiles = {r["pk"]: r["fields"] for r in by["corpprofile"]}
    types = {r["pk"]: r["fields"]["name"] for r in by["corporatemembershiptype"]}
    domains, reps = {}, {}
    for r in by.get("corpmembershipauthdomain", []):
        domains.setdefault(r["fields"]["corp_profile"], []).append(r["fields"]["name"])
    for r in by.get("corpmembershiprep", []):
        reps.setdefault(r["fields"]["corp_profile"], []).append(r["fields"])
    labels = {r["fields"]["field_name"]: r["fields"]["label"] for r in by["corpmembershipappfield"]
              if r["fields"]["field_name"]}
    rows = []
    for memb in sorted(by["corpmembership"], key=lambda r: r["pk"]):
        m = dict(memb["fields"], id=memb["pk"])
        prof = profiles[m["corp_profile"]]
        pid = m["corp_profile"]
        row = []
        for f in CORP_PROFILE_FIELDS:
            if f == "authorized_domains":
                v = ", ".join(domains.get(pid, []))
            elif f in ("dues_rep", "member_rep"):
                v = ", ".join(users[r["user"]] for r in reps.get(pid, []) if r["is_" + f])
            elif f == "region":
                v = regions.get(prof.get("region")) if prof.get("region") else None
            else:
                v = prof[f] if f in prof else DEFAULTS.get(f, None if f in NONE_FIELDS else "")
            row.append(v)
        for f in CORP_MEMB_FIELDS:
            if f in ("subtotal", "total", "tax", "balance"):
                v = ""  # no invoice
            elif f == "corporate_membership_type_name":
                v = types.get(m["corporate_membership_type"], "")
            else:
                v = m[f] if f in m else DEFAULTS.get(f, None if f in NONE_FIELDS else "")
            row.append(v)
        rows.append(row)
    return CORP_PROFILE_FIELDS + CORP_MEMB_FIELDS, labels, rows


def memb_rows(root):
    data = load(root, MEMB_FIX)
    corp = load(root, CORP_FIX)
    corp_names = {r["pk"]: r["fields"]["name"] for r in corp
                  if r["model"] == "corporate_memberships.corpprofile"}
    users = {u["pk"]: u["fields"] for u in load(root, USER_FIX)}
    profiles = {p["fields"]["user"]: p["fields"] for p in load(root, PROFILE_FIX)}
    apps = {r["pk"]: r["fields"]["name"] for r in data
            if r["model"] == "memberships.membershipapp"}
    types = {r["pk"]: r["fields"]["name"] for r in data
             if r["model"] == "memberships.membershiptype"}
    labels = {r["fields"]["field_name"]: r["fields"]["label"] for r in data
              if r["model"] == "memberships.membershipappfield"
              and r["fields"]["membership_app"] == 1 and r["fields"]["field_name"]}
    fields = MEMB_USER + MEMB_PROFILE + MEMB_EDUCATION + MEMB_MEMBERSHIP
    rows = []
    for rec in sorted((r for r in data if r["model"] == "memberships.membershipdefault"),
                      key=lambda r: r["pk"]):
        m = rec["fields"]
        if not m["status"] or m["status_detail"] != "active":
            continue
        user = users[m["user"]]
        prof = profiles.get(m["user"])
        row = []
        for f in fields:
            if f in MEMB_USER:
                v = user.get(f, "")
            elif f in MEMB_PROFILE:
                name = {"profile_status": "status",
                        "profile_status_detail": "status_detail"}.get(f, f)
                v = prof.get(name, None if name == "account_id" else "") if prof else None
            elif f in MEMB_EDUCATION:
                v = None
            elif f == "app":
                v = apps.get(m["app"], "")
            elif f == "membership_type":
                v = types.get(m["membership_type"], m["membership_type"])
            elif f == "corp_profile_name":
                v = corp_names.get(m["corp_profile_id"], "")
            else:
                v = m.get(f)
            row.append(v)
        rows.append(row)
    return fields, labels, rows


def write(path, fields, labels, rows, cat):
    header = []
    for f in fields:
        label = labels.get(f)
        header.append(cat.get(label, label) if label else f)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for row in rows:
            w.writerow([cell(v) for v in row])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("tendenci")
    ap.add_argument("out")
    a = ap.parse_args()
    po = os.path.join(a.tendenci, "tendenci/locale", LANGS[a.lang], "LC_MESSAGES/django.po")
    cat = po_catalogue(po) if a.lang != "en" else {}
    os.makedirs(a.out, exist_ok=True)
    write(os.path.join(a.out, "corporate_memberships.csv"), *corp_rows(a.tendenci), cat)
    write(os.path.join(a.out, "memberships.csv"), *memb_rows(a.tendenci), cat)


if __name__ == "__main__":
    main()
