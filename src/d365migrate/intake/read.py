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
  :class:`Problem` records naming file, line and problem, and keeps reading the rest.

Clean files take a fast path (a vectorised field-count check, then polars' CSV reader);
only files with defects go through the slower line-by-line parser that reports lines.
"""

from __future__ import annotations

import codecs
import csv
import fnmatch
import io
import zipfile
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import polars as pl

from d365migrate.intake.dialect import (
    MAX_PROBLEMS_PER_KIND,
    Problem,
    clean_header,
    sniff,
    structure_ok,
    tolerant_parse,
)
from d365migrate.intake.values import ValueFormat, has_time, infer_column

__all__ = ["Export", "IntakeGuess", "Problem", "read_export", "read_table_bytes",
           "TABLE_EXTENSIONS"]

TABLE_EXTENSIONS = {".csv", ".tsv", ".txt", ".tab", ".xlsx", ".xlsm"}
#: Folders whose files are attachments, never tables (an attached price-list.xlsx is data).
ATTACHMENT_DIRS = {"attachments", "attachment", "files", "documents", "uploads", "blobs"}


@dataclass
class IntakeGuess:
    """Everything intake guessed about one table, so a human can review and override it."""

    file: str
    source: str
    format: str = "csv"  # csv | xlsx
    sheet: str | None = None
    encoding: str | None = None
    bom: bool = False
    delimiter: str | None = None
    quotechar: str | None = '"'
    skip_rows: int = 0
    rows: int = 0
    columns: list[str] = field(default_factory=list)
    column_types: dict[str, str] = field(default_factory=dict)
    date_formats: dict[str, list[str]] = field(default_factory=dict)
    ambiguous_dates: list[str] = field(default_factory=list)
    decimal_separator: str | None = None
    number_formats: dict[str, dict[str, str | None]] = field(default_factory=dict)
    parser: str = "fast"  # fast (polars) | tolerant (line-by-line, file had defects)
    overridden: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def value_format(self, column: str) -> ValueFormat:
        """How ``column``'s values are written, as guessed (or overridden): what staging and
        profiling parse it with. A number column intake did not type (an integer column,
        say) takes the file's decimal separator."""
        dates = self.date_formats.get(column)
        nf = self.number_formats.get(column)
        return ValueFormat(tuple(dates) if dates else None,
                           nf["decimal"] if nf else self.decimal_separator,
                           nf["thousands"] if nf else None)


@dataclass
class Export:
    """A customer export as read: text tables plus the guesses and problems behind them."""

    root: Path
    tables: dict[str, pl.DataFrame] = field(default_factory=dict)
    guesses: dict[str, IntakeGuess] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: dict[str, int] = field(default_factory=dict)  # every file in the export -> bytes
    _zip: zipfile.ZipFile | None = field(default=None, repr=False)
    _zip_prefix: str = field(default="", repr=False)

    def read_bytes(self, rel: str) -> bytes | None:
        """Bytes of a file inside the export (attachments), or None if it is not there."""
        rel = rel.replace("\\", "/").lstrip("/")
        if rel not in self.files:
            return None
        if self._zip is not None:
            return self._zip.read(self._zip_prefix + rel)
        return (self.root / rel).read_bytes()

    def file_size(self, rel: str) -> int | None:
        """Size of a file inside the export, None when missing (attachment checks)."""
        return self.files.get(rel.replace("\\", "/").lstrip("/"))

    def guesses_dict(self) -> dict[str, dict[str, Any]]:
        return {k: g.to_dict() for k, g in self.guesses.items()}


# --------------------------------------------------------------------------- encodings

def _detect_encoding(data: bytes) -> tuple[str, bool, str]:
    """Return (codec, had_bom, how) for raw bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", True, "bom"
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        return "utf-32", True, "bom"
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", True, "bom"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", True, "bom"
    head = data[:4096]
    if len(head) >= 4:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
            return "utf-16-le", False, "nul-pattern"
        if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
            return "utf-16-be", False, "nul-pattern"
    try:
        data.decode("utf-8")
        return "utf-8", False, "strict-decode"
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few bad lines (concatenated files, binary junk) stays UTF-8:
    # re-decoding everything as cp1252 would mangle the good lines.
    ok = bad = 0
    for line in data.split(b"\n"):
        if max(line, default=0) < 0x80:
            continue
        try:
            line.decode("utf-8")
            ok += 1
        except UnicodeDecodeError:
            bad += 1
    if ok > bad:
        return "utf-8", False, "mostly-utf-8"
    return _single_byte_codec(data), False, "charset-normalizer"


def _single_byte_codec(data: bytes) -> str:
    """Pick a legacy 8-bit codec: Western cp1252 unless Central European cp1250 explains
    more of the high bytes as letters (e.g. 0xB3 is 'ł' in cp1250 but '³' in cp1252)."""
    high = bytes(sorted({b for b in data[:1_000_000] if b >= 0x80}))
    best, best_score = "", -1
    for enc in ("cp1252", "cp1250"):
        try:
            chars = high.decode(enc)
        except UnicodeDecodeError:
            continue
        weights = Counter(b for b in data[:1_000_000] if b >= 0x80)
        score = sum(weights[b] for b, ch in zip(high, chars, strict=True) if ch.isalpha())
        if score > best_score:
            best, best_score = enc, score
    # Bytes undefined in both Windows code pages: ISO Latin-1 decodes anything.
    return best or "latin-1"


def _decode(data: bytes, encoding: str, label: str,
            problems: list[Problem]) -> str:
    """Decode bytes; undecodable lines are reported and decoded as cp1252 instead."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        pass
    if encoding.replace("-sig", "") != "utf-8":
        problems.append(Problem(label, None, f"bytes invalid in {encoding}; replaced", "warning"))
        return data.decode(encoding, errors="replace")
    out = []
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    reported = 0
    for n, line in enumerate(data.split(b"\n"), start=1):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace"))
            reported += 1
            if reported <= MAX_PROBLEMS_PER_KIND:
                problems.append(Problem(label, n, "line is not valid UTF-8; decoded as cp1252",
                                        "warning"))
    if reported > MAX_PROBLEMS_PER_KIND:
        problems.append(Problem(label, None, f"{reported - MAX_PROBLEMS_PER_KIND} more lines "
                                "not valid UTF-8", "warning"))
    return "\n".join(out)


_MAGIC = {
    b"\x89PNG": "a PNG image", b"%PDF": "a PDF document", b"PK\x03\x04": "a zip/.xlsx archive",
    b"\xd0\xcf\x11\xe0": "a legacy .xls workbook (save it as .xlsx or CSV)",
    b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
}


def _binary_kind(data: bytes, encoding: str) -> str | None:
    """Describe a file that is not text at all; None when it is (mostly) text."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    if encoding.startswith(("utf-16", "utf-32")):
        return None
    head = data[:4096]
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32 or b == 0x7F)
    return "binary data" if head and ctrl > 0.3 * len(head) else None


# --------------------------------------------------------------------------- tables

def _read_csv_bytes(data: bytes, label: str, source: str, opts: dict[str, Any],
                    problems: list[Problem]) -> tuple[pl.DataFrame | None, IntakeGuess]:
    guess = IntakeGuess(file=label, source=source)
    if "encoding" in opts:
        enc = opts["encoding"]
        bom = data.startswith(codecs.BOM_UTF8) and enc.startswith("utf-8")
        how = "override"
        guess.overridden.append("encoding")
    else:
        enc, bom, how = _detect_encoding(data)
    guess.encoding, guess.bom = enc, bom
    if not data.strip():
        problems.append(Problem(label, None, "empty file"))
        return None, guess
    kind = _binary_kind(data, enc)
    if kind and not opts.get("force_text"):
        problems.append(Problem(label, 1, f"not a text table ({kind}); file skipped"))
        return None, guess
    if how == "strict-decode" or (enc in ("utf-8", "utf-8-sig") and how == "bom"
                                  and _valid_utf8(data[3:])):
        # Fast path: the bytes are already valid UTF-8 - hand them to polars untouched.
        utf8 = data[3:] if data.startswith(codecs.BOM_UTF8) else data
    else:
        text = _decode(data, enc, label, problems).lstrip("\ufeff")
        if "\n" not in text and "\r" in text:  # classic Mac line ends
            text = text.replace("\r", "\n")
        utf8 = text.encode("utf-8")
    head = utf8[:200_000].decode("utf-8", errors="ignore")
    delim, quote, skip = sniff(head)
    for key in ("delimiter", "quotechar", "skip_rows"):
        if key in opts:
            guess.overridden.append(key)
    delim = opts.get("delimiter", delim)
    quote = opts.get("quotechar", quote) or None
    skip = int(opts.get("skip_rows", skip))
    guess.delimiter, guess.quotechar, guess.skip_rows = delim, quote, skip
    if skip:
        problems.append(Problem(label, 1, f"{skip} line(s) before the header skipped",
                                "warning"))
    offset = 0
    for _ in range(skip):
        nxt = utf8.find(b"\n", offset)
        offset = len(utf8) if nxt < 0 else nxt + 1
    body = utf8[offset:] if offset else utf8
    first = next(csv.reader(io.StringIO(body[:100_000].decode("utf-8", errors="ignore")),
                            delimiter=delim, quotechar=quote or '"',
                            quoting=csv.QUOTE_MINIMAL if quote else csv.QUOTE_NONE), [])
    if not first:
        problems.append(Problem(label, skip + 1, "no header row found"))
        return None, guess
    names = clean_header(first, label, problems)
    df: pl.DataFrame | None = None
    try:
        df = pl.read_csv(io.BytesIO(body), separator=delim, quote_char=quote,
                         infer_schema=False, has_header=True, new_columns=names,
                         raise_if_empty=False)
        if not structure_ok(body, delim, quote, len(first), df.height):
            df = None
    except Exception:  # noqa: BLE001 - any polars complaint sends us to the slow path
        df = None
    if df is None:
        guess.parser = "tolerant"
        text = utf8.decode("utf-8", errors="replace")
        header, rows = tolerant_parse(text, delim, quote, skip, label, problems)
        if len(header) != len(names):
            names = clean_header(header, label, [])
        cols = list(zip(*rows, strict=True)) if rows else [()] * len(names)
        df = pl.DataFrame({n: pl.Series(n, list(c), dtype=pl.Utf8)
                           for n, c in zip(names, cols, strict=True)})
        df = df.with_columns(pl.col(pl.Utf8).str.strip_suffix("\r").replace("", None))
    return df, guess


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _read_xlsx(data: bytes | Path, label: str, opts: dict[str, Any], problems: list[Problem]
               ) -> list[tuple[str, pl.DataFrame, IntakeGuess]]:
    """Every non-empty sheet of a workbook, all cells as text."""
    import fastexcel

    out: list[tuple[str, pl.DataFrame, IntakeGuess]] = []
    try:
        reader = fastexcel.read_excel(data if isinstance(data, bytes) else str(data))
    except Exception as exc:  # noqa: BLE001
        problems.append(Problem(label, None, f"cannot open workbook: {exc}"))
        return out
    for sheet in reader.sheet_names:
        sheet_label = f"{label}#{sheet}"
        try:
            df = reader.load_sheet(sheet, dtypes="string",
                                   skip_whitespace_tail_rows=True).to_polars()
        except Exception as exc:  # noqa: BLE001
            problems.append(Problem(sheet_label, None, f"cannot read sheet: {exc}"))
            continue
        if df.height == 0 and df.width == 0:
            continue
        names = clean_header([str(c) if not str(c).startswith("__UNNAMED__") else ""
                               for c in df.columns], sheet_label, problems)
        df = df.rename(dict(zip(df.columns, names, strict=True)))
        df = df.with_columns(pl.all().cast(pl.Utf8)).with_columns(
            pl.col(pl.Utf8).replace("", None))
        # Excel renders dates it knows as 'YYYY-MM-DD HH:MM:SS'; midnight means "a date".
        df = df.with_columns(
            pl.col(pl.Utf8).str.replace(r"^(\d{4}-\d{2}-\d{2}) 00:00:00$", "$1"))
        guess = IntakeGuess(file=sheet_label, source=sheet, format="xlsx", sheet=sheet,
                            encoding=None, delimiter=None, quotechar=None)
        out.append((sheet, df, guess))
    return out


def read_table_bytes(data: bytes, name: str = "table.csv",
                     overrides: dict[str, Any] | None = None) -> Export:
    """Read one in-memory file (CSV or workbook) - handy for tests and uploads."""
    exp = Export(root=Path(name))
    _ingest(exp, name, data, overrides or {})
    _finish(exp, overrides or {})
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


def _ingest(exp: Export, rel: str, data: bytes | Path, overrides: dict[str, Any]) -> None:
    ext = PurePosixPath(rel).suffix.lower()
    if ext in {".xlsx", ".xlsm"}:
        for sheet, df, guess in _read_xlsx(data, rel, _opts_for(overrides, rel, ""),
                                           exp.problems):
            opts = _opts_for(overrides, f"{rel}#{sheet}", sheet)
            if opts.get("skip"):
                continue
            source = _unique_source(exp, opts.get("source", sheet), f"{rel}#{sheet}")
            guess.source = source
            exp.tables[source] = df
            exp.guesses[source] = guess
        return
    raw = data if isinstance(data, bytes) else data.read_bytes()
    stem = PurePosixPath(rel).stem
    opts = _opts_for(overrides, rel, stem)
    if opts.get("skip"):
        return
    source = _unique_source(exp, opts.get("source", stem), rel)
    df, guess = _read_csv_bytes(raw, rel, source, opts, exp.problems)
    exp.guesses[source] = guess
    if df is not None:
        exp.tables[source] = df


def _is_table_file(rel: str, exclude: list[str]) -> bool:
    p = PurePosixPath(rel)
    if p.suffix.lower() not in TABLE_EXTENSIONS or p.name.startswith((".", "~$")):
        return False
    if any(part.lower() in ATTACHMENT_DIRS for part in p.parts[:-1]):
        return False
    if p.name.upper().startswith(("LICENSE", "README")):
        return False
    return not any(fnmatch.fnmatch(rel, pat) for pat in exclude)


def read_export(path: str | Path, overrides: dict[str, Any] | None = None) -> Export:
    """Read a folder, .zip or workbook export; every column as text, nothing modified.

    ``overrides`` (e.g. the ``intake:`` block of the parameters file) is keyed by source
    name, file name or ``"*"`` and may set ``encoding``, ``delimiter``, ``quotechar``,
    ``skip_rows``, ``date_formats`` ({column: format or [formats]}),
    ``decimal_separator``, ``thousands_separator``, ``source`` (rename) and ``skip``.
    A top-level ``exclude`` list of globs hides files.
    """
    path = Path(path)
    overrides = dict(overrides or {})
    exclude = list(overrides.get("exclude", []) or [])
    exp = Export(root=path)
    if path.is_dir():
        for f in sorted(p for p in path.rglob("*") if p.is_file()):
            rel = f.relative_to(path).as_posix()
            exp.files[rel] = f.stat().st_size
        for rel in sorted(exp.files):
            if _is_table_file(rel, exclude):
                _ingest(exp, rel, path / rel, overrides)
    elif path.is_file() and path.suffix.lower() in TABLE_EXTENSIONS:
        exp.files[path.name] = path.stat().st_size
        _ingest(exp, path.name, path, overrides)
    elif path.suffix.lower() == ".zip" or (path.is_file() and zipfile.is_zipfile(path)):
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            exp.problems.append(Problem(path.name, None, f"not a readable zip: {exc}"))
            return exp
        members = [m for m in zf.infolist() if not m.is_dir()
                   and not m.filename.startswith("__MACOSX/")]
        tops = {m.filename.split("/", 1)[0] for m in members}
        prefix = ""
        if len(tops) == 1 and all("/" in m.filename for m in members):
            prefix = tops.pop() + "/"
        exp._zip, exp._zip_prefix = zf, prefix
        for m in members:
            exp.files[m.filename[len(prefix):]] = m.file_size
        for m in sorted(members, key=lambda m: m.filename):
            rel = m.filename[len(prefix):]
            if _is_table_file(rel, exclude):
                try:
                    data = zf.read(m)
                except Exception as exc:  # noqa: BLE001 - corrupt member, keep going
                    exp.problems.append(Problem(f"{path.name}:{rel}", None,
                                                f"cannot extract: {exc}"))
                    continue
                _ingest(exp, rel, data, overrides)
    elif path.is_file():
        exp.files[path.name] = path.stat().st_size
        _ingest(exp, path.name, path, overrides)
    else:
        exp.problems.append(Problem(str(path), None, "path does not exist"))
    _finish(exp, overrides)
    return exp


def _finish(exp: Export, overrides: dict[str, Any]) -> None:
    """Fill per-column guesses (types, date formats, decimal separators).

    A number column whose values never tell '.' from ',' (only '3.100', '89.400', '800')
    takes the decimal separator the rest of the export shows: one export, one locale.
    """
    infos = {source: {c: infer_column(df[c]) for c in df.columns}
             for source, df in exp.tables.items()}
    shown = Counter(i["decimal"] for info in infos.values() for i in info.values()
                    if i.get("decided"))
    export_decimal = shown.most_common(1)[0][0] if shown else None
    for source, df in exp.tables.items():
        g = exp.guesses[source]
        opts = _opts_for(overrides, g.file, source)
        g.rows, g.columns = df.height, list(df.columns)
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
