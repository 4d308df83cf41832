"""What the reports say is true for the export at hand: the run's name, owners the export
names only by an id, files of kinds the map leaves out (issues #11/#13, seen on the Pardot
rehearsal). Fast: facts and inventories built by hand, no run."""

from __future__ import annotations

import html
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
    assert reasons["opportunities"] == (  # not "discovery identified it as deal (...)"
        "not migrated: its rows look like Opportunities (deals), a kind of record this run "
        "does not load; to load it, name opportunity in the parameters' objects")
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


# -- the source CRM is named as the parameters say (source.crm), never SmartDesk for all ---
def _params(tmp_path, extra: str = ""):
    from d365migrate.run.parameters import load_parameters

    path = tmp_path / "p.yml"
    path.write_text(f"engagement: e\nexport: .\n{extra}", encoding="utf-8")
    return load_parameters(path)


def test_the_parameters_name_the_source_crm(tmp_path):
    import pytest

    from d365migrate.run.parameters import ParametersError

    assert _params(tmp_path).source_crm == "SmartDesk"  # the default: our own export
    assert _params(tmp_path, "source: {crm: OroCRM}\n").source_crm == "OroCRM"
    assert _params(tmp_path, "source: {crm: '  Atomic CRM '}\n").source_crm == "Atomic CRM"
    for bad, key in (("source: OroCRM", "source must be a mapping"),
                     ("source: {name: OroCRM}", "source.name is not a source setting"),
                     ("source: {crm: ''}", "source.crm must be"),
                     ("source: {crm: '<b>x</b>'}", "source.crm must be"),
                     ("source: {crm: [a, b]}", "source.crm must be")):
        with pytest.raises(ParametersError, match=re.escape(key)):
            _params(tmp_path, bad + "\n")


def test_run_json_and_the_reports_name_the_source_crm():
    from d365migrate.report.sponsor import changes_since, what_changed
    from d365migrate.report.sponsor_facts import source_crm
    from d365migrate.report.sponsor_verification import verification

    assert source_crm({"source_crm": "OroCRM"}) == "OroCRM"
    assert source_crm({"parameters": {"source": {"crm": "HubSpot"}}}) == "HubSpot"
    assert source_crm({}) == "SmartDesk"  # a run recorded before the key existed
    f = Facts(engagement="oro", source="OroCRM", run_id="run", status="failed",
              verification={"ok": True, "at": "", "seed": 7, "differences": 0, "tables": [],
                            "spot": [{"object": "Contacts (people)", "drawn": 1, "of": 76,
                                      "differ": 0, "replaced": 0, "file": "accounts.csv",
                                      "records": [{"id": "12", "row": 2, "found": True,
                                                   "fields": []}]}]},
              delta={"against": "r1", "full": False, "undecided": 0, "removed": 0,
                     "objects": [], "deleted": [{"object": "Contacts (people)", "id": "9",
                                                 "decision": "none yet", "outcome": "kept"}]})
    page = _text(render_report(f))
    assert "SmartDesk" not in page
    # a failed run does not open by saying the CRM "moved into" Dynamics 365
    assert "moved into" not in _text(header(f))
    assert "From OroCRM to Microsoft Dynamics 365 Sales" in _text(header(f))
    assert "OroCRM id 12" in _text(verification(f)) and "In OroCRM" in _text(verification(f))
    assert "Deleted in OroCRM" in _text(changes_since(f))
    moved = [{"unit": "contact", "name": "Contacts (people)", "moved": 3}]
    assert "kept its owner from OroCRM" in _text(what_changed(Facts(source="OroCRM",
                                                                    objects=moved)))
    # products and price lists have no owner: none is said to be kept (Vendure's report said
    # "Every record kept its owner" of a catalogue)
    catalogue = [{"unit": "product", "name": "Products", "moved": 86, "has_owner": False}]
    said = _text(what_changed(Facts(source="Vendure", objects=catalogue)))
    assert "kept its owner" not in said
    assert "Products: in Dynamics 365 the organisation owns these records" in said
    both = _text(what_changed(Facts(source="Vendure", objects=[*catalogue, *moved])))
    assert "Every record of Contacts (people) kept its owner from Vendure" in both


