"""Files named for things an ERP or accounting system keeps that Dynamics 365 Sales has no
table for, whatever their columns look like.

NetSuite's export (and any ERP's) holds the business's own organisation (subsidiaries,
departments, locations), the suppliers it buys from (vendors) and its projects (jobs) beside
its customers. By their columns alone they look like customers or contacts (a name, an
address, a phone, a person's names for an individual vendor) or like a price list (a job's
start and end dates and currency), and discovery named them so. A file whose name names
one of these, and no object of the CRM, is left unknown, with a line saying why, for the
analyst to set if it is wanted after all. Suppliers and purchase orders are caught also
when their columns look like customers, contacts or sales orders (:func:`supplier_file`).
"""

from __future__ import annotations

from d365migrate.intake.erp_tables import ERP_SUPPLIER_TABLES
from d365migrate.intake.kinds import name_kind, name_words

__all__ = ["CONDUCT_WORDS", "NOT_SALES_WORDS", "SUPPLIER_WORDS", "conduct_word",
           "contract_name", "name_says_not_sales", "not_sales_word", "supplier_file"]

#: Words naming a supplier, in the common European languages (normalised: singular, and
#: the plurals an English plural's dropped 's' leaves: 'Fornitori', 'Proveedores',
#: 'Fornecedores', 'Lieferanten').
SUPPLIER_WORDS = frozenset({"vendor", "supplier", "lieferant", "lieferanten", "fournisseur",
                            "proveedor", "proveedore", "fornitore", "fornitori",
                            "fornecedor", "fornecedore", "leverancier"}
                           ) | ERP_SUPPLIER_TABLES   # SAP's LFA1
#: Words naming what a purchase order is (its lines too).
_ORDER_WORDS = frozenset({"order", "orderline", "line", "item", "detail"})


def supplier_file(source: str) -> str | None:
    """Why a file holds suppliers or purchases from them ('vendor_data', 'netsuite2_vendor',
    'purchase_order_line'), or None. 'vendor_credit' and 'purchase' alone are no concern of
    this: they name no kind discovery could mistake."""
    words = name_words(source)
    supplier = next((w for w in words if w in SUPPLIER_WORDS), None)
    if supplier:
        return (f"its name says suppliers ('{supplier}'): who the business buys from, not "
                "its customers or their people")
    if "purchaseorder" in words or ("purchase" in words and any(
            w in _ORDER_WORDS for w in words[words.index("purchase") + 1:])):
        return ("its name says purchase orders: what the business orders from its "
                "suppliers, not sales orders")
    return None


#: Name words (normalised, singular) of records no Sales table holds, and what they are.
NOT_SALES_WORDS = {
    "subsidiary": "the business's own subsidiaries (its legal entities)",
    "department": "the business's own departments",
    "division": "the business's own divisions",
    "businessunit": "the business's own business units",
    # groups of the CRM's users (GitHub's, Jira's, Vikunja's teams): set up in the org, no
    # records to move, whatever their columns look like (a parent and a name: a territory)
    "team": "the business's own teams of users",
    **dict.fromkeys(("equipe", "squadra", "ploeg", "tym", "zespol", "komanda", "ekip",
                     "csapat"), "the business's own teams of users"),
    "costcenter": "the business's own cost centres",
    # who sends the invoices (Simple Invoices' billers): the business's own companies
    "biller": "the business's own invoicing companies (who bills)",
    "location": "the business's own locations (sites, warehouses)",
    **dict.fromkeys(("standort", "localidad", "localizzazione", "locatie", "localizacao",
                     "umisteni", "lokalizacja", "raspolozhenye", "yerleske", "helyszin"),
                    "the business's own locations (sites, warehouses)"),
    **dict.fromkeys(SUPPLIER_WORDS, "suppliers the business buys from"),
    # an ERP's jobs (NetSuite's: projects) or a recruiter's (Workable's, Teamtailor's job
    # applications: openings to fill): no Sales table holds either
    "job": "jobs: projects the business works on, or positions it recruits for",
    # the bills of sales and purchases (no table of the map: its orders and quotes are)
    "invoice": "invoices: the bills of sales",
    "bill": "bills: what the business owes its suppliers",
    "project": "projects the business works on",
    # an agile tracker's epics (Taiga's, Jira's): groups of user stories, planned work of the
    # business's own, no record of a customer's (round V, keys332)
    "epic": "epics: groups of a tracker's user stories",
    # a help centre's content (erxes' knowledgebase_articles): no Sales table holds it
    # (said as "..., which no Sales table holds": no "which" of their own)
    "knowledgebase": "a knowledge base's help articles",
    "knowledge": "a knowledge base's help articles",
    # a template named for other records (intake/blueprints.py; e-mail templates keep
    # their kind): a blueprint the CRM copies into records later, no record of its own
    "template": "templates for other records (a task or plan template): blueprints the CRM "
                "copies into records later, not records of their own",
    # payment records of a billing system (Stripe's balance transactions, credit notes)
    # (each said as "..., which no Sales table holds": no "which" of their own)
    "transaction": "payment transactions",
    # a payment service's payouts and whom they go to (Paystack's transfer recipients: bank
    # accounts by their columns a name, an e-mail and an active flag, so read as users)
    **dict.fromkeys(("transfer", "payout", "payee"), "money transfers (payouts) and the "
                    "bank accounts they are paid to"),
    **dict.fromkeys(("creditnote", "debitnote", "creditmemo", "debitmemo"),
                    "credit or debit notes: corrections of invoices"),
    # a service desk's agreements with its customers (iTop's CustomerContract: a cost,
    # dates, a provider): Dynamics 365 keeps contracts in Customer Service, not Sales
    "contract": "service contracts with customers",
    # a help desk's own mailboxes (Freshdesk's email_mailboxes, a shared inbox's addresses):
    # where its mail comes in, set up in the desk; by their columns (a name, an e-mail, an
    # active flag, a group) its users
    "mailbox": "the help desk's own mailboxes (the addresses its mail comes in at)",
    # a community forum (Freshdesk's discussion categories, forums, topics and comments)
    "forum": "a community forum's categories, topics and posts",
    "discussion": "a community forum's categories, topics and posts",
    # an application's own key/value stores of settings (OTOBO's xml_storage)
    "storage": "the application's own stored settings (key/value pairs)",
    # a record's further postal addresses, rows of their own (Dataverse's customeraddress,
    # an address book's): an account's or a contact's own address columns hold them
    "address": "further addresses of other records (a company's or a person's, postal or "
               "e-mail)",
    # a nonprofit's funds that gifts are earmarked for; an HR system's job titles
    "designation": "designations (funds gifts are earmarked for, or job titles)",
    "kyc": "know-your-customer checks (a bank's identity checks of its customers)",
    # a nonprofit's gifts (GiveWP's donations, CiviCRM's contributions): payments received,
    # kept in a fundraising solution, not in Sales
    **dict.fromkeys(("donation", "contribution"), "donations received (gifts and their "
                    "payments)"),
}


