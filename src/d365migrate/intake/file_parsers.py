"""One table file's bytes to a DataFrame: CSV of any dialect and encoding, or each sheet of a
workbook, with a problem line for every row not read.

Split from :mod:`d365migrate.intake.read`, which walks the export, caches and names the
tables; here only parsing, bounded by the intake limits."""

from __future__ import annotations

import codecs
import csv
import io
import re
from typing import Any

import polars as pl

from d365migrate.intake.dialect import (
    MAX_PROBLEMS_PER_KIND,
    Problem,
    clean_header,
    sheet_header,
    sniff,
    structure_ok,
    tolerant_parse,
)
from d365migrate.intake.encoding import binary_kind, decode, detect_encoding
from d365migrate.intake.formula_guards import without_formula_guards
from d365migrate.intake.guard import (
    Limits,
    columns_in_header,
    longest_field_bound,
    workbook_problems,
)
from d365migrate.intake.guess import IntakeGuess
from d365migrate.intake.key_header_rows import drop_key_row
from d365migrate.intake.keyed_rows import unkeyed_header
from d365migrate.intake.module_refs import read_module_refs
from d365migrate.intake.null_words import without_null_words
from d365migrate.intake.padded_preambles import MAX_LINES, padded_preamble
from d365migrate.intake.trailing_separators import drop_trailing_separator

#: Rows a sheet's title lines are looked for in: a banner's few lines, then its header.
PREAMBLE_SCAN = MAX_LINES + 2


def read_csv_bytes(data: bytes, label: str, source: str, opts: dict[str, Any],
                    problems: list[Problem], limits: Limits | None = None
                    ) -> tuple[pl.DataFrame | None, IntakeGuess]:
    limits = limits or Limits()
    guess = IntakeGuess(file=label, source=source)
    if "encoding" in opts:
        enc = opts["encoding"]
        bom = data.startswith(codecs.BOM_UTF8) and enc.startswith("utf-8")
        how = "override"
        guess.overridden.append("encoding")
    else:
        enc, bom, how = detect_encoding(data)
    guess.encoding, guess.bom = enc, bom
    if not data.strip():
        problems.append(Problem(label, None, "empty file"))
        return None, guess
    kind = binary_kind(data, enc)
    if kind and not opts.get("force_text"):
        problems.append(Problem(label, 1, f"not a text table ({kind}); file skipped"))
        return None, guess
    if how == "strict-decode" or (enc in ("utf-8", "utf-8-sig") and how == "bom"
                                  and valid_utf8(data[3:])):
        # Fast path: the bytes are already valid UTF-8 - hand them to polars untouched.
        utf8 = data[3:] if data.startswith(codecs.BOM_UTF8) else data
    else:
        text = decode(data, enc, label, problems).lstrip("\ufeff")
        if "\n" not in text and "\r" in text:  # classic Mac line ends
            text = text.replace("\r", "\n")
        utf8 = text.encode("utf-8")
    if b"\n" not in utf8 and b"\r" in utf8:  # classic Mac line ends, valid UTF-8
        utf8 = utf8.replace(b"\r", b"\n")
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
    body = unkeyed_header(body, delim, quote, label, problems, skip + 1)   # EGroupware's
    ncols = columns_in_header(body, delim)
    if ncols > limits.max_columns:
        problems.append(Problem(label, skip + 1, f"header has {ncols:,} columns, over the "
                                f"limit of {limits.max_columns:,} (intake.limits.max_columns); "
                                "file not read"))
        return None, guess
    oversized = longest_field_bound(body, quote) > limits.max_field_bytes
    try:
        first = next(csv.reader(io.StringIO(body[:100_000].decode("utf-8", errors="ignore"),
                                            newline=""),
                                delimiter=delim, quotechar=quote or '"',
                                quoting=csv.QUOTE_MINIMAL if quote else csv.QUOTE_NONE,
                                # vtiger's export joins its header by '", "': each label
                                # after the first stands quoted behind a space
                                skipinitialspace=True), [])
    except csv.Error as exc:
        problems.append(Problem(label, skip + 1, f"header row cannot be read: {exc}"))
        return None, guess
    if not first:
        problems.append(Problem(label, skip + 1, "no header row found"))
        return None, guess
    names = clean_header(first, label, problems, skip + 1)
    df: pl.DataFrame | None = None
    try:
        if oversized:
            raise ValueError("a field may be over the limit: read line by line")
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
        lines: list[int] = []
        ragged: dict[int, int] = {}
        header, rows = tolerant_parse(text, delim, quote, skip, label, problems,
                                      record_lines=lines, dropped_lines=guess.unread_lines,
                                      ragged=ragged)
        if len(header) != len(names):
            names = clean_header(header, label, [])
        if oversized:
            rows = drop_oversized(rows, lines, names, label, limits.max_field_bytes,
                                   problems, guess.unread_lines)
        guess.unread_lines.sort()
        if ragged:  # rows as staging numbers them: the lines read, in order
            unread = set(guess.unread_lines)
            kept = [ln for ln in lines if ln not in unread]
            guess.ragged_rows = [[row, ln, ragged[ln]] for row, ln in enumerate(kept, 1)
                                 if ln in ragged]
        cols = list(zip(*rows, strict=True)) if rows else [()] * len(names)
        df = pl.DataFrame({n: pl.Series(n, list(c), dtype=pl.Utf8)
                           for n, c in zip(names, cols, strict=True)})
        df = df.with_columns(pl.col(pl.Utf8).str.strip_suffix("\r").replace("", None))
    df = drop_key_row(df, label, problems, skip + 2)   # 'Party.name' under 'Name'
    df = drop_trailing_separator(df, first, label, problems, skip + 1)   # 'a;b;c;'
    df = read_module_refs(df, label, problems, skip + 1)   # vtiger's 'Accounts::::Acme'
    df = without_formula_guards(df, label, problems, skip + 1)   # "'+34 999 56 6963"
    if opts.get("null_words", True):
        df = without_null_words(df, label, problems, skip + 1)   # SQL Server's 'NULL'
    guess.rows = df.height + len(guess.unread_lines)
    return df, guess