def test_no_owner_claim_for_records_the_export_gives_no_owner():
    """OroCRM's people name no owner: "Every record kept its SmartDesk owner" was said of
    records that belong to the user the migration ran as."""
    from d365migrate.report.sponsor import what_changed, what_did_not_move
    from d365migrate.report.sponsor_facts import unowned_objects

    moved = [{"unit": "contact", "name": "Contacts (people)", "moved": 76},
             {"unit": "lead", "name": "Leads", "moved": 100}]
    mapping = {"tables": [{"name": "contact", "target": "contact", "owner": None},
                          {"name": "lead", "target": "lead",
                           "owner": {"source": "Owner", "match": "email"}}]}
    assert unowned_objects(mapping, moved) == ["Contacts (people)"]
    said = _text(what_changed(Facts(source="OroCRM", objects=moved,
                                    unowned=["Contacts (people)"])))
    assert "kept its owner" not in said
    assert "No column of the export was taken as the owner of Contacts (people): those " \
        "records belong to the Dynamics 365 user the migration ran as" in said
    # nothing moved yet (a run that stopped early): no claim that everything moved
    assert "Every record in the export moved" not in _text(what_did_not_move(Facts()))
    assert "kept its owner" not in _text(what_changed(Facts()))


def test_the_scope_document_names_the_source_crm(tmp_path):
    from d365migrate.intake.discover import discover
    from d365migrate.intake.profile import profile_export
    from d365migrate.intake.read import read_export
    from d365migrate.report.scope import render_scope_html

    (tmp_path / "people.csv").write_text(
        "Id,GivenName,Surname,EmailAddress\n1,Ann,Lee,ann@x.example\n2,Bo,Yu,bo@x.example\n",
        encoding="utf-8")
    export = read_export(tmp_path)
    disc = discover(export)
    page = html.unescape(_text(render_scope_html(disc, profile_export(export, disc), None,
                                                 source_crm="OroCRM")))
    # the words are OroCRM's, the org's pipeline column's label too ("OroCRM pipeline")
    assert "SmartDesk" not in page
    assert page.startswith("Migration scope: OroCRM to Microsoft Dynamics 365 Sales - "
                           "OroCRM customer")
    assert "Migration scope: OroCRM \u2192 Microsoft Dynamics 365 Sales" in page


# -- a second file of a kind the map fills from another file: not moved, said so ----------
def test_a_second_file_of_the_same_kind_is_not_moved_and_says_what_to_do(tmp_path):
    """OroCRM: 'accounts' are people (76 contacts) and 'export' is a 4-row contact export.
    The inventory said "its table, contact, went to 'accounts'"."""
    from d365migrate.report.sponsor import decisions, not_migrating, summary, what_did_not_move
    from d365migrate.report.sponsor_facts import export_files
    from d365migrate.runfolder import RunFolder, write_json
    from d365migrate.verify.inventory import build_inventory

    objects = [{"source": "accounts", "file": "accounts.csv", "kind": "contact", "rows": 76},
               {"source": "export", "file": "export.csv", "kind": "contact", "rows": 4}]
    unmatched = [{"source": "export", "kind": "contact", "table": "contact",
                  "fed_by": "accounts", "reason": "engine words"}]
    inv = build_inventory(objects, {"contact": {"source": "accounts", "table": "contact",
                                                "source_rows": 76}}, unmatched)
    second = next(f for f in inv["files"] if f["source"] == "export")
    assert (second["taken"], second["not_taken"], second["migrated"]) == ({}, 4, False)
    assert second["second_file_of"] == {"table": "contact", "file": "accounts.csv"}
    why = second["reason"]
    assert "went to" not in why and "its table" not in why
    assert "these 4 rows are not moved" in why  # that they did not move
    assert "one file for each kind of record" in why and "accounts.csv (76" not in why
    assert "like the 76 rows of accounts.csv" in why  # why
    assert "chooses this file for Contacts (people) in the field map" in why  # what to do
    folder = RunFolder(tmp_path / "run")
    write_json(folder.inventory, inv)
    left, _ = export_files(folder)
    f = Facts(files_left=left, objects=[], balanced=True,
              verification={"ok": True, "at": "", "seed": 1, "differences": 0, "tables": [],
                            "spot": []})
    table = _text(not_migrating(f))
    assert "export.csv 4" in table and "these 4 rows are not moved" in table
    said = decisions(f)
    assert not any("rebuild" in d for d in said)  # contacts are not rebuilt by hand
    assert any(d.startswith("Decide whether the 4 rows of export.csv, Contacts (people) in "
                            "a second file, move in the next run") for d in said)
    assert "the 4 rows of export.csv are Contacts (people) that did not move" in \
        _text(summary(f))
    # "Every record in the export moved" was said above the 4 rows that did not
    moved = Facts(files_left=left, objects=[{"unit": "contact", "name": "Contacts (people)",
                                             "source": 76, "moved": 76}])
    said = _text(what_did_not_move(moved))
    assert "Every record in the export moved" not in said
    assert "Not moved: the 4 rows of export.csv, Contacts (people) in a second file" \
        in said
    tiles = _text(summary(moved))
    assert "76 of 80 records moved" in tiles and "4 not moved, each with a reason" in tiles


