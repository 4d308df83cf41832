"""Table definitions: loaded from ``data/tables/<logicalname>.json`` plus custom columns/keys.

The JSON files have the shape of ``EntityDefinitions(LogicalName='x')?$expand=Attributes,
ManyToOneRelationships,Keys`` so the metadata endpoints can serve them almost verbatim and the
record layer validates payloads against exactly what a client can read.
"""

from __future__ import annotations

import copy
import json
import uuid
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data" / "tables"
METADATA_NS = uuid.UUID("7f1b0c36-5a59-4f6e-9d0e-1c1d2e3f4a5b")

LOOKUP_TYPES = {"Lookup", "Customer", "Owner"}
OPTION_TYPES = {"Picklist", "State", "Status"}
STRING_TYPES = {"String", "Memo"}
NUMBER_TYPES = {"Integer", "BigInt", "Decimal", "Double", "Money"}
KEYABLE_TYPES = {"String", "Integer", "Decimal", "DateTime", "Lookup", "Customer", "Owner",
                 "Picklist", "BigInt"}

ATTRIBUTE_ODATA_TYPES = {
    "StringAttributeMetadata": "String", "MemoAttributeMetadata": "Memo",
    "IntegerAttributeMetadata": "Integer", "DecimalAttributeMetadata": "Decimal",
    "DoubleAttributeMetadata": "Double", "MoneyAttributeMetadata": "Money",
    "DateTimeAttributeMetadata": "DateTime", "BooleanAttributeMetadata": "Boolean",
    "PicklistAttributeMetadata": "Picklist", "BigIntAttributeMetadata": "BigInt",
    "MultiSelectPicklistAttributeMetadata": "Virtual",
}


def label(text: str) -> dict[str, Any]:
    return {"LocalizedLabels": [{"Label": text, "LanguageCode": 1033}],
            "UserLocalizedLabel": {"Label": text, "LanguageCode": 1033}}


def label_text(value: Any) -> str | None:
    if not isinstance(value, dict):
        return None
    user = value.get("UserLocalizedLabel")
    if isinstance(user, dict) and user.get("Label") is not None:
        return str(user["Label"])
    for item in value.get("LocalizedLabels") or []:
        if isinstance(item, dict) and item.get("Label") is not None:
            return str(item["Label"])
    return None


def managed_flag(value: bool, logical: str) -> dict[str, Any]:
    """A BooleanManagedProperty as EntityDefinitions serve it (``CanCreateAttributes``...)."""
    return {"Value": value, "CanBeChanged": False, "ManagedPropertyLogicalName": logical}


def metadata_id(*parts: str) -> str:
    return str(uuid.uuid5(METADATA_NS, "/".join(parts)))


@dataclass
class Attribute:
    """One column, with the facts validation needs pulled out of its metadata."""

    logical: str
    type: str
    raw: dict[str, Any]
    custom: bool = False

    @cached_property
    def max_length(self) -> int | None:
        return self.raw.get("MaxLength")

    @cached_property
    def min_value(self) -> float | None:
        return self.raw.get("MinValue")

    @cached_property
    def max_value(self) -> float | None:
        return self.raw.get("MaxValue")

    @cached_property
    def targets(self) -> list[str]:
        return list(self.raw.get("Targets") or [])

    @cached_property
    def valid_for_create(self) -> bool:
        return bool(self.raw.get("IsValidForCreate", True))

    @cached_property
    def valid_for_update(self) -> bool:
        return bool(self.raw.get("IsValidForUpdate", True))

    @cached_property
    def required(self) -> str:
        return (self.raw.get("RequiredLevel") or {}).get("Value", "None")

    @cached_property
    def is_multiselect(self) -> bool:
        return "MultiSelectPicklist" in str(self.raw.get("@odata.type", ""))

    @cached_property
    def date_only(self) -> bool:
        return (self.raw.get("DateTimeBehavior") or {}).get("Value") == "DateOnly"

    @cached_property
    def options(self) -> dict[int, str]:
        opts = (self.raw.get("OptionSet") or {}).get("Options") or []
        return {int(o["Value"]): label_text(o.get("Label")) or str(o["Value"]) for o in opts}

    @cached_property
    def _status_state(self) -> dict[int, int]:
        opts = (self.raw.get("OptionSet") or {}).get("Options") or []
        return {int(o["Value"]): int(o.get("State", 0)) for o in opts}

    def status_state(self) -> dict[int, int]:
        return self._status_state

    @cached_property
    def _state_default(self) -> dict[int, int]:
        opts = (self.raw.get("OptionSet") or {}).get("Options") or []
        return {int(o["Value"]): int(o.get("DefaultStatus", 1)) for o in opts}

    def state_default_status(self) -> dict[int, int]:
        return self._state_default

    def boolean_labels(self) -> tuple[str, str]:
        os_ = self.raw.get("OptionSet") or {}
        return (label_text((os_.get("TrueOption") or {}).get("Label")) or "Yes",
                label_text((os_.get("FalseOption") or {}).get("Label")) or "No")

    @property
    def selectable_name(self) -> str:
        return f"_{self.logical}_value" if self.type in LOOKUP_TYPES else self.logical


