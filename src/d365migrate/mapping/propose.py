"""The proposed map, from the export as intake read it and what discovery learned about it.

One function, :func:`propose_mapping`, makes the map both ``d365migrate suggest`` and a run's
mapping step write, so the two never disagree. Each part comes from the stage that knows it:

- which source object fills a table: discovery's object kind (``deals`` is a deal), turned
  into Dataverse tables by the vocabulary (``synonyms.yml``: ``deal: [opportunity]``);
- the source key: discovery's primary key; lookups: its relationships (ids found by value
  containment, a Customer's in two tables; names and email domains as fallbacks); column
  targets: the suggestion engine; custom columns: the manifest; stages: the pipelines.

The result is a map in ``mapping.yml`` form with ``status: proposed``; a person confirms it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import polars as pl

from d365migrate.dataverse import tables
from d365migrate.intake.discover import Discovery, Relationship
from d365migrate.intake.json_cells import RECORDS, RECORDS_REASON, cell_shape
from d365migrate.intake.links import find_associations
from d365migrate.intake.read import Export
from d365migrate.intake.records_from_values import made_records_hint
from d365migrate.mapping.address_columns import with_address_parts
from d365migrate.mapping.all_day_ends import with_all_day_ends
from d365migrate.mapping.choice_values import choice_values as _choice_values
from d365migrate.mapping.clock_durations import with_clock_durations, with_time_of_day
from d365migrate.mapping.continuation_rows import with_continuation_rows
from d365migrate.mapping.currency_links import CURRENCY, currency_link
from d365migrate.mapping.customer_tables import with_customer_tables
from d365migrate.mapping.dataverse_labels import option_codes
from d365migrate.mapping.deal_stage_rows import TYPE_COLUMNS, deal_stages_only
from d365migrate.mapping.deal_states import add_deal_states
from d365migrate.mapping.decisions import add_stages_to_mapping, stage_map
from d365migrate.mapping.goal_owners import with_goal_owners
from d365migrate.mapping.history import HISTORY_UNITS, history_entries
from d365migrate.mapping.keys_values import NATURAL_KEY_NOTE, made_key
from d365migrate.mapping.line_totals import without_line_totals
from d365migrate.mapping.link_decisions import association_lookups
from d365migrate.mapping.list_values import values_through_list
from d365migrate.mapping.manifest import add_manifest_to_mapping, build_manifest
from d365migrate.mapping.mapfile import MAPPING_VERSION, TRANSFORM_BY_TYPE
from d365migrate.mapping.minor_units import with_minor_units
from d365migrate.mapping.more_files import (
    further_entries,
    further_homes,
    unmatched,
    with_links_into_further,
    without_links_into_unloaded,
)
from d365migrate.mapping.name_lookups import name_lookup
from d365migrate.mapping.number_bands import with_bands
from d365migrate.mapping.owner_columns import explain_owner
from d365migrate.mapping.owner_values import owner_by_values, users_of
from d365migrate.mapping.parent_files import parents_first, with_product_families
from d365migrate.mapping.parent_keys import by_parent_key
from d365migrate.mapping.party_entries import parties_beside, split_party_entries
from d365migrate.mapping.party_split import people_among_parties
from d365migrate.mapping.pipelines import with_pipeline_column
from d365migrate.mapping.routed_links import read_routed_rows
from d365migrate.mapping.split_links import SplitHomes, restrict_to_splits
from d365migrate.mapping.state_column import propose_state_column
from d365migrate.mapping.status_stages import status_stage_map
from d365migrate.mapping.subscription_flags import subscription_flag_values
from d365migrate.mapping.suggest import SOURCE_KEY_REASON, key_is_data, suggest_columns_why
from d365migrate.mapping.user_roles import RoleSplit, ids_of_rows, names_customers, role_split
from d365migrate.mapping.vocabulary import load_vocabulary
from d365migrate.mapping.zero_placeholders import placeholder_entry
from d365migrate.staging.further_ids import ID_PREFIX
from d365migrate.staging.user_links import USERS

if TYPE_CHECKING:
    from d365migrate.mapping.learned import Learned

__all__ = ["Proposal", "propose_mapping", "found_units", "EMAIL_COLUMNS", "LINK_KINDS"]

EMAIL_COLUMNS = {"emailaddress1", "emailaddress2", "emailaddress3", "internalemailaddress"}
#: Relationship kinds whose column holds the other record's key (a lookup by id or email);
#: ``name`` and ``email_domain`` links are fallbacks for rows where that key is missing.
LINK_KINDS = {"id", "email", "polymorphic"}
FALLBACK_KINDS = ("name", "email_domain")
#: A link must match more than this share of rows to become a lookup (and a name or email
#: domain link at least this share to become its fallback).
MIN_LINK_RATE = 0.5


@dataclass
class Proposal:
    """The proposed map and the custom fields manifest it refers to."""

    mapping: dict[str, Any]
    manifest: pl.DataFrame
    #: the engagement's learned corrections met (``mapping.learned``), applied or not and why
    learned: list[dict[str, Any]] = field(default_factory=list)


def found_units(discovery: Discovery) -> list[str]:
    """The map's units (in load order) for every kind of records discovery found: what
    ``d365migrate suggest`` proposes when not told which tables; a history unit with no
    rows routed to it gets no entry."""
    from d365migrate.load.order import LOAD_ORDER

    vocab = load_vocabulary()
    kinds = {o.name for o in discovery.objects if o.rows}
    return [u for u in LOAD_ORDER if u not in ASKED_ONLY and (
        HISTORY_UNITS[u] in kinds if u in HISTORY_UNITS
        else any(u in vocab.kind_tables(k) for k in kinds))]


#: Units proposed only when the parameters' objects name them: a CRM's campaigns file is
#: mostly send-tracking, which stays in the CRM (the scope document), not Campaign records.
ASKED_ONLY = ("campaign",)


#: Discovery's confidence below which a file fills its table only after the files it is
#: surer of, however many rows each has (e-mail addresses alone beside an address book).
SURE_SOURCE = 0.3


def _choose_sources(discovery: Discovery, objects: list[str]) -> dict[str, str]:
    """Target table -> source object, from discovery's kinds (of the best kind, a file with
    its records' own ids before one without: a report of the same records, named, not keyed;
    then one discovery is sure of; then the largest, of two as large the one it is surest is
    of that kind, SuiteCRM's Cases before its Bugs; a source fills one table)."""
    vocab = load_vocabulary()
    chosen: dict[str, str] = {}
    for target in objects:
        ranked = []
        for o in discovery.objects:
            tables_for_kind = vocab.kind_tables(o.name)
            if target in tables_for_kind and o.source not in chosen.values() and o.rows:
                ranked.append((tables_for_kind.index(target), not o.primary_key,
                               o.confidence < SURE_SOURCE, -o.rows, -round(o.confidence, 2),
                               o.source))
        if ranked:  # of the best kind and keyed alike, a file another names the rows of
            best = min(ranked)
            chosen[target] = parents_first(discovery, [r[-1] for r in sorted(ranked)
                                                       if r[:2] == best[:2]])
    return chosen


