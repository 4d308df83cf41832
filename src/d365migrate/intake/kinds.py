"""The words of discovery: object kinds, the names and columns typical of each, and how
names are normalised. The one vocabulary of object kinds in the tool (the map proposal turns a
kind into Dataverse tables through ``mapping/data/synonyms.yml``, never with words of its own).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from d365migrate.intake.chance_endings import chance_ending
from d365migrate.intake.cjk_kinds import cjk_kind
from d365migrate.intake.column_signatures import (
    FIRST_NAME_COLUMNS,
    LAST_NAME_COLUMNS,
    SIGNATURES,
)
from d365migrate.intake.erp_tables import ERP_TABLE_WORDS
from d365migrate.intake.foreign_kinds import (
    ALONE_NAME_WORDS,
    FOREIGN_NAME_WORDS,
    HARVESTED_WORDS,
    HEAD_FIRST_WORDS,
    WHOLE_WORDS_ONLY,
)
from d365migrate.intake.glued_table_names import glued_name_kind
from d365migrate.intake.goal_files import GOAL_WORDS
from d365migrate.intake.html_entities import unescaped
from d365migrate.intake.name_phrases import grouped_kind, joined_kind
from d365migrate.intake.name_segments import segment_kind
from d365migrate.intake.path_columns import without_path
from d365migrate.intake.person_names import (
    contact_of_named_customer,
    own_name_column,
    whole_name_beside_given,
)
from d365migrate.intake.promotions import not_a_record
from d365migrate.intake.search_names import without_search_words
from d365migrate.intake.section_headers import without_section
from d365migrate.intake.standard_columns import STANDARD_COLUMNS
from d365migrate.intake.technical_names import technical_kind
from d365migrate.intake.transfer_names import layout_template, transfer_kind
from d365migrate.intake.type_lists import names_types

__all__ = ["OBJECT_KINDS", "KIND_WORDS", "NAME_SYNONYMS", "SIGNATURES", "STANDARD_COLUMNS",
           "GENERIC_NAME_WORDS", "SOURCE_PREFIXES", "QUALIFIER_PREFIXES", "strip_qualifiers",
           "col_norm", "ascii_folded", "normalize_name", "kind_of_word", "name_kind", "name_words",
           "name_kinds", "object_kind_from_word", "column_prefix", "strip_column",
           "name_word_split", "person_columns_of_account",
           "subscriber_columns", "list_membership", "FIRST_NAME_COLUMNS", "LAST_NAME_COLUMNS"]

OBJECT_KINDS = [
    "account", "contact", "lead", "deal", "pipeline", "task", "activity", "note", "attachment",
    "custom_field", "user", "ticket", "ticket_message", "workflow", "email_template",
    "campaign", "product", "price_list", "price_list_item", "competitor", "territory",
    "quote", "quote_line", "order", "order_line", "unit_group", "unit", "goal", "unknown",
]

# Table-name synonyms (normalised: lowercase alphanumerics, singular).
NAME_SYNONYMS: dict[str, set[str]] = {
    # a partner (Odoo, Axelor, SAP's business partner) is a customer, company or person
    "account": {"account", "company", "organization", "organisation", "org", "customer",
                "firma", "kunde", "business", "partner", "businesspartner", "client",
                "bpartner",   # Compiere's (ADempiere, iDempiere, Openbravo) C_BPartner
                "societe", "entreprise", "empresa", "azienda", "unternehmen", "bedrijf",
                "enterprise",   # Open Food Network's enterprises: producers and shops
                "societa",   # Italian 'società': 'Id società' names a company
                "thirdparty", "partygroup", "debtormaster",    # Dolibarr, OFBiz; ERP debtors
                "sponsor", "exhibitor",   # an event's sponsors and exhibitors: companies
                "merchant",   # a marketplace's merchants: the companies selling on it (Spryker)
                "subaccount",   # a payments service's subaccounts: partner businesses paid
                # a split of collections (Flutterwave's, Paystack's)
                "collective",   # Open Collective's collectives: groups with a budget
                "corporatemembership"},   # an association's member companies (Tendenci's)
    # a mailing list's subscriber (Marketing Cloud, MailerLite) is a person to market to;
    # an individual a person (CiviCRM, Salesforce), an applicant (Odoo's hr.applicant) too
    "contact": {"contact", "person", "people", "kontakt", "subscriber", "individual", "applicant",
                "addressbook",   # an address book: its people (EGroupware's export)
                "candidate",   # a job's candidates (OpenCATS, Greenhouse, OrangeHRM): people
                "patient",   # a practice's patients (OpenEMR's patient list; round X)
                "student", "pupil",   # a school's students (OpenEduCat's, Gibbon's; round Y)
                "patron",   # a library's borrowers (Evergreen's patrons; round Z)
                "donor",   # a nonprofit's givers (GiveWP's donors; round Z3)
                "contributor", "backer",   # a collective's givers (Open Collective's)
                "supporter",   # a fundraising platform's givers (Classy's supporters)
                "customeruser"},   # a B2B portal's buyers at its customers (OroCommerce's)
    # an application to be admitted (OpenEduCat's admissions): a prospective student's
    "lead": {"lead", "prospect", "inquiry", "enquiry", "interessent", "admission"},
    "deal": {"deal", "opportunity", "opp", "salesdeal", "affaire", "oportunidad",
             "opportunite", "opportunita", "verkaufschance",
             # what sits in a pipeline (Less Annoying CRM's pipeline items, its pipeline
             # report of them): the deals, not the pipeline's stages
             "pipelineitem", "pipelinereport"},
    "pipeline": {"pipeline", "dealstage", "stage", "salesprocess", "opportunitystage",
                 "pipelinestage", "dealstatus", "opportunitystatus"},   # a deal's statuses
    "task": {"task", "todo", "tache", "tarea", "aufgabe", "compito", "workpackage", "arbeitspaket",
             "subtask"},   # a task's steps, tasks too (Kanboard's 'Subtasks' export, keys320)
    # an appointment (Freshsales, Zoho, Dynamics itself) is a meeting in the calendar
    # ... and an action (X2CRM's actions, Dolibarr's actioncomm) an activity; an interview
    # (a recruiting system's) is a meeting with a date, a place and a duration
    "activity": {"activity", "engagement", "event", "call", "meeting", "interaction",
                 "calllog", "callhistory",   # a phone system's call log (RingCentral's)
                 "appointment", "evenement", "evento", "action", "interview",
                 "reservation", "booking"},   # a room or a person booked for a time
    "note": {"note", "comment", "notiz", "nota"},
    "attachment": {"attachment", "file", "document", "upload"},
    "custom_field": {"customfield", "field", "property", "fielddefinition", "customproperty"},
    # a helpdesk's 'admins' are its agents (Intercom, Freshdesk): staff users
    "user": {"user", "owner", "agent", "member", "staff", "employee", "assignee", "author",
             "rep", "admin", "administrator", "utilisateur", "usuario", "benutzer",
             "workspacemember", "teammember", "salesperson", "salesrep", "salesman",
             "saleswoman", "salesagent", "accountmanager",   # who sells: a user
             "salespeople",   # Business Central's salespeople (not 'people': contacts)
             "technician", "fieldtechnician"},   # who does a service desk's work: a user
    # conversations (Intercom), incidents (ITIL), requests (OFBiz): tickets; their parts messages;
    # a live chat's chats (Zendesk Chat, LiveChat, Olark): a visitor's conversation with support
    # ... and a maintenance or repair request (a work order raised on equipment, assigned to a
    # technician, with a status and a priority) a service case
    "ticket": {"ticket", "case", "issue", "supportticket", "conversation", "incident",
               "custrequest", "customerrequest", "servicerequest", "supportrequest", "chat",
               "livechat", "chattranscript", "maintenancerequest", "repairrequest",
               "bug", "defect"},   # a bug tracker's bugs (ZenTao's, Mantis'): its cases
    "ticket_message": {"ticketmessage", "ticketcomment", "message", "conversationpart",
                       "conversationmessage", "conversationreply", "thread", "ticketthread",
                       "casecomment", "emailmessage"},
    # a journey (Iterable, Journey Builder) and a triggered send are automations too
    "workflow": {"workflow", "automation", "rule", "flow", "workflowrule", "journey",
                 "triggeredsend", "triggeredemail"},
    "email_template": {"emailtemplate", "template", "mailtemplate"},
    # a marketing program (Marketo, Eloqua) is what Dynamics calls a campaign
    "campaign": {"campaign", "emailcampaign", "newsletter", "program", "marketingprogram",
                 "emailing", "singlesend",   # SendGrid's single sends: one mailing each
                 "broadcast"},   # Drip's, Kit's, Intercom's broadcasts: one-off mailings
    # The standard Sales tables (product catalogue, price lists, quotes and orders): narrow
    # words only, since a kind's words also name reference columns ('product_id'). A plan
    # (Recurly, Stripe), an ERP's stock item, a template (Odoo, Zurmo), a variant: products
    "product": {"product", "product2", "produkt", "produit", "producto", "prodotto", "artikel",
                "productcatalog", "plan", "subscriptionplan", "pricingplan", "merchandise",
                "paymentplan",   # a recurring charge's plan (Flutterwave's payment plans)
                "stockmaster", "stockitem", "producttemplate", "productvariant", "variant",
                "menuitem",   # a restaurant's dishes on sale (TastyIgniter's; round Z)
                "productservicelist",   # QuickBooks' products and services
                "productfamily",   # a family of products (Chargify's; Dynamics' family product)
                "sku", "skus"},   # a shop's stock-keeping units (Commerce Layer's): its products
    "price_list": {"pricelist", "pricebook", "pricebook2", "pricelevel", "preisliste"},
    # a file of prices (FrontAccounting's, webERP's 'prices': an item, a price list, a price)
    "price_list_item": {"pricelistitem", "pricebookentry", "productpricelevel",
                        "pricelistentry", "productprice", "pricelistline", "price"},
    "competitor": {"competitor", "rival", "wettbewerber", "konkurrent", "competidor"},
    "territory": {"territory", "salesterritory", "salesregion", "vertriebsgebiet"},
    # an estimate (QuickBooks, Xero, FreshBooks), an offer (German Angebot): quotes
    "quote": {"quote", "quotation", "salesquote", "angebot", "devis", "offerte",
              "presupuesto", "estimate", "proposal", "propal", "offer"},
    "quote_line": {"quoteline", "quotelineitem", "quotedetail", "quoteitem", "quoteproduct",
                   "estimateline", "estimatelineitem", "estimateitem"},
    # an order confirmation (lexoffice's Auftragsbestätigung): the order the customer placed
    "order": {"order", "salesorder", "bestellung", "auftrag", "commande", "pedido",
              "orderconfirmation", "auftragsbestatigung", "auftragsbestaetigung",
              "confirmation"},   # Billomat's confirmations (of orders placed)
    "order_line": {"orderline", "orderlineitem", "orderitem", "salesorderdetail", "saleitem",
                   "orderproduct", "orderdetail", "salesorderitem", "salesorderline", "saleline"},
    "unit_group": {"unitgroup", "uomschedule", "unitofmeasureschedule"},
    "unit": {"uom", "unitofmeasure", "unitofmeasurement"},
    "goal": GOAL_WORDS,
}

#: The one vocabulary of object kinds: the words (normalised, singular) that name each kind,
#: the kind's own name included. The map proposal turns a kind into Dataverse tables through
#: ``mapping/data/synonyms.yml`` (``tables:``), never through words of its own.
for _kind, _words in FOREIGN_NAME_WORDS.items():   # 'Firmen', 'Sociétés', 'Oportunidades'
    NAME_SYNONYMS[_kind] |= _words
for _kind, _words in ERP_TABLE_WORDS.items():       # SAP's 'KNA1', 'VBAK'
    NAME_SYNONYMS[_kind] |= _words
KIND_WORDS: dict[str, frozenset[str]] = {
    kind: frozenset(words | {kind.replace("_", "")}) for kind, words in NAME_SYNONYMS.items()}


def kind_of_word(word: str) -> str | None:
    """The object kind one word names ('companies' -> account, 'Opp' -> deal), or None."""
    n = normalize_name(word)
    for kind, words in KIND_WORDS.items():
        if n in words:
            return kind
    return None


#: Words of a file or table name that say nothing about what it holds ('deals_export_2024',
#: the warehouse tables of a connector: 'company_data', 'contact_raw'; 'leads_test').
GENERIC_NAME_WORDS = frozenset({
    "export", "data", "list", "record", "csv", "dump", "table", "all", "backup", "file",
    "extract", "full", "sheet", "raw", "tbl", "stg", "staging", "src", "source", "dim", "fact",
    "view", "vw", "latest", "current", "sample", "import", "report", "info", "information", "test",
    "example", "esempio", "beispiel", "exemple", "ejemplo", "voorbeeld", "exemplo",  # 'Beispiel'
    # a program's download named in its user's language ('Persona Exportar', 'Esporta Persona')
    "exportar", "esporta", "exporter", "exportieren", "exporteren", "exportacion",
    "exportacao", "esportazione",
    # Polish 'Eksport', Hungarian 'exportálás', Turkish 'dışarı çıkartıldı' (exported out)
    "eksport", "exportala", "disari", "cikartildi",
    # a program's own name beside what it holds ('CiviCRM Activity Search', 'Пребарување на
    # CiviCRM активности'): it says nothing of the records (keys201)
    "civi", "civicrm", "crm"})

#: Namespace prefixes source systems put before their own column names: a connector's
#: ``property_`` (Fivetran/Stitch land HubSpot properties as ``property_<name>``), HubSpot's
#: internal ``hs_``/``hubspot_``, ServiceNow's system fields ``sys_`` (``sys_created_on``).
#: Stripped before a column name is compared (also when fewer than most columns carry them).
SOURCE_PREFIXES = ("property", "properties", "hs", "hubspot", "sys")

#: Qualifier words a source system puts before a standard name to group its fields:
#: ``location_city`` (Intercom, Segment), ``custom_job_title`` (a custom attribute that is
#: a standard field), ``source_subject`` (the first message of a conversation). Stripped
#: like the namespace prefixes, unless what is left is a bare plumbing word (``source_id``,
#: ``source_type``, ``custom_url`` say nothing without their qualifier).
# Mailchimp's merge fields (merge_fname, merge_lname) are the audience's name fields
# ... and an API's free 'metadata' a record carries its own fields in (Commerce Layer's
# customers' 'metadata.first_name'), and Kit's (ConvertKit's) subscriber 'fields.last_name'
QUALIFIER_PREFIXES = ("location", "custom", "source", "merge", "metadata", "fields")
_BARE_WORDS = frozenset({"id", "type", "key", "name", "code", "url", "value", "data", "ids",
                         "kind", "label", "field", "fields"})


def strip_qualifiers(words: list[str]) -> list[str]:
    """Words without the leading namespace and qualifier prefixes (``property_hs_createdate``
    -> ['createdate'], ``location_city`` -> ['city'], but ``source_id`` stays)."""
    ws = list(words)
    while len(ws) > 1 and (ws[0] in SOURCE_PREFIXES or (
            ws[0] in QUALIFIER_PREFIXES and not set(ws[1:]) <= _BARE_WORDS)):
        ws = ws[1:]
    return ws


def name_word_split(name: str) -> list[str]:
    """'SupportTicketsExport' / 'deal_pipeline_stage' -> lower-case words."""
    # Turkish's dotted capital I ('İletişim') lower-cases with a combining dot, no letter:
    # read as the plain 'I', lest the word split at the dot
    # YetiForce's 'Adres główny::Ulica' is the field 'Ulica' (intake/section_headers.py)
    name = without_section(name).replace("İ", "I")
    s = re.sub(r"([^\W_])(?=[A-Z][a-z])|([a-z0-9])(?=[A-Z])", r"\1\2 ", name.strip())
    return [w for w in re.split(r"[\W_]+", s.lower()) if w]


#: Words after a record's noun naming the tool that keeps the records, not the records
#: (a no-code template's 'lead_management_system', 'Ticket Tracker', 'Contacts Database').
TOOL_NAME_WORDS = frozenset({"management", "manager", "system", "tracker", "tracking", "app",
                             "portal", "database", "db", "crm"})


#: A word of four letters or more with digits glued to its end ('projects2'); SAP's tables
#: (KNA1, LFA1: three letters and a digit) keep theirs.
_GLUED_NUMBER = re.compile(r"^([a-z]{4,})\d+$")


def name_words(source: str) -> list[str]:
    """A table name's words, singular, without the words that say nothing ('company_data'
    -> ['company']; 'import_template': an import file's layout, no e-mail template). 'list'
    says nothing only at the end ('contact_list'), not before a word ('list_subscriber');
    nor do the words naming the tool after the records' noun ('lead_management_system')."""
    # a copy's or a year's number glued to the noun ('projects2', 'customers2') says nothing
    words = [_GLUED_NUMBER.sub(r"\1", w) for w in name_word_split(source)]
    words = [w for w in map(normalize_name, words) if w and not w.isdigit()]
    words = without_search_words(words)   # 'Recherche d'activités': the activities
    # a template after 'import' or 'export' is that file's layout (intake/transfer_names.py)
    words = [w for i, w in enumerate(words) if not layout_template(words, i)] or words
    kept = [w for i, w in enumerate(words) if (w not in GENERIC_NAME_WORDS or (
        w == "list" and any(x not in GENERIC_NAME_WORDS for x in words[i + 1:])))]
    while len(kept) > 1 and kept[-1] in TOOL_NAME_WORDS:
        kept = kept[:-1]
    return kept or words


