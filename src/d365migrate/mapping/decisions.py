"""Decisions a person makes before anything moves: pipeline stages, choice values, owners.

SmartDesk pipelines and stages have no one-to-one counterpart in Dynamics 365 Sales, which
has one opportunity ``salesstage`` scale (Qualify, Develop, Propose, Close) and a state
(Open, Won, Lost) with its status reason (Won; Canceled or Out-Sold). We propose a mapping
for every stage and flag those we are unsure of; the load refuses to start while any stage
or choice value is undecided, and the error names each one so the person knows exactly what
to decide.

An export without a pipelines file has a stage or status column on the deals instead: each
of its values is a stage of one pipeline (:mod:`d365migrate.mapping.status_stages`),
decided the same way.
Where the stages are read from, and a deal's own probability column, is the map's
``stage_source`` (:func:`stage_source`).
"""

from __future__ import annotations

import copy
import re
from typing import Any

import polars as pl

from d365migrate.mapping.column_decisions import column_kind, decide_column
from d365migrate.mapping.deal_stage_rows import stage_flags
from d365migrate.mapping.deal_states import (
    apply_deal_states,
    decide_deal_state,
    undecided_deal_states,
)
from d365migrate.mapping.decision_names import by_entry_names
from d365migrate.mapping.keys_values import (
    CHOICE_TRANSFORMS,
    NATURAL_KEY_NOTE,
    decide_key,
    decide_values,
    key_name,
    option_value,
)
from d365migrate.mapping.line_totals import without_line_totals
from d365migrate.mapping.link_decisions import TableDefs, decide_link
from d365migrate.mapping.mapfile import MappingError, unit_name
from d365migrate.mapping.more_files import LEAVE_OUT, leave_out
from d365migrate.mapping.no_stage import NO_STAGE, with_no_stage  # noqa: F401 (re-exported)
from d365migrate.mapping.owner_columns import decide_owner_column
from d365migrate.mapping.row_decisions import decide_skip_rows
from d365migrate.mapping.stage_options import (  # noqa: F401 (re-exported)
    OWN_STATE_UNUSED,
    REJECT_COLUMN,
    REJECT_REASON,
    REJECT_VALUE,
    SALES_STAGES,
    STAGE_STATE,
    STAGE_STATUS,
    STATES,
    STATUS_REASONS,
    STATUS_STATE,
    state_and_status,
    status_column,
    with_status_column,
)
from d365migrate.mapping.stage_options import option as stage_option

STEPNAME_MAX = 200
#: Name fragments that say which Dynamics sales stage a SmartDesk stage is.
STAGE_WORDS: dict[int, tuple[str, ...]] = {
    0: ("qualif", "new", "lead", "prospect", "discover", "inbound", "contacted", "intake"),
    1: ("develop", "solution", "design", "demo", "needs", "analysis", "evaluat", "meeting",
        "present", "trial", "pilot", "decision maker", "stakeholder"),
    2: ("propos", "quote", "pricing", "offer", "business case", "estimate", "bid"),
    3: ("negotiat", "contract", "legal", "procure", "verbal", "commit", "closing", "signature",
        "sign", "final"),
}
#: Columns :func:`apply_stages` adds to deals, read by the opportunity map's stage columns.
STAGE_SOURCES = {"salesstage": "__stage_salesstage", "stepname": "__stage_stepname",
                 "closeprobability": "__stage_closeprobability"}
#: Where :func:`apply_stages` reads a deal's stage when the map does not say (SmartDesk).
DEFAULT_STAGE_SOURCE = {"pipeline_column": "pipeline_id", "stage_column": "stage_id",
                        "probability_column": None}
STAGE_COLUMNS = {
    "pipeline_id": pl.Utf8, "pipeline_name": pl.Utf8, "sales_process": pl.Utf8,
    "stage_id": pl.Utf8, "stage_name": pl.Utf8, "stage_order": pl.Int64,
    "salesstage": pl.Int64, "salesstage_label": pl.Utf8, "stepname": pl.Utf8,
    "closeprobability": pl.Int64, "state": pl.Int64, "state_label": pl.Utf8,
    "statuscode": pl.Int64, "decided": pl.Boolean, "reason": pl.Utf8,
}


