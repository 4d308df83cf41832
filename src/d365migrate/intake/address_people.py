"""Files whose names say addresses or users but whose rows are the people a business serves.

A file named for addresses usually holds further addresses of other records (Dataverse's
customeraddress, CiviCRM's Address rows: a contact's id beside each), which no Sales table
keeps as rows of their own. But a shop's address book written out with each addressee's
given and family name and no link to any other record (Reaction Commerce's and
Smartstore's address forms, QloApps' and Sylius' address lists) is its people: contacts,
each with their address. Likewise a file its name calls users whose people live somewhere
and hold no staff's sign-in rights: an app's customers (:func:`app_customers`); and an
association's memberships that name each member (Tendenci's), where CiviCRM's and the
nonprofit accelerator's memberships join a contact to a type: no records of their own.
"""

from __future__ import annotations

from d365migrate.intake.header_readings import column_readings
from d365migrate.intake.kinds import (
    FIRST_NAME_COLUMNS,
    LAST_NAME_COLUMNS,
    col_norm,
    name_word_split,
)
from d365migrate.intake.not_sales import not_sales_word
from d365migrate.intake.person_files import STAFF_COLUMNS

__all__ = ["address_people", "app_customers", "served_people"]

_FIRST, _LAST = frozenset(FIRST_NAME_COLUMNS), frozenset(LAST_NAME_COLUMNS)
#: Column endings of a link to another record by its id ('id_customer' starts with it).
_LINK_ENDS = ("id", "ids", "key", "ref", "uuid", "guid")
#: Words of a column naming the record an address belongs to (a link by name or type).
_OWNERS = frozenset({"linkdoctype", "linkname", "linkedto", "parentid", "parenttype",
                     "entitytype", "objecttype", "relatedto", "owner", "contactid",
                     "customerid", "accountid", "companyid"})


def address_people(columns: list[str]) -> list[str] | None:
    """[given name column, family name column] when a file of addresses names each row's
    addressee by given and family name and links to no other record (no id column but its
    own first one, no column naming an owner record); else None."""
    read = column_readings(columns)

    def first(words: frozenset[str]) -> str | None:
        return next((c for c in columns if col_norm(c) in words or read[c] & words), None)

    given, family = first(_FIRST), first(_LAST)
    if given is None or family is None or given == family:
        return None
    for i, c in enumerate(columns):
        norm = col_norm(c)
        if norm in _OWNERS or norm.startswith("id") and norm != "id" and i > 0 \
                or norm.endswith(_LINK_ENDS) and i > 0:
            return None
    return [given, family]


def _member_names(columns: list[str]) -> list[str] | None:
    """[given name, family name] columns of a file of memberships whose rows name their
    member (Tendenci's: one per member, with the type, join and expiry dates); a link
    table's (CiviCRM's: a contact's id, a type, dates) names nobody: None."""
    read = column_readings(columns)
    given = next((c for c in columns if col_norm(c) in _FIRST or read[c] & _FIRST), None)
    family = next((c for c in columns if col_norm(c) in _LAST or read[c] & _LAST), None)
    return [given, family] if given and family and given != family else None


#: A file's name word for an app's accounts as such (no staff, employees, agents: people a
#: business employs stay its users whatever their address).
_APP_USERS = frozenset({"user", "benutzer", "utilisateur", "usuario", "utente", "gebruiker",
                        "uzytkownik"})
#: A sign-in's own columns beside the staff's: a role, a stored password (Helpy's user
#: import: admin, role, encrypted_password: its agents among its customers).
_SIGN_IN = frozenset({"role", "roles", "password", "encryptedpassword", "passwordhash",
                      "hashedpassword", "passworddigest", "passwordsalt"})
#: An app's customer lives somewhere: their city, country or postal code (as read).
_PLACES = frozenset({"city", "country", "postalcode", "zip", "zipcode", "postcode"})


def app_customers(columns: list[str]) -> list[str] | None:
    """The place columns that make a file its name calls users the app's customers: a shop's
    or a school's users live somewhere (a city, a country, a postal code: OXID's customers,
    Moodle's students, Request Tracker's requestors), where a CRM's own staff sign in with
    rights and roles (two or more of its staff columns: Salesforce's, ServiceNow's users)."""
    read = column_readings(columns)
    signs = STAFF_COLUMNS | _SIGN_IN
    staff = [c for c in columns if col_norm(c) in signs or read[c] & signs]
    places = [c for c in columns if col_norm(c) in _PLACES or read[c] & _PLACES]
    return places if places and len(staff) < 2 else None


def served_people(source: str, columns: list[str], named: str | None = None) -> str | None:
    """The evidence line when a file is people the business serves though its name says
    addresses (:func:`address_people`) or users (:func:`app_customers`), else None."""
    words = {w.rstrip("s") for w in name_word_split(source.lower())}
    if words == {"membership"} and (names := _member_names(columns)):
        return (f"its rows are members, each named ({', '.join(names)}): an association's "
                "memberships, its members as contacts")
    if named == "user" and words & _APP_USERS:
        places = app_customers(columns)
        return None if places is None else (
            f"its users live somewhere ({', '.join(places[:3])}) and hold no staff's sign-in "
            "rights or roles: the app's customers, contacts")
    people = address_people(columns) if named is None and (
        not_sales_word(source) or ("",))[0] == "address" else None
    return None if people is None else (
        f"its addresses are people's own ({', '.join(people)}; no link to another record): "
        "an address book's people, contacts")
