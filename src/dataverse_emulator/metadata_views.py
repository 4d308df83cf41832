"""Metadata views: the ``$metadata`` CSDL document and the ``EntityDefinitions`` endpoints
(read table/column/key definitions, create columns and keys)."""

from __future__ import annotations

from typing import Any

from werkzeug.wrappers import Request, Response

from . import exceptions as ex
from .metadata import LOOKUP_TYPES, Attribute, Catalog, Table
from .models import Backend
from .odata import GUID_RE, evaluate, parse_expand, parse_filter, parse_key, parse_select
from .wire import Wire, base_url, read_body

CAST_PREFIX = "Microsoft.Dynamics.CRM."


def _project(doc: dict[str, Any], select: list[str] | None,
             always: tuple[str, ...] = ("MetadataId",)) -> dict[str, Any]:
    if not select:
        return dict(doc)
    out = {k: doc[k] for k in always if k in doc}
    if "@odata.type" in doc:
        out["@odata.type"] = doc["@odata.type"]
    for name in select:
        if name in doc:
            out[name] = doc[name]
    return out


def _filtered(docs: list[dict[str, Any]], text: str | None) -> list[dict[str, Any]]:
    if not text:
        return docs
    node = parse_filter(text)
    return [d for d in docs if evaluate(node, lambda name, d=d: _getter(d, name))]


def _getter(doc: dict[str, Any], name: str) -> Any:
    value: Any = doc
    for part in name.split("/"):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    if isinstance(value, dict) and "Value" in value:
        return value["Value"]
    return value


def csdl_document(catalog: Catalog) -> str:
    """A small CSDL document: entity types with their structural properties."""
    edm = {"String": "Edm.String", "Memo": "Edm.String", "Integer": "Edm.Int32",
           "BigInt": "Edm.Int64", "Decimal": "Edm.Decimal", "Money": "Edm.Decimal",
           "Double": "Edm.Double", "DateTime": "Edm.DateTimeOffset",
           "Boolean": "Edm.Boolean", "Picklist": "Edm.Int32", "State": "Edm.Int32",
           "Status": "Edm.Int32", "Uniqueidentifier": "Edm.Guid", "Virtual": "Edm.String",
           "EntityName": "Edm.String"}
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">',
           '<edmx:DataServices><Schema Namespace="Microsoft.Dynamics.CRM" '
           'Alias="mscrm" xmlns="http://docs.oasis-open.org/odata/ns/edm">']
    for t in catalog.tables.values():
        out.append(f'<EntityType Name="{t.logical}"><Key><PropertyRef '
                   f'Name="{t.primary_id}"/></Key>')
        for a in t.attributes.values():
            if a.type in LOOKUP_TYPES:
                out.append(f'<Property Name="_{a.logical}_value" Type="Edm.Guid"/>')
            elif a.type in edm:
                out.append(f'<Property Name="{a.logical}" Type="{edm[a.type]}"/>')
        for nav in t.navigations.values():
            out.append(f'<NavigationProperty Name="{nav.name}" '
                       f'Type="mscrm.{nav.target}"/>')
        out.append("</EntityType>")
    out.append('<EntityContainer Name="System">')
    for t in catalog.tables.values():
        out.append(f'<EntitySet Name="{t.entity_set}" EntityType="mscrm.{t.logical}"/>')
    out.append("</EntityContainer></Schema></edmx:DataServices></edmx:Edmx>")
    return "".join(out)


