"""Targets a column's values rule out, whatever its name says: a mailing list's
subscription states are no record's status, a sign-in role no person's role at an account
(and a 'role' of jobs, naming none of the role's options, a job title), a customer's
category of trades (Novelty Shop) no rank (Preferred Customer, Standard),
a discount of 0.15 (a fraction of the price) no amount of money, an address's place (home,
work) no Dataverse address type (bill to, ship to, primary, other), a 'type' of channels
(chat, offline_msg, email) no case type (question, problem, request), a 'source' of ways
a record was entered (Import, API, Admin Add) no lead source, a person's whole name (Lala
Lamees) no employee or government id.

Applied by the suggestion engine (``mapping/suggest.py``) to each column's candidates, after
they are scored by name and type.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from d365migrate.intake.party_types import PARTY_NAMES
from d365migrate.intake.values import EMAIL
from d365migrate.mapping.count_units import without_money
from d365migrate.mapping.customer_tiers import no_tiers
from d365migrate.mapping.relationship_types import no_relationships, relationships
from d365migrate.mapping.state_names import state_names
from d365migrate.mapping.value_signs import subscription_states

__all__ = ["ADDRESS_PLACES", "ADDRESS_TYPES", "CASE_TYPE_WORDS", "CHANNELS", "DISCOUNT_AMOUNTS",
           "ENTRY_METHODS", "ID_NUMBERS", "PRESENCES", "PROVINCES", "RECORD_STATES",
           "SIGN_IN_ROLES", "TEXT_BODIES", "booking_states", "by_values", "channel_like",
           "channels", "counts", "entry_methods", "fractions", "job_roles", "no_case_types",
           "opaque_ids", "party_kinds", "phrases", "places", "presences", "record_states",
           "sentences", "sign_in_roles", "world_regions"]

_Cand = tuple[float, str, str]

#: The roles a CRM or a help desk gives the people who sign in to it (normalised: lower
#: case, letters only): their rights, not their part in a customer's buying decision.
SIGN_IN_ROLES = frozenset({
    "admin", "admins", "administrator", "superadmin", "superuser", "agent", "agents",
    "lightagent", "enduser", "user", "users", "editor", "moderator", "viewer", "guest",
    "readonly", "collaborator", "contributor", "customer", "customers",
    # Trudesk's admin / support / user (round V, keys328)
    "support", "staff",
    # an account's owner and its members (FreshBooks' business memberships, GitHub's and
    # Slack's organisations): who may do what, no job
    "owner", "owners", "member", "members",
    # Workable's members: admin / recruiter / simple (its access levels), and plan-like
    # levels of other apps
    "simple", "standard", "basic", "limited", "restricted"})
#: Jobs that are access levels only beside an admin (Workable's admin / recruiter / simple;
#: OpenCATS' contact 'Hiring Manager' alone is a job title).
_LEVELS_BESIDE_ADMIN = frozenset({"recruiter", "reviewer", "hiringmanager",
                                  "trainee", "coach"})   # Dialpad's coaching teams' roles


#: Whether a person is at their desk now (a chat or phone agent's presence, normalised).
PRESENCES = frozenset({"acceptingchats", "notacceptingchats", "online", "offline", "away",
                       "busy", "invisible", "donotdisturb", "dnd", "idle", "oncall",
                       "inacall", "aftercallwork", "brb"})


def display_names(values: tuple[str, ...]) -> bool:
    """Whether every value is a name of two to four words, capitalised, no '@' or digit."""
    vals = [v.strip() for v in values if v and v.strip()]
    return bool(vals) and all(2 <= len(v.split()) <= 4 and v[0].isupper() and "@" not in v
                              and not any(ch.isdigit() for ch in v) for v in vals)


def sentences(values: tuple[str, ...]) -> bool:
    """Whether every value is a sentence (six spaced words with letters or more, no list;
    Klaviyo's source 'Redesign - Mobile Email + SMS' is a name, no sentence)."""
    vals = [v.strip() for v in values if v and v.strip()]
    return bool(vals) and all(
        sum(1 for w in v.split() if re.search(r"[^\W\d_]", w)) >= 6
        and not re.search(r"[;|]", v) for v in vals)   # (OCA's 'helpdesk_mgmt.stage_new': one)


#: A booking's states: a meeting booked, kept or called off.
_BOOKINGS = frozenset({"active", "canceled", "cancelled", "noshow", "rescheduled",
                       # an event's attendance (Eventbrite's attendees: Attending)
                       "attending", "notattending", "checkedin", "waitlisted"})


def booking_states(values: tuple[str, ...]) -> bool:
    """Whether the values are a booking's states, one of them a cancelled booking's."""
    vals = {re.sub(r"[^a-z]", "", v.lower()) for v in values if v and v.strip()}
    return bool(vals & {"canceled", "cancelled", "noshow", "attending", "notattending",
                        "checkedin"}) and vals <= _BOOKINGS


def presences(values: tuple[str, ...]) -> bool:
    """Whether every value says whether a person is at their desk now ('accepting chats',
    'away'), two at least: a presence, no state of the record."""
    vals = {re.sub(r"[^a-z]", "", v.lower()) for v in values if v and v.strip()}
    return len(vals) >= 2 and vals <= PRESENCES


def all_emails(values: tuple[str, ...]) -> bool:
    """Whether every value is an e-mail address (intake's shape of one)."""
    vals = [v.strip() for v in values if v and v.strip()]
    return bool(vals) and all(re.match(EMAIL, v) for v in vals)


def _letters(values: Iterable[str]) -> set[str]:
    """Each filled value's letters, lower case ('End-user' -> 'enduser'): how the word
    lists below are written."""
    return {"".join(ch for ch in v.lower() if ch.isalpha()) for v in values if v and v.strip()}


#: Sign-in roles that are also jobs: a 'Title' of Support (Agile CRM's sample contact, its
#: support team), Staff or Owner says what the person does.
_JOBS_TOO = frozenset({"support", "staff", "owner"})


def _job_like(values: tuple[str, ...]) -> bool:
    vals = _letters(values)
    return bool(vals) and vals <= _JOBS_TOO


def sign_in_roles(values: tuple[str, ...]) -> bool:
    """Whether a column's values are all sign-in roles (Helpy's admin / agent / user,
    Zendesk's end-user / agent / admin, Zammad's Customer / Agent / Admin; the customers'
    rows of such a file: 'user' or 'Customer' alone)."""
    vals = _letters(values)
    return bool(vals) and (vals <= SIGN_IN_ROLES or bool(
        vals & {"admin", "administrator"} and vals <= SIGN_IN_ROLES | _LEVELS_BESIDE_ADMIN))


def party_kinds(values: tuple[str, ...]) -> bool:
    """Whether every value of a column says a party's kind: a company or a person
    ('Company', 'Person', German 'Firma', Canadian French 'La personne')."""
    vals = {v.strip().lower() for v in values if v and v.strip()}
    return bool(vals) and (vals <= PARTY_NAMES or (
        bool(vals & _PRIVATE) and vals <= _PRIVATE | _BUSINESS))


#: A shop's customer type: a private person or a business (Shopware's 'private' /
#: 'business', round V, keys331); 'business' alone may be a relationship, so 'private'
#: must be among the values.
_PRIVATE = frozenset({"private", "privat", "privé", "prive", "privado", "privato", "particulier",
                      "particular", "privatkunde"})
_BUSINESS = frozenset({"business", "commercial", "geschäftlich", "geschäftskunde",
                       "entreprise", "empresa", "azienda", "zakelijk"})


#: A record's stage in its life (normalised: lower case, letters only): Zurmo's contact
#: states (New, In Progress, Recycled, Dead, Qualified, Customer) and their kin.
RECORD_STATES = frozenset({
    "new", "open", "inprogress", "assigned", "contacted", "working", "nurturing", "recycled",
    "dead", "junk", "qualified", "unqualified", "disqualified", "converted", "customer",
    "prospect", "lead", "active", "inactive", "closed", "won", "lost", "pending"})
#: A sales region of the world (normalised: lower case, letters only): a territory's
#: name, no address's state or province.
WORLD_REGIONS = frozenset({
    "restoftheworld", "allterritories", "worldwide", "global", "international", "emea",
    "apac", "amer", "americas", "latam", "nordics", "dach", "benelux", "europe", "asia",
    "africa", "oceania", "northamerica", "southamerica", "middleeast", "asiapacific",
    "mea", "cee", "anz"})


def world_regions(values: tuple[str, ...]) -> bool:
    """Whether a column's values are all sales regions of the world ('Rest Of The World',
    'EMEA', 'APAC'): a 'Region' of them is a territory, no state or province."""
    vals = _letters(values)
    return bool(vals) and vals <= WORLD_REGIONS


#: The address columns for a state or province.
PROVINCES = ("address1_stateorprovince", "address2_stateorprovince", "address3_stateorprovince")


def record_states(values: tuple[str, ...]) -> bool:
    """Whether a column's values are all stages of a record's life ('New', 'Qualified',
    'Customer'): a 'state' column of them is no address's state or province."""
    vals = _letters(values)
    return bool(vals) and vals <= RECORD_STATES


#: An id a system makes up: a short type prefix, then a long token of letters and digits
#: (Close's 'stat_HrZ1aYkkxRORQSxd...', Stripe's 'cus_NffrFeUfNV2Hib').
_OPAQUE_ID = re.compile(r"^[a-z]{2,10}_[A-Za-z0-9]{12,}$")
#: Dataverse's choice columns: a value must name one of their options.
_CHOICES = ("Picklist", "Status", "State")


def opaque_ids(values: tuple[str, ...]) -> bool:
    """Whether every value is a made-up id (a status's id, not its label)."""
    vals = [v.strip() for v in values if v and v.strip()]
    return bool(vals) and all(_OPAQUE_ID.match(v) for v in vals)


#: A date as exports write one: ISO (2012-03-29, with a time or not), or day, month and year
#: in figures (29.03.2012, 3/29/12).
_DATE = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})([ T].*)?$")


