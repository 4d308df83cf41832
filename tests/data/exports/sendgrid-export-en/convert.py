"""Twilio SendGrid's own fixed records (the example values of its OpenAPI specification) as
SendGrid's exports write them.

Built for round Z17 (session 57, keys457). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub twilio/sendgrid-oai (SendGrid's OpenAPI specification,
MIT) holding commit dbe0e0d2e67a0c3c55b222d54df2acda2b9027a7; files are read with `git show`.

Rules (nothing here is invented data):
- Rows: the `example` / `examples` values the specification gives for the responses of
  the Marketing Campaigns contacts, lists, segments and single sends, the teammates,
  the sender identities (verified senders and the marketing senders' Sender schema) and
  the suppressions (bounces, blocks, spam reports, invalid e-mails, global unsubscribes,
  group unsubscribes, unsubscribe groups), in the order SOURCES names them; a record met
  twice (same id) is written once, as first met.
- contacts.csv: the Marketing Campaigns contacts export's documented columns, in its order
  (EMAIL, FIRST_NAME, LAST_NAME, ADDRESS_LINE_1, ADDRESS_LINE_2, CITY,
  STATE_PROVINCE_REGION, POSTAL_CODE, COUNTRY, ALTERNATE_EMAILS, PHONE_NUMBER, WHATSAPP,
  LINE, FACEBOOK, UNIQUE_NAME, CREATED_AT, UPDATED_AT, CONTACT_ID), then the custom fields
  under their own names in first-met order; alternate e-mails joined by ','.
- The other files (SendGrid's UI lists them, its API returns them; no documented CSV
  layout): the API field names in words ('ID', 'Name', 'Contact Count', 'From Email',
  'Reply To', 'User Type', 'Is Admin'...), in the API's order. Values as the API returns them:
  ISO 8601 timestamps as given, Unix timestamps as ISO 8601 UTC ('2015-09-30T22:12:34Z'),
  booleans true/false, several ids or categories joined by ','. CSV as Python's csv module
  writes it (',' delimiter, '"' only where needed, CR LF), UTF-8.
"""
import csv
import datetime
import json
import os
import subprocess
import sys

COMMIT = "dbe0e0d2e67a0c3c55b222d54df2acda2b9027a7"
J = "application/json"

CONTACT_COLUMNS = ["EMAIL", "FIRST_NAME", "LAST_NAME", "ADDRESS_LINE_1", "ADDRESS_LINE_2",
                   "CITY", "STATE_PROVINCE_REGION", "POSTAL_CODE", "COUNTRY",
                   "ALTERNATE_EMAILS", "PHONE_NUMBER", "WHATSAPP", "LINE", "FACEBOOK",
                   "UNIQUE_NAME", "CREATED_AT", "UPDATED_AT", "CONTACT_ID"]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def spec(gitdir, name):
    return json.loads(show(gitdir, f"spec/json/tsg_{name}_v3.json"))


def response(doc, path, method, status):
    """The value of an operation's response example."""
    c = doc["paths"][path][method]["responses"][status]["content"][J]
    if "examples" in c:
        return c["examples"]["response"]["value"]
    return c.get("example", c.get("schema", {}).get("example"))


def ts(v):
    if v in (None, ""):
        return ""
    if isinstance(v, int):
        return datetime.datetime.fromtimestamp(v, datetime.timezone.utc).strftime(
            "%Y-%m-%dT%H:%M:%SZ")
    return str(v)


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return ",".join(str(x) for x in v)
    return str(v)


def first_met(records, key):
    out, seen = [], set()
    for r in records:
        k = r[key] if isinstance(key, str) else key(r)
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    return out


