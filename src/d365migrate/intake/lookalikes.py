"""Columns that contradict the kind a file's other columns fit, under a name that says
nothing: better unsure than confidently wrong.

A subject and a body make an e-mail template, but a campaign's sends (open and click rates)
or a conversation's states (snoozed, waiting, assigned) are no template's; a subject, a due
date and a status make a to-do, but a bill-to address and a grand total are a sales
document's (Zoho's sales orders, invoices and purchase orders), and a sum in a currency a
pledge's or a payment's (CiviCRM's pledges); a product title, price and quantity bought by
one customer are a purchase, no product of the catalogue (Recharge's subscriptions). A file
whose name names a kind keeps it, but for an activity with no date and a customer's product.
"""

from __future__ import annotations

from d365migrate.intake.bulk_sends import MESSAGE_KINDS, bulk_send_columns
from d365migrate.intake.line_items import QUANTITY, UNIT_PRICE

__all__ = ["contradiction", "dated", "CUSTOMER_REFS", "SEND_COLUMNS", "STATE_COLUMNS",
           "DOCUMENT_COLUMNS", "PRICED_KINDS", "PRICED_REFS", "PRICED_BARE", "SYNC_PREFIXES"]

#: A campaign's sends: its counts and rates (normalised).
SEND_COLUMNS = frozenset({"openrate", "clickrate", "unsubscriberate", "bouncerate", "opens",
                          "clicks", "uniqueopens", "uniqueclicks", "emailssent", "sentcount",
                          "recipients", "recipientcount", "sendsize"})
#: A conversation's or a work item's states (normalised).
STATE_COLUMNS = frozenset({"state", "status", "priority", "assigneeid", "assignee",
                           "assignedto", "snoozeduntil", "waitingsince", "read", "isread",
                           "open", "closedat", "resolvedat",
                           # a request's progress (Dropbox Sign's signature requests)
                           "iscomplete", "isdeclined", "completedat", "declinedat"})
#: A sales document's money and addresses (normalised).
DOCUMENT_COLUMNS = frozenset({"grandtotal", "subtotal", "adjustment", "exciseduty",
                              "billingstreet", "billingcity", "billingcountry", "billingcode",
                              "shippingstreet", "shippingcity", "shippingcountry",
                              "shippingcode", "totalamount", "taxamount", "carrier"})


#: A column naming the one customer a row belongs to (normalised).
CUSTOMER_REFS = frozenset({"customerid", "contactid", "accountid", "buyerid", "shopperid"})

#: Kinds whose rows price a product somewhere: they carry the id of what they price or of
#: the quote, order or price list they belong to (normalised endings).
PRICED_KINDS = ("quote_line", "order_line", "price_list_item")
PRICED_REFS = ("productid", "product2id", "itemid", "variantid", "quoteid", "orderid",
                "pricebookid", "pricebook2id", "pricelistid", "pricelevelid", "estimateid",
                "invoiceid")
#: The same links written bare (NetSuite's transaction lines: 'transaction', 'item').
PRICED_BARE = frozenset({"product", "variant", "item", "transaction", "order", "quote", "invoice",
                          "estimate", "pricelist", "pricebook", "salesorder"})

#: What only a catalogue's item has (its stock, what it costs to buy in, its barcode): a
#: product file that has two names its supplier (Holded's 'contactId'), no customer.
_CATALOGUE = frozenset({"stock", "instock", "hasstock", "purchaseprice", "cost", "barcode",
                        "forsale", "forpurchase", "weight", "stockquantity"})
#: A currency column (normalised).
_CURRENCY = frozenset({"currency", "currencycode", "currencyisocode", "isocurrencycode"})


#: Words of a column saying when (normalised), in the common European languages too ('Data',
#: 'Ora inizio', 'Datum', 'Fecha', 'Heure'); a connector's own sync stamps say nothing.
_WHEN_WORDS = ("date", "time", "start", "end", "due", "when", "scheduled", "created",
               "updated", "modified", "day", "data", "datum", "fecha", "ora", "hora", "heure",
               "zeit", "uhr", "tijd", "jour", "giorno", "dia",
               "plaatsgevonden", "gepland",   # Dutch: took place, planned
               "tarih", "saat",   # Turkish: a date ('Başlangıç Tarihi'), an hour
               # a date in Estonian ('Tegevuse kuupäev'), Finnish ('Aloitus pvm',
               # 'Vanhentumispäivä'), Indonesian, Malay, Danish and Norwegian
               "kuupaev", "pvm", "paiva", "tanggal", "tarikh", "dato")
SYNC_PREFIXES = ("fivetran", "airbyte", "sdc", "stitch")


#: A line's number in its order, how many it sells, and the price of each (normalised).
_LINE_NUMBER = frozenset({"linenumber", "orderlinenumber", "lineitemnumber", "lineno",
                          "orderlineno", "linenr"})
_LINE_QUANTITY = QUANTITY | {"quantityordered", "orderedquantity", "qtyordered"}
_LINE_PRICE = UNIT_PRICE | {"priceeach"}


#: Columns of a stored file (normalised): what a file of attachments has.
_FILE_COLUMNS = frozenset({"filesize", "size", "bytes", "mimetype", "contenttype", "filetype",
                           "path", "filepath", "downloadurl", "url", "content", "body",
                           "documentbody", "extension", "fileextension", "storagekey"})
#: A sign-in's traits, an e-mail's columns, and a company's (normalised).
_LOGIN_TRAITS = frozenset({"role", "rolecode", "locale", "islocked", "locked", "lastlogin",
                           "lastloginat", "lastsignin", "permissions", "ispaid"})
