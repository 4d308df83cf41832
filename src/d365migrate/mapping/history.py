"""Map entries for a CRM's history: tasks, and activities routed by their type.

A SmartDesk export keeps every call, meeting, email and note of an account in one activities
file with a ``type`` column; Dataverse keeps each kind in its own table. So one source feeds
several map entries, each named for its unit (``phonecall``, ``appointment``, ``email``) and
taking the rows its ``where`` selects. An activity is *regarding* one record, a deal if it has
one, else its contact, else its company: a polymorphic lookup, written as several lookups of
the one column in that order (the loader binds the first that resolves).

What the engine proposes for the ordinary columns (subject, description, dates, owner) comes
from :mod:`d365migrate.mapping.suggest` like every other table's; this module adds what only
the meaning of history gives: routing, regarding, end times from start plus duration, and the
state each activity ends in (a call that happened is completed, not left open).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import polars as pl

from d365migrate.dataverse import tables
from d365migrate.intake.calendar_files import calendar_columns
from d365migrate.intake.discover import Discovery
from d365migrate.intake.kinds import ascii_folded
from d365migrate.intake.mailbox_values import mailbox_address
from d365migrate.intake.type_columns import named_files
from d365migrate.load.order import base_unit, table_of
from d365migrate.mapping import more_files, regarding_links
from d365migrate.mapping.activity_words import ROUTES
from d365migrate.mapping.call_outcomes import direction_word, outcome_column
from d365migrate.mapping.direction_values import INBOUND, OUTBOUND, all_directions
from d365migrate.mapping.done_flags import done_flag_column, done_flag_values, own_states
from d365migrate.mapping.owner_columns import names_asker, names_staff
from d365migrate.mapping.party_lists import party_items
from d365migrate.mapping.script_routes import script_route
from d365migrate.mapping.ticket_notes import (
    messages_in_notes,
    tickets_as_notes,
)
from d365migrate.mapping.todo_activities import spans, todo_columns
from d365migrate.staging.further_ids import ID_PREFIX

__all__ = ["ROUTES", "HISTORY_UNITS", "PARTY_MASKS", "history_entries", "party_addresses",
           "route_by_name"]

#: Units this module builds, with the discovery kind they come from.
HISTORY_UNITS = {"task": "task", "phonecall": "activity", "appointment": "activity",
                 "email": "activity", "activity_note": "activity", "note": "note",
                 "attachment": "attachment", "incident": "ticket",
                 "case_email": "ticket_message"}
PATH_COLUMNS = ("path", "file_path", "filepath", "file", "location", "storage_path")
#: Which record an activity is regarding, in order: kind of the linked object -> table.
REGARDING = (("ticket", "incident"), ("deal", "opportunity"), ("contact", "contact"),
             ("company", "account"), ("account", "account"), ("lead", "lead"),
             # the Sales tables a note or an activity may sit on (Odoo's messages on orders)
             ("order", "salesorder"), ("quote", "quote"), ("campaign", "campaign"),
             ("product", "product"), ("competitor", "competitor"))
TYPE_COLUMNS = ("type", "activity_type", "kind", "activitytype", "category", "channel",
                "kanaal", "kanal", "canal", "canale")   # the channel, Dutch, German, Romance
#: Completed status per table when the activity happened (table reference pages):
#: phone call Made 2 / Received 4, email Sent 3 / Received 4, appointment Completed 3.
DONE_BY_DIRECTION = {"phonecall": (2, 4), "email": (3, 4)}
APPOINTMENT_COMPLETED = 3
#: Who took part, by the role a column names -> ``participationtypemask`` on each table
#: (activityparty-entity page: 1 Sender, 2 To, 3 Cc, 4 Bcc, 5 Required attendee,
#: 6 Optional attendee, 7 Organizer).
PARTY_MASKS = {"email": {"from": 1, "to": 2, "cc": 3, "bcc": 4},
               "case_email": {"from": 1, "to": 2, "cc": 3, "bcc": 4},
               "phonecall": {"from": 1, "to": 2},
               "appointment": {"from": 7, "to": 5, "cc": 6}}
PARTY_WORDS = {"from": ("from", "sender", "organizer", "organiser", "caller"),
               "to": ("to", "recipient", "recipients", "attendee", "attendees", "callee"),
               "cc": ("cc",), "bcc": ("bcc",)}
PARTY_LABELS = {1: "From", 2: "To", 3: "Cc", 4: "Bcc", 5: "Required attendee",
                6: "Optional attendee", 7: "Organizer"}
ADDRESS_WORDS = ("", "email", "emails", "mail", "address", "addresses", "addr")

Entry = dict[str, Any]
TableEntry = Callable[[str, str, dict[str, Any], pl.DataFrame, Mapping[str, str]], Entry]


def _type_column(df: pl.DataFrame) -> str | None:
    """The column that says what kind of activity a row is (its values name the kinds)."""
    words = {w for ws in ROUTES.values() for w in ws} | {"note"}
    for col in df.columns:
        if col.lower() not in TYPE_COLUMNS:
            continue
        values = df[col].drop_nulls().cast(pl.Utf8).str.strip_chars().str.to_lowercase()
        if values.len() and values.is_in(list(words)).mean() >= 0.5:
            return col
    return None


#: Words of a file name that say nothing of the kind of activity it holds.
_NAME_NOISE = {"data", "export", "raw", "stg", "engagement", "engagements", "activity",
               "activities", "table", "sample", "all"}


def _name_words(source: str) -> list[str]:
    """A file name's words, singular and lowercase (``engagement_meeting_data`` -> meeting,
    ``PhoneCalls`` -> phone, call; accents dropped: ``Réunions`` -> reunion)."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", ascii_folded(source))
    words = [w.lower() for w in re.split(r"[^A-Za-z0-9]+", spaced) if w]
    return [w[:-1] if w.endswith("s") and len(w) > 3 and not w.endswith("ss") else w
            for w in words if w.lower() not in _NAME_NOISE]


