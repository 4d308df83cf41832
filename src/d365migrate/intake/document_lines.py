"""A file of lines named for lines alone: its link to the orders (or quotes) says whose.

Clover's 'line_items' (id, 'orderRef.id', name, price, 'unitQty') names lines, not whose:
an order's, a quote's or an invoice's. Its columns fit no kind well enough, so discovery
left it unknown, and the orders arrived without their lines. Once the links are found, a
file named for lines (its last word a line word: 'line_items', 'lines', 'items') with a
quantity or a unit price, whose id column points into the export's orders (or quotes) by
nearly all its values, is those documents' lines. A file whose name says a kind keeps it.
"""

from __future__ import annotations

from dataclasses import replace

from d365migrate.intake.found import ObjectInfo, Relationship
from d365migrate.intake.kinds import col_norm, name_kind, name_words
from d365migrate.intake.line_items import LINE_WORDS, QUANTITY, UNIT_PRICE

__all__ = ["lines_of_documents"]

#: A document kind -> the kind of its lines.
_LINES = {"order": "order_line", "quote": "quote_line"}
#: The share of a line file's rows its link must resolve.
_MATCHED = 0.9


def lines_of_documents(objects: list[ObjectInfo], rels: list[Relationship]
                       ) -> list[ObjectInfo]:
    """``objects`` with each unknown file of lines that points into one kind of document
    named that document's lines, with the evidence."""
    kind_of = {o.source: o.name for o in objects}
    out = []
    for o in objects:
        words = name_words(o.source)
        priced = {col_norm(c["name"]) for c in o.columns} & (QUANTITY | UNIT_PRICE)
        if o.name != "unknown" or not words or words[-1] not in LINE_WORDS or not priced \
                or name_kind(o.source)[0] is not None:
            out.append(o)
            continue
        parents = {(r.from_, kind_of.get(_file(r.to, kind_of))) for r in rels
                   if _file(r.from_, kind_of) == o.source and r.kind == "id"
                   and r.match_rate >= _MATCHED}
        kinds = {k for _, k in parents if k in _LINES}
        if len(kinds) != 1:
            out.append(o)
            continue
        parent = kinds.pop()
        column = next(c for c, k in parents if k == parent)[len(o.source) + 1:]
        why = (f"named for lines, with {', '.join(sorted(priced))}, and '{column}' links each "
               f"row to its {parent} (the {parent}s file's ids): the {parent}s' lines")
        out.append(replace(o, name=_LINES[parent], confidence=max(o.confidence, 0.6),
                           evidence=[*o.evidence, why], why=None))
    return out


def _file(ref: str, kind_of: dict[str, str]) -> str:
    """The file a relationship's end '<file>.<column>' names (a file's name may hold a
    dot: the longest known file it starts with)."""
    return max((s for s in kind_of if ref.startswith(s + ".")), key=len, default="")
