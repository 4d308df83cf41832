"""Discovery's relationship finder: which column of one file holds the keys of another.

Found by value containment: ids first (with the share of rows that match, so orphans show),
polymorphic parent ids with their discriminator column, and for rows where ids are missing,
company names and email domains. The one relationship finder of the tool: the map proposal
takes its lookups from these links.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import polars as pl

from d365migrate.intake.account_names import is_account_name
from d365migrate.intake.company_paths import company_paths
from d365migrate.intake.company_rows import row_says
from d365migrate.intake.found import ObjectInfo, Relationship
from d365migrate.intake.json_cells import (
    JSON,
    RECORD,
    RECORDS,
    cell_shape,
    cell_shapes,
    distinctive,
    link_part,
)
from d365migrate.intake.key_rules import guid_values
from d365migrate.intake.kinds import (
    NAME_SYNONYMS,
    col_norm,
    kind_of_word,
    name_word_split,
    normalize_name,
)
from d365migrate.intake.named_ids import names_another
from d365migrate.intake.order_buyers import buyer_kind
from d365migrate.intake.paired_ids import ids_beside_names, ids_where_their_names_link
from d365migrate.intake.party_files import OWN_COMPANY, party_column, party_columns
from d365migrate.intake.primary_flags import primary_flag
from d365migrate.intake.read import Export
from d365migrate.intake.type_columns import named_files, type_column
from d365migrate.intake.value_links import find_value_links

__all__ = ["find_associations", "find_relationships"]

#: A column named as holding a reference: ``..._id``, ``...Id``, a display label's ``... ID``
#: ("Account ID", "Related to ID"), a flattened JSON record's ``<record>.id``
#: (``customer.id``), an owner, a parent, an email.
#: The id word may come first in a Romance language's label ('Id empresa') or be hyphenated
#: to a German compound ('Firmen-ID').
_REF_HINT = re.compile(r"(?i)(^|[_ .-]|[a-z])(id|key|ref|uuid|guid)$"
                       r"|^(owner|parent|assignee|author)|email$|_?emails?$|^id[ _.-]")
#: Words ending in 'id' that are no id ('peIsInvalid', 'is_paid', 'grid'): no link hint.
_ID_WORDS = frozenset({"valid", "invalid", "paid", "unpaid", "prepaid", "void", "avoid",
                       "grid", "hybrid", "android", "bid", "rapid", "solid", "liquid", "aid"})
_SELF_HINT = re.compile(r"(?i)(parent|master|manager|reports_?to|merged|duplicate|superior|"
                        r"mother|head|successor|predecessor|previous|original|base_?(?:unit|uom))")
#: In a file of companies and people together (intake/party_files), a column linking a row
#: to another row of the file by a name that says company: a person's employer (Axelor's
#: mainPartner, CiviCRM's Current Employer), a link within the file like a parent's.
_PARTY_SELF = OWN_COMPANY
#: A relation written by the key it is exported by: Odoo's ``country_id/id``, Axelor's
#: ``partner.importId``, ``mainPartner_importId``, ``userImportId``; group 1 is the field.
_RELATION_FORM = re.compile(r"^(.*?[A-Za-z0-9])(?:/\.?id|\.(?:id|importId|externalId)|"
                            r"_?[Ii]mport_?[Ii]d)$")
#: Fields that name the record a row is about whatever its kind (no kind word of their own).
_GENERIC_FIELD = re.compile(r"(?i)(parent|related|regarding|record|object|target|linked|"
                            r"^res$|^ref)")
_FREEMAIL = {"gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "gmx.de", "wp.pl",
             "qq.com", "icloud.com", "aol.com", "live.com", "web.de", "mail.ru", "proton.me"}
_LEGAL = re.compile(r"(?i)[\s,]+(inc\.?|ltd\.?|llc|gmbh|ag|s\.a\.|corp\.?|bv|plc|co\.?|"
                    r"sp\. z o\.o\.|limited|company)$")


# ------------------------------------------------------------------ relationships

def _party_file(df: pl.DataFrame) -> bool:
    """Whether ``df`` holds companies and people together: a flag or type column (with a
    first name and a name, a contacts file's type of contact too), or a type of contact
    whose values say both ('Individual', 'Organization': CiviCRM's export keeps them as
    stored whatever the language its headers are written in)."""
    if party_columns(df.columns, contact_types=True) or party_column(df.columns) is not None:
        return True
    column = party_column(df.columns, contact_types=True)
    if column is None:
        return False
    says = {row_says(column, v) for v in df[column].cast(pl.Utf8).drop_nulls().unique()
            .head(50).to_list() if v.strip()}
    return says == {True, False}


def _norm_company(e: pl.Expr) -> pl.Expr:
    return (e.str.to_lowercase().str.replace_all(r"\s+", " ").str.strip_chars()
            .str.replace(_LEGAL.pattern.replace("(?i)", ""), "").str.strip_chars(" ,."))


def _domain_of_email(e: pl.Expr) -> pl.Expr:
    return e.str.strip_chars().str.to_lowercase().str.extract(r"@([a-z0-9.\-]+\.[a-z]{2,})$")


def _norm_domain(e: pl.Expr) -> pl.Expr:
    return (e.str.strip_chars().str.to_lowercase()
            .str.replace(r"^[a-z]+://", "").str.replace(r"^www\.", "")
            .str.replace(r"[/:?#].*$", ""))


def _present(values: pl.Series) -> pl.Series:
    """The values a cell holds: nulls and blank strings (exports write '' for empty) out."""
    v = values.drop_nulls()
    if v.dtype == pl.Utf8:
        v = v.filter(v.str.strip_chars() != "")
    return v


def _rate(values: pl.Series, target: pl.Series) -> tuple[int, int]:
    """(non-null rows, rows whose value is in target)."""
    v = values.drop_nulls()
    if v.len() == 0:
        return 0, 0
    hit = int(v.is_in(target.unique().drop_nulls().implode()).sum())
    return v.len(), hit


def find_relationships(export: Export, objects: list[ObjectInfo],
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
        own = {s + "id" for s in NAME_SYNONYMS.get(o.name, set())} | {
            normalize_name(o.source) + "id"}
        if o.name != "unknown":
            # a history-mode table (Fivetran's '<table>_history': a row per version) repeats
            # its records' 'id'; the links to them are by that id all the same
            own.add("id")
        for c in tables[o.source].columns:
            if col_norm(c) in own and (o.source, c) not in targets:
                targets.append((o.source, c))
    target_sets = {t: _present(tables[t[0]][t[1]]).unique() for t in targets}
    # a column with one value on every row of a table with a key of its own (Pipedrive's
    # company_id: the tenant's id) names no one record of it: no target for links
    keyed = {o.source: o.primary_key for o in objects}
    targets = [t for t in targets if not (
        t[1] != keyed.get(t[0]) and keyed.get(t[0]) and tables[t[0]].height >= 2
        and target_sets[t].len() == 1)]
    kinds_present = {o.name for o in objects}
    target_samples = {t: set(s.head(200_000).to_list()) for t, s in target_sets.items()}
    kind_of = {o.source: o.name for o in objects}
    writers: set[str] = set()   # cases' e-mail columns read as who wrote in
    shaped: dict[str, dict[str, str]] = {}  # each file's JSON columns (json_cells)
    pairs: dict[str, dict[str, str]] = {}   # each file's ids beside their names (paired_ids)
    for o in objects:
        df = tables[o.source]
        party = _party_file(df)
        shapes = shaped[o.source] = cell_shapes(df)
        # an id beside the same records' names ('Код компании' beside 'Название компании')
        paired = pairs[o.source] = ids_beside_names(
            df, lambda c, t=types[o.source]: t.get(c) == "integer")
        for c in df.columns:
            if c == o.primary_key:
                continue
            ctype = types[o.source].get(c)
            if ctype in {"long_text", "empty", "boolean", "date", "datetime", "decimal",
                         "money", "phone", "url", "multiselect"}:
                continue
            # a JSON record per cell ({"name": ..., "id": ...}) is a link by its shape
            shape = shapes.get(c)
            if shape in (RECORDS, JSON):
                continue  # several records a cell, or JSON naming none: no lookup
            fk = _fk_word(c)
            # a company of a party file's own rows: two values at least (not the tenant's)
            own = party and bool(_PARTY_SELF.search(c)) and df[c].n_unique() > 2
            hinted = bool(_REF_HINT.search(c)) and not set(name_word_split(c)[-1:]) & _ID_WORDS
            # a column named for another file of records ('channel' beside channel_channel,
            # a price list): its values are that file's ids, no other file's
            only = {f for f in _named_file(c, o.source, tables) if kind_of[f] != "unknown"} \
                if shape is None and not hinted and not fk and not _names_kind(c) \
                and not own else None
            # GUIDs name one record in the world: whatever the column's name ('Potential
            # Customer', 'Regarding'), the file keyed by them is the target
            guids = shape is None and guid_values(df[c].head(1000).to_list())
            # a case's e-mail column naming no kind (Front's 'Recipient'): who wrote in; one
            # naming a kind is read as it says, as before (Bugzilla's 'QA Contact': a user's)
            writer = ctype == "email" and o.name == "ticket" and "contact" in kinds_present \
                and _mentioned_kind(c) is None
            if shape is None and not hinted and not fk and not _names_kind(c) and not only \
                    and not own and not guids and c not in paired and not writer \
                    and not any(col_norm(c) == col_norm(t[1]) for t in targets):
                continue
            mentioned = None if guids else _mentioned_kind(
                c if shape is None else _NAME_TAIL.sub("", c) or c)
            field = _relation_field(c)
            if mentioned is None and field is not None:
                mentioned = _mentioned_kind(field + "id")
            # a relation named for a field that names no kind ('paymentMode.importId',
            # 'eventCategory.importId'): only a file named for that field is its target
            # (small import ids match any table's by chance)
            field_only = field if mentioned is None and field is not None \
                and not _GENERIC_FIELD.search(field) else None
            if mentioned == "account" and "account" not in kinds_present \
                    and set(name_word_split(c)) & _CUSTOMER_WORDS:
                # a customer is a company or a person (Dynamics' Customer lookup): with no
                # companies in the export, a 'customer_id' names the people buying
                mentioned = "contact"
            if mentioned == "user" and (buyer := buyer_kind(c, o.name, df.columns,
                                                            kinds_present)):
                mentioned = buyer   # an order's bare 'user_id', no users: its buyer
            if mentioned is not None and mentioned not in kinds_present:
                # 'lead_id' names the file 'leads' whatever its kind (Close's leads are
                # companies); else it refers to an object the export does not contain
                mentioned = _named_file_kind(c, kind_of)
                if mentioned is None:
                    continue
            if writer and mentioned is None:
                mentioned = "contact"   # its customer, found among the people by e-mail
                writers.add(f"{o.source}.{c}")
            if ctype == "email" and mentioned is None:
                continue  # from/to addresses are data, not lookups (owner_email is)
            col = _present(df[c])  # '' is no value: blank cells match nothing
            if shape == RECORD:  # the record's id, read out of its JSON
                col = _present(df.select(link_part(pl.col(c), "id")).to_series())
            if col.len() == 0:
                continue
            if shape is None and col.head(1000).str.contains(";").mean() > 0.05:
                # multi-valued (to_emails)
                col = col.str.split(";").explode().str.strip_chars().drop_nulls()
                col = col.filter(col != "")
            distinct = col.unique()
            probe = distinct.head(2000).to_list()
            if set(probe) == {"0", "1"}:
                continue  # a 0/1 flag (do_not_email): its 1s match every table's first id
            found: list[tuple[float, tuple[str, str], int, int]] = []
            for t in targets:
                if t == (o.source, c):
                    continue
                if t[0] == o.source and not _SELF_HINT.search(c) and not own:
                    # a link within one table needs a name that says so (ParentId,
                    # ManagerId): small integer ids match their own table's by chance
                    continue
                if mentioned is not None and kind_of[t[0]] != mentioned \
                        and not (own and t[0] == o.source):
                    continue  # (a party file's company: its own rows, whatever its kind)
                if field_only and field_only.removesuffix("id") not in normalize_name(t[0]):
                    continue
                if only and t[0] not in only:
                    continue
                if mentioned is None and not fk and not guids and field is None \
                        and names_another(c, t[0], t[1]):
                    continue  # 'C_PaymentTerm_ID' is no 'AD_User_ID', whatever the numbers
                if fk and mentioned is None and not any(
                        w.startswith(fk) for w in name_word_split(t[0])):
                    continue  # 'fk_soc' names the table it keys: 'llx_societe''s rowid
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
            if shape == RECORD:
                rels.extend(_json_links(c, o.source, found, distinctive(col)))
                continue
            typed = _typed_links(df, o.source, c, mentioned, found, kind_of)
            if typed is not None:  # a type column beside it names each row's table
                rels.extend(typed)
                continue
            via = _discriminator(df, c)
            if (via or guids) and len(found) >= 2 and found[0][0] < 0.95 and \
                    sum(f[0] for f in found) >= (0.95 if guids and not via else 0.8):
                # a type column beside it and several tables explaining it: polymorphic even
                # when one table holds most values (15 notes: 10 on companies, 5 on others)
                for rate, t, nrows, hit in found:
                    rels.append(Relationship(f"{o.source}.{c}", f"{t[0]}.{t[1]}",
                                             round(rate, 4), "polymorphic", nrows, hit, via))
            elif found[0][0] >= 0.5:
                # prefer the target whose kind the column name mentions, on near-ties; a
                # party file's company column: the file itself (ids of other files by chance)
                best = found[0]
                mine = next((f for f in found if f[1][0] == o.source), None) if own else None
                if mine is not None and mine[0] >= best[0] - 0.05:
                    best = mine
                # a key named as the column itself ('debtorno' -> debtorsmaster.debtorno,
                # beside a branch file keyed by the same codes): that file's, on near-ties
                same = next((f for f in found if f[0] >= best[0] - 0.05
                             and col_norm(f[1][1]) == col_norm(c)), None)
                if same is not None and best is not mine:
                    best = same
                for f in found[1:] if best is not mine and same is None else []:
                    if f[0] >= best[0] - 0.05 and _mentions(c, kind_of[f[1][0]], f[1][0]):
                        best = f
                        break
                rate, t, nrows, hit = best
                rels.append(Relationship(f"{o.source}.{c}", f"{t[0]}.{t[1]}",
                                         round(rate, 4), _link_kind(c, ctype), nrows, hit))
            else:
                total = sum(f[0] for f in found)
                if total >= 0.8 and len(found) >= 2:
                    for rate, t, nrows, hit in found:
                        rels.append(Relationship(f"{o.source}.{c}", f"{t[0]}.{t[1]}",
                                                 round(rate, 4), "polymorphic", nrows, hit, via))
                else:
                    rate, t, nrows, hit = found[0]
                    rels.append(Relationship(f"{o.source}.{c}", f"{t[0]}.{t[1]}",
                                             round(rate, 4), _link_kind(c, ctype), nrows, hit))
    # a case's e-mail names its customer only where no other column of it links a person
    # or a company (a requester's id says who wrote in better than an address)
    people_kinds = {s for s, k in kind_of.items() if k in ("contact", "account")}
    rels = [r for r in rels if r.from_ not in writers or not any(
        q.from_ != r.from_ and q.source == r.source and q.target_source in people_kinds
        for q in rels)]
    rels.extend(_soft_links(export, objects, types))
    rels = ids_where_their_names_link(rels, tables, {o.source: o.primary_key for o in objects},
                                       pairs)
    # by a unique column of the target that is not its id (X2CRM's nameId)
    rels.extend(find_value_links(export, objects, types, rels, shaped))
    return rels


#: The word a JSON record column is named with beside its kind (Zoho's ``Account_Name``).
_NAME_TAIL = re.compile(r"(?i)[_ .]?name$")


def _json_links(column: str, source: str, found: list[tuple[float, tuple[str, str], int, int]],
                certain: bool) -> list[Relationship]:
    """Links of a column of JSON records, by the id each holds (``part`` id). Ids long enough
    to name one record whatever the table: every file holding some of them is a target (a
    column naming a deal or a lead by id: one lookup per table, the first that binds wins),
    at any share (the others are parents the export does not carry: counted unresolved).
    Short ids: the best target only, where it explains most values."""
    if not certain:
        rate, t, nrows, hit = found[0]
        if rate < 0.5:
            return []
        return [Relationship(f"{source}.{column}", f"{t[0]}.{t[1]}", round(rate, 4), "id",
                             nrows, hit, part="id")]
    out: list[Relationship] = []
    for rate, t, nrows, hit in found:
        if any(r.target_source == t[0] for r in out):
            continue  # one column of each file: the best (its key)
        out.append(Relationship(f"{source}.{column}", f"{t[0]}.{t[1]}", round(rate, 4), "id",
                                nrows, hit, part="id"))
    return out


def _fk_word(column: str) -> str | None:
    """The table word of a database's foreign key named 'fk_<table>' (Dolibarr's 'fk_soc',
    'fk_user_author'), three letters or more; None for any other name."""
    m = re.match(r"(?i)^fk_?([a-z]{3,})", column.strip())
    return m.group(1).lower() if m else None


def _named_file(column: str, source: str, tables: dict[str, pl.DataFrame]) -> set[str]:
    """The other files whose name ends in the column's name, singular ('channel' ->
    channel_channel, sales_channels): the records the column's values are ids of."""
    name = col_norm(column)
    return {s for s in tables if s != source and name and (words := name_word_split(s))
            and normalize_name(words[-1]) == name} if len(name) > 2 else set()


