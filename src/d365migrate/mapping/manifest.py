"""Custom fields: the Dataverse columns SmartDesk's ``cf_`` fields need, and creating them.

SmartDesk lets admins add fields per object (``custom_fields.csv``); some ``cf_`` columns
appear in the export with no definition at all. Each becomes one proposed custom column with a
publisher-prefixed name, a Dataverse type and, for choices, option values numbered from
100000000 the way Dataverse numbers custom options. The manifest is a file a person reviews
(CSV, XLSX, JSON) before :func:`apply_manifest` creates the columns through the metadata API.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import polars as pl

from d365migrate.dataverse import DataverseClient
from d365migrate.dataverse.errors import DataverseError, already_exists
from d365migrate.dataverse.tables import make_label
from d365migrate.intake.values import FALSE, TRUE
from d365migrate.mapping.mapfile import TRANSFORMS, MappingError
from d365migrate.report.plain import DEFAULT_SOURCE_CRM

OPTION_VALUE_START = 100_000_000
#: The label of the column the proposal adds for the deals' pipeline (``mapping.pipelines``),
#: in the export's CRM's name: what the org's users read on every deal.
PIPELINE_LABEL = "{crm} pipeline"
SCHEMA_NAME_MAX = 50
MULTI_SEPARATOR = ";"
OBJECT_SOURCES = {"company": "companies", "contact": "contacts", "lead": "leads",
                  "deal": "deals", "ticket": "tickets", "task": "tasks"}
OBJECT_TARGETS = {"company": "account", "contact": "contact", "lead": "lead",
                  "deal": "opportunity", "ticket": "incident", "task": "task"}
DATAVERSE_TYPE = {"text": "String", "url": "String", "number": "Decimal", "money": "Money",
                  "date": "DateTime", "boolean": "Boolean", "picklist": "Picklist",
                  "multiselect": "MultiSelectPicklist"}
TRANSFORM = {"String": "text", "Memo": "text", "Integer": "integer", "Decimal": "decimal",
             "Money": "decimal", "DateTime": "date", "Boolean": "boolean", "Picklist": "choice",
             "MultiSelectPicklist": "multichoice"}
METADATA_TYPE = {"String": ("StringAttributeMetadata", "String", "StringType"),
                 "Memo": ("MemoAttributeMetadata", "Memo", "MemoType"),
                 "Integer": ("IntegerAttributeMetadata", "Integer", "IntegerType"),
                 "Decimal": ("DecimalAttributeMetadata", "Decimal", "DecimalType"),
                 "Money": ("MoneyAttributeMetadata", "Money", "MoneyType"),
                 "DateTime": ("DateTimeAttributeMetadata", "DateTime", "DateTimeType"),
                 "Boolean": ("BooleanAttributeMetadata", "Boolean", "BooleanType"),
                 "Picklist": ("PicklistAttributeMetadata", "Picklist", "PicklistType"),
                 "MultiSelectPicklist": ("MultiSelectPicklistAttributeMetadata", "Virtual",
                                         "MultiSelectPicklistType")}
STRING_LENGTHS = [100, 200, 500, 1000, 2000, 4000]
MEMO_LENGTHS = [10_000, 100_000, 1_048_576]
INT32 = (-2_147_483_648, 2_147_483_647)
DECIMAL_RANGE = (-100_000_000_000, 100_000_000_000)
MANIFEST_SCHEMA = {
    "object": pl.Utf8, "source_table": pl.Utf8, "source_column": pl.Utf8,
    "target_table": pl.Utf8, "label": pl.Utf8, "source_type": pl.Utf8,
    "dataverse_type": pl.Utf8, "logical_name": pl.Utf8, "schema_name": pl.Utf8,
    "max_length": pl.Int64, "precision": pl.Int64, "format": pl.Utf8,
    "options": pl.Utf8, "values": pl.Utf8, "defined": pl.Boolean, "create": pl.Boolean,
    "notes": pl.Utf8,
}


# -- names -----------------------------------------------------------------------------------
def _words(field_key: str) -> list[str]:
    key = field_key[3:] if field_key.lower().startswith("cf_") else field_key
    return [w for w in re.split(r"[^A-Za-z0-9]+", key) if w]


def column_names(field_key: str, prefix: str = "new") -> tuple[str, str]:
    """(logical, schema) name: ``cf_renewal_date`` -> ``new_renewaldate`` / ``new_RenewalDate``."""
    words = _words(field_key) or ["field"]
    schema = f"{prefix}_" + "".join(w[:1].upper() + w[1:].lower() for w in words)
    schema = schema[:SCHEMA_NAME_MAX]
    return schema.lower(), schema


def source_table_of(obj: str) -> str:
    return OBJECT_SOURCES.get(obj, obj if obj.endswith("s") else f"{obj}s")


def _mapped_elsewhere(mapping: dict[str, Any] | None, source: str, column: str,
                      logical: str) -> str | None:
    """The standard column the map already sends this custom field to, if any."""
    for t in (mapping or {}).get("tables", []):
        if t.get("source") == source:
            for c in t.get("columns", []):
                if c["source"] == column and c["target"] != logical:
                    return c["target"]
    return None


def _target_of(obj: str, source: str, mapping: dict[str, Any] | None) -> str | None:
    for t in (mapping or {}).get("tables", []):
        if t.get("source") == source:
            return t["target"]
    return OBJECT_TARGETS.get(obj)


# -- values ------------------------------------------------------------------------------------
def _values(tables: dict[str, pl.DataFrame], source: str, column: str) -> list[str]:
    df = tables.get(source)
    if df is None or column not in df.columns:
        return []
    col = df[column].cast(pl.Utf8).str.strip_chars()
    return [v for v in col.to_list() if v]


def _is_number(v: str) -> bool:
    try:
        float(v.replace(",", "").replace("$", ""))
        return True
    except ValueError:
        return False


def _is_date(v: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?|\d{1,2}/\d{1,2}/\d{2,4}", v))


def infer_type(values: list[str]) -> str:
    """A SmartDesk field type for a ``cf_`` column nobody defined, from its values."""
    if not values:
        return "text"
    distinct = set(values)
    if {v.lower() for v in distinct} <= TRUE | FALSE and len(distinct) <= 4:
        return "boolean"
    if all(_is_number(v) for v in distinct):
        return "number"
    if all(_is_date(v) for v in distinct):
        return "date"
    if all(re.match(r"(?i)^(https?://|www\.)", v) for v in distinct):
        return "url"
    if any(MULTI_SEPARATOR in v for v in distinct):
        tokens = {t.strip() for v in distinct for t in v.split(MULTI_SEPARATOR) if t.strip()}
        if len(tokens) <= 50:
            return "multiselect"
    if len(distinct) <= 20 and len(values) >= 5 * len(distinct):
        return "picklist"
    return "text"


def _round_up(n: int, steps: list[int]) -> int:
    return next((s for s in steps if s >= n), steps[-1])


def _decimals(values: list[str]) -> int:
    places = [len(v.split(".", 1)[1]) for v in values if "." in v and _is_number(v)]
    return max(places, default=0)


def _whole(values: list[str]) -> bool:
    try:
        nums = [float(v.replace(",", "").replace("$", "")) for v in values]
    except ValueError:
        return False
    return all(n.is_integer() and INT32[0] <= n <= INT32[1] for n in nums)


def _options(defined: str | None, values: list[str], multi: bool
             ) -> tuple[list[dict[str, Any]], dict[str, int], list[str]]:
    """Options numbered from 100000000, source value -> option, and values not defined."""
    labels: list[str] = []
    by_key: dict[str, int] = {}
    for label in (defined or "").split("|"):
        label = label.strip()
        if label and label.lower() not in by_key:
            by_key[label.lower()] = OPTION_VALUE_START + len(labels)
            labels.append(label)
    seen = [t.strip() for v in values for t in (v.split(MULTI_SEPARATOR) if multi else [v])]
    extra: list[str] = []
    for token in dict.fromkeys(t for t in seen if t):
        if token.lower() not in by_key:
            by_key[token.lower()] = OPTION_VALUE_START + len(labels)
            labels.append(token)
            extra.append(token)
    options = [{"label": lab, "value": OPTION_VALUE_START + i} for i, lab in enumerate(labels)]
    mapping = {lab: by_key[lab.lower()] for lab in labels}
    mapping.update({t: by_key[t.lower()] for t in dict.fromkeys(seen) if t})
    return options, mapping, extra


def _column_spec(source_type: str, values: list[str], options_text: str | None
                 ) -> dict[str, Any]:
    """Dataverse type, length/precision, format, options and notes for one field."""
    notes: list[str] = []
    spec: dict[str, Any] = {"max_length": None, "precision": None, "format": None,
                            "options": None, "values": None}
    dv = DATAVERSE_TYPE.get(source_type)
    if dv is None:
        notes.append(f"unknown custom field type '{source_type}'; proposed as text")
        dv, source_type = "String", "text"
    longest = max((len(v) for v in values), default=0)
    if source_type in ("text", "url"):
        if longest > STRING_LENGTHS[-1]:
            dv = "Memo"
            spec.update(max_length=_round_up(longest, MEMO_LENGTHS), format="TextArea")
        else:
            floor = 200 if source_type == "url" else 100
            spec.update(max_length=_round_up(max(longest, floor), STRING_LENGTHS),
                        format="Url" if source_type == "url" else "Text")
    elif source_type == "number":
        if values and _whole(values):
            dv = "Integer"
            spec.update(format="None")
        else:
            spec.update(precision=min(10, max(2, _decimals(values))))
    elif source_type == "money":
        spec.update(precision=2)
    elif source_type == "date":
        spec.update(format="DateOnly")
    elif source_type in ("picklist", "multiselect"):
        options, mapping, extra = _options(options_text, values,
                                           source_type == "multiselect")
        spec.update(options=json.dumps(options, ensure_ascii=False),
                    values=json.dumps(mapping, ensure_ascii=False))
        if extra and options_text:
            notes.append("values in the data but not in the definition, added as options: "
                         + ", ".join(extra))
        if not options:
            notes.append("no options defined and none in the data")
    return {"dataverse_type": dv, "source_type": source_type, "notes": "; ".join(notes),
            **spec}


# -- build -----------------------------------------------------------------------------------
def _definitions(custom_fields_df: pl.DataFrame | None) -> list[dict[str, Any]]:
    if custom_fields_df is None or custom_fields_df.height == 0:
        return []
    df = custom_fields_df.select(pl.all().cast(pl.Utf8))
    return [{k: (v.strip() if isinstance(v, str) else v) for k, v in r.items()}
            for r in df.to_dicts() if r.get("field_key") and r.get("object")]


def _undefined(tables: dict[str, pl.DataFrame], defined: set[tuple[str, str]]
               ) -> list[dict[str, Any]]:
    """``cf_`` columns in the export that ``custom_fields.csv`` does not describe."""
    objects = {src: obj for obj, src in OBJECT_SOURCES.items()}
    out = []
    for source, df in tables.items():
        for col in df.columns:
            if col.lower().startswith("cf_") and (source, col) not in defined:
                label = " ".join(w.capitalize() for w in _words(col))
                out.append({"object": objects.get(source, source.rstrip("s")),
                            "field_key": col, "label": label, "type": None, "options": None,
                            "__source": source})
    return out


def build_manifest(custom_fields_df: pl.DataFrame | None, tables: dict[str, pl.DataFrame],
                   mapping: dict[str, Any] | None = None, publisher_prefix: str = "new"
                   ) -> pl.DataFrame:
    """One proposed Dataverse column per SmartDesk custom field (defined or only in the data)."""
    rows: list[dict[str, Any]] = []
    fields = _definitions(custom_fields_df)
    defined = {(source_table_of(f["object"]), f["field_key"]) for f in fields}
    fields += _undefined(tables, defined)
    taken: set[tuple[str, str]] = set()
    for f in fields:
        source = f.get("__source") or source_table_of(f["object"])
        values = _values(tables, source, f["field_key"])
        is_defined = "__source" not in f
        source_type = (f.get("type") or "").lower() or infer_type(values)
        spec = _column_spec(source_type, values, f.get("options"))
        target = _target_of(f["object"], source, mapping)
        logical, schema = column_names(f["field_key"], publisher_prefix)
        n = 2
        while (target, logical) in taken:
            logical, schema = f"{logical[:SCHEMA_NAME_MAX - 2]}{n}", \
                f"{schema[:SCHEMA_NAME_MAX - 2]}{n}"
            n += 1
        taken.add((target, logical))
        spec_note = spec.pop("notes")
        notes = [spec_note] if spec_note else []
        elsewhere = _mapped_elsewhere(mapping, source, f["field_key"], logical)
        if elsewhere:
            notes.append(f"the map already sends it to {elsewhere}; set create to true to "
                         "make a new column instead")
        if not is_defined:
            notes.insert(0, "no definition in custom_fields.csv; type inferred from the values")
        if target is None:
            notes.append(f"no target table for the export's object '{f['object']}'")
        if source not in tables or f["field_key"] not in tables[source].columns:
            notes.append(f"column {f['field_key']} is not in {source}")
        rows.append({"object": f["object"], "source_table": source,
                     "source_column": f["field_key"], "target_table": target,
                     "label": f.get("label") or f["field_key"], "logical_name": logical,
                     "schema_name": schema, "defined": is_defined,
                     "create": target is not None and elsewhere is None,
                     "notes": "; ".join(n for n in notes if n) or None, **spec})
    return pl.DataFrame(rows, schema=MANIFEST_SCHEMA).select(list(MANIFEST_SCHEMA))


# -- files -----------------------------------------------------------------------------------
def _records(df: pl.DataFrame) -> list[dict[str, Any]]:
    out = []
    for r in df.to_dicts():
        for key in ("options", "values"):
            r[key] = json.loads(r[key]) if r.get(key) else None
        out.append(r)
    return out


def named_for(df: pl.DataFrame, crm: str = DEFAULT_SOURCE_CRM) -> pl.DataFrame:
    """The manifest with the label the proposal gives the pipeline column in the default
    CRM's name ("SmartDesk pipeline") in the export's CRM's ("HubSpot pipeline"). The
    proposal does not know the CRM; a label a person changed stays as it is."""
    default, named = (PIPELINE_LABEL.format(crm=c) for c in (DEFAULT_SOURCE_CRM, crm))
    if default == named or not df.height:
        return df
    return df.with_columns(pl.when((pl.col("label") == default)
                                   & pl.col("logical_name").str.ends_with("pipeline"))
                           .then(pl.lit(named)).otherwise(pl.col("label")).alias("label"))


def write_manifest(df: pl.DataFrame, out_dir: Path, name: str = "custom_fields_manifest", *,
                   crm: str = DEFAULT_SOURCE_CRM) -> dict[str, Path]:
    """The manifest as CSV (diffable), XLSX (for the customer) and JSON (for apply); its
    labels in the name of the export's CRM (``crm``, :func:`named_for`)."""
    from d365migrate.report.safe_files import write_csv, write_xlsx

    df = named_for(df, crm)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"csv": out_dir / f"{name}.csv", "xlsx": out_dir / f"{name}.xlsx",
             "json": out_dir / f"{name}.json"}
    write_csv(df, paths["csv"])
    write_xlsx(df, paths["xlsx"], sheet="custom fields")
    paths["json"].write_text(json.dumps(_records(df), indent=2, ensure_ascii=False),
                             encoding="utf-8")
    return paths


