"""A blank line is held back as an empty row, a record without its id as one."""

from __future__ import annotations

import polars as pl

from d365migrate.staging.empty_rows import EMPTY_ROW, no_id_reason


def test_an_empty_row_is_told_from_a_record_missing_its_id():
    df = pl.DataFrame({"id": [None, None, None], "name": ["Acme", "  ", None],
                       "city": [None, None, ""], "__source_row": [2, 3, 4]})
    got = df.select(no_id_reason(df.columns, "id").alias("reason"))["reason"].to_list()
    assert got == ["no source id in 'id'", EMPTY_ROW, EMPTY_ROW]
