"""What the reports say is true for the export at hand: the run's name, owners the export
names only by an id, files of kinds the map leaves out (issues #11/#13, seen on the Pardot
rehearsal). Fast: facts and inventories built by hand, no run."""

from __future__ import annotations

import re

from d365migrate.report.sponsor import header, render_report, sign_off
from d365migrate.report.sponsor_facts import Facts, run_words


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def test_a_run_folder_with_a_plain_name_is_not_echoed_as_run_run():
    """A run folder named "run" (steps run by hand) with no start time in run.json read
    "Run run, " in the header: a bare folder name and a dangling comma."""
    head = _text(header(Facts(engagement="pardot", run_id="run")))
    assert "Run run" not in head and not re.search(r",\s*(The field map|$)", head)
    assert "Run \u201crun\u201d (its start time was not recorded)" in head
    assert "(run \u201crun\u201d)" in _text(sign_off(Facts(engagement="pardot", run_id="run")))


def test_a_time_stamped_run_is_named_by_when_it_ran():
    assert run_words("20261130T232600123456Z") == "run started 30 Nov 2026, 23:26 UTC"
    assert run_words("interactive-20261130T232600123456Z") == \
        "run started 30 Nov 2026, 23:26 UTC"
    # run.json's own times win over the folder's name
    assert run_words("20261130T232600123456Z", "1 Dec 2026, 00:10 UTC",
                     "1 Dec 2026, 00:20 UTC") == \
        "run started 1 Dec 2026, 00:10 UTC, finished 1 Dec 2026, 00:20 UTC"
    assert run_words("rehearsal-2", "1 Dec 2026, 00:10 UTC") == \
        "run \u201crehearsal-2\u201d started 1 Dec 2026, 00:10 UTC"
    page = render_report(Facts(engagement="e", run_id="20261130T232600123456Z"))
    assert "Run started 30 Nov 2026, 23:26 UTC<br>" in page


def _run_with_owner_queue(tmp_path, *, users_file: bool):
    from d365migrate.runfolder import RunFolder, write_json

    folder = RunFolder(tmp_path / "run")
    folder.root.mkdir()
    folder.owner_queue.write_text(
        "email,status,records,resolution,reason,person\n"
        "15064353,unmatched,100,assigned to fallback owner avery.admin@contoso.example,"
        "\"'15064353' is not an email, and no users file of the export says who it is\",\n"
        "jo@acme.example,unmatched,3,blocked,no user of the org with email jo@acme.example,\n",
        encoding="utf-8")
    files = [{"file": "prospects.csv", "kind": "lead", "rows": 100, "migrated": True}]
    if users_file:
        files.append({"file": "users.csv", "kind": "user", "rows": 4, "migrated": False})
    write_json(folder.inventory, {"files": files})
    return folder


def test_an_owner_the_export_gives_only_as_an_id_is_shown_as_found(tmp_path):
    """The Pardot prospects name their owner by a number and the export has no users file:
    the report showed "15064353 - no Dynamics 365 user has this email or name", a bare id
    that reads like a person matched to nobody by email or name."""
    from d365migrate.report.sponsor import what_changed
    from d365migrate.report.sponsor_facts import owner_changes

    owners = owner_changes(_run_with_owner_queue(tmp_path, users_file=False))
    by_id = {o["records"]: o for o in owners}
    assert by_id[100]["owner"] == "15064353 (as the export gives it)"
    assert by_id[100]["why"] == ("the export gives only this id, and it has no users file "
                                 "that says who it is")
    assert by_id[3]["owner"] == "jo@acme.example"  # an email is a person's address: as is
    assert by_id[3]["why"] == "no Dynamics 365 user has this email or name"
    shown = _text(what_changed(Facts(owners=owners)))
    assert "Owner in the export" in shown and "15064353 (as the export gives it)" in shown


def test_an_id_the_users_file_does_not_name_says_so(tmp_path):
    from d365migrate.report.sponsor_facts import owner_changes

    owners = owner_changes(_run_with_owner_queue(tmp_path, users_file=True))
    assert [o["why"] for o in owners if o["records"] == 100] == [
        "the export gives only this id, and its users file does not say who it is"]


