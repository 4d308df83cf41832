"""Formbricks's organization-members CSV and survey-responses CSV download of its own records.

Built for round Z8 (session 54, keys419). Usage:

    python convert.py --lang en GITDIR OUT

GITDIR: a git directory of GitHub formbricks/formbricks holding commit
b66c1dd978af618a0e402bd3343b456bed68594c (2026-08-22); files are read with `git show`.
Only files outside apps/web/modules/ee (AGPL-3.0) are read for the records; the enterprise
folder (the contacts module and its sample import file) is under the Formbricks Enterprise
licence and is not used.

Rules (nothing here is invented data):
- organization-members.csv: the organization-members CSV Formbricks ships for the members'
  bulk invite (apps/web/public/sample-csv/formbricks-organization-members-template.csv,
  offered by Organization settings > Members > Invite > Bulk invite as the CSV template
  and read back by bulk-invite-tab.tsx: 'Full Name', 'Email Address', 'Organization Role',
  'Teams'), copied byte for byte: 4 members.
- responses.csv: the Responses > Download > CSV file (getResponseDownloadFile in
  apps/web/lib/response/service.ts, getResponsesJson and extractSurveyDetails in
  apps/web/lib/response/utils.ts) of the five fixed responses its own response tests use
  (apps/web/lib/response/tests/__mocks__/data.mock.ts: mockResponses, all of mockSurvey
  'New Survey', created 2024-02-13T11:00:00Z; their meta and ids from the same file and
  tests/constants.ts), on a self-hosted instance without an enterprise licence (no
  'Quotas' column), organisation time zone UTC. Columns: 'No.', 'Response ID',
  'Timestamp', 'Finished', 'Survey ID', 'Formbricks ID (internal)', 'User ID', 'Tags',
  the meta keys of the first response ('source', 'url', 'userAgent - browser', ...), per
  question '<n>. <headline>' and for choice questions '<n>. <headline> - Option ID', then
  'person.<attribute>' per contact attribute of any response. Rows newest first, then by
  id descending (getResponses' order; these five share one timestamp). The survey's
  legacy 'questions' are its elements in order (one per block). Cells: the timestamp as
  getFormattedDateTimeString ('YYYY-MM-DD HH:MM:SS UTC'), finished 'Yes'/'No', tags joined
  by ', ', a multiple choice's labels joined by '; ' (processResponseData), the choice ids
  of the labels joined by ', '; the contact's id and its 'userId' attribute where the
  response has a contact. Written by @json2csv/node 7 (file-conversion.ts convertToCsv):
  every string in double quotes (an empty string too), numbers bare, ',' between cells,
  LF between lines, no line end after the last row, no BOM.
- Language: en only. Both files are headed in English whatever the user's language: the
  response download's headers are literals of service.ts and utils.ts, not looked up in
  apps/web/locales, and the members template is one shipped file.
"""
import argparse
import json
import os
import re
import subprocess

COMMIT = "b66c1dd978af618a0e402bd3343b456bed68594c"
TEMPLATE = "apps/web/public/sample-csv/formbricks-organization-members-template.csv"
MOCKS = "apps/web/lib/response/tests/__mocks__/data.mock.ts"
CONSTANTS = "apps/web/lib/response/tests/constants.ts"
TYPES = "packages/types/surveys/types.ts"
SERVICE = "apps/web/lib/response/service.ts"
UTILS = "apps/web/lib/response/utils.ts"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


class Date(str):
    """`new Date("...")` of a mock: its ISO text."""


