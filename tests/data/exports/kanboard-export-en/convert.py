"""Kanboard's CSV exports of tasks, subtasks and task transitions, in its own labels.

Built for round U (session 47, keys320). Usage:

    python convert.py --lang en|de|fr|es KB OUT

KB: files of GitHub kanboard/kanboard at 2cba210dbad4e110d4efdec97d71a38b5df48dad under
their own paths (SOURCE.md lists them; `git show 2cba210d:PATH`). OUT: the export folder.

Rules (nothing here is invented data; every record is one Kanboard's own unit tests make):
- Records: the calls of three unit tests, read from the test files and replayed on an empty
  database (tests/units/Base.php: SQLite, UTC, nobody signed in; the schema's one user is
  'admin', id 1, no name):
  * Tasks: tests/units/Export/TaskExportTest.php::testExport (project 'Export Project',
    swimlane 'S1', 'Category #1', tasks 'Task 1' and 'Task 2' with a reference, times,
    a due date and two tags), the task export's own test;
  * Subtasks: tests/units/Model/SubtaskModelTest.php::testDuplicate (project 'test1', tasks
    'test 1' and 'test 2', two subtasks created on task 1 and duplicated onto task 2);
  * Transitions: tests/units/Export/TransitionExportTest.php::testExport (task 'test'
    moved from the first column to the second by user 1, an hour after it entered it).
  The tests' time() is one fixed instant, NOW (the commit's own time), so two runs give the
  same bytes.
- Model rules replayed (app/Model, app/Schema/Sqlite.php at that commit): a new project gets
  the four default columns t('Backlog'), t('Ready'), t('Work in progress'), t('Done')
  (BoardModel::getDefaultColumns) and the swimlane t('Default swimlane') (ProjectModel::create),
  stored in the language of the user who creates the project; a task without a column goes
  to the project's first, without a swimlane to its first active one, colour 'yellow'
  (ColorModel::getDefaultColor), position = tasks already in its column and swimlane + 1,
  date_creation = date_modification = NOW, empty creator/owner/score/category/times/dates
  reset to 0 (TaskCreationModel::prepare), priority 0 and reference '' the schema's DEFAULTs,
  is_active 1 (open); a subtask gets status 0 (Todo) unless given, user 0, times 0
  (SubtaskModel::prepareCreation), duplicate() copies title, time_estimated, position and
  user_id (status and time_spent back to their DEFAULT 0); a transition's date is NOW and its
  time_spent NOW - date_moved (TransitionModel::save).
- Files and columns: ExportController's tasks(), subtasks() and transitions() downloads,
  named t('Tasks').csv, t('Subtasks').csv, t('Transitions').csv; rows as TaskExport,
  SubtaskExport and TransitionExport build them (headers e('...') in their order; task
  status e('Open')/e('Closed'); colour by its translated name; dates in the default
  application format 'm/d/Y H:i' (DateParser), empty for 0/NULL; score 0 when empty; tags
  joined ', ' in name order; subtask status t() of its English name, assignee name or else
  username; transition: the task's id and title, both columns' titles, the executer's name
  or else username, the date, time_spent/3600 rounded to 2 places).
- Labels: app/Locale/<locale>/translations.php (keyed by the English text; English has no
  file: the identifiers). t() escapes HTML (htmlspecialchars, ENT_QUOTES, no double
  encoding), e() does not.
- CSV: PHP's fputcsv as Csv::write calls it (',', '"', escape '\\', a field quoted when it
  holds a comma, quote, backslash, space, tab, CR or LF; rows end with LF), UTF-8 without
  BOM (the export form's BOM box left unticked), NULL as an empty field, numbers as PHP
  prints SQLite's native values (2.5, 3, 0).
"""
import argparse
import datetime
import html
import os
import re

