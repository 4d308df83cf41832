"""GLPI's test dataset (tests/data/exports/glpi-test-dataset, rebuilt from its SOURCE.md) written
as GLPI's search list (front/<type>.php) exports it to CSV for a user whose language is French,
German, Spanish, Italian, Dutch, Portuguese, Polish, Czech, Russian, Turkish, Romanian, Swedish,
Danish, Finnish, Norwegian (Bokmål), Greek, Hungarian, Ukrainian, Slovak, Croatian, Catalan,
Lithuanian, Latvian, Estonian, Slovenian, Bulgarian, Japanese, Simplified Chinese, Indonesian,
Serbian, Arabic, Brazilian Portuguese, Hebrew, Persian, Traditional Chinese, Basque, Thai, Malay,
Galician, Norwegian (Nynorsk), English (US) or Spanish (Mexico, Colombia, Venezuela, Argentina)
(GLPI 0.90.2), or Korean, Hindi or Vietnamese (GLPI 9.3.1, whose translations have them): one
file per list (tickets, contacts, suppliers, users, entities).

Ours, not GLPI's: a mechanical converter, shared by glpi-export-fr, -de, -es (keys111), -it, -nl,
-pt (keys115), -pl, -cs, -ru, -tr and -ro (keys125), -sv, -da, -fi, -nb and -el (keys136), -hu, -uk,
-sk, -hr and -ca (keys139), -lt, -lv, -et, -sl and -bg (keys151), -ja, -zh-cn, -id, -sr and -ar
(keys157), -pt-br, -he, -fa, -zh-tw and -eu (keys172), -th, -ms and -gl (keys188), -nn, -en-us,
-es-mx, -es-co, -es-ve and -es-ar (keys215), -ko, -hi and -vi (keys241, GLPI 9.3.1; see their
SOURCE.md). Usage::

    for l in fr_FR de_DE es_ES; do git -C <glpi clone> show <commit>:locales/$l.po > SRC/$l.po; done
    python glpi_search_exports.py glpi-test-dataset SRC LANG OUT_DIR    # LANG: fr_FR, de_DE, ...
    python glpi_search_exports.py glpi-test-dataset SRC93 LANG OUT_DIR 9.3.1    # GLPI 9.3.1's .po

GLPI 9.3.1 writes the CSV as 0.90.2 does (the same CSV_OUTPUT code, default delimiter, root
entity and profile names, ID in front of the tickets' list) and names the same search options
alike but one: the contact's option 1 and the user's option 34 (realname) are ``__('Last
name')`` there, ``__('Surname')`` in 0.90.2 (VERSION_MSGIDS); its languages' plural numbers are
in inc/define.php (Korean 1: the only form either way).

The layout is GLPI's (inc/search.class.php, CSV_OUTPUT): a UTF-8 byte-order mark, then one
line per row, every value in double quotes (a '"' inside becomes "''") and followed by the
delimiter, the configuration's ``csv_delimiter``, ';' by default (install/mysql: so each line
ends with a ';'), lines ending with "\\n"; the first line the column names. A column's name is
its search option's name through GLPI's translations (locales/<lang>.po; ``_n(s, p, 1)`` the
first plural form), prefixed by its group's name and " - " when the option sits in a group other
than the main one (the ticket's Writer is in the group Requester). Columns: the list's first
column (search option 1, the item's name) and, for tickets, the ID before it (GLPI puts it in
front); then the options listed in COLUMNS, as a user's display preferences would add them: each
field of the dataset's file that has a search option. Entity columns hold the entity's complete
name (GLPI's ``completename``: the names from the root entity, "Root entity" as installed, joined
by " > "), the user's default entity its name, the default profile its name (profile 4 is
"Super-Admin", install/mysql). Each file is named by its list's title, the type's plural name
through the same translations, in the plural form GLPI asks for: ``_n(s, p,
Session::getPluralNumber())``, the language's plural number in config/define.php (2, Czech and
Slovak 10, Arabic 103; PLURAL_NUMBER) put through the .po's ``Plural-Forms`` formula (for the
two-form languages the second form; Polish, Russian, Romanian, Ukrainian, Croatian and Serbian
"few", Czech and Slovak "many", Slovenian its dual, Turkish, Japanese, Chinese, Indonesian,
Persian, Thai and Malay their only form). A form the .po leaves empty falls back to
GLPI's English msgid (msgfmt leaves a plural entry whose first form is empty out of the .mo:
Croatian and Slovenian "Tickets"; so an entry whose first form is empty is read as absent, its
other forms too: Norwegian Nynorsk's "Contacts", as GLPI reads its .mo).
Rows in the dataset's order, values as the dataset gives them.
"""

