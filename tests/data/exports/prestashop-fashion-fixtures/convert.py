"""Convert PrestaShop's "fashion" installer fixtures (install-dev/fixtures/fashion) into one
CSV per entity, as an admin's table export would give them (see SOURCE.md beside this file).

Usage: python convert.py GIT_DIR [COMMIT] [OUT_DIR]
Reads the XML with `git show` so the data never has to be checked out.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ENTITIES = ["customer", "address", "manufacturer", "supplier", "category", "product",
            "orders", "order_detail"]
BASE = "install-dev/fixtures/fashion"


def _show(git_dir: str, commit: str, path: str) -> str | None:
    proc = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          capture_output=True, text=True, check=False)
    return proc.stdout if proc.returncode == 0 else None


def _value(node: ET.Element, name: str) -> str:
    """A field is an attribute or a child element; empty when absent."""
    if name in node.attrib:
        return node.attrib[name]
    child = node.find(name)
    return (child.text or "") if child is not None else ""


def convert(git_dir: str, commit: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for entity in ENTITIES:
        root = ET.fromstring(_show(git_dir, commit, f"{BASE}/data/{entity}.xml") or "")
        spec = root.find("fields")
        fields = [f.attrib["name"] for f in spec or []]
        # an entity with a numeric primary key (orders: primary="id_order") is numbered by
        # the database in fixture order, and other fixtures refer to it by that number
        numbered = spec is not None and "primary" in spec.attrib
        rows = list(root.find("entities") or [])
        lang_text = _show(git_dir, commit, f"{BASE}/langs/en/data/{entity}.xml")
        lang: dict[str, ET.Element] = {}
        lang_fields: list[str] = []
        if lang_text:
            for node in ET.fromstring(lang_text):
                lang.setdefault(node.attrib.get("id", ""), node)
                for child in node:
                    if child.tag not in lang_fields and child.tag not in fields:
                        lang_fields.append(child.tag)
        with (out / f"{entity}.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id", *fields, *lang_fields])
            for number, node in enumerate(rows, start=1):
                ident = str(number) if numbered else node.attrib.get("id", "")
                translated = lang.get(ident)
                writer.writerow([ident, *(_value(node, f) for f in fields),
                                 *((_value(translated, f) if translated is not None else "")
                                   for f in lang_fields)])


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "HEAD",
            Path(sys.argv[3] if len(sys.argv) > 3 else "."))
