"""The emulated org: records and custom metadata in one SQLite file, methods named after operations.

Like SQLite itself the org is "just a file": a run, a re-run and a rollback in separate
processes see the same data. Records are JSON documents keyed by (table, id); alternate key
values live in their own table whose primary key makes duplicates impossible, exactly like the
unique index Dataverse builds for an alternate key.

Split the way moto splits a large service: one mixin per resource, composed into ``Backend``.
Each mixin inherits the mixins it calls, so the bases below are in dependency order
(``storage`` <- ``keys`` <- ``records`` <- ``bulk`` / ``file_blocks`` / ``cases``; ``reads``
and ``schema`` need only ``keys``; the state rules are plain functions in ``states``). The
``$filter`` compiler lives in ``dataverse_emulator.filter_sql``.
"""

from __future__ import annotations

from ..filter_sql import compile_filter
from .bulk import BulkMixin
from .cases import CasesMixin
from .file_blocks import FileBlocksMixin
from .keys import KeysMixin
from .reads import Page, ReadsMixin
from .records import Bind, RecordsMixin
from .schema import SchemaMixin
from .storage import (
    APP_USER_ID,
    BUSINESS_UNIT_ID,
    DEFAULT_USERS,
    ORG_ID,
    USER_NS,
    StorageMixin,
    Tx,
    etag,
    user_id_for,
    utcnow,
)

__all__ = ["Backend", "Page", "Bind", "Tx", "etag", "utcnow", "user_id_for", "compile_filter",
           "ORG_ID", "BUSINESS_UNIT_ID", "APP_USER_ID", "USER_NS", "DEFAULT_USERS"]


class Backend(CasesMixin, BulkMixin, FileBlocksMixin, RecordsMixin, ReadsMixin, SchemaMixin,
              KeysMixin, StorageMixin):
    """The org. Thread-safe: one SQLite connection per thread, one write lock per file."""
