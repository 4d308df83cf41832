"""A site's users or members who are its customers: contacts, not the CRM's own staff.

A file named users or members is read as the business's own users (systemuser): the staff
who sign in and own records. But a web shop, a membership site or a headless CMS keeps its
customers' sign-ins in the same kind of table. Two things a staff list never says tell them
apart, read on the rows and headers after the columns have spoken:

- the role every signed-in person holds is the customer's (Payload's ecommerce template:
  'Roles' = customer): the people who buy, whatever the file is called;
- the columns say what each person buys or subscribes to, two or more of them (Paid
  Memberships Pro's members: membership level, discount code, subscription, billing
  amount): a membership site's paying members.

A users file with neither stays users (Dittofeed's users, headed only by names, an e-mail and
a phone, say nothing either way; an analyst decides them in the parameters); so does one
naming who created or changed each row, whose staff write records (Zammad's users: agents
and customers in one table).
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from d365migrate.intake.kinds import col_norm, name_words

__all__ = ["customer_logins"]

#: Words a file of sign-ins is named by (as :func:`name_words` reads them: singular).
_LOGIN_FILES = frozenset(w for x in (
    "users", "members", "Benutzer", "Nutzer", "Mitglieder", "utilisateurs", "membres",
    "usuarios", "miembros", "utenti", "membri", "gebruikers", "leden") for w in name_words(x))
#: A role column's header (normalised), in the languages the exports head it.
_ROLE_HEADERS = frozenset({"role", "roles", "rolle", "rollen", "rol", "ruolo", "ruoli",
                           "usertype", "userrole", "userroles"})
#: A customer's role, whole value (lower case).
_CUSTOMER_ROLES = frozenset({"customer", "customers", "client", "clients", "buyer", "shopper",
                             "subscriber", "kunde", "kunden", "cliente", "clientes", "klant"})
#: Header words of what a person buys or subscribes to.
_BUYING_WORDS = frozenset({"membership", "subscription", "billing", "tier", "coupon",
                           "discount", "stripe", "paypal", "lifetime", "spent"})
#: Columns naming the user who created or changed a row: a file holding them holds the
#: staff who write records (Zammad's users: agents and customers in one table).
_AUTHORS = frozenset({"createdby", "createdbyid", "updatedby", "updatedbyid", "modifiedby",
                      "modifiedbyid"})
#: The fewest such columns (one alone may be a staff's own plan or a discount they grant).
_MIN_BUYING = 2


def _customer_role(df: pl.DataFrame) -> str | None:
    """The role column whose every filled value is a customer's, if one is."""
    for col in (c for c in df.columns if col_norm(c) in _ROLE_HEADERS):
        values = df[col].drop_nulls().cast(pl.Utf8).str.strip_chars().str.to_lowercase()
        values = values.filter(values != "")
        if values.len() and values.is_in(list(_CUSTOMER_ROLES)).all():
            return col
    return None


def _buying_columns(columns: list[str]) -> list[str]:
    """The headers naming what a person buys or subscribes to."""
    return [c for c in columns if set(name_words(c)) & _BUYING_WORDS]


def customer_logins(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                    ) -> dict[str, tuple[str, str]]:
    """Users or members files whose people are customers: source -> ('contact', why)."""
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        df = tables.get(source)
        if kind != "user" or df is None or not set(name_words(source)) & _LOGIN_FILES:
            continue
        if {col_norm(c) for c in df.columns} & _AUTHORS:
            continue   # its rows name who wrote them: the staff are among them (Zammad's)
        if (role := _customer_role(df)) is not None:
            out[source] = ("contact", f"its '{role}' says customer on every row: the site's "
                           "customers who sign in, contacts, not the business's own users")
        elif len(buying := _buying_columns(list(df.columns))) >= _MIN_BUYING:
            out[source] = ("contact", f"its people buy or subscribe ({', '.join(buying[:3])}): "
                           "a site's paying members, contacts, not the business's own users")
    return out
