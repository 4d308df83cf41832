"""EGroupware's own addressbook CSV export, as ../egroupware-export-de/convert.py builds it,
for a language whose catalogs give two exported fields the same header label. Ours; the
data it reads is not committed. Shared by keys273's languages (ru, it, uk, ko).

    python convert.py SRC OUT_DIR LANG          # LANG: ru, it, uk, ko...

Everything (SRC, the rows, the catalogs, the header, the values, the quoting, the file's
name) is ../egroupware-export-de/convert.py's, imported from there unchanged; only the rows
are written as EGroupware writes them when a label repeats.

importexport/inc/class.importexport_export_csv.inc.php (674781ca) export_record() writes the
header from the mapping (field => label: every field's label, a repeated label twice), then
each record through the mapping keyed by the label:

    foreach ($this->mapping as $egw_field => $csv_field) {
        $this->record_array[$csv_field] = $record_data[$egw_field];
    }

A PHP array keeps a key where it was first set, so the second field of a repeated label
overwrites the first one's value in the first one's place and adds no field: the header has
60 fields, each row 59, the later field's value under the first label and every field after
the second label one place to the left of its label. A Python dict assigned in the same
order keeps keys the same way. Where no label repeats (de, ja, el, cs, bg, zh-tw, fr,
es-es) this writes ../egroupware-export-de/convert.py's bytes, byte for byte.
Two runs give the same bytes.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_BASE = Path(__file__).resolve().parents[1] / "egroupware-export-de" / "convert.py"
_SPEC = importlib.util.spec_from_file_location("egroupware_convert", _BASE)
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)


def main(src: Path, out: Path, lang: str) -> None:
    phrases = base.catalog(src, lang)

    def lang_(phrase: str) -> str:
        return phrases.get(phrase, phrases.get(phrase.lower(), phrase))

    labels = [lang_(english).removesuffix("*") for _, english in base.FIELDS]
    books = {"demo": lang_("Personal"), "0": lang_("Accounts")}
    lines = [labels]
    for row in base.contacts():
        row = dict(row)
        row["tid"] = lang_("contact")
        row["owner"] = books[row["owner"]]
        keyed: dict[str, str] = {}            # importexport_export_csv's $this->record_array
        for (field, _), label in zip(base.FIELDS, labels, strict=True):
            keyed[label] = row.get(field, "")
        lines.append(list(keyed.values()))
    text = "".join(";".join('"' + v.replace("\r\n", "\n").replace('"', '""') + '"'
                            for v in line) + "\n" for line in lines)
    out.mkdir(parents=True, exist_ok=True)
    (out / base.FILENAME).write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
