"""CSV dialects: sniffing delimiter, quoting and preamble, and reading defective files.

Clean files take polars' fast reader in :mod:`d365migrate.intake.read`; :func:`structure_ok`
proves that read lost nothing, and files that fail it go through :func:`tolerant_parse`,
which survives ragged rows, broken quotes and binary junk and names every bad line as a
:class:`Problem`.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from d365migrate.intake.padded_preambles import padded_preamble
from d365migrate.intake.wide_headers import collapsed_repeats, header_over_short_rows

__all__ = ["Problem", "clean_header", "sheet_header", "sniff", "structure_ok", "tolerant_parse"]

#: "~" too: Outlook-style calendar exports written with a tilde between fields (Horde
#: keeps one as a fixture of its CSV reader, bug 3839).
DELIMITERS = [",", ";", "\t", "|", "~"]
MAX_PROBLEMS_PER_KIND = 20
#: A quoted value running over more lines than this is treated as an unclosed quote. Whether
#: a long multi-line value is real or a quote that swallowed records is decided by
#: :func:`_swallowed` (record-shaped inner lines, wrong merged width), not by this cap, so a
#: valid 250-line note survives; the cap only bounds the search in a file of broken quotes.
MAX_RECORD_LINES = 100_000
#: Control characters that mark binary junk. SOH (\x01) is not among them: CiviCRM and Hive
#: write it between the several values of one field ('\x011\x012\x01'), in text.
_CTRL = re.compile(r"[\x00\x02-\x08\x0b\x0e-\x1f\x7f]")


@dataclass
class Problem:
    """One defect in the input, precise enough for the customer to find and fix it."""

    file: str
    line: int | None
    problem: str
    severity: str = "error"  # error (data lost or altered) | warning (read, but check)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        """The problem as a person reads it: the file, then the line when one is known (a
        problem of the whole file has none, and no "line None" is ever shown)."""
        if not self.line or re.search(rf"\bline {self.line}\b", self.problem):
            return f"{self.file}: {self.problem}"
        return f"{self.file}, line {self.line}: {self.problem}"



def _first_lines(text: str, n: int = 60) -> list[str]:
    return text[:200_000].split("\n", n)[:n]


def sniff(text: str) -> tuple[str, str | None, int]:
    """Guess (delimiter, quotechar, preamble lines to skip) from the start of the text."""
    sample = "\n".join(_first_lines(text))
    if sample.count("\n") >= 60:
        sample = sample[: sample.rfind("\n")]
    best: tuple[float, str, str | None, int] = (-1.0, ",", '"', 0)
    quotes: list[str | None] = ['"']
    if "'" in sample and '"' not in sample and re.search(r"(^|[,;\t|])'", sample, re.M):
        quotes = ["'", '"']
    for quote in quotes:
        for delim in DELIMITERS:
            try:
                rows = list(csv.reader(io.StringIO(sample), delimiter=delim,
                                       quotechar=quote or '"',
                                       quoting=csv.QUOTE_MINIMAL if quote else csv.QUOTE_NONE))
            except csv.Error:
                continue
            rows = [r for r in rows if r]
            if quote and sample.count(quote) % 2 and len(rows) > 1:
                # the sample ends inside a quoted value (an HTML body over many lines, as
                # listmonk's templates): its last record is cut short, no row of its own width
                rows = rows[:-1]
            if len(rows) < 1:
                continue
            counts = [len(r) for r in rows]
            modal, freq = Counter(counts).most_common(1)[0]
            if modal < 2:
                continue
            if counts[0] > modal and collapsed_repeats(rows, modal):
                # a header repeating names over rows keyed by name (EGroupware's): a
                # header of this width, its repeats dropped on reading (keyed_rows)
                counts[0] = modal
                freq += 1
            if quote and counts[0] != modal and _spaced_width(sample, delim, quote) == modal:
                # vtiger's header joined by '", "', a label holding the delimiter: quoted
                # behind a space, as wide as the rows under it, no preamble
                counts[0] = modal
            # preamble: leading rows that do not have the modal width
            skip = 0
            while skip < len(counts) and counts[skip] != modal and skip < 10:
                skip += 1
            short = modal - counts[0]
            if skip and 0 < short and all(not any(r[-short:]) for r in rows
                                          if len(r) == modal):
                skip = 0  # the header lacks only the rows' trailing empty fields
            if skip and counts[0] > modal and counts[0] == max(counts) \
                    and counts[1:].count(counts[0]) >= 1:
                # a header wider than most rows, with rows as wide as it after it: rows that
                # leave out their trailing empty fields (a report's accounts with no contact),
                # not a preamble (a preamble is narrower than the data under it)
                skip = 0
            if skip == 1 and header_over_short_rows(rows, modal):
                skip = 0  # a header naming more columns than any row fills (wide_headers)
            skip += padded_preamble(rows[skip:], modal)  # a banner padded to full width
            consistency = freq / len(counts)
            score = consistency * 10 + min(modal, 50) / 50 + (0.05 if delim == "," else 0)
            if score > best[0]:
                best = (score, delim, quote, skip)
    _, delim, quote, skip = best
    # skip counts records; convert to physical lines (preambles have no multi-line values)
    return delim, quote, _physical_lines(sample, skip)


def _spaced_width(sample: str, delim: str, quote: str) -> int:
    """The width of the first record read with each value's leading spaces skipped."""
    try:
        return len(next(csv.reader(io.StringIO(sample), delimiter=delim, quotechar=quote,
                                   skipinitialspace=True), []))
    except csv.Error:
        return 0


