"""The field map editor for JupyterLab: review the suggestions, fix them, save, confirm.

All logic lives in plain methods (:meth:`MappingEditor.set_target`, ``set_transform``,
``preview``, ``uncovered_required``, ``save``, ``confirm``) so it is tested without a browser;
the ipywidgets only call them. Saving a map whose content changed after confirmation puts it
back to ``proposed``: a person must confirm the edited map again before anything moves.
"""

from __future__ import annotations

import copy
import html
from pathlib import Path
from typing import Any

import polars as pl

from d365migrate.dataverse import tables
from d365migrate.dataverse.tables import attribute_type
from d365migrate.intake.read import IntakeGuess
from d365migrate.load.preflight import uncovered_required
from d365migrate.mapping import mapfile as mp
from d365migrate.mapping.deal_states import decide_deal_state, undecided_deal_states
from d365migrate.mapping.decisions import (
    SALES_STAGES,
    STAGE_SOURCES,
    STATES,
    STATUS_REASONS,
    decide_stage,
    undecided_choices,
    undecided_stages,
)
from d365migrate.mapping.learned import learn_from_confirmation
from d365migrate.mapping.propose import EMAIL_COLUMNS
from d365migrate.runfolder import EngagementFolder
from d365migrate.staging.stage import convert

UNMAPPED = "(unmapped)"
UNDECIDED = "(undecided)"
PREVIEW_ROWS = 5
GREEN, AMBER, RED, GREY = "#c8f0c8", "#ffe2a8", "#f8c4c4", "#eeeeee"
#: Attribute types a plain column entry cannot fill (lookups and owners have their own keys).
NOT_COLUMNS = {"Lookup", "Customer", "Owner", "Uniqueidentifier", "EntityName", "PartyList",
               "Virtual", "CalendarRules", "ManagedProperty", "Image", "File"}
EDITABLE_TRANSFORMS = [t for t in ("text", "email", "url", "integer", "decimal", "datetime",
                                   "date", "boolean", "choice", "multichoice")
                       if t in mp.TRANSFORMS]
DEFAULT_TRANSFORM = mp.TRANSFORM_BY_TYPE


def confidence_colour(confidence: float | None) -> str:
    """Green from 0.8, amber from 0.5, red below; grey when nothing is suggested."""
    if confidence is None:
        return GREY
    return GREEN if confidence >= 0.8 else AMBER if confidence >= 0.5 else RED


def _label(attr: dict[str, Any]) -> str:
    return tables.label(attr.get("DisplayName"))


def _options(attr: dict[str, Any]) -> list[tuple[str, int]]:
    """(dropdown text, value) of each option of a choice column."""
    return [(f"{value} {text}".strip(), value) for value, text in tables.options(attr)]