def _named_file_kind(column: str, kind_of: dict[str, str]) -> str | None:
    """The kind of the one file named as '<x>_id' names ('lead_id': the file 'leads'),
    else None."""
    words = name_word_split(column)
    if len(words) < 2 or words[-1] not in ("id", "key"):
        return None
    stem = normalize_name("".join(words[:-1]))
    hits = {k for s, k in kind_of.items() if normalize_name(s) == stem and k != "unknown"}
    return hits.pop() if len(hits) == 1 else None


def _names_kind(column: str) -> bool:
    """A column named by an object kind alone ('Campaign', 'Lead'): Rails' list exports
    head a link to a record by its association's name, its values that record's id."""
    return normalize_name(column) in {w for ws in NAME_SYNONYMS.values() for w in ws}


def _link_kind(column: str, ctype: str | None) -> str:
    return "email" if ctype == "email" or "email" in column.lower() else "id"


#: A reference's words naming the customer (a company or a person), not a company.
_CUSTOMER_WORDS = frozenset({"cust", "customer", "customers", "client", "clients"})


def _mentioned_kind(column: str) -> str | None:
    """Object kind a reference column names: 'company_id' -> account, 'OwnerId' -> user."""
    # ('orderRef.id': Clover's line's order, by reference)
    base = re.sub(r"(ref|reference)?(id|key|email|emails|ref)$", "", col_norm(column))
    words = name_word_split(column)
    if len(words) > 1 and words[0] == "id":   # the id word first: 'Id empresa', 'ID de la empresa'
        base = normalize_name(words[-1])
    if len(base) < 3:
        return None
    for kind, syn in NAME_SYNONYMS.items():
        if base in syn:
            return kind
    for kind, syn in NAME_SYNONYMS.items():
        if any(len(x) >= 4 and base.endswith(x) for x in syn):
            return kind
    return None


