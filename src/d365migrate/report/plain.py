"""Plain words for the sponsor's report: objects as a person names them, reasons without
expectation names, codes or paths, fields by their Dynamics 365 label.

Everything here turns the run folder's technical vocabulary into sentences a sales director
reads; nothing here reads files. Text from the export or from the destination passes through
:func:`clean` before it is shown, so a path of the analyst's machine, an internal column name
(``__source_id``), an expectation name (``expect_column_values_to_match_regex``), a Dataverse
error code or a Python repr never reaches the page.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from d365migrate.load.order import base_unit, file_number

#: The CRM an export comes from when the parameters do not say (``source.crm``).
DEFAULT_SOURCE_CRM = "SmartDesk"
#: Each unit of the load (a map entry) as a person names it.
OBJECT_NAMES = {
    "account": "Accounts (companies)",
    "contact": "Contacts (people)",
    "lead": "Leads",
    "opportunity": "Opportunities (deals)",
    "task": "Tasks",
    "phonecall": "Phone calls",
    "appointment": "Meetings",
    "email": "Emails",
    "note": "Notes on records",
    "activity_note": "Notes from the activity history",
    "attachment": "Attachments (files)",
    "incident": "Cases (support tickets)",
    "case_email": "Case messages (ticket emails)",
    "uomschedule": "Unit groups", "uom": "Units", "pricelevel": "Price lists",
    "product": "Products", "productpricelevel": "Price list items", "campaign": "Campaigns",
    "quote": "Quotes", "quotedetail": "Quote lines", "salesorder": "Orders",
    "salesorderdetail": "Order lines", "territory": "Territories", "competitor": "Competitors",
    "goal": "Goals",
}
#: One record of a Dataverse table, in words (for "its contact ... did not move").
RECORD_WORDS = {"account": "account", "contact": "contact", "lead": "lead",
                "opportunity": "opportunity", "incident": "case", "annotation": "note",
                "systemuser": "user"}
#: Field labels for columns a map sets without a reason that names them.
FIELD_LABELS = {
    "name": "Name", "ownerid": "Owner", "parentcustomerid": "Company",
    "customerid": "Customer", "parentcontactid": "Contact", "primarycontactid": "Contact",
    "regardingobjectid": "Regarding", "objectid": "Attached to", "statecode": "Status",
    "statuscode": "Status Reason", "salesstage": "Sales Stage", "stepname": "Pipeline Step",
    "closeprobability": "Probability", "actualend": "Actual End", "actualstart": "Actual Start",
    "directioncode": "Direction", "scheduledstart": "Start Time", "scheduledend": "End Time",
    "scheduleddurationminutes": "Duration", "actualdurationminutes": "Duration",
    "subject": "Subject", "description": "Description", "notetext": "Note",
    "filename": "File Name", "mimetype": "File Type", "overriddencreatedon": "Created On",
    "title": "Case Title", "prioritycode": "Priority", "location": "Location",
    "emailaddress1": "Email", "firstname": "First Name", "lastname": "Last Name",
    "parentaccountid": "Parent Account", "transactioncurrencyid": "Currency",
    "originatingleadid": "Originating Lead", "campaignid": "Campaign",
    "productid": "Product", "pricelevelid": "Price List", "defaultuomid": "Default Unit",
    # a whole address compared with the export's cell (verify/export_cells.py)
    "address1_composite": "Address 1 (whole)", "address2_composite": "Address 2 (whole)",
    "address3_composite": "Address 3 (whole)", "billto_composite": "Bill To Address (whole)",
    "shipto_composite": "Ship To Address (whole)",
}
#: Steps of a run (its notebooks) in words.
STEP_WORDS = {
    "01_profile": "reading the export", "02_mapping": "confirming the field map",
    "03_stage_validate": "checking the data", "04_load": "loading into Dynamics 365",
    "05_reconcile": "verifying what arrived", "06_rollback": "rolling back",
}
KIND_WORDS = {"embedded-emulator": "a local test copy of Dynamics 365 (emulator)",
              "emulator": "a local test copy of Dynamics 365 (emulator)",
              "dataverse": "Dynamics 365 org", "org": "Dynamics 365 org"}

_EXPECTATION = re.compile(r"\s*\(?\bexpect_[a-z_]+\)?")
_HEX_CODE = re.compile(r"\b(?:0x[0-9A-Fa-f]{6,8}|[1-5]\d\d\s+0x[0-9A-Fa-f]{6,8})\b:?\s*")
_GUID = re.compile(r"\s*\(?\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12}\b\)?")
_PATH = re.compile(r"(?:[A-Za-z]:\\|\\\\|(?<![\w.:/])/)(?:[^\s'\"<>|]+[\\/])+[^\s'\"<>|]*")
_INTERNAL = re.compile(r"\b__[a-z0-9_]+\b")
_REPR = re.compile(r"<[a-zA-Z_.]+ object at 0x[0-9a-f]+>|Traceback \(most recent call last\)"
                   r"|\b[A-Z][A-Za-z]*(?:Error|Exception)\(")
_QUOTED = re.compile(r"'[^']*'")


def object_name(unit: str) -> str:
    """``activity_note`` -> "Notes from the activity history"; a further file of one kind
    (``contact_2``) -> "Contacts (people), file 2"; an unknown unit in words."""
    base, n = base_unit(unit), file_number(unit)
    if n > 1:
        return f"{object_name(base)}, file {n}"
    return OBJECT_NAMES.get(unit) or unit.replace("_", " ").strip().capitalize()


def step_name(notebook: str | None) -> str:
    stem = (notebook or "").rsplit(".", 1)[0]
    return STEP_WORDS.get(stem, stem.replace("_", " ").lstrip("0123456789 ") or "a step")


def destination_words(kind: str | None) -> str:
    return KIND_WORDS.get(kind or "", "Dynamics 365 org")


def clean(text: Any) -> str:
    """Free text from the export or the destination as it may be shown to a sponsor."""
    s = "" if text is None else str(text)
    if _REPR.search(s):
        return "a technical error (the migration team has the details)"
    s = _EXPECTATION.sub("", s)
    s = _HEX_CODE.sub("", s)
    s = _GUID.sub("", s)
    s = _PATH.sub("(a file)", s)
    s = _INTERNAL.sub("", s)
    s = s.replace("Dataverse", "Dynamics 365").replace("the org", "Dynamics 365")
    return re.sub(r"\s{2,}", " ", s).strip(" ;,")


def sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def reason_in_words(reason: Any) -> str:
    """One row's reason (quarantine, skipped, failed, close_failed) as a sentence that groups
    alike rows: specific values and row numbers left out, the cause kept."""
    r = "" if reason is None else str(reason)
    if m := re.match(r"duplicate source id", r, re.I):
        return ("Another row before it has the same key (the same record twice, or two rows "
                "sharing one id); the first of them was moved")
    if m := re.match(r"its (\w+) '.*' is not in the org", r, re.S):
        what = RECORD_WORDS.get(m.group(1), m.group(1))
        return (f"The {what} it belongs to did not move (see above), so it would have had "
                "nothing to be attached to")
    if m := re.match(r"(?:no (\w+): )?'.*': \d+ (\w+) records of the export share this "
                     r"([\w ]+?)(?:,? so| and) none was chosen", r, re.S):
        what = RECORD_WORDS.get(m.group(2), m.group(2))
        return (f"The {what} it names shares its {m.group(3)} with other {what} records of "
                f"the export, so which one is meant cannot be told; make the {m.group(3)}s "
                "unique in the export, or link by id")
    if m := re.match(r"no (\w+): the export names no ([\w ]+?) for it", r):
        what = " or ".join(RECORD_WORDS.get(w, w) for w in m.group(2).split(" or "))
        return (f"The export names no {what} as its {field_label({}, '', m.group(1)).lower()}"
                ", and Dynamics 365 needs one")
    if m := re.match(r"no (\w+): '.*' is not an? ([\w ]+?) of the export$", r, re.S):
        what = " or ".join(RECORD_WORDS.get(w, w) for w in m.group(2).split(" or "))
        return (f"The {what} it names as its {field_label({}, '', m.group(1)).lower()} is not "
                f"in the export, and Dynamics 365 needs one")
    if m := re.match(r"parent (\w+) loop:", r):
        what = RECORD_WORDS.get(m.group(1), m.group(1))
        return (f"Its parent {what} leads round in a loop back to itself, which Dynamics 365 "
                "cannot hold; the link was left empty so the records could move")
    if m := re.match(r"'([a-z0-9_]+)' is required (?:in|by) Dataverse", r):
        return (f"{field_label({}, '', m.group(1))} is required in Dynamics 365, and the "
                "export leaves it empty")
    if m := re.match(r"left out as decided: (.*) \([^()]* is '.*'\)$", r, re.S):
        # the analyst's own words, whole (apostrophes and all); the matched value is per row
        return sentence(f"Left out as decided: {clean(m.group(1))}")
    if r.startswith("no option decided for"):
        # a choice value the map has not decided yet (a meeting's 'ACCEPTED', an industry)
        return ("Its value has no option decided in the field map yet (the migration team "
                "says what each value becomes), so it was held back rather than guessed")
    if re.match(r"line \d+ could not be read", r):
        return ("Its line in the export could not be read (binary or control characters, or "
                "a field too large), so the record was not moved")
    if r.startswith("values appear shifted"):
        return ("Its values sit in the wrong columns of the export (a cell missing or one too "
                "many in its row), so it was held back rather than loaded into the wrong "
                "fields")
    if re.match(r"the file '[^']*' is not in the export", r):
        return "The attached file is missing from the export"
    if m := re.match(r"the file '[^']*' is [\d.]+ \w+ as sent.*?up to ([\d.]+ \w+)", r):
        return (f"The file is larger than Dynamics 365 accepts (up to {m.group(1)}); an "
                "administrator can raise the limit and the run be repeated")
    if m := re.match(r"Dataverse refused it:\s*(.*)", r, re.S):
        return "Dynamics 365 refused the record: " + (clean(_QUOTED.sub("…", m.group(1)))
                                                      or "no reason given")
    text = clean(_QUOTED.sub("…", r))
    text = re.sub(r"\s*\((?:see|the CSV)[^)]*\)", "", text)
    text = re.sub(r"^…\s+is\b", "The value is", text)  # "'n/a' is not a phone number"
    return sentence(text) or "No reason recorded"


def field_labels(mapping: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(map entry, column) -> the label a user sees in Dynamics 365, read from the reasons
    the suggestion engine wrote (``... is name ('Account Name')``, ``custom field 'Tier'``)."""
    out: dict[tuple[str, str], str] = {}
    for t in mapping.get("tables") or []:
        unit = t.get("name") or t.get("target") or ""
        for c in [*(t.get("columns") or []), *(t.get("lookups") or [])]:
            target, reason = c.get("target") or "", str(c.get("reason") or "")
            m = re.search(rf"\b{re.escape(target)} \('([^']+)'\)", reason) or \
                re.search(r"custom field '([^']+)'", reason)
            if target and m:
                out.setdefault((unit, target), m.group(1))
    return out


