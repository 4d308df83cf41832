"""Files of a record's e-mails, phones, web sites or addresses, one row a value, read as
columns of that record.

Some CRMs keep a person's contact details as rows of their own: Hubleto's contact values
(Contact, Type email / url, Value), CiviCRM's Email, Phone, Website and Address tables
(contact_id, email, is_primary), OpenCATS' contact_email. Read apart, such a file is no
object of the map (nothing in Sales is "an e-mail row") and the records it belongs to loaded
without their e-mails. Here it is read as columns of the file it names, so the map can send
them where Sales keeps them (emailaddress1-3, telephone1-3, websiteurl, address1_*):

- a *typed* file (a link, a type column, a value column) gives one column per type:
  ``email (contact_values)``;
- a *detail* file, named for what it holds (``Email``, ``contact_phones``, ``addresses``),
  gives its value columns: ``email (Email)``, ``city (Address)``.

A record's first value (its primary one where a flag marks it, else the first in the file)
keeps the plain name, its second and third ``email 2 (Email)``, ``email 3 (Email)``. Every
row of the file is accounted: read into its record's row, or not, with the reason (names no
record of the file, more values of one kind than three, no value), in a warning naming the
file and in the file's guess (``folded``), which discovery gives as the reason the file is
no object. ``intake: {file: {fold: false}}`` keeps a file apart.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import PurePosixPath
from typing import Any

import polars as pl

from d365migrate.intake.address_objects import spread_address_objects
from d365migrate.intake.dialect import Problem
from d365migrate.intake.foreign_kinds import FOREIGN_NAME_WORDS
from d365migrate.intake.kinds import NAME_SYNONYMS, col_norm
from d365migrate.intake.parts import own_key
from d365migrate.intake.primary_flags import PRIMARY_FLAG_NAMES, flag_is_true
from d365migrate.intake.value_lists import SHAPES as _SHAPES
from d365migrate.intake.value_lists import spread_value_lists

__all__ = ["MAX_VALUES", "fold_value_rows", "folded_reason"]

#: Values of one kind a record keeps (Sales: three e-mail addresses, three phones).
MAX_VALUES = 3
#: A file with more of its rows beyond a record's three is a history, not its values.
MAX_BEYOND = 0.2
#: A link must name a record of the parent for this share of the file's rows.
MIN_LINKED = 0.9
#: Values a detail file's rows hold at most for one record, on average (more: a history).
MAX_PER_RECORD = 3.0
#: What a detail file's name says it holds -> what its value column must look like.
DETAIL_NOUNS = {"email": "email", "emailaddress": "email", "mail": "email",
                "phone": "phone", "phonenumber": "phone", "telephone": "phone",
                "fax": "phone", "mobile": "phone", "website": "url", "url": "url",
                "webaddress": "url", "address": "address", "postaladdress": "address"}
_ADDRESS_WORDS = ("street", "line", "address", "city", "town", "postal", "zip", "country",
                  "state", "province", "county", "region")
#: A typed file's columns: what kind of value the row holds, and the value.
#: (other languages' words too: Spanish 'Tipo', Dutch 'Soort'; Czech and Slovak 'Hodnota',
#: Polish 'Wartość', Dutch 'Waarde', Italian 'Valore': keys121, Hubleto's translated titles)
_TYPE_NAMES = ("type", "kind", "label", "category", "typ", "tipo", "soort", "tyyppi")
_VALUE_NAMES = ("value", "wert", "valeur", "valor", "data", "hodnota", "wartosc", "waarde",
                "valore", "varde", "vaerdi", "verdi", "arvo", "ertek", "vrednost", "valoare")
#: Columns of no value to a record: bookkeeping of the row itself.
_BOOKKEEPING = re.compile(r"(?i)(created|modified|updated|deleted|changed)(_?(at|on|by|date|"
                          r"time))?$|^(sort|order|position|seq(uence)?|weight|rank)$")
_SHARE = 0.8  # of a detail file's values that must look like what its name says
#: Words of a detail file's value column's name, per what it holds ('Email', 'PhoneNumber').
_VALUE_WORDS = {"email": ("mail", "address", "value"), "phone": ("phone", "number", "tel",
                                                                 "value"),
                "url": ("url", "web", "site", "link", "value")}
#: What the records of a file its values belong to are: people and organisations.
PARTY_NOUNS = ("contact", "person", "people", "customer", "client", "user", "member",
               "candidate", "lead", "account", "company", "organization", "organisation",
               "partner", "employee", "prospect", "subscriber", "supplier", "vendor", "party",
               "applicant", "donor", "constituent", "student", "patient", "agent")


def _singular(word: str) -> str:
    for end, repl in (("addresses", "address"), ("ies", "y"), ("es", "e"), ("s", "")):
        if word.endswith(end) and len(word) > len(end) + 1 and not word.endswith("ss"):
            word = word[: -len(end)] + repl
            break
    return word


def _party_words(p: str) -> frozenset[str]:
    """The words naming the kind of record ``p`` names, in the languages discovery reads:
    a contact's values link by 'Kontakt' or 'Contacto' as by 'contact' (keys121)."""
    for kind, words in NAME_SYNONYMS.items():
        if p in words:
            return frozenset(words | FOREIGN_NAME_WORDS.get(kind, set()))
    return frozenset({p})


