"""Frappe LMS's members, courses and course enrolments, headed in its own UI labels.

Built for round Z5 (session 52, keys395). Usage:

    python convert.py --lang en|de|es|nl LMS OUT

LMS: files of GitHub frappe/lms at 91bc5478a766a111fc163d906274848c157bd978 under their
own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the records Frappe LMS's own code creates with fixed values, read with Python's ast
  (no code of the program is run):
  * members.csv: every create_user(...) call of lms/demo/demo_data.py (its demo data: the
    instructor and three students) and every self._create_user("<e-mail>", "<first>",
    "<last>", [roles]) call of the test files whose arguments are all literals (files in
    path order, once per e-mail, the first call). Full name = first + ' ' + last (Frappe's
    User.full_name; LMS's process_user_names). Roles: the call's roles (create_user's
    default ['LMS Student'] when none), then 'LMS Student', which the User before_insert
    hook (lms/lms/user.py add_lms_student_role) appends when missing.
  * courses.csv: demo_data.py's course (create_course's course.update({...})) and every
    self._create_course(...) call of the test files whose title is a literal or absent
    (test_helpers.py's default 'Utility Course'), once per title, the other fields from
    test_helpers.py's _create_course. ID: the course name, LMS Course.autoname's slug of
    the title (lms/lms/utils.py slugify). Paid Course: the Check's default 0.
  * enrollments.csv: demo_data.py's enroll_student_in_course of its three students in its
    course, and test_helpers.py's _setup_course_flow, which enrols student1 and student2
    in its _create_course() ('Utility Course'). Member Type: the field's default
    'Student'. The enrolment's own name is a random hash: not written.
- Columns: members as LMS's settings list of members shows them (Members.vue: the user's
  full name over the e-mail, the roles as badges) with the member form's fields
  (NewMemberModal.vue: Email, First Name, Last Name; JobApplications.vue's 'Full Name');
  courses and enrolments as Frappe's report view exports the doctype (ID, then fields by
  their doctype labels: lms_course.json, lms_enrollment.json). Each label is translated
  by lms/locale/<lang>.po (a label the catalogue leaves untranslated stays English).
- Cells: as the list prints them: role badges translated (Members.vue roleLabels, ', '
  joined); the report view's raw values otherwise (Check 0/1, Select values, link names).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import ast
import csv
import os
import re

LANGS = ("en", "de", "es", "nl")

DEMO = "lms/demo/demo_data.py"
HELPERS = "lms/lms/test_helpers.py"
# the test files holding self._create_user / self._create_course calls (path order)
TESTS = [
    "lms/lms/doctype/course_chapter/test_course_chapter.py",
    "lms/lms/doctype/course_evaluator/test_course_evaluator.py",
    "lms/lms/doctype/course_lesson/test_course_lesson.py",
    "lms/lms/doctype/course_lesson/test_save_progress.py",
    "lms/lms/doctype/lms_assignment_submission/test_lms_assignment_submission.py",
    "lms/lms/doctype/lms_certificate_request/test_lms_certificate_request.py",
    "lms/lms/doctype/lms_course/test_lms_course.py",
    "lms/lms/doctype/lms_course_progress/test_lms_course_progress.py",
    "lms/lms/test_helpers.py",
    "lms/tests/api/test_api.py",
    "lms/tests/api/test_delete.py",
    "lms/tests/api/test_members.py",
    "lms/tests/api/test_payments.py",
    "lms/tests/security/test_assignment_self_grading.py",
    "lms/tests/security/test_auth.py",
    "lms/tests/security/test_course_progress_idor.py",
    "lms/tests/security/test_enrollment_field_guard.py",
    "lms/tests/security/test_lesson_instructor_content.py",
    "lms/tests/security/test_profile_details_disclosure.py",
    "lms/tests/security/test_quiz_authorization.py",
    "lms/tests/security/test_quiz_submission_access.py",
    "lms/tests/security/test_serve_resource.py",
    "lms/tests/security/test_video_watch_enrollment.py",
    "lms/tests/test_coupon_redemption.py",
    "lms/tests/test_utils.py",
]

# Members.vue roleLabels: the roles the list shows, by their label msgids
ROLE_LABELS = {"LMS Student": "Student", "Course Creator": "Instructor",
               "Moderator": "Moderator", "Batch Evaluator": "Evaluator"}

# (file, [(field, msgid)])
FILES = [
    ("members.csv", [("email", "Email"), ("first_name", "First Name"),
                     ("last_name", "Last Name"), ("full_name", "Full Name"),
                     ("roles", "Roles")]),
    ("courses.csv", [("name", "ID"), ("title", "Title"),
                     ("short_introduction", "Short Introduction"), ("category", "Category"),
                     ("tags", "Tags"), ("published", "Published"),
                     ("paid_course", "Paid Course")]),
    ("enrollments.csv", [("member", "Member"), ("member_type", "Member Type"),
                         ("member_name", "Member Name"), ("course", "Course")]),
]

# test_helpers.py _setup_course_flow: the attributes it enrols, as it creates them
FLOW_STUDENTS = ("student1@example.com", "student2@example.com")


def read_po(path):
    """msgid -> msgstr of a gettext catalogue (no context, multi-line strings joined)."""
    out = {}
    msgid = msgstr = ctx = None
    cur = None

    def unq(s):
        return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)

    def flush():
        if msgid is not None and msgstr and ctx is None:
            out[msgid] = msgstr

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("msgctxt "):
                flush()
                msgid, msgstr, ctx, cur = None, None, unq(line[9:-1]), "ctx"
            elif line.startswith("msgid "):
                if cur != "ctx":
                    flush()
                    ctx = None
                msgid, msgstr, cur = unq(line[7:-1]), None, "id"
            elif line.startswith("msgstr "):
                msgstr, cur = unq(line[8:-1]), "str"
            elif line.startswith('"') and cur in ("id", "str"):
                if cur == "id":
                    msgid += unq(line[1:-1])
                else:
                    msgstr += unq(line[1:-1])
            elif not line.strip():
                flush()
                msgid = msgstr = ctx = cur = None
        flush()
    return out


def tree(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as fh:
        return ast.parse(fh.read())


def calls(node, name):
    """Calls of `name` or `self.name`, in source order."""
    found = []
    for n in ast.walk(node):
        if isinstance(n, ast.Call):
            f = n.func
            if (isinstance(f, ast.Name) and f.id == name) or (
                    isinstance(f, ast.Attribute) and f.attr == name):
                found.append(n)
    return sorted(found, key=lambda c: (c.lineno, c.col_offset))


def literal(node):
    try:
        return True, ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError):
        return False, None


def args_of(call, names, defaults):
    """The call's arguments by parameter name, or None if one is not a literal."""
    out = dict(defaults)
    for name, a in zip(names, call.args, strict=False):
        ok, v = literal(a)
        if not ok:
            return None
        out[name] = v
    for kw in call.keywords:
        ok, v = literal(kw.value)
        if not ok:
            return None
        out[kw.arg] = v
    return out


