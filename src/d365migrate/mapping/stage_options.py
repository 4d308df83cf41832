"""An opportunity's sales stages, states and status reasons, and the deal columns staging
reads them from: shared by the stage decisions (:mod:`~d365migrate.mapping.decisions`) and a
deal's own open/won/lost decisions (:mod:`~d365migrate.mapping.deal_states`)."""

from __future__ import annotations

from typing import Any

from d365migrate.mapping.mapfile import MappingError

SALES_STAGES = {0: "Qualify", 1: "Develop", 2: "Propose", 3: "Close"}
STATES = {0: "Open", 1: "Won", 2: "Lost"}
#: An opportunity's status reasons (statuscode) and the state each belongs to.
STATUS_REASONS = {1: "In Progress", 2: "On Hold", 3: "Won", 4: "Canceled", 5: "Out-Sold"}
STATUS_STATE = {1: 0, 2: 0, 3: 1, 4: 2, 5: 2}
STAGE_STATE = "__stage_state"
STAGE_STATUS = "__stage_statuscode"  # the decided status reason (a lost deal's, mostly)
#: Columns staging reads to quarantine a deal no decision places, with its value and reason.
REJECT_COLUMN, REJECT_VALUE, REJECT_REASON = "__reject_column", "__reject_value", "__reject_reason"
#: Why the stages decide the state and a deal's own state column is left out, when no
#: decision says which of its values is open, won or lost (read in the report).
OWN_STATE_UNUSED = ("the deal's own state (open, won, lost) is not used: the decided pipeline "
                    "stages set it, so a deal marked won or lost in an open stage moves open")


def option(value: Any, options: dict[int, str], what: str) -> int | None:
    """An option given by its value or its label ("Out-Sold", "lost"), or None."""
    if value is None:
        return None
    text = str(value).strip()
    by_label = {label.lower(): k for k, label in options.items()}
    if text.lower() in by_label:
        return by_label[text.lower()]
    try:
        number = int(text)
    except ValueError:
        number = None
    if number not in options:
        listed = ", ".join(f"{k} {label}" for k, label in options.items())
        raise MappingError(f"{what} must be one of {listed}, not {value!r}")
    return number


def state_and_status(state: Any, statuscode: Any) -> tuple[int | None, int | None]:
    """A decision's state and status reason, each by value or label; a status reason sets
    its state, and one of another state than the state given is refused."""
    state = option(state, STATES, "state")
    code = option(statuscode, STATUS_REASONS, "statuscode (status reason)")
    if code is not None:
        if state is not None and STATUS_STATE[code] != state:
            raise MappingError(f"status reason {STATUS_REASONS[code]} belongs to state "
                               f"{STATES[STATUS_STATE[code]]}, not {STATES[state]}")
        state = STATUS_STATE[code]
    return state, code


def status_column(why: str) -> dict[str, Any]:
    """The opportunity map's status reason column, fed by :data:`STAGE_STATUS`."""
    return {"target": "statuscode", "source": STAGE_STATUS, "transform": "choice",
            "values": {str(k): k for k in STATUS_REASONS}, "confidence": 1.0, "reason": why}


def with_status_column(mapping: dict[str, Any], why: str) -> dict[str, Any]:
    """The opportunity entry with the status reason column (replacing a raw statuscode one)."""
    for t in mapping.get("tables", []):
        if t.get("target") == "opportunity" and t.get("source") and not any(
                c.get("source") == STAGE_STATUS for c in t.get("columns", [])):
            t["columns"] = [c for c in t.get("columns", []) if c["target"] != "statuscode"] \
                + [status_column(why)]
    return mapping
