"""Read whatever a customer hands over (folder, .zip, .xlsx) without hand-editing it.

Admin-panel exports arrive in every encoding, dialect and date style; a migration that
needs someone to "fix the CSV in Excel first" loses the audit trail. So this module:

* never writes to the raw export (zip members and workbooks are read in memory);
* guesses encoding, delimiter, quoting, header offset, date formats and decimal
  separators, records every guess in an :class:`IntakeGuess`, and lets a parameters file
  override any of them (``read_export(path, overrides)``);
* reads every column as text (Utf8) - typing is a separate, explicit step in
  :mod:`d365migrate.intake.values` (the guesses recorded here, the parsing every later
  stage does under them), so nothing is silently coerced;
* turns malformed input (ragged rows, broken quotes, binary junk, undecodable bytes) into
  :class:`Problem` records naming file, line and problem, and keeps reading the rest;
* counts the rows of each file itself (``IntakeGuess.rows``) beside the rows it could read
  (``rows_read``) and the lines of those it could not (``unread_lines``), so every row of
  the source is accounted for later;
* never reads outside the export and never inflates without limits
  (:mod:`d365migrate.intake.guard`); an export that cannot be read at all (missing, empty,
  over a limit) raises :class:`ExportError` naming it;
* reads a table the export splits over several files (``contacts.csv`` + ``contacts_2.csv``,
  a workbook's ``Contacts (2)`` sheet) as one source that lists its files
  (:mod:`d365migrate.intake.parts`), each file read under every guard on its own.

Clean files take a fast path (a vectorised field-count check, then polars' CSV reader);
only files with defects go through the slower line-by-line parser that reports lines.
"""

from __future__ import annotations

import fnmatch
import zipfile
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import polars as pl

from d365migrate.intake.date_order import export_date_order, in_export_order
from d365migrate.intake.dialect import (
    Problem,
)
from d365migrate.intake.document_files import is_document_name
from d365migrate.intake.export_code_page import settle_code_page
from d365migrate.intake.file_parsers import read_csv_bytes, read_xlsx
from d365migrate.intake.guard import (
    ExportError,
    Limits,
    read_regular_file,
    screen_zip,
    unsafe_path,
    walk_folder,
)
from d365migrate.intake.guess import IntakeGuess
from d365migrate.intake.neutral_names import default_sheet_name
from d365migrate.intake.parts import join_parts
from d365migrate.intake.read_cache import cache_key, cached_columns, load_entry, store_entry
from d365migrate.intake.records_from_values import add_records_from_values
from d365migrate.intake.table_types import infer_columns
from d365migrate.intake.value_rows import fold_value_rows
from d365migrate.intake.values import has_time

__all__ = ["Export", "ExportError", "IntakeGuess", "Limits", "Problem", "read_export",
           "read_table_bytes", "TABLE_EXTENSIONS"]

TABLE_EXTENSIONS = {".csv", ".tsv", ".txt", ".tab", ".xlsx", ".xlsm"}
#: Folders whose files are attachments, never tables (an attached price-list.xlsx is data).
ATTACHMENT_DIRS = {"attachments", "attachment", "files", "documents", "uploads", "blobs"}


