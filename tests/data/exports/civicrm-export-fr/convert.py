"""CiviCRM's generated sample data as CiviCRM's own Export writes it for a user whose
language is French, German or Dutch: three files (contacts, contributions, activities), each
named and each column headed as CiviCRM 5.21 names and heads them, translated with the
release's own compiled translations (``l10n/<locale>/LC_MESSAGES/civicrm.mo``).

Ours. CiviCRM's ``CRM/Export/BAO/ExportProcessor.php`` names the file
``ts('CiviCRM Contact Search')`` (``... Contribution Search``, ``... Activity Search``) and
heads each column with the field's ``title`` from the entity's DAO (``CRM/<Component>/DAO/
<Entity>.php``: ``'title' => ts('Contact Type')``), which ``ts()`` translates into the
user's language. The rows are ../civicrm-generated's rows (build it first, per its
SOURCE.md); its headers are the schema's titles or column names, turned back into column
names with that converter's own ``schema()``. The contacts file adds each contact's primary
email, phone and address (street, city, postal code), as an export of a contact search
does. Values as ../civicrm-generated holds them (option values stay CiviCRM's ids).

    python convert.py /path/to/civicrm-5.git COMMIT LOCALE ../civicrm-generated OUT
"""

from __future__ import annotations

import csv
import gettext
import importlib.util
import io
import re
import subprocess
import sys
from pathlib import Path

# export file title, civicrm-generated file, table, DAO file
EXPORTS = [("CiviCRM Contact Search", "Contact", "civicrm_contact", "CRM/Contact/DAO/Contact.php"),
           ("CiviCRM Contribution Search", "Contribution", "civicrm_contribution",
            "CRM/Contribute/DAO/Contribution.php"),
           ("CiviCRM Activity Search", "Activity", "civicrm_activity",
            "CRM/Activity/DAO/Activity.php")]
# the primary location fields a contact export adds: (file, table, DAO, contact column,
# primary flag column, columns)
LOCATION = [("Email", "civicrm_email", "CRM/Core/DAO/Email.php", "contact_id", "is_primary",
             ["email"]),
            ("Phone", "civicrm_phone", "CRM/Core/DAO/Phone.php", "contact_id", "is_primary",
             ["phone"]),
            ("Address", "civicrm_address", "CRM/Core/DAO/Address.php", "contact_id",
             "is_primary", ["street_address", "city", "postal_code"])]
FIELD = re.compile(r"'name' => '(\w+)',(.*?)(?='name' => '|\Z)", re.S)
TITLE = re.compile(r"'title' => ts\('((?:\\.|[^'])*)'\)")


def git(gitdir: str, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def dao_titles(gitdir: str, commit: str, path: str) -> dict[str, str]:
    """column name -> the field's title in the DAO (the first field of that column)."""
    text = git(gitdir, commit, path).decode("utf-8")
    out: dict[str, str] = {}
    for m in FIELD.finditer(text):
        t = TITLE.search(m.group(2))
        if t and m.group(1) not in out:
            out[m.group(1)] = t.group(1).replace("\\'", "'")
    return out


def generated_schema(source: Path):
    """../civicrm-generated's convert.py ``schema()``: table -> (entity, column -> header)."""
    spec = importlib.util.spec_from_file_location("civicrm_generated_convert",
                                                  source / "convert.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.schema


def columns(header: list[str], titles: dict[str, str]) -> list[str]:
    """civicrm-generated's headers back to column names (a shared title carries its column
    name in brackets)."""
    back: dict[str, str] = {}
    for col, title in titles.items():
        back.setdefault(title, col)
        back[f"{title} ({col})"] = col
    return [back[h] for h in header]


def read(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def main(gitdir: str, commit: str, locale: str, source: str, out: str) -> None:
    src = Path(source)
    mo = gettext.GNUTranslations(io.BytesIO(
        git(gitdir, commit, f"l10n/{locale}/LC_MESSAGES/civicrm.mo")))
    ts = mo.gettext
    schema = generated_schema(src)(gitdir, commit)
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    for file_title, name, table, dao in EXPORTS:
        header, rows = read(src / f"{name}.csv")
        cols = columns(header, schema[table][1])
        titles = dao_titles(gitdir, commit, dao)
        head = [ts(titles[c]) for c in cols]
        if name == "Contact":
            for loc, ltable, ldao, contact_col, primary_col, keep in LOCATION:
                lhead, lrows = read(src / f"{loc}.csv")
                lcols = columns(lhead, schema[ltable][1])
                ltitles = dao_titles(gitdir, commit, ldao)
                primary: dict[str, list[str]] = {}
                for r in lrows:
                    rec = dict(zip(lcols, r, strict=True))
                    if rec[primary_col] == "1":
                        primary.setdefault(rec[contact_col], [rec[k] for k in keep])
                head += [ts(ltitles[k]) for k in keep]
                rows = [r + primary.get(r[cols.index("id")], [""] * len(keep))
                        for r in rows]
        with (dest / f"{ts(file_title)}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(head)
            w.writerows(rows)


if __name__ == "__main__":
    main(*sys.argv[1:6])