def name_kinds(source: str) -> list[str]:
    """Every object kind a word of the name names, in order ('deal_contact' -> [deal, contact])."""
    out: list[str] = []
    for w in name_words(source):
        for kind, syn in KIND_WORDS.items():
            if w in syn and kind not in out:
                out.append(kind)
    return out


#: Words before 'item' that make it no product: a line of a sale or a purchase, a work item,
#: a part of a bundle or kit (QuickBooks' 'bundle_item': which products a bundle holds).
NOT_PRODUCT_ITEM = frozenset({"line", "invoice", "bill", "cart", "purchase", "receipt",
                              "purchaseorder",   # Db2's 'PURCHASEORDER_ITEM', glued
                              "bundle", "kit", "package", "component",
                              "credit", "estimate", "sale", "transaction", "shipment", "return",
                              "subscription", "work", "action", "todo", "agenda", "checklist",
                              "list", "segment", "audience",  # a list's items: its members
                              # a knowledge base's items are its articles (GLPI's KnowbaseItem)
                              "knowbase", "knowledgebase", "kb", "faq", "wiki"})

#: Two words naming a billing document whose last word alone names a kind ('credit_note',
#: 'delivery_note'): the document, no note.
BILLING_DOCUMENTS = frozenset({"creditnote", "debitnote", "creditmemo", "debitmemo",
                               "deliverynote"})

