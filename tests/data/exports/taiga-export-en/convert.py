"""Taiga's CSV exports of user stories, tasks, issues and epics, headed in its own labels.

Built for round V (session 48, keys332). Usage:

    python convert.py --write-runner DIR
    python convert.py --lang en|de|fr|es RAW BACK FRONT OUT

The records are what Taiga's own ``sample_data`` management command creates (taiga-back,
taiga/projects/management/commands/sample_data.py: seven projects with users, sprints, user
stories, tasks, issues and epics, drawn by sampledatahelper with its fixed seed 12345678901),
written by Taiga's own CSV exports (userstories_to_csv, tasks_to_csv, issues_to_csv,
epics_to_csv in taiga/projects/*/services.py) for the project 'Project Example 1'
(slug project-1). ``--write-runner DIR`` writes the two small files that run it (SOURCE.md
gives the steps): ``run_settings.py`` (Taiga's settings/common.py with a database port) and
``run_sample_data.py``, which pins what sample_data leaves to chance outside its seed (the
clock: 2026-11-02 09:00:00 UTC, one second more at each reading; PostgreSQL's random(): setseed
(0.332); Python's string hashing: PYTHONHASHSEED=0 in SOURCE.md's commands), loads Taiga's
fixtures initial_user and initial_project_templates, runs sample_data, then writes each
project's four CSVs (the API's csv views' querysets: the project's records ordered by ref).

RAW: the folder holding project-1's userstories.csv, tasks.csv, issues.csv, epics.csv as
Taiga wrote them. BACK: files of GitHub taigaio/taiga-back, FRONT: files of GitHub
taigaio/taiga-front, under their own paths (SOURCE.md lists both commits).

Rules (nothing here is invented data):
- en: Taiga's files byte for byte. Taiga's CSV export heads each column with the field's
  name ('subject', 'assigned_to_full_name') in every language and translates no value.
- de, fr, es: the same rows and cells; each column headed by the label Taiga itself gives
  the field (LABELS below): the model field's verbose_name in taiga-back's
  taiga/locale/<lang>/LC_MESSAGES/django.po, else (fields no model labels) taiga-front's
  app/locales/taiga/locale-<lang>.json key; a column naming a field of a related record
  (owner_full_name, sprint_estimated_start) is headed '<label> (<label>)', both Taiga's;
  a role's points column '<role name> (<points>)' with the role's name from the project
  template (taiga/projects/fixtures/initial_project_templates.json) through django.po. An
  untranslated msgid stays English, as gettext shows it. Custom attributes' columns keep
  the names the project gave them. Cells stay as Taiga wrote them (status, severity,
  priority and type names as the project stores them, True/False, dates as Python prints
  them, user names, tag lists, watcher ids).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF), as Taiga's csv.DictWriter.
"""
import argparse
import csv
import json
import os
import re
import shutil

FILES = ["userstories.csv", "tasks.csv", "issues.csv", "epics.csv"]

# column -> ("back", msgid) | ("front", key) | ("pair", column, msgid) (two labels joined)
LABELS = {
    "id": ("back", "id"),
    "ref": ("back", "ref"),
    "subject": ("back", "subject"),
    "description": ("back", "description"),
    "user_story": ("back", "user story"),
    "sprint_id": ("pair", "sprint", "id"),
    "sprint": ("back", "sprint"),
    "sprint_estimated_start": ("pair", "sprint", "estimated start date"),
    "sprint_estimated_finish": ("pair", "sprint", "estimated finish date"),
    "owner": ("back", "owner"),
    "owner_full_name": ("pair", "owner", "full name"),
    "assigned_to": ("back", "assigned to"),
    "assigned_to_full_name": ("pair", "assigned_to", "full name"),
    "assigned_users": ("back", "assigned users"),
    "assigned_users_full_name": ("pair", "assigned_users", "full name"),
    "status": ("back", "status"),
    "severity": ("back", "severity"),
    "priority": ("back", "priority"),
    "type": ("back", "type"),
    "is_iocaine": ("back", "is iocaine"),
    "is_closed": ("back", "is closed"),
    "swimlane": ("back", "swimlane"),
    "total-points": ("front", "US.TOTAL_POINTS"),
    "backlog_order": ("back", "backlog order"),
    "sprint_order": ("back", "sprint order"),
    "kanban_order": ("back", "kanban order"),
    "us_order": ("back", "us order"),
    "taskboard_order": ("back", "taskboard order"),
    "epics_order": ("back", "epics order"),
    "created_date": ("back", "created date"),
    "modified_date": ("back", "modified date"),
    "finished_date": ("back", "finished date"),
    "finish_date": ("back", "finish date"),
    "client_requirement": ("back", "is client requirement"),
    "team_requirement": ("back", "is team requirement"),
    "attachments": ("front", "ATTACHMENT.SECTION_NAME"),
    "generated_from_issue": ("back", "generated from issue"),
    "generated_from_task": ("back", "generated from task"),
    "from_task_ref": ("pair", "generated_from_task", "ref"),
    "external_reference": ("back", "external reference"),
    "tasks": ("front", "COMMON.RELATED_TASKS"),
    "tags": ("back", "tags"),
    "watchers": ("front", "COMMON.WATCHERS.WATCHERS"),
    "voters": ("front", "COMMON.FIELDS.VOTES"),
    "due_date": ("back", "due date"),
    "due_date_reason": ("back", "reason for the due date"),
    "epics": ("back", "Epics"),
    "related_user_stories": ("front", "COMMON.RELATED_USERSTORIES"),
}

