"""ChurchCRM's demo database (demo/ChurchCRM-Database.sql) -> the file ChurchCRM's "CSV
Export" of people writes (src/CSVCreateFile.php, Format "default": one row per person, every
standard field ticked but Age; no custom field). Ours; the data it reads is not committed.

    python convert.py ChurchCRM-Database.sql OUT_DIR

As CSVCreateFile.php builds it: SELECT * FROM person_per LEFT JOIN family_fam ON per_fam_ID =
fam_ID ORDER BY per_LastName (ties in per_ID order, as MySQL hands them over); the columns
"Family ID" (the joined family's id, else empty), "Person Id", "Last Name", "Title", "First
Name", "Suffix", "Middle Name", "Address 1", "Address 2", "City", "State", "Zip", "Country",
"Home Phone", "Work Phone", "Cell Phone", "Email", "Work Email", "Envelope Number" (the
family's), "MembershipDate", "Birth Date" ([year-]month-day, unpadded), "Classification"
($memberClass[per_cls_ID]: position in list 1 by sequence, 0 -> "0"), "Family Role" (list 2
by option id, none -> empty), "Gender" (Male / Female / Unassigned). Each value as
CsvExporter writes it: NULL empty, a value starting with = - + @ prefixed with a tab; the
row through PHP's fputcsv (League\\Csv\\Writer): a field quoted when it holds a comma, a
quote, a backslash, a tab, a line break or a space, quotes doubled; lines end with "\\n".
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the exports' shared scripts
from mysql_values import values_list  # noqa: E402

CREATE = re.compile(r"CREATE TABLE `(\w+)` \((.*?)\n\)", re.S)
INSERT = re.compile(r"INSERT INTO `(\w+)` VALUES ")
HEADERS = ["Family ID", "Person Id", "Last Name", "Title", "First Name", "Suffix",
           "Middle Name", "Address 1", "Address 2", "City", "State", "Zip", "Country",
           "Home Phone", "Work Phone", "Cell Phone", "Email", "Work Email", "Envelope Number",
           "MembershipDate", "Birth Date", "Classification", "Family Role", "Gender"]


def tables(text: str) -> dict[str, list[dict[str, str | None]]]:
    cols = {m.group(1): re.findall(r"^\s+`(\w+)`", m.group(2), re.M)
            for m in CREATE.finditer(text)}
    out: dict[str, list[dict[str, str | None]]] = {}
    for m in INSERT.finditer(text):
        rows, _ = values_list(text, m.end())
        out.setdefault(m.group(1), []).extend(
            dict(zip(cols[m.group(1)], r, strict=True)) for r in rows)
    return out


def php_value(v: str | None) -> str:
    """CsvExporter::processValue (English: gettext returns the text unchanged)."""
    s = "" if v is None else v
    if s and s[0] in "=-+@":
        return "\t" + s
    return s


def fputcsv(fields: list[str]) -> str:
    out = []
    for f in fields:
        if any(c in f for c in ',"\\\t\r\n '):
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ",".join(out) + "\n"


def main(sql_path: str, out_dir: str) -> None:
    t = tables(Path(sql_path).read_text(encoding="utf-8"))
    lists = t["list_lst"]
    member_class: list[str] = ["0"] + [
        r["lst_OptionName"] or "" for r in sorted(
            (r for r in lists if r["lst_ID"] == "1"), key=lambda r: int(r["lst_OptionSequence"]))]
    roles = {r["lst_OptionID"]: r["lst_OptionName"] for r in lists if r["lst_ID"] == "2"}
    families = {f["fam_ID"]: f for f in t["family_fam"]}
    people = sorted(t["person_per"],
                    key=lambda p: ((p["per_LastName"] or "").casefold(), int(p["per_ID"])))
    lines = [fputcsv([php_value(h) for h in HEADERS])]
    for p in people:
        fam = families.get(p["per_fam_ID"]) or {}
        birth = ""
        if p["per_BirthYear"] is not None:
            birth = p["per_BirthYear"] + "-"
        birth += f"{p['per_BirthMonth']}-{p['per_BirthDay']}"
        cls = int(p["per_cls_ID"])
        gender = {"1": "Male", "2": "Female"}.get(p["per_Gender"], "Unassigned")
        row = [fam.get("fam_ID") or "", p["per_ID"], p["per_LastName"], p["per_Title"],
               p["per_FirstName"], p["per_Suffix"], p["per_MiddleName"], p["per_Address1"],
               p["per_Address2"], p["per_City"], p["per_State"], p["per_Zip"],
               p["per_Country"], p["per_HomePhone"], p["per_WorkPhone"], p["per_CellPhone"],
               p["per_Email"], p["per_WorkEmail"], fam.get("fam_Envelope"),
               p["per_MembershipDate"], birth,
               member_class[cls] if cls < len(member_class) else "",
               roles.get(p["per_fmr_ID"]), gender]
        lines.append(fputcsv([php_value(v) for v in row]))
    out = Path(out_dir) / "churchcrm-export-20260207-181935.csv"
    out.write_text("".join(lines), encoding="utf-8", newline="")


if __name__ == "__main__":
    main(*sys.argv[1:3])
