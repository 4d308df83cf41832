"""A file's object set in the parameters (``intake: {file: {object: kind}}``): discovery
takes the analyst's word, keeps the file's name (its links by name stay), says so in the
evidence; an object that is no kind of record is refused, naming the option."""

from __future__ import annotations

from pathlib import Path

import pytest

from d365migrate.intake.decided_kinds import decided_kinds
from d365migrate.intake.discover import discover
from d365migrate.intake.guard import ExportError
from d365migrate.intake.read import read_export


def _export(tmp_path: Path) -> Path:
    (tmp_path / "shop_channel.csv").write_text(
        "id,name,slug,currency_code\n1,Channel-USD,default,USD\n2,Channel-PLN,pln,PLN\n",
        encoding="utf-8")
    (tmp_path / "contacts.csv").write_text(
        "id,first_name,last_name,email\n1,Ann,Lee,ann@example.com\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("key", ["shop_channel.csv", "shop_channel"])
def test_the_analysts_object_decides_the_files_kind(tmp_path: Path, key: str) -> None:
    intake = {key: {"object": "price_list"}}
    export = read_export(_export(tmp_path), intake)
    assert discover(export).by_source("shop_channel").name != "price_list"  # unsure alone
    found = discover(export, decided_kinds(export, intake))
    obj = found.by_source("shop_channel")
    assert (obj.name, obj.confidence, obj.source) == ("price_list", 1.0, "shop_channel")
    assert obj.evidence == [f"set to price_list in the parameters file (intake: {key}: "
                            "{object: price_list})"]
    assert found.by_source("contacts").name == "contact"


def test_a_file_said_to_hold_nothing_to_move_is_unknown(tmp_path: Path) -> None:
    intake = {"contacts.csv": {"object": "unknown"}}
    export = read_export(_export(tmp_path), intake)
    assert discover(export, decided_kinds(export, intake)).by_source("contacts").name == \
        "unknown"


def test_an_object_that_is_no_kind_of_record_is_refused(tmp_path: Path) -> None:
    intake = {"shop_channel.csv": {"object": "channel"}}
    export = read_export(_export(tmp_path), intake)
    with pytest.raises(ExportError, match=r"intake\.shop_channel\.csv\.object: 'channel' is no "
                                          r"kind of record.*price_list"):
        decided_kinds(export, intake)
