"""A users file whose people belong to the customers: contacts, not staff.

An ERP keeps one table of people: Compiere's AD_User (ADempiere, iDempiere, Openbravo,
metasfresh) holds the client's own login users and, tied to a business partner by
``C_BPartner_ID``, the customers' and suppliers' people (a buyer, a sales manager, with an
e-mail, a phone and a title). The name says users; the link says whose people they are. A
consultant moves the partners' people as contacts: when most of the file's rows point, by a
column naming an account ('<partner>_id', 'company_id'), at records of a file discovered as
the accounts, and those rows spread over several accounts (a staff's users all share the
business's one company), the file is contacts. A users file with no such link, or one that
points at a single company, stays users.

A helpdesk keeps its staff apart from the people who write in (Faveo's agents and users,
osTicket's staff and users, UVdesk's agents and customers): where the export has a file of
staff (its name says agents, staff, employees) beside a file named users, those users are
the customers' people, contacts (:func:`users_beside_staff`).

A helpdesk's customers are the people who write in: UVdesk's, FreeScout's and Help Scout's
customers file holds a name and an e-mail per person, no company record; Papercups' and
erxes' customers stand beside their own file of companies. Where an export holds tickets or
a file of companies and no file of contacts, a file named customers that carries e-mails
and none of a company's own columns (a web site, an industry, a size, a revenue, a tax
number, a contact person) is those people: contacts (:func:`customers_of_people`); so is a
helpdesk's file named accounts whose rows are logins (Trudesk's: :func:`login_accounts`).
So is a customers file heading a person's given name with no company column (Xendit's
payment customers: 'given_names' and an e-mail).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import polars as pl

from d365migrate.intake.column_signatures import FIRST_NAME_COLUMNS
from d365migrate.intake.company_people import COMPANY_WORDS
from d365migrate.intake.content_words import content_columns
from d365migrate.intake.header_readings import column_readings
from d365migrate.intake.kinds import col_norm, name_kinds, name_words
from d365migrate.intake.people_rows import COMPANY_ONLY
from d365migrate.mapping.foreign_names import foreign_readings

__all__ = ["CUSTOMER_WORDS", "accounts_named", "customer_user_files", "customers_of_people",
           "login_accounts", "users_beside_staff"]

#: The fewest distinct accounts the linked rows spread over.
_MIN_ACCOUNTS = 3


def _account_link_columns(columns: list[str]) -> list[str]:
    """The columns naming an account's id ('C_BPartner_ID', 'partner_id', 'company_id')."""
    out = []
    for column in columns:
        words = name_words(column)
        if len(words) < 2 or words[-1] != "id":
            continue
        if "account" in name_kinds("_".join(words[:-1])):
            out.append(column)
    return out


def _account_ids(df: pl.DataFrame, column: str) -> set[str]:
    """The accounts file's ids for a link column: its column of the same name (Compiere's
    C_BPartner_ID in C_BPartner), else its first column (its key)."""
    same = [c for c in df.columns if col_norm(c) == col_norm(column)]
    key = same[0] if same else df.columns[0] if df.columns else None
    if key is None:
        return set()
    return {str(v) for v in df[key].drop_nulls().cast(pl.Utf8).to_list() if str(v).strip()}


def customer_user_files(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                        ) -> dict[str, tuple[str, str]]:
    """Users files whose rows are mostly the accounts' people: source -> ('contact', why)."""
    accounts = [s for s, k in kinds.items() if k == "account" and s in tables]
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        df = tables.get(source)
        if kind != "user" or df is None or df.height == 0 or not accounts:
            continue
        for column in _account_link_columns(df.columns):
            values = [str(v) for v in df[column].cast(pl.Utf8).to_list()]
            for account in accounts:
                ids = _account_ids(tables[account], column)
                linked = [v for v in values if v in ids]
                if len(linked) * 2 > df.height and len(set(linked)) >= _MIN_ACCOUNTS:
                    out[source] = ("contact", (
                        f"{len(linked)} of its {df.height} people belong to {len(set(linked))} "
                        f"records of '{account}' (by '{column}'): the accounts' people, "
                        "contacts, not the business's own users"))
                    break
            if source in out:
                break
    return out


#: Words a file of the business's own staff is named by, as :func:`name_words` reads them
#: (singular, Cyrillic transliterated).
_STAFF = frozenset(w for x in (
    "agents", "staff", "employees", "technicians", "operators", "Mitarbeiter", "agentes",
    "agenti", "empleados", "dipendenti", "personnel", "сотрудники", "сотрудник", "агенты",
    "операторы", "medewerkers", "pracownicy") for w in name_words(x))
