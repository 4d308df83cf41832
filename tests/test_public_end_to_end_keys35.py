"""keys35's public exports run end to end from their parameters files, decisions only
(issue 13): Dynamics 365 Marketing's lab import files and a Dynamics 365 contacts file of
Microsoft Learning's courses, SugarCRM's relabelled Professor M sample, Zurmo's own export
and import samples. Same harness as tests/test_public_end_to_end.py (that module is long
already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public


def _counts(out: dict) -> dict[str, tuple[int, int, int, int, int]]:
    return {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"], o["failed"])
            for k, o in out.items()}


def test_marketing_contacts_load_under_their_companies_by_name(tmp_path: Path) -> None:
    """Thirty companies, then 145 marketing contacts, each under its company found by the
    company's name (as the lab's own import links them); the files' trailing empty rows are
    held back with their reason, not counted as loaded; the ten e-mail addresses that are
    no addresses ('brian @adventure-works.com', 'jimmy@lamna healthcare company') are
    cleared and listed, their contacts loaded without them."""
    run_dir = run_public("d365-marketing-contoso", tmp_path)
    out = assert_true_counts(run_dir)
    assert _counts(out) == {"account": (34, 30, 4, 0, 0), "contact": (147, 145, 2, 0, 0)}
    assert out["contact"]["unresolved_lookups"] == 0
    assert out["contact"]["cleared_fields"] == {"emailaddress1": 10}
    for name in ("account", "contact"):
        held = pl.read_csv(run_dir / "quarantine" / f"{name}.csv", infer_schema=False)
        assert set(held["value"].fill_null("")) == {""}
        # the spreadsheets' blank lines, said so (not a record missing its key)
        assert set(held["reason"]) == {"an empty row: no value in any column"}
    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert "jimmy@lamna healthcare company" in cleared["value"].to_list()
    assert set(cleared["reason"]) == {
        "email address is not valid (expect_column_values_to_match_regex)"}
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    ids = dict(zip(accounts["name"].str.strip_chars(), accounts["__source_id"], strict=True))
    # every contact points at its company's account, 'City Power & Light ' (with its
    # trailing space in both files) too
    assert contacts["__ref__parentcustomerid_account"].null_count() == 0
    oleg = contacts.filter(pl.col("lastname") == "Anashkin").to_dicts()[0]
    assert oleg["__ref__parentcustomerid_account"] == ids["City Power & Light"]
    assert (oleg["emailaddress1"], oleg["address1_stateorprovince"]) == (
        "oleg@citypowerandlight.com", "Arizona")
    assert contacts["gendercode"].value_counts().sort("gendercode").rows() == [(1, 84), (2, 61)]


def test_dynamics_contacts_file_loads_by_its_own_labels(tmp_path: Path) -> None:
    """Nineteen people headed with Dynamics 365's own labels ('Address 1: Street 1',
    'Address 1: Country/Region') load as contacts, every column where its label says,
    the shifted address of the first row as the file writes it."""
    run_dir = run_public("d365-contosocoffee-contacts", tmp_path)
    out = assert_true_counts(run_dir)
    assert _counts(out) == {"contact": (19, 19, 0, 0, 0)}
    row = pl.read_parquet(run_dir / "staged" / "contact.parquet").filter(
        pl.col("lastname") == "Moss").to_dicts()[0]
    assert (row["firstname"], row["emailaddress1"], row["gendercode"], row["address1_line1"],
            row["address1_line2"], row["address1_line3"], row["address1_postalcode"],
            row["address1_country"]) == ("Abbie", "abbie_moss@collinsreedandhoward.com", 2,
                                         "129 Miller Plaza", "Fairfield", "California",
                                         "10753", "USA")


def test_sugar_relabelled_groups_students_and_applicants_load(tmp_path: Path) -> None:
    """SugarCRM's Professor M sample (Studio-relabelled: accounts are 'Super Groups'): twelve
    groups load as accounts, each offshoot under its parent by the parent's id ('Parent
    Super Group ID'); six students as contacts under their group by its name (the team's
    link decision: 'Super Group Name'); thirteen applicants as leads, the converted ones
    qualified; the campaign. Nothing held back, nothing claimed that did not land."""
    run_dir = run_public("sugar-professorm-school", tmp_path)
    out = assert_true_counts(run_dir)
    assert _counts(out) == {"account": (12, 12, 0, 0, 0), "contact": (6, 6, 0, 0, 0),
                            "lead": (13, 13, 0, 0, 0), "campaign": (1, 1, 0, 0, 0)}
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    ids = dict(zip(accounts["name"], accounts["__source_id"], strict=True))
    adherents = accounts.filter(pl.col("name") == "Adherents").to_dicts()[0]
    assert adherents["__ref__parentaccountid"] == ids["Brotherhood of Deviants"]
    assert (adherents["address1_city"], adherents["address1_country"]) == (
        "Mont St Francis", "France")   # 'Headquarters City', 'Headquarters Country'
    students = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    rascal = students.filter(pl.col("lastname") == "Mary").to_dicts()[0]
    assert rascal["__ref__parentcustomerid_account"] == ids["M-Men"]
    assert (rascal["birthdate"], rascal["address1_city"]) == ("1989-12-26T00:00:00Z",
                                                             "Caldecott")
    leads = pl.read_parquet(run_dir / "staged" / "lead.parquet")
    assert sorted(leads["statuscode"].value_counts().rows()) == [(1, 6), (3, 6), (4, 1)]


def test_zurmo_samples_two_account_files_fill_one_table(tmp_path: Path) -> None:
    """Zurmo's own files: its list export (6 accounts) and an import sample (3 accounts) both
    load into accounts; contacts, leads and tasks load; the meetings file's rows of category
    'Call' load as phone calls, its meeting as an appointment. What is not a record here is
    said so, not lost: the contacts' account 'toUpdate' (the test's placeholder) names no
    account (links left, counted), six-digit phone numbers are cleared and listed, the
    opportunities, products and notes files are listed with the reason they stay."""
    run_dir = run_public("zurmo-import-samples", tmp_path)
    out = assert_true_counts(run_dir)
    assert _counts(out) == {"account": (6, 6, 0, 0, 0), "account_2": (3, 3, 0, 0, 0),
                            "contact": (3, 3, 0, 0, 0), "lead": (3, 3, 0, 0, 0),
                            "task": (3, 3, 0, 0, 0), "phonecall": (2, 2, 0, 0, 0),
                            "appointment": (1, 1, 0, 0, 0)}
    assert (out["account"]["source_object"], out["account_2"]["source_object"]) == (
        "accounts-accounts", "import-importAccountsTest")
    assert out["contact"]["links_left"] == {"parentcustomerid": 3}
    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert "'123456' is not a phone number (7 to 15 digits)" in cleared["reason"].to_list()
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["meetings-importAnalyzerTest"]["taken"] == {"phonecall": 2, "appointment": 1}
    for name in ("import-importOpportunitiesTest", "notes-simpleImportTest",
                 "products-productsSample"):
        assert not files[name]["taken"] and files[name]["reason"].startswith("not migrated")
    accounts = pl.read_parquet(run_dir / "staged" / "account_2.parquet")
    first = accounts.filter(pl.col("name") == "account1").to_dicts()[0]
    assert (first["address1_city"], first["address1_line1"], first["address1_line2"],
            first["emailaddress1"]) == ("city1", "street11", "street21", "a@a.com")
    task = pl.read_parquet(run_dir / "staged" / "task.parquet").filter(
        pl.col("subject") == "task1").to_dicts()[0]
    assert task["scheduledend"] == "2011-12-22T05:03:00Z"   # '12-22-2011 05:03', month first