#: A flag's values written as words: true/false (a 'No' on every row is as often a
#: placeholder for nothing: zero_placeholders.py).
_YES_NO = frozenset({"true", "false"})
#: The types of a text column.
_TEXTS = frozenset({"String", "Memo"})
#: The types of a link to another record.
_LINKS = frozenset({"Lookup", "Owner", "Customer"})


def yes_no_words(values: tuple[str, ...]) -> bool:
    """Every value is true or false in words."""
    vals = {v.strip().lower() for v in values if v and v.strip()}
    return bool(vals) and vals <= _YES_NO


def dates(values: tuple[str, ...]) -> bool:
    """Every value is a date or a timestamp."""
    vals = [v.strip() for v in values if v and v.strip()]
    return bool(vals) and all(_DATE.match(v) for v in vals)


def by_values(values: tuple[str, ...], cands: list[_Cand], names: Mapping[str, Any],
              phrase: str = "", subscribers: bool = False) -> list[_Cand]:
    """``cands`` without the targets the values rule out, with the one they call for;
    ``phrase`` is the column's name as words joined by '_' ('job_role'); ``subscribers``:
    the file is a mailing list's subscribers."""
    role = "role" in phrase.split("_")
    if subscription_states(values, subscribers and phrase in ("status", "state")):
        # Mailchimp's status 'subscribed'/'unsubscribed': whether bulk email may go,
        # never the record's status or state (left unmapped where the table lacks it)
        # (nor a 'State' read as the address's: Campaign Monitor's Active / Bounced)
        cands = [c for c in cands if c[1] not in ("statuscode", "statecode", "donotbulkemail")
                 and c[1] not in PROVINCES]
        if "donotbulkemail" in names:
            cands.append((0.9, "donotbulkemail", "its values are subscription states ("
                          f"{', '.join(values[:3])}): "
                          f"{names['donotbulkemail'].describe()}, by a value map"))
    if sign_in_roles(values) and not ("title" in phrase.split("_") and _job_like(values)):
        # who may do what in the CRM (admin, agent, user): no decision maker or influencer,
        # and no job (Faveo's Italian 'Ruolo' of clients, 'user' on every row; a user's
        # 'title' neither: FreshBooks' team 'Role' of Owner)
        cands = [c for c in cands if c[1] not in ("accountrolecode", "jobtitle", "title")]
    elif role and (not cands or any(c[1] == "accountrolecode" for c in cands)) \
            and job_roles(values, names):
        # (read as the Role column, or as nothing: an org whose contact has no Role column)
        # a speaker's 'Role' of Founder & CEO, Professor, CTO: what they do, their job title
        cands = [c for c in cands if c[1] not in ("accountrolecode", "jobtitle")]
        # (a little below a column named for the job: Bullhorn's lead 'occupation' beside
        # its 'role' is the title, the role only read as one by its values)
        cands.append((0.85, "jobtitle", "its values name none of the role options ("
                      f"{', '.join(values[:3])}): jobs, {names['jobtitle'].describe()}"))
    if any(c[1] == "accountrolecode" for c in cands) and no_role_options(values, names):
        # a shop's 'Customer roles' (Administrators, Registered), a library's 'Perfil'
        # (Patron - Student): groups the app puts people in, no part in a buying decision
        cands = [c for c in cands if c[1] != "accountrolecode"]
    if opaque_ids(values):
        # Close's 'status_id' stat_HrZ1aYkk...: the id of a status, whose label names it
        cands = [c for c in cands if getattr(names.get(c[1]), "atype", "") not in _CHOICES]
    if all_emails(values):
        # Virtuous' 'contactMethods' holding the address itself: no preferred method's
        # option, the person's e-mail
        kept = [c for c in cands if getattr(names.get(c[1]), "atype", "") not in _CHOICES]
        # nor any postal address's part (Rocket.Chat's agents 'emails.address': the list
        # of e-mails' address, no street)
        kept = [c for c in kept if not c[1].startswith(("address1_", "address2_",
                                                        "address3_"))]
        main = next((t for t in ("emailaddress1", "internalemailaddress") if t in names), None)
        if len(kept) < len(cands) and not kept and main:
            kept = [(0.7, main, f"its values are e-mail addresses: {names[main].describe()}")]
        cands = kept
    if yes_no_words(values):
        # Teamtailor's 'notification-job' true/false: whether a user is told of new jobs,
        # no job title; a flag's words fill no text, and name no record to link to
        # (ServiceDesk Plus' requester 'is_technician': no owner)
        cands = [c for c in cands
                 if getattr(names.get(c[1]), "atype", "") not in _TEXTS | _LINKS]
    if dates(values):
        # Constant Contact's 'opt_out_date': when the person opted out, no yes/no; a
        # Boolean would read no date as either
        cands = [c for c in cands if getattr(names.get(c[1]), "atype", "") != "Boolean"]
    if counts(values):
        # Huly's 'Comments' 2, 5: how many comments a record has, not what they say; and
        # ClickUp's member 'role' 2, 3 (admin, member): a code, no job title
        # (a user's 'title' is the job's; a case's its subject, which may be a number)
        jobs = {"jobtitle", "title"} if "internalemailaddress" in names else {"jobtitle"}
        cands = [c for c in cands if c[1] not in TEXT_BODIES | jobs]
    if any(c[1] == "freightamount" for c in cands) and (
            (nums := _numbers(values)) is None or (counts(values) and max(nums) <= 5)):
        # the freight is money: no address ('shipping_address' JSON), no count of shipments
        # (InvenTree's Italian 'Spedizioni' 0, 1, 2)
        cands = [c for c in cands if c[1] != "freightamount"]
    if fractions(values):
        # Northwind's line Discount 0.15: a share of the price, never an amount of money
        cands = [c for c in cands if c[1] not in DISCOUNT_AMOUNTS]
    if any(c[1] == "discountpercentage" for c in cands) and over_hundred(values):
        # Chargebee's order discount 300 (cents): no percentage is over 100, an amount
        score = max(c[0] for c in cands if c[1] == "discountpercentage")
        cands = [c for c in cands if c[1] != "discountpercentage"]
        if "discountamount" in names and not any(c[1] == "discountamount" for c in cands):
            cands.append((score, "discountamount", f"its values reach over 100 ("
                          f"{', '.join(values[:3])}): amounts, "
                          f"{names['discountamount'].describe()}"))
    if phrase in ("username", "user_name") and display_names(values) and (
            main := next((t for t in ("fullname", "lastname") if t in names), None)):
        # ClickUp's members 'username' "John Doe": a display name, no sign-in (a login
        # has no spaces): the person's name
        cands = [(0.85, main, "its values are people's names, with spaces: no login but "
                  f"the name shown, {names[main].describe()}")] + [
            c for c in cands if c[1] not in ("domainname", main)]
    if sentences(values):
        # Calendly's payment 'terms', "sample terms of payment (up to 1,024 characters)": a
        # sentence per record, no option of a choice (Net 30, Net 60)
        cands = [c for c in cands if getattr(names.get(c[1]), "atype", "") not in _CHOICES]
    if "firstname" in names and booking_states(values):
        # a booking's status on a person's row (Calendly's invitees: active, canceled): the
        # meeting's, no state of the person
        cands = [c for c in cands if c[1] not in ("statecode", "statuscode")]
    if presences(values):
        # LiveChat's agents' 'status' accepting chats / not accepting chats: whether one is
        # at the desk now, no user disabled nor the record's state
        cands = [c for c in cands if c[1] not in ("isdisabled", "statecode", "statuscode")]
    if record_states(values) or world_regions(values):
        # Zurmo's contact 'state' New / Qualified / Customer, ERPNext's 'Région' (its
        # territory) Rest Of The World: no state or province
        cands = [c for c in cands if c[1] not in PROVINCES]
    if any(c[1] in ("statuscode", "statecode") for c in cands) and state_names(values):
        # a shop's order 'state' of Minnesota, Texas, Ohio (Evidence's Needful Things): the
        # buyer's address's state, no status of the record
        cands = [c for c in cands if c[1] not in ("statuscode", "statecode")]
        side = next((t for t in (*PROVINCES, "billto_stateorprovince") if t in names), None)
        if side and not any(c[1] == side for c in cands):
            cands.append((0.9, side, f"its values are states or provinces ("
                          f"{', '.join(values[:3])}): {names[side].describe()}"))
    if places(values):
        # Google's 'Address 1 - Type' Home / Work: where the person is, not what the
        # address is for (Dataverse's types: bill to, ship to, primary, other)
        cands = [c for c in cands if c[1] not in ADDRESS_TYPES]
    if party_kinds(values):
        # Shuup's contact 'Type' Person / Company: what kind of party the row is (the
        # file's own kind), no relationship to the business and no category
        cands = [c for c in cands if c[1] not in ("customertypecode", "accountcategorycode")]
    if any(c[1] == "customertypecode" for c in cands) and no_relationships(values, names):
        # a company's 'Type' Product-based / Service-based: no relationship to the business
        cands = [c for c in cands if c[1] != "customertypecode"]
    if cands and cands[0][1] == "statuscode" and relationships(values, names, 2):
        # Planhat's company 'status' prospect / customer: what the company is to us
        cands = [(cands[0][0], "customertypecode", "its values are business relationships ("
                  f"{', '.join(values[:3])}): {names['customertypecode'].describe()}")]
    if any(c[1] == "accountcategorycode" for c in cands) and relationships(values, names):
        # Fat Free CRM's 'Category' competitor / partner / vendor: what the company is to us
        score = max(c[0] for c in cands if c[1] == "accountcategorycode")
        cands = [c for c in cands if c[1] not in ("accountcategorycode", "customertypecode")]
        cands.append((score, "customertypecode", "its values are business relationships ("
                      f"{', '.join(values[:3])}): {names['customertypecode'].describe()}"))
    if any(c[1] == "accountcategorycode" for c in cands) and no_tiers(values, names):
        # a customer's 'Category' Novelty Shop / Supermarket: its trade, no rank of ours
        cands = [c for c in cands if c[1] != "accountcategorycode"]
    if channels(values):
        # Zendesk Chat's 'type' offline_msg / chat: how the case came in, not its type
        cands = [c for c in cands if c[1] != "casetypecode"]
    elif any(c[1] == "casetypecode" for c in cands) and no_case_types(values, names):
        # MantisBT's 'Category' General / bugtracker, a law firm's case 'Type' Civil suit /
        # Employment: no kind of case Dataverse offers, nor (unless its values name one:
        # FreeScout's German 'Typ' E-Mail / Telefon) a channel it came in by
        gone = ("casetypecode",) if channel_like(values) else ("casetypecode", "caseorigincode")
        cands = [c for c in cands if c[1] not in gone]
    if entry_methods(values):
        # Mailchimp's member 'source' Import / API / Admin Add: how the record was entered
        # into the system, not where the lead came from
        cands = [c for c in cands if c[1] != "leadsourcecode"]
    if phrases(values):
        # IceHRM's emergency contacts' 'Employee' Lala Lamees: whose contact it is, by the
        # staff member's name, not the contact's own employee number
        cands = [c for c in cands if c[1] not in ID_NUMBERS]
    # 'Amount (licenses / hours)': a count of what its name says, no money
    return without_money(cands, names, phrase)


