"""The vocabulary files name each word once: YAML keeps only the last of two equal keys, so
a second entry silently replaces the first (keys15's 'from_date' once dropped Freshsales'
appointment start that way)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "d365migrate"
FILES = sorted(DATA.glob("*/data/*.yml"))


def _repeated_keys(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
        counts = Counter(str(loader.construct_object(k)) for k, _ in node.value)
        found.extend((node.start_mark.line + 1, k) for k, n in counts.items() if n > 1)
        return yaml.SafeLoader.construct_mapping(loader, node)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(text, Loader=Loader)  # noqa: S506 - a SafeLoader subclass
    return found


def test_the_check_finds_a_repeated_key() -> None:
    assert _repeated_keys("words:\n  due: {task: [a]}\n  due: {task: [b]}\n") == [(2, "due")]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_word_is_named_twice(path: Path) -> None:
    assert _repeated_keys(path.read_text(encoding="utf-8")) == []
