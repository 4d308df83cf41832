"""Field-mapping suggestions: which Dataverse column each source column belongs in.

The mission promise is "AI proposes the map; you confirm before any record moves", so the
proposal has to be right often enough that an analyst mostly presses confirm, and say *why*
for every line so the analyst can check it quickly. Signals, strongest first:

- CRM vocabulary (``data/synonyms.yml``, :mod:`d365migrate.mapping.vocabulary`): ``mobile``
  -> ``mobilephone``, ``BillingCity`` -> ``address1_city``, ``close_date`` ->
  ``estimatedclosedate``... kept as data, not code.
- Names: the source name against the column's logical name and display name (exact, then
  fuzzy with rapidfuzz).
- Types and value patterns: emails, phones, URLs, dates, numbers and money inferred from the
  values (:mod:`d365migrate.mapping.sourcecols`), checked against ``AttributeType`` and the
  string format.
- Cardinality: few distinct values fit a choice (Picklist) column; labels that match its
  options count as evidence.
- Relationships: ``company_id``/``AccountId``/``owner_email`` point at another object (as
  discovery found from the values, or by name); they go to the Lookup/Customer/Owner column
  whose ``Targets`` include that table.

Target metadata is a table definition in the ``EntityDefinitions`` shape, read through
:mod:`d365migrate.dataverse.tables`. Only columns that can be written on create or update are
proposed; system plumbing is skipped. The whole map is put together in
:mod:`d365migrate.mapping.propose`; accuracy against answer keys is measured in
:mod:`d365migrate.mapping.accuracy`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl
from rapidfuzz import fuzz

from d365migrate.dataverse import tables as dv
from d365migrate.dataverse.tables import CHOICE_TYPES, LOOKUP_TYPES
from d365migrate.intake.discover import is_natural_key, primary_key
from d365migrate.intake.kinds import QUALIFIER_PREFIXES, column_prefix, name_word_split
from d365migrate.mapping.campaign_names import campaign_name_candidates
from d365migrate.mapping.child_files import parent_word_before
from d365migrate.mapping.copies import yield_copies
from d365migrate.mapping.dataverse_labels import own_labels
from d365migrate.mapping.done_flags import done_flag_candidates
from d365migrate.mapping.flag_nouns import noun_for_flag
from d365migrate.mapping.glued_words import glued_synonym_targets
from d365migrate.mapping.label_names import own_description_names
from d365migrate.mapping.lead_names import lead_name_candidates
from d365migrate.mapping.own_lists import documents, own_list
from d365migrate.mapping.parent_products import parent_product_candidates
from d365migrate.mapping.party_address import party_address_targets
from d365migrate.mapping.plain_texts import yield_plain_texts
from d365migrate.mapping.record_lists import lists_records
from d365migrate.mapping.responsible_users import responsible_bonus
from d365migrate.mapping.sibling_names import code_of_sibling, name_of_linked, own_id_elsewhere
from d365migrate.mapping.sourcecols import NAME_WORDS, Profile, profile, sample, strip_prefix
from d365migrate.mapping.targets import Attr, attributes, table_names
from d365migrate.mapping.tenant import yield_tenant_ids
from d365migrate.mapping.type_markers import yield_type_markers
from d365migrate.mapping.typed_pairs import by_pair_types
from d365migrate.mapping.unix_dates import unix_dates
from d365migrate.mapping.value_signs import (
    honorifics,
    named_otherwise,
    record_states,
    save_states,
    tokens,
)
from d365migrate.mapping.value_vetoes import by_values
from d365migrate.mapping.vocabulary import (
    GENERIC_WORDS,
    Vocabulary,
    load_vocabulary,
    norm_words,
    singular,
    source_words,
    split_words,
    words_sim,
)
from d365migrate.mapping.web_addresses import url_reading_misfit
from d365migrate.words import a_or_an

__all__ = ["Candidate", "suggest_table", "suggest_columns", "suggest_columns_why",
           "load_vocabulary", "MIN_CONFIDENCE", "CUSTOM_MIN_CONFIDENCE", "TABLE_MIN_CONFIDENCE",
           "SOURCE_KEY_REASON"]

#: Below this a column is left unmapped: a wrong proposal costs the analyst more than none.
MIN_CONFIDENCE = 0.6
#: Custom (``cf_``/``__c``) columns need a near-certain standard home; otherwise the caller
#: proposes a new custom column, which keeps the customer's field intact.
CUSTOM_MIN_CONFIDENCE = 0.85
#: A source object is proposed for a table only above this.
TABLE_MIN_CONFIDENCE = 0.5
MAX_CANDIDATES = 5
#: A guess from the values alone (the name says nothing): listed, never confident.
VALUE_ONLY_CONFIDENCE = 0.62
SOURCE_KEY_REASON = "source key; kept in the source-id column"
#: How much an empty column's claim on a target counts against a column with values.
EMPTY_CLAIM = 0.9
#: Below this many values in a column, what the values look like counts only in part.
TYPE_EVIDENCE_ROWS = 5


@dataclass(frozen=True)
class Candidate:
    """One proposed target for a source object or column."""

    target: str          # Dataverse logical name (table or column)
    confidence: float    # 0..1
    reason: str          # a sentence a person can read: why


class _Unset:
    """No key given: ask discovery's key finder."""


