"""Work out what an export contains: which file is which CRM object, keys, links, custom fields.

SmartDesk has no API to ask, and customers rename files or hand over exports from other
CRMs, so nothing here trusts file names alone: every table is scored on its name *and* its
columns, primary keys are found from uniqueness, and relationships are found by value
containment (ids first; company names and email domains where ids are missing), each with
the share of rows that actually match.

The result, a :class:`Discovery`, is written once to ``discovery.json``; the map proposal
takes each object's kind, key and links from it, nothing after works them out again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from d365migrate.intake.address_people import served_people
from d365migrate.intake.company_paths import company_paths, path_parents
from d365migrate.intake.company_rows import row_kinds
from d365migrate.intake.content_words import content_columns
from d365migrate.intake.document_lines import lines_of_documents
from d365migrate.intake.foreign_kinds import TWO_KIND_NAMES
from d365migrate.intake.found import (
    CustomField,
    Discovery,
    ObjectInfo,
    Relationship,
    read_discovery,
    write_discovery,
)
from d365migrate.intake.header_kinds import kind_named_by_headers
from d365migrate.intake.header_readings import vocabulary_columns
from d365migrate.intake.history_mode import versioned_records
from d365migrate.intake.id_references import pointed_kinds
from d365migrate.intake.id_valued import id_valued_text_columns
from d365migrate.intake.key_rules import (
    is_natural_key,
)
from d365migrate.intake.kinds import (
    KIND_WORDS,
    NAME_SYNONYMS,
    OBJECT_KINDS,
    SIGNATURES,
    SOURCE_PREFIXES,
    STANDARD_COLUMNS,
    col_norm,
    column_prefix,
    kind_of_word,
    list_membership,
    name_kind,
    name_kinds,
    name_words,
    normalize_name,
    object_kind_from_word,
    person_columns_of_account,
    strip_column,
    subscriber_columns,
)
from d365migrate.intake.lead_deals import LEADS_AS_DEALS, deal_columns_of_lead, leads_beside_deals
from d365migrate.intake.links import find_relationships
from d365migrate.intake.list_files import lists_of_members
from d365migrate.intake.lookalikes import PRICED_BARE, PRICED_KINDS, PRICED_REFS, contradiction
from d365migrate.intake.money_columns import ledger_columns, payment_columns
from d365migrate.intake.name_only import name_only
from d365migrate.intake.neutral_names import neutral_name
from d365migrate.intake.not_sales import (
    conduct_word,
    contract_name,
    name_says_not_sales,
    not_sales_word,
    supplier_file,
)
from d365migrate.intake.order_buyers import sale_of_buyer
from d365migrate.intake.organisation_files import silent_kind
from d365migrate.intake.other_word_refs import kept_references
from d365migrate.intake.own_numbers import numbers_itself
from d365migrate.intake.parts import part_files, parts_evidence
from d365migrate.intake.party_files import party_columns
from d365migrate.intake.person_files import people_of_account, person_kind, team_members
from d365migrate.intake.pipeline_deals import deal_columns_of_pipeline
from d365migrate.intake.price_lists import PRICE_LIST_REFS as _PRICE_LIST_REFS
from d365migrate.intake.price_lists import price_list_columns
from d365migrate.intake.read import Export
from d365migrate.intake.record_keys import composite_key, key_candidates, primary_key
from d365migrate.intake.remark_columns import remark_of_named_record
from d365migrate.intake.remarks import without_remark
from d365migrate.intake.role_links import role_link
from d365migrate.intake.send_tracking import recipient_sends
from d365migrate.intake.sent_emails import activity_rows
from d365migrate.intake.subscriber_files import list_subscribers
from d365migrate.intake.unknown_reasons import why_unknown
from d365migrate.intake.value_rows import folded_reason
from d365migrate.intake.value_shapes import value_columns
from d365migrate.intake.values import infer_column
from d365migrate.intake.workbook_names import kind_names
from d365migrate.words import a_or_an

__all__ = [
    "OBJECT_KINDS", "KIND_WORDS", "ObjectInfo", "Relationship", "CustomField", "Discovery",
    "discover", "write_discovery", "read_discovery", "classify_table", "normalize_name",
    "key_candidates", "primary_key", "is_natural_key", "composite_key", "kind_of_word",
    "name_kind", "col_norm",
]

_object_kind_from_word = object_kind_from_word  # intake/profile.py reads it by this name


#: Kinds a file of suppliers or purchase orders looks like by its columns.
SUPPLIER_LOOKALIKES = ("account", "contact", "lead", "user", "order", "order_line")
#: Kinds a file of companies and people together looks like by its columns.
PARTY_LOOKALIKES = ("account", "contact", "lead", "user")

#: Two kinds whose scores are closer than this, with a name that names neither: unsure.
UNSURE_MARGIN = 0.05
#: How well a file's columns must fit the kind other files' ids name it for that to count
#: (small integer ids of two tables coincide: a component's ids hold an issue link's).
POINTED_FIT = 0.15


#: The kinds a file's headers read through the map's vocabulary may name (names, dates and a
#: currency say little of a price list or a product; a contract's read so is no price list).
REREAD_KINDS = frozenset({"account", "contact", "lead", "deal", "task", "activity", "ticket",
                          "user"})


def _fit(kind: str, cols: set[str]) -> float:
    """The weighted share of a kind's typical columns that a table has."""
    feats = SIGNATURES.get(kind, [])
    total = sum(w for _, w in feats)
    return sum(w for alts, w in feats if cols & set(alts)) / total if total else 0.0