def _link_tables(discovery: Discovery, source: str, chosen: Mapping[str, str],
                 df: pl.DataFrame | None = None,
                 people: Mapping[str, tuple[set[str], set[str]]] | None = None,
                 homes: SplitHomes | None = None) -> dict[str, str]:
    """Column -> the table its values point at, for the engine: the table the linked object
    goes to, ``systemuser`` for users, ``""`` for an object this map does not migrate. A users
    file split by role (``people``: its customers' and staff's ids) is the contacts' table
    for a column whose values name its customers, and systemuser for one naming its staff."""
    table_of = {src: table for table, src in chosen.items()}
    out: dict[str, str] = {}
    for rel in discovery.links_from(source):
        if rel.kind not in LINK_KINDS:
            continue
        split = (people or {}).get(rel.target_source)
        if split is not None and df is not None and rel.column in df.columns \
                and names_customers(df[rel.column], *split):
            table = table_of.get(rel.target_source, "")
        elif discovery.kind_of(rel.target_source) == "user":
            table = "systemuser"
        elif homes is not None and rel.target_source in homes:  # the table of its rows
            table = next(iter(homes.order(rel)), "")
        else:
            table = table_of.get(rel.target_source, "")
        if rel.column not in out or (table and not out[rel.column]):
            out[rel.column] = table
    return out