def test_the_map_says_which_file_fills_the_table_a_second_file_of_its_kind_would():
    from d365migrate.intake.found import Discovery, ObjectInfo
    from d365migrate.mapping.more_files import NOT_FURTHER, left_out, unmatched

    discovery = Discovery(objects=[ObjectInfo("contact", "accounts", 76, [], "Id"),
                                   ObjectInfo("contact", "export", 4, [], "Id")])
    [entry] = unmatched(discovery, {"contact": "accounts"}, ["contact", "lead"])
    assert (entry["source"], entry["table"], entry["fed_by"]) == ("export", "contact",
                                                                  "accounts")
    assert "not moved" in entry["reason"] and "went to" not in entry["reason"]
    # a file the first entry leaves out (session 16: several files fill a table) says why
    first = {"target": "contact", "source": "accounts",
             NOT_FURTHER: [left_out("export", "its rows are the records of 'accounts' again "
                                    "(4 of 4 alike by emailaddress1)")]}
    [entry] = unmatched(discovery, {"contact": "accounts"}, ["contact", "lead"], [first])
    assert (entry["table"], entry["fed_by"]) == ("contact", "accounts")
    assert entry["reason"].startswith("its rows are the records of 'accounts' again")


# -- a spot-checked owner replaced by the fallback owner is not "Same: yes" ----------------
def test_an_owner_given_to_the_fallback_owner_is_not_shown_as_the_same(tmp_path):
    """Spot check: owner "15064353" in the export, "avery.admin@contoso.example" in the org,
    shown "Same: yes": true to the settings, but two different owners."""
    from d365migrate.report.sponsor_verification import same_cell
    from d365migrate.verify.spotcheck import fallback_owners, record_html, same_html

    folder = _run_with_owner_queue(tmp_path, users_file=False)
    replaced = fallback_owners(folder.owner_queue)
    assert replaced == {"15064353": "replaced by the fallback owner avery.admin@contoso.example:"
                                    " no Dynamics 365 user has this email or name"}
    field = {"field": "ownerid", "label": "Owner", "export_column": "Owner",
             "export": "15064353", "staged": "15064353", "org": "avery.admin@contoso.example",
             "same": True, "replaced": replaced["15064353"]}
    assert "yes" not in _text(same_html(field))
    assert "no, on purpose: replaced by the fallback owner avery.admin" in _text(same_html(field))
    assert _text(same_cell(field)).startswith("no, on purpose: replaced by the fallback owner")
    assert _text(same_cell({**field, "replaced": ""})) == "yes"
    page = _text(record_html({"source_id": "7", "row": 2, "found": True, "fields": [field]},
                             "Pardot"))
    assert page.startswith("Pardot id 7")
    cleared = {**field, "field": "emailaddress1", "export": "NfeMP157T65wZmP+bXW8dA==",
               "org": "", "replaced": "", "emptied": "left empty: the field map does not "
               "move this value (a decision, or a value Dynamics 365 cannot hold)"}
    assert _text(same_html(cleared)).startswith("no, on purpose: left empty")


def test_values_the_migration_sets_are_not_shown_by_their_internal_name():
    """Spot checks of deals showed "__stage_salesstage" as the export's column."""
    from d365migrate.verify.spotcheck import export_column

    assert export_column("__stage_salesstage") == "(decided from its stage)"
    assert export_column("__owner") == "(set by the migration)"
    assert (export_column("Owner"), export_column(None)) == ("Owner", "")


def test_reasons_name_the_field_and_never_the_map_file_s_keys():
    """The demo said "The value is required in Dynamics 365" (which value?) for leads with
    no subject, and "Drives the deals' stages: see 'stages:'" for a deal's stage column."""
    from d365migrate.report.plain import reason_in_words
    from d365migrate.report.sponsor_facts import columns_not_carried

    assert reason_in_words("'subject' is required in Dataverse "
                           "(expect_column_values_to_not_be_null)") == \
        "Subject is required in Dynamics 365, and the export leaves it empty"
    said = columns_not_carried({"tables": [{"name": "opportunity", "unmapped": ["stage_id"],
                                            "unmapped_reasons": {"stage_id": (
                                                "drives the deals' stages (salesstage, "
                                                "stepname, open/won/lost): see 'stages:'")}}]})
    assert said == [{"object": "Opportunities (deals)", "column": "stage_id",
                     "reason": "It is not a field: it sets each deal's sales stage and whether "
                               "it is open, won or lost"}]