@dataclass
class Export:
    """A customer export as read: text tables plus the guesses and problems behind them."""

    root: Path
    tables: dict[str, pl.DataFrame] = field(default_factory=dict)
    guesses: dict[str, IntakeGuess] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: dict[str, int] = field(default_factory=dict)  # every file in the export -> bytes
    limits: Limits = field(default_factory=Limits)
    _zip: zipfile.ZipFile | None = field(default=None, repr=False)
    _zip_prefix: str = field(default="", repr=False)
    _paths: dict[str, Path] = field(default_factory=dict, repr=False)  # rel -> real path
    _refused: set[str] = field(default_factory=set, repr=False)
    _cache: Path | None = field(default=None, repr=False)  # see read_export(cache=)
    _cache_keys: dict[str, str] = field(default_factory=dict, repr=False)  # source -> key
    _named: dict[str, str] = field(default_factory=dict, repr=False)  # source -> asked name

    def _inside(self, rel: str) -> str | None:
        """``rel`` as a key of :attr:`files`; None (and a Problem, once) when it would
        leave the export: absolute, ``..``, or a link out (never listed in ``files``)."""
        why = unsafe_path(rel)
        if why is not None:
            if rel not in self._refused:
                self._refused.add(rel)
                self.problems.append(Problem(rel, None, f"attachment path refused: {why}"))
            return None
        rel = rel.replace("\\", "/")
        while rel.startswith("./"):
            rel = rel[2:]
        return rel

    def read_bytes(self, rel: str) -> bytes | None:
        """Bytes of a file inside the export (attachments), or None if it is not there or
        its path leads outside the export (a :class:`Problem` says so)."""
        key = self._inside(rel)
        if key is None or key not in self.files:
            return None
        if self._zip is not None:
            return self._zip.read(self._zip_prefix + key)
        real = self._paths.get(key, self.root / key)
        return read_regular_file(real, max(self.files[key] + 1, self.limits.max_table_bytes))

    def file_size(self, rel: str) -> int | None:
        """Size of a file inside the export, None when missing (attachment checks)."""
        key = self._inside(rel)
        return None if key is None else self.files.get(key)

    def row_counts(self) -> dict[str, dict[str, Any]]:
        """Per table: rows in the file, rows read, lines of the rows not read."""
        return {s: {"file": g.file, "rows_in_file": g.rows, "rows_read": g.rows_read,
                    "unread_lines": list(g.unread_lines)} for s, g in self.guesses.items()}

    def guesses_dict(self) -> dict[str, dict[str, Any]]:
        return {k: g.to_dict() for k, g in self.guesses.items()}


def read_table_bytes(data: bytes, name: str = "table.csv",
                     overrides: dict[str, Any] | None = None) -> Export:
    """Read one in-memory file (CSV or workbook) - handy for tests and uploads."""
    overrides = dict(overrides or {})
    exp = Export(root=Path(name), limits=Limits.from_overrides(overrides.pop("limits", None)))
    if len(data) > exp.limits.max_table_bytes:
        exp.problems.append(Problem(name, None, f"{len(data):,} bytes, over the limit of "
                                    f"{exp.limits.max_table_bytes:,} for one table file "
                                    "(intake.limits.max_table_bytes); not read"))
    else:
        _ingest(exp, name, data, overrides)
    _finish(exp, overrides)
    return exp


def _opts_for(overrides: dict[str, Any], rel: str, source: str) -> dict[str, Any]:
    opts: dict[str, Any] = dict(overrides.get("*", {}) or {})
    for key in (source, rel, PurePosixPath(rel).name):
        if isinstance(overrides.get(key), dict):
            opts.update(overrides[key])
    return opts


def _unique_source(exp: Export, source: str, rel: str) -> str:
    if source not in exp.tables and source not in exp.guesses:
        return source
    alt = PurePosixPath(rel).with_suffix("").as_posix().replace("/", "__")
    k = 2
    while alt in exp.tables:
        alt = f"{source}_{k}"
        k += 1
    return alt


def _ingest(exp: Export, rel: str, data: bytes, overrides: dict[str, Any]) -> None:
    ext = PurePosixPath(rel).suffix.lower()
    if ext in {".xlsx", ".xlsm"}:
        sheets = read_xlsx(data, rel, _opts_for(overrides, rel, ""), exp.problems, exp.limits)
        for sheet, df, guess in sheets:
            # a workbook's one sheet under its program's default name ('Worksheet',
            # 'Sheet1') is named by its file, as a CSV is
            name = (PurePosixPath(rel).stem if len(sheets) == 1 and default_sheet_name(sheet)
                    else sheet)
            opts = _opts_for(overrides, f"{rel}#{sheet}", name)
            if opts.get("skip"):
                continue
            source = _unique_source(exp, opts.get("source", name), f"{rel}#{sheet}")
            if opts.get("source"):
                exp._named[source] = str(opts["source"])
            guess.source = source
            exp.tables[source] = df
            exp.guesses[source] = guess
        return
    raw = data
    stem = PurePosixPath(rel).stem
    opts = _opts_for(overrides, rel, stem)
    if opts.get("skip"):
        return
    source = _unique_source(exp, opts.get("source", stem), rel)
    if opts.get("source"):
        exp._named[source] = str(opts["source"])
    key = _cache_key(exp, rel, source, opts, raw) if exp._cache is not None else None
    hit = _from_cache(exp, key) if key else None
    if hit is not None:
        df, guess, problems = hit
        exp.problems.extend(problems)
    else:
        first = len(exp.problems)
        df, guess = read_csv_bytes(raw, rel, source, opts, exp.problems, exp.limits)
        if key:
            _to_cache(exp, key, df, guess, exp.problems[first:])
    if key:
        exp._cache_keys[source] = key
    exp.guesses[source] = guess
    if df is not None:
        exp.tables[source] = df