def _relation_field(column: str) -> str | None:
    """The field a relation column is written for, normalised ('partner.importId' ->
    'partner', 'country_id/id' -> 'countryid'), or None when it is not written by a key."""
    m = _RELATION_FORM.match(column.strip())
    return col_norm(m.group(1)) if m else None


def _mentions(column: str, kind: str, source: str) -> bool:
    nc = col_norm(column)
    return any(s in nc for s in NAME_SYNONYMS.get(kind, set()) | {normalize_name(source)})


def _typed_links(df: pl.DataFrame, source: str, column: str, mentioned: str | None,
                 found: list[tuple[float, tuple[str, str], int, int]],
                 kind_of: dict[str, str]) -> list[Relationship] | None:
    """A column of ids whose table a column beside it names, row by row (CiviCRM's 'Note
    Entity' beside 'Note Entity ID', Odoo's 'res_model' beside 'res_id'): one polymorphic
    link to each file the type values name, among the files holding its ids (the best
    column of each), whichever other file's ids the values also match by chance; None when
    the column names its kind itself ('company_id') or no such type column is beside it."""
    via = type_column(df.columns, column) if mentioned is None else None
    named = set(named_files(df[via], kind_of).values()) if via else set()
    if not named:
        return None
    out: list[Relationship] = []
    for rate, t, nrows, hit in found:
        if t[0] in named and not any(r.target_source == t[0] for r in out):
            out.append(Relationship(f"{source}.{column}", f"{t[0]}.{t[1]}", round(rate, 4),
                                    "polymorphic", nrows, hit, via))
    return out


