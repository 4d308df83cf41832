"""The owner queue page: the export's owners with no enabled Dataverse user, and what blocks."""
from __future__ import annotations

import polars as pl

from d365migrate.report.html import page, table_html

__all__ = ["owner_queue_html"]


def owner_queue_html(queue_df: pl.DataFrame, title: str = "Owner queue") -> str:
    """A self-contained page of the export's owners with no enabled Dataverse user."""
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
                table_html(_in_words(queue_df.sort(pl.col("resolution") != "blocked",
                                                   pl.col("records"),
                                                   descending=[False, True])))]
    return page(title, sections)


#: The queue's columns as the page heads them: ``email`` holds the owner as the export gives
#: it (an email, a name or an id), which is not always an email.
HEADINGS = {"email": "owner, as the export gives it", "status": "status", "records": "records",
            "resolution": "resolution", "reason": "reason",
            "person": "who the export's users file says it is"}


def _in_words(queue_df: pl.DataFrame) -> pl.DataFrame:
    """The queue with headings a person reads, and an owner no users file names said so
    (a bare id must not read as a person who was matched)."""
    if "person" in queue_df.columns:
        queue_df = queue_df.with_columns(
            pl.when(pl.col("person").fill_null("").str.strip_chars() == "")
            .then(pl.lit("no users file of the export names it"))
            .otherwise(pl.col("person")).alias("person"))
    return queue_df.rename({c: h for c, h in HEADINGS.items() if c in queue_df.columns})