class MappingEditor:
    """Edit one map against the export and the destination's table definitions."""

    def __init__(self, mapping: dict[str, Any], tables: dict[str, pl.DataFrame],
                 table_defs: dict[str, dict[str, Any]], path: Path,
                 guesses: dict[str, IntakeGuess] | None = None,
                 engagement: Path | None = None) -> None:
        self.mapping = copy.deepcopy(mapping)
        # where the proposal was kept and the corrections are learned (the map's folder)
        self.engagement = EngagementFolder(Path(engagement) if engagement else Path(path).parent)
        self.learned: list[dict[str, Any]] = []
        self.tables = tables
        self.guesses = guesses or {}  # how each file writes dates and numbers (intake)
        self.table_defs = table_defs
        self.path = Path(path)
        self.message = ""
        self._widget: Any = None
        self._rows: dict[tuple[str, str], dict[str, Any]] = {}
        self._summaries: dict[str, Any] = {}
        self._stage_rows: dict[tuple[str, str], dict[str, Any]] = {}
        self._state_rows: dict[str, dict[str, Any]] = {}
        self._choices: dict[str, list[tuple[str, str]]] = {}
        self._busy = False

    # -- reading the map ------------------------------------------------------------------
    def table_names(self) -> list[str]:
        """The map's entries (by unit name) that have a source object in the export."""
        return [mp.unit_name(t) for t in self.mapping.get("tables", [])
                if t.get("source") in self.tables and t["target"] in self.table_defs]

    def _def(self, entry: str) -> dict[str, Any]:
        """The table definition of a map entry (entries are named by unit: ``note`` fills
        ``annotation``)."""
        return self.table_defs[self._tmap(entry)["target"]]

    def _tmap(self, table: str) -> dict[str, Any]:
        return mp.table_map(self.mapping, table)

    def _attrs(self, table: str) -> dict[str, dict[str, Any]]:
        return tables.attributes(self._def(table))

    def source_columns(self, table: str) -> list[str]:
        return list(self.tables[self._tmap(table)["source"]].columns)

    def target_options(self, table: str) -> list[str]:
        """Columns a value can be written to, by logical name: on create, or by the update
        that completes a created record (``load.loader.update_only``); not those the decided
        pipeline stages fill."""
        staged = {c["target"] for c in self._tmap(table).get("columns", [])
                  if c["source"] in STAGE_SOURCES.values()}
        return sorted(name for name, a in self._attrs(table).items()
                      if (a.get("IsValidForCreate") or a.get("IsValidForUpdate") is True)
                      and a.get("AttributeOf") in (None, "")
                      and name not in staged
                      and (attribute_type(a) not in NOT_COLUMNS
                           or attribute_type(a) == "MultiSelectPicklist"))

    def entry(self, table: str, source_column: str) -> dict[str, Any] | None:
        return next((c for c in self._tmap(table).get("columns", [])
                     if c["source"] == source_column), None)

    def role(self, table: str, source_column: str) -> str:
        """column | lookup | owner | key | unmapped: what the map does with a source column."""
        tmap = self._tmap(table)
        if self.entry(table, source_column):
            return "column"
        if any(lk["source"] == source_column for lk in tmap.get("lookups", [])):
            return "lookup"
        if (tmap.get("owner") or {}).get("source") == source_column:
            return "owner"
        if tmap.get("source_key") == source_column:
            return "key"
        return "unmapped"

    def unmapped_columns(self, table: str) -> list[str]:
        return [c for c in self.source_columns(table) if self.role(table, c) == "unmapped"]

    def uncovered_required(self, table: str) -> list[str]:
        """Required columns (Application/SystemRequired, valid for create) nothing fills yet."""
        return uncovered_required(self._tmap(table), self._def(table))

    def outstanding(self) -> list[str]:
        """Everything that still blocks the load, in words."""
        out = [f"{t}.{c}: required, nothing mapped to it" for t in self.table_names()
               for c in self.uncovered_required(t)]
        out += [f"{t}.{c}: no option decided for '{v}'" for t, c, v in
                undecided_choices(self.mapping)]
        out += [f"stage '{s['stage_name']}' of pipeline '{s['pipeline_name']}' is undecided"
                for s in undecided_stages(self.mapping)]
        out += [f"the deals' own state '{s['value']}' is undecided"
                for s in undecided_deal_states(self.mapping)]
        return out

    @property
    def changed(self) -> bool:
        """True when the content differs from what was last confirmed."""
        return mp.content_hash(self.mapping) != self.mapping.get("content_hash")

    # -- editing ---------------------------------------------------------------------------
    def _default_transform(self, table: str, target: str) -> str:
        if target in EMAIL_COLUMNS:
            return "email"
        kind = attribute_type(self._attrs(table)[target])
        transform = DEFAULT_TRANSFORM.get(kind, "text")
        return transform if transform in EDITABLE_TRANSFORMS else "text"

    def _proposed_values(self, table: str, source_column: str, target: str
                         ) -> dict[str, int | None]:
        labels = tables.option_labels(self._attrs(table).get(target, {}))
        series = self.tables[self._tmap(table)["source"]][source_column].cast(pl.Utf8)
        distinct = sorted({v.strip() for v in series.drop_nulls().to_list() if v.strip()})
        return {v: labels.get(v.lower()) for v in distinct}

    def set_target(self, table: str, source_column: str, target: str | None) -> list[str]:
        """Map a source column to a target column (or unmap it). Returns the source columns
        that lost the target to this one (a target takes one source)."""
        tmap = self._tmap(table)
        role = self.role(table, source_column)
        if role in ("lookup", "owner", "key"):
            raise mp.MappingError(f"{table}: '{source_column}' is the {role} column; edit it in "
                                  "the YAML")
        cols = tmap.setdefault("columns", [])
        unmapped = tmap.setdefault("unmapped", [])
        current = self.entry(table, source_column)
        if target in (None, "", UNMAPPED):
            if current is not None:
                cols.remove(current)
            if source_column not in unmapped:
                unmapped.append(source_column)
            return []
        if target not in self.target_options(table):
            raise mp.MappingError(f"{table}: '{target}' is not a column that can be set on "
                                  "create")
        displaced = [c["source"] for c in cols if c["target"] == target
                     and c["source"] != source_column]
        for other in displaced:
            self.set_target(table, other, None)
        if current is not None and current["target"] == target:
            return displaced
        entry = current or {"source": source_column}
        entry.update(target=target, transform=self._default_transform(table, target),
                     confidence=1.0, reason="chosen by a person in the map editor")
        entry.pop("values", None)
        if entry["transform"] in ("choice", "multichoice"):
            entry["values"] = self._proposed_values(table, source_column, target)
        if current is None:
            cols.append(entry)
        tmap["unmapped"] = [c for c in unmapped if c != source_column]
        return displaced

    def set_transform(self, table: str, source_column: str, transform: str) -> None:
        """Change how a mapped column's text becomes the target value."""
        entry = self.entry(table, source_column)
        if entry is None:
            raise mp.MappingError(f"{table}: '{source_column}' is not mapped; choose a target "
                                  "first")
        if transform not in EDITABLE_TRANSFORMS:
            raise mp.MappingError(f"transform '{transform}' is not one of "
                                  f"{EDITABLE_TRANSFORMS}")
        if transform == entry.get("transform"):
            return
        entry["transform"] = transform
        if transform in ("choice", "multichoice"):
            entry.setdefault("values", self._proposed_values(table, source_column,
                                                             entry["target"]))
        else:
            entry.pop("values", None)

    def set_choice_value(self, table: str, source_column: str, source_value: str,
                         option: int | None) -> None:
        """Decide which option a source value of a choice column becomes."""
        entry = self.entry(table, source_column)
        if entry is None or entry.get("transform") not in ("choice", "multichoice"):
            raise mp.MappingError(f"{table}: '{source_column}' is not a choice column")
        entry.setdefault("values", {})[source_value] = option

    def set_stage(self, pipeline_id: str, stage_id: str, salesstage: int, state: int) -> None:
        self.mapping = decide_stage(self.mapping, pipeline_id, stage_id,
                                    salesstage=salesstage, state=state)

    def set_deal_state(self, value: str, state: int, statuscode: int | None = None) -> None:
        """Decide one value of the deals' own open/won/lost column (``deal_states:``)."""
        self.mapping = decide_deal_state(self.mapping, value, state=state,
                                         statuscode=statuscode)

    def preview(self, table: str, source_column: str) -> list[tuple[str, object]]:
        """The first values of a source column, before and after its transform, read under
        the column's format as staging will read them."""
        entry = self.entry(table, source_column) or {}
        source = self._tmap(table)["source"]
        series = self.tables[source][source_column].cast(pl.Utf8)
        guess = self.guesses.get(source)
        raw = [v for v in series.drop_nulls().to_list() if v.strip()][:PREVIEW_ROWS]
        if not raw:
            return []
        frame = pl.DataFrame({"v": raw}, schema={"v": pl.Utf8})
        fmt = guess.value_format(source_column) if guess is not None else None
        typed = frame.select(convert(pl.col("v"), entry.get("transform", "text"),
                                     entry.get("values"), fmt)).to_series().to_list()
        return list(zip(raw, typed, strict=True))

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> Path:
        """Write the YAML; content changed since confirmation puts the map back to proposed."""
        if self.mapping.get("status") == "confirmed" and self.changed:
            self.mapping["previous_confirmation"] = {
                "by": self.mapping.get("confirmed_by"), "at": self.mapping.get("confirmed_at")}
            self.mapping.update(status="proposed", confirmed_by=None, confirmed_at=None)
        return mp.save_mapping(self.mapping, self.path)

    def confirm(self, by: str) -> dict[str, Any]:
        """Record who confirmed this exact content, and when, and save it; refused while a
        column Dataverse requires has nothing mapped to it (records would be refused or
        incomplete)."""
        missing = [f"{t}.{c}" for t in self.table_names() for c in self.uncovered_required(t)]
        if missing:
            raise mp.MappingError("cannot confirm: nothing is mapped to required column(s) "
                                  + ", ".join(missing) + "; map a source column to each first")
        self.mapping = mp.confirm(self.mapping, by)
        self.mapping.pop("previous_confirmation", None)
        mp.save_mapping(self.mapping, self.path)
        # what the analyst changed, proposed first for this customer's next export
        self.learned = learn_from_confirmation(self.engagement, self.mapping)
        return self.mapping

    # -- widgets ---------------------------------------------------------------------------
    @property
    def widget(self) -> Any:
        """The editor UI (built once): one tab per table, then Save and Confirm."""
        if self._widget is None:
            self._widget = self._build()
        return self._widget

    def controls(self, table: str, source_column: str) -> dict[str, Any]:
        """The widgets of one source column's row (for tests and notebooks)."""
        self.widget  # noqa: B018 - builds the UI on first use
        return self._rows[(table, source_column)]

    def _build(self) -> Any:
        import ipywidgets as w

        pages, titles = [], []
        for table in self.table_names():
            pages.append(self._table_page(table))
            titles.append(table)
        if self.mapping.get("stages"):
            pages.append(self._stages_page())
            titles.append("stages")
        if self.mapping.get("deal_states"):
            pages.append(self._deal_states_page())
            titles.append("deal states")
        tabs = w.Tab(children=pages)
        tabs.titles = tuple(titles)
        self.name = w.Text(description="Your name", placeholder="who confirms this map")
        self.save_button = w.Button(description="Save", icon="save")
        self.confirm_button = w.Button(description="Confirm", button_style="success",
                                       icon="check")
        self.status = w.HTML()
        self.save_button.on_click(lambda _: self._on_save())
        self.confirm_button.on_click(lambda _: self._on_confirm())
        self._show_status()
        bar = w.HBox([self.name, self.save_button, self.confirm_button])
        return w.VBox([tabs, bar, self.status])

    def _table_page(self, table: str) -> Any:
        import ipywidgets as w

        tmap = self._tmap(table)
        head = w.HTML(f"<b>{html.escape(tmap['source'])}</b> &rarr; <b>{html.escape(table)}</b>"
                      f" <span style='color:#666'>({html.escape(str(tmap.get('reason', '')))}"
                      ")</span>")
        rows = [self._row(table, col) for col in self.source_columns(table)]
        summary = w.HTML()
        self._summaries[table] = summary
        self._refresh_summary(table)
        return w.VBox([head, *rows, summary])

    def _row(self, table: str, col: str) -> Any:
        import ipywidgets as w

        role = self.role(table, col)
        name = w.Label(col, layout=w.Layout(width="200px"))
        conf = w.HTML(layout=w.Layout(width="70px"))
        preview = w.HTML(layout=w.Layout(width="420px"))
        values = w.VBox(layout=w.Layout(margin="0 0 0 220px"))
        ctl: dict[str, Any] = {"name": name, "confidence": conf, "preview": preview,
                               "values": values}
        self._rows[(table, col)] = ctl
        if role in ("lookup", "owner", "key"):
            ctl["fixed"] = w.HTML(f"<i>{html.escape(self._describe(table, col, role))}</i>",
                                  layout=w.Layout(width="400px"))
            self._refresh_row(table, col)
            return w.VBox([w.HBox([name, conf, ctl["fixed"], preview])])
        entry = self.entry(table, col)
        target = w.Dropdown(options=self._target_choices(table),
                            layout=w.Layout(width="260px"))
        transform = w.Dropdown(options=EDITABLE_TRANSFORMS,
                               value=(entry or {}).get("transform", "text"),
                               layout=w.Layout(width="110px"), disabled=entry is None)
        ctl.update(target=target, transform=transform)
        target.observe(lambda ch: self._on_target(table, col, ch["new"]), names="value")
        transform.observe(lambda ch: self._on_transform(table, col, ch["new"]), names="value")
        self._refresh_row(table, col)
        return w.VBox([w.HBox([name, conf, target, transform, preview]), values])

    def _target_choices(self, table: str) -> list[tuple[str, str]]:
        """(label, logical name) pairs for the target dropdown, computed once per table."""
        if table not in self._choices:
            attrs = self._attrs(table)
            self._choices[table] = [(UNMAPPED, UNMAPPED)] + [
                (f"{n} · {_label(attrs[n])}" if _label(attrs[n]) else n, n)
                for n in self.target_options(table)]
        return self._choices[table]

    def _describe(self, table: str, col: str, role: str) -> str:
        tmap = self._tmap(table)
        if role == "key":
            return f"source id -> {self.mapping.get('source_id_column')}"
        if role == "owner":
            return "owner -> ownerid (systemuser by email)"
        lk = next(lk for lk in tmap.get("lookups", []) if lk["source"] == col)
        return f"lookup -> {lk['navigation']} ({lk['table']})"

    def _refresh_row(self, table: str, col: str) -> None:
        """Bring one row's widgets in line with the map (without firing their handlers)."""
        ctl = self._rows[(table, col)]
        entry = self.entry(table, col)
        role = self.role(table, col)
        conf = entry.get("confidence") if entry else self._fixed_confidence(table, col, role)
        text = "" if conf is None else f"{conf:.2f}"
        ctl["confidence"].value = text
        ctl["confidence"].style.background = confidence_colour(conf)
        ctl["preview"].value = self._preview_html(table, col)
        self._busy = True
        try:
            if "target" in ctl:
                value = entry["target"] if entry else UNMAPPED
                if value not in {v for _, v in ctl["target"].options}:
                    ctl["target"].options = [*ctl["target"].options,
                                             (f"{value} (not in the org)", value)]
                ctl["target"].value = value
                ctl["transform"].disabled = entry is None
                ctl["transform"].value = (entry or {}).get("transform", "text")
            self._refresh_values(table, col)
        finally:
            self._busy = False

    def _fixed_confidence(self, table: str, col: str, role: str) -> float | None:
        tmap = self._tmap(table)
        if role == "owner":
            return tmap["owner"].get("confidence")
        if role == "lookup":
            return next(lk for lk in tmap["lookups"] if lk["source"] == col).get("confidence")
        return None

    def _preview_html(self, table: str, col: str) -> str:
        pairs = self.preview(table, col)
        if not pairs:
            return "<span style='color:#999'>no values</span>"
        cells = "".join(f"<tr><td>{html.escape(str(a))}</td><td>&rarr;</td>"
                        f"<td>{html.escape(repr(b))}</td></tr>" for a, b in pairs)
        return f"<table style='font-size:85%'>{cells}</table>"

    def _refresh_values(self, table: str, col: str) -> None:
        import ipywidgets as w

        ctl = self._rows[(table, col)]
        entry = self.entry(table, col)
        if not entry or entry.get("transform") not in ("choice", "multichoice"):
            ctl["values"].children = ()
            ctl["choices"] = {}
            return
        options = [(UNDECIDED, None), *_options(self._attrs(table).get(entry["target"], {}))]
        known = {v for _, v in options}
        choices: dict[str, Any] = {}
        for value, option in (entry.get("values") or {}).items():
            opts = options if option in known else [*options, (f"{option} (not in org)",
                                                               option)]
            dd = w.Dropdown(options=opts, value=option, description=str(value),
                            style={"description_width": "160px"},
                            layout=w.Layout(width="460px"))
            dd.observe(lambda ch, v=value: self._on_choice(table, col, v, ch["new"]),
                       names="value")
            choices[value] = dd
        ctl["choices"] = choices
        ctl["values"].children = tuple(choices.values())

    def _refresh_summary(self, table: str) -> None:
        unmapped = self.unmapped_columns(table)
        required = self.uncovered_required(table)
        parts = [f"<p><b>Unmapped source columns:</b> "
                 f"{html.escape(', '.join(unmapped)) or 'none'}</p>"]
        colour = "#b00020" if required else "#0a7a32"
        parts.append(f"<p style='color:{colour}'><b>Required targets not covered:</b> "
                     f"{html.escape(', '.join(required)) or 'none'}</p>")
        self._summaries[table].value = "".join(parts)

    def _show_status(self, note: str = "") -> None:
        m = self.mapping
        if m.get("status") == "confirmed" and not self.changed:
            state = (f"<span style='color:#0a7a32'>confirmed by {html.escape(m['confirmed_by'])}"
                     f" at {html.escape(str(m['confirmed_at']))}</span>")
        else:
            state = "<span style='color:#b00020'>not confirmed</span>"
        pending = self.outstanding()
        listed = "".join(f"<li>{html.escape(p)}</li>" for p in pending[:30])
        more = f"<p>Still to decide:</p><ul>{listed}</ul>" if pending else ""
        self.message = note
        self.status.value = (f"<p>Map: {state}. {html.escape(note)}</p>{more}")

    # -- handlers --------------------------------------------------------------------------
    def _on_target(self, table: str, col: str, value: str) -> None:
        if self._busy:
            return
        try:
            displaced = self.set_target(table, col, value)
        except mp.MappingError as exc:
            self._refresh_row(table, col)
            self._show_status(str(exc))
            return
        for other in [col, *displaced]:
            self._refresh_row(table, other)
        self._refresh_summary(table)
        note = f"{', '.join(displaced)} unmapped (the target takes one source)" \
            if displaced else ""
        self._show_status(note)

    def _on_transform(self, table: str, col: str, value: str) -> None:
        if self._busy:
            return
        try:
            self.set_transform(table, col, value)
        except mp.MappingError as exc:
            self._show_status(str(exc))
        self._refresh_row(table, col)
        self._show_status(self.message)

    def _on_choice(self, table: str, col: str, source_value: str, option: int | None) -> None:
        if self._busy:
            return
        self.set_choice_value(table, col, source_value, option)
        self._rows[(table, col)]["preview"].value = self._preview_html(table, col)
        self._show_status()

    def _on_save(self) -> None:
        path = self.save()
        self._show_status(f"saved {path}")

    def _on_confirm(self) -> None:
        try:
            self.confirm(self.name.value)
        except mp.MappingError as exc:
            self._show_status(str(exc))
            return
        kept = (f"; {len(self.learned)} correction(s) kept for this customer's next export"
                if self.learned else "")
        self._show_status(f"saved {self.path}{kept}")

    # -- stages ----------------------------------------------------------------------------
    def _stages_page(self) -> Any:
        import ipywidgets as w

        rows = []
        for s in self.mapping.get("stages", []):
            key = (str(s["pipeline_id"]), str(s["stage_id"]))
            label = w.Label(f"{s['pipeline_name']} / {s['stage_name']}",
                            layout=w.Layout(width="260px"))
            stage = w.Dropdown(options=[(f"{k} {v}", k) for k, v in SALES_STAGES.items()],
                               value=s.get("salesstage"), layout=w.Layout(width="130px"))
            state = w.Dropdown(options=[(f"{k} {v}", k) for k, v in STATES.items()],
                               value=s.get("state"), layout=w.Layout(width="110px"))
            decided = w.HTML(self._decided_html(s))
            self._stage_rows[key] = {"salesstage": stage, "state": state, "decided": decided}
            for dd in (stage, state):
                dd.observe(lambda _, k=key: self._on_stage(k), names="value")
            rows.append(w.HBox([label, stage, state, decided]))
        return w.VBox(rows)

    @staticmethod
    def _decided_html(stage: dict[str, Any]) -> str:
        if stage.get("decided"):
            return "<span style='color:#0a7a32'>decided</span>"
        return f"<span style='color:#b00020'>undecided: {html.escape(str(stage.get('reason')))}" \
               "</span>"

    def stage_controls(self, pipeline_id: str, stage_id: str) -> dict[str, Any]:
        self.widget  # noqa: B018 - builds the UI on first use
        return self._stage_rows[(str(pipeline_id), str(stage_id))]

    def _on_stage(self, key: tuple[str, str]) -> None:
        ctl = self._stage_rows[key]
        self.set_stage(key[0], key[1], ctl["salesstage"].value, ctl["state"].value)
        stage = next(s for s in self.mapping["stages"]
                     if (str(s["pipeline_id"]), str(s["stage_id"])) == key)
        ctl["decided"].value = self._decided_html(stage)
        self._show_status()

    def _deal_states_page(self) -> Any:
        """Each value of the deals' own open/won/lost column: its state and status reason."""
        import ipywidgets as w

        rows = []
        for s in self.mapping.get("deal_states", []):
            state = w.Dropdown(options=[(f"{k} {v}", k) for k, v in STATES.items()],
                               value=s.get("state"), layout=w.Layout(width="110px"))
            reason = w.Dropdown(options=[("(from its state)", None)] + [
                (f"{k} {v}", k) for k, v in STATUS_REASONS.items() if k > 2],
                value=s.get("statuscode"), layout=w.Layout(width="150px"))
            decided = w.HTML(self._decided_html(s))
            value = str(s["value"])
            self._state_rows[value] = {"state": state, "statuscode": reason,
                                       "decided": decided}
            for dd in (state, reason):
                dd.observe(lambda _, v=value: self._on_deal_state(v), names="value")
            rows.append(w.HBox([w.Label(value, layout=w.Layout(width="260px")), state, reason,
                                decided]))
        return w.VBox(rows)

    def deal_state_controls(self, value: str) -> dict[str, Any]:
        self.widget  # noqa: B018 - builds the UI on first use
        return self._state_rows[str(value)]

    def _on_deal_state(self, value: str) -> None:
        ctl = self._state_rows[value]
        self.set_deal_state(value, ctl["state"].value, ctl["statuscode"].value)
        decided = next(s for s in self.mapping["deal_states"] if str(s["value"]) == value)
        ctl["decided"].value = self._decided_html(decided)
        self._show_status()


__all__ = ["MappingEditor", "confidence_colour"]