#: Two words naming a unit of the business's own organisation whose last word alone names a
#: unit of measure ('company_business_unit'): no unit, and no record of a customer's.
ORGANISATION_UNITS = frozenset({"businessunit", "orgunit", "organizationalunit",
                                "organisationalunit", "organizationunit", "operatingunit"})
#: Two words naming an account that is no customer's ('customer_bank_accounts', a
#: mailbox's): no account, whatever kind the word before names (a ledger's accounts are
#: told by their classes of the books: intake/erp_tables.py's chart of accounts).
OTHER_ACCOUNTS = frozenset({"bankaccount", "emailaccount", "mailaccount"})
#: Words after a kind word that only say which variety of it a file holds (Spryker's
#: 'product_concrete' and 'product_abstract', an ERP's 'customer_master'): the kind word
#: before them is the head noun.
POSTPOSITIVE_QUALIFIERS = frozenset({"concrete", "abstract", "master"})

#: Kinds an activity log's own files may be (an 'activity_notes' file is notes).
ACTIVITY_FAMILY = ("task", "activity", "note", "attachment", "ticket_message")


def name_kind(source: str) -> tuple[str | None, str]:
    """The kind a table name names and how: ('account', 'exact') for 'Companies' or
    'company_data' (words that say nothing are dropped), ('activity', 'head') for
    'engagement_meeting_data' (its last meaningful word, the head noun, names it),
    ('ticket', 'partial') for 'SupportTicketsExport'; (None, '') when it names none."""
    bracketed = re.match(r"^(.*\w)\s*\(([^()]*)\)\s*$", source)
    if bracketed and (inner := name_kind(bracketed.group(1)))[1] == "exact":
        return inner  # 'Activity (mail.activity)' (Odoo's label, then its model), 'Deals (2)'
    if bracketed and (model := technical_kind(bracketed.group(2), name_kind)) is not None:
        return model, "exact"  # a label in the user's language, then the program's own name
    if source.endswith("__c") and name_kind(source[:-3])[0] == "custom_field":
        return None, ""  # Salesforce's custom object 'Property__c': its records, no field list
    if (cjk := cjk_kind(source)) is not None:
        return cjk, "exact"   # '組織 Export', '人员导出': a name in Japanese or Chinese
    if re.fullmatch(r"(?i)bugs?[\W_]*\d+", source.strip()):
        return None, ""   # named after one bug report (Horde's test files 'bug_3839'), no bugs
    n = normalize_name(re.sub(r"(?i)(import|export)[\W_]*template", r"\1", source))
    words = name_words(source)
    if names_types(words):
        return None, ""   # 'Type de contact': a list of contact types, head noun first
    raw = name_word_split(source)
    if len(raw) > 1 and normalize_name(raw[-1]) == "source":
        return None, ""   # 'candidate_source', 'lead_source': a list of where they came from
    if len(raw) > 1 and normalize_name(raw[-1]) in POSTPOSITIVE_QUALIFIERS and (
            (qualified := name_kind("_".join(raw[:-1])))[0] is not None):
        return qualified[0], "head"   # 'product_concrete': products, of one variety
    joined = "".join(words)
    for cand in (n, joined):
        for kind, syn in KIND_WORDS.items():
            if cand in syn:
                return kind, "exact"
    if n in ALONE_NAME_WORDS:
        return ALONE_NAME_WORDS[n], "exact"   # French 'Tiers', the whole name
    named = [normalize_name(w) for w in name_word_split(source)]
    if (moved := transfer_kind(named, kind_of_word)) is not None:
        return moved, "head"   # 'lead_import_exist_contact': leads, named before 'import'
    if (glued := glued_name_kind(n, KIND_WORDS, name_kind)) is not None:
        return glued   # 'debtorsmaster': 'debtor master'; 'custcontacts': customer contacts
    if (grouped := grouped_kind(words, name_kind)) is not None:
        return grouped   # 'Contacts by company': contacts, grouped
    if len(words) > 1 and words[0] in HEAD_FIRST_WORDS:
        return kind_of_word(words[0]), "head"   # 'listini cliente': price lists
    if len(words) == 2 and words[1] == "activity" and kind_of_word(words[0]) in ("note", "task"):
        return kind_of_word(words[0]), "head"   # Close's 'note_activities': activities, notes
    if len(words) > 2 and "activity" in words[:-1]:
        # 'activity_send_email', 'activity_delete_lead' (Marketo, Eloqua): a log of one
        # activity type, named by what was done; 'activity_notes' stays notes
        rest = words[words.index("activity") + 1:]
        if not any(rest[-1] in KIND_WORDS[k] for k in ACTIVITY_FAMILY):
            return "activity", "head"
    body = [w for w in words if w != "history"]
    if body[-1:] == ["item"] and not any(kind_of_word(w) not in (None, "product")
                                         or w in NOT_PRODUCT_ITEM for w in body[:-1]):
        # 'items' (NetSuite's, QuickBooks'): what the business sells; not a line of a sale
        # ('line_item', 'invoice_item', 'deal_item') nor a 'work_item' or an 'action_item'
        return "product", "head"
    # Fivetran's history mode: '<table>_history' holds every version of the records, so a
    # trailing 'history' after two words or more leaves the head noun before it
    # ('account_note_history' holds an account's notes)
    heads = [words] + ([words[:-1]] if len(words) > 2 and words[-1] == "history" else [])
    for ws in heads if len(words) > 1 else []:
        if "".join(ws[-2:]) in BILLING_DOCUMENTS | ORGANISATION_UNITS | OTHER_ACCOUNTS:
            return None, ""   # 'credit_note': a billing document, no note
        for kind, syn in KIND_WORDS.items():
            if ws[-1] in syn or "".join(ws[-2:]) in syn:   # 'task_template', 'special_offer'
                return segment_kind(source, name_kind, name_kinds) if not_a_record(  # (None, '')
                    ws, kind, kind_of_word) else (kind, "head")
    # the longest word the name starts or ends with: 'conversation_part_history' is a
    # conversation part (a message), not a conversation; a kind word that only starts a
    # name of several words qualifies the word after it ('campaign_label' is a label of a
    # campaign, 'user_unsubscribed_channel' a channel a user left): it names no kind; a
    # trailing 'history' (Fivetran's history mode: every version of the records) qualifies
    # nothing ('campaign_history' holds campaigns)
    body = [w for w in words if w != "history"]
    leading = {"".join(body[:i]) for i in range(1, len(body))}
    best: tuple[int, str] | None = None
    # in a name of several words a kind word is whole words of it: 'balance_transaction'
    # names no 'action', 'credit_note' no note, nor 'ContactType' a Portuguese 'conta'
    ends = {"".join(words[i:]) for i in range(len(words))} if len(words) > 1 else None
    for cand in (n, joined):
        for kind, syn in NAME_SYNONYMS.items():
            for s in syn:
                if len(s) >= 4 and ((cand.endswith(s) and (ends is None or s in ends)
                                     and not chance_ending(cand, s)) or (
                        cand.startswith(s) and s not in leading and s not in WHOLE_WORDS_ONLY
                        and (s not in HARVESTED_WORDS or len(cand) - len(s) <= 3)
                        and (ends is None or len(s) >= len(words[0])))) and (
                        best is None or len(s) > best[0]):
                    best = (len(s), kind)
        if best is not None:
            return best[1], "partial"
    if (both := joined_kind(source, words, name_kind))[0] is not None:
        return both   # 'Products and services': products
    return segment_kind(source, name_kind, name_kinds)   # 'meetings-importAnalyzerTest'


