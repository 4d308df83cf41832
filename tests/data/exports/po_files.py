"""Translations read from a gettext .po file, for the converters that head an export with a
program's own labels in a language (Frappe CRM's, Tine 2.0's): one reader for them all."""

from __future__ import annotations

import ast

__all__ = ["read_po"]


def read_po(text: str) -> dict[str, str]:
    """msgid -> msgstr of a .po file: entries without a msgctxt and with a translation
    (what ``_(label)`` reads)."""
    out: dict[str, str] = {}
    cur: dict[str, str] = {}
    key = ""

    def flush() -> None:
        if "msgid" in cur and "msgctxt" not in cur and cur.get("msgstr"):
            out[cur["msgid"]] = cur["msgstr"]

    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            if cur and not line:
                flush()
                cur = {}
            continue
        if line.startswith('"'):
            cur[key] += ast.literal_eval(line)
            continue
        key, _, rest = line.partition(" ")
        if key == "msgctxt" and "msgid" in cur:
            flush()
            cur = {}
        cur[key] = ast.literal_eval(rest)
    flush()
    return out
