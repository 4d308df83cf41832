"""Parameters of one engagement's run, read from a YAML file in ``parameters/``.

Secrets never live here: a parameters file that carries one is refused, so it cannot leak
into executed notebooks, ``run.json`` or reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from d365migrate.load.order import LOAD_ORDER
from d365migrate.runfolder import EngagementFolder

SECRET_KEYS = re.compile(r"(secret|password|token|api[_-]?key)", re.I)


class ParametersError(ValueError):
    """The parameters file is missing, malformed or unsafe; the message names the key."""


@dataclass
class Parameters:
    """What a run needs to know; paths are resolved against the working directory."""

    source_file: Path
    engagement: str
    export: Path
    objects: list[str]
    runs_dir: Path = Path("runs")
    sample_export: dict[str, Any] | None = None
    mapping_file: Path | None = None
    confirm_as: str | None = None
    fallback_owner_email: str | None = None
    destination_url: str | None = None
    publisher_prefix: str = "new"
    chunk_size: int = 1000
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def engagement_dir(self) -> Path:
        return self.runs_dir / self.engagement

    @property
    def mapping_path(self) -> Path:
        return self.mapping_file or EngagementFolder(self.engagement_dir).mapping

    @property
    def source_id_column(self) -> str:
        return f"{self.publisher_prefix}_smartdeskid"

    def public(self) -> dict[str, Any]:
        """The parameters as recorded in ``run.json`` (the file holds no secrets by rule)."""
        return {"parameters_file": str(self.source_file), **self.raw}


def _find_secrets(node: Any, path: str = "") -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for k, v in node.items():
            here = f"{path}.{k}" if path else str(k)
            if SECRET_KEYS.search(str(k)) and v not in (None, ""):
                found.append(here)
            found += _find_secrets(v, here)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            found += _find_secrets(v, f"{path}[{i}]")
    return found


def project_root(parameters_file: Path) -> Path:
    """Relative paths in a parameters file count from the project root (above ``parameters/``),
    so a notebook opened in ``notebooks/`` and a batch run from the root agree."""
    folder = parameters_file.resolve().parent
    return folder.parent if folder.name == "parameters" else folder


def load_parameters(path: str | Path) -> Parameters:
    """Read and check a parameters file; errors name the file and the key."""
    path = Path(path)
    if not path.exists():
        raise ParametersError(f"{path}: parameters file not found")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ParametersError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise ParametersError(f"{path}: expected a mapping of keys at the top level")
    secrets = _find_secrets(raw)
    if secrets:
        raise ParametersError(
            f"{path}: {', '.join(secrets)} looks like a secret; put it in the environment "
            "(AZURE_CLIENT_SECRET) or a keyring, never in a parameters file"
        )
    for key in ("engagement", "export"):
        if not raw.get(key):
            raise ParametersError(f"{path}: required key '{key}' is missing")
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", str(raw["engagement"])):
        raise ParametersError(f"{path}: engagement '{raw['engagement']}' must be a folder name")
    objects = raw.get("objects") or ["account", "contact"]
    unknown = [o for o in objects if o not in LOAD_ORDER]
    if unknown:
        raise ParametersError(f"{path}: objects {unknown} are not Dataverse tables we load "
                              f"(choose from {LOAD_ORDER})")
    base = project_root(path)
    mapping = raw.get("mapping") or {}
    owners = raw.get("owners") or {}
    dest = raw.get("destination") or {}
    load = raw.get("load") or {}
    return Parameters(
        source_file=path,
        engagement=str(raw["engagement"]),
        export=base / raw["export"],
        objects=sorted(objects, key=LOAD_ORDER.index),
        runs_dir=base / raw.get("runs_dir", "runs"),
        sample_export=raw.get("sample_export"),
        mapping_file=base / mapping["file"] if mapping.get("file") else None,
        confirm_as=mapping.get("confirm_as"),
        fallback_owner_email=owners.get("fallback_owner_email"),
        destination_url=dest.get("url"),
        publisher_prefix=str(raw.get("publisher_prefix", "new")),
        chunk_size=int(load.get("chunk_size", 1000)),
        raw=raw,
    )
