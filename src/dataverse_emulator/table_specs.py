"""Table definitions written small: a compact spec per table expanded into the
``EntityDefinitions`` document the emulator serves (``data/tables/<logicalname>.json``).

A spec names the table (set, schema, display names, ownership, object type code), its own
columns (logical name, type, display name, a few facts such as ``max``/``req``/``options``),
its lookups (target tables, relationship and navigation names) and its documented
state/status pairs. The platform columns every table of that ownership has (created/modified
on and by, the migration columns ``overriddencreatedon``/``importsequencenumber``, the owner
columns of a user-owned table, ``organizationid`` of an organization-owned one) are added here,
once, so a spec holds only what the table reference page says about that table.

``python -m dataverse_emulator.table_specs`` rewrites the JSON files of the specs in
:mod:`dataverse_emulator.sales_tables`; ``tests/test_sales_tables.py`` checks the committed
files are what the specs expand to, so the two never drift.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .metadata import DATA_DIR, label, metadata_id

#: AttributeType -> (the ``@odata.type`` suffix, ``AttributeTypeName``).
_TYPES = {
    "String": "StringAttributeMetadata", "Memo": "MemoAttributeMetadata",
    "Integer": "IntegerAttributeMetadata", "Decimal": "DecimalAttributeMetadata",
    "Double": "DoubleAttributeMetadata", "Money": "MoneyAttributeMetadata",
    "DateTime": "DateTimeAttributeMetadata", "Boolean": "BooleanAttributeMetadata",
    "Picklist": "PicklistAttributeMetadata", "State": "StateAttributeMetadata",
    "Status": "StatusAttributeMetadata", "Lookup": "LookupAttributeMetadata",
    "Customer": "LookupAttributeMetadata", "Owner": "LookupAttributeMetadata",
    "Uniqueidentifier": "UniqueIdentifierAttributeMetadata",
    "BigInt": "BigIntAttributeMetadata",
}
#: Value ranges the reference pages give when a spec names none.
_RANGES = {"Money": (0, 1000000000000), "Decimal": (0, 1000000000),
           "Double": (0, 1000000000), "Integer": (-2147483648, 2147483647)}


def _schema(logical: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in logical.split("_"))


def _required(level: str) -> dict[str, Any]:
    return {"Value": level, "CanBeChanged": True,
            "ManagedPropertyLogicalName": "canmodifyrequirementlevelsettings"}


def column(table: str, logical: str, atype: str, display: str,
           facts: dict[str, Any] | None = None) -> dict[str, Any]:
    """One AttributeMetadata document from a column spec. ``facts``: ``max`` (length),
    ``req`` (required level), ``create``/``update`` (False when not writable), ``primary``
    (the primary name), ``date_only``, ``format`` (String format: Email, Url, Phone...),
    ``options`` ({value: label}), ``default``, ``true``/``false`` (a Boolean's labels),
    ``min``/``max_value``,
    ``precision``, ``targets`` (a lookup's tables), ``schema``."""
    f = dict(facts or {})
    raw: dict[str, Any] = {
        "@odata.type": f"#Microsoft.Dynamics.CRM.{_TYPES[atype]}",
        "MetadataId": metadata_id(table, logical), "LogicalName": logical,
        "SchemaName": f.get("schema") or _schema(logical), "EntityLogicalName": table,
        "AttributeType": atype, "AttributeTypeName": {"Value": f"{atype}Type"},
        "DisplayName": label(display), "RequiredLevel": _required(f.get("req", "None")),
        "IsCustomAttribute": False, "IsPrimaryId": bool(f.get("primary_id")),
        "IsPrimaryName": bool(f.get("primary")), "IsValidForRead": True,
        "IsValidForCreate": f.get("create", True), "IsValidForUpdate": f.get("update", True),
    }
    if atype in ("String", "Memo"):
        raw["MaxLength"] = int(f.get("max", 100 if atype == "String" else 2000))
        if atype == "String":
            raw["FormatName"] = {"Value": f.get("format", "Text")}
        if f.get("auto_number"):
            raw["AutoNumberFormat"] = f["auto_number"]
    elif atype in _RANGES:
        low, high = _RANGES[atype]
        raw["MinValue"] = f.get("min", low)
        raw["MaxValue"] = f.get("max_value", high)
        if atype != "Integer":
            raw["Precision"] = int(f.get("precision", 2))
    elif atype == "DateTime":
        raw["Format"] = "DateOnly" if f.get("date_only") else "DateAndTime"
        raw["DateTimeBehavior"] = {"Value": "UserLocal"}
    elif atype == "Boolean":
        raw["OptionSet"] = {"OptionSetType": "Boolean", "IsGlobal": False,
                            "TrueOption": {"Value": 1, "Label": label(f.get("true", "Yes"))},
                            "FalseOption": {"Value": 0, "Label": label(f.get("false", "No"))}}
        raw["DefaultValue"] = bool(f.get("default", False))
    elif atype == "Picklist":
        raw["OptionSet"] = {"Name": f"{table}_{logical}", "IsGlobal": False,
                            "OptionSetType": "Picklist",
                            "Options": [{"Value": int(v), "Label": label(text)}
                                        for v, text in f["options"].items()]}
        raw["DefaultFormValue"] = f.get("default", -1)
    elif atype in ("Lookup", "Customer", "Owner"):
        raw["Targets"] = list(f["targets"])
    return raw


def _state_columns(table: str, states: list[tuple[int, str, int]],
                   statuses: list[tuple[int, str, int]]) -> list[dict[str, Any]]:
    """``statecode``/``statuscode`` with the documented pairs: a state's default status, a
    status's state."""
    state = column(table, "statecode", "State", "Status", {"req": "SystemRequired"})
    state["OptionSet"] = {"Name": f"{table}_statecode", "IsGlobal": False,
                          "OptionSetType": "State",
                          "Options": [{"Value": v, "Label": label(text), "DefaultStatus": d}
                                      for v, text, d in states]}
    status = column(table, "statuscode", "Status", "Status Reason")
    status["OptionSet"] = {"Name": f"{table}_statuscode", "IsGlobal": False,
                           "OptionSetType": "Status",
                           "Options": [{"Value": v, "Label": label(text), "State": s}
                                       for v, text, s in statuses]}
    return [state, status]


#: A record's exchange rate: read-only, the currency's rate when the record was written.
EXCHANGE_RATE = {"create": False, "update": False, "precision": 10, "min": 0.0000000001,
                 "max_value": 100000000000, "schema": "ExchangeRate"}


def has_currency(spec: dict[str, Any]) -> bool:
    """A table with a money column carries the record's currency and its exchange rate
    (Dataverse adds both with a table's first currency column); ``currency`` in a spec gives
    the lookup's required level, or the currency of a table with no amount (a price list)."""
    return "currency" in spec or any(c[1] == "Money" for c in spec["columns"])


def _system_columns(spec: dict[str, Any]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """The platform's columns of a table of this ownership (and of its amounts' currency)."""
    read_only = {"create": False, "update": False}
    cols: list[tuple[str, str, str, dict[str, Any]]] = [
        ("createdon", "DateTime", "Created On", read_only),
        ("modifiedon", "DateTime", "Modified On", read_only),
        ("overriddencreatedon", "DateTime", "Record Created On",
         {"date_only": True, "update": False}),
        ("importsequencenumber", "Integer", "Import Sequence Number", {"update": False}),
        ("versionnumber", "BigInt", "Version Number", read_only),
        ("createdby", "Lookup", "Created By", {**read_only, "targets": ["systemuser"]}),
        ("modifiedby", "Lookup", "Modified By", {**read_only, "targets": ["systemuser"]}),
    ]
    if spec["ownership"] == "UserOwned":
        cols += [("ownerid", "Owner", "Owner", {"req": "SystemRequired",
                                                "targets": ["systemuser", "team"]}),
                 ("owninguser", "Lookup", "Owning User",
                  {**read_only, "targets": ["systemuser"]}),
                 ("owningbusinessunit", "Lookup", "Owning Business Unit",
                  {**read_only, "targets": ["businessunit"]})]
    else:
        cols.append(("organizationid", "Lookup", "Organization",
                     {**read_only, "targets": ["organization"]}))
    if has_currency(spec):
        cols += [("transactioncurrencyid", "Lookup", "Currency",
                  {"targets": ["transactioncurrency"], "req": spec.get("currency", "None"),
                   "schema": "TransactionCurrencyId"}),
                 ("exchangerate", "Decimal", "Exchange Rate", EXCHANGE_RATE)]
    return cols


def _relationship(spec: dict[str, Any], attr: str, target: str, schema: str,
                  nav: str) -> dict[str, Any]:
    return {"SchemaName": schema, "ReferencedAttribute": f"{target}id",
            "ReferencedEntity": target, "ReferencingAttribute": attr,
            "ReferencingEntity": spec["logical"],
            "ReferencedEntityNavigationPropertyName": schema,
            "ReferencingEntityNavigationPropertyName": nav,
            "RelationshipType": "OneToManyRelationship", "IsCustomRelationship": False,
            "MetadataId": metadata_id(spec["logical"], "rel", schema)}


def _many_to_one(spec: dict[str, Any]) -> list[dict[str, Any]]:
    t = spec["logical"]
    rels: list[dict[str, Any]] = []
    for logical, atype, _display, facts in spec["columns"]:
        if atype not in ("Lookup", "Customer"):
            continue
        targets = facts["targets"]
        for target in targets:
            several = len(targets) > 1
            schema = facts["rel"][target] if several else facts["rel"]
            nav = f"{logical}_{target}" if several else logical
            rels.append(_relationship(spec, logical, target, schema, nav))
    for attr, target, schema in (("createdby", "systemuser", f"lk_{t}base_createdby"),
                                 ("modifiedby", "systemuser", f"lk_{t}base_modifiedby")):
        rels.append(_relationship(spec, attr, target, schema, attr))
    if has_currency(spec):
        rels.append(_relationship(spec, "transactioncurrencyid", "transactioncurrency",
                                  f"transactioncurrency_{t}", "transactioncurrencyid"))
    if spec["ownership"] == "UserOwned":
        rels += [_relationship(spec, "owninguser", "systemuser", f"user_{spec['set']}",
                               "owninguser"),
                 _relationship(spec, "owningbusinessunit", "businessunit",
                               f"business_unit_{spec['set']}", "owningbusinessunit"),
                 _relationship(spec, "ownerid", "owner", f"owner_{spec['set']}", "ownerid")]
    return rels


def expand(spec: dict[str, Any]) -> dict[str, Any]:
    """The EntityDefinition document of one table spec."""
    t = spec["logical"]
    display, plural_display = spec["display"]
    doc: dict[str, Any] = {
        "@odata.context": "$metadata#EntityDefinitions/$entity",
        "MetadataId": metadata_id("table", t), "LogicalName": t, "SchemaName": spec["schema"],
        "EntitySetName": spec["set"], "LogicalCollectionName": spec["set"],
        "CollectionSchemaName": spec.get("collection_schema", spec["schema"] + "s"),
        "PrimaryIdAttribute": f"{t}id", "PrimaryNameAttribute": spec["primary_name"],
        "ObjectTypeCode": spec["otc"], "OwnershipType": spec["ownership"],
        "IsActivity": False, "IsCustomEntity": False, "IsManaged": True,
        "TableType": "Standard", "IsActivityParty": False,
        "DisplayName": label(display), "DisplayCollectionName": label(plural_display),
        "Description": label(spec["description"]),
    }
    attrs = [column(t, f"{t}id", "Uniqueidentifier", display,
                    {"req": "SystemRequired", "primary_id": True, "update": False})]
    for logical, atype, text, facts in spec["columns"]:
        attrs.append(column(t, logical, atype, text, facts))
    if spec.get("states"):
        attrs += _state_columns(t, spec["states"], spec["statuses"])
    for logical, atype, text, facts in _system_columns(spec):
        attrs.append(column(t, logical, atype, text, facts))
    doc["Attributes"] = attrs
    doc["ManyToOneRelationships"] = _many_to_one(spec)
    doc["OneToManyRelationships"] = []
    doc["Keys"] = []
    return doc


def expand_all(specs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Every spec expanded, each table's one-to-many side filled from the others' lookups
    to it (so ``$expand`` of a collection works both ways among these tables)."""
    docs = {s["logical"]: expand(s) for s in specs}
    for doc in docs.values():
        for rel in doc["ManyToOneRelationships"]:
            parent = docs.get(rel["ReferencedEntity"])
            if parent is not None and rel["ReferencingAttribute"] not in (
                    "createdby", "modifiedby", "ownerid", "owninguser",
                    "owningbusinessunit"):
                parent["OneToManyRelationships"].append(dict(rel))
    return docs


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def write_all(data_dir: Path = DATA_DIR) -> list[Path]:
    """(Re)write the JSON file of every spec in :mod:`dataverse_emulator.sales_tables`."""
    from .sales_tables import SPECS

    out = []
    for name, doc in expand_all(SPECS).items():
        path = data_dir / f"{name}.json"
        path.write_text(render(doc), encoding="utf-8")
        out.append(path)
    return out


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    for p in write_all():
        print(p)