def test_the_owner_queue_page_heads_its_columns_in_words():
    import polars as pl

    from d365migrate.report.owner_queue import owner_queue_html

    queue = pl.DataFrame({"email": ["15064353"], "status": ["unmatched"], "records": [100],
                          "resolution": ["blocked"], "reason": ["x"], "person": [""]})
    page = _text(owner_queue_html(queue))
    assert "owner, as the export gives it" in page and " email " not in page
    assert "no users file of the export names it" in page


def _inventory_of(kinds: dict[str, str], loaded: dict[str, str]) -> dict[str, str]:
    """file -> reason, for an export whose files are ``kinds`` (file -> kind) and a map
    whose entries (unit -> file) take ``loaded``."""
    from d365migrate.verify.inventory import build_inventory

    objects = [{"source": f, "file": f"{f}.csv", "kind": k, "rows": 10} for f, k in kinds.items()]
    summary = {unit: {"source": f, "table": unit, "source_rows": 10}
               for unit, f in loaded.items()}
    unmatched = [{"source": f, "kind": k, "reason": f"discovery identified it as {k}, not "
                  "among the tables this map loads"} for f, k in kinds.items()
                 if f not in loaded.values()]
    inv = build_inventory(objects, summary, unmatched)
    return {f["source"]: f["reason"] for f in inv["files"]}


def test_a_campaign_file_the_map_leaves_out_says_how_to_ask_for_it():
    """"Campaign send-tracking stays in SmartDesk" was said of a Pardot export's campaigns
    file: wrong CRM, and campaigns do load when the parameters ask for them."""
    reasons = _inventory_of({"prospects": "lead", "campaigns": "campaign"},
                            {"lead": "prospects"})
    why = reasons["campaigns"]
    assert "SmartDesk" not in why and "stays in" not in why
    assert "name campaign in the parameters' objects" in why
    assert reasons["prospects"] == ""


def test_a_loadable_kind_the_map_leaves_out_says_how_to_ask_for_it():
    reasons = _inventory_of({"prospects": "lead", "opportunities": "deal",
                             "visitors": "unknown"}, {"lead": "prospects"})
    assert reasons["opportunities"].endswith(
        "; to load it, name opportunity in the parameters' objects")
    assert "parameters" not in reasons["visitors"]  # no table to ask for
    assert reasons["visitors"].startswith(  # not "identified it as unknown, which has no..."
        "not migrated: discovery could not tell which kind of records it holds")
    # a second file of a kind whose table this map loads: nothing to ask for
    reasons = _inventory_of({"prospects": "lead", "more_prospects": "lead"},
                            {"lead": "prospects"})
    assert "parameters" not in reasons["more_prospects"]


def test_no_reason_names_the_source_crm():
    from d365migrate.verify.inventory import NOT_DATA

    assert not [k for k, why in NOT_DATA.items() if "SmartDesk" in why]



def test_files_the_parameters_could_load_are_a_decision_to_load_not_to_rebuild(tmp_path):
    """The Pardot report asked a person to "name who rebuilds" its opportunities and
    campaigns files, which load when the parameters ask for them."""
    from d365migrate.report.sponsor import decisions
    from d365migrate.report.sponsor_facts import export_files
    from d365migrate.runfolder import RunFolder, write_json
    from d365migrate.verify.inventory import build_inventory

    objects = [{"source": s, "file": f"{s}.csv", "kind": k, "rows": 5} for s, k in
               (("prospects", "lead"), ("campaigns", "campaign"), ("deals", "deal"),
                ("visitors", "unknown"))]
    inv = build_inventory(objects, {"lead": {"source": "prospects", "table": "lead",
                                             "source_rows": 5}}, [])
    asked = {f["source"]: f.get("loads_when_asked") for f in inv["files"]}
    assert asked == {"prospects": None, "campaigns": ["campaign"], "deals": ["opportunity"],
                     "visitors": None}
    folder = RunFolder(tmp_path / "run")
    write_json(folder.inventory, inv)
    left, _ = export_files(folder)
    said = decisions(Facts(files_left=left))
    assert said == [
        "Decide whether the next run loads campaigns.csv, deals.csv (the migration's "
        "settings can ask for them), or name who rebuilds them; see below.",
        "Name who rebuilds what does not migrate (visitors.csv); see below."]