class DecisionsPending(MappingError):
    """The load would have to guess; the message names every decision still open."""


class StagesUndecided(DecisionsPending):
    """Some pipeline stages have no confirmed Dynamics sales stage."""


class ChoicesUndecided(DecisionsPending):
    """Some source values of a choice column map to no option."""


# -- stages --------------------------------------------------------------------------------
def name_buckets(name: str) -> set[int]:
    """Sales stages whose words appear in the stage name (whole-word start match)."""
    low = " " + re.sub(r"[^a-z0-9]+", " ", name.lower()) + " "
    return {stage for stage, words in STAGE_WORDS.items()
            if any(f" {w}" in low for w in words)}


def _position_bucket(index: int, count: int) -> int:
    """Spread the open stages of a pipeline evenly from Qualify (first) to Close (last)."""
    if count <= 1:
        return 0
    return int(index * 3 / (count - 1) + 0.5)


def _probabilities(values: list[Any]) -> list[int | None]:
    """Percent 0..100; a pipeline exported as fractions (0.25) is scaled up; a number
    outside 0..100 is no percentage (-1: the deal is held back saying so, never clamped)."""
    nums: list[float | None] = []
    for v in values:
        try:
            nums.append(float(str(v).strip().rstrip("%")))
        except (TypeError, ValueError):
            nums.append(None)
    known = [n for n in nums if n is not None]
    fraction = bool(known) and max(known) <= 1.0 and any(0 < n < 1 for n in known)
    return [None if n is None else m if 0 <= (m := round(n * 100 if fraction else n)) <= 100
            else -1 for n in nums]


def _propose_stage(name: str, won: bool, lost: bool, position: int | None,
                   open_count: int) -> tuple[int, int, bool, str]:
    """(salesstage, state, decided, reason) for one source stage."""
    if won and lost:
        return 3, 0, False, "marked both won and lost in the export; decide which"
    if won:
        return 3, 1, True, "won stage: Close, state Won"
    if lost:
        return 3, 2, True, "lost stage: Close, state Lost"
    buckets = name_buckets(name)
    pos = _position_bucket(position or 0, open_count)
    low = name.lower()
    if re.search(r"\b(won|lost|closed)\b", low):
        return pos, 0, False, "name says closed/won/lost but the stage is not flagged won or lost"
    if not buckets:
        return pos, 0, False, (f"no name match; proposed {SALES_STAGES[pos]} by its position "
                               f"({(position or 0) + 1} of {open_count} open stages)")
    if len(buckets) > 1:
        best = min(buckets, key=lambda b: abs(b - pos))
        named = ", ".join(SALES_STAGES[b] for b in sorted(buckets))
        return best, 0, False, f"ambiguous name (matches {named}); closest to its position"
    only = next(iter(buckets))
    if abs(only - pos) > 1:
        return only, 0, False, (f"name says {SALES_STAGES[only]} but its position says "
                                f"{SALES_STAGES[pos]}")
    return only, 0, True, f"name matches {SALES_STAGES[only]}, position agrees"


def stage_map(pipelines_df: pl.DataFrame) -> pl.DataFrame:
    """Every pipeline stage with a proposed sales stage, step name, probability and state.

    One sales process per pipeline (named after it). Stages we cannot place with confidence
    have ``decided=False`` and a reason; a person confirms or changes them.
    """
    df = pipelines_df.with_columns(
        pl.col("stage_order").cast(pl.Utf8).str.strip_chars().cast(pl.Int64, strict=False))
    rows: list[dict[str, Any]] = []
    for (pid,), part in df.group_by("pipeline_id", maintain_order=True):
        recs = part.sort("stage_order", nulls_last=True, maintain_order=True).to_dicts()
        flagged = bool({"is_won", "is_lost"} & set(df.columns))
        flags = [stage_flags(r, flagged) for r in recs]   # a flag, else won/lost in words
        open_idx = [i for i, (w, lo, _) in enumerate(flags) if not w and not lo]
        probs = [None if n == -1 else n for n in _probabilities([r.get("probability")
                                                                   for r in recs])]
        for i, rec in enumerate(recs):
            name = str(rec.get("stage_name") or "").strip()
            won, lost, said = flags[i]
            position = open_idx.index(i) if i in open_idx else None
            stage, state, decided, reason = _propose_stage(name, won, lost, position,
                                                           len(open_idx))
            reason = said or reason
            pname = str(rec.get("pipeline_name") or pid).strip()
            rows.append({
                "pipeline_id": str(pid), "pipeline_name": pname, "sales_process": pname,
                "stage_id": str(rec["stage_id"]), "stage_name": name,
                "stage_order": rec.get("stage_order"), "salesstage": stage,
                "salesstage_label": SALES_STAGES[stage], "stepname": name[:STEPNAME_MAX],
                "closeprobability": probs[i], "state": state, "state_label": STATES[state],
                "statuscode": None, "decided": decided, "reason": reason,
            })
    return pl.DataFrame(rows, schema=STAGE_COLUMNS)


