"""The CRM vocabulary the suggestion engine reads, and how it splits and compares names.

Words live in two places, one for each question:

- Which *object* a name means (``companies``, ``Opportunity``, ``company_id``, ``owner_email``):
  discovery's object kinds and their words (:data:`d365migrate.intake.discover.KIND_WORDS`),
  turned into Dataverse tables by ``data/synonyms.yml`` (``tables:``, keyed by kind). Words
  that name no object kind (``currency``, ``parent``) are in ``entities:``.
- Which *column* a name means (``mobile`` -> ``mobilephone``): ``data/synonyms.yml``
  (``columns:``, ``weak:``, ``tokens:``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from d365migrate.intake.html_entities import unescaped
from d365migrate.intake.json_paths import path_field_name
from d365migrate.intake.kinds import kind_of_word
from d365migrate.intake.path_columns import without_path
from d365migrate.intake.section_headers import without_section
from d365migrate.mapping.relation_paths import related_field

#: libyaml's safe loader when installed: the synonyms file loads 8x faster (0.06 -> 0.007 s
#: of CPU, once per process).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

__all__ = ["Vocabulary", "load_vocabulary", "split_words", "phrase", "singular", "norm_words",
           "source_words", "marked_custom", "object_stem", "words_sim", "GENERIC_WORDS", "expanded"]

_STOPWORDS = {"of", "the", "a", "an", "for", "in", "to", "by", "and", "is", "on", "at"}
_ABBREV = {"no": "number", "num": "number", "nbr": "number", "est": "estimated",
           "amt": "amount", "qty": "quantity", "desc": "description", "addr": "address",
           "tel": "telephone", "org": "organization", "dept": "department", "emp": "employee",
           "mob": "mobile", "cell": "mobile", "www": "website",
           "prob": "probability", "pct": "percent", "zip": "postal"}
#: Words of a file name that say nothing about what it holds ('deals_export_2024').
GENERIC_WORDS = {"export", "data", "list", "record", "csv", "dump", "table", "all", "backup",
                 "file", "extract", "full", "sheet"}


@functools.lru_cache(maxsize=4096)
def _kind(word: str) -> str | None:
    return kind_of_word(word)


@dataclass(frozen=True)
class Vocabulary:
    """``data/synonyms.yml`` as read: ``tables`` is object kind -> Dataverse tables."""

    tables: dict[str, list[str]]
    entities: dict[str, str]
    tokens: dict[str, str]
    ignore: tuple[str, ...]
    prefixes: tuple[str, ...]
    columns: dict[str, dict[str, list[str]]]
    weak: dict[str, dict[str, list[str]]]
    format_primary: dict[str, list[str]]

    def kind_tables(self, kind: str | None) -> list[str]:
        """Dataverse tables for one of discovery's object kinds, best first."""
        return list(self.tables.get(kind or "", []))

    def word_tables(self, word: str) -> list[str]:
        """Tables for the object a name means ('companies' -> account), through its kind."""
        return self.kind_tables(_kind(word))

    def entity(self, word: str) -> str | None:
        """The table a word of a reference column's name points at ('company' -> account,
        'owner' -> systemuser, 'parent' -> ``_self``), or None."""
        tables = self.word_tables(word)
        if tables:
            return tables[0]
        return self.entities.get(singular(word))


