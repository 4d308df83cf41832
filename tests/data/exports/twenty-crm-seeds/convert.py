"""Twenty CRM's development seeds (TypeScript) -> one CSV per workspace table.

Run: python convert.py SOURCE_DIR OUT_DIR, where SOURCE_DIR holds the four seed files as
SOURCE.md names them (companies.ts, seedPeople.ts, opportunities.ts, workspace-members.ts).

Each file's ``.into(<table>, [columns])`` list gives the CSV's header and its order; each
object literal of its ``.values([...])`` (for workspace members, the Apple workspace's
list) is one row. ``DEV_SEED_*_IDS.KEY`` references are replaced by the id they name
(``DEV_SEED_USER_IDS`` from the core users seed, copied below), ``null`` is written empty,
a list (``workPolicy``) as its JSON text, numbers as written. A column whose value the seed
computes when it runs (``new Date()``) is left out: no one value can stand for it.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

# core/users.ts (commit 0753537a216dd22a883e825f341e80f7ee2b6b0c): DEV_SEED_USER_IDS
USER_IDS = {"TIM": "20202020-9e3b-46d4-a556-88b9ddc2b034",
            "JONY": "20202020-3957-4908-9c36-2929a23f8357",
            "PHIL": "20202020-7169-42cf-bc47-1cfef15264b8"}
FILES = {"companies.ts": "company", "seedPeople.ts": "person",
         "opportunities.ts": "opportunity", "workspace-members.ts": "workspaceMember"}
COMPUTED = "new Date()"


def id_tables(texts: list[str]) -> dict[str, dict[str, str]]:
    """Every ``export const DEV_SEED_X_IDS = {KEY: 'id'}`` block of the seed files."""
    out = {"DEV_SEED_USER_IDS": USER_IDS}
    for text in texts:
        for name, body in re.findall(r"export const (DEV_SEED_\w+_IDS) = \{(.*?)\};", text,
                                     re.S):
            out[name] = dict(re.findall(r"(\w+): '([^']*)'", body))
    return out


def value(raw: str, ids: dict[str, dict[str, str]]) -> str | None:
    """One literal as text (None: computed when the seed runs)."""
    raw = raw.strip().rstrip(",")
    if raw == "null":
        return ""
    if raw == COMPUTED:
        return None
    if raw[0] in "'\"":
        return raw[1:-1].replace("\\'", "'")
    if raw.startswith("["):
        return json.dumps(re.findall(r"'([^']*)'", raw))
    ref = re.fullmatch(r"(DEV_SEED_\w+_IDS)\.(\w+)", raw)
    if ref:
        return ids[ref.group(1)][ref.group(2)]
    return raw


def rows(text: str, ids: dict[str, dict[str, str]]) -> tuple[list[str], list[dict]]:
    """The table's columns and its rows, in the seed's order."""
    columns = re.findall(r"'(\w+)'", re.search(r"\.into\([^\[]*\[(.*?)\]", text, re.S).group(1))
    if "SEED_APPLE_WORKSPACE_ID" in text:     # workspace members: the Apple workspace's list
        body = text.split("SEED_APPLE_WORKSPACE_ID) {", 1)[1].split("];", 1)[0]
    else:
        body = text.split(".values([", 1)[1].rsplit("])", 1)[0]
    out = []
    for block in re.findall(r"\{(.*?)\n\s*\}", body, re.S):
        rec = {}
        for key, raw in re.findall(r"^\s*(\w+):\s*(.+?),?$", block, re.M):
            rec[key] = value(raw, ids)
        out.append(rec)
    return columns, out


def main(src: Path, dst: Path) -> None:
    texts = {name: (src / name).read_text(encoding="utf-8") for name in FILES}
    ids = id_tables(list(texts.values()))
    dst.mkdir(parents=True, exist_ok=True)
    for name, table in FILES.items():
        columns, recs = rows(texts[name], ids)
        keep = [c for c in columns if all(r.get(c) is not None for r in recs)]
        with (dst / f"{table}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(keep)
            for r in recs:
                w.writerow([r[c] for c in keep])
        print(table, len(recs), "rows", len(keep), "columns",
              "(left out: " + ", ".join(sorted(set(columns) - set(keep))) + ")"
              if set(columns) - set(keep) else "")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