def _discriminator(df: pl.DataFrame, column: str) -> str | None:
    base = column.lower().removesuffix("_id").removesuffix("id")
    for c in df.columns:
        if c.lower() in {f"{base}_type", f"{base}type", "object_type", "parent_type"}:
            return c
    return None


#: An organisation's name as a column says it, American and British spelling (the British
#: is German's and French's word too: vtiger's German 'Organisation')
_ORG_NAMES = ("organization", "organizationname", "organisation", "organisationname")
#: A column no header rule reads names the accounts by value when at least this share of
#: its filled rows, and this many, are the accounts' names.
_NAMED_RATE = 0.9
_NAMED_MIN_ROWS = 3
#: An account's name in the common European languages (an export labelled in the user's
#: language: Nombre, Nome, Nom, Naam, Firmenname, Ragione sociale, Razón social; Polish
#: 'Nazwa', Czech 'Název', Slovak 'Názov', Russian 'Имя', Romanian 'Nume', Turkish 'Ad';
#: Swedish 'Namn', Danish and Norwegian 'Navn', Hungarian 'Név', Ukrainian 'Ім'я': keys132).
_FOREIGN_NAMES = ("nombre", "nome", "nom", "naam", "firmenname", "ragionesociale",
                  "denominazione", "razonsocial", "raisonsociale", "nomeempresa", "nazwa",
                  "nazev", "nazov", "ymia", "nume", "isim", "ad", "namn", "navn", "nev",
                  "imia")
