"""What intake refuses: reading outside the export, and expansion without bounds.

An export is whatever a customer's admin panel (or anyone else) produced, so reading it must
never leave the export folder and never inflate without limit:

* **Links and paths.** A file or folder in the export that is a symbolic link resolving
  outside the export is not read (a :class:`Problem` names it); links that stay inside are
  read through their real path. Zip members with ``..``, an absolute or drive path, or that
  are symbolic links are not read. Attachment paths are checked the same way
  (:func:`unsafe_path`). Only regular files are opened (a FIFO named ``notes.csv`` would
  block forever), with ``O_NOFOLLOW`` so a link swapped in after the walk is not followed.
* **Limits** (:class:`Limits`, module-level defaults below, overridable per engagement in
  the parameters file: ``intake: {limits: {max_columns: 5000}}``): members of a zip (and
  files of a folder), total uncompressed size and compression ratio, all checked from the
  zip's central directory *before* anything is inflated; bytes of one table file; columns
  of one table; bytes of one field. A whole-export limit raises :class:`ExportError`; a
  per-file or per-row limit is a :class:`Problem` naming the file (and line) and the rest
  of the export still reads.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from dataclasses import dataclass, fields
from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np

from d365migrate.intake.dialect import Problem

__all__ = ["ExportError", "Limits", "read_regular_file", "screen_zip", "unsafe_path",
           "walk_folder", "longest_field_bound"]

#: Files in a folder export / members in a zip (or an .xlsx, which is a zip).
MAX_MEMBERS = 20_000
#: Total uncompressed bytes declared by a zip's central directory.
MAX_TOTAL_BYTES = 16 * 1024**3
#: Uncompressed/compressed ratio of one member (CSV text is typically 5-20:1; zeros 1000:1).
MAX_COMPRESSION_RATIO = 200
#: The ratio is only judged on members at least this large (tiny files compress oddly).
RATIO_MIN_BYTES = 1024**2
#: Bytes of one table file (a CSV, or one workbook), read whole into memory.
MAX_TABLE_BYTES = 1024**3
#: Columns of one table.
MAX_COLUMNS = 2_000
#: Bytes of one field (Dataverse's largest text column holds 1,048,576 characters).
MAX_FIELD_BYTES = 1024**2


class ExportError(ValueError):
    """The export as a whole cannot be read (missing, empty, over a limit); names the path."""


@dataclass(frozen=True)
class Limits:
    max_members: int = MAX_MEMBERS
    max_total_bytes: int = MAX_TOTAL_BYTES
    max_compression_ratio: float = MAX_COMPRESSION_RATIO
    ratio_min_bytes: int = RATIO_MIN_BYTES
    max_table_bytes: int = MAX_TABLE_BYTES
    max_columns: int = MAX_COLUMNS
    max_field_bytes: int = MAX_FIELD_BYTES

    @classmethod
    def from_overrides(cls, raw: Any) -> Limits:
        """Limits from the ``intake.limits`` mapping of a parameters file."""
        if raw in (None, {}):
            return cls()
        if not isinstance(raw, dict):
            raise ExportError("intake.limits: expected a mapping of limit names to numbers")
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in raw.items():
            if key not in known:
                raise ExportError(f"intake.limits.{key}: unknown limit; one of "
                                  f"{', '.join(sorted(known))}")
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ExportError(f"intake.limits.{key}: expected a positive number")
            values[key] = value
        return cls(**values)


def _size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1024
    return f"{n:,.1f} GB"  # pragma: no cover


# --------------------------------------------------------------------------- paths

_DRIVE = re.compile(r"^[A-Za-z]:")


def unsafe_path(rel: str) -> str | None:
    """Why a path taken from the export (zip member, attachment ``path``) may not be read,
    or None when it stays inside the export."""
    if not rel or "\x00" in rel:
        return "empty path or NUL byte in the path"
    p = rel.replace("\\", "/")
    if p.startswith("/") or _DRIVE.match(p):
        return "absolute path (outside the export)"
    if ".." in PurePosixPath(p).parts:
        return "'..' in the path (outside the export)"
    return None


def _inside(path: Path, root: Path) -> Path | None:
    """The real path of ``path`` when it resolves inside ``root`` (already resolved)."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError):  # a loop of links
        return None
    return real if real == root or real.is_relative_to(root) else None