def stage_source(mapping: dict[str, Any]) -> dict[str, str | None]:
    """The deals' columns :func:`apply_stages` reads (``stage_source`` in the map): the
    pipeline (None: one pipeline), the stage and the deal's own probability."""
    return {**DEFAULT_STAGE_SOURCE, **(mapping.get("stage_source") or {})}


class StageColumnMissing(MappingError):
    """A deals column the map's ``stage_source`` names (pipeline, stage or probability) is
    not in the deals file; the message names the key, the file and the columns it has."""

    def __init__(self, message: str, *, file: str, columns: list[str]) -> None:
        super().__init__(message)
        self.file = file
        self.columns = columns


def require_stage_columns(deals: pl.DataFrame, file: str, key: str | None = None,
                          **named: str | None) -> None:
    """Refuse (:class:`StageColumnMissing`) a ``pipeline_column``, ``stage_column`` or
    ``probability_column`` that ``file`` does not have, named in the map's ``stage_source``
    (or in the parameters ``key``), rather than fail on it somewhere inside polars or drop a
    deal's probability unsaid."""
    missing = {k: col for k, col in named.items() if col and col not in deals.columns}
    if not missing:
        return
    listed = ("" if key else "the map's ") + " and ".join(
        f"{key or 'stage_source'}.{k} names '{col}'" for k, col in missing.items())
    have = ", ".join(f"'{c}'" for c in deals.columns if not c.startswith("__")) or "none"
    first = next(iter(missing))
    fix = (f"name one of them in {key}.{first}" if key else
           f"name one of them in the parameters (mapping.decisions.stage_source: {{{first}: "
           "<column>}) or in the map's stage_source")
    raise StageColumnMissing(
        f"{file}: {listed}, but {file} has no such column (its columns: {have}); {fix}",
        file=file, columns=list(missing.values()))