def _lookup(discovery: Discovery, source: str, column: str, attr: dict[str, Any],
            table_def: dict[str, Any], chosen: Mapping[str, str],
            homes: SplitHomes | None = None) -> tuple[dict[str, Any] | None, str]:
    """The lookup for ``column`` from discovery's links, or None and why not."""
    table_of = {src: table for table, src in chosen.items()}
    targets = set(attr.get("Targets") or [])

    def home(r: Relationship) -> str | None:  # a split file: the table holding its rows
        if homes is not None and r.target_source in homes:
            return next((t for t in homes.order(r) if t in targets), None)
        if USERS in targets and discovery.kind_of(r.target_source) == "user":
            return USERS  # a user of the source (a preferred rep): the org's, as owners are
        return table_of.get(r.target_source)

    links: list[Relationship] = [r for r in discovery.links_from(source, column)
                                 if r.kind in LINK_KINDS]
    if not links:  # no ids in the export: a name link is the lookup itself
        named = sorted((r for r in discovery.links_from(source, column) if r.kind == "name"
                        and r.match_rate > MIN_LINK_RATE and home(r) in targets),
                       key=lambda r: -r.match_rate)
        if named:  # (a split file: the table holding the rows it names)
            return name_lookup(discovery, named[0], attr, table_def, str(home(named[0])))
    if not links:
        if discovery.column_types(source).get(column) == "empty":
            return None, "the column is empty in this export"
        named = [r for r in discovery.links_from(source, column) if r.kind == "name"
                 and r.match_rate > MIN_LINK_RATE]
        if named:
            return None, (f"its values name records of {named[0].target_source} by its "
                          f"{named[0].target_words} ({named[0].match_rate:.0%} match), which "
                          f"this map does not load into {attr['LogicalName']}")
        files = sum(1 for o in discovery.objects if o.name not in {"unknown", "custom_field"})
        return None, ("discovery matched none of its values to a record of the export: it "
                      f"compared them with the unique columns of its {files} files of records "
                      "(ids where the column's name says it holds ids, names, codes, emails)"
                      + made_records_hint(source, column, targets,
                                          {o.name for o in discovery.objects},
                                          discovery.column_types(source).get(column)))
    usable = [r for r in links if home(r) in targets
              and (r.match_rate > MIN_LINK_RATE or r.kind == "polymorphic" or r.certain)]
    if not usable:
        best = links[0]
        if home(best) in targets:  # the right table, too few of its values found there
            return None, (f"only {best.match_rate:.0%} of its values name a record of "
                          f"{best.to}, fewer than the {MIN_LINK_RATE:.0%} a link needs "
                          "(the export may hold only some of those records)")
        return None, (f"its values point at {best.to} ({best.match_rate:.0%} match), which "
                      f"this map does not load into {attr['LogicalName']}")
    rel = usable[0]
    ref_table = str(home(rel))
    nav = tables.navigation(table_def, attr["LogicalName"], ref_table)
    if nav is None:
        return None, f"{attr['LogicalName']} has no navigation property to {ref_table}"
    fallbacks = [{"source": r.column, "match": r.kind, "references": r.match_columns,
                  **({"part": r.part} if r.part else {})}
                 for r in sorted(discovery.links_from(source),
                                 key=lambda r: FALLBACK_KINDS.index(r.kind)
                                 if r.kind in FALLBACK_KINDS else 99)
                 if r.kind in FALLBACK_KINDS and r.target_source == rel.target_source
                 and r.match_rate >= MIN_LINK_RATE]
    return by_parent_key({"target": attr["LogicalName"], "navigation": nav, "table": ref_table,
                          "source": column, "references": rel.to, "fallbacks": fallbacks, **(
                              {"part": rel.part} if rel.part else {})}, rel, discovery), ""


