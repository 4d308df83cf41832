"""Choice values written in a customer's language, read as the English of the options.

An export in French says 'Planifiée', 'Terminée', 'Haute'; Dataverse labels its options in
English ('Open', 'Completed', 'High'). The words are data (``data/foreign_values.yml``); a
value is read only when every language that lists it reads it alike (Spanish and Portuguese
'alta' are both high), so no file's language has to be known first.
"""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from d365migrate.intake.content_words import folded

__all__ = ["english_value"]


@functools.lru_cache(maxsize=1)
def _readings() -> dict[str, str]:
    """Folded value -> its one English reading (values the languages read apart left out)."""
    text = (resources.files("d365migrate.mapping") / "data" / "foreign_values.yml").read_text(
        "utf-8")
    seen: dict[str, set[str]] = {}
    for words in (yaml.safe_load(text) or {}).values():
        for k, v in (words or {}).items():
            seen.setdefault(folded(str(k)), set()).add(str(v).lower())
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def english_value(value: str) -> str | None:
    """The English a choice value in another language says ('Non démarrée' -> 'not
    started'), or None when no list holds it."""
    return _readings().get(folded(value))