_UNSET = _Unset()


# -- scoring ----------------------------------------------------------------------------------
def _synonym_targets(p: Profile, table: str, vocab: Vocabulary) -> dict[str, tuple[float, str]]:
    """Targets the vocabulary names for this column on this table, with score and phrase."""
    out: dict[str, tuple[float, str]] = {}
    for section, base in ((vocab.columns, 0.97), (vocab.weak, 0.75)):
        for v in p.variants:
            scoped = section.get(v.phrase)
            if not scoped:
                continue
            ranked = list(scoped.get(table, [])) + [
                t for t in scoped.get("*", []) if t not in scoped.get(table, [])]
            for rank, target in enumerate(ranked):
                score = (base - 0.03 * rank) * v.factor
                if target not in out or out[target][0] < score:
                    out[target] = (score, v.phrase)
    for target, hit in party_address_targets(p).items():  # billing_address_city -> billto_city
        if target not in out or out[target][0] < hit[0]:
            out[target] = hit
    if not out:
        out = glued_synonym_targets(p, table, vocab)
    return out


def _name_score(p: Profile, a: Attr, syn: Mapping[str, tuple[float, str]]) -> tuple[float, str]:
    """How well the name says this column, 0..1, and a reason fragment."""
    best = (0.0, "")
    if a.logical not in syn and noun_for_flag(p, a):
        return best   # 'template' (an id) is no 'Template' flag (istemplate)
    if a.logical in syn and not url_reading_misfit(p.words, syn[a.logical][1], a.fmt):
        score, phrase = syn[a.logical]
        best = (score, f"CRM vocabulary: '{phrase}' is {a.describe()}")
    for v in p.variants:
        if v.compact in (a.compact, a.bare) or v.rewritten in (a.compact, a.bare):
            if best[0] < 0.95 * v.factor:
                best = (0.95 * v.factor, f"same name as {a.describe()}")
        if a.label_words and set(v.norm) == set(a.label_words):
            if best[0] < 0.92 * v.factor:
                best = (0.92 * v.factor,
                        f"'{p.name}' matches the display name of {a.describe()}")
    if best[0] < 0.8 and not a.deadline_unlike(p.name):
        # Spelling similarity only for near-identical strings (typos, run-together words):
        # 'pipeline' and 'timeline' look alike but mean different things.
        spelling = max(fuzz.ratio(p.compact, a.compact), fuzz.ratio(p.rewritten, a.compact)) / 100
        fuzzy = max(spelling if spelling >= 0.85 else 0.0,
                    max(words_sim(v.norm, a.label_words) * v.factor for v in p.variants)) * 0.8
        if fuzzy > best[0] and fuzzy >= 0.45:
            best = (fuzzy, f"'{p.name}' resembles {a.describe()}")
    return best


