"""Lay out the German Outlook contacts export of Open-Xchange's tests (see SOURCE.md): ours.

``python convert.py OX_DIR OUT_DIR`` takes the CSV text that OX's
``OutlookCSVContactImportTest.bug9367_should_translate_several_more_fields_in_German``
imports (a Java string literal, under OX_DIR, a checkout of open-xchange/appsuite-middleware),
resolves its Java escapes (``\\"``, ``\\n``, ``\\uXXXX``) and writes it, as the test feeds it
to the importer, encoded in Windows-1252, into ``bug9367.csv``. Values are untouched.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SOURCE = ("openexchange-test/unittests/com/openexchange/groupware/importexport/"
          "OutlookCSVContactImportTest.java")
METHOD = "bug9367_should_translate_several_more_fields_in_German"


def java_literal_text(java: str) -> str:
    """The value of ``final String file = "..." + "...";`` in the method."""
    body = java[java.index(METHOD):]
    body = body[body.index("final String file ="):]
    body = body[:body.index("importStuff(")]
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', body)
    raw = "".join(parts)
    return re.sub(r'\\u([0-9a-fA-F]{4})|\\(.)',
                  lambda m: chr(int(m.group(1), 16)) if m.group(1)
                  else {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(2), m.group(2)), raw)


def convert(ox: Path, out: Path) -> Path:
    """Write the file; return where it was written."""
    out.mkdir(parents=True, exist_ok=True)
    target = out / "bug9367.csv"
    target.write_bytes(java_literal_text((ox / SOURCE).read_text(encoding="utf-8"))
                       .encode("cp1252"))
    return target


if __name__ == "__main__":
    print(convert(Path(sys.argv[1]), Path(sys.argv[2])))
