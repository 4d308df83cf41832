"""Files of people their columns misread, settled after the columns have spoken.

- A file its name calls contacts ('Contacts', 'People') whose columns score it as the CRM's
  users: an e-mail, an 'Is active' flag, a 'Role' and a name are a contact's as much as a
  staff member's (a contact's role at its company: "Chief executive officer"). Only a column
  a staff member alone has (a sign-in, an admin flag, an employee number: the staff
  columns of :mod:`.person_files`) outweighs the name; with none, the name stands.
- A file named for business partners ('Partners'): a partner is a company or a person (Odoo's
  and SAP's partners are both), so the word names accounts only until the columns say
  people: a person's photo, a name and an e-mail, and none of a company's own columns (a
  web site, an industry, a size, a revenue, a registration number). Those are contacts.
- A file under a name that names no kind ('Freelancers', 'Volunteers') with the same
  person's columns: contacts, the people the business deals with, unless a job title with
  no company says each one's post in the business itself (Salesforce DreamHouse's brokers,
  "Senior Broker": its staff, left as they are).
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from d365migrate.intake.kinds import (
    FIRST_NAME_COLUMNS,
    LAST_NAME_COLUMNS,
    col_norm,
    name_kind,
    name_words,
)
from d365migrate.intake.organisation_files import ORGANISATION_SIGNS
from d365migrate.intake.person_files import STAFF_COLUMNS

__all__ = ["COMPANY_ONLY", "PHOTO_COLUMNS", "people_kinds", "person_photo_columns"]

#: A person's picture (normalised): a company has a logo instead.
PHOTO_COLUMNS = frozenset({"photo", "picture", "avatar", "headshot", "portrait",
                           "profilepicture", "profilephoto", "profileimage", "profilepic",
                           "photourl", "avatarurl", "pictureurl", "photograph"})
#: A name written whole (normalised).
_WHOLE_NAMES = frozenset({"name", "fullname", "displayname", "personname"})
#: A person's post (normalised); with no company beside it, a post in the business itself.
_TITLES = frozenset({"title", "jobtitle", "position", "designation", "post"})
#: A person's company (normalised).
_COMPANIES = frozenset({"company", "companyname", "account", "accountname", "organization",
                        "organisation", "employer", "companyid", "accountid"})
#: Words of a name that name a company or a person alike (a business partner).
_EITHER_WORDS = frozenset({"partner", "businesspartner"})
#: What only a company has (normalised): ORGANISATION_SIGNS but a phone and an address, and
#: a logo.
_COMPANY_ONLY = frozenset().union(*(signs for group, signs in ORGANISATION_SIGNS.items()
                                    if group not in ("phone", "address")),
                                  {"logo", "companylogo", "logourl"})
COMPANY_ONLY = _COMPANY_ONLY


def person_photo_columns(columns: list[str]) -> list[str] | None:
    """[name, e-mail, photo] columns when a file's rows are people by their columns (a
    whole name or a given and a family name, an e-mail, a person's photo) and no column is
    a company's own; None otherwise."""
    norm = {c: col_norm(c) for c in columns}
    if any(n in _COMPANY_ONLY for n in norm.values()):
        return None
    name = next((c for c, n in norm.items() if n in _WHOLE_NAMES
                 or n in FIRST_NAME_COLUMNS), None)
    if name is None or (norm[name] in FIRST_NAME_COLUMNS
                        and not any(n in LAST_NAME_COLUMNS for n in norm.values())):
        return None
    email = next((c for c, n in norm.items() if n in ("email", "emailaddress", "mail")), None)
    photo = next((c for c, n in norm.items() if n in PHOTO_COLUMNS), None)
    return [name, email, photo] if email and photo else None


def people_kinds(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                 ) -> dict[str, tuple[str, str]]:
    """Files of people discovery misread (see the module): source -> ('contact', why)."""
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        columns = tables[source].columns
        if kind not in ("user", "account", "unknown") or any(
                col_norm(c) in STAFF_COLUMNS for c in columns):
            continue
        named, how = name_kind(source)
        if kind == "user" and named == "contact" and how == "exact":
            out[source] = ("contact", f"its name '{source}' says contacts, and none of its "
                           "columns is a staff member's own (a sign-in, an admin flag, an "
                           "employee number): its e-mail, role and active flag are a "
                           "contact's too")
            continue
        either = kind == "account" and named == "account" and bool(
            set(name_words(source)) & _EITHER_WORDS)
        if not (either or (kind == "unknown" and named is None)):
            continue
        person = person_photo_columns(columns)
        norm = {col_norm(c) for c in columns}
        staff_like = not either and norm & _TITLES and not norm & _COMPANIES
        if person and not staff_like:
            said = ("a partner is a company or a person, and " if either else "")
            out[source] = ("contact", f"{said}its rows are people ({', '.join(person)}: a "
                           "person's photo) with none of a company's own columns: contacts")
    return out
