"""Value maps the analyst decides for any column, applied to the export's text in staging.

``mapping.decisions.values`` in the parameters (``{"contact.donotbulkemail": {"Ja": false,
"Nein": true}, "phonecall.directioncode": {"Outgoing": true, "Incoming": false}}``) become a
column's ``value_map`` in the map (:func:`d365migrate.mapping.decisions.decide_values`).
Staging reads each mapped cell as the word the map gives it (compared trimmed and
case-insensitively), then converts it as any other value; a value the map does not name is
read as written, so an unmapped word is still quarantined with its own text.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.mapping.mapfile import MappingError


def value_maps(tmap: dict[str, Any]) -> dict[str, dict[str, str | None]]:
    """Source column -> its value map (keys lowercased), refusing two different maps for
    one column (the column would have to read two ways at once)."""
    out: dict[str, dict[str, str | None]] = {}
    for c in tmap.get("columns", []):
        vm = c.get("value_map")
        if not vm or not c.get("source"):
            continue
        low = {str(k).strip().lower(): (None if v is None else str(v)) for k, v in vm.items()}
        if c["source"] in out and out[c["source"]] != low:
            raise MappingError(f"map for {tmap['target']}: column '{c['source']}' has two "
                               "different value maps; give it one")
        out[c["source"]] = low
    return out


def translated(tmap: dict[str, Any], df: pl.DataFrame) -> pl.DataFrame:
    """``df`` with each mapped column's values replaced as its value map says."""
    for column, vm in value_maps(tmap).items():
        if column not in df.columns:
            continue  # staging refuses a missing column itself, naming the file
        key = pl.col(column).cast(pl.Utf8).str.strip_chars().str.to_lowercase()
        df = df.with_columns(
            pl.when(key.is_in(list(vm)))
            .then(key.replace_strict(vm, default=None, return_dtype=pl.Utf8))
            .otherwise(pl.col(column).cast(pl.Utf8)).alias(column))
    return df