def _table_entry(export: Export, discovery: Discovery, target: str, source: str,
                 table_def: dict[str, Any], chosen: Mapping[str, str],
                 df: pl.DataFrame | None = None,
                 people: Mapping[str, tuple[set[str], set[str]]] | None = None,
                 homes: SplitHomes | None = None) -> dict[str, Any]:
    """One table's entry; ``df`` is the source's rows this entry takes (all by default);
    ``people``: the customers' and staff's ids of each users file split by role; ``homes``:
    which table of a split file a link into it goes to."""
    df = export.tables[source] if df is None else df
    obj = discovery.by_source(source)
    key = discovery.key_of(source)
    attrs = tables.attributes(table_def)
    links = _link_tables(discovery, source, chosen, export.tables[source], people, homes)
    suggestions, why = suggest_columns_why(df, table_def, source_object=source,
                                           relationships=links, key=key,
                                           whole=export.tables[source])
    columns: list[dict[str, Any]] = []
    lookups: list[dict[str, Any]] = []
    owner: dict[str, Any] | None = None
    unmapped: list[str] = []
    reasons: dict[str, str] = {}
    unresolved: list[dict[str, Any]] = []
    # a natural key (a name, an email) or an account's own number stays the record's key and
    # is mapped as well
    logical = str(tables.unwrap(table_def).get("LogicalName") or "")
    natural = key is not None and key_is_data(key, logical, source)
    for col in df.columns:
        cands = suggestions.get(col, [])
        if col != key and cell_shape(df[col]) == RECORDS:  # several records a cell: no link
            unmapped.append(col)
            reasons[col] = RECORDS_REASON
            continue
        if (col == key and not natural) or not cands:
            unmapped.append(col)
            reasons[col] = SOURCE_KEY_REASON if col == key else why.get(col, "")
            continue
        best = cands[0]
        attr = attrs.get(best.target, {"LogicalName": best.target})
        transform = TRANSFORM_BY_TYPE.get(tables.attribute_type(attr), "text")
        entry: dict[str, Any] = {"target": best.target, "source": col,
                                 "confidence": round(best.confidence, 3), "reason": best.reason}
        if col == key:
            entry["reason"] += NATURAL_KEY_NOTE
        if transform == "owner":
            owner = {"source": col, "match": "email",
                     **{k: entry[k] for k in ("confidence", "reason")}}
        elif transform == "lookup":
            lookup, no = currency_link(df[col], table_def) if best.target == CURRENCY else \
                _lookup(discovery, source, col, attr, table_def, chosen, homes)
            if lookup:
                lookups.append({**lookup, "confidence": entry["confidence"],
                                "reason": entry["reason"]})
            else:
                # the engine's target stays visible: a person can bind it, or leave it
                unmapped.append(col)
                reasons[col] = f"would be the lookup {best.target}, but {no}"
                unresolved.append({"source": col, "target": best.target,
                                   "confidence": entry["confidence"], "reason": no})
        else:
            if best.target in EMAIL_COLUMNS:
                transform = "email"
            entry["transform"] = transform
            entry.update(placeholder_entry(df[col], transform))   # 'No' in every row
            if transform == "boolean" and (said := subscription_flag_values(df[col], best.target)):
                entry["values"] = said   # 'unsubscribed': Do Not Allow (subscription_flags)
            if transform in ("choice", "multichoice"):
                entry["values"] = values_through_list(export.tables, discovery, source, df[col],
                                                      attr, _choice_values) or option_codes(
                    df, table_def, attr, _choice_values(df[col], attr, transform == "multichoice"))
            columns.append(entry)
    columns += _required_copies(columns, attrs)
    users = users_of(export.tables, {o.source: o.name for o in discovery.objects}, source) if (
        owner is None and "ownerid" in attrs and target != "systemuser") else frozenset()
    if users and (by_values := owner_by_values(df, [c for c in unmapped if c != key], users)):
        # '담당자' (Redmine's Korean assignee): unread, but its values are the users'
        col, seen = by_values
        owner = {"source": col, "match": "email", "confidence": 0.6,
                 "reason": "no word of its header was read, but its values are the export's "
                           f"users ({', '.join(seen)}): the owner"}
        unmapped.remove(col)
        reasons.pop(col, None)
    kind = obj.name if obj is not None else "?"
    evidence = "; ".join(obj.evidence[:2]) if obj is not None and obj.evidence else ""
    composite = next((c for c in (obj.key_candidates if obj is not None else [])
                      if c.get("composite")), None) if key is None else None
    return explain_owner({  # which user column owns the records, over which others
        "target": target, "source": source, "source_key": key,
        "confidence": round(obj.confidence if obj is not None else 0.0, 3),
        "reason": (f"discovery identified '{source}' as {kind} records"
                   + (f" ({evidence})" if evidence else "") + f"; {kind} records go to "
                   f"{target}"),
        "owner": owner, "columns": columns, "lookups": lookups,
        "unresolved_lookups": unresolved, "unmapped": unmapped, "unmapped_reasons": reasons,
        **(made_key(composite["columns"]) if composite and composite.get("decided") else
           {"key_candidate": {
            "columns": composite["columns"],
            "reason": (f"no column is unique; {' + '.join(composite['columns'])} together are: "
                       f"confirm them (mapping.decisions.keys: {{{target}: "
                       f"{composite['columns']}}}) or name other columns")}}
           if composite else {}),
    })