@dataclass
class Navigation:
    """A single-valued navigation property: ``parentcustomerid_account`` -> (attr, target)."""

    name: str
    attribute: str
    target: str


@dataclass
class EntityKey:
    logical: str
    schema: str
    columns: list[str]
    raw: dict[str, Any]


@dataclass
class Table:
    logical: str
    raw: dict[str, Any]
    attributes: dict[str, Attribute] = field(default_factory=dict)
    navigations: dict[str, Navigation] = field(default_factory=dict)
    collections: dict[str, tuple[str, str]] = field(default_factory=dict)
    keys: dict[str, EntityKey] = field(default_factory=dict)

    @property
    def entity_set(self) -> str:
        return self.raw["EntitySetName"]

    @property
    def primary_id(self) -> str:
        return self.raw["PrimaryIdAttribute"]

    @property
    def primary_name(self) -> str | None:
        return self.raw.get("PrimaryNameAttribute")

    @property
    def metadata_id(self) -> str:
        return self.raw["MetadataId"]

    @property
    def is_activity(self) -> bool:
        return bool(self.raw.get("IsActivity"))

    @property
    def can_create_attributes(self) -> bool:
        return bool((self.raw.get("CanCreateAttributes") or {"Value": True}).get("Value"))

    def by_selectable(self, name: str) -> Attribute | None:
        """Resolve a $select/$filter name: ``name`` or ``_lookup_value``."""
        if name.startswith("_") and name.endswith("_value"):
            attr = self.attributes.get(name[1:-6])
            return attr if attr and attr.type in LOOKUP_TYPES else None
        attr = self.attributes.get(name)
        if attr is None or attr.type in LOOKUP_TYPES or attr.type in ("PartyList",):
            return None
        return attr

    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def copy(self) -> Table:
        """A copy to add columns or keys to: its own attribute, navigation, collection and
        key maps, sharing the definitions, which nothing changes once built (a deep copy of
        the ~50 built-in tables cost 0.2 s per custom column an org created)."""
        return Table(self.logical, self.raw, dict(self.attributes), dict(self.navigations),
                     dict(self.collections), dict(self.keys))

    def add_attribute(self, raw: dict[str, Any], custom: bool = False) -> Attribute:
        attr = Attribute(raw["LogicalName"], raw["AttributeType"], raw, custom)
        self.attributes[attr.logical] = attr
        self._cache.clear()
        return attr

    def boolean_defaults(self) -> list[tuple[str, bool]]:
        """Two-option columns a create fills with their default (as the real org does)."""
        if "bools" not in self._cache:
            self._cache["bools"] = [
                (a.logical, bool(a.raw["DefaultValue"])) for a in self.attributes.values()
                if a.type == "Boolean" and "DefaultValue" in a.raw]
        return self._cache["bools"]

    def required_on_create(self) -> list[Attribute]:
        """SystemRequired columns the caller must supply (the platform fills the rest)."""
        if "required" not in self._cache:
            skip = {self.primary_id, "ownerid", "statecode", "statuscode"}
            self._cache["required"] = [
                a for a in self.attributes.values()
                if a.required == "SystemRequired" and a.valid_for_create
                and a.logical not in skip and not a.raw.get("AutoNumberFormat")]
        return self._cache["required"]

    def auto_numbers(self) -> list[tuple[str, str]]:
        """Columns the platform numbers when a create leaves them out (a quote's
        ``quotenumber``): (column, ``AutoNumberFormat``)."""
        if "auto" not in self._cache:
            self._cache["auto"] = [(a.logical, str(a.raw["AutoNumberFormat"]))
                                   for a in self.attributes.values()
                                   if a.raw.get("AutoNumberFormat")]
        return self._cache["auto"]

    def required_defaults(self) -> list[tuple[str, int]]:
        """System-required choices the platform fills with their default when a create
        leaves them out (a product's ``productstructure``: 1 Product)."""
        if "required_defaults" not in self._cache:
            self._cache["required_defaults"] = [
                (a.logical, int(a.raw["DefaultFormValue"])) for a in self.attributes.values()
                if a.type == "Picklist" and a.required == "SystemRequired"
                and a.raw.get("DefaultFormValue") not in (None, -1)]
        return self._cache["required_defaults"]

    def definition(self) -> dict[str, Any]:
        """The full EntityDefinition document (Attributes with custom columns, Keys)."""
        doc = {k: v for k, v in self.raw.items() if not k.startswith("@")}
        doc.setdefault("CanCreateAttributes", managed_flag(True, "cancreateattributes"))
        doc["Attributes"] = [a.raw for a in self.attributes.values()]
        doc["Keys"] = [k.raw for k in self.keys.values()]
        return doc