def read_manifest(path: Path, *, missing_ok: bool = False) -> pl.DataFrame:
    """A manifest written by :func:`write_manifest` (JSON or CSV), possibly edited by hand;
    ``missing_ok``: none written (a map made by hand) reads as an empty one."""
    path = Path(path)
    if missing_ok and not path.exists():
        return pl.DataFrame(schema=MANIFEST_SCHEMA)
    if path.suffix.lower() == ".json":
        recs = json.loads(path.read_text(encoding="utf-8"))
        for r in recs:
            for key in ("options", "values"):
                if r.get(key) is not None and not isinstance(r[key], str):
                    r[key] = json.dumps(r[key], ensure_ascii=False)
        df = pl.DataFrame(recs, schema=MANIFEST_SCHEMA)
    else:
        df = pl.read_csv(path, schema_overrides=MANIFEST_SCHEMA)
    return df.select(list(MANIFEST_SCHEMA))


# -- metadata API -----------------------------------------------------------------------------
def _option_set(options: list[dict[str, Any]]) -> dict[str, Any]:
    return {"@odata.type": "Microsoft.Dynamics.CRM.OptionSetMetadata",
            "IsGlobal": False, "OptionSetType": "Picklist",
            "Options": [{"Value": int(o["value"]), "Label": make_label(str(o["label"]))}
                        for o in options]}


