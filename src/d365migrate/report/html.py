"""Self-contained HTML for stakeholders: inline CSS, charts as inline SVG (an analyst's own
matplotlib figure, shown by a notebook, as an embedded PNG), no fetches."""

from __future__ import annotations

import base64
import html
import io
from typing import Any

import polars as pl

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem;color:#1b1b1b;
max-width:1100px}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid
#ddd}table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}td,th{border:1px solid #ccc;
padding:.25rem .6rem;text-align:left}th{background:#f3f3f3}.ok{color:#0a7a32;font-weight:600}
.bad{color:#b00020;font-weight:600}.muted{color:#666;font-size:.85rem}.warn{color:#8a5a00}
"""


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _n(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:,}" if isinstance(value, int) else esc(value)


def table(headers: list[str], rows: list[list[Any]], numeric: set[int] | None = None,
          total: list[Any] | None = None) -> str:
    """A table of escaped values (a :class:`Markup` cell as built); columns in ``numeric``
    right-aligned, numbers with thousands separators, None as a dash."""
    numeric = numeric or set()

    def cells(row: list[Any], tag: str = "td") -> str:
        return "".join(
            f"<{tag} class='n'>{_n(v)}</{tag}>" if i in numeric and tag == "td"
            else f"<{tag}{' class=n' if i in numeric else ''}>"
                 f"{v if isinstance(v, Markup) else esc(v)}</{tag}>"
            for i, v in enumerate(row))
    body = "".join(f"<tr>{cells(r)}</tr>" for r in rows)
    foot = f"<tr class='total'>{cells(total)}</tr>" if total else ""
    return f"<table><tr>{cells(headers, 'th')}</tr>{body}{foot}</table>"


class Markup(str):
    """HTML a report module built itself (already escaped): :func:`table` keeps it as is."""


def yes_no(ok: bool | None, yes: str = "yes", no: str = "no") -> Markup:
    if ok is None:
        return Markup("<span class='muted'>not yet</span>")
    return Markup(f"<span class='yes'>{esc(yes)}</span>" if ok
                  else f"<span class='no'>{esc(no)}</span>")


def table_html(df: pl.DataFrame | list[dict[str, Any]], limit: int = 200) -> str:
    if isinstance(df, list):
        df = pl.DataFrame(df) if df else pl.DataFrame()
    if df.height == 0:
        return "<p class='muted'>none</p>"
    head = "".join(f"<th>{esc(c)}</th>" for c in df.columns)
    body = "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>"
                   for row in df.head(limit).iter_rows())
    more = f"<p class='muted'>{df.height - limit} more rows in the CSV</p>" \
        if df.height > limit else ""
    return f"<table><tr>{head}</tr>{body}</table>{more}"


def png_data_uri(fig: Any) -> str:
    """A matplotlib figure as a ``data:`` URI, so a page needs no file and no fetch."""
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    if plt.fignum_exists(getattr(fig, "number", -1)):
        plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def figure_png(fig: Any) -> str:
    """A matplotlib figure as an <img> with the PNG inline."""
    return f"<img alt='chart' src='{png_data_uri(fig)}'/>"


def page(title: str, sections: list[str]) -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"<style>{CSS}</style></head><body><h1>{esc(title)}</h1>{''.join(sections)}"
            "</body></html>")
