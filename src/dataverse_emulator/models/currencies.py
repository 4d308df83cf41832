"""The org's currencies: the base currency it was set up with and those its admin added.

Microsoft's "Transaction Currency (currency) table": the base currency is defined when the
organization is set up (``Organization.BaseCurrencyId``, never changed after); transaction
currencies are added by an administrator, each with its exchange rate, "the value of a
transaction currency equal to one base currency". Every table with a money column carries the
record's currency (``transactioncurrencyid``) and its rate; the emulator's tables do not carry
them yet (``table_specs.has_currency``), so the currencies are a list a client can read and
add to, as an org's are.
"""

from __future__ import annotations

import uuid
from typing import Any

__all__ = ["BASE_CURRENCY_ID", "currency_record"]

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
