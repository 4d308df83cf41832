"""Tryton's client "Export Data" (CSV) of the parties and the leads and opportunities that
Tryton's own sale_opportunity reporting scenario leaves in its database, headed in one of the
languages Tryton ships. Ours; the data it reads is not committed.

    python convert.py SRC OUT_DIR LANG          # LANG: de, fa, lo...

SRC holds (SOURCE.md says from where; the module repositories at their 2022-10-31 commits,
Tryton 6.7 in development, right after 6.6):
  party/<LANG>.po              the party module's catalog (party.party, party.address fields,
                               the "Parties" action);
  sale_opportunity/<LANG>.po   the sale_opportunity module's catalog (sale.opportunity
                               fields, its state selection, the "Leads and Opportunities"
                               action);
  ir/<LANG>.po                 trytond's ir catalog ("%(field)s (string)");
  ir/lang.xml                  trytond's languages (each one's date format, decimal point).

The rows: Tryton ships no demo data; the records are those its own doctest
sale_opportunity/tests/scenario_sale_opportunity_reporting.rst creates, and only those, with
its values: create_company() (company/tests/tools.py: party "Dunder Mifflin"), the parties
"Employee 1" and "Employee 2" (employees), "Customer 1" and "Customer 2", and five
opportunities: a lead of Customer 1 (1000.00); an opportunity of Customer 1 by Employee 1
(2000.00); one of Customer 2 by Employee 2 ending today, converted (500.00); one of Customer 1
by Employee 1, converted and won when its sale (one line, 800.00) is confirmed (so 800.00);
one of Customer 2 by Employee 2, lost (200.00). "Today" is 2022-10-31 (the date of the
sale_opportunity commit). What Tryton fills itself: party codes and opportunity numbers from
their sequences (no prefix, no padding: 1, 2...; parties in creation order), every party's one
empty address (Party.default_addresses), start dates today, conversion probability 0.5 (its
default), end date today on a won or lost opportunity (won(), lost()); the test's user (admin)
has no employee, so the lead has none.

The export, as Tryton's desktop client writes it (tryton/gui/window/win_export.py, win_csv.py;
trytond ModelStorage.export_data with header):
- the fields a user picks: for the parties the list view's (code, name, language, tax
  identifier) then the form's (active, the contact mechanisms' phone, mobile, fax, e-mail,
  website, the addresses' street, postal code, city and country, the categories); for the
  opportunities the list view's, in its order (company, number, reference, start date, end
  date, employee, description, party, amount, state, conversion probability) then the form's
  contact and comment. A Many2One (or a Many2Many) picked is exported as "<field>/rec_name", a
  selection as "<field>.translated" (the client's "<field> (string)"), a field of the
  addresses as "addresses/<field>";
- header (export_data's header, ModelStorage._convert_field_names): each field's string in
  the user's language (the catalog's "field:<model>,<field>:" entry, else the English string:
  an empty or fuzzy entry is no translation), the parts joined by "/"; "rec_name" and "active"
  carry lazy strings that are not translated per model ("Record Name", "Active" in every
  language); "<field> (string)" through ir's catalog (where its msgstr names another
  placeholder, fr's "%(champ)s (chaîne)", the KeyError makes trytond.i18n.gettext return
  the message's id: the header is "ir.msg_field_string");
- rows: the listed records in the list's order (parties by name; opportunities by start date
  descending, then id), a Many2One by its record name, a selection by its translated label,
  an empty value empty; the client's "Use locale format" (on by default): dates in the
  language's date format, numbers by locale.str (the language's decimal point; '%.12g', so an
  amount 1000.00 is 1000, True is 1);
- CSV by Python's csv.writer (delimiter ",", quote '"' only where needed, lines end in
  \\r\\n), encoding utf_8_sig (the client's default: a BOM);
- the files named after the window's action, translated ("Parties", "Leads and
  Opportunities"), as a user saving them would (a "/" in the name, which a file name cannot
  hold, as "-").
Two runs give the same bytes.
"""

from __future__ import annotations

import ast
import csv
import io
import re
import sys
from pathlib import Path

TODAY = (2022, 10, 31)