def route_by_name(source: str) -> str | None:
    """The unit a whole activities file goes to when it has no type column and its name
    names one kind (Salesforce ``Event`` -> appointment, HubSpot ``engagement_meeting_data``
    -> appointment, ``calls`` -> phonecall); None when it names none or several."""
    # 'Activity (mail.activity)': Odoo's label, then its model, whose 'mail' says no email
    source = re.sub(r"(?<=\w)\s*\([^()]*\)\s*$", "", source) or source
    words = _name_words(source)
    text = " ".join(words)
    units = {unit for unit, names in ROUTES.items()
             if any(n in words or (" " in n and n in text) for n in names)}
    if not units:   # '通話', 'الاجتماعات': a name in a script the fold drops
        return script_route(source)
    return next(iter(units)) if len(units) == 1 else None


def _route_values(df: pl.DataFrame, column: str, unit: str) -> list[str]:
    """The values of ``column`` that route a row to ``unit``, as the export writes them."""
    values = df[column].drop_nulls().cast(pl.Utf8).str.strip_chars().unique().sort()
    return [v for v in values.to_list() if v.lower() in ROUTES[unit]]


def _regarding(discovery: Discovery, source: str, table_def: dict[str, Any],
               chosen: Mapping[str, str]) -> list[Entry]:
    """Lookups of ``regardingobjectid`` (or a note's ``objectid``), one per linked kind, in
    the order deal, contact, company, by id or by name; each names its table's navigation."""
    attrs = tables.attributes(table_def)
    column = "regardingobjectid" if "regardingobjectid" in attrs else "objectid"
    out: list[Entry] = []
    for kind, table in REGARDING:
        target_source = chosen.get(table)
        if target_source is None or discovery.kind_of(target_source) != kind:
            continue
        links = regarding_links.usable(discovery.links_from(source), target_source)
        if not links:
            continue
        nav = tables.navigation(table_def, column, table)
        if nav is None or any(lk["navigation"] == nav for lk in out):
            continue
        out.append(regarding_links.regarding_entry(column, nav, table, links[0], discovery))
    return out