#: A record's name in Japanese and Chinese ('名前', '名称'), which fold to no letters (keys137)
_CJK_NAMES = ("名前", "名称")


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
    name_col = next((acols[k] for k in ("name", "accountname", "companyname", *_ORG_NAMES,
                                        *_FOREIGN_NAMES) if k in acols), None) or next(
        (c for c in adf.columns if kind_of_word(c) == "account"), None) or next(
        (c for c in adf.columns if is_account_name(c)), None) or next(  # 'Azienda'
        (c for c in adf.columns if unicodedata.normalize("NFKC", c).strip() in _CJK_NAMES), None)
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
        paths = set(company_paths(df.columns))   # '組織->名前': the company, by its name
        for c in df.columns:
            nc = col_norm(c)
            # a column named the company by the word for it ('Firma', 'Cuenta', 'Account'
            # on a contact: EspoCRM's account link, shown by the account's name) too
            if names is not None and (nc in {"companyname", "company", "accountname",
                                             *_ORG_NAMES} or kind_of_word(c) == "account"
                                      or is_account_name(c) or c in paths):   # 'Nome Azienda'
                record = cell_shape(df[c]) == RECORD  # a JSON record: by its name
                keys = df.select(_norm_company(link_part(pl.col(c), "name") if record
                                               else pl.col(c)).alias("k"))["k"]
                nrows, hit = _rate(keys, names)
                if nrows:
                    rels.append(Relationship(f"{o.source}.{c}", f"{acc.source}.{name_col}",
                                             round(hit / nrows, 4), "name", nrows, hit,
                                             part="name" if record else None))
            elif names is not None and c != o.primary_key and types[o.source].get(c) == "string":
                # a header no word list reads as the company ('Cont', Romanian's account:
                # too short a word to name a kind surely) whose values are the accounts'
                # names: nearly every filled row names one (repeated names are resolved,
                # or counted unresolved, as for a header that says so)
                keys = df.select(_norm_company(pl.col(c)).alias("k"))["k"]
                nrows, hit = _rate(keys, names)
                if hit >= _NAMED_MIN_ROWS and hit >= _NAMED_RATE * nrows:
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