def _spaced_header(buf: str, delim: str, qc: str) -> list[str] | None:
    """A header whose every label after the first is quoted behind a space, read so."""
    if f"{delim} {qc}" not in buf:
        return None
    try:
        rows = list(csv.reader(io.StringIO(buf.rstrip("\r"), newline=""), delimiter=delim,
                               quotechar=qc, skipinitialspace=True, strict=True))
    except csv.Error:
        return None
    return rows[0] if len(rows) == 1 else None


def _physical_lines(sample: str, records: int) -> int:
    """The lines before the header: ``records`` preamble records, the blank lines among
    them, and the blank lines between the preamble and the header (LinkedIn's
    Connections.csv: two lines of notes, a blank line, then the header)."""
    lines = sample.split("\n")
    seen = line = 0
    while line < len(lines) and seen < records:
        seen += bool(lines[line].strip("\r"))
        line += 1
    while line < len(lines) - 1 and not lines[line].strip("\r"):
        line += 1
    return line


_CTRL_LUT = np.zeros(256, dtype=bool)
_CTRL_LUT[[0, *range(2, 9), 11, 12, *range(14, 32), 127]] = True   # as _CTRL: no SOH


def structure_ok(data: bytes, delim: str, quote: str | None, width: int, n_rows: int) -> bool:
    """Vectorised proof that polars read every record at full width.

    polars pads short rows silently (and rejects long ones), so if the number of
    delimiters outside quotes equals (rows + header) x (width - 1), no row was short.
    Quotes must pair up and no control bytes may appear. Defective files fail this check
    and go to the tolerant parser, which can name the offending lines.
    """
    if width < 1:
        return False
    arr = np.frombuffer(data, dtype=np.uint8)
    if _CTRL_LUT[arr].any():
        return False
    dpos = np.flatnonzero(arr == ord(delim))
    total = len(dpos)
    if quote:
        qpos = np.flatnonzero(arr == ord(quote))
        if len(qpos) % 2:
            return False
        inside = np.searchsorted(dpos, qpos[1::2]) - np.searchsorted(dpos, qpos[0::2])
        total -= int(inside.sum())
    return total == (n_rows + 1) * (width - 1)


def clean_header(names: list[str], label: str, problems: list[Problem],
                 line: int = 1) -> list[str]:
    """Header names made usable: an empty one becomes ``column_<n>``, a repeated one
    ``<name>_2``...; each change is a warning naming the header's ``line`` and the columns
    (counted from 1), so the customer can find them."""
    out: list[str] = []
    seen: Counter[str] = Counter()
    where: dict[str, list[int]] = {}
    for i, raw in enumerate(names):
        name = raw.strip().lstrip("\ufeff") or f"column_{i + 1}"
        if not raw.strip():
            problems.append(Problem(label, line, f"the header on line {line} has no name for "
                                    f"column {i + 1}; it is read as {name!r}", "warning"))
        seen[name] += 1
        where.setdefault(name, []).append(i + 1)
        if seen[name] > 1:
            name = f"{name}_{seen[name]}"
        out.append(name)
    for name, cols in where.items():
        if len(cols) > 1:
            renamed = [f"{name}_{k}" for k in range(2, len(cols) + 1)]
            problems.append(Problem(label, line, (
                f"the header on line {line} has {_and(cols, 'column')} "
                f"{'both' if len(cols) == 2 else 'all'} named {name!r}; "
                f"{_and(cols[1:], 'column')} {'is' if len(cols) == 2 else 'are'} read as "
                f"{_and([repr(r) for r in renamed])}"), "warning"))
    return out


