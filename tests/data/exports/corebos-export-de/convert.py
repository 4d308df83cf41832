"""coreBOS's test database as coreBOS's own Export writes it for a user whose language is
German (de_de), or another of coreBOS's languages (fr_fr, es_es, it_it, nl_nl, pt_br...):
../corebos-testdb's six module files (built first, per its SOURCE.md), each header and each
file name translated as coreBOS's export translates them.

Ours. coreBOS's ``include/utils/export.php`` heads each column with
``getTranslatedString(<field label>, <module>)`` and names the file
``getTranslatedString(<module>, <module>) . '.csv'``; ``getTranslatedString`` looks the
string up in the module's language file (``modules/<Module>/language/<lang>.lang.php``,
``$mod_strings``), then in the application's (``include/language/<lang>.lang.php``,
``$app_strings``), and keeps the string itself when neither has it. Values are written as
stored (the export does not translate them), so the rows are ../corebos-testdb's rows.

    python convert.py /path/to/corebos.git COMMIT ../corebos-testdb OUT [LANG]

LANG is coreBOS's language code, ``de_de`` when left out (corebos-export-de).
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

MODULES = ["Accounts", "Contacts", "Leads", "HelpDesk", "Products", "Vendors"]
PAIR = re.compile(r"""(['"])((?:\\.|(?!\1).)*)\1\s*=>\s*(['"])((?:\\.|(?!\3).)*)\3""", re.S)


def strings(repo: str, commit: str, path: str) -> dict[str, str]:
    """The ``'key' => 'value'`` pairs of a coreBOS language file (PHP's quoting undone)."""
    text = subprocess.run(["git", "--git-dir", repo, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")
    out: dict[str, str] = {}
    for m in PAIR.finditer(text):
        key = m.group(2).replace("\\" + m.group(1), m.group(1)).replace("\\\\", "\\")
        val = m.group(4).replace("\\" + m.group(3), m.group(3)).replace("\\\\", "\\")
        out[key] = val   # a later entry replaces an earlier one, as in a PHP array
    return out


def main(repo: str, commit: str, source: str, out: str, lang: str = "de_de") -> None:
    """Write each module's export in ``lang`` to ``out/<translated module name>.csv``."""
    app = strings(repo, commit, f"include/language/{lang}.lang.php")
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    for module in MODULES:
        mod = strings(repo, commit, f"modules/{module}/language/{lang}.lang.php")

        def tr(s: str, mod: dict[str, str] = mod) -> str:
            return mod.get(s, app.get(s, s))

        with (Path(source) / f"{module}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        with (dest / f"{tr(module)}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([tr(h) for h in rows[0]])
            w.writerows(rows[1:])


if __name__ == "__main__":
    main(*sys.argv[1:6])
