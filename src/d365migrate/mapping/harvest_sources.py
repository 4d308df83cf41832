"""The harvest's sources (``data/harvest_sources.yml``) read from clones of their repositories.

The manifest names each program's repository, commit, licence and catalog paths; the
catalogs are read at that commit with ``git show`` from a clone the person running the
harvest gives, so the words written can be traced to the bytes they came from.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections import defaultdict
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from d365migrate.mapping.catalogs import read_catalog
from d365migrate.mapping.word_harvest import Harvest, harvest_pairs, language_code

__all__ = ["harvest_from_clones", "load_manifest", "write_harvest"]

_HEADER = """\
# Harvested by `d365migrate vocabulary harvest` from the translation catalogs that
# harvest_sources.yml names (MIT-licensed programs: {sources}); read after the hand-written
# lists, which win where both hold a word. Review a new harvest's diff like any change.
# Generated: edit harvest_sources.yml (its 'rejected' list) and harvest again, not this file.
"""


def load_manifest(path: Path | None = None) -> dict[str, Any]:
    """The sources and the review's rejected words."""
    if path is None:
        text = (resources.files("d365migrate.mapping") / "data" / "harvest_sources.yml"
                ).read_text("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


def _git(clone: Path, *args: str) -> str:
    out = subprocess.run(["git", "-C", str(clone), *args], capture_output=True, check=False)
    if out.returncode:
        raise RuntimeError(f"git {' '.join(args[:2])} in {clone.name}: "
                           f"{out.stderr.decode('utf-8', 'replace').strip()}")
    return out.stdout.decode("utf-8")


def _catalogs(source: Mapping[str, Any], clone: Path) -> dict[str, dict[str, str]]:
    """Language tag -> the program's messages in it, keyed '<domain>.<message key>'."""
    pattern = str(source["catalogs"])
    domains = [str(d) for d in source.get("domains") or [""]]
    fixed = pattern.split("{", 1)[0]
    folder = fixed.rsplit("/", 1)[0] if "/" in fixed else ""
    names = _git(clone, "ls-tree", "-r", "--name-only", str(source["commit"]), "--",
                 folder or ".").splitlines()
    out: dict[str, dict[str, str]] = defaultdict(dict)
    with tempfile.TemporaryDirectory() as tmp:
        for domain in domains:
            rx = re.escape(pattern.replace("{domain}", domain)).replace(
                re.escape("{lang}"), r"(?P<lang>[^/]+?)")
            for name in names:
                m = re.fullmatch(rx, name)
                if m is None:
                    continue
                local = Path(tmp) / Path(name).name
                local.write_text(_git(clone, "show", f"{source['commit']}:{name}"), "utf-8")
                out[m.group("lang")].update(
                    {f"{domain}.{k}": v for k, v in read_catalog(local).items()})
    return out


def harvest_from_clones(clones: Mapping[str, Path], manifest: Mapping[str, Any] | None = None,
                        known: Mapping[str, Any] | None = None,
                        english: frozenset[str] = frozenset(),
                        columns: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None,
                        readable: Callable[[str, str], bool] | None = None,
                        ) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, list[str]]]]:
    """The column words and the kind words of every source the manifest names, read from
    ``clones`` (source name -> a clone holding its commit)."""
    manifest = manifest or load_manifest()
    harvest = Harvest()
    for source in manifest.get("sources") or []:
        name = str(source["name"])
        if name not in clones:
            raise RuntimeError(f"no clone given for the source '{name}' "
                               f"({source['repository']} at {source['commit']})")
        catalogs = _catalogs(source, clones[name])
        base = catalogs.get(str(source["english"]))
        if not base:
            raise RuntimeError(f"{name}: no English catalog '{source['english']}'")
        for tag, catalog in sorted(catalogs.items()):
            lang = language_code(tag)
            if lang is not None:
                harvest_pairs(harvest, lang, catalog, base)
    rejected = manifest.get("rejected") or {}
    words = harvest.words(known or {}, english, rejected.get("words") or {},
                          readable or (lambda _lang, _label: False))
    kinds = harvest.kind_words(columns or {}, rejected.get("kinds") or {})
    return words, kinds


def write_harvest(words: Mapping[str, Any], kinds: Mapping[str, Any], words_path: Path,
                  kinds_path: Path, manifest: Mapping[str, Any] | None = None) -> None:
    """Writes the two generated files, each under a header naming its sources."""
    manifest = manifest or load_manifest()
    names = ", ".join(f"{s['repository']}@{str(s['commit'])[:10]}"
                      for s in manifest.get("sources") or [])
    header = _HEADER.format(sources=names)
    for path, data in ((words_path, words), (kinds_path, kinds)):
        body = yaml.safe_dump(dict(data), allow_unicode=True, sort_keys=True, width=100)
        path.write_text(header + body, encoding="utf-8")
