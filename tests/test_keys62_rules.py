"""Rules added after measuring keys62's held-out exports (issue 13), on made-up data so they
run where the public data is absent: an interaction typed "In-Person" (or "face to face")
is a meeting, routed to appointment by its type column; and a column named as another's
value read through it ('Company', then 'Company Name': a no-code table's lookup of the
linked record's name, the same values row by row) is the copy, the earlier the link, even
where the copy's name is the target's own label."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.copies import yield_copies
from d365migrate.mapping.history import _route_values
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_an_in_person_interaction_is_a_meeting() -> None:
    df = pl.DataFrame({"Type": ["Phone", "Email", "In-Person", "To-Do", "face to face"]})
    assert _route_values(df, "Type", "appointment") == ["In-Person", "face to face"]
    assert _route_values(df, "Type", "phonecall") == ["Phone"]
    assert _route_values(df, "Type", "task") == ["To-Do"]


def test_a_lookup_through_a_link_is_the_copy_the_link_the_field() -> None:
    df = pl.DataFrame({"Name": ["Ann Lee", "Bo Chan", "Cy Dee"],
                       "Company": ["ABC Corp", "XYZ Inc", "ABC Corp"],
                       "Company Name": ["ABC Corp", "XYZ Inc", "ABC Corp"],
                       "Company Industry": ["Technology", "Finance", "Technology"]})
    sugg = suggest_columns(df, dict(DEFS["contact"]), source_object="Contacts")
    assert _top(sugg, "Company") == "parentcustomerid"
    assert _top(sugg, "Company Name") is None


def test_a_copy_named_through_the_link_yields_even_as_the_targets_label() -> None:
    # 'Company' then 'Company Name' alike, 'Company Name' parentcustomerid's very label: the
    # later is named through the earlier (tests/test_copy_columns.py keeps the label rule
    # where neither name extends the other: 'Do not allow Bulk Emails' / '... Emails')
    rows = pl.DataFrame({"Company": ["A", "B"], "Company Name": ["A", "B"]})
    scored = {"Company": [(0.8, "parentcustomerid", "")],
              "Company Name": [(0.88, "parentcustomerid", "")]}
    unmapped: dict[str, str] = {}
    yield_copies(rows, scored, unmapped,
                 lambda t: ("company", "name") if t == "parentcustomerid" else ())
    assert scored["Company"] and not scored["Company Name"]
    assert unmapped["Company Name"] == "the values of 'Company' again, row by row: a copy"