#: Columns whose value names a record, best first: a required text column nothing fills (a
#: lead's topic) takes a copy of the first one the map fills.
NAMING_TARGETS = ("subject", "title", "name", "companyname", "fullname", "lastname",
                  "emailaddress1")  # people known by their address alone (no first name)


def _customers_among_users(export: Export, discovery: Discovery, objects: list[str],
                           chosen: dict[str, str]
                           ) -> tuple[dict[str, RoleSplit], dict[str, tuple[set[str], set[str]]]]:
    """A users file whose role column names customers is the contact source when the export
    has no contacts file (``chosen`` gains it); its split, and its customers' and staff's
    ids for telling links apart (:mod:`d365migrate.mapping.user_roles`)."""
    splits: dict[str, RoleSplit] = {}
    people: dict[str, tuple[set[str], set[str]]] = {}
    if "contact" not in objects or "contact" in chosen:
        return splits, people
    for source in discovery.sources("user"):
        df = export.tables.get(source)
        key = discovery.key_of(source)
        split = role_split(df) if df is not None and df.height else None
        if split is None or source in chosen.values():
            continue
        chosen["contact"] = source
        splits[source] = split
        if key and key in df.columns:
            people[source] = ids_of_rows(df, split, key)
        break
    return splits, people


def _required_copies(columns: list[dict[str, Any]], attrs: dict[str, dict[str, Any]]
                     ) -> list[dict[str, Any]]:
    """A required text column that no source column fills gets a copy of the map's most
    naming column, with the reason, so the record is not refused or left without it; a person
    may choose another in the editor."""
    mapped = {c["target"]: c for c in columns}
    out: list[dict[str, Any]] = []
    for name, attr in attrs.items():
        required = tables.required_level(attr) in ("ApplicationRequired", "SystemRequired")
        if (not required or name in mapped or attr.get("IsValidForCreate") is False
                or tables.attribute_type(attr) not in ("String", "Memo")):
            continue
        source = next((mapped[t] for t in NAMING_TARGETS if t in mapped and mapped[t].get(
            "source") and (t != "emailaddress1" or "firstname" not in mapped)), None)
        if source is None:
            continue
        out.append({"target": name, "source": source["source"], "transform": "text",
                    "confidence": 0.5,
                    "reason": f"Dataverse requires {tables.label(attr.get('DisplayName')) or name}"
                              f" and no column holds it: a copy of '{source['source']}'"
                              f" ({source['target']}); choose another in the editor if better"})
    return out