def _compat(p: Profile, a: Attr) -> tuple[float, str]:
    """Type fit 0..1 of the source values for the column, with what the values look like."""
    k, t = p.kind, a.atype
    looks = {"email": "values are email addresses", "phone": "values are phone numbers",
             "url": "values are web addresses", "domain": "values are domain names",
             "date": "values are dates", "datetime": "values are timestamps",
             "int": "values are whole numbers", "decimal": "values are decimal numbers",
             "money": "values are amounts", "bool": "values are yes/no",
             "list": "values are ';'-separated lists", "longtext": "values are long text",
             "empty": "the column is empty in this export", "text": "values are short text"}
    note = looks.get(k, "")
    if k == "empty":
        return 0.8, note
    if t in ("String", "Memo"):
        fmt = a.fmt
        if fmt == "email":
            # text where emails belong: masked or hashed addresses (anonymised exports)
            table = {"email": 1.0, "text": 0.5}
        elif fmt == "phone":
            # text where numbers belong: masked or hashed numbers (anonymised exports) are
            # single tokens; words with spaces ('Gottlieb and Sons') are no number
            table = {"phone": 1.0, "int": 0.6, "text": 0.5 if tokens(p.values) else 0.4}
        elif fmt == "url":
            table = {"url": 1.0, "domain": 0.8, "text": 0.4}
        elif t == "Memo" or fmt == "textarea":
            table = {"longtext": 1.0, "text": 0.85, "list": 0.6, "email": 0.4, "url": 0.4}
        else:
            table = {"text": 1.0, "longtext": 0.6, "id": 0.7, "int": 0.7, "email": 0.5,
                     "phone": 0.5, "url": 0.5, "domain": 0.6, "decimal": 0.4, "money": 0.4,
                     "date": 0.4, "datetime": 0.4, "bool": 0.3, "list": 0.6}
        return table.get(k, 0.1), note
    if t in ("Integer",):
        return {"int": 1.0, "decimal": 0.6, "money": 0.5}.get(k, 0.1), note
    if t in ("Decimal", "Double"):
        return {"decimal": 1.0, "int": 0.9, "money": 0.8}.get(k, 0.1), note
    if t == "Money":
        return {"money": 1.0, "decimal": 1.0, "int": 0.9}.get(k, 0.1), note
    if t == "DateTime":
        if k == "int" and unix_dates(p.words, p.values):
            return 0.95, "values are Unix times (seconds since 1970)"
        return {"date": 1.0, "datetime": 1.0}.get(k, 0.1), note
    if t == "Boolean":
        if k == "bool":
            return 1.0, note
        return (0.6 if p.distinct <= 2 and k in ("text", "int") else 0.1), note
    if t in CHOICE_TYPES:
        if k == "text":
            return (1.0 if p.categorical else 0.7), ("few distinct values, a choice list"
                                                     if p.categorical else note)
        if k in ("int", "bool") or (p.ref and p.categorical):
            return (0.8 if p.categorical else 0.3), note
        return 0.2, note
    if t == "MultiSelectPicklist":
        return {"list": 1.0, "text": 0.8 if p.categorical else 0.4}.get(k, 0.1), note
    if t in LOOKUP_TYPES:
        if p.ref:
            return 1.0, note
        if t == "Owner" and k == "email":
            return 1.0, "values are user emails"
        return {"text": 0.75, "email": 0.5, "int": 0.6}.get(k, 0.2), (
            "values are names to resolve" if k == "text" else note)
    return 0.3, note


def _option_overlap(p: Profile, a: Attr) -> float:
    """Share of the distinct source values that name one of the choice's options."""
    if not a.options or not p.values:
        return 0.0
    labels = [(o.lower(), set(norm_words(split_words(o)))) for o in a.options]
    hits = 0
    for v in p.values[:50]:
        lv = v.lower().strip()
        vw = set(norm_words(split_words(v)))
        if any(lv == lab or (vw and lw and (vw <= lw or lw <= vw)) for lab, lw in labels):
            hits += 1
    return hits / min(len(p.values), 50)


