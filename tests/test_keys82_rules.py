"""keys82's general rule, tuned on Harvest via Airbyte (MEASUREMENTS.md, "keys82's Harvest
via Airbyte"): a quote's life in the CRMs' own words reads as Dynamics' quote statuses."""

from __future__ import annotations

import polars as pl

from d365migrate.dataverse import tables
from d365migrate.mapping.choice_values import choice_values
from tuning_support import DEFS


def test_quote_life_words_read_as_quote_statuses() -> None:
    status = tables.attributes(DEFS["quote"])["statuscode"]
    assert choice_values(pl.Series(["sent", "Delivered", "accepted"]), status) == {
        "Delivered": 3, "accepted": 4, "sent": 3}
    # a refusal is left to the consultant: a lead has a Lost option too, and the
    # consultants of three exports placed a rejected lead otherwise
    assert choice_values(pl.Series(["declined"]), status) == {"declined": None}
    # only where a table has such an option: an opportunity's status reasons hold no
    # 'Open'; an e-mail's 'Sent' is its own label
    deal = tables.attributes(DEFS["opportunity"])["statuscode"]
    assert choice_values(pl.Series(["sent"]), deal) == {"sent": None}
    email = tables.attributes(DEFS["email"])["statuscode"]
    assert choice_values(pl.Series(["Sent"]), email) == {"Sent": 3}
