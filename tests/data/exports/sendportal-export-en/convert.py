"""Build sendportal-export-<lang>/ from Sendportal's own test records (mettle/sendportal-core).

Usage: python convert.py --lang en|de|lv GIT_DIR OUT_DIR [--commit COMMIT]

GIT_DIR is a clone (or bare git dir) of github.com/mettle/sendportal-core; every file is
read with `git show COMMIT:PATH` (default commit 6e6ce11e18).

- Records: the fixed subscribers and tags Sendportal's own feature tests create or update
  (PATTERNS below; nothing is made up here): the subscriber its CSV-import test imports and
  the subscriber its API update test writes; the tag its web update test renames (with the
  five subscribers the test attaches) and the tag its API update test renames (none attached).
  Ids are the order of the rows (each test starts from an empty database: both would be 1).
- subscribers.csv: SubscribersController::export's columns in its order (id, hash, email,
  first_name, last_name, created_at). The export heads them with those keys; here each is
  headed by the label Sendportal's subscriber form gives the field (__('Email'),
  __('First Name'), __('Last Name')), translated by resources/lang/<lang>.json; 'id' has no
  label and keeps its key. hash (a random UUID) and created_at (the run's clock) are values
  no test fixes: left out.
- tags.csv: the tags list view's columns (resources/views/tags/index.blade.php: Name,
  Subscribers = subscribers_count), labels translated the same way.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import json
import os
import re
import subprocess

COMMIT = "6e6ce11e1882e5516836d283ad55c738a880ce61"
LANGS = ("en", "de", "lv")

SUB_IMPORT = "tests/Feature/Subscribers/SubscribersImportControllerTest.php"
SUB_API = "tests/Feature/API/SubscribersControllerTest.php"
TAG_WEB = "tests/Feature/Tags/TagsControllerTest.php"
TAG_API = "tests/Feature/API/TagsControllerTest.php"


def show(git_dir, commit, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def subscribers(git_dir, commit):
    rows = []
    src = show(git_dir, commit, SUB_IMPORT)
    m = re.search(r"createFakeCsvFile\(\[\s*\['', '([^']+)', '([^']+)', '([^']+)'\]\s*\]\)", src)
    rows.append({"email": m.group(1), "first_name": m.group(2), "last_name": m.group(3)})
    src = show(git_dir, commit, SUB_API)
    m = re.search(r"'first_name' => '([^']+)',\s*'last_name' => '([^']+)',"
                  r"\s*'email' => '([^']+)'", src)
    rows.append({"email": m.group(3), "first_name": m.group(1), "last_name": m.group(2)})
    return rows


def tags(git_dir, commit):
    rows = []
    src = show(git_dir, commit, TAG_WEB)
    m = re.search(r"Subscriber::factory\(\)->count\((\d+)\)->create\((?:(?!@test).)*?"
                  r"->attach\(\$subscribers\)(?:(?!@test).)*?'name' => '([^']+)'", src, re.S)
    rows.append({"name": m.group(2), "subscribers_count": m.group(1)})
    src = show(git_dir, commit, TAG_API)
    body = src[src.index("function a_tag_can_be_updated"):]
    m = re.search(r"\$tag = \$this->createTag\(\);(?:(?!@test).)*?'name' => '([^']+)'", body, re.S)
    rows.append({"name": m.group(1), "subscribers_count": "0"})
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("--commit", default=COMMIT)
    ap.add_argument("git_dir")
    ap.add_argument("out")
    a = ap.parse_args()
    labels = json.loads(show(a.git_dir, a.commit, f"resources/lang/{a.lang}.json"))

    def t(msgid):
        return labels.get(msgid) or msgid

    os.makedirs(a.out, exist_ok=True)
    subs = subscribers(a.git_dir, a.commit)
    files = [
        ("subscribers.csv", [("id", None), ("email", "Email"), ("first_name", "First Name"),
                             ("last_name", "Last Name")],
         [dict(r, id=str(i)) for i, r in enumerate(subs, 1)]),
        ("tags.csv", [("name", "Name"), ("subscribers_count", "Subscribers")],
         tags(a.git_dir, a.commit)),
    ]
    for name, cols, rows in files:
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\r\n")
            w.writerow([t(msgid) if msgid else field for field, msgid in cols])
            for r in rows:
                w.writerow([r[field] for field, _ in cols])
    with open(os.path.join(a.out, "LICENSE"), "w", encoding="utf-8") as fh:
        fh.write(show(a.git_dir, a.commit, "LICENSE"))


if __name__ == "__main__":
    main()
