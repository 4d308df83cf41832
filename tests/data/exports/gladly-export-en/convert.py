"""Gladly export (en) from the sample records that gladly/rest-api-examples (Gladly's own
REST API examples, ISC) keeps beside its bulk scripts, at 840ab516.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) create-customers/sample-new-customers.csv
(the customers), create-tasks/sample-new-tasks.csv (tasks on those customers),
create-topics/sample-new-topics.csv (conversation topics) and
add-and-update-answers/answers.csv (knowledge-base answers), plus LICENSE.md. These are
Gladly's own CSV layouts for its records (the columns its bulk scripts read and write:
'email:1', 'phone:1', 'customAttribute:attr1', 'dueAt', 'inboxName', 'agentEmail'). Rows
and columns are kept as written (the byte-order mark and trailing blank lines dropped, the
records not changed); the update-* and delete-* samples repeat the same customers and
topics and are not read. Writes customers.csv, tasks.csv, topics.csv, answers.csv and
LICENSE. UTF-8, comma, LF, quoted where needed (Python's csv).
"""
import csv
import io
import os
import subprocess
import sys

COMMIT = "840ab516dae6c291be7f119e83995dddc5ab4c03"

FILES = [
    ("customers.csv", "create-customers/sample-new-customers.csv"),
    ("tasks.csv", "create-tasks/sample-new-tasks.csv"),
    ("topics.csv", "create-topics/sample-new-topics.csv"),
    ("answers.csv", "add-and-update-answers/answers.csv"),
]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    for name, path in FILES:
        text = show(gitdir, path).decode("utf-8-sig")
        rows = [r for r in csv.reader(io.StringIO(text)) if any(c.strip() for c in r)]
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerows(rows)
        print(f"{name}: {len(rows) - 1} rows")
    with open(os.path.join(out, "LICENSE"), "wb") as fh:
        fh.write(show(gitdir, "LICENSE.md"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
