"""Build Documenso's held-out exports (documenso-export-<lang>) from its own seed records.

Documenso (documenso/documenso, AGPL-3.0) ships no CSV export; each file is one of its list
views or forms rendered as a CSV, with the columns and labels of its React tables and the
msgstrs of its Lingui catalogues. The records are those of its development seed
(packages/prisma/seed/initial-seed.ts): two users and the documents they send each other.
Nothing is invented: every name, e-mail, title and status is parsed from the seed source.

Usage: convert.py --lang en|de|fr|es [--git-dir DIR] [--commit SHA] [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import subprocess
from pathlib import Path

GIT_DIR = "/work/.mirror/documenso+documenso/repo"
COMMIT = "75330166cc00b29c14399bc2e391e4b4d8080c00"
SEED = "packages/prisma/seed/initial-seed.ts"
TABLES = {
    "documents": "apps/remix/app/components/tables/documents-table.tsx",
    "users": "apps/remix/app/components/tables/admin-dashboard-users-table.tsx",
    "recipients": "apps/remix/app/components/tables/admin-document-recipient-item-table.tsx",
    "status": "apps/remix/app/components/general/document/document-status.tsx",
}
LANGS = {"en": "en", "de": "de", "fr": "fr", "es": "es"}
# msgids of each file's columns (the tables' `_(msg`...`)` headers / the form's <Trans> labels)
COLUMNS = {
    "documents": ["Created", "Title", "Sender", "Recipient", "Status"],
    "recipients": ["Name", "Email", "Role"],
    "users": ["ID", "Name", "Email", "Roles", "Documents"],
}
STATUS_MSGID = {"DRAFT": "Draft", "PENDING": "Pending", "COMPLETED": "Completed"}
ROLE_MSGID = {"SIGNER": "Signer"}


def show(git_dir: str, commit: str, path: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    ).stdout


def po_catalogue(text: str) -> dict[str, str]:
    """Single-line msgid/msgstr pairs of a Lingui .po catalogue (enough for short labels)."""
    out: dict[str, str] = {}
    for m in re.finditer(r'^msgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"$', text, re.M):
        out[m.group(1)] = m.group(2)
    return out


def parse_seed(src: str) -> tuple[list[dict], list[dict]]:
    """Users and DOCUMENT-type envelopes of seedDatabase(), in creation order."""
    users: dict[str, dict] = {}
    for m in re.finditer(
        r"const (\w+) = await seedUser\(\{\s*name: '([^']+)',"
        r"\s*email: '([^']+)',(\s*isAdmin: true,)?",
        src,
    ):
        users[m.group(1)] = {
            "name": m.group(2),
            "email": m.group(3),
            "roles": ["USER", "ADMIN"] if m.group(4) else ["USER"],  # seedUser's roles
        }
    for i, u in enumerate(users.values(), start=1):
        u["id"] = i  # autoincrement ids in creation order (a fresh database)
    body = src[src.index("export const seedDatabase") :]
    body = body[: body.index("\nexport const ", 10)]
    docs: list[dict] = []
    # the two loops of prisma.envelope.create (status: the schema's default, DRAFT)
    for m in re.finditer(r"for \(let i = 1; i <= (\d+); i\+\+\) \{(.*?)\n  \}\n", body, re.S):
        block = m.group(2)
        title = re.search(r"title: `([^`]*)\$\{i\}`", block).group(1)
        owner = re.search(r"userId: (\w+)\.user\.id", block).group(1)
        rcpt = re.search(r"name: String\((\w+)\.user\.name\)", block).group(1)
        for i in range(1, int(m.group(1)) + 1):
            docs.append(
                {"title": f"{title}{i}", "owner": owner, "recipient": rcpt, "status": "DRAFT"}
            )
    for m in re.finditer(
        r"seedPendingDocument\((\w+)\.user, \w+\.team\.id, \[(\w+)\.user\],.*?title: '([^']+)'",
        body,
        re.S,
    ):
        docs.append(
            {"title": m.group(3), "owner": m.group(1), "recipient": m.group(2), "status": "PENDING"}
        )
    for m in re.finditer(r"seed(Overflow|Alignment)TestDocument\(\{(.*?)\}\)", body, re.S):
        args = m.group(2)
        if "EnvelopeType.TEMPLATE" in args:
            continue  # templates are not in the documents list
        title = re.search(r"title: '([^']+)'", args)
        docs.append(
            {
                "title": title.group(1)
                if title
                else ("Overflow Test" if m.group(1) == "Overflow" else "Envelope Full Field Test"),
                "owner": re.search(r"userId: (\w+)\.user\.id", args).group(1),
                "recipient": re.search(r"recipientName: (\w+)\.user\.name", args).group(1),
                "status": re.search(r"status: DocumentStatus\.(\w+)", args).group(1),
            }
        )
    for d in docs:
        d["owner"] = users[d["owner"]]
        d["recipient"] = users[d["recipient"]]
    return list(users.values()), docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("--git-dir", default=GIT_DIR)
    ap.add_argument("--commit", default=COMMIT)
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    here = Path(__file__).resolve().parent
    out = Path(a.out) if a.out else here.parent / f"documenso-export-{a.lang}"
    out.mkdir(parents=True, exist_ok=True)
    for path in TABLES.values():  # the labels' msgids must still be there
        text = show(a.git_dir, a.commit, path).decode()
        assert "msg`" in text or "<Trans>" in text, path
    po = po_catalogue(
        show(a.git_dir, a.commit, f"packages/lib/translations/{LANGS[a.lang]}/web.po").decode()
    )

    def t(msgid: str) -> str:
        return po.get(msgid) or msgid

    users, docs = parse_seed(show(a.git_dir, a.commit, SEED).decode())
    rows = {
        # Created: the seed run's time (createdAt now()), not fixed by the seed: left empty
        "documents": [
            [
                "",
                d["title"],
                d["owner"]["name"],
                d["recipient"]["name"],
                t(STATUS_MSGID[d["status"]]),
            ]
            for d in docs
        ],
        # one recipient per document (role: the schema's default, SIGNER)
        "recipients": [
            [d["recipient"]["name"], d["recipient"]["email"], t(ROLE_MSGID["SIGNER"])] for d in docs
        ],
        "users": [
            [
                str(u["id"]),
                u["name"],
                u["email"],
                ", ".join(u["roles"]),
                str(sum(1 for d in docs if d["owner"] is u)),
            ]
            for u in users
        ],
    }
    (out / "LICENSE").write_bytes(show(a.git_dir, a.commit, "LICENSE"))
    for name, body in rows.items():
        p = out / f"{name}.csv"
        with p.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow([t(c) for c in COLUMNS[name]])
            w.writerows(body)
        print(hashlib.sha256(p.read_bytes()).hexdigest(), p.name, len(body), "rows")


if __name__ == "__main__":
    main()