#: Name words (normalised) saying a file holds people's conduct: a school's behaviour
#: incidents, an employer's disciplinary cases. Its 'incident' or 'case' is no customer's
#: support case, whatever its columns look like (a date, a status, notes).
CONDUCT_WORDS = frozenset({"behavior", "behaviour", "disciplinary", "discipline",
                           "misconduct"})
_CONDUCT = ("people's conduct (behaviour or disciplinary incidents: a school's of its "
            "students, an employer's of its staff), no customer's support cases")


def conduct_word(source: str) -> str | None:
    """The word of the file's name saying it holds people's conduct ('Behavior Incident',
    'disciplinary_cases'), or None."""
    return next((w for w in name_words(source) if w in CONDUCT_WORDS), None)


#: A contract, as the head noun of a name: first in French, Spanish, Italian, Portuguese
#: ('Contrat client', 'Acuerdo con Cliente'), last in English, German, Dutch, glued or not
#: ('customer_contract', 'Kundenvertrag', 'Klantencontract').
_CONTRACT_FIRST = frozenset({"contrat", "contrato", "contratto", "acuerdo"})
_CONTRACT_LAST = ("contract", "vertrag", "vertrage", "contracten")
_OF = frozenset({"de", "di", "da", "van", "of", "du", "des", "del"})


def contract_name(source: str) -> bool:
    """Whether the file's name says contracts by its head noun, whatever else it names
    (the customer of 'Contrat client', 'Kundenvertrag'): agreements, no customers."""
    words = name_words(source)
    while len(words) > 1 and words[0] in _OF:
        words = words[1:]   # 'Export de Contrat client': the download's 'de'
    if not words:
        return False
    return words[0] in _CONTRACT_FIRST or words[-1].endswith(_CONTRACT_LAST)


def not_sales_word(source: str) -> tuple[str, str] | None:
    """(word, what it names) when the file's name names one of :data:`NOT_SALES_WORDS` and
    no object kind ('netsuite2_vendor_data', 'Subsidiaries'); None otherwise (a
    'location_contacts' file is contacts, named so by its head noun; a 'vendor_contacts'
    one is left to :func:`supplier_file`). A name saying people's conduct
    (:data:`CONDUCT_WORDS`) says so whatever kind its other words name."""
    if (conduct := conduct_word(source)) is not None:
        return conduct, _CONDUCT
    if contract_name(source):
        return "contract", NOT_SALES_WORDS["contract"]
    if name_kind(source)[0] is not None:
        return None
    words = name_words(source)
    for i in reversed(range(len(words))):
        if words[i:i + 2] == ["address", "book"]:
            continue  # an address book: its people (Thunderbird's, Outlook's), no addresses
        for word in (words[i], "".join(words[i:i + 2])):   # then a pair: 'credit_note'
            if word in NOT_SALES_WORDS:
                return word, NOT_SALES_WORDS[word]
    return None


def name_says_not_sales(source: str) -> list[str]:
    """The line saying what a file's name says it holds, when that is no Sales object
    (suppliers, invoices, payment transactions), for a file whose columns fit no kind: it
    stays unknown, but the inventory says why instead of "not recognised"."""
    supplier = supplier_file(source)
    if supplier:
        return [supplier]
    foreign = not_sales_word(source)
    return [f"its name says {foreign[1]}, which no Sales table holds"] if foreign else []