#: Words a file of users is named by.
_USERS = frozenset(w for x in (
    "users", "Benutzer", "Nutzer", "utilisateurs", "usuarios", "utenti", "utente",
    "gebruikers", "użytkownicy", "пользователи", "пользователь") for w in name_words(x))


def users_beside_staff(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                       ) -> dict[str, tuple[str, str]]:
    """Files named users beside a file of staff (agents): source -> ('contact', why)."""
    users = {s: set(name_words(s)) for s, k in kinds.items() if k == "user" and s in tables}
    staff = sorted(s for s, words in users.items() if words & _STAFF)
    if not staff:
        return {}
    return {s: ("contact", f"named users beside the staff's own file '{staff[0]}': the "
                           "people who write in, contacts")
            for s, words in users.items() if words & _USERS and not words & _STAFF}


#: Words a file of customers is named by.
CUSTOMER_WORDS = frozenset(w for x in (
    "customers", "Kunden", "clients", "clientes", "clienti", "klanten", "klienci")
    for w in name_words(x))
#: A column naming a customer's contact person: the customers are companies.
_CONTACT_PERSON = frozenset({"contact", "contactname", "contactperson", "primarycontact",
                             "ansprechpartner", "personnedecontact", "personadecontacto"})
#: A person's name's columns, as a customers file heads them.
_NAME_COLUMNS = frozenset({"name", "fullname", "customername", "clientname", "displayname",
                           "firstname", "lastname"})
#: Share of rows whose e-mail address holds a word of the row's name, and the fewest rows.
_NAMED_SHARE, _NAMED_ROWS = 0.5, 3


def named_by_email(df: pl.DataFrame) -> bool:
    """Whether most rows' e-mail address holds a word of the row's own name ('Elmer West',
    elmer@...; 'User 5', user5@...): people's own addresses, where a company writes from
    info@ or sales@. The name is its column as headed or as the map's words read it, in English or
    another language ('Nome cliente')."""
    read = column_readings(list(df.columns))
    email = next((c for c in df.columns if "email" in col_norm(c) or "email" in read[c]), None)
    names = [c for c in df.columns if col_norm(c) in _NAME_COLUMNS
             or read[c] & _NAME_COLUMNS or any(
                 "".join(w) in _NAME_COLUMNS for w, _ in foreign_readings(c, df.columns))]
    if email is None or not names:
        return False
    rows = df.select(pl.col(email).cast(pl.Utf8).str.to_lowercase().str.extract(r"^([^@]+)@")
                     .alias("local"), pl.concat_str([pl.col(c).cast(pl.Utf8) for c in names],
                                                    separator=" ", ignore_nulls=True)
                     .str.to_lowercase().alias("name")).drop_nulls()
    if rows.height < 2:
        return False
    hits = sum(1 for local, name in rows.iter_rows()
               if any(w in local for w in re.findall(r"[^\W_]{3,}|\d+", name)))
    # fewer rows than _NAMED_ROWS say it only if every one does (Lemon Squeezy's two)
    return hits >= (_NAMED_SHARE * rows.height if rows.height >= _NAMED_ROWS else rows.height)


def split_names(df: pl.DataFrame) -> bool:
    """Whether the file heads a first and a last name, in any language ('Prénom du client'
    and 'Nom de famille du client', 'Nombre del cliente' beside 'Apellidos del cliente'): a
    person's name in two parts, where a company has one."""
    said = {c: [" ".join(r[0][0])] if (r := foreign_readings(c, df.columns)) else []
            for c in df.columns}
    for c in df.columns:
        said[c].append(" ".join(name_words(c)))
    last = [c for c, ws in said.items() if any("last name" in w for w in ws)]
    # beside a family name, a plain name is the given one (Spanish 'Nombre del cliente')
    given = [c for c, ws in said.items() if c not in last and any(
        "first name" in w or w.endswith("name") for w in ws)]
    return bool(last and given)


#: A record's own name beside a given name: the customer is named, its person is not it.
_RECORD_NAMES = frozenset({"name", "fullname", "companyname", "clientname", "customername",
                           "displayname", "company", "organization", "organisation"})
#: Words a file of companies is named by.
_COMPANIES = frozenset(w for x in (
    "companies", "organizations", "organisations", "Firmen", "Unternehmen", "entreprises",
    "sociétés", "empresas", "aziende", "bedrijven",
    "businesses") for w in name_words(x))   # Paddle's: the companies its customers buy for


