"""Paid Memberships Pro's members and orders CSV exports of the records its own tests create.

Built for round Z7 (session 53, keys416). Usage:

    python convert.py --lang en|de|fr GITDIR OUT

GITDIR: a git directory of GitHub strangerstudios/paid-memberships-pro holding commit
d4ee521369f3152ba8c317e2b1916779ecdd0e07 (the parent of 0c13874e, which deleted tests/, and
of a08ab557, which deleted the bundled languages/*.po); files are read with `git show`.

Rules (nothing here is invented data):
- Rows: the records PMPro's wpunit test fixtures write to the database, on one fresh test
  site (WordPress's test install has the user 'admin', ID 1):
  * members: tests/wpunit/functions/Levels/GetMembershipLevelsForUserTest.php setUp(): two
    levels from PMPro_LevelFactory (names 'Level name 1', 'Level name 2'), two users from
    WordPress's user factory ('User 1' / user_1@example.org, 'User 2' / user_2@example.org,
    IDs 2 and 3, no first or last name), level 1 given to both, the second then 'expired'.
    The members export's default filter lists active members only: User 1.
  * orders: tests/to-migrate/_helpers/factory/tests/test-order-factory.php data_create()'s
    three cases (no argument; user_id 2; membership_id 3) written by
    tests/_support/Factories/PMPro_OrderFactory.php with its default values (billing_name
    'Jane Doe', ..., code 'code_N', payment_transaction_id 'ch_N').
  The factories stamp 'now' (gmdate): here the time of commit d4ee5213, 2026-03-04 18:28:55
  UTC (site time zone UTC); the card expires the next year in that month.
- Files and columns: classes/class-pmpro-exports.php members_write_rows() and
  orders_write_rows(): fixed machine-name headers (the export does not translate them),
  every cell in double quotes (csv_enclose), LF line ends; orders newest id first.
- Language: the export translates only the 'N/A' of an empty start or end date (PMPro's own
  languages/paid-memberships-pro-<locale>.po). The order timestamp is date_i18n() in the
  site's date and time format: WordPress's English default 'F j, Y g:i a' for en; for de
  and fr the site is set to the numeric 'Y-m-d' 'H:i' (WordPress core's translated default
  formats and month names are not PMPro's files).
"""
import argparse
import datetime
import os
import re
import subprocess

COMMIT = "d4ee521369f3152ba8c317e2b1916779ecdd0e07"
LOCALES = {"en": None, "de": "de_DE", "fr": "fr_FR"}
RUN = datetime.datetime(2026, 3, 4, 18, 28, 55)
ORDER_FACTORY = "tests/_support/Factories/PMPro_OrderFactory.php"
LEVEL_FACTORY = "tests/_support/Factories/PMPro_LevelFactory.php"
MEMBERS_TEST = "tests/wpunit/functions/Levels/GetMembershipLevelsForUserTest.php"
ORDERS_TEST = "tests/to-migrate/_helpers/factory/tests/test-order-factory.php"
EXPORTS = "classes/class-pmpro-exports.php"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def defaults(php):
    """The factory's default_generation_definitions: literal strings and sequences."""
    out = {}
    for key, seq, lit in re.findall(
            r"'(\w+)'\s*=>\s*(?:new Test_Sequence\(\s*'([^']*)'\s*\)|'([^']*)'|[^,\n]*)", php):
        out[key] = ("seq", seq) if seq else ("lit", lit)
    return out


def value(defs, key, n):
    kind, v = defs.get(key, ("lit", ""))
    return v.replace("%s", str(n)) if kind == "seq" else v


def na(gitdir, locale):
    if locale is None:
        return "N/A"
    po = show(gitdir, f"languages/paid-memberships-pro-{locale}.po")
    m = re.search(r'^msgid "N/A"\nmsgstr "(.*)"$', po, re.M)
    return m.group(1) if m and m.group(1) else "N/A"


def headers(src, start, end):
    block = src[src.index(start):src.index(end, src.index(start))]
    return block


def enclose(v):
    return '"' + str(v).replace('"', '\\"') + '"'


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(header) + "\n")
        for r in rows:
            f.write(",".join(enclose(v) for v in r) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=sorted(LOCALES), required=True)
    ap.add_argument("gitdir")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    exp = show(a.gitdir, EXPORTS)
    level = defaults(show(a.gitdir, LEVEL_FACTORY))
    order = defaults(show(a.gitdir, ORDER_FACTORY))
    mtest = show(a.gitdir, MEMBERS_TEST)
    otest = show(a.gitdir, ORDERS_TEST)
    assert "pmpro_changeMembershipLevel( $this->level_id, $this->user_id );" in mtest
    assert "'user_id' => 2" in otest and "'membership_id' => 3" in otest

    # members: header from the heading map's values plus the fixed trailing names
    hm = headers(exp, "$heading_map = array(", ");")
    mhead = re.findall(r"=>\s*'(\w+)'", hm)
    tail = headers(exp, "$headers = array_merge(", "if ( ! empty( $extra_columns")
    mhead += re.findall(r"^\s*'(\w+)',$", tail, re.M) + ["expires"]
    day = RUN.strftime("%Y-%m-%d")
    members = [[2, "User 1", "", "", "user_1@example.org", value(level, "name", 1), "", "",
                "", "", "", "", "", day, day, na(a.gitdir, LOCALES[a.lang])]]
    assert len(mhead) == len(members[0]), mhead
    write(os.path.join(a.out, "members.csv"), mhead, members)

    # orders
    oh = headers(exp, "$csv_file_header_array = array(", ");")
    ohead = re.findall(r"'(\w+)'", oh)
    if a.lang == "en":
        ts = RUN.strftime("%B ") + str(RUN.day) + RUN.strftime(", %Y ") + \
            str(int(RUN.strftime("%I"))) + RUN.strftime(":%M ").lower() + RUN.strftime("%p").lower()
    else:
        ts = RUN.strftime("%Y-%m-%d %H:%M")
    users = {2: ("User 1", "", "", "user_1@example.org")}
    rows = []
    for n, args in ((1, {}), (2, {"user_id": 2}), (3, {"membership_id": 3})):
        uid = args.get("user_id", 0)
        user = users.get(uid, ("", "", "", ""))
        o = {k: value(order, k, n) for k in order}
        rows.append([n, o["code"], uid if uid in users else "", *user,
                     o["billing_name"], o["billing_street"], o["billing_city"],
                     o["billing_state"], o["billing_zip"], o["billing_country"],
                     o["billing_phone"], args.get("membership_id", 0), "",
                     o["subtotal"], o["tax"], o["total"], o["payment_type"], o["cardtype"],
                     o["accountnumber"], RUN.strftime("%m"), RUN.year + 1, o["status"],
                     o["gateway"], o["gateway_environment"], o["payment_transaction_id"],
                     o["subscription_transaction_id"], "", "", ts])
    assert len(ohead) == len(rows[0]), ohead
    write(os.path.join(a.out, "orders.csv"), ohead, rows[::-1])


if __name__ == "__main__":
    main()
