"""Reads: retrieve one record, retrieve many (filter, order, page), shape and expand."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .. import exceptions as ex
from ..filter_sql import compile_filter, json_path, pins_ids
from ..metadata import (
    OPTION_TYPES,
    STRING_TYPES,
    Attribute,
    Table,
)
from ..odata import parse_filter, parse_select
from .keys import KeysMixin
from .storage import etag


@dataclass
class Page:
    rows: list[dict[str, Any]]
    count: int | None
    next_offset: int | None


class ReadsMixin(KeysMixin):
    """Reads and the wire form of a record (``shape``)."""

    def retrieve_record(self, entity_set: str, key: str | dict[str, Any], *,
                        select: list[str] | None = None,
                        expand: list[tuple[str, dict[str, str]]] | None = None,
                        annotations: bool = False) -> dict[str, Any]:
        table = self.table_for_set(entity_set)
        self.validate_select(table, select)
        rid = self.resolve_id(table, key)
        data = self._load(table.logical, rid) or {}  # type: ignore[arg-type]
        return self.shape(table, data, select=select, expand=expand, annotations=annotations)

    def validate_select(self, table: Table, select: list[str] | None) -> None:
        for name in select or []:
            if table.by_selectable(name) is None and name != table.primary_id:
                raise ex.PropertyNotFound(name, table.logical)

    def retrieve_multiple(self, entity_set: str, *, select: list[str] | None = None,
                          filter: str | None = None,
                          orderby: list[tuple[str, bool]] | None = None,
                          top: int | None = None, count: bool = False,
                          expand: list[tuple[str, dict[str, str]]] | None = None,
                          page_size: int | None = None, offset: int = 0,
                          annotations: bool = False,
                          extra_where: tuple[str, list[Any]] | None = None) -> Page:
        table = self.table_for_set(entity_set)
        self.validate_select(table, select)
        where, params = "entity = ?", [table.logical]
        source = "records"
        if filter:
            node = parse_filter(filter)
            sql, fparams = compile_filter(node, table)
            where += f" AND ({sql})"
            params += fparams
            if pins_ids(node, table):  # look the ids up (see pins_ids), then sort them
                source = "records INDEXED BY ix_records_entity_id"
        if extra_where:
            where += f" AND ({extra_where[0]})"
            params += extra_where[1]
        order = []
        for name, desc in orderby or []:
            attr = table.by_selectable(name)
            if attr is None and name != table.primary_id:
                raise ex.PropertyNotFound(name, table.logical)
            expr = json_path(name)
            if attr is not None and attr.type in STRING_TYPES:
                expr += " COLLATE NOCASE"
            order.append(expr + (" DESC" if desc else " ASC"))
        order.append("rid ASC")
        max_page = self.limits.max_page_size
        size = min(page_size or max_page, max_page)
        remaining = None if top is None else max(top - offset, 0)
        limit = size if remaining is None else min(size, remaining)
        conn = self._conn()
        rows = conn.execute(
            f"SELECT data FROM {source} WHERE {where} ORDER BY {', '.join(order)} "
            f"LIMIT ? OFFSET ?", (*params, limit + 1, offset)).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        if remaining is not None and offset + len(rows) >= top:  # type: ignore[operator]
            more = False
        total = None
        if count:
            total = conn.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {source} WHERE {where} "
                                 "LIMIT 5000)", params).fetchone()[0]
            if top is not None:
                total = min(total, top)
        shaped = [self.shape(table, json.loads(r[0]), select=select, expand=expand,
                             annotations=annotations) for r in rows]
        return Page(shaped, total, offset + len(rows) if more else None)

    def shape(self, table: Table, data: dict[str, Any], *, select: list[str] | None = None,
              expand: list[tuple[str, dict[str, str]]] | None = None,
              annotations: bool = False) -> dict[str, Any]:
        """The wire form of a record: ``@odata.etag``, columns, ``_x_value`` lookups."""
        out: dict[str, Any] = {"@odata.etag": etag(data.get("versionnumber"))}
        if select:
            names = list(dict.fromkeys([*select, table.primary_id]))
        else:
            names = [a.selectable_name for a in table.attributes.values()
                     if a.type not in ("PartyList",)]
        for name in names:
            if name.startswith("_") and name.endswith("_value"):
                value = data.get(name)
                out[name] = value
                if annotations and value is not None:
                    target = data.get(name + "@lln")
                    attr_name = name[1:-6]
                    nav = _nav_for(table, attr_name, target)
                    out[f"{name}@OData.Community.Display.V1.FormattedValue"] = \
                        self._primary_name_of(target, value)
                    if nav:
                        out[f"{name}@Microsoft.Dynamics.CRM.associatednavigationproperty"] = nav
                    out[f"{name}@Microsoft.Dynamics.CRM.lookuplogicalname"] = target
                continue
            value = data.get(name)
            out[name] = value
            if annotations and value is not None:
                attr = table.attributes.get(name)
                formatted = _formatted(attr, value) if attr else None
                if formatted is not None:
                    out[f"{name}@OData.Community.Display.V1.FormattedValue"] = formatted
        for nav_name, opts in expand or []:
            out[nav_name] = self._expand(table, data, nav_name, opts, annotations)
        return out

    def _expand(self, table: Table, data: dict[str, Any], nav_name: str,
                opts: dict[str, str], annotations: bool = False) -> Any:
        """A navigation's record(s); with ``annotations`` they carry the formatted values and
        lookup names too (so a client can tell which table an activity party points to)."""
        select = parse_select(opts.get("$select"))
        if nav_name in table.navigations:
            nav = table.navigations[nav_name]
            rid = data.get(f"_{nav.attribute}_value")
            if rid is None or data.get(f"_{nav.attribute}_value@lln") != nav.target:
                return None
            target = self.table(nav.target)
            self.validate_select(target, select)
            row = self._load(nav.target, rid)
            return self.shape(target, row, select=select, annotations=annotations) \
                if row else None
        if nav_name in table.collections:
            child_entity, child_attr = table.collections[nav_name]
            child = self.table(child_entity)
            page = self.retrieve_multiple(
                child.entity_set, select=select, filter=opts.get("$filter"),
                extra_where=(f"{json_path('_' + child_attr + '_value')} = ?",
                             [data.get(table.primary_id)]), annotations=annotations)
            return page.rows
        raise ex.PropertyNotFound(nav_name, table.logical)

    def _primary_name_of(self, entity: str | None, rid: str) -> str | None:
        if not entity or entity not in self.catalog.tables:
            return None
        t = self.catalog.tables[entity]
        row = self._load(entity, rid)
        if not row or not t.primary_name:
            return None
        return row.get(t.primary_name)

    def count(self, entity_set: str) -> int:
        table = self.table_for_set(entity_set)
        return self._conn().execute("SELECT COUNT(*) FROM records WHERE entity=?",
                                    (table.logical,)).fetchone()[0]


def _nav_for(table: Table, attribute: str, target: str | None) -> str | None:
    for nav in table.navigations.values():
        if nav.attribute == attribute and nav.target == target:
            return nav.name
    return None


def _formatted(attr: Attribute, value: Any) -> str | None:
    if attr.type in OPTION_TYPES:
        return attr.options.get(value)
    if attr.type == "Boolean":
        yes, no = attr.boolean_labels()
        return yes if value else no
    if attr.type == "Money":
        return f"${value:,.2f}"
    if attr.type in ("Integer", "Decimal", "Double"):
        return f"{value:,}"
    if attr.type == "DateTime":
        try:
            dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return None
        if attr.date_only or len(str(value)) == 10:
            return f"{dt.month}/{dt.day}/{dt.year}"
        hour = dt.hour % 12 or 12
        return f"{dt.month}/{dt.day}/{dt.year} {hour}:{dt.minute:02d} " \
               f"{'AM' if dt.hour < 12 else 'PM'}"
    return None