def attribute_definition(row: dict[str, Any], source_crm: str = DEFAULT_SOURCE_CRM
                         ) -> dict[str, Any]:
    """The JSON body of ``POST EntityDefinitions(LogicalName='t')/Attributes`` for one row;
    its description names the export's CRM (``source_crm``), where the values came from."""
    dv = row["dataverse_type"]
    if dv not in METADATA_TYPE:
        raise MappingError(f"{row['target_table']}.{row['logical_name']}: unsupported "
                           f"Dataverse type '{dv}'")
    odata, attr_type, type_name = METADATA_TYPE[dv]
    body: dict[str, Any] = {
        "@odata.type": f"Microsoft.Dynamics.CRM.{odata}",
        "AttributeType": attr_type,
        "AttributeTypeName": {"Value": type_name},
        "SchemaName": row["schema_name"],
        "DisplayName": make_label(row["label"]),
        "Description": make_label(
            f"Migrated from {source_crm} {row['object']}.{row['source_column']}"),
        "RequiredLevel": {"Value": "None", "CanBeChanged": True,
                          "ManagedPropertyLogicalName": "canmodifyrequirementlevelsettings"},
    }
    if dv == "String":
        body.update(MaxLength=int(row["max_length"] or 100),
                    FormatName={"Value": row.get("format") or "Text"})
    elif dv == "Memo":
        body.update(MaxLength=int(row["max_length"] or 10_000), Format="TextArea")
    elif dv == "Integer":
        body.update(Format="None", MinValue=INT32[0], MaxValue=INT32[1])
    elif dv == "Decimal":
        body.update(Precision=int(row["precision"] or 2), MinValue=DECIMAL_RANGE[0],
                    MaxValue=DECIMAL_RANGE[1])
    elif dv == "Money":
        body.update(PrecisionSource=2)
    elif dv == "DateTime":
        only = (row.get("format") or "DateOnly") == "DateOnly"
        body.update(Format="DateOnly" if only else "DateAndTime",
                    DateTimeBehavior={"Value": "DateOnly" if only else "UserLocal"})
    elif dv == "Boolean":
        body.update(DefaultValue=False, OptionSet={
            "TrueOption": {"Value": 1, "Label": make_label("Yes")},
            "FalseOption": {"Value": 0, "Label": make_label("No")},
            "OptionSetType": "Boolean"})
    else:
        body.update(SourceTypeMask=0,
                    OptionSet=_option_set(json.loads(row.get("options") or "[]")))
    return body