def classify_table(source: str, columns: list[str],
                   primary_key: str | None = None,
                   unique: frozenset[str] = frozenset(),
                   pointed: tuple[str, list[str]] | None = None, shapes: frozenset[str]
                   = frozenset(), reread: bool = False
                   ) -> tuple[str, float, dict[str, float], list[str]]:
    """Score a table against every object kind from its name and its columns.

    Returns (kind, confidence, scores, evidence). A table that references a kind by an
    `<kind>Id` column that is not its own key (e.g. OpportunityHistory.OpportunityId)
    cannot be that kind - it is a child or history of it - unless the table's name names
    that kind and the column is in ``unique`` (one value per row: a second id of the
    record's own, as Intercom's companies carry the customer's ``company_id``; or one value
    on every row: the tenant's id, as Pipedrive's organizations carry its ``company_id``).
    ``pointed`` (a kind, and the other files' id columns naming the table so) stands for a
    name when the table's name names no kind (:mod:`.id_references`); ``shapes``, the
    columns its values stand for (:mod:`.value_shapes`). A file nothing scored is scored
    again with its headers read through the map's vocabulary (:mod:`.header_readings`;
    ``reread``: that second look).
    """
    evidence: list[str] = []
    prefix = column_prefix(columns)
    # 'property_firstname' is 'firstname': a prefix most columns share says nothing
    cols = {col_norm(c) for c in columns} | {"".join(strip_column(c, prefix)) for c in columns}
    cols |= {col_norm(without_remark(c)) for c in columns}   # 'Contact ID (match to contact)'
    cols |= content_columns(columns) | shapes   # 'Vorname', 'Courriel'; 'Closed Won' values
    # 'Organización->Nombre': the company as a link to its record, as a company_id is
    cols |= ({"companyid"} if company_paths(columns) else set()) | path_parents(columns)
    pk = col_norm(primary_key) if primary_key else None
    # 'file_07', 'Sheet1': a name of words that say nothing and a number names no kind
    # 'Behavior Incident': people's conduct, no case its 'incident' would name
    named, how = (None, "") if neutral_name(source) or conduct_word(source) \
        or contract_name(source) else name_kind(source)   # 'Kundenvertrag': no customers
    if named in (pair := TWO_KIND_NAMES.get(normalize_name(source), ())):
        # 'Обращения', a lead or a case as the CRM says: the kind its columns fit better,
        # read through the map's vocabulary too (a lead's name, company and source)
        read = cols | vocabulary_columns(columns)
        named = max(pair, key=lambda k: _fit(k, read))
    by_name = named
    if named is None and pointed and _fit(pointed[0], cols) >= POINTED_FIT:
        # other files' ids point into it, and its columns are somewhat of that kind's
        named, how = pointed[0], "pointed"
    own_ids = {n for c in unique for n in (col_norm(c), "".join(strip_column(c, prefix)))}
    # a property of the record in the source's namespace ('PROPERTY_EVENT_ID' of an event,
    # as HubSpot's property_ columns): the record's own id there, not a link to a parent
    own_ids |= {"".join(strip_column(c, prefix)) for c in columns
                if re.split(r"[\W_]+", c.lower())[0] in SOURCE_PREFIXES}
    n = normalize_name(source)
    # 'account_history' of an id and the account's fields: the accounts, a row a version
    versioned = n.endswith("history") and named and versioned_records(cols, KIND_WORDS[named])
    history = bool(re.search(r"(history|log|audit|snapshot|archive|share|feed|member|"
                             r"role|junction|link)$", n)) and how != "exact" and not versioned
    how = "head" if versioned and how == "partial" else how
    # 'deal_contact_data' with deal_id and contact_id: rows that join two objects
    referenced = {k for k in NAME_SYNONYMS if (cols & ({s + "id" for s in NAME_SYNONYMS[k]}
                                                       | {k.replace("_", "") + "id"}))
                  - ({pk} if pk else set())}
    named_all = name_kinds(source)
    junction = len(named_all) >= 2 and len(referenced & set(named_all)) >= 2
    if junction:
        evidence.append(f"'{source}' joins {' and '.join(sorted(referenced & set(named_all)))}"
                        " records: an association table, not records of its own")
    elif membership := list_membership(source, columns):
        # 'list_user' of list_id and a user's key: who is on which list, not the users
        junction = True
        evidence.append(f"'{source}' names the {membership[1]}s of {a_or_an(membership[0])} and "
                        "no person's name: who is on which list, not records of their own")
    elif how == "head" and (linked := role_link(source, columns, any(
            cols & set(alts) for alts, _ in SIGNATURES.get(named or "", [])), named)):
        junction = True   # 'Delivery Framework Contact' of 'Contact', 'Delivery Framework'
        evidence.append(linked)
    elif len(joined := _joined_ids(source, columns)) >= 2:
        # 'team_admin_data' of team_id, admin_id and timestamps: nothing but the ids of
        # the records it joins, whatever words name them
        junction = True
        evidence.append(f"'{source}' holds only the ids it joins ({', '.join(joined)}): an "
                        "association table, not records of its own")
    scores: dict[str, float] = {}
    children_of: set[str] = set()  # kinds the file names a parent of (a child's rows)
    for kind, feats in SIGNATURES.items():
        total = sum(w for _, w in feats)
        got = sum(w for alts, w in feats if cols & set(alts))
        base = score = got / total
        if named == kind:
            score += {"exact": 0.5, "head": 0.45, "pointed": 0.4}.get(how, 0.25)
        refs = {s + "id" for s in NAME_SYNONYMS[kind]} | {kind.replace("_", "") + "id"}
        mine = ({pk} if pk else set()) | (own_ids if named == kind and not junction
                                          else set())
        mine |= kept_references(kind, (named, how, source), cols, refs, base)   # 'variantId'
        # a column the kind's own signature counts (a smart campaign's flow_id) is evidence
        # of the kind, not a reference to a parent of it
        own_evidence = {c for alts, _ in feats for c in alts}
        if (cols & refs) - mine - own_evidence and base < 0.9 and not numbers_itself(
                kind, named, {col_norm(c) for c in unique}, own_evidence):
            # References this kind (OpportunityHistory.OpportunityId), so it is a child of
            # it - unless the columns fit the kind perfectly (pipelines.pipeline_id groups
            # the stage rows of the pipeline table itself).
            score -= 0.6
            children_of.add(kind)
        if history or junction:
            score -= 0.5
        if kind == "note" and named != kind and remark_of_named_record(cols):
            score -= 0.5   # Zammad's groups: a name and its 'note', the group's remark
        if kind == "price_list" and named != kind and not price_list_columns(cols):
            # dates, a name, a currency are any dated record's (a pledge, a program): a
            # price list its file does not name has a name and a currency or standard flag
            score -= 0.5
        if kind in PRICED_KINDS and by_name is None and not any(
                c.endswith(PRICED_REFS) or c in PRICED_BARE for c in cols):
            # a line or a price list's entry names what it prices and where it belongs; a
            # SKU, a price and a quantity alone, under a silent name, are a catalogue's
            score -= 0.5
        scores[kind] = round(score, 3)
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    margin = ranked[0] - ranked[1] if len(ranked) > 1 else ranked[0]
    second = sorted(scores, key=lambda k: -scores[k])[1] if len(scores) > 1 else best
    if listed := lists_of_members(source, columns):   # 'lead_lists': segments, not leads
        evidence.append(listed)
        return "unknown", round(max(scores[best], 0.0) * 0.5, 3), scores, evidence
    # (a child of an account, Zuora's payment methods with 'is_company', is no customer)
    party = party_columns(columns) if named in (None, "account") and not (
        history or junction or "account" in children_of) else []
    if party and (best in PARTY_LOOKALIKES or scores[best] < 0.4):
        # Odoo's and Axelor's partners, SAP's business partners: a company or a person a
        # row, a column saying which; the customers' file, people and all
        evidence.append(f"its rows are companies and people together ('{party[0]}' says "
                        f"which; a person's '{party[1]}' beside the row's '{party[2]}'): the "
                        "customers, named account; where the export has no contacts file, "
                        "the map takes its people's rows as the contacts")
        best = "account"
    org = silent_kind(columns, cols) if by_name is None and scores[best] < 0.4 else None
    org = (activity_rows(cols) if by_name is None and not party else None) or org
    if org and not party:   # a name, a web site, a phone and no person's; a list's people
        evidence.append(org[1])
        best = org[0]
    teams = by_name is None and (not_sales_word(source) or ("",))[0] == "team"
    members = team_members(columns) if teams else None
    if members and (scores[best] < 0.4 or best == "contact") and not party and not org:
        evidence.append(f"its name says teams, but each row is one of their members ("
                        f"'{members[0]}', with their '{members[1]}'): the CRM's users")
        return "user", 0.6, scores, evidence
    subscribers = list_subscribers(source, columns) if not (party or org) else None
    if subscribers:   # Mailchimp's 'list_members': the people, named for their list
        evidence.append(subscribers)
        return "contact", round(max(scores["contact"], 0.6), 3), scores, evidence
    doubt = len(ranked) > 1 and scores[best] < 0.6 and ranked[0] - ranked[1] < 0.1  # a tie
    read = vocabulary_columns(columns) - cols if (scores[best] < 0.4 or doubt) and not (
        party or org or reread) else frozenset()
    if read:   # 'メール', '携帯電話': headers in a language discovery's own words lack
        again = classify_table(source, columns, primary_key, unique, pointed, shapes | read,
                               reread=True)
        kind = again[0]
        # a vocabulary's reading is weaker than a file's own English: a kind of people,
        # companies, deals or work, no doubt left, its columns enough unless its name says it
        # whole ('Timeaccount' is no account); a near tie settled clearly: a new kind ahead
        ahead = again[2].get(kind, 0.0) - scores[best]
        clear = scores[best] < 0.4 or (kind not in (best, "lead") and ahead >= 0.1)
        if clear and kind in REREAD_KINDS and not any(
                e.startswith("unsure") for e in again[3]) and (
                _fit(kind, cols | read) >= 0.4 or (named == kind and how in ("exact", "head"))):
            return again[0], again[1], again[2], [
                f"its headers, read through the map's vocabulary, say {', '.join(sorted(read))}",
                *again[3]]
    headed = kind_named_by_headers(columns, primary_key) if scores[best] < 0.4 and not (
        party or org or history or junction) else None
    if headed:   # 'Aktivitets ID', 'Aktivitetstype', 'Dato for Aktivitet': an activity's
        evidence.append(f"its headers name its records ({', '.join(headed[1][:3])}): "
                        f"{a_or_an(headed[0])}'s columns")
        return headed[0], 0.6, scores, evidence
    if not party and (book := served_people(source, columns, by_name)):
        evidence.append(book)   # a shop's address book (Reaction), its customers (OXID)
        return "contact", round(max(scores.get("contact", 0.0), 0.6), 3), scores, evidence
    if scores[best] < 0.4 and not party and not org:  # then what its name says, if it says
        evidence += [f"no object scored above 0.4 (best {best} {scores[best]})",
                     *(name_says_not_sales(source) if by_name is None else [])]
        return "unknown", round(max(scores[best], 0.0), 3), scores, evidence
    # a customers file of people (an online store's buyers: a first and a last name, no
    # company): the name says account, the columns contact; the people settle it
    people = not party and named == "account" and best == "contact" and bool(
        person_columns_of_account(columns, prefix))
    who = person_kind(cols, best) if by_name is None and not party else None
    if (sale := None if party else sale_of_buyer(named, how, best, columns)):
        evidence.append(sale)   # Aimeos' orders: the buyer's address on every row
        best = named
    if who:
        # under a name that names nothing: staff who sign in, or leads with a company name
        evidence.append(f"its people are {who[0]}s ({', '.join(who[1])})")
        best = who[0]
    if named != best and margin < UNSURE_MARGIN and not (people or party or who or org) \
            and named is not None and how in ("exact", "head") and scores[best] - scores.get(
                named, -1.0) < UNSURE_MARGIN and _fit(named, cols) > 0:
        # columns tie two kinds, the name names one some column fits ('InvenTree_Contact':
        # the name settles it; Thunderbird's address book 'quote' of no quote's column: no)
        evidence.append(f"its columns fit {best} and {named} alike; its name says {named}")
        best = named
    if named != best and margin < UNSURE_MARGIN and not (people or party or who or org):
        # Neither the name nor the columns settle it: shown as unsure, with its candidates,
        # for the analyst to set (a wrong guess would load one object's rows as another's).
        top = ", ".join(f"{k} {v:.2f}" for k, v in sorted(scores.items(),
                                                           key=lambda kv: -kv[1])[:3])
        evidence.append(f"unsure: its columns fit several objects ({top}) and its name "
                        "settles none; set its object in the parameters")
        return "unknown", round(max(scores[best], 0.0) * 0.5, 3), scores, evidence
    if best == "price_list_item" and cols & {"quantity", "qty"} and not cols & _PRICE_LIST_REFS:
        # an invoice's line items (Recurly): a quantity sold, on no price list; a price
        # list says what a product costs, a line how many were sold
        evidence.append("unsure: its rows carry a quantity and name no price list: lines "
                        "of a sale, not a price list's entries; set its object in the "
                        "parameters")
        return "unknown", round(max(scores[best], 0.0) * 0.5, 3), scores, evidence
    if best == "price_list_item" and named != best and not cols & _PRICE_LIST_REFS:
        # a store's product variants (Shopify: a product id, a price, a SKU): prices of a
        # product's versions, on no price list, and a name that says no price list entry
        evidence.append("unsure: its rows carry a product's price and name no price list; "
                        "set its object in the parameters")
        return "unknown", round(max(scores[best], 0.0) * 0.5, 3), scores, evidence
    sends = recipient_sends(columns) if best == "campaign" and named != "campaign" else []
    if sends:
        # X2CRM's list items: a list's member a row, when each was sent, opened, clicked
        evidence.append(f"unsure: each row is one person's send ('{sends[0]}'; "
                        f"{', '.join(sends[1:])}): a list's members and their send tracking, "
                        "not campaigns; set its object in the parameters if it is wanted")
        return "unknown", round(max(scores[best], 0.0) * 0.5, 3), scores, evidence
    foreign = not_sales_word(source) if by_name is None else None
    if foreign:
        # NetSuite's vendors (people's names), subsidiaries (an address), jobs (dates and a
        # currency): by their columns a CRM object, by their name none of the Sales tables
        evidence.append(f"unsure: its name says {foreign[1]}, which no Sales table holds "
                        f"(by its columns {best} {scores[best]:.2f}); set its object in the "
                        "parameters if it is wanted")
        return "unknown", round(max(scores[best], 0.0) * 0.5, 3), scores, evidence
    deal_cols = deal_columns_of_lead(columns, shapes) if best == "lead" else None
    if deal_cols:
        # Krayin's "leads" are its pipeline items: a value, a stage, won or lost
        what = ("a deal's value, pipeline stage and outcome" if len(deal_cols) == 3
                else "a deal's chance of being won and its value or expected close")
        evidence.append(f"{LEADS_AS_DEALS}{what} ({', '.join(deal_cols)}): the CRM's deals, "
                        "which Dynamics 365 calls opportunities")
        best = "deal"
    pipeline_deals = deal_columns_of_pipeline(columns) if best == "pipeline" else None
    if pipeline_deals:  # Baserow's "Pipelines": the deals moving through it, not its stages
        evidence.append(f"its rows are deals, each worth an amount and closing on a date "
                        f"({', '.join(pipeline_deals)}), not the pipeline's stages")
        best = "deal"
    person_cols = people_of_account(columns, prefix, source) if best == "account" and not \
        party else None
    if person_cols:
        # OroCRM's demo 'accounts': a person a row, at the company its Company column names
        evidence.append(f"its rows are people ({', '.join(person_cols)}) with no name of an "
                        "account of their own: the accounts' contacts")
        best = "contact"
    if people:
        evidence.append("its name says customers and its rows are people "
                        f"({', '.join(person_columns_of_account(columns, prefix) or [])}) "
                        "with no company name: contacts")
    supplier = supplier_file(source) if best in SUPPLIER_LOOKALIKES else None
    if supplier:
        # QuickBooks' and NetSuite's vendors (names, emails: people-like), purchase orders
        evidence.append(f"unsure: {supplier}; set its object in the parameters")
        return "unknown", round(max(scores[best], 0.0) * 0.5, 3), scores, evidence
    ledger = ledger_columns([*columns, *shapes], source) if best == "account" else []
    if ledger:
        # NetSuite's 'account', QuickBooks' and Xero's accounts: the chart of accounts
        evidence.append(f"unsure: its rows are ledger accounts ({', '.join(ledger)}): an "
                        "accounting system's chart of accounts, not customers; set its "
                        "object in the parameters")
        return "unknown", round(max(scores[best], 0.0) * 0.5, 3), scores, evidence
    card = payment_columns(columns) if best in ("contact", "lead") else []
    if card:
        # Recurly's billing information: a card and a billing address, with the names on
        # the card, and no email: an account's payment details, not people
        evidence.append(f"unsure: its rows are payment cards ({', '.join(card)}) with no "
                        "email: payment details of a customer, not people; set its object "
                        "in the parameters")
        return "unknown", round(max(scores[best], 0.0) * 0.5, 3), scores, evidence
    subscribed = subscriber_columns(columns) if best == "user" else []
    if len(subscribed) >= 2:
        # Mailchimp's 'member', Iterable's 'user': a list's member, not a team member
        evidence.append(f"its members are a mailing list's subscribers "
                        f"({', '.join(subscribed)}), not staff: contacts")
        best = "contact"
    odd = contradiction(best, cols, scores, by_name)
    if odd and odd[0] == "unknown":
        evidence.append(f"unsure: {odd[1]}; set its object in the parameters")
        return "unknown", round(max(scores[best], 0.0) * 0.5, 3), scores, evidence
    if odd:
        evidence.append(odd[1])
        best = odd[0]
    feats = [alts[0] for alts, _ in SIGNATURES[best] if cols & set(alts)]
    if named == best and (alone := name_only(source, best, how, feats)) and (
            kind_named_by_headers(columns, primary_key) or ("",))[0] != best:
        evidence.append(alone)  # 'Harvest_Field_Data' (no field key, label or type): unsure
        return "unknown", round(max(scores[best], 0.0) * 0.5, 3), scores, evidence
    if named == best and how == "pointed" and pointed:
        evidence.append(f"other files' ids point into it ({', '.join(pointed[1][:3])}): "
                        f"{a_or_an(best)}'s records")
    elif named == best:
        evidence.append(f"file name '{source}' names {a_or_an(best)} ({how})")
    elif margin < 2 * UNSURE_MARGIN and not party and second != best:
        evidence.append(f"unsure: {best} {scores[best]:.2f} or {second} {ranked[1]:.2f}, by "
                        "its columns alone; check it")
    feats = [alts[0] for alts, _ in SIGNATURES[best] if cols & set(alts)]
    evidence.append(f"columns typical of {best}: {', '.join(feats)}")
    conf = min(1.0, scores[best]) * (0.6 + 0.4 * min(1.0, margin / 0.3))
    return best, round(conf, 3), scores, evidence




