"""A file headed with the target table's own column labels is an export of Dataverse itself.

Dynamics 365's Excel export, a flattened Configuration Migration export, a sample data set
written for Dataverse: their columns are headed with the table's display names ('Topic',
'Status', 'Status Reason', 'Customer Size', 'Address 1: Street 1', 'Potential Customer'). Such
a label says its column outright, more surely than any word list: 'Customer Size' is
customersizecode, not the company's size in employees; 'Status' is statecode beside 'Status
Reason'; 'Topic' is an opportunity's name. So when a file is headed that way (at least
MIN_LABELS of its columns, and MIN_SHARE of them, are labels of the table's columns):

- a column headed with the label of one writable column goes there first;
- the column headed with the label of the table's id ('Opportunity' in a file of
  opportunities) is the record's own id in the source, never its name.

A column whose header is no label of the table keeps what the other rules make of it: labels
differ between orgs and versions (an older org's lead says 'Subject' and 'Email (company)'
where a newer one says 'Topic' and 'Email').

A header may carry its column's logical name in brackets, as a tool writes two columns of one
label apart ('Campaign Type (typecode)'). Columns labelled as read-only ones ('Created On',
'Full Name') keep what the other rules make of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from d365migrate.dataverse import tables

__all__ = ["MIN_LABELS", "MIN_SHARE", "own_labels", "label_hits"]

MIN_LABELS = 10
MIN_SHARE = 1 / 3
CONFIDENCE = 0.99


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def label_hits(columns: Iterable[str], table_def: Mapping[str, Any]) -> dict[str, list[str]]:
    """Column -> the logical names whose display label (or bracketed logical name) it is."""
    attrs = [a for a in tables.unwrap(table_def).get("Attributes") or []
             if isinstance(a, Mapping) and a.get("LogicalName")]
    by_label: dict[str, list[str]] = {}
    for a in attrs:
        label = tables.label(a.get("DisplayName"))
        if label:
            by_label.setdefault(_norm(label), []).append(str(a["LogicalName"]))
    logicals = {str(a["LogicalName"]) for a in attrs}
    out: dict[str, list[str]] = {}
    for col in columns:
        bracket = re.fullmatch(r"(.*\S)\s*\(([a-z0-9_]+)\)\s*", col)
        if bracket and bracket.group(2) in logicals and _norm(bracket.group(1)) in by_label:
            out[col] = [bracket.group(2)]
        elif _norm(col) in by_label:
            out[col] = by_label[_norm(col)]
    return out


def own_labels(columns: list[str], table_def: Mapping[str, Any], writable: Iterable[str],
               scored: dict[str, list[tuple[float, str, str]]],
               unmapped: dict[str, str]) -> None:
    """Put each labelled column first on its column, in a file headed with the table's own
    labels (module docstring); ``scored`` and ``unmapped`` as suggest keeps them."""
    hits = label_hits(columns, table_def)
    if len(hits) < MIN_LABELS or len(hits) < MIN_SHARE * len(columns):
        return
    td = tables.unwrap(table_def)
    table = str(td.get("LogicalName") or "the table")
    pid = str(td.get("PrimaryIdAttribute") or "")
    ok = set(writable)
    for col in columns:
        if col not in scored or col in unmapped:
            continue   # the source key, a copy's address, a code beside its name: said
        found = hits.get(col)
        if found is None:
            continue   # labels differ between orgs and versions: the other rules decide
        if pid in found:
            scored[col] = []
            unmapped[col] = f"'{col}' is the label of {pid}: the record's own id in the source"
        elif len(targets := [t for t in found if t in ok]) == 1:
            target = targets[0]
            scored[col] = [(CONFIDENCE, target, f"'{col}' is the label of {target}, in a file "
                            f"headed with {table}'s own labels")] + [
                c for c in scored[col] if c[1] != target]
