"""Focalboard's built-in board templates -> the CSV files Focalboard's "Export to CSV" writes.

Ours (the project's); the data it reads is Mattermost's (see SOURCE.md) and is not committed.
Each template board (server/assets/templates-boardarchive/<board>/board.jsonl) is exported
through its first table view, as webapp/src/csvExporter.ts does for the view on screen:

- the file is named after the view (Utils.sanitizeFilename: \\ / ? : < > * | " . removed,
  the first of each only, as the code's String.replace does) + ".csv";
- the header is "Name" then the names of the board's card properties that the view shows,
  in the board's order;
- one row per card of the board, in the view's card order (cards it does not name after, in
  the file's order); the view's filters and sorting are not applied;
- values as each property type's exportValue: a select's option label, a multi-select's
  labels joined by "|", a date "Month DD, YYYY" (" -> " and the end of a range), created /
  updated time "Month DD, YYYY at H:MM AM" (the card's createAt / updateAt, UTC: the
  browser's zone), created / updated by the user id, a number through JavaScript's
  Number() (so "$800,000" becomes NaN, as Focalboard writes it), a person's user ids, and
  text, e-mail, phone, url and checkbox values as stored.

    python convert.py /path/to/focalboard.git OUT_DIR
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

COMMIT = "de5e5cc4141f14f69bf0e5666383997b81f851d6"
FOLDER = "server/assets/templates-boardarchive"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _git(git_dir: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True,
                          capture_output=True).stdout.decode("utf-8")


def _date(ms: float, with_time: bool = False) -> str:
    d = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    out = f"{MONTHS[d.month - 1]} {d.day:02d}, {d.year}"
    if with_time:
        h = d.hour % 12 or 12
        out += f" at {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    return out


def _js_number(value: str) -> str:
    """JavaScript's Number(value).toString() for the strings the templates hold."""
    s = value.strip()
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", s):
        return "NaN" if s else "0"
    f = float(s)
    return str(int(f)) if f.is_integer() else repr(f)


def _value(prop: dict, card: dict) -> str:
    kind = prop["type"]
    if kind == "createdTime":
        return _date(card["createAt"], True)
    if kind == "updatedTime":
        return _date(card["updateAt"], True)
    if kind == "createdBy":
        return card.get("createdBy", "")
    if kind == "updatedBy":
        return card.get("modifiedBy", "")
    raw = card["fields"].get("properties", {}).get(prop["id"])
    if kind == "number":
        return _js_number(raw) if raw else ""
    if not raw:
        return ""
    options = {o["id"]: o["value"] for o in prop.get("options", [])}
    if kind == "select":
        return options.get(raw, "(Unknown)")
    if kind == "multiSelect":
        return "|".join(o["value"] for o in prop.get("options", []) if o["id"] in raw)
    if kind == "date":
        try:
            return _date(int(raw))
        except ValueError:
            d = json.loads(raw)
            out = _date(d["from"]) if d.get("from") else ""
            return out + (" -> " + _date(d["to"]) if d.get("to") else "")
    return "|".join(raw) if isinstance(raw, list) else str(raw)


def _filename(title: str) -> str:
    for ch in ["\\", "/", "?", ":", "<", ">", "*", "|", '"', "."]:
        title = title.replace(ch, "", 1)
    return f"{title or 'Untitled'}.csv"


def main(git_dir: str, out: str) -> None:
    """Write one CSV per template board that has a table view."""
    paths = [p for p in _git(git_dir, "ls-tree", "-r", "--name-only", COMMIT,
                             FOLDER).splitlines() if p.endswith("/board.jsonl")]
    for path in sorted(paths):
        board: dict = {}
        views: list[dict] = []
        cards: list[dict] = []
        for line in _git(git_dir, "show", f"{COMMIT}:{path}").splitlines():
            rec = json.loads(line)
            data = rec.get("data", {})
            kind = "board" if rec.get("type") == "board" else data.get("type")
            if kind == "board":
                board = data
            elif kind == "view":
                views.append(data)
            elif kind == "card":
                cards.append(data)
        table = next((v for v in views if v["fields"].get("viewType") == "table"), None)
        if table is None:
            continue
        props = board.get("cardProperties") or board.get("fields", {}).get("cardProperties", [])
        shown = [p for p in props if p["id"] in table["fields"].get("visiblePropertyIds", [])]
        order = {cid: i for i, cid in enumerate(table["fields"].get("cardOrder") or [])}
        cards.sort(key=lambda c: order.get(c["id"], len(order)))
        with open(Path(out) / _filename(table.get("title") or ""), "w", newline="",
                  encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["Name"] + [p["name"] for p in shown])
            for card in cards:
                w.writerow([card.get("title", "")] + [_value(p, card) for p in shown])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
