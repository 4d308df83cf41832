"""Build pretalx's organiser CSV exports (sessions, speakers, reviews) from its test fixtures.

pretalx (pretalx/pretalx, AGPL-3.0 with additional terms; SOURCE.md) is a conference
call-for-papers and scheduling tool. Its organiser area exports sessions, speakers and
reviews through the forms of ``src/pretalx/orga/forms/export.py`` (ScheduleExportForm,
SpeakerExportForm, ReviewExportForm): the organiser ticks the fields to export, each column
headed by the field's label (a model field's ``verbose_name`` or the form's own label, both
gettext msgids) in the organiser's language, the rows written by ``render_csv``
(``common/exporter.py``: a UTF-8 byte-order mark, then ``csv.DictWriter``'s excel dialect,
CRLF, minimal quoting), a list cell joined by the chosen delimiter (newline), ``None`` as
an empty cell, ``True``/``False`` as Python writes them, a decimal as Django reads it
(``1.00``). Files named as pretalx names them, ``<event slug>_sessions.csv`` etc.

The records are the fixed fixtures of pretalx's test suite (``src/tests/conftest.py`` at
7c03a2ac, the last commit where that conftest held fixed records; later commits replaced
them with factory sequences): the event ``test``, the speakers Jane (SPEAKER1) and
Krümelmonster (SPEAKER2), the proposals of ``submission_data`` and ``other_submission``, the
``submission_type`` Workshop (60 minutes; the event's default type is created as "Talk", 30
minutes: ``event/domain/event.py``, ``submission/models/type.py``), the room Testroom of
``slot`` and the reviews ``review`` and ``other_review``, as one test gets them by
requesting the fixtures submission, other_submission, confirmed_submission, slot,
rejected_submission, canceled_submission, withdrawn_submission, review, other_review (the
export made by orga_user). This script reads those literals from the conftest with ``ast``
(it never runs pretalx's code) and the labels from the ``django.po`` of the language.

Left out, with their columns: what the fixtures do not fix -- the proposals' codes (drawn
at random when a test runs: the sessions' ID column, the speakers' "Proposal IDs", the
reviews' "Proposal ID"), the creation and update times and the slot's start and end (the
event is dated "today" when a test runs), and the fields no fixture fills (pending state,
track, tags, image, picture, resources, scores per category, questions' answers). Rows: the
speakers by id (SPEAKER1 first), the sessions and reviews in the fixtures' order (pretalx
orders sessions by their random codes).

Usage: python convert.py --lang en|de|fr|es SRC OUT
(SRC: the files of SOURCE.md under their repository paths)
"""

from __future__ import annotations

import argparse
import ast
import csv
import re
from pathlib import Path

PO = {"de": "de_DE", "fr": "fr_FR", "es": "es"}

# (msgctxt, msgid) of each column, in the forms' export_field_names order
SESSIONS = [  # ScheduleExportForm: Submission's verbose names, then the form's own labels
    ("title", (None, "Proposal title")),
    ("state", (None, "Proposal state")),
    ("submission_type", (None, "Session type")),
    ("abstract", (None, "Abstract")),
    ("description", (None, "Description")),
    ("notes", (None, "Notes")),
    ("internal_notes", (None, "Internal notes")),          # phrases.base.internal_notes
    ("duration", (None, "Duration")),
    ("slot_count", (None, "Slot count")),
    ("content_locale", (None, "Language")),
    ("is_featured", (None, "Show this session in public list of featured sessions.")),
    ("do_not_record", (None, "Don’t record this session.")),
    ("speaker_ids", (None, "Speaker IDs")),
    ("speaker_names", (None, "Speaker names")),
    ("room", (None, "Room")),                               # TalkSlot.room's verbose name
]
SPEAKERS = [  # SpeakerExportForm: "ID" (the speaker's code, never translated) first
    ("name", (None, "Name")),
    ("biography", (None, "Biography")),
    ("email", (None, "Email")),
    ("submission_titles", (None, "Proposal titles")),
]
REVIEWS = [  # ReviewExportForm (a review has no code: no ID column)
    ("score", ("review score/rating", "Score")),
    ("text", (None, "Text")),                               # phrases.base.text_body
    ("submission_title", (None, "Proposal title")),         # Submission.title's verbose name
    ("user_name", (None, "Reviewer name")),
    ("user_email", ("field: reviewer's email address", "Reviewer email")),
]


def _po_string(raw: str) -> str:
    return ast.literal_eval('"' + raw + '"')


def read_po(path: Path) -> dict[tuple[str | None, str], str]:
    """msgid -> msgstr of a gettext catalogue, fuzzy and untranslated entries left out."""
    out: dict[tuple[str | None, str], str] = {}
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        if re.search(r"^#,.*\bfuzzy\b", block, re.M):
            continue
        parts: dict[str, str] = {}
        key = None
        for line in block.splitlines():
            m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[0\])?)\s+"(.*)"$', line)
            if m:
                key = m.group(1).replace("[0]", "")
                parts[key] = _po_string(m.group(2))
            elif key and (m := re.match(r'"(.*)"$', line)):
                parts[key] += _po_string(m.group(1))
        if parts.get("msgid") and parts.get("msgstr"):
            out[(parts.get("msgctxt"), parts["msgid"])] = parts["msgstr"]
    return out


