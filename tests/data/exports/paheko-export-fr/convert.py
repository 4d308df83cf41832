"""Paheko's CSV exports (members, subscriptions, activities, fees, accounting journal) of
the records its own tests create.

Built for round Z8 (session 54, keys421). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub paheko/paheko holding commit
1e8d80ec81a923e167f7b9af6fb8b813dd75927c (the head of its branch 'next-refactor', Paheko
1.4.0 in development: the newest commit whose API user test also creates an activity, a fee
and a subscription; master's test stops at the user); files are read with `git show`.

Rules (nothing here is invented data):
- Rows: on one fresh test site, the records Paheko's own tests write:
  * tests/run.php paheko_init(): Install::install('FR', 'Test', 'bohwaz', 'bohwaz@example.org',
    ...): the first member (number 1, category 'Administrateurs', no other field);
  * tests/unit_tests/03_api/accounting.php (run.php's order: 03_api/accounting, then user):
    the year 'Test 1' (2024) on the fr_pca_2018 chart, two revenue entries ('Test recette',
    'Test recette 2', 42,05 each, debit 5112, credit 756, 01/02/2024); the link between
    them is deleted at the end;
  * tests/unit_tests/03_api/user.php: the member 'Coucou' created through the API (the
    default category 'Membres actifs', number 2), the activity 'Adhésion test' (365 days),
    its fee 'Tarif réduit' (10 -> 1000 cents) and Coucou's paid subscription (today,
    expiring 365 days later, expected amount 1000);
  * tests/selenium/paheko.side, test 'Create user': the member 'Coucou Machin' typed into the
    admin's new-member form (e-mail, address, postal code, city, phone; the form's
    registration date defaults to today; number 3, the default category).
  Each test runs alone on its own fresh database in Paheko; here they run one after the
  other on one site. 'Today' is fixed at the time of commit 1e8d80ec, 2026-08-07 23:09:07
  UTC (the server's time zone UTC: the install sets none).
- Files and columns, in the code's order, headed by its French labels (Paheko ships no other
  language):
  * membres.csv: Users\\Export::exportWhere (the members list's 'Télécharger', default
    category view 'Membres sauf catégories cachées'): every member field's label in
    users_fields_presets.ini order (the default fields; the password left out), then
    'Catégorie'; ordered by name (COLLATE NOCASE); dates 'd/m/Y', a checkbox 'Oui' or empty.
  * inscriptions.csv: Services\\Subscriptions::getList (Activités et cotisations >
    Inscriptions), newest subscription first; 'Payé' 'Oui' or empty, amounts as stored (in
    cents), dates 'd/m/Y'.
  * activites.csv: Services\\Services::listWithStats (Activités et cotisations), the period
    '%d jours'.
  * tarifs.csv: Services\\Fees::listWithStats (the activity's Tarifs), the amount as stored.
  * ecritures.csv: Accounting\\Export, type 'simple' (Simplifié) of the year 'Test 1':
    type names from Transaction::TYPES_NAMES, amounts Utils::money_format(',', ''), the date
    as stored ('Y-m-d').
  CSV as KD2\\HTML\\TableToCSV writes it (CSV::toCSV): ',' separator, every cell in double
  quotes ('"' doubled), CRLF line ends, no BOM, empty cells for NULL.
"""
import argparse
import datetime
import json
import os
import re
import subprocess

COMMIT = "1e8d80ec81a923e167f7b9af6fb8b813dd75927c"
NOW = datetime.datetime(2026, 8, 7, 23, 9, 7)   # the commit's time, UTC
FILES = {
    "run": "tests/run.php",
    "user_test": "tests/unit_tests/03_api/user.php",
    "acc_test": "tests/unit_tests/03_api/accounting.php",
    "side": "tests/selenium/paheko.side",
    "presets": "src/include/data/users_fields_presets.ini",
    "install": "src/include/lib/Paheko/Install.php",
    "users_export": "src/include/lib/Paheko/Users/Export.php",
    "subscriptions": "src/include/lib/Paheko/Services/Subscriptions.php",
    "services": "src/include/lib/Paheko/Services/Services.php",
    "fees": "src/include/lib/Paheko/Services/Fees.php",
    "acc_export": "src/include/lib/Paheko/Accounting/Export.php",
    "transaction": "src/include/lib/Paheko/Entities/Accounting/Transaction.php",
}
PHP_STR = r"'((?:[^'\\]|\\.)*)'"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def unphp(s):
    return re.sub(r"\\(.)", r"\1", s)


