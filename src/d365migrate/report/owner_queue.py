"""The owner queue page: SmartDesk owners with no enabled Dataverse user, and what blocks."""
from __future__ import annotations

import polars as pl

from d365migrate.report.html import page, table_html

__all__ = ["owner_queue_html"]


def owner_queue_html(queue_df: pl.DataFrame, title: str = "Owner queue") -> str:
    """A self-contained page of SmartDesk owners with no enabled Dataverse user."""
    if queue_df.height == 0:
        summary = "<p class='ok'>Every owner matched an enabled Dataverse user.</p>"
        return page(title, [summary])
    blocked = queue_df.filter(pl.col("resolution") == "blocked")
    records = int(queue_df["records"].sum() or 0)
    cls = "bad" if blocked.height else "ok"
    summary = (f"<p class='{cls}'>{queue_df.height} owner(s) without an enabled Dataverse user, "
               f"owning {records} record(s); {blocked.height} still blocked.</p>")
    advice = ("<p class='muted'>Blocked owners stop the load of the records they own. "
              "Provision the user in the org (then run again), or confirm a fallback owner "
              "(owners.fallback_owner_email in the parameters file).</p>"
              if blocked.height else "")
    sections = [summary, advice, "<h2>Owners</h2>",
                table_html(queue_df.sort(pl.col("resolution") != "blocked", pl.col("records"),
                                             descending=[False, True]))]
    return page(title, sections)
