"""beehiiv export (en) from the beehiiv export files that TryGhost/migrate (Ghost's
migration tools, MIT) keeps as its beehiiv importers' test fixtures, at e87efde3.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs)
packages/mg-beehiiv-members/src/test/fixtures/members.csv (beehiiv's subscribers export:
9 subscribers) and packages/mg-beehiiv/src/test/fixtures/posts.csv (beehiiv's posts
export: 2 posts), and copies the repository's LICENSE. Both files are beehiiv's own CSV
exports, headed by beehiiv's own column labels ('First Name', 'Free Tier', 'web_title'):
they are written back as subscribers.csv and posts.csv row for row, every cell as beehiiv
wrote it (the stray spaces around some names kept), through Python's csv: UTF-8, comma,
LF, quoted only where needed.
"""
import csv
import io
import os
import subprocess
import sys

COMMIT = "e87efde3d30f80a3b57c3d34fae476ca609f6894"
FILES = {
    "subscribers.csv": "packages/mg-beehiiv-members/src/test/fixtures/members.csv",
    "posts.csv": "packages/mg-beehiiv/src/test/fixtures/posts.csv",
}


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    for name, path in FILES.items():
        rows = list(csv.reader(io.StringIO(show(gitdir, path), newline="")))
        rows = [r for r in rows if r]
        width = len(rows[0])
        assert all(len(r) == width for r in rows), path
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)
        print(f"{name}: {len(rows) - 1} rows")
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as f:
        f.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