#: Columns of a number or code a body gives a person: never words with spaces between.
ID_NUMBERS = frozenset({"employeeid", "governmentid", "externaluseridentifier"})


def phrases(values: tuple[str, ...]) -> bool:
    """Whether a column's values are words with no digit, most of them two words or more
    (names, 'IceHrm Employee'): no id or number a body gives a person."""
    vals = [v.strip() for v in values if v and v.strip()]
    return bool(vals) and not any(ch.isdigit() for v in vals for ch in v) \
        and sum(" " in v for v in vals) * 2 > len(vals)


#: The channels a conversation comes in by (normalised: lower case, letters only).
CHANNELS = frozenset({"chat", "livechat", "offlinemsg", "offlinemessage", "email", "mail",
                      "phone", "voice", "call", "web", "webform", "webwidget", "sms",
                      "whatsapp", "facebook", "twitter", "messenger", "instagram", "api",
                      "mobile", "mobilesdk", "social"})


def channels(values: tuple[str, ...]) -> bool:
    """Whether a column's values are all channels a conversation came in by (chat,
    offline_msg, email, phone, web)."""
    vals = _letters(values)
    return bool(vals) and vals <= CHANNELS


#: Words naming a kind of case beside the choice's own labels (Question, Problem, Request).
CASE_TYPE_WORDS = frozenset({"question", "problem", "request", "incident", "bug", "issue",
                             "defect", "feature", "inquiry", "enquiry", "complaint", "task",
                             "support", "service", "change", "fault", "error", "howto",
                             "suggestion", "feedback", "other", "query", "improvement"})


