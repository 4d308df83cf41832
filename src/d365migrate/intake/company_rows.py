"""Kinds the rows settle after the columns have spoken: a "contacts" file of companies.

Odoo exports its one table of partners (companies, people and their addresses together) as
``Contact (res.partner)``: the name says contacts, but a flag (``is_company``) or a type
column (``company_type``) says what each row is. When most rows are companies the file is
the business's customers, D365's accounts, whatever its name; the people among them are
split off where the export has no contacts file (:mod:`d365migrate.mapping.party_split`).
Ticket messages (:func:`.ticket_files.ticket_messages`) are settled here too, and messages
in an export with no tickets (:mod:`.chatter_notes`), and events with places to fill and
their tickets (:mod:`.event_files`), so discovery calls one function.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import polars as pl

from d365migrate.intake.account_people import account_people
from d365migrate.intake.born_people import born_people
from d365migrate.intake.bug_files import bugs_beside_cases
from d365migrate.intake.calendar_files import calendar_kinds
from d365migrate.intake.chatter_notes import messages_as_notes
from d365migrate.intake.company_people import company_people
from d365migrate.intake.contact_persons import customers_of_persons
from d365migrate.intake.customer_lines import customer_records
from d365migrate.intake.customer_logins import customer_logins
from d365migrate.intake.customer_users import (
    customer_user_files,
    customers_of_people,
    login_accounts,
    users_beside_staff,
)
from d365migrate.intake.event_files import event_kinds, event_people, signed_up_events
from d365migrate.intake.kinds import col_norm, column_prefix, strip_column
from d365migrate.intake.lead_companies import lead_companies
from d365migrate.intake.lead_parents import leads_with_contacts
from d365migrate.intake.partner_roles import partner_role_files
from d365migrate.intake.party_files import PARTY_FLAG_COLUMNS, PARTY_TYPE_COLUMNS
from d365migrate.intake.party_types import COMPANY_TYPES, PERSON_TYPES
from d365migrate.intake.people_blocks import rows_of_people
from d365migrate.intake.people_rows import people_kinds
from d365migrate.intake.served_units import served_units
from d365migrate.intake.tenant_files import tenant_files
from d365migrate.intake.ticket_files import ticket_messages
from d365migrate.intake.visit_files import visit_kinds
from d365migrate.intake.whole_names import customers_by_whole_names

__all__ = ["company_share", "every_row_a_company", "every_row_a_person", "registered_rows",
           "row_says", "row_kinds"]

#: A flag that is true on a person's row, not a company's (normalised).
_PERSON_FLAGS = frozenset({"isperson", "isaperson", "isindividual", "ispersonaccount",
                           "isnaturalperson", "isprivateperson"})
_TRUE = frozenset({"true", "1", "yes", "y", "t", "x"})
_FALSE = frozenset({"false", "0", "no", "n", "f"})
#: A bare type column (English, German, Spanish and Italian, Portuguese): read only where
#: every row says company ('Type: Company' on each of Shuup's company contacts), as a
#: contact's type is often something else (a supplier, a partner).
_BARE_TYPES = frozenset({"type", "typ", "tipo"})
#: A company's number in its country's register (normalised): a person has none.
_REGISTERED = frozenset({"organizationnumber", "organisationnumber", "orgnumber"})


def row_says(column: str, value: str) -> bool | None:
    """True for a company's row, False for a person's, None when the value says neither."""
    norm, v = col_norm(column), value.strip().lower()
    if norm in PARTY_FLAG_COLUMNS:
        flag = True if v in _TRUE else False if v in _FALSE else None
        return None if flag is None else flag != (norm in _PERSON_FLAGS)
    return True if v in COMPANY_TYPES else False if v in PERSON_TYPES else None


def company_share(df: pl.DataFrame) -> tuple[int, int, list[str]]:
    """(company rows, all rows, the columns that said so): a row is a company's when a party
    flag or type column says so and none says it is a person's."""
    prefix = column_prefix(df.columns)   # Less Annoying CRM's 'contact_is_company'
    named = {c: "".join(strip_column(c, prefix)) if prefix else col_norm(c)
             for c in df.columns}
    cols = [c for c in df.columns if col_norm(c) in PARTY_FLAG_COLUMNS
            or named[c] in PARTY_FLAG_COLUMNS
            or re.sub(r"select$", "", col_norm(c)) in PARTY_TYPE_COLUMNS]
    if not cols or df.height == 0:
        return 0, df.height, []
    companies = 0
    for row in df.select(cols).cast(pl.Utf8).iter_rows():
        says = [s for c, v in zip(cols, row, strict=True) if v is not None
                and (s := row_says(c if col_norm(c) in PARTY_FLAG_COLUMNS | PARTY_TYPE_COLUMNS
                                   else named[c], v)) is not None]
        companies += bool(says) and all(says)
    return companies, df.height, cols


