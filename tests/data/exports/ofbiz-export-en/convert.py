"""Apache OFBiz 10.04.03's demo records, listed as its SFA and WorkEffort screens list them.

Usage: ``python convert.py SRC OUT_DIR --lang en|fr|it|nl``

SRC holds the release's files at their paths in the release (``applications/...``,
``framework/...``, ``specialpurpose/...``; SOURCE.md lists them with their SHA-256). The
demo data files are read into one store as OFBiz's entity-engine XML loader stores them
(each element one record of its entity, keyed by the entity's primary key; a later element
for the same key sets the attributes it gives). Then each list form is rendered as the
screen renders it (see SOURCE.md for the form, the fields and the formatting of each):

- ``accounts.csv``: SFA > Accounts (AccountForms.xml ``ListAccounts``), parties in role
  ACCOUNT;
- ``contacts.csv``: SFA > Contacts (ContactForms.xml ``ListContacts``), role CONTACT;
- ``leads.csv``: SFA > Leads (LeadForms.xml ``ListLeads``), role LEAD;
- ``events.csv``: WorkEffort > Find (WorkEffortForms.xml ``ListWorkEfforts``), the work
  efforts of the workeffort component's demo data (WorkEffortDemoData.xml).

Labels: each field's title through the screen's ``uiLabelMap`` (its label resources in the
screen's order; the first resource holding the key gives the value in the language, else
its English value). Values shown through ``display-entity`` are localised as OFBiz does
(``<Entity>.<field>.<pk>`` in the entity label resources), else the stored value.
"""

from __future__ import annotations

import argparse
import csv
import xml.etree.ElementTree as ET
from pathlib import Path

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# the demo data files read, in OFBiz's load order (framework, applications, specialpurpose)
DATA_FILES = [
    "framework/common/data/GeoData.xml",
    "applications/party/data/PartyDemoData.xml",
    "applications/workeffort/data/WorkEffortTypeData.xml",
    "applications/workeffort/data/WorkEffortDemoData.xml",
    "applications/marketing/data/sfaDemoData.xml",
    "specialpurpose/ecommerce/data/DemoPurchasing.xml",
    "specialpurpose/ecommerce/data/DemoOrderPeopleData.xml",
    "specialpurpose/projectmgr/data/ProjectMgrDemoData.xml",
]

# primary keys of the entities read (OFBiz's entitymodel.xml files)
PKS = {
    "Party": ["partyId"], "Person": ["partyId"], "PartyGroup": ["partyId"],
    "PartyRole": ["partyId", "roleTypeId"],
    "PartyRelationship": ["partyIdFrom", "partyIdTo", "roleTypeIdFrom", "roleTypeIdTo",
                          "fromDate"],
    "ContactMech": ["contactMechId"], "PostalAddress": ["contactMechId"],
    "TelecomNumber": ["contactMechId"],
    "PartyContactMech": ["partyId", "contactMechId", "fromDate"],
    "Geo": ["geoId"], "StatusItem": ["statusId"], "WorkEffortType": ["workEffortTypeId"],
    "WorkEffortPurposeType": ["workEffortPurposeTypeId"], "WorkEffort": ["workEffortId"],
}

# label resources of the SFA screens (marketing/widget/sfa/CommonScreens.xml) and of the
# WorkEffort screens (workeffort/widget/CommonScreens.xml), in the screens' order
SFA_LABELS = ["framework/common/config/CommonUiLabels.xml",
              "applications/party/config/PartyUiLabels.xml",
              "applications/order/config/OrderUiLabels.xml",
              "applications/workeffort/config/WorkEffortUiLabels.xml"]
WE_LABELS = ["applications/workeffort/config/WorkEffortUiLabels.xml",
             "applications/order/config/OrderUiLabels.xml",
             "applications/party/config/PartyUiLabels.xml",
             "framework/common/config/CommonUiLabels.xml"]
ENTITY_LABELS = ["framework/common/config/CommonEntityLabels.xml",
                 "applications/workeffort/config/WorkEffortEntityLabels.xml"]