from __future__ import annotations

import ast
import csv
import re
import sys
from pathlib import Path

# dataset file -> (type's singular msgid, plural msgid), [(dataset column, option name msgid,
# plural msgid or None, group msgid or None)], in the list's order
COLUMNS: dict[str, tuple[tuple[str, str], list[tuple[str, str, str | None, str | None]]]] = {
    "Ticket": (("Ticket", "Tickets"), [
        ("id", "ID", None, None),
        ("name", "Title", None, None),
        ("content", "Description", None, None),
        ("entities_id", "Entity", "Entities", None),
        ("users_id_recipient", "Writer", None, "Requester"),
    ]),
    "Contact": (("Contact", "Contacts"), [
        ("name", "Surname", None, None),
        ("id", "ID", None, None),
        ("firstname", "First name", None, None),
        ("phone", "Phone", "Phones", None),
        ("phone2", "Phone 2", None, None),
        ("mobile", "Mobile phone", None, None),
        ("fax", "Fax", None, None),
        ("email", "Email", "Emails", None),
        ("comment", "Comments", None, None),
        ("entities_id", "Entity", "Entities", None),
    ]),
    "Supplier": (("Supplier", "Suppliers"), [
        ("name", "Name", None, None),
        ("id", "ID", None, None),
        ("phonenumber", "Phone", "Phones", None),
        ("fax", "Fax", None, None),
        ("email", "Email", "Emails", None),
        ("comment", "Comments", None, None),
        ("entities_id", "Entity", "Entities", None),
    ]),
    "User": (("User", "Users"), [
        ("name", "Login", None, None),
        ("id", "ID", None, None),
        ("realname", "Surname", None, None),
        ("firstname", "First name", None, None),
        ("entities_id", "Default entity", None, None),
        ("profiles_id", "Default profile", None, None),
    ]),
    "Entity": (("Entity", "Entities"), [
        ("completename", "Complete name", None, None),
        ("id", "ID", None, None),
        ("name", "Name", None, None),
    ]),
}
PROFILES = {"4": "Super-Admin"}
# config/define.php, $CFG_GLPI['languages'][lang][5]: the number Session::getPluralNumber() gives
PLURAL_NUMBER = {"cs_CZ": 10, "sk_SK": 10, "ar_SA": 103}
# GLPI 9.3.1 (inc/define.php, inc/contact.class.php, inc/user.class.php): its plural numbers where
# they differ from 2, and the option names it words otherwise than 0.90.2
PLURAL_NUMBER_93 = {"cs_CZ": 10, "sk_SK": 10, "ar_SA": 103, "ko_KR": 1}
VERSION_MSGIDS = {"9.3.1": {"Surname": "Last name"}}
ROOT = "Root entity"   # entity 0 as install/mysql/glpi-*-empty.sql names it


def read_po(text: str) -> dict[tuple[str, str | None], list[str]]:
    """(msgid, msgid_plural or None) -> msgstr forms, entries without a msgctxt."""
    out: dict[tuple[str, str | None], list[str]] = {}
    cur: dict[str, str] = {}
    key = ""

    def flush() -> None:
        if "msgid" in cur and "msgctxt" not in cur:
            forms = [cur[k] for k in sorted(cur) if k.startswith("msgstr")]
            if forms and forms[0]:       # msgfmt leaves an entry whose first form is empty out
                                         # of the .mo GLPI reads (Norwegian Nynorsk 'Contact')
                out[(cur["msgid"], cur.get("msgid_plural"))] = forms

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
        cur[key] = ast.literal_eval(rest)
    flush()
    return out


