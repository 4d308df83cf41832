"""A file's object as the analyst sets it in the parameters: ``intake: {file: {object: kind}}``.

Discovery reads what each file holds from its name and columns; where it is unsure (Saleor's
``channel_channel``: a sales channel with its own currency and prices, which is a price list
in Sales) or wrong, the analyst's word decides, and the scope document says so. Renaming the
file (``{source: price_lists}``) decided it too, but lost the links whose columns name the
file ('channel' -> channel_channel); the file keeps its name here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from d365migrate.intake.discover import KIND_WORDS
from d365migrate.intake.guard import ExportError
from d365migrate.intake.guess import file_names
from d365migrate.intake.read import Export
from d365migrate.intake.records_from_values import derived_kinds

__all__ = ["OBJECT", "decided_kinds"]

#: The intake option naming a file's object.
OBJECT = "object"
#: What a file may be said to hold: discovery's kinds, or nothing to move.
KINDS = frozenset(KIND_WORDS) | {"unknown"}


def decided_kinds(export: Export, intake: Mapping[str, Any] | None
                  ) -> dict[str, tuple[str, str]]:
    """Source -> (kind, why) for each file whose intake options name its object (the
    option's key as ``intake`` accepts it: the source, the file's path or its name); an
    object that is no kind of record is refused, naming the option."""
    out = {s: k for s, k in derived_kinds(intake).items() if s in export.tables}
    for source, (kind, _) in out.items():
        if kind not in KINDS:
            raise ExportError(f"intake.records_from_values.{source}.{OBJECT}: '{kind}' is no "
                              f"kind of record this tool reads; one of {', '.join(sorted(KINDS))}")
    for key, opts in (intake or {}).items():
        kind = opts.get(OBJECT) if isinstance(opts, Mapping) else None
        if kind is None:
            continue
        if kind not in KINDS:
            raise ExportError(f"intake.{key}.{OBJECT}: '{kind}' is no kind of record this tool "
                              f"reads; one of {', '.join(sorted(KINDS))}")
        found = [source for source, guess in export.guesses.items()
                 if str(key) in file_names(source, guess.file) and source in export.tables]
        if not found:   # a decision that names no file would be silently lost
            raise ExportError(f"intake.{key}.{OBJECT}: the export has no file '{key}' "
                              "(name it by its source, its path or its file name)")
        for source in found:
            out[source] = (str(kind), f"set to {kind} in the parameters file "
                                      f"(intake: {key}: {{{OBJECT}: {kind}}})")
    return out