_EMAILS = frozenset({"email", "emailaddress", "mail"})
_COMPANY_TRAITS = frozenset({"name", "companyname", "accountname", "website", "domain",
                             "industry", "phone", "address", "city", "country", "street",
                             "firstname", "lastname", "fullname"})
#: When an offer expires (normalised).
_EXPIRY = frozenset({"expirationdate", "expireson", "expiresat", "expirydate", "validuntil",
                     "validto", "expiration"})


def order_line_columns(cols: set[str]) -> list[str]:
    """The columns that make each row of an orders file one line of its order: a line
    number, a quantity and a unit price, all three; [] otherwise (an order's own file has a
    total, not a line number)."""
    found = [sorted(cols & group) for group in (_LINE_NUMBER, _LINE_QUANTITY, _LINE_PRICE)]
    return [c[0] for c in found] if all(found) else []


def dated(cols: set[str]) -> bool:
    """Whether a file's (normalised) columns hold a date or a time of its own."""
    return any((c.endswith("at") or any(w in c for w in _WHEN_WORDS))
               and not c.startswith(SYNC_PREFIXES) for c in cols)


def contradiction(best: str, cols: set[str], scores: dict[str, float],
                  named: str | None = None) -> tuple[str, str] | None:
    """(the kind to take instead, or 'unknown' for unsure; why) when a file's columns
    contradict ``best``; None when they do not. A file ``named`` for a kind is checked for
    the contradictions a name cannot outweigh: an activity with no date, a product bought
    by one customer."""
    if best == "activity" and not dated(cols):
        return "unknown", "no column says when: no activity's, which happens at a time"
    if best == "product" and cols & CUSTOMER_REFS and len(cols & _CATALOGUE) < 2:
        # Recharge's subscriptions and one-time products: a product title, a price and a
        # quantity, bought by one customer; the catalogue's products belong to no one
        return "unknown", (f"its rows name a customer ({', '.join(sorted(cols & CUSTOMER_REFS))}"
                           "): a customer's purchase or subscription, no product of the "
                           "catalogue")
    if best in MESSAGE_KINDS and (bulk := bulk_send_columns(cols)):
        return "campaign", (f"its messages carry a mass mailing's counters ({', '.join(bulk)})"
                            ": newsletters sent to lists, campaigns")
    if named not in (None, best) and best == "email_template" and "templateid" in cols \
            and scores.get(named, 0.0) >= 0.4:
        # listmonk's campaigns: a subject and a body, and the template they were written from
        return named, ("its rows name the template they use (template_id): "
                       f"{named.replace('_', ' ')}s, as its name says, not templates")
    if best == "product" and cols & {"productid", "producttemplateid"}:
        # Sugar's 'Products' (its Quoted Line Items): each row a quote's or an order's, naming
        # the catalog product it prices
        for ref, kind in (("quoteid", "quote_line"), ("orderid", "order_line"),
                          ("salesorderid", "order_line")):
            if ref in cols:
                return kind, (f"its rows each belong to a {kind[:-5].replace('_', ' ')} "
                              f"({ref}) and name a catalog product: its lines, not products")
    if best == "attachment" and not cols & _FILE_COLUMNS and (
            offer := sorted(c for c in cols if c in _EXPIRY or "total" in c)) and \
            cols & _EXPIRY:
        # PandaDoc's 'documents': proposals sent for signature, each with a grand total and
        # an expiry, no file of its own (no size, type or content): a sales document's offer
        return "quote", (f"its documents carry a total and an expiry ({', '.join(offer)}) and "
                         "no file (no size, type or content): offers sent to customers, quotes")
    if best == "account" and cols & _EMAILS and len(cols & _LOGIN_TRAITS) >= 2 \
            and not cols & _COMPANY_TRAITS:
        # Dropbox Sign's 'accounts': an e-mail, a role, a locale, a lock, no company's name,
        # site or address: the people who sign in, users
        traits = ", ".join(sorted(cols & _LOGIN_TRAITS))
        return "user", (f"an e-mail and a sign-in's traits ({traits}), no company's name, "
                        "site or address: logins, users")
    if named is not None:
        return None
    if best == "order" and (line := order_line_columns(cols)):
        # a sales report of order lines (Superset's and ClassicModels' sales data): the
        # order's number, date and status repeat on each of its lines
        return "order_line", (f"each row is one line of its order ({', '.join(line)}): the "
                              "order's lines, the order's own columns repeated on each")
    if best == "email_template":
        sends = sorted(cols & SEND_COLUMNS)
        if sends and scores.get("campaign", 0.0) >= 0.4:
            return "campaign", f"its sends ({', '.join(sends)}) make it campaigns, not templates"
        states = sorted(cols & STATE_COLUMNS)
        if sends or len(states) >= 2:
            return "unknown", (f"a subject and a text, but with {', '.join(sends or states)}: "
                               "no e-mail template's")
        if not any("subject" in c for c in cols):   # a template is a subject and a text
            return "unknown", "a name and a text, but no subject: no e-mail template's"
    if best in ("task", "activity", "ticket"):
        money = sorted(cols & DOCUMENT_COLUMNS)
        if cols & _CURRENCY:   # a sum in a currency: a pledge's, a payment's
            money += sorted(c for c in cols if c.endswith("amount") or c.startswith("total"))
        if len(money) >= 2:
            return "unknown", (f"a subject, a date and a status, but with {', '.join(money)}: "
                               "a sales document's, no " + best.replace("_", " ") + "'s")
    return None
