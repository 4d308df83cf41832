"""What a run's kernel imports as it starts (``run.runner.shared_kernel``), apart from the
notebook helpers so that nothing the steps import leads back here."""

from __future__ import annotations


def warm_kernel() -> None:
    """What every notebook of a run imports, and Great Expectations (6 s), loaded as the
    run's kernel starts, while the runner itself is still importing papermill: two
    processes, so the work overlaps on two cores. A failed import of Great Expectations is
    kept and raised by name where validation needs it."""
    from d365migrate.run.runner import without_iri_grammar

    without_iri_grammar()
    from d365migrate.run import steps  # noqa: F401
    from d365migrate.staging.validate import preload_gx

    preload_gx()