LOCALES = {"en": None, "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}

# the tests' time(): the commit's own time (2026-08-01 20:46:03 +0200)
NOW = int(datetime.datetime(2026, 8, 1, 18, 46, 3, tzinfo=datetime.timezone.utc).timestamp())

# (test file, test method, what is exported, the controller's file name msgid)
SCENARIOS = [
    ("tests/units/Export/TaskExportTest.php", "testExport", "tasks", "Tasks"),
    ("tests/units/Model/SubtaskModelTest.php", "testDuplicate", "subtasks", "Subtasks"),
    ("tests/units/Export/TransitionExportTest.php", "testExport", "transitions", "Transitions"),
]

TASK_HEADERS = ["Task Id", "Reference", "Project", "Status", "Category", "Swimlane", "Column",
                "Position", "Color", "Due date", "Creator", "Creator Name",
                "Assignee Username", "Assignee Name", "Complexity", "Title", "Creation date",
                "Modification date", "Completion date", "Start date", "Time estimated",
                "Time spent", "Priority", "Tags"]
SUBTASK_HEADERS = ["Subtask Id", "Title", "Status", "Assignee", "Time estimated", "Time spent",
                   "Task Id", "Task Title"]
TRANSITION_HEADERS = ["Id", "Task Title", "Source column", "Destination column", "Executer",
                      "Date", "Time spent"]
DEFAULT_COLUMNS = ["Backlog", "Ready", "Work in progress", "Done"]
SUBTASK_STATUS = {0: "Todo", 1: "In progress", 2: "Done"}
COLOR_NAMES = {"yellow": "Yellow"}   # ColorModel: the only colour the tests' tasks get
USERS = {1: ("admin", None)}          # the schema's user: username, name (NULL)
DATETIME = "%m/%d/%Y %H:%M"           # DateParser: 'm/d/Y' + ' ' + 'H:i'

_ENTRY = re.compile(r"^\s*'((?:[^'\\]|\\.)*)'\s*=>\s*'((?:[^'\\]|\\.)*)',?\s*$")


def read_translations(path):
    """English identifier -> translation, from a Kanboard translations.php."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = _ENTRY.match(line)
            if m:
                out[re.sub(r"\\(.)", r"\1", m.group(1))] = re.sub(r"\\(.)", r"\1", m.group(2))
    return out


class Labels:
    def __init__(self, catalog):
        self.catalog = catalog

    def e(self, msgid):
        return self.catalog.get(msgid, msgid)

    def t(self, msgid):
        return html.escape(self.e(msgid), quote=True).replace("&#x27;", "&#039;")


# --- reading the tests' PHP calls -------------------------------------------------------

_TOKEN = re.compile(r"\s*(?:('(?:[^'\\]|\\.)*')|(\d+(?:\.\d+)?)|(\$?\w+)|(=>|->|[(),;=+\-\[\]]))")


def _tokens(text):
    pos, out = 0, []
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            if text[pos:].strip():
                out.append(("other", text[pos]))
                pos += 1
                continue
            break
        s, n, w, p = m.groups()
        if s is not None:
            out.append(("str", re.sub(r"\\(.)", r"\1", s[1:-1])))
        elif n is not None:
            out.append(("num", float(n) if "." in n else int(n)))
        elif w is not None:
            out.append(("word", w))
        else:
            out.append(("punct", p))
        pos = m.end()
    return out


class _Parser:
    """PHP literals as the tests write them: strings, numbers, time(), array(...), a - b."""

    def __init__(self, toks, variables):
        self.toks, self.i, self.vars = toks, 0, variables

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("end", None)

    def take(self, value=None):
        tok = self.peek()
        if value is not None and tok[1] != value:
            raise ValueError(f"expected {value!r}, got {tok!r}")
        self.i += 1
        return tok

    def expr(self):
        val = self.term()
        while self.peek() in (("punct", "-"), ("punct", "+")):
            op = self.take()[1]
            rhs = self.term()
            val = val - rhs if op == "-" else val + rhs
        return val

    def term(self):
        kind, val = self.take()
        if kind in ("str", "num"):
            return val
        if kind == "word" and val == "time":
            self.take("(")
            self.take(")")
            return NOW
        if kind == "word" and val == "array":
            self.take("(")
            return self.items(")")
        if kind == "punct" and val == "[":
            return self.items("]")
        if kind == "word" and val.startswith("$"):
            return self.vars[val]
        raise ValueError(f"unexpected {val!r}")

    def items(self, close):
        out, listed = {}, []
        while self.peek() != ("punct", close):
            first = self.expr()
            if self.peek() == ("punct", "=>"):
                self.take()
                out[first] = self.expr()
            else:
                listed.append(first)
            if self.peek() == ("punct", ","):
                self.take()
        self.take(close)
        return listed if listed and not out else out

    def args(self):
        self.take("(")
        out = []
        while self.peek() != ("punct", ")"):
            out.append(self.expr())
            if self.peek() == ("punct", ","):
                self.take()
        self.take(")")
        return out


def test_calls(path, method):
    """The model calls of one test method, in order: (object variable, method, arguments).
    Variable assignments of literal arrays are followed; calls on the export, assertions'
    own arguments and anything else are skipped."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    start = text.index(f"public function {method}(")
    end = text.find("public function ", start + 1)
    body = text[start:end if end > 0 else len(text)]
    toks = _tokens(body)
    variables, calls = {}, []
    for i, (kind, val) in enumerate(toks):
        if kind == "word" and val.startswith("$") and i + 2 < len(toks):
            nxt = toks[i + 1]
            if nxt == ("punct", "=") and toks[i + 2] == ("word", "array"):
                p = _Parser(toks, variables)
                p.i = i + 2
                variables[val] = p.expr()
            elif nxt == ("punct", "->") and toks[i + 2][0] == "word":
                name = toks[i + 2][1]
                if name in ("create", "duplicate", "save") and val.endswith("Model"):
                    p = _Parser(toks, variables)
                    p.i = i + 3
                    calls.append((val[1:], name, p.args()))
    return calls


# --- replaying Kanboard's models ----------------------------------------------------------

class Kanboard:
    def __init__(self, labels):
        self.lab = labels
        self.projects, self.columns, self.swimlanes, self.categories = {}, {}, {}, {}
        self.tasks, self.subtasks, self.transitions, self.tags = {}, {}, [], {}

    def call(self, model, method, args):
        getattr(self, f"{model}_{method}")(*args)

    def projectModel_create(self, values):
        pid = len(self.projects) + 1
        self.projects[pid] = values["name"]
        for title in DEFAULT_COLUMNS:
            self.columns[len(self.columns) + 1] = (pid, self.lab.t(title))
        self.swimlaneModel_create(pid, self.lab.t("Default swimlane"))

    def swimlaneModel_create(self, project_id, name):
        self.swimlanes[len(self.swimlanes) + 1] = (project_id, name)

    def categoryModel_create(self, values):
        self.categories[len(self.categories) + 1] = values["name"]

    def taskCreationModel_create(self, values):
        v = dict(values)
        tags = v.pop("tags", [])
        pid = v["project_id"]
        for f in ("creator_id", "owner_id", "date_due", "date_started", "score", "category_id",
                  "time_estimated", "time_spent"):
            if f in v and not v[f]:
                v[f] = 0
        if not v.get("column_id"):
            v["column_id"] = min(c for c, (p, _t) in self.columns.items() if p == pid)
        if not v.get("swimlane_id"):
            v["swimlane_id"] = min(s for s, (p, _n) in self.swimlanes.items() if p == pid)
        v.setdefault("color_id", "yellow")
        v["date_creation"] = v["date_modification"] = NOW
        v["position"] = 1 + sum(1 for t in self.tasks.values() if t["project_id"] == pid
                                and t["column_id"] == v["column_id"]
                                and t["swimlane_id"] == v["swimlane_id"])
        tid = len(self.tasks) + 1
        self.tasks[tid] = v
        self.tags[tid] = sorted(tags)

    def subtaskModel_create(self, values):
        v = dict(values)
        v.pop("another_subtask", None)
        for f in ("time_estimated", "time_spent"):
            if f in v and not v[f]:
                v[f] = 0
        v["position"] = 1 + sum(1 for s in self.subtasks.values() if s["task_id"] == v["task_id"])
        v.setdefault("status", 0)
        v.setdefault("time_estimated", 0)
        v.setdefault("time_spent", 0)
        v.setdefault("user_id", 0)
        self.subtasks[len(self.subtasks) + 1] = v

    def subtaskModel_duplicate(self, src, dst):
        for s in sorted((s for s in self.subtasks.values() if s["task_id"] == src),
                        key=lambda s: s["position"]):
            self.subtasks[len(self.subtasks) + 1] = {
                "title": s["title"], "time_estimated": s["time_estimated"],
                "position": s["position"], "user_id": s["user_id"], "task_id": dst,
                "status": 0, "time_spent": 0}

    def transitionModel_save(self, user_id, event):
        self.transitions.append({**event, "user_id": user_id, "date": NOW,
                                 "time_spent": NOW - event["date_moved"]})

    # --- the exports ---
    def _date(self, value):
        if not value:
            return ""
        return datetime.datetime.fromtimestamp(value, datetime.timezone.utc).strftime(DATETIME)

    def export_tasks(self):
        e, t = self.lab.e, self.lab.t
        rows = [[e(h) for h in TASK_HEADERS]]
        for tid in sorted(self.tasks):
            v = self.tasks[tid]
            owner = USERS.get(v.get("owner_id") or 0, (None, None))
            creator = USERS.get(v.get("creator_id") or 0, (None, None))
            rows.append([
                tid, v.get("reference", ""), self.projects[v["project_id"]],
                e("Open") if v.get("is_active", 1) == 1 else e("Closed"),
                self.categories.get(v.get("category_id") or 0),
                self.swimlanes[v["swimlane_id"]][1], self.columns[v["column_id"]][1],
                v["position"], t(COLOR_NAMES[v["color_id"]]), self._date(v.get("date_due")),
                creator[0], creator[1], owner[0], owner[1], v.get("score") or 0, v["title"],
                self._date(v["date_creation"]), self._date(v["date_modification"]),
                self._date(v.get("date_completed")), self._date(v.get("date_started")),
                v.get("time_estimated", 0), v.get("time_spent", 0), v.get("priority", 0),
                ", ".join(self.tags[tid])])
        return rows

    def export_subtasks(self):
        rows = [[self.lab.e(h) for h in SUBTASK_HEADERS]]
        for sid in sorted(self.subtasks):
            s = self.subtasks[sid]
            user = USERS.get(s["user_id"], (None, None))
            rows.append([sid, s["title"], self.lab.t(SUBTASK_STATUS[s["status"]]),
                         user[1] or user[0], s["time_estimated"], s["time_spent"],
                         s["task_id"], self.tasks[s["task_id"]]["title"]])
        return rows

    def export_transitions(self):
        rows = [[self.lab.e(h) for h in TRANSITION_HEADERS]]
        for tr in sorted(self.transitions, key=lambda x: -x["date"]):
            user = USERS.get(tr["user_id"], (None, None))
            rows.append([tr["task_id"], self.tasks[tr["task_id"]]["title"],
                         self.columns[tr["src_column_id"]][1],
                         self.columns[tr["dst_column_id"]][1], user[1] or user[0],
                         self._date(tr["date"]), round(tr["time_spent"] / 3600, 2)])
        return rows


def php_str(value):
    """A value as PHP turns it into a string (NULL empty, 1.0 as '1')."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)[:-2] if value.is_integer() else repr(value)
    return str(value)


def fputcsv(fh, row):
    out = []
    for cell in map(php_str, row):
        if any(c in cell for c in ',"\\ \t\r\n'):
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    fh.write(",".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LOCALES))
    ap.add_argument("kb")
    ap.add_argument("out")
    a = ap.parse_args()
    loc = LOCALES[a.lang]
    catalog = read_translations(os.path.join(a.kb, "app", "Locale", loc, "translations.php")) \
        if loc else {}
    lab = Labels(catalog)
    os.makedirs(a.out, exist_ok=True)
    for test, method, what, filename in SCENARIOS:
        kb = Kanboard(lab)
        for model, name, args in test_calls(os.path.join(a.kb, test), method):
            kb.call(model, name, args)
        rows = getattr(kb, f"export_{what}")()
        with open(os.path.join(a.out, lab.t(filename) + ".csv"), "w", encoding="utf-8",
                  newline="") as fh:
            for row in rows:
                fputcsv(fh, row)


if __name__ == "__main__":
    main()
