"""The sponsor report's verification section: what arrived, read back and compared.

Split from :mod:`d365migrate.report.sponsor` (one module a concern): the full comparison per
kind of record, the second comparison with the export file's own cells, and the spot checks
laid side by side, each owner replaced on purpose said so rather than "yes".
"""

from __future__ import annotations

from typing import Any

from d365migrate.report.html import Markup, esc, table, yes_no
from d365migrate.report.plain import plural
from d365migrate.report.sponsor_facts import Facts

__all__ = ["verification", "export_cells_words", "same_cell"]


def verification(f: Facts) -> str:
    v = f.verification
    out = ["<h2>Verification: what arrived, read back and compared</h2>"]
    if v is None:
        out.append("<p>This run has not been verified yet.</p>")
        return "".join(out)
    out.append("<p>Every record this run created or updated was read back from Dynamics 365 "
               "and each field, link and owner compared with what the field map makes of the "
               f"export (checked {esc(v['at'])}).</p>")
    out.append(f"<div class='verdict {'good' if v['ok'] else 'bad'}'>"
               + ("Every field of every record moved matches." if v["ok"] else
                  f"{esc(plural(v['differences'], 'value'))} differ; the fields are named "
                  "below.") + "</div>")
    out.append(table(["Kind of record", "Read back", "Every field right", "Some field differs",
                      "Not found", "Fields that differ"],
                     [[t["object"], t["checked"], t["matched"], t["mismatched"], t["missing"],
                       t["differ"] or "none"] for t in v["tables"]], numeric={1, 2, 3, 4}))
    out.append(export_cells_words(v["tables"]))
    out.append("<h3>Spot checks</h3><p>Besides the full comparison, records were drawn at "
               f"random (draw number {esc(v['seed'])}, so the same draw can be repeated) and "
               "laid side by side for a person to look at. A few per kind of record are shown "
               "here; all of them are in the spot-check page beside this report.</p>")
    for s in v["spot"]:
        state = yes_no(not s["differ"], "all drawn records match",
                       f"{s['differ']} drawn records differ")
        if s.get("replaced"):
            state = Markup(f"{state}, {s['replaced']:,} with another owner than the export "
                           "names, as the migration's settings say")
        if s.get("emptied"):
            state = Markup(f"{state}, {s['emptied']:,} with a value of the export left empty "
                           "on purpose")
        out.append(f"<details><summary>{esc(s['object'])}: {s['drawn']:,} of {s['of']:,} "
                   f"drawn, {state}</summary>")
        for r in s["records"]:
            found = "" if r["found"] else " <span class='no'>not found in Dynamics 365</span>"
            out.append(f"<h3>{esc(f.source)} id {esc(r['id'])} <span class='muted'>(row "
                       f"{esc(r['row'])} of {esc(r.get('file') or s['file'])})</span>"
                       f"{found}</h3>")
            out.append(table(["Field", f"In {f.source}", "In Dynamics 365", "Same"],
                             [[x["field"], x["export"], x["org"], same_cell(x)]
                              for x in r["fields"]]))
        out.append("</details>")
    return "".join(out)


def export_cells_words(tables: list[dict[str, Any]]) -> str:
    """Values the map takes straight from one cell, compared with the export file itself:
    what the comparison above cannot show (it compares with our staged copy)."""
    done = [t for t in tables if t.get("export_cells")]
    if not done:
        return ""
    cells = sum(t["export_cells"] for t in done)
    differ = sum(t["export_differ"] for t in done)
    fields = "; ".join(f"{t['object']}: {', '.join(t['export_fields'])}" for t in done)
    said = ("every one holds what the export's cell says" if not differ else
            f"{plural(differ, 'value')} differ from the export's cell (named in the table "
            "above)")
    unread = sum(t.get("export_unread") or 0 for t in done)
    rest = (f" {plural(unread, 'value')} written otherwise than plainly (a currency sign, "
            "a unit, a date not in the ISO form 2024-03-01, a yes/no word nobody decided) "
            "were compared with the migration's copy only." if unread else "")
    return (f"<p>Then the values the field map takes straight from one cell of the export "
            f"(text, numbers and ISO dates as written, yes/no and choices as decided, links "
            f"to the record the cell names by its id: {esc(fields)}) were "
            f"compared once more with the export file's own cells, row by row, not with the "
            f"copy the migration made of them: {cells:,} values, {esc(said)}.{esc(rest)}</p>")


def same_cell(field: dict[str, Any]) -> Markup:
    """A spot check's "Same": yes, no, or an owner replaced on purpose, saying by whom and
    why (the export's owner and the org's are then two people, never "yes")."""
    if field.get("replaced") and field["same"]:
        return Markup(f"<span class='muted'>no, on purpose: {esc(field['replaced'])}</span>")
    return yes_no(field["same"])