def _col_words(column: str) -> list[str]:
    return name_word_split(re.sub(r"__c$", "", column.strip(), flags=re.I))


def column_prefix(columns: list[str]) -> tuple[str, ...]:
    """The leading words most columns of a table share, which say nothing on their own:
    a connector's ``property_`` (``property_name``, ``property_city``...) or a table prefix
    (``acct_name``, ``acct_city``). Shared by at least half of the columns (three or more),
    leaving a word after it on each, no address's side (ShipCity's 'ship'); () when none."""
    if len(columns) < 3:
        return ()
    words = [_col_words(c) for c in columns]
    counts: dict[str, int] = {}
    for ws in words:
        if len(ws) > 1:
            counts[ws[0]] = counts.get(ws[0], 0) + 1
    if not counts:
        return ()
    first, n = max(counts.items(), key=lambda kv: kv[1])
    if n < 3 or n < len(columns) / 2 or first in ("ship", "bill", "shipping", "billing"):
        return ()
    return (first,)


def strip_column(column: str, prefix: tuple[str, ...] = ()) -> list[str]:
    """A column's words without the table's common ``prefix`` and the source system's
    namespace prefixes (``property_hs_createdate`` -> ['createdate'])."""
    ws = _col_words(column)
    if prefix and len(ws) > len(prefix) and tuple(ws[:len(prefix)]) == prefix:
        ws = ws[len(prefix):]
    return strip_qualifiers(ws)