class Catalog:
    """All tables known to the emulator, by logical name and by entity set name."""

    def __init__(self, tables: dict[str, Table]) -> None:
        self.tables = tables
        self.by_set = {t.entity_set: t for t in tables.values()}
        self.by_metadata_id = {t.metadata_id.lower(): t for t in tables.values()}

    @classmethod
    def load_builtin(cls, data_dir: Path = DATA_DIR) -> Catalog:
        """The built-in tables, built once a process (an app is created for every client a
        run opens). Shared: never changed in place; :meth:`writable` copies a table first."""
        return cls(dict(_builtin_tables(str(data_dir))))

    def copy(self) -> Catalog:
        """A catalog of the same tables, to add custom tables, columns and keys to: each
        table is copied when it is first changed (:meth:`writable`), not before."""
        return Catalog(dict(self.tables))

    def writable(self, name: str) -> Table:
        """Table ``name`` of this catalog, made this catalog's own copy to change."""
        table = self.tables[name].copy()
        self.tables[name] = table
        self.by_set[table.entity_set] = table
        self.by_metadata_id[table.metadata_id.lower()] = table
        return table

    def without(self, names: frozenset[str] | set[str]) -> Catalog:
        """The catalog of an org that lacks ``names`` (and the tables that come with them):
        their lookups, navigations and relationships on the other tables go too."""
        gone = set(names)
        for name in list(gone):
            gone |= TABLES_THAT_COME_WITH.get(name, set())
        if not gone & set(self.tables):
            return self
        tables: dict[str, Table] = {}
        for name, t in self.tables.items():
            if name in gone:
                continue
            t = copy.deepcopy(t)
            for key in ("ManyToOneRelationships", "OneToManyRelationships"):
                rels = t.raw.get(key) or []
                t.raw[key] = [r for r in rels if r.get("ReferencedEntity") not in gone
                              and r.get("ReferencingEntity") not in gone]
            t.navigations = {k: n for k, n in t.navigations.items() if n.target not in gone}
            t.collections = {k: c for k, c in t.collections.items() if c[0] not in gone}
            for attr in t.attributes.values():
                if attr.raw.get("Targets"):
                    attr.raw["Targets"] = [x for x in attr.raw["Targets"] if x not in gone]
                    attr.__dict__.pop("targets", None)
            tables[name] = t
        return Catalog(tables)


