"""The org's currencies: the base currency it was set up with, and each record's own.

Microsoft's "Transaction Currency (currency) table": the base currency is defined when the
organization is set up (``Organization.BaseCurrencyId``, never changed after); transaction
currencies are added by an administrator, each with its exchange rate, "the value of a
transaction currency equal to one base currency". Every table with a money column carries the
record's currency (``transactioncurrencyid``) and its rate (``exchangerate``, read-only);
Dataverse also keeps each amount's ``_base`` twin (``value / exchangerate``), which the
emulator's tables do not declare yet (one a table declares is computed). A record created with
an amount and no currency takes the base currency (Dataverse's own default when the creating
user sets no preferred one, as the application user has none), as the real records in
``fixtures/real/dataverse-wire`` show: an account and a contact with an amount, each with the
base currency and rate 1.0.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from ..metadata import Table

__all__ = ["BASE_CURRENCY_ID", "currency_record", "set_currency"]

BASE_CURRENCY_ID = "4f1e2b3a-0000-4000-8000-0000000c0001"
#: Names and symbols of the currencies an org is most often set up with; another code is
#: named by its code.
_KNOWN = {"USD": ("US Dollar", "$"), "EUR": ("Euro", "€"), "GBP": ("Pound Sterling", "£"),
          "CAD": ("Canadian Dollar", "$"), "AUD": ("Australian Dollar", "$"),
          "JPY": ("Yen", "¥"), "INR": ("Indian Rupee", "₹"), "CHF": ("Swiss Franc", "CHF")}


def currency_record(code: str, rate: float, now: str, *, base: bool = False
                    ) -> dict[str, Any]:
    """A currency's row as the org holds it: the base from its set-up (rate 1), another as
    its administrator added it (an id of its code, so a second seeding finds it)."""
    code = code.upper()
    name, symbol = _KNOWN.get(code, (code, code))
    rid = BASE_CURRENCY_ID if base else str(uuid.uuid5(uuid.NAMESPACE_URL, f"currency:{code}"))
    return {"transactioncurrencyid": rid, "isocurrencycode": code,
            "currencyname": name, "currencysymbol": symbol,
            "exchangerate": 1.0 if base else float(rate),
            "currencyprecision": 0 if code == "JPY" else 2, "statecode": 0, "statuscode": 1,
            "createdon": now, "modifiedon": now}


def set_currency(table: Table, data: dict[str, Any], changed: set[str],
                 load: Callable[[str, str], dict[str, Any] | None]) -> None:
    """A record given an amount and no currency takes the base currency; a record with a
    currency takes its exchange rate and each amount's ``_base`` value."""
    if "transactioncurrencyid" not in table.attributes:
        return
    money = [a.logical for a in table.attributes.values() if a.type == "Money"
             and not a.logical.endswith("_base")]
    if data.get("_transactioncurrencyid_value") is None and \
            any(data.get(m) is not None for m in money):
        data["_transactioncurrencyid_value"] = BASE_CURRENCY_ID
        data["_transactioncurrencyid_value@lln"] = "transactioncurrency"
        changed.add("transactioncurrencyid")
    currency_id = data.get("_transactioncurrencyid_value")
    if currency_id is None:
        return
    currency = load("transactioncurrency", str(currency_id)) or {}
    rate = float(currency.get("exchangerate") or 1.0)
    data["exchangerate"] = rate
    for m in money:
        if f"{m}_base" in table.attributes:
            value = data.get(m)
            data[f"{m}_base"] = None if value is None else round(float(value) / rate, 4)
