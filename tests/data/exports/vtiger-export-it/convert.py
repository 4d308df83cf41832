"""vtiger CRM's demo data as vtiger CRM 7.1.0's own list view Export writes it for an Italian
user (it_it): ../vtiger-export-en/convert.py (its docstring says how; unchanged) with the
language it_it, then the one step of ExportData.php that export leaves out because no earlier
language needed it: the translated header labels and the file name pass through vtiger's
decode_html() (`html_entity_decode($str, ENT_QUOTES, $default_charset)`, ExportData.php
getHeaders() and output()), and the Italian pack writes its accented letters as HTML entities
("Propriet&agrave;", "Citt&agrave;"), which the export thus writes as "Proprietà", "Città".
The rows are untouched (none holds an entity). Ours (keys264); the data it reads is not
committed.

    python convert.py SRC OUT_DIR          # SRC as ../vtiger-export-en's, with SRC/lang/it_it
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "vtiger-export-en"))
from convert import main as export  # noqa: E402

LANG = "it_it"


def decode_html(s: str) -> str:
    # PHP's own html_entity_decode, as vtiger calls it ($default_charset UTF-8)
    php = 'echo html_entity_decode(stream_get_contents(STDIN), ENT_QUOTES, "UTF-8");'
    return subprocess.run(["php", "-r", php], input=s.encode("utf-8"), capture_output=True,
                          check=True).stdout.decode("utf-8")


def main(src: str, out: str) -> None:
    outp = Path(out)
    outp.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        export(src, tmp, LANG)
        for f in sorted(Path(tmp).iterdir()):
            data = f.read_bytes().decode("utf-8")
            header, rest = data.split("\r\n", 1)
            name = decode_html(f.stem) + f.suffix
            (outp / name).write_bytes((decode_html(header) + "\r\n" + rest).encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
