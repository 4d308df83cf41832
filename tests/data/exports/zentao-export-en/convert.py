"""ZenTao's CSV exports of tasks and bugs and its user list, headed in its own UI labels.

Built for round W (session 49, keys334). Usage:

    python convert.py --lang en|de|fr ZT OUT

ZT: files of ZenTao 18.8 (GitHub zxiuwu/zentaopms at 76bfea3ac51d516d449d4d2ce4020de1a53ac668,
"init 18.8", a one-commit import of the ZenTao PMS 18.8 release of easysoft/zentaopms) under
their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: ZenTao's English demo data, db/endemo.sql (loaded by the installer when "import demo
  data" is ticked): zt_task (8 tasks), zt_bug (4 bugs), zt_user (9 users); zt_project,
  zt_module, zt_story, zt_product give the names the exports print for ids.
- tasks.csv: module/task/control.php export(): the columns of $config->task->exportFields
  (module/task/config.php) headed by $lang->task->FIELD; cells as that code fills them:
  execution/module/story as "name(#id)", type/pri/status/closedReason/mode through the
  lang lists, user accounts as real names, openedDate/assignedDate/finishedDate/
  canceledDate/closedDate/lastEditedDate cut to 10 characters, estimate/consumed/left
  followed by $lang->execution->workHourUnit, progress computed as the code does, files ''.
- bugs.csv: $config->bug->exportFields (module/bug/config.php) without branch (the
  product is of type 'normal', so bug/control.php export() drops it), headed by
  $lang->bug->FIELD; product/project/execution/module/story/task as "name(#id)",
  severity/pri/type/status/confirmed/resolution through the lang lists, openedBuild
  'trunk' as $lang->trunk, accounts as real names, other values raw.
- users.csv: the columns of the user list (module/company/view/browse.html.php, inside
  users): id (from the demo's zt_action user log), realname, account, role (roleList),
  email, gender (genderList), phone, qq (the open edition is not isINT), last (date Y-m-d
  of the timestamp, UTC), visits.
- Labels that refer to $lang->productCommon / projectCommon / executionCommon take the
  default (key 0) of config/zentaopms.php's lists, as framework/router.class.php does.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import datetime
import os
import re

LANGS = ["en", "de", "fr"]

TASK_FIELDS = """id, execution, module, story, fromBug, name, desc, type, pri, estStarted,
realStarted, deadline, status, estimate, consumed, left, mailto, progress, mode, openedBy,
openedDate, assignedTo, assignedDate, finishedBy, finishedDate, canceledBy, canceledDate,
closedBy, closedDate, closedReason, lastEditedBy, lastEditedDate, activatedDate, files"""

BUG_FIELDS = """id, product, module, project, execution, story, task, title, keywords,
severity, pri, type, os, browser, steps, status, deadline, activatedCount, confirmed, mailto,
openedBy, openedDate, openedBuild, assignedTo, assignedDate, resolvedBy, resolution,
resolvedBuild, resolvedDate, closedBy, closedDate, duplicateBug, linkBug, case,
lastEditedBy, lastEditedDate, files, feedbackBy, notifyEmail"""

USER_FIELDS = "id, realname, account, role, email, gender, phone, qq, last, visits"


def fields(spec):
    return [f.strip() for f in spec.split(",") if f.strip()]


# ---------------------------------------------------------------- SQL
def sql_value(tok):
    if tok.upper() == "NULL":
        return None
    if tok.startswith("'"):
        s = tok[1:-1]
        return re.sub(r"\\(.)", lambda m: {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}.get(
            m.group(1), m.group(1)), s).replace("''", "'")
    return tok


def read_sql(path):
    """table -> list of row dicts from INSERT/REPLACE INTO ... VALUES statements."""
    text = open(path, encoding="utf-8").read()
    tables = {}
    for m in re.finditer(r"(?:INSERT|REPLACE) INTO `(\w+)` \(([^)]*)\) VALUES\s*", text):
        cols = [c.strip().strip("`") for c in m.group(2).split(",")]
        i = m.end()
        rows = []
        while i < len(text):
            while text[i] in " \r\n,":
                i += 1
            if text[i] == ";":
                break
            assert text[i] == "(", text[i:i + 40]
            i += 1
            vals = []
            while True:
                while text[i] in " \r\n":
                    i += 1
                if text[i] == "'":
                    j = i + 1
                    while True:
                        if text[j] == "\\":
                            j += 2
                        elif text[j] == "'" and text[j + 1] == "'":
                            j += 2
                        elif text[j] == "'":
                            break
                        else:
                            j += 1
                    vals.append(sql_value(text[i:j + 1]))
                    i = j + 1
                else:
                    j = i
                    while text[j] not in ",)":
                        j += 1
                    vals.append(sql_value(text[i:j].strip()))
                    i = j
                while text[i] in " \r\n":
                    i += 1
                if text[i] == ",":
                    i += 1
                    continue
                assert text[i] == ")"
                i += 1
                break
            rows.append(dict(zip(cols, vals, strict=True)))
        tables.setdefault(m.group(1), []).extend(rows)
    return tables


# ---------------------------------------------------------------- PHP lang files
TOK = re.compile(r"""\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|"""
                 r"""(\$lang(?:->\w+)+(?:\[[^\]]+\])?)|(\.))""")


def php_expr(expr, env):
    out, i = "", 0
    while i < len(expr):
        m = TOK.match(expr, i)
        if not m:
            return None
        if m.group(1) is not None:
            out += re.sub(r"\\([\\'])", r"\1", m.group(1))
        elif m.group(2) is not None:
            s = m.group(2)
            ok = True

            def sub(mm):
                nonlocal ok
                v = env.get(mm.group(1)[len("$lang->"):])
                if v is None:
                    ok = False
                    return ""
                return v
            s = re.sub(r"\{(\$lang(?:->\w+)+)\}", sub, s)
            if not ok:
                return None
            out += s.replace('\\"', '"').replace("\\n", "\n")
        elif m.group(3) is not None:
            v = env.get(m.group(3)[len("$lang->"):].replace('"', "'"))
            if v is None:
                return None
            out += v
        i = m.end()
    return out


ASSIGN = re.compile(r"^\$lang((?:->\w+)+)(\[[^\]]*\])?\s*=\s*(.*?);\s*(?://.*)?$")


def read_lang(path, env):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = ASSIGN.match(line.strip())
            if not m:
                continue
            key = m.group(1)[2:]
            if m.group(2):
                key += "[" + m.group(2)[1:-1].strip().strip("'\"") + "]"
            v = php_expr(m.group(3), env)
            if v is not None:
                env[key] = v


def common_terms(zt, lang, env):
    text = open(os.path.join(zt, "config/zentaopms.php"), encoding="utf-8").read()
    for name, target in (("productCommonList", "productCommon"),
                         ("projectCommonList", "projectCommon"),
                         ("executionCommonList", "executionCommon")):
        m = re.search(r"\$config->" + name + r"\['" + lang + r"'\]\[0\]\s*=\s*'([^']*)'", text)
        env[target] = m.group(1)
    env["iterationCommon"] = env["executionCommon"]


# ---------------------------------------------------------------- build
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("zt")
    ap.add_argument("out")
    a = ap.parse_args()
    env = {}
    common_terms(a.zt, a.lang, env)
    for mod in ("common", "execution", "task", "bug", "user"):
        read_lang(os.path.join(a.zt, "module", mod, "lang", a.lang + ".php"), env)
    db = read_sql(os.path.join(a.zt, "db/endemo.sql"))

    def L(key, default):
        return env.get(key, default)

    users = {u["account"]: u["realname"] for u in db["zt_user"]}
    projects = {p["id"]: p["name"] for p in db["zt_project"]}
    modules = {m["id"]: m["name"] for m in db["zt_module"]}
    stories = {s["id"]: s["title"] for s in db["zt_story"]}
    products = {p["id"]: p["name"] for p in db["zt_product"]}
    tasks_by_id = {t["id"]: t["name"] for t in db["zt_task"]}
    bugs_by_id = {b["id"]: b["title"] for b in db["zt_bug"]}

    def named(pairs, v):
        return f"{pairs[v]}(#{v})" if v in pairs else v

    def user(v):
        return users.get(v, v) if v else v

    def lst(mod, name, v):
        return env.get(f"{mod}->{name}[{v}]", v)

    unit = env["execution->workHourUnit"]
    os.makedirs(a.out, exist_ok=True)

    def write(name, cols, labels, rows):
        with open(os.path.join(a.out, name), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(labels)
            for r in rows:
                w.writerow(["" if r.get(c) is None else r.get(c) for c in cols])

    # tasks
    cols = fields(TASK_FIELDS)
    rows = []
    for t in sorted(db["zt_task"], key=lambda t: int(t["id"])):
        r = dict(t)
        c, left = float(t["consumed"]), float(t["left"])
        if c == 0 and left == 0:
            prog = 0
        elif c != 0 and left == 0:
            prog = 100
        else:
            prog = round(c / (c + left), 2) * 100
        r["progress"] = f"{int(prog) if prog == int(prog) else prog}%"
        r["desc"] = (t["desc"] or "").replace("<br />", "\n").replace("&nbsp;", " ")
        r["story"] = named(stories, t["story"]) if t["story"] in stories else ""
        fb = t["fromBug"]
        r["fromBug"] = "" if fb in ("0", "") else f"#{fb} {bugs_by_id.get(fb, '')}"
        r["execution"] = named(projects, t["execution"])
        r["module"] = named(modules, t["module"])
        for f, lname in (("type", "typeList"), ("pri", "priList"), ("status", "statusList"),
                         ("closedReason", "reasonList"), ("mode", "modeList")):
            r[f] = lst("task", lname, t[f])
        for f in ("openedBy", "assignedTo", "finishedBy", "canceledBy", "closedBy", "lastEditedBy"):
            r[f] = user(t[f])
        r["mailto"] = "".join("," + users.get(x, x) for x in (t["mailto"] or "").split(",") if x)
        for f in ("openedDate", "assignedDate", "finishedDate", "canceledDate", "closedDate",
                  "lastEditedDate"):
            r[f] = (t[f] or "")[:10]
        for f in ("estimate", "consumed", "left"):
            r[f] = t[f] + unit
        r["files"] = ""
        rows.append(r)
    write("tasks.csv", cols, [L("task->" + c, c) for c in cols], rows)

    # bugs
    cols = fields(BUG_FIELDS)
    rows = []
    for b in sorted(db["zt_bug"], key=lambda b: int(b["id"])):
        r = dict(b)
        r["product"] = named(products, b["product"])
        r["project"] = named(projects, b["project"])
        r["execution"] = named(projects, b["execution"])
        r["module"] = named(modules, b["module"])
        r["story"] = named(stories, b["story"])
        r["task"] = named(tasks_by_id, b["task"])
        for f, lname in (("severity", "severityList"), ("pri", "priList"), ("type", "typeList"),
                         ("status", "statusList"), ("confirmed", "confirmedList"),
                         ("resolution", "resolutionList"), ("os", "osList"),
                         ("browser", "browserList")):
            r[f] = lst("bug", lname, b[f])
        if b["openedBuild"] == "trunk":
            r["openedBuild"] = env.get("trunk", "Trunk")
        for f in ("openedBy", "assignedTo", "resolvedBy", "closedBy", "lastEditedBy", "feedbackBy"):
            r[f] = user(b[f])
        r["mailto"] = "".join("," + users.get(x, x) for x in (b["mailto"] or "").split(",") if x)
        r["files"] = ""
        rows.append(r)
    write("bugs.csv", cols, [L("bug->" + c, c) for c in cols], rows)

    # users
    cols = fields(USER_FIELDS)
    rows = []
    # zt_user rows carry no id (the installer's admin is id 1); the demo's own action log
    # (zt_action objectType 'user', objectID, actor) gives each account its id
    uid = {x["actor"]: x["objectID"] for x in db["zt_action"] if x["objectType"] == "user"}
    for u in db["zt_user"]:
        r = dict(u)
        r["id"] = uid.get(u["account"], "")
        r["role"] = lst("user", "roleList", u["role"]) if u["role"] else ""
        r["gender"] = lst("user", "genderList", u["gender"])
        last = int(u["last"] or 0)
        utc = datetime.timezone.utc
        r["last"] = datetime.datetime.fromtimestamp(last, utc).strftime("%Y-%m-%d") if last else ""
        rows.append(r)
    write("users.csv", cols, [L("user->" + c, c) for c in cols], rows)


if __name__ == "__main__":
    main()
