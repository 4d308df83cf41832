"""Highrise's CSV exports of the records an open-licence Highrise API client records.

Built for round Z11 (session 55, keys438). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub guillermoandrae/php-highrise-api (MIT; a PHP client of
37signals' Highrise API) holding commit 6c75fc7b6452685109cadf953466d71204349c68; files are
read with `git show`.

Rules (nothing here is invented data):
- Rows: the recorded Highrise API responses of tests/data/*.xml (the XML the client's tests
  feed it as Highrise's answers): person.xml (one person, John Doe, with his company 'Doe
  Inc.' of id 5, two phone numbers, one e-mail address, two custom fields and a tag),
  task.xml (one task), case.xml (one case), email.xml (one e-mail) and user.xml (the user of
  id 1, who wrote the task). deal.xml is an empty template (every value blank: no record)
  and account.xml is the account's settings: neither is a row. Values in the '#{...}'
  placeholder form of Highrise's API documentation are no data: left out (blank).
- The fixtures are not all well-formed XML (email.xml closes <collection-id> with
  </subject-id>): they are read element by element with a regular expression.
- Files and columns: Highrise's contacts export ("Export contacts to CSV", people and
  companies filtered apart as the Contacts list does) and its lists of tasks, cases and
  e-mails. Highrise is a hosted program: its exporter is not public and the repository does
  not document the CSV layout; the headers are Highrise's own labels: 'Name', 'First name',
  'Last name', 'Title', 'Company', 'Background', 'LinkedIn URL', '<Kind> - <Location>' for
  each contact datum ('Phone number - Work', 'Email address - Work', 'Address - Work
  Street'...), 'Tags', and each custom field under its own label (subject_field_label).
  A company that a person names is a company record in Highrise (company-id 5): its row
  carries its name. Users' ids are shown as the user's name, as Highrise's lists show them.
- Values: dates and times as Rails writes them ('2007-03-19 22:34:22 UTC'), booleans
  'true'/'false', cells quoted only where needed (Ruby's CSV), CRLF line ends, UTF-8.
"""
import csv
import io
import os
import re
import subprocess
import sys

COMMIT = "6c75fc7b6452685109cadf953466d71204349c68"
DATA = "tests/data/"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def clean(text):
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    return text


def field(xml, tag):
    """The text of the first <tag ...>text</...> (the closing tag as written, any name)."""
    m = re.search(r"<" + re.escape(tag) + r"(?:\s[^>]*)?>([^<]*)</[\w-]+>", xml)
    if not m:
        return ""
    value = m.group(1).strip()
    if value.startswith("#{"):  # a placeholder of the API documentation, no data
        return ""
    return value


def blocks(xml, tag):
    return re.findall(r"<" + tag + r"(?:\s[^>]*)?>(.*?)</" + tag + ">", xml, flags=re.S)


def when(value):
    """A Highrise datetime (ISO, UTC) as Rails' to_s writes it."""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)Z", value)
    return f"{m.group(1)} {m.group(2)} UTC" if m else value


def contact_data(xml):
    out = {}
    for kind, tag, value_tag in (("Phone number", "phone-number", "number"),
                                 ("Email address", "email-address", "address")):
        for b in blocks(xml, tag):
            key = f"{kind} - {field(b, 'location')}"
            out.setdefault(key, field(b, value_tag))
    return out


PEOPLE = ["Name", "First name", "Last name", "Title", "Company", "Background", "LinkedIn URL",
          "Address - Work Street", "Address - Work City", "Address - Work State",
          "Address - Work Zip", "Address - Work Country",
          "Phone number - Work", "Phone number - Mobile", "Phone number - Fax",
          "Phone number - Home", "Email address - Work", "Email address - Home",
          "Web address - Work", "Twitter account - Personal", "Tags"]
COMPANIES = ["Name", "Background", "Address - Work Street", "Address - Work City",
             "Address - Work State", "Address - Work Zip", "Address - Work Country",
             "Phone number - Work", "Phone number - Fax", "Email address - Work",
             "Web address - Work", "Tags"]
TASKS = ["Task", "Category", "Due", "Due at", "About", "Author", "Public", "Created",
         "Updated"]
CASES = ["Name", "Visible to", "Owner", "Created", "Updated", "Closed"]
EMAILS = ["Subject", "Body", "About", "Attachments", "Created", "Updated"]


def write(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow([row.get(h, "") for h in header])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return len(rows)


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    person = clean(show(gitdir, DATA + "person.xml"))
    user = clean(show(gitdir, DATA + "user.xml"))
    task = clean(show(gitdir, DATA + "task.xml"))
    kase = clean(show(gitdir, DATA + "case.xml"))
    email = clean(show(gitdir, DATA + "email.xml"))
    users = {field(user, "id"): field(user, "name")}

    # people: the person, his contact data, tags and custom fields (labels as headers)
    custom = [(field(b, "subject_field_label"), field(b, "value"))
              for b in blocks(person, "subject_data")]
    first, last = field(person, "first-name"), field(person, "last-name")
    p = {"Name": f"{first} {last}".strip(), "First name": first, "Last name": last,
         "Title": field(person, "title"), "Company": field(person, "company-name"),
         "Background": field(person, "background"),
         "LinkedIn URL": field(person, "linkedin-url"),
         "Tags": ", ".join(field(b, "name") for b in blocks(person, "tag"))}
    p.update(contact_data(person))
    p.update(dict(custom))
    counts = {"people.csv": write(os.path.join(out, "people.csv"),
                                  PEOPLE + [label for label, _ in custom], [p])}
    # companies: the company the person works for (company-id 5), by its name
    counts["companies.csv"] = write(os.path.join(out, "companies.csv"), COMPANIES,
                                    [{"Name": field(person, "company-name")}])
    # tasks: body, due frame ('today' -> Highrise's 'Today'), about, owner, public
    frame = field(task, "frame")
    counts["tasks.csv"] = write(os.path.join(out, "tasks.csv"), TASKS, [{
        "Task": field(task, "body"), "Category": field(task, "category-id"),
        "Due": frame.replace("_", " ").capitalize(), "Due at": when(field(task, "due-at")),
        "About": field(task, "subject-name"),
        "Author": users.get(field(task, "author-id"), field(task, "author-id")),
        "Public": field(task, "public"), "Created": when(field(task, "created-at")),
        "Updated": when(field(task, "updated-at"))}])
    counts["cases.csv"] = write(os.path.join(out, "cases.csv"), CASES, [{
        "Name": field(kase, "name"), "Visible to": field(kase, "visible-to"),
        "Owner": users.get(field(kase, "owner-id"), field(kase, "owner-id")),
        "Created": when(field(kase, "created-at")), "Updated": when(field(kase, "updated-at")),
        "Closed": when(field(kase, "closed-at"))}])
    counts["emails.csv"] = write(os.path.join(out, "emails.csv"), EMAILS, [{
        "Subject": field(email, "title"), "Body": field(email, "body"),
        "About": field(email, "subject-name"),
        "Attachments": ", ".join(field(b, "name") for b in blocks(email, "attachment")),
        "Created": when(field(email, "created-at")),
        "Updated": when(field(email, "updated-at"))}])
    for name, n in counts.items():
        print(f"{name}: {n} rows")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