def no_case_types(values: tuple[str, ...], names: Mapping[str, Any]) -> bool:
    """Whether a column read as the case type holds two values or more, all words, none
    naming a kind of case (MantisBT's 'Category' General / bugtracker: the project's parts,
    round U): a choice of Question / Problem / Request the values never meant."""
    vals = {v.strip() for v in values if v and v.strip()}
    if len(vals) < 2 or "casetypecode" not in names \
            or not all(re.match(r"^[^\W\d_][^\d]*$", v) for v in vals):
        return False
    known = set(CASE_TYPE_WORDS)
    for label in names["casetypecode"].options:
        known |= {w for w in re.split(r"[^a-z]+", label.lower()) if w}
    return not any({w for w in re.split(r"[^a-z]+", v.lower()) if w} & known for v in vals)


#: A channel's name in the languages beside English (letters only, lower case).
_FOREIGN_CHANNELS = frozenset({"telefon", "téléphone", "telefono", "teléfono", "telefone",
                               "telefoon", "courriel", "correo", "correio", "posta", "телефон",
                               "элпочта", "почта", "電話", "电话", "メール"})


def channel_like(values: tuple[str, ...]) -> bool:
    """Whether a value or more names a channel a case comes in by, in any language ('E-Mail',
    'Telefon', 'Téléphone', 'Эл. почта')."""
    vals = _letters(values)
    return bool(vals & (CHANNELS | _FOREIGN_CHANNELS))