def _parents(discovery: Discovery, frames: Mapping[str, pl.DataFrame], source: str,
             table_def: dict[str, Any], chosen: Mapping[str, str]) -> list[Entry]:
    """A note's parent, an activity's regarding: one column of ids whose table another
    column names (``parent_type`` company/contact/deal, CiviCRM's ``Note Entity``
    civicrm_contact). One ``objectid`` (``regardingobjectid``) lookup per parent table,
    each taking the rows whose type value names that table's file
    (:mod:`d365migrate.intake.type_columns`), else whose ids are mostly that file's."""
    df = frames[source]
    column = "regardingobjectid" if "regardingobjectid" in tables.attributes(table_def) \
        else "objectid"
    table_of_source = {src: table for table, src in chosen.items()}
    kinds = {o.source: o.name for o in discovery.objects}
    out: list[Entry] = []
    for rel in discovery.links_from(source):
        table = table_of_source.get(rel.target_source)
        if rel.kind != "polymorphic" or not rel.via or table is None:
            continue
        named = named_files(df[rel.via], kinds)
        values = sorted(v for v, s in named.items() if s == rel.target_source) if named \
            else _mostly_its_ids(df, rel, frames[rel.target_source])
        nav = tables.navigation(table_def, column, table)
        if not values or nav is None:
            continue
        what = "the note's parent: the" if column == "objectid" else "regarding the"
        whom = "record" if named else table  # a file split between tables: either
        out.append({"target": column, "navigation": nav, "table": table,
                    "source": rel.column, "references": rel.to, "fallbacks": [],
                    "where": {"column": rel.via, "in": values},
                    # a note means nothing without its record; an activity stands alone
                    **({"required": True} if column == "objectid" else {}),
                    "confidence": 0.9,
                    "reason": f"{what} {whom} '{rel.column}' names, where {rel.via} is "
                              f"{', '.join(values)}" + (f" (the file '{rel.target_source}')"
                                                        if named else "")})
    return out


def _mostly_its_ids(df: pl.DataFrame, rel: Any, target: pl.DataFrame) -> list[str]:
    """The type values whose rows' ids are mostly ``rel``'s target file's (a type column
    whose values name no file: 'company', 'person' of a CRM's own words)."""
    keys = target[rel.target_column].cast(pl.Utf8).str.strip_chars()
    hits = df.select(pl.col(rel.via).cast(pl.Utf8).str.strip_chars().alias("v"),
                     pl.col(rel.column).cast(pl.Utf8).str.strip_chars()
                     .is_in(keys.implode()).alias("hit"))
    share = hits.group_by("v").agg(pl.col("hit").mean()).filter(pl.col("hit") >= 0.5)
    return sorted(v for v in share["v"].to_list() if v is not None)


def _with_file(entry: Entry, df: pl.DataFrame) -> Entry:
    """An attachment's file: the column holding its path inside the export becomes the note's
    document (``documentbody``), read at load time; its size is checked against the org's
    limit before anything moves."""
    path = next((c for c in df.columns if c.lower() in PATH_COLUMNS), None)
    if path is None:
        return entry
    entry["file"] = {"path": path}
    entry["columns"] = [c for c in entry["columns"] if c["target"] not in
                        ("documentbody", "filesize", "isdocument")]
    entry["unmapped"] = [c for c in entry["unmapped"] if c != path]
    for c in df.columns:  # the size the export states is checked against the file itself
        if "size" in c.lower() and c in entry["unmapped"]:
            entry.setdefault("unmapped_reasons", {})[c] = \
                "the file's own size is what counts; the org computes filesize"
    return entry


def _as_case(entry: Entry, discovery: Discovery, source: str, table_def: dict[str, Any],
             chosen: Mapping[str, str]) -> Entry:
    """A ticket as a Case: its customer is its company, else its contact (``customerid`` is
    one column of either table); it is resolved through ``CloseIncident`` after load."""
    table_of_source = {src: table for table, src in chosen.items()}
    customer: list[Entry] = []
    for table in ("account", "contact"):
        # the agent a ticket is assigned to answers it: never its customer ('assignee_id'
        # into a users file that holds end users and agents alike); the one who asked
        # ('requester_id') is, before who typed it in ('submitter_id')
        links = sorted((r for r in discovery.links_from(source) if r.kind == "id"
                        and table_of_source.get(r.target_source) == table
                        and r.match_rate > 0.5 and not names_staff(r.column)),
                       key=lambda r: not names_asker(r.column))
        nav = tables.navigation(table_def, "customerid", table)
        if links and nav:
            customer.append({"target": "customerid", "navigation": nav, "table": table,
                             "source": links[0].column, "references": links[0].to,
                             "fallbacks": [], "required": True,
                             "confidence": links[0].match_rate,
                             "reason": f"the case's customer: the {table} of the ticket"})
    if not customer:
        # no id names its customer: the engine's link by name stays (a ticket's 'customer'
        # holding the customer's name, as a no-code table's link column shows it)
        customer = [{**lk, "required": True} for lk in entry["lookups"]
                    if lk["target"] == "customerid"]
    replaced = [lk for lk in entry["lookups"] if lk["target"] == "customerid"
                and lk["source"] not in {x["source"] for x in customer}]
    entry["lookups"] = [lk for lk in entry["lookups"] if lk["target"] != "customerid"] + customer
    for lk in replaced:   # the engine's customer column yields to the ticket's own: said why
        if lk["source"] not in {x["source"] for x in entry["lookups"]}:
            entry.setdefault("unmapped", []).append(lk["source"])
            entry.setdefault("unmapped_reasons", {})[lk["source"]] = (
                f"would be the case's customer, but '{customer[0]['source']}' names it "
                f"({customer[0]['table']} records by id)")
    for c in entry["columns"]:  # a ticket's status is its status reason; state follows
        if c["target"] == "statecode":
            c["target"] = "statuscode"
            c["values"] = {v: None for v in c.get("values") or {}}
    return entry


