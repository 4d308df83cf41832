"""``report.html``: the one page a sponsor reads and signs, for one run.

In plain language for a sales director: what moved (per object: created, updated,
verified), what did not and why (reasons in words, with counts), what was changed on the way
(fallback owners, cleared fields, export columns left out), what needs a decision, the export
files that do not migrate and where to rebuild them, the verification with its spot checks,
and a sign-off block. Facts come from the run folder's files only (``report.sponsor_facts``).

The page is self-contained and inert: inline CSS, charts as inline PNG, no script, and a
Content-Security-Policy that forbids any script or fetch should anything slip in. Every value
is escaped (``report.html.esc``); no code, no paths of the analyst's machine, no internal
column names. ``d365migrate signoff`` records acceptance of exactly this file
(``report.signoff``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from d365migrate.report.html import esc, table, yes_no
from d365migrate.report.made_records import made_from_values
from d365migrate.report.plain import plural
from d365migrate.report.reading import READING_NOTES
from d365migrate.report.sponsor_facts import MOVED_OUTCOMES, Facts, gather, run_words
from d365migrate.report.sponsor_verification import verification
from d365migrate.report.svg_charts import Series, bar_chart
from d365migrate.runfolder import RunFolder

CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; "
       "form-action 'none'")
CSS = """
*{box-sizing:border-box}body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
margin:0 auto;padding:2rem 2.5rem;color:#1b1b1b;max-width:1080px;line-height:1.45}
h1{font-size:1.7rem;margin:0 0 .3rem}h2{font-size:1.25rem;margin-top:2.2rem;padding-bottom:.2rem;
border-bottom:2px solid #e3e3e3}h3{font-size:1rem;margin:1.2rem 0 .3rem}
p.lead{color:#444;margin-top:0}.meta{color:#555;font-size:.9rem}
table{border-collapse:collapse;margin:.6rem 0 1rem;font-size:.9rem;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.35rem .6rem;text-align:left;vertical-align:top}
th{background:#f4f5f7;font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:600;border-top:2px solid #bbb}
.tiles{display:flex;gap:1rem;flex-wrap:wrap;margin:1.2rem 0}
.tile{flex:1 1 180px;border:1px solid #ddd;border-radius:8px;padding:.8rem 1rem;background:#fafafa}
.tile b{display:block;font-size:1.7rem}.tile span{color:#555;font-size:.9rem}
.verdict{border-radius:8px;padding:.9rem 1.1rem;margin:1rem 0;font-weight:500}
.good{background:#e8f5e9;border:1px solid #a5d6a7}
.warn{background:#fff8e1;border:1px solid #ffe082}.bad{background:#ffebee;border:1px solid #ef9a9a}
.yes{color:#1b5e20}.no{color:#b71c1c;font-weight:600}.muted{color:#666;font-size:.88rem}
svg.chart{max-width:100%;height:auto;display:block;margin:.6rem 0}
ul.decide li{margin:.35rem 0}details{margin:.4rem 0 .8rem}summary{cursor:pointer;font-weight:600}
.sign{border:2px solid #333;border-radius:8px;padding:1rem 1.4rem;margin-top:1rem}
.sign td{border:none;padding:.9rem .4rem;width:50%}.line{border-bottom:1px solid #333;height:1.6rem}
@media print{body{padding:0}.tile{break-inside:avoid}h2{break-after:avoid}}
"""
COLOURS = {"moved": "#2e7d32", "unchanged": "#a5d6a7", "held_back": "#f9a825",
           "refused": "#c62828", "left_out": "#9e9e9e"}
LEGEND = {"moved": "moved", "unchanged": "already there, unchanged",
          "held_back": "held back (data problem)", "refused": "could not be loaded",
          "left_out": "left out on purpose"}


# -- charts ----------------------------------------------------------------------------------
def outcome_chart(objects: list[dict[str, Any]]) -> str:
    """Per object: moved / held back / refused / left out, as horizontal bars."""
    rows = [o for o in objects if o.get("source")]
    if not rows:
        return ""
    series = [Series(LEGEND[key], [o.get(key) or 0 for o in rows], colour)
              for key, colour in COLOURS.items() if any(o.get(key) for o in rows)]
    return bar_chart([o["name"] for o in rows], series, axis="records in the export",
                     notes=[f"{o.get('moved') or 0:,} of {o['source']:,}" for o in rows],
                     alt="Records moved and not moved, per kind of record")


def reasons_chart(not_moved: list[dict[str, Any]]) -> str:
    """Records not moved, by reason (all objects together)."""
    by: dict[str, int] = {}
    for g in not_moved:
        if g["kind"] not in MOVED_OUTCOMES:
            by[g["reason"]] = by.get(g["reason"], 0) + g["records"]
    if not by:
        return ""
    top = sorted(by.items(), key=lambda kv: -kv[1])[:8]
    return bar_chart([r for r, _ in top], [Series("records", [n for _, n in top], "#f9a825")],
                     axis="records not moved", notes=[f"{n:,}" for _, n in top],
                     alt="Records not moved, by reason")


# -- sections --------------------------------------------------------------------------------
def header(f: Facts) -> str:
    where = f"{esc(f.org_url)} ({esc(f.org_kind)})" if f.org_url else esc(f.org_kind)
    run = run_words(f.run_id, f.started, f.finished)
    confirmed = (f"The field map was confirmed by {esc(f.map_confirmed_by)}"
                 + (f" on {esc(f.map_confirmed_at)}" if f.map_confirmed_at else "") + ".") \
        if f.map_confirmed_by else "The field map has not been confirmed."
    zone = (f"<br>Times the export gives without a zone were read as {esc(f.zone)} time."
            if f.zone else "<br>Times the export gives without a zone were read as UTC.")
    return (f"<h1>Migration report: {esc(f.engagement)}</h1>"
            f"<p class='lead'>From {esc(f.source)} to Microsoft Dynamics 365 Sales: what this "
            "run moved, what it did not, and why.</p>"
            f"<p class='meta'>Destination: {where}<br>{esc(run[:1].upper() + run[1:])}<br>"
            f"{confirmed}{zone}</p>")


def second_files(f: Facts) -> int:
    """Rows of files of a kind another file fills (not moved, listed with the files)."""
    return sum(int(x["rows"]) for x in f.files_left if x.get("second_file_of"))


def summary(f: Facts) -> str:
    t = f.total
    not_moved = t["held_back"] + t["refused"] + t["left_out"] + second_files(f)
    v = f.verification
    moved = f"of {t['source'] + second_files(f):,} records moved" + (
        f"; {t['unchanged']:,} already there, unchanged" if t["unchanged"] else "")
    tiles = [(f"{t['moved']:,}", moved),
             (f"{t['verified']:,}" if v else "–",
              "checked field by field" if v else "not verified yet"),
             (f"{not_moved:,}", "not moved, each with a reason"),
             (f"{len(decisions(f)):,}", "items need a decision")]
    out = ["<h2>In short</h2><div class='tiles'>"]
    out += [f"<div class='tile'><b>{esc(a)}</b><span>{esc(b)}</span></div>" for a, b in tiles]
    out.append("</div>")
    if f.gate:
        out.append("<div class='verdict bad'>The migration stopped itself "
                   f"{esc(f.gate['when'])}: more went wrong than the limits set for this "
                   "migration allow. It is not ready for sign-off.<ul>"
                   + "".join(f"<li>{esc(g)}</li>" for g in f.gate["why"])
                   + "</ul>The migration team has the list of these records.</div>")
    elif f.status in ("failed", "interrupted"):
        out.append(f"<div class='verdict bad'>This run stopped before it finished, while "
                   f"{esc(f.stopped_at or 'working')}"
                   + (" (it was interrupted without recording why)"
                      if f.status == "interrupted" else "") +
                   ". The numbers below cover what it did; it is not ready for sign-off.</div>")
    elif f.status == "running":
        out.append("<div class='verdict warn'>This run is still in progress; the numbers "
                   "below cover what it has done so far. It is not ready for sign-off.</div>")
    elif v is None:
        out.append("<div class='verdict warn'>What arrived has not been read back and checked "
                   "yet; this report is not ready for sign-off.</div>")
    elif v["ok"] and f.balanced:
        files = [x for x in f.files_left if not x.get("absent")]  # not a kind asked for
        rest = "" if not files else (
            f" The export's {'other ' if f.objects else ''}files ("
            f"{plural(sum(int(x['rows']) for x in files), 'row')} in "
            f"{plural(len(files), 'file')}) are not moved as records: each is listed "
            "under \u201cWhat does not migrate\u201d with what happens to it.")
        rest += "".join(
            f" Among them, the {plural(x['rows'], 'row')} of {x['file']} "
            f"{'is' if int(x['rows']) == 1 else 'are'} {x['second_file_of']} that did not "
            f"move: the field map takes {'it' if int(x['rows']) == 1 else 'them'} from another "
            "file." for x in f.files_left if x.get("second_file_of"))
        rest += "".join(
            f" {c['moved_without']:,} {c['object']} moved without the record their "
            f"{c['column']} names: none of the export's records matched it (see \u201cExport "
            "columns not carried over\u201d)." for c in f.columns_left if c.get("moved_without"))
        said = ("The export holds none of the kinds of record this run was asked to move: "
                "nothing moved, and nothing was left unaccounted for." if not f.objects else
                "Every record in the export is accounted for, and every one of the "
                f"{t['moved']:,} records moved was read back from Dynamics 365 with every "
                "field as the field map says.")
        out.append(f"<div class='verdict good'>{esc(said)}{esc(rest)}</div>")
    else:
        why = []
        if not v["ok"]:
            why.append(f"{plural(v['differences'], 'value')} read back from Dynamics 365 "
                       "differ from the export")
        if not f.balanced:
            why.append("for some kinds of record the counts do not add up")
        out.append(f"<div class='verdict bad'>Not ready for sign-off: {esc('; '.join(why))} "
                   "(see Verification below).</div>")
    return "".join(out)


def what_moved(f: Facts) -> str:
    rows = [[o["name"], o["source"], o["created"], o["updated"], o["verified"],
             (o["held_back"] + o["refused"] + o["left_out"]), yes_no(o["balanced"])]
            for o in f.objects]
    t = f.total
    total = ["All records", t["source"], t["created"], t["updated"],
             t["verified"] if f.verification else None,
             t["held_back"] + t["refused"] + t["left_out"], yes_no(f.balanced)]
    made = [o["name"] for o in f.objects if o.get("made_from")]
    holds = ("how many the export holds (for " + ", ".join(made) + ", how many were made "
             "from the values of another file's column: see below the table)") if made \
        else "how many the export holds"
    return (f"<h2>What moved</h2><p>Per kind of record: {esc(holds)}, how many "
            "were created in Dynamics 365 or updated there (a record already moved by an "
            "earlier run is updated, never duplicated), how many were read back and found "
            "with every field right, and how many did not move.</p>"
            + outcome_chart(f.objects)
            + table(["Kind of record", "In the export", "Created", "Updated",
                     "Checked, every field right", "Not moved", "All accounted for"],
                    rows, numeric={1, 2, 3, 4, 5}, total=total) + split_sources(f)
            + closed_words(f) + made_from_values(f))


def closed_words(f: Facts) -> str:
    """The records brought, after they were created, to the state they have in the export's
    CRM (won, lost, completed, resolved, fulfilled, canceled, inactive): each through the
    request Dynamics 365 takes for it, and each among the records read back above."""
    done = [f"{o['name']}: " + closed_as(int(o["closed"]), o.get("closed_as"))
            for o in f.objects if o.get("closed")]
    if not done:
        return ""
    return ("<p>" + esc(f"Brought to the state they have in {f.source} (won, lost, completed, "
                        "resolved, fulfilled, canceled, inactive...), each through the request "
                        f"Dynamics 365 takes for it, after it was created: {'; '.join(done)}; "
                        "each is among the records read back above.") + "</p>")


def closed_as(closed: int, states: dict[str, int] | None) -> str:
    """'300 (290 Fulfilled, 6 Submitted, 4 Canceled)', '15 Resolved': each state by its
    name in the org (a run before they were counted per state: the number alone)."""
    ranked = sorted((states or {}).items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) == 1:
        return f"{closed:,} {ranked[0][0]}"
    return f"{closed:,}" + (" (" + ", ".join(f"{n:,} {name}" for name, n in ranked) + ")"
                            if ranked else "")


def split_sources(f: Facts) -> str:
    """Kinds of record the export gave in several files (a table split by its admin panel):
    which files, and how many rows of each."""
    out = []
    for o in f.objects:
        files = {name: n for name, n in (o.get("files") or {}).items() if n}
        if len(files) > 1:
            each = [f"{esc(name)} ({plural(int(n), 'row')})" for name, n in files.items()]
            out.append(f"<p>{esc(o['name'])} came from {len(files)} files of the export, "
                       f"counted as one: {', '.join(each[:-1])} and {each[-1]}.</p>")
    return "".join(out)


def changes_since(f: Facts) -> str:
    """A delta run: what changed in the source CRM since the last run, and the records
    deleted there with what was decided for each."""
    d = f.delta
    if d is None:
        return ""
    how = ("every record was sent again (a full pass was asked for)" if d["full"] else
           "only new and changed records were sent; unchanged records were not touched")
    out = [f"<h2>Changes since the last run</h2><p>The export was compared with the one "
           f"moved by run {esc(d['against'])}: {esc(how)}. Deals won or lost, leads "
           "qualified, tasks completed and cases resolved since then were brought to their "
           "new state as on the first run.</p>",
           table(["Kind of record", "New", "Changed", "Unchanged (not sent)", "State changes",
                  f"Deleted in {f.source}", "What became of them"],
                 [[o["object"], o["new"], o["changed"], o["unchanged"], o["states"] or "none",
                   o["deleted"], o["decided"] or "–"] for o in d["objects"]],
                 numeric={1, 2, 3, 5})]
    if d["deleted"]:
        out.append(f"<h3>Records deleted in {esc(f.source)} since the last run</h3><p>They are "
                   "still in Dynamics 365 unless a decision below says otherwise: nothing is "
                   "deactivated or deleted until a person decides so, per kind of record or "
                   "per record. A record deleted from Dynamics 365 cannot be brought back by "
                   "rolling this run back.</p><details><summary>"
                   f"{esc(plural(len(d['deleted']), 'record'))}</summary>")
        out.append(table(["Kind of record", f"{f.source} id", "Decision", "What happened"],
                         [[r["object"], r["id"], r["decision"], r["outcome"]]
                          for r in d["deleted"]]))
        out.append("</details>")
    return "".join(out)


def _rows_left(f: Facts) -> int:
    """Rows of the export's files this run does not move (kinds not asked for, or none)."""
    return sum(int(x.get("rows") or 0) for x in f.files_left if not x.get("absent"))


def what_did_not_move(f: Facts) -> str:
    groups = [g for g in f.not_moved if g["kind"] not in MOVED_OUTCOMES]
    out = ["<h2>What did not move, and why</h2>"]
    t = f.total
    if not groups and not f.objects and f.balanced:  # reconciled: the export had none
        out.append("<p>Nothing was to move: the export holds none of the kinds of record "
                   "this run was asked to move (see \u201cWhat does not migrate\u201d).</p>")
    elif not groups and not f.objects:
        out.append("<p>No record has been moved yet.</p>")
    elif not groups and t["moved"] + t["unchanged"] == t["source"] and not second_files(f):
        # the files of kinds this run does not move hold records too: never "every record"
        out.append("<p>Every record in the export moved.</p>" if not _rows_left(f) else
                   "<p>Every record of the kinds this run moves moved; the export's other "
                   "files are listed under \u201cWhat does not migrate\u201d, each with what "
                   "happens to it.</p>")
    elif not groups and t["moved"] + t["unchanged"] == t["source"]:
        out.append("<p>Every record of the files counted above moved.</p>")
    elif not groups:
        out.append("<p>No record was held back, refused or left out; the table above says "
                   "how many moved.</p>")
    else:
        out.append("<p>Each record that did not move is listed by the migration team with "
                   "its row in the export; here they are grouped by reason.</p>")
        out.append(reasons_chart(f.not_moved))
        out.append(table(["Kind of record", "What happened", "Why", "Records", "Where"],
                         [[g["object"], g["outcome"], g["reason"], g["records"], g["where"]]
                          for g in groups], numeric={3}))
    if second_files(f):
        out.append("<p>Not moved: " + esc("; ".join(
            f"the {plural(x['rows'], 'row')} of {x['file']}, {x['second_file_of']} in a "
            "second file" for x in f.files_left if x.get("second_file_of")))
            + " (why, and what can be done: see \u201cWhat does not migrate\u201d).</p>")
    closes = [g for g in f.not_moved if g["kind"] == "close_failed"]
    if closes:
        out.append("<h3>Moved, but not closed</h3><p>These records are in Dynamics 365 but "
                   "could not be marked won, lost or resolved as they are in "
                   f"{esc(f.source)}:</p>")
        out.append(table(["Kind of record", "Why", "Records", "Which"],
                         [[g["object"], g["reason"], g["records"], g["where"]]
                          for g in closes], numeric={2}))
    short = [g for g in f.not_moved if g["kind"] == "incomplete"]
    if short:
        out.append("<h3>Moved without a value</h3><p>These records are in Dynamics 365, but "
                   "a value Dynamics 365 takes only after a record is created (an order's or "
                   "a quote's total) was refused, so they are there without it:</p>")
        out.append(table(["Kind of record", "Why", "Records", "Which"],
                         [[g["object"], g["reason"], g["records"], g["where"]]
                          for g in short], numeric={2}))
    return "".join(out)


def what_changed(f: Facts) -> str:
    out = ["<h2>What was changed on the way</h2>"]
    moved = [o for o in f.owners if o["now"]]
    if moved:
        out.append("<h3>New owners for records of people without a Dynamics 365 user</h3>"
                   "<p>Records these owners of the export had now belong to the fallback "
                   "owner named in the migration's settings:</p>")
        out.append(table(["Owner in the export", "Why", "Records", "Now owned by"],
                         [[o["owner"], o["why"], o["records"], o["now"]] for o in moved],
                         numeric={2}))
    moved_kinds = [o for o in f.objects if o.get("moved")]
    owned = [o["name"] for o in moved_kinds if o.get("has_owner", True)]
    by_org = [o["name"] for o in moved_kinds if not o.get("has_owner", True)]
    if not moved and not f.unowned and owned:  # products, price lists: no owner to keep
        out.append(f"<p>Every record{' of ' + esc(', '.join(owned)) if by_org else ''} kept "
                   f"its owner from {esc(f.source)}.</p>")
    if by_org:
        out.append(f"<p>{esc(', '.join(by_org))}: in Dynamics 365 the organisation owns these "
                   "records (they have no owner), so no owner was set.</p>")
    if later := [o for o in moved_kinds if o.get("bound_later")]:  # run/later_links.py
        out.append("<p>Links set after the records they name had loaded (those load later in "
                   "the run), then read back like every other: " + "; ".join(
                       f"{esc(o['name'])}: {o['bound_later']:,}" for o in later) + ".</p>")
    if f.unowned:
        # said of the map, not of the export: a column the engine could not read may name
        # owners all the same (EspoCRM's Vietnamese 'Người phụ trách')
        out.append(f"<p>No column of the export was taken as the owner of "
                   f"{esc(', '.join(f.unowned))}: those records belong to the Dynamics 365 "
                   "user the migration ran as; if a column names their owners, the migration's "
                   "settings can name it, or assign them in Dynamics 365.</p>")
    emptied = [c for c in f.cleared if not c.get("state")]
    states = [c for c in f.cleared if c.get("state")]
    if emptied:
        out.append("<h3>Values left empty</h3><p>These records moved, but one of their values "
                   "could not go with them and was left empty:</p>")
        out.append(table(["Kind of record", "Field", "What was done", "Why",
                          "Records", "Where"],
                         [[c["object"], c["column"], c["action"], c["reason"], c["records"],
                           c["where"]] for c in emptied], numeric={4}))
    if states:
        out.append("<h3>Values set on the way</h3><p>These records moved with a value "
                   f"{esc(f.source)} did not give as it is: Dynamics 365 takes a status only "
                   "within its state, creates a record the export gives no state in the "
                   "table's default one, and needs a meeting's end (an all-day entry ends a "
                   "day after it starts):</p>")
        out.append(table(["Kind of record", "Field", "What was done", "Why",
                          "Records", "Where"],
                         [[c["object"], c["column"], c["action"], c["reason"], c["records"],
                           c["where"]] for c in states], numeric={4}))
    if not emptied:
        left = (f" The {plural(len(f.columns_left), 'column')} of the export the field map "
                "leaves out did not move: they are listed below.") if f.columns_left else ""
        out.append("<p>No field was emptied on the way" + (
            " (the values set above moved filled)." if states else
            ": every value of a mapped column moved as it is in the export.") + esc(left)
            + "</p>")
    if f.banded:   # a band's upper bound: not in Dynamics 365, said
        out.append("<p>Read another way: " + esc("; ".join(f.banded)) + " hold bands in the "
                   "export ('11-50'); each loaded as its lower bound (11), the upper one did "
                   "not move.</p>")
    if f.columns_left:
        out.append("<h3>Export columns not carried over</h3><details><summary>The confirmed "
                   f"field map leaves {esc(plural(len(f.columns_left), 'column'))} of the "
                   "export out</summary>")
        out.append(table(["Kind of record", "Column in the export", "Why"],
                         [[c["object"], c["column"], c["reason"]] for c in f.columns_left]))
        out.append("</details>")
    return "".join(out)


def decisions(f: Facts) -> list[str]:
    """What a person must decide or accept, each a sentence (plain text, escaped later)."""
    out = []
    for o in f.owners:
        if not o["decided"]:
            out.append(f"Choose a Dynamics 365 owner for {plural(o['records'], 'record')} "
                       f"owned in the export by {o['owner']}: {o['why']}.")
    fallback = [o for o in f.owners if o["now"]]
    if fallback:
        n = sum(o["records"] for o in fallback)
        people = plural(len(fallback), "person", "people")
        out.append(f"Accept that {plural(n, 'record')} of {people} "
                   f"without a Dynamics 365 user now belong to {fallback[0]['now']}, or name "
                   "their new owners for the next run.")
    by_kind: dict[str, int] = {}
    for g in f.not_moved:
        by_kind[g["kind"]] = by_kind.get(g["kind"], 0) + g["records"]
    if by_kind.get("quarantine"):
        held = by_kind["quarantine"]
        out.append(f"{plural(held, 'record')} {'was' if held == 1 else 'were'} held back for "
                   f"data problems: have {'it' if held == 1 else 'them'} corrected in "
                   f"{f.source} so the next run moves {'it' if held == 1 else 'them'}, or "
                   f"accept leaving {'it' if held == 1 else 'them'} out.")
    if by_kind.get("failed"):
        out.append(f"{plural(by_kind['failed'], 'record')} could not be loaded (the reasons "
                   "are above): the migration team moves them in the next run once the cause "
                   "is fixed, or you accept leaving them out.")
    big = sum(g["records"] for g in f.not_moved if g["kind"] == "skipped"
              and "larger than Dynamics 365 accepts" in g["reason"])
    if big:
        out.append(f"{plural(big, 'file')} are larger than Dynamics 365 accepts: ask an "
                   "administrator to raise the limit so the next run moves them, or accept "
                   "leaving them out.")
    if by_kind.get("incomplete"):
        out.append(f"{plural(by_kind['incomplete'], 'record')} moved without a value the "
                   "org refused (listed above): decide whether to set it by hand.")
    if by_kind.get("close_failed"):
        out.append(f"{plural(by_kind['close_failed'], 'record')} moved but could not be "
                   f"closed as they are in {f.source}: decide whether to close them by hand.")
    cleared = f.cleared_records or sum(c["records"] for c in f.cleared if not c.get("state"))
    if cleared:
        out.append(f"{plural(cleared, 'record')} moved with a value left empty (listed above): "
                   "decide what each should hold, to be set in Dynamics 365.")
    if f.delta and f.delta["undecided"]:
        out.append(f"{plural(f.delta['undecided'], 'record')} deleted in {f.source} since the "
                   "last run are still in Dynamics 365: decide for each kind of record (or "
                   "each record) whether to keep, deactivate or delete them. A deleted record "
                   "cannot be brought back by a rollback.")
    for c in f.columns_left:
        if c.get("moved_without"):   # a link left out: the names it holds are nowhere
            out.append(f"{c['moved_without']:,} {c['object']} moved without the record their "
                       f"{c['column']} names, and those names are not kept in Dynamics 365: "
                       "decide whether the next run creates those records from the names, "
                       "links them to records already in Dynamics 365, or leaves them out.")
    for c in f.columns_left:
        if "currencies" in c:   # amounts read in the base currency: no one was told
            codes = f" ({c['currencies']})" if c["currencies"] else ""
            out.append(f"{c['object']} name their currency{codes} in "
                       f"{c['column']}, which the field map leaves out: they took the org's "
                       "base currency, and their amounts moved as the export writes them. "
                       "Decide whether the next run carries the currency (the org's "
                       "currencies set up first), or the amounts stand as they are.")
    for r in f.required_unfilled:
        out.append(f"{r['field']} is required for {r['object']} in Dynamics 365 but nothing "
                   "in the export fills it: decide what it should hold.")
    if f.verification and f.verification["differences"]:
        out.append(f"{plural(f.verification['differences'], 'value')} read back from Dynamics "
                   "365 differ from the export: the migration team explains or corrects each "
                   "before sign-off.")
    for x in f.files_left:
        if x.get("second_file_of"):
            out.append(f"Decide whether the {plural(x['rows'], 'row')} of {x['file']}, "
                       f"{x['second_file_of']} in a second file, move in the next run (the "
                       "migration team chooses that file for them, or combines the two "
                       "files), or accept leaving them out; see below.")
    could = [x["file"] for x in f.files_left if x.get("loads_when_asked")]
    # a kind asked for that the export holds none of ('absent') has nothing to rebuild
    rebuild = [x["file"] for x in f.files_left
               if not x.get("loads_when_asked") and not x.get("second_file_of")
               and not x.get("absent")]
    if could:
        out.append(f"Decide whether the next run loads {', '.join(could)} (the migration's "
                   "settings can ask for them), or name who rebuilds them; see below.")
    if rebuild:
        out.append(f"Name who rebuilds what does not migrate ({', '.join(rebuild)}); "
                   "see below.")
    return out


def needs_decision(f: Facts) -> str:
    items = decisions(f)
    if not items:
        return "<h2>What needs a decision</h2><p>Nothing is waiting for a decision.</p>"
    return ("<h2>What needs a decision</h2><ul class='decide'>"
            + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")


def not_migrating(f: Facts) -> str:
    out = ["<h2>What does not migrate, and where to rebuild it</h2>"]
    if f.files_left:
        out.append(table(["Export file", "Rows", "What happens to it"],
                         [[x["file"], x["rows"], x["what"]] for x in f.files_left],
                         numeric={1}))
    else:
        out.append("<p>Every file of the export migrates.</p>")
    if f.files_used:
        out.append("<p>Used to set the migration up" + (", or merged into another file's "
                   "records," if any(x.get("merged") for x in f.files_used) else "")
                   + " rather than moved as records:</p>")
        out.append(table(["Export file", "Rows", "How it was used"],
                         [[x["file"], x["rows"], x["what"]] for x in f.files_used],
                         numeric={1}))
    return "".join(out)


def how_read(f: Facts) -> str:
    """Where intake read a file otherwise than it is written (a repeated header label
    dropped, lines before the header, a malformed line): said here too, not only in the
    scope document, since the sponsor signs what was read."""
    if f.reading is None:
        return ""
    out = ["<h2>How the export's files were read</h2>"]
    if not f.reading:
        out.append("<p>Every file was read as written.</p>")
        return "".join(out)
    out.append("<p>Where a file was read otherwise than it is written, each note says what "
               "was done; nothing else was changed.</p>")
    shown = f.reading[:READING_NOTES]
    out.append(table(["Export file", "Note", "Lines", "First line"],
                     [[n["file"], n["note"], n["lines"], n["first_line"] or ""]
                      for n in shown], numeric={2, 3}))
    if len(f.reading) > len(shown):
        out.append(f"<p class='muted'>{len(f.reading) - len(shown):,} more notes are in the "
                   "run's discovery file.</p>")
    return "".join(out)


def sign_off(f: Facts) -> str:
    ready = f.status not in ("failed", "interrupted", "running") and not f.gate and \
        f.verification is not None and \
        f.verification["ok"] and bool(f.balanced)
    note = ("" if ready else "<p class='no'>This run is not ready for sign-off (see In short "
            "above).</p>")
    run = run_words(f.run_id, f.started, say_unknown_start=False)
    return ("<h2>Sign-off</h2><div class='sign'>" + note +
            f"<p>I have read this report. I accept the migration of {esc(f.engagement)} "
            f"({esc(run)}) into {esc(f.org_url or 'Dynamics 365')} as it describes: "
            "the records listed as moved, and what did not move or needs a decision, each "
            "accepted or given an owner.</p>"
            "<table><tr><td>Name<div class='line'></div></td><td>Role<div class='line'></div>"
            "</td></tr><tr><td>Date<div class='line'></div></td><td>Signature"
            "<div class='line'></div></td></tr></table>"
            "<p class='muted'>The migration team can also record your acceptance with the "
            "sign-off command: it keeps your name, the time and a fingerprint of this exact "
            "report, so any later change to the report is noticed, and it refuses a run "
            "whose verification found differences.</p></div>")


def render_report(f: Facts) -> str:
    title = f"Migration report: {f.engagement}"
    body = "".join([header(f), summary(f), what_moved(f), changes_since(f), what_did_not_move(f),
                    what_changed(f), needs_decision(f), not_migrating(f), how_read(f),
                    verification(f),
                    sign_off(f)])
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<meta http-equiv='Content-Security-Policy' content=\"{CSP}\">"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{esc(title)}</title><style>{CSS}</style></head><body>{body}"
            "</body></html>")


def write_report(run_dir: str | Path) -> Path:
    """Write ``report.html`` for a run folder from its files; return its path."""
    folder = RunFolder(Path(run_dir))
    path = folder.report
    path.write_text(render_report(gather(folder.root)), encoding="utf-8")
    return path
