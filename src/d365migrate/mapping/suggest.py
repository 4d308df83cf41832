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
from d365migrate.intake.key_rules import own_record_number
from d365migrate.intake.kinds import QUALIFIER_PREFIXES, column_prefix, name_word_split
from d365migrate.intake.order_buyers import bare_user, names_other_buyer
from d365migrate.mapping.active_flags import active_flag_candidates
from d365migrate.mapping.address_blocks import block_address_parts
from d365migrate.mapping.address_states import address_state_first
from d365migrate.mapping.api_self_links import api_record_addresses
from d365migrate.mapping.campaign_names import campaign_name_candidates
from d365migrate.mapping.case_names import case_name_candidates, impact_candidates
from d365migrate.mapping.child_files import parent_word_before
from d365migrate.mapping.column_scores import a_persons_name, column_score, synonym_targets
from d365migrate.mapping.copies import yield_copies
from d365migrate.mapping.currency_codes import currency_left
from d365migrate.mapping.currency_ids import yield_currency_ids
from d365migrate.mapping.dataverse_labels import own_labels
from d365migrate.mapping.direction_values import direction_candidates
from d365migrate.mapping.done_flags import done_flag_candidates
from d365migrate.mapping.employer_columns import employer_first
from d365migrate.mapping.given_names import given_name_candidates
from d365migrate.mapping.glued_lowercase import glued_file
from d365migrate.mapping.id_pairs import id_beside_name
from d365migrate.mapping.label_names import (
    description_names,
    name_target,
    own_description_names,
    spare_name_column,
)
from d365migrate.mapping.labelled_dates import labelled_dates_first
from d365migrate.mapping.lead_names import lead_name_candidates
from d365migrate.mapping.numbered_blocks import numbered_candidates
from d365migrate.mapping.other_emails import other_email_candidates
from d365migrate.mapping.other_fields import other_field
from d365migrate.mapping.own_numbers import own_number_candidates
from d365migrate.mapping.own_word_names import own_word_names
from d365migrate.mapping.parent_products import parent_product_candidates
from d365migrate.mapping.plain_texts import yield_plain_texts
from d365migrate.mapping.related_fields import mail_address_name, related_field_candidates
from d365migrate.mapping.repeated_addresses import second_address_parts, sided_address_parts
from d365migrate.mapping.responsible_users import assignee_over_bare_user, names_assignee
from d365migrate.mapping.section_columns import by_section_labels
from d365migrate.mapping.sibling_columns import sibling_candidates
from d365migrate.mapping.sibling_names import (
    code_of_sibling,
    name_of_linked,
    own_id_elsewhere,
    salutation_candidates,
)
from d365migrate.mapping.sourcecols import NAME_WORDS, Profile, profile, sample, strip_prefix
from d365migrate.mapping.targets import Attr, attributes, table_names
from d365migrate.mapping.tenant import yield_tenant_ids
from d365migrate.mapping.type_markers import yield_type_markers
from d365migrate.mapping.typed_links import typed_link_candidates
from d365migrate.mapping.typed_pairs import by_pair_types
from d365migrate.mapping.value_readings import read_by_values
from d365migrate.mapping.value_signs import (
    named_otherwise,
    record_states,
    save_states,
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
)

__all__ = ["Candidate", "suggest_table", "suggest_columns", "suggest_columns_why",
           "load_vocabulary", "MIN_CONFIDENCE", "CUSTOM_MIN_CONFIDENCE", "TABLE_MIN_CONFIDENCE",
           "SOURCE_KEY_REASON", "key_is_data"]

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
#: A table's own number column: where a CRM's own record number ('Account No', vtiger's
#: ACC1; 'Контрагент №') is kept as the record's data too, not only hashed into its key.
OWN_NUMBERS = {"account": "accountnumber"}
#: How much an empty column's claim on a target counts against a column with values.
EMPTY_CLAIM = 0.9
#: How near a varied column's claim on a choice must come to a constant column's (one value
#: on every row of five or more) to take the choice from it (varied_over_constant).
CONSTANT_CHOICE_CLAIM = 0.75
CONSTANT_ROWS = 5


@dataclass(frozen=True)
class Candidate:
    """One proposed target for a source object or column."""

    target: str          # Dataverse logical name (table or column)
    confidence: float    # 0..1
    reason: str          # a sentence a person can read: why


class _Unset:
    """No key given: ask discovery's key finder."""


