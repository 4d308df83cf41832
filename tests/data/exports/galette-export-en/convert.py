"""Galette's test records as its own CSV exports write them (SOURCE.md), in one language.

    python convert.py SRC OUT_DIR --lang en|fr|de|es

SRC holds, from galette/galette at 6faa6f88: tests/fixtures/tests_members.json and
galette/lang/galette_<locale>.po (en_US, fr_FR.utf8, de_DE.utf8, es.utf8).

Two files, as galette/lib/Galette/IO/MembersCsv.php and ContributionsCsv.php write them for
an administrator: ';' between fields, every field in double quotes, CRLF line ends, the
labels of members_fields.php / Contribution::$fields through gettext with every ':' removed
(CsvOut::export), dates through __("Y-m-d"), gender / booleans / status / contribution
type / payment type as their translated words, a contributor as Adherent::getSName.
"""
from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import re
from pathlib import Path

LOCALES = {"en": "en_US", "fr": "fr_FR.utf8", "de": "de_DE.utf8", "es": "es.utf8"}

# galette/includes/fields_defs/members_fields.php, in its order, with each field's default
# visibility; MembersCsv::exportMembers drops mdp_adh and every NOBODY field but id_adh and
# parent_id (made MANAGER); an administrator sees the rest.
MEMBER_FIELDS = [
    ("id_adh", "Member id:"), ("id_statut", "Status:"), ("nom_adh", "Name:"),
    ("prenom_adh", "First name:"), ("societe_adh", "Company:"), ("pseudo_adh", "Nickname:"),
    ("titre_adh", "Title:"), ("ddn_adh", "Birth date:"), ("sexe_adh", "Gender:"),
    ("adresse_adh", "Address:"), ("cp_adh", "Zip Code:"), ("ville_adh", "City:"),
    ("region_adh", "Region:"), ("pays_adh", "Country:"), ("tel_adh", "Phone:"),
    ("gsm_adh", "Mobile phone:"), ("email_adh", "E-Mail:"),
    ("info_adh", "Other information (admin):"), ("info_public_adh", "Other information:"),
    ("prof_adh", "Profession:"), ("login_adh", "Username:"),
    ("date_crea_adh", "Creation date:"), ("date_modif_adh", "Modification date:"),
    ("activite_adh", "Account:"), ("bool_admin_adh", "Galette Admin:"),
    ("bool_exempt_adh", "Freed of dues:"), ("bool_display_info", "Be visible on public pages:"),
    ("date_echeance", "Due date:"), ("pref_lang", "Language:"), ("lieu_naissance", "Birthplace:"),
    ("gpgid", "Id GNUpg (GPG):"), ("parent_id", "Parent:"), ("num_adh", "Member number:"),
]
# Galette\Entity\Contribution::$fields (duree_mois_cotis unset by ContributionsCsv), the
# columns of galette_cotisations in the same order; cotlabel before the label.
CONTRIB_FIELDS = [
    ("id_cotis", "Contribution id", None), ("id_adh", "Contributor:", None),
    ("id_type_cotis", "Contribution type:", None), ("montant_cotis", "Amount:", None),
    ("type_paiement_cotis", "Payment type:", None), ("info_cotis", "Comments:", None),
    ("date_enreg", "Date", None),
    ("date_debut_cotis", "Date of contribution:", "Start date of membership:"),
    ("date_fin_cotis", "End date of membership:", None), ("trans_id", "Transaction ID", None),
]
STATUSES = {1: "President", 2: "Treasurer", 3: "Secretary", 4: "Active member",
            5: "Benefactor member", 6: "Founder member", 7: "Old-timer", 8: "Society",
            9: "Non-member", 10: "Vice-president"}                   # Status::$defaults
CONTRIB_TYPES = {1: "annual fee", 2: "reduced annual fee", 3: "company fee",
                 4: "donation in kind", 5: "donation in money", 6: "partnership",
                 7: "annual fee (to be paid)"}                       # ContributionsTypes::$defaults
PAYMENT_TYPES = {6: "Other", 1: "Cash", 2: "Credit card", 3: "Check", 4: "Transfer",
                 5: "Paypal", 7: "Payment schedule"}                 # PaymentType::getSystemTypes

# The tests' clock: "now" as the tests' own comments name it (GaletteTestCase::
# getContribData, Transaction::createTransaction: "new \DateTime(); // 2020-11-07").
NOW = dt.date(2020, 11, 7)
SEED = 95842354     # tests/Galette/Entity/tests/units/{Contribution,Transaction}.php

