"""The four core Sales tables (account, contact, lead, opportunity) serve every documented
writable data column of a real org's tables that is not a choice: text, memo, whole and
decimal numbers, money, dates and yes/no (a contact's Pager, Assistant, Address 3, Credit
Limit, Government ID; an account's Market Capitalization; an opportunity's proposal steps).

The choices these tables document beyond the ones served are not added: Microsoft's
reference lists several (a lead's Priority, an account's Rating) with one placeholder
option, 'Default Value', an org's real options being its own; serving them all made the
engine propose them for an export's columns whose values then could not be placed (fd5aefe8,
withdrawn in 6fc3b883).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest

from .conftest import new_id

#: Real metadata of the four core Sales tables (tests/data/tables, see each file's _source).
_REAL = Path(__file__).resolve().parents[1] / "data" / "tables"
#: Columns of solutions a Sales org need not have (portals, D&B, Marketing, Field Service...)
#: and platform plumbing no export carries.
_NOT_SALES = re.compile(r"^(adx_|mspp_|msa_|dnb_|msdyncrm_|msdynmkt_|msevtmgt_|msft_)")
_PLUMBING = {"traversedpath", "timezoneruleversionnumber", "utcconversiontimezonecode",
             "teamsfollowed", "businesscardattributes", "msdyn_scorehistory",
             "msdyn_scorereasons", "timespentbymeonemailandmeetings"}
_DATA_TYPES = {"String", "Memo", "Integer", "Double", "Decimal", "Money", "DateTime",
               "Boolean", "BigInt"}


def _documented_data_columns(table: str) -> list[dict]:
    doc = json.loads((_REAL / f"{table}.json").read_text(encoding="utf-8"))
    return [a for a in doc["Attributes"]
            if a["AttributeType"] in _DATA_TYPES and not a.get("AttributeOf")
            and not _NOT_SALES.match(a["LogicalName"]) and a["LogicalName"] not in _PLUMBING
            and not a["LogicalName"].endswith("_base")
            and (a.get("IsValidForCreate") or a.get("IsValidForUpdate"))]


@pytest.mark.parametrize("table", ["account", "contact", "lead", "opportunity"])
def test_the_core_tables_serve_every_documented_writable_data_column(
        client: httpx.Client, table: str) -> None:
    """An emulator without them answers 'no such column' where Dataverse stores the value,
    so an export's pager could never load here while a real org takes it."""
    served = {a["LogicalName"]: a for a in client.get(
        f"EntityDefinitions(LogicalName='{table}')/Attributes").json()["value"]}
    missing, differ = [], []
    for real in _documented_data_columns(table):
        name = real["LogicalName"]
        got = served.get(name)
        if got is None:
            missing.append(name)
            continue
        if got["AttributeType"] != real["AttributeType"]:
            differ.append((name, got["AttributeType"], real["AttributeType"]))
        if table == "lead":  # a customised org's lead: its lengths are its own
            continue
        if real.get("MaxLength") and got.get("MaxLength") != real["MaxLength"]:
            differ.append((name, got.get("MaxLength"), real["MaxLength"]))
    assert not missing, f"{table} lacks {missing}"
    assert not differ, differ


def test_a_contact_keeps_its_pager_assistant_third_address_and_credit_limit(
        client: httpx.Client) -> None:
    contact = new_id(client.post("contacts", json={
        "lastname": "Okafor", "pager": "+1 555 0100", "assistantname": "Ada",
        "address3_city": "Lagos", "numberofchildren": 2, "creditlimit": 2500.5,
        "governmentid": "A-77", "donotfax": True}))
    got = client.get(f"contacts({contact})?$select=pager,assistantname,address3_city,"
                     "numberofchildren,creditlimit,governmentid,donotfax").json()
    assert (got["pager"], got["assistantname"], got["address3_city"], got["numberofchildren"],
            got["creditlimit"], got["governmentid"], got["donotfax"]) == (
        "+1 555 0100", "Ada", "Lagos", 2, 2500.5, "A-77", True)
    long = client.post("contacts", json={"lastname": "Okafor", "pager": "9" * 51})
    assert long.status_code == 400, long.text
    word = client.post("contacts", json={"lastname": "Okafor", "numberofchildren": "two"})
    assert word.status_code == 400, word.text


def test_a_contacts_second_address_name_is_100_long_as_documented(
        client: httpx.Client) -> None:
    """Contact table reference: Address2_Name, MaxLength 100 (the emulator had 200)."""
    attr = client.get("EntityDefinitions(LogicalName='contact')/Attributes(LogicalName="
                      "'address2_name')").json()
    assert attr["MaxLength"] == 100
    too_long = client.post("contacts", json={"lastname": "Lee", "address2_name": "x" * 101})
    assert too_long.status_code == 400, too_long.text

