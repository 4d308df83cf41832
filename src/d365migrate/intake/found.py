"""What discovery found, typed: written once to the run folder's ``discovery.json`` and read
back by the stages after it (the map proposal, the scope document)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from d365migrate.intake.read import IntakeGuess

__all__ = ["ObjectInfo", "Relationship", "CustomField", "Discovery", "write_discovery",
           "read_discovery", "table_and_column"]


@dataclass
class ObjectInfo:
    """One table and what it was identified as."""

    name: str  # object kind, one of OBJECT_KINDS
    source: str
    rows: int
    columns: list[dict[str, str]]
    primary_key: str | None
    confidence: float = 0.0
    evidence: list[str] = field(default_factory=list)
    key_candidates: list[dict[str, Any]] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    #: a table split over several files: each file and its rows (``file``, ``rows``,
    #: ``first_row``, ``notes``), in the order they were joined; empty for one file
    files: list[dict[str, Any]] = field(default_factory=list)
    #: why discovery left the file unknown, in its own words ('lead_lists': lists, not
    #: leads), for the inventory and the reports; None where it could not tell at all
    why: str | None = None

    def __post_init__(self) -> None:
        if "." in self.source:  # 'sap.capire.incidents-Customers': see table_and_column
            _DOTTED_SOURCES.add(self.source)

    @property
    def kind(self) -> str:
        return self.name

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ObjectInfo:
        return cls(d["name"], d["source"], int(d["rows"]), list(d.get("columns") or []),
                   d.get("primary_key"), float(d.get("confidence") or 0.0),
                   list(d.get("evidence") or []), list(d.get("key_candidates") or []),
                   dict(d.get("scores") or {}), list(d.get("files") or []), d.get("why"))


#: Files whose names hold dots (SAP CAP's 'sap.capire.incidents-Customers.csv'), as
#: discovery found them: a reference to one of their columns parts after the file's name.
_DOTTED_SOURCES: set[str] = set()


def table_and_column(ref: str) -> tuple[str, str]:
    """'contacts.company_id' -> ('contacts', 'company_id'); the first dot outside brackets
    parts them: Odoo names its files 'Activity (mail.activity)', and a column may hold dots
    ('links.website'); a file discovery found with dots in its name parts after that name
    ('sap.capire.incidents-Incidents.customer_ID')."""
    dotted = [s for s in _DOTTED_SOURCES if ref.startswith(s + ".")]
    if dotted:
        name = max(dotted, key=len)
        return name, ref[len(name) + 1:]
    depth = 0
    for i, ch in enumerate(ref):
        depth += (ch == "(") - (ch == ")")
        if ch == "." and depth == 0:
            return ref[:i], ref[i + 1:]
    return ref, ""


@dataclass
class Relationship:
    """A link found by value containment; match_rate = share of non-empty rows that match."""

    from_: str
    to: str
    match_rate: float
    kind: str = "id"  # id | name | email_domain | email | polymorphic
    rows: int = 0
    matched: int = 0
    via: str | None = None  # discriminator column for polymorphic links
    #: the part of a JSON record cell the link reads (``id``, ``name``), None for a plain
    #: cell (:mod:`d365migrate.intake.json_cells`)
    part: str | None = None
    #: for a link by a person's whole name: the target's name columns whose non-empty
    #: parts, joined by a space, make the name (``to`` names the first)
    #: (:mod:`d365migrate.intake.full_name_links`)
    joined: list[str] | None = None

    @property
    def source(self) -> str:
        """The table the link starts from (``contacts`` of ``contacts.company_id``)."""
        return table_and_column(self.from_)[0]

    @property
    def column(self) -> str:
        return table_and_column(self.from_)[1]

    @property
    def target_source(self) -> str:
        """The table the link points at (``companies`` of ``companies.company_id``)."""
        return table_and_column(self.to)[0]

    @property
    def target_column(self) -> str:
        return table_and_column(self.to)[1]

    @property
    def match_columns(self) -> str | list[str]:
        """What a lookup's fallback matches on in the target: its column, or for a link by a
        whole name the name's columns (the lookup joins their parts as discovery did)."""
        return list(self.joined) if self.joined else self.target_column

    @property
    def target_words(self) -> str:
        """The target's column(s) the link matches, as a person reads them."""
        return " + ".join(self.joined) if self.joined else self.target_column

    @property
    def certain(self) -> bool:
        """A link read from a JSON record's id (discovery keeps one only where its ids are
        long enough to name one record whatever the table, or most of them match): it holds
        at any share, the rest naming parents the export does not carry."""
        return self.part == "id" and self.kind == "id"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["from"] = d.pop("from_")
        if d["part"] is None:
            del d["part"]
        if d["joined"] is None:
            del d["joined"]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Relationship:
        return cls(d["from"], d["to"], float(d["match_rate"]), d.get("kind", "id"),
                   int(d.get("rows") or 0), int(d.get("matched") or 0), d.get("via"),
                   d.get("part"), d.get("joined"))


