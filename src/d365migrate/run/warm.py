"""What a run's kernels import as they start (``run.runner.run_kernels``), apart from the
notebook helpers so that nothing the steps import leads back here."""

from __future__ import annotations

import gc

from d365migrate.run.collector import collector_off


def warm_kernel(*, gx: bool = True) -> None:
    """What every notebook of a run imports, and Great Expectations (``gx``: 2.5 s) for the
    kernel that validates, loaded as the run's kernel starts, while the runner itself is
    still importing papermill: two processes, so the work overlaps on two cores. A failed
    import of Great Expectations is kept and raised by name where validation needs it.

    The objects imported here live as long as the kernel: they are moved out of the
    garbage collector's sight (``gc.freeze``), so that emptying the namespace between
    notebooks (IPython's reset runs a full collection: 0.25 s a notebook with Great
    Expectations loaded, 0.03 s frozen) and the steps' own collections skip them. For the
    same reason the collector is off while they are imported: it walked the heap these
    imports build again and again as it grew (0.35-0.45 s of the validating kernel's 2.6 s
    of start-up CPU, 0.1 s of the other's), only for it all to be frozen; the few thousand
    objects the imports leave unreachable are frozen with it (well under 1 MB), rather than
    paying a last full collection (0.1-0.23 s) to free them."""
    with collector_off():
        from d365migrate.run.runner import without_iri_grammar

        without_iri_grammar()
        from d365migrate.run import steps  # noqa: F401

        if gx:  # and GX's context, and its first validation's one-time costs (0.1 s)
            from d365migrate.staging.validate import preload_gx, warm_validation

            preload_gx()
            warm_validation()
        gc.freeze()
