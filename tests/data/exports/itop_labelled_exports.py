"""iTop's sample data (the ``data.sample.*.xml`` files its setup loads) written as iTop's CSV
export writes each class's list for a user working in German, French, Spanish, Italian,
Dutch, Brazilian Portuguese, Czech, Polish, Russian, Turkish, Hungarian, Danish, Slovak,
Japanese or Simplified Chinese with the
"localize" option (``no_localize=0``, the export's default), one file per class named by
the class's label in that language.

Ours, not Combodo's: a mechanical converter, shared by itop-export-de, -fr, -es, -it, -nl and
-pt-br (keys117), -cs, -pl, -ru, -tr and -hu (keys126) and -da, -sk, -ja and -zh-cn (keys137;
see their SOURCE.md). The rows
are itop-sample-data's (its ``convert.py`` rules: the files in the setup's load order, the
structure module's then the service management module's, each sorted; an object met twice
is one row, the later values winning; ``id`` first, then the attributes in the XML's order;
a person's picture and a service's icon left out). What iTop's code does with
``no_localize=0`` (core/tabularbulkexport.class.inc.php
``SetFields``, core/metamodel.class.php ``GetLabel``, core/attributedef.class.inc.php
``GetLabel``/``SearchLabel``, ``AttributeEnum::GetAsCSV``/``GetValueLabel``):

- a column is headed by ``MetaModel::GetLabel(class, attcode)``: ``id`` by the dictionary
  entry ``UI:CSVImport:idField``; an attribute by ``Class:<class>/Attribute:<code>``,
  looked up in the user's language in the class then its parents, then the same again
  accepting English, then the code with ``_`` as a space; an empty entry counts as none;
- an external key is exported through one attribute of the object it names and headed
  ``<label of the key>-><label of that attribute in the other class>``: ``name`` for an
  organisation, a location, a team, a contract...; for a key to a person (``manager_id``,
  ``person_id``, ``contact_id``) its ``friendlyname`` (``<first_name> <name>``, headed by
  ``Core:FriendlyName-Label``), the person's whole name as itop-sample-data writes it;
  ``0`` or empty is none: an empty cell;
- an enumeration's value (``AttributeEnum`` in the datamodel XML: ``status``, ``notify``...)
  is written as its label ``Class:<class>/Attribute:<code>/Value:<value>``, looked up as
  a column's label is (falling back to the value with ``_`` as a space); other values as
  stored;
- the file is named as iTop's download names it (``BulkExport::GetDownloadFileName``):
  ``Core:BulkExportOf_Class`` (``%1$s-Export``, ``Export de %1$s``...) of the class's label
  (``Class:<class>``; its code if no dictionary labels it), ``.csv``; a ``/`` in a label
  (``Verknüpfung Person/Team``) is saved as ``_``, as browsers save it.

Dictionaries read: every ``<lang>.dict.*.php`` and ``<lang>.dictionary.*.php`` of the tree
(``'key' => 'value'`` entries of their ``Dict::Add`` arrays, single- or double-quoted);
``en`` too, for the fallbacks. Usage::

    python itop_labelled_exports.py /path/to/iTop.git COMMIT LANG OUTDIR
        # LANG: de, fr, es_cr, it, nl, pt_br, cs, pl, ru, tr, hu, da, sk, ja or zh_cn
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# the sample data's records, its modules, external keys and left-out attributes: as
# itop-sample-data's converter reads them (one reading of the sample XML)
_SAMPLE = importlib.util.spec_from_file_location(
    "itop_sample_convert", Path(__file__).parent / "itop-sample-data" / "convert.py")
_convert = importlib.util.module_from_spec(_SAMPLE)
_SAMPLE.loader.exec_module(_convert)
MODULES, TARGETS, git, read_objects = (_convert.MODULES, _convert.TARGETS, _convert.git,
                                       _convert.read_objects)
#: keys to a person (or a contact) are exported through the friendly name
FRIENDLY = {"manager_id", "person_id", "contact_id"}
XSI = "{http://www.w3.org/2001/XMLSchema-instance}type"
ENTRY = re.compile(r"""'((?:[^'\\]|\\.)*)'\s*=>\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")""")


def _unescape(s: str) -> str:
    """A PHP literal's text, less the ``~~``/``~*`` still-to-translate marks iTop's compiler
    strips (setup/compiler.class.inc.php ``FilterDictString``)."""
    s = re.sub(r"\\(['\"\\])", r"\1", s)
    return s.replace("~~", "").replace("~*", "")


def read_dicts(repo: str, commit: str, names: list[str], lang: str) -> dict[str, str]:
    """The dictionary entries of ``lang`` in the tree (later files override earlier)."""
    pat = re.compile(rf"(^|/){re.escape(lang)}\.(dict|dictionary)\.[^/]*\.php$")
    out: dict[str, str] = {}
    for path in sorted(n for n in names if pat.search(n)):
        text = git(repo, "show", f"{commit}:{path}").decode("utf-8")
        for m in ENTRY.finditer(text):
            out[_unescape(m.group(1))] = _unescape(m.group(2) if m.group(2) is not None
                                                   else m.group(3))
    return out


