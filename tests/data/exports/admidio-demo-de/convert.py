"""Admidio's demo database (demo_data/admidio-mysql.sql) -> one CSV per model, as an admin
export gives them (see SOURCE.md). Ours; the data it reads is not committed.

    python convert.py admidio-mysql.sql de.xml OUT_DIR

Contacts ("Kontakte"): Admidio keeps profile data as one row per user and field
(adm_user_data); the contact list export gives one column per profile field, labelled with
the field's name in the user's language (languages/de.xml; custom fields by their own name).
The other models are their tables' columns as the dump names them, minus security columns.
Values are untouched (NULL -> empty).
"""

from __future__ import annotations

import csv
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the exports' shared scripts
from mysql_values import values_list  # noqa: E402

INSERT = re.compile(r"INSERT INTO `%PREFIX%_(\w+)` \(([^)]*)\) VALUES\s*", re.S)


def tables(text: str) -> dict[str, tuple[list[str], list[list[str | None]]]]:
    """Table -> (columns, rows) for every INSERT of the dump."""
    out: dict[str, tuple[list[str], list[list[str | None]]]] = {}
    for m in INSERT.finditer(text):
        cols = [c.strip().strip("`") for c in m.group(2).split(",")]
        rows, _ = values_list(text, m.end())
        out.setdefault(m.group(1), (cols, []))[1].extend(rows)
    return out


def as_dicts(t: tuple[list[str], list[list[str | None]]]) -> list[dict[str, str | None]]:
    cols, rows = t
    return [dict(zip(cols, r, strict=True)) for r in rows]


def write(path: Path, header: list[str], rows: list[list[str | None]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])
    print(f"{path.name}: {len(rows)} rows x {len(header)} columns")


def subset(t, keep: list[str]) -> tuple[list[str], list[list[str | None]]]:
    rows = as_dicts(t)
    return keep, [[r[c] for c in keep] for r in rows]


def main(sql: str, lang: str, out: str) -> None:
    text = Path(sql).read_text(encoding="utf-8")
    words = {s.get("name"): (s.text or "") for s in ET.parse(lang).getroot().iter("string")}
    t = tables(text)
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    cats = {c["cat_id"]: c for c in as_dicts(t["categories"])}
    fields = sorted(as_dicts(t["user_fields"]),
                    key=lambda f: (int(cats[f["usf_cat_id"]]["cat_sequence"]),
                                   int(f["usf_sequence"])))
    data: dict[str, dict[str, str | None]] = {}
    for d in as_dicts(t["user_data"]):
        data.setdefault(d["usd_usr_id"], {})[d["usd_usf_id"]] = d["usd_value"]
    users = as_dicts(t["users"])
    head = ["usr_id", "usr_login_name"] + [words.get(f["usf_name"], f["usf_name"])
                                           for f in fields] + [
        "usr_timestamp_create", "usr_timestamp_change", "usr_valid"]
    rows = []
    for u in users:
        if u["usr_id"] not in data:
            continue
        vals = data[u["usr_id"]]
        rows.append([u["usr_id"], u["usr_login_name"]]
                    + [vals.get(f["usf_id"]) for f in fields]
                    + [u["usr_timestamp_create"], u["usr_timestamp_change"], u["usr_valid"]])
    write(dest / "Kontakte.csv", head, rows)
    write(dest / "Rollen.csv", *subset(t["roles"], [
        "rol_id", "rol_cat_id", "rol_name", "rol_description", "rol_start_date",
        "rol_start_time", "rol_end_date", "rol_end_time", "rol_weekday", "rol_location",
        "rol_max_members", "rol_cost", "rol_cost_period", "rol_usr_id_create",
        "rol_timestamp_create", "rol_valid"]))
    write(dest / "Mitgliedschaften.csv", *subset(t["members"], [
        "mem_id", "mem_rol_id", "mem_usr_id", "mem_begin", "mem_end", "mem_leader",
        "mem_usr_id_create", "mem_timestamp_create", "mem_approved", "mem_comment",
        "mem_count_guests"]))
    write(dest / "Termine.csv", *subset(t["events"], [
        "dat_id", "dat_cat_id", "dat_rol_id", "dat_room_id", "dat_begin", "dat_end",
        "dat_all_day", "dat_headline", "dat_description", "dat_highlight", "dat_location",
        "dat_country", "dat_deadline", "dat_max_members", "dat_usr_id_create",
        "dat_timestamp_create", "dat_allow_comments", "dat_additional_guests"]))
    write(dest / "Beziehungen.csv", *subset(t["user_relations"], [
        "ure_id", "ure_urt_id", "ure_usr_id1", "ure_usr_id2", "ure_usr_id_create",
        "ure_timestamp_create"]))
    write(dest / "Ankuendigungen.csv", *subset(t["announcements"], [
        "ann_id", "ann_cat_id", "ann_headline", "ann_description", "ann_usr_id_create",
        "ann_timestamp_create"]))


if __name__ == "__main__":
    main(*sys.argv[1:4])