PARTY_FIELDS = [
    ("code", "party.party", None), ("name", "party.party", None),
    ("lang/rec_name", "party.party", None), ("tax_identifier/rec_name", "party.party", None),
    ("active", "party.party", None), ("phone", "party.party", None),
    ("mobile", "party.party", None), ("fax", "party.party", None),
    ("email", "party.party", None), ("website", "party.party", None),
    ("addresses/street", "party.party", "party.address"),
    ("addresses/postal_code", "party.party", "party.address"),
    ("addresses/city", "party.party", "party.address"),
    ("addresses/country/rec_name", "party.party", "party.address"),
    ("categories/rec_name", "party.party", None),
]
OPPORTUNITY_FIELDS = [
    ("company/rec_name", "sale.opportunity", None), ("number", "sale.opportunity", None),
    ("reference", "sale.opportunity", None), ("start_date", "sale.opportunity", None),
    ("end_date", "sale.opportunity", None), ("employee/rec_name", "sale.opportunity", None),
    ("description", "sale.opportunity", None), ("party/rec_name", "sale.opportunity", None),
    ("amount", "sale.opportunity", None), ("state.translated", "sale.opportunity", None),
    ("conversion_probability", "sale.opportunity", None),
    ("contact/rec_name", "sale.opportunity", None), ("comment", "sale.opportunity", None),
]
# The English strings of the fields (party.py, address.py, opportunity.py).
STRINGS = {
    "party.party,code": "Code", "party.party,name": "Name", "party.party,lang": "Language",
    "party.party,tax_identifier": "Tax Identifier", "party.party,active": "Active",
    "party.party,phone": "Phone", "party.party,mobile": "Mobile", "party.party,fax": "Fax",
    "party.party,email": "E-Mail", "party.party,website": "Website",
    "party.party,addresses": "Addresses", "party.party,categories": "Categories",
    "party.address,street": "Street", "party.address,postal_code": "Postal Code",
    "party.address,city": "City", "party.address,country": "Country",
    "sale.opportunity,company": "Company", "sale.opportunity,number": "Number",
    "sale.opportunity,reference": "Reference", "sale.opportunity,start_date": "Start Date",
    "sale.opportunity,end_date": "End Date", "sale.opportunity,employee": "Employee",
    "sale.opportunity,description": "Description", "sale.opportunity,party": "Party",
    "sale.opportunity,amount": "Amount", "sale.opportunity,state": "State",
    "sale.opportunity,conversion_probability": "Conversion Probability",
    "sale.opportunity,contact": "Contact", "sale.opportunity,comment": "Comment",
}
LAZY = {"rec_name": "Record Name", "active": "Active"}
STATES = {"lead": "Lead", "opportunity": "Opportunity", "converted": "Converted",
          "won": "Won", "lost": "Lost", "cancelled": "Cancelled"}

# The scenario's records (see the docstring), parties in creation order (their codes).
PARTIES = ["Dunder Mifflin", "Employee 1", "Employee 2", "Customer 1", "Customer 2"]
OPPORTUNITIES = [  # party, employee, amount, state, end date today
    ("Customer 1", "", "1000.00", "lead", False),
    ("Customer 1", "Employee 1", "2000.00", "opportunity", False),
    ("Customer 2", "Employee 2", "500.00", "converted", True),
    ("Customer 1", "Employee 1", "800.00", "won", True),
    ("Customer 2", "Employee 2", "200.00", "lost", True),
]


def read_po(text: str) -> dict[str, tuple[str, str]]:
    """msgctxt (a selection's with its msgid) -> (msgid, msgstr) of a Tryton .po file; the
    msgstr empty where the entry is untranslated or fuzzy."""
    out: dict[str, tuple[str, str]] = {}
    for block in re.split(r"\n\s*\n", text):
        cur: dict[str, str] = {}
        key = ""
        fuzzy = False
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("#"):
                fuzzy = fuzzy or (line.startswith("#,") and "fuzzy" in line)
                continue
            if line.startswith('"'):
                cur[key] += ast.literal_eval(line)
                continue
            if not line:
                continue
            key, _, rest = line.partition(" ")
            cur[key] = ast.literal_eval(rest)
        if cur.get("msgctxt"):
            ctx = cur["msgctxt"]
            if ctx.startswith("selection:"):
                ctx += cur["msgid"]
            out[ctx] = (cur["msgid"], "" if fuzzy else cur.get("msgstr", ""))
    return out


