"""Bugzilla's bug list CSV, user list and product list, headed in its own UI labels.

Built for round Z6 (session 53, keys402). Usage:

    python convert.py --lang en|pl BZ PL OUT

BZ: files of GitHub bugzilla/bugzilla at 54206016b2363c540e9c340f39dfb43ea814a752 (the
'harmonytest' branch, the newest that keeps qa/) under their own paths; PL: files of GitHub
aviarypl/bugzilla-l10n-pl (Aviary.pl's Polish localisation) at
080dde3db3850795b35276b95a81790f12bad892 under their own paths (SOURCE.md lists both).

Rules (nothing here is invented data):
- Rows: the records Bugzilla's QA set-up creates: qa/config/checksetup_answers.txt (the
  installation's first admin, who owns the default TestProduct/TestComponent that
  Bugzilla/Install.pm creates), qa/config/generate_test_data.pl (its eight test users, a
  ComponentWatching user per component it creates, its five products, and three bugs: one
  plain, 'public_bug' and 'private_bug', all from its %field_values) with the logins and
  real names of qa/config/selenium_test.conf. The records are written below as the script
  makes them; main() checks each literal against the script so the table cannot drift.
- bugs.csv: buglist.cgi?ctype=csv with human=1 (the link's default since Bugzilla 4.2):
  list/list.csv.tmpl heads each column by field_descs (global/field-descs.none.tmpl of the
  language; a field the language leaves out gets the field's own description from
  Bugzilla/Field.pm, 'Type' for bug_type), bug_status and resolution go through the
  language's value_descs (resolution '' is '---'); other cells are the raw values. Columns:
  'Bug ID', the default list's (Constants.pm DEFAULT_COLUMN_LIST) without changeddate (the
  time the script ran: not in the source), and the fields the script sets (alias,
  reporter, qa_contact, priority, severity, version, hardware, OS), as a user adds them
  with 'Change Columns'.
- users.csv: the admin user list's data (login, real name) and the disable text, headed by
  the user form's labels (admin/users/userdata.html.tmpl), in creation order.
- products.csv: the admin product list (admin/products/list.html.tmpl): product (headed by
  field_descs' 'product'), description and bug count, sorted by name as the list is.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import re

QA = "qa/config/generate_test_data.pl"
CONF = "qa/config/selenium_test.conf"
ANSWERS = "qa/config/checksetup_answers.txt"

# generate_test_data.pl's @usernames, in order; realname is the config's <name>_user_username
# if it has one, else the name itself; the login's config key per the script's branches
USERS = [("admin", "admin_user_login"), ("no-privs", "unprivileged_user_login"),
         ("QA-Selenium-TEST", "QA_Selenium_TEST_user_login"),
         ("canconfirm", "canconfirm_user_login"), ("tweakparams", "tweakparams_user_login"),
         ("permanent_user", "permanent_user"), ("editbugs", "editbugs_user_login"),
         ("disabled", "disabled_user_login")]
DISABLED_TEXT = "!!This is the text!!"

# generate_test_data.pl's @products: name, description, components
PRODUCTS = [
    ("QA-Selenium-TEST", "used by Selenium test.. DON'T DELETE", ["QA-Selenium-TEST"]),
    ("Another Product", "Alternate product used by Selenium. <b>Do not edit!</b>", ["c1", "c2"]),
    ("C2 Forever", "I must remain in the Class2_QA classification in all cases! Do not edit!",
     ["Helium"]),
    ("QA Entry Only", "Only the QA group may enter bugs here.", ["c1"]),
    ("QA Search Only", "Only the QA group may search for bugs here.", ["c1"]),
]
# Bugzilla/Install.pm's DEFAULT_PRODUCT (checksetup creates it before the script runs)
TEST_PRODUCT = ("TestProduct", "This is a test product. This ought to be blown away and "
                "replaced with real stuff in a finished installation of Bugzilla.")

# %field_values of the script
FIELD_VALUES = {"bug_type": "defect", "priority": "Highest", "bug_status": "CONFIRMED",
                "version": "unspecified", "component": "TestComponent", "rep_platform": "All",
                "short_desc": "This is a testing bug only", "product": "TestProduct",
                "op_sys": "Linux", "bug_severity": "--", "resolution": ""}

BUG_COLUMNS = ["bug_type", "short_desc", "product", "component", "assigned_to", "bug_status",
               "resolution", "alias", "reporter", "qa_contact", "priority", "bug_severity",
               "version", "rep_platform", "op_sys"]

# (user form label per language) login, realname, disabledtext
USER_LABELS = {"en": ["Login name", "Real name", "Disable text"],
               "pl": ["Nazwa użytkownika (adres e-mail)", "Imię i nazwisko",
                      "Tekst wyłączający konto"]}
PRODUCT_LIST_LABELS = {"en": ["Description", "$terms.Bug Count"],
                       "pl": ["Opis", "$terms.Bledy"]}


def read(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as fh:
        return fh.read()


def perl_hash(text):
    """'key' => 'value' pairs of a Perl config or answers file."""
    out = {}
    for m in re.finditer(r"""['"]([\w-]+)['"]\}?\s*=>?\s*['"]([^'"]*)['"]""", text):
        out[m.group(1)] = m.group(2)
    return out


def tt_pairs(text):
    """"key" => "value" pairs of a Template Toolkit hash (commented-out lines skipped)."""
    text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    return {m.group(1): m.group(2) for m in re.finditer(r'"([^"]*)"\s*=>\s*"([^"]*)"', text)}


def terms(text, value):
    t = tt_pairs(text)
    value = re.sub(r"\$terms->\{(\w+)\}", lambda m: t[m.group(1)], value)
    return re.sub(r"\$terms\.(\w+)", lambda m: t[m.group(1)], value)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["en", "pl"])
    ap.add_argument("bz")
    ap.add_argument("pl")
    ap.add_argument("out")
    a = ap.parse_args()
    script = read(a.bz, QA)
    for lit in [DISABLED_TEXT, "public_bug", "private_bug", "deadline => '2010-01-01'",
                *[u for u, _ in USERS], *FIELD_VALUES.values()]:
        assert lit in script or lit == "", lit
    for name, _desc, comps in PRODUCTS:
        assert f"'{name}'" in script or f'"{name}"' in script, name
        assert all(f'"{c}"' in script for c in comps), comps
    conf = perl_hash(read(a.bz, CONF))
    answers = perl_hash(read(a.bz, ANSWERS))
    root, lang = (a.bz, "en") if a.lang == "en" else (a.pl, "pl")
    tdir = f"template/{lang}/default"
    variables = read(root, f"{tdir}/global/variables.none.tmpl")
    fdescs = tt_pairs(read(root, f"{tdir}/global/field-descs.none.tmpl"))
    vdesc_text = read(root, f"{tdir}/global/value-descs.none.tmpl")
    vdesc_text = vdesc_text[vdesc_text.index("value_descs = {"):]  # past the comments
    status_descs = tt_pairs(re.search(r'"bug_status"\s*=>\s*\{(.*?)\}', vdesc_text, re.S)
                            .group(1))
    resolution_descs = tt_pairs(re.search(r'"resolution"\s*=>\s*\{(.*?)\}', vdesc_text, re.S)
                                .group(1))
    field_desc_pm = read(a.bz, "Bugzilla/Field.pm")

    def label(field):
        if field in fdescs:
            return terms(variables, fdescs[field])
        m = re.search(r"name\s*=>\s*'" + field + r"',\s*desc\s*=>\s*'([^']*)'", field_desc_pm)
        return m.group(1)

    os.makedirs(a.out, exist_ok=True)

    def write(name, header, rows):
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)

    # users: the checksetup admin (id 1), the script's users, then its watch users
    users = [(answers["ADMIN_EMAIL"], answers["ADMIN_REALNAME"], "")]
    for uname, login_key in USERS:
        realname = conf.get(uname + "_user_username", uname)
        users.append((conf[login_key], realname, DISABLED_TEXT if uname == "disabled" else ""))
    for pname, _, comps in PRODUCTS:
        for comp in comps:
            users.append((re.sub(r"\s+", "-", f"{comp.lower()}@{pname.lower()}.bugs"), "", ""))
    write("users.csv", USER_LABELS[lang], users)

    # bugs: 1 (plain) and 2 ('public_bug') by the QA admin in TestProduct/TestComponent
    # (owner: the checksetup admin, no QA contact); 3 ('private_bug') by QA-Selenium-TEST in
    # its product and component (owner and QA contact: QA-Selenium-TEST)
    qa_user = conf["QA_Selenium_TEST_user_login"]
    bugs = [dict(FIELD_VALUES, bug_id="1", alias="", reporter=conf["admin_user_login"],
                 assigned_to=answers["ADMIN_EMAIL"], qa_contact=""),
            dict(FIELD_VALUES, bug_id="2", alias="public_bug", reporter=conf["admin_user_login"],
                 assigned_to=answers["ADMIN_EMAIL"], qa_contact=""),
            dict(FIELD_VALUES, bug_id="3", alias="private_bug", product="QA-Selenium-TEST",
                 component="QA-Selenium-TEST", reporter=qa_user, assigned_to=qa_user,
                 qa_contact=qa_user)]
    for b in bugs:
        b["bug_status"] = status_descs.get(b["bug_status"], b["bug_status"])
        b["resolution"] = resolution_descs.get(b["resolution"], b["resolution"])
    write("bugs.csv", [label("bug_id")] + [label(c) for c in BUG_COLUMNS],
          [[b["bug_id"]] + [b[c] for c in BUG_COLUMNS] for b in bugs])

    # products, sorted by name as the admin list shows them; bug count from the bugs above
    prods = sorted([TEST_PRODUCT] + [(n, d) for n, d, _ in PRODUCTS], key=lambda p: p[0])
    write("products.csv", [label("product")] + [terms(variables, h)
                                                for h in PRODUCT_LIST_LABELS[lang]],
          [[n, d, str(sum(b["product"] == n for b in bugs))] for n, d in prods])


if __name__ == "__main__":
    main()