def _as_case_email(entry: Entry, discovery: Discovery, source: str,
                   table_def: dict[str, Any]) -> Entry:
    """A ticket's message as an email regarding its case, completed (it was sent)."""
    entry["lookups"] = [lk for lk in entry["lookups"] if lk["target"] == "regardingobjectid"]
    sent = next((c for c in entry["columns"] if c["target"] in ("actualend", "actualstart",
                                                                "scheduledend")), None)
    if sent is None:
        stamp = next((c for c in entry["unmapped"] if "sent" in c.lower()), None)
        if stamp:
            entry["columns"].append({"target": "actualend", "source": stamp,
                                     "transform": "datetime", "confidence": 0.9,
                                     "reason": "when the message was sent"})
            entry["unmapped"].remove(stamp)
            entry.get("unmapped_reasons", {}).pop(stamp, None)
    entry["columns"].append({"target": "statuscode", "source": None, "transform": "constant",
                             "value": 2, "confidence": 0.9,
                             "reason": "the message was sent: completed"})
    return entry


def _direction(df: pl.DataFrame) -> str | None:
    """The column named the direction, else one whose every value is a direction word
    (SinergiaCRM's Spanish 'Dirección': Saliente, Entrante; Spanish names it as an address)."""
    named = next((c for c in df.columns if c.lower() in ("direction", "directioncode")), None)
    return named or next((c for c in df.columns if df[c].dtype == pl.Utf8 and all_directions(
        df[c].drop_nulls().str.strip_chars().unique().to_list())), None)




