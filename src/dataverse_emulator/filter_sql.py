"""The OData ``$filter`` -> SQL compiler over ``records.data`` (strings case-insensitive).

Equality on a primary key or a one-column alternate key becomes an index lookup: an ``or`` of
such equalities (``annotationid eq X or annotationid eq Y ...``, as clients read records by
id, 50 to a query) becomes one set of ids, and ``pins_ids`` tells the reader to fetch that set
through the ``(entity, id)`` index rather than walk the table in creation order.
"""

from __future__ import annotations

import json
from typing import Any

from . import exceptions as ex
from .metadata import LOOKUP_TYPES, STRING_TYPES, Attribute, Table
from .odata import Node, parse_datetime


def json_path(name: str) -> str:
    if not all(c.isalnum() or c == "_" for c in name):
        raise ex.QueryError(f"Invalid property name '{name}'.")
    return f"json_extract(data, '$.{name}')"


def compile_filter(node: Node, table: Table) -> tuple[str, list[Any]]:
    """Compile a $filter AST to SQL over ``records.data`` (strings case-insensitive)."""
    k = node.kind
    if k in ("or", "in", "cmp"):
        fast = _indexed_set(node, table)
        if fast is not None:
            return fast
    if k in ("and", "or"):
        a, pa = compile_filter(node.args[0], table)
        b, pb = compile_filter(node.args[1], table)
        return f"({a}) {k.upper()} ({b})", pa + pb
    if k == "not":
        a, pa = compile_filter(node.args[0], table)
        return f"NOT ({a})", pa
    if k == "func":
        prop, lit = node.args
        attr = _filter_attr(prop, table)
        if lit.kind != "lit" or not isinstance(lit.value, str):
            raise ex.QueryError(f"The function {node.op} needs a string literal.")
        esc = lit.value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = {"contains": f"%{esc}%", "startswith": f"{esc}%",
                   "endswith": f"%{esc}"}[node.op]
        return f"{json_path(attr[0])} LIKE ? ESCAPE '\\'", [pattern]
    if k == "in":
        name, attr = _filter_attr(node.args[0], table)
        values = [_sql_literal(v, attr) for v in node.args[1:]]
        marks = ",".join("?" for _ in values)
        coll = " COLLATE NOCASE" if attr is not None and attr.type in STRING_TYPES else ""
        return f"{json_path(name)}{coll} IN ({marks})", values
    if k == "cmp":
        left, right = node.args
        op = node.op
        if left.kind != "prop" and right.kind == "prop":
            left, right = right, left
            op = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}.get(op, op)
        if left.kind != "prop" or right.kind != "lit":
            raise ex.QueryError("A comparison needs a property and a literal.")
        name, attr = _filter_attr(left, table)
        _refuse_quoted_guid(name, attr, right, op, table)
        path = json_path(name)
        if right.lit_type == "null":
            if op == "eq":
                return f"{path} IS NULL", []
            if op == "ne":
                return f"{path} IS NOT NULL", []
            raise ex.QueryError("Only eq and ne compare with null.")
        value = _sql_literal(right, attr)
        sql_op = {"eq": "=", "ne": "<>", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}[op]
        coll = " COLLATE NOCASE" if isinstance(value, str) else ""
        return f"{path} {sql_op} ?{coll}", [value]
    if k == "prop":
        name, attr = _filter_attr(node, table)
        if attr is not None and attr.type == "Boolean":
            return f"{json_path(name)} = 1", []
    raise ex.QueryError("Unsupported $filter expression.")


def pins_ids(node: Node, table: Table) -> bool:
    """The filter keeps only records whose primary key or one-column alternate key is one of
    a list of values (an ``eq``, ``in`` or ``or`` of them, alone or ``and`` anything else), so
    its SQL is answered through the ``(entity, id)`` index, as Dataverse answers it through
    the table's primary key (the row's GUID) or an alternate key's database index ("alternate
    keys use database indexes to enforce uniqueness and optimize lookup performance", PAD
    ``define-alternate-keys-entity.md``, "Monitor index creation"; a background job builds
    it, and the key's ``EntityKeyIndexStatus`` says how far: Pending, In Progress, Active or
    Failed; the emulator's keys are Active at once): a handful of lookups, not a walk of the
    whole table in creation order, which SQLite's planner (no statistics) otherwise picks to
    save sorting the page."""
    if node.kind == "and":
        return pins_ids(node.args[0], table) or pins_ids(node.args[1], table)
    found = _equalities(node)
    if found is None:
        return False
    attr = table.attributes.get(found[0]) if found[0] == table.primary_id \
        else table.by_selectable(found[0])
    return _indexed_eq(table, found[0], attr, found[1]) is not None


