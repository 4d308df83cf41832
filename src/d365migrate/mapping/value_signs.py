"""What a column's values are, whatever its name says: forms of address, subscription or
delivery states, a record's lifecycle, single tokens. The suggestion engine weighs these
against the name (``mapping/suggest.py``), so they are kept apart from its scoring."""
from __future__ import annotations

from collections.abc import Iterable


def tokens(values: tuple[str, ...]) -> bool:
    """Values written as single tokens (hashes, masked numbers), not as words."""
    return bool(values) and sum(not any(c.isspace() for c in v) for v in values) \
        >= 0.9 * len(values)


#: Forms of address, in the common European languages (normalised: lower case, no dot),
#: and the academic titles written before a name in German-speaking and Central European
#: address lists (their 'Titel': Mag., Ing., Dipl.-Ing., Bc., Mgr.), which Dataverse keeps
#: in the salutation too: no job.
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "madam", "rev", "mstr",
    "herr", "frau", "fr", "hr", "mme", "mlle", "m", "sr", "sra", "srta", "dott", "dssa",
    "sig", "sigra", "dhr", "mevr", "pan", "pani",
    # written out (Thelia's customer titles: Mister / Misses, Monsieur / Madame, Señor)
    "mister", "misses", "monsieur", "madame", "mademoiselle", "señor", "señora", "señorita",
    "senor", "senora", "senorita", "signore", "signora", "signorina", "meneer", "mevrouw",
    "mag", "ing", "dipl-ing", "dipl ing", "diplom-ingenieur", "di", "bc", "mgr", "phdr",
    "judr", "mudr", "rndr", "paeddr", "doc", "univ-prof", "prof dr", "dr med", "dr phil",
    "dr jur", "dr rer nat", "dr-ing", "dr ing", "ing mag"})


def honorifics(values: tuple[str, ...], titled: bool = False) -> bool:
    """Whether nine in ten of a column's values are forms of address (Mr., Mrs., Dr.), at
    least two different ones (a size column of 'M' alone is no salutation), or, in a column
    whose name says title (``titled``), one written in two letters or more (OpenPetra's
    people, all 'Mr'): a language column of 'FR' alone is no salutation."""
    # 'Dipl.-Ing.', 'Dr. med.': dots as spaces
    vals = [" ".join(v.replace(".", " ").split()).replace(" -", "-").lower()
            for v in values if v and v.strip()]
    found = {v for v in vals if v in HONORIFICS}
    return (len(found) >= 2 or (titled and len(found) == 1 and len(min(found)) >= 2)) \
        and sum(v in HONORIFICS for v in vals) >= 0.9 * len(vals)


#: A mailing list's subscription states (Mailchimp, Klaviyo, Sendinblue), normalised.
SUBSCRIPTION_STATES = frozenset({
    "subscribed", "unsubscribed", "cleaned", "pending", "transactional", "archived",
    "opted in", "opted out", "optedin", "optedout", "opt in", "opt out", "bounced",
    "passive",   # Chaskiq's app users: passive, subscribed, unsubscribed
    # Omnisend's contacts: 'nonSubscribed' (never opted in); Constant Contact's
    # 'NON_SUBSCRIBER', 'OPTOUT'
    "nonsubscribed", "non subscribed", "not subscribed", "non_subscriber", "nonsubscriber",
    "optout", "optin"})
#: A subscriber's deliverability (Marketing Cloud: Active, Held, Bounced, Unsubscribed,
#: Deleted): whether mail may go to the address, no state of the record.
DELIVERY_STATES = frozenset({"active", "held", "bounced", "unsubscribed", "deleted",
                             # MailerLite's subscribers: active, unconfirmed (no double
                             # opt-in yet), bounced, junk (marked as spam), unsubscribed
                             "unconfirmed", "junk"})


#: Words naming a picture: its web address is no website (Freshsales' contact 'avatar').
PICTURE_WORDS = frozenset({"avatar", "photo", "picture", "image", "logo", "headshot",
                            "thumbnail"})
