"""listmonk's install-time sample data (``cmd/install.go``) as its tables' CSV export.

Ours. A fresh listmonk install creates two lists, two subscribers (each subscribed to one
list), four templates and one campaign by calling its SQL queries with literal arguments
in ``cmd/install.go``. This script reads those calls (``q.CreateList``,
``q.UpsertSubscriber``, ``q.CreateTemplate``, ``q.SetDefaultTemplate``,
``q.CreateCampaign``) in file order and writes the rows the queries
(``queries/*.sql``) insert, one CSV per table, headers the table's column names
(``schema.sql``):

- literals are taken as written: Go strings (``"..."``, raw ```...```), ``true``/``false``,
  ``nil`` (empty); ``models.X`` constants resolved from ``models/*.go``;
  ``pq.StringArray{"a"}`` / ``pq.Int64Array{1}`` as PostgreSQL writes arrays (``{a}``);
  ``json.RawMessage("[]")`` its text; ``x.ReadBytes()`` the file ``fs.Get`` read (under the
  repository root); ids are the SERIAL values in creation order (1, 2, ...);
- columns the queries fill themselves: ``subscribers.status`` ``enabled``,
  ``templates.is_default`` (true for the one ``SetDefaultTemplate`` names),
  ``campaigns.status`` ``draft`` (the column default), campaign lists in ``campaign_lists``;
- left out: the random ``uuid`` columns (``uuid.NewV4()``) and the ``created_at`` /
  ``updated_at`` times (``NOW()`` at install), which the source does not fix; the
  super-admin user (its name and password come from the installer's environment).

Beside these, ``subs.csv`` is copied as it is: the subscriber import file listmonk's own
end-to-end test (``frontend/cypress/fixtures/subs.csv``) imports into a fresh install.

    python convert.py /path/to/listmonk.git COMMIT OUT
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

CALL = re.compile(r"q\.(CreateList|UpsertSubscriber|CreateTemplate|SetDefaultTemplate|"
                  r"CreateCampaign)\.(Get|Exec)\(")
CONST = re.compile(r'^\s*(\w+)\s*=\s*"([^"]*)"', re.M)
FSGET = re.compile(r'(\w+), err := fs\.Get\("([^"]+)"\)')
PASS = re.compile(r"^\t(install\w+)\(([^)]*)\)$", re.M)  # installSubs(defList, optinList, q)
FUNC = re.compile(r"^func (install\w+)\(([^)]*)\)", re.M)


def parameters(src: str) -> dict[str, str]:
    """Each install function's parameter -> the variable its caller passes (ids flow so)."""
    params = {name: [p.strip().split()[0] for p in ps.split(",")]
              for name, ps in FUNC.findall(src)}
    out: dict[str, str] = {}
    for name, passed in PASS.findall(src):
        for param, arg in zip(params.get(name, []), passed.split(","), strict=False):
            out[param] = arg.strip()
    return out


def git(repo: str, commit: str, path: str) -> str:
    """A file of the commit."""
    return subprocess.run(["git", "--git-dir", repo, "show", f"{commit}:{path}"],
                          check=True, capture_output=True, text=True).stdout


def go_args(text: str, i: int) -> tuple[list[str], int]:
    """The top-level arguments of a call whose ``(`` ends at ``i``, as source text."""
    args, depth, start = [], 0, i
    while True:
        c = text[i]
        if c in "\"`":
            end = text.index(c, i + 1) if c == "`" else _dq_end(text, i)
            i = end + 1
            continue
        if c in "({[":
            depth += 1
        elif c in ")}]":
            if depth == 0:
                args.append(text[start:i].strip())
                return [a for a in args if a], i + 1
            depth -= 1
        elif c == "," and depth == 0:
            args.append(text[start:i].strip())
            start = i + 1
        i += 1


def _dq_end(text: str, i: int) -> int:
    j = i + 1
    while text[j] != '"':
        j += 2 if text[j] == "\\" else 1
    return j


