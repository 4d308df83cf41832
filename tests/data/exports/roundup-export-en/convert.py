"""Roundup issue tracker's fixed test records as its classic tracker's index views show them.

Usage: python convert.py [--lang en|de|fr] SRC OUT

SRC holds the files below, read at roundup-tracker/roundup commit 3ed0c6de (SOURCE.md):
  test/db_test_base.py                                   the records (setupSchema,
                                                         filteringSetup, the Chef/mary setUp)
  share/roundup/templates/classic/html/issue.index.html  the issue list's columns and headings
  share/roundup/templates/classic/html/user.index.html   the user list's columns and headings
  locale/de.po, locale/fr.po                             the German and French labels (gettext
                                                         catalogues: non-fuzzy entries, as msgfmt)

Rules (nothing invented):
- issues.csv: the issue index's columns that the test records fix, in the template's order:
  Priority, ID, Title, Status, Assigned To (Creation, Activity, Actor and Creator are set at run
  time; Keyword is empty in every record, and shown by no default view: left out). The heading
  'Assigned&nbsp;To' is written with a plain space. Links shown by their key (the priority's,
  status' name, the user's username) as the index's plain() does; the status cell is
  translated (the template's td carries i18n:translate), the priority cell is not.
- users.csv: the user index's columns: Username, Real name, Organisation, Email address,
  Phone number (Retire is a button, left out). Rows in id order.
- ids resolved as the test schema creates them: users 1 admin, 2 fred (setupSchema), then
  bleep, blop, blorp (filteringSetup, no address or name: not in users.csv, no issue
  names them); statuses 1 unread, 2 in-progress, 3 testing, 4 resolved; priorities 1 feature,
  2 wish, 3 bug. The users Chef and mary come from the setUp of db_test_base's class that
  creates them (the same file); the user list shows the four users that have a name or an
  address or are linked to an issue: admin, fred, Chef, mary.
- CSV as Roundup's own export_csv writes (csv.writer defaults: ',' and '\\r\\n', minimal
  quoting), UTF-8.
"""
import ast
import csv
import html
import re
import sys
from pathlib import Path


def po(path):
    """A gettext catalogue as msgfmt compiles it: translated, non-fuzzy entries only; the
    file's own charset; HTML entities in a translation resolved (the page renders them)."""
    raw = Path(path).read_bytes()
    charset = re.search(rb"charset=([-\w]+)", raw).group(1).decode()
    out = {}
    for block in raw.decode(charset).split("\n\n"):
        if re.search(r"^#,.*\bfuzzy\b", block, re.M) or "\nmsgctxt" in "\n" + block:
            continue
        m = re.search(r'^msgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', block, re.M)
        if not m:
            continue
        k = "".join(re.findall(r'"(.*)"', m.group(1)))
        v = "".join(re.findall(r'"(.*)"', m.group(2)))
        if v:
            out[k] = html.unescape(v.replace("&nbsp;", " ")).replace('\\"', '"')
    return out


def kwargs_of(call):
    return {k.arg: ast.literal_eval(k.value) for k in call.keywords
            if isinstance(k.value, ast.Constant)}


def main(argv):
    lang = "en"
    if argv[:1] == ["--lang"]:
        lang, argv = argv[1], argv[2:]
    src, out = Path(argv[0]), Path(argv[1])
    tr = po(src / "locale" / f"{lang}.po") if lang != "en" else {}
    t = lambda s: tr.get(s, s)  # noqa: E731
    text = (src / "test" / "db_test_base.py").read_text(encoding="utf-8")
    tree = ast.parse(text)
    funcs = {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    # setupSchema: users, statuses, priorities in creation order (ids 1, 2, ...)
    users, statuses, priorities = [], [], []
    for node in ast.walk(funcs["setupSchema"]):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "create":
            owner = node.func.value
            name = getattr(owner, "id", None)
            kw = kwargs_of(node)
            if name == "user":
                users.append(kw)
            elif name == "status":
                statuses.append(kw["name"])
            elif name == "priority":
                priorities.append(kw["name"])
    # filteringSetup: its issue dicts (a tuple of dict literals) and its three users
    issues = []
    for node in ast.walk(funcs["filteringSetup"]):
        if isinstance(node, ast.For) and getattr(node.target, "id", "") == "issue":
            for d in node.iter.elts:
                rec = {}
                for k, v in zip(d.keys, d.values, strict=True):
                    if isinstance(v, ast.Constant):
                        rec[k.value] = v.value
                issues.append(rec)
        if isinstance(node, ast.For) and getattr(node.target, "id", "") == "user":
            for d in node.iter.elts:
                users.append({k.value: v.value for k, v in zip(d.keys, d.values, strict=True)})
    # Chef and mary: the first setUp that creates both (db_test_base, class at ~4499)
    extra = []
    for node in sorted(ast.walk(tree), key=lambda n: getattr(n, "lineno", 0)):
        if (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "create"
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr == "user"):
            kw = kwargs_of(node)
            seen = [e["username"] for e in extra]
            if kw.get("username") in ("Chef", "mary") and "address" in kw and (
                    kw["username"] not in seen):
                extra.append(kw)
    username = {str(i + 1): u["username"] for i, u in enumerate(users)}
    out.mkdir(parents=True, exist_ok=True)
    head = [t("Priority"), t("ID"), t("Title"), t("Status"),
            t("Assigned&nbsp;To").replace("&nbsp;", " ").replace("\xa0", " ")]
    with open(out / "issues.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(head)
        for i, rec in enumerate(issues, 1):
            w.writerow([priorities[int(rec["priority"]) - 1] if "priority" in rec else "",
                        i, rec["title"],
                        t(statuses[int(rec["status"]) - 1]) if "status" in rec else "",
                        username.get(rec.get("assignedto", ""), "")])
    shown = [u for u in users if u["username"] in ("admin", "fred")] + extra
    with open(out / "users.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([t("Username"), t("Real name"), t("Organisation"), t("Email address"),
                    t("Phone number")])
        for u in shown:
            w.writerow([u["username"], u.get("realname", ""), u.get("organisation", ""),
                        u.get("address", ""), u.get("phone", "")])


if __name__ == "__main__":
    main(sys.argv[1:])