def apply_manifest(client: DataverseClient, manifest_df: pl.DataFrame,
                   source_crm: str = DEFAULT_SOURCE_CRM) -> dict[str, Any]:
    """Create every manifest column (``create`` true) missing in the org, labelled and
    described in the name of the export's CRM (``source_crm``); others stay as they are,
    found by logical name (never by label), so a second run creates and renames nothing."""
    created = existing = 0
    columns: list[dict[str, str]] = []
    wanted = named_for(manifest_df, source_crm).filter(
        pl.col("target_table").is_not_null() & pl.col("create"))
    for (table,), part in wanted.group_by("target_table", maintain_order=True):
        names = {a["LogicalName"] for a in client.entity_definition(table).get("Attributes", [])}
        for row in part.to_dicts():
            if row["logical_name"] in names:
                existing += 1
                columns.append({"table": table, "column": row["logical_name"],
                                "action": "existing"})
                continue
            try:
                client.create_attribute(table, attribute_definition(row, source_crm))
            except DataverseError as exc:  # a resend whose first attempt landed: done
                if not already_exists(exc):
                    raise
            names.add(row["logical_name"])
            created += 1
            columns.append({"table": table, "column": row["logical_name"],
                            "action": "created"})
    return {"created": created, "existing": existing, "columns": columns}


