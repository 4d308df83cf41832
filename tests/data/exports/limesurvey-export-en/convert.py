"""LimeSurvey's survey participants, central participant database and users CSV exports of the
records its own test suite imports and writes.

Built for round Z8 (session 54, keys427). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub jack-han-115/limesurvey-cloud holding commit
59a9c69817b6047baa974bb027d595e036a08564, whose folder dbversion-600/ holds the tree of
LimeSurvey 6.1.8 (application/config/version.php: versionnumber '6.1.8', dbversionnumber
609) with its test suite and its test data. LimeSurvey's own repository (LimeSurvey/LimeSurvey,
1.34 GB) is too large to fetch here, and its survey archives (.lsa, zip files) are binary, so
they cannot be read through the public index either. Files are read with `git show`.

Rules (nothing here is invented data):
- Survey participants ("tokens"): three survey archives of LimeSurvey's test data
  (tests/data/surveys/*.lsa, each a zip holding the survey (.lss), its responses (.lsr) and
  its participant table (.lst)), as its unit tests import them (importSurvey keeps the
  archive's survey id):
  * limesurvey_survey_InviteParticipantsTest.lsa: survey 453951 'Test invite_participants',
    five participants (InviteParticipantsTest);
  * survey_archive_getParticipantPropertiesTest.lsa: survey 147472 'Test
    get_participant_properties', two participants with two attributes, the second encrypted
    in the database (GetParticipantPropertiesTest: the export decrypts it);
  * survey_export_responses_with_tokens.lsa: survey 625219 'Test', two participants who
    completed the survey (RemoteControlExportResponsesTest).
  Written as application/helpers/export_helper.php tokensExport() writes them with the
  export dialog's defaults (every participant, by tid): UTF-8 with a BOM, the fixed header
  'tid,firstname,lastname,email,emailstatus,token,language,validfrom,validuntil,invited,
  reminded,remindercount,completed,usesleft' (machine names: the export does not translate
  them), then for each attribute ', attribute_N <description>' (the survey's own attribute
  description, commas made spaces; note the space after the comma), every cell in double
  quotes (only names double their quotes), validfrom / validuntil as 'Y-m-d H:i', LF line
  ends; the file name tokens_<survey id>.csv.
- Central participant database: tests/unit/helpers/remotecontrol/CPDImportParticpantsTest.php
  testParticipantUpdatedSuccessfullyWhenUpdateTrue(): the attribute 'website' (named
  'Webseite' in the admin language 'de') and the participant 'max' (Max Mustermann,
  max.mustermann@example.com, de), imported by the remote control's cpd_importParticipants as
  the user admin (uid 1: the owner) and updated by the second record (not blacklisted, website
  http://www.example.org). Written as ParticipantsAction::csvExport() and CPDBExport() write
  them with that attribute chosen: UTF-8 with a BOM, the fixed header 'participant_id,
  firstname,lastname,email,language,blacklisted,owner_uid' plus the attribute's name, rows by
  PHP's fputcsv (quotes only where needed), LF line ends; the file name central_<time()>.csv.
- Users: the test database's administrator, created by the CI's install command
  (tests/data/travis/travis_setup.sh: 'console.php install admin password TravisLS
  no@email.com', application/commands/InstallCommand.php: language 'auto', uid 1), and the
  user UserManagementTest::setupBeforeClass() saves from tests/data/datasets/userdata.php's
  'new_user_data' (uid 2 on a fresh database; the User model's language 'auto'). Written as
  UserManagementController::actionExportUser('csv') writes them: UTF-8 with a BOM, fputcsv
  with ';' and '"', the header 'uid;users_name;full_name;email;lang;password', the password
  always empty; the file name userExport.csv.
- "Now" (the central export's file name) is fixed at the commit's time, 2023-08-10 16:33:33
  UTC (1691685213), so a rerun gives the same bytes.
"""
import argparse
import io
import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
import zipfile