def block(src, start, end):
    i = src.index(start)
    return src[i:src.index(end, i)]


def labelled_columns(src, start, end):
    """A DynamicList's columns that carry a label (the exported ones), in order."""
    return [(alias, unphp(label)) for alias, label in re.findall(
        r"'(\w+)'\s*=>\s*\[\s*'label'\s*=>\s*" + PHP_STR, block(src, start, end))]


def presets(ini):
    """users_fields_presets.ini: the default fields, in file order."""
    out, cur = [], None
    for line in ini.splitlines():
        line = line.strip()
        if line.startswith(";"):
            continue
        m = re.match(r"^\[(\w+)\]$", line)
        if m:
            cur = {"name": m.group(1)}
            out.append(cur)
            continue
        m = re.match(r"^(\w+(?:\[\])?)\s*=\s*(.*)$", line)
        if m and cur is not None:
            k, v = m.group(1), m.group(2).strip().strip('"')
            if k.endswith("[]"):
                cur.setdefault(k[:-2], []).append(v)
            else:
                cur[k] = v
    return [f for f in out if f.get("default") == "true"]


def cents(text):
    """Utils::moneyToInteger for the plain inputs the tests give ('10', '42,05')."""
    units, _, dec = text.replace(",", ".").partition(".")
    return int(units) * 100 + int((dec + "00")[:2])


def money_format(n, dec_point):
    """Utils::money_format($n, $dec_point, '', false)."""
    if n == 0:
        return "0,00"
    sign = "-" if n < 0 else ""
    s = str(abs(n))
    decimals = ("0" + s)[-2:]
    units = int(s[:-2] or "0")
    return f"{sign}{units}{dec_point}{decimals}"


def dmy(d):
    return d.strftime("%d/%m/%Y")


