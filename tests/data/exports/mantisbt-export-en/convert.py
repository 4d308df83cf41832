"""MantisBT's CSV export of issues and its project list, headed in its own UI labels.

Built for round U (session 47, keys321). Usage:

    python convert.py --lang en|de|fr|es|it MANTIS OUT

MANTIS: files of GitHub mantisbt/mantisbt at dbfd12b1906244d635ed5079dace7b321382d92d under
their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Issues: the issue records of MantisBT's own REST API Postman collection
  (api/rest/api.postman_collection.json), the example responses it ships: every distinct
  issue object of a "Success" response (three: 0001234 "Sample issue title", 0000001
  "Sample REST issue", 0000001 "This is a test issue" -- two examples from two installations
  share the id 1; both are kept as they are). They are written as csv_export.php writes the
  issue list: the columns of config_defaults_inc.php's $g_csv_columns in that order, each
  headed by core/columns_api.php's column_get_title() (TITLES below: the lang string it asks
  for), the first header 'ID,' written 'Id,' (csv_export.php's SYLK fix), cells as
  core/csv_api.php's csv_format_<column>() writes them: the id padded to
  $g_display_bug_padding digits, the project, category and version by name, users by user
  name ($g_show_realname OFF), enumerations (priority, severity, reproducibility,
  projection, ETA, view state, status, resolution) by their label in the language's
  $s_<enum>_enum_string, dates as $g_short_date_format ('Y-m-d', the date in the offset the
  example was served in). An enumeration an example does not carry (projection, ETA) is
  BugData's default (10: none); a field it does not carry (version, OS, platform...) is
  empty, as BugData's default ''. Rows in the default filter's order: last_updated DESC.
- Projects: MantisBT has no project export; its project list (manage_proj_page.php) shows
  Name, Status, Enabled, View Status and Description. Rows: the projects of the
  collection's "Get all projects" response (mantisbt, Mylyn Connector; their subproject
  SubProject1 is named there with no other field and is left out) and the project the CI
  install script creates (build/ci_post_install.sh: 'Test Project', the project of the
  example issue 0000001 "This is a test issue"; status, enabled and view state its table's
  defaults in admin/schema.php: 10 development, 1, 10 public). Enabled is left out: the list
  shows it as an icon, no text. Sorted by name, ascending (the list's default, natural
  case-insensitive order).
- Labels: lang/strings_<language>.txt ($s_<name>), a string the language lacks falling back
  to English as lang_get() does.
- CSV: MantisBT's own writer: a UTF-8 byte-order mark, $g_csv_separator (','), CRLF after
  every line, a cell quoted (and its '"' doubled) only when it holds '"', the separator,
  CR or LF, or, with $g_csv_injection_protection ON, when it starts with = - + @ (then
  prefixed with a tab). Dates and ids are written unescaped, as csv_api.php does.
"""
import argparse
import json
import os
import re
from datetime import datetime

LANGS = {"en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian"}

# column_get_title(): column -> the lang string it shows (default: the column's own name)
TITLES = {
    "category_id": "category", "handler_id": "assigned_to", "last_updated": "updated",
    "os_build": "os_build", "project_id": "email_project", "reporter_id": "reporter",
    "version": "product_version", "view_state": "view_status",
}
# csv_format_<column>() of an enumeration: column -> the enum's name ($s_<name>_enum_string)
ENUMS = {"priority": "priority", "severity": "severity", "reproducibility": "reproducibility",
         "projection": "projection", "eta": "eta", "view_state": "view_state",
         "status": "status", "resolution": "resolution"}
# BugData's defaults of the enumerations the REST examples may not carry
ENUM_DEFAULTS = {"projection": 10, "eta": 10}
# project list columns shown as text (manage_proj_page.php): field, lang string, enum name
PROJECT_COLUMNS = [("name", "name", None), ("status", "status", "project_status"),
                   ("view_state", "view_status", "project_view_state"),
                   ("description", "description", None)]
# admin/schema.php: mantis_project_table defaults (status 10, view_state 10)
PROJECT_DEFAULTS = {"status": 10, "view_state": 10}


def php_string(text, pos):
    """The PHP string literal at text[pos] (single or double quoted) and the end position."""
    quote = text[pos]
    out = []
    i = pos + 1
    while text[i] != quote:
        ch = text[i]
        if ch == "\\":
            nxt = text[i + 1]
            if quote == "'":
                out.append(nxt if nxt in "'\\" else "\\" + nxt)
            else:
                out.append({"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\",
                            "$": "$"}.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out), i + 1


def read_lang(path):
    """$s_<name> = '...'; assignments of a MantisBT language file (the last one wins)."""
    text = open(path, encoding="utf-8").read()
    out = {}
    for m in re.finditer(r"^\$s_(\w+)\s*=\s*(?=['\"])", text, re.M):
        value, _end = php_string(text, m.end())
        out[m.group(1)] = value
    return out