#: The columns the stage decisions read (``decisions.stage_map``), and the names other
#: exports give them (normalised: lowercase alphanumerics).
_STAGE_COLUMNS = {
    "stage_id": ("stageid", "id", "dealstageid"), "pipeline_id": ("pipelineid", "pipeline"),
    "stage_order": ("stageorder", "displayorder", "order", "position", "sortorder",
                    "sequence", "rank"),
    "stage_name": ("stagename", "label", "name", "stage", "title"),
    "pipeline_name": ("pipelinename",),
    "is_won": ("iswon", "closedwon", "won"),
    "is_lost": ("islost", "closedlost", "lost"),
    "probability": ("probability", "defaultprobability", "winprobability"),
    "board_type": TYPE_COLUMNS,   # whose board a stage is on (deal_stage_rows)
}


def _stage_rows(discovery: Discovery, export: Export) -> tuple[str, pl.DataFrame] | None:
    """The stages file (the largest pipeline object) and its rows with their columns under
    the names the stage decisions read: ``display_order`` is the stage order, ``label`` its
    name, and a closed stage that is not won (``is_closed`` without ``closed_won``) is lost.
    None when it has no stage and pipeline ids."""
    for source in discovery.sources("pipeline"):
        df = export.tables[source]
        cols = {re.sub(r"[^0-9a-z]", "", c.lower()): c for c in df.columns}
        found = {want: next((cols[n] for n in names if n in cols), None)
                 for want, names in _STAGE_COLUMNS.items()}
        if found["stage_id"] is None or found["pipeline_id"] is None:
            continue
        out = df.select([pl.col(c).alias(want) for want, c in found.items() if c is not None])
        closed = cols.get("isclosed")
        if found["is_lost"] is None and closed is not None and found["is_won"] is not None:
            truthy = ["true", "1", "yes", "y", "t"]
            out = out.with_columns((
                df[closed].cast(pl.Utf8).str.to_lowercase().is_in(truthy)
                & ~df[found["is_won"]].cast(pl.Utf8).str.to_lowercase().is_in(truthy)
            ).alias("is_lost"))
        if found["stage_order"] is None:
            out = out.with_row_index("stage_order")
        return source, out
    return None