@functools.lru_cache(maxsize=1 << 16)
def col_norm(name: str) -> str:
    """Column name as lowercase alphanumerics, Salesforce '__c' dropped: 'First Name' ->
    'firstname', 'first_name' -> 'firstname'. Kept by name: discovery compares every column
    with every other's name (Shopify's export: 38,000 calls, a third of discovery's time)."""
    n = ascii_folded(re.sub(r"__c$", "", without_path(without_section(unescaped(name))).strip(),
                            flags=re.I))
    return re.sub(r"[^0-9a-z]", "", n.lower())


#: Letters Unicode does not decompose into a base letter and an accent, written as the base
#: letter(s): Polish 'Źródło' -> 'Zrodlo', Danish 'Første' -> 'Forste', 'Æble' -> 'AEble';
#: Icelandic's eth and thorn as they are transliterated (keys87, before any Icelandic export):
#: 'ð' -> 'd', 'þ' -> 'th': 'Þjónusta' -> 'Thjonusta', 'Heiðar' -> 'Heidar'.
_UNDECOMPOSED = str.maketrans({"ß": "ss", "ẞ": "SS", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
                               "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                               "ı": "i", "ħ": "h", "Ħ": "H", "ð": "d", "Ð": "D",
                               "þ": "th", "Þ": "Th",
                               # Azerbaijani's schwa, as its Turkish cognates spell it
                               # ('Şirkət adı' -> 'Sirket adi', Turkish 'Şirket adı')
                               "ə": "e", "Ə": "E"})