def _cache_key(exp: Export, rel: str, source: str, opts: dict[str, Any], data: bytes) -> str:
    return cache_key([rel, source, opts, asdict(exp.limits)], data)


def _from_cache(exp: Export, key: str
                ) -> tuple[pl.DataFrame | None, IntakeGuess, list[Problem]] | None:
    """A file read before with the same bytes and options: its table, guess and problems."""
    assert exp._cache is not None
    hit = load_entry(exp._cache, key)
    if hit is None:
        return None
    df, meta = hit
    try:
        return df, IntakeGuess(**meta["guess"]), [Problem(**p) for p in meta["problems"]]
    except (TypeError, KeyError):  # an entry of another shape: read the file again
        return None


def _to_cache(exp: Export, key: str, df: pl.DataFrame | None, guess: IntakeGuess,
              problems: list[Problem]) -> None:
    """Keep what reading one file gave (before ``_finish`` fills the column guesses)."""
    assert exp._cache is not None
    store_entry(exp._cache, key, df, {"guess": asdict(guess),
                                      "problems": [asdict(p) for p in problems]})


def _column_infos(exp: Export, source: str, df: pl.DataFrame) -> dict[str, dict[str, Any]]:
    return cached_columns(exp._cache, exp._cache_keys.get(source), df, infer_columns)


def _is_table_file(rel: str, exclude: list[str]) -> bool:
    p = PurePosixPath(rel)
    if p.suffix.lower() not in TABLE_EXTENSIONS or p.name.startswith((".", "~$")) or \
            is_document_name(p.name) or any(d.lower() in ATTACHMENT_DIRS for d in p.parts[:-1]):
        return False
    return not any(fnmatch.fnmatch(rel, pat) for pat in exclude)