def _score(p: Profile, a: Attr, table: str,
           syn: Mapping[str, tuple[float, str]]) -> tuple[float, str]:
    """Confidence that source column ``p`` belongs in ``a``, with the reason."""
    ns, why = _name_score(p, a, syn)
    parts = [why] if why else []
    is_lookup = a.atype in LOOKUP_TYPES
    if is_lookup and lists_records(p.name, p.values, a.atype):
        # '<x>_ids' holds a list of records ('team_user_ids'): no one lookup can hold it
        return 0.0, f"'{p.name}' lists several records; a lookup holds one."
    if a.logical == "preferredsystemuserid" and {"created", "creator"} & set(p.words):
        # who keyed the record in ('createdByWorkspaceMemberId') is no one's preferred rep
        return 0.0, f"'{p.name}' says who created the record, not a preferred user."
    if p.ref and p.ref != "?" and is_lookup:
        if p.ref not in a.targets:
            return ns * 0.3, f"{why}; but it points at {p.ref or 'an object not migrated'}"
        # With nothing else to go on: the customer of a record is its account (Customer
        # lookups), a single-target lookup is more specific than a polymorphic one.
        bonus = (0.02 if a.atype == "Customer" and p.ref == "account" else 0.0) + (
            0.01 if len(a.targets) == 1 else 0.0) + (0.005 if a.required else 0.0) + (
            responsible_bonus(a.logical, p.words))   # a customer's rep owns it
        rel = (0.9 + 0.09 * ns if p.ref_by_address else 0.7 + 0.27 * ns) + bonus  # ids first
        conf = max(rel, ns)
        what = "names" if p.ref_by_name else "refers to"
        parts = [f"'{p.name}' {what} {p.ref} records and {a.describe()} is the "
                 f"{a.atype} column to {p.ref}"] + ([why] if ns >= 0.6 else [])
        if p.ref_by_name:
            conf *= 0.9
            parts.append("values are names to resolve")
    elif (p.ref == "" and is_lookup) or p.ref_by_address:   # links by address: never text
        return ns * 0.3, f"{why}; but it refers to " + (
            "records by their API addresses" if p.ref_by_address else
            "an object that is not migrated")
    else:
        if ns <= 0:
            return 0.0, ""
        tc, note = _compat(p, a)
        if 0 < p.nonnull < TYPE_EVIDENCE_ROWS:
            # A value or two says little about a column's type (and one shifted row says
            # the wrong thing): the name counts for more.
            w = p.nonnull / TYPE_EVIDENCE_ROWS
            tc = w * tc + (1 - w) * 0.8
        conf = ns * (0.3 + 0.7 * tc)
        if note and tc >= 0.6:
            parts.append(note)
        elif note:
            parts.append(f"but {note}, unusual for {a_or_an(a.atype)} column")
        if a.atype in CHOICE_TYPES | {"MultiSelectPicklist"}:
            overlap = 0.0 if documents(p.values) else _option_overlap(p, a)
            if overlap > 0:
                conf += (0.99 - conf) * 0.5 * overlap
                parts.append(f"{overlap:.0%} of its values match the choice labels")
            elif own := own_list(p, a, overlap):   # a store's own product types
                conf *= 0.5
                parts.append(f"but {own}")
            elif a.atype == "State":
                # Status (statecode) options are fixed: values naming none of them are
                # something else (an address state, a pipeline state...); an empty column
                # ('CUSTOM_STATE') says nothing of the record's state, and would blank it.
                conf *= 0.6
            elif p.values and a.atype == "Status" and p.categorical:
                # Only the default Active/Inactive reasons: a lifecycle word of the source
                # (cold, warm, hot) names none of them and is no status reason.
                generic = {o.lower() for o in a.options} <= {"active", "inactive"}
                conf *= 0.5 if generic and p.distinct >= 3 else 0.75
    if a.addon:
        conf *= 0.8
    if a.secondary_address:
        conf *= 0.97
    return min(conf, 0.99), "; ".join(x for x in parts if x) + "."