class MetadataViews:
    """One request against ``EntityDefinitions``."""

    def __init__(self, backend: Backend, wire: Wire, request: Request) -> None:
        self.backend = backend
        self.wire = wire
        self.request = request
        self.base = base_url(request)

    def handle(self, segs: list[tuple[str, str | None]]) -> Response:
        method = self.request.method
        _, key = segs[0]
        if key is None:
            if len(segs) == 1 and method == "GET":
                return self._list()
            if len(segs) == 1 and method == "POST":
                mid = self.backend.create_table(read_body(self.request))
                return self.wire.empty(204, {"OData-EntityId":
                                            f"{self.base}EntityDefinitions({mid})"})
            raise ex.MethodNotAllowed(method, "EntityDefinitions")
        table = self._table(key)
        if len(segs) == 1:
            if method == "GET":
                return self._one(table)
            if method == "DELETE":
                self.backend.delete_table(table.logical)
                return self.wire.empty()
            raise ex.MethodNotAllowed(method, "EntityDefinitions")
        name, sub_key = segs[1]
        rest = segs[2:]
        if name == "Attributes":
            return self._attributes(table, sub_key, rest)
        if name == "Keys":
            return self._keys(table, sub_key)
        if name in ("ManyToOneRelationships", "OneToManyRelationships",
                    "ManyToManyRelationships") and method == "GET":
            docs = list(table.raw.get(name) or [])
            docs = _filtered(docs, self.request.args.get("$filter"))
            select = parse_select(self.request.args.get("$select"))
            return self.wire.json({"value": [_project(d, select) for d in docs]})
        raise ex.ResourceNotFound(name)

    def _table(self, key_text: str) -> Table:
        catalog = self.backend.catalog
        text = key_text.strip()
        if GUID_RE.match(text):
            table = catalog.by_metadata_id.get(text.lower())
            if table is None:
                raise ex.ObjectDoesNotExist("EntityMetadata", text)
            return table
        key = parse_key(text)
        if isinstance(key, dict) and "LogicalName" in key:
            name = str(key["LogicalName"])
        elif isinstance(key, str):
            name = key
        else:
            raise ex.QueryError(f"Bad EntityDefinitions key '{key_text}'.")
        table = catalog.tables.get(name)
        if table is None:
            raise ex.EntityMetadataNotFound(name)
        return table

    # -- tables ----------------------------------------------------------------------------
    def _table_doc(self, table: Table, select: list[str] | None,
                   expand: list[tuple[str, dict[str, str]]]) -> dict[str, Any]:
        full = table.definition()
        doc = {k: v for k, v in full.items()
               if k not in ("Attributes", "Keys", "ManyToOneRelationships",
                            "OneToManyRelationships")}
        doc = _project(doc, select)
        for name, opts in expand:
            if name == "Attributes":
                docs = [self._attribute_doc(a, opts) for a in table.attributes.values()]
                doc[name] = _filtered(docs, opts.get("$filter"))
            elif name in ("Keys", "ManyToOneRelationships", "OneToManyRelationships"):
                docs = list(full.get(name) or [])
                docs = _filtered(docs, opts.get("$filter"))
                doc[name] = [_project(d, parse_select(opts.get("$select"))) for d in docs]
            elif name == "ManyToManyRelationships":
                doc[name] = []
            else:
                raise ex.PropertyNotFound(name, "EntityMetadata")
        return doc

    def _list(self) -> Response:
        args = self.request.args
        select = parse_select(args.get("$select"))
        expand = parse_expand(args.get("$expand"))
        tables = list(self.backend.catalog.tables.values())
        plain = [{k: v for k, v in t.raw.items() if not k.startswith("@")} for t in tables]
        node = parse_filter(args["$filter"]) if args.get("$filter") else None
        out = []
        for t, d in zip(tables, plain, strict=True):
            if node is not None and not evaluate(node, lambda n, d=d: _getter(d, n)):
                continue
            out.append(self._table_doc(t, select, expand))
        return self.wire.json({"@odata.context": f"{self.base}$metadata#EntityDefinitions",
                              "value": out})

    def _one(self, table: Table) -> Response:
        args = self.request.args
        doc = self._table_doc(table, parse_select(args.get("$select")),
                              parse_expand(args.get("$expand")))
        return self.wire.json({"@odata.context": f"{self.base}$metadata#EntityDefinitions"
                                                "/$entity", **doc})

    # -- columns ---------------------------------------------------------------------------
    def _attribute_doc(self, attr: Attribute, opts: dict[str, str]) -> dict[str, Any]:
        select = parse_select(opts.get("$select"))
        expand = {n for n, _ in parse_expand(opts.get("$expand"))}
        doc = _project(attr.raw, select)
        if select and "OptionSet" in expand and "OptionSet" in attr.raw:
            doc["OptionSet"] = attr.raw["OptionSet"]
        return doc

    def _attributes(self, table: Table, sub_key: str | None,
                    rest: list[tuple[str, str | None]]) -> Response:
        method = self.request.method
        args = self.request.args
        cast = None
        if rest and rest[0][0].startswith(CAST_PREFIX):
            cast = rest[0][0][len(CAST_PREFIX):]
            rest = rest[1:]
        if rest:
            raise ex.ResourceNotFound(rest[0][0])
        if sub_key is None:
            if method == "POST":
                body = read_body(self.request)
                mid = self.backend.create_attribute(table.logical, body)
                return self.wire.empty(204, {
                    "OData-EntityId": f"{self.base}EntityDefinitions({table.metadata_id})"
                                      f"/Attributes({mid})"})
            if method != "GET":
                raise ex.MethodNotAllowed(method, "Attributes")
            attrs = list(table.attributes.values())
            if cast:
                attrs = [a for a in attrs if str(a.raw.get("@odata.type", "")).endswith(cast)]
            docs = [self._attribute_doc(a, dict(args)) for a in attrs]
            docs = _filtered(docs, args.get("$filter"))
            return self.wire.json({"@odata.context": f"{self.base}$metadata#EntityDefinitions"
                                                    f"({table.metadata_id})/Attributes",
                                  "value": docs})
        attr = self._attribute(table, sub_key)
        if method == "GET":
            if cast and not str(attr.raw.get("@odata.type", "")).endswith(cast):
                raise ex.ResourceNotFound(cast)
            return self.wire.json(self._attribute_doc(attr, dict(args)))
        if method == "DELETE":
            if not attr.custom:
                raise ex.MetadataError(f"The attribute {attr.logical} is a system attribute "
                                       "and cannot be deleted.")
            self.backend.delete_attribute(table.logical, attr.logical)
            return self.wire.empty()
        if method == "PUT":
            if not attr.custom:
                raise ex.MetadataError("Only custom attributes can be updated by the emulator.")
            body = read_body(self.request)
            self.backend.update_attribute(table.logical, attr.logical, body)
            return self.wire.empty()
        raise ex.MethodNotAllowed(method, "Attributes")

    def _attribute(self, table: Table, sub_key: str) -> Attribute:
        text = sub_key.strip()
        if GUID_RE.match(text):
            for a in table.attributes.values():
                if str(a.raw.get("MetadataId", "")).lower() == text.lower():
                    return a
            raise ex.ObjectDoesNotExist("Attribute", text)
        key = parse_key(text)
        name = key.get("LogicalName") if isinstance(key, dict) else key
        attr = table.attributes.get(str(name).lower())
        if attr is None:
            raise ex.AttributeMetadataNotFound(str(name), table.logical)
        return attr

    # -- keys ------------------------------------------------------------------------------
    def _keys(self, table: Table, sub_key: str | None) -> Response:
        method = self.request.method
        if sub_key is None:
            if method == "POST":
                body = read_body(self.request)
                mid = self.backend.create_key(table.logical, body)
                return self.wire.empty(204, {
                    "OData-EntityId": f"{self.base}EntityDefinitions(LogicalName="
                                      f"'{table.logical}')/Keys({mid})"})
            if method == "GET":
                docs = [k.raw for k in table.keys.values()]
                docs = _filtered(docs, self.request.args.get("$filter"))
                select = parse_select(self.request.args.get("$select"))
                return self.wire.json({"value": [_project(d, select) for d in docs]})
            raise ex.MethodNotAllowed(method, "Keys")
        text = sub_key.strip()
        key = parse_key(text) if not GUID_RE.match(text) else text
        ref = key.get("LogicalName") if isinstance(key, dict) else key
        match = None
        for k in table.keys.values():
            if str(ref).lower() in (k.logical, str(k.raw["MetadataId"]).lower()):
                match = k
        if match is None:
            raise ex.ResourceNotFound(f"Keys({sub_key})")
        if method == "GET":
            return self.wire.json(match.raw)
        if method == "DELETE":
            self.backend.delete_key(table.logical, match.logical)
            return self.wire.empty()
        raise ex.MethodNotAllowed(method, "Keys")