_UNSET = _Unset()


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
    filled = rows.select(pl.all().is_not_null()).sum().row(0, named=True)   # per column
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
    glued = glued_file(own_names, vocab)   # 'debtorno', 'orddate': names without separators
    # the words naming the file's own records; in a file of lines ('estimate_line') the
    # word before the line's names its parent: 'estimate_id' there links the estimate (and
    # in a file of a record's comments or notes, 'task_id' in 'task_comments': child_files)
    ows = [singular(w) for w in split_words(source_object or "") if w not in ("data", "history")]
    own_words = {w for i, w in enumerate(ows) if not parent_word_before(ows, i)}
    # A natural key (a name, an email) is the record's key *and* its data: it is mapped too.
    surrogate = key if key is not None and not key_is_data(key, table, source_object) else None
    for col in df.columns:
        if col == surrogate:
            unmapped[col] = SOURCE_KEY_REASON
            continue
        if (other := other_field(col, table)) is not None:   # a copy's address, a line's
            unmapped[col] = other
            scored[col] = []
            continue
        beside = name_of_linked(col, df, ows[-1:])   # the file's head noun
        if beside:
            # 'owner_name' beside 'owner_id', 'org_name' beside 'org_id': the linked
            # record's name, shown beside the id that carries the link ('phone_number')
            unmapped[col] = f"the name or label of the record '{beside}' links to"
            scored[col] = []
            continue
        same = code_of_sibling(col, prefix, siblings, key)   # no code of the own key
        if same:
            # 'billing_state_code' beside 'billing_state': the same value again, as a code;
            # taken as a second address's state it would write one address into two.
            unmapped[col] = f"the value of '{same}' again, as a code"
            scored[col] = []
            continue
        p = profile(col, rows[col], table, vocab, rel.get(col), source_object=source_object,
                    prefix=prefix, siblings=own_names, glued=glued)
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
        elif (table == "salesorder" and col not in rel and p.ref == "systemuser"
              and bare_user(p.words) and not names_other_buyer(col, df.columns)):
            # an order's bare 'user_id', no other customer column: the buyer who placed it
            # (a shop's customers log in), not a member of staff (intake/order_buyers.py)
            p = dataclasses.replace(p, ref="contact")
        profiles[col] = p
        syn = synonym_targets(p, table, vocab)
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
        if not syn and own_word_names(p, own_words):
            # a column headed by the file's own word ('Candidates' in Horilla's candidates):
            # each row's name, as a list view heads its first column
            named = vocab.columns.get("full_name", {})
            first = next((t for t in named.get(table, named.get("*", ())) if t in names), None)
            if first:
                syn[first] = (0.88, "full_name")
        floor = CUSTOM_MIN_CONFIDENCE if p.custom else MIN_CONFIDENCE
        cands = []
        for a in attrs:
            conf, reason = column_score(p, a, table, syn)
            if conf >= floor:
                cands.append((round(conf, 3), a.logical, reason))
        # a picture's address (avatar, photo, logo) is a web address, but no website
        if not cands and p.kind in vocab.format_primary and floor <= VALUE_ONLY_CONFIDENCE \
                and not named_otherwise(p.kind, [*name_word_split(p.name), *p.words]) \
                and not (p.kind == "url" and api_record_addresses(p.values, table != "product")):
            main = next((names[t] for t in vocab.format_primary[p.kind] if t in names), None)
            if main is not None:
                what = {"email": "email addresses", "phone": "phone numbers",
                        "url": "web addresses"}.get(p.kind, p.kind)
                cands.append((VALUE_ONLY_CONFIDENCE, main.logical,
                              f"the name says nothing, but its values are {what} and "
                              f"{main.describe()} is the table's main column for them."))
        cands = salutation_candidates(col, df.columns, p.values, names, cands)   # 'Mr.'
        cands = mail_address_name(col, df.columns, names, cands)   # 'address.name'
        if table == "lead":  # a topic, a person, or both (mapping/lead_names.py)
            cands = lead_name_candidates(p.phrase, p.kind, df.columns, names, cands, p.values,
                                         column=col)
        cands = typed_link_candidates(col, df, names, cands)   # Bitrix24's OWNER_ID
        if table in ("contact", "lead", "systemuser"):  # 'Adı' beside 'Soyad': given name
            cands = given_name_candidates(p.phrase, p.kind, df.columns, names, cands,
                                          column=col, filled=filled)
        if table == "campaign":  # phpList's campaigns: no name, the subject names them
            cands = campaign_name_candidates(p.phrase, df.columns, names, cands)
        if table == "incident":  # osTicket's name beside a subject: who wrote in
            cands = case_name_candidates(p.phrase, df.columns, names, cands, p.values,
                                         column=col)
            cands = impact_candidates(p.phrase, df.columns, names, cands)
        if record_states(p.values):
            # a 'state' of active/closed is the record's own, never a state or province
            cands = [c for c in cands if not c[1].endswith("stateorprovince") and not (
                save_states(p.values) and c[1] in ("statuscode", "statecode"))]
        cands = by_values(p.values, cands, names, p.phrase, "subscriber" in ows)   # roles
        cands = related_field_candidates(col, table, cands)   # a linked thing's own date
        cands = direction_candidates(p.values, names, cands)   # Spanish 'Dirección': Saliente
        cands = own_number_candidates(table, col, p.values, p.distinct == p.nonnull,
                                      names, cands, df.columns)   # 'Account', 'Kundennummer'
        cands = done_flag_candidates(col, p.values, names, cands, df.columns)  # 'done': state
        cands = active_flag_candidates(col, p.values, names, cands, df.columns, table)
        cands = parent_product_candidates(table, p, names, cands)   # a variant's product
        cands = sibling_candidates(col, df.columns, names, cands)   # 'Billing Address', SUBURB
        cands = other_email_candidates(col, df.columns, table, vocab, cands)   # the third
        cands = numbered_candidates(col, names, cands, df.columns)   # 'Address 2 Street'
        cands.sort(key=lambda c: (-c[0], c[1]))
        scored[col] = cands
    own_labels(df, td, names, scored, unmapped)   # Dataverse's own 'Topic', 'Status'
    readings = {c: [v.words for v in p.variants] for c, p in profiles.items()}
    assignee_over_bare_user(scored, readings)
    if table == "contact":   # CiviCRM's 'Current Employer' over 'Organization Name'
        employer_first(readings, scored)
    labelled_dates_first(df.columns, names, scored)   # 'Actual Start Date' over 'Start Date'
    base = whole.select(df.columns) if whole is not None and set(df.columns) <= set(
        whole.columns) else df  # two calls' org ids alike by chance, not a copy
    yield_tenant_ids(base, key, profiles, scored, unmapped)   # Pipedrive's company_id
    yield_copies(sample(base), scored, unmapped, lambda t: names[t].label_words if t in names
                 else ())
    yield_type_markers(rows, source_object, table, scored, unmapped)  # 'Campaign' on all
    yield_currency_ids(rows, rel, scored, unmapped)   # SuiteCRM's '-99': no currency code
    yield_plain_texts(rows, scored, unmapped)   # Editor.js JSON beside its plain text
    own_description_names(scored, profiles, own_words, primary)   # 'TerritoryDescription'
    description_names(scored, profiles, primary, "description" in names)
    address_state_first(df.columns, names, scored)   # Italian 'Città, Stato, CAP'
    block_address_parts(df.columns, readings,
                        names, scored)   # Russian 'Расчётный адрес - город': a block's city
    second_address_parts(df.columns, names, scored)   # French 'Rue', then 'Rue_2'
    sided_address_parts(df.columns, names, scored)   # 'Adresse privée', 'Ville' (home)
    # One target per column of the table: the most confident claim wins, the loser falls back
    order = {col: i for i, col in enumerate(df.columns)}
    # a column empty in this export claims a target after one that has values for it
    # (Klaviyo's empty CUSTOM_PHONE beside its PHONE_NUMBER): it would move nothing there
    def weight(col: str) -> float:
        return EMPTY_CLAIM if col in profiles and profiles[col].kind == "empty" else 1.0

    # at an equal score the column named the target's label wins ('description' beside
    # Bullhorn's 'comments', both read as the description): else the one written first
    claims = sorted(((c[0] * weight(col), col, i) for col, cs in scored.items()
                     for i, c in enumerate(cs)),
                    key=lambda x: (-round(x[0], 6), not _named_as(profiles.get(x[1]), names.get(
                        scored[x[1]][x[2]][1])), order[x[1]], x[2]))
    owner: dict[str, str] = {}
    best: dict[str, int] = {}
    for _, col, i in claims:
        target = scored[col][i][1]
        if col in best or target in owner:
            continue
        owner[target] = col
        best[col] = i
    varied_over_constant(df.columns, profiles, scored, owner, best,
                         lambda t: t in names and names[t].atype in CHOICE_TYPES)
    if relationships is not None:
        # a lookup claimed by a column of names discovery linked to nothing (Recurly's note
        # 'object', a type name) yields to one it linked to records ('account_id')
        for target, col in list(owner.items()):
            p = profiles[col]
            if col in rel or p.ref is not None or p.words[-1:] in (("id",), ("key",)) \
                    or names[target].atype not in LOOKUP_TYPES or (
                        target == "ownerid" and names_assignee(p.words)):
                continue  # only a claim by a bare name ('object' for objectid) yields;
                # 'Assigned to' keeps the owner (responsible_users.assignee_over_bare_user)
            rival = next((c for c in df.columns if rel.get(c) and c not in best
                          and any(x[1] == target for x in scored.get(c, []))), None)
            if rival is not None:
                del best[col]
                owner[target] = rival
                best[rival] = next(j for j, x in enumerate(scored[rival]) if x[1] == target)
        ids_over_names(df.columns, rel, profiles, scored, owner, best,
                       lambda t: names[t].atype in LOOKUP_TYPES)
    else:   # references by name alone: 'ID da empresa' beside 'Razão social' (Dolibarr's)
        ids_over_names(df.columns, ids_beside_names(df.columns, profiles, scored, owner),
                       profiles, scored, owner, best,
                       lambda t: t != "ownerid" and names[t].atype in LOOKUP_TYPES)
    if (stand := name_target(primary, names, owner)) and stand not in owner:
        # no column is the record's name: the one that names each row stands in (a send's
        # 'email_name', the email it sends), a record needs a name
        spare = spare_name_column(list(df.columns), scored, profiles, primary,
                                  lambda c: c == surrogate, len(rows))
        if spare is not None and table == "systemuser" and not a_persons_name(profiles[spare]):
            spare = None   # a users file is read, not written: 'Legal Entity Name' is no user's
        if spare is not None:
            scored[spare] = [(MIN_CONFIDENCE, stand, f"no column is the record's name; "
                              f"'{spare}' names each row: {names[stand].describe()}")]
            best[spare] = 0
            owner[stand] = spare
            unmapped.pop(spare, None)
    # a status, a description, an activity's start and end no word read: their values say
    read_by_values(rows, list(df.columns), dv.attributes(td), names, profiles, scored, owner,
                   best, unmapped, VALUE_ONLY_CONFIDENCE, lambda c: c == surrogate, table)
    id_beside_name(df, profiles, scored, owner, best,   # 'Код компании' beside its name
                   lambda t: names[t].atype in LOOKUP_TYPES,
                   lambda c: c not in best and c not in unmapped and c != surrogate and (
                       # with discovery's links, only an id it linked: a lookup it cannot
                       # resolve would lose the link the names make
                       relationships is None or bool(rel.get(c))))
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
                # a claim yielded to an id beside it leaves its other candidates unclaimed
                lost = ", ".join(f"{c[1]} went to {owner[c[1]]}" for c in cands[:2]
                                 if c[1] in owner)
                unmapped[col] = (f"its candidates are taken by better matches ({lost})"
                                 if lost else "its reading yielded to another column")
            elif p.custom:
                unmapped[col] = ("custom field with no standard counterpart in "
                                 f"{table or 'the table'}; propose a new custom column")
            else:   # a currency's codes: the amounts stand in the base currency
                unmapped[col] = currency_left(p.values) or (
                    "refers to an object that is not migrated" if p.ref == "" else
                    f"no column of {table or 'the table'} fits")
            continue
        unmapped.pop(col, None)   # a copy an address block took back is mapped after all
        top = cands[best[col]]
        rest = [c for j, c in enumerate(cands) if j != best[col] and owner.get(c[1]) in
                (None, col)]
        out[col] = [Candidate(c[1], c[0], c[2]) for c in [top, *rest][:MAX_CANDIDATES]]
    return out, unmapped


