"""Keila's contact CSV files, copied byte for byte into one export folder.

Ours. Keila (the open-source newsletter tool) imports and exports a project's contacts as
one CSV with the columns ``Email, First name, Last name, Data, Status, External ID`` (its
``contacts_csv_export.ex`` writes that header; an import may carry a subset). FILES are the
publisher's own files in that format: the template Keila offers for download and the
import fixtures of its test suite; each is written into OUT under its own file name,
unchanged (Excel's semicolons, byte-order mark and CRLF line ends included), with the
repository's LICENSE.md. Left out: the deliberately malformed fixtures
(``import_malformed1/2.csv``, which Keila must reject) and ``import_rfc_4180.csv`` /
``import_libreoffice.csv`` (the same 201 rows as ``import_excel.csv`` in other dialects).

    python convert.py /path/to/keila.git COMMIT OUT
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FILES = ["assets/static/downloads/keila_import_template.csv",
         "test/keila/contacts/import_excel.csv",
         "test/keila/contacts/import_external_ids.csv",
         "test/keila/contacts/import_rfc_4180_upsert.csv",
         "test/keila/contacts/import_rfc_4180_with_status.csv",
         "test/keila/contacts/import_with_data.csv"]


def show(repo: str, commit: str, path: str) -> bytes:
    """The bytes of one file at one commit."""
    return subprocess.run(["git", "--git-dir", repo, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def main(repo: str, commit: str, out: str) -> None:
    """Copy FILES and the licence into ``out``."""
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "LICENSE.md").write_bytes(show(repo, commit, "LICENSE.md"))
    for path in FILES:
        (dest / Path(path).name).write_bytes(show(repo, commit, path))


if __name__ == "__main__":
    main(*sys.argv[1:4])
