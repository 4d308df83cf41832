"""A one-user account's export: every record owned and written by the same user. A tenant is
an organisation, never a person, so that user's id on every row stays the owner instead of
yielding to a column that says who last touched the record (Pipedrive's notes)."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_one_users_id_on_every_row_is_the_owner_not_a_tenant() -> None:
    notes = pl.DataFrame({"id": ["1", "2", "3", "4"],
                          "content": ["Called", "Sent the offer", "Met", "Signed"],
                          "user_id": ["11884360"] * 4,
                          "last_update_user_id": ["11884360", "11884361", "11884360",
                                                  "11884361"]})
    sugg = suggest_columns(notes, DEFS["annotation"], source_object="notes", key="id",
                           relationships={"user_id": "systemuser",
                                          "last_update_user_id": "systemuser"})
    assert _top(sugg, "user_id") == "ownerid"
    assert _top(sugg, "last_update_user_id") is None
