"""A second file of the same records joins its columns to them (mapping/merged_files.py):
by the same id, or by the e-mail address; the first file wins; rows without their record
counted; every row of the second file accounted."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.merged_files import (
    MERGED,
    MERGED_FROM,
    inventory_file,
    merge_key,
    merge_proposal,
    merged_into,
    with_merged,
)


def _col(source: str, target: str, transform: str = "text") -> dict[str, str]:
    return {"source": source, "target": target, "transform": transform, "reason": "vocab"}


PEOPLE = pl.DataFrame({"id": ["1", "2", "3"], "name": ["Ann", "Bo", "Cy"],
                       "email": ["ann@x.org", "bo@x.org", "cy@x.org"]})
FIRST = {"target": "contact", "source": "people", "source_key": "id",
         "columns": [_col("name", "firstname"), _col("email", "emailaddress1", "email")]}


def _second(df: pl.DataFrame, key: str | None = "id") -> tuple[dict, dict]:
    entry = {"target": "contact", "source": "more", "source_key": key,
             "columns": [_col(c, t, "email" if t == "emailaddress1" else "text")
                         for c, t in (("name", "firstname"), ("email", "emailaddress1"),
                                      ("Email", "emailaddress1"), ("phone", "telephone1"),
                                      ("city", "address1_city")) if c in df.columns]}
    return entry, {"people": PEOPLE, "more": df}


def test_a_second_file_keyed_by_the_same_id_adds_its_columns() -> None:
    more = pl.DataFrame({"id": ["2", "1"], "name": ["Bo", "Ann"],
                         "email": ["bo@x.org", "ann@x.org"], "phone": ["+1 555", "+1 444"]})
    entry, frames = _second(more)
    assert merge_key(entry, FIRST, frames) == ("id", "id", "id")
    spec = merge_proposal(entry, FIRST, frames)
    assert spec is not None and spec["columns"] == ["phone"]
    assert (spec["merged"], spec["not_merged"], spec["conflicts"]) == (2, {}, {})
    assert "keyed by the same id" in spec["reason"] and "'phone' (telephone1)" in spec["reason"]
    first = {**FIRST, "columns": list(FIRST["columns"])}
    merged_into(first, spec)
    assert first["columns"][-1][MERGED_FROM] == "more" and first[MERGED][0]["merged"] == 2
    joined = with_merged(first, frames)
    assert joined is not None and joined.columns == [*PEOPLE.columns, "phone"]
    # each record's own cell, by key, in the first file's row order
    assert joined["phone"].to_list() == ["+1 444", "+1 555", None]


def test_by_e_mail_when_the_ids_are_another_numbering() -> None:
    """Both files number rows from 1, but id 1 is another person in each: the e-mail
    address the first file is keyed by keys the merge, in any case and spacing."""
    more = pl.DataFrame({"id": ["1", "2"], "Email": [" CY@x.org", "ann@X.org"],
                         "city": ["Oslo", "Bergen"]})
    entry, frames = _second(more)
    assert merge_key(entry, FIRST, frames) is None  # the first is keyed by id, not e-mail
    by_mail = {**FIRST, "source_key": "email"}
    assert merge_key(entry, by_mail, frames) == ("email", "Email", "email")
    spec = merge_proposal(entry, by_mail, frames)
    assert spec is not None and spec["merged"] == 2 and "e-mail address" in spec["reason"]
    first = {**by_mail, "columns": list(FIRST["columns"])}
    merged_into(first, spec)
    assert with_merged(first, frames)["city"].to_list() == ["Bergen", None, "Oslo"]


def test_a_differing_value_is_counted_and_the_first_file_wins() -> None:
    more = pl.DataFrame({"id": ["1", "2", "3"], "name": ["Anne", "Bo", None],
                         "email": ["ann@x.org", "bo@x.org", "cy@x.org"],
                         "phone": ["1", "2", "3"]})
    entry, frames = _second(more)
    spec = merge_proposal(entry, FIRST, frames)
    assert spec is not None and spec["columns"] == ["phone"]  # not 'name': the first has it
    assert spec["conflicts"] == {"name": 1}  # Anne against Ann; an empty cell differs not
    assert "the first file wins" in spec["reason"] and "'name' (1 row)" in spec["reason"]
    first = {**FIRST, "columns": list(FIRST["columns"])}
    merged_into(first, spec)
    assert with_merged(first, frames)["name"].to_list() == ["Ann", "Bo", "Cy"]
    line = inventory_file({"source": "more", "file": "more.csv", "kind": "contact"}, 3,
                          first[MERGED][0], "people.csv", True)
    assert line["not_taken"] == 0 and "'name' in 1 row" in line["reason"]


def test_a_row_without_its_record_is_counted_not_loaded() -> None:
    more = pl.DataFrame({"id": ["1", "9", None, "1"],
                         "email": ["ann@x.org", "zed@x.org", "q@x.org", "ann@x.org"],
                         "phone": ["1", "9", "0", "1b"]})
    entry, frames = _second(more)
    spec = merge_proposal(entry, FIRST, frames)
    assert spec is not None and (spec["rows"], spec["merged"]) == (4, 1)
    assert sorted(spec["not_merged"].values()) == [1, 1, 1]
    assert any("does not hold" in why for why in spec["not_merged"])
    first = {**FIRST, "columns": list(FIRST["columns"])}
    merged_into(first, spec)
    joined = with_merged(first, frames)
    assert joined.height == 3 and joined["phone"].to_list() == ["1", None, None]
    line = inventory_file({"source": "more", "file": "more.csv", "kind": "contact"}, 4,
                          first[MERGED][0], "people.csv", True)
    assert (line["folded"]["rows"], line["not_taken"]) == (1, 3)
    assert line["reason"].startswith("not migrated: ")  # every row accounted, with why
    assert "not loaded as new records" in line["reason"]


def test_no_merge_without_a_shared_key_or_a_new_column() -> None:
    more = pl.DataFrame({"ref": ["a"], "phone": ["1"]})
    entry, frames = _second(more, key="ref")
    assert merge_key(entry, FIRST, frames) is None and merge_proposal(entry, FIRST,
                                                                      frames) is None
    same = pl.DataFrame({"id": ["1"], "name": ["Ann"], "email": ["ann@x.org"]})
    entry, frames = _second(same)
    assert merge_proposal(entry, FIRST, frames) is None  # nothing to add: a copy, left out