@dataclass
class CustomField:
    """A field the customer must pre-create in Dynamics 365 before the load."""

    object: str
    source: str
    column: str
    label: str
    type: str
    options: list[str] = field(default_factory=list)
    defined: bool = True  # listed in a definitions file (vs inferred from the data)
    present: bool = True  # column exists in the data
    fill_rate: float | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CustomField:
        return cls(**{k: d[k] for k in ("object", "source", "column", "label", "type")},
                   options=list(d.get("options") or []), defined=bool(d.get("defined", True)),
                   present=bool(d.get("present", True)), fill_rate=d.get("fill_rate"))


@dataclass
class Discovery:
    """Everything discovered about an export; written to ``discovery.json`` and read back.

    ``guesses`` are intake's per-file guesses (encoding, delimiter, column types, date and
    number formats: ``Export.guesses_dict()``), kept so later stages read what intake saw.
    """

    objects: list[ObjectInfo] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    custom_fields: list[CustomField] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)
    root: str = ""
    guesses: dict[str, dict[str, Any]] = field(default_factory=dict)

    def by_source(self, source: str) -> ObjectInfo | None:
        return next((o for o in self.objects if o.source == source), None)

    def kind_of(self, source: str) -> str | None:
        o = self.by_source(source)
        return o.name if o is not None else None

    def key_of(self, source: str) -> str | None:
        o = self.by_source(source)
        return o.primary_key if o is not None else None

    def sources(self, kind: str) -> list[str]:
        """Sources identified as `kind` (largest first; of two as large, the one surest of
        that kind first: SuiteCRM's Cases before its Bugs, both 50 rows)."""
        objs = sorted((o for o in self.objects if o.name == kind),
                      key=lambda o: (-o.rows, -o.confidence))
        return [o.source for o in objs]

    def source(self, kind: str) -> str | None:
        found = self.sources(kind)
        return found[0] if found else None

    def links_from(self, source: str, column: str | None = None) -> list[Relationship]:
        """Relationships starting at ``source`` (``column`` of it), best match first."""
        out = [r for r in self.relationships if r.source == source
               and (column is None or r.column == column)]
        return sorted(out, key=lambda r: -r.match_rate)

    def intake_guesses(self) -> dict[str, IntakeGuess]:
        """Intake's guesses per source as staging reads them (formats of dates and numbers)."""
        fields = set(IntakeGuess.__dataclass_fields__)
        return {source: IntakeGuess(**{k: v for k, v in g.items() if k in fields})
                for source, g in self.guesses.items()}

    def column_types(self, source: str) -> dict[str, str]:
        o = self.by_source(source)
        return {c["name"]: c["type"] for c in o.columns} if o is not None else {}

    def to_dict(self) -> dict[str, Any]:
        return {
            "about": "what each file of the export is, its key, how files link and custom "
                     "fields and intake's guesses of each column's format; written by discovery, "
                     "read by the mapping and staging steps and the scope document",
            "root": self.root,
            "objects": [asdict(o) for o in self.objects],
            "relationships": [r.to_dict() for r in self.relationships],
            "custom_fields": [asdict(c) for c in self.custom_fields],
            "problems": self.problems,
            "guesses": self.guesses,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Discovery:
        return cls([ObjectInfo.from_dict(o) for o in d.get("objects") or []],
                   [Relationship.from_dict(r) for r in d.get("relationships") or []],
                   [CustomField.from_dict(c) for c in d.get("custom_fields") or []],
                   list(d.get("problems") or []), str(d.get("root") or ""),
                   dict(d.get("guesses") or {}))

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False, default=str) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Discovery:
        return cls.from_dict(json.loads(text))


def write_discovery(discovery: Discovery, out: str | Path) -> Path:
    """Write ``discovery.json``: ``out`` is the file, or a folder to write it into."""
    path = Path(out)
    if path.suffix != ".json":
        path = path / "discovery.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(discovery.to_json(), encoding="utf-8")
    return path


def read_discovery(path: str | Path) -> Discovery:
    """The :class:`Discovery` a :func:`write_discovery` wrote (``discovery.json``)."""
    return Discovery.from_json(Path(path).read_text(encoding="utf-8"))
