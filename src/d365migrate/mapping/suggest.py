"""Field-mapping suggestions: which Dataverse table and column each source column belongs in.

The mission promise is "AI proposes the map; you confirm before any record moves", so the
proposal has to be right often enough that an analyst mostly presses confirm, and say *why*
for every line so the analyst can check it quickly. Signals, strongest first:

- CRM vocabulary (``data/synonyms.yml``): ``mobile`` -> ``mobilephone``, ``BillingCity`` ->
  ``address1_city``, ``close_date`` -> ``estimatedclosedate``... kept as data, not code.
- Names: the source name against the column's logical name and display name (exact, then
  fuzzy with rapidfuzz).
- Types and value patterns: emails, phones, URLs, dates, numbers and money inferred from the
  values, checked against ``AttributeType`` and the string format.
- Cardinality: few distinct values fit a choice (Picklist) column; labels that match its
  options count as evidence.
- Relationships: ``company_id``/``AccountId``/``owner_email`` point at another object; they
  go to the Lookup/Customer/Owner column whose ``Targets`` include that table.

Target metadata is a table definition in the ``EntityDefinitions`` shape, raw from the Web API
(``{"value": [...]}`` or the entity itself) or from ``dataverse_emulator/data/tables``. Only
columns that can be written on create or update are proposed; system plumbing is skipped.
"""

from __future__ import annotations

import argparse
import dataclasses
import fnmatch
import functools
import json
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import polars as pl
import yaml
from rapidfuzz import fuzz

__all__ = [
    "Candidate", "suggest_table", "suggest_columns", "suggest_mapping", "accuracy",
    "format_accuracy", "load_table_defs", "load_vocabulary", "MIN_CONFIDENCE",
    "CUSTOM_MIN_CONFIDENCE", "SOURCE_KEY_REASON",
]

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
#: Rows profiled per column; evenly spaced so sorted exports are still represented.
SAMPLE_ROWS = 2000
SOURCE_KEY_REASON = "source key; kept in the source-id column"

_LOOKUP_TYPES = {"Lookup", "Customer", "Owner"}
_CHOICE_TYPES = {"Picklist", "Status", "State"}
_SKIP_TYPES = {"Virtual", "EntityName", "ManagedProperty", "CalendarRules", "PartyList",
               "Uniqueidentifier", "BigInt", "Image", "File"}
_STOPWORDS = {"of", "the", "a", "an", "for", "in", "to", "by", "and", "is", "on", "at"}
_ABBREV = {"no": "number", "num": "number", "nbr": "number", "est": "estimated",
           "amt": "amount", "qty": "quantity", "desc": "description", "addr": "address",
           "tel": "telephone", "org": "organization", "dept": "department", "emp": "employee",
           "mob": "mobile", "cell": "mobile", "www": "website",
           "prob": "probability", "pct": "percent", "zip": "postal"}


@dataclass(frozen=True)
class Candidate:
    """One proposed target for a source object or column."""

    target: str          # Dataverse logical name (table or column)
    confidence: float    # 0..1
    reason: str          # a sentence a person can read: why


# -- vocabulary -------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Vocabulary:
    tables: dict[str, list[str]]
    entities: dict[str, str]
    tokens: dict[str, str]
    ignore: tuple[str, ...]
    prefixes: tuple[str, ...]
    columns: dict[str, dict[str, list[str]]]
    weak: dict[str, dict[str, list[str]]]
    format_primary: dict[str, list[str]]