COMMIT = "59a9c69817b6047baa974bb027d595e036a08564"
TREE = "dbversion-600/"
NOW = 1691685213
SURVEYS = [
    "tests/data/surveys/limesurvey_survey_InviteParticipantsTest.lsa",
    "tests/data/surveys/survey_archive_getParticipantPropertiesTest.lsa",
    "tests/data/surveys/survey_export_responses_with_tokens.lsa",
]
EXPORT_HELPER = "application/helpers/export_helper.php"
PARTICIPANTS_ACTION = "application/controllers/admin/ParticipantsAction.php"
USER_MANAGEMENT = "application/controllers/UserManagementController.php"
INSTALL = "application/commands/InstallCommand.php"
CPDB_TEST = "tests/unit/helpers/remotecontrol/CPDImportParticpantsTest.php"
USERDATA = "tests/data/datasets/userdata.php"
USER_TEST = "tests/unit/controllers/UserManagementTest.php"
CI_SETUP = "tests/data/travis/travis_setup.sh"
TOKEN_HEADER = ("tid,firstname,lastname,email,emailstatus,token,language,validfrom,validuntil,"
                "invited,reminded,remindercount,completed,usesleft")
BOM = "\ufeff"


def show(gitdir, path, binary=False):
    out = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{TREE}{path}"],
                         check=True, capture_output=True).stdout
    return out if binary else out.decode("utf-8")


def fputcsv(fields, sep):
    """PHP's fputcsv: a field is quoted when it holds the separator, a quote, a backslash,
    a line break, a tab or a space; quotes inside are doubled; LF ends the line."""
    out = []
    for v in fields:
        v = "" if v is None else str(v)
        if any(c in v for c in (sep, '"', "\\", "\n", "\r", "\t", " ")):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return sep.join(out) + "\n"


def survey(gitdir, path):
    """(survey id, attribute descriptions, token rows) of one survey archive."""
    z = zipfile.ZipFile(io.BytesIO(show(gitdir, path, binary=True)))
    lss = next(n for n in z.namelist() if n.endswith(".lss"))
    lst = next(n for n in z.namelist() if n.endswith("_tokens.lst"))
    sroot = ET.fromstring(z.read(lss))
    srow = sroot.find("./surveys/rows/row")
    sid = srow.findtext("sid")
    descr = json.loads(srow.findtext("attributedescriptions") or "{}")
    troot = ET.fromstring(z.read(lst))
    fields = [f.text for f in troot.findall("./tokens/fields/fieldname")]
    rows = []
    for r in troot.findall("./tokens/rows/row"):
        rows.append({f: (r.findtext(f) or "") for f in fields})
    attrs = sorted((f for f in fields if f.startswith("attribute_")),
                   key=lambda a: int(a.split("_")[1]))
    return sid, descr, sorted(rows, key=lambda r: int(r["tid"])), attrs


def minutes(v):
    """Date_Time_Converter 'Y-m-d H:i:s' -> 'Y-m-d H:i'."""
    return v[:16] if v.strip() else v


def tokens_csv(sid, descr, rows, attrs):
    head = TOKEN_HEADER
    for a in attrs:
        head += f", {a}"
        if a in descr:
            head += " <" + str(descr[a].get("description", "")).replace(",", " ") + ">"
    lines = [BOM + head + "\n"]
    for r in rows:
        cells = ['"' + r["tid"].strip() + '"',
                 '"' + r["firstname"].strip().replace('"', '""') + '"',
                 '"' + r["lastname"].strip().replace('"', '""') + '"',
                 '"' + r["email"].strip() + '"',
                 '"' + r["emailstatus"].strip() + '"',
                 '"' + r["token"].strip() + '"',
                 '"' + r["language"].strip() + '"',
                 '"' + minutes(r["validfrom"]).strip() + '"',
                 '"' + minutes(r["validuntil"]).strip() + '"',
                 '"' + r["sent"].strip() + '"',
                 '"' + r["remindersent"].strip() + '"',
                 '"' + r["remindercount"].strip() + '"',
                 '"' + r["completed"].strip() + '"',
                 '"' + r["usesleft"].strip() + '"']
        cells += ['"' + r[a].strip().replace('"', '""') + '"' for a in attrs]
        lines.append(",".join(cells) + "\n")
    return "".join(lines), len(rows)


