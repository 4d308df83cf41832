"""What a run's kernels import as they start (``run.runner.run_kernels``), apart from the
notebook helpers so that nothing the steps import leads back here."""

from __future__ import annotations

import gc


def warm_kernel(*, gx: bool = True) -> None:
    """What every notebook of a run imports, and Great Expectations (``gx``: 2.5 s) for the
    kernel that validates, loaded as the run's kernel starts, while the runner itself is
    still importing papermill: two processes, so the work overlaps on two cores. A failed
    import of Great Expectations is kept and raised by name where validation needs it.

    The objects imported here live as long as the kernel: they are moved out of the
    garbage collector's sight (``gc.freeze``), so that emptying the namespace between
    notebooks (IPython's reset runs a full collection: 0.25 s a notebook with Great
    Expectations loaded, 0.03 s frozen) and the steps' own collections skip them."""
    from d365migrate.run.runner import without_iri_grammar

    without_iri_grammar()
    import matplotlib.pyplot  # noqa: F401  (the charts of 01, 03 and 05: 0.4 s)

    from d365migrate.run import steps  # noqa: F401

    if gx:  # and GX's context, and its first validation's one-time costs (0.1 s)
        from d365migrate.staging.validate import preload_gx, warm_validation

        preload_gx()
        warm_validation()
    gc.collect()
    gc.freeze()