class Lit:
    """A small reader of the TypeScript object literals the mocks are written in."""

    TOKEN = re.compile(r'\s*(?:(//[^\n]*)|("(?:[^"\\]|\\.)*")|(\'(?:[^\'\\]|\\.)*\')|'
                       r'(-?\d+(?:\.\d+)?)|([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)|'
                       r'(\.\.\.|[{}\[\]():,]))', re.S)

    def __init__(self, text, env):
        self.toks = []
        pos = 0
        while pos < len(text):
            m = self.TOKEN.match(text, pos)
            if not m or m.end() == pos:
                break
            pos = m.end()
            if m.group(1):
                continue
            if m.group(2) or m.group(3):
                s = m.group(2) or m.group(3)
                self.toks.append(("str", json.loads('"' + s[1:-1].replace('\\\'', "'") + '"')))
            elif m.group(4):
                self.toks.append(("num", float(m.group(4)) if "." in m.group(4)
                                  else int(m.group(4))))
            elif m.group(5):
                self.toks.append(("id", m.group(5)))
            else:
                self.toks.append(("p", m.group(6)))
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("eof", None)

    def take(self, want=None):
        tok = self.peek()
        if want is not None and tok[1] != want:
            raise ValueError(f"expected {want!r}, got {tok!r}")
        self.i += 1
        return tok

    def value(self):
        kind, v = self.take()
        if kind in ("str", "num"):
            return v
        if (kind, v) == ("p", "{"):
            out = {}
            while self.peek()[1] != "}":
                if self.peek()[1] == "...":
                    self.take()
                    out.update(self.value())
                else:
                    key = self.take()[1]
                    self.take(":")
                    out[key] = self.value()
                if self.peek()[1] == ",":
                    self.take()
            self.take("}")
            return out
        if (kind, v) == ("p", "["):
            out = []
            while self.peek()[1] != "]":
                out.append(self.value())
                if self.peek()[1] == ",":
                    self.take()
            self.take("]")
            return out
        if kind == "id":
            if v in ("true", "false", "null", "undefined"):
                return {"true": True, "false": False, "null": None, "undefined": None}[v]
            if v == "new":
                ctor = self.take()[1]
                self.take("(")
                arg = self.value() if self.peek()[1] != ")" else None
                self.take(")")
                assert ctor == "Date"
                return Date(arg) if arg is not None else Date("now")
            if self.peek()[1] == "(":                     # a helper call: f(args)
                self.take("(")
                args = []
                while self.peek()[1] != ")":
                    args.append(self.value())
                    if self.peek()[1] == ",":
                        self.take()
                self.take(")")
                return self.env[v](*args)
            obj = self.env
            for part in v.split("."):
                obj = obj[part]
            return obj
        raise ValueError(f"unexpected {kind} {v!r}")


def consts(ts, env):
    """`export const NAME(: type)? = <literal>` of a file, in order, read where they can be."""
    out = {}
    for m in re.finditer(r"^export const (\w+)(?:\s*:\s*[^=\n]+)?\s*=\s*", ts, re.M):
        start = m.end()
        if ts[start] not in "{[\"'" and not ts[start].isdigit():
            continue
        try:
            out[m.group(1)] = Lit(ts[start:], {**env, **out}).value()
        except (KeyError, ValueError):
            continue
    return out


def enum(ts, name):
    block = ts[ts.index(f"export enum {name} {{"):]
    block = block[:block.index("}")]
    return dict(re.findall(r"(\w+)\s*=\s*\"(\w+)\"", block))


def csv_line(cells):
    """@json2csv's default formatters: strings quoted ("" doubled), numbers bare, None ''."""
    out = []
    for c in cells:
        if c is None:
            out.append("")
        elif isinstance(c, (int, float)):
            out.append(str(c))
        else:
            out.append('"' + c.replace('"', '""') + '"')
    return ",".join(out)


def timestamp(iso):
    """getFormattedDateTimeString(date, 'UTC'): en-CA, 2-digit parts, h23, zone name."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?Z", iso)
    y, mo, d, h, mi, s = m.groups()
    return f"{y}-{mo}-{d} {h}:{mi}:{s} UTC"


def process(value):
    """processResponseData (apps/web/lib/responses.ts)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value if v not in (None, ""))
    if isinstance(value, dict):
        return "\n".join(f"{k}: {v}" for k, v in value.items() if v != "")
    return ""


def choice_ids(value, question):
    """extractChoiceIdsFromResponse for a choice question, language 'default'."""
    if not value:
        return []

    def find(label):
        for c in question["choices"]:
            if c["label"].get("default") == label or label in c["label"].values():
                return c["id"]
        return "other"
    if isinstance(value, list):
        return [find(v) for v in value if v != ""]
    return [find(value)]


