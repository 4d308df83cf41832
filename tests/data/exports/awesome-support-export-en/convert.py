"""Awesome Support's own test records, as its admin lists show them, one CSV per list.

Usage: python convert.py --lang en|de|fr|it GITDIR OUT

GITDIR is a git directory holding commit 5eac93d8 of Awesome-Support/Awesome-Support (the
`fetch` tool's mirror of github:Awesome-Support/Awesome-Support); every file is read from it
with `git show COMMIT:PATH`. OUT is the export folder. Standard library only; nothing is
random or taken from the clock, so a rerun gives the same bytes.

Awesome Support (a WordPress help desk: tickets raised by clients, answered by agents) ships
no demo data; its PHPUnit suite (tests/) creates fixed records:

* tests/test-post.php: every test inserts a ticket 'Test Ticket' (post_author 1, the admin;
  wpas_open_ticket() too, run as the admin) and some add replies to it (wpas_insert_reply /
  wpas_add_reply with the ticket's id; the one without an id fails and adds none), and
  test_wpas_update_ticket_status moves its ticket to 'processing' ('unknown', in the _fail
  test, is no status: the ticket stays 'queued'). setUp() makes the admin assignable, so
  wpas_find_agent() assigns every ticket to the admin. The suite rolls each test back, but
  the tickets are taken as if they stayed on one site, in the order the file makes them;
  WordPress's post ids are numbered here from 1 over the tickets and replies in that order
  (the install's pages and the plugin's history entries are not counted).
* tests/includes/test-functions-user.php: setUp() inserts 'Agent Demo' (demoagent,
  wpas_agent) and 'User Demo' (democlient, wpas_user), the first test 'John Doe'
  (mail@example.com, wpas_insert_user(): login johndoe, role wpas_user); the test install
  (tests/bin/install.php, tests/unittests-config-sample.php) holds the admin
  ('admin', admin@example.org).

Awesome Support has no CSV export; each file is an admin list, one column per column:

* tickets.csv: the ticket list (edit.php?post_type=ticket) with the default options
  (class-admin-tickets-list.php add_custom_columns() and move_status_first(); the custom
  fields of functions-custom-fields.php: priority, product, department, ticket type and
  channel are off by default, the tag column on): Status, Title, ID, Tag, Created by, Agent,
  Date, Activity, labelled by the plugin's translations (languages/awesome-support-LOCALE.po;
  a string the file lacks stays English, as gettext does). Status: the post status's label
  ('New' / 'In Progress', context 'Ticket status'). Created by: the client's display name
  and e-mail on two lines. Agent: the assignee's display name. Date: WordPress's date
  column without its first line (the post status word): 'Y/m/d at g:i a' in English, for
  the other languages 'Y/m/d H:i' (WordPress core's translated formats are not the
  plugin's files). Activity: 'No reply yet.' or 'N reply/replies.' and 'Last replied 1 min
  ago by NICENAME (role).' on a second line ('Last replied ... ago by' is an English literal
  in the code; '1 min' is WordPress core's, kept in English). Newest ticket first. Every
  record is stamped at the commit's time (2024-10-08 16:10:32 UTC, site time zone UTC).
* users.csv (English only: its headers are WordPress core's, whose translations are not the
  plugin's files): the Users screen as Awesome Support extends it: Username, Name, Email,
  Role and the plugin's Auto-Assign column ('✓' an agent who can be assigned, '✕' one who
  cannot, 'N/A' not an agent); the Posts column (blog posts, not tickets) is left out.
  Sorted by username, as the screen is.
"""
import argparse
import csv
import hashlib
import io
import os
import re
import subprocess

COMMIT = "5eac93d84c1eb247a7c969c2010fef0427d9cf1e"
STAMP_EN = "2024/10/08 at 4:10 pm"      # 2024-10-08 23:10:32 +0700 = 16:10:32 UTC
STAMP_NUM = "2024/10/08 16:10"
LOCALES = {"en": None, "de": "de_DE", "fr": "fr_FR", "it": "it_IT"}

READ = [
    "LICENSE.txt",
    "tests/test-post.php",
    "tests/includes/test-functions-user.php",
    "tests/unittests-config-sample.php",
    "tests/bin/install.php",
    "includes/admin/class-admin-tickets-list.php",
    "includes/custom-fields/functions-custom-fields.php",
    "includes/functions-post-type.php",
    "includes/functions-templating.php",
    "includes/admin/class-admin-user.php",
    "includes/install.php",
]