class Store:
    def __init__(self, src: Path) -> None:
        self.rows: dict[str, dict[tuple, dict[str, str]]] = {e: {} for e in PKS}
        for rel in DATA_FILES:
            root = ET.parse(src / rel).getroot()
            for el in root:
                if not isinstance(el.tag, str) or el.tag not in PKS:
                    continue
                rec = dict(el.attrib)
                for child in el:  # long values may be given as child elements
                    rec[child.tag] = (child.text or "").strip()
                key = tuple(rec.get(k) for k in PKS[el.tag])
                self.rows[el.tag].setdefault(key, {}).update(rec)

    def one(self, entity: str, **pk: str) -> dict[str, str] | None:
        return self.rows[entity].get(tuple(pk.get(k) for k in PKS[entity]))

    def where(self, entity: str, **cond: str) -> list[dict[str, str]]:
        return [r for r in self.rows[entity].values()
                if all(r.get(k) == v for k, v in cond.items())]


class Labels:
    def __init__(self, src: Path, files: list[str], lang: str) -> None:
        self.resources = []
        for rel in files:
            props: dict[str, dict[str, str]] = {}
            for p in ET.parse(src / rel).getroot().iter("property"):
                props[p.get("key")] = {v.get(XML_LANG): (v.text or "")
                                       for v in p.findall("value")}
            self.resources.append(props)
        self.lang = lang

    def get(self, key: str, default: str | None = None) -> str:
        for props in self.resources:
            if key in props:
                vals = props[key]
                return vals.get(self.lang) or vals.get("en") or key
        return default if default is not None else key


def party_name(store: Store, party_id: str | None) -> str:
    """PartyHelper.getPartyName(party, lastNameFirst=true)."""
    if not party_id:
        return ""
    person = store.one("Person", partyId=party_id)
    if person:
        last, first = person.get("lastName"), person.get("firstName")
        out = ""
        if last:
            out += last + (", " if first is not None else "")
        return out + (first or "")
    group = store.one("PartyGroup", partyId=party_id)
    return group.get("groupName", "") if group else ""


def mechs(store: Store, party_id: str, type_id: str) -> list[dict[str, str]]:
    """PartyAndContactMech for the party and type, filtered by date (no thruDate)."""
    out = []
    for pcm in store.where("PartyContactMech", partyId=party_id):
        if pcm.get("thruDate"):
            continue
        cm = store.one("ContactMech", contactMechId=pcm["contactMechId"])
        if cm and cm.get("contactMechTypeId") == type_id:
            rec = dict(cm)
            for ent, prefix in (("PostalAddress", "pa"), ("TelecomNumber", "tn")):
                detail = store.one(ent, contactMechId=cm["contactMechId"]) or {}
                for k, v in detail.items():
                    if k != "contactMechId":
                        rec[prefix + k[0].upper() + k[1:]] = v
            out.append(rec)
    return out


def entity_label(elabels: Labels, entity: str, field: str, pk: str, value: str) -> str:
    return elabels.get(f"{entity}.{field}.{pk}", value)


def described(store: Store, elabels: Labels, entity: str, pk: str | None) -> str:
    """display-entity description="${description}": the localised description, else stored."""
    if not pk:
        return ""
    rec = store.one(entity, **{PKS[entity][0]: pk}) or {}
    return entity_label(elabels, entity, "description", pk, rec.get("description", pk))