# -- columns ----------------------------------------------------------------------------------
def _suggest(df: pl.DataFrame, table_def: Mapping[str, Any], source_object: str | None,
             relationships: Mapping[str, str] | None, vocab: Vocabulary, key: str | None,
             whole: pl.DataFrame | None = None
             ) -> tuple[dict[str, list[Candidate]], dict[str, str]]:
    """Ranked candidates per column plus, for columns left unmapped, why; ``whole``: the
    file ``df`` takes some rows of (a type's), whose rows say what is a tenant or a copy."""
    td = dv.unwrap(table_def)
    table = str(td.get("LogicalName") or "")
    attrs = attributes(td, vocab)
    names = {a.logical: a for a in attrs}
    primary = str(td.get("PrimaryNameAttribute") or "")
    rows = sample(df)
    rel = dict(relationships or {})
    scored: dict[str, list[tuple[float, str, str]]] = {}
    unmapped: dict[str, str] = {}
    profiles: dict[str, Profile] = {}
    prefix = column_prefix(df.columns)
    siblings = frozenset(tuple(strip_prefix(source_words(c)[0], prefix)) for c in df.columns)
    # the file's own names: 'CUSTOM_ADDRESS' is no first address beside 'ADDRESS_1'
    own_names = frozenset(tuple(strip_prefix(ws, prefix)) for c in df.columns
                          if (ws := source_words(c)[0])[:1]
                          and ws[0] not in QUALIFIER_PREFIXES)
    # the words naming the file's own records; in a file of lines ('estimate_line') the
    # word before the line's names its parent: 'estimate_id' there links the estimate (and
    # in a file of a record's comments or notes, 'task_id' in 'task_comments': child_files)
    ows = [singular(w) for w in split_words(source_object or "") if w not in ("data", "history")]
    own_words = {w for i, w in enumerate(ows) if not parent_word_before(ows, i)}
    # A natural key (a name, an email) is the record's key *and* its data: it is mapped too.
    surrogate = key if key is not None and not is_natural_key(key) else None
    for col in df.columns:
        if col == surrogate:
            unmapped[col] = SOURCE_KEY_REASON
            continue
        if {"cc", "bcc"} & set(name_word_split(col)):
            # an address that gets copies (Pipedrive's mail drop 'cc_email', a send's
            # 'bcc_email'): mail routing, not the record's own email
            unmapped[col] = "an address that receives copies of mail, not the record's email"
            scored[col] = []
            continue
        beside = name_of_linked(col, df, ows[-1:])   # the file's head noun
        if beside:
            # 'owner_name' beside 'owner_id', 'org_name' beside 'org_id': the linked
            # record's name, shown beside the id that carries the link ('phone_number')
            unmapped[col] = f"the name or label of the record '{beside}' links to"
            scored[col] = []
            continue
        same = code_of_sibling(col, prefix, siblings)
        if same:
            # 'billing_state_code' beside 'billing_state': the same value again, as a code;
            # taken as a second address's state it would write one address into two.
            unmapped[col] = f"the value of '{same}' again, as a code"
            scored[col] = []
            continue
        p = profile(col, rows[col], table, vocab, rel.get(col), source_object=source_object,
                    prefix=prefix, siblings=own_names)
        if p.ref == table and col not in rel and not any(
                table in a.targets for a in attrs if a.atype in LOOKUP_TYPES):
            # 'parent_id' on a table without a self-lookup points somewhere unknown
            # (a note's parent record), not at this table.
            p = dataclasses.replace(p, ref="?")
        elif (p.ref == table and col not in rel and own_id_elsewhere(p.words)
              and vocab.entity(p.words[-2]) == table):
            # 'company_id' of companies, 'zendesk_ticket_id' of chats (cases), not linked by
            # discovery: the record's own id in another system, not a link (a parent says so)
            p = dataclasses.replace(p, ref="?")
        elif (p.ref not in (None, "", "?") and col not in rel and len(p.words) >= 2
              and p.words[-1] in ("id", "key") and singular(p.words[-2]) in own_words):
            # 'user_id' in Iterable's file of users (people marketed to): the record's own
            # id in the source, not a link to a user who owns it
            p = dataclasses.replace(p, ref="?")
        profiles[col] = p
        syn = _synonym_targets(p, table, vocab)
        if primary in names:
            # 'Title' of a deal, 'Topic', 'Subject': the table's primary name column.
            # unless the vocabulary sends it elsewhere on this table: a campaign's 'subject'
            # is its email's subject line (the message), not the campaign's name
            elsewhere = {ph for t, (sc, ph) in syn.items() if t != primary and t in names
                         and sc >= 0.9 and t in vocab.columns.get(ph, {}).get(table, ())}
            for v in p.variants:
                if v.phrase in NAME_WORDS and v.phrase not in elsewhere \
                        and syn.get(primary, (0.0,))[0] < 0.9 * v.factor:
                    syn[primary] = (0.9 * v.factor, v.phrase)
        floor = CUSTOM_MIN_CONFIDENCE if p.custom else MIN_CONFIDENCE
        cands = []
        for a in attrs:
            conf, reason = _score(p, a, table, syn)
            if conf >= floor:
                cands.append((round(conf, 3), a.logical, reason))
        # a picture's address (avatar, photo, logo) is a web address, but no website
        if not cands and p.kind in vocab.format_primary and floor <= VALUE_ONLY_CONFIDENCE \
                and not named_otherwise(p.kind, name_word_split(p.name)):
            main = next((names[t] for t in vocab.format_primary[p.kind] if t in names), None)
            if main is not None:
                what = {"email": "email addresses", "phone": "phone numbers",
                        "url": "web addresses"}.get(p.kind, p.kind)
                cands.append((VALUE_ONLY_CONFIDENCE, main.logical,
                              f"the name says nothing, but its values are {what} and "
                              f"{main.describe()} is the table's main column for them."))
        if "salutation" in names and honorifics(p.values, titled=any(
                c[1] in ("jobtitle", "title") for c in cands)):
            # 'Title' holding Mr., Mrs., Dr.: a form of address, not a job title
            cands = [c for c in cands if c[1] not in ("jobtitle", "title", "salutation")]
            cands.append((0.97, "salutation", "its values are forms of address ("
                          f"{', '.join(p.values[:3])}): {names['salutation'].describe()}"))
        if table == "lead":  # a topic, a person, or both (mapping/lead_names.py)
            cands = lead_name_candidates(p.phrase, p.kind, df.columns, names, cands, p.values)
        if table == "campaign":  # phpList's campaigns: no name, the subject names them
            cands = campaign_name_candidates(p.phrase, df.columns, names, cands)
        if record_states(p.values):
            # a 'state' of active/closed is the record's own, never a state or province
            cands = [c for c in cands if not c[1].endswith("stateorprovince") and not (
                save_states(p.values) and c[1] in ("statuscode", "statecode"))]
        cands = by_values(p.values, cands, names, p.phrase)   # subscription states, roles
        cands = done_flag_candidates(col, p.values, names, cands, df.columns)  # 'done': state
        cands = parent_product_candidates(table, p, names, cands)   # a variant's product
        cands.sort(key=lambda c: (-c[0], c[1]))
        scored[col] = cands
    own_labels(df, td, names, scored, unmapped)   # Dataverse's own 'Topic', 'Status'
    base = whole.select(df.columns) if whole is not None and set(df.columns) <= set(
        whole.columns) else df  # two calls' org ids alike by chance, not a copy
    yield_tenant_ids(base, key, profiles, scored, unmapped)   # Pipedrive's company_id
    yield_copies(sample(base), scored, unmapped, lambda t: names[t].label_words if t in names
                 else ())
    yield_type_markers(rows, source_object, table, scored, unmapped)  # 'Campaign' on all
    yield_plain_texts(rows, scored, unmapped)   # Editor.js JSON beside its plain text
    own_description_names(scored, profiles, own_words, primary)   # 'TerritoryDescription'
    # One target per column of the table: the most confident claim wins, the loser falls back
    order = {col: i for i, col in enumerate(df.columns)}
    # a column empty in this export claims a target after one that has values for it
    # (Klaviyo's empty CUSTOM_PHONE beside its PHONE_NUMBER): it would move nothing there
    def weight(col: str) -> float:
        return EMPTY_CLAIM if col in profiles and profiles[col].kind == "empty" else 1.0

    claims = sorted(((c[0] * weight(col), col, i) for col, cs in scored.items()
                     for i, c in enumerate(cs)),
                    key=lambda x: (-x[0], order[x[1]], x[2]))
    owner: dict[str, str] = {}
    best: dict[str, int] = {}
    for _, col, i in claims:
        target = scored[col][i][1]
        if col in best or target in owner:
            continue
        owner[target] = col
        best[col] = i
    if relationships is not None:
        # a lookup claimed by a column of names discovery linked to nothing (Recurly's note
        # 'object', a type name) yields to one it linked to records ('account_id')
        for target, col in list(owner.items()):
            p = profiles[col]
            if col in rel or p.ref is not None or p.words[-1:] in (("id",), ("key",)) \
                    or names[target].atype not in LOOKUP_TYPES:
                continue  # only a claim by a bare name ('object' for objectid) yields
            rival = next((c for c in df.columns if rel.get(c) and c not in best
                          and any(x[1] == target for x in scored.get(c, []))), None)
            if rival is not None:
                del best[col]
                owner[target] = rival
                best[rival] = next(j for j, x in enumerate(scored[rival]) if x[1] == target)
    if primary in names and primary not in owner:
        # no column is the record's name: the one that names each row stands in (a send's
        # 'email_name', the email it sends), a record needs a name
        spare = next((c for c in df.columns if c in profiles and not scored[c]
                      and profiles[c].words[-1:] == ("name",) and len(profiles[c].words) > 1
                      and profiles[c].kind not in ("empty", "email", "url")), None)
        if spare is not None:
            scored[spare] = [(MIN_CONFIDENCE, primary, f"no column is the record's name; "
                              f"'{spare}' names each row: {names[primary].describe()}")]
            best[spare] = 0
            owner[primary] = spare
            unmapped.pop(spare, None)
    out: dict[str, list[Candidate]] = {}
    for col in df.columns:
        if col == surrogate or col not in profiles:
            out[col] = []
            continue
        cands = scored[col]
        if col not in best:
            out[col] = []
            p = profiles[col]
            if col in unmapped:
                continue  # said already (a tenant's id)
            if cands:
                lost = ", ".join(f"{c[1]} went to {owner[c[1]]}" for c in cands[:2])
                unmapped[col] = f"its candidates are taken by better matches ({lost})"
            elif p.custom:
                unmapped[col] = ("custom field with no standard counterpart in "
                                 f"{table or 'the table'}; propose a new custom column")
            elif p.ref == "":
                unmapped[col] = "refers to an object that is not migrated"
            else:
                unmapped[col] = f"no column of {table or 'the table'} fits"
            continue
        top = cands[best[col]]
        rest = [c for j, c in enumerate(cands) if j != best[col] and owner.get(c[1]) in
                (None, col)]
        out[col] = [Candidate(c[1], c[0], c[2]) for c in [top, *rest][:MAX_CANDIDATES]]
    return out, unmapped


