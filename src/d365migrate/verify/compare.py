"""Values normalised the same way on both sides, so a field compares what it means, not how
it travels.

The staged value (what the map's transform made of the source value) and the value read
back from Dataverse are brought to one form per column kind, decided by the column's
metadata (``AttributeType``, ``Format``, ``Precision``) and, where the metadata says
nothing, by the map's transform:

- text: trimmed, Unicode NFC, empty is nothing;
- whole numbers as ints; decimals, floats and money rounded (half up) to the column's
  precision (money: 2 to 4 places);
- date-times in UTC to the second; date-only columns as dates;
- choices, states and statuses as ints; multi-select choices as sets (comma-separated on
  the wire);
- lookups and ids as lower-case GUIDs (the expected target record is resolved before).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

NUMBER_TYPES = ("Decimal", "Double", "Money")
OPTION_TYPES = ("Picklist", "State", "Status")
GUID_TYPES = ("Lookup", "Customer", "Owner", "Uniqueidentifier")
#: Transforms of the map, for a column the metadata does not describe.
KIND_BY_TRANSFORM = {"text": "text", "email": "text", "url": "text", "integer": "integer",
                     "decimal": "decimal", "datetime": "datetime", "date": "date",
                     "boolean": "boolean", "choice": "option", "multichoice": "multioption",
                     "lookup": "guid", "owner": "guid"}


@dataclass(frozen=True)
class Kind:
    """How one column's values are compared: ``name`` and, for decimals, the places."""

    name: str
    places: int | None = None
    default: Any = None  # what the platform fills in when nothing was sent (two-options)
    platform_filled: bool = False  # state/status, a number: the platform sets one when none
    # was sent


#: Numbers the org gives a case or a document created without one (its auto-numbering:
#: 'CAS-01000-C6J0K6'): an empty cell there was sent as nothing, and the org's number is no
#: difference (Zoho Desk's empty 'ticketNumber', round Z31).
ORG_NUMBERED = frozenset({"ticketnumber", "quotenumber", "ordernumber", "invoicenumber",
                          "contractnumber"})
#: Dates a deal's close sets where the export gave none (``WinOpportunity``/``LoseOpportunity``:
#: the close's actual end is the opportunity's actual close date): no difference (vtenext's
#: won potential with an empty 'Effective closing date', round Z33).
CLOSE_FILLED = frozenset({"actualclosedate"})


def money_places(attr: dict[str, Any]) -> int:
    """Money keeps 2 to 4 places (``Precision``; the currency's or the org's otherwise)."""
    p = attr.get("Precision")
    return max(2, min(4, int(p))) if p is not None else 2


def kind_of(attr: dict[str, Any] | None, transform: str | None = None) -> Kind:
    """The comparison kind of a column from its metadata, else from the map's transform."""
    if not attr:
        return Kind(KIND_BY_TRANSFORM.get(transform or "text", "text"))
    t = attr.get("AttributeType")
    type_name = ((attr.get("AttributeTypeName") or {}).get("Value") or "")
    if type_name == "MultiSelectPicklistType" or "MultiSelectPicklist" in str(
            attr.get("@odata.type", "")) or transform == "multichoice":
        return Kind("multioption")
    if t in ("String", "Memo", "EntityName"):
        return Kind("text", platform_filled=bool(attr.get("AutoNumberFormat"))
                    or attr.get("LogicalName") in ORG_NUMBERED)
    if t in ("Integer", "BigInt"):
        return Kind("integer")
    if t == "Money":
        return Kind("decimal", money_places(attr))
    if t in NUMBER_TYPES:
        p = attr.get("Precision")
        return Kind("decimal", int(p) if p is not None else 2)
    if t == "DateTime":
        # Only the DateOnly *behaviour* stores no time; a DateOnly *format* is how a form
        # shows a column that still holds one (Record Created On: UserLocal, DateOnly format),
        # so its time is compared too. Metadata without a behaviour: the format decides.
        behaviour = (attr.get("DateTimeBehavior") or {}).get("Value")
        closed = attr.get("LogicalName") in CLOSE_FILLED
        if transform == "date" or behaviour == "DateOnly" or (
                not behaviour and attr.get("Format") == "DateOnly"):
            return Kind("date", platform_filled=closed)
        return Kind("datetime", platform_filled=closed)
    if t == "Boolean":
        return Kind("boolean", default=attr.get("DefaultValue"))
    if t in OPTION_TYPES:
        return Kind("option", platform_filled=t in ("State", "Status"))
    if t in GUID_TYPES:
        return Kind("guid")
    return Kind(KIND_BY_TRANSFORM.get(transform or "text", "text"))


def _text(value: Any) -> str | None:
    text = unicodedata.normalize("NFC", str(value)).strip()
    return text or None


def _decimal(value: Any, places: int | None) -> Decimal | None:
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValueError(f"{value!r} is not a number") from exc
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return number + 0  # -0.00 -> 0.00


def _datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)  # the export's and staging's convention: UTC
    return dt.astimezone(UTC).replace(microsecond=0)


def _options(value: Any) -> frozenset[int] | None:
    parts = value if isinstance(value, list | tuple | set | frozenset) else \
        str(value).replace(";", ",").split(",")
    found = frozenset(int(str(p).strip()) for p in parts if str(p).strip())
    return found or None


def normalise(value: Any, kind: Kind) -> Any:
    """The comparable form of a value (None for nothing); raises ValueError when a value
    cannot be read as its kind."""
    if value is None:
        return None
    if isinstance(value, str) and not value.strip() and kind.name != "text":
        return None
    k = kind.name
    if k == "text":
        return _text(value)
    if k == "integer":
        number = _decimal(value, None)
        if number is None or number != number.to_integral_value():
            raise ValueError(f"{value!r} is not a whole number")
        return int(number)
    if k == "decimal":
        return _decimal(value, kind.places)
    if k == "datetime":
        return _datetime(value)
    if k == "date":
        if isinstance(value, str) and len(value.strip()) == 10:
            return date.fromisoformat(value.strip())
        return _datetime(value).date()
    if k == "boolean":
        if isinstance(value, str):
            low = value.strip().lower()
            if low not in ("true", "false", "1", "0"):
                raise ValueError(f"{value!r} is not yes/no")
            return low in ("true", "1")
        return bool(value)
    if k == "option":
        return int(_decimal(value, None) or 0)
    if k == "multioption":
        return _options(value)
    if k == "guid":
        return _text(value).lower() if _text(value) else None
    return _text(value)


def same(expected: Any, actual: Any, kind: Kind) -> bool:
    """Whether the org's value is what was expected, after normalising both.

    Nothing expected means nothing was sent: a two-option column then holds its default, a
    state or status the platform's choice and a case's or a document's number the org's own,
    all fine; any other column must be empty."""
    if expected == actual and type(expected) is type(actual):
        return True  # the same value as sent: the same once normalised
    try:
        e = normalise(expected, kind)
    except ValueError:
        e = _text(expected)
    try:
        a = normalise(actual, kind)
    except ValueError:
        return False
    if e is None:
        if kind.platform_filled:
            return True
        if kind.name == "boolean" and kind.default is not None:
            return a is None or a == bool(kind.default)
    return e == a


def display(value: Any, kind: Kind) -> str:
    """A value as a person reads it in mismatches.csv and the spot check."""
    try:
        v = normalise(value, kind)
    except ValueError:
        return "" if value is None else str(value)
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(v, frozenset):
        return ",".join(str(x) for x in sorted(v))
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)