def list_parties(store: Store, labels: Labels, elabels: Labels, role: str,
                 related: tuple[str, str] | None) -> tuple[list[str], list[list[str]]]:
    """listAccounts (AccountForms.xml) and the lists extending it, for one role."""
    header = [labels.get("PartyPartyId"), labels.get("FormFieldTitle_emailAddress"),
              labels.get("PartyPhoneNumber"), labels.get("FormFieldTitle_city"),
              labels.get("FormFieldTitle_country")]
    if related:
        header.append(labels.get("PartyRelatedCompany"))
    ids = sorted({r["partyId"] for r in store.where("PartyRole", roleTypeId=role)
                  if (store.one("Party", partyId=r["partyId"]) or {}).get("statusId")
                  != "PARTY_DISABLED"})
    rows = []
    for pid in ids:
        emails = mechs(store, pid, "EMAIL_ADDRESS")
        phones = mechs(store, pid, "TELECOM_NUMBER")
        posts = mechs(store, pid, "POSTAL_ADDRESS")
        tn = phones[0] if phones else {}
        pa = posts[0] if posts else {}
        phone = " ".join([tn.get("tnCountryCode", ""), tn.get("tnAreaCode", ""),
                          tn.get("tnContactNumber", ""), tn.get("tnAskForName", "")]).strip()
        country = ""
        if pa.get("paCountryGeoId"):
            geo = store.one("Geo", geoId=pa["paCountryGeoId"]) or {}
            country = entity_label(elabels, "Geo", "geoName", pa["paCountryGeoId"],
                                   geo.get("geoName", pa["paCountryGeoId"]))
        row = [f"{party_name(store, pid)} [{pid}]",
               emails[0].get("infoString", "") if emails else "",
               phone, pa.get("paCity", ""), country]
        if related:
            rels = [r for r in store.where("PartyRelationship", partyIdTo=pid,
                                           roleTypeIdFrom=related[0],
                                           roleTypeIdTo=related[1],
                                           partyRelationshipTypeId="EMPLOYMENT")
                    if not r.get("thruDate")]
            company = rels[0]["partyIdFrom"] if rels else None
            row.append(f"{party_name(store, company)} [{company}]" if company else "")
        rows.append(row)
    return header, rows


def list_work_efforts(src: Path, store: Store, labels: Labels,
                      elabels: Labels) -> tuple[list[str], list[list[str]]]:
    """ListWorkEfforts (WorkEffortForms.xml) over WorkEffortDemoData.xml's work efforts."""
    header = [labels.get("WorkEffortWorkEffortId"), labels.get("CommonType"),
              labels.get("CommonStatus"), labels.get("CommonPurpose"),
              labels.get("FormFieldTitle_description"), labels.get("FormFieldTitle_priority"),
              labels.get("FormFieldTitle_estimatedStartDate"),
              labels.get("FormFieldTitle_estimatedCompletionDate"),
              labels.get("FormFieldTitle_actualStartDate"),
              labels.get("FormFieldTitle_actualCompletionDate")]
    demo = ET.parse(src / "applications/workeffort/data/WorkEffortDemoData.xml").getroot()
    ids = list(dict.fromkeys(el.get("workEffortId") for el in demo
                             if isinstance(el.tag, str) and el.tag == "WorkEffort"))
    rows = []
    for wid in ids:
        we = store.one("WorkEffort", workEffortId=wid)
        rows.append([f"{we.get('workEffortName', '')} [{wid}]",
                     described(store, elabels, "WorkEffortType", we.get("workEffortTypeId")),
                     described(store, elabels, "StatusItem", we.get("currentStatusId")),
                     described(store, elabels, "WorkEffortPurposeType",
                               we.get("workEffortPurposeTypeId")),
                     we.get("description", ""), we.get("priority", ""),
                     *[(we.get(f) or "")[:10]  # display type="date": the first ten characters
                       for f in ("estimatedStartDate", "estimatedCompletionDate",
                                 "actualStartDate", "actualCompletionDate")]])
    return header, rows


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="en", choices=["en", "fr", "it", "nl"])
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    store = Store(a.src)
    sfa = Labels(a.src, SFA_LABELS, a.lang)
    we = Labels(a.src, WE_LABELS, a.lang)
    elabels = Labels(a.src, ENTITY_LABELS, a.lang)
    write(a.out / "accounts.csv", *list_parties(store, sfa, elabels, "ACCOUNT", None))
    write(a.out / "contacts.csv",
          *list_parties(store, sfa, elabels, "CONTACT", ("ACCOUNT", "CONTACT")))
    write(a.out / "leads.csv",
          *list_parties(store, sfa, elabels, "LEAD", ("ACCOUNT_LEAD", "LEAD")))
    write(a.out / "events.csv", *list_work_efforts(a.src, store, we, elabels))


if __name__ == "__main__":
    main()
