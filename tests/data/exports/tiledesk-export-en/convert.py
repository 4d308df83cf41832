"""Tiledesk's CSV exports of leads (contacts) and requests (conversations), in its own labels.

Built for round Z5 (session 52, keys396). Usage:

    python convert.py --lang en|de|fr|es TD DASH OUT

TD: files of GitHub Tiledesk/tiledesk-server at b70caa428e44347cbda4b7face09cda405643907
under their own paths; DASH: files of GitHub Tiledesk/tiledesk-dashboard at
259e50f3b4ba5fa5992b8f16bb8633ec94ef35ab under their own paths (SOURCE.md lists both).

Rules (nothing here is invented data):
- Rows. requests.csv: the one fixed conversation of test/mock/requestMock.js (the full
  stored document kept in its comment block, of which the exported mock is a subset, same
  ids and dates), with its populated lead and department taken from that document's
  snapshot. leads.csv: that snapshot's lead (every field fixed), then each distinct
  (full name, e-mail) a test under test/ creates with leadService.create /
  createIfNotExists with literal strings, in order of first appearance. For those, fields
  the call does not fix stay empty (their _id, lead_id, id_project and timestamps are made
  at run time); createdBy is the call's 4th argument (the test file's literal `userid`) or
  leadService's "system"; status is the schema default 100 (LeadConstants.NORMAL).
- Columns: GET /leads/csv (routes/lead.js: the lead document without attributes and __v)
  and GET /requests/csv (routes/request.js: without transcript, status, __v; channel,
  department and lead replaced by channel_name, department_name, lead_fullname,
  lead_email; lead, attributes, notes, channelOutbound, location, snapshot deleted), in the
  document's key order, as csv-express writes them (res.csv(rows, true): header = the
  keys). The export heads each column by its field name; here each field is headed by the
  label the dashboard gives it (FIELDS: field, i18n key), translated by the dashboard's
  src/assets/i18n/<lang>.json (a key a language lacks falls back to en.json, the
  dashboard's default language). Fields no dashboard label names (preflight, hasBot,
  participantsBots, assigned_at, smartAssignment) are left out.
- Cells as csv-express 1.2 writes them with Tiledesk's separator ';': numbers bare, every
  other value in double quotes, arrays joined by ',', dates as JavaScript's Date
  toString in UTC, empty for null/undefined. The export translates no value.
"""
import argparse
import json
import os
import re
from datetime import datetime

LANGS = ("en", "de", "fr", "es")
USERID_DEFAULT = "system"

LEAD_FIELDS = [  # (field, i18n key); the snapshot lead's key order
    ("tags", "Tags.Tags"),
    ("status", "Status"),
    ("_id", "ContactId"),
    ("lead_id", "RequestMsgsPage.RequesterId"),
    ("fullname", "userFullname"),
    ("email", "Email"),
    ("id_project", "ProjectId"),
    ("createdBy", "CreatedBy"),
    ("createdAt", "Created"),
    ("updatedAt", "LastUpdated"),
]

REQUEST_FIELDS = [  # the stored request's key order, then the four added by the route
    ("_id", "UserProfile.FaqKbId"),
    ("participants", "CHAT_IONIC.LABEL_MEMBERS"),
    ("priority", "Priority"),
    ("followers", "Followers"),
    ("participantsAgents", "Agents"),
    ("request_id", "RequestMsgsPage.RequestId"),
    ("requester", "RequestMsgsPage.RequesterId"),
    ("first_text", "firstMessage"),
    ("id_project", "ProjectId"),
    ("createdBy", "CreatedBy"),
    ("tags", "Tags.Tags"),
    ("createdAt", "Created"),
    ("updatedAt", "LastUpdated"),
    ("ticket_id", "TicketId"),
    ("channel_name", "MessageChannel"),
    ("department_name", "Department"),
    ("lead_fullname", "RequestMsgsPage.RequesterName"),
    ("lead_email", "RequestMsgsPage.ChatFormUserEmail"),
]


