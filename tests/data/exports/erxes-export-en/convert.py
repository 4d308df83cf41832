"""erxes's install demo data -> erxes's own export files, headed in one of its UI languages.

Run: python convert.py SRC LOCALES OUT --lang LANG
  SRC      erxes-api's src/initialData/*.bson (erxes/erxes-api, commit
           6f2634a484b20b89cf9567a19df20b9d68f8233f), read by ../erxes-demo/convert.py's reader
  LOCALES  erxes's ui/src/locales/<lang>.json (erxes/erxes, commit
           41d90cf8dc09f19072e75f59c9c59019f8a2ff2e)
  OUT      the export folder (erxes-export-<lang>)

The files are what erxes-api's exporter writes (`/file-export?type=<type>`,
src/data/modules/fileExporter/{exporter,spreadsheet,constants}.ts at the same commit), one per
type: customer, company, deal, user, brand, channel (task and ticket: the demo holds none).
- Columns: `fillHeaders(type)`: the type's `*_BASIC_INFOS` in order, each headed by its
  schema field's `label` (`findSchemaLabels`; a name with no schema field, the deals'
  `assignedUsers`, is headed by the name itself). The exporter writes these English labels;
  here each label is shown as erxes's UI shows a label, through `__(label)` (i18n-react over
  `locales/<lang>.json`: the key's text, the key itself where the file has none).
- Rows: customers and companies as the contacts builder lists them (newest `createdAt` first);
  deals, users (`isActive: true`), brands, channels as `Model.find()` returns them (the
  collection's order). A deal or user is a Mongoose document, so its schema defaults apply
  (`isComplete` false, arrays [], the user's `doNotDisturb` 'No').
- Cells: `fillCellValue`: the value, or '-' where it is missing or falsy (an empty string, 0,
  an empty list); a boolean 'Yes'/'No'; createdAt/closeDate/modifiedAt as moment's
  'YYYY-MM-DD HH:mm' (UTC here); ids looked up: userId/modifiedBy -> the user's username,
  stageId/initialStageId -> the stage's name, integrationId -> the integration's name,
  parentCompanyId -> the company's primaryName, assignedUserIds/watchedUserIds/memberIds ->
  usernames joined ', ', integrationIds -> the integrations' names joined ', ' (in their
  collection's order), brandIds/groupIds/labelIds -> names; emails, phones, names joined ', '.
  A lookup by a missing id is Mongoose's `findOne({_id: undefined})`, which Mongoose 5.7.5
  (erxes-api's) sends as `findOne({})` (its docs: "equivalent to findOne({})"): the
  collection's first document, as the exporter then writes it.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.util
import json
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "erxes_demo_convert", Path(__file__).resolve().parents[1] / "erxes-demo" / "convert.py")
_demo = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_demo)
read_bson = _demo.read_bson

# (type, collection, [(field, schema label or None)]) from constants.ts and the schemas
TYPES = [
    ("customer", "customers", [
        ("firstName", "First name"), ("lastName", "Last name"),
        ("primaryEmail", "Primary Email"), ("emails", "Emails"),
        ("primaryPhone", "Primary Phone"), ("phones", "Phones"), ("ownerId", "Owner"),
        ("position", "Position"), ("department", "Department"), ("leadStatus", "Lead Status"),
        ("status", "Status"), ("hasAuthority", "Has authority"),
        ("description", "Description"), ("doNotDisturb", "Do not disturb"),
        ("integrationId", "Integration"), ("code", "Code"), ("mergedIds", "Merged customers")]),
    ("company", "companies", [
        ("primaryName", "Name"), ("names", "Names"), ("size", "Size"),
        ("industry", "Industry"), ("website", "Website"), ("plan", "Plan"),
        ("primaryEmail", "Primary email"), ("primaryPhone", "Primary phone"),
        ("businessType", "Business Type"), ("description", "Description"),
        ("doNotDisturb", "Do not disturb"), ("parentCompanyId", "Parent Company")]),
    ("deal", "deals", [
        ("userId", "Created by"), ("createdAt", "Created at"), ("order", "Order"),
        ("name", "Name"), ("closeDate", "Close date"), ("reminderMinute", "Reminder minute"),
        ("isComplete", "Is complete"), ("description", "Description"),
        ("assignedUsers", None), ("watchedUserIds", "Watched users"), ("labelIds", "Labels"),
        ("stageId", "Stage"), ("initialStageId", "Initial stage"),
        ("modifiedAt", "Modified at"), ("modifiedBy", "Modified by"),
        ("priority", "Priority")]),
    ("user", "users", [
        ("username", "Username"), ("isOwner", "Is owner"), ("email", "Email"),
        ("getNotificationByEmail", "Get notification by email"), ("isActive", "Is active"),
        ("brandIds", "Brands"), ("groupIds", "Groups"), ("doNotDisturb", "Do not disturb")]),
    ("brand", "brands", [
        ("code", "Code"), ("name", "Name"), ("description", "Description"),
        ("userId", "Created by"), ("createdAt", "Created at")]),
    ("channel", "channels", [
        ("createdAt", "Created at"), ("name", "Name"), ("description", "Description"),
        ("conversationCount", "Conversation count"),
        ("openConversationCount", "Open conversation count"), ("userId", "Created by"),
        ("integrationIds", "Integrations"), ("memberIds", "Members")]),
]
# Mongoose schema defaults of the documents read through a model (deals, users)
DEFAULTS = {
    "deals": {"isComplete": False, "assignedUserIds": [], "watchedUserIds": [],
              "labelIds": []},
    "users": {"brandIds": [], "groupIds": [], "doNotDisturb": "No",
              "starredConversationIds": []},
}
EMPTY = "-"


class Db:
    def __init__(self, src: Path) -> None:
        self.src = src
        self.cache: dict[str, list[dict]] = {}

    def all(self, coll: str) -> list[dict]:
        if coll not in self.cache:
            p = self.src / f"{coll}.bson"
            self.cache[coll] = read_bson(p) if p.exists() else []
        return self.cache[coll]

    def find_one(self, coll: str, _id: object) -> dict | None:
        docs = self.all(coll)
        if _id is None:        # findOne({_id: undefined}) == findOne({}): the first one
            return docs[0] if docs else None
        return next((d for d in docs if d["_id"] == _id), None)

    def find_in(self, coll: str, ids: object) -> list[dict]:
        ids = ids if isinstance(ids, list) else []
        return [d for d in self.all(coll) if d["_id"] in ids]


def _date(v: object) -> str:
    if isinstance(v, dt.datetime):
        return v.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M")
    return "Invalid date"      # moment('-')


def cell(db: Db, col: str, item: dict) -> str:
    v = item.get(col)
    value: object = v if v not in (None, "", 0, False) and v != [] else EMPTY
    if isinstance(v, bool):
        value = "Yes" if v else "No"
    if col in ("createdAt", "closeDate", "modifiedAt"):
        value = _date(v)
    elif col in ("userId", "modifiedBy"):
        u = db.find_one("users", v)
        value = (u.get("username") if u else None) or (
            "user not found" if col == "userId" else EMPTY)
    elif col in ("assignedUserIds", "watchedUserIds", "memberIds"):
        key = "username" if col == "memberIds" else None
        value = ", ".join(str(u.get(key) if key else (u.get("username") or u.get("email")))
                          for u in db.find_in("users", v))
    elif col in ("stageId", "initialStageId"):
        s = db.find_one("stages", v)
        value = s["name"] if s else EMPTY
    elif col == "labelIds":
        value = ", ".join(x["name"] for x in db.find_in("pipeline_labels", v))
    elif col == "brandIds":
        value = ", ".join(x["name"] for x in db.find_in("brands", v))
    elif col == "groupIds":
        value = ", ".join(x["name"] for x in db.find_in("user_groups", v))
    elif col == "integrationIds":
        value = ", ".join(x["name"] for x in db.find_in("integrations", v))
    elif col == "integrationId":
        i = db.find_one("integrations", v)
        value = i["name"] if i else EMPTY
    elif col in ("emails", "phones", "names"):
        value = ", ".join(v or [])
    elif col == "mergedIds":
        value = ", ".join(c.get("firstName") or c.get("primaryEmail")
                          for c in db.find_in("customers", v))
    elif col == "parentCompanyId":
        p = db.find_one("companies", v)
        value = p["primaryName"] if p else ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value) if value not in (None, "") else EMPTY


def rows(db: Db, coll: str) -> list[dict]:
    docs = [{**DEFAULTS.get(coll, {}), **d} for d in db.all(coll)]
    if coll in ("customers", "companies"):      # the builder's sort: createdAt desc
        docs.sort(key=lambda d: d["createdAt"], reverse=True)
    if coll == "users":
        docs = [d for d in docs if d.get("isActive") is True]
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("locales", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="en")
    a = ap.parse_args()
    texts = json.loads((a.locales / f"{a.lang}.json").read_text(encoding="utf-8"))
    db = Db(a.src)
    a.out.mkdir(parents=True, exist_ok=True)
    for type_, coll, cols in TYPES:
        header = [texts.get(label) or label if label else name for name, label in cols]
        data = rows(db, coll)
        with (a.out / f"{type_}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for item in data:
                w.writerow([cell(db, name, item) for name, _ in cols])
        print(type_, len(data), "rows;", sum(1 for n, lab in cols if lab and lab in texts
                                              and texts[lab] != lab), "of", len(cols),
              "labels translated")


if __name__ == "__main__":
    main()