def func(module, name):
    return next(n for n in ast.walk(module) if isinstance(n, ast.FunctionDef) and n.name == name)


def update_dict(fn):
    """The literal keys of the first `x.update({...})` in a function (non-literals skipped;
    a bare name takes the literal the function assigns it, e.g. create_course's title)."""
    names = {}
    for n in ast.walk(fn):
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            ok, val = literal(n.value)
            if ok:
                names[n.targets[0].id] = val
    call = next(c for c in calls(fn, "update") if c.args and isinstance(c.args[0], ast.Dict))
    out = {}
    for k, v in zip(call.args[0].keys, call.args[0].values, strict=True):
        ok, val = literal(v)
        if ok:
            out[k.value] = val
        elif isinstance(v, ast.Name) and v.id in names:
            out[k.value] = names[v.id]
    return out


def slugify(title, used):
    """lms/lms/utils.py slugify (RE_SLUG_NOTALLOWED = [^a-z0-9]+)."""
    slug = re.sub("[^a-z0-9]+", "-", title.lower()).strip("-")
    if slug not in used:
        return slug
    count = 2
    while f"{slug}-{count}" in used:
        count += 1
    return f"{slug}-{count}"


def members(root):
    rows, seen = [], set()

    def add(email, first, last, roles):
        if email in seen:
            return
        seen.add(email)
        roles = list(roles or ["LMS Student"])
        if "LMS Student" not in roles:
            roles.append("LMS Student")  # the User before_insert hook
        rows.append({"email": email, "first_name": first, "last_name": last or "",
                     "full_name": f"{first} {last or ''}".strip(), "roles": roles})

    for c in calls(tree(root, DEMO), "create_user"):
        a = args_of(c, ["email", "first_name", "last_name", "full_name"], {})
        if a:
            add(a["email"], a["first_name"], a.get("last_name"), a.get("roles"))
    for path in TESTS:
        for c in calls(tree(root, path), "_create_user"):
            a = args_of(c, ["email", "first_name", "last_name", "roles"], {})
            if a and all(k in a for k in ("email", "first_name", "last_name")):
                add(a["email"], a["first_name"], a["last_name"], a.get("roles"))
    return rows