def responses(gitdir):
    service = show(gitdir, SERVICE).decode("utf-8")
    utils = show(gitdir, UTILS).decode("utf-8")
    for literal in ('"No.",', '"Response ID",', '"Timestamp",', '"Finished",',
                    '"Survey ID",', '"Formbricks ID (internal)",', '"User ID",', '"Tags",',
                    "`person.${attribute}`"):
        assert literal in service, literal
    assert 'Finished: response.finished ? "Yes" : "No"' in utils
    assert 'key + " - " + subKey' in utils and "- Option ID" in utils

    qtype = enum(show(gitdir, TYPES).decode("utf-8"), "TSurveyQuestionTypeEnum")
    constants = consts(show(gitdir, CONSTANTS).decode("utf-8"), {})
    env = {**constants, "TSurveyQuestionTypeEnum": qtype,
           "mockWelcomeCard": {}}
    mocks = show(gitdir, MOCKS).decode("utf-8")
    # getMockTags(names): each a tag of that name (the helper in the same file)
    assert "const getMockTags = (tags: string[])" in mocks
    env["getMockTags"] = lambda names: [{"tag": {"name": n}} for n in names]
    found = consts(mocks, env)
    rows, survey = found["mockResponses"], found["mockSurvey"]
    assert len(rows) == 5 and survey["name"] == "New Survey"
    # getResponses: newest first, then id descending
    rows = sorted(rows, key=lambda r: (str(r["createdAt"]), r["id"]), reverse=True)

    questions = survey["questions"]
    meta_fields = []
    for key, value in (rows[0]["meta"] or {}).items():
        if isinstance(value, dict):
            meta_fields += [f"{key} - {sub}" for sub in value]
        else:
            meta_fields.append(key)
    heads = []
    for n, q in enumerate(questions, 1):
        headline = f"{n}. {q['headline']['default']}"
        heads.append([headline, f"{headline} - Option ID"] if q["type"] in (
            "multipleChoiceMulti", "multipleChoiceSingle", "ranking") else [headline])
    attributes = list(dict.fromkeys(k for r in rows for k in (r["contactAttributes"] or {})))
    hidden = (survey.get("hiddenFields") or {}).get("fieldIds") or []
    variables = [v["name"] for v in survey.get("variables") or []]
    assert not hidden and not variables and not survey.get("isVerifyEmailEnabled")
    header = ["No.", "Response ID", "Timestamp", "Finished", "Survey ID",
              "Formbricks ID (internal)", "User ID", "Tags", *meta_fields,
              *[h for pair in heads for h in pair], *[f"person.{a}" for a in attributes]]

    out = []
    for idx, r in enumerate(rows, 1):
        contact = r.get("contact")
        user_id = None
        if contact:   # getResponseContact: the contact's 'userId' attribute
            user_id = next((a["value"] for a in contact.get("attributes") or []
                            if a["attributeKey"]["key"] == "userId"), None)
        row = {"No.": idx, "Response ID": r["id"], "Timestamp": timestamp(r["createdAt"]),
               "Finished": "Yes" if r["finished"] else "No", "Survey ID": r["surveyId"],
               "Formbricks ID (internal)": (contact or {}).get("id") or "",
               "User ID": user_id or "",
               "Tags": ", ".join(t["tag"]["name"] for t in r["tags"])}
        for key, value in (r["meta"] or {}).items():
            if isinstance(value, dict):
                row.update({f"{key} - {sub}": v for sub, v in value.items()})
            else:
                row[key] = value
        for q, pair in zip(questions, heads, strict=True):
            answer = r["data"].get(q["id"])
            row[pair[0]] = process(answer)
            if len(pair) > 1:
                row[pair[1]] = ", ".join(choice_ids(answer, q))
        for a in attributes:
            row[f"person.{a}"] = (r["contactAttributes"] or {}).get(a) or ""
        out.append([row.get(h) for h in header])
    return header, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=["en"], required=True)
    ap.add_argument("gitdir")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "organization-members.csv"), "wb") as f:
        f.write(show(a.gitdir, TEMPLATE))
    header, rows = responses(a.gitdir)
    text = "\n".join([csv_line(header)] + [csv_line(r) for r in rows])
    with open(os.path.join(a.out, "responses.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    main()