def sheet_header(columns: list[str], first_row: tuple[Any, ...] | list[Any]) -> list[str]:
    """A sheet's header as written, for :func:`clean_header`. The workbook reader renames a
    repeated header itself (a second ``Phone`` becomes ``Phone_1``, silently) and calls an
    empty one ``__UNNAMED__<n>``; the sheet's first row read raw gives the repeated names
    back, so they are reported and named as in a CSV file."""
    out: list[str] = []
    raw = [None if v is None else str(v).strip() for v in first_row]
    for i, col in enumerate(columns):
        name = "" if str(col).startswith("__UNNAMED__") else str(col)
        if len(raw) == len(columns) and raw[i] and raw[i] != name and raw[i] in raw[:i]:
            name = raw[i] or name
        out.append(name)
    return out


def _and(items: list[Any], noun: str = "") -> str:
    """'column 3', 'columns 3 and 9', 'columns 3, 9 and 12' (``noun`` left out when empty)."""
    words = [str(x) for x in items]
    listed = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
    if not noun:
        return listed
    return f"{noun}{'' if len(words) == 1 else 's'} {listed}"


class _Reporter:
    """Caps repeated problems per kind so a broken 1M-row file yields a readable list."""

    def __init__(self, label: str, problems: list[Problem]) -> None:
        self.label, self.problems, self.counts = label, problems, Counter[str]()

    def add(self, kind: str, line: int | None, text: str, severity: str = "error") -> None:
        self.counts[kind] += 1
        if self.counts[kind] <= MAX_PROBLEMS_PER_KIND:
            self.problems.append(Problem(self.label, line, text, severity))

    def close(self) -> None:
        for kind, n in self.counts.items():
            if n > MAX_PROBLEMS_PER_KIND:
                self.problems.append(Problem(self.label, None,
                                             f"{n - MAX_PROBLEMS_PER_KIND} more: {kind}"))


def tolerant_parse(text: str, delim: str, quote: str | None, skip: int,
                   label: str, problems: list[Problem], *,
                   record_lines: list[int] | None = None,
                   dropped_lines: list[int] | None = None,
                   ragged: dict[int, int] | None = None
                   ) -> tuple[list[str], list[list[str]]]:
    """Line-by-line CSV parse that survives broken quotes and names every bad line.

    ``record_lines`` receives the (1-based) first line of each row returned and
    ``dropped_lines`` the first line of each record that could not be read (binary junk),
    so the caller counts the rows of the file, read or not. ``ragged`` receives the first
    line of each row with fewer fields than the header, or more with a value past it, and
    its number of fields: evidence staging reads for values shifted one column over."""
    old_limit = csv.field_size_limit()
    csv.field_size_limit(max(old_limit, 2**31 - 1))
    try:
        return _tolerant_parse(text, delim, quote, skip, label, problems,
                               record_lines, dropped_lines, ragged)
    finally:
        csv.field_size_limit(old_limit)