# Tables an org has only together with another (a case resolution needs the Case table).
TABLES_THAT_COME_WITH = {"incident": {"incidentresolution"},
                         "quote": {"quotedetail"}, "salesorder": {"salesorderdetail"},
                         "uomschedule": {"uom"}, "pricelevel": {"productpricelevel"},
                         "product": {"productpricelevel"}}


@lru_cache(maxsize=4)
def _builtin_tables(data_dir: str) -> dict[str, Table]:
    """The built-in tables of ``data_dir``, built once a process; callers copy the mapping
    and never change a table in place (``Catalog.writable``)."""
    tables: dict[str, Table] = {}
    for raw in _read_tables(data_dir):
        raw = copy.deepcopy(raw)
        tables[raw["LogicalName"]] = _build_table(raw)
    for t in tables.values():
        for rel in t.raw.get("OneToManyRelationships") or []:
            nav = rel.get("ReferencedEntityNavigationPropertyName")
            if nav:
                t.collections[nav] = (rel["ReferencingEntity"], rel["ReferencingAttribute"])
    return tables


@lru_cache(maxsize=4)
def _read_tables(data_dir: str) -> tuple[dict[str, Any], ...]:
    """The data files, parsed once per process (apps are often created many times)."""
    return tuple(json.loads(p.read_text(encoding="utf-8"))
                 for p in sorted(Path(data_dir).glob("*.json")))


def _build_table(raw: dict[str, Any]) -> Table:
    raw = dict(raw)
    attrs = raw.pop("Attributes", [])
    rels = raw.get("ManyToOneRelationships") or []
    keys = raw.pop("Keys", []) or []
    table = Table(raw["LogicalName"], raw)
    for a in attrs:
        table.add_attribute(a)
    for rel in rels:
        nav = rel.get("ReferencingEntityNavigationPropertyName")
        attr = rel.get("ReferencingAttribute")
        if not nav or attr not in table.attributes:
            continue
        target = rel["ReferencedEntity"]
        if target == "owner":
            target = "systemuser"
        table.navigations[nav] = Navigation(nav, attr, target)
    for k in keys:
        table.keys[k["LogicalName"]] = EntityKey(k["LogicalName"], k["SchemaName"],
                                                 list(k["KeyAttributes"]), k)
    return table