def read_export(path: str | Path, overrides: dict[str, Any] | None = None,
                cache: Path | None = None) -> Export:
    """Read a folder, .zip or workbook export; every column as text, nothing modified.

    ``overrides`` (e.g. the ``intake:`` block of the parameters file) is keyed by source
    name, file name or ``"*"`` and may set ``encoding``, ``delimiter``, ``quotechar``,
    ``skip_rows``, ``date_formats`` ({column: format or [formats]}),
    ``decimal_separator``, ``thousands_separator``, ``null_words`` (False: a cell 'NULL'
    is a value, :mod:`.null_words`), ``source`` (rename) and ``skip``.
    The parts of a table split over several files are one source (:mod:`.parts`); files
    given one ``source`` are one table, a file given a ``source`` of its own stays apart.
    Files and cells of e-mails or phones are read as columns (:mod:`.value_rows`).
    A top-level ``exclude`` list of globs hides files; a top-level ``limits`` mapping
    overrides the expansion limits of :class:`~d365migrate.intake.guard.Limits`.

    Raises :class:`ExportError` when the path does not exist, holds no table files, or is
    over a whole-export limit; everything else is a :class:`Problem` and the rest reads.

    ``cache`` (a run's ``RunFolder.intake_cache``): a CSV file whose bytes, options and
    limits were read before is taken from there (table, guesses, problems: keyed by the
    SHA-256 of its bytes), not parsed and inferred again (each step of a run reads the
    export: ~12 s a step at a million rows). Walking, screening and every guard still run.
    """
    path = Path(path)
    overrides = dict(overrides or {})
    limits = Limits.from_overrides(overrides.pop("limits", None))
    exclude = list(overrides.get("exclude", []) or [])
    exp = Export(root=path, limits=limits, _cache=cache)
    if path.is_dir():
        for rel, (real, size) in walk_folder(path, limits, exp.problems).items():
            exp.files[rel], exp._paths[rel] = size, real
        tables = [rel for rel in sorted(exp.files) if _is_table_file(rel, exclude)]
        _require_tables(path, tables, exp)
        for rel in tables:
            try:
                data = read_regular_file(exp._paths[rel], limits.max_table_bytes)
            except (OSError, ValueError) as exc:
                exp.problems.append(Problem(rel, None, f"not read: {_reason(exc)}"))
                continue
            _ingest(exp, rel, data, overrides)
    elif path.is_file() and path.suffix.lower() in TABLE_EXTENSIONS:
        exp.files[path.name] = path.stat().st_size
        _ingest(exp, path.name, _read_single(path, exp), overrides)
    elif path.suffix.lower() == ".zip" or (path.is_file() and zipfile.is_zipfile(path)):
        if not path.is_file():
            raise ExportError(f"{path}: the export does not exist (or is not a file)")
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise ExportError(f"{path}: not a readable zip: {exc}") from exc
        members = screen_zip(zf, path.name, limits, exp.problems)
        tops = {m.filename.split("/", 1)[0] for m in members}
        prefix = ""
        if len(tops) == 1 and all("/" in m.filename for m in members):
            prefix = tops.pop() + "/"
        exp._zip, exp._zip_prefix = zf, prefix
        for m in members:
            exp.files[m.filename[len(prefix):]] = m.file_size
        chosen = [m for m in sorted(members, key=lambda m: m.filename)
                  if _is_table_file(m.filename[len(prefix):], exclude)]
        _require_tables(path, [m.filename for m in chosen], exp)
        for m in chosen:
            rel = m.filename[len(prefix):]
            if m.file_size > limits.max_table_bytes:
                exp.problems.append(Problem(f"{path.name}:{rel}", None, f"{m.file_size:,} "
                                            "bytes uncompressed, over the limit of "
                                            f"{limits.max_table_bytes:,} for one table file "
                                            "(intake.limits.max_table_bytes); not extracted"))
                continue
            try:
                data = zf.read(m)
            except Exception as exc:  # noqa: BLE001 - corrupt member, keep going
                exp.problems.append(Problem(f"{path.name}:{rel}", None,
                                            f"cannot extract: {exc}"))
                continue
            _ingest(exp, rel, data, overrides)
    elif path.is_file():
        exp.files[path.name] = path.stat().st_size
        _ingest(exp, path.name, _read_single(path, exp), overrides)
    else:
        raise ExportError(f"{path}: the export does not exist (expected a folder, a .zip "
                          "or a workbook)")
    # the export's legacy 8-bit files in one code page, where their bytes leave it open
    settle_code_page(exp, lambda s: _opts_for(overrides, exp.guesses[s].file, s))
    join_parts(exp, exp._named)  # a table split over several files is one table
    fold_value_rows(exp, lambda s: _opts_for(overrides, exp.guesses[s].file, s))
    add_records_from_values(exp, overrides)  # companies the people file names: decided
    _finish(exp, overrides)
    return exp


def export_files(path: str | Path, overrides: dict[str, Any] | None = None) -> Export:
    """The export's files, sizes and bytes without reading its tables: what a load needs for
    attachments (``Export.file_size``, ``Export.read_bytes``), under the same guard (a path
    leading out is refused, links out are never listed, the expansion limits hold)."""
    path = Path(path)
    overrides = dict(overrides or {})
    exp = Export(root=path, limits=Limits.from_overrides(overrides.pop("limits", None)))
    if path.is_dir():
        for rel, (real, size) in walk_folder(path, exp.limits, exp.problems).items():
            exp.files[rel], exp._paths[rel] = size, real
    elif path.is_file() and path.suffix.lower() not in TABLE_EXTENSIONS and (
            path.suffix.lower() == ".zip" or zipfile.is_zipfile(path)):
        zf = zipfile.ZipFile(path)
        members = screen_zip(zf, path.name, exp.limits, exp.problems)
        tops = {m.filename.split("/", 1)[0] for m in members}
        prefix = tops.pop() + "/" if len(tops) == 1 and all(
            "/" in m.filename for m in members) else ""
        exp._zip, exp._zip_prefix = zf, prefix
        for m in members:
            exp.files[m.filename[len(prefix):]] = m.file_size
    elif path.is_file():
        exp.files[path.name] = path.stat().st_size
    return exp


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def _read_single(path: Path, exp: Export) -> bytes:
    try:
        return read_regular_file(path, exp.limits.max_table_bytes)
    except (OSError, ValueError) as exc:
        raise ExportError(f"{path}: not read: {_reason(exc)}") from exc