def _joined_ids(source: str, columns: list[str]) -> list[str]:
    """The '<word>_id' columns of a file, when one names a word of its name and the file
    holds nothing else but ids, the link's type or role, timestamps and '_' plumbing; else
    [] ('campaign_recipient' of campaign_id, member_id and list_id joins them)."""
    words = set(name_words(source))
    joined, other, named = [], False, False
    for c in columns:
        if c.startswith("_") or col_norm(c) == "id":   # its own row id joins nothing
            continue
        nc = col_norm(without_remark(c))
        if nc.endswith("id") and len(nc) > 2:
            joined.append(c)
            named = named or nc[:-2] in words
        elif not re.search(r"^(type|role)$|(at|date|time|(?<!i)on|synced|deleted)$", nc):
            other = True
    return [] if other or not named else joined


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
            okind = object_kind_from_word(row.get(c_obj) or "") if c_obj else "unknown"
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
        std = STANDARD_COLUMNS.get(kind)
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


def _label(column: str) -> str:
    c = re.sub(r"__c$", "", column)
    c = re.sub(r"^cf_", "", c)
    c = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", c).replace("_", " ")
    return c.strip().capitalize() if c.islower() else c.strip()


# ------------------------------------------------------------------ entry points

def discover(export: Export, decided: Mapping[str, tuple[str, str]] | None = None
             ) -> Discovery:
    """Identify objects, keys, relationships and custom fields of a read export
    (``decided``: a file's object as the parameters set it, intake/decided_kinds.py)."""
    objects: list[ObjectInfo] = []
    types: dict[str, dict[str, str]] = {}
    keyed: dict[str, tuple[list[dict[str, Any]], str | None, frozenset[str],
                           frozenset[str]]] = {}
    for source, df in export.tables.items():
        g = export.guesses.get(source)
        t = dict(g.column_types) if g and g.column_types else {
            c: infer_column(df[c])["type"] for c in df.columns}
        types[source] = t
        cands = key_candidates(source, df, t)
        pk = cands[0]["column"] if cands else None
        unique = frozenset(c["column"] for c in cands if c["duplicates"] == 0
                           and c["uniqueness"] == 1.0)
        # an id with one value on every row (Pipedrive's company_id on its organizations:
        # the tenant) or none (amoCRM's account_id) links no parent record of the same kind
        unique |= frozenset(c for c in df.columns if df.height >= 2
                            and re.search(r"(?i)id$", c) and df[c].n_unique() == 1
                            and df[c].null_count() in (0, df.height))
        if g and len(g.derived.get("columns") or []) > 1:  # made of a combination: its
            made = list(g.derived["columns"])  # key, as the parameters named it; a part of
            pk, unique = None, unique - set(made)  # it may link (a contact's company)
            cands = [{"column": "+".join(made), "columns": made, "composite": True,
                      "uniqueness": 1.0, "duplicates": 0, "decided": True}]
        keyed[source] = (cands, pk, unique, frozenset(value_columns(df, t)))
    # a header of a text field over nothing but GUIDs ('Subject (Patient)'): a link, no text
    heads = {s: [c for c in df.columns if c not in id_valued_text_columns(df)]
             for s, df in export.tables.items()}
    named = kind_names(export)   # a workbook's one sheet named in the user's language
    found = {source: classify_table(named.get(source, source), heads[source], pk, unique,
                                    shapes=shapes)
             for source, (_, pk, unique, shapes) in keyed.items()}
    # a silent name: other files' id columns pointing into it name it (org_id: organisations)
    silent = {s for s in export.tables if s not in named
              and (neutral_name(s) or name_kind(s)[0] is None)}
    pointed = pointed_kinds(export.tables, {s: k[1] for s, k in keyed.items()}, silent,
                            lambda f, kind: found[f][2].get(kind, 0.0)) if silent else {}
    for source, by in pointed.items():
        _, pk, unique, shapes = keyed[source]
        found[source] = classify_table(source, heads[source], pk, unique, by, shapes)
    found = leads_beside_deals(found)   # a leads file beside the export's own deals file
    settled = row_kinds(export.tables, {s: f[0] for s, f in found.items()})
    for source, (kind, why) in settled.items():   # ticket messages, companies named contacts
        found[source] = (kind, 0.5, found[source][2], [*found[source][3], why])
    for source, g in ((s, g) for s, g in export.guesses.items() if g.folded and s in found):
        found[source] = ("unknown", 1.0, found[source][2], [folded_reason(g.folded)])  # mails
    for source, (kind, why) in (decided or {}).items():  # the analyst's word
        found[source] = (kind, 1.0, found[source][2], [why])
    for source, df in export.tables.items():
        g = export.guesses.get(source)
        t = types[source]
        cands, pk, _, _ = keyed[source]
        kind, conf, scores, evidence = found[source]
        why = why_unknown(kind, evidence)   # classification's own lines, before the key's
        if cands and cands[0].get("decided"):
            evidence.append(f"made of each different {' + '.join(cands[0]['columns'])}: "
                            "those columns are its key")
        elif pk is None and kind not in {"pipeline", "custom_field", "unknown"}:
            both = composite_key(df, t)
            if both is not None:
                cands = [both]
                evidence.append(f"no single column is unique: {' + '.join(both['columns'])} "
                                "together are, a composite key to confirm")
            else:
                evidence.append("no primary key candidate (no unique id-like column)")
        elif pk is not None and is_natural_key(pk):
            evidence.append(f"no id column: '{pk}' is the natural key, kept as the record's "
                            "key and mapped as a field")
        files = part_files(g)
        evidence += parts_evidence(files)
        objects.append(ObjectInfo(kind, source, df.height,
                                  [{"name": c, "type": t.get(c, "string")} for c in df.columns],
                                  pk, conf, evidence, cands, scores, files, why))
    rels = find_relationships(export, objects, types)
    objects = lines_of_documents(objects, rels)   # 'line_items' linked to the orders
    cfs = _custom_fields(export, objects, types)
    return Discovery(objects, rels, cfs, [p.to_dict() for p in export.problems],
                     str(export.root), export.guesses_dict())