def show(gitdir, path):
    out = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                         check=True, capture_output=True).stdout
    return out


def parse_po(text):
    """(context, msgid) -> [msgstr, ...]; fuzzy entries skipped."""
    def unq(s):
        return s.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")
    out = {}
    for block in re.split(r"\n\s*\n", text):
        lines = block.strip().splitlines()
        if any(ln.startswith("#,") and "fuzzy" in ln for ln in lines):
            continue
        cur, ent = None, {}
        for ln in lines:
            if ln.startswith("#"):
                continue
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$', ln)
            if m:
                cur = m.group(1)
                ent[cur] = m.group(2)
                continue
            m = re.match(r'^"(.*)"$', ln)
            if m and cur:
                ent[cur] += m.group(1)
        if "msgid" in ent:
            strs = [unq(ent[k]) for k in sorted(k for k in ent if k.startswith("msgstr"))]
            out[(unq(ent["msgctxt"]) if "msgctxt" in ent else None, unq(ent["msgid"]))] = strs
    return out


class Tr:
    def __init__(self, po):
        self.po = po or {}

    def __call__(self, msgid, ctx=None):
        strs = self.po.get((ctx, msgid))
        return strs[0] if strs and strs[0] else msgid

    def n(self, single, plural, count):
        strs = self.po.get((None, single))
        if strs and len(strs) > 1 and all(strs):
            return strs[0 if count == 1 else 1]   # every chosen locale: two forms
        return single if count == 1 else plural


def need(src, *snippets):
    for s in snippets:
        if s not in src:
            raise SystemExit(f"not found at {COMMIT[:8]}: {s!r}")


def tickets_from_tests(src, statuses):
    """The tickets and replies tests/test-post.php makes, in the file's order."""
    need(src, "'post_title'   => 'Test Ticket'", "'post_author'  => 1",
         "update_user_option( 1, 'wpas_can_be_assigned', 'yes' );")
    tickets = []
    for part in re.split(r"\bfunction (?=\w+\(\))", src)[1:]:
        name, body = part.split("(", 1)[0], part.split("{", 1)[1]
        made = len(re.findall(r"wpas_(?:insert|open)_ticket\(", body))
        if not made:
            continue
        assert made == 1, name
        replies = len(re.findall(r"wpas_(?:insert|add)_reply\( \$this->reply_data, \$ticket_id \)",
                                 body))
        m = re.search(r"wpas_update_ticket_status\( \$ticket_id, '(\w+)' \)", body)
        status = m.group(1) if m and m.group(1) in statuses else "queued"
        tickets.append({"test": name, "title": "Test Ticket", "author": 1, "agent": 1,
                        "status": status, "replies": replies})
    pid = 0
    for t in tickets:
        pid += 1
        t["id"] = pid
        pid += t["replies"]
    return tickets


def users_from_tests(src, cfg, install):
    need(install, "wp_install( WP_TESTS_TITLE, 'admin', WP_TESTS_EMAIL")
    email = re.search(r"define\( 'WP_TESTS_EMAIL', '([^']+)' \)", cfg).group(1)
    users = [{"login": "admin", "first": "", "last": "", "email": email,
              "display": "admin", "role": "administrator"}]
    for arr in re.findall(r"wp_insert_user\( array\((.*?)\) \);", src, re.S):
        f = dict(re.findall(r"'(\w+)'\s*=>\s*'([^']*)'", arr))
        users.append({"login": f["user_login"], "first": f["first_name"],
                      "last": f["last_name"], "email": f["user_email"],
                      "display": f"{f['first_name']} {f['last_name']}", "role": f["role"]})
    p = dict(re.findall(r"private \$(\w+)\s*=\s*'([^']*)';", src))
    need(src, "sanitize_user( strtolower( $this->first_name ) . strtolower( $this->last_name ) )",
         "'wpas_user', $user->roles[0]")
    users.append({"login": (p["first_name"] + p["last_name"]).lower(), "first": p["first_name"],
                  "last": p["last_name"], "email": p["email"],
                  "display": f"{p['first_name']} {p['last_name']}", "role": "wpas_user"})
    return users