def _require_tables(path: Path, tables: list[str], exp: Export) -> None:
    if tables:
        return
    why = "; ".join(f"{p.file}: {p.problem}" for p in exp.problems[:3])
    raise ExportError(f"{path}: the export holds no table files "
                      f"({', '.join(sorted(TABLE_EXTENSIONS))})" + (f"; {why}" if why else ""))


_PATH_COLUMNS = {"path", "file_path", "filepath", "attachment_path"}
_FILE_COLUMNS = {"file_name", "filename", "mime_type", "size_bytes", "attachment_id"}


def _finish(exp: Export, overrides: dict[str, Any]) -> None:
    """Fill per-column guesses (types, date formats, decimal separators).

    A number column whose values never tell '.' from ',' (only '3.100', '89.400', '800')
    takes the decimal separator the rest of the export shows: one export, one locale.
    """
    infos = {source: _column_infos(exp, source, df) for source, df in exp.tables.items()}
    shown = Counter(i["decimal"] for info in infos.values() for i in info.values()
                    if i.get("decided"))
    export_decimal = shown.most_common(1)[0][0] if shown else None
    date_order = export_date_order(infos.values())   # '26-08-2006' elsewhere: day first
    for source, df in exp.tables.items():
        g = exp.guesses[source]
        opts = _opts_for(overrides, g.parts[0]["file"] if g.parts else g.file, source)
        g.rows_read, g.columns = df.height, list(df.columns)
        g.rows = max(g.rows, df.height)
        for c in df.columns:
            if c.lower() in _PATH_COLUMNS and _FILE_COLUMNS & set(df.columns):
                for rel in df[c].drop_nulls().unique(maintain_order=True).to_list():
                    exp._inside(rel)  # a path leading out of the export is a Problem now
        info = infos[source]
        g.column_types = {c: i["type"] for c, i in info.items()}
        forced_dates = opts.get("date_formats") or {}
        for c, i in info.items():
            if c in forced_dates:
                f = forced_dates[c]
                g.date_formats[c] = [f] if isinstance(f, str) else list(f)
                if "date_formats" not in g.overridden:
                    g.overridden.append("date_formats")
                g.column_types[c] = "datetime" if any(has_time(x) for x in
                                                      g.date_formats[c]) else "date"
            elif i.get("formats"):
                g.date_formats[c] = i["formats"]
                if i.get("ambiguous") and (
                        turned := in_export_order(i["formats"], date_order)) is not None:
                    g.date_formats[c] = turned   # still ambiguous, in the export's order
                if i.get("ambiguous"):
                    g.ambiguous_dates.append(c)
            if i.get("decimal") is not None:
                dec, th = i["decimal"], i["thousands"]
                if not i.get("decided") and export_decimal and dec != export_decimal:
                    dec = export_decimal
                    th = th if th in (None, " ") else ("." if dec == "," else ",")
                g.number_formats[c] = {"decimal": dec, "thousands": th}
        dec = opts.get("decimal_separator")
        if dec:
            g.overridden.append("decimal_separator")
            for nf in g.number_formats.values():
                nf["decimal"] = dec
                nf["thousands"] = opts.get("thousands_separator",
                                           "." if dec == "," else ",")
            g.decimal_separator = dec
        else:
            decs = Counter(nf["decimal"] for nf in g.number_formats.values()
                           if nf["decimal"] is not None and (nf["thousands"] or nf["decimal"]
                                                             == ","))
            g.decimal_separator = decs.most_common(1)[0][0] if decs else (
                "." if g.number_formats else None)
