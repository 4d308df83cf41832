"""Dittofeed's user CSV uploads and its segment-assignments download, from its own records.

Built for round Z6 (session 53, keys405). Usage:

    python convert.py --lang en DF OUT

DF: files of GitHub dittofeed/dittofeed at 52b2bee909744d07dd5d409fd3974d4b95c66766 under
their own paths (SOURCE.md lists them). Dittofeed ships no translation catalogues (its
dashboard and API are English only), so English is the only language.

Rules (nothing here is invented data):
- users.csv and subscription-group-actions.csv: Dittofeed's own sample uploads
  (packages/dashboard/sample-uploads/), the user CSV format its "upload users to a
  subscription group" page takes (subscriptionGroups.ts parseSubscriptionGroupCsv: an "id"
  or "email" header, every other column a user trait, an optional "action" column
  subscribe / unsubscribe), copied byte for byte (the last line of
  subscription-group-actions.csv has five fields, no action, and no final newline, as in
  the source).
- segment-assignments.csv: the segment download ("Download a csv containing segment
  assignments", segments.ts buildSegmentsFile: headers segmentName, segmentId, userId,
  inSegment, subscriptionGroupName, then the channel identifiers email, deviceToken, phone
  in CHANNEL_IDENTIFIERS' order, written by @fast-csv/format: comma, "\\n" between rows, no
  final newline), its rows the fixed records of segments.test.ts's "buildSegmentsFile"
  fixture: the segment named "test" (no subscription group), one user in it, whose
  user properties are id "123", email "test@test.com" and phone "1234567890" (the id
  property is no column of the download). The fixture draws the segment's and the user's
  ids with randomUUID(); here they are fixed uuid5 values (SEGMENT_ID, USER_ID below) so
  the file is reproducible.
"""
import argparse
import os
import re
import shutil
import uuid

LANGS = ("en",)
UPLOADS = "packages/dashboard/sample-uploads"
COPIED = [("users.csv", "users.csv"),
          ("subscription-group-actions.csv", "subscription-group-actions.csv")]
SEGMENTS_TEST = "packages/backend-lib/src/segments.test.ts"
SEGMENTS = "packages/backend-lib/src/segments.ts"
CHANNELS = "packages/isomorphic-lib/src/channels.ts"
# the fixture's randomUUID() ids, fixed
FIXTURE = "dittofeed:segments.test.ts:buildSegmentsFile:"
SEGMENT_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, FIXTURE + "segment"))
USER_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, FIXTURE + "user"))


def _read(root: str, path: str) -> str:
    with open(os.path.join(root, path), encoding="utf-8") as f:
        return f.read()


def _one(pattern: str, text: str, what: str) -> str:
    found = re.findall(pattern, text, flags=re.S)
    if not found:
        raise SystemExit(f"not found: {what}")
    return found[0]


def segment_rows(root: str) -> tuple[list[str], list[dict[str, str]]]:
    code = _read(root, SEGMENTS)
    base = re.findall(r'"(\w+)"',
                      _one(r"downloadCsvHeaders = \[(.*?)\]", code, "downloadCsvHeaders"))
    idents = re.findall(r':\s*"(\w+)"', _one(r"CHANNEL_IDENTIFIERS.*?= \{(.*?)\};",
                                               _read(root, CHANNELS), "CHANNEL_IDENTIFIERS"))
    headers = base + idents
    test = _read(root, SEGMENTS_TEST)
    block = _one(r'describe\("buildSegmentsFile".*?(?=\n  describe\()', test, "buildSegmentsFile")
    name = _one(r'table: dbSegment,.*?name: "([^"]*)"', block, "the segment's name")
    in_segment = _one(r"insertSegmentAssignments\(\[.*?inSegment: (true|false)", block, "inSegment")
    # the values the fixture assigns to its user properties (userId / email / phone)
    values = dict(re.findall(r'userPropertyId: (\w+)Property\.id,\s*value: "([^"]*)"', block))
    if set(values) != {"userId", "email", "phone"}:
        raise SystemExit(f"unexpected user property assignments: {values}")
    row = {"segmentName": name, "segmentId": SEGMENT_ID, "userId": USER_ID,
           "inSegment": in_segment, "subscriptionGroupName": ""}
    for ident in idents:
        if values.get(ident):
            row[ident] = values[ident]
    return headers, [row]


def _cell(value: str) -> str:
    # @fast-csv/format quotes a cell holding the delimiter, a quote or a line break
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGS, required=True)
    parser.add_argument("df", help="dittofeed/dittofeed files under their own paths")
    parser.add_argument("out", help="output folder")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for src, dst in COPIED:
        shutil.copyfile(os.path.join(args.df, UPLOADS, src), os.path.join(args.out, dst))
    headers, rows = segment_rows(args.df)
    lines = [",".join(headers)] + [",".join(_cell(r.get(h, "")) for h in headers) for r in rows]
    with open(os.path.join(args.out, "segment-assignments.csv"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\n".join(lines))
    shutil.copyfile(os.path.join(args.df, "LICENSE"), os.path.join(args.out, "LICENSE"))


if __name__ == "__main__":
    main()
