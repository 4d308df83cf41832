"""The load's options on every writing client: the bypass headers, and who loads.

Recorded in ``run.json`` (names and client ids only, never a secret) so a reader of the run
knows which identities wrote and whether custom logic ran.
"""

from __future__ import annotations

from typing import Any

from d365migrate.dataverse.identities import bypass_headers, use_bypass
from d365migrate.run.context import RunContext, write_run_json

__all__ = ["record_load_options"]


def record_load_options(ctx: RunContext, writers: list[tuple[str, Any]]) -> dict[str, Any]:
    """Put the load's bypass headers on every writing client and record them, and who
    loads, in ``run.json`` (names and client ids only, never a secret)."""
    headers = bypass_headers(ctx.params.bypass_custom_logic,
                             ctx.params.suppress_duplicate_detection)
    use_bypass([ctx.client, *(c for _, c in writers)], headers)
    options: dict[str, Any] = {
        "identities": [name for name, _ in writers] or ["the run's identity"],
        "bypass_custom_logic": ctx.params.bypass_custom_logic,
        "bypass_fallback": ctx.params.bypass_fallback,
        "suppress_duplicate_detection": ctx.params.suppress_duplicate_detection,
        "write_headers": headers}
    write_run_json(ctx.folder, ctx.params, ctx.destination, load_options=options)
    return options