#: How a record was entered into a system (normalised: lower case, letters only): an import,
#: the API, an administrator by hand. Its origin in the system, no lead source.
ENTRY_METHODS = frozenset({"import", "imported", "csvimport", "fileimport", "bulkimport",
                           "api", "apigeneric", "adminadd", "manual", "manualentry",
                           "manuallyadded", "integration", "sync", "migration", "migrated"})


def entry_methods(values: tuple[str, ...]) -> bool:
    """Whether a column's values are all ways a record was entered (Import, API, Admin Add):
    a 'source' of them says how it got into the system, not where the lead came from."""
    vals = _letters(values)
    return bool(vals) and vals <= ENTRY_METHODS


#: The places a person's address or phone is typed by (normalised: lower case, letters).
ADDRESS_PLACES = frozenset({"home", "work", "business", "private", "personal", "office"})
#: Dataverse's address type columns (Bill To, Ship To, Primary, Other).
ADDRESS_TYPES = frozenset({"address1_addresstypecode", "address2_addresstypecode",
                           "address3_addresstypecode"})


def places(values: tuple[str, ...]) -> bool:
    """Whether a column's values are places (home, work), 'other' beside them allowed;
    Google marks the primary one with '* '."""
    vals = _letters(values)
    return bool(vals & ADDRESS_PLACES) and vals <= ADDRESS_PLACES | {"other"}