def propose_mapping(export: Export, discovery: Discovery,
                    table_defs: Mapping[str, dict[str, Any]], objects: list[str], *,
                    source_id_column: str, publisher_prefix: str = "new",
                    learned: Learned | None = None) -> Proposal:
    """The proposed map for ``objects`` (Dataverse tables) and its custom fields manifest.

    ``export`` is the export as :func:`d365migrate.intake.read.read_export` read it and
    ``discovery`` what :func:`d365migrate.intake.discover.discover` found in it (or
    :func:`~d365migrate.intake.discover.read_discovery` read back from ``discovery.json``).
    ``learned``: the engagement's corrections from earlier confirmations, applied first.
    """
    history = [u for u in objects if u in HISTORY_UNITS]
    chosen = _choose_sources(discovery, [u for u in objects if u not in HISTORY_UNITS])
    if learned is not None:
        chosen = learned.prefer_sources(chosen, [o.source for o in discovery.objects if o.rows],
                                        [u for u in objects if u not in HISTORY_UNITS])
    # a partners file of companies and people: its people are the contacts (no contacts file)
    parties = people_among_parties(discovery, export.tables, objects, chosen)
    beside = parties_beside(discovery, export.tables, objects, parties)  # and beside others
    parties |= beside
    more = further_homes(discovery, objects, chosen, HISTORY_UNITS)  # a kind's next files
    homes = SplitHomes(export.tables, parties, more)  # links into it: to its rows' table
    splits, people = _customers_among_users(export, discovery, objects, chosen)
    out_tables: list[dict[str, Any]] = []
    for target in objects:
        if target in HISTORY_UNITS:
            continue
        source = chosen.get(target)
        if source is None:
            out_tables.append({"target": target, "source": None, "confidence": 0.0,
                               "reason": "no source object looks like this table",
                               "columns": []})
            continue
        party = parties.get(source) if target in ("account", "contact") else None
        if party is not None:  # the companies' or the people's rows of a partners file
            entry = _table_entry(export, discovery, target, source, dict(table_defs[target]),
                                 chosen, party.rows(export.tables[source], target), people,
                                 homes)
            entry.update(where=party.where(target), reason=party.reason(source, target))
            out_tables.append(entry)
            continue
        split = splits.get(source) if target == "contact" else None
        if split is not None:  # the customers' rows of a users file
            rows = split.rows(export.tables[source])
            entry = _table_entry(export, discovery, target, source, dict(table_defs[target]),
                                 chosen, rows, people, homes)
            entry.update(where=split.where, reason=split.reason(source))
            out_tables.append(entry)
            continue
        out_tables.append(_table_entry(export, discovery, target, source,
                                       dict(table_defs[target]), chosen, people=people,
                                       homes=homes))
    out_tables += history_entries(
        export.tables, discovery, table_defs, history, chosen,
        lambda unit, source, td, df, placed: _table_entry(export, discovery, unit, source, td,
                                                          placed, df, people, homes))
    out_tables += further_entries(  # further files of a kind: entries of their own
        discovery, objects, out_tables,
        lambda unit, source: _table_entry(export, discovery, unit, source,
                                          dict(table_defs[unit]), chosen, people=people,
                                          homes=homes), export.tables, placed=HISTORY_UNITS)
    out_tables = split_party_entries(  # each partners file: its companies and its people
        out_tables, beside, export.tables,
        lambda unit, source, rows: _table_entry(export, discovery, unit, source,
                                                dict(table_defs[unit]), chosen, rows, people,
                                                homes))
    out_tables = without_line_totals(with_product_families(without_links_into_unloaded(
        with_links_into_further(out_tables, discovery, table_defs), more)))
    out_tables = with_customer_tables(with_minor_units(restrict_to_splits(out_tables, parties,
        table_defs, list(export.tables)), export.tables), discovery, table_defs)   # cents
    out_tables = with_address_parts(read_routed_rows(out_tables, list(export.tables)),
                                    export.tables, table_defs)   # a whole address a cell
    out_tables = with_continuation_rows(with_goal_owners(with_all_day_ends(with_time_of_day(
        with_bands(with_clock_durations(out_tables, export.tables), export.tables),
        export.tables))), export.tables)
    applied: list[dict[str, Any]] = []
    if learned is not None:
        out_tables, applied = learned.apply(out_tables, discovery.kind_of, export.tables,
                                            discovery.column_types, table_defs,
                                            values_of=_choice_values,
                                            email_columns=EMAIL_COLUMNS)
    taken = chosen | {str(e.get("name")): e["source"] for e in out_tables
                      if e.get("name") in HISTORY_UNITS or e.get(ID_PREFIX)}
    mapping: dict[str, Any] = {
        "version": MAPPING_VERSION, "status": "proposed",
        "proposed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "confirmed_by": None, "confirmed_at": None, "content_hash": None,
        "source_id_column": source_id_column, "tables": out_tables,
        "unmatched_sources": unmatched(discovery, taken, objects, out_tables),
    }
    mapping = association_lookups(  # links an association file holds (deal <-> contact)
        mapping, find_associations(discovery.objects, {o.source: discovery.column_types(
            o.source) for o in discovery.objects}, {s: df.columns for s, df in
                                                    export.tables.items()}),
        discovery.kind_of, lambda table: table_defs[table])
    if any(e.get("routed_as") == "notes" for e in out_tables):
        mapping["ticket_routing"] = "notes"  # the org has no Case table
    definitions = discovery.source("custom_field")
    manifest = build_manifest(export.tables.get(definitions) if definitions else None,
                              export.tables, mapping, publisher_prefix)
    found = _stage_rows(discovery, export)
    pipelines, left_out = deal_stages_only(found[1] if found else None)  # no task stages
    if "opportunity" in objects and pipelines is not None and "opportunity" in chosen:
        deals_name = chosen["opportunity"]  # each deal keeps its pipeline (mapping.pipelines)
        manifest = with_pipeline_column(manifest, export.tables[deals_name], deals_name,
                                        pipelines, publisher_prefix)
    mapping = add_manifest_to_mapping(mapping, manifest)
    if "opportunity" in objects and "opportunity" in chosen:
        deals = export.tables[chosen["opportunity"]]
        entry = next(t for t in mapping["tables"] if t.get("target") == "opportunity")
        if pipelines is not None:
            mapping = add_stages_to_mapping(mapping, stage_map(pipelines),
                                            _deal_stage_source(deals, pipelines))
            mapping.update({"stages_from": found[0] if found else None,
                            **({"stages_left_out": left_out} if left_out else {})})
        elif (column := _status_column(entry, deals)) is not None:
            # no pipelines file: the deals' own stage or status column drives open/won/lost
            mapping = add_stages_to_mapping(
                mapping, status_stage_map(deals, column),
                {"pipeline_column": None, "stage_column": column})
            mapping = propose_state_column(mapping, deals, column)  # its own Status, if any
        mapping = add_deal_states(mapping, deals)  # the deal's own open/won/lost column
    return Proposal(mapping, manifest, applied)