@functools.lru_cache(maxsize=8)
def load_vocabulary(path: str | None = None) -> Vocabulary:
    """The CRM vocabulary; ``path`` swaps in another synonyms file (same format)."""
    if path is None:
        text = (resources.files("d365migrate.mapping") / "data" / "synonyms.yml").read_text(
            "utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=_LOADER) or {}  # a safe loader, libyaml's when present

    def scoped(section: Mapping[str, Any] | None) -> dict[str, dict[str, list[str]]]:
        out: dict[str, dict[str, list[str]]] = {}
        for key, val in (section or {}).items():
            if isinstance(val, list):
                val = {"*": val}
            out[phrase(str(key))] = {str(t): [str(x) for x in v] for t, v in val.items()}
        return out

    return Vocabulary(
        tables={str(k): [str(x) for x in v] for k, v in (raw.get("tables") or {}).items()},
        entities={str(k): str(v) for k, v in (raw.get("entities") or {}).items()},
        tokens={str(k): str(v) for k, v in (raw.get("tokens") or {}).items()},
        ignore=tuple(str(x) for x in raw.get("ignore_targets") or ()),
        prefixes=tuple(str(x) for x in raw.get("solution_prefixes") or ()),
        columns=scoped(raw.get("columns")),
        weak=scoped(raw.get("weak")),
        format_primary={str(k): [str(x) for x in v]
                        for k, v in (raw.get("format_primary") or {}).items()},
    )


# -- names ------------------------------------------------------------------------------------
def split_words(name: str) -> list[str]:
    """'BillingPostalCode' / 'postal_code' / 'No. of Employees' -> lower-case words."""
    s = re.sub(r"([^\W_])(?=[A-Z][a-z])|([a-z0-9])(?=[A-Z])", r"\1\2 ", unescaped(name))
    return [w for w in re.split(r"[\W_]+", s.lower()) if w]


def phrase(name: str) -> str:
    return "_".join(split_words(name))


def singular(word: str) -> str:
    if word in ("people",):
        return "person"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def norm_words(words: Iterable[str]) -> tuple[str, ...]:
    """Words for comparing meaning: abbreviations expanded, stopwords dropped, singular."""
    out = []
    for w in words:
        w = _ABBREV.get(w, w)
        if w in _STOPWORDS:
            continue
        out.append(singular(w))
    return tuple(out)


def expanded(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with their abbreviations written out ('goal_amt' -> goal amount)."""
    return tuple(_ABBREV.get(w, w) for w in words)


#: A JSON path through a custom-field object ('custom_fields.market', Wix's
#: 'info.extendedFields.items.custom.url', ConnectWise's 'customFields.Story Points'): the
#: field after it is the site's own.
_CUSTOM_PATH = re.compile(r"(?:^|[.\[/])custom(?!er)[A-Za-z_]*[.\]/]", re.I)


def marked_custom(name: str) -> bool:
    """Whether a column's name carries a custom field's mark ('cf_x', 'X__c'): how the
    accuracy measure tells custom columns from standard ones, whatever else the engine reads
    as custom (a path through a custom-field object), so that no rule moves a column out
    of the standard figure."""
    raw = without_path(without_section(path_field_name(name))).strip()
    return raw[:3].lower() == "cf_" or raw.endswith("__c")


def source_words(name: str) -> tuple[list[str], bool]:
    """Words of a source column name and whether it is a custom field (cf_x, X__c)."""
    # iTop's 'org_id->name' is the reference org_id; YetiForce's 'Adres::Ulica' the field
    raw = without_path(without_section(path_field_name(name))).strip()
    # a custom-field path, but for a predefined field's code in capitals (amoCRM's
    # 'custom_fields_values.PHONE': the phone)
    custom = (m := _CUSTOM_PATH.search(name)) is not None and not name[m.end():].isupper()
    if raw[:3].lower() == "cf_":
        raw, custom = raw[3:], True
    if raw.endswith("__c"):
        raw, custom = raw[:-3], True
    # 'Customer Account Account name': the related account's name (mapping/relation_paths.py)
    return related_field(split_words(raw)) or [raw.lower()], custom


def object_stem(source_object: str | None) -> tuple[str, ...]:
    if not source_object:
        return ()
    words = split_words(Path(source_object).stem)
    return tuple(singular(w) for w in words)


def words_sim(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Dice similarity of two word lists; near-identical words (typos, plurals) count."""
    if not a or not b:
        return 0.0
    used: set[int] = set()
    hits = 0
    for w in a:
        for j, v in enumerate(b):
            if j in used:
                continue
            if w == v or (len(w) >= 5 and len(v) >= 5 and fuzz.ratio(w, v) >= 88):
                used.add(j)
                hits += 1
                break
    return 2 * hits / (len(a) + len(b))