# -- the map ---------------------------------------------------------------------------------
def multichoice(text: pl.Expr, values: dict[str, Any] | None) -> pl.Expr:
    """``"CRM; Analytics"`` -> ``"100000000,100000001"`` (the Web API's multi-select value).

    Null when any token has no decided option, so staging quarantines the row instead of
    loading part of the selection. For ``staging.convert`` (transform ``multichoice``).
    """
    decided = {str(k).strip(): str(v) for k, v in (values or {}).items() if v is not None}
    tokens = text.str.split(MULTI_SEPARATOR).list.eval(
        pl.element().str.strip_chars()).list.eval(pl.element().filter(pl.element() != ""))
    options = tokens.list.eval(pl.element().replace_strict(
        list(decided), list(decided.values()), default=None, return_dtype=pl.Utf8))
    complete = options.list.eval(pl.element().is_not_null()).list.all() & \
        (options.list.len() > 0)
    return pl.when(complete).then(options.list.unique(maintain_order=True).list.join(","))


def _transform(row: dict[str, Any]) -> str:
    transform = TRANSFORM.get(row["dataverse_type"], "text")
    if row.get("source_type") == "url":
        transform = "url"
    if transform not in TRANSFORMS:  # multichoice until staging learns it: preflight blocks
        transform = "text"
    return transform


