"""RingCentral export (en) from the fixed RingCentral REST API records that RingCentral's own
widget libraries (ringcentral/ringcentral-js-widgets, MIT) keep for their tests: the mock
server package packages/ringcentral-mock (@ringcentral-integration/mock) and the integration
tests' mock data, at 242f7329.

Usage: python3 convert.py GITDIR OUT

Reads the JSON files below with `git show` (json only: no repository code runs):
  extensions.csv       ringcentral-mock/src/platform/data/directoryEntries.json: the company
                       directory's extensions (3 users, 2 departments / call queues);
  call_queues.csv      ringcentral-mock/src/platform/data/callQueue.json: the call queues
                       (SMS queues of the shared Business SMS inbox);
  call_log.csv         ringcentral-mock/src/platform/data/callLog.json: the call log (2 calls);
  message_threads.csv  ringcentral-mock/src/platform/data/message-threads-3.json: Business SMS
                       conversation threads with customers' numbers (20);
  thread_messages.csv  ringcentral-mock/src/platform/data/message-thread-messages-2.json: the
                       threads' text messages (62);
  contacts.csv         ringcentral-integration/integration-test/mock/data/addressBook.json: the
                       user's personal address book (3 contacts).
Each file's rows are the response's 'records' in their order. Headed by the API's field
names in the record's order, nested objects joined by '.' ('to.phoneNumber', 'owner.name'),
an extension's phoneNumbers list as its numbers joined by ';', other lists of objects left
out, columns no record fills left out. Values as the API gives them (ISO 8601 times,
durations in seconds, true/false). UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "242f7329754fafd75800ce182e4a1a618f8869e3"
MOCK = "packages/ringcentral-mock/src/platform/data/"
ITEST = "packages/ringcentral-integration/integration-test/mock/data/"
FILES = {
    "extensions.csv": MOCK + "directoryEntries.json",
    "call_queues.csv": MOCK + "callQueue.json",
    "call_log.csv": MOCK + "callLog.json",
    "message_threads.csv": MOCK + "message-threads-3.json",
    "thread_messages.csv": MOCK + "message-thread-messages-2.json",
    "contacts.csv": ITEST + "addressBook.json",
}


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def cell(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def flat(record, prefix=""):
    row = {}
    for key, value in record.items():
        name = prefix + key
        if isinstance(value, dict):
            row.update(flat(value, name + "."))
        elif isinstance(value, list):
            if key == "phoneNumbers":
                row[name] = ";".join(cell(v.get("phoneNumber")) for v in value)
            elif value and not any(isinstance(v, (dict, list)) for v in value):
                row[name] = ";".join(cell(v) for v in value)
        else:
            row[name] = value
    return row


def write(out, name, rows):
    columns = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    columns = [c for c in columns if any(cell(row.get(c)) != "" for row in rows)]
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for row in rows:
            w.writerow([cell(row.get(c)) for c in columns])
    return len(rows)


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    counts = {}
    for name, path in FILES.items():
        records = json.loads(show(gitdir, path).decode("utf-8"))["records"]
        counts[name] = write(out, name, [flat(r) for r in records])
    with open(os.path.join(out, "LICENSE"), "wb") as f:
        f.write(show(gitdir, "LICENSE"))
    for name, n in counts.items():
        print(f"{name}\t{n}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