@functools.lru_cache(maxsize=8)
def load_vocabulary(path: str | None = None) -> _Vocabulary:
    """The CRM vocabulary; ``path`` swaps in another synonyms file (same format)."""
    if path is None:
        text = (resources.files("d365migrate.mapping") / "data" / "synonyms.yml").read_text(
            "utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    raw = yaml.safe_load(text) or {}

    def scoped(section: Mapping[str, Any] | None) -> dict[str, dict[str, list[str]]]:
        out: dict[str, dict[str, list[str]]] = {}
        for key, val in (section or {}).items():
            if isinstance(val, list):
                val = {"*": val}
            out[_phrase(str(key))] = {str(t): [str(x) for x in v] for t, v in val.items()}
        return out

    return _Vocabulary(
        tables={_phrase(str(k)): [str(x) for x in v] for k, v in (raw.get("tables") or {}).items()},
        entities={str(k): str(v) for k, v in (raw.get("entities") or {}).items()},
        tokens={str(k): str(v) for k, v in (raw.get("tokens") or {}).items()},
        ignore=tuple(str(x) for x in raw.get("ignore_targets") or ()),
        prefixes=tuple(str(x) for x in raw.get("solution_prefixes") or ()),
        columns=scoped(raw.get("columns")),
        weak=scoped(raw.get("weak")),
        format_primary={str(k): [str(x) for x in v]
                        for k, v in (raw.get("format_primary") or {}).items()},
    )


# -- names ------------------------------------------------------------------------------------
def _split_words(name: str) -> list[str]:
    """'BillingPostalCode' / 'postal_code' / 'No. of Employees' -> lower-case words."""
    s = re.sub(r"([^\W_])(?=[A-Z][a-z])|([a-z0-9])(?=[A-Z])", r"\1\2 ", name)
    return [w for w in re.split(r"[\W_]+", s.lower()) if w]


def _phrase(name: str) -> str:
    return "_".join(_split_words(name))


def _singular(word: str) -> str:
    if word in ("people",):
        return "person"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _norm_words(words: Iterable[str]) -> tuple[str, ...]:
    """Words for comparing meaning: abbreviations expanded, stopwords dropped, singular."""
    out = []
    for w in words:
        w = _ABBREV.get(w, w)
        if w in _STOPWORDS:
            continue
        out.append(_singular(w))
    return tuple(out)


def _source_words(name: str) -> tuple[list[str], bool]:
    """Words of a source column name and whether it is a custom field (cf_x, X__c)."""
    raw = name.strip()
    custom = False
    if raw[:3].lower() == "cf_":
        raw, custom = raw[3:], True
    if raw.endswith("__c"):
        raw, custom = raw[:-3], True
    return _split_words(raw) or [raw.lower()], custom


def _object_stem(source_object: str | None) -> tuple[str, ...]:
    if not source_object:
        return ()
    words = _split_words(Path(source_object).stem)
    return tuple(_singular(w) for w in words)


def _words_sim(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Dice similarity of two word lists; near-identical words (typos, plurals) count."""
    if not a or not b:
        return 0.0
    used: set[int] = set()
    hits = 0
    for w in a:
        for j, v in enumerate(b):
            if j in used:
                continue
            if w == v or (len(w) >= 5 and len(v) >= 5 and fuzz.ratio(w, v) >= 88):
                used.add(j)
                hits += 1
                break
    return 2 * hits / (len(a) + len(b))


# -- target metadata --------------------------------------------------------------------------
@dataclass(frozen=True)
class _Attr:
    logical: str
    atype: str
    label: str
    label_words: tuple[str, ...]
    compact: str
    bare: str
    fmt: str
    targets: tuple[str, ...]
    options: tuple[str, ...]
    required: bool
    addon: bool
    secondary_address: bool

    def describe(self) -> str:
        return f"{self.logical} ('{self.label}')" if self.label else self.logical


_ODATA_TYPES = {
    "String": "String", "Memo": "Memo", "Integer": "Integer", "BigInt": "BigInt",
    "Decimal": "Decimal", "Double": "Double", "Money": "Money", "DateTime": "DateTime",
    "Boolean": "Boolean", "Picklist": "Picklist", "MultiSelectPicklist": "MultiSelectPicklist",
    "State": "State", "Status": "Status", "Lookup": "Lookup", "UniqueIdentifier":
    "Uniqueidentifier", "EntityName": "EntityName", "Image": "Image", "File": "File",
    "ManagedProperty": "ManagedProperty",
}


def _label(obj: Mapping[str, Any] | None) -> str:
    if not isinstance(obj, Mapping):
        return ""
    ull = obj.get("UserLocalizedLabel")
    if isinstance(ull, Mapping) and ull.get("Label"):
        return str(ull["Label"])
    labels = obj.get("LocalizedLabels") or []
    for lab in labels:
        if isinstance(lab, Mapping) and lab.get("LanguageCode") == 1033 and lab.get("Label"):
            return str(lab["Label"])
    for lab in labels:
        if isinstance(lab, Mapping) and lab.get("Label"):
            return str(lab["Label"])
    return ""


def _unwrap(table_def: Mapping[str, Any]) -> dict[str, Any]:
    """The entity dict from either a raw Web API answer or a table-definition data file."""
    if "Attributes" not in table_def and "value" in table_def:
        val = table_def["value"]
        if isinstance(val, Mapping):
            return dict(val)
        if isinstance(val, list):
            if len(val) == 1 and isinstance(val[0], Mapping) and "Attributes" in val[0]:
                return dict(val[0])
            if all(isinstance(v, Mapping) and "LogicalName" in v for v in val):
                return {"Attributes": list(val)}  # EntityDefinitions(...)/Attributes
    return dict(table_def)


def _attr_type(a: Mapping[str, Any]) -> str:
    name = a.get("AttributeTypeName")
    if isinstance(name, Mapping) and name.get("Value") == "MultiSelectPicklistType":
        return "MultiSelectPicklist"
    if a.get("AttributeType"):
        return str(a["AttributeType"])
    odata = str(a.get("@odata.type") or "")
    m = re.search(r"(\w+)AttributeMetadata$", odata)
    if m:
        return _ODATA_TYPES.get(m.group(1), m.group(1))
    return "String"


def _string_format(a: Mapping[str, Any], logical: str) -> str:
    fmt = a.get("FormatName")
    value = fmt.get("Value") if isinstance(fmt, Mapping) else None
    value = value or a.get("Format")
    if value and str(value).lower() not in ("text", "none"):
        return str(value).lower()
    if logical.startswith("emailaddress") or logical.endswith("emailaddress"):
        return "email"
    if re.search(r"(telephone\d?|mobilephone|^fax$|_fax$|^pager$|phone$)", logical):
        return "phone"
    if logical.endswith("url"):
        return "url"
    return str(value or "text").lower()


def _options(a: Mapping[str, Any]) -> tuple[str, ...]:
    opts = a.get("OptionSet") or a.get("GlobalOptionSet") or {}
    labels = [_label(o.get("Label")) for o in (opts.get("Options") or [])]
    for key in ("TrueOption", "FalseOption"):
        if isinstance(opts.get(key), Mapping):
            labels.append(_label(opts[key].get("Label")))
    return tuple(x for x in labels if x)


def _make_attr(a: Mapping[str, Any], atype: str, vocab: _Vocabulary) -> _Attr:
    logical = str(a["LogicalName"])
    label = _label(a.get("DisplayName"))
    compact = logical.replace("_", "")
    bare = compact
    if atype in _CHOICE_TYPES and compact.endswith("code"):
        bare = compact[:-4]
    elif atype in _LOOKUP_TYPES and compact.endswith("id"):
        bare = compact[:-2]
    req = (a.get("RequiredLevel") or {}).get("Value") if isinstance(
        a.get("RequiredLevel"), Mapping) else a.get("RequiredLevel")
    targets = tuple(str(t) for t in a.get("Targets") or ())
    if atype == "Owner" and not targets:
        targets = ("systemuser", "team")
    return _Attr(
        logical=logical, atype=atype, label=label,
        label_words=_norm_words(_split_words(label)) if label else (),
        compact=compact, bare=bare,
        fmt=_string_format(a, logical) if atype in ("String", "Memo") else "",
        targets=targets, options=_options(a),
        required=req in ("ApplicationRequired", "SystemRequired"),
        addon=logical.startswith(vocab.prefixes),
        secondary_address=bool(re.match(r"address[2-9]_", logical)),
    )


def _derived_attributes(td: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Lookups (and the primary name) when a definition carries relationships only."""
    system = {"createdby", "modifiedby", "createdonbehalfby", "modifiedonbehalfby",
              "owningbusinessunit", "owninguser", "owningteam", "masterid", "slainvokedid",
              "createdbyexternalparty", "modifiedbyexternalparty", "entityimageid", "stageid"}
    by_attr: dict[str, list[str]] = {}
    nav: dict[str, str] = {}
    for rel in td.get("ManyToOneRelationships") or []:
        attr = rel.get("ReferencingAttribute")
        if not attr or attr in system:
            continue
        by_attr.setdefault(attr, []).append(str(rel.get("ReferencedEntity")))
        nav.setdefault(attr, str(rel.get("ReferencingEntityNavigationPropertyName") or attr))
    out: list[dict[str, Any]] = []
    for attr, targets in by_attr.items():
        if "owner" in targets:
            atype, targets = "Owner", ["systemuser", "team"]
        elif {"account", "contact"} <= set(targets):
            atype = "Customer"
        else:
            atype = "Lookup"
        out.append({"LogicalName": attr, "AttributeType": atype, "Targets": targets,
                    "DisplayName": {"UserLocalizedLabel": {"Label": nav[attr]}}})
    if td.get("PrimaryNameAttribute"):
        out.append({"LogicalName": td["PrimaryNameAttribute"], "AttributeType": "String",
                    "DisplayName": {"UserLocalizedLabel": {"Label": "Name"}}})
    return out


def _attributes(table_def: Mapping[str, Any], vocab: _Vocabulary) -> list[_Attr]:
    """Writable, meaningful columns of a table definition."""
    td = _unwrap(table_def)
    raw = td.get("Attributes") or _derived_attributes(td)
    pk = td.get("PrimaryIdAttribute")
    out: list[_Attr] = []
    seen: set[str] = set()
    for a in raw:
        if not isinstance(a, Mapping) or not a.get("LogicalName"):
            continue
        logical = str(a["LogicalName"])
        atype = _attr_type(a)
        if logical in seen or logical == pk or a.get("AttributeOf") or a.get("IsPrimaryId"):
            continue
        if atype in _SKIP_TYPES:
            continue
        if a.get("IsValidForCreate") is False and a.get("IsValidForUpdate") is False:
            continue
        if a.get("IsValidForCreate") is False and "IsValidForUpdate" not in a:
            continue
        if any(fnmatch.fnmatchcase(logical, pat) for pat in vocab.ignore):
            continue
        seen.add(logical)
        out.append(_make_attr(a, atype, vocab))
    return out


def _table_names(logical: str, table_def: Mapping[str, Any]) -> set[str]:
    td = _unwrap(table_def)
    names = {logical.replace("_", "")}
    for key in ("EntitySetName", "LogicalCollectionName", "SchemaName"):
        if td.get(key):
            names.add("".join(_singular(w) for w in _split_words(str(td[key]))))
    label = _label(td.get("DisplayName"))
    if label:
        names.add("".join(_singular(w) for w in _split_words(label)))
    return {n for n in names if n}


# -- source profiling -------------------------------------------------------------------------
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_URL = re.compile(r"^(https?://|www\.)\S+$|^[\w-]+(\.[\w-]+)+/\S*$", re.I)
_DOMAIN = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$", re.I)
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}[ T]"
                       r"+\d{1,2}:\d{2}")
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4})$")
_INT = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$")
_MONEY = re.compile(r"^[$€£¥]?\s?[+-]?(\d{1,3}([, ]\d{3})+|\d+)(\.\d+)?\s?[$€£¥]?$"
                    r"|^[A-Z]{3}\s?[\d.,]+$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,}(\s*(x|ext\.?)\s*\d+)?$", re.I)
