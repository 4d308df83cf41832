"""A users file that holds customers as well as staff, told apart by a role column.

Help desks export everyone who ever wrote a ticket as a "user": Zendesk's users are end
users (role ``end-user``: the customers who ask) and agents or admins (the staff who answer).
In Dynamics 365 the first are contacts and the second the org's users, which are matched
(owners), never created. :func:`role_split` reads the role column; the proposal then takes
the customers' rows as the contact source (a routed entry, ``where: {column: role, in:
[end-user]}``), the staff rows stay the users file that owners are matched through, and a
column of another file is read as a link to contacts or to users by which rows its values
name (a ticket's requester is an end user, its assignee an agent).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import polars as pl

#: Column names (lowercase alphanumerics) that hold a person's role.
#: 'roles' too: Zammad's users carry the names of their roles (Customer, Agent, Admin).
ROLE_COLUMNS = ("role", "roles", "userrole", "userroles", "usertype", "roletype",
                "persontype", "type", "kind")
#: Role values (lowercase alphanumerics) of customers: people the company serves.
CUSTOMER_ROLES = frozenset({"enduser", "endusers", "customer", "customers", "client",
                            "clients", "requester", "requestor", "contact", "contacts",
                            "visitor", "guest", "externaluser", "portaluser", "kunde",
                            "endkunde", "cliente", "klant"})
#: Role values of staff: people of the company, who own and answer records.
STAFF_ROLES = frozenset({"agent", "agents", "admin", "admins", "administrator", "staff",
                         "employee", "owner", "manager", "lightagent", "teamleader",
                         "supervisor", "salesrep", "rep", "support", "moderator", "member",
                         "internal", "internaluser", "mitarbeiter", "empleado", "editor"})
#: Role values that are customers only beside an agent's role: a help desk's plain users
#: are the people who ask (Helpy's role 'user' beside 'agent' and 'admin'); elsewhere a
#: 'user' is as likely the CRM's own staff.
ASKING_USERS = frozenset({"user", "users", "basicuser"})
#: The roles that make a help desk of a users file: agents answer.
_ANSWERING = frozenset({"agent", "agents", "lightagent"})


def _norm(value: object) -> str:
    return re.sub(r"[^0-9a-z]", "", str(value).lower())


@dataclass(frozen=True)
class RoleSplit:
    """The role column of a users file and its values: customers' and staff's."""

    column: str
    customers: tuple[str, ...]
    staff: tuple[str, ...]
    customer_rows: int
    staff_rows: int

    @property
    def where(self) -> dict[str, object]:
        """The routing that takes the customers' rows (``stage.routed``)."""
        return {"column": self.column, "in": list(self.customers)}

    def rows(self, df: pl.DataFrame) -> pl.DataFrame:
        """The customers' rows, compared as staging routes them (trimmed, any case)."""
        wanted = [v.strip().lower() for v in self.customers]
        role = df[self.column].cast(pl.Utf8).str.strip_chars().str.to_lowercase()
        return df.filter(role.is_in(wanted).fill_null(False))

    def reason(self, source: str) -> str:
        return (f"'{source}' holds customers and staff, told apart by '{self.column}': its "
                f"{self.customer_rows} row(s) whose {self.column} is "
                f"{' or '.join(repr(v) for v in self.customers)} are customers (contacts); "
                f"its {self.staff_rows} staff row(s) "
                f"({' or '.join(repr(v) for v in self.staff) or 'none'}) are matched to the "
                "org's users as owners, not created")


def role_split(df: pl.DataFrame) -> RoleSplit | None:
    """The customers/staff split of a users file, or None when no column says a role that
    names customers (every value of the column must be a known customer or staff role)."""
    for column in df.columns:
        if _norm(column) not in ROLE_COLUMNS:
            continue
        values = df[column].cast(pl.Utf8).str.strip_chars()
        counts = values.drop_nulls().filter(values.drop_nulls() != "").value_counts(name="\0n")
        # most rows first, ties by value: the same order in every process (value_counts'
        # own order is hash order, and its sort leaves ties to it)
        counts = counts.sort([counts.columns[1], counts.columns[0]], descending=[True, False])
        if not counts.height:
            continue
        customers, staff, n_customers, n_staff = [], [], 0, 0
        asking = ASKING_USERS if {_norm(v) for v in counts[counts.columns[0]]} & _ANSWERING \
            else frozenset()
        for value, n in counts.iter_rows():
            word = _norm(value)
            if word in CUSTOMER_ROLES or word in asking:
                customers.append(str(value))
                n_customers += int(n)
            elif word in STAFF_ROLES:
                staff.append(str(value))
                n_staff += int(n)
            else:
                break  # a value nobody knows: not a role column to split by
        else:
            if customers:
                return RoleSplit(column, tuple(customers), tuple(staff), n_customers, n_staff)
    return None


def ids_of_rows(df: pl.DataFrame, split: RoleSplit, key: str) -> tuple[set[str], set[str]]:
    """The key values of the customers' rows and of the staff rows."""
    role = df[split.column].cast(pl.Utf8).str.strip_chars()
    ids = df[key].cast(pl.Utf8).str.strip_chars()
    customers = set(ids.filter(role.is_in(list(split.customers))).drop_nulls().to_list())
    staff = set(ids.filter(role.is_in(list(split.staff))).drop_nulls().to_list())
    return customers, staff


def names_customers(values: pl.Series, customers: set[str], staff: set[str]) -> bool:
    """Whether a column's values name customers rather than staff (most of those found)."""
    found = values.drop_nulls().cast(pl.Utf8).str.strip_chars()
    found = found.filter(found != "").to_list()
    n_customers = sum(v in customers for v in found)
    n_staff = sum(v in staff for v in found)
    return n_customers > n_staff


__all__ = ["ASKING_USERS", "CUSTOMER_ROLES", "ROLE_COLUMNS", "STAFF_ROLES", "RoleSplit",
           "ids_of_rows", "names_customers", "role_split"]