#: Discount columns holding money: an amount off, never a share of the price.
DISCOUNT_AMOUNTS = frozenset({"discountamount", "manualdiscountamount", "volumediscountamount"})


#: Columns of a record's own words: a count of anything is none of them.
TEXT_BODIES = frozenset({"description", "notetext",
                         "message"})   # AWeber's follow-up 'message_number' 1-5: no body


def counts(values: tuple[str, ...]) -> bool:
    """Whether a column's values are all whole numbers (digits only), some not 0: counts or
    codes, never the text of a description or a note (a '0' on every row is an empty note's
    placeholder: OpenCATS' candidates')."""
    vals = [v.strip() for v in values if v and v.strip()]
    return bool(vals) and all(v.isdigit() for v in vals) and any(v.strip("0") for v in vals)


def _numbers(values: tuple[str, ...]) -> list[float] | None:
    """The filled values as numbers, or None when one is no number."""
    nums = []
    for v in values:
        if v and v.strip():
            try:
                nums.append(float(v.strip()))
            except ValueError:
                return None
    return nums


def over_hundred(values: tuple[str, ...]) -> bool:
    """Whether a column's values are all numbers and one is over 100: no percentage."""
    return any(n > 100 for n in _numbers(values) or ())


def fractions(values: tuple[str, ...]) -> bool:
    """Whether a column's values are all numbers from 0 to 1, some strictly between (0.05,
    0.15, 0.2): shares as fractions. An amount of money that small on every row is not
    found in a sale; a count is whole."""
    nums = _numbers(values) or []
    return bool(nums) and all(0 <= n <= 1 for n in nums) and any(0 < n < 1 for n in nums)


