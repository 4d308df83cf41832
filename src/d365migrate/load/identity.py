"""How a migrated record is found again: by its SmartDesk id in an alternate-key column, or,
for a table that cannot take a new column (the note table, ``annotation``), by a record id
derived from the SmartDesk id and supplied on create.

The derived id is a UUID 5 of the map entry and the source id, so the same SmartDesk note
becomes the same Dataverse note on every run (re-runs update it, rollback finds it), and a
note and an attachment with the same number in SmartDesk never collide.
"""

from __future__ import annotations

import uuid
from typing import Any

from d365migrate.load.order import base_unit

NAMESPACE = uuid.UUID("6f1c9a52-5d7e-4b8e-9a53-d365a1e0c0de")


def record_id(unit: str, source_id: str) -> str:
    """The Dataverse id a record of ``unit`` with this SmartDesk id is created with."""
    return str(uuid.uuid5(NAMESPACE, f"{unit}/{source_id}"))


def stored_source_id(unit: str, table: str, source_id: str) -> str:
    """What the source-id column holds for a record: the SmartDesk id, prefixed by the map
    entry where an entry fills another entry's table (a ticket's messages and the activity
    emails both become emails, and their SmartDesk ids may share numbers). A further file
    of a table's kind (``contact_2``) keys its ids with its file's name already
    (staging/further_ids.py): stored as staged, so that links into it read back from the
    org (a delta run) find them by the ids its links carry."""
    return source_id if base_unit(unit) == table else f"{unit}/{source_id}"


def takes_source_id_column(table_def: dict[str, Any]) -> bool:
    """Whether the org lets us add the source-id column to this table (its metadata says:
    ``CanCreateAttributes``); where it does not, records are keyed by derived ids."""
    can = table_def.get("CanCreateAttributes")
    if isinstance(can, dict):
        can = can.get("Value")
    return can is not False
