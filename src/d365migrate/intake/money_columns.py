"""Columns that make a file a billing or accounting system's, not a CRM's records: a payment
card's (the card of an account) and a ledger account's (a chart of accounts)."""

from __future__ import annotations

from d365migrate.intake.kinds import col_norm

__all__ = ["CARD_COLUMNS", "payment_columns", "LEDGER_COLUMNS", "ledger_columns"]


#: A payment card's columns, as a billing system keeps them (normalised).
CARD_COLUMNS = ("lastfour", "last4", "cardlastfour", "paymentmethodlastfour", "firstsix",
                "paymentmethodfirstsix", "expmonth", "paymentmethodexpmonth", "expyear",
                "paymentmethodexpyear", "cardtype", "paymentmethodcredittype",
                "cardexpmonth", "cardexpyear")


def payment_columns(columns: list[str]) -> list[str]:
    """The payment-card columns of a file with no email, when it has two or more
    (Recurly's billing information: the card and billing address of an account, with the
    cardholder's names); a file of people with emails (OroCRM's, with a card's expiry) is
    people."""
    norm = {col_norm(c): c for c in columns}
    if any("email" in n for n in norm):
        return []
    hits = [c for n, c in norm.items() if n in CARD_COLUMNS]
    return hits if len(hits) >= 2 else []


#: A ledger account's columns, as an accounting system keeps its chart of accounts
#: (normalised): NetSuite's account, QuickBooks' and Xero's accounts.
LEDGER_COLUMNS = ("accttype", "acctnumber", "cashflowrate", "generalrate", "revalue",
                  "eliminate", "deferralacct", "billableexpensesacct", "reconcilewithmatching",
                  "issummary", "accountsubtype", "fullyqualifiedname", "normalbalance",
                  "taxtype", "reportingcode", "glcode", "glaccount", "ledgeraccount",
                  "ledgercode")


def ledger_columns(columns: list[str]) -> list[str]:
    """The ledger-account columns of a file with no email, when it has two or more: the
    chart of accounts of an accounting system ('account' there is a ledger account, not a
    customer)."""
    norm = {col_norm(c): c for c in columns}
    if any("email" in n for n in norm):
        return []
    hits = [c for n, c in norm.items() if n in LEDGER_COLUMNS]
    return hits if len(hits) >= 2 else []
