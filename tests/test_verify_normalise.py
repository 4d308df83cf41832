"""Normalisation before comparison: precision, UTC, NFC, sets, and what nothing sent means."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from d365migrate.verify.compare import Kind, display, kind_of, normalise, same
from d365migrate.verify.spotcheck import draw, sample_size


def money(precision=2):
    return kind_of({"AttributeType": "Money", "Precision": precision})


def test_decimals_round_to_the_columns_precision():
    assert normalise(59579568.7, money()) == Decimal("59579568.70")
    assert same(59579568.7, "59579568.70", money())
    assert same(1.005, 1.01, money())  # half up, as the org rounds
    assert not same(1.004, 1.01, money())
    assert same(12.34564, 12.3456, money(4))
    assert same(12.34564, 12.3456, money(2))  # both 12.35 at 2 places
    assert kind_of({"AttributeType": "Money", "Precision": 6}).places == 4  # money: 2 to 4
    assert kind_of({"AttributeType": "Money"}).places == 2
    dec = kind_of({"AttributeType": "Decimal", "Precision": 3})
    assert same("2.0004", 2.0, dec) and not same("2.0006", 2.0, dec)
    assert same(-0.001, 0, money())  # no negative zero
    assert not same(100.0, 101.0, money())


def test_date_times_in_utc_to_the_second_and_dates_as_dates():
    dt = kind_of({"AttributeType": "DateTime", "Format": "DateAndTime"})
    assert same("2024-03-05T14:22:00Z", "2024-03-05T15:22:00+01:00", dt)
    assert same("2024-03-05T14:22:00", "2024-03-05T14:22:00.400Z", dt)  # naive is UTC
    assert not same("2024-03-05T14:22:00Z", "2024-03-05T14:22:01Z", dt)
    assert display("2024-03-05T15:22:00+01:00", dt) == "2024-03-05T14:22:00Z"
    day = kind_of({"AttributeType": "DateTime", "Format": "DateOnly"})
    assert normalise("2025-11-18T00:00:00Z", day) == date(2025, 11, 18)
    assert same("2025-11-18", "2025-11-18T00:00:00Z", day)
    assert not same("2025-11-18", "2025-11-19", day)
    assert kind_of({"AttributeType": "DateTime"}, "date").name == "date"
    only = kind_of({"AttributeType": "DateTime", "Format": "DateOnly",
                    "DateTimeBehavior": {"Value": "DateOnly"}})
    assert only.name == "date"


def test_a_date_only_format_still_holds_a_time_that_is_compared():
    """Record Created On (overriddencreatedon) is UserLocal with a DateOnly *format*:
    Dataverse keeps the time sent (the format only hides it on forms), so an export's
    11:35:48 that arrived as midnight is a difference, not a match."""
    created = kind_of({"AttributeType": "DateTime", "Format": "DateOnly",
                       "DateTimeBehavior": {"Value": "UserLocal"}}, "datetime")
    assert created.name == "datetime"
    assert not same("2018-12-06T11:35:48Z", "2018-12-06T00:00:00Z", created)
    assert same("2018-12-06 11:35:48.000000", "2018-12-06T11:35:48Z", created)


def test_text_is_trimmed_and_unicode_nfc():
    text = kind_of({"AttributeType": "String"})
    assert same("Cafe\u0301 Müller ", "Café Müller", text)
    assert same("  ", None, text)
    assert not same("Acme", "acme", text)  # case is data


def test_options_multi_select_sets_booleans_and_ids():
    opt = kind_of({"AttributeType": "Picklist"})
    assert same("5", 5, opt) and not same(5, 6, opt)
    multi = kind_of({"AttributeType": "Virtual",
                     "AttributeTypeName": {"Value": "MultiSelectPicklistType"}})
    assert multi.name == "multioption"
    assert same("100000001,100000000", "100000000, 100000001", multi)
    assert not same("100000000,100000001", "100000000,100000001,100000002", multi)
    assert display("3,1,2", multi) == "1,2,3"
    flag = kind_of({"AttributeType": "Boolean", "DefaultValue": False})
    assert same(None, False, flag)  # nothing sent: the column keeps its default
    assert not same(None, True, flag) and not same(True, False, flag)
    status = kind_of({"AttributeType": "Status"})
    assert same(None, 1, status)  # nothing sent: the platform's status
    guid = Kind("guid")
    assert same("ABC-1", "abc-1", guid) and not same("abc-1", None, guid)
    assert not same(None, "abc-1", guid)  # a link where none was expected


def test_spot_sample_sizes_and_a_reproducible_draw():
    assert sample_size(10) == 10 and sample_size(37) == 25 and sample_size(3000) == 30
    assert sample_size(100_000) == 50
    ids = [str(i) for i in range(500)]
    assert draw(ids, 7, "contact") == draw(list(reversed(ids)), 7, "contact")
    assert draw(ids, 7, "contact") != draw(ids, 8, "contact")