#: Cyrillic letters (Ukrainian, Russian, Bulgarian...) written in Latin letters, one scheme
#: for all, as a header and a word list are folded alike: 'Місто' -> 'Misto'; the letters
#: of other scripts that are not Latin are dropped as before.
_CYRILLIC = dict(zip("абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя",
                     "a b v h g d e ie e zh z y i i i k l m n o p r s t u f kh ts ch sh shch "
                     "_ y _ e iu ia".split(" "), strict=True))
#: Serbian's and Macedonian's own letters as their Latin spelling folds: 'ђ' as 'đ', 'ћ' as
#: 'ć', 'џ' as 'dž', 'љ' 'lj', 'њ' 'nj', 'ј' 'j'; Macedonian 'ѓ' as 'ǵ', 'ќ' as 'ḱ', 'ѕ' 'dz'.
_CYRILLIC.update({"ђ": "d", "ћ": "c", "џ": "dz", "љ": "lj", "њ": "nj", "ј": "j", "ѓ": "g",
                  "ќ": "k", "ѕ": "dz"})
_UNDECOMPOSED.update(str.maketrans({k: v.strip("_") for k, v in _CYRILLIC.items()}))
_UNDECOMPOSED.update(str.maketrans({k.upper(): v.strip("_").capitalize()
                                    for k, v in _CYRILLIC.items()}))

