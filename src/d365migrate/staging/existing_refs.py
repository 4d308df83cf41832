"""The reference a staged row holds for a lookup bound to a record already in the org, not to
one the export carries (``existing:{"match": ..., "table": ...}``). Staging writes it for every
row; the load finds the record it stands for (``load.existing``) and verification reads it
back as the records were bound. Here, so staging needs nothing of the load."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = ["EXISTING", "existing_key", "is_existing_key"]

EXISTING = "existing:"


def existing_key(spec: Mapping[str, Any]) -> str:
    """The reference a staged row holds for the existing record (one for every row)."""
    return EXISTING + json.dumps({"table": spec["table"], "match": spec["match"]},
                                 sort_keys=True, ensure_ascii=False)


def is_existing_key(ref: str) -> bool:
    return ref.startswith(EXISTING)