def customers_of_people(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                       ) -> dict[str, tuple[str, str]]:
    """A customers file of people (tickets or a companies file beside it, no contacts
    file): source -> ('contact', why)."""
    if "contact" in kinds.values():
        return {}
    companies = sorted(s for s, k in kinds.items() if k == "account"
                       and set(name_words(s)) & _COMPANIES)
    if companies:   # Papercups' customers beside its companies (round V, keys327)
        why = (f"a customers file beside the companies' own file '{companies[0]}', no "
               "contacts file, and none of a company's own columns: the companies' people, "
               "contacts")
    elif "ticket" in kinds.values():
        why = ("a helpdesk's customers (the export holds tickets and no contacts file) and "
               "none of a company's own columns: the people who write in, contacts")
    elif "order" in kinds.values():
        why = ("a shop's customers (the export holds orders and no contacts file), none of "
               "a company's own columns, and their names a person's (a first and a last "
               "name, or an e-mail address that names them): the people who buy, contacts")
    else:   # a payment service's customers by their given names (Xendit's 'given_names')
        why = ("a customers file heading a person's given name, no contacts file, and none of "
               "a company's own columns: people, contacts")
    given = not companies and not {"ticket", "order"} & set(kinds.values())
    out: dict[str, tuple[str, str]] = {}
    for source, df in accounts_named(tables, kinds, CUSTOMER_WORDS):
        if given and not _given_names_only(df):
            continue   # a client's own name beside its contact's (Invoice Ninja's clients)
        if not companies and "ticket" not in kinds.values() and not given and not (
                named_by_email(df) or split_names(df)):
            continue   # a shop's customers may be companies: their names must say people
        if any(col_norm(c) in COMPANY_ONLY or col_norm(c) in _CONTACT_PERSON
               or content_columns([c]) & COMPANY_WORDS for c in df.columns):
            continue   # a company's own column, or its contact person (ToolJet's 'contact')
        read = column_readings(list(df.columns))
        if not any("email" in col_norm(c) or "email" in content_columns([c])
                   or any("email" in r for r in read[c]) for c in df.columns):
            continue   # people write in from an address (Jira's projects read as customers)
        out[source] = ("contact", why)
    return out


def _given_names_only(df: pl.DataFrame) -> bool:
    """Whether a file heads a person's given name and no name of the record itself (a
    customer's, a company's: 'Nom du client', 'Raison sociale')."""
    columns = list(df.columns)
    return any(col_norm(c) in FIRST_NAME_COLUMNS or "firstname" in content_columns([c])
               for c in columns) and not any(
        col_norm(c) in _RECORD_NAMES or r & _RECORD_NAMES
        for c, r in column_readings(columns).items()) and "name" not in content_columns(columns)


def accounts_named(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str],
                    words: frozenset[str]) -> list[tuple[str, pl.DataFrame]]:
    """The files discovered as accounts whose name holds one of ``words``."""
    return [(s, tables[s]) for s, k in kinds.items()
            if k == "account" and s in tables and set(name_words(s)) & words]


#: A login's name, as a header says it or the map's vocabulary reads it.
_LOGIN = frozenset({"username", "login", "loginname", "userlogin", "userid", "screenname"})
#: Words of a file of accounts.
_ACCOUNTS = frozenset(name_words("accounts"))


def login_accounts(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                   ) -> dict[str, tuple[str, str]]:
    """A helpdesk's 'accounts' whose rows are logins (a user name a row, beside tickets and
    no contacts file): the people who sign in to write tickets, contacts (Trudesk's
    accounts: user name, name, e-mail, title, role; round V, keys328)."""
    if "ticket" not in kinds.values() or "contact" in kinds.values():
        return {}
    out: dict[str, tuple[str, str]] = {}
    for source, df in accounts_named(tables, kinds, _ACCOUNTS):
        read = column_readings(df.columns)
        heads = frozenset(df.columns)
        said = {c: {"".join(w) for w, _ in foreign_readings(c, heads)} for c in df.columns}
        login = next((c for i, c in enumerate(df.columns) if col_norm(c) in _LOGIN
                      or read.get(c, frozenset()) & _LOGIN or said[c] & _LOGIN
                      or (i == 0 and "user" in said[c])), None)   # 'Usuário' first
        if login is not None:
            out[source] = ("contact", f"its rows are logins (by '{login}'), beside tickets: "
                                      "the people who sign in to write them, contacts")
    return out
