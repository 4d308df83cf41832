"""Zammad's seeds (db/seeds/*.rb) -> one CSV per model (ours).

    python convert.py source/ .

Every `Model.create_if_not_exists(...)`, `create_or_update(...)` or `create!(...)` call in
the seed files read in order (user_nr_1, community_user_resources, groups, ticket_states,
ticket_priorities) becomes one row of the model's CSV (User -> users.csv, Ticket::Article ->
ticket_articles.csv ...), its keyword arguments the columns in the order first met. Values:
a quoted string its text, `__('x')` (a translatable string) x, numbers and true/false as
written; an expression naming a record by a name (`Group.find_by(name: 'Users').id`,
`[ Role.find_by(name: 'Customer') ]`) that name; `<var>.id` the id of the record the
variable holds (its explicit id, else its row number, as the database assigns a first id);
a symbol in an expression (`by_category(:closed)`) that symbol's name; anything else
(`Signature.first.id`) as the Ruby text. The password column is left out (empty here).
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ORDER = ["user_nr_1.rb", "community_user_resources.rb", "groups.rb", "ticket_states.rb",
         "ticket_priorities.rb"]
CALL = re.compile(r"(?:(\w+)\s*=\s*)?([A-Z][\w:]*)\."
                  r"(?:create_if_not_exists|create_or_update|create!)\(")


def _split(args: str) -> list[str]:
    parts, depth, quote, cur = [], 0, False, ""
    for ch in args:
        if ch == "'":
            quote = not quote
        elif not quote and ch in "([":
            depth += 1
        elif not quote and ch in ")]":
            depth -= 1
        if ch == "," and not quote and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


def _close(text: str, start: int) -> int:
    depth, quote = 1, False
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "'":
            quote = not quote
        elif not quote and ch == "(":
            depth += 1
        elif not quote and ch == ")":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError("unclosed call")


def _value(expr: str, ids: dict[str, str]) -> str:
    if m := re.fullmatch(r"'(.*)'", expr, re.S):
        return m.group(1)
    if m := re.fullmatch(r"__\('(.*)'\)", expr, re.S):
        return m.group(1)
    if re.fullmatch(r"-?\d+|true|false", expr):
        return expr
    if names := re.findall(r"find_by\(\w+: '([^']*)'\)", expr):
        return ";".join(names)
    if (m := re.fullmatch(r"(\w+)\.id", expr)) and m.group(1) in ids:
        return ids[m.group(1)]
    if m := re.search(r"\(:(\w+)\)", expr):
        return m.group(1)
    return expr


def main(src: Path, out: Path) -> None:
    tables: dict[str, list[dict]] = {}
    ids: dict[str, str] = {}
    for name in ORDER:
        text = (src / name).read_text(encoding="utf-8")
        for m in CALL.finditer(text):
            end = _close(text, m.end())
            row = {}
            for arg in _split(text[m.end():end]):
                key, _, expr = arg.partition(":")
                if key.strip() != "password":
                    row[key.strip()] = _value(expr.strip(), ids)
            rows = tables.setdefault(m.group(2), [])
            rows.append(row)
            if m.group(1):
                ids[m.group(1)] = row.get("id", str(len(rows)))
    for model, rows in tables.items():
        target = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", model.replace("::", "_")).lower()
        target = {"ticket_state": "ticket_states", "ticket_priority": "ticket_priorities",
                  "ticket_article": "ticket_articles"}.get(target, target + "s")
        cols: list[str] = []
        for r in rows:
            cols += [c for c in r if c not in cols]
        with (out / f"{target}.csv").open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for r in rows:
                w.writerow([r.get(c, "") for c in cols])


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