def _with_history(entry: Entry, unit: str, df: pl.DataFrame, regarding: list[Entry]) -> Entry:
    """The engine's entry with routing's meaning added: regarding, end times, closes."""
    closes_here = unit in DONE_BY_DIRECTION or unit == "appointment"
    columns = [c for c in entry["columns"] if not closes_here
               or c["target"] not in ("statecode", "statuscode", "directioncode")]
    named = [c for c in df.columns if "duration" in c.lower()]
    # a length split in hours and minutes (SuiteCRM's 'Duration Hours', 'Duration Minutes'):
    # no one of the columns is the length in minutes
    split = {w for c in named for w in ("hour", "minute") if w in c.lower()} == {"hour",
                                                                                "minute"}
    if split:
        columns = [c for c in columns
                   if not (c["target"] in ("actualdurationminutes", "scheduleddurationminutes")
                           and c.get("source") in named)]
        entry.setdefault("unmapped_reasons", {}).update(
            {c: "the length is split in hours and minutes: no one column is it in minutes"
             for c in named})
    entry["lookups"] = [lk for lk in entry["lookups"]
                        if lk["target"] not in ("regardingobjectid", "objectid")] + regarding
    used = {c["source"] for c in columns if c.get("source")} | \
        {lk["source"] for lk in entry["lookups"]} | \
        {lk["where"]["column"] for lk in entry["lookups"] if lk.get("where")}
    start = next((c for c in columns if c["target"] in ("actualstart", "scheduledstart")), None)
    duration = next((c["source"] for c in columns if c["target"] == "actualdurationminutes"),
                    None) or (None if split else next(iter(named), None))
    # a column named the direction, else the one the engine read as it (Zoho's Call_Type:
    # Outbound, Inbound) gives the direction and the status a call that happened ends in
    direction = _direction(df) or next((c["source"] for c in entry["columns"]
                                        if c["target"] == "directioncode" and c.get("source")
                                        and c["source"] in df.columns), None)
    ends = {c["target"] for c in columns}  # an end time of its own (Salesforce EndDateTime)
    if unit == "appointment" and start is not None:
        start["target"] = "scheduledstart"
        if "scheduledend" not in ends:
            columns.append({"target": "scheduledend", "source": start["source"],
                            "transform": "datetime", "plus_minutes": duration,
                            "confidence": start["confidence"],
                            "reason": "a meeting ends its duration after it starts"})
        columns = [c for c in columns if c["target"] != "actualdurationminutes"] + (
            [{"target": "scheduleddurationminutes", "source": duration, "transform": "integer",
              "confidence": 0.9, "reason": "the meeting's length"}]
            if duration and "scheduleddurationminutes" not in ends else [])
        columns.append({"target": "statuscode", "source": None, "transform": "constant",
                        "value": APPOINTMENT_COMPLETED,
                        "confidence": 0.9, "reason": "a meeting logged in the CRM took place:"
                        " completed"})  # unless a done flag says which did (below)
    elif unit in ("phonecall", "email") and start is not None and "actualend" not in ends:
        columns.append({"target": "actualend", "source": start["source"],
                        "transform": "datetime", "plus_minutes": duration,
                        "confidence": start["confidence"],
                        "reason": "the call or email ended its duration after it started"})
    columns = own_states(entry["columns"], columns) if closes_here else columns  # its Status
    flag = done_flag_column(df) if closes_here else None
    if flag is not None:  # the export says which happened: those close, the others stay open
        columns = [c for c in columns if c["target"] != "statuscode"]
        values = df[flag].drop_nulls().cast(pl.Utf8).unique().to_list()
        columns.append({"target": "statecode", "source": flag, "transform": "choice",
                        "values": done_flag_values(flag, values, {"open": 0, "completed": 1}),
                        "confidence": 0.9, "reason": f"'{flag}' says whether it happened: "
                        "true closes it as completed, false leaves it open"})
        used.add(flag)
    if unit in DONE_BY_DIRECTION and direction:
        values = df[direction].drop_nulls().cast(pl.Utf8).str.strip_chars().unique().to_list()
        columns.append({"target": "directioncode", "source": direction,
                        "transform": "boolean",
                        "values": {v: (True if direction_word(v) in OUTBOUND else False
                                       if direction_word(v) in INBOUND else None)
                                   for v in sorted(values)},
                        "confidence": 0.9, "reason": "outgoing or incoming"})
        used.add(direction)
    if unit in DONE_BY_DIRECTION and direction and flag is None:
        # (with a done flag, the status of a call that happened comes with its state:
        # completed, made; the direction stays in directioncode)
        made, received = DONE_BY_DIRECTION[unit]
        columns.append({"target": "statuscode", "source": direction, "transform": "choice",
                        "values": {v: (made if direction_word(v) in OUTBOUND else received
                                       if direction_word(v) in INBOUND else None)
                                   for v in sorted(values)}, "default": made,
                        "confidence": 0.9, "reason": "it happened: made (outgoing) or "
                        "received (incoming)"})
    elif unit in DONE_BY_DIRECTION and flag is None:
        columns.append({"target": "statuscode", "source": None, "transform": "constant",
                        "value": DONE_BY_DIRECTION[unit][0],
                        "confidence": 0.8, "reason": "it happened: completed"})
    read = frozenset(c["source"] for c in entry["columns"] if c.get("source")
                     and c["target"] in ("statecode", "statuscode"))
    own = any(c["target"] == "statecode" and c.get("source") for c in columns)  # numbers
    outcome = outcome_column(df, read) if closes_here and flag is None and not own else None
    if outcome is not None:  # how each one ended, in a column of its own (call_outcomes)
        columns = [c for c in columns if c["target"] != "statecode"]
        unread = [v for v, state in outcome[1].items() if state is None]
        columns.append({"target": "statecode", "source": outcome[0], "transform": "choice",
                        "values": outcome[1], "confidence": 0.9 if not unread else 0.5,
                        "reason": f"'{outcome[0]}' says how each ended: happened completed, "
                        "did not happen canceled, not yet open" + (
                            "; yours to decide: " + ", ".join(f"'{v}'" for v in unread[:5])
                            if unread else "")})
        used.add(outcome[0])
    entry["columns"] = columns
    entry["unmapped"] = [c for c in df.columns if c not in used and c != entry["source_key"]
                         and c != (entry.get("owner") or {}).get("source")
                         and c != (entry.get("where") or {}).get("column")]
    for c in list(entry.get("unmapped_reasons", {})):
        if c not in entry["unmapped"]:
            entry["unmapped_reasons"].pop(c)
    return entry


