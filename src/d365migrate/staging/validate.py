"""Great Expectations checks on every staged table before load; failing rows are quarantined.

Each table has a committed suite in ``expectations/<table>.json`` (our rules: ids, emails,
URLs, ranges) and a run-time suite derived from the destination's metadata (max lengths,
required columns), so a value Dataverse would reject is caught before any request.

A check on a column the map does not fill is "not applicable", except where the column is
required (:func:`d365migrate.staging.rules.refused_required`): then validation refuses
(:class:`~d365migrate.staging.rules.MissingColumn`, naming the file and the column) instead of
passing nameless records; an ``ApplicationRequired`` column left empty is a failed check.

A value check that fails (an email that is not one, a URL, a range, a length) holds back the
row only where the column's policy rejects (required columns, or ``on_bad: reject``); in any
other column the value is cleared, or kept as text in the map's ``keep_in`` column, and listed
(``ValidationResult.cleared``) while the record still moves. A missing required value or a
repeated source id always holds the row back.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import logging
import os
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from d365migrate.resources import expectations_dir
from d365migrate.staging import rules
from d365migrate.staging.email_checks import email_expectations
from d365migrate.staging.rules import MissingColumn, Policy, refused_required
from d365migrate.staging.stage import (
    ISSUE_COLUMNS,
    SOURCE_ID,
    SOURCE_ROW,
    cleared_lines,
    collapse_issues,
    still_loading,
)

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
REQUIRED_LEVELS = {"ApplicationRequired", "SystemRequired"}
#: Checks a cleared value cannot satisfy: they hold the row back whatever the column's policy.
ROW_CHECKS = {"expect_column_values_to_not_be_null", "expect_column_values_to_be_unique"}
#: Arguments of a check on one column that name no other column (see ``_column_groups``).
COLUMN_KWARGS = {"column", "regex", "min_value", "max_value", "strict_min", "strict_max",
                 "mostly", "value_set", "type_", "parse_strings_as_datetimes"}


@dataclass
class ValidationResult:
    target: str
    valid: pl.DataFrame
    quarantined: pl.DataFrame
    checks: list[dict[str, Any]]
    #: Fields of valid rows cleared (or kept as text) under the map's policy.
    cleared: pl.DataFrame = field(default_factory=rules.empty_cleared)

    @property
    def success(self) -> bool:
        return all(c["success"] for c in self.checks)


def load_suite(target: str, suite_dir: Path | None = None) -> dict[str, Any]:
    path = (suite_dir or expectations_dir()) / f"{target}.json"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no expectation suite for staged table '{target}'")
    return json.loads(path.read_text(encoding="utf-8"))


def metadata_expectations(staged: pl.DataFrame, table_def: dict[str, Any],
                          declared: list[dict[str, Any]] | None = None) -> list[dict]:
    """Length and required checks for mapped columns, from the destination's metadata.

    A check the committed suite already makes (same type, same column) is not added twice.
    """
    have = {(e["type"], e["kwargs"].get("column")) for e in declared or []}
    out: list[dict[str, Any]] = []
    for attr in table_def.get("Attributes", []):
        name = attr["LogicalName"]
        if name not in staged.columns:
            continue
        if attr.get("MaxLength") and attr.get("AttributeType") in ("String", "Memo"):
            out.append({"type": "expect_column_value_lengths_to_be_between",
                        "kwargs": {"column": name, "max_value": int(attr["MaxLength"])},
                        "meta": {"reason": f"longer than {attr['MaxLength']} characters"}})
        level = (attr.get("RequiredLevel") or {}).get("Value")
        # an empty state is the table's default one: Dataverse creates the record in it,
        # as it does for a map with no state column (rules.uncovered_required)
        if level in REQUIRED_LEVELS and attr.get("IsValidForCreate", True) and \
                attr.get("AttributeType") != "State" and \
                ("expect_column_values_to_not_be_null", name) not in have:
            out.append({"type": "expect_column_values_to_not_be_null",
                        "kwargs": {"column": name},
                        "meta": {"reason": f"'{name}' is required in Dataverse"}})
    return out


class GXUnavailable(RuntimeError):
    """Great Expectations could not be imported: validation cannot run (the cause is chained)."""


_GX: dict[str, Any] = {}  # "module" or "error", set once by the import


#: Modules Great Expectations imports at its own import only for checks no suite here makes
#: (its KL-divergence expectation's chart and its two statistical tests: 1.5 s of its 3.5-4.5
#: s import here): loaded when first used (:class:`Deferred`), not with GX.
DEFERRED_MODULES = ("altair", "scipy.stats")
#: Optional clients GX imports if installed and treats as missing otherwise (Azure storage),
#: which validating a dataframe never uses: left out while GX is imported (0.2 s).
UNUSED_OPTIONAL = ("azure.identity",)


class Deferred(types.ModuleType):
    """A module imported on first use of one of its attributes, not where it is imported
    (``import altair as alt`` at a module's top, ``alt.Chart`` inside a function): the proxy
    then takes the real module's attributes and ``sys.modules`` the real module.

    Not ``importlib.util.LazyLoader``: an ``import`` statement naming a module already in
    ``sys.modules`` reads its ``__spec__`` (to see whether it is still initialising), and
    that attribute loads a lazy module whole, so GX's own ``import altair as alt`` would
    load altair at GX's import again (1.5-1.8 s here)."""

    def __getattr__(self, attr: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        try:
            real = importlib.import_module(self.__name__)
        except ImportError as exc:  # as a missing attribute, so hasattr() stays hasattr()
            raise AttributeError(f"{self.__name__} could not be imported: {exc}") from exc
        self.__dict__.update(real.__dict__)
        return getattr(real, attr)


def _import_gx() -> Any:
    """``great_expectations`` with :data:`DEFERRED_MODULES` deferred (each only when it is
    installed and not already imported, so a missing one still fails GX's import as it
    would) and :data:`UNUSED_OPTIONAL` left out for the import only."""
    for name in DEFERRED_MODULES:
        if name not in sys.modules and importlib.util.find_spec(name.split(".")[0]):
            sys.modules[name] = Deferred(name)
    left_out = [n for n in UNUSED_OPTIONAL if n not in sys.modules]
    for name in left_out:
        sys.modules[name] = None  # type: ignore[assignment]  (import raises ImportError)
    try:
        return importlib.import_module("great_expectations")
    finally:
        for name in left_out:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


def preload_gx() -> None:
    """The one place that imports Great Expectations (3.5-4.5 s here; :func:`_import_gx`).
    Called where the import can overlap other work (a run's kernel imports it as it starts,
    while the runner imports papermill); it never raises: a failure is kept, and
    :func:`_gx` names it."""
    if _GX:
        return
    try:
        _GX["module"] = _import_gx()
        importlib.import_module("great_expectations.expectations.expectation_configuration")
        importlib.import_module("great_expectations.validator.v1_validator")
    except Exception as exc:  # noqa: BLE001  (re-raised, named, where GX is used)
        _GX.pop("module", None)
        _GX["error"] = exc


def _gx() -> Any:
    """The ``great_expectations`` module, imported now unless :func:`preload_gx` did; a
    failed import raises :class:`GXUnavailable` with its cause."""
    preload_gx()
    if "error" in _GX:
        exc = _GX["error"]
        raise GXUnavailable(f"Great Expectations could not be imported, so the staged tables "
                            f"cannot be validated: {type(exc).__name__}: {exc}") from exc
    return _GX["module"]


def _gx_suite(name: str, expectations: list[dict[str, Any]]) -> Any:
    """The GX suite for these checks, built once a process for the same checks (a suite
    is read-only once built; a staged table re-validated reuses it)."""
    key = (name, json.dumps(expectations, sort_keys=True, default=str))
    if key not in _SUITES:
        gx = _gx()
        ExpectationConfiguration = (  # noqa: N806  (GX's class, imported with it by _gx)
            gx.expectations.expectation_configuration.ExpectationConfiguration)

        suite = gx.ExpectationSuite(name=name)
        for exp in expectations:
            suite.add_expectation_configuration(ExpectationConfiguration(
                type=exp["type"], kwargs=exp["kwargs"], meta=exp.get("meta", {})))
        _SUITES[key] = suite
    return _SUITES[key]


_SUITES: dict[tuple[str, str], Any] = {}
_BATCHES: dict[str, Any] = {}  # target -> its whole-dataframe batch definition


def _no_fingerprint() -> None:
    """GX fingerprints every in-memory dataframe it loads (a pandas hash of every cell, for
    its batch markers; 0.3 s a load at 237,000 contacts, a fifth of validating them) and
    skips it above its size threshold. Nothing here reads the fingerprint: skip it always."""
    engine = importlib.import_module(
        "great_expectations.execution_engine.pandas_execution_engine")
    if hasattr(engine, "HASH_THRESHOLD"):
        engine.HASH_THRESHOLD = 0


def _batch_definition(target: str) -> Any:
    """One ephemeral GX context a process, one pandas data source in it and one dataframe
    asset a staged table: set up once, not again for every object and every run of the
    stage step in the same kernel (GX validates a dataframe passed at run time)."""
    if target not in _BATCHES:
        gx = _gx()

        if not _BATCHES:
            logging.getLogger("great_expectations").setLevel(logging.ERROR)
            _no_fingerprint()
            context = gx.get_context(mode="ephemeral")
            try:
                context.variables.progress_bars = {"globally": False}
            except Exception:  # older GX: progress bars are cosmetic only
                pass
            _BATCHES[""] = context.data_sources.add_pandas("staged")
        _BATCHES[target] = _BATCHES[""].add_dataframe_asset(name=target) \
            .add_batch_definition_whole_dataframe("all")
    return _BATCHES[target]


WARM_TARGET = "__warm_up__"  # never a table's name: its asset is GX's alone


def warm_validation() -> None:
    """Validate two values once, as a run's validating kernel starts (``run.warm``): GX's
    context and data source are set up and its first validation's one-time costs (its lazy
    imports, its registries) are paid while the profile and the map run, not in the stage
    step. Never raises: validation itself names any failure."""
    try:
        _gx_results(WARM_TARGET, pl.DataFrame({"v": ["a", None]}), [
            {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "v"}},
            {"type": "expect_column_value_lengths_to_be_between",
             "kwargs": {"column": "v", "max_value": 1}}])
    except Exception:  # noqa: BLE001  (GX unavailable: the stage step says so by name)
        logging.getLogger(__name__).debug("validation warm-up failed", exc_info=True)


def validate_staged(staged: pl.DataFrame, target: str, table_def: dict[str, Any], *,
                    file: str, suite_dir: Path | None = None,
                    tmap: dict[str, Any] | None = None) -> ValidationResult:
    """Run the table's suite with GX; return valid rows (bad optional values cleared under
    ``tmap``'s policies, :func:`rules.column_policies`), quarantined ones with reasons, and
    the fields cleared."""
    declared = load_suite(target, suite_dir)["expectations"]
    expectations = [e for e in declared if e["kwargs"].get("column") in staged.columns]
    expectations += metadata_expectations(staged, table_def, declared)
    expectations += email_expectations(staged, tmap, declared)  # every address, not one
    not_applicable = [e for e in declared if e["kwargs"].get("column") not in staged.columns]
    left_empty = _unfilled_required(staged, target, table_def, file)
    _batch_definition(target)  # set up (or its failed import named) even with no check
    results = _results(target, staged, expectations)
    policies = _policies(staged, target, table_def, tmap, suite_dir, file)
    sources = {c["target"]: c.get("source") or c["target"] for c in (tmap or {}).get(
        "columns", [])}
    rows: list[dict[str, Any]] = []
    soft: dict[str, dict[int, dict[str, Any]]] = {}  # column -> row -> what its policy clears
    checks: list[dict[str, Any]] = []
    for er in results:
        cfg = er.expectation_config
        column = cfg.kwargs.get("column")
        reason = (cfg.meta or {}).get("reason", cfg.type)
        unexpected = er.result.get("unexpected_index_list") or []
        checks.append({"expectation": cfg.type, "column": column, "success": bool(er.success),
                       "unexpected": len(unexpected), "reason": reason})
        for row, source, value in _failing(staged, column, unexpected):
            line = {"file": file, "row": row, "source_id": source,
                    "column": column, "value": value, "reason": f"{reason} ({cfg.type})"}
            policy = policies.get(column)
            if cfg.type in ROW_CHECKS or policy is None or policy.rejects:
                rows.append(line)
            else:  # one line per row and column, every failed check named
                mine = soft.setdefault(column, {})
                if row in mine:
                    mine[row]["reason"] += f"; {line['reason']}"
                else:
                    mine[row] = {**line, "column": sources.get(column, column)}
    for e in not_applicable:
        checks.append({"expectation": e["type"], "column": e["kwargs"].get("column"),
                       "success": True, "unexpected": 0,
                       "reason": "not applicable: column not mapped"})
    for name, level in left_empty.items():
        checks.append({"expectation": "required_column_mapped", "column": name,
                       "success": False, "unexpected": staged.height, "reason": (
                           f"'{name}' is required in Dataverse ({level}) but the map fills "
                           "nothing: the records load with it empty and a person editing "
                           "one is asked to fill it")})
    quarantined = pl.DataFrame(rows, schema=ISSUE_COLUMNS) if rows else \
        pl.DataFrame(schema=ISSUE_COLUMNS)
    quarantined = collapse_issues(quarantined)
    valid = staged.filter(~pl.col(SOURCE_ROW).is_in(quarantined["row"].implode()))
    valid, cleared = _clear(valid, soft, policies, table_def)
    return ValidationResult(target, valid, quarantined, checks, cleared)


def _failing(staged: pl.DataFrame, column: str | None, positions: list[int]
             ) -> list[tuple[int, str | None, str | None]]:
    """(row, source id, value as text) of the rows at ``positions`` of ``staged`` (GX's
    unexpected indexes: positions in the frame it was given, which keeps staged's order)."""
    if not positions:
        return []
    at = pl.Series(positions, dtype=pl.UInt32)
    rows = staged[SOURCE_ROW].gather(at).to_list()
    ids = staged[SOURCE_ID].gather(at).to_list()
    values = staged[column].gather(at).to_list() if column in staged.columns \
        else [None] * len(rows)
    return [(int(r), i, None if v is None or (isinstance(v, float) and v != v) else str(v))
            for r, i, v in zip(rows, ids, values, strict=True)]


#: Below this many staged rows GX is first given the checked columns together (one
#: validation a table); above, a column at a time (``_column_groups``).
ONE_VALIDATION_ROWS = 20_000


def _results(target: str, staged: pl.DataFrame, expectations: list[dict[str, Any]]
             ) -> list[Any]:
    """GX's results of the checks on ``staged``, in GX's order (by column, as first named).

    Every check is first run for its verdict alone, which spares GX listing the failing rows
    (and their values, counts and JSON) of every check: most pass. The checks that fail are
    run again for their failing rows, a column at a time, exactly as all of them were: a
    check's result does not depend on the others validated with it. On a small table the
    verdicts come from one validation (GX's fixed cost a validation, ~15 ms, was most of
    the step on the public exports), on a large one a column at a time."""
    groups = _column_groups(staged, expectations)
    if not groups:
        return []
    if len(groups) == 1 and groups[0][0] == staged.columns and len(staged.columns) > 1:
        return _gx_results(target, staged, expectations)  # a check over several columns
    if staged.height <= ONE_VALIDATION_ROWS:
        checked = [c for columns, _ in groups for c in columns]
        quick = _gx_results(target, staged.select(checked),
                            [c for _, checks in groups for c in checks], "BOOLEAN_ONLY")
    else:
        quick = [r for columns, checks in groups
                 for r in _gx_results(target, staged.select(columns), checks, "BOOLEAN_ONLY")]
    # GX may list a validation's results in another order than its checks (a column of
    # nothing but nulls first): each check takes the next result of its own type and column
    pending: dict[tuple[str, Any], list[Any]] = {}
    for r in quick:
        pending.setdefault((r.expectation_config.type,
                            r.expectation_config.kwargs.get("column")), []).append(r)
    out = []
    for columns, checks in groups:
        verdicts = [pending[(c["type"], c["kwargs"]["column"])].pop(0)
                    if pending.get((c["type"], c["kwargs"]["column"])) else None
                    for c in checks]
        if any(r is None for r in verdicts):
            raise RuntimeError(f"Great Expectations returned the checks of {target} in an "
                               "unexpected order")
        failed = [c for c, r in zip(checks, verdicts, strict=True) if not r.success]
        rows = iter(_gx_results(target, staged.select(columns), failed) if failed else [])
        out += [r if r.success else next(rows) for r in verdicts]
    return out


def _gx_results(target: str, frame: pl.DataFrame, expectations: list[dict[str, Any]],
                result_format: str = "COMPLETE") -> list[Any]:
    """GX's results of ``expectations`` over ``frame``, in one validation of one batch (built
    here rather than by ``get_batch().validate()``, which loads the batch a second time);
    ``result_format`` "BOOLEAN_ONLY": the verdicts alone."""
    if result_format != "COMPLETE":
        return list(_gx().validator.v1_validator.Validator(
            _batch_definition(target), batch_parameters={"dataframe": frame.to_pandas()},
            result_format={"result_format": result_format}).validate_expectation_suite(
                _gx_suite(target, expectations)).results)
    validator = _gx().validator.v1_validator.Validator(
        _batch_definition(target), batch_parameters={"dataframe": frame.to_pandas()},
        result_format={
            # failing rows by position in the frame GX was given (its default index): asked
            # by a column's name instead, GX reads that column and the checked one cell by
            # cell in Python for every failing row (half of a large table's validation);
            # the positions name the same rows, read below with polars. The pandas query
            # GX would also spell out, naming every failing index, was a fifth of it.
            "result_format": "COMPLETE", "return_unexpected_index_query": False})
    return list(validator.validate_expectation_suite(
        _gx_suite(target, expectations)).results)


def _column_groups(staged: pl.DataFrame, expectations: list[dict[str, Any]]
                   ) -> list[tuple[list[str], list[dict[str, Any]]]]:
    """(columns GX is given, checks over them): one group a checked column, with only that
    column. For every metric GX filters the whole frame it is given (its non-null rows,
    then the failing ones), so each column's checks see that column alone: at 237,000
    contacts that halves validation, although GX is then run once a column. The groups
    come in GX's own order (by column, as first named), so the results keep their order.
    Any check that is not about one named column puts every check over the whole frame."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for e in expectations:
        column = e["kwargs"].get("column")
        if not e["type"].startswith("expect_column_") or column not in staged.columns or \
                set(e["kwargs"]) - COLUMN_KWARGS:
            return [(staged.columns, expectations)]
        groups.setdefault(column, []).append(e)
    return [([column], checks) for column, checks in groups.items()]


def _policies(staged: pl.DataFrame, target: str, table_def: dict[str, Any],
              tmap: dict[str, Any] | None, suite_dir: Path | None, file: str
              ) -> dict[str, Policy]:
    """Each staged column's policy: the map's where it has one; without a map, reject where
    the column is required and clear elsewhere (staging columns always reject)."""
    columns = [c for c in staged.columns if not c.startswith("__")]
    entry = tmap or {"target": target, "columns": [{"target": c} for c in columns]}
    policies = rules.column_policies(entry, table_def, suite_dir, file)
    kept = {p.keep_in for p in policies.values() if p.keep_in}
    for c in columns:  # a keep_in column, or one the map does not list, follows the default
        if c not in policies:
            policies.update(rules.column_policies({"target": target, "columns": [
                {"target": c}]}, table_def, suite_dir, file) if c not in kept
                else {c: Policy("clear")})
    return policies


def _clear(valid: pl.DataFrame, soft: dict[str, dict[int, dict[str, Any]]],
           policies: dict[str, Policy], table_def: dict[str, Any] | None
           ) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Clear each value a soft check failed in the rows going to load (its original text to
    the ``keep_in`` column where the map says so, within that column's length)."""
    attrs = {a["LogicalName"]: a for a in (table_def or {}).get("Attributes", [])}
    parts: list[pl.DataFrame] = []
    for column, lines in soft.items():
        policy = policies[column]
        frame = still_loading(pl.DataFrame(list(lines.values()), schema=ISSUE_COLUMNS),
                              valid[SOURCE_ROW])
        if not frame.height:
            continue
        hit = pl.col(SOURCE_ROW).is_in(frame["row"].implode())
        keep = policy.keep_in if policy.on_bad == "keep_as_text" else None
        if keep:
            room = (attrs.get(keep) or {}).get("MaxLength")
            text = pl.col(column).cast(pl.Utf8)
            fits = text.str.len_chars() <= room if room else pl.lit(True)
            if keep not in valid.columns:
                valid = valid.with_columns(pl.lit(None, pl.Utf8).alias(keep))
            too_long = valid.filter(hit & ~fits)[SOURCE_ROW]
            valid = valid.with_columns(pl.when(hit & fits).then(text)
                                       .otherwise(pl.col(keep)).alias(keep))
            long_lines = frame.filter(pl.col("row").is_in(too_long.implode()))
            frame = frame.filter(~pl.col("row").is_in(too_long.implode()))
            if long_lines.height:
                parts.append(cleared_lines(long_lines.with_columns(pl.format(
                    f"{{}}; too long to keep in {keep} (up to {room} characters)",
                    pl.col("reason")).alias("reason")), column,
                    Policy("clear", label=policy.label)))
        valid = valid.with_columns(pl.when(hit).then(None).otherwise(pl.col(column))
                                   .alias(column))
        parts.append(cleared_lines(frame, column, policy))
    cleared = pl.concat(parts) if parts else rules.empty_cleared()
    return valid, cleared.sort("row", maintain_order=True)


def _unfilled_required(staged: pl.DataFrame, target: str, table_def: dict[str, Any],
                       file: str) -> dict[str, str]:
    """Refuse when a required column that names the record (or is SystemRequired) is not
    staged; return the other ApplicationRequired ones, which load empty (failed checks).
    A suite's not-null check on a column Dataverse does not require stays "not applicable"
    when the map does not fill it (a case's messages have no subject).
    Lookups are staged as references and checked against the map when staging."""
    links = {a["LogicalName"] for a in (table_def or {}).get("Attributes", [])
             if a.get("AttributeType") in ("Lookup", "Customer", "Owner")}
    tmap = {"target": target, "columns": [{"target": c} for c in [*staged.columns, *links]]}
    refused, empty = refused_required(tmap, table_def) if table_def else ({}, {})
    if refused:
        listed = ", ".join(f"'{c}' ({why})" for c, why in refused.items())
        raise MissingColumn(
            f"{file}: no staged {target} column {listed}: nothing in the map fills it, and "
            "the records would load without it. Map a column of the file to it and confirm "
            "the map again", file=file, columns=list(refused))
    return empty
