"""Frappe Helpdesk's own ticket Export (the agent's ticket list, "Export" > CSV) of the
tickets Helpdesk's own SLA tests create, for an agent whose language is LANG. Ours; the
data it reads is not committed (keys267; see SOURCE.md).

    python convert.py SRC OUT_DIR LANG          # LANG: zh, ar, th...

SRC holds, from one frappe/helpdesk commit (6018181a, 2026-07-23):
helpdesk/helpdesk/doctype/hd_ticket/hd_ticket.json (the labels) and
helpdesk/locale/<LANG>.po (the app's own translations).

The export: desk/src/pages/ticket/Tickets.vue exportRows() calls Frappe's
frappe.desk.reportview.export_query with doctype "HD Ticket", file_format_type CSV and the
list's columns as fields: HDTicket.default_list_data() (hd_ticket.py), in order name,
subject, status, response_by, resolution_by, _assign, customer, priority, ticket_type,
agent_group, contact, feedback_rating, creation; export_query appends `owner`. Header
(frappe/desk/reportview.py _export_query, get_field_info): _("Sr"), then name as
_("ID", context="Label of name column in report"), each DocType field's label as
_(label, context="HD Ticket"), the standard fields by their default labels (_assign
"Assigned To", creation "Created On", owner "Created By"). _() is read from the app's .po
(entries without a msgctxt: the .po has none, so a context falls back to the bare
msgid); a label it does not translate stays in English. The framework's own catalog
(frappe/frappe's frappe/locale/<LANG>.po, where "Sr", "Created On" and "Created By" are
translated) is not read here (that repository was not reachable); those stay in English.
Values as stored (translate_values 0: Frappe does not translate them); rows numbered 1..n
in the first column; csv.writer defaults, utf-8, \\r\\n; the file named _("HD Ticket").csv
(provide_binary_file(_(title), "csv")).

The rows: the seven tickets of helpdesk/helpdesk/doctype/hd_ticket/test_hd_ticket.py's
response/resolution tests (working day, before working hours, after working hours,
non-working day, Friday in and after working hours, holiday), each make_ticket()
(helpdesk/test_utils.py: subject "Test Ticket") with the test's priority and SLA creation
time, and the response_by / resolution_by the test asserts. Ours: the week (Monday
2026-07-20, the commit's week: get_current_week_monday() at the commit's date), ids 1-7 in
the tests' file order, creation = the SLA creation time the test sets, inserted by
Administrator (owner), status "Open" (HD Settings' default status), ticket type
"Unspecified" (create_fallback_ticket_type, HD Settings' default), no team, customer,
contact or assignee (make_ticket sets none), rating 0.0. Two runs give the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from po_files import read_po  # noqa: E402  one .po reader for the converters

FIELDS = ["name", "subject", "status", "response_by", "resolution_by", "_assign", "customer",
          "priority", "ticket_type", "agent_group", "contact", "feedback_rating", "creation",
          "owner"]
STANDARD_LABELS = {"_assign": "Assigned To", "creation": "Created On", "owner": "Created By"}

# test_hd_ticket.py, in file order: (test, priority, SLA creation, response_by, resolution_by)
# Monday = 2026-07-20
TICKETS = [
    ("working_day", "High", "2026-07-20 11:00:00", "2026-07-20 12:00:00", "2026-07-20 15:00:00"),
    ("before_working_hours", "High", "2026-07-20 08:00:00", "2026-07-20 11:00:00",
     "2026-07-20 14:00:00"),
    ("after_working_hours", "Urgent", "2026-07-20 20:00:00", "2026-07-21 10:30:00",
     "2026-07-21 12:00:00"),
    ("non_working_day", "Low", "2026-07-25 15:00:00", "2026-07-29 18:00:00",
     "2026-08-06 18:00:00"),
    ("friday_in_working_hours", "Urgent", "2026-07-24 17:00:00", "2026-07-24 17:30:00",
     "2026-07-27 11:00:00"),
    ("friday_after_working_hours", "High", "2026-07-24 19:00:00", "2026-07-27 11:00:00",
     "2026-07-27 14:00:00"),
    ("holiday", "Urgent", "2026-07-23 15:00:00", "2026-07-27 10:30:00", "2026-07-27 12:00:00"),
]


def main(src: Path, out: Path, lang: str) -> Path:
    tr = read_po((src / f"{lang}.po").read_text(encoding="utf-8"))
    meta = json.loads((src / "hd_ticket.json").read_text(encoding="utf-8"))
    label = {f["fieldname"]: f.get("label") for f in meta["fields"]}

    def _(msg: str) -> str:
        return tr.get(msg, msg)

    header = [_("Sr"), _("ID")]
    for f in FIELDS[1:]:
        header.append(_(STANDARD_LABELS[f] if f in STANDARD_LABELS else label[f]))
    rows = []
    for n, (_test, priority, created, response_by, resolution_by) in enumerate(TICKETS, 1):
        values = {"name": n, "subject": "Test Ticket", "status": "Open",
                  "response_by": response_by, "resolution_by": resolution_by,
                  "priority": priority, "ticket_type": "Unspecified", "feedback_rating": 0.0,
                  "creation": created, "owner": "Administrator"}
        rows.append([n] + [values.get(f, "") for f in FIELDS])
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{_('HD Ticket')}.csv"
    path.write_bytes(buf.getvalue().encode("utf-8"))
    return path


if __name__ == "__main__":
    print(main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]))