def _party_role(df: pl.DataFrame, column: str) -> str | None:
    """The role a column of addresses names (``from_email`` -> from, ``to_emails`` -> to,
    ``cc`` -> cc), when its values are email addresses (or it is empty)."""
    first, _, rest = column.lower().replace("-", "_").partition("_")
    role = next((r for r, words in PARTY_WORDS.items() if first in words), None)
    if role is None or rest not in ADDRESS_WORDS:
        return None
    values = df[column].drop_nulls().cast(pl.Utf8).str.strip_chars()
    values = values.filter(values != "")
    return role if not values.len() or values.str.contains("@").mean() >= 0.5 else None


def _with_parties(entry: Entry, unit: str, df: pl.DataFrame,
                  table_def: dict[str, Any]) -> Entry:
    """Who sent, received or attended: the columns of addresses become the activity's
    parties (``<table>_activity_parties``), each address resolved at load to a contact,
    user, account or lead with that email, else kept as ``addressused``."""
    masks = PARTY_MASKS[unit]
    found = [(c, _party_role(df, c)) for c in df.columns if c != entry["source_key"]]
    specs = [{"source": c, "mask": masks[r], "split": ";", "confidence": 0.9,
              "reason": f"the {PARTY_LABELS[masks[r]]} party: each address resolved to a "
                        "contact, user, account or lead with that email, else kept as the "
                        "address used"}
             for r in masks for c, role in found if role == r]
    if not specs:
        return entry
    entry["parties"] = specs
    sources = {s["source"] for s in specs}
    party_lists = {a["LogicalName"] for a in table_def.get("Attributes") or []
                   if a.get("AttributeType") == "PartyList"}
    entry["columns"] = [c for c in entry["columns"] if c["target"] not in party_lists]
    entry["unmapped"] = [c for c in entry["unmapped"] if c not in sources]
    for c in sources:
        entry.get("unmapped_reasons", {}).pop(c, None)
    return entry


def party_addresses(specs: list[dict[str, Any]]) -> pl.Expr:
    """One row's parties as staged: a list of ``{mask, address}``, addresses split on the
    spec's separator, trimmed, ``Name <a@b>`` read as ``a@b``, empty ones dropped."""
    parts = []
    for spec in specs:   # a JSON list of people gives their e-mails (party_lists)
        parts.append(party_items(spec).list.eval(pl.struct(
            pl.lit(int(spec["mask"]), pl.Int64).alias("mask"),
            mailbox_address(pl.element()).alias("address"))))
    return pl.concat_list(parts).list.eval(
        pl.element().filter(pl.element().struct.field("address") != "")
    ).list.unique(maintain_order=True)


