"""Source columns as the suggestion engine sees them: the readings of a column's name, what
its values look like, and what it refers to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import polars as pl

from d365migrate.intake.key_rules import TAX_NUMBER_WORDS
from d365migrate.intake.kinds import QUALIFIER_PREFIXES, strip_qualifiers
from d365migrate.intake.values import infer_column
from d365migrate.mapping.api_addresses import addressed_table
from d365migrate.mapping.erp_field_names import ERP_FIELD_FACTOR, erp_field_readings
from d365migrate.mapping.foreign_names import (
    TRANSLATED_FACTOR,
    foreign_readings,
    plain_part,
    says_other_values,
    side_phone,
)
from d365migrate.mapping.glued_lowercase import glued_lower_words
from d365migrate.mapping.glued_readings import GLUED_FACTOR, WHOLE_WORDS, glued_reading
from d365migrate.mapping.glued_sides import glued_side_reading
from d365migrate.mapping.leader_names import leads_work
from d365migrate.mapping.not_a_number import without_nan
from d365migrate.mapping.number_links import numbered_link
from d365migrate.mapping.own_email import own_contact_email
from d365migrate.mapping.ratio_names import per_unit_name
from d365migrate.mapping.relation_keys import (
    localized_field,
    relation_key,
    relation_words,
    sub_document_field,
    without_relation_key,
)
from d365migrate.mapping.responsible_users import names_assignee
from d365migrate.mapping.shorthand_names import SHORTHAND_FACTOR, shorthand_readings
from d365migrate.mapping.title_salutation import title_is_salutation
from d365migrate.mapping.vocabulary import (
    Vocabulary,
    norm_words,
    object_stem,
    singular,
    source_words,
)
from d365migrate.mapping.zero_placeholders import noes_only, zeros_only

__all__ = ["Profile", "Variant", "profile", "sample", "strip_prefix", "SAMPLE_ROWS",
           "NAME_WORDS"]

#: Rows profiled per column; evenly spaced so sorted exports are still represented.
SAMPLE_ROWS = 2000
#: Trust in a plain name word read as itself where its sibling part says which part it is
#: (below a translated reading: the sibling decides).
PLAIN_PART_FACTOR = 0.97


_IPV4 = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$")
#: A domain name; its top level written in one case ('acme.com', 'ACME.COM'): a last label
#: written as a word ('Andrew.Manager.Global', a login of DjangoCRM's) is no domain's.
_DOMAIN = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)*\.([a-z]{2,}|[A-Z]{2,})$", re.I)
_TITLED_TOP = re.compile(r"^([A-Z][\w-]*\.)+[A-Z][a-z]+$")  # every label a word


def _one_prefix(values: list[str]) -> bool:
    """Dotted words of one thing, not domains: one first label before different last ones
    (PandaDoc's status 'document.draft', 'document.completed')."""
    parts = [v.strip().lower().split(".") for v in values if "." in v]
    return bool(parts) and all(len(p) == 2 for p in parts) and len(
        {p[0] for p in parts}) == 1 and len({p[-1] for p in parts}) > 1
#: ISO 8601 timestamps as databases and connectors write them, fractions and offsets
#: included ('2022-09-06 12:27:21.000000+00:00'), whatever intake made of them; among them
#: a date without its time, with or without a zone ('2022-04-10', XML Schema's
#: '2025-04-18Z'): a column mixing the two holds times.
_ISO_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?"
                        r"\s*(Z|UTC|[+-]\d{2}(:?\d{2})?)?$", re.I)
#: intake's value types (``intake.values.infer_column``) as the engine names them.
_KIND_OF_TYPE = {"empty": "empty", "boolean": "bool", "integer": "int", "decimal": "decimal",
                 "money": "money", "date": "date", "datetime": "datetime", "email": "email",
                 "url": "url", "phone": "phone", "multiselect": "list", "long_text": "longtext"}


@dataclass(frozen=True)
class Variant:
    """One reading of a column name: 'Deal probability' is also just 'probability'."""

    words: tuple[str, ...]
    norm: tuple[str, ...]
    phrase: str
    compact: str
    rewritten: str
    factor: float


