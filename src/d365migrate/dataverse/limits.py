"""Dataverse's documented limits, in one place (sources: ``reference/dataverse-web-api.md``).

Service protection is metered per user over a sliding window: a request count, the combined
execution time, and requests in flight. The daily entitlement counts each record of a bulk
call. Note files above ``maxuploadfilesize`` (default 5 MB) are refused; larger ones, once an
admin raises it, go in 4 MB blocks. A ``$batch`` holds at most 1,000 operations.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

MAX_REQUESTS = 6_000  # per user in the window
WINDOW_SECONDS = 300.0  # the sliding window (5 minutes)
MAX_EXECUTION_MS = 1_200_000  # combined execution time in the window (20 minutes)
MAX_CONCURRENT = 52  # requests in flight per user
DEFAULT_DOP = 4  # "about 4 requests flat out" under the execution-time limit

DAILY_PER_LICENCE = 40_000  # requests a licensed user a day
TENANT_POOL_BASE = 500_000  # non-licensed (application) users share a tenant pool
TENANT_POOL_PER_LICENCE = 5_000
TENANT_POOL_CAP = 10_000_000

MAX_UPLOAD_FILE_BYTES = 5 * 1024 * 1024  # maxuploadfilesize default
NOTE_BLOCK_BYTES = 4 * 1024 * 1024  # UploadBlock size
MAX_BATCH_OPERATIONS = 1_000  # operations in one $batch



@dataclass(frozen=True)
class ServiceProtection:
    """One user's service-protection limits as a run starts from them: the documented ones,
    or what the parameters state for the org (``load.service_protection``); ``source`` says
    which, for ``run.json``."""

    requests: int = MAX_REQUESTS
    execution_seconds: float = MAX_EXECUTION_MS / 1000
    window_seconds: float = WINDOW_SECONDS
    concurrent: int = MAX_CONCURRENT
    source: str = "documented"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


DOCUMENTED = ServiceProtection()