def value(arg: str, consts: dict[str, str], files: dict[str, str], ids: dict[str, int]) -> str:
    """A Go argument's value as the database stores it (text)."""
    if arg.startswith('"'):
        return bytes(arg[1:-1], "utf-8").decode("unicode_escape")
    if arg.startswith("`"):
        return arg[1:-1]
    if arg == "nil":
        return ""
    if arg in ("true", "false"):
        return arg
    if arg.startswith("models."):
        return consts[arg.split(".", 1)[1]]
    if arg.endswith(".ReadBytes()"):
        return files[arg.split(".", 1)[0]]
    m = re.fullmatch(r"pq\.\w+Array\{(.*)\}", arg, re.S)
    if m:
        items = [value(a.strip(), consts, files, ids) for a in m.group(1).split(",")]
        return "{" + ",".join(items) + "}"
    m = re.fullmatch(r"json\.RawMessage\((.*)\)", arg, re.S)
    if m:
        return value(m.group(1), consts, files, ids)
    m = re.fullmatch(r"int64\((\w+)\)", arg)
    if m:
        return str(ids[m.group(1)])
    if arg in ids:
        return str(ids[arg])
    if arg == "emailMsgr":
        return "email"  # cmd/init.go: emailMsgr = "email"
    if re.fullmatch(r"-?\d+", arg):
        return arg
    raise ValueError(f"unknown argument {arg[:60]!r}")


def main(repo: str, commit: str, out: str) -> None:
    """Write lists, subscribers, subscriber_lists, templates, campaigns and subs.csv."""
    src = git(repo, commit, "cmd/install.go")
    consts: dict[str, str] = {}
    for name in ("lists", "subscribers", "templates", "campaigns"):
        consts.update(CONST.findall(git(repo, commit, f"models/{name}.go")))
    files = {var: git(repo, commit, path.lstrip("/")) for var, path in FSGET.findall(src)}
    ids: dict[str, int] = {}
    lists: list[list[str]] = []
    subs: list[list[str]] = []
    sub_lists: list[list[str]] = []
    tpls: list[list[str]] = []
    camps: list[list[str]] = []
    default_tpl = ""
    alias = parameters(src)
    for m in CALL.finditer(src):
        ids.update({p: ids[a] for p, a in alias.items() if a in ids})
        args, _ = go_args(src, m.end())
        if m.group(2) == "Get":  # the first argument receives the new row's id
            dest, args = args[0].lstrip("&"), args[1:]
        else:
            dest = ""
        v = [value(a, consts, files, ids) if not a.startswith("uuid.") else "" for a in args]
        kind = m.group(1)
        if kind == "CreateList":  # uuid, name, type, optin, status, tags, description
            ids[dest] = len(lists) + 1
            lists.append([str(ids[dest])] + v[1:7])
        elif kind == "UpsertSubscriber":  # uuid, email, name, attribs, lists, sub status
            sid = str(len(subs) + 1)
            subs.append([sid, v[1], v[2], v[3], "enabled"])
            for lid in v[4].strip("{}").split(","):
                sub_lists.append([sid, lid, v[5]])
        elif kind == "CreateTemplate":  # name, type, subject, body, body_source
            tid = len(tpls) + 1
            if dest:
                ids[dest] = tid
            tpls.append([str(tid)] + v[0:5])
        elif kind == "SetDefaultTemplate":
            default_tpl = v[0]
        else:  # CreateCampaign: $1..$21 of queries/campaigns.sql create-campaign
            camps.append([str(len(camps) + 1), v[1], v[2], v[3], v[4], v[5], v[6], v[7],
                          v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15], v[16],
                          v[17], v[18], "draft"])
    for t in tpls:
        t.append("true" if t[0] == default_tpl else "false")
    dest_dir = Path(out)
    dest_dir.mkdir(parents=True, exist_ok=True)
    tables = {
        "lists": (["id", "name", "type", "optin", "status", "tags", "description"], lists),
        "subscribers": (["id", "email", "name", "attribs", "status"], subs),
        "subscriber_lists": (["subscriber_id", "list_id", "status"], sub_lists),
        "templates": (["id", "name", "type", "subject", "body", "body_source", "is_default"],
                      tpls),
        "campaigns": (["id", "type", "name", "subject", "from_email", "body", "altbody",
                       "content_type", "send_at", "headers", "attribs", "tags", "messenger",
                       "template_id", "lists", "archive", "archive_slug",
                       "archive_template_id", "archive_meta", "status"], camps),
    }
    for name, (header, rows) in tables.items():
        with (dest_dir / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)
    (dest_dir / "subs.csv").write_text(git(repo, commit, "frontend/cypress/fixtures/subs.csv"),
                                       encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:4])