def _tolerant_parse(text: str, delim: str, quote: str | None, skip: int, label: str,
                    problems: list[Problem], record_lines: list[int] | None,
                    dropped_lines: list[int] | None, ragged: dict[int, int] | None
                    ) -> tuple[list[str], list[list[str]]]:
    rep = _Reporter(label, problems)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    quoting = csv.QUOTE_MINIMAL if quote else csv.QUOTE_NONE
    qc = quote or '"'

    def parse_one(buf: str, quoted: bool = True) -> list[str]:
        buf = buf[:-1] if buf.endswith("\r") else buf
        if quoted:
            for strict in (True, False):
                try:
                    rows = list(csv.reader(io.StringIO(buf, newline=""), delimiter=delim,
                                           quotechar=qc, quoting=quoting, strict=strict))
                    if len(rows) == 1:
                        return rows[0]
                except csv.Error:
                    continue
        return buf.replace(qc, "").split(delim) if quote else buf.split(delim)

    header: list[str] | None = None
    first_shape: str | None = None
    rows: list[list[str]] = []
    width = 0
    i = skip
    n = len(lines)
    while i < n:
        start = i
        buf = lines[i]
        i += 1
        if quote:
            odd = buf.count(qc) % 2 == 1
            if odd:
                parts = [buf]
                while odd and i < n and i - start < MAX_RECORD_LINES:
                    parts.append(lines[i])
                    odd ^= lines[i].count(qc) % 2 == 1
                    i += 1
                buf = "\n".join(parts)
            if i - start > 1 and header is not None and not buf.count(qc) % 2:
                if _swallowed(lines[start:i], parse_one, width, qc, first_shape):
                    buf = buf + qc  # force the unclosed-quote branch below
            if buf.count(qc) % 2 == 1:
                rep.add("unclosed quote", start + 1,
                        f"unclosed quote starting at line {start + 1}; line read without "
                        "quoting, following lines read normally")
                buf = lines[start]
                i = start + 1
                rec = parse_one(buf.replace(qc, ""), quoted=False)
            else:
                rec = parse_one(buf)
                spaced = _spaced_header(buf, delim, qc) if header is None else None
                if spaced is not None and len(spaced) < len(rec):
                    rec = spaced   # vtiger's '", "': labels quoted behind a space
                elif buf.count(qc) and _bad_quote_use(buf, delim, qc):
                    rep.add("stray quote", start + 1,
                            f"line {start + 1}: quote character inside an unquoted value",
                            "warning")
        else:
            rec = parse_one(buf, quoted=False)
        if not buf.strip():
            continue
        if _CTRL.search(buf):
            rep.add("binary data", start + 1,
                    f"line {start + 1}: binary/control characters; row not read")
            if header is not None and dropped_lines is not None:
                dropped_lines.append(start + 1)
            continue
        if header is None:
            header = rec
            width = len(rec)
            continue
        if first_shape is None and rec:
            first_shape = _shape(rec[0])
        if len(rec) < width:
            rep.add("ragged row", start + 1,
                    f"line {start + 1}: {len(rec)} fields, expected {width}; "
                    "missing fields left empty")
            if ragged is not None:
                ragged[start + 1] = len(rec)
            rec = rec + [""] * (width - len(rec))
        elif len(rec) > width:
            extra = rec[width:]
            if any(x.strip() for x in extra):
                rep.add("ragged row", start + 1,
                        f"line {start + 1}: {len(rec)} fields, expected {width}; "
                        f"extra values dropped: {extra[:3]!r}")
                if ragged is not None:
                    ragged[start + 1] = len(rec)
            else:
                rep.add("trailing delimiter", start + 1,
                        f"line {start + 1}: trailing empty fields ignored", "warning")
            rec = rec[:width]
        rows.append(rec)
        if record_lines is not None:
            record_lines.append(start + 1)
    rep.close()
    return header or [], rows


def _shape(value: str) -> str:
    return re.sub(r"\d+", "9", re.sub(r"[^\W\d_]+", "a", value.strip()))


def _swallowed(chunk: list[str], parse_one: Any, width: int, qc: str,
               first_shape: str | None) -> bool:
    """True when a multi-line 'value' is really an unclosed quote eating whole records:
    the opening line is a complete record on its own, the merged record has the wrong
    width, or an inner line looks like a record (full width, same key shape)."""
    alone = parse_one(chunk[0].replace(qc, ""), quoted=False)
    if len(alone) != width:
        return False
    if len(parse_one("\n".join(chunk))) != width:
        return True
    for line in chunk[1:-1]:
        inner = parse_one(line.replace(qc, ""), quoted=False)
        if len(inner) == width and first_shape is not None and _shape(inner[0]) == first_shape:
            return True
    return False


def _bad_quote_use(buf: str, delim: str, qc: str) -> bool:
    """True when a quote appears inside an unquoted field (e.g. 12" monitor)."""
    for part in buf.split(delim):
        p = part.strip("\r\n")
        if qc in p and not p.startswith(qc):
            return True
    return False