def js_object(text):
    """A JS object literal of the mock (quoted keys, new Date(...)) as a Python dict."""
    text = re.sub(r"new Date\('([^']*)'\)", r'{"$date": "\1"}', text)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    return json.loads(text)


def mock_request(td):
    src = open(os.path.join(td, "test/mock/requestMock.js"), encoding="utf-8").read()
    lines = [ln for ln in src.splitlines() if ln.startswith("// ")]
    start = next(i for i, ln in enumerate(lines) if ln.startswith("// const requestMock"))
    body = "\n".join(ln[3:] for ln in lines[start:])
    body = body[body.index("{"):body.rindex("}") + 1]
    return js_object(body)


def test_leads(td):
    """Distinct literal (fullname, email) leads the tests create, in order of appearance."""
    out, seen = [], set()
    call = re.compile(r'leadService\.(?:create|createIfNotExists)\(\s*"([^"]*)",'
                      r'\s*(?:"([^"]*)"|null),'
                      r'\s*[\w.]+(?:,\s*(\w+))?')
    tdir = os.path.join(td, "test")
    for name in sorted(os.listdir(tdir)):
        if not name.endswith(".js"):
            continue
        text = open(os.path.join(tdir, name), encoding="utf-8").read()
        m = re.search(r'var userid = "([0-9a-f]{24})"', text)
        userid = m.group(1) if m else None
        for c in call.finditer(text):
            fullname, email, by = c.group(1), c.group(2), c.group(3)
            if (fullname, email) in seen:
                continue
            seen.add((fullname, email))
            created_by = USERID_DEFAULT if not by else (userid if by == "userid" else None)
            out.append({"tags": [], "status": 100, "fullname": fullname, "email": email,
                        "createdBy": created_by})
    return out


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return '"%s"' % ("true" if v else "false")
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, dict) and "$date" in v:
        d = datetime.strptime(v["$date"], "%Y-%m-%dT%H:%M:%S.%fZ")
        v = d.strftime("%a %b %d %Y %H:%M:%S") + " GMT+0000 (Coordinated Universal Time)"
    elif isinstance(v, list):
        v = ",".join(str(x) for x in v)
    return '"' + str(v).replace('"', '""') + '"'


def label(i18n, fallback, key):
    for cat in (i18n, fallback):
        o = cat
        for part in key.split("."):
            o = o.get(part) if isinstance(o, dict) else None
        if isinstance(o, str) and o.strip():
            return o.strip()
    raise KeyError(key)


def write(path, fields, rows, i18n, en):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(";".join(label(i18n, en, k) for _, k in fields) + "\r\n")
        for r in rows:
            fh.write(";".join(cell(r.get(f)) for f, _ in fields) + "\r\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("td")
    ap.add_argument("dash")
    ap.add_argument("out")
    a = ap.parse_args()
    cat = os.path.join(a.dash, "src", "assets", "i18n")
    en = json.load(open(os.path.join(cat, "en.json"), encoding="utf-8"))
    i18n = json.load(open(os.path.join(cat, a.lang + ".json"), encoding="utf-8"))
    req = mock_request(a.td)
    snap = req["snapshot"]
    leads = [snap["lead"]] + test_leads(a.td)
    row = dict(req)
    row["channel_name"] = (req.get("channel") or {}).get("name", "")
    row["department_name"] = (snap.get("department") or {}).get("name", "")
    row["lead_fullname"] = snap["lead"].get("fullname", "")
    row["lead_email"] = snap["lead"].get("email", "")
    os.makedirs(a.out, exist_ok=True)
    write(os.path.join(a.out, "leads.csv"), LEAD_FIELDS, leads, i18n, en)
    write(os.path.join(a.out, "requests.csv"), REQUEST_FIELDS, [row], i18n, en)


if __name__ == "__main__":
    main()
