"""The word files hold each key once (a YAML mapping silently keeps the last of two equal
keys: a merge once left two 'state_id' entries in synonyms.yml, the second, for cases only,
overriding the first, and Odoo's partners lost their state). Checked for every word file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "d365migrate" / "mapping" / "data"


class _Strict(yaml.SafeLoader):
    """A loader that says which keys a mapping repeats, and where."""

    repeated: list[str] = []


def _mapping(loader: _Strict, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys = [(loader.construct_object(k, deep=True), k.start_mark.line + 1)
            for k, _ in node.value]
    counts = Counter(k for k, _ in keys)
    loader.repeated += [f"{k!r} (line {line})" for k, line in keys if counts[k] > 1]
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def repeated_keys(text: str) -> list[str]:
    _Strict.repeated = []
    yaml.load(text, Loader=_Strict)  # noqa: S506 - a SafeLoader subclass
    return list(_Strict.repeated)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.yml")))
def test_a_word_file_holds_each_key_once(name: str) -> None:
    assert repeated_keys((DATA / name).read_text(encoding="utf-8")) == []


def test_the_check_sees_a_repeated_key() -> None:
    assert repeated_keys("columns:\n  state_id: [a]\n  other: [b]\n  state_id: [c]\n") == [
        "'state_id' (line 2)", "'state_id' (line 4)"]