#: Greek letters in Latin letters, one scheme for headers and word lists alike (ELOT 743's
#: letters, letter by letter): 'Πόλη' -> 'Poli'; accented forms fold as their base letter.
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                  "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split(" "),
                  strict=True))
_UNDECOMPOSED.update({cp: _GREEK[b.lower()].capitalize() if b.isupper() else _GREEK[b]
                      for cp in range(0x370, 0x400)
                      if (b := unicodedata.normalize("NFD", chr(cp))[0]).lower() in _GREEK})


def ascii_folded(text: str) -> str:
    """Accents dropped, not letters: 'Sociétés' -> 'Societes', 'Straße' -> 'Strasse',
    'Źródło' -> 'Zrodlo'; Cyrillic and Greek in Latin letters: 'Назва' -> 'Nazva',
    'Πόλη' -> 'Poli'."""
    if text.isascii():
        return text
    text = text.translate(_UNDECOMPOSED)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def normalize_name(name: str) -> str:
    """Table name normalised and crudely singular: 'Companies' -> 'company'."""
    n = col_norm(name)
    if n.endswith("ies") and len(n) > 4:
        n = n[:-3] + "y"
    elif n.endswith(("sses", "xes", "ches", "shes", "tuses")):   # 'statuses': status
        n = n[:-2]
    elif n.endswith("s") and not n.endswith(("ss", "us", "is")) and len(n) > 3:
        n = n[:-1]
    return n