def _stem(rel: str) -> str:
    return PurePosixPath(rel.split(":")[-1]).stem


def _text(s: pl.Series) -> pl.Series:
    return s.cast(pl.Utf8).str.strip_chars()


def _noun(stem: str) -> str | None:
    """What a detail file's name says its rows hold ('contact_emails' -> email)."""
    n = _singular(col_norm(stem))
    return next((v for k, v in sorted(DETAIL_NOUNS.items(), key=lambda kv: -len(kv[0]))
                 if n.endswith(k)), None)


def _looks(s: pl.Series, noun: str, name: str) -> bool:
    """A column holding what the file's name says, and named so."""
    n = col_norm(name)
    if noun == "address":
        return any(w in n for w in _ADDRESS_WORDS) and not n.startswith("is") \
            and not n.endswith("type")
    if not any(w in n for w in _VALUE_WORDS[noun]):
        return False
    vals = _text(s).drop_nulls().filter(_text(s).drop_nulls() != "")
    return vals.len() > 0 and vals.str.contains(_SHAPES[noun]).mean() >= _SHARE


def _parent(exp: Any, child: str, df: pl.DataFrame, own: str | None
            ) -> tuple[str, str, str] | None:
    """(parent source, its key column, the child's link column): the one other file whose
    key the child's column names (by the file's name, or the key's own name) and whose
    records that column names for nearly every row."""
    found = []
    for source, pdf in exp.tables.items():
        if source == child or not pdf.height:
            continue
        p = _singular(col_norm(_stem(exp.guesses[source].file)))
        if not p.endswith(PARTY_NOUNS):  # a person's or a company's values only
            continue
        key = own_key(_stem(exp.guesses[source].file), pdf)
        if key is None:
            continue
        names = {p, p + "id", col_norm(key)} - {"id"}
        same = _party_words(p)
        for c in df.columns:  # 'contact_id', 'Contact', CiviCRM's 'Email Contact'
            n = col_norm(c)
            if c == own or not (n in names or _singular(n) in names
                                or n.endswith((p, p + "id")) or _singular(n) in same):
                continue
            vals = _text(df[c])
            filled = vals.filter(vals.is_not_null() & (vals != ""))
            if filled.len() < MIN_LINKED * df.height:
                continue
            if filled.is_in(_text(pdf[key]).drop_nulls().implode()).mean() >= MIN_LINKED:
                found.append((source, key, c))
    return found[0] if len(found) == 1 else None


def _plan(exp: Any, child: str, df: pl.DataFrame) -> dict[str, Any] | None:
    """How a file's rows become columns of another's, or None when it is no such file."""
    if df.height == 0 or df.width > 40:
        return None
    names = [col_norm(c) for c in df.columns]  # neither typed nor named for a value: no more
    if _noun(_stem(exp.guesses[child].file)) is None and not (
            any(n in _VALUE_NAMES for n in names)
            and any(n.endswith(_TYPE_NAMES) for n in names)):
        return None
    own = own_key(_stem(exp.guesses[child].file), df)
    parent = _parent(exp, child, df, own)
    if parent is None:
        return None
    psource, pkey, link = parent
    flag = next((c for c in df.columns if col_norm(c) in PRIMARY_FLAG_NAMES  # Is Phone Primary?
                 or re.fullmatch(r"(is)?\w*primary\w*", col_norm(c))), None)
    rest = [c for c in df.columns if c not in {own, link, flag}
            and not _BOOKKEEPING.search(col_norm(c)) and not _BOOKKEEPING.search(c)]
    types = [c for c in rest if any(col_norm(c).endswith(t) for t in _TYPE_NAMES)
             and not col_norm(c).endswith("id")]
    values = [c for c in rest if col_norm(c) in _VALUE_NAMES]
    plan = {"parent": psource, "key": pkey, "link": link, "flag": flag}
    if len(types) == 1 and len(values) == 1 and len(rest) <= 4:
        labels = _text(df[types[0]]).drop_nulls()
        if 0 < labels.n_unique() <= 12 and labels.str.len_chars().max() <= 30 and \
                labels.str.contains(r"[^\W\d_]").all():  # named kinds, not numbers
            return {**plan, "type": types[0], "columns": values}
    noun = _noun(_stem(exp.guesses[child].file))
    if noun is None:
        return None
    cols = [c for c in rest if not col_norm(c).endswith("id") and df[c].null_count() < df.height]
    linked = _text(df[link]).drop_nulls().n_unique()
    if not linked or df.height / linked > MAX_PER_RECORD:
        return None
    held = [c for c in cols if _looks(df[c], noun, c)]  # an address: its parts; else the one
    if noun != "address":  # value, the one its name says first ('phone', not 'phone_numeric')
        held = sorted(held, key=lambda c: noun not in col_norm(c))[:1]
    return {**plan, "type": None, "columns": held, "noun": noun} if 0 < len(held) <= 24 \
        else None