def verified_labels(verification: dict[str, Any] | None) -> dict[tuple[str, str], str]:
    """(table, column) -> the label Dynamics 365 gives it, as the spot check read it from the
    org's own metadata: a column the map sets by a decision (a link the parameters name)
    has no reason naming its label."""
    out: dict[tuple[str, str], str] = {}
    tables = ((verification or {}).get("spot_check") or {}).get("tables") or {}
    for table, spot in tables.items():
        for record in (spot or {}).get("records") or []:
            for f in record.get("fields") or []:
                if f.get("field") and f.get("label"):
                    out.setdefault((str(table), str(f["field"])), str(f["label"]))
                    out.setdefault(("*", str(f["field"])), str(f["label"]))
    return out


def field_label(labels: dict[tuple[str, str], str], unit: str, column: str) -> str:
    if (unit, column) in labels:
        return labels[(unit, column)]
    if column in FIELD_LABELS:
        return FIELD_LABELS[column]
    if ("*", column) in labels:
        return labels[("*", column)]
    words = re.sub(r"^[a-z]+_", "", column) if column.count("_") == 1 else column
    return sentence(words.replace("_", " "))


def choice_values(mapping: dict[str, Any]) -> dict[tuple[str, str], dict[str, list[str]]]:
    """(map entry, column) -> option value (as text) -> the export's labels for it."""
    out: dict[tuple[str, str], dict[str, list[str]]] = {}
    for t in mapping.get("tables") or []:
        unit = t.get("name") or t.get("target") or ""
        for c in t.get("columns") or []:
            if isinstance(c.get("values"), dict) and c.get("target"):
                back: dict[str, list[str]] = {}
                for label, value in c["values"].items():
                    back.setdefault(str(value), []).append(str(label))
                out[(unit, c["target"])] = back
    return out


def org_value(value: Any, export: Any, options: dict[str, list[str]] | None) -> str:
    """A value read back from Dynamics 365 as a person reads it: lookups without their
    internal id, option numbers as the export's label for them."""
    s = _GUID.sub("", "" if value is None else str(value)).strip()
    if s == "(not in the org)":
        return "(not found in Dynamics 365)"
    if not options or not s:
        return s
    said = {p.strip().casefold() for p in re.split(r"[;|,]", str(export or "")) if p.strip()}
    shown = []
    for part in (p.strip() for p in s.split(",")):
        labels = options.get(part) or []
        own = [lb for lb in labels if lb.casefold() in said]
        shown.append((own or labels or [part])[0])
    return "; ".join(shown)


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def when(stamp: Any) -> str:
    """``2026-11-30T12:44:56+00:00`` -> ``30 Nov 2026, 12:44 UTC``."""
    try:
        dt = datetime.fromisoformat(str(stamp).replace("Z", "+00:00"))
    except ValueError:
        return ""
    return dt.strftime("%-d %b %Y, %H:%M UTC")