def history_entries(frames: Mapping[str, pl.DataFrame], discovery: Discovery,
                    table_defs: Mapping[str, dict[str, Any]], units: list[str],
                    chosen: Mapping[str, str], table_entry: TableEntry) -> list[Entry]:
    """Map entries for the history ``units`` asked for (task, phonecall, appointment, email).

    ``table_entry(unit, source, table_def, frame)`` is the proposal's ordinary entry for a
    source frame (columns by the engine); ``chosen`` says which source fills each core table,
    for the regarding lookups.
    """
    out: list[Entry] = []
    chosen = dict(chosen)  # grows as units are placed: a case's emails point at the case
    # an org without the Case table (no Customer Service): tickets become notes
    as_notes = "incident" in units and "incident" not in table_defs
    note_def = table_defs.get("annotation") or table_defs.get("note")
    for unit in sorted(units, key=lambda u: u != "incident"):  # the cases first: an
        kind = HISTORY_UNITS.get(unit)                          # activity may regard one
        if as_notes and kind == "ticket" and note_def is not None:
            out += tickets_as_notes(frames, discovery, dict(note_def), chosen, table_entry)
            continue
        if as_notes and kind == "ticket_message":
            out += messages_in_notes(discovery, frames)
            continue
        if kind is None or unit not in table_defs:
            continue
        table_def = dict(table_defs[unit])
        sources = sorted(discovery.sources(kind),
                         key=lambda s: kind == "activity" and route_by_name(s) != unit)
        todos = unit == "task" and not sources   # no tasks file: the activities' to-dos
        for source in sources or (discovery.sources("activity") if todos else []):
            df = frames[source]
            where = named = due = meets = kept = None
            if kind == "activity" or todos:
                # to-dos ('actions', 'tasks'): their type (email, call) says what to do
                column = None if route_by_name(source) == "task" else _type_column(df)
                values = _route_values(df, column, unit) if column else []
                named = route_by_name(source) if column is None else None
                if todos and column is None and named is None and todo_columns(df.columns):
                    named, due = unit, todo_columns(df.columns)[0]  # every row a to-do
                elif todos and column is None and named is None and not spans(df.columns):
                    # no column routes a row (CiviCRM's activity types are its option ids)
                    # and no name does: every row kept as a task, the history not lost
                    named, kept = unit, True
                if unit == "appointment" and named is None and not (column and any(
                        _route_values(df, column, u) for u in ROUTES)) and not any(
                        route_by_name(s) == unit for s in sources) and \
                        calendar_columns(list(df.columns)):
                    # a calendar's columns, no column or file name routing rows (Training):
                    # every row a meeting
                    named, meets, values = unit, unit, []
                if not values and named != unit:
                    continue
                if values:
                    where = {"column": column, "in": values}
                    df = df.filter(pl.col(column).cast(pl.Utf8).str.strip_chars()
                                   .is_in(values))
            entry = table_entry(unit, source, table_def, df, chosen)
            if due:
                entry["reason"] += (f"; the export has no tasks file, and every row of "
                                    f"'{source}' is a planned activity, due by '{due}' with no "
                                    "start or end: a to-do, a task")
            elif kept:
                entry["reason"] += (f"; the export has no tasks file, and no column or name of "
                                    f"'{source}' says each row's kind (a call, a meeting, an "
                                    "e-mail): every row is kept as a task, so the history is "
                                    "not lost")
            elif meets:
                entry["reason"] += (f"; no column says each row's kind, and '{source}' is a "
                                    "calendar (a start, an end, all day or who attends): "
                                    "every row is a meeting")
            elif named == unit:
                entry["reason"] += (f"; no column says each row's kind, and the file's name "
                                    f"'{source}' names {unit} records: every row is one")
            entry["target"] = table_of(unit)
            entry["name"] = unit
            if where:
                entry["where"] = where
                entry["reason"] += f"; the rows whose {where['column']} is " + \
                    ", ".join(where["in"])
            parents = _parents(discovery, frames, source, table_def, chosen)
            if kind not in ("note", "attachment"):  # an activity: by a type column first
                parents += [p for p in _regarding(discovery, source, table_def, chosen)
                            if all(p["navigation"] != q["navigation"] for q in parents)]
            if kind == "note" and not parents and not any(
                    r.kind == "polymorphic" for r in discovery.links_from(source)):
                # one parent, no type column (Recurly's account notes: account_id): the
                # note's parent by its plain link, as an activity's regarding
                parents = _regarding(discovery, source, table_def, chosen)
            entry = _with_history(entry, unit, df, parents)
            if kind == "attachment":
                entry = _with_file(entry, df)
            if kind == "ticket":
                entry = _as_case(entry, discovery, source, table_def, chosen)
            if kind == "ticket_message":
                entry = _as_case_email(entry, discovery, source, table_def)
            if unit in PARTY_MASKS:
                entry = _with_parties(entry, unit, df, table_def)
            before = [e for e in out if base_unit(e["name"]) == unit]
            if before:  # a further file of the unit's kind: an entry of its own, or why not
                found = discovery.by_source(source)
                if (why := more_files.not_further(entry, before[0], frames, found.confidence
                                                  if found else 1.0, before[1:])) is not None:
                    before[0].setdefault(more_files.NOT_FURTHER, []).append(
                        more_files.left_out(source, why))
                    continue
                entry = more_files.as_further(entry, unit, len(before) + 1, before[0]["source"],
                                              {str(e[ID_PREFIX]) for e in out if e.get(ID_PREFIX)})
                note = more_files.overlap_note(entry, before, frames)  # partly there already
                entry["reason"] += f"; {note}" if note else ""
            out.append(entry)
            chosen.setdefault(table_of(unit), source)
            if unit in more_files.ONE_FILE_UNITS:
                break  # one source for this unit: the largest of its kind
    return out