def row_kinds(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
              ) -> dict[str, tuple[str, str]]:
    """Files whose rows settle their kind: source -> (kind, why)."""
    out = {s: ("ticket_message", why) for s, why in ticket_messages(tables, kinds).items()}
    out.update((s, ("unknown", why)) for s, why in tenant_files(tables, kinds).items())
    out |= partner_role_files(tables, kinds)   # a 'Role' of Customer, Supplier: partners
    out |= bugs_beside_cases(kinds)   # SuiteCRM's Bugs beside its Cases: no second cases
    out |= event_kinds({s: df.columns for s, df in tables.items()}, kinds)
    out |= event_people({s: df.columns for s, df in tables.items()}, kinds)
    out |= signed_up_events(tables, kinds)
    out |= {s: k for s, k in calendar_kinds({s: df.columns for s, df in tables.items()},
                                            kinds).items() if s not in out}
    out |= {s: k for s, k in visit_kinds(tables, kinds).items() if s not in out}
    out |= messages_as_notes({**kinds, **{s: k for s, (k, _) in out.items()}},
                             {s: df.columns for s, df in tables.items()})
    # contacts scored as staff, partners and unnamed files that are people
    out |= {s: k for s, k in people_kinds(tables, kinds).items() if s not in out}
    out |= {s: k for s, k in company_people(tables, kinds).items() if s not in out}
    out |= {s: k for s, k in account_people(tables, kinds).items() if s not in out}
    out |= {s: k for s, k in lead_companies(tables, kinds).items() if s not in out}
    out |= {s: k for s, k in leads_with_contacts(tables, kinds).items() if s not in out}
    out |= {s: k for s, k in customers_of_persons(tables, kinds).items() if s not in out}
    out |= {s: k for s, k in rows_of_people({s: df.columns for s, df in tables.items()},
                                            kinds).items() if s not in out}
    out |= {s: k for s, k in customer_user_files(tables, kinds).items() if s not in out}
    out |= {s: k for s, k in born_people(tables, kinds).items() if s not in out}  # authors
    out |= {s: k for s, k in users_beside_staff(tables, kinds).items() if s not in out}
    out |= {s: k for s, k in customer_logins(tables, kinds).items() if s not in out}
    out |= {s: k for s, k in customers_of_people(tables, kinds).items() if s not in out}
    out |= {s: k for s, k in customers_by_whole_names(tables, kinds).items() if s not in out}
    out |= {s: k for s, k in login_accounts(tables, kinds).items() if s not in out}
    out |= {s: k for s, k in served_units(tables, kinds).items() if s not in out}  # GLPI's
    out |= {s: k for s, k in customer_records({s: df.columns for s, df in tables.items()},
                                              kinds).items() if s not in out}
    for source, kind in kinds.items():
        if kind == "account" and source not in out \
                and (typed := every_row_a_person(tables[source])) is not None:
            out[source] = ("contact", f"its '{typed}' says a person on every row: the "
                           "customers are people, contacts")
        if kind != "contact" or source in out:
            continue
        companies, rows, cols = company_share(tables[source])
        if cols and companies * 2 > rows:
            out[source] = ("account", f"its rows are mostly companies ({companies} of {rows}, "
                           f"by '{cols[0]}'): the customers, named account")
        elif (typed := every_row_a_company(tables[source])) is not None:
            out[source] = ("account", f"its '{typed}' says company on every row: the "
                           "customers, named account")
        elif (registered := registered_rows(tables[source])) is not None:
            out[source] = ("account", f"its '{registered}' holds a company's number in its "
                           "country's register on most rows: the customers, named account")
    return out


def every_row_a_person(df: pl.DataFrame) -> str | None:
    """The party flag or type column that says a person on every row of a file, if one does
    (Asaas' customers: personType FISICA, a natural person, on each): its rows are people."""
    for col in df.columns:
        if not (col_norm(col) in PARTY_FLAG_COLUMNS
                or re.sub(r"select$", "", col_norm(col)) in PARTY_TYPE_COLUMNS):
            continue
        values = df[col].cast(pl.Utf8).drop_nulls()
        if df.height and values.len() == df.height \
                and all(row_says(col, v) is False for v in values):
            return col
    return None


def registered_rows(df: pl.DataFrame) -> str | None:
    """The organisation-number column filled on most rows of a file, if one is (Fiken's
    contacts: 'organizationNumber', the Norwegian register's number of a company; a person
    has none): those rows are companies."""
    for col in (c for c in df.columns if col_norm(c) in _REGISTERED):
        filled = df[col].cast(pl.Utf8).str.strip_chars().replace("", None).drop_nulls().len()
        if df.height and filled * 2 > df.height:
            return col
    return None


def every_row_a_company(df: pl.DataFrame) -> str | None:
    """The bare type column ('Type', 'Typ', 'Tipo') that says company on every row of a
    file, if one does (Shuup's company contacts: contacts by name, companies by type)."""
    for col in (c for c in df.columns if col_norm(c) in _BARE_TYPES):
        values = df[col].cast(pl.Utf8).drop_nulls()
        if values.len() and all(row_says(col, v) for v in values):
            return col
    return None