def courses(root):
    demo = update_dict(func(tree(root, DEMO), "create_course"))
    helpers = tree(root, HELPERS)
    fn = func(helpers, "_create_course")
    default_title = fn.args.defaults[0].value
    base = update_dict(fn)
    rows, used = [], set()

    def add(fields):
        if any(r["title"] == fields["title"] for r in rows):
            return
        name = slugify(fields["title"], used)
        used.add(name)
        rows.append({"name": name, "title": fields["title"],
                     "short_introduction": fields.get("short_introduction", ""),
                     "category": fields.get("category", ""), "tags": fields.get("tags", ""),
                     "published": fields.get("published", 0),
                     "paid_course": fields.get("paid_course", 0)})

    add(demo)
    for path in TESTS:
        for c in calls(tree(root, path), "_create_course"):
            if c.args:
                ok, title = literal(c.args[0])
            else:
                kw = [k for k in c.keywords if k.arg == "title"]
                ok, title = literal(kw[0].value) if kw else (True, default_title)
            if ok:
                add({**base, "title": title})
    return rows, demo["title"], default_title


def enrollments(root, people, course_rows, demo_title, default_title):
    by_email = {p["email"]: p for p in people}
    slug = {r["title"]: r["name"] for r in course_rows}
    demo = tree(root, DEMO)
    students = [c for c in calls(func(demo, "create_demo_data"), "create_user")]
    demo_emails = [args_of(c, ["email"], {})["email"] for c in students]
    flow = func(tree(root, HELPERS), "_setup_course_flow")
    flow_emails = [args_of(c, ["email"], {})["email"] for c in calls(flow, "_create_user")]
    assert len(calls(func(demo, "create_demo_data"), "enroll_student_in_course")) == 3
    assert len(calls(flow, "_create_enrollment")) == 2
    assert all(e in flow_emails for e in FLOW_STUDENTS)
    rows = []
    for emails, title in ((demo_emails, demo_title), (FLOW_STUDENTS, default_title)):
        for e in emails:
            rows.append({"member": e, "member_type": "Student",
                         "member_name": by_email[e]["full_name"], "course": slug[title]})
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("lms")
    ap.add_argument("out")
    a = ap.parse_args()
    po = {} if a.lang == "en" else read_po(os.path.join(a.lms, "lms", "locale", f"{a.lang}.po"))

    def tr(s):
        return po.get(s, s)

    people = members(a.lms)
    course_rows, demo_title, default_title = courses(a.lms)
    data = {
        "members.csv": [{**p, "roles": ", ".join(tr(ROLE_LABELS[r]) for r in p["roles"]
                                                 if r in ROLE_LABELS)} for p in people],
        "courses.csv": course_rows,
        "enrollments.csv": enrollments(a.lms, people, course_rows, demo_title, default_title),
    }
    os.makedirs(a.out, exist_ok=True)
    for name, fields in FILES:
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([tr(msgid) for _, msgid in fields])
            for row in data[name]:
                w.writerow([row[f] for f, _ in fields])


if __name__ == "__main__":
    main()