def no_role_options(values: tuple[str, ...], names: Mapping[str, Any]) -> bool:
    """Whether a column read as the contact's Role (Decision Maker, Employee, Influencer:
    the org's options) holds values none of which names one of its options."""
    options = {"".join(ch for ch in o.lower() if ch.isalpha())
               for o in (names["accountrolecode"].options if "accountrolecode" in names
                         else ())}
    letters = _letters(values)
    return bool(options) and bool(letters) and not letters & options


def job_roles(values: tuple[str, ...], names: Mapping[str, Any]) -> bool:
    """Whether a person's 'role' column, which may be their part in a buying decision
    (Decision Maker, Employee, Influencer: the Role column, where the table has it), holds
    jobs instead: a value or more, none naming one of the role's options, none a sign-in
    role or a record's stage."""
    if "jobtitle" not in names:
        return False
    vals = [v.strip() for v in values if v and v.strip()]
    options = {"".join(ch for ch in o.lower() if ch.isalpha())
               for o in (names["accountrolecode"].options if "accountrolecode" in names
                         else ())}
    letters = {"".join(ch for ch in v.lower() if ch.isalpha()) for v in vals}
    return bool(vals) and all(letters) and not letters & (options | SIGN_IN_ROLES
                                                         | RECORD_STATES)