def add_manifest_to_mapping(mapping: dict[str, Any], manifest_df: pl.DataFrame, *,
                            replace: bool = False) -> dict[str, Any]:
    """Map each custom field to its new column; a column already mapped stays unless replace."""
    out = copy.deepcopy(mapping)
    tables = {t["target"]: t for t in out.get("tables", [])}
    for row in manifest_df.filter(pl.col("create")).to_dicts():
        tmap = tables.get(row["target_table"] or "")
        if tmap is None or tmap.get("source") != row["source_table"]:
            continue
        cols = tmap.setdefault("columns", [])
        current = next((c for c in cols if c["source"] == row["source_column"]), None)
        if current is not None and not replace and current["target"] != row["logical_name"]:
            continue
        if current is not None:
            cols.remove(current)
        cols[:] = [c for c in cols if c["target"] != row["logical_name"]]
        entry: dict[str, Any] = {
            "target": row["logical_name"], "source": row["source_column"],
            "transform": _transform(row), "confidence": 1.0,
            "reason": f"custom field '{row['label']}' ({row['source_type']}) -> new column",
        }
        if row.get("values"):
            entry["values"] = json.loads(row["values"])
        cols.append(entry)
        tmap["unmapped"] = [c for c in tmap.get("unmapped", []) if c != row["source_column"]]
        (tmap.get("unmapped_reasons") or {}).pop(row["source_column"], None)
    return out


__all__ = ["MANIFEST_SCHEMA", "OPTION_VALUE_START", "add_manifest_to_mapping", "apply_manifest",
           "attribute_definition", "build_manifest", "column_names", "infer_type", "multichoice",
           "read_manifest", "write_manifest"]