def plural_index(text: str, n: int) -> int:
    """The form index the .po header's ``Plural-Forms: ...; plural=EXPR;`` gives for n: EXPR is
    C (?:, ||, &&, comparisons, %), evaluated here by precedence climbing."""
    m = re.search(r"plural=([^;\\]+)", text)
    toks = re.findall(r"\d+|n|&&|\|\||[=!<>]=|[-+*/%<>?:()!]", m.group(1) if m else "n != 1")
    ops = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4,
           "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}
    fn = {"||": lambda a, b: int(bool(a or b)), "&&": lambda a, b: int(bool(a and b)),
          "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
          "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
          "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b),
          "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
          "/": lambda a, b: a // b, "%": lambda a, b: a % b}
    pos = 0

    def atom() -> int:
        nonlocal pos
        t = toks[pos]
        pos += 1
        if t == "(":
            v = ternary()
            pos += 1                     # ")"
            return v
        if t == "!":
            return int(not atom())
        return n if t == "n" else int(t)

    def binary(level: int) -> int:
        nonlocal pos
        v = atom()
        while pos < len(toks) and ops.get(toks[pos], 0) >= level:
            op = toks[pos]
            pos += 1
            v = fn[op](v, binary(ops[op] + 1))
        return v

    def ternary() -> int:
        nonlocal pos
        c = binary(1)
        if pos < len(toks) and toks[pos] == "?":
            pos += 1
            a = ternary()
            pos += 1                     # ":"
            b = ternary()
            return a if c else b
        return c

    return ternary()


def _tr(po: dict, msgid: str, plural: str | None, n: int = 1, idx: int | None = None) -> str:
    forms = po.get((msgid, plural))
    i = 0 if n == 1 else (len(forms or [""]) - 1 if idx is None else idx)
    if not forms or i >= len(forms) or not forms[i]:
        return msgid if n == 1 or plural is None else plural
    return forms[i]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _completename(name: str, parent: dict[str, str]) -> str:
    chain = [name]
    while chain[-1] in parent:
        chain.append(parent[chain[-1]])
    names = [ROOT if n == "0" else n for n in reversed(chain)]
    return " > ".join(names if names[0] == ROOT else [ROOT, *names])


def _clean(value: str) -> str:
    return value.replace('"', "''").replace("&gt;", ">")


def convert(dataset: Path, src: Path, lang: str, out: Path,
            version: str = "0.90.2") -> dict[str, int]:
    text = (src / f"{lang}.po").read_text(encoding="utf-8")
    po = read_po(text)
    numbers = PLURAL_NUMBER_93 if version == "9.3.1" else PLURAL_NUMBER
    idx = plural_index(text, numbers.get(lang, 2))
    renamed = VERSION_MSGIDS.get(version, {})
    entities = _read(dataset / "Entity.csv")
    parent = {e["name"]: e["entities_id"] for e in entities}
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, ((single, plural), cols) in COLUMNS.items():
        rows = _read(dataset / f"{name}.csv")
        header = []
        for _, msgid, msgplural, group in cols:
            label = _tr(po, renamed.get(msgid, msgid), msgplural)
            if group:
                label = f"{_tr(po, group, group + 's')} - {label}"
            header.append(label)
        lines = []
        for r in rows:
            vals = []
            for col, *_ in cols:
                if col == "completename":
                    v = _completename(r["name"], parent)
                elif col == "entities_id" and name != "User":
                    v = _completename(r[col], parent) if r[col] else ""
                elif col == "profiles_id":
                    v = PROFILES.get(r[col], r[col])
                else:
                    v = r[col]
                vals.append(v)
            lines.append(vals)
        fname = f"{_tr(po, single, plural, 2, idx)}.csv"
        with (out / fname).open("w", encoding="utf-8", newline="") as fh:
            fh.write("\ufeff")
            for vals in [header, *lines]:
                fh.write("".join(f'"{_clean(v)}";' for v in vals) + "\n")
        counts[fname] = len(lines)
    return counts


if __name__ == "__main__":
    print(convert(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4]),
                  *sys.argv[5:6]))