def read_config(path):
    """The defaults convert.py needs from config_defaults_inc.php."""
    text = open(path, encoding="utf-8").read()
    cols = re.search(r"^\$g_csv_columns\s*=\s*array\((.*?)\);", text, re.M | re.S).group(1)
    conf = {"csv_columns": re.findall(r"'(\w+)'", cols)}
    for name in ("csv_separator", "short_date_format"):
        m = re.search(r"^\$g_" + name + r"\s*=\s*(?=['\"])", text, re.M)
        conf[name] = php_string(text, m.end())[0]
    conf["display_bug_padding"] = int(
        re.search(r"^\$g_display_bug_padding\s*=\s*(\d+);", text, re.M).group(1))
    conf["csv_injection_protection"] = re.search(
        r"^\$g_csv_injection_protection\s*=\s*(\w+);", text, re.M).group(1) == "ON"
    conf["show_realname"] = re.search(
        r"^\$g_show_realname\s*=\s*(\w+);", text, re.M).group(1) == "ON"
    assert conf["short_date_format"] == "Y-m-d" and not conf["show_realname"]
    return conf


def enum_label(strings, english, name, value):
    """get_enum_element(): the language's label, else the English one, else '@value@'."""
    for table in (strings, english):
        for part in table.get(name + "_enum_string", "").split(","):
            key, _sep, label = part.partition(":")
            if key.strip() == str(value):
                return label
    return f"@{value}@"


def postman_responses(collection):
    """(request name, response name, parsed body) of every example response."""
    def walk(items):
        for it in items:
            if "item" in it:
                yield from walk(it["item"])
                continue
            for resp in it.get("response") or []:
                try:
                    body = json.loads(resp.get("body") or "")
                except ValueError:
                    continue
                yield it["name"], resp.get("name") or "", body
    return list(walk(collection["item"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("mantis")
    ap.add_argument("out")
    a = ap.parse_args()
    src = a.mantis
    english = read_lang(os.path.join(src, "lang", "strings_english.txt"))
    strings = {**english,
               **read_lang(os.path.join(src, "lang", f"strings_{LANGS[a.lang]}.txt"))}
    conf = read_config(os.path.join(src, "config_defaults_inc.php"))
    sep, nl = conf["csv_separator"], "\r\n"

    def esc(value):
        value = str(value)
        if conf["csv_injection_protection"] and value and value[0] in "=-+@":
            return '"' + ("\t" + value).replace('"', '""') + '"'
        if any(ch in value for ch in '"' + sep + "\r\n"):
            return '"' + value.replace('"', '""') + '"'
        return value

    with open(os.path.join(src, "api", "rest", "api.postman_collection.json"),
              encoding="utf-8") as fh:
        responses = postman_responses(json.load(fh))

    # issues: every distinct issue object of a Success example, newest update first
    issues, seen = [], set()
    for _req, resp, body in responses:
        if not resp.startswith("Success") or not isinstance(body, dict):
            continue
        for issue in body.get("issues") or ([body["issue"]] if "issue" in body else []):
            ident = json.dumps(issue, sort_keys=True)
            if ident not in seen:
                seen.add(ident)
                issues.append(issue)
    issues.sort(key=lambda i: datetime.fromisoformat(i["updated_at"]), reverse=True)

    def cell(issue, column):
        if column == "id":
            return str(issue["id"]).zfill(conf["display_bug_padding"])
        if column in ("date_submitted", "last_updated"):
            return issue["created_at" if column == "date_submitted" else "updated_at"][:10]
        if column in ENUMS:
            value = (issue.get(column) or {}).get("id", ENUM_DEFAULTS.get(column))
            return esc(enum_label(strings, english, ENUMS[column], value))
        if column in ("project_id", "category_id", "reporter_id", "handler_id"):
            return esc((issue.get(column[:-3]) or {}).get("name", ""))
        if column in ("version", "fixed_in_version", "target_version"):
            return esc((issue.get(column) or {}).get("name", ""))
        return esc(issue.get(column) or "")

    columns = conf["csv_columns"]
    header = sep.join(strings.get(TITLES.get(c, c), c) for c in columns) + nl
    if header.startswith("ID" + sep):  # csv_export.php: Excel's SYLK error
        header = header.replace("ID" + sep, "Id" + sep)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "issues.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\ufeff" + header)
        for issue in issues:
            fh.write(sep.join(cell(issue, c) for c in columns) + nl)

    # projects: the "Get all projects" example's projects and the CI script's Test Project
    projects = []
    for req, resp, body in responses:
        if req == "Get all projects" and resp.startswith("Success"):
            for p in body["projects"]:
                projects.append({"name": p["name"], "status": p["status"]["id"],
                                 "view_state": p["view_state"]["id"],
                                 "description": p["description"]})
    script = open(os.path.join(src, "build", "ci_post_install.sh"), encoding="utf-8").read()
    m = re.search(r"INSERT INTO mantis_project_table\s*\(([^)]*)\)\s*VALUES\s*\(([^)]*)\)",
                  script)
    fields = [f.strip() for f in m.group(1).split(",")]
    values = [v.strip().strip("'") for v in m.group(2).split(",")]
    projects.append({**PROJECT_DEFAULTS, **dict(zip(fields, values, strict=True))})
    projects.sort(key=lambda p: p["name"].casefold())
    with open(os.path.join(a.out, "projects.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\ufeff" + sep.join(strings[label] for _f, label, _e in PROJECT_COLUMNS) + nl)
        for p in projects:
            row = [enum_label(strings, english, e, p[f]) if e else p[f]
                   for f, _l, e in PROJECT_COLUMNS]
            fh.write(sep.join(esc(v) for v in row) + nl)


if __name__ == "__main__":
    main()