def _equalities(node: Node) -> tuple[str, list[Node]] | None:
    """(property, literals) of an ``eq``, an ``in`` or an ``or`` of them on one property with
    no null among the literals; None for anything else."""
    if node.kind == "or":
        a, b = _equalities(node.args[0]), _equalities(node.args[1])
        return (a[0], a[1] + b[1]) if a and b and a[0] == b[0] else None
    if node.kind == "in" and node.args[0].kind == "prop":
        return node.args[0].value, list(node.args[1:])
    if node.kind == "cmp" and node.op == "eq":
        left, right = node.args
        if left.kind != "prop":
            left, right = right, left
        if left.kind == "prop" and right.kind == "lit" and right.lit_type != "null":
            return left.value, [right]
    return None


def _indexed_set(node: Node, table: Table) -> tuple[str, list[Any]] | None:
    """An ``eq``, ``in`` or ``or`` of equalities on the primary key or a one-column alternate
    key as one index lookup of all its values (each ``eq`` checked as it would be alone)."""
    found = _equalities(node)
    if found is None:
        return None
    name, attr = _filter_attr(Node("prop", value=found[0]), table)
    for leaf in _leaves(node):
        if leaf.kind == "cmp":
            lit = leaf.args[1] if leaf.args[0].kind == "prop" else leaf.args[0]
            _refuse_quoted_guid(name, attr, lit, "eq", table)
    return _indexed_eq(table, name, attr, found[1])


def _leaves(node: Node) -> list[Node]:
    if node.kind != "or":
        return [node]
    return _leaves(node.args[0]) + _leaves(node.args[1])


def _indexed_eq(table: Table, name: str, attr: Attribute | None,
                literals: list[Node]) -> tuple[str, list[Any]] | None:
    """Equality on the primary key or a one-column alternate key uses an index, not a scan."""
    if not literals or any(n.kind != "lit" or n.value is None for n in literals):
        return None
    values = [_sql_literal(n, attr) for n in literals]
    marks = ",".join("?" for _ in values)
    if name == table.primary_id:
        return f"id IN ({marks})", [str(v).lower() for v in values]
    for key in table.keys.values():
        if key.columns == [name] and attr is not None and attr.type not in LOOKUP_TYPES:
            keyed = [json.dumps([v.lower() if isinstance(v, str) else v]) for v in values]
            return (f"id IN (SELECT id FROM keyvals WHERE entity = ? AND keyname = ? AND "
                    f"value IN ({marks}))", [table.logical, key.logical, *keyed])
    return None


_OPERATOR_KINDS = {"eq": "Equal", "ne": "NotEqual", "gt": "GreaterThan",
                   "ge": "GreaterThanOrEqual", "lt": "LessThan", "le": "LessThanOrEqual"}


def _refuse_quoted_guid(name: str, attr: Attribute | None, lit: Node, op: str,
                        table: Table) -> None:
    """OData v4 writes a Guid literal bare (``_parentcustomerid_value eq 8d1f...``); Dataverse
    refuses a quoted one as a comparison of Edm.Guid with Edm.String."""
    is_guid = name == table.primary_id or (
        attr is not None and (attr.type in LOOKUP_TYPES or attr.type == "Uniqueidentifier"))
    if is_guid and lit.lit_type == "string":
        raise ex.QueryError(
            "A binary operator with incompatible types was detected. Found operand types "
            f"'Edm.Guid' and 'Edm.String' for operator kind '{_OPERATOR_KINDS[op]}'.")


def _filter_attr(node: Node, table: Table) -> tuple[str, Attribute | None]:
    if node.kind != "prop":
        raise ex.QueryError("Expected a property name.")
    name = node.value
    if "/" in name:
        raise ex.QueryError(f"Navigation paths in $filter ('{name}') are not supported by "
                            "the emulator.")
    if name == table.primary_id:
        return name, table.attributes.get(name)
    attr = table.by_selectable(name)
    if attr is None:
        raise ex.PropertyNotFound(name, table.logical)
    return name, attr


def _sql_literal(node: Node, attr: Attribute | None) -> Any:
    value = node.value
    if node.kind != "lit":
        raise ex.QueryError("Expected a literal.")
    if isinstance(value, bool):
        return 1 if value else 0
    if attr is not None and attr.type == "DateTime" and isinstance(value, str):
        try:
            return parse_datetime(value, date_only=attr.date_only)
        except ValueError:
            raise ex.QueryError(f"'{value}' is not a valid date/time.") from None
    if attr is not None and (attr.type in LOOKUP_TYPES or attr.type == "Uniqueidentifier") \
            and isinstance(value, str):
        return value.lower()
    return value