def object_kind_from_word(word: str) -> str:
    n = normalize_name(word)
    for kind, syn in NAME_SYNONYMS.items():
        if n in syn:
            return kind
    return "unknown"


# -- leads that are deals ------------------------------------------------------------------
#: A deal's value (a lead file with a value, a stage and an outcome is the CRM's deals:
#: :mod:`d365migrate.intake.lead_deals`; with only a value, as Pipedrive's, it stays leads).
DEAL_VALUE_COLUMNS = frozenset({"value", "leadvalue", "amount", "dealvalue", "dealamount",
                                "expectedrevenue", "estimatedvalue", "opportunityvalue"})

#: The columns that name an account itself (a person account has one, with its person).
ACCOUNT_NAME_COLUMNS = {"name", "accountname", "companyname", "organizationname", "legalname",
                        "organisationname", "fullname", "displayname"}


#: Columns of a mailing list's subscribers: the list, the opt-in, the subscription, the
#: sign-up (Iterable's users: signup_date, signup_source, email_list_ids).
SUBSCRIBER_COLUMNS = {"listid", "audienceid", "timestampopt", "optintime", "optindate",
                      "ipopt", "subscribed", "subscribedat", "unsubscribedat",
                      "subscriptionstatus", "timestampsignup", "signupdate", "signupsource",
                      "signupat", "signedupat", "emaillistids", "listids",
                      "unsubscribeddate",
                      # a publication's paying members (Ghost's members export, round Z5):
                      # their newsletters, their payment processor's customer, their tier
                      "subscribedtoemails", "subscribedtonewsletter", "newsletters",
                      "stripecustomerid", "complimentaryplan", "tiers", "membershiptier"}

#: Words that name a mailing list or a part of one (a group of contacts too: CiviCRM).
LIST_WORDS = frozenset({"list", "segment", "audience", "mailinglist", "distributionlist",
                        "group"})


def list_membership(source: str, columns: list[str]) -> tuple[str, str] | None:
    """(list word, person word) when a file's name names a list's people ('list_user',
    'list_subscriber', 'segment_member') and its columns name no person (no first, last or
    full name): the rows that say who is on which list, not the people; else None. A name
    ending in 'membership' ('contact_mailing_list_membership') names those rows whatever the
    columns (a 'name' there is the list's)."""
    words = name_words(source)
    who = next((x for x in words if kind_of_word(x) in ("contact", "lead", "user")), None)
    lists = [w for w in words if w in LIST_WORDS]
    if words and words[-1] in ("membership", "memberships") and who and lists:
        return lists[0], who
    norm = {col_norm(c) for c in columns}
    if norm & (set(FIRST_NAME_COLUMNS) | set(LAST_NAME_COLUMNS) | {"name", "fullname"}):
        return None
    for i, w in enumerate(words[:-1]):
        if w in LIST_WORDS:
            who = next((x for x in words[i + 1:]
                        if kind_of_word(x) in ("contact", "lead", "user")), None)
            if who:
                return w, who
    return None


def subscriber_columns(columns: list[str]) -> list[str]:
    """The columns that make a 'members' file a mailing list's subscribers (the list they
    are on, when and how they opted in), with an email: people to market to, not staff."""
    norm = {c: col_norm(c) for c in columns}
    if not any("email" in n for n in norm.values()):
        return []
    return [c for c, n in norm.items() if n in SUBSCRIBER_COLUMNS]


def person_columns_of_account(columns: list[str], prefix: tuple[str, ...] = ()
                              ) -> list[str] | None:
    """The columns that make an accounts file a file of people (a first and a last name,
    and no name of the account itself): the contacts of those accounts, whose company
    column names the account. None when the rows can be accounts."""
    norm = {c: "".join(strip_column(c, prefix)) for c in columns}
    if {col_norm(c) for c in columns} & ACCOUNT_NAME_COLUMNS \
            or set(norm.values()) & ACCOUNT_NAME_COLUMNS:
        return None
    first = next((c for c, n in norm.items() if own_name_column(n, FIRST_NAME_COLUMNS)), None)
    last = next((c for c, n in norm.items() if own_name_column(n, LAST_NAME_COLUMNS)), None)
    if first and last and (
            contact_of_named_customer(norm[first], norm[last], norm.values())
            or whole_name_beside_given(norm[first], norm.values(), FIRST_NAME_COLUMNS)):
        return None     # the customer's contact person beside the customer's own name
    return [first, last] if first and last else None