def walk_folder(root: Path, limits: Limits, problems: list[Problem]
                ) -> dict[str, tuple[Path, int]]:
    """Every regular file of a folder export: relative path -> (real path, bytes).

    Links are not followed out of the export; folders linked from inside the export are
    read through their real path only (so nothing is read twice)."""
    real_root = root.resolve()
    out: dict[str, tuple[Path, int]] = {}
    for dirpath, dirnames, filenames in os.walk(real_root, followlinks=False):
        here = Path(dirpath)
        keep = []
        for name in sorted(dirnames):
            p = here / name
            rel = p.relative_to(real_root).as_posix()
            if not p.is_symlink():
                keep.append(name)
            elif _inside(p, real_root) is None:
                problems.append(Problem(rel, None, "folder is a symbolic link pointing "
                                        "outside the export; refused, not read"))
            else:
                problems.append(Problem(rel, None, "folder is a link to another folder of the "
                                        "export; read there, not twice", "warning"))
        dirnames[:] = keep
        for name in sorted(filenames):
            p = here / name
            rel = p.relative_to(real_root).as_posix()
            real = p
            if p.is_symlink():
                inside = _inside(p, real_root)
                if inside is None:
                    problems.append(Problem(rel, None, "symbolic link pointing outside the "
                                            "export; refused, not read"))
                    continue
                real = inside
            try:
                st = real.stat()
            except OSError as exc:
                problems.append(Problem(rel, None, f"cannot read: {exc.strerror or exc}"))
                continue
            if not stat.S_ISREG(st.st_mode):
                problems.append(Problem(rel, None, "not a regular file (a pipe, socket or "
                                        "device); not read"))
                continue
            out[rel] = (real, st.st_size)
            if len(out) > limits.max_members:
                raise ExportError(f"{root}: more than {limits.max_members:,} files; refused "
                                  "(intake.limits.max_members)")
    return out


def read_regular_file(path: Path, limit: int) -> bytes:
    """Read a regular file without following a final link and without blocking on a pipe;
    refuse (OSError/ValueError) anything else or anything over ``limit`` bytes."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise ValueError("not a regular file")
        if st.st_size > limit:
            raise ValueError(f"{_size(st.st_size)}, over the {_size(limit)} limit for one "
                             "table file (intake.limits.max_table_bytes)")
        return fh.read(limit + 1)


# --------------------------------------------------------------------------- zips

def _is_link(info: zipfile.ZipInfo) -> bool:
    return info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16)


def screen_zip(zf: zipfile.ZipFile, label: str, limits: Limits, problems: list[Problem],
               ) -> list[zipfile.ZipInfo]:
    """Members safe to read, judged from the central directory before inflating anything.

    Too many members or too many bytes in total refuse the whole archive
    (:class:`ExportError`); an unsafe name, a link or a bomb-like ratio refuses one member
    (a :class:`Problem`)."""
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise ExportError(f"{label}: {len(infos):,} members, more than the limit of "
                          f"{limits.max_members:,}; refused (intake.limits.max_members)")
    total = sum(i.file_size for i in infos)
    if total > limits.max_total_bytes:
        raise ExportError(f"{label}: {_size(total)} uncompressed, more than the limit of "
                          f"{_size(limits.max_total_bytes)}; refused before extracting "
                          "(intake.limits.max_total_bytes)")
    keep = []
    for info in infos:
        if info.is_dir() or info.filename.startswith("__MACOSX/"):
            continue
        where = f"{label}:{info.filename}"
        why = unsafe_path(info.filename)
        if why is None and _is_link(info):
            why = "a symbolic link"
        if why is not None:
            problems.append(Problem(where, None, f"zip member refused: {why}; not read"))
            continue
        if info.file_size >= limits.ratio_min_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_compression_ratio:
                problems.append(Problem(where, None, f"compression ratio {ratio:,.0f}:1 "
                                        f"({_size(info.file_size)} from "
                                        f"{_size(info.compress_size)}) is over the limit of "
                                        f"{limits.max_compression_ratio:,.0f}:1 (a zip bomb?); "
                                        "not extracted (intake.limits.max_compression_ratio)"))
                continue
        keep.append(info)
    return keep


# --------------------------------------------------------------------------- fields

def longest_field_bound(data: bytes, quote: str | None) -> int:
    """An upper bound of the longest field in CSV bytes, without parsing: the longest line,
    or the longest quoted span (a multi-line value). Cheap enough to run on every file."""
    if not data:
        return 0
    arr = np.frombuffer(data, dtype=np.uint8)
    nl = np.flatnonzero(arr == 10)
    if len(nl):
        longest = int(max(nl[0], np.diff(nl).max(initial=0), len(arr) - 1 - nl[-1]))
    else:
        longest = len(arr)
    if quote and longest:
        q = np.flatnonzero(arr == ord(quote))
        n = len(q) // 2
        if n:
            longest = max(longest, int((q[1:2 * n:2] - q[0:2 * n:2]).max()))
    return longest


def columns_in_header(body: bytes, delim: str) -> int:
    """Columns the first line announces (counted on bytes, before any parser sees it)."""
    end = body.find(b"\n")
    return body.count(delim.encode("utf-8"), 0, len(body) if end < 0 else end) + 1


# --------------------------------------------------------------------------- workbooks

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_CELL_ROW = re.compile(r"(\d+)$")


def _sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its XML part in the workbook package."""
    import xml.etree.ElementTree as ET

    try:
        book = ET.fromstring(zf.read("xl/workbook.xml"))
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ET.ParseError):
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    out = {}
    for sheet in book.iter(f"{_NS_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_NS_REL}id"), "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        out[sheet.get("name", "")] = part
    return out