def write(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    data = buf.getvalue().encode("utf-8")
    with open(path, "wb") as fh:
        fh.write(data)
    print(f"{hashlib.sha256(data).hexdigest()}  {len(rows):3d} rows  {os.path.basename(path)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=sorted(LOCALES), required=True)
    ap.add_argument("gitdir")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    files = {p: show(a.gitdir, p) for p in READ}
    loc = LOCALES[a.lang]
    if loc:
        files[f"languages/awesome-support-{loc}.po"] = show(
            a.gitdir, f"languages/awesome-support-{loc}.po")
    for p, b in files.items():
        print(f"read {hashlib.sha256(b).hexdigest()}  {p}")
    txt = {p: b.decode("utf-8") for p, b in files.items()}
    tr = Tr(parse_po(txt[f"languages/awesome-support-{loc}.po"]) if loc else None)

    lst = txt["includes/admin/class-admin-tickets-list.php"]
    need(lst, "esc_html__( 'Title', 'awesome-support' )", "esc_html__( 'ID', 'awesome-support' )",
         "$this->get_cf_title( 'wpas-client', 'Created by' )",
         "$this->get_cf_title( 'assignee', 'Agent' )",
         "$this->get_cf_title( 'wpas-activity', 'Activity' )",
         "$this->get_cf_title( 'ticket-tag', 'Tag' )",
         "esc_html_x( 'No reply yet.', 'No last reply', 'awesome-support' )",
         "_n( '%s reply', '%s replies', $replies->post_count, 'awesome-support' )",
         "Last replied</a> %s ago by %s (%s)",
         "$role = _x( 'admin', 'User role', 'awesome-support' );")
    cf = txt["includes/custom-fields/functions-custom-fields.php"]
    need(cf, "__( 'Status', 'awesome-support' )", "__( 'Tag', 'awesome-support' )",
         "$show_assignee = true ;")
    pt = txt["includes/functions-post-type.php"]
    statuses = dict(re.findall(r"'(\w+)'\s*=>\s*_x\( '([^']+)', 'Ticket status'", pt))
    need(txt["includes/functions-templating.php"], "$label    = $custom_status[ $post_status ];",
         "{$agent->data->display_name}")

    users = users_from_tests(txt["tests/includes/test-functions-user.php"],
                             txt["tests/unittests-config-sample.php"],
                             txt["tests/bin/install.php"])
    by_id = {i + 1: u for i, u in enumerate(users[:1])}   # the tickets' site: the admin only
    tickets = tickets_from_tests(txt["tests/test-post.php"], statuses)

    header = [tr("Status"), tr("Title"), tr("ID"), tr("Tag"), tr("Created by"), tr("Agent"),
              tr("Date"), tr("Activity")]
    rows = []
    for t in sorted(tickets, key=lambda t: -t["id"]):
        client, agent = by_id[t["author"]], by_id[t["agent"]]
        if t["replies"]:
            n = t["replies"]
            role = tr("admin", "User role")
            act = (tr.n("%s reply", "%s replies", n) % n + "."
                   + f"\nLast replied 1 min ago by {agent['login']} ({role}).")
        else:
            act = tr("No reply yet.", "No last reply")
        rows.append([tr(statuses[t["status"]], "Ticket status"), t["title"], str(t["id"]), "",
                     f"{client['display']}\n{client['email']}", agent["display"],
                     STAMP_EN if a.lang == "en" else STAMP_NUM, act])
    write(os.path.join(a.out, "tickets.csv"), header, rows)

    if a.lang == "en":
        au = txt["includes/admin/class-admin-user.php"]
        need(au, "__( 'Auto-Assign', 'awesome-support' )", "return 'N/A';", "'&#10005;'",
             "'&#10003;'", "! user_can( $user_id, 'administrator' )")
        ins = txt["includes/install.php"]
        roles = dict(re.findall(r"add_role\( '(\w+)',\s*__\( '([^']+)'", ins))
        roles["administrator"] = "Administrator"
        rows = []
        for u in sorted(users, key=lambda u: u["login"]):
            agent = u["role"] in ("administrator", "wpas_agent")
            # user_register -> enable_assignment(): new agents, not administrators
            assign = ("✓" if u["role"] == "wpas_agent" else "✕") if agent else "N/A"
            name = f"{u['first']} {u['last']}".strip() or "—"
            rows.append([u["login"], name, u["email"], roles[u["role"]], assign])
        write(os.path.join(a.out, "users.csv"), ["Username", "Name", "Email", "Role",
                                                 "Auto-Assign"], rows)


if __name__ == "__main__":
    main()