_BOOL = {"true", "false", "yes", "no", "y", "n", "t", "f", "1", "0"}


@dataclass(frozen=True)
class _Variant:
    """One reading of a column name: 'Deal probability' is also just 'probability'."""

    words: tuple[str, ...]
    norm: tuple[str, ...]
    phrase: str
    compact: str
    rewritten: str
    factor: float


@dataclass(frozen=True)
class _Profile:
    name: str
    words: tuple[str, ...]
    norm: tuple[str, ...]
    phrase: str
    compact: str
    rewritten: str
    variants: tuple[_Variant, ...]
    custom: bool
    kind: str
    nonnull: int
    distinct: int
    categorical: bool
    values: tuple[str, ...]
    ref: str | None       # referenced table; "?" = a reference to something unknown
    ref_by_name: bool     # the reference holds names to resolve, not ids


def _frac(values: list[str], pattern: re.Pattern[str]) -> float:
    return sum(1 for v in values if pattern.match(v)) / len(values)


def _phone_like(v: str) -> bool:
    digits = sum(c.isdigit() for c in v)
    return digits >= 7 and bool(_PHONE.match(v)) and (not v.isdigit() or v.startswith("+"))


def _kind(series: pl.Series, values: list[str]) -> str:
    """What the values are, judged on the sample: the type a person would name."""
    dt = series.dtype
    if dt == pl.Null or not values:
        return "empty"
    if dt == pl.Boolean:
        return "bool"
    if dt.is_integer():
        return "int"
    if dt.is_float() or dt.is_decimal():
        return "decimal"
    if dt == pl.Date:
        return "date"
    if dt == pl.Datetime:
        return "datetime"
    lower = {v.lower() for v in values}
    if lower <= _BOOL and not lower <= {"0", "1"} or lower <= {"yes", "no", "true", "false"}:
        return "bool"
    if _frac(values, _EMAIL) >= 0.6:
        return "email"
    if _frac(values, _URL) >= 0.6:
        return "url"
    if _frac(values, _DATETIME) >= 0.8:
        return "datetime"
    if _frac(values, _DATE) >= 0.8:
        return "date"
    if _frac(values, _INT) >= 0.9:
        return "int"
    if _frac(values, _DECIMAL) >= 0.9:
        return "decimal"
    if _frac(values, _MONEY) >= 0.9:
        return "money"
    if sum(_phone_like(v) for v in values) / len(values) >= 0.6:
        return "phone"
    if _frac(values, _DOMAIN) >= 0.6:
        return "domain"
    if sum(";" in v for v in values) / len(values) >= 0.3:
        return "list"
    avg = sum(len(v) for v in values) / len(values)
    if avg > 120 or sum("\n" in v for v in values) / len(values) > 0.1:
        return "longtext"
    return "text"


