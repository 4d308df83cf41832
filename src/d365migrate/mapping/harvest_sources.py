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
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from d365migrate.intake.content_words import folded
from d365migrate.mapping.catalogs import read_catalog
from d365migrate.mapping.word_harvest import Harvest, harvest_pairs, language_code
from d365migrate.script_labels import script_key

__all__ = ["Harvested", "harvest_from_clones", "harvest_sources", "load_manifest",
           "write_harvest"]

#: A source whose catalogs are keyed by their English text (gettext, Kanboard's PHP arrays)
#: names no English catalog: ``english: "=keys"``.
_KEYS = "=keys"

_HEADER = """\
# Harvested by `d365migrate vocabulary harvest` from the translation catalogs that
# harvest_sources.yml names (permissively licensed programs: MIT, BSD, Apache-2.0):
# {sources}.
# Read after the hand-written lists, which win where both hold a word. Review a new
# harvest's diff like any change.
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


@dataclass
class Harvested:
    """A harvest's four files: column and kind words keyed by their fold, and the labels of
    scripts the fold drops (:mod:`d365migrate.script_labels`), keyed by their letters."""

    words: dict[str, dict[str, str]] = field(default_factory=dict)
    kinds: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    script_words: dict[str, dict[str, str]] = field(default_factory=dict)
    script_kinds: dict[str, dict[str, list[str]]] = field(default_factory=dict)


def harvest_from_clones(clones: Mapping[str, Path], manifest: Mapping[str, Any] | None = None,
                        known: Mapping[str, Any] | None = None,
                        english: frozenset[str] = frozenset(),
                        columns: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None,
                        readable: Callable[[str, str], bool] | None = None,
                        ) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, list[str]]]]:
    """The column words and the kind words of every source the manifest names, read from
    ``clones`` (source name -> a clone holding its commit)."""
    got = harvest_sources(clones, manifest, known, english, columns, readable)
    return got.words, got.kinds


def harvest_sources(clones: Mapping[str, Path], manifest: Mapping[str, Any] | None = None,
                    known: Mapping[str, Any] | None = None,
                    english: frozenset[str] = frozenset(),
                    columns: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None,
                    readable: Callable[[str, str], bool] | None = None,
                    script_readable: Callable[[str], bool] | None = None,
                    script_kind_readable: Callable[[str], bool] | None = None) -> Harvested:
    """:func:`harvest_from_clones` with the words of the scripts the fold drops too.

    Sources are read in rounds (a source's ``round``, 0 unless given): a later round's
    translators add words, never change or drop an earlier round's (reviewed, measured)."""
    manifest = manifest or load_manifest()
    rounds: dict[int, list[Mapping[str, Any]]] = defaultdict(list)
    for source in manifest.get("sources") or []:
        rounds[int(source.get("round") or 0)].append(source)
    got = Harvested()
    for n in sorted(rounds):
        more = _harvest_round(rounds[n], clones, manifest, known, english, columns, readable,
                              script_readable, script_kind_readable)
        got = Harvested(_after(got.words, more.words, folded), _after(got.kinds, more.kinds),
                        _after(got.script_words, more.script_words, script_key),
                        _after(got.script_kinds, more.script_kinds))
    return got


def _after(first: Mapping[str, Mapping[str, Any]], then: Mapping[str, Mapping[str, Any]],
           key: Callable[[str], str] | None = None) -> dict[str, Any]:
    """``first``'s words with ``then``'s added: a word ``first`` holds (as its key reads it)
    keeps its reading; a kind word ``first`` files under one kind is filed under no other."""
    out: dict[str, Any] = {}
    for lang in sorted(set(first) | set(then)):
        old, new = first.get(lang, {}), then.get(lang, {})
        if key is not None:
            have = {key(w) for w in old}
            out[lang] = {**{w: r for w, r in new.items() if key(w) not in have}, **old}
            continue
        filed = {w for ws in old.values() for w in ws}
        out[lang] = {kind: sorted({*old.get(kind, ()), *(w for w in new.get(kind, ())
                                                          if w not in filed or
                                                          w in old.get(kind, ()))})
                     for kind in sorted(set(old) | set(new))}
    return out


def _harvest_round(sources: list[Mapping[str, Any]], clones: Mapping[str, Path],
                   manifest: Mapping[str, Any], known: Mapping[str, Any] | None,
                   english: frozenset[str],
                   columns: Mapping[str, Mapping[str, tuple[str, ...]]] | None,
                   readable: Callable[[str, str], bool] | None,
                   script_readable: Callable[[str], bool] | None,
                   script_kind_readable: Callable[[str], bool] | None) -> Harvested:
    harvest = Harvest()
    for source in sources:
        name = str(source["name"])
        if name not in clones:
            raise RuntimeError(f"no clone given for the source '{name}' "
                               f"({source['repository']} at {source['commit']})")
        catalogs = _catalogs(source, clones[name])
        tags = {str(k): str(v) for k, v in (source.get("tags") or {}).items()}
        base = catalogs.get(str(source["english"]))
        if str(source["english"]) == _KEYS:
            base = {k: k.split(".", 1)[1] for catalog in catalogs.values() for k in catalog}
        if not base:
            raise RuntimeError(f"{name}: no English catalog '{source['english']}'")
        for tag, catalog in sorted(catalogs.items()):
            lang = language_code(tags.get(tag, tag))
            if lang is not None and tag != str(source["english"]):
                harvest_pairs(harvest, lang, catalog, base)
    rejected = manifest.get("rejected") or {}
    return Harvested(
        harvest.words(known or {}, english, rejected.get("words") or {},
                      readable or (lambda _lang, _label: False)),
        harvest.kind_words(columns or {}, rejected.get("kinds") or {}),
        harvest.script_words(rejected.get("words") or {},
                             script_readable or (lambda _label: False)),
        harvest.script_kind_words(rejected.get("kinds") or {},
                                  script_kind_readable or (lambda _word: False)))


def write_harvest(words: Mapping[str, Any], kinds: Mapping[str, Any], words_path: Path,
                  kinds_path: Path, manifest: Mapping[str, Any] | None = None,
                  scripts: Mapping[Path, Mapping[str, Any]] | None = None) -> None:
    """Writes the generated files (``scripts``: more, path -> data), each under a header
    naming its sources."""
    manifest = manifest or load_manifest()
    names = ", ".join(f"{s['repository']}@{str(s['commit'])[:10]}"
                      for s in manifest.get("sources") or [])
    header = _HEADER.format(sources=names)
    for path, data in ((words_path, words), (kinds_path, kinds), *(scripts or {}).items()):
        body = yaml.safe_dump(dict(data), allow_unicode=True, sort_keys=True, width=100)
        path.write_text(header + body, encoding="utf-8")