def _named_as(p: Any, a: Any) -> bool:
    """Whether the column's name is the target's label ('annualRevenue': 'Annual Revenue';
    a bare 'name' is no account's 'Account Name')."""
    return p is not None and a is not None and p.kind != "empty" \
        and norm_words(p.words) == a.label_words


def _by_id(words: tuple[str, ...]) -> bool:
    """A column named as an id: 'Firmen-ID', 'company_id', 'Id empresa' (the id word first)."""
    return bool(words) and (words[-1] in ("id", "key") or (len(words) > 1 and words[0] == "id"))


def key_is_data(key: str, table: str, source: str | None) -> bool:
    """Whether a file's key column is mapped as the record's data too: a natural key (a name,
    an email), or the CRM's own number of the record where the table keeps one ('Account
    No', vtiger's ACC1: its key, and the number people know it by)."""
    return is_natural_key(key) or (table in OWN_NUMBERS
                                   and own_record_number(source or "", key))


def _constant(p: Any) -> bool:
    return p.distinct == 1 and p.nonnull >= CONSTANT_ROWS


def varied_over_constant(columns: list[str], profiles: dict[str, Any],
                         scored: dict[str, list[Any]], owner: dict[str, str],
                         best: dict[str, int], is_choice: Any) -> None:
    """A choice claimed by a column saying one value on every row yields to a column left
    unmapped whose values vary and which claims it nearly as well (vtiger's 'Source', 'CRM'
    on each record, beside 'Lead Source': Cold Call, Partner, Trade Show). The constant
    column is left unmapped: one stamp tells no record's choice."""
    for target, col in list(owner.items()):
        p = profiles.get(col)
        if p is None or not is_choice(target) or not _constant(p):
            continue
        bar = scored[col][best[col]][0] * CONSTANT_CHOICE_CLAIM
        rival = next((c for c in columns if c not in best and c in profiles
                      and profiles[c].distinct > 1
                      and any(x[1] == target and x[0] >= bar for x in scored.get(c, []))),
                     None)
        if rival is not None:
            del best[col]
            owner[target] = rival
            best[rival] = next(j for j, x in enumerate(scored[rival]) if x[1] == target)