def lang_format(xml: str, lang: str) -> tuple[str, str]:
    m = re.search(rf'<record model="ir.lang" id="lang_{lang}">(.*?)</record>', xml, re.S)
    assert m, lang
    date = re.search(r'<field name="date">(.*?)</field>', m.group(1)).group(1)
    point = re.search(r'<field name="decimal_point">(.*?)</field>', m.group(1)).group(1)
    return date, point


def main(src: str, out: str, lang: str) -> None:
    srcp, outp = Path(src), Path(out)
    entries: dict[str, tuple[str, str]] = {}
    for part in ("party", "sale_opportunity", "ir"):
        entries.update(read_po((srcp / part / f"{lang}.po").read_text("utf-8")))
    # Tryton reads a translation where there is one, else the English source (the msgid).
    cat = {ctx: msgstr or msgid for ctx, (msgid, msgstr) in entries.items()}
    date_format, point = lang_format((srcp / "ir" / "lang.xml").read_text("utf-8"), lang)
    y, mo, d = TODAY
    today = date_format.replace("%Y", f"{y:04d}").replace("%m", f"{mo:02d}") \
        .replace("%d", f"{d:02d}")

    def number(text: str) -> str:
        return f"{float(text):.12g}".replace(".", point)  # locale.str: "%.12g"

    def field_string(model: str, name: str) -> str:
        return cat.get(f"field:{model},{name}:", STRINGS[f"{model},{name}"])

    targets = {"party.party,addresses": "party.address"}

    def header(path: str, model: str) -> str:
        parts = []
        for name in path.split("/"):
            translated = name.endswith(".translated")
            name = name.removesuffix(".translated")
            if name in LAZY:
                parts.append(LAZY[name])
                continue
            s = field_string(model, name)
            if translated:
                fmt = cat.get("model:ir.message,text:msg_field_string", "%(field)s (string)")
                try:
                    s = fmt % {"field": s}
                except KeyError:  # trytond.i18n.gettext: a msgstr naming another
                    s = "ir.msg_field_string"  # placeholder gives the message's id
            parts.append(s)
            model = targets.get(f"{model},{name}", model)
        return "/".join(parts)

    def write(name: str, fields: list, rows: list[list[str]]) -> None:
        buf = io.StringIO(newline="")
        w = csv.writer(buf, delimiter=",", quotechar='"')
        w.writerow([header(f, m) for f, m, _ in fields])
        for row in rows:
            w.writerow(row)
        name = name.replace("/", "-")   # a file name holds no "/"
        (outp / f"{name}.csv").write_bytes(buf.getvalue().encode("utf_8_sig"))

    outp.mkdir(parents=True, exist_ok=True)
    party_rows = []
    for party in sorted(PARTIES):
        code = str(PARTIES.index(party) + 1)
        row = {"code": code, "name": party, "active": number("1")}
        party_rows.append([row.get(f, "") for f, _, _ in PARTY_FIELDS])
    write(cat.get("model:ir.action,name:act_party_form", "Parties"), PARTY_FIELDS, party_rows)

    opp_rows = []
    for n, (party, employee, amount, state, ended) in enumerate(OPPORTUNITIES, 1):
        row = {"company/rec_name": "Dunder Mifflin", "number": str(n), "start_date": today,
               "end_date": today if ended else "", "employee/rec_name": employee,
               "party/rec_name": party, "amount": number(amount),
               "state.translated": cat.get(f"selection:sale.opportunity,state:{STATES[state]}",
                                           STATES[state]),
               "conversion_probability": number("0.5")}
        opp_rows.append([row.get(f, "") for f, _, _ in OPPORTUNITY_FIELDS])
    write(cat.get("model:ir.action,name:act_opportunity_form", "Leads and Opportunities"),
          OPPORTUNITY_FIELDS, opp_rows)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