# ------------------------------------------------------------------ association tables

#: Date-like column types: the one an association's rows are ordered by (latest wins).
_DATED = {"date", "datetime"}


#: Columns an association file may hold besides the ids it joins, its dates and a loader's
#: stamps: HubSpot's deal_contact carries a type and a category of the link.
MAX_ASSOCIATION_EXTRAS = 3


def find_associations(objects: list[ObjectInfo], types: dict[str, dict[str, str]],
                      columns: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Files of no kind of their own that join records of two kinds by their ids
    (HubSpot's ``deal_contact_data``: deal_id, contact_id): ``{"source", "ids": {kind:
    column}, "order_by": a date column or None, "prefer": the true/false column marking the
    primary row or None}``, for kinds the export carries.

    Found by the columns' names (``<kind>_id``), not by matching values: a sample export's
    association rows may name no record of it, and those are then unresolved links to count,
    not a reason to drop the association.
    """
    present = {o.name for o in objects if o.name not in {"unknown", "custom_field"}}
    out: list[dict[str, Any]] = []
    for o in objects:
        if o.name != "unknown":
            continue
        ids: dict[str, str] = {}
        for c in columns.get(o.source, []):
            if not re.search(r"(?i)(^|_|[a-z])id$", c) or c.startswith("_"):
                continue
            kind = _mentioned_kind(c)
            if kind in present and kind not in ids:
                ids[kind] = c
        if len(ids) != 2:
            continue
        ctypes = types.get(o.source, {})
        dated = [c for c in columns.get(o.source, []) if ctypes.get(c) in _DATED]
        rest = [c for c in columns.get(o.source, []) if c not in ids.values()
                and c not in dated and not c.startswith("_")]
        if len(rest) > MAX_ASSOCIATION_EXTRAS:
            # a record of its own that names two parents (Zuora's credit balance
            # adjustments: an amount, a reason, an account and its bill-to contact), not a
            # file that joins them
            continue
        own = [c for c in dated if not c.startswith("_")]  # not a loader's sync stamp
        out.append({"source": o.source, "ids": ids, "order_by": (own or dated or [None])[0],
                    "prefer": primary_flag(columns.get(o.source, []), ctypes)})
    return out