def build_custom_attribute(table: Table, body: dict[str, Any]) -> dict[str, Any]:
    """Turn a POSTed AttributeMetadata body into the stored/served metadata document."""
    from .exceptions import MetadataError

    odata_type = str(body.get("@odata.type", "")).rsplit(".", 1)[-1].lstrip("#")
    if odata_type.startswith("Complex"):  # CreateEntities sends Complex*AttributeMetadata
        odata_type = odata_type[len("Complex"):]
    if odata_type not in ATTRIBUTE_ODATA_TYPES:
        raise MetadataError(f"The attribute type '{body.get('@odata.type')}' is not supported.")
    schema = body.get("SchemaName")
    if not isinstance(schema, str) or "_" not in schema.strip("_"):
        raise MetadataError(
            f"Attribute SchemaName '{schema}' must start with a valid customization prefix "
            "(for example new_SourceId).")
    logical = str(body.get("LogicalName") or schema).lower()
    attr_type = ATTRIBUTE_ODATA_TYPES[odata_type]
    raw: dict[str, Any] = {
        "@odata.type": f"#Microsoft.Dynamics.CRM.{odata_type}",
        "MetadataId": metadata_id(table.logical, "custom", logical),
        "LogicalName": logical, "SchemaName": schema, "EntityLogicalName": table.logical,
        "AttributeType": attr_type,
        "AttributeTypeName": {"Value": "MultiSelectPicklistType" if odata_type.startswith(
            "MultiSelect") else f"{attr_type}Type"},
        "DisplayName": body.get("DisplayName") or label(schema),
        "Description": body.get("Description") or label(""),
        "RequiredLevel": {"Value": (body.get("RequiredLevel") or {}).get("Value", "None"),
                          "CanBeChanged": True,
                          "ManagedPropertyLogicalName": "canmodifyrequirementlevelsettings"},
        "IsCustomAttribute": True, "IsPrimaryId": False, "IsPrimaryName": False,
        "IsValidForRead": True, "IsValidForCreate": True, "IsValidForUpdate": True,
    }
    if attr_type in STRING_TYPES:
        default = 100 if attr_type == "String" else 2000
        raw["MaxLength"] = int(body.get("MaxLength") or default)
        raw["FormatName"] = body.get("FormatName") or {"Value": "Text"}
        if not 1 <= raw["MaxLength"] <= (4000 if attr_type == "String" else 1048576):
            raise MetadataError(f"MaxLength {raw['MaxLength']} is out of range.")
    elif attr_type == "Integer":
        raw["MinValue"] = int(body.get("MinValue", -2147483648))
        raw["MaxValue"] = int(body.get("MaxValue", 2147483647))
        raw["Format"] = body.get("Format", "None")
    elif attr_type in ("Decimal", "Double", "Money"):
        defaults = {"Decimal": (-100000000000, 100000000000),
                    "Double": (-100000000000, 100000000000),
                    "Money": (-922337203685477, 922337203685477)}[attr_type]
        raw["MinValue"] = body.get("MinValue", defaults[0])
        raw["MaxValue"] = body.get("MaxValue", defaults[1])
        raw["Precision"] = int(body.get("Precision", 2))
        if attr_type == "Money":
            raw["PrecisionSource"] = body.get("PrecisionSource", 2)
    elif attr_type == "DateTime":
        fmt = body.get("Format") or "DateAndTime"
        behavior = (body.get("DateTimeBehavior") or {}).get("Value") or "UserLocal"
        raw["Format"] = fmt
        raw["DateTimeBehavior"] = {"Value": behavior}
    elif attr_type == "Boolean":
        os_ = body.get("OptionSet") or {}
        raw["OptionSet"] = {
            "OptionSetType": "Boolean", "IsGlobal": False,
            "TrueOption": os_.get("TrueOption") or {"Value": 1, "Label": label("Yes")},
            "FalseOption": os_.get("FalseOption") or {"Value": 0, "Label": label("No")},
        }
        raw["DefaultValue"] = bool(body.get("DefaultValue", False))
    elif attr_type in ("Picklist", "Virtual"):
        os_ = body.get("OptionSet") or {}
        if not os_ and body.get("GlobalOptionSet@odata.bind"):
            raise MetadataError("Global option sets are not supported by the emulator; "
                                "define a local OptionSet.")
        options = []
        for i, o in enumerate(os_.get("Options") or []):
            value = o.get("Value")
            if value is None:
                value = 100000000 + i
            options.append({"Value": int(value), "Label": o.get("Label") or label(str(value))})
        if not options:
            raise MetadataError("A choice column needs at least one option.")
        raw["OptionSet"] = {"Name": os_.get("Name") or f"{table.logical}_{logical}",
                            "IsGlobal": False,
                            "OptionSetType": "Picklist", "Options": options}
        raw["DefaultFormValue"] = body.get("DefaultFormValue", -1)
        if attr_type == "Virtual":
            raw["AttributeType"] = "Virtual"
    return raw


