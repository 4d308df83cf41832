"""A subscriber's state read as Dynamics 365's yes/no of whether bulk e-mail may go.

Mailing-list systems write a member's state as a word (Mailchimp's ``status``: subscribed,
unsubscribed, cleaned, pending, transactional, archived; Marketing Cloud's Active, Held,
Bounced, Unsubscribed, Deleted). The map reads such a column as the contact's Bulk Email
(``donotbulkemail``: true is Do Not Allow) or Email (``donotemail``), and a yes/no column
reads no such word by itself: every row would load empty. Here each state says its flag:
only a subscribed (or active, opted-in) address may get bulk e-mail (false, Allow); an
unsubscribed, cleaned (bounced), held, pending or unconfirmed (not confirmed), junk
(marked as spam), transactional-only, archived or deleted one may not (true, Do Not Allow).
"""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.value_signs import subscription_states

__all__ = ["ALLOWED_STATES", "subscription_flag_values"]

#: The states whose address may get bulk e-mail (normalised: lower case, no spaces).
ALLOWED_STATES = frozenset({"subscribed", "active", "optedin", "optin"})
#: The columns that say whether e-mail may go (true: Do Not Allow).
DO_NOT_COLUMNS = frozenset({"donotbulkemail", "donotemail"})


def subscription_flag_values(series: pl.Series, target: str) -> dict[str, bool] | None:
    """Each subscription state in ``series`` to the yes/no ``target`` takes (true: do not
    e-mail), or None when the target is no such flag or the values no such states."""
    if target not in DO_NOT_COLUMNS:
        return None
    values = [str(v) for v in series.drop_nulls().unique().sort().to_list()
              if str(v).strip()]
    if not values or not subscription_states(tuple(values)):
        return None
    return {v: "".join(v.lower().split()) not in ALLOWED_STATES for v in values}
