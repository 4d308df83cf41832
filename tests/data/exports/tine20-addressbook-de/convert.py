"""Lay out the Tine 2.0 address-book export (see SOURCE.md): ours, not Tine's code.

``python convert.py TINE20_DIR OUT_DIR [LANG]`` copies Tine's demo address book
(``Addressbook/Setup/DemoData/out1000.csv`` under TINE20_DIR, the repository's ``tine20``
folder) byte for byte into OUT_DIR under its own name. Without LANG (or with ``de``) nothing
in it is changed. With LANG (``fr``, ``es``, ``it``: tine20-addressbook-<lang>, keys110;
``nl_NL``, ``pl``, ``pt_BR``: tine20-addressbook-nl, -pl, -pt-br, keys116; ``cs``, ``hu``,
``ru``, ``sv_SE``, ``ca``: tine20-addressbook-cs, -hu, -ru, -sv, -ca, keys177) only
the header line changes: each field name becomes its label in that language, as
``../tine20-demo-de/convert.py`` relabels the demo's contacts (the same labels, Tine's
Addressbook translations, then Tinebase's; a label with no translation stays English).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

SOURCE = "Addressbook/Setup/DemoData/out1000.csv"


def _demo():
    """The demo export's converter (its labels and its relabelling), beside this folder."""
    path = Path(__file__).resolve().parent.parent / "tine20-demo-de" / "convert.py"
    spec = importlib.util.spec_from_file_location("tine20_demo_convert", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def convert(tine: Path, out: Path, lang: str = "de") -> Path:
    """Copy the file (header relabelled in LANG unless German); return where it went."""
    out.mkdir(parents=True, exist_ok=True)
    target = out / Path(SOURCE).name
    if lang == "de":
        shutil.copyfile(tine / SOURCE, target)
        return target
    demo = _demo()
    app, labels = demo.LABELS["Contact.csv"]
    target.write_bytes(demo.relabel((tine / SOURCE).read_bytes(), labels,
                                    demo.translator(tine, app, lang)))
    return target


if __name__ == "__main__":
    lang = sys.argv[3] if len(sys.argv) > 3 else "de"
    print(convert(Path(sys.argv[1]), Path(sys.argv[2]), lang))
