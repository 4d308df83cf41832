"""Work out what an export contains: which file is which CRM object, keys, links, custom fields.

SmartDesk has no API to ask, and customers rename files or hand over exports from other
CRMs, so nothing here trusts file names alone: every table is scored on its name *and* its
columns, primary keys are found from uniqueness, and relationships are found by value
containment (ids first; company names and email domains where ids are missing), each with
the share of rows that actually match. The result is written to ``discovery.json`` for the
mapping step and the customer-facing scope document.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from d365migrate.intake.read import Export, infer_column

__all__ = [
    "OBJECT_KINDS", "ObjectInfo", "Relationship", "CustomField", "Discovery", "discover",
    "write_discovery", "classify_table", "normalize_name",
]

OBJECT_KINDS = [
    "account", "contact", "lead", "deal", "pipeline", "task", "activity", "note", "attachment",
    "custom_field", "user", "ticket", "ticket_message", "workflow", "email_template",
    "campaign", "unknown",
]

# Table-name synonyms (normalised: lowercase alphanumerics, singular).
_NAME_SYNONYMS: dict[str, set[str]] = {
    "account": {"account", "company", "organization", "organisation", "org", "customer",
                "firma", "kunde", "business"},
    "contact": {"contact", "person", "people", "kontakt"},
    "lead": {"lead", "prospect"},
    "deal": {"deal", "opportunity", "opp", "salesdeal"},
    "pipeline": {"pipeline", "dealstage", "stage", "salesprocess", "opportunitystage",
                 "pipelinestage"},
    "task": {"task", "todo"},
    "activity": {"activity", "engagement", "event", "call", "meeting", "interaction"},
    "note": {"note", "comment"},
    "attachment": {"attachment", "file", "document", "upload"},
    "custom_field": {"customfield", "field", "property", "fielddefinition", "customproperty"},
    "user": {"user", "owner", "agent", "member", "staff", "employee", "assignee", "author"},
    "ticket": {"ticket", "case", "issue", "supportticket"},
    "ticket_message": {"ticketmessage", "ticketcomment", "conversation", "message",
                       "thread", "ticketthread", "casecomment", "emailmessage"},
    "workflow": {"workflow", "automation", "rule", "flow", "workflowrule"},
    "email_template": {"emailtemplate", "template", "mailtemplate"},
    "campaign": {"campaign", "emailcampaign", "newsletter"},
}

# Column signatures: (alternative normalised column names, weight). A table's content score
# for a kind is the weighted share of features present.
_F = tuple[tuple[str, ...], float]
_SIGNATURES: dict[str, list[_F]] = {
    "account": [(("name", "accountname", "companyname"), 1.0),
                (("domain", "website", "url", "companydomain"), 1.0),
                (("industry",), 1.0),
                (("employees", "numberofemployees", "employeecount", "headcount"), 1.0),
                (("annualrevenue", "revenue"), 1.0),
                (("city", "billingcity", "street", "billingstreet", "country",
                  "billingcountry"), 0.5),
                (("type", "ownership", "rating", "parentid", "accountnumber"), 0.3)],
    "contact": [(("firstname",), 1.0), (("lastname",), 1.0), (("email",), 1.0),
                (("companyid", "accountid", "organizationid"), 1.0),
                (("jobtitle", "title", "department"), 0.7),
                (("mobile", "mobilephone"), 0.5), (("lifecyclestage",), 0.5),
                (("mailingcity", "birthdate", "assistantphone", "reportstoid"), 0.3)],
    "lead": [(("firstname",), 0.7), (("lastname",), 0.7), (("email",), 0.5),
             (("company", "companyname"), 1.0), (("status", "leadstatus"), 1.0),
             (("source", "leadsource"), 1.0),
             (("isconverted", "converteddate", "convertedaccountid", "convertedcontactid"),
              1.5), (("rating", "budget"), 0.3)],
    "deal": [(("amount", "value", "dealvalue"), 1.0),
             (("stage", "stagename", "stageid", "dealstage"), 1.0),
             (("closedate", "expectedclosedate", "closedat"), 1.0),
             (("pipeline", "pipelineid"), 0.7), (("probability",), 0.5),
             (("name", "dealname", "opportunityname"), 0.5),
             (("iswon", "isclosed", "forecastcategory", "expectedrevenue"), 0.5)],
    "pipeline": [(("pipelineid", "pipeline", "pipelinename"), 1.0),
                 (("stageid",), 0.7), (("stagename", "stage", "label"), 1.0),
                 (("stageorder", "order", "displayorder", "position", "sortorder"), 1.0),
                 (("probability", "defaultprobability"), 1.0), (("iswon", "isclosed"), 0.7),
                 (("islost",), 0.5)],
    "task": [(("title", "subject", "name"), 0.7), (("duedate", "activitydate", "due"), 1.5),
             (("status",), 0.7), (("priority",), 1.0),
             (("assigneeemail", "assignee", "assignedto", "ownerid"), 0.7),
             (("completedat", "completeddate", "completed"), 1.0),
             (("whoid", "whatid", "contactid", "dealid"), 0.3)],
    "activity": [(("type", "activitytype", "engagementtype"), 0.7),
                 (("occurredat", "activitydate", "startdatetime", "timestamp"), 1.0),
                 (("durationminutes", "duration", "durationinminutes", "calldurationinseconds"),
                  1.0), (("direction", "calltype"), 1.0), (("location",), 0.5),
                 (("subject",), 0.5), (("body", "description"), 0.3),
                 (("fromemail", "toemails"), 0.7)],
    "note": [(("body", "content", "notebody", "text"), 1.0),
             (("parenttype", "objecttype"), 1.0), (("parentid", "recordid"), 1.0),
             (("authoremail", "author", "createdby", "createdbyid"), 0.5),
             (("title",), 0.2)],
    "attachment": [(("filename", "name", "title"), 0.5),
                   (("mimetype", "contenttype", "filetype"), 1.0),
                   (("sizebytes", "size", "bodylength", "contentsize", "filesize"), 1.0),
                   (("path", "filepath", "url", "location"), 0.7),
                   (("parentid", "parenttype"), 0.7)],
    "custom_field": [(("fieldkey", "apiname", "fieldname", "key", "internalname"), 1.0),
                     (("label", "fieldlabel", "displayname"), 1.0),
                     (("type", "fieldtype", "datatype"), 1.0),
                     (("options", "picklistvalues", "values", "choices"), 1.0),
                     (("object", "objecttype", "entity", "objectname"), 1.0)],
    "user": [(("email", "username"), 1.0), (("active", "isactive", "enabled"), 1.0),
             (("role", "profile", "userrole", "profileid", "userroleid"), 1.0),
             (("name", "fullname"), 0.5), (("userid",), 0.5)],
    "ticket": [(("subject", "title"), 0.7), (("description",), 0.5), (("status",), 0.7),
               (("priority",), 1.0), (("contactid",), 0.5),
               (("assigneeemail", "assignee", "assignedto", "ownerid"), 0.5),
               (("ticketid", "casenumber", "caseid"), 1.0)],
    "ticket_message": [(("ticketid", "caseid", "parentid"), 1.0),
                       (("fromemail", "from", "fromaddress", "sender"), 1.0),
                       (("toemail", "to", "toaddress", "recipient"), 1.0),
                       (("sentat", "messagedate", "sent", "createdat"), 0.5),
                       (("body", "textbody", "htmlbody", "message"), 1.0)],
    "workflow": [(("trigger", "triggertype", "event"), 1.5),
                 (("actions", "action", "steps"), 1.5), (("active", "isactive", "enabled"), 0.5),
                 (("object", "objecttype", "entity"), 0.7), (("name",), 0.3)],
    "email_template": [(("subject",), 1.0), (("body", "htmlbody", "html", "content"), 1.0),
                       (("name", "templatename"), 0.7), (("templateid",), 1.0)],
    "campaign": [(("recipients", "sent", "numbersent", "recipientcount"), 1.0),
                 (("opens", "openrate", "opened"), 1.0), (("clicks", "clickrate", "clicked"),
                                                          1.0),
                 (("channel", "type"), 0.5), (("sentat", "senddate", "startdate"), 0.5),
                 (("campaignid",), 1.0)],
}

# Columns a D365 mapping explains without a custom field (standard SmartDesk columns plus
# common Salesforce/HubSpot equivalents). Anything else in a data object is "custom".
_STANDARD: dict[str, set[str]] = {
    "account": {"companyid", "id", "name", "domain", "industry", "employees", "annualrevenue",
                "phone", "website", "street", "city", "state", "postalcode", "country",
                "owneremail", "createdat", "updatedat", "isdeleted", "type", "parentid",
                "billingcity", "billingstate", "billingpostalcode", "billingcountry",
                "billingstreet", "billinglatitude", "billinglongitude", "shippingcity",
                "shippingstate", "shippingpostalcode", "shippingcountry", "shippingstreet",
                "numberofemployees", "ownership", "rating", "lastactivitydate", "ownerid",
                "description", "fax", "accountnumber", "sic", "tickersymbol", "createddate",
                "lastmodifieddate", "accountsource"},
    "contact": {"contactid", "id", "firstname", "lastname", "email", "phone", "mobile",
                "jobtitle", "companyid", "companyname", "lifecyclestage", "owneremail",
                "createdat", "updatedat", "isdeleted", "accountid", "mobilephone",
                "assistantphone", "title", "department", "leadsource", "lastactivitydate",
                "emailbouncedreason", "emailbounceddate", "isemailbounced", "name",
                "salutation", "mailingcity", "mailingstate", "mailingpostalcode",
                "mailingcountry", "mailingstreet", "birthdate", "ownerid", "description",
                "homephone", "otherphone", "fax", "reportstoid", "createddate",
                "lastmodifieddate"},
    "lead": {"leadid", "id", "firstname", "lastname", "companyname", "email", "phone",
             "source", "status", "owneremail", "createdat", "updatedat", "isdeleted",
             "salutation", "name", "title", "company", "mobilephone", "website", "leadsource",
             "industry", "annualrevenue", "numberofemployees", "ownerid", "isconverted",
             "converteddate", "convertedaccountid", "convertedcontactid",
             "convertedopportunityid", "lastmodifieddate", "lastactivitydate",
             "emailbouncedreason", "emailbounceddate", "rating", "description", "city",
             "state", "country", "postalcode", "street", "createddate"},
    "deal": {"dealid", "id", "name", "value", "currency", "closedate", "pipelineid",
             "stageid", "companyid", "contactid", "owneremail", "createdat", "updatedat",
             "accountid", "description", "stagename", "amount", "probability",
             "expectedrevenue", "nextstep", "leadsource", "isclosed", "iswon", "createddate",
             "lastmodifieddate", "lastactivitydate", "ownerid", "type", "forecastcategory",
             "currencyisocode", "isdeleted", "campaignid", "pricebook2id"},
}

_REF_HINT = re.compile(r"(?i)(^|_|[a-z])(id|key|ref|uuid|guid)$|^(owner|parent|assignee|author)"
                       r"|email$|_?emails?$")
_FREEMAIL = {"gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "gmx.de", "wp.pl",
             "qq.com", "icloud.com", "aol.com", "live.com", "web.de", "mail.ru", "proton.me"}
_LEGAL = re.compile(r"(?i)[\s,]+(inc\.?|ltd\.?|llc|gmbh|ag|s\.a\.|corp\.?|bv|plc|co\.?|"
                    r"sp\. z o\.o\.|limited|company)$")


def col_norm(name: str) -> str:
    """Column name as lowercase alphanumerics, Salesforce '__c' dropped: 'First Name' ->
    'firstname', 'first_name' -> 'firstname'."""
    n = re.sub(r"__c$", "", name.strip(), flags=re.I)
    return re.sub(r"[^0-9a-z]", "", n.lower())


def normalize_name(name: str) -> str:
    """Table name normalised and crudely singular: 'Companies' -> 'company'."""
    n = col_norm(name)
    if n.endswith("ies") and len(n) > 4:
        n = n[:-3] + "y"
    elif n.endswith(("sses", "xes", "ches", "shes")):
        n = n[:-2]
    elif n.endswith("s") and not n.endswith(("ss", "us", "is")) and len(n) > 3:
        n = n[:-1]
    return n


@dataclass
class ObjectInfo:
    """One table and what it was identified as."""

    name: str  # object kind, one of OBJECT_KINDS
    source: str
    rows: int
    columns: list[dict[str, str]]
    primary_key: str | None
    confidence: float = 0.0
    evidence: list[str] = field(default_factory=list)
    key_candidates: list[dict[str, Any]] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)


@dataclass
class Relationship:
    """A link found by value containment; match_rate = share of non-empty rows that match."""

    from_: str
    to: str
    match_rate: float
    kind: str = "id"  # id | name | email_domain | email | polymorphic
    rows: int = 0
    matched: int = 0
    via: str | None = None  # discriminator column for polymorphic links

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["from"] = d.pop("from_")
        return d


@dataclass
class CustomField:
    """A field the customer must pre-create in Dynamics 365 before the load."""

    object: str
    source: str
    column: str
    label: str
    type: str
    options: list[str] = field(default_factory=list)
    defined: bool = True  # listed in a definitions file (vs inferred from the data)
    present: bool = True  # column exists in the data
    fill_rate: float | None = None


@dataclass
class Discovery:
    """Everything discovered about an export; serialisable to discovery.json."""

    objects: list[ObjectInfo] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    custom_fields: list[CustomField] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)
    root: str = ""

    def by_source(self, source: str) -> ObjectInfo | None:
        return next((o for o in self.objects if o.source == source), None)

    def sources(self, kind: str) -> list[str]:
        """Sources identified as `kind` (largest first)."""
        objs = sorted((o for o in self.objects if o.name == kind), key=lambda o: -o.rows)
        return [o.source for o in objs]

    def source(self, kind: str) -> str | None:
        found = self.sources(kind)
        return found[0] if found else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "objects": [asdict(o) for o in self.objects],
            "relationships": [r.to_dict() for r in self.relationships],
            "custom_fields": [asdict(c) for c in self.custom_fields],
            "problems": self.problems,
        }


# ------------------------------------------------------------------ classification

def _name_kind(source: str) -> tuple[str | None, str]:
    n = normalize_name(source)
    for kind, syn in _NAME_SYNONYMS.items():
        if n in syn:
            return kind, "exact"
    for kind, syn in _NAME_SYNONYMS.items():
        if any(len(s) >= 4 and (n.startswith(s) or n.endswith(s)) for s in syn):
            return kind, "partial"
    return None, ""


def classify_table(source: str, columns: list[str],
                   primary_key: str | None = None) -> tuple[str, float, dict[str, float],
                                                           list[str]]:
    """Score a table against every object kind from its name and its columns.

    Returns (kind, confidence, scores, evidence). A table that references a kind by an
    `<kind>Id` column that is not its own key (e.g. OpportunityHistory.OpportunityId)
    cannot be that kind - it is a child or history of it.
    """
    cols = {col_norm(c) for c in columns}
    pk = col_norm(primary_key) if primary_key else None
    name_kind, how = _name_kind(source)
    n = normalize_name(source)
    history = bool(re.search(r"(history|log|audit|snapshot|archive|share|feed|member|"
                             r"role|junction|link)$", n)) and how != "exact"
    scores: dict[str, float] = {}
    evidence: list[str] = []
    for kind, feats in _SIGNATURES.items():
        total = sum(w for _, w in feats)
        got = sum(w for alts, w in feats if cols & set(alts))
        base = score = got / total
        if name_kind == kind:
            score += 0.5 if how == "exact" else 0.25
        refs = {s + "id" for s in _NAME_SYNONYMS[kind]} | {kind.replace("_", "") + "id"}
        if (cols & refs) - ({pk} if pk else set()) and base < 0.9:
            # References this kind (OpportunityHistory.OpportunityId), so it is a child of
            # it - unless the columns fit the kind perfectly (pipelines.pipeline_id groups
            # the stage rows of the pipeline table itself).
            score -= 0.6
        if history:
            score -= 0.5
        scores[kind] = round(score, 3)
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    margin = ranked[0] - ranked[1] if len(ranked) > 1 else ranked[0]
    if scores[best] < 0.4:
        evidence.append(f"no object scored above 0.4 (best {best} {scores[best]})")
        return "unknown", round(max(scores[best], 0.0), 3), scores, evidence
    if name_kind == best:
        evidence.append(f"file name '{source}' names a {best} ({how})")
    feats = [alts[0] for alts, _ in _SIGNATURES[best] if cols & set(alts)]
    evidence.append(f"columns typical of {best}: {', '.join(feats)}")
    conf = min(1.0, scores[best]) * (0.6 + 0.4 * min(1.0, margin / 0.3))
    return best, round(conf, 3), scores, evidence


# ------------------------------------------------------------------ keys

def _key_candidates(source: str, df: pl.DataFrame, types: dict[str, str]) -> list[dict]:
    """Columns that could be the primary key: unique, non-null, id-like."""
    if df.height == 0:
        return []
    stem = normalize_name(source)
    out = []
    for i, c in enumerate(df.columns):
        nc = col_norm(c)
        idish = (nc in {"id", "key", "uuid", "guid"} or nc.endswith(("id", "key")) or i == 0
                 or nc.endswith("number") or nc in {"email", "code"})
        if not idish or types.get(c) in {"long_text", "empty", "boolean", "datetime", "date"}:
            continue
        s = df[c]
        nulls = s.null_count()
        unique = s.n_unique() - (1 if nulls else 0)
        nonnull = df.height - nulls
        if nonnull == 0:
            continue
        uniq = unique / df.height
        if uniq < 0.9:
            continue
        score = uniq - 0.5 * (nulls / df.height)
        if nc in {"id", stem + "id"} or (nc.endswith("id") and len(nc) > 2
                                          and stem.endswith(nc[:-2])):
            score += 0.3
        if i == 0:
            score += 0.1
        if nc.endswith("id"):
            score += 0.1
        out.append({"column": c, "uniqueness": round(uniq, 4),
                    "null_rate": round(nulls / df.height, 4),
                    "duplicates": nonnull - unique, "score": round(score, 3)})
    return sorted(out, key=lambda d: -d["score"])


# ------------------------------------------------------------------ relationships

def _norm_company(e: pl.Expr) -> pl.Expr:
    return (e.str.to_lowercase().str.replace_all(r"\s+", " ").str.strip_chars()
            .str.replace(_LEGAL.pattern.replace("(?i)", ""), "").str.strip_chars(" ,."))


def _domain_of_email(e: pl.Expr) -> pl.Expr:
    return e.str.strip_chars().str.to_lowercase().str.extract(r"@([a-z0-9.\-]+\.[a-z]{2,})$")


def _norm_domain(e: pl.Expr) -> pl.Expr:
    return (e.str.strip_chars().str.to_lowercase()
            .str.replace(r"^[a-z]+://", "").str.replace(r"^www\.", "")
            .str.replace(r"[/:?#].*$", ""))


def _rate(values: pl.Series, target: pl.Series) -> tuple[int, int]:
    """(non-null rows, rows whose value is in target)."""
    v = values.drop_nulls()
    if v.len() == 0:
        return 0, 0
    hit = int(v.is_in(target.unique().drop_nulls().implode()).sum())
    return v.len(), hit


def _find_relationships(export: Export, objects: list[ObjectInfo],
                        types: dict[str, dict[str, str]]) -> list[Relationship]:
    rels: list[Relationship] = []
    tables = export.tables
    # Targets: primary keys plus other unique id/email columns.
    targets: list[tuple[str, str]] = []
    for o in objects:
        if o.name in {"unknown", "custom_field"} and not o.primary_key:
            continue
        for cand in o.key_candidates:
            if cand["uniqueness"] >= 0.95 and (cand["column"] == o.primary_key
                                               or types[o.source].get(cand["column"])
                                               == "email"):
                targets.append((o.source, cand["column"]))
        # a table's own "<kind>_id" column is a target even when not unique
        # (pipelines.pipeline_id: one row per stage)
        own = {s + "id" for s in _NAME_SYNONYMS.get(o.name, set())} | {
            normalize_name(o.source) + "id"}
        for c in tables[o.source].columns:
            if col_norm(c) in own and (o.source, c) not in targets:
                targets.append((o.source, c))
    target_sets = {t: tables[t[0]][t[1]].drop_nulls().unique() for t in targets}
    kinds_present = {o.name for o in objects}
    target_samples = {t: set(s.head(200_000).to_list()) for t, s in target_sets.items()}
    kind_of = {o.source: o.name for o in objects}
    for o in objects:
        df = tables[o.source]
        for c in df.columns:
            if c == o.primary_key:
                continue
            ctype = types[o.source].get(c)
            if ctype in {"long_text", "empty", "boolean", "date", "datetime", "decimal",
                         "money", "phone", "url", "multiselect"}:
                continue
            if not _REF_HINT.search(c) and not any(
                    col_norm(c) == col_norm(t[1]) for t in targets):
                continue
            mentioned = _mentioned_kind(c)
            if mentioned is not None and mentioned not in kinds_present:
                continue  # refers to an object the export does not contain
            if ctype == "email" and mentioned is None:
                continue  # from/to addresses are data, not lookups (owner_email is)
            col = df[c].drop_nulls()
            if col.len() == 0:
                continue
            if col.head(1000).str.contains(";").mean() > 0.05:  # multi-valued (to_emails)
                col = col.str.split(";").explode().str.strip_chars().drop_nulls()
                col = col.filter(col != "")
            distinct = col.unique()
            probe = distinct.head(2000).to_list()
            found: list[tuple[float, tuple[str, str], int, int]] = []
            for t in targets:
                if t == (o.source, c):
                    continue
                if mentioned is not None and kind_of[t[0]] != mentioned:
                    continue
                tset = target_samples[t]
                pre = sum(1 for v in probe if v in tset) / max(1, len(probe))
                if pre < 0.02:
                    continue
                nrows, hit = _rate(col, target_sets[t])
                if nrows and hit / nrows >= 0.02:
                    found.append((hit / nrows, t, nrows, hit))
            if not found:
                continue
            found.sort(key=lambda x: -x[0])
            if found[0][0] >= 0.5:
                # prefer the target whose kind the column name mentions, on near-ties
                best = found[0]
                for f in found[1:]:
                    if f[0] >= best[0] - 0.05 and _mentions(c, kind_of[f[1][0]], f[1][0]):
                        best = f
                        break
                rate, t, nrows, hit = best
                rels.append(Relationship(f"{o.source}.{c}", f"{t[0]}.{t[1]}",
                                         round(rate, 4), _link_kind(c, ctype), nrows, hit))
            else:
                total = sum(f[0] for f in found)
                if total >= 0.8 and len(found) >= 2:
                    via = _discriminator(df, c)
                    for rate, t, nrows, hit in found:
                        rels.append(Relationship(f"{o.source}.{c}", f"{t[0]}.{t[1]}",
                                                 round(rate, 4), "polymorphic", nrows, hit, via))
                else:
                    rate, t, nrows, hit = found[0]
                    rels.append(Relationship(f"{o.source}.{c}", f"{t[0]}.{t[1]}",
                                             round(rate, 4), _link_kind(c, ctype), nrows, hit))
    rels.extend(_soft_links(export, objects, types))
    return rels


def _link_kind(column: str, ctype: str | None) -> str:
    return "email" if ctype == "email" or "email" in column.lower() else "id"


def _mentioned_kind(column: str) -> str | None:
    """Object kind a reference column names: 'company_id' -> account, 'OwnerId' -> user."""
    base = re.sub(r"(id|key|email|emails|ref)$", "", col_norm(column))
    if len(base) < 3:
        return None
    for kind, syn in _NAME_SYNONYMS.items():
        if base in syn:
            return kind
    for kind, syn in _NAME_SYNONYMS.items():
        if any(len(x) >= 4 and base.endswith(x) for x in syn):
            return kind
    return None


def _mentions(column: str, kind: str, source: str) -> bool:
    nc = col_norm(column)
    return any(s in nc for s in _NAME_SYNONYMS.get(kind, set()) | {normalize_name(source)})


def _discriminator(df: pl.DataFrame, column: str) -> str | None:
    base = column.lower().removesuffix("_id").removesuffix("id")
    for c in df.columns:
        if c.lower() in {f"{base}_type", f"{base}type", "object_type", "parent_type"}:
            return c
    return None


def _soft_links(export: Export, objects: list[ObjectInfo],
                types: dict[str, dict[str, str]]) -> list[Relationship]:
    """Company-name and email-domain links, for rows where ids are missing."""
    rels: list[Relationship] = []
    accounts = [o for o in objects if o.name == "account"]
    if not accounts:
        return rels
    acc = max(accounts, key=lambda o: o.rows)
    adf = export.tables[acc.source]
    acols = {col_norm(c): c for c in adf.columns}
    name_col = next((acols[k] for k in ("name", "accountname", "companyname") if k in acols),
                    None)
    dom_col = next((acols[k] for k in ("domain", "website", "companydomain", "url")
                    if k in acols), None)
    names = (adf.select(_norm_company(pl.col(name_col)).alias("k"))["k"].drop_nulls().unique()
             if name_col else None)
    domains = (adf.select(_norm_domain(pl.col(dom_col)).alias("k"))["k"].drop_nulls().unique()
               if dom_col else None)
    for o in objects:
        if o.name not in {"contact", "lead", "deal", "ticket"}:
            continue
        df = export.tables[o.source]
        for c in df.columns:
            nc = col_norm(c)
            if names is not None and nc in {"companyname", "company", "accountname",
                                            "organization", "organizationname"}:
                keys = df.select(_norm_company(pl.col(c)).alias("k"))["k"]
                nrows, hit = _rate(keys, names)
                if nrows:
                    rels.append(Relationship(f"{o.source}.{c}", f"{acc.source}.{name_col}",
                                             round(hit / nrows, 4), "name", nrows, hit))
            if domains is not None and types[o.source].get(c) == "email" and nc in {
                    "email", "emailaddress", "email1", "primaryemail"}:
                keys = df.select(_domain_of_email(pl.col(c)).alias("k"))["k"]
                keys = keys.filter(~keys.is_in(list(_FREEMAIL)))
                nrows, hit = _rate(keys, domains)
                if nrows:
                    rels.append(Relationship(f"{o.source}.{c}", f"{acc.source}.{dom_col}",
                                             round(hit / nrows, 4), "email_domain", nrows,
                                             hit))
    return rels


# ------------------------------------------------------------------ custom fields

_TYPE_MAP = {"string": "text", "picklist": "picklist", "multiselect": "multiselect",
             "integer": "number", "decimal": "number", "money": "money", "date": "date",
             "datetime": "datetime", "boolean": "boolean", "url": "url", "email": "email",
             "phone": "phone", "long_text": "text", "code": "text", "empty": "text"}


def _custom_fields(export: Export, objects: list[ObjectInfo],
                   types: dict[str, dict[str, str]]) -> list[CustomField]:
    out: list[CustomField] = []
    by_kind: dict[str, ObjectInfo] = {}
    for o in sorted(objects, key=lambda o: -o.rows):
        by_kind.setdefault(o.name, o)
    defined: set[tuple[str, str]] = set()
    defs = by_kind.get("custom_field")
    if defs is not None:
        ddf = export.tables[defs.source]
        cmap = {col_norm(c): c for c in ddf.columns}

        def col(*names: str) -> str | None:
            return next((cmap[n] for n in names if n in cmap), None)

        c_obj, c_key = col("object", "objecttype", "entity", "objectname"), col(
            "fieldkey", "apiname", "fieldname", "key", "internalname")
        c_label, c_type = col("label", "fieldlabel", "displayname"), col("type", "fieldtype",
                                                                         "datatype")
        c_opt = col("options", "picklistvalues", "values", "choices")
        for row in ddf.iter_rows(named=True):
            key = (row.get(c_key) or "").strip() if c_key else ""
            if not key:
                continue
            okind = _object_kind_from_word(row.get(c_obj) or "") if c_obj else "unknown"
            target = by_kind.get(okind)
            present = target is not None and key in export.tables[target.source].columns
            opts = [x.strip() for x in re.split(r"[|;]", row.get(c_opt) or "") if x.strip()]
            fill = None
            if present and target is not None:
                s = export.tables[target.source][key]
                fill = round(1 - s.null_count() / max(1, s.len()), 4)
            out.append(CustomField(okind, target.source if target else "", key,
                                   (row.get(c_label) or key) if c_label else key,
                                   (row.get(c_type) or "text") if c_type else "text", opts,
                                   True, present, fill))
            if target is not None:
                defined.add((target.source, key))
    for kind, o in by_kind.items():
        std = _STANDARD.get(kind)
        if std is None:
            continue
        df = export.tables[o.source]
        for c in df.columns:
            if (o.source, c) in defined:
                continue
            nc = col_norm(c)
            is_custom = c.lower().startswith("cf_") or c.endswith("__c") or nc not in std
            if not is_custom:
                continue
            info = infer_column(df[c])
            t = _TYPE_MAP.get(info["type"], "text")
            opts = info.get("options", [])
            if t == "picklist":
                opts = sorted(df[c].drop_nulls().unique().to_list())[:100]
            s = df[c]
            out.append(CustomField(kind, o.source, c, _label(c), t, opts, False, True,
                                   round(1 - s.null_count() / max(1, s.len()), 4)))
    return out


def _object_kind_from_word(word: str) -> str:
    n = normalize_name(word)
    for kind, syn in _NAME_SYNONYMS.items():
        if n in syn:
            return kind
    return "unknown"


def _label(column: str) -> str:
    c = re.sub(r"__c$", "", column)
    c = re.sub(r"^cf_", "", c)
    c = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", c).replace("_", " ")
    return c.strip().capitalize() if c.islower() else c.strip()


# ------------------------------------------------------------------ entry points

def discover(export: Export) -> Discovery:
    """Identify objects, keys, relationships and custom fields of a read export."""
    objects: list[ObjectInfo] = []
    types: dict[str, dict[str, str]] = {}
    for source, df in export.tables.items():
        g = export.guesses.get(source)
        t = dict(g.column_types) if g and g.column_types else {
            c: infer_column(df[c])["type"] for c in df.columns}
        types[source] = t
        cands = _key_candidates(source, df, t)
        pk = cands[0]["column"] if cands else None
        kind, conf, scores, evidence = classify_table(source, df.columns, pk)
        if pk is None and kind not in {"pipeline", "custom_field"}:
            evidence.append("no primary key candidate (no unique id-like column)")
        objects.append(ObjectInfo(kind, source, df.height,
                                  [{"name": c, "type": t.get(c, "string")} for c in df.columns],
                                  pk, conf, evidence, cands, scores))
    rels = _find_relationships(export, objects, types)
    cfs = _custom_fields(export, objects, types)
    return Discovery(objects, rels, cfs, [p.to_dict() for p in export.problems],
                     str(export.root))


def write_discovery(discovery: Discovery, out_dir: str | Path) -> Path:
    """Write discovery.json into out_dir and return its path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "discovery.json"
    path.write_text(json.dumps(discovery.to_dict(), indent=2, ensure_ascii=False,
                               default=str) + "\n", encoding="utf-8")
    return path