def ids_beside_names(columns: list[str], profiles: dict[str, Any],
                     scored: dict[str, list[Any]], owner: dict[str, str]) -> dict[str, str]:
    """Without discovery's links, the table each column refers to by its name alone: a
    column of names its name says are of a table ('Razão social': accounts), and a column
    named as an id whose candidates hold the lookup such a column claims ('ID da empresa',
    read as 'company id'; not a 'key', often a hash): the same table's records, by id. The
    owner is left to its own rules (a rep's id beside the owner's e-mail)."""
    rel = {c: p.ref for c, p in profiles.items() if p.ref and p.words[-1:] != ("key",)}
    for target, col in owner.items():
        if col not in rel or target == "ownerid":   # an owner goes by name or e-mail
            continue
        for c in columns:
            words = profiles[c].words if c in profiles else ()
            if c not in rel and words and (words[-1] == "id" or words[0] == "id") \
                    and any(x[1] == target for x in scored.get(c, [])):
                rel[c] = rel[col]
    return rel


def ids_over_names(columns: list[str], rel: Mapping[str, str], profiles: dict[str, Any],
                   scored: dict[str, list[Any]], owner: dict[str, str], best: dict[str, int],
                   is_lookup: Any) -> None:
    """A lookup claimed by a column of names yields to a column of ids linked to the same
    table (Dolibarr's 'Firmenname' beside 'Firmen-ID'): two records may share a name, never
    an id. The name column is left unmapped: its other readings were weaker than the one
    it gave up."""
    for target, col in list(owner.items()):
        table = rel.get(col) or profiles[col].ref   # the table its names are of
        if not is_lookup(target) or not table or _by_id(profiles[col].words):
            continue
        rival = next((c for c in columns if c not in best and rel.get(c) == table
                      and c in profiles and _by_id(profiles[c].words)
                      and any(x[1] == target for x in scored.get(c, []))), None)
        if rival is not None:
            del best[col]
            owner[target] = rival
            best[rival] = next(j for j, x in enumerate(scored[rival]) if x[1] == target)


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
    def run(d: pl.DataFrame, w: pl.DataFrame | None, rename: Mapping[str, str]
            ) -> tuple[dict[str, list[Candidate]], dict[str, str]]:
        rel = None if relationships is None else {   # None: discovery linked nothing
            rename.get(c, c): t for c, t in relationships.items()}
        own = rename.get(key, key) if key is not None else None
        return by_pair_types(d, w, lambda d2, w2: _suggest(   # 'Phone 4 - Type' Home Fax
            d2, table_def, source_object, rel, load_vocabulary(), own, w2))
    # YetiForce's 'Adres główny::Ulica': read by the field's label
    return by_section_labels(df, whole, run)


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
        syn = synonym_targets(p, table, vocab)
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
