"""Reading Dataverse table metadata (``EntityDefinitions``), in one place.

A table definition arrives in several shapes: the Web API's answer (``{"value": [...]}`` or the
entity itself, sometimes with relationships but no ``Attributes``), or a file from
``dataverse_emulator/data/tables``. Everything that reads one (the suggestion engine, the map
proposal, the map editor, preflight) asks this module for labels, attribute types, option
labels, columns and navigation properties rather than walking the JSON itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["LOOKUP_TYPES", "CHOICE_TYPES", "unwrap", "label", "attribute_type",
           "option_labels", "option_values", "options", "attributes", "navigation", "make_label",
           "navigations", "required_level"]

LOOKUP_TYPES = {"Lookup", "Customer", "Owner"}
CHOICE_TYPES = {"Picklist", "Status", "State"}

_ODATA_TYPES = {
    "String": "String", "Memo": "Memo", "Integer": "Integer", "BigInt": "BigInt",
    "Decimal": "Decimal", "Double": "Double", "Money": "Money", "DateTime": "DateTime",
    "Boolean": "Boolean", "Picklist": "Picklist", "MultiSelectPicklist": "MultiSelectPicklist",
    "State": "State", "Status": "Status", "Lookup": "Lookup", "UniqueIdentifier":
    "Uniqueidentifier", "EntityName": "EntityName", "Image": "Image", "File": "File",
    "ManagedProperty": "ManagedProperty",
}


def unwrap(table_def: Mapping[str, Any]) -> dict[str, Any]:
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


def label(obj: Mapping[str, Any] | None) -> str:
    """The text of a ``Label`` (``DisplayName``, an option's ``Label``): the user's language,
    else English (1033), else the first one; ``""`` when there is none."""
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


def make_label(text: str, language: int = 1033) -> dict[str, Any]:
    """A ``Label`` as the metadata API takes it when a column, key or option is created."""
    return {"@odata.type": "Microsoft.Dynamics.CRM.Label",
            "LocalizedLabels": [{"@odata.type": "Microsoft.Dynamics.CRM.LocalizedLabel",
                                 "Label": text, "LanguageCode": language}]}


def attribute_type(attr: Mapping[str, Any]) -> str:
    """``AttributeType``, with multi-select choices (``Virtual`` on the wire) named as such;
    from the ``@odata.type`` when the type is not given; ``String`` when nothing says."""
    name = attr.get("AttributeTypeName")
    if (isinstance(name, Mapping) and name.get("Value") == "MultiSelectPicklistType") or \
            attr.get("AttributeType") == "MultiSelectPicklist":
        return "MultiSelectPicklist"
    if attr.get("AttributeType"):
        return str(attr["AttributeType"])
    odata = str(attr.get("@odata.type") or "")
    m = re.search(r"(\w+)AttributeMetadata$", odata)
    if m:
        return _ODATA_TYPES.get(m.group(1), m.group(1))
    return "String"


def _option_set(attr: Mapping[str, Any]) -> Mapping[str, Any]:
    opts = attr.get("OptionSet") or attr.get("GlobalOptionSet") or {}
    return opts if isinstance(opts, Mapping) else {}


def options(attr: Mapping[str, Any]) -> list[tuple[int, str]]:
    """(value, label) of each option of a choice column, in the order the org lists them;
    a yes/no column's two options last."""
    opts = _option_set(attr)
    out = [(int(o["Value"]), label(o.get("Label"))) for o in (opts.get("Options") or [])
           if o.get("Value") is not None]
    for key in ("TrueOption", "FalseOption"):
        o = opts.get(key)
        if isinstance(o, Mapping) and o.get("Value") is not None:
            out.append((int(o["Value"]), label(o.get("Label"))))
    return out


def option_labels(attr: Mapping[str, Any]) -> dict[str, int]:
    """Each option's label (trimmed, lower case) -> its value."""
    return {text.strip().lower(): value for value, text in options(attr) if text}


def option_values(attr: Mapping[str, Any]) -> set[int]:
    return {value for value, _ in options(attr)}


def attributes(table_def: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The table's columns by logical name, as the definition lists them."""
    td = unwrap(table_def)
    return {str(a["LogicalName"]): dict(a) for a in td.get("Attributes") or []
            if isinstance(a, Mapping) and a.get("LogicalName")}


def navigations(table_def: Mapping[str, Any]) -> set[str]:
    """Every single-valued navigation property of the table's many-to-one relationships."""
    td = unwrap(table_def)
    return {str(r.get("ReferencingEntityNavigationPropertyName"))
            for r in td.get("ManyToOneRelationships") or []
            if r.get("ReferencingEntityNavigationPropertyName")}


def navigation(table_def: Mapping[str, Any], column: str, target: str) -> str | None:
    """The navigation property a lookup ``column`` binds to a ``target`` table record with
    (``parentcustomerid`` -> ``parentcustomerid_account``), or None."""
    td = unwrap(table_def)
    for rel in td.get("ManyToOneRelationships") or []:
        if rel.get("ReferencingAttribute") == column and rel.get("ReferencedEntity") == target:
            nav = rel.get("ReferencingEntityNavigationPropertyName")
            return str(nav) if nav else None
    return None


def required_level(attr: Mapping[str, Any]) -> str | None:
    """``None``, ``ApplicationRequired``, ``SystemRequired``... (either wire shape)."""
    req = attr.get("RequiredLevel")
    return req.get("Value") if isinstance(req, Mapping) else req
