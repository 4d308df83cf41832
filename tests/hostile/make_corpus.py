"""Hostile and broken variants of the sample SmartDesk export, each with its expected outcome.

Generated at test time (nothing here is committed as data): ``python tests/hostile/make_corpus.py
OUT`` writes every variant under ``OUT/<case>/`` and prints the table of expectations;
``tests/test_hostile_corpus.py`` builds them in a temporary folder and checks each.

Every variant lives in ``<work>/<case>/export`` (or ``export.zip``); beside it,
``<work>/<case>/outside/`` holds a file with :data:`SECRET` that links and paths in the
hostile variants point at, so a test can prove nothing outside the export was read.

Outcomes: ``error`` (``read_export`` raises ``ExportError`` whose message matches),
``problem`` (a ``Problem`` whose file and text match; ``line`` when it must name a line),
``ok`` (reads; ``check`` may look closer).

Staging cases (:data:`STAGE_CASES`, :class:`StageCase`) go one step further: the export is read,
discovered, a map proposed for one entry and confirmed (undecided choices and stages decided
as a person would), and the entry staged against the emulator's table definition. Outcomes:
``refused`` (``MissingColumn`` naming file and column), ``quarantined``/``skipped``/``flagged``
(a line of that kind whose reason matches, naming the column), ``staged`` (``check`` decides).
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

SECRET = "TOP-SECRET-7c1e-outside-the-export"


@dataclass
class Case:
    name: str
    build: Callable[[Path, Path], Path]  # (export copy, outside folder) -> path to read
    outcome: str  # error | problem | ok
    match: str = ""  # regex: the error message or the problem text
    file: str | None = None  # substring of the problem's file
    line: bool = False  # the problem names a line
    overrides: dict[str, Any] = field(default_factory=dict)
    check: Callable[[Any], None] | None = None  # more checks on the Export


@dataclass
class StageCase:
    name: str
    build: Callable[[Path, Path], Path]
    unit: str  # the map entry staged (account, contact, lead, opportunity)
    outcome: str  # refused | quarantined | skipped | flagged | cleared | staged
    match: str = ""  # regex: the refusal, or the reason of the line
    column: str | None = None  # the column the line names (refused: one of its columns)
    count: int = 1  # lines of that kind at least
    map_edit: Callable[[dict], dict] | None = None  # the map as an earlier delivery had it
    check: Callable[[Any], None] | None = None  # more checks on the StageResult


# --------------------------------------------------------------------------- helpers

def _rw(export: Path, name: str, fn: Callable[[bytes], bytes]) -> None:
    p = export / name
    p.write_bytes(fn(p.read_bytes()))


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _zip_export(export: Path, extra: Callable[[zipfile.ZipFile], None] | None = None) -> Path:
    out = export.parent / "export.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(export.rglob("*")):
            if f.is_file() and "attachments" not in f.parts:
                zf.write(f, f"export/{f.relative_to(export).as_posix()}")
        if extra:
            extra(zf)
    shutil.rmtree(export)
    return out


def _zeros_member(zf: zipfile.ZipFile, name: str, size: int) -> None:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with zf.open(info, "w", force_zip64=True) as fh:
        block = b"\0" * (1 << 20)
        for _ in range(size >> 20):
            fh.write(block)


def _symlink_member(zf: zipfile.ZipFile, name: str, target: str) -> None:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    zf.writestr(info, target)


def _xlsx(path: Path, *, formula: bool = False, merged: bool = False) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "products"
    ws.append(["sku", "name", "price", "double"])
    for i in range(1, 6):
        ws.append([f"P{i}", f"Product {i}", 10 * i, None])
    if formula:
        ws["D2"] = "=C2*2"  # openpyxl saves formulas without a cached result
    if merged:
        ws.merge_cells("B3:B4")
    wb.save(path)


# --------------------------------------------------------------------------- builders

def missing(e: Path, o: Path) -> Path:
    shutil.rmtree(e)
    return e


def empty_folder(e: Path, o: Path) -> Path:
    shutil.rmtree(e)
    e.mkdir()
    return e


def only_readme(e: Path, o: Path) -> Path:
    shutil.rmtree(e)
    e.mkdir()
    (e / "README.txt").write_text("export of nothing\n")
    return e


def empty_companies(e: Path, o: Path) -> Path:
    (e / "companies.csv").write_bytes(b"")
    return e


def header_only(e: Path, o: Path) -> Path:
    _rw(e, "contacts.csv", lambda d: _lines(d)[0] + b"\n")
    return e


def nul_bytes(e: Path, o: Path) -> Path:
    def f(d: bytes) -> bytes:
        ls = _lines(d)
        for i in (3, 7, 11):
            ls[i] = ls[i][:5] + b"\0\0" + ls[i][5:]
        return b"\n".join(ls)
    _rw(e, "companies.csv", f)
    return e


def symlink_file_out(e: Path, o: Path) -> Path:
    (e / "notes.csv").unlink()
    (e / "notes.csv").symlink_to(o / "secret.csv")
    return e


def symlink_dir_out(e: Path, o: Path) -> Path:
    (e / "more").symlink_to(o, target_is_directory=True)
    return e


def broken_symlink(e: Path, o: Path) -> Path:
    (e / "tasks.csv").unlink()
    (e / "tasks.csv").symlink_to(e / "nowhere.csv")
    return e


def fifo(e: Path, o: Path) -> Path:
    (e / "notes.csv").unlink()
    os.mkfifo(e / "notes.csv")
    return e


def zip_dotdot(e: Path, o: Path) -> Path:
    return _zip_export(e, lambda zf: zf.writestr("export/../evil.csv", f"a,b\n{SECRET},1\n"))


def zip_absolute(e: Path, o: Path) -> Path:
    return _zip_export(e, lambda zf: zf.writestr("/tmp/evil.csv", f"a,b\n{SECRET},1\n"))


def zip_symlink(e: Path, o: Path) -> Path:
    return _zip_export(e, lambda zf: _symlink_member(zf, "export/notes2.csv",
                                                     str(o / "secret.csv")))


def zip_bomb(e: Path, o: Path) -> Path:
    return _zip_export(e, lambda zf: _zeros_member(zf, "export/bomb.csv", 200 << 20))


def zip_plain(e: Path, o: Path) -> Path:
    return _zip_export(e)


def corrupt_zip(e: Path, o: Path) -> Path:
    z = _zip_export(e)
    z.write_bytes(z.read_bytes()[:-4000])
    return z


def wide_header(e: Path, o: Path) -> Path:
    cols = ",".join(f"c{i}" for i in range(5_000))
    (e / "wide.csv").write_text(cols + "\n" + ",".join("1" for _ in range(5_000)) + "\n")
    return e


def huge_field(e: Path, o: Path) -> Path:
    def f(d: bytes) -> bytes:
        ls = _lines(d)
        head = ls[0].decode()
        n = head.split(",").index("body")
        row = ["x"] * len(head.split(","))
        row[0], row[n] = "999999999", '"' + "A" * (2 << 20) + '"'
        return b"\n".join([ls[0], ",".join(row).encode(), *ls[1:]])
    _rw(e, "notes.csv", f)
    return e


def long_quoted_with_ragged(e: Path, o: Path) -> Path:
    def f(d: bytes) -> bytes:
        ls = _lines(d)
        head = ls[0].decode().split(",")
        row = ["x"] * len(head)
        row[0] = "999999998"
        row[head.index("body")] = '"' + "\n".join(f"line {i} of a long note" for i in
                                              range(250)) + '"'
        ragged = b"999999997,company"  # too few fields: sends the file to the tolerant parser
        return b"\n".join([ls[0], ",".join(row).encode(), ragged, *ls[1:]])
    _rw(e, "notes.csv", f)
    return e


def unclosed_quote(e: Path, o: Path) -> Path:
    def f(d: bytes) -> bytes:
        ls = _lines(d)
        ls[4] = ls[4].replace(b",", b',"', 1)
        return b"\n".join(ls)
    _rw(e, "companies.csv", f)
    return e


def ragged_rows(e: Path, o: Path) -> Path:
    def f(d: bytes) -> bytes:
        ls = _lines(d)
        ls[2] = b",".join(ls[2].split(b",")[:3])
        return b"\n".join(ls)
    _rw(e, "leads.csv", f)
    return e


def png_as_csv(e: Path, o: Path) -> Path:
    (e / "deals.csv").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    return e


def xls_as_xlsx(e: Path, o: Path) -> Path:
    (e / "products.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 3000)
    return e


def utf16_nobom(e: Path, o: Path) -> Path:
    _rw(e, "companies.csv", lambda d: d.decode("utf-8").encode("utf-16-le"))
    return e


def cp1252(e: Path, o: Path) -> Path:
    _rw(e, "users.csv", lambda d: d.replace(b"\n", " Müller\n".encode(), 1)
        .decode("utf-8").encode("cp1252"))
    return e


def bad_utf8_lines(e: Path, o: Path) -> Path:
    def f(d: bytes) -> bytes:
        ls = _lines(d)
        ls[5] = ls[5].replace(b",", b",\xff\xfe", 1)
        return b"\n".join(ls)
    _rw(e, "tasks.csv", f)
    return e


def duplicate_headers(e: Path, o: Path) -> Path:
    _rw(e, "campaigns.csv", lambda d: d.replace(b"name", b"channel", 1))
    return e


def xlsx_formula(e: Path, o: Path) -> Path:
    _xlsx(e / "products.xlsx", formula=True)
    return e


def xlsx_merged(e: Path, o: Path) -> Path:
    _xlsx(e / "products.xlsx", merged=True)
    return e


def xlsx_bomb(e: Path, o: Path) -> Path:
    buf = e / "products.xlsx"
    _xlsx(buf)
    with zipfile.ZipFile(buf, "a", zipfile.ZIP_DEFLATED) as zf:
        _zeros_member(zf, "xl/media/pad.bin", 64 << 20)
    return e


def _attachment_path(value: str) -> Callable[[Path, Path], Path]:
    def build(e: Path, o: Path) -> Path:
        def f(d: bytes) -> bytes:
            ls = _lines(d)
            parts = ls[1].decode().split(",")
            parts[-1] = value.replace("{outside}", str(o))
            ls[1] = ",".join(parts).encode()
            return b"\n".join(ls)
        _rw(e, "attachments.csv", f)
        return e
    return build


def attachment_symlink_out(e: Path, o: Path) -> Path:
    target = next((e / "attachments").iterdir())
    target.unlink()
    target.symlink_to(o / "secret.csv")
    return e


def cr_only(e: Path, o: Path) -> Path:
    _rw(e, "pipelines.csv", lambda d: d.replace(b"\n", b"\r"))
    return e


def preamble(e: Path, o: Path) -> Path:
    _rw(e, "workflows.csv", lambda d: b"SmartDesk export\nGenerated 2024-01-01\n" + d)
    return e


def binary_junk_middle(e: Path, o: Path) -> Path:
    def f(d: bytes) -> bytes:
        ls = _lines(d)
        ls.insert(6, b"\x01\x02\x03\x04garbage\x05\x06")
        return b"\n".join(ls)
    _rw(e, "activities.csv", f)
    return e


def bom_utf8(e: Path, o: Path) -> Path:
    _rw(e, "leads.csv", lambda d: b"\xef\xbb\xbf" + d)
    return e


def trailing_delims(e: Path, o: Path) -> Path:
    def f(d: bytes) -> bytes:
        ls = _lines(d)
        return b"\n".join([ls[0], *(x + b"," if x else x for x in ls[1:])])
    _rw(e, "custom_fields.csv", f)
    return e


def many_files(e: Path, o: Path) -> Path:
    for i in range(60):
        (e / f"extra_{i}.txt").write_text("not a table\n")
    return e


def same(e: Path, o: Path) -> Path:
    return e


# --------------------------------------------------------------------------- checks

def _rows(source: str, in_file: int, read: int) -> Callable[[Any], None]:
    def check(exp: Any) -> None:
        g = exp.guesses[source]
        assert (g.rows, g.rows_read) == (in_file, read), (g.rows, g.rows_read)
        assert len(g.unread_lines) == in_file - read
    return check


def _dropped(source: str, n: int) -> Callable[[Any], None]:
    def check(exp: Any) -> None:
        g = exp.guesses[source]
        assert g.rows - g.rows_read == n and len(g.unread_lines) == n, g
    return check


def _long_note_intact(exp: Any) -> None:
    notes = exp.tables["notes"]
    body = notes.filter(notes["note_id"] == "999999998")["body"].to_list()
    assert len(body) == 1 and body[0].count("\n") == 249, "long value split"
    assert not notes["note_id"].str.starts_with("line ").any()


def _table(source: str) -> Callable[[Any], None]:
    def check(exp: Any) -> None:
        assert source in exp.tables and exp.tables[source].height > 0
    return check


def _refused_attachment(exp: Any) -> None:
    rel = exp.tables["attachments"]["path"][0]
    assert exp.read_bytes(rel) is None and exp.file_size(rel) is None


CASES: list[Case] = [
    Case("missing_folder", missing, "error", "does not exist"),
    Case("empty_folder", empty_folder, "error", "no table files"),
    Case("only_readme", only_readme, "error", "no table files"),
    Case("empty_companies", empty_companies, "problem", "empty file", "companies.csv"),
    Case("header_only", header_only, "ok", check=_rows("contacts", 0, 0)),
    Case("nul_bytes", nul_bytes, "problem", "binary", "companies.csv", line=True,
         check=_dropped("companies", 3)),
    Case("symlink_file_out", symlink_file_out, "problem", "symbolic link.*outside",
         "notes.csv"),
    Case("symlink_dir_out", symlink_dir_out, "problem", "symbolic link.*outside", "more"),
    Case("broken_symlink", broken_symlink, "problem", "outside|cannot read", "tasks.csv"),
    Case("fifo", fifo, "problem", "not a regular file", "notes.csv"),
    Case("zip_dotdot", zip_dotdot, "problem", r"'\.\.'", "evil.csv"),
    Case("zip_absolute", zip_absolute, "problem", "absolute", "evil.csv"),
    Case("zip_symlink", zip_symlink, "problem", "symbolic link", "notes2.csv"),
    Case("zip_bomb", zip_bomb, "problem", "compression ratio", "bomb.csv"),
    Case("zip_plain", zip_plain, "ok", check=_table("companies")),
    Case("zip_too_many_members", zip_plain, "error", "members",
         overrides={"limits": {"max_members": 5}}),
    Case("zip_total_size", zip_plain, "error", "uncompressed",
         overrides={"limits": {"max_total_bytes": 10_000}}),
    Case("corrupt_zip", corrupt_zip, "error", "not a readable zip"),
    Case("wide_header", wide_header, "problem", "5,000 columns", "wide.csv", line=True),
    Case("huge_field", huge_field, "problem", "over the .*limit for one field", "notes.csv",
         line=True, check=_dropped("notes", 1)),
    Case("long_quoted_with_ragged", long_quoted_with_ragged, "problem", "fields, expected",
         "notes.csv", line=True, check=_long_note_intact),
    Case("unclosed_quote", unclosed_quote, "problem", "unclosed quote", "companies.csv",
         line=True),
    Case("ragged_rows", ragged_rows, "problem", "fields, expected", "leads.csv", line=True),
    Case("png_as_csv", png_as_csv, "problem", "PNG", "deals.csv"),
    Case("xls_as_xlsx", xls_as_xlsx, "problem", "cannot open workbook|legacy", "products"),
    Case("utf16_nobom", utf16_nobom, "ok", check=_table("companies")),
    Case("cp1252", cp1252, "ok", check=_table("users")),
    Case("bad_utf8_lines", bad_utf8_lines, "problem", "not valid UTF-8", "tasks.csv",
         line=True),
    Case("duplicate_headers", duplicate_headers, "problem",
         "header on line 1 has columns 2 and 3 both named 'channel'", "campaigns.csv",
         line=True),
    Case("xlsx_formula", xlsx_formula, "problem", "formula .*no saved result",
         "products.xlsx", line=True),
    Case("xlsx_merged", xlsx_merged, "problem", "merged", "products.xlsx", line=True),
    Case("xlsx_bomb", xlsx_bomb, "problem", "compression ratio|workbook refused",
         "products.xlsx"),
    Case("attachment_dotdot", _attachment_path("../outside/secret.csv"), "problem",
         r"attachment path refused: '\.\.'", "secret.csv", check=_refused_attachment),
    Case("attachment_absolute", _attachment_path("{outside}/secret.csv"), "problem",
         "attachment path refused: absolute", "secret.csv", check=_refused_attachment),
    Case("attachment_symlink_out", attachment_symlink_out, "problem",
         "symbolic link.*outside", "attachments/"),
    Case("cr_only", cr_only, "ok", check=_table("pipelines")),
    Case("preamble", preamble, "problem", "before the header skipped", "workflows.csv",
         check=_table("workflows")),
    Case("binary_junk_middle", binary_junk_middle, "problem", "binary", "activities.csv",
         line=True, check=_dropped("activities", 1)),
    Case("bom_utf8", bom_utf8, "ok", check=_table("leads")),
    Case("trailing_delims", trailing_delims, "problem", "trailing empty fields",
         "custom_fields.csv", line=True),
    Case("too_many_files", many_files, "error", "more than 50 files",
         overrides={"limits": {"max_members": 50}}),
    Case("unknown_limit", same, "error", "unknown limit",
         overrides={"limits": {"max_rows": 5}}),
]


# --------------------------------------------------------------------------- staging cases

#: The files a staging case keeps for its entry (its records, what they link to, custom
#: fields): intake reads every column of every file, so reading less keeps the corpus fast.
RECORD_FILES = {
    "account": ("companies.csv", "custom_fields.csv"),
    "contact": ("contacts.csv", "companies.csv"),
    "lead": ("leads.csv",),
    "opportunity": ("deals.csv", "pipelines.csv", "companies.csv"),
}


def _frame(e: Path, name: str, fn: Callable[[pl.DataFrame], pl.DataFrame]) -> None:
    path = e / name
    fn(pl.read_csv(path, infer_schema=False)).write_csv(path)


def _set(name: str, column: str, values: dict[int, str | None]) -> Callable[[Path, Path], Path]:
    """Put ``values`` (0-based row -> text) in one column of one file."""
    def build(e: Path, o: Path) -> Path:
        def f(df: pl.DataFrame) -> pl.DataFrame:
            col = df[column].to_list()
            for i, v in values.items():
                col[i] = v
            return df.with_columns(pl.Series(column, col, dtype=pl.Utf8))
        _frame(e, name, f)
        return e
    return build


def _drop(name: str, column: str) -> Callable[[Path, Path], Path]:
    def build(e: Path, o: Path) -> Path:
        _frame(e, name, lambda df: df.drop(column))
        return e
    return build


def _append_copy(name: str, key: str, row: int, new_id: str | None = None,
                 old_id: str | None = None) -> Callable[[Path, Path], Path]:
    """Append a copy of a row; its id (and the original's) may be rewritten."""
    def build(e: Path, o: Path) -> Path:
        def f(df: pl.DataFrame) -> pl.DataFrame:
            if old_id is not None:
                ids = df[key].to_list()
                ids[row] = old_id
                df = df.with_columns(pl.Series(key, ids, dtype=pl.Utf8))
            extra = df.slice(row, 1)
            if new_id is not None:
                extra = extra.with_columns(pl.lit(new_id).alias(key))
            return pl.concat([df, extra])
        _frame(e, name, f)
        return e
    return build


def _parents(links: dict[int, int | None]) -> Callable[[Path, Path], Path]:
    """A ``parent_company_id`` column: row -> the row whose company is its parent."""
    def build(e: Path, o: Path) -> Path:
        def f(df: pl.DataFrame) -> pl.DataFrame:
            ids = df["company_id"].to_list()
            col = [None if links.get(i) is None else ids[links[i]] for i in range(len(ids))]
            return df.with_columns(pl.Series("parent_company_id", col, dtype=pl.Utf8))
        _frame(e, "companies.csv", f)
        return e
    return build


def _drop_stage(e: Path, o: Path) -> Path:
    """The pipelines file loses a stage that deals are in."""
    deals = pl.read_csv(e / "deals.csv", infer_schema=False)
    gone = deals["stage_id"].drop_nulls()[0]
    _frame(e, "pipelines.csv", lambda df: df.filter(pl.col("stage_id") != gone))
    return e


def _map_reads(unit: str, source: str, target: str) -> Callable[[dict], dict]:
    """The map of an earlier delivery: it reads ``source`` into ``target``."""
    def edit(mapping: dict) -> dict:
        for t in mapping["tables"]:
            if t["target"] == unit:
                t["columns"] = [c for c in t["columns"] if c["target"] != target] + [
                    {"target": target, "source": source, "transform": "text"}]
        return mapping
    return edit


def _staged_links(n: int, cleared: int = 0) -> Callable[[Any], None]:
    def check(r: Any) -> None:
        stats = r.lookup_stats["parentaccountid"]
        assert stats["by_id"] == n and stats.get("cleared", 0) == cleared, stats
        assert r.flagged.height == cleared and r.quarantined.height == 0
    return check


NFC, NFD = "Caf\u00e9-200", "Cafe\u0301-200"
OUTSIDE_DATES = r"is outside the dates Dataverse stores \(1753-01-01 to 9999-12-30\)"

STAGE_CASES: list[StageCase] = [
    StageCase("no_name_column", _drop("companies.csv", "name"), "account", "refused",
              r"companies\.csv: .*'name' \(ApplicationRequired\)", "name"),
    StageCase("no_last_name_column", _drop("contacts.csv", "last_name"), "contact", "refused",
              r"contacts\.csv: .*'lastname'", "lastname"),
    StageCase("deals_no_name", _drop("deals.csv", "name"), "opportunity", "refused",
              r"deals\.csv: .*'name'", "name"),
    StageCase("mapped_column_gone", _drop("companies.csv", "phone"), "account", "refused",
              r"companies\.csv: the map reads column 'phone'.*no such column", "phone",
              map_edit=_map_reads("account", "phone", "telephone1")),
    StageCase("nan_revenue", _set("companies.csv", "annual_revenue", {2: "NaN"}), "account",
              "cleared", r"^'NaN' is not a finite number$", "annual_revenue"),
    StageCase("inf_employees", _set("companies.csv", "employees", {3: "inf"}), "account",
              "cleared", r"^'inf' is not a finite number$", "employees"),
    StageCase("minus_inf_deal_value", _set("deals.csv", "value", {1: "-inf"}), "opportunity",
              "cleared", r"^'-inf' is not a finite number$", "value"),
    StageCase("huge_employees", _set("companies.csv", "employees", {4: "1e308"}), "account",
              "cleared", r"outside the values Dataverse stores in Number of Employees "
              r"\(0 to 1,000,000,000\)", "employees"),
    StageCase("revenue_beyond_money", _set("companies.csv", "annual_revenue",
                                           {6: "1000000000000000"}), "account", "cleared",
              r"outside the values Dataverse stores in Annual Revenue", "annual_revenue"),
    StageCase("fractional_employees", _set("companies.csv", "employees", {7: "12.7"}),
              "account", "cleared", r"^'12\.7' is not a whole number", "employees"),
    StageCase("year_0001", _set("companies.csv", "created_at", {1: "0001-01-01T00:00:00Z"}),
              "account", "cleared", "'0001-01-01T00:00:00Z' " + OUTSIDE_DATES,
              "created_at"),
    StageCase("year_9999_12_31", _set("companies.csv", "cf_renewal_date", {2: "9999-12-31"}),
              "account", "cleared", "'9999-12-31' " + OUTSIDE_DATES, "cf_renewal_date"),
    StageCase("deal_closes_9999", _set("deals.csv", "close_date", {0: "12/31/9999"}),
              "opportunity", "cleared", "'12/31/9999' " + OUTSIDE_DATES, "close_date"),
    StageCase("nfc_nfd_company_ids", _append_copy("companies.csv", "company_id", 0, NFD, NFC),
              "account", "skipped", r"duplicate source id \(the same once trimmed and in "
              r"Unicode NFC\); row 1 kept", "company_id"),
    StageCase("padded_contact_id", _append_copy("contacts.csv", "contact_id", 4,
                                                "  300000005 "), "contact", "skipped",
              r"duplicate source id .*row 5 kept", "contact_id"),
    StageCase("parent_loop", _parents({0: 1, 1: 0, 2: 3}), "account", "flagged",
              r"^parent account loop: (\d+) -> (\d+) -> \1$", "parent_company_id", count=2,
              check=_staged_links(1, cleared=2)),
    StageCase("own_parent", _parents({5: 5, 6: 5}), "account", "flagged",
              r"^parent account loop: (\d+) -> \1$", "parent_company_id",
              check=_staged_links(1, cleared=1)),
    StageCase("three_company_loop", _parents({0: 1, 1: 2, 2: 0, 3: 0}), "account", "flagged",
              r"^parent account loop: (\d+) -> \d+ -> \d+ -> \1$", "parent_company_id",
              count=3, check=_staged_links(1, cleared=3)),
    StageCase("parent_chain_no_loop", _parents({0: 1, 1: 2, 3: 2}), "account", "staged",
              check=_staged_links(3)),
    StageCase("deal_in_unknown_stage", _set("deals.csv", "stage_id", {2: "999"}),
              "opportunity", "quarantined",
              r"^stage '999' of pipeline '\w+' is not in the pipelines file$", "stage_id"),
    StageCase("stage_missing_from_pipelines", _drop_stage, "opportunity", "quarantined",
              r"^stage '\w+' of pipeline '\w+' is not in the pipelines file$", "stage_id"),
]


def build(case: Case | StageCase, base: Path, work: Path) -> Path:
    """Copy the sample export to ``work/<case>/export``, plant the outside secret, mutate."""
    root = work / case.name
    export, outside = root / "export", root / "outside"
    if isinstance(case, StageCase):
        export.mkdir(parents=True)
        for name in RECORD_FILES[case.unit]:
            shutil.copy2(base / name, export / name)
    else:
        shutil.copytree(base, export)
    outside.mkdir(parents=True)
    (outside / "secret.csv").write_text(f"id,secret\n1,{SECRET}\n")
    return case.build(export, outside)


def main(argv: list[str]) -> int:
    from d365migrate.demo.sample_export import write_sample_export

    out = Path(argv[0] if argv else "hostile-corpus")
    base = out / "_sample"
    write_sample_export(base, seed=7, scale=0.2)
    for case in [*CASES, *STAGE_CASES]:
        path = build(case, base, out)
        print(f"{case.name:28} {case.outcome:11} {case.match[:40]:40} {path}")
    print(f"{len(CASES) + len(STAGE_CASES)} cases in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