def test_a_column_no_field_matched_is_not_said_to_have_no_field_in_dynamics():
    # "no column of contact fits" means the engine found no match, not that Dynamics 365 has
    # no such field (a send's date could go to the activity's actual start)
    from d365migrate.report.sponsor_facts import columns_not_carried

    mapping = {"tables": [{"name": "contact", "unmapped": ["send_date"],
                           "unmapped_reasons": {"send_date": "no column of contact fits"}}]}
    (row,) = columns_not_carried(mapping)
    assert "has no field" not in row["reason"]
    assert row["reason"].startswith("No Dynamics 365 field was found to match it")


def test_no_value_emptied_is_never_said_of_the_columns_left_out():
    from d365migrate.report.sponsor import what_changed
    from d365migrate.report.sponsor_facts import Facts

    f = Facts(columns_left=[{"object": "Contacts (people)", "column": "Company",
                             "reason": "It names other records"}])
    text = " ".join(re.sub(r"<[^>]+>", " ", what_changed(f)).split())
    assert "every value of a mapped column moved as it is in the export" in text
    assert "The 1 column of the export the field map leaves out did not move" in text
    assert "every value moved as it is" not in text


def test_a_kind_the_export_holds_none_of_asks_nobody_to_rebuild_it():
    """A run asked for accounts that the export holds none of listed "Name who rebuilds what
    does not migrate (Accounts)": there is nothing to rebuild, only the fact that none came."""
    from d365migrate.report.sponsor import decisions

    left = [{"file": "Accounts", "rows": 0, "absent": True,
             "what": "None in this export, so nothing of this kind was moved"},
            {"file": "visitors.csv", "rows": 4, "loads_when_asked": False, "what": "x"}]
    assert decisions(Facts(files_left=left)) == [
        "Name who rebuilds what does not migrate (visitors.csv); see below."]
    assert decisions(Facts(files_left=left[:1])) == []


def test_one_record_held_back_is_said_in_the_singular():
    """Dolibarr's Thai contacts: "1 record were held back" read as a typo to a sponsor."""
    from d365migrate.report.sponsor import decisions

    one = decisions(Facts(source="Dolibarr", not_moved=[{"kind": "quarantine", "records": 1}]))
    assert one[0].startswith("1 record was held back for data problems: have it corrected")
    two = decisions(Facts(source="Dolibarr", not_moved=[{"kind": "quarantine", "records": 2}]))
    assert two[0].startswith("2 records were held back for data problems: have them")


def test_every_record_is_never_claimed_while_a_file_of_other_kinds_holds_rows():
    """Highrise's run (session 55): its 4 records moved and its one case, a kind the run does
    not move, stayed; "Every record in the export moved" said more than reached the org."""
    from d365migrate.report.sponsor import what_did_not_move
    moved = [{"unit": "contact", "name": "Contacts (people)", "source": 4, "moved": 4}]
    left = [{"file": "cases.csv", "rows": 1, "what": "Cases (support tickets)"}]
    said = _text(what_did_not_move(Facts(objects=moved, files_left=left)))
    assert "Every record in the export moved" not in said
    assert "Every record of the kinds this run moves moved" in said
    # with no such file, the whole export did move
    assert "Every record in the export moved" in _text(what_did_not_move(Facts(objects=moved)))


def test_a_link_left_out_asks_for_a_decision():
    """FreshBooks' clients name their Organization, and the export has no file of
    organisations: the contacts moved without the link, and the names are in no field of the
    org. The verdict says so; "What needs a decision" must too, or the sponsor signs off on
    company names that are nowhere."""
    from d365migrate.report.sponsor import decisions

    facts = Facts(engagement="e", run_id="run", columns_left=[
        {"object": "Contacts (people)", "column": "Organization", "reason": "...",
         "moved_without": 4}])
    (said,) = [d for d in decisions(facts) if "Organization" in d]
    assert said.startswith("4 Contacts (people) moved without the record their Organization")
    assert "not kept in Dynamics 365" in said and "creates those records" in said
    assert not [d for d in decisions(Facts(engagement="e", run_id="run")) if "names" in d]