def suggest_columns(df: pl.DataFrame, table_def: Mapping[str, Any], *,
                    source_object: str | None = None,
                    relationships: Mapping[str, str] | None = None,
                    key: str | None | _Unset = _UNSET) -> dict[str, list[Candidate]]:
    """Ranked target columns (best first, at most 5) for every source column.

    An empty list means leave the column unmapped: the object's own key (kept in the
    source-id column), a custom field with no good standard home (the caller proposes a new
    custom column), or nothing that fits. ``relationships`` maps a source column to the
    Dataverse table its values point at (``{"company_id": "account"}``; ``""`` = an object
    that is not migrated); without it references are recognised by name. ``key`` is the
    object's primary key as discovery found it; without it discovery's key finder is asked.
    """
    return suggest_columns_why(df, table_def, source_object=source_object,
                               relationships=relationships, key=key)[0]


def suggest_columns_why(df: pl.DataFrame, table_def: Mapping[str, Any], *,
                        source_object: str | None = None,
                        relationships: Mapping[str, str] | None = None,
                        key: str | None | _Unset = _UNSET, whole: pl.DataFrame | None = None
                        ) -> tuple[dict[str, list[Candidate]], dict[str, str]]:
    """:func:`suggest_columns`, plus why each column left unmapped is left unmapped."""
    if isinstance(key, _Unset):
        key = primary_key(source_object or "", df)
    return by_pair_types(df, whole, lambda d, w: _suggest(   # 'Phone 4 - Type' Home Fax
        d, table_def, source_object, relationships, load_vocabulary(), key, w))