def _sample(df: pl.DataFrame) -> pl.DataFrame:
    if df.height <= SAMPLE_ROWS:
        return df
    return df.gather_every(max(1, df.height // SAMPLE_ROWS))


def _reference(words: list[str], kind: str, table: str, vocab: _Vocabulary) -> str | None:
    """The table a reference column points at, judged by its name ('company_id' -> account)."""
    if len(words) < 2:
        return None
    last = words[-1]
    if last in ("id", "ids", "key", "guid", "uuid", "ref"):
        stem = words[:-1]
    elif last == "email" and kind in ("email", "empty"):
        stem = words[:-1]
    else:
        return None
    for w in reversed(stem):
        target = vocab.entities.get(_singular(w))
        if target:
            return table if target == "_self" else target
    return "?"


_FILLERS = {"number", "address", "url", "field", "value"}
_NAME_WORDS = {"name", "title", "subject", "topic", "display_name"}
_GENERIC_WORDS = {"export", "data", "list", "record", "csv", "dump", "table", "all", "backup",
                  "file", "extract", "full", "sheet"}


def _variant(words: Iterable[str], factor: float, vocab: _Vocabulary) -> _Variant:
    words = tuple(words)
    rewritten: list[str] = []
    for w in words:
        t = vocab.tokens.get(w, w)
        if not rewritten or rewritten[-1] != t:
            rewritten.append(t)
    return _Variant(words=words, norm=_norm_words(words), phrase="_".join(words),
                    compact="".join(words), rewritten="".join(rewritten), factor=factor)


def _variants(name: str, words: list[str], table: str, source_object: str | None,
              vocab: _Vocabulary) -> tuple[_Variant, ...]:
    """Readings of a column name, each with how much to trust it.

    'State/Region' is 'state' or 'region'; 'Deal owner' on opportunity is 'owner' (the object's
    own word adds nothing); 'Fax Number' is 'fax' ('Website URL' is 'website').
    """
    readings: list[tuple[tuple[str, ...], float]] = [(tuple(words), 1.0)]
    stem = _object_stem(source_object)
    own = {table} | {e for w in stem if (e := vocab.entities.get(w))}

    def own_word(w: str) -> bool:
        w = _singular(w)
        return vocab.entities.get(w) in own or table in vocab.tables.get(w, [])[:1] or (
            bool(stem) and w in stem)

    # 'Person - Person created' -> 'created': leading words naming the object itself add
    # nothing; later words ('Person - Organization') do.
    ws = tuple(words)
    factor = 1.0
    while len(ws) > 1 and own_word(ws[0]):
        ws, factor = ws[1:], factor * 0.99
        readings.append((ws, factor))
    if "/" in name:
        # 'State/Region', 'ZIP/Postal code': the first alternative is the main meaning.
        for i, part in enumerate(name.split("/")):
            pw = tuple(_source_words(part)[0])
            while len(pw) > 1 and own_word(pw[0]):
                pw = pw[1:]
            if pw:
                readings.append((pw, factor * (0.97 - 0.01 * i)))
    for ws, f in list(readings):
        if len(ws) > 1 and ws[-1] in _FILLERS:
            readings.append((ws[:-1], f * 0.97))
    for ws, f in list(readings):
        if len(ws) == 2:  # 'Email - Home' is 'home email'
            readings.append(((ws[1], ws[0]), f * 0.97))
    seen: set[tuple[str, ...]] = set()
    out = []
    for ws, f in readings:
        if ws and ws not in seen:
            seen.add(ws)
            out.append(_variant(ws, f, vocab))
    return tuple(out)


def _named_reference(table: str, vocab: _Vocabulary,
                     variants: tuple[_Variant, ...]) -> str | None:
    """The table a column of *names* points at: 'Organization' or 'Contact person' on a deal,
    'Company owner' (-> systemuser). Only when the (object-stripped) name is that noun."""
    for v in variants:
        ws = [w for w in v.words if w not in ("name", "person", "full")] or list(v.words)
        if len(ws) > 2 or not ws:
            continue
        if len(ws) == 2 and ws[0] not in ("parent", "master", "primary", "main"):
            continue
        target = vocab.entities.get(_singular(ws[-1]))
        if not target:
            continue
        if target == "_self" or (target == table and len(ws) == 1):
            continue
        return target
    return None


def _profile(name: str, series: pl.Series, table: str, vocab: _Vocabulary,
             ref: str | None = None, *, values_only: bool = False,
             source_object: str | None = None) -> _Profile:
    words, custom = _source_words(name)
    variants = _variants(name, words, table, source_object, vocab)
    rewritten = variants[0].rewritten
    if values_only:
        kind, nonnull, distinct, values = "text", 0, 0, ()
    else:
        s = series.cast(pl.Utf8, strict=False).str.strip_chars() if series.dtype != pl.Null \
            else series
        nonempty = s.drop_nulls().filter(s.drop_nulls() != "") if s.dtype == pl.Utf8 else s
        nonnull = nonempty.len()
        uniq = nonempty.unique(maintain_order=True)
        distinct = uniq.len()
        values = tuple(str(v) for v in uniq.head(300).to_list())
        kind = _kind(series, list(values) if series.dtype == pl.Utf8 else
                     [str(v) for v in nonempty.head(300).to_list()])
    categorical = bool(nonnull) and distinct <= 50 and (distinct <= 3 or distinct <= nonnull / 2)
    by_name = False
    if ref is None:
        ref = _reference(words, kind, table, vocab)
    if ref is None and kind in ("text", "empty"):
        ref = _named_reference(table, vocab, variants)
        by_name = ref is not None
    return _Profile(
        name=name, words=tuple(words), norm=_norm_words(words), phrase="_".join(words),
        compact="".join(words), rewritten=rewritten, variants=variants, custom=custom,
        kind=kind,
        nonnull=nonnull, distinct=distinct, categorical=categorical, values=values, ref=ref,
        ref_by_name=by_name,
    )


def _source_key(df: pl.DataFrame, source_object: str | None, table: str | None = None,
                vocab: _Vocabulary | None = None) -> str | None:
    """The object's own id column: 'company_id' in companies, 'Id' in a Salesforce export,
    'Organization - ID' in an export of organizations mapped to account."""
    stem = _object_stem(source_object)
    stems = {"".join(stem), _singular("".join(stem)), stem[-1]} if stem else set()
    for col in df.columns:
        words = _split_words(col)
        if not words:
            continue
        if "".join(words) in ("id", "uuid", "guid", "key", "recordid"):
            return col
        if words[-1] in ("id", "key", "uuid") and len(words) > 1:
            head = [_singular(w) for w in words[:-1]]
            if "".join(head) in stems:
                return col
            if table and vocab and all(
                    vocab.entities.get(w) == table or w == table for w in head):
                return col
    if not source_object and df.columns:
        col = df.columns[0]
        if _split_words(col)[-1:] == ["id"] and df.height and \
                df[col].n_unique() >= 0.95 * df.height:
            return col
    return None


# -- scoring ----------------------------------------------------------------------------------
def _synonym_targets(p: _Profile, table: str, vocab: _Vocabulary) -> dict[str, tuple[float, str]]:
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
    return out


def _name_score(p: _Profile, a: _Attr, syn: Mapping[str, tuple[float, str]]) -> tuple[float, str]:
    """How well the name says this column, 0..1, and a reason fragment."""
    best = (0.0, "")
    if a.logical in syn:
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
    if best[0] < 0.8:
        # Spelling similarity only for near-identical strings (typos, run-together words):
        # 'pipeline' and 'timeline' look alike but mean different things.
        spelling = max(fuzz.ratio(p.compact, a.compact), fuzz.ratio(p.rewritten, a.compact)) / 100
        fuzzy = max(spelling if spelling >= 0.85 else 0.0,
                    max(_words_sim(v.norm, a.label_words) * v.factor for v in p.variants)) * 0.8
        if fuzzy > best[0] and fuzzy >= 0.45:
            best = (fuzzy, f"'{p.name}' resembles {a.describe()}")
    return best


def _compat(p: _Profile, a: _Attr) -> tuple[float, str]:
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
            table = {"email": 1.0, "text": 0.3}
        elif fmt == "phone":
            table = {"phone": 1.0, "int": 0.6, "text": 0.4}
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
        return {"date": 1.0, "datetime": 1.0}.get(k, 0.1), note
    if t == "Boolean":
        if k == "bool":
            return 1.0, note
        return (0.6 if p.distinct <= 2 and k in ("text", "int") else 0.1), note
    if t in _CHOICE_TYPES:
        if k == "text":
            return (1.0 if p.categorical else 0.7), ("few distinct values, a choice list"
                                                     if p.categorical else note)
        if k in ("int", "bool") or (p.ref and p.categorical):
            return (0.8 if p.categorical else 0.3), note
        return 0.2, note
    if t == "MultiSelectPicklist":
        return {"list": 1.0, "text": 0.8 if p.categorical else 0.4}.get(k, 0.1), note
    if t in _LOOKUP_TYPES:
        if p.ref:
            return 1.0, note
        if t == "Owner" and k == "email":
            return 1.0, "values are user emails"
        return {"text": 0.75, "email": 0.5, "int": 0.6}.get(k, 0.2), (
            "values are names to resolve" if k == "text" else note)
    return 0.3, note


def _option_overlap(p: _Profile, a: _Attr) -> float:
    """Share of the distinct source values that name one of the choice's options."""
    if not a.options or not p.values:
        return 0.0
    labels = [(o.lower(), set(_norm_words(_split_words(o)))) for o in a.options]
    hits = 0
    for v in p.values[:50]:
        lv = v.lower().strip()
        vw = set(_norm_words(_split_words(v)))
        if any(lv == lab or (vw and lw and (vw <= lw or lw <= vw)) for lab, lw in labels):
            hits += 1
    return hits / min(len(p.values), 50)


def _score(p: _Profile, a: _Attr, table: str,
           syn: Mapping[str, tuple[float, str]]) -> tuple[float, str]:
    """Confidence that source column ``p`` belongs in ``a``, with the reason."""
    ns, why = _name_score(p, a, syn)
    parts = [why] if why else []
    is_lookup = a.atype in _LOOKUP_TYPES
    if p.ref and p.ref != "?" and is_lookup:
        if p.ref not in a.targets:
            return ns * 0.3, f"{why}; but it points at {p.ref or 'an object not migrated'}"
        # With nothing else to go on: the customer of a record is its account (Customer
        # lookups), a single-target lookup is more specific than a polymorphic one.
        bonus = (0.02 if a.atype == "Customer" and p.ref == "account" else 0.0) + (
            0.01 if len(a.targets) == 1 else 0.0) + (0.005 if a.required else 0.0)
        rel = 0.7 + 0.27 * ns + bonus
        conf = max(rel, ns)
        what = "names" if p.ref_by_name else "refers to"
        parts = [f"'{p.name}' {what} {p.ref} records and {a.describe()} is the "
                 f"{a.atype} column to {p.ref}"] + ([why] if ns >= 0.6 else [])
        if p.ref_by_name:
            conf *= 0.9
            parts.append("values are names to resolve")
    elif p.ref == "" and is_lookup:
        return ns * 0.3, f"{why}; but it refers to an object that is not migrated"
    else:
        if ns <= 0:
            return 0.0, ""
        tc, note = _compat(p, a)
        conf = ns * (0.3 + 0.7 * tc)
        if note and tc >= 0.6:
            parts.append(note)
        elif note:
            parts.append(f"but {note}, unusual for a {a.atype} column")
        if a.atype in _CHOICE_TYPES | {"MultiSelectPicklist"}:
            overlap = _option_overlap(p, a)
            if overlap > 0:
                conf += (0.99 - conf) * 0.5 * overlap
                parts.append(f"{overlap:.0%} of its values match the choice labels")
            elif p.values and a.atype == "State":
                # Status (statecode) options are fixed: values naming none of them are
                # something else (an address state, a pipeline state...).
                conf *= 0.6
            elif p.values and a.atype == "Status" and p.categorical:
                conf *= 0.75
    if a.addon:
        conf *= 0.8
    if a.secondary_address:
        conf *= 0.97
    return min(conf, 0.99), "; ".join(x for x in parts if x) + "."


# -- columns ----------------------------------------------------------------------------------
def _suggest(df: pl.DataFrame, table_def: Mapping[str, Any], source_object: str | None,
             relationships: Mapping[str, str] | None,
             vocab: _Vocabulary) -> tuple[dict[str, list[Candidate]], dict[str, str]]:
    """Ranked candidates per column plus, for columns left unmapped, why."""
    td = _unwrap(table_def)
    table = str(td.get("LogicalName") or "")
    attrs = _attributes(td, vocab)
    names = {a.logical: a for a in attrs}
    primary = str(td.get("PrimaryNameAttribute") or "")
    key = _source_key(df, source_object, table, vocab)
    sample = _sample(df)
    rel = dict(relationships or {})
    scored: dict[str, list[tuple[float, str, str]]] = {}
    unmapped: dict[str, str] = {}
    profiles: dict[str, _Profile] = {}
    for col in df.columns:
        if col == key:
            unmapped[col] = SOURCE_KEY_REASON
            continue
        p = _profile(col, sample[col], table, vocab, rel.get(col), source_object=source_object)
        if p.ref == table and col not in rel and not any(
                table in a.targets for a in attrs if a.atype in _LOOKUP_TYPES):
            # 'parent_id' on a table without a self-lookup points somewhere unknown
            # (a note's parent record), not at this table.
            p = dataclasses.replace(p, ref="?")
        profiles[col] = p
        syn = _synonym_targets(p, table, vocab)
        if primary in names:
            # 'Title' of a deal, 'Topic', 'Subject': the table's primary name column.
            for v in p.variants:
                if v.phrase in _NAME_WORDS and syn.get(primary, (0.0,))[0] < 0.9 * v.factor:
                    syn[primary] = (0.9 * v.factor, v.phrase)
        floor = CUSTOM_MIN_CONFIDENCE if p.custom else MIN_CONFIDENCE
        cands = []
        for a in attrs:
            conf, reason = _score(p, a, table, syn)
            if conf >= floor:
                cands.append((round(conf, 3), a.logical, reason))
        if not cands and p.kind in vocab.format_primary and floor <= VALUE_ONLY_CONFIDENCE:
            main = next((names[t] for t in vocab.format_primary[p.kind] if t in names), None)
            if main is not None:
                what = {"email": "email addresses", "phone": "phone numbers",
                        "url": "web addresses"}.get(p.kind, p.kind)
                cands.append((VALUE_ONLY_CONFIDENCE, main.logical,
                              f"the name says nothing, but its values are {what} and "
                              f"{main.describe()} is the table's main column for them."))
        cands.sort(key=lambda c: (-c[0], c[1]))
        scored[col] = cands
    # One target per column of the table: the most confident claim wins, the loser falls
    # back to its next candidate.
    order = {col: i for i, col in enumerate(df.columns)}
    claims = sorted(((c[0], col, i) for col, cs in scored.items() for i, c in enumerate(cs)),
                    key=lambda x: (-x[0], order[x[1]], x[2]))
    owner: dict[str, str] = {}
    best: dict[str, int] = {}
    for _, col, i in claims:
        target = scored[col][i][1]
        if col in best or target in owner:
            continue
        owner[target] = col
        best[col] = i
    out: dict[str, list[Candidate]] = {}
    for col in df.columns:
        if col == key:
            out[col] = []
            continue
        cands = scored[col]
        if col not in best:
            out[col] = []
            p = profiles[col]
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


def suggest_columns(df: pl.DataFrame, table_def: dict, *, source_object: str | None = None,
                    relationships: dict[str, str] | None = None) -> dict[str, list[Candidate]]:
    """Ranked target columns (best first, at most 5) for every source column.

    An empty list means leave the column unmapped: the object's own key (kept in the
    source-id column), a custom field with no good standard home (the caller proposes a new
    custom column), or nothing that fits. ``relationships`` maps a source column to the
    Dataverse table its values point at (``{"company_id": "account"}``; ``""`` = an object
    that is not migrated); without it references are recognised by name.
    """
    return _suggest(df, table_def, source_object, relationships, load_vocabulary())[0]


# -- tables -----------------------------------------------------------------------------------
def _coverage(df: pl.DataFrame, table: str, attrs: list[_Attr], source_object: str,
              vocab: _Vocabulary) -> float:
    """Share of the source's columns that name a column of the table (names only: fast)."""
    key = _source_key(df, source_object)
    cols = [c for c in df.columns if c != key]
    if not cols or not attrs:
        return 0.0
    by_name = {a.logical: a for a in attrs}
    compacts = {a.compact for a in attrs} | {a.bare for a in attrs}
    labels = {a.label_words for a in attrs if a.label_words}
    hits = 0
    for col in cols:
        p = _profile(col, pl.Series([], dtype=pl.Utf8), table, vocab, values_only=True,
                     source_object=source_object)
        syn = _synonym_targets(p, table, vocab)
        if any(t in by_name and s >= 0.9 for t, (s, _) in syn.items()) or any(
                v.compact in compacts or v.rewritten in compacts or v.norm in labels
                for v in p.variants):
            hits += 1
    return hits / len(cols)


def suggest_table(source_name: str, df: pl.DataFrame,
                  tables: dict[str, dict]) -> list[Candidate]:
    """Ranked target tables for a source object ("companies", "deals", "Account", ...)."""
    vocab = load_vocabulary()
    words = [_singular(w) for w in _split_words(Path(source_name).stem)]
    phrase = "_".join(words)
    compact = "".join(words)
    named = vocab.tables.get(phrase, [])
    # Otherwise the head noun names it: 'support_tickets', 'phone_calls_export' - but not
    # 'email_templates' (templates are not emails).
    head = [w for w in words if w not in _GENERIC_WORDS]
    word_named = vocab.tables.get(head[-1], []) if head and not named else []
    out: list[Candidate] = []
    for logical, td in tables.items():
        td = _unwrap(td)
        logical = str(td.get("LogicalName") or logical)
        label = _label(td.get("DisplayName")) or logical
        cov = _coverage(df, logical, _attributes(td, vocab), source_name, vocab)
        if logical in named:
            conf = 0.95 - 0.05 * named.index(logical)
            why = f"'{source_name}' is the usual name for {label} ({logical}) records"
        elif compact in _table_names(logical, td):
            conf, why = 0.95, f"'{source_name}' has the name of the {label} table"
        elif logical in word_named:
            conf = 0.8 - 0.05 * word_named.index(logical)
            why = f"'{source_name}' names {label} ({logical}) records"
        else:
            r = max((fuzz.ratio(compact, n) / 100 for n in _table_names(logical, td)),
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


# -- whole map --------------------------------------------------------------------------------
def _value_set(series: pl.Series, limit: int = 5000) -> set[str]:
    s = series.cast(pl.Utf8, strict=False).drop_nulls().str.strip_chars()
    return set(s.filter(s != "").unique().head(limit).to_list())


def _relationships(source: str, tables_by_source: Mapping[str, pl.DataFrame],
                   keys: Mapping[str, str | None], targets: Mapping[str, str],
                   vocab: _Vocabulary) -> dict[str, str]:
    """Columns whose values are another object's keys (or a user's email), by their values."""
    df = tables_by_source[source]
    key_values = {name: _value_set(other[k]) for name, other in tables_by_source.items()
                  if (k := keys.get(name)) and k in other.columns}
    user_emails: set[str] = set()
    for name, other in tables_by_source.items():
        if targets.get(name) == "systemuser" or vocab.tables.get(
                _singular(_phrase(name))) == ["systemuser"]:
            for col in other.columns:
                if _split_words(col)[-1:] == ["email"]:
                    user_emails |= {v.lower() for v in _value_set(other[col])}
    out: dict[str, str] = {}
    sample = _sample(df)
    for col in df.columns:
        if col == keys.get(source):
            continue
        words = _split_words(col)
        named_ref = bool(words) and words[-1] in ("id", "ids", "key", "guid", "uuid", "ref")
        values = _value_set(sample[col])
        if not values:
            continue
        if user_emails and words[-1:] == ["email"] and len(words) > 1:
            hit = len({v.lower() for v in values} & user_emails) / len(values)
            if hit >= 0.5:
                out[col] = "systemuser"
                continue
        best: tuple[float, str] | None = None
        for name, kv in key_values.items():
            if not kv:
                continue
            hit = len(values & kv) / len(values)
            if (hit >= 0.5 if named_ref else hit >= 0.9 and len(values) >= 5) and (
                    best is None or hit > best[0]):
                best = (hit, name)
        if best:
            out[col] = targets.get(best[1], "")
    return out


def suggest_mapping(tables_by_source: dict[str, pl.DataFrame],
                    table_defs: dict[str, dict]) -> dict:
    """The whole proposed map as a plain dict ready for YAML, for a person to confirm.

    Each source object goes to its best table (one source per table, most confident first);
    references are found from the values (a column holding another object's keys, or users'
    emails); every column gets its best target, alternatives and a reason. Columns left
    unmapped are listed with the reason.
    """
    vocab = load_vocabulary()
    defs = {name: _unwrap(td) for name, td in table_defs.items()}
    proposals = {src: suggest_table(src, df, defs) for src, df in tables_by_source.items()}
    claims = sorted(((c.confidence, src, c) for src, cs in proposals.items() for c in cs
                     if c.confidence >= TABLE_MIN_CONFIDENCE),
                    key=lambda x: (-x[0], x[1]))
    chosen: dict[str, Candidate] = {}
    used: set[str] = set()
    for _, src, cand in claims:
        if src in chosen or cand.target in used:
            continue
        chosen[src] = cand
        used.add(cand.target)
    keys = {src: _source_key(df, src) for src, df in tables_by_source.items()}
    targets = {src: c.target for src, c in chosen.items()}
    out_tables: list[dict[str, Any]] = []
    for src, tcand in sorted(chosen.items(), key=lambda kv: list(tables_by_source).index(
            kv[0])):
        df = tables_by_source[src]
        td = next(d for name, d in defs.items()
                  if str(d.get("LogicalName") or name) == tcand.target)
        rel = _relationships(src, tables_by_source, keys, targets, vocab)
        cols, unmapped = _suggest(df, td, src, rel, vocab)
        columns = []
        for col in df.columns:
            cands = cols.get(col) or []
            if not cands:
                continue
            best = cands[0]
            entry: dict[str, Any] = {"target": best.target, "source": col,
                                     "confidence": best.confidence, "reason": best.reason}
            if col in rel:
                entry["references"] = rel[col] or None
            if len(cands) > 1:
                entry["alternatives"] = [{"target": c.target, "confidence": c.confidence}
                                         for c in cands[1:]]
            columns.append(entry)
        out_tables.append({
            "target": tcand.target, "source": src, "confidence": tcand.confidence,
            "reason": tcand.reason, "source_key": keys[src], "columns": columns,
            "unmapped": [{"source": c, "reason": unmapped.get(c, "")}
                         for c in df.columns if not cols.get(c)],
        })
    skipped = []
    for src in tables_by_source:
        if src in chosen:
            continue
        best = next((c for c in proposals[src] if c.target not in used), None)
        taken = next((c for c in proposals[src] if c.target in used), None)
        if taken and taken.confidence >= TABLE_MIN_CONFIDENCE and (
                best is None or taken.confidence >= best.confidence):
            owner = next(s for s, c in chosen.items() if c.target == taken.target)
            why = f"its best table, {taken.target}, went to '{owner}'"
        elif best:
            why = (f"no table fits well enough (best guess {best.target}, "
                   f"{best.confidence:.2f})")
        else:
            why = "no table among the definitions fits"
        skipped.append({"source": src, "reason": why})
    return {"tables": out_tables, "unmatched_sources": skipped}


# -- measuring --------------------------------------------------------------------------------
def accuracy(answer_key: Mapping[str, Any], frames: Mapping[str, pl.DataFrame],
             table_defs: Mapping[str, Mapping[str, Any]], *,
             use_values: bool = False) -> dict[str, Any]:
    """Top-1 accuracy of the suggestions against a hand-written answer key.

    Key format: ``objects: {<source>: {table: <logical>, key: <id column>, custom: [...],
    columns: {<source column>: <target> | [<target>, ...] | null}}}``; a list means any of
    those is right, ``null`` means the column should stay unmapped. "standard" counts the
    non-key, non-custom columns; "all" adds custom ones. ``use_values`` measures through
    :func:`suggest_mapping` (relationships found from values) instead of
    :func:`suggest_columns` alone.
    """
    objects = answer_key["objects"]
    mapped: dict[str, dict[str, list[Candidate]]] = {}
    if use_values:
        proposal = suggest_mapping({name: frames[name] for name in objects},
                                   {spec["table"]: dict(table_defs[spec["table"]])
                                    for spec in objects.values()})
        for t in proposal["tables"]:
            mapped[t["source"]] = {
                c["source"]: [Candidate(c["target"], c["confidence"], c["reason"])]
                for c in t["columns"]}
    report: dict[str, Any] = {"objects": {}}
    totals = {"standard": [0, 0], "all": [0, 0], "keys": [0, 0]}
    for name, spec in objects.items():
        df = frames[name]
        if use_values:
            sugg = mapped.get(name, {})
        else:
            sugg = suggest_columns(df, dict(table_defs[spec["table"]]), source_object=name)
        custom = set(spec.get("custom") or ())
        counts = {"standard": [0, 0], "all": [0, 0], "keys": [0, 0]}
        misses = []
        key_col = spec.get("key")
        if key_col:
            ok = not sugg.get(key_col)
            counts["keys"][0] += ok
            counts["keys"][1] += 1
            if not ok:
                misses.append({"column": key_col, "expected": None,
                               "got": sugg[key_col][0].target})
        for col, expected in (spec.get("columns") or {}).items():
            if col == key_col:
                continue
            want = set(expected) if isinstance(expected, list) else {expected}
            got = (sugg.get(col) or [None])[0]
            got_target = got.target if isinstance(got, Candidate) else None
            ok = got_target in want
            buckets = ["all"] if (col in custom or _source_words(col)[1]) else [
                "standard", "all"]
            for b in buckets:
                counts[b][0] += ok
                counts[b][1] += 1
            if not ok:
                misses.append({"column": col, "expected": expected, "got": got_target})
        for b in totals:
            totals[b][0] += counts[b][0]
            totals[b][1] += counts[b][1]
        report["objects"][name] = {
            "table": spec["table"],
            **{b: (c[0] / c[1] if c[1] else 1.0) for b, c in counts.items()},
            "counts": {b: f"{c[0]}/{c[1]}" for b, c in counts.items()}, "misses": misses,
        }
    for b, c in totals.items():
        report[b] = c[0] / c[1] if c[1] else 1.0
        report.setdefault("counts", {})[b] = f"{c[0]}/{c[1]}"
    return report


def format_accuracy(name: str, report: Mapping[str, Any]) -> str:
    """Human-readable accuracy figures (what ``pytest -s`` and the CLI print)."""
    lines = [f"{name}: top-1 standard {report['standard']:.1%} ({report['counts']['standard']}), "
             f"all {report['all']:.1%} ({report['counts']['all']}), "
             f"source keys left unmapped {report['counts']['keys']}"]
    for obj, r in report["objects"].items():
        lines.append(f"  {obj} -> {r['table']}: standard {r['standard']:.1%} "
                     f"({r['counts']['standard']}), all {r['all']:.1%} ({r['counts']['all']})")
        for m in r["misses"]:
            lines.append(f"    miss {m['column']}: expected {m['expected']}, got {m['got']}")
    return "\n".join(lines)


def load_table_defs(folder: str | Path) -> dict[str, dict]:
    """Table definitions from a folder of ``<logicalname>.json`` files, keyed by logical name."""
    out: dict[str, dict] = {}
    for path in sorted(Path(folder).glob("*.json")):
        td = _unwrap(json.loads(path.read_text(encoding="utf-8")))
        out[str(td.get("LogicalName") or path.stem)] = td
    return out


def _read_export(folder: Path, names: Iterable[str] | None = None) -> dict[str, pl.DataFrame]:
    wanted = set(names) if names else None
    return {p.stem: pl.read_csv(p, infer_schema=False) for p in sorted(folder.glob("*.csv"))
            if wanted is None or p.stem in wanted}


def main(argv: list[str] | None = None) -> int:
    """``python -m d365migrate.mapping.suggest EXPORT_DIR --tables DIR [--accuracy KEY.yml]``."""
    ap = argparse.ArgumentParser(prog="python -m d365migrate.mapping.suggest", description=(
        "Propose a SmartDesk -> Dataverse field map, or measure it against an answer key."))
    ap.add_argument("export", type=Path, help="folder of source CSV files")
    ap.add_argument("--tables", type=Path, required=True,
                    help="folder of Dataverse table definitions (<logicalname>.json)")
    ap.add_argument("--accuracy", type=Path, metavar="KEY.yml",
                    help="print top-1 accuracy against this answer key instead of the map")
    args = ap.parse_args(argv)
    defs = load_table_defs(args.tables)
    if args.accuracy:
        key = yaml.safe_load(args.accuracy.read_text(encoding="utf-8"))
        frames = _read_export(args.export, key["objects"])
        for use_values in (False, True):
            rep = accuracy(key, frames, defs, use_values=use_values)
            label = "suggest_mapping" if use_values else "suggest_columns"
            print(format_accuracy(f"{args.accuracy.name} via {label}", rep))
        return 0
    frames = _read_export(args.export)
    yaml.safe_dump(suggest_mapping(frames, defs), sys.stdout, sort_keys=False,
                   allow_unicode=True, width=100)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