def read_datamodel(repo: str, commit: str, names: list[str]) -> tuple[dict, set]:
    """Each class's parent, and the (class, attribute) pairs that are enumerations."""
    parents: dict[str, str] = {}
    enums: set[tuple[str, str]] = set()
    for path in sorted(n for n in names if re.search(r"/datamodel\.[^/]*\.xml$", n)):
        root = ET.fromstring(git(repo, "show", f"{commit}:{path}"))
        for cls in root.iter("class"):
            cid = cls.get("id", "")
            p = cls.find("parent")
            if p is not None and p.text:
                parents[cid] = p.text.strip()
            for f in cls.iterfind("./fields/field"):
                if f.get(XSI) == "AttributeEnum":
                    enums.add((cid, f.get("id", "")))
    return parents, enums


class Labels:
    """iTop's label look-up (SearchLabel: the user's language up the class's parents, then
    the same accepting English)."""

    def __init__(self, user: dict[str, str], en: dict[str, str], parents: dict[str, str]):
        self.user, self.en, self.parents = user, en, parents

    def _search(self, cls: str, suffix: str, with_en: bool) -> str | None:
        c: str | None = cls
        while c:
            key = f"Class:{c}{suffix}"
            v = self.user.get(key) or (self.en.get(key) if with_en else None)
            if v:
                return v
            c = self.parents.get(c)
        return None

    def attribute(self, cls: str, code: str) -> str:
        if code == "id":
            return self.user.get("UI:CSVImport:idField") or self.en["UI:CSVImport:idField"]
        if code == "friendlyname":
            return self.user.get("Core:FriendlyName-Label") or self.en["Core:FriendlyName-Label"]
        suffix = f"/Attribute:{code}"
        return (self._search(cls, suffix, False) or self._search(cls, suffix, True)
                or code.replace("_", " "))

    def value(self, cls: str, code: str, value: str) -> str:
        suffix = f"/Attribute:{code}/Value:{value}"
        return (self._search(cls, suffix, False) or self._search(cls, suffix, True)
                or value.replace("_", " "))

    def klass(self, cls: str) -> str:
        return self.user.get(f"Class:{cls}") or self.en.get(f"Class:{cls}") or cls

    def download_name(self, cls: str) -> str:
        """BulkExport::GetDownloadFileName: ``Core:BulkExportOf_Class`` of the class's label,
        ``.csv``; a ``/`` (no file name can hold one) saved as ``_``, as browsers do."""
        fmt = self.user.get("Core:BulkExportOf_Class") or self.en["Core:BulkExportOf_Class"]
        return fmt.replace("%1$s", self.klass(cls)).replace("/", "_") + ".csv"


def main(repo: str, commit: str, lang: str, out: str) -> dict[str, int]:
    names = git(repo, "ls-tree", "-r", "--name-only", commit).decode().split("\n")
    parents, enums = read_datamodel(repo, commit, names)
    lab = Labels(read_dicts(repo, commit, names, lang), read_dicts(repo, commit, names, "en"),
                 parents)
    objects = read_objects(repo, commit, names)

    def name_of(key: str, value: str) -> tuple[str, str]:
        for cls in TARGETS[key]:
            rec = objects.get(cls, {}).get(value)
            if rec is not None:
                if key in FRIENDLY and cls == "Person":
                    return cls, f"{rec.get('first_name', '')} {rec.get('name', '')}".strip()
                return cls, rec.get("name", "")
        return TARGETS[key][0], ""

    counts = {}
    Path(out).mkdir(parents=True, exist_ok=True)
    for cls, recs in objects.items():
        header = [lab.attribute(cls, "id")]
        rows = []
        for oid, rec in recs.items():
            row = {header[0]: oid}
            for k, v in rec.items():
                if k in TARGETS:
                    target, v = ("", "") if v in ("", "0") else name_of(k, v)
                    remote = "friendlyname" if k in FRIENDLY else "name"
                    col = (f"{lab.attribute(cls, k)}->"
                           f"{lab.attribute(TARGETS[k][0], remote)}")
                elif (cls, k) in enums or any((c, k) in enums for c in _ancestors(cls, parents)):
                    col, v = lab.attribute(cls, k), (lab.value(cls, k, v) if v else "")
                else:
                    col = lab.attribute(cls, k)
                row[col] = v
                if col not in header:
                    header.append(col)
            rows.append(row)
        fname = lab.download_name(cls)
        with (Path(out) / fname).open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=header)
            w.writeheader()
            w.writerows(rows)
        counts[fname] = len(rows)
    return counts


def _ancestors(cls: str, parents: dict[str, str]) -> list[str]:
    out = []
    while cls in parents:
        cls = parents[cls]
        out.append(cls)
    return out


if __name__ == "__main__":
    print(main(*sys.argv[1:5]))