# -- tables -----------------------------------------------------------------------------------
def _coverage(df: pl.DataFrame, table: str, attrs: list[Attr], source_object: str,
              vocab: Vocabulary, key: str | None) -> float:
    """Share of the source's columns that name a column of the table (names only: fast)."""
    cols = [c for c in df.columns if c != key or is_natural_key(c)]
    if not cols or not attrs:
        return 0.0
    prefix = column_prefix(df.columns)
    by_name = {a.logical: a for a in attrs}
    compacts = {a.compact for a in attrs} | {a.bare for a in attrs}
    labels = {a.label_words for a in attrs if a.label_words}
    hits = 0
    for col in cols:
        p = profile(col, pl.Series([], dtype=pl.Utf8), table, vocab, values_only=True,
                    source_object=source_object, prefix=prefix)
        syn = _synonym_targets(p, table, vocab)
        if any(t in by_name and s >= 0.9 for t, (s, _) in syn.items()) or any(
                v.compact in compacts or v.rewritten in compacts or v.norm in labels
                for v in p.variants):
            hits += 1
    return hits / len(cols)


def suggest_table(source_name: str, df: pl.DataFrame, tables: Mapping[str, Mapping[str, Any]],
                  *, key: str | None | _Unset = _UNSET) -> list[Candidate]:
    """Ranked target tables for a source object ("companies", "deals", "Account", ...).

    The name is read with discovery's words for object kinds, turned into tables by the
    vocabulary (``synonyms.yml``, ``tables:``); the columns add evidence.
    """
    vocab = load_vocabulary()
    if isinstance(key, _Unset):
        key = primary_key(source_name, df)
    words = [singular(w) for w in split_words(Path(source_name).stem)]
    compact = "".join(words)
    named = vocab.word_tables(compact)
    # Otherwise the head noun names it: 'support_tickets', 'phone_calls_export' - but not
    # 'email_templates' (templates are not emails).
    head = [w for w in words if w not in GENERIC_WORDS]
    word_named = vocab.word_tables(head[-1]) if head and not named else []
    out: list[Candidate] = []
    for logical, td in tables.items():
        td = dv.unwrap(td)
        logical = str(td.get("LogicalName") or logical)
        label = dv.label(td.get("DisplayName")) or logical
        cov = _coverage(df, logical, attributes(td, vocab), source_name, vocab, key)
        if logical in named:
            conf = 0.95 - 0.05 * named.index(logical)
            why = f"'{source_name}' is the usual name for {label} ({logical}) records"
        elif compact in table_names(logical, td):
            conf, why = 0.95, f"'{source_name}' has the name of the {label} table"
        elif logical in word_named:
            conf = 0.8 - 0.05 * word_named.index(logical)
            why = f"'{source_name}' names {label} ({logical}) records"
        else:
            r = max((fuzz.ratio(compact, n) / 100 for n in table_names(logical, td)),
                    default=0.0)
            conf, why = (r * 0.7, f"'{source_name}' resembles {label}") if r >= 0.75 else (0, "")
        if conf:
            conf = conf * 0.85 + 0.15 * cov
            why += f"; {cov:.0%} of its columns name a column of {logical}."
        else:
            # Columns alone are weak evidence (contacts, leads and users share most names):
            # listed for a person to pick, never proposed on their own.
            conf = 0.45 * cov
            why = f"only its columns suggest it: {cov:.0%} name a column of {logical}."
        if conf > 0.05:
            out.append(Candidate(logical, round(min(conf, 0.99), 3), why))
    out.sort(key=lambda c: (-c.confidence, c.target))
    return out[:MAX_CANDIDATES]