def build_key(table: Table, body: dict[str, Any]) -> dict[str, Any]:
    """Validate and shape a POSTed EntityKeyMetadata body."""
    from .exceptions import MetadataError

    schema = body.get("SchemaName")
    cols = body.get("KeyAttributes")
    if not isinstance(schema, str) or not schema:
        raise MetadataError("An entity key needs a SchemaName.")
    if not isinstance(cols, list) or not cols:
        raise MetadataError("An entity key needs KeyAttributes.")
    if len(cols) > 16:
        raise MetadataError("An entity key can have at most 16 attributes.")
    if len(table.keys) >= 10:
        raise MetadataError(f"The entity {table.logical} already has the maximum of 10 keys.")
    logical = schema.lower()
    if logical in table.keys:
        raise MetadataError(f"An entity key with the name {schema} already exists.")
    for c in cols:
        attr = table.attributes.get(str(c).lower())
        if attr is None:
            raise MetadataError(f"Attribute {c} does not exist on entity {table.logical}.")
        if attr.type not in KEYABLE_TYPES:
            raise MetadataError(f"Attribute {c} of type {attr.type} cannot be part of a key.")
    return {
        "MetadataId": metadata_id(table.logical, "key", logical),
        "LogicalName": logical, "SchemaName": schema, "EntityLogicalName": table.logical,
        "KeyAttributes": [str(c).lower() for c in cols],
        "DisplayName": body.get("DisplayName") or label(schema),
        "EntityKeyIndexStatus": "Active", "IsCustomizable": {"Value": True},
        "IsManaged": False,
    }


def plural(name: str) -> str:
    """English plural the platform gives a new table's entity set (new_category -> ...ies)."""
    if name.endswith("y") and len(name) > 1 and name[-2] not in "aeiou":
        return name[:-1] + "ies"
    if name.endswith(("s", "x", "z", "ch", "sh")):
        return name + "es"
    return name + "s"


def _system_column(table: str, logical: str, attr_type: str, odata: str,
                   **extra: Any) -> dict[str, Any]:
    raw = {"@odata.type": f"#Microsoft.Dynamics.CRM.{odata}",
           "MetadataId": metadata_id(table, logical), "LogicalName": logical,
           "SchemaName": "".join(p[:1].upper() + p[1:] for p in logical.split("_")),
           "EntityLogicalName": table, "AttributeType": attr_type,
           "AttributeTypeName": {"Value": f"{attr_type}Type"},
           "DisplayName": label(logical), "RequiredLevel": {"Value": "None"},
           "IsCustomAttribute": False, "IsPrimaryId": False, "IsPrimaryName": False,
           "IsValidForRead": True, "IsValidForCreate": False, "IsValidForUpdate": False}
    raw.update(extra)
    return raw