@dataclass(frozen=True)
class Profile:
    name: str
    words: tuple[str, ...]
    norm: tuple[str, ...]
    phrase: str
    compact: str
    rewritten: str
    variants: tuple[Variant, ...]
    custom: bool
    kind: str
    nonnull: int
    distinct: int
    categorical: bool
    values: tuple[str, ...]
    ref: str | None       # referenced table; "?" = a reference to something unknown
    ref_by_name: bool     # the reference holds names to resolve, not ids
    ref_by_address: bool = False   # its cells are linked records' API addresses and ids

    def read_by_a_list(self) -> bool:
        """Some list reads the header into other words ('Địa chỉ vận chuyển': address): it
        says something, if not enough to map it; its own words in another order ('نام فرصت'
        as 'فرصت نام') are no reading."""
        own = set(self.variants[0].words) if self.variants else set()
        return any(set(v.words) != own for v in self.variants[1:])


def _kind(series: pl.Series, values: list[str]) -> str:
    """What the values are, as intake types them (one value typing for every stage), plus the
    one kind only names tell apart: bare web domains."""
    dt = series.dtype
    if dt == pl.Null or not values or zeros_only(values) or noes_only(values):
        return "empty"
    if dt == pl.Boolean:
        return "bool"
    if dt.is_integer():
        return "int"
    if dt.is_float() or dt.is_decimal():
        return "decimal"
    if dt == pl.Date:
        return "date"
    if dt == pl.Datetime:
        return "datetime"
    if sum(1 for v in values if _IPV4.match(v.strip())) / len(values) >= 0.9:
        return "text"  # '76.64.79.89' is an IP address, not a phone number
    values = without_nan(values)   # a number JavaScript could not read says no type
    kind = _KIND_OF_TYPE.get(infer_column(pl.Series(values, dtype=pl.Utf8))["type"])
    if kind == "decimal" and not any("." in v or "," in v for v in values):
        # numbers none of which has a decimal separator: whole numbers, and the few values
        # that made them no integer column are no numbers at all (US ZIP codes with a
        # ZIP+4 '68114-3320' or a UK 'EC3V 9DU' among them), not decimals
        return "int"
    if kind:
        return kind
    if sum(1 for v in values if _ISO_STAMP.match(v.strip())) / len(values) >= 0.9:
        return "datetime"
    if sum(1 for v in values if _DOMAIN.match(v) and not _TITLED_TOP.match(v)
           ) / len(values) >= 0.6 and not _one_prefix(values):
        return "domain"
    return "text"