def workbook_problems(data: bytes, label: str, limits: Limits, problems: list[Problem]
                      ) -> bool:
    """Screen a workbook (a zip) like an export before a reader inflates it, then report
    what a reader would silently turn into blanks: formula cells saved without a cached
    result and merged cells. False when the workbook must not be read at all."""
    import io
    import xml.etree.ElementTree as ET

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return True  # not a zip: the reader says what it is
    try:
        before = len(problems)
        keep = screen_zip(zf, label, limits, problems)
    except ExportError as exc:
        problems.append(Problem(label, None, f"workbook refused: {exc}"))
        return False
    if len(problems) > before:
        problems.append(Problem(label, None, "workbook refused: parts of it are unsafe to "
                                "inflate (see above); not read"))
        return False
    big = sum(i.file_size for i in keep)
    if big > limits.max_table_bytes:
        problems.append(Problem(label, None, f"workbook inflates to {_size(big)}, over the "
                                f"{_size(limits.max_table_bytes)} limit "
                                "(intake.limits.max_table_bytes); not read"))
        return False
    for sheet, part in _sheet_parts(zf).items():
        where = f"{label}#{sheet}"
        counts = {"formula": 0, "merged": 0}
        try:
            with zf.open(part) as fh:
                for _, el in ET.iterparse(fh):
                    if el.tag == f"{_NS_MAIN}c":
                        f = el.find(f"{_NS_MAIN}f")
                        v = el.find(f"{_NS_MAIN}v")
                        if f is not None and (v is None or not (v.text or "")):
                            counts["formula"] += 1
                            if counts["formula"] <= 20:
                                ref = el.get("r", "?")
                                m = _CELL_ROW.search(ref)
                                problems.append(Problem(
                                    where, int(m.group(1)) if m else None,
                                    f"cell {ref}: formula ={(f.text or '')[:60]} has no saved "
                                    "result (the workbook was saved without calculating); "
                                    "read as empty - recalculate and save it in Excel"))
                        el.clear()
                    elif el.tag == f"{_NS_MAIN}mergeCell":
                        counts["merged"] += 1
                        ref = el.get("ref", "?")
                        if counts["merged"] <= 20:
                            m = _CELL_ROW.search(ref.split(":")[0])
                            problems.append(Problem(
                                where, int(m.group(1)) if m else None,
                                f"cells {ref} are merged: only the first holds the value, "
                                "the others read as empty - unmerge them in Excel"))
                    elif el.tag == f"{_NS_MAIN}row":
                        el.clear()
        except (KeyError, ET.ParseError, zipfile.BadZipFile, OSError):
            continue  # the reader reports a sheet it cannot read
        for kind, n in counts.items():
            if n > 20:
                problems.append(Problem(where, None, f"{n - 20} more {kind} cells like the "
                                        "above"))
    return True
