"""Columns that make a file a billing or accounting system's, not a CRM's records: a payment
card's (the card of an account) and a ledger account's (a chart of accounts), or a name
that says the general ledger's accounts ('gl_account')."""

from __future__ import annotations

from d365migrate.intake.kinds import col_norm, name_words

__all__ = ["CARD_COLUMNS", "payment_columns", "LEDGER_COLUMNS", "ledger_columns",
           "LEDGER_CLASSES", "ledger_classes", "ledger_name"]


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
                  "ledgercode",
                  # the account an income-statement account closes into at year end (Sage
                  # Intacct's closingaccountno / closingaccounttitle): only a ledger has one
                  "closingaccount", "closingaccountno", "closingaccountnumber",
                  "closingaccounttitle", "closingaccountname")


#: The classes of a chart of accounts (folded): the five of double-entry bookkeeping and the
#: common account types under them (Xero's, QuickBooks', NetSuite's).
LEDGER_CORE = frozenset({"asset", "assets", "liability", "liabilities", "equity", "revenue",
                         "income", "expense", "expenses",
                         # the statement an account reports on (Sage Intacct's accounttype)
                         "balancesheet", "incomestatement", "profitandloss", "profitloss"})
LEDGER_CLASSES = LEDGER_CORE | frozenset({
    "bank", "current", "fixed", "fixedasset", "currentasset", "othercurrentasset",
    "currliab", "currentliability", "termliab", "longtermliability", "noncurrent",
    "directcosts", "costofgoodssold", "cogs", "overheads", "otherincome", "otherexpense",
    "depreciatn", "depreciation", "prepayment", "inventory", "sales", "accountsreceivable",
    "accountspayable", "creditcard", "acctrec", "acctpay"})
#: The shape a column of account classes stands for (:mod:`.value_shapes`).
LEDGER_SHAPE = "ledgerclass"


def ledger_classes(values: list[str]) -> bool:
    """Whether a column's distinct values (folded) are a chart of accounts' classes: four in
    five of them, two of the core ones among them ('ASSET', 'EXPENSE')."""
    if len(values) < 2:
        return False
    return sum(v in LEDGER_CLASSES for v in values) >= 0.8 * len(values) and \
        len(set(values) & LEDGER_CORE) >= 2


#: Name words that say the general ledger: 'gl_account', 'general_ledger_account',
#: 'nominal_ledger_accounts' (normalised); 'chart' with 'account' says a chart of accounts.
LEDGER_NAME_WORDS = frozenset({"gl", "ledger", "generalledger", "nominalledger", "chart"})


def ledger_name(source: str) -> str | None:
    """The evidence of a file's name when it names the general ledger's accounts
    ('gl_account', 'chart_of_accounts'), else None: 'account' there is a ledger account,
    whatever the columns."""
    words = name_words(source)
    if "account" in words and set(words) & LEDGER_NAME_WORDS:
        return f"the name '{source}'"
    return None


def ledger_columns(columns: list[str], source: str = "") -> list[str]:
    """The ledger-account columns of a file with no email, when it has two or more, or a
    column of account classes (:data:`LEDGER_SHAPE` among ``columns``), or a name that
    says ledger accounts (:func:`ledger_name`): the chart of accounts of an accounting
    system ('account' there is a ledger account, not a customer)."""
    norm = {col_norm(c): c for c in columns}
    if any("email" in n for n in norm):
        return []
    named = ledger_name(source) if source else None
    if named:
        return [named]
    hits = [c for n, c in norm.items() if n in LEDGER_COLUMNS]
    if LEDGER_SHAPE in norm:
        return [*hits, "a column of account classes: asset, liability, income, expense"]
    return hits if len(hits) >= 2 else []
