"""A whole address in one cell feeds the street, city, state, postal code and country.

EspoCRM's 'Billing Address', Kimai's 'Address': one cell, several lines (intake/
address_cells.py reads them). The vocabulary maps such a column to the first street line,
where the whole text would land, city and country inside the street. Where most of the
column's cells read part by part, and the map fills none of that address's other parts from
columns of their own, the column's entry reads the street lines, and an entry per part the
cells give reads that part from the same column (``address_part``): staging splits the
cell once per part (staging/address_columns.py), a cell that does not read stays whole in
the street, and each part is verified as any other column.
"""

from __future__ import annotations

import re
from typing import Any

import polars as pl

from d365migrate.intake.address_cells import PARTS, address_parts

__all__ = ["ADDRESS_PART", "PART_NAMES", "with_address_parts"]

#: The map column's key naming the part of a whole address it reads.
ADDRESS_PART = "address_part"
#: How a part is named to a person.
PART_NAMES = {"line1": "street", "line2": "second street line", "line3": "third street line",
              "city": "city", "stateorprovince": "state or province",
              "postalcode": "postal code", "country": "country"}
#: A column the whole address lands in: an address's first street line or its composite.
_WHOLE = re.compile(r"^(address[1-3]|billto|shipto)_(line1|composite)$")
#: The parts every whole address is read into, whatever the cells seen at proposal.
_ALWAYS = ("city", "stateorprovince", "postalcode", "country")
#: Fewest cells that must read, and the share of multi-line cells that must.
_MIN_READ, _MIN_SHARE = 2, 0.6


def _read(values: pl.Series) -> tuple[int, int, set[str]]:
    """(cells read part by part, cells of several lines, the parts the read cells give)."""
    texts = [v for v in values.cast(pl.Utf8).drop_nulls().unique().head(2000).to_list()
             if "\n" in v.strip() or "\r" in v.strip()]
    parsed = [p for p in (address_parts(v) for v in texts) if p]
    return len(parsed), len(texts), {k for p in parsed for k in p}


def _split_entry(entry: dict[str, Any], df: pl.DataFrame, names: dict[str, str]) -> None:
    columns = entry.get("columns") or []
    targets = {c.get("target") for c in columns}
    for col in list(columns):
        m = _WHOLE.match(str(col.get("target") or ""))
        source = col.get("source")
        if (not m or source not in df.columns or col.get(ADDRESS_PART)
                or col.get("transform", "text") != "text" or col.get("else")):
            continue
        side = m.group(1)
        if any(f"{side}_{p}" in targets for p in ("city", "postalcode")) or (
                m.group(2) == "composite" and f"{side}_line1" in targets):
            continue  # the export gives the parts their own columns (a country may be
            # one of its own beside the address: Kimai's)
        read, lines, parts = _read(df[source])
        if read < _MIN_READ or read < _MIN_SHARE * lines:
            continue
        how = (f"'{source}' holds a whole address in one cell ({read} of its {lines} "
               f"multi-line values read part by part)")
        col.update(target=f"{side}_line1", **{ADDRESS_PART: "line1"},
                   reason=f"{col.get('reason', '')}; {how}: the street lines go here, the "
                          "other parts to their own columns; a cell that does not read so "
                          "stays whole here".lstrip("; "))
        for part in PARTS[1:]:
            target = f"{side}_{part}"
            # the state and the country always (a later cell may give them, and with every
            # part read the proof asks the cell's every word back: export_cells.py); the
            # further street lines where a cell has them (else the street carries them)
            if (part not in parts and part not in _ALWAYS) or target in targets \
                    or target not in names:
                continue
            columns.append({"target": target, "source": source,
                            "confidence": col.get("confidence", 0.5),
                            "reason": f"the {PART_NAMES[part]} of the whole address, "
                                      f"{target} ('{names[target]}'): {how}",
                            "transform": "text", ADDRESS_PART: part})
            targets.add(target)


def _label(attr: dict[str, Any]) -> str:
    label = ((attr.get("DisplayName") or {}).get("UserLocalizedLabel") or {}).get("Label")
    return str(label or attr["LogicalName"])


def with_address_parts(tables: list[dict[str, Any]], frames: dict[str, pl.DataFrame],
                       table_defs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The map's entries, each whole-address column read part by part where its cells
    say which part is which."""
    for entry in tables:
        df = frames.get(str(entry.get("source")))
        definition = table_defs.get(str(entry.get("target")))
        if df is None or definition is None:
            continue
        names = {a["LogicalName"]: _label(a) for a in definition.get("Attributes", [])}
        _split_entry(entry, df, names)
    return tables
