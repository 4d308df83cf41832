"""Decisions keyed by a file's name follow the file, whatever its entry is numbered."""

from __future__ import annotations

import pytest

from d365migrate.mapping.decision_names import by_entry_names
from d365migrate.mapping.decisions import apply_decisions
from d365migrate.mapping.mapfile import MappingError

MAP = {"tables": [
    {"target": "contact", "source": "outlook", "columns": []},
    {"name": "contact_2", "target": "contact", "source": "kmail_contacts",
     "id_prefix": "kmail-contacts:", "columns": []},
    {"name": "contact_3", "target": "contact", "source": "Activity (mail.activity)",
     "id_prefix": "activity-mail-activity:", "columns": []},
    {"name": "annotation", "target": "annotation", "source": "notes", "columns": []},
    {"name": "annotation_2", "target": "annotation", "source": "notes", "columns": []}],
    "unmatched_sources": []}


def test_a_files_name_stands_for_its_entry():
    got = by_entry_names(MAP, {
        "leave_out": {"kmail_contacts.csv": "a copy"},
        "keys": {"KMail_Contacts": ["Email"]},
        "choices": {"Activity (mail.activity).statuscode": {"done": 1},
                    "outlook.csv.gendercode": {"m": 1}},
        "values": {"contact_2.Phone": {"-": None}},   # an entry's own name stays
        "stages": {"Won": {"state": "won"}}})        # nothing of an entry's: untouched
    assert got["leave_out"] == {"contact_2": "a copy"}
    assert got["keys"] == {"contact_2": ["Email"]}
    assert got["choices"] == {"contact_3.statuscode": {"done": 1},
                              "contact.gendercode": {"m": 1}}
    assert got["values"] == {"contact_2.Phone": {"-": None}}
    assert got["stages"] == {"Won": {"state": "won"}}
    # a file that fills two entries names neither: left as written, for the check to refuse
    assert by_entry_names(MAP, {"keys": {"notes": ["id"]}})["keys"] == {"notes": ["id"]}


def test_one_entry_decided_by_file_and_by_name_is_refused():
    with pytest.raises(MappingError, match="decides 'contact_2' again"):
        by_entry_names(MAP, {"leave_out": {"kmail_contacts": "x", "contact_2": "y"}})


def test_apply_decisions_reads_file_names():
    out = apply_decisions(MAP, {"leave_out": {"kmail_contacts": "the same people"}})
    assert "contact_2" not in [t.get("name") for t in out["tables"]]
    assert out["unmatched_sources"][0]["source"] == "kmail_contacts"