def sample(df: pl.DataFrame) -> pl.DataFrame:
    if df.height <= SAMPLE_ROWS:
        return df
    return df.gather_every(max(1, df.height // SAMPLE_ROWS))


#: Head nouns of an id that name a thing of their own, set up beside the records (a form, a
#: type, a template...), whatever record word qualifies them: 'ticket_form_id' is the id of a
#: ticket form, not of a ticket, so it is no link to a ticket (a case's parent case).
OTHER_THINGS = frozenset({"form", "type", "category", "template", "brand", "group", "field",
                          "view", "layout", "schedule", "policy", "queue", "role", "sla",
                          # a partner's location or address (Compiere's
                          # 'C_BPartner_Location_ID'): a row of its addresses, no partner
                          "location", "address",
                          # where a record came from, why it ended ('customer_source_id',
                          # 'loss_reason_id'): a pick list's row, no customer or record
                          "source", "origin", "reason"})
#: Words naming another system a record's id belongs to ('owner_crm_id', 'salesforce_id').
OTHER_SYSTEMS = frozenset({"crm", "salesforce", "sfdc", "hubspot"})
#: A payment or shop system whose id a column names first ('stripe_customer_id': beehiiv's
#: subscribers' billing id at Stripe, no company of theirs; Flowlu's 'CRM Account ID' is its
#: own CRM module's account, a link).
PAYMENT_SYSTEMS = frozenset({"stripe", "paypal", "braintree", "chargebee", "recurly",
                             "shopify", "quickbooks", "xero", "netsuite"})


def _reference(words: list[str], kind: str, table: str, vocab: Vocabulary) -> str | None:
    """The table a reference column points at, judged by its name ('company_id' -> account)."""
    if len(words) < 2:
        return None
    last = words[-1]
    if last in ("id", "ids", "key", "guid", "uuid", "ref"):
        stem = words[:-1]
    elif last == "email" and kind in ("email", "empty"):
        stem = words[:-1]
    else:
        return None
    if stem[-1] in OTHER_THINGS and not vocab.entity(stem[-1]):
        return "?"  # 'ticket_form_id' names a form (of tickets), not a ticket
    if stem[-1] in OTHER_SYSTEMS or len(stem) > 1 and stem[0] in PAYMENT_SYSTEMS:
        return "?"  # 'owner_crm_id': the owner's id in the CRM a tool syncs with, not here
    if len(stem) > 1 and (both := vocab.entity(stem[-2] + stem[-1])):
        # two words naming one thing: a 'sales_person_id' is a user, no contact
        return table if both == "_self" else both
    for i in range(len(stem) - 1, -1, -1):
        target = vocab.entity(stem[i])
        if target and set(stem[i + 1:]) & _REGISTER_WORDS:
            # lexoffice's 'company.vatRegistrationId': the company's own tax number, no link
            return None
        if target == "account" and set(stem[:i]) & LEDGER_QUALIFIERS:
            # QuickBooks' 'ar_account_id', 'income_account_id': a ledger account of the
            # books, no customer
            return "?"
        if target == table and i == 0 and len(stem) > 1:
            # 'Note Entity ID' on notes: the object's own word before what the link names
            # (the note's entity), no link to a note
            return "?"
        if target:
            return table if target == "_self" else target
    return "?"


#: Words after a record's word that make the id its number in a state's register.
_REGISTER_WORDS = TAX_NUMBER_WORDS | {"registration"}
#: Words before 'account' that make it a ledger account of an accounting system's books,
#: or a bank account (Stripe's customer 'bank_account_id': how it pays, no parent customer).
LEDGER_QUALIFIERS = frozenset({"ar", "ap", "receivable", "receivables", "payable", "payables",
                               "income", "expense", "asset", "liability", "gl", "ledger",
                               "cogs", "bank", "cash"})
#: Trailing words that add nothing to what a column is ('Mobile Number'); 'select' is how
#: Axelor names a choice field ('statusSelect', 'salesStageSelect': the status, the stage).
_FILLERS = {"number", "address", "url", "field", "value", "select",
            # the time zone a stamp is written in ('createDateTimeUtc': Virtuous')
            "utc", "gmt"}
#: 'street number', 'house number': a building's number on its street, not the street
_NUMBERED_PLACES = {"street", "house", "building", "door"}
#: Parents of a path whose fields describe an option of a list, not the record
#: ('type.description', 'status.description').
_OPTION_PARENTS = frozenset({"type", "status", "stage", "priority", "category", "severity",
                             "impact", "urgency", "source", "rating", "kind"})
#: Rails' names of dates and times: '<what>_on' a date, '<what>_at' a time ("Born on",
#: "Closes on", "Due at"): the date of what the words before say.
_DATE_SUFFIXES = {"on", "at"}
#: The name of a related record, after the field that holds it ("Source Name").
_REFERENCE_NAMES = {"name", "username", "label",
                    # a user's login (ConnectWise's 'owner.identifier'): owners only
                    "identifier"}
#: Words saying a column counts what follows 'of' ('Number of Members'): no reversal.
_COUNT_WORDS = frozenset({"number", "count", "amount", "total", "sum", "percent",
                          "percentage", "share", "rate", "num", "no", "qty", "quantity"})
#: Articles in a name written as a question ('Is an Event Template').
_ARTICLES = {"a", "an", "the"}
NAME_WORDS = {"name", "title", "subject", "topic", "display_name"}


def _variant(words: Iterable[str], factor: float, vocab: Vocabulary) -> Variant:
    words = tuple(words)
    rewritten: list[str] = []
    for w in words:
        t = vocab.tokens.get(w, w)
        if not rewritten or rewritten[-1] != t:
            rewritten.append(t)
    return Variant(words=words, norm=norm_words(words), phrase="_".join(words),
                    compact="".join(words), rewritten="".join(rewritten), factor=factor)


def strip_prefix(words: list[str], prefix: tuple[str, ...] = ()) -> list[str]:
    """A column's words without the prefix most columns of its file share (``prefix``) and
    the source system's namespace words before its own names (``property_hs_createdate`` ->
    ``createdate``): the same reading discovery gives the name."""
    ws = list(words)
    if prefix and len(ws) > len(prefix) and tuple(ws[:len(prefix)]) == prefix:
        ws = ws[len(prefix):]
    return strip_qualifiers(ws)


#: A closing remark naming a side ('Street 2 (private)'), and the side each word is.
_SIDE_REMARK = re.compile(r"(?i)\((private|home|personal|business|work|office)\)\s*$")
_SECOND_REMARK = re.compile(r"(?i)\(second address\)\s*$")
_SIDE_WORDS = {"private": "home", "home": "home", "personal": "home", "business": "business",
               "work": "business", "office": "business"}


#: A channel's header, then its side after a dash ('Phone number - Mobile').
_CHANNEL_SIDE = re.compile(r"\s*(.+?)\s+-\s+(.+?)\s*")
#: First words of a header naming a way to reach someone.
_CHANNELS = frozenset({"phone", "telephone", "email", "fax", "web", "website", "url", "mobile"})
#: Prefixes that are words' own ('co_owner' in companies: a second owner, no company's owner).
_WORD_PREFIXES = frozenset({"co", "re", "un", "in", "pre", "sub", "non", "de", "ex", "multi"})


def _names_owner(vocab: Vocabulary, phrase: str) -> bool:
    """Whether the vocabulary reads ``phrase`` as a record's owner ('owner', 'sales_rep'):
    a user, whom an export may name by a login ('owner.identifier')."""
    return any("ownerid" in targets for targets in vocab.columns.get(phrase, {}).values())


def _variants(name: str, words: list[str], table: str, source_object: str | None,
              vocab: Vocabulary, full: list[str] | None = None,
              base: float = 1.0, headers: frozenset[str] = frozenset()) -> tuple[Variant, ...]:
    """Readings of a column name, each with how much to trust it.

    'State/Region' is 'state' or 'region'; 'Deal owner' on opportunity is 'owner' (the object's
    own word adds nothing); 'Fax Number' is 'fax' ('Website URL' is 'website'). ``words`` are
    the name's words once a shared prefix is stripped; ``full`` the words before (a lesser
    reading).
    """
    readings: list[tuple[tuple[str, ...], float]] = [(tuple(words), base)]
    # groupware shorthand ('n_given', 'adr_one_street', 'tel_work'): the words it stands for
    readings += [(r, SHORTHAND_FACTOR * base) for r in shorthand_readings(tuple(words))]
    # SAP's data-dictionary names ('ORT01', 'PSTLZ', 'KWMENG'): the words they stand for
    readings += [(r, ERP_FIELD_FACTOR * base) for r in erp_field_readings(tuple(words))]
    # 'Telefon geschäftlich', 'Code postal': the English the vocabulary knows
    foreign = [(r, f * base) for r, f in foreign_readings(name, headers | {name})]
    if "." in name and (tail := name.rsplit(".", 1)[1]) and sub_document_field(name):
        # a sub-document's field in another language (Bling's 'transporte.frete',
        # 'fornecedor.precoCusto'): what the field's own words say, a little below
        foreign += [(r, f * 0.95 * base) for r, f in foreign_readings(tail, headers | {tail})
                    if (r, f * base) not in foreign]
    if len(words) == 1 and plain_part(name, headers) not in (None, tuple(words)):
        # a plain name word beside its sibling part is that part, not what the word says
        # alone in another language (Catalan 'Nom' beside 'Cognom', no French 'nom')
        readings = [(tuple(words), PLAIN_PART_FACTOR * base)]
    readings += foreign
    remark = _SIDE_REMARK.search(name)
    side = remark is not None and len(words) > 1 and words[-1] == remark.group(1).lower()
    if side:
        # Tine 2.0's English 'Street 2 (private)', 'City (private)': the home side's, as
        # 'Home Street 2' is (a remark naming a side, the side first as English writes it)
        readings.append(((_SIDE_WORDS[words[-1]], *words[:-1]), 0.99 * base))
    second = _SECOND_REMARK.search(name)
    if second is not None and len(words) > 2 and tuple(words[-2:]) == ("second", "address"):
        # Jetpack CRM's 'City (Second Address)', 'Post Code (Second Address)': the record's
        # second address's part, read as Sales names it ('Address 2: City')
        readings.append((("address", "2", *words[:-2]), 0.99 * base))
    once = tuple(w for i, w in enumerate(words) if i == 0 or w != words[i - 1])
    if len(once) < len(words):
        # a composite field flattened with its name repeated (Twenty's
        # 'addressAddressStreet1': the address's 'addressStreet1') is read once
        readings.append((once, 0.99 * base))
    if full and list(full) != list(words):
        readings.append((tuple(full), 0.9 * base))
    if localized := localized_field(name):
        # a localized field in one language ('name.en'): the field, as a little less sure
        readings.append((tuple(localized), 0.97 * base))
    leaf = sub_document_field(name)
    if leaf in (["description"], ["desc"]) and words[:1] and words[0] in _OPTION_PARENTS:
        leaf = []   # ConnectWise's 'type.description': the option's text, no record's own
    if leaf and len(leaf) < len(words):
        # a sub-document's field by its path ('links.website'): the field, a little below
        readings.append((tuple(leaf), 0.95 * base))
    stem = object_stem(source_object)
    own = {table} | {e for w in stem if (e := vocab.entity(w))}

    def own_word(w: str) -> bool:
        w = singular(w)
        return vocab.entity(w) in own or table in vocab.word_tables(w)[:1] or (
            bool(stem) and w in stem)

    if len(words) == 1 and words[0].isalpha() and words[0] not in WHOLE_WORDS:
        # the file's own noun glued before a field ('companycity' in companies: Mautic's
        # aliases) is the field, as 'Company City' is 'city'
        for w in stem:
            rest = words[0][len(w):]
            if len(w) > 2 and words[0].startswith(w) and (rest in vocab.columns
                                                           or rest in vocab.weak):
                readings.append(((rest,), 0.97 * base))
        # an address part glued to its side ('billingstreet'): the side and the part
        if (side := glued_side_reading(words[0], vocab)) is not None:
            readings.append((side, 0.97 * base))
    for ws, f in foreign:
        # a translated name opening with the object's own word reads without it, as an
        # English one does ('Contactnaam voornaam' on contacts: 'contact first name', 'first name')
        # and so does one closing with it, the object named after the field as Romance and
        # German names do ('Responsable du Lead', 'Besitzer des Deals': the owner)
        tail, g = ws, f
        while len(ws) > 1 and own_word(ws[0]) and "".join(ws) not in WHOLE_WORDS:
            ws, f = ws[1:], f * 0.99
            readings.append((ws, f))
        while len(tail) > 1 and own_word(tail[-1]):
            tail, g = tail[:-1], g * 0.99
            readings.append((tail, g))
    # 'Person - Person created' -> 'created': leading words naming the object itself add
    # nothing; later words ('Person - Organization') do.
    ws = tuple(words)
    factor = base
    while len(ws) > 1 and own_word(ws[0]) and "".join(ws) not in WHOLE_WORDS:
        # ... but 'User name' in users is the sign-in name (Roundup's), no user's name
        ws, factor = ws[1:], factor * 0.99
        readings.append((ws, factor))
    if len(words) > 1 and words[0].isalpha() and 1 < len(words[0]) < 5 \
            and words[0] not in _WORD_PREFIXES and any(
            len(w) > len(words[0]) and w.startswith(words[0]) for w in stem):
        # the file's noun cut short before a field (SQL Server pubs' 'au_lname' in authors,
        # 'stor_name' in stores, 'pub_name' in publishers): the field
        readings.append((tuple(words[1:]), 0.97 * base))
    if len(ws) > 1 and ws[0] in ("is", "has"):
        # 'is_do_not_call', 'has_opted_out': a yes/no flag named as a question is the flag.
        readings.append((ws[1:], factor * 0.98))
        # 'Is an Event Template' on events: articles and the object's own words say nothing
        # ('is template')
        rest = tuple(w for w in ws[1:] if w not in _ARTICLES and not own_word(w))
        if rest and len(rest) < len(ws) - 1:
            readings.append(((ws[0], *rest), factor * 0.97))
            readings.append((rest, factor * 0.96))
    if (m := re.fullmatch(r"([^()]+?)\s*\(([^()]+)\)\s*", name)) is not None:
        # 'No Bulk Emails (User Opt Out)': a bracketed remark says the same in other words;
        # the name before it and the remark are each a reading
        for i, part in enumerate(m.groups()):
            if i == 0 and side:
                continue   # 'Street (private)' is no bare street: its side says whose
            pw = tuple(source_words(part)[0])
            while len(pw) > 1 and own_word(pw[0]):
                pw = pw[1:]
            if pw:
                readings.append((pw, factor * (0.97 - 0.02 * i)))
    if "/" in name and not per_unit_name(name):   # 'Qty/Unit' is one ratio
        # 'State/Region', 'ZIP/Postal code': the first alternative is the main meaning; the
        # words before the first one's last word lead the others ('Address 1: Country/Region'
        # is 'address 1 region', no bare region)
        lead = source_words(name.split("/")[0])[0][:-1]
        for i, part in enumerate(name.split("/")):
            pw = tuple(([] if i == 0 else lead) + source_words(part)[0])
            while len(pw) > 1 and own_word(pw[0]):
                pw = pw[1:]
            if pw:
                readings.append((pw, factor * (0.97 - 0.01 * i)))
    for ws, f in list(readings):
        if ws.count("of") == 1 and 0 < (at := ws.index("of")) < len(ws) - 1 and \
                ws[0] not in _COUNT_WORDS:   # 'Number of Members' is a count, no member
            # 'Type of company', 'Company of contact', 'Date of receipt': English's other
            # way of saying whose ('company type', 'contact company', 'receipt date'),
            # the object's own word dropped as before ('Company of contact' on contacts)
            turned, g = (*ws[at + 1:], *ws[:at]), f * 0.97
            readings.append((turned, g))
            while len(turned) > 1 and own_word(turned[0]):
                turned, g = turned[1:], g * 0.99
                readings.append((turned, g))
        if len(ws) == 1 and name.isupper() and (cut := glued_reading(ws[0], vocab)):
            readings.append((cut, f * GLUED_FACTOR))  # 'FAXNUMBER', 'HISTORY.CREATEDAT'
    for ws, f in list(readings):
        if len(ws) > 1 and (ws[-1] in _FILLERS or ws[-1] in _DATE_SUFFIXES) and not (
                ws[-1] == "number" and ws[-2] in _NUMBERED_PLACES) and not (
                ws[-1] == "address" and vocab.entity(ws[-2])):
            # ('Company address' is the company's street, no company)
            readings.append((ws[:-1], f * 0.97))
        elif len(ws) > 1 and ws[-1] in _REFERENCE_NAMES and "_".join(ws[:-1]) in vocab.columns \
                and (ws[-1] != "identifier" or _names_owner(vocab, "_".join(ws[:-1]))):
            # 'Source Name', 'Contact Method Name', 'Assigned to Username': an export that
            # flattens a related record names it by its name; the column is that field
            readings.append((ws[:-1], f * 0.96))
    for ws, f in list(readings):
        if len(ws) == 2:  # 'Email - Home' is 'home email'
            readings.append(((ws[1], ws[0]), f * 0.97))
    if (m := _CHANNEL_SIDE.fullmatch(name)) is not None:
        # Highrise's 'Phone number - Mobile', 'Email address - Home': the side's phone or
        # e-mail ('mobile phone', 'home email'), as 'Email - Home' is
        left, right = (tuple(source_words(part)[0]) for part in m.groups())
        if right and len(right) <= 2 and left[:1] and left[0] in _CHANNELS:
            readings.append(((*right, *left), base * 0.97))
            if len(left) > 1 and left[-1] in ("number", "address"):
                readings.append(((*right, *left[:-1]), base * 0.97))
    seen: set[tuple[str, ...]] = set()
    out = []
    for ws, f in readings:
        if ws and ws not in seen:
            seen.add(ws)
            out.append(_variant(ws, f, vocab))
    return tuple(out)


#: Tables of people, whose rows may carry their own login.
_PEOPLE_TABLES = frozenset({"contact", "lead", "systemuser"})


def _named_reference(table: str, vocab: Vocabulary,
                     variants: tuple[Variant, ...]) -> str | None:
    """The table a column of *names* points at: 'Organization' or 'Contact person' on a deal,
    'Company owner' (-> systemuser). Only when the (object-stripped) name is that noun."""
    # a reading the vocabulary knows ('Other information (admin)': other information) is
    # what the column is; a later, lesser one naming staff ('admin', its qualifier) is no
    # owner's name
    known = next((i for i, v in enumerate(variants) if any(
        "_".join(v.words[:n]) in vocab.columns for n in range(2, len(v.words) + 1))),
        len(variants))
    for i, v in enumerate(variants):
        if set(v.words) == {"user", "name"} and table in _PEOPLE_TABLES:
            continue   # a person's own login ('Benutzername' of a member), no user's name
        ws = [w for w in v.words if w not in ("name", "person", "full")] or list(v.words)
        if names_assignee(ws):   # 'Assigned to' (a person's name): a user
            return "systemuser"
        if len(ws) > 2 or not ws:
            continue
        if len(ws) == 2 and ws[0] not in ("parent", "master", "primary", "main"):
            continue
        target = vocab.entity(ws[-1])
        if not target:
            continue
        if target == "systemuser" and table in (vocab.columns.get("_".join(ws)) or {}):
            continue   # the table's own word for it: a ticket's 'Author' is its customer
        if target == "_self" or (target == table and len(ws) == 1) or (
                i > known and target == "systemuser"):
            continue
        return target
    return None


#: Words of a ticket's column naming the staff who answer it: beside one, the ticket's
#: bare 'user' is the customer who wrote in.
_STAFF_WORDS = frozenset({"agent", "staff", "technician", "assignee", "tech"})
#: A last word saying only how a number is written (an API's amount as a float beside the
#: same in cents and formatted): the field is the words before it.
_FORMAT_SUFFIXES = frozenset({"float"})
#: Fields whose '.text' is their value written as text ('description.text'); a container's
#: ('params.text': amoCRM's note text) stays as it is.
_TEXT_FIELDS = frozenset({"description", "name", "title", "summary", "body", "content",
                          "subject", "details"})


def profile(name: str, series: pl.Series, table: str, vocab: Vocabulary,
             ref: str | None = None, *, values_only: bool = False,
             source_object: str | None = None, prefix: tuple[str, ...] = (),
             siblings: frozenset[tuple[str, ...]] = frozenset(),
             glued: bool = False) -> Profile:
    """What the engine knows of one source column. ``prefix`` is the prefix most columns of
    its file share; ``siblings`` the (stripped) words of the file's other columns; ``glued``
    that the file writes its names as glued lower-case words (glued_lowercase.py)."""
    full, custom = relation_words(name)  # Odoo's 'country_id/id' is 'country_id'
    words = strip_prefix(full, prefix)
    if len(words) > 1 and words[-1] in _FORMAT_SUFFIXES:
        words = words[:-1]   # Commerce Layer's 'total_amount_float': the total amount
    elif len(words) > 1 and name.rpartition(".")[2].lower() in ("text", "html") \
            and words[-2] in _TEXT_FIELDS:
        words = words[:-1]   # Eventbrite's 'description.text': the description, as text
    if len(words) > 1 and name.lower().startswith("profile.") and words[0] == "profile":
        words = words[1:]   # Eventbrite's attendee 'profile.first_name': the person's own
    if glued and len(words) == 1 and not shorthand_readings(tuple(words)) and (
            cut := glued_lower_words(words[0], vocab)):   # GnuCash's 'shipaddr3' has its own
        full = words = cut   # 'debtorno' read as 'debtor_no' is: the customer's number
    # 'CUSTOM_ADDRESS' read as 'address' yields to the file's own 'ADDRESS_1': a name read
    # through a qualifier ('custom_', 'location_', 'merge_') is a lesser reading
    qualified = bool(full) and full[0] in QUALIFIER_PREFIXES and words[:1] != full[:1]
    if len(words) > 1 and words[-1].isdigit() and tuple(words[:-1]) in siblings and \
            (*words[:-1], "1") in siblings:
        # 'email_1' beside 'email' is the second email (the first has no number); Outlook's
        # 'Business Street 2' beside 'Business Street' (no 'Street 1') is the second already
        full, words = words, words[:-1] + [str(int(words[-1]) + 1)]
    variants = _variants(without_relation_key(name), words, table, source_object, vocab, full,
                         0.97 if qualified else 1.0,
                         frozenset(" ".join(ws) for ws in siblings))
    if title_is_salutation(words, siblings):   # Outlook's 'Title' beside 'Job Title'
        variants = (_variant(("salutation",), 1.0, vocab), *variants[1:])
    rewritten = variants[0].rewritten
    if values_only:
        kind, nonnull, distinct, values = "text", 0, 0, ()
    else:
        s = series.cast(pl.Utf8, strict=False).str.strip_chars() if series.dtype != pl.Null \
            else series
        # an empty JSON list or object ('[]', '{}': a connector's empty 'Comments') is no value
        nonempty = s.drop_nulls().filter(~s.drop_nulls().is_in(["", "[]", "{}"])) \
            if s.dtype == pl.Utf8 else s
        nonnull = nonempty.len()
        uniq = nonempty.unique(maintain_order=True)
        distinct = uniq.len()
        values = tuple(str(v) for v in uniq.head(300).to_list())
        kind = _kind(series, list(values) if series.dtype == pl.Utf8 else
                     [str(v) for v in nonempty.head(300).to_list()])
    if kind in ("email", "phone", "url"):
        # a translated name yields to values that plainly say what the column is
        heads = frozenset(" ".join(ws) for ws in siblings) | {name}
        other = {r for r, _ in foreign_readings(name, heads)
                 if says_other_values(r, kind)}
        variants = tuple(v for v in variants if v.words not in other) or variants
        if kind == "phone" and (side := side_phone(name, heads)) is not None:
            variants = (*variants, _variant(side, TRANSLATED_FACTOR, vocab))
    categorical = bool(nonnull) and distinct <= 50 and (distinct <= 3 or distinct <= nonnull / 2)
    by_name = False
    addressed = None if values_only else addressed_table(values, table, vocab, words)
    ref = ref if ref is not None else addressed   # {"_href": ".../v2/people/65", "id": 65}
    if ref is None:
        ref = _reference(words, kind, table, vocab) or numbered_link(words, table, vocab,
                                                                     siblings)
        if own_contact_email(words, ref, table, siblings):   # a company's 'Contact email'
            ref = None
        if ref == "systemuser" and table == "incident" and [w for w in words if w != "id"] \
                == ["user"] and any(set(s) & _STAFF_WORDS for s in siblings):
            ref = "contact"   # a ticket's user beside its agent (HaloPSA, osTicket): who asked
        if ref is None and kind in ("email", "empty") and len(words) == 1 \
                and relation_key(name) == "email" and vocab.entity(words[0]) == "systemuser" \
                and table not in ("systemuser", "contact", "lead"):
            # Upsales' 'user.email' on a deal: its user, by e-mail (a person's own 'user'
            # is their sign-in to a portal: Directus' contacts)
            ref = "systemuser"
    if ref is None and kind in ("text", "empty") and not leads_work(words) and not (
            kind == "empty" and words[-1:] in (["number"], ["no"], ["nr"])):
        # an empty 'Member Number' (Tendenci's) is the record's own number, no one's name
        ref = _named_reference(table, vocab, variants)   # ('Project lead': who leads it)
        by_name = ref is not None
    return Profile(
        name=name, words=tuple(words), norm=norm_words(words), phrase="_".join(words),
        compact="".join(words), rewritten=rewritten, variants=variants, custom=custom,
        kind=kind,
        nonnull=nonnull, distinct=distinct, categorical=categorical, values=values, ref=ref,
        ref_by_name=by_name, ref_by_address=addressed is not None,
    )