def drop_oversized(rows: list[list[str]], lines: list[int], names: list[str], label: str,
                    limit: int, problems: list[Problem], unread: list[int]) -> list[list[str]]:
    """Rows with a field over ``limit`` bytes are not read: a problem names the line and
    column (and the row counts as in the file but not read)."""
    keep: list[list[str]] = []
    n = 0
    for rec, line in zip(rows, lines, strict=True):
        big = next(((c, len(v.encode("utf-8"))) for c, v in zip(names, rec, strict=False)
                    if len(v) > limit // 4 and len(v.encode("utf-8")) > limit), None)
        if big is None:
            keep.append(rec)
            continue
        unread.append(line)
        n += 1
        if n <= MAX_PROBLEMS_PER_KIND:
            problems.append(Problem(label, line, f"line {line}, column {big[0]!r}: a value of "
                                    f"{big[1]:,} bytes, over the {limit:,}-byte limit for one "
                                    "field (intake.limits.max_field_bytes); row not read"))
    if n > MAX_PROBLEMS_PER_KIND:
        problems.append(Problem(label, None, f"{n - MAX_PROBLEMS_PER_KIND} more rows with a "
                                "field over the limit; not read"))
    return keep


def valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def read_xlsx(data: bytes, label: str, opts: dict[str, Any], problems: list[Problem],
               limits: Limits) -> list[tuple[str, pl.DataFrame, IntakeGuess]]:
    """Every non-empty sheet of a workbook, all cells as text."""
    import fastexcel

    out: list[tuple[str, pl.DataFrame, IntakeGuess]] = []
    if not workbook_problems(data, label, limits, problems):
        return out
    try:
        reader = fastexcel.read_excel(data)
    except Exception as exc:  # noqa: BLE001
        problems.append(Problem(label, None, f"cannot open workbook: {exc}"))
        return out
    for sheet in reader.sheet_names:
        sheet_label = f"{label}#{sheet}"
        try:
            skip = _sheet_preamble(reader, sheet, opts)
            df = reader.load_sheet(sheet, header_row=skip, dtypes="string",
                                   skip_whitespace_tail_rows=True).to_polars()
        except Exception as exc:  # noqa: BLE001
            problems.append(Problem(sheet_label, None, f"cannot read sheet: {exc}"))
            continue
        if skip:
            problems[:] = [p for p in problems if not _merged_title(p, sheet_label, skip)]
            problems.append(Problem(sheet_label, 1, f"{skip} row(s) before the header skipped",
                                    "warning"))
        if df.height == 0 and df.width == 0:
            continue
        if df.width > limits.max_columns:
            problems.append(Problem(sheet_label, 1, f"{df.width:,} columns, over the limit of "
                                    f"{limits.max_columns:,} (intake.limits.max_columns); "
                                    "sheet not read"))
            continue
        raw = reader.load_sheet(sheet, header_row=None, skip_rows=skip, n_rows=1,
                                dtypes="string").to_polars()
        names = clean_header(sheet_header(df.columns, raw.row(0) if raw.height else []),
                             sheet_label, problems)
        df = df.rename(dict(zip(df.columns, names, strict=True)))
        df = df.with_columns(pl.all().cast(pl.Utf8)).with_columns(
            pl.col(pl.Utf8).replace("", None))
        # Excel renders dates it knows as 'YYYY-MM-DD HH:MM:SS'; midnight means "a date".
        df = df.with_columns(
            pl.col(pl.Utf8).str.replace(r"^(\d{4}-\d{2}-\d{2}) 00:00:00$", "$1"))
        if opts.get("null_words", True):
            df = without_null_words(df, sheet_label, problems, skip + 1)
        guess = IntakeGuess(file=sheet_label, source=sheet, format="xlsx", sheet=sheet,
                            encoding=None, delimiter=None, quotechar=None, rows=df.height,
                            skip_rows=skip)
        if "skip_rows" in opts:
            guess.overridden.append("skip_rows")
        out.append((sheet, df, guess))
    return out


def _sheet_preamble(reader: Any, sheet: str, opts: dict[str, Any]) -> int:
    """The rows above a sheet's header: the parameters' ``skip_rows``, else the title lines
    a back office writes above it (CRMEB's merged '商品导出' and '生成时间:...' rows), told
    apart as a CSV file's banner is (:func:`padded_preamble`)."""
    if "skip_rows" in opts:
        return int(opts["skip_rows"])
    head = reader.load_sheet(sheet, header_row=None, n_rows=PREAMBLE_SCAN,
                             dtypes="string").to_polars()
    rows = [["" if v is None else str(v) for v in r] for r in head.rows()]
    return padded_preamble(rows, head.width) if rows else 0


def _merged_title(p: Problem, where: str, skip: int) -> bool:
    """Whether ``p`` is the workbook guard's merged-cells warning for a title line skipped
    above the header: a banner merged across the table is harmless there."""
    m = re.match(r"cells [A-Z]+(\d+):[A-Z]+(\d+) are merged:", p.problem)
    return p.file == where and m is not None and int(m.group(2)) <= skip