def php_array(block, name):
    """A literal PHP array(...) / [...] of 'key' => 'value' pairs named NAME in BLOCK."""
    m = re.search(r'"' + name + r'"\s*=>\s*\[(.*?)\]', block, re.S)
    return dict(re.findall(r'"(\w+)"\s*=>\s*(?:"([^"]*)"|\'[^\']*\')', m.group(1)))


def cpdb(gitdir):
    test = show(gitdir, CPDB_TEST)
    body = test[test.index("function testParticipantUpdatedSuccessfullyWhenUpdateTrue"):]
    body = body[:body.index("\n    }\n")]
    attr = dict(re.findall(r"'(\w+)'\s*=>\s*'([^']*)'",
                           body[body.index("storeAttribute("):body.index("$participants")]))
    recs = [dict(re.findall(r"'(\w+)'\s*=>\s*'([^']*)'", b))
            for b in re.findall(r"array\(\s*\n(\s*'(?:participant_)?id'.*?)\)", body, re.S)]
    assert len(recs) == 2 and "cpd_importParticipants($sessionKey, $participants, true)" in body
    assert "session['adminlang'] = 'de'" in body  # the attribute's name is the 'de' one
    first, update = recs
    p = dict(first)
    # the second record names the same participant by 'id': the update writes its values
    p.update({k: v for k, v in update.items() if k != "id"})
    p["blacklisted"] = "Y" if p.get("blacklisted") == "Y" else "N"
    action = show(gitdir, PARTICIPANTS_ACTION)
    fields = re.search(r"\$fields = array\(([^)]*)\);", action).group(1)
    header = re.findall(r"'(\w+)'", fields)
    assert header == ["participant_id", "firstname", "lastname", "email", "language",
                      "blacklisted", "owner_uid"], header
    header.append(attr["attribute_name"])
    row = [p["participant_id"], p["firstname"], p["lastname"], p["email"], p["language"],
           p["blacklisted"], 1, p[attr["defaultname"]]]
    return BOM + fputcsv(header, ",") + fputcsv(row, ","), 1


def users(gitdir):
    ci = show(gitdir, CI_SETUP)
    m = re.search(r"console\.php install (\S+) (\S+) (\S+) (\S+)", ci)
    admin_name, _pw, admin_full, admin_email = m.groups()
    assert "'lang' => 'auto'" in show(gitdir, INSTALL)
    new = php_array(show(gitdir, USERDATA), "new_user_data")
    assert "$oUser->setAttributes($aDataSet['new_user_data'])" in show(gitdir, USER_TEST)
    ctl = show(gitdir, USER_MANAGEMENT)
    header = re.findall(r"'(\w+)'", re.search(r"\$header = array\(([^)]*)\);", ctl).group(1))
    assert header == ["uid", "users_name", "full_name", "email", "lang", "password"], header
    rows = [[1, admin_name, admin_full, admin_email, "auto", ""],
            [2, new["users_name"], new["full_name"], new["email"], "auto", ""]]
    return BOM + fputcsv(header, ";") + "".join(fputcsv(r, ";") for r in rows), len(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    assert TOKEN_HEADER in show(a.gitdir, EXPORT_HELPER)
    written = []
    for path in SURVEYS:
        sid, descr, rows, attrs = survey(a.gitdir, path)
        text, n = tokens_csv(sid, descr, rows, attrs)
        written.append((f"tokens_{sid}.csv", text, n))
    text, n = cpdb(a.gitdir)
    written.append((f"central_{NOW}.csv", text, n))
    text, n = users(a.gitdir)
    written.append(("userExport.csv", text, n))
    for name, text, n in written:
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        print(f"{name}: {n} rows")


if __name__ == "__main__":
    main()