def build_custom_table(body: dict[str, Any]) -> dict[str, Any]:
    """Shape a POSTed EntityMetadata (or CreateEntities item) into a table definition."""
    from .exceptions import MetadataError

    schema = body.get("SchemaName")
    if not isinstance(schema, str) or "_" not in schema.strip("_"):
        raise MetadataError(f"Table SchemaName '{schema}' must start with a valid "
                            "customization prefix (for example new_Widget).")
    logical = schema.lower()
    attrs_in = list(body.get("Attributes") or [])
    primary = [a for a in attrs_in if a.get("IsPrimaryName")]
    if len(primary) != 1:
        raise MetadataError("A new table needs exactly one primary name column "
                            "(a StringAttributeMetadata with IsPrimaryName true).")
    raw: dict[str, Any] = {
        "MetadataId": metadata_id("customtable", logical), "LogicalName": logical,
        "SchemaName": schema, "EntitySetName": plural(logical),
        "LogicalCollectionName": plural(logical), "CollectionSchemaName": plural(schema),
        "PrimaryIdAttribute": f"{logical}id",
        "PrimaryNameAttribute": str(primary[0].get("SchemaName", "")).lower(),
        "ObjectTypeCode": 10000 + int(uuid.UUID(metadata_id("otc", logical)).int % 90000),
        "OwnershipType": body.get("OwnershipType", "UserOwned"),
        "IsActivity": False, "IsCustomEntity": True, "IsManaged": False,
        "TableType": body.get("TableType", "Standard"),
        "HasNotes": bool(body.get("HasNotes", False)),
        "HasActivities": bool(body.get("HasActivities", False)),
        "DisplayName": body.get("DisplayName") or label(schema),
        "DisplayCollectionName": body.get("DisplayCollectionName") or label(plural(schema)),
        "Description": body.get("Description") or label(""),
        "ManyToOneRelationships": [], "OneToManyRelationships": [],
    }
    t = Table(logical, raw)
    attributes = [
        _system_column(logical, f"{logical}id", "Uniqueidentifier",
                       "UniqueIdentifierAttributeMetadata", IsPrimaryId=True,
                       IsValidForCreate=True, RequiredLevel={"Value": "SystemRequired"}),
        _system_column(logical, "createdon", "DateTime", "DateTimeAttributeMetadata",
                       Format="DateAndTime", DateTimeBehavior={"Value": "UserLocal"}),
        _system_column(logical, "modifiedon", "DateTime", "DateTimeAttributeMetadata",
                       Format="DateAndTime", DateTimeBehavior={"Value": "UserLocal"}),
        _system_column(logical, "overriddencreatedon", "DateTime", "DateTimeAttributeMetadata",
                       Format="DateOnly", DateTimeBehavior={"Value": "UserLocal"},
                       IsValidForCreate=True),
        _system_column(logical, "importsequencenumber", "Integer", "IntegerAttributeMetadata",
                       IsValidForCreate=True, MinValue=-2147483648, MaxValue=2147483647),
        _system_column(logical, "versionnumber", "BigInt", "BigIntAttributeMetadata"),
        _system_column(logical, "ownerid", "Owner", "LookupAttributeMetadata",
                       Targets=["systemuser", "team"], IsValidForCreate=True,
                       IsValidForUpdate=True, RequiredLevel={"Value": "SystemRequired"}),
        _system_column(logical, "owninguser", "Lookup", "LookupAttributeMetadata",
                       Targets=["systemuser"]),
        _system_column(logical, "owningbusinessunit", "Lookup", "LookupAttributeMetadata",
                       Targets=["businessunit"]),
        _system_column(logical, "createdby", "Lookup", "LookupAttributeMetadata",
                       Targets=["systemuser"]),
        _system_column(logical, "modifiedby", "Lookup", "LookupAttributeMetadata",
                       Targets=["systemuser"]),
        _system_column(logical, "statecode", "State", "StateAttributeMetadata",
                       IsValidForCreate=True, IsValidForUpdate=True,
                       OptionSet={"OptionSetType": "State", "Options": [
                           {"Value": 0, "Label": label("Active"), "DefaultStatus": 1},
                           {"Value": 1, "Label": label("Inactive"), "DefaultStatus": 2}]}),
        _system_column(logical, "statuscode", "Status", "StatusAttributeMetadata",
                       IsValidForCreate=True, IsValidForUpdate=True,
                       OptionSet={"OptionSetType": "Status", "Options": [
                           {"Value": 1, "Label": label("Active"), "State": 0},
                           {"Value": 2, "Label": label("Inactive"), "State": 1}]}),
    ]
    for a in attrs_in:
        built = build_custom_attribute(t, a)
        if a.get("IsPrimaryName"):
            built["IsPrimaryName"] = True
            built["RequiredLevel"] = {"Value": (a.get("RequiredLevel") or {}).get(
                "Value", "ApplicationRequired")}
        attributes.append(built)
    raw["Attributes"] = attributes
    for attr, target in (("ownerid", "owner"), ("createdby", "systemuser"),
                         ("modifiedby", "systemuser"), ("owninguser", "systemuser"),
                         ("owningbusinessunit", "businessunit")):
        rel = f"{attr}_{logical}" if attr != "ownerid" else f"owner_{plural(logical)}"
        raw["ManyToOneRelationships"].append({
            "MetadataId": metadata_id(logical, "rel", rel), "SchemaName": rel,
            "ReferencedEntity": target, "ReferencedAttribute": f"{target}id",
            "ReferencingEntity": logical, "ReferencingAttribute": attr,
            "ReferencingEntityNavigationPropertyName": attr,
            "ReferencedEntityNavigationPropertyName": rel,
            "RelationshipType": "OneToManyRelationship", "IsCustomRelationship": False})
    return raw


def table_from_definition(raw: dict[str, Any]) -> Table:
    return _build_table(copy.deepcopy(raw))