def fixture_calls(tree: ast.Module, name: str) -> list[dict]:
    """The constant keyword arguments of each call in the fixture ``name``, in order, and
    the constant dict it returns (as a last element), if any."""
    fn = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
    found: list[tuple[int, dict]] = []
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            kw = {k.arg: k.value.value for k in node.keywords
                  if k.arg and isinstance(k.value, ast.Constant)}
            if kw:
                found.append((node.lineno, kw))
        elif isinstance(node, ast.Return) and isinstance(node.value, ast.Dict):
            found.append((node.lineno, {
                k.value: v.value for k, v in zip(node.value.keys, node.value.values, strict=True)
                if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)}))
    return [kw for _, kw in sorted(found, key=lambda t: t[0])]


def records(conftest: Path) -> dict[str, list[dict]]:
    tree = ast.parse(conftest.read_text(encoding="utf-8"))
    jane_user, jane_profile = fixture_calls(tree, "speaker_profile")
    krumel_user, krumel_profile = fixture_calls(tree, "other_speaker")
    data = fixture_calls(tree, "submission_data")[-1]
    workshop = fixture_calls(tree, "submission_type")[0]
    other = fixture_calls(tree, "other_submission")[0]
    room = fixture_calls(tree, "room")[0]
    review_user = fixture_calls(tree, "review_user")[0]
    other_review_user = fixture_calls(tree, "other_review_user")[0]
    review = fixture_calls(tree, "review")[0]
    other_review = fixture_calls(tree, "other_review")[0]

    jane = {"code": jane_profile["code"], "name": jane_profile.get("name") or jane_user["name"],
            "biography": jane_profile["biography"], "email": jane_user["email"]}
    krumel = {"code": krumel_profile["code"],
              "name": krumel_profile.get("name") or krumel_user["name"],
              "biography": krumel_profile["biography"], "email": krumel_user["email"]}
    talk = {"name": "Talk", "default_duration": 30}   # the event's default type (SOURCE.md)
    mine = {**data, "submission_type": workshop}
    theirs = {k: other[k] for k in ("title", "description", "abstract", "notes",
                                    "content_locale")}
    theirs["submission_type"] = talk

    # (fixture, proposal, speaker, state, room) in the fixtures' order
    sessions = [
        ("submission", mine, jane, "submitted", None),
        ("other_submission", theirs, krumel, "submitted", None),
        ("confirmed_submission", mine, jane, "confirmed", room["name"]),   # slot: Testroom
        ("rejected_submission", mine, krumel, "rejected", None),
        ("canceled_submission", mine, jane, "canceled", None),
        ("withdrawn_submission", mine, jane, "withdrawn", None),
    ]
    rows = []
    for _fixture, sub, speaker, state, room_name in sessions:
        rows.append({
            "title": sub["title"], "state": state,
            "submission_type": sub["submission_type"]["name"],
            "abstract": sub.get("abstract"), "description": sub.get("description"),
            "notes": sub.get("notes"), "internal_notes": sub.get("internal_notes"),
            "duration": sub["submission_type"]["default_duration"],   # get_duration()
            "slot_count": 1, "content_locale": sub.get("content_locale"),
            "is_featured": False, "do_not_record": False,               # the model defaults
            "speaker_ids": [speaker["code"]], "speaker_names": [speaker["name"]],
            "room": room_name})
    speakers = []
    for speaker in (jane, krumel):
        titles = [r["title"] for r, (_f, _s, sp, _st, _r) in zip(rows, sessions, strict=True)
                  if sp is speaker]
        speakers.append({"ID": speaker["code"], "name": speaker["name"],
                         "biography": speaker["biography"], "email": speaker["email"],
                         "submission_titles": titles})
    reviews = [
        {"score": f"{review['score']:.2f}", "text": review["text"],
         "submission_title": mine["title"], "user_name": review_user.get("name"),
         "user_email": review_user["email"]},
        {"score": f"{other_review['score']:.2f}", "text": other_review["text"],
         "submission_title": theirs["title"], "user_name": other_review_user.get("name"),
         "user_email": other_review_user["email"]},
    ]
    return {"sessions": rows, "speakers": speakers, "reviews": reviews}


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(value)   # the data delimiter "newline"
    return str(value)


def write(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("\ufeff")
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows([[cell(v) for v in row] for row in rows])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["en", *PO])
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    po = ({} if args.lang == "en" else
          read_po(args.src / f"src/pretalx/locale/{PO[args.lang]}/LC_MESSAGES/django.po"))

    def label(msg: tuple[str | None, str]) -> str:
        return po.get(msg) or msg[1]   # gettext: the msgid where no translation

    data = records(args.src / "src/tests/conftest.py")
    args.out.mkdir(parents=True, exist_ok=True)
    slug = "test"   # the event fixture's slug
    write(args.out / f"{slug}_sessions.csv", [label(m) for _, m in SESSIONS],
          [[r[f] for f, _ in SESSIONS] for r in data["sessions"]])
    write(args.out / f"{slug}_speakers.csv", ["ID", *[label(m) for _, m in SPEAKERS]],
          [[r["ID"], *[r[f] for f, _ in SPEAKERS]] for r in data["speakers"]])
    write(args.out / f"{slug}_reviews.csv", [label(m) for _, m in REVIEWS],
          [[r[f] for f, _ in REVIEWS] for r in data["reviews"]])


if __name__ == "__main__":
    main()
