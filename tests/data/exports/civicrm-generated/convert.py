"""Turn CiviCRM's generated sample data (a mysqldump) into one CSV per table, as an export.

Ours, not CiviCRM's: reads `sql/civicrm_generated.mysql` and the field titles of
`xml/schema/**/*.xml` from a git directory at one commit, and writes
`<Entity title>.csv` for the tables named below. Each column is headed by the title CiviCRM
gives the field (what its own exports and forms show: "First Name", "Contact Type"), or its
column name where the schema gives no title; a title two fields share gets its column name in
brackets. Values are untouched (NULL -> empty); references stay the referenced record's id.

    python convert.py GITDIR COMMIT OUTDIR
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the exports' shared scripts
from mysql_values import values_list  # noqa: E402

TABLES = ["civicrm_contact", "civicrm_address", "civicrm_email", "civicrm_phone",
          "civicrm_website", "civicrm_activity", "civicrm_activity_contact",
          "civicrm_relationship", "civicrm_note", "civicrm_contribution", "civicrm_event",
          "civicrm_participant", "civicrm_membership", "civicrm_group_contact",
          "civicrm_pledge", "civicrm_tag", "civicrm_entity_tag"]


def git(gitdir: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True,
                          capture_output=True, text=True).stdout


def schema(gitdir: str, commit: str) -> dict[str, tuple[str, dict[str, str]]]:
    """table -> (the entity's title or class name, column -> field title)."""
    out: dict[str, tuple[str, dict[str, str]]] = {}
    for path in git(gitdir, "ls-tree", "-r", "--name-only", commit, "xml/schema").split():
        if not path.endswith(".xml") or path.endswith("files.xml"):
            continue
        try:
            root = ET.fromstring(git(gitdir, "show", f"{commit}:{path}"))
        except ET.ParseError:
            continue
        name = root.findtext("name")
        if not name or root.tag != "table":
            continue
        titles = {}
        for f in root.findall("field"):
            col = (f.findtext("name") or "").strip()
            if col:
                titles[col] = (f.findtext("title") or "").strip() or col
        entity = (root.findtext("title") or root.findtext("class") or name).strip()
        out[name.strip()] = (entity, titles)
    return out


def main(gitdir: str, commit: str, outdir: str) -> None:
    dump = git(gitdir, "show", f"{commit}:sql/civicrm_generated.mysql")
    defs = schema(gitdir, commit)
    Path(outdir).mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        m = re.search(rf"^INSERT INTO `{table}` \((.*?)\) VALUES (.*);$", dump, re.M)
        if not m:
            print(f"{table}: no rows")
            continue
        cols = [c.strip().strip("`") for c in m.group(1).split(",")]
        entity, titles = defs.get(table, (table, {}))
        heads = [titles.get(c, c) for c in cols]
        heads = [f"{h} ({c})" if heads.count(h) > 1 else h
                 for h, c in zip(heads, cols, strict=True)]
        rows, _ = values_list(m.group(2) + ";", 0)  # the dump's one VALUES list
        assert all(len(r) == len(cols) for r in rows), table
        with open(Path(outdir) / f"{entity}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(heads)
            w.writerows([["" if v is None else v for v in r] for r in rows])
        print(f"{table} -> {entity}.csv: {len(rows)} rows, {len(cols)} columns")


if __name__ == "__main__":
    main(*sys.argv[1:4])