def cell(v):
    return '"' + ("" if v is None else str(v)).replace("\r\n", "\n").replace('"', '""') + '"'


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        for r in [header, *rows]:
            assert len(r) == len(header), (path, r)
            f.write(",".join(cell(v) for v in r) + "\r\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    src = {k: show(a.gitdir, p) for k, p in FILES.items()}
    ct = subprocess.run(["git", "--git-dir", a.gitdir, "show", "-s", "--format=%ct", COMMIT],
                        check=True, capture_output=True).stdout.decode().strip()
    utc = datetime.datetime.fromtimestamp(int(ct), datetime.timezone.utc)
    assert utc.replace(tzinfo=None) == NOW, ct
    today = NOW.date()

    # the site: run.php's install, then the tests' records
    org, admin_name, admin_email = re.search(
        r"Install::install\('FR', " + PHP_STR + ", " + PHP_STR + ", " + PHP_STR,
        src["run"]).groups()
    assert org == "Test"
    inst = src["install"]
    cats = [unphp(c) for c in re.findall(r"'name'\s*=>\s*" + PHP_STR, inst)][:3]
    assert cats == ["Membres actifs", "Anciens membres", "Administrateurs"], cats
    assert "'numero'      => 1," in inst
    ut = src["user_test"]
    api_name = re.search(r"api\('POST', 'user/new', \['nom' => " + PHP_STR + r"\]\)", ut).group(1)
    svc_label, svc_days = re.search(
        r"\$service->importForm\(\['label' => " + PHP_STR + r", 'duration' => '(\d+)'\]\)",
        ut).groups()
    fee_label, fee_amount = re.search(
        r"\$fee->importForm\(\['label' => " + PHP_STR + r", 'amount' => " + PHP_STR, ut).groups()
    assert "'paid' => true" in ut and "strictlyEquals(1000, $c->expected_amount)" in ut
    side = json.loads(src["side"])
    test = next(t for t in side["tests"] if t["name"] == "Create user")
    typed = {c["target"][len("id=f_"):]: c["value"] for c in test["commands"]
             if c["command"] == "type" and c["target"].startswith("id=f_")}
    at = src["acc_test"]
    year_label = re.search(r"'label' => " + PHP_STR + r", 'start_date'", at).group(1)
    entries = []
    for body in re.findall(r"api\('POST', 'accounting/transaction', \[(.*?)\]\);", at, re.S):
        entries.append(dict(re.findall(r"'(\w+)'\s*=>\s*" + PHP_STR, body)))
    assert len(entries) == 2 and all(e["type"] == "revenue" for e in entries)

    # membres.csv: Users\Export::exportWhere
    fields = [f for f in presets(src["presets"]) if f.get("type") != "password"]
    assert "$header['category'] = 'Catégorie';" in src["users_export"]
    header = [f["label"] for f in fields] + ["Catégorie"]
    members = [
        {"numero": 1, "nom": admin_name, "email": admin_email, "_cat": cats[2]},
        {"numero": 2, "nom": api_name, "_cat": cats[0]},
        {"numero": 3, **typed, "lettre_infos": False, "date_inscription": today,
         "_cat": cats[0]},
    ]
    rows = []
    for m in sorted(members, key=lambda m: m["nom"].lower()):
        row = []
        for f in fields:
            v = m.get(f["name"])
            if f["type"] == "checkbox" and v is not None:
                v = "Oui" if v else ""
            elif isinstance(v, datetime.date):
                v = dmy(v)
            row.append(v)
        rows.append(row + [m["_cat"]])
    write(os.path.join(a.out, "membres.csv"), header, rows)

    # inscriptions.csv: Services\Subscriptions::getList
    cols = labelled_columns(src["subscriptions"], "static public function getList",
                            "$tables =")
    expiry = today + datetime.timedelta(days=int(svc_days))
    fee_cents = cents(fee_amount)
    sub = {"number": 2, "name": api_name, "id": 1, "service": unphp(svc_label),
           "fee": unphp(fee_label), "paid": "Oui", "expected_amount": fee_cents,
           "paid_amount": None, "left_amount": None, "date": dmy(today),
           "expiry_date": dmy(expiry)}
    write(os.path.join(a.out, "inscriptions.csv"), [c[1] for c in cols],
          [[sub[c[0]] for c in cols]])

    # activites.csv: Services\Services::listWithStats
    cols = labelled_columns(src["services"], "static public function listWithStats",
                            "new DynamicList")
    assert "sprintf('%d jours', $row->duration)" in src["services"]
    svc = {"label": unphp(svc_label), "date": f"{int(svc_days)} jours", "nb_users_ok": 1,
           "nb_users_expired": 0, "nb_users_unpaid": 0}
    write(os.path.join(a.out, "activites.csv"), [c[1] for c in cols],
          [[svc[c[0]] for c in cols]])

    # tarifs.csv: Services\Fees::listWithStats
    cols = labelled_columns(src["fees"], "public function listWithStats", "new DynamicList")
    fee = {"label": unphp(fee_label), "amount": fee_cents, "nb_users_ok": 1,
           "nb_users_expired": 0, "nb_users_unpaid": 0}
    write(os.path.join(a.out, "tarifs.csv"), [c[1] for c in cols],
          [[fee[c[0]] for c in cols]])

    # ecritures.csv: Accounting\Export, type simple
    simple = block(src["acc_export"], "self::SIMPLE => [", "],")
    cols = [(unphp(h), k) for h, k in re.findall(PHP_STR + r"\s*=>\s*'(\w+)'", simple)]
    names = [unphp(n) for n in re.findall(
        PHP_STR, block(src["transaction"], "const TYPES_NAMES = [", "];"))]
    assert "const TYPE_REVENUE = 1;" in src["transaction"]
    rows = []
    for n, e in enumerate(entries, 1):
        d, mth, y = e["date"].split("/")
        rec = {"id": str(n), "type": names[1], "status": "", "label": e["label"],
               "date": f"{y}-{mth}-{d}", "notes": None, "reference": None,
               "p_reference": None, "debit_account": e["debit"],
               "credit_account": e["credit"],
               "amount": money_format(cents(e["amount"]), ","), "project": None,
               "linked_users": None}
        rows.append([rec[k] for _, k in cols])
    write(os.path.join(a.out, "ecritures.csv"), [h for h, _ in cols], rows)
    print(f"site '{org}', year '{year_label}': {len(members)} members, 1 subscription, "
          f"1 activity, 1 fee, {len(entries)} entries")


if __name__ == "__main__":
    main()
