"""The export's own account: one record every other file's rows point at.

A hosted system's export (a Fivetran connector's tables of Twilio, Stripe, a help desk)
often holds the customer's own account with the system: one row (Twilio's "My first Twilio
account", its owner account, status and type), and an ``account_id`` with its id on every
row of every other file. Read by its name the file is the accounts, and every call or
message is regarding it. But a file of one record that every row of several other files
names alike says nothing about any one of them: it is the tenant the export came from
(:mod:`d365migrate.mapping.tenant` reads such a column the same way), not a customer; unless
the column the others hold it in is the record's own column of that name, then it is a third
record both point at (a contact's entity, named on every group and supplier too). So is
a file of one record with no name of its own but the plan it subscribes to (Zendesk Chat's
"accounts" through Airbyte: a create date, an account key, a status and a plan): a
customer has a name; the export's own subscription to the system has a plan.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import polars as pl

__all__ = ["MIN_FILES", "tenant_files"]

#: Other files whose every row must name the one record before it reads as the tenant.
MIN_FILES = 3
#: Kinds a tenant's file is read as by its name: a customer's.
_CUSTOMER_KINDS = frozenset({"account", "contact"})
#: Columns (normalised) naming the plan a subscription is on.
_PLAN_COLUMNS = frozenset({"plan", "planname", "plantype", "subscriptionplan", "edition",
                           "pricingplan", "billingplan", "tier", "plantier"})
#: Words of a column (normalised) that name a customer: a name, a person's, an address.
_NAME_PARTS = ("name", "company", "title", "email", "firstname", "lastname", "domain")


def _own_subscription(df: pl.DataFrame) -> str | None:
    """Why a one-record file with a plan and no name of its own is the export's own
    subscription ('plan' beside a key and a status), else None."""
    cols = [re.sub(r"[^a-z0-9]", "", c.lower()) for c in df.columns]
    plan = next((c for c, n in zip(df.columns, cols, strict=True) if n in _PLAN_COLUMNS), None)
    if df.height != 1 or plan is None or any(p in n for n in cols for p in _NAME_PARTS):
        return None
    return (f"its one record has a plan ('{plan}') and no name: the export's own subscription "
            "to the system (the tenant), not a customer")


#: A mailing program's defaults for what its account sends (normalised): the sender.
_SENDER_DEFAULTS = frozenset({"defaultfromname", "defaultfromemail", "defaultsendername",
                              "defaultsenderemail", "defaultreplyto", "defaultpostaladdress"})


def _own_sender(df: pl.DataFrame) -> str | None:
    """Why a one-record file holding the defaults its mail goes out with (Drip's account:
    'default_from_name', 'default_from_email') is the export's own account, else None."""
    cols = sorted(c for c in df.columns if re.sub(r"[^a-z0-9]", "", c.lower())
                  in _SENDER_DEFAULTS)
    if df.height != 1 or len(cols) < 2:
        return None
    return (f"its one record holds the defaults its mail is sent with ({', '.join(cols)}): "
            "the export's own account in the mailing program (the tenant), not a customer")


def _id_values(df: pl.DataFrame) -> dict[str, str]:
    """The one row's id-like values ('id', 'account_sid', 'tenant_key') -> column."""
    out: dict[str, str] = {}
    for column in df.columns:
        if not re.search(r"(?i)(^|_|\b|[a-z])(id|sid|key)$", column):
            continue
        value = df[column].cast(pl.Utf8)[0]
        if value is not None and len(value.strip()) >= 4:
            out[value.strip()] = column
    return out


def _constant(df: pl.DataFrame, column: str) -> str | None:
    values = df[column].cast(pl.Utf8)
    if values.null_count() or values.n_unique() != 1:
        return None
    return (values[0] or "").strip() or None


def _points_at(ids: Mapping[str, str], column: str, value: str | None) -> bool:
    """Whether a column holding ``value`` on every row names the one record: its id, held
    under another name ('account_sid' beside the record's 'sid'). The same column with the
    same value in both files ('entities_id' in a contact and in the groups) is a third
    record both point at, not the one record (GLPI's contact and its entity)."""
    return value in ids and ids[value] != column


def tenant_files(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                 ) -> dict[str, str]:
    """Files read as customers that are the export's own account: one row, whose id every
    row of at least :data:`MIN_FILES` other files holds in one column, one of them with rows
    to spare. Returns source -> why."""
    out: dict[str, str] = {}
    for source, df in tables.items():
        if kinds.get(source) not in _CUSTOMER_KINDS or df.height != 1:
            continue
        if own := _own_subscription(df) or _own_sender(df):
            out[source] = own
            continue
        ids = _id_values(df)
        pointing = sorted(other for other, odf in tables.items()
                          if other != source and odf.height
                          and any(_points_at(ids, c, _constant(odf, c)) for c in odf.columns))
        # where every one of them holds one row too (Attio's one person, its one task,
        # note and list entry), a row naming the one record says nothing of a tenant
        if len(pointing) >= MIN_FILES and any(tables[p].height >= 2 for p in pointing):
            out[source] = (f"its one record is named on every row of {len(pointing)} other "
                           f"files ({', '.join(pointing[:3])}...): the account the export "
                           "came from (the tenant), not a customer")
    return out