def write(out, name, header, rows):
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow([cell(v) for v in r])


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    contacts = spec(gitdir, "mc_contacts")
    lists = spec(gitdir, "mc_lists")
    segments = spec(gitdir, "mc_segments")
    singlesends = spec(gitdir, "mc_singlesends")
    teammates = spec(gitdir, "teammates")
    verified = spec(gitdir, "verified_senders")
    senders = spec(gitdir, "mc_senders")
    supp = spec(gitdir, "suppressions")

    # contacts: the search responses, then the contacts sampled in the segment examples
    found = []
    for path in ("/v3/marketing/contacts/search/emails",):
        for v in response(contacts, path, "post", "200")["result"].values():
            if "contact" in v:
                found.append(v["contact"])
    seg_one = response(segments, "/v3/marketing/segments/{segment_id}", "get", "200")
    full = segments["components"]["schemas"]["FullSegment"]["example"]
    found += seg_one["contacts_sample"] + full["contacts_sample"]
    found = first_met(found, "id")
    custom = []
    for c in found:
        for k in c.get("custom_fields") or {}:
            if k not in custom:
                custom.append(k)
    rows = []
    for c in found:
        r = [c.get(col.lower(), "") for col in CONTACT_COLUMNS[:-1]] + [c["id"]]
        rows.append(r + [(c.get("custom_fields") or {}).get(k, "") for k in custom])
    write(out, "contacts.csv", CONTACT_COLUMNS + custom, rows)

    # lists
    recs = response(lists, "/v3/marketing/lists", "get", "200")["result"]
    recs += [response(lists, "/v3/marketing/lists/{id}", "get", "200"),
             response(lists, "/v3/marketing/lists", "post", "201"),
             response(lists, "/v3/marketing/lists/{id}", "patch", "200")]
    write(out, "lists.csv", ["ID", "Name", "Contact Count"],
          [[r["id"], r["name"], r["contact_count"]] for r in first_met(recs, "id")])

    # segments
    recs = response(segments, "/v3/marketing/segments", "get", "200")["results"]
    recs += [seg_one, full]
    write(out, "segments.csv",
          ["ID", "Name", "Parent List ID", "Contacts Count", "Created At", "Updated At",
           "Sample Updated At", "Query DSL"],
          [[r["id"], r.get("name", ""), r.get("parent_list_id", ""), r["contacts_count"],
            r["created_at"], r["updated_at"], r["sample_updated_at"], r.get("query_dsl", "")]
           for r in first_met(recs, "id")])

    # single sends
    recs = response(singlesends, "/v3/marketing/singlesends/search", "post", "200")["result"]
    recs += [response(singlesends, "/v3/marketing/singlesends", "post", "201"),
             response(singlesends, "/v3/marketing/singlesends/{id}", "get", "200")]
    rows = []
    for r in first_met(recs, "id"):
        ec, to = r.get("email_config") or {}, r.get("send_to") or {}
        rows.append([r["id"], r["name"], r["status"], r.get("categories", []),
                     r.get("send_at", ""), r["created_at"], r.get("updated_at", ""),
                     r.get("is_abtest", ""), ec.get("subject", ""), ec.get("sender_id"),
                     ec.get("suppression_group_id"), to.get("list_ids", []),
                     to.get("segment_ids", []), to.get("all", "")])
    write(out, "single_sends.csv",
          ["ID", "Name", "Status", "Categories", "Send At", "Created At", "Updated At",
           "Is AB Test", "Subject", "Sender ID", "Suppression Group ID", "List IDs",
           "Segment IDs", "Send To All"], rows)

    # sender identities: the verified senders, then the marketing senders' Sender example
    recs = response(verified, "/v3/verified_senders", "get", "200")["results"]
    recs += [response(verified, "/v3/verified_senders", "post", "201")]
    s = senders["components"]["schemas"]["Sender"]["example"]
    rows = [[r["id"], r["nickname"], r["from_name"], r["from_email"], r["reply_to_name"],
             r["reply_to"], r["address"], r["address2"], r["city"], r["state"], r["zip"],
             r["country"], r["verified"], r["locked"], "", ""]
            for r in first_met(recs, "id")]
    rows.append([s["id"], s["nickname"], s["from"]["name"], s["from"]["email"],
                 s["reply_to"]["name"], s["reply_to"]["email"], s["address"], s["address_2"],
                 s["city"], s["state"], s["zip"], s["country"], s["verified"], s["locked"],
                 ts(s["created_at"]), ts(s["updated_at"])])
    write(out, "senders.csv",
          ["ID", "Nickname", "From Name", "From Email", "Reply To Name", "Reply To",
           "Address", "Address 2", "City", "State", "Zip", "Country", "Verified", "Locked",
           "Created At", "Updated At"], rows)

    # teammates
    recs = response(teammates, "/v3/teammates", "get", "200")["results"]
    recs += [response(teammates, "/v3/teammates/{username}", "get", "200")]
    write(out, "teammates.csv",
          ["Username", "Email", "First Name", "Last Name", "User Type", "Is Admin", "Phone",
           "Website", "Company", "Address", "Address 2", "City", "State", "Country", "Zip"],
          [[r["username"], r["email"], r["first_name"], r["last_name"], r["user_type"],
            r["is_admin"], r["phone"], r["website"], r["company"], r["address"],
            r["address2"], r["city"], r["state"], r["country"], r["zip"]]
           for r in first_met(recs, "username")])

    # suppressions: each list, then the single-address lookups (a row met twice is one row)
    def both(path):
        return (response(supp, path, "get", "200")
                + response(supp, path + "/{email}", "get", "200"))

    def key(r):
        return json.dumps(r, sort_keys=True)

    for name, path, fields in (
            ("bounces.csv", "/v3/suppression/bounces", ["created", "email", "reason", "status"]),
            ("blocks.csv", "/v3/suppression/blocks", ["created", "email", "reason", "status"]),
            ("spam_reports.csv", "/v3/suppression/spam_reports", ["created", "email", "ip"]),
            ("invalid_emails.csv", "/v3/suppression/invalid_emails",
             ["created", "email", "reason"])):
        write(out, name, [{"ip": "IP"}.get(f, f.capitalize()) for f in fields],
              [[ts(r[f]) if f == "created" else r[f] for f in fields]
               for r in first_met(both(path), key)])
    recs = response(supp, "/v3/suppression/unsubscribes", "get", "200")
    write(out, "global_unsubscribes.csv", ["Created", "Email"],
          [[ts(r["created"]), r["email"]] for r in first_met(recs, key)])
    recs = response(supp, "/v3/asm/suppressions", "get", "200")
    write(out, "group_unsubscribes.csv", ["Email", "Group ID", "Group Name", "Created At"],
          [[r["email"], r["group_id"], r["group_name"], ts(r["created_at"])]
           for r in first_met(recs, key)])
    recs = response(supp, "/v3/asm/groups", "get", "200")
    recs += [response(supp, "/v3/asm/groups/{group_id}", "get", "200")]
    write(out, "unsubscribe_groups.csv",
          ["ID", "Name", "Description", "Is Default", "Unsubscribes"],
          [[r["id"], r["name"], r["description"], r["is_default"], r["unsubscribes"]]
           for r in first_met(recs, "id")])


if __name__ == "__main__":
    main()
