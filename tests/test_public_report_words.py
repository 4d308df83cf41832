"""A public export's reports say what happened to it, in its own CRM's name (issue 13).

OroCRM's demo export runs end to end from its parameters file (``source: {crm: OroCRM}``):
the sponsor's report, the scope document and the spot check name OroCRM, never SmartDesk;
the 4-row second contacts file moves too, its row named by its file. In
Pardot's, a spot-checked owner given to the fallback owner is shown as replaced, not as the
same. An
export whose data files are absent is skipped, as in tests/test_public_exports.py.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from test_public_end_to_end import run_public


def _text(page: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))).strip()


def test_orocrm_reports_name_orocrm_and_say_what_did_not_move(tmp_path: Path) -> None:
    run_dir = run_public("orocrm-demo", tmp_path)
    assert json.loads((run_dir / "run.json").read_text())["source_crm"] == "OroCRM"
    pages = {name: _text((run_dir / name).read_text(encoding="utf-8"))
             for name in ("report.html", "scope.html", "spotcheck.html")}
    for name, text in pages.items():
        assert "SmartDesk" not in text, name  # the pipeline column's label too
    report = pages["report.html"]
    assert "From OroCRM to Microsoft Dynamics 365 Sales" in report
    assert "Migration scope: OroCRM" in pages["scope.html"]
    assert "email_template" not in pages["scope.html"]  # what a file is, in words
    assert "emails email template 20" in pages["scope.html"]
    # the second contacts file moves too (session 16), each file's row named by its file
    assert re.search(r"Contacts \(people\) from accounts\.csv 76 76 0 76 0 yes Contacts "
                     r"\(people\) from export\.csv 4 4 0 4 0 yes", report), report
    # its e-mail templates (20 rows) do not move: no claim that every record did (session 55)
    assert "Every record in the export moved" not in report
    assert "Every record of the kinds this run moves moved" in report
    assert "went to" not in report
    # OroCRM's people name no owner: no claim that they kept one
    assert "kept its owner" not in report
    assert "taken as the owner of Contacts (people) from accounts.csv, Leads" in report


def test_pardot_owners_given_to_the_fallback_owner_are_not_shown_as_the_same(tmp_path: Path
                                                                            ) -> None:
    """The prospects name their owner by a number no user has: every lead went to the
    fallback owner, and the spot check showed "15064353" | "avery.admin@..." | "Same: yes"."""
    run_dir = run_public("pardot-fivetran", tmp_path)
    spot = json.loads((run_dir / "verification.json").read_text())["spot_check"]
    owners = [f for part in spot["tables"].values() for r in part["records"]
              for f in r["fields"] if f["field"] == "ownerid"]
    assert owners and all(f["replaced"] == "replaced by the fallback owner "
                          "avery.admin@contoso.example: no Dynamics 365 user has this email "
                          "or name" for f in owners)
    for name in ("spotcheck.html", "report.html"):
        text = _text((run_dir / name).read_text(encoding="utf-8"))
        assert "SmartDesk" not in text and "Pardot id " in text, name
        assert "no, on purpose: replaced by the fallback owner" in text, name
        assert not re.search(r"15064353 avery\.admin@contoso\.example yes", text), name
    # the publisher's hashed emails were cleared on purpose: empty in the org, not "same"
    emails = [f for part in spot["tables"].values() for r in part["records"]
              for f in r["fields"] if f["field"] == "emailaddress1"]
    assert emails and all(f["export"] and not f["org"] and f["emptied"].startswith(
        "left empty: the field map does not move this value") for f in emails)
    assert re.search(r"Email \S+== no, on purpose: left empty", text)