def sales_processes(stages: pl.DataFrame | list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One sales process per pipeline: its name and its ordered step names."""
    df = stages if isinstance(stages, pl.DataFrame) else pl.DataFrame(stages,
                                                                      schema=STAGE_COLUMNS)
    out = []
    for (pid,), part in df.group_by("pipeline_id", maintain_order=True):
        out.append({"pipeline_id": pid, "name": part["sales_process"][0],
                    "steps": part.sort("stage_order")["stepname"].to_list()})
    return out


def stage_columns(status: bool = False, own_probability: str | None = None
                  ) -> list[dict[str, Any]]:
    """Opportunity column entries fed by :func:`apply_stages` (not by a raw export column);
    ``status``: a status reason too (a stage decided one); ``own_probability``: the deals'
    own probability column, kept where a deal has one."""
    why = "from the decided pipeline stages ('stages:')"
    status = [status_column(why + " (the decided status reason)")] if status else []
    own = (f"; a deal's own '{own_probability}' where it has one"
           if own_probability else "")
    return [
        {"target": "salesstage", "source": STAGE_SOURCES["salesstage"], "transform": "choice",
         "values": {str(k): k for k in SALES_STAGES}, "confidence": 1.0, "reason": why},
        {"target": "stepname", "source": STAGE_SOURCES["stepname"], "transform": "text",
         "confidence": 1.0, "reason": why},
        {"target": "closeprobability", "source": STAGE_SOURCES["closeprobability"],
         "transform": "integer", "confidence": 1.0, "reason": why + own},
        {"target": "statecode", "source": STAGE_STATE, "transform": "choice",
         "values": {str(k): k for k in STATES},
         "confidence": 1.0, "reason": why + "; won/lost are closed after load through "
         "WinOpportunity/LoseOpportunity"},
        *status,
    ]


def add_stages_to_mapping(mapping: dict[str, Any], stages: pl.DataFrame,
                          source: dict[str, str | None] | None = None) -> dict[str, Any]:
    """Store the stage decisions in the map as ``stages:`` (a person edits them there).

    The opportunity table, when mapped, takes salesstage, stepname, closeprobability (and a
    decided status reason) from the stages; whatever source column the suggestion engine had
    put there is unmapped, except a deal's own probability, which is kept where a deal has
    one (``stage_source.probability_column``). ``source`` names the deals' pipeline and
    stage columns (:data:`DEFAULT_STAGE_SOURCE` when not given).
    """
    out = copy.deepcopy(mapping)
    out["stages"] = [{k: v for k, v in row.items() if k not in ("salesstage_label",
                                                                 "state_label")}
                     for row in stages.to_dicts()]
    where = {**DEFAULT_STAGE_SOURCE, **(source or {})}
    for t in out.get("tables", []):
        if t.get("target") != "opportunity" or not t.get("source"):
            continue
        cols = t.setdefault("columns", [])
        derived = (*STAGE_SOURCES.values(), STAGE_STATE, STAGE_STATUS)
        with_status = any(s.get("statuscode") is not None for s in out["stages"])
        replaced = [*STAGE_SOURCES, "statecode"]
        if with_status or any(c["target"] == "statuscode" and c.get("source") ==
                              where.get("stage_column") for c in cols):
            replaced.append("statuscode")  # the stages say it, not the deal's own column
        moved = [c["source"] for c in cols if c["target"] in replaced
                 and c.get("source") and c["source"] not in derived]
        own = next((c["source"] for c in cols if c["target"] == "closeprobability"
                    and c.get("source") and c["source"] not in derived), None)
        if own:
            moved.remove(own)  # read by apply_stages, kept where a deal has one
        where["probability_column"] = where.get("probability_column") or own
        t["columns"] = [c for c in cols if c["target"] not in replaced] \
            + stage_columns(with_status, where["probability_column"])
        stage_col = where.get("stage_column")
        t["unmapped"] = list(dict.fromkeys([*t.get("unmapped", []), *moved]))
        for c in cols:  # the deal's own open/won/lost, which the stages overrule: say so
            if c["target"] in ("statecode", "statuscode") and c.get("source") in moved \
                    and c["source"] != stage_col:
                t.setdefault("unmapped_reasons", {})[c["source"]] = OWN_STATE_UNUSED
        if stage_col in t["unmapped"]:
            t.setdefault("unmapped_reasons", {})[stage_col] = (
                "drives the deals' stages (salesstage, stepname, open/won/lost): see "
                "'stages:'")
    if source is not None or where["probability_column"]:
        out["stage_source"] = where
    return out


def _sync_status_column(mapping: dict[str, Any]) -> dict[str, Any]:
    """Add the status reason column once a stage has one decided (after the proposal)."""
    if not any(s.get("statuscode") is not None for s in mapping.get("stages") or []):
        return mapping
    return with_status_column(mapping, "from the decided pipeline stages ('stages:') (the "
                              "decided status reason)")


def stages_frame(mapping: dict[str, Any]) -> pl.DataFrame:
    """The map's ``stages:`` as a table, with labels, for review."""
    rows = [{**s, "salesstage_label": SALES_STAGES.get(s.get("salesstage"), "?"),
             "state_label": STATES.get(s.get("state"), "?")} for s in mapping.get("stages") or []]
    return pl.DataFrame(rows, schema=STAGE_COLUMNS).select(list(STAGE_COLUMNS))


def decide_stage(mapping: dict[str, Any], pipeline_id: str | None, stage_id: str, *,
                 salesstage: int | str | None = None, state: int | str | None = None,
                 closeprobability: int | None = None, stepname: str | None = None,
                 statuscode: int | str | None = None) -> dict[str, Any]:
    """Record a person's decision for one stage (values given replace the proposal).

    Options may be given by value or label (``state: lost``, ``statuscode: Out-Sold``); a
    status reason sets its state. ``pipeline_id`` None finds the stage in any pipeline (a
    stage or status column's values have one), refusing a stage id two pipelines share."""
    salesstage = stage_option(salesstage, SALES_STAGES, "salesstage")
    state, statuscode = state_and_status(state, statuscode)
    out = copy.deepcopy(mapping)
    found = [s for s in out.get("stages") or [] if str(s["stage_id"]) == str(stage_id)
             and (pipeline_id is None or str(s["pipeline_id"]) == str(pipeline_id))]
    if len(found) > 1:
        raise MappingError(f"stage {stage_id} is in {len(found)} pipelines; name it as "
                           "'<pipeline_id>/<stage_id>'")
    if not found:
        where = f" in pipeline {pipeline_id}" if pipeline_id else ""
        raise MappingError(f"the map has no stage {stage_id}{where}")
    s = found[0]
    for key, value in (("salesstage", salesstage), ("state", state),
                       ("closeprobability", closeprobability), ("statuscode", statuscode)):
        if value is not None:
            s[key] = value
    if state is not None and statuscode is None and s.get("statuscode") is not None \
            and STATUS_STATE.get(s["statuscode"]) != state:
        s["statuscode"] = None  # the proposed reason belonged to another state
    if stepname is not None:
        s["stepname"] = stepname[:STEPNAME_MAX]
    s["decided"] = True
    s["reason"] = "decided by a person"
    return _sync_status_column(out)


def apply_decisions(mapping: dict[str, Any], decisions: dict[str, Any], *,
                    table_def: TableDefs | None = None) -> dict[str, Any]:
    """The parameters file's ``mapping.decisions``, applied to the map.

    ``choices: {"account.industrycode": {"Media": 19}}``; ``stages:`` by
    ``"<pipeline_id>/<stage_id>"``, or by the value alone where the stages come from a
    stage or status column (``{"Lost": {"state": "lost", "statuscode": "Out-Sold"}}``),
    ``"(no stage)"`` for deals whose stage is empty (quarantined without it);
    ``keys:`` confirmed key columns (:func:`decide_key`); ``values:`` value maps for any
    column (:func:`decide_values`); ``columns:`` a column filled by decision
    (:func:`decide_column`); ``links:`` a lookup bound to an object the run loads
    (:func:`~d365migrate.mapping.link_decisions.decide_link`, which needs ``table_def``,
    the org's definition of a table by name); ``owner_columns:`` the user column that owns
    an object's records (:func:`~d365migrate.mapping.owner_columns.decide_owner_column`);
    ``leave_out:`` a further file's entry left out, with why (mapping/more_files.py);
    ``skip_rows:`` rows not moved, by a column's values, with why (mapping/row_decisions.py).
    Decisions change the map, so a confirmed map whose decisions differ must be confirmed
    again."""
    # A decision for an object this run does not move (not in its objects, none in the
    # export, or tickets routed to notes where the org has no Case table) has nothing to
    # apply to; one for an object it moves must name a real column (decide_* refuse).
    decisions = by_entry_names(mapping, decisions)  # a file's name for its entry's
    mapping = leave_out(mapping, decisions.get(LEAVE_OUT) or {})  # further files left out
    moved = {unit_name(t) for t in mapping.get("tables", [])}
    # a column the decisions fill ('columns:') takes its options after it is filled (Bugzilla's
    # bug type decided as the case type, its options under 'choices:')
    filled = {str(k) for k, v in (decisions.get("columns") or {}).items() if v is not None}
    later = {k: v for k, v in (decisions.get("choices") or {}).items() if k in filled}

    def choose(mapping: dict[str, Any], key: str, word: Any, option: Any) -> dict[str, Any]:
        table, _, column = key.partition(".")   # null: no option, the value left empty
        return decide_values(mapping, table, column, {str(word): None}) if option is None \
            else decide_choice(mapping, table, column, str(word), option_value(key, word, option))
    for key, values in (decisions.get("choices") or {}).items():
        if key.partition(".")[0] in moved and key not in later:
            for source_value, option in values.items():
                mapping = choose(mapping, key, source_value, option)
    if mapping.get("stages") or _maps_opportunity(mapping):  # no stage column: (no stage)
        for key, values in (decisions.get("stages") or {}).items():
            key = str(key)
            if key == NO_STAGE:  # deals whose stage (and pipeline) the export leaves empty
                if not mapping.get("stages"):  # no stage column: the stages' columns too
                    bare = with_no_stage(mapping)
                    mapping = add_stages_to_mapping(mapping, stages_frame(bare),
                                                    bare["stage_source"])
                mapping = with_no_stage(mapping)
                mapping = decide_stage(mapping, "", "", **values)
                continue
            pipeline_id, stage_id = key.split("/", 1) if "/" in key else (None, key)
            if pipeline_id is not None and not any(
                    str(s["pipeline_id"]) == pipeline_id for s in mapping["stages"]):
                pipeline_id, stage_id = None, key  # a value with a '/' in it
            mapping = decide_stage(mapping, pipeline_id, stage_id, **values)
    for value, decided in (decisions.get("deal_states") or {}).items():
        if _maps_opportunity(mapping):  # a deal's own open/won/lost value (deal_states)
            mapping = decide_deal_state(mapping, str(value), **(decided or {}))
    for unit, columns in (decisions.get("keys") or {}).items():
        if str(unit) in moved:
            mapping = decide_key(mapping, str(unit), columns)
    for key, spec in (decisions.get("links") or {}).items():
        if table_def is None:
            raise MappingError("mapping.decisions.links needs the org's table definitions")
        mapping = decide_link(mapping, str(key), spec, table_def)
    if decisions.get("links"):   # lines now linked to their document: Dynamics sums them
        mapping = {**mapping, "tables": without_line_totals(copy.deepcopy(mapping["tables"]))}
    for key, values in (decisions.get("values") or {}).items():
        unit, _, column = str(key).partition(".")
        if unit in moved:
            mapping = decide_values(mapping, unit, column, values or {})
    for key, fill in (decisions.get("columns") or {}).items():  # a link decided stays
        mapping = decide_column(mapping, str(key), fill, column_kind(mapping, str(key), (
            table_def)), linked=str(key) in (decisions.get("links") or {}))
    for key, values in later.items():
        for source_value, option in values.items() if key.partition(".")[0] in moved else ():
            mapping = choose(mapping, key, source_value, option)
    for unit, column in (decisions.get("owner_columns") or {}).items():
        mapping = decide_owner_column(mapping, str(unit), column)
    for unit, rules in (decisions.get("skip_rows") or {}).items():
        mapping = decide_skip_rows(mapping, str(unit), rules)
    return mapping


def undecided_stages(mapping: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in mapping.get("stages") or [] if not s.get("decided")]


def _maps_opportunity(mapping: dict[str, Any]) -> bool:
    return any(t.get("target") == "opportunity" and t.get("source")
               for t in mapping.get("tables", []))


def require_stages_decided(mapping: dict[str, Any]) -> None:
    """Refuse to load opportunities while any pipeline stage is undecided."""
    if not mapping.get("stages"):
        if _maps_opportunity(mapping):
            raise StagesUndecided(
                "the map loads opportunities but has no 'stages:'; propose them with "
                "reconciliations.stage_map(pipelines) and decide each one, or, where the "
                f"deals carry no stage, decide one for all: stages: {{'{NO_STAGE}': "
                "{salesstage: 0, state: open}} in the parameters' mapping.decisions")
        return
    pending = undecided_stages(mapping)
    if pending:
        listed = "; ".join(
            f"pipeline '{s['pipeline_name']}' stage '{s['stage_name']}' (stage_id "
            f"{s['stage_id']}): proposed {SALES_STAGES.get(s.get('salesstage'), '?')}/"
            f"{STATES.get(s.get('state'), '?')}"
            + (f"/{STATUS_REASONS[s['statuscode']]}" if s.get("statuscode") in STATUS_REASONS
               else "") + f" - {s.get('reason')}" for s in pending)
        raise StagesUndecided(
            f"{len(pending)} pipeline stage(s) are undecided: {listed}. Set salesstage "
            "(0 Qualify, 1 Develop, 2 Propose, 3 Close), state (0 Open, 1 Won, 2 Lost) and, "
            "for a lost one, statuscode (4 Canceled, 5 Out-Sold) for each in the parameters' "
            "mapping.decisions.stages (or decided: true in the map's 'stages:').")
    if states := undecided_deal_states(mapping):
        column = stage_source(mapping).get("state_column")
        listed = "; ".join(f"'{s['value']}': proposed {STATES.get(s.get('state'), '?')} - "
                           f"{s.get('reason')}" for s in states)
        raise StagesUndecided(
            f"{len(states)} value(s) of the deals' own state column '{column}' are undecided: "
            f"{listed}. Set state (0 Open, 1 Won, 2 Lost) and, for a lost one, statuscode "
            "(4 Canceled, 5 Out-Sold) for each in the parameters' "
            "mapping.decisions.deal_states (or decided: true in the map's 'deal_states:').")


def apply_stages(deals: pl.DataFrame, stages: list[dict[str, Any]], *,
                 pipeline_column: str | None = "pipeline_id",
                 stage_column: str | None = "stage_id",
                 probability_column: str | None = None, state_column: str | None = None,
                 deal_states: list[dict[str, Any]] | None = None, file: str | None = None
                 ) -> pl.DataFrame:
    """Add the decided stage's values to each deal, as the columns :func:`stage_columns` reads.

    For staging opportunities (``STAGE_SOURCES`` plus ``__stage_state`` and the status
    reason): joined on (pipeline, stage) as text, ``pipeline_column`` None for stages of one
    pipeline (a stage or status column); a deal in a stage the stages do not have gets
    nulls and a reason (``REJECT_*``: "stage 'S9' of pipeline 'P1' is not in the pipelines
    file"), so staging quarantines it saying so rather than "'statecode' is required".
    A deal's own ``probability_column`` (percent, or fractions) wins over its stage's.
    A column named that ``file`` (the deals file) lacks is refused
    (:func:`require_stage_columns`).
    """
    require_stage_columns(deals, file or "the deals file", pipeline_column=pipeline_column,
                          stage_column=stage_column, probability_column=probability_column,
                          state_column=state_column)
    src = STAGE_SOURCES
    lookup = pl.DataFrame(
        [{"__p": str(s["pipeline_id"]) if pipeline_column else "", "__s": str(s["stage_id"]),
          src["salesstage"]: s.get("salesstage"), src["stepname"]: s.get("stepname"),
          src["closeprobability"]: s.get("closeprobability"), STAGE_STATE: s.get("state"),
          STAGE_STATUS: s.get("statuscode")}
         for s in stages],
        schema={"__p": pl.Utf8, "__s": pl.Utf8, src["salesstage"]: pl.Int64,
                src["stepname"]: pl.Utf8, src["closeprobability"]: pl.Int64,
                STAGE_STATE: pl.Int64, STAGE_STATUS: pl.Int64})
    # an empty stage (and pipeline) is "": a "(no stage)" decision's stage, else unplaced
    keyed = deals.with_columns(
        (pl.col(pipeline_column).cast(pl.Utf8).str.strip_chars().fill_null("")
         if pipeline_column else pl.lit("")).alias("__p"),
        (pl.col(stage_column).cast(pl.Utf8).str.strip_chars().fill_null("") if stage_column
         else pl.lit("")).alias("__s"))
    known = lookup.select("__p", "__s").unique().with_columns(pl.lit(True).alias("__known"))
    out = keyed.join(lookup, on=["__p", "__s"], how="left", maintain_order="left") \
        .join(known, on=["__p", "__s"], how="left", maintain_order="left")
    own = pl.Series(_probabilities(deals[probability_column].to_list()) if probability_column
                    else [None] * deals.height, dtype=pl.Int64)
    out = out.with_columns(pl.coalesce(own.replace(-1, None), pl.col(
        src["closeprobability"])).alias(src["closeprobability"]))
    odd = pl.lit(own == -1)  # 192 in a probability column (SuperOffice's examples)
    given = pl.col(probability_column).cast(pl.Utf8) if probability_column else pl.lit(
        None, pl.Utf8)
    p, s = (pl.when(pl.col(c) != "").then(pl.col(c)) for c in ("__p", "__s"))
    unplaced = pl.col("__known").is_null()
    missing = (pl.format("stage '{}' of pipeline '{}' is not in the pipelines file", s, p)
               if pipeline_column else
               pl.format("'{}' in '{}' has no decided stage", s, pl.lit(stage_column)))
    out = out.with_columns(
        pl.when(unplaced).then(pl.lit(stage_column)).when(odd).then(pl.lit(probability_column))
        .alias(REJECT_COLUMN),
        pl.when(unplaced).then(s).when(odd).then(given).alias(REJECT_VALUE),
        pl.when(unplaced & s.is_null()).then(pl.format("no stage given in '{}'",
                                                       pl.lit(stage_column)))
        .when(unplaced & p.is_null() & pl.lit(pipeline_column is not None)).then(pl.format(
            "stage '{}' has no pipeline (no '{}' given)", s, pl.lit(pipeline_column)))
        .when(unplaced).then(missing).when(odd).then(pl.format(
            "'{}' in '{}' is no probability (0 to 100): leave the column out (stage_source."
            "probability_column: null) and the stage's applies", given,
            pl.lit(probability_column)))
        .alias(REJECT_REASON),
    ).drop("__p", "__s", "__known")
    # a deal's own won or lost value decides its state (deal_states), else its stage's
    return apply_deal_states(out, deal_states or [], state_column) if state_column else out


def deals_with_stages(deals: pl.DataFrame, mapping: dict[str, Any], file: str
                      ) -> pl.DataFrame:
    """The deals with their decided stage and state, as the map says where to read them."""
    return apply_stages(deals, mapping["stages"], **stage_source(mapping),
                        deal_states=mapping.get("deal_states"), file=file)


# -- choices -------------------------------------------------------------------------------


def undecided_choices(mapping: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(table, target column, source value) for every choice value mapped to no option."""
    out: list[tuple[str, str, str]] = []
    for t in mapping.get("tables", []):
        for c in t.get("columns", []):
            if c.get("transform") not in CHOICE_TRANSFORMS:
                continue
            for value, option in (c.get("values") or {}).items():
                if option is None:
                    out.append((unit_name(t), c["target"], str(value)))
    return out


def decide_choice(mapping: dict[str, Any], table: str, column: str, source_value: str,
                  option: int | None) -> dict[str, Any]:
    """Set the option a source value becomes (``None`` puts it back to undecided); ``table``
    names the map's entry (its unit name, which is the table unless several fill one)."""
    out = copy.deepcopy(mapping)
    for t in out.get("tables", []):
        if unit_name(t) != table:
            continue
        for c in t.get("columns", []):
            if c["target"] == column and c.get("transform") in CHOICE_TRANSFORMS:
                c.setdefault("values", {})[str(source_value)] = option
                return out
    raise MappingError(f"the map has no choice column {table}.{column}: to fill it from an "
                       "export column, decide it under mapping.decisions.columns with its "
                       f"options ({column}: {{source: <column>, values: {{<value>: <option>}}}})")


def require_choices_decided(mapping: dict[str, Any]) -> None:
    """Refuse to load while a source value of a choice column maps to no option."""
    pending = undecided_choices(mapping)
    if pending:
        listed = "; ".join(f"{t}.{c}: '{v}'" for t, c, v in pending)
        raise ChoicesUndecided(
            f"{len(pending)} choice value(s) have no option decided: {listed}. Give each an "
            "option value under the column's 'values:' in the map (or map the column to "
            "nothing).")


__all__ = [
    "SALES_STAGES", "STAGE_SOURCES", "STAGE_STATE", "STAGE_STATUS", "STATES", "STATUS_REASONS",
    "ChoicesUndecided", "DecisionsPending", "StagesUndecided",
    "add_stages_to_mapping", "apply_decisions", "apply_stages", "decide_choice", "decide_key",
    "decide_stage", "decide_values", "key_name", "require_stage_columns",
    "StageColumnMissing", "stage_source", "NATURAL_KEY_NOTE",
    "CHOICE_TRANSFORMS",
    "decide_column", "require_choices_decided", "require_stages_decided", "sales_processes",
    "stage_columns", "stage_map", "stages_frame", "undecided_choices", "undecided_stages",
]