# tests/GaletteTestCase.php dataAdherentOne() / dataAdherentTwo(), the birth dates computed
# as they compute them on NOW (82 years before the next 12-26: 1937-12-26; 28 years before
# 09-13: 1992-09-13), $this->seed = SEED.
MEMBER_ONE = {
    "nom_adh": "Durand", "prenom_adh": "René", "ville_adh": "Martel", "cp_adh": "39 069",
    "adresse_adh": "66, boulevard De Oliveira", "email_adh": f"meunier.josephine{SEED}@ledoux.com",
    "login_adh": f"arthur.hamon{SEED}", "bool_admin_adh": False, "bool_exempt_adh": False,
    "bool_display_info": True, "sexe_adh": 0, "prof_adh": "Chef de fabrication",
    "titre_adh": None, "ddn_adh": "1937-12-26", "lieu_naissance": "Gonzalez-sur-Meunier",
    "pseudo_adh": "ubertrand", "pays_adh": "Antarctique", "tel_adh": "0439153432",
    "activite_adh": True, "id_statut": 9, "date_crea_adh": "2020-06-10", "pref_lang": "en_US",
    "region_adh": "Caribbean",
}
MEMBER_TWO = {
    "nom_adh": "Hoarau", "prenom_adh": "Lucas", "ville_adh": "Reynaudnec", "cp_adh": "63077",
    "adresse_adh": "2, boulevard Legros", "email_adh": f"phoarau{SEED}@tele2.fr",
    "login_adh": f"nathalie51{SEED}", "bool_admin_adh": False, "bool_exempt_adh": False,
    "bool_display_info": False, "sexe_adh": 1, "prof_adh": "Extraction", "titre_adh": None,
    "ddn_adh": "1992-09-13", "lieu_naissance": "Fischer", "pseudo_adh": "vallet.camille",
    "pays_adh": None, "tel_adh": "05 59 53 59 43", "activite_adh": True, "id_statut": 9,
    "date_crea_adh": "2019-05-20", "pref_lang": "ca", "societe_adh": "Philippe",
}
# Member one's contributions in the tests, dates on NOW (now - 5 months + 3 days =
# 2020-06-10): GaletteTestCase::getContribData (annual fee, 92, check, end = begin + 1 year
# - 1 day); Contribution::testDonationUpdate (donation in kind, 12, check: a donation keeps
# no end date); Transaction::testTransaction's two contributions attached to its transaction
# 1 (annual fee 25, check, end = begin + 1 year; donation in kind 67, the transaction's
# payment type Other).
CONTRIBUTIONS = [
    (1, 11, 1, "92.00", 3, "2020-06-10", "2020-06-10", "2021-06-09", None),
    (2, 11, 4, "12.00", 3, "2020-06-10", "2020-06-10", None, None),
    (3, 11, 1, "25.00", 3, "2020-06-10", "2020-06-10", "2021-06-10", 1),
    (4, 11, 4, "67.00", 6, "2020-06-10", "2020-06-10", None, 1),
]


def read_po(path: Path) -> dict[str, str]:
    """msgid -> msgstr, translated and not fuzzy entries only (what msgfmt compiles)."""
    out: dict[str, str] = {}
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        if re.search(r"^#,.*\bfuzzy\b", block, re.M) or re.search(r"^#~", block, re.M):
            continue
        parts: dict[str, list[str]] = {}
        current = None
        for line in block.splitlines():
            m = re.match(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[0\])?)\s+(".*")\s*$', line)
            if m:
                current = m.group(1)
                parts.setdefault(current, []).append(ast.literal_eval(m.group(2)))
            elif current and re.match(r'^".*"\s*$', line):
                parts[current].append(ast.literal_eval(line.strip()))
        if "msgid" in parts and "msgctxt" not in parts:
            msgstr = "".join(parts.get("msgstr", parts.get("msgstr[0]", [])))
            if msgstr:
                out["".join(parts["msgid"])] = msgstr
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", required=True, choices=sorted(LOCALES))
    args = ap.parse_args()
    po = read_po(args.src / f"galette_{LOCALES[args.lang]}.po")

    def t(s: str) -> str:
        return po.get(s, s)

    def date(v: str | None) -> str:
        if not v or v == "1901-01-01":
            return ""
        d = dt.date.fromisoformat(v)
        fmt = t("Y-m-d")
        return "".join({"Y": f"{d.year:04d}", "m": f"{d.month:02d}", "d": f"{d.day:02d}"}.get(c, c)
                       for c in fmt)

    def yes_no(v) -> str:
        return t("Yes") if v else t("No")

    def header(label: str) -> str:
        return label.replace(":", "").replace("&nbsp;", "")

    def line(values) -> str:
        cells = ('"' + ("" if v is None else str(v)).replace('"', '""') + '"' for v in values)
        return ";".join(cells) + "\r\n"

    members = json.loads((args.src / "tests_members.json").read_text(encoding="utf-8"))
    members = members + [MEMBER_ONE, MEMBER_TWO]
    # the last stored contribution of member one sets its due date (Contribution::store ->
    # Adherent::updateDueDate): 2021-06-10; the store of each record sets its modification
    # date to the day (NOW)
    due = {11: "2021-06-10"}
    gender = {0: t("Unspecified"), 1: t("Man"), 2: t("Woman")}
    args.out.mkdir(parents=True, exist_ok=True)
    text = line(header(t(label)) for _, label in MEMBER_FIELDS)
    for i, m in enumerate(members, start=1):
        row = []
        for field, _ in MEMBER_FIELDS:
            v = m.get(field)
            if field == "id_adh":
                v = i
            elif field == "id_statut":
                v = t(STATUSES[v])
            elif field in ("ddn_adh", "date_crea_adh"):
                v = date(v)
            elif field == "date_modif_adh":
                v = date(NOW.isoformat())
            elif field == "date_echeance":
                v = date(due.get(i))
            elif field == "sexe_adh":
                v = gender[v]
            elif field in ("activite_adh", "bool_admin_adh", "bool_exempt_adh",
                           "bool_display_info"):
                v = yes_no(v)
            row.append(v)
        text += line(row)
    (args.out / f"{t('filtered_memberslist')}.csv").write_bytes(text.encode("utf-8"))

    def sname(i: int) -> str:
        m = members[i - 1]
        return m["nom_adh"].upper() + " " + m["prenom_adh"].lower().title()

    labels = [header((t(cot) + " / " + t(label)) if cot else t(label))
              for _, label, cot in CONTRIB_FIELDS]
    text = line(labels)
    for cid, adh, ctype, amount, ptype, enreg, debut, fin, trans in CONTRIBUTIONS:
        text += line([cid, sname(adh), t(CONTRIB_TYPES[ctype]), amount, t(PAYMENT_TYPES[ptype]),
                      f"FAKER{SEED}", date(enreg), date(debut), date(fin), trans])
    (args.out / "filtered_contributionslist.csv").write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    main()
