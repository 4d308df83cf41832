"""Candidates for the shared vocabulary from analysts' corrections, as a patch a person reviews.

One customer's habit is not CRM vocabulary: a correction kept for an engagement
(:mod:`d365migrate.mapping.learned`) changes that customer's next proposal only. When the
same column name was mapped to the same target by analysts of several engagements, it is a
candidate for ``data/synonyms.yml``, which every engagement's suggestions read. Nothing here
changes that file:

- :func:`propose_patch` counts, per column name, table and target, how many engagements
  agree (and how many chose otherwise) and writes a YAML patch; a candidate is marked
  ``accept: true`` only when at least ``min_engagements`` agree and more agree than not. The
  patch holds column names, targets and counts: no engagement names, no values.
- :func:`apply_patch` writes the accepted candidates into a *copy* of the vocabulary named by
  the reviewer (never the installed file), saying who reviewed them. The copy is diffed and
  committed as ``data/synonyms.yml`` like any change of the code: the shared vocabulary grows
  only through a reviewed commit, never as a side effect of a run.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from d365migrate.mapping.learned import load_learned
from d365migrate.mapping.mapfile import MappingError
from d365migrate.mapping.vocabulary import Vocabulary, load_vocabulary
from d365migrate.runfolder import EngagementFolder

__all__ = ["propose_patch", "write_patch", "apply_patch", "installed_vocabulary"]

#: Agreeing engagements a candidate needs to be marked for acceptance.
MIN_ENGAGEMENTS = 2


def installed_vocabulary() -> Path:
    """The vocabulary the suggestion engine reads (the package's ``data/synonyms.yml``)."""
    return Path(str(resources.files("d365migrate.mapping") / "data" / "synonyms.yml"))


def _custom(target: str, vocab: Vocabulary) -> bool:
    """A column of one customer's solution (``new_tier``), not of every org."""
    return "_" in target and not re.match(r"address\d_", target) and not target.startswith(
        vocab.prefixes)


def _known(vocab: Vocabulary, phrase: str, table: str) -> list[str]:
    scoped = vocab.columns.get(phrase) or {}
    return list(scoped.get(table) or []) + [t for t in scoped.get("*") or []
                                            if t not in (scoped.get(table) or [])]


def propose_patch(engagements: list[Path], *, min_engagements: int = MIN_ENGAGEMENTS,
                  vocab: Vocabulary | None = None) -> dict[str, Any]:
    """The candidate synonyms of the engagements' learned corrections, as a patch."""
    vocab = vocab or load_vocabulary()
    chosen: dict[tuple[str, str], dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for i, folder in enumerate(engagements):
        if not Path(folder).is_dir():
            raise FileNotFoundError(f"{folder}: no engagement folder")
        for c in load_learned(EngagementFolder(Path(folder))).corrections:
            target, phrase, table = c.get("chosen"), c.get("column"), c.get("table")
            if c.get("what") != "column" or not target or not phrase or not table:
                continue
            if _custom(str(target), vocab):
                continue
            chosen[(str(phrase), str(table))][str(target)].add(i)
    candidates = []
    for (phrase, table), targets in sorted(chosen.items()):
        now = _known(vocab, phrase, table)
        for target, agree in sorted(targets.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            if now[:1] == [target]:
                continue  # the vocabulary says so already
            others = {t: len(e) for t, e in targets.items() if t != target}
            candidates.append({
                "column": phrase, "table": table, "target": target,
                "engagements": len(agree), "chose_otherwise": others,
                "vocabulary_now": now,
                "accept": len(agree) >= min_engagements and len(agree) > sum(others.values()),
            })
    return {
        "about": "candidate synonyms for data/synonyms.yml from analysts' confirmed "
                 "corrections; review, set accept, then `d365migrate vocabulary apply` to a "
                 "copy and commit the copy. Nothing is changed by this file on its own.",
        "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "engagements_read": len(engagements), "min_engagements": min_engagements,
        "candidates": candidates,
    }


def write_patch(patch: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(patch, sort_keys=False, allow_unicode=True, width=100),
                    encoding="utf-8")
    return path


# -- applying to a copy -------------------------------------------------------------------------
def _flow(entry: dict[str, list[str]]) -> str:
    def key(k: str) -> str:
        return f'"{k}"' if not re.fullmatch(r"[a-z0-9_]+", k) else k
    return "{" + ", ".join(f"{key(k)}: [{', '.join(v)}]" for k, v in entry.items()) + "}"


def _section(lines: list[str], name: str) -> tuple[int, int]:
    """First and past-last line of a top-level section (``columns:``)."""
    start = next((i for i, line in enumerate(lines) if line.rstrip() == f"{name}:"), None)
    if start is None:
        raise MappingError(f"the vocabulary has no '{name}:' section")
    end = next((i for i in range(start + 1, len(lines))
                if re.match(r"[A-Za-z_]", lines[i])), len(lines))
    while end > start + 1 and (not lines[end - 1].strip()
                               or lines[end - 1].lstrip().startswith("#")):
        end -= 1  # the next section's comments stay with it
    return start, end


def _put(lines: list[str], phrase: str, table: str, target: str, note: str) -> list[str]:
    """``columns:`` with ``target`` first for ``phrase`` on ``table`` (one entry rewritten as
    a flow line, or a new line at the section's end); the name quoted, so a column called
    'No' or 'On' stays a name, not a YAML boolean."""
    start, end = _section(lines, "columns")
    pattern = re.compile(rf'  ["\']?{re.escape(phrase)}["\']?:(\s|$)')
    at = next((i for i in range(start + 1, end) if pattern.match(lines[i])), None)
    if at is None:
        return [*lines[:end], f'  "{phrase}": {_flow({table: [target]})}  # {note}',
                *lines[end:]]
    stop = next((i for i in range(at + 1, end) if lines[i].strip()
                 and not lines[i].startswith("   ")), end)
    old = yaml.safe_load("\n".join(line[2:] for line in lines[at:stop])) or {}
    value = next(iter(old.values())) if isinstance(old, dict) and old else {}
    entry: dict[str, list[str]] = ({"*": list(value)} if isinstance(value, list)
                                   else {str(k): list(v) for k, v in (value or {}).items()})
    entry[table] = [target] + [t for t in entry.get(table, []) if t != target]
    return [*lines[:at], f'  "{phrase}": {_flow(entry)}  # {note}', *lines[stop:]]


def apply_patch(patch_path: Path, to: Path, reviewed_by: str, *,
                base: Path | None = None) -> list[dict[str, Any]]:
    """Write the patch's accepted candidates into the vocabulary copy ``to`` (started from
    ``base`` or the installed vocabulary when it does not exist yet); returns them. Refuses
    the installed file itself: that changes through a reviewed commit of the copy."""
    if not reviewed_by or not reviewed_by.strip():
        raise MappingError("applying vocabulary candidates needs the reviewer's name")
    if Path(to).resolve() == installed_vocabulary().resolve():
        raise MappingError(f"{to} is the installed vocabulary: apply the patch to a copy, "
                           "review its diff and commit it")
    patch = yaml.safe_load(Path(patch_path).read_text(encoding="utf-8")) or {}
    if not isinstance(patch, dict) or not isinstance(patch.get("candidates"), list):
        raise MappingError(f"{patch_path}: not a vocabulary patch (no 'candidates' list)")
    accepted = [c for c in patch["candidates"] if isinstance(c, dict) and c.get("accept")]
    source = Path(to) if Path(to).exists() else (base or installed_vocabulary())
    lines = source.read_text(encoding="utf-8").splitlines()
    day = datetime.now(UTC).date().isoformat()
    for c in accepted:
        for k in ("column", "table", "target"):
            if not re.fullmatch(r"[\w*]+", str(c.get(k) or "")):
                raise MappingError(f"{patch_path}: candidate {c}: '{k}' is not a name")
        note = (f"reviewed by {reviewed_by.strip()} {day}: {c.get('engagements')} "
                "engagement(s) agree")
        lines = _put(lines, str(c["column"]), str(c["table"]), str(c["target"]), note)
    text = "\n".join(lines) + "\n"
    Path(to).parent.mkdir(parents=True, exist_ok=True)
    Path(to).write_text(text, encoding="utf-8")
    check = load_vocabulary.__wrapped__(str(to))  # read as the engine reads it, uncached
    for c in accepted:
        if _known(check, str(c["column"]), str(c["table"]))[:1] != [str(c["target"])]:
            raise MappingError(f"{to}: {c['column']} on {c['table']} does not read as "
                               f"{c['target']} after the patch")
    return accepted