#: Words of a page a person came from or landed on (Drip's 'original_referrer'): no site of
#: theirs either.
VISIT_WORDS = frozenset({"referrer", "referer", "referring", "landing"})
#: Words naming a software version or a network address: its dotted numbers ('87.0.4280',
#: Pendo's 'last_browser_version'; '10.0.0.1') are no phone numbers.
VERSION_WORDS = frozenset({"version", "ver", "build", "release", "ip", "ipaddress"})
#: Words naming who created or last changed a record (Directus's 'user_created.email',
#: 'updated_by_email', 'modifier'): their e-mails are a user's, not the record's own address.
STAMP_WORDS = frozenset({"created", "updated", "modified", "edited", "changed", "creator",
                         "editor", "modifier", "updater"})
#: A tax number or a reference is digits and dashes too ('1344-654-112'), no phone number;
#: so is a person's or a firm's number in a register (GoCardless' swedish_identity_number
#: '556564-5404', a bank's IBAN, a company registration).
TAX_WORDS = frozenset({"tax", "vat", "gst", "taxref", "taxid", "vatid", "vatno", "identity",
                       "iban", "registration", "ssn", "passport"})


def named_otherwise(kind: str, words: Iterable[str]) -> bool:
    """Whether a column's name says its values are something else than the ``kind`` they
    look like (a picture's address is no website; a version's number no phone number): the
    value-only guess is then not made."""
    ws = set(words)
    return (kind == "url" and bool(ws & (PICTURE_WORDS | VISIT_WORDS))) or (
        kind == "phone" and bool(ws & (VERSION_WORDS | TAX_WORDS))) or (
        kind == "email" and bool(ws & STAMP_WORDS))

#: A record's own lifecycle (Recurly's account 'state': active, closed; a store customer's
#: login 'state': enabled, disabled, invited, declined), normalised.
RECORD_STATES = frozenset({"active", "inactive", "closed", "open", "canceled", "cancelled",
                           "expired", "deleted", "archived", "paused", "suspended", "draft",
                           "enabled", "disabled", "invited", "declined",
                           # an event registration's state (Indico: Completed, Pending,
                           # Rejected, Withdrawn; round V, keys329)
                           "completed", "pending", "rejected", "withdrawn"})


#: Whether a record was saved (Zoho's '$state' of 'save'): a flag of the editor, neither a
#: place nor the record's status.
SAVE_STATES = frozenset({"save", "saved", "unsaved", "autosave", "autosaved"})


def record_states(values: tuple[str, ...]) -> bool:
    """Whether a column's values are all a record's lifecycle or save states: no province."""
    vals = {v.strip().lower() for v in values if v and v.strip()}
    return bool(vals) and vals <= RECORD_STATES | SAVE_STATES


def save_states(values: tuple[str, ...]) -> bool:
    """Whether a column's values all say whether the record was saved: no status either."""
    vals = {v.strip().lower() for v in values if v and v.strip()}
    return bool(vals) and vals <= SAVE_STATES


def subscription_states(values: tuple[str, ...], subscribers: bool = False) -> bool:
    """Whether a column's values are subscription states, with 'subscribed' or
    'unsubscribed' among them, or deliverability states with 'held', 'bounced',
    'unconfirmed' or 'junk'. ``subscribers``: the column is a subscribers file's status,
    where any of these states says so, 'active' alone too (Kit's, Drip's subscribers: their
    subscription, no state of the person's record)."""
    vals = {v.strip().lower() for v in values if v and v.strip()}
    if subscribers and vals and vals <= SUBSCRIPTION_STATES | DELIVERY_STATES | _ENDED:
        return True
    return (bool(vals & {"subscribed", "unsubscribed", "nonsubscribed", "non_subscriber",
                         "optout"}) and vals <= SUBSCRIPTION_STATES) or (
        bool(vals & {"held", "bounced", "unconfirmed", "junk"}) and vals <= DELIVERY_STATES)


#: A subscription ended by the subscriber or the sender (Kit's 'cancelled', Drip's
#: 'removed'), said in a subscribers file.
_ENDED = frozenset({"cancelled", "canceled", "removed", "inactive", "complained"})