#: Names (lowercase alphanumerics) of a deal's pipeline and stage columns, best first.
_DEAL_PIPELINE = ("pipelineid", "dealpipelineid", "pipeline")
_DEAL_STAGE = ("stageid", "dealstageid", "dealpipelinestageid", "pipelinestageid", "dealstage")
#: A deal's stage or status column where no pipelines file is, by its name (and languages).
_STATUS_NAMES = ("stage", "stagename", "dealstage", "salesstage", "status", "dealstatus",
                 "state", "phase", "pipelinestage", "etape", "etapa", "fase", "stadium",
                 "statut", "estado", "stato", "phase")
#: At most this many distinct values: a status, not free text.
_MAX_STATUS_VALUES = 40


def _norm(column: str) -> str:
    return re.sub(r"[^0-9a-z]", "", column.lower())


def _deal_stage_source(deals: pl.DataFrame, stages: pl.DataFrame | None = None
                       ) -> dict[str, str | None] | None:
    """The deals' pipeline and stage id columns (HubSpot's ``deal_pipeline_stage_id``), or
    None for the SmartDesk names; a stage column alone (erxes' ``stageId``) where no two
    pipelines of the ``stages`` share a stage id, each stage placing its deal by itself."""
    cols = {_norm(c): c for c in deals.columns}
    pipeline = next((cols[n] for n in _DEAL_PIPELINE if n in cols), None)
    stage = next((cols[n] for n in _DEAL_STAGE if n in cols), None)
    if stage is not None and pipeline is None and stages is not None \
            and stages["stage_id"].is_unique().all():
        return {"pipeline_column": None, "stage_column": stage}
    if pipeline is None or stage is None:
        return None
    return {"pipeline_column": pipeline, "stage_column": stage}


def _status_column(entry: dict[str, Any], deals: pl.DataFrame) -> str | None:
    """The deals' stage or status column: the one the engine mapped to a stage or state
    target, else one named so; with a few distinct values."""
    def usable(col: str | None) -> bool:
        return bool(col) and col in deals.columns and 0 < deals[col].drop_nulls().n_unique() \
            <= _MAX_STATUS_VALUES

    by_target = {c["target"]: c.get("source") for c in entry.get("columns", [])}
    for target in ("salesstage", "stepname", "statuscode", "statecode"):
        if usable(by_target.get(target)):
            return by_target[target]
    cols = {_norm(c): c for c in deals.columns}
    return next((cols[n] for n in _STATUS_NAMES if n in cols and usable(cols[n])), None)