def _fold(exp: Any, child: str, plan: dict[str, Any]) -> None:
    df, parent = exp.tables[child], exp.tables[plan["parent"]]
    stem = _stem(exp.guesses[child].file)
    links = _text(df[plan["link"]]).to_list()
    kinds = _text(df[plan["type"]]).to_list() if plan["type"] else [None] * df.height
    first = df.select(flag_is_true(plan["flag"])).to_series().to_list() if plan["flag"] \
        else [False] * df.height
    keys = set(_text(parent[plan["key"]]).drop_nulls().to_list())
    order = sorted(range(df.height), key=lambda i: (not first[i], i))  # primary first
    cells: dict[str, dict[str, str]] = {}  # new column -> parent key -> value
    seen: Counter[tuple[str, str | None]] = Counter()
    left: Counter[str] = Counter()
    for i in order:
        link, kind = links[i], kinds[i]
        if not link:
            left[f"with no '{plan['link']}'"] += 1
            continue
        if link not in keys:
            left[f"naming no record of {exp.guesses[plan['parent']].file}"] += 1
            continue
        if plan["type"] and not kind:
            left["without a type"] += 1
            continue
        row = {c: df[c][i] for c in plan["columns"]}
        if all(v is None or not str(v).strip() for v in row.values()):
            left["without a value"] += 1
            continue
        seen[(link, kind)] += 1
        n = seen[(link, kind)]
        if n > MAX_VALUES:
            left[f"beyond the {MAX_VALUES} values of one kind a record keeps"] += 1
            continue
        for c, v in row.items():
            label = kind if plan["type"] else c
            name = f"{label}{f' {n}' if n > 1 else ''} ({stem})" if n == 1 or plan.get(
                "noun") != "address" else f"Address {n}: {label} ({stem})"  # Sales' own words
            cells.setdefault(name, {})[link] = v
    clash = [c for c in cells if c in parent.columns]
    beyond = sum(n for why, n in left.items() if why.startswith("beyond"))
    if clash or not cells or beyond > MAX_BEYOND * df.height:  # a history of values: apart
        return
    pkeys = _text(parent[plan["key"]])
    parent = parent.with_columns([pl.Series(c, [by.get(k) for k in pkeys.to_list()],
                                            dtype=pl.Utf8) for c, by in cells.items()])
    exp.tables[plan["parent"]] = parent
    read = df.height - sum(left.values())
    pfile = exp.guesses[plan["parent"]].file
    not_read = "; ".join(f"{n:,} {why}" for why, n in left.items())
    exp.guesses[child].folded = {
        "into": plan["parent"], "file": pfile, "columns": list(cells), "rows_read": read,
        "not_read": dict(left)}
    exp.problems.append(Problem(exp.guesses[child].file, None, (
        f"its rows are values of the records of {pfile} (its '{plan['link']}' names them): "
        f"{read:,} of {df.height:,} rows read as {pfile}'s columns "
        f"{', '.join(repr(c) for c in cells)}" + (f"; not read: {not_read}" if left else "")
        + " (intake option fold: false keeps the file apart)"), "warning"))
    keys_of = exp._cache_keys
    if plan["parent"] in keys_of and child in keys_of:
        keys_of[plan["parent"]] = hashlib.sha256(
            f"{keys_of[plan['parent']]}+{keys_of[child]}:values".encode()).hexdigest()
    else:
        keys_of.pop(plan["parent"], None)


def fold_value_rows(exp: Any, options: Any) -> None:
    """Read each file of a record's values (see the module) as columns of that record's
    file, then each column listing several in a cell (:mod:`.value_lists`).
    ``options(source)``: the file's intake options (``fold: false`` keeps a file apart)."""
    plans = {}
    for child, df in exp.tables.items():
        if options(child).get("fold", True) is False:
            continue
        plan = _plan(exp, child, df)
        if plan is not None:
            plans[child] = plan
    for child, plan in plans.items():
        if plan["parent"] not in plans:  # a values file's own values: not followed
            _fold(exp, child, plan)
    spread_value_lists(exp)  # and cells that list them (Pipedrive's, Close's)
    spread_address_objects(exp)  # and addresses as one object a cell (Copper's)


def folded_reason(folded: dict[str, Any]) -> str:
    """Why discovery gives a folded file no object, as a person reads it."""
    return (f"its rows are values of the records of {folded['file']}: read as that file's "
            f"columns {', '.join(repr(c) for c in folded['columns'])} "
            f"({folded['rows_read']:,} rows; the map decides where they go)")
