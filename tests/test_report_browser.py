"""The stakeholder pages of a real run, opened in a real browser with the network off.

Debian's ``chromium`` (``/usr/bin/chromium``; ``.ci/run`` installs it when missing) driven by
Playwright from PyPI, never a browser Playwright downloads. Any request other than the page's
own file, any console error, script error or dialog fails the test; the key text must be
visible, and a screenshot of each page is kept in the test's tmp folder.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from d365migrate.demo.sample_export import write_sample_export
from d365migrate.run.runner import run
from engagements import demo_parameters

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
HOSTILE = "<script>alert(1)</script>"
PAGES = {
    "report.html": ["Migration report: browser", "In short", "What moved",
                    "Accounts (companies)", "Phone calls", "Notes on records",
                    "What did not move, and why", "Email address is not valid",
                    "What was changed on the way", "What needs a decision",
                    "What does not migrate, and where to rebuild it", "workflows.csv",
                    "Verification: what arrived, read back and compared",
                    "Every field of every record moved matches.", "Sign-off", HOSTILE],
    "reconciliation.html": ["Reconciliation: browser", "Source rows by outcome",
                            "Verification: every loaded record read back"],
    "spotcheck.html": ["Spot check: browser", "SmartDesk id"],
}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("browser")
    path = demo_parameters(root, "browser", seed=11, scale=0.2)
    export = root / "runs" / "browser" / "export"
    write_sample_export(export, seed=11, scale=0.2)
    companies = pl.read_csv(export / "companies.csv", infer_schema=False)
    companies.with_columns(pl.lit("x").alias(HOSTILE)).write_csv(export / "companies.csv")
    mp = pytest.MonkeyPatch()
    mp.delenv("DATAVERSE_URL", raising=False)
    try:
        return run(path, progress=False)
    finally:
        mp.undo()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y "
                    "chromium; .ci/run does it) to run the browser test", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is not installed: pip install -e '.[test]'", pytrace=False)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.mark.parametrize("name", list(PAGES))
def test_page_in_a_browser_offline(name: str, run_dir: Path, browser, tmp_path: Path):
    page_file = run_dir / name
    url = page_file.resolve().as_uri()
    context = browser.new_context(viewport={"width": 1200, "height": 900},
                                  java_script_enabled=True)
    problems: list[str] = []

    def route(r):  # the network is off: only the page's own file may load
        if r.request.url == url:
            r.continue_()
        else:
            problems.append(f"request to {r.request.url}")
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("request", lambda req: None if req.url == url or req.url.startswith("data:")
            else problems.append(f"request to {req.url}"))
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    context.set_offline(True)
    page.goto(url, wait_until="load")
    assert page.locator("script").count() == 0
    for summary in page.locator("summary").all()[:3]:  # fold out a few sections, as a reader
        summary.click()
    for text in PAGES[name]:
        found = page.get_by_text(text, exact=False).first
        assert found.is_visible(), f"{name}: {text!r} not visible"
    broken = page.eval_on_selector_all(
        "img", "els => els.filter(e => !e.complete || e.naturalWidth === 0).length")
    assert broken == 0, f"{name}: {broken} image(s) did not render"
    shot = tmp_path / f"{page_file.stem}.png"
    # the whole report; the first screen of the long pages (a full spot check is too tall)
    page.screenshot(path=str(shot), full_page=name == "report.html")
    assert shot.stat().st_size > 10_000
    context.close()
    assert not problems, problems
