"""A column of currency codes the map leaves out: what becomes of the records' money.

Dynamics 365 keeps a record's currency as a link to one of the org's currencies
(``transactioncurrencyid``), found by its ISO code; a record created without one takes the
org's base currency, and its amounts are stored as given, not converted. An export's
'Currency' column of codes (INR, EUR) left out of the map therefore means every amount of
those records now reads as the base currency's: the reason says so, in words the sponsor's
report repeats, so no one reads 500 rupees as 500 dollars unwarned.
"""

from __future__ import annotations

import re

__all__ = ["CURRENCY_LEFT", "ISO_4217", "currency_codes_in", "currency_left"]

#: The ISO 4217 currency codes: the active ones, and those withdrawn since the euro and the
#: redenominations that old records still name (e-conomic's customers in Croatian kuna, HRK).
ISO_4217 = frozenset("""
BGL BYR CUC CYP EEK GHC HRK LTL LVL MRO MTL ROL SIT SKK STD TRL VEF ZMK
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK
MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR
SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD
TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL""".split())

#: The start of the reason; report/sponsor_facts.py finds it by this.
CURRENCY_LEFT = "the records' currency"


def currency_left(values: list[str] | tuple[str, ...]) -> str | None:
    """The reason a column of currency codes ('INR', 'usd') is left out, or None when its
    values are no currency codes."""
    codes = sorted({v.strip().upper() for v in values if v and v.strip()})
    if not codes or not all(c in ISO_4217 for c in codes):
        return None
    shown = ", ".join(codes[:5]) + (", ..." if len(codes) > 5 else "")
    return (f"{CURRENCY_LEFT} ({shown}), which no column of the map takes: each record takes "
            "the org's base currency, and its amounts move as the export writes them, not "
            "converted")


def currency_codes_in(reason: str) -> str | None:
    """The codes a currency reason names ('INR, USD'), or None for another reason."""
    m = re.match(re.escape(CURRENCY_LEFT) + r" \(([^)]*)\)", reason)
    return m.group(1) if m else None
