"""A linked thing's own fields, one aspect's status, a program's own pages: no record's.

An export that flattens a record's linked objects into paths writes their own dates and
states beside the record's: Aircall's calls carry 'number.created_at' (when the company's
phone line was set up) and 'number.availability_status' (whether that line takes calls).
They were read as the call's creation date and state. A path whose head names another thing
(a kind of record other than the file's, or a thing no table holds: a number, a plan, a
device) keeps its fields to that thing.

An e-mail address written as an object is a display name and an address (RFC 5322's
name-addr): SparkPost's recipients 'address.email' and 'address.name' ("Wilma"). Beside its
e-mail, such an object's 'name' is the person's, not a postal address's name.

A status of one aspect of a record is not the record's state either: SparkPost's
'compliance_status' (its review of a sending account), a shop order's 'paymentStatus'
(beside the order's own status; its fulfilment status is its own, as Ecwid's and Omnisend's
keys say). Nor is a page of the program's own (AWeber's 'subscription_url', a booking's
'cancel_url') the party's web site, or a signer's 'role' in one document a job.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from d365migrate.intake.kinds import kind_of_word, name_word_split

__all__ = ["ASPECTS", "mail_address_name", "related_field_candidates"]

_Cand = tuple[float, str, str]

#: A person's name's parts under an object ('profile.first_name'), run together.
_NAME_PARTS = frozenset({"firstname", "lastname", "givenname", "familyname", "surname"})
#: The record's own creation date and state: what a linked thing's fields are not.
_RECORD_FIELDS = frozenset({"overriddencreatedon", "statecode", "statuscode"})
_STATES = frozenset({"statecode", "statuscode"})
#: Things a path's head may name that no kind of record does.
_THINGS = frozenset({"number", "line", "phone", "device", "channel", "plan", "subscription",
                     "card", "integration", "payment", "invoice", "shipment", "delivery"})
#: The kind of record each table holds (as discovery names kinds).
_OWN_KIND = {"incident": "ticket", "opportunity": "deal", "salesorder": "order",
             "systemuser": "user", "phonecall": "activity", "appointment": "activity",
             "email": "activity"}
#: Words naming a page of the program's own (a form, a link to act on the record): no
#: web site of the record's party.
_OTHER_PAGES = frozenset({"subscription", "subscribe", "unsubscribe", "signup", "form",
                          "confirmation", "confirm", "tracking", "callback", "webhook",
                          "redirect", "cancel", "reschedule", "checkout", "payment", "login",
                          "download", "resource", "self", "api"})
#: A person's part in one document or event, whose 'role' is that part, no job.
_PARTS = frozenset({"signer", "attendee", "participant", "recipient", "guest", "invitee",
                    "approver", "reviewer", "witness", "speaker"})
#: One aspect of a record whose status says nothing of the record's own state.
ASPECTS = frozenset({"compliance", "payment", "shipping", "shipment", "delivery", "approval",
                     "verification", "review", "sync", "billing", "kyc", "consent",
                     "availability", "onboarding", "import", "export", "connection"})


def related_field_candidates(col: str, table: str, cands: list[_Cand]) -> list[_Cand]:
    """``cands`` without the record's creation date and state where ``col`` is a linked
    thing's own field ('number.created_at') or an aspect's status ('compliance_status')."""
    words = [w.lower() for w in name_word_split(col)]
    if any(c[1] == "websiteurl" for c in cands) and set(words) & _OTHER_PAGES:
        # AWeber's 'subscription_url', Calendly's 'cancel_url': a page of the program's
        # (a sign-up form, a booking's cancel link), no web site of the party
        cands = [c for c in cands if c[1] != "websiteurl"]
    if len(words) == 2 and words[1] == "role" and words[0] in _PARTS:
        # Dropbox Sign's 'signer_role' ('Client'): the part played in one document, no job
        cands = [c for c in cands if c[1] not in ("jobtitle", "accountrolecode")]
    if not any(c[1] in _RECORD_FIELDS for c in cands):
        return cands
    if len(words) >= 2 and words[-1] == "status" and words[-2] in ASPECTS:
        return [c for c in cands if c[1] not in _STATES]
    if "." not in col:
        return cands
    head = col.split(".", 1)[0].strip().lower()
    kind = kind_of_word(head)
    if "status" in head or "state" in head or kind == "pipeline":
        return cands   # Agendor's 'dealStatus.name': the record's own status, by its name
    if head in _THINGS or kind is not None and kind != _OWN_KIND.get(table, table):
        return [c for c in cands if c[1] not in _RECORD_FIELDS]
    return cands


def mail_address_name(col: str, columns: list[str], names: Mapping[str, Any],
                      cands: list[_Cand]) -> list[_Cand]:
    """A person's name for '<object>.name' beside '<object>.email' (an e-mail address's
    display name), on a table of people; ``cands`` otherwise."""
    head, dot, field = col.rpartition(".")
    if not dot or field.lower() != "name" or f"{head}.email" not in columns \
            or "lastname" not in names or any(
                c.startswith(f"{head}.") and re.sub(r"[^a-z]", "", c[len(head) + 1:].lower())
                in _NAME_PARTS for c in columns):
        return cands   # Eventbrite's 'profile.name' beside 'profile.last_name': the parts
    return [(0.9, "lastname", f"'{col}' is the display name of the e-mail address "
             f"'{head}.email': the person's name, {names['lastname'].describe()}")]
