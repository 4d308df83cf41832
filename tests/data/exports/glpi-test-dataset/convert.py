"""GLPI's test dataset (loadDataset() in tests/src/autoload/functions.php) -> one CSV per type.

Run: python convert.py functions.php OUT_DIR (glpi-project/glpi commit
0397bad12ca0f00fda19cd70aa13f7b9bfffbf00; the file or an excerpt holding its ``$data = [``
literal). loadDataset() inserts, type by type in file order, the records of that literal
through GLPI's own item API. Each record of the types in TYPES becomes a row of
``<Type>.csv``, columns named as GLPI names the fields (its database and REST API names:
``entities_id``, ``realname``, ``users_id_recipient``...), in first-seen order.

``id``: the record's own ``id`` where it gives one (two tickets do), else its place in the
type, 1, 2..., as the inserts would number a new database's rows. A foreign key keeps the
name the dataset gives (``entities_id: _test_root_entity``), as GLPI's REST API answers with
``expand_dropdowns``. ``TU_USER`` is the test user's login, ``_test_user`` (tests/bootstrap.php
defines it). Left out: ``password``/``password2`` (the test password) and the keys beginning
with ``_`` (GLPI's transient inputs, never stored). Values are not edited (``R&#38;D`` stays
as GLPI stores it). The other types (assets other than computers, software, dashboards, the
LDAP directory, translations, budgets) are not written.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

TYPES = ("Entity", "User", "UserEmail", "Group", "Contact", "Supplier", "Location",
         "TaskCategory", "Ticket", "TicketTask", "KnowbaseItem", "Computer")
CONSTANTS = {"TU_USER": "_test_user", "TU_PASS": None}
DROPPED = {"password", "password2"}

_TOKEN = re.compile(r"""
    (?P<space>\s+|//[^\n]*|/\*.*?\*/)
  | (?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<num>-?\d+(?:\.\d+)?)
  | (?P<arrow>=>)
  | (?P<punct>[\[\],.])
  | (?P<name>\\?[A-Za-z_][\w\\]*(?:::[A-Za-z_]\w*)?)
  | (?P<other>.)
""", re.S | re.X)


def _tokens(text: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise ValueError(f"cannot read PHP at {text[pos:pos + 40]!r}")
        pos = m.end()
        if m.lastgroup != "space":
            out.append((m.lastgroup, m.group()))
    return out


def _string(tok: str) -> str:
    body = tok[1:-1]
    if tok[0] == "'":
        return body.replace("\\'", "'").replace("\\\\", "\\")
    return bytes(body, "utf-8").decode("unicode_escape")


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]):
        self.toks, self.i = tokens, 0

    def peek(self) -> tuple[str, str]:
        return self.toks[self.i]

    def take(self) -> tuple[str, str]:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def value(self) -> object:
        v = self.atom()
        while self.peek() == ("punct", "."):
            self.take()
            v = f"{v}{self.atom()}"
        return v

    def atom(self) -> object:
        kind, tok = self.take()
        if kind == "str":
            return _string(tok)
        if kind == "num":
            return int(tok) if tok.lstrip("-").isdigit() else float(tok)
        if kind == "name":
            return CONSTANTS.get(tok, tok)
        if tok == "[":
            return self.array()
        raise ValueError(f"unexpected {tok!r}")

    def array(self) -> dict | list:
        items: list[tuple[object, object]] = []
        keyed = False
        while self.peek() != ("punct", "]"):
            first = self.value()
            if self.peek()[0] == "arrow":
                self.take()
                items.append((first, self.value()))
                keyed = True
            else:
                items.append((None, first))
            if self.peek() == ("punct", ","):
                self.take()
        self.take()
        return dict(items) if keyed else [v for _, v in items]


def dataset(text: str) -> dict:
    start = text.index("$data = [") + len("$data = ")
    parser = _Parser(_tokens(text[start:]))
    parser.take()
    return parser.array()


def _cell(v: object) -> str:
    return "" if v is None else str(v)


def _write(path: Path, rows: list[dict]) -> None:
    cols: dict[str, None] = {}
    for r in rows:
        cols.update(dict.fromkeys(r))
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in cols])
    print(path.name, len(rows))


def main(src: Path, dst: Path) -> None:
    data = dataset(src.read_text(encoding="utf-8"))
    dst.mkdir(parents=True, exist_ok=True)
    for type_ in TYPES:
        rows = []
        for n, record in enumerate(data[type_], 1):
            row = {"id": record.get("id", n)}
            row.update({k: v for k, v in record.items()
                        if k != "id" and k not in DROPPED and not k.startswith("_")})
            rows.append(row)
        _write(dst / f"{type_}.csv", rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