RUN_SETTINGS = '''# keys332: Taiga's own settings (settings/common.py) with the local database port
from settings.common import *  # noqa: F401,F403

DATABASES["default"]["PORT"] = "55432"  # noqa: F405
MEDIA_ROOT = "/tmp/keys332/media"
ENABLE_TELEMETRY = False
'''

RUN_SAMPLE_DATA = '''"""keys332: run Taiga's fixtures and sample_data reproducibly, then export.

python run_sample_data.py seed | python run_sample_data.py export OUTDIR
"""
import datetime
import os
import sys
import types

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "run_settings")
START = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
_tick = [0]


def fixed_now():
    _tick[0] += 1
    return START + datetime.timedelta(seconds=_tick[0])


import django.utils.timezone as tz  # noqa: E402
tz.now = fixed_now
import taiga.base.utils.time as tbt  # noqa: E402
tbt.time = types.SimpleNamespace(time=lambda: fixed_now().timestamp())

import django  # noqa: E402
django.setup()
from django.db.backends.signals import connection_created  # noqa: E402


def _seed(sender, connection, **kwargs):
    with connection.cursor() as c:
        c.execute("SELECT setseed(0.332)")


connection_created.connect(_seed)
from django.core.management import call_command  # noqa: E402

step = sys.argv[1]
if step == "seed":
    call_command("loaddata", "initial_user")
    call_command("loaddata", "initial_project_templates")
    call_command("sample_data")
elif step == "export":
    from taiga.projects.models import Project
    from taiga.projects.userstories.services import userstories_to_csv
    from taiga.projects.tasks.services import tasks_to_csv
    from taiga.projects.issues.services import issues_to_csv
    from taiga.projects.epics.services import epics_to_csv
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for project in Project.objects.order_by("id"):
        folder = os.path.join(out, project.slug)
        os.makedirs(folder, exist_ok=True)
        for name, fn, qs in [
                ("userstories", userstories_to_csv, project.user_stories.order_by("ref")),
                ("tasks", tasks_to_csv, project.tasks.order_by("ref")),
                ("issues", issues_to_csv, project.issues.order_by("ref")),
                ("epics", epics_to_csv, project.epics.order_by("ref"))]:
            data = fn(project, qs)
            with open(os.path.join(folder, name + ".csv"), "w", encoding="utf-8", newline="") as f:
                f.write(data.getvalue())
'''


def read_po(path):
    """msgid -> msgstr of a gettext catalogue (multi-line strings joined, plurals skipped)."""
    out = {}
    key = None
    parts = {}

    def unq(s):
        return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)

    def flush():
        if parts.get("msgid") is not None and parts.get("msgstr"):
            out[parts["msgid"]] = parts["msgstr"]

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            m = re.match(r'^(msgid|msgstr|msgctxt|msgid_plural|msgstr\[\d+\]) "(.*)"$', line)
            if m:
                if m.group(1) in ("msgid", "msgctxt"):
                    if m.group(1) == "msgctxt" or "msgctxt" not in parts or "msgstr" in parts:
                        flush()
                        parts = {}
                key = m.group(1)
                parts[key] = unq(m.group(2))
            elif line.startswith('"') and key:
                parts[key] += unq(line[1:-1])
            elif not line:
                key = None
        flush()
    return out


def front_label(data, key):
    node = data
    for part in key.split("."):
        node = node[part]
    return node


def labels(lang, back, front):
    po = read_po(os.path.join(back, "taiga", "locale", lang, "LC_MESSAGES", "django.po"))
    with open(os.path.join(front, "app", "locales", "taiga", f"locale-{lang}.json"),
              encoding="utf-8") as fh:
        fr = json.load(fh)
    with open(os.path.join(back, "taiga", "projects", "fixtures",
                           "initial_project_templates.json"), encoding="utf-8") as fh:
        templates = json.load(fh)
    roles = {}
    for tpl in templates:
        rl = tpl["fields"]["roles"]
        for role in (json.loads(rl) if isinstance(rl, str) else rl):
            roles.setdefault(role["slug"], role["name"])

    def one(column):
        spec = LABELS[column]
        if spec[0] == "back":
            return po.get(spec[1], spec[1])
        if spec[0] == "front":
            return front_label(fr, spec[1])
        return f"{one(spec[1])} ({po.get(spec[2], spec[2])})"

    def label(column):
        if column in LABELS:
            return one(column)
        m = re.fullmatch(r"(.+)-points", column)
        if m and m.group(1) in roles:
            name = roles[m.group(1)]
            return f"{po.get(name, name)} ({po.get('points', 'points')})"
        return column          # a custom attribute: the name the project gave it
    return label


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write-runner", metavar="DIR")
    ap.add_argument("--lang", choices=["en", "de", "fr", "es"])
    ap.add_argument("paths", nargs="*", help="RAW BACK FRONT OUT")
    args = ap.parse_args()
    if args.write_runner:
        os.makedirs(args.write_runner, exist_ok=True)
        for name, text in [("run_settings.py", RUN_SETTINGS),
                           ("run_sample_data.py", RUN_SAMPLE_DATA)]:
            with open(os.path.join(args.write_runner, name), "w", encoding="utf-8") as fh:
                fh.write(text)
        return
    raw, back, front, out = args.paths
    os.makedirs(out, exist_ok=True)
    for name in FILES:
        src = os.path.join(raw, name)
        dst = os.path.join(out, name)
        if args.lang == "en":
            shutil.copyfile(src, dst)
            continue
        label = labels(args.lang, back, front)
        with open(src, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        rows[0] = [label(c) for c in rows[0]]
        with open(dst, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(rows)


if __name__ == "__main__":
    main()
