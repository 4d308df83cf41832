"""Files whose columns reach no kind's threshold, under a name that says nothing, told by
what their rows are: a name with an organisation's web site, phone, industry, size or
address, and no person's name, is the accounts (Fat Free CRM's accounts: name, website,
toll-free phone and fax; Dolibarr's 'nom', 'ville', 'tel', 'url'; Intercom's companies:
website, industry, size); e-mail addresses with a mailing list's opt-in and sign-up are the
contacts (a list's subscribers: Mailchimp's members), and so are e-mail addresses alone
(:mod:`d365migrate.intake.address_lists`). A file whose name names a kind keeps it.
"""

from __future__ import annotations

from d365migrate.intake.address_lists import address_list_columns, named_address_columns
from d365migrate.intake.kinds import (
    FIRST_NAME_COLUMNS,
    LAST_NAME_COLUMNS,
    col_norm,
    subscriber_columns,
)

__all__ = ["organisation_columns", "ORGANISATION_SIGNS", "registry_column", "silent_kind",
           "listed_company_columns"]

#: A listed company's stock ticker: only a company has one (normalised).
_TICKERS = frozenset({"ticker", "tickersymbol", "stocksymbol", "symbol"})

#: The columns that name an organisation on its own row (normalised).
_NAMES = frozenset({"name", "companyname", "organizationname", "organisationname",
                    "accountname", "primaryname", "company", "legalname", "tradingname"})
#: What an organisation has that a record of another kind rarely has beside a name, by
#: group (one column of a group counts once).
ORGANISATION_SIGNS: dict[str, frozenset[str]] = {
    "web": frozenset({"website", "domain", "url", "homepage", "linkswebsite", "webaddress"}),
    "industry": frozenset({"industry", "sector", "sic", "naics", "businesstype", "gicssector"}),
    "size": frozenset({"employees", "numberofemployees", "employeecount", "headcount",
                       "size", "companysize"}),
    "money": frozenset({"annualrevenue", "revenue", "turnover", "monthlyspend"}),
    "phone": frozenset({"phone", "fax", "tollfreephone", "primaryphone", "officephone",
                        "mainphone", "switchboard"}),
    "address": frozenset({"city", "street", "country", "postalcode", "zip", "zipcode",
                          "billingcity", "billingstreet", "billingcountry", "address",
                          "addresslocality", "state", "region"}),
    "registry": frozenset({"vatnumber", "taxid", "taxnumber", "registrationnumber",
                           "tickersymbol", "siren", "siret", "dunsnumber",
                           # written out (Lago's 'Tax identification number')
                           "taxidentificationnumber", "taxidnumber", "vatid",
                           "vatregistrationnumber",
                           # an organisation's number in its country's register (Fiken's
                           # Norwegian 'organizationNumber'; a client's 'Company number' is
                           # its company's, beside the person: FOSSBilling's)
                           "organizationnumber", "organisationnumber", "orgnumber"}),
}

#: A company's tax or trade-register number in the European languages (folded): Lago's
#: portal in French, German, Spanish beside 'Raison sociale', 'Firmenname', 'Razón social'
#: (the customer's legal name, not a person's employer). A person's own tax code (Italian
#: 'Codice fiscale', Brazilian 'CPF') is left out.
_FOREIGN_REGISTRY = frozenset({
    "numerodidentificationfiscale", "numerotva", "numerodetva", "tvaintracommunautaire",
    "steueridentifikationsnummer", "steuernummer", "steuerid", "ustidnr", "ustid",
    "umsatzsteuerid", "umsatzsteueridentifikationsnummer", "handelsregisternummer",
    "numerodeidentificacionfiscal", "cif", "nif", "partitaiva", "btwnummer", "kvknummer",
    "cnpj",
    # Kimai's customers' VAT-ID in Italian, Portuguese, French, Russian ('P.IVA', 'IVA-ID',
    # 'ID de TVA', 'N° TVA', 'ИНН' folded), Polish 'NIP'
    "piva", "ivaid", "iddetva", "ntva", "inn", "ynn", "nip"})


def registry_column(columns: list[str]) -> str | None:
    """A company's tax or register number among the headers (English or European words),
    or None. A buyer's record may carry one too (nopCommerce's customers' 'VatNumber'), so
    callers weigh it beside other signs (a customer's own name, a gender and a birth date)."""
    return next((c for c in columns if col_norm(c) in ORGANISATION_SIGNS["registry"]
                 or col_norm(c) in _FOREIGN_REGISTRY), None)


def organisation_columns(cols: set[str]) -> list[str] | None:
    """The columns that make a file of a name and no person's name an organisation's (two
    groups of :data:`ORGANISATION_SIGNS` or more, one of them no phone nor address), or
    None."""
    if not cols & _NAMES or cols & (set(FIRST_NAME_COLUMNS) | set(LAST_NAME_COLUMNS)):
        return None
    groups = {g: min(cols & signs) for g, signs in ORGANISATION_SIGNS.items() if cols & signs}
    # a phone and an address alone are a place's too (a store's locations, a warehouse)
    own = set(groups) - {"phone", "address"}
    return list(groups.values()) if len(groups) >= 2 and own else None


def listed_company_columns(cols: set[str]) -> list[str] | None:
    """A stock ticker beside an industry or sector (an index's or a prospect list's
    companies: 'Symbol', 'GICS Sector'): the rows are companies, whatever their name is
    headed ('Security', 'Issuer'); the columns that tell it, or None. A symbol alone is a
    currency's or a unit's too."""
    if cols & (set(FIRST_NAME_COLUMNS) | set(LAST_NAME_COLUMNS)):
        return None
    ticker, industry = cols & _TICKERS, cols & ORGANISATION_SIGNS["industry"]
    return [min(ticker), min(industry)] if ticker and industry else None


def silent_kind(columns: list[str], cols: set[str]) -> tuple[str, str] | None:
    """(kind, why) for a file no kind's signature reached: organisations are accounts, a
    mailing list's subscribers (an e-mail and two or more opt-in or sign-up columns) are
    contacts; None otherwise."""
    org = organisation_columns(cols)
    if org:
        return "account", f"its rows are organisations ({', '.join(org)}): accounts"
    if listed := listed_company_columns(cols):
        return "account", (f"its rows are listed companies, a ticker and an industry "
                           f"({', '.join(listed)}): accounts")
    subscribed = subscriber_columns(columns)
    if len(subscribed) >= 2:
        return "contact", (f"its rows are a mailing list's subscribers ({', '.join(subscribed)})"
                           ": contacts")
    if addresses := address_list_columns(columns):   # Outlook's 'E-mail Address' alone
        return "contact", (f"its columns are e-mail addresses alone ({', '.join(addresses)}): "
                           "people known by their address, contacts")
    if named := named_address_columns(columns):   # listmonk's import: email, name
        return "contact", (f"its rows are an e-mail address and a person's name "
                           f"({', '.join(named)}): a mailing list's people, contacts")
    return None
