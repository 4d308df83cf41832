"""keys36's public exports run end to end from their parameters files, decisions only
(issue 13): several files of one kind (Keila's contact files) and OpenCATS's test database.
Same harness as tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, outcomes, run_public


def test_keila_contact_files_fill_the_contact_table_in_turn(tmp_path: Path) -> None:
    """Excel's semicolon file (a byte-order mark, CRLF, accented and Icelandic names) fills
    contact, the file with statuses and the download template each a further entry; every
    record loads and is read back; the files whose people are the first file's again, and
    the one discovery cannot tell, are listed with their reasons, nothing claimed."""
    run_dir = run_public("keila-contact-imports", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {
        "contact": ("import_excel", 201, 201, 0, 0, 0),
        "contact_3": ("import_rfc_4180_with_status", 4, 4, 0, 0, 0),
        "contact_4": ("keila_import_template", 2, 2, 0, 0, 0)}
    first = pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()[0]
    assert (first["emailaddress1"], first["firstname"], first["lastname"]) == (
        "foo-1@example.com", "Joël", "Müller-Schultheiß")
    # the statuses were decided (every contact an active person; an empty one stays empty:
    # Dataverse makes the contact active), the ids kept apart
    states = pl.read_parquet(run_dir / "staged" / "contact_3.parquet")
    assert states["statuscode"].to_list() == [1, 1, 1, None]
    assert all(i.startswith("import-rfc-4180-with-sta:") for i in states["__source_id"])
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert not files["import_with_data"]["taken"]
    assert "again" in files["import_with_data"]["reason"]
    # the upsert sample shares only some people with import_excel (session 16: a copy is a
    # file nearly all of whose records are there already): proposed, the analyst left it out
    assert not files["import_rfc_4180_upsert"]["taken"]
    assert "left out by the analyst: Keila's upsert sample" in files[
        "import_rfc_4180_upsert"]["reason"]
    assert not files["import_external_ids"]["taken"]
    assert "could not tell" in files["import_external_ids"]["reason"]


def test_opencats_clients_candidates_and_their_contacts(tmp_path: Path) -> None:
    """OpenCATS's clients load as accounts, its 71 candidates as contacts and the clients'
    2 hiring managers as a further contact entry, each linked to its client's account; the
    calendar's all-day golf meeting as an appointment of 300 minutes. The old dump's '0'
    phones are cleared with their reason (nothing claimed for them), and so, since session
    44, its notes, second address line and web site, '0' in every row (the export's
    placeholder for nothing, zero_placeholders; they loaded as '0' before); job orders,
    pipelines and value lists stay in OpenCATS, listed with their reasons."""
    run_dir = run_public("opencats-testdata", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {
        "account": ("client", 2, 2, 0, 0, 0),
        "contact": ("candidate", 71, 71, 0, 0, 0),
        "contact_2": ("contact", 2, 2, 0, 0, 0),
        "appointment": ("calendar_event", 1, 1, 0, 0, 0)}
    managers = pl.read_parquet(run_dir / "staged" / "contact_2.parquet")
    assert managers["jobtitle"].to_list() == ["Hiring Manager", "Hiring Manager"]
    assert managers["__ref__parentcustomerid_account"].to_list() == ["2", "1"]
    meeting = pl.read_parquet(run_dir / "staged" / "appointment.parquet").to_dicts()[0]
    assert (meeting["subject"], meeting["isalldayevent"], meeting["scheduledstart"],
            meeting["scheduleddurationminutes"]) == (
        "Saturday Golf Meeting", True, "2007-01-20T00:00:00Z", 300)
    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    # OpenCATS's '0' in every empty phone and second e-mail: cleared, each with its reason
    # (session 16: every mapped e-mail column is checked as an address, not the first only)
    phones = cleared.filter(pl.col("column").is_in(["phone_cell", "phone_work"]))
    assert phones.height == 142
    assert set(phones["reason"]) == {"'0' is not a phone number (7 to 15 digits)"}
    held = cleared.filter(pl.col("column").is_in(["notes", "address2", "web_site"]))
    assert set(held["column"]) == {"notes", "address2", "web_site"}
    assert set(held["value"]) == {"0"} and set(held["reason"]) == {
        "'0' is the export's placeholder for nothing (every row of the column holds it)"}
    assert set(cleared["column"]) == {"phone_cell", "phone_work", "email2", "notes",
                                      "address2", "web_site"}
    emails = cleared.filter(pl.col("column") == "email2")
    assert emails.height == 71 and all("email address is not valid" in r
                                       for r in emails["reason"])
    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert staged["emailaddress2"].null_count() == staged.height
    for target in {t for t in held["target"]}:   # no '0' written for a note or a web site
        assert staged[target].null_count() == staged.height, target
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("candidate_joborder", "candidate_joborder_status", "joborder", "activity"):
        assert not files[name]["taken"] and files[name]["reason"], name


def test_odoo_applicants_with_their_activities_and_messages(tmp_path: Path) -> None:
    """Odoo's 17 applicants load as contacts under their own names (the parameters name
    'partner_name' the last name: 'name' is the job applied for), their 7 planned activities
    as tasks regarding them and their 8 chatter messages as notes on them, every link
    resolved; the hiring stages and value lists stay in Odoo with their reasons."""
    run_dir = run_public("odoo-recruitment-demo", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("Applicant (hr.applicant)", 17, 17, 0, 0, 0, 0),
        "task": ("Activity (mail.activity)", 7, 7, 0, 0, 0, 0),
        "note": ("Message (mail.message)", 8, 8, 0, 0, 0, 0)}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert people["lastname"].to_list()[:3] == ["Enrique Jones", "Meldona Thang", "Johan Duck"]
    assert "department" not in people.columns
    tasks = pl.read_parquet(run_dir / "staged" / "task.parquet").to_dicts()
    assert (tasks[0]["subject"], tasks[0]["__ref__regardingobjectid_contact_task"]) == (
        "Send mail regarding our interview", "hr_recruitment.hr_case_dev0")
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    stages = files["Recruitment Stages (hr.recruitment.stage)"]
    assert not stages["taken"] and stages["reason"]


def test_recharge_customers_load_and_the_orders_wait_for_a_price_list(tmp_path: Path) -> None:
    """Recharge's two customers load as contacts; the orders and their lines are listed
    as records of tables this run does not load (a Dynamics order needs a price list),
    the charges, addresses and discounts as unrecognised: nothing claimed for them."""
    run_dir = run_public("recharge-fivetran", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source_object"], o["source"], o["loaded"]) for k, o in out.items()} == {
        "contact": ("customer_data", 2, 2)}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert sorted(people["emailaddress1"].to_list()) == ["name01@domain01.com",
                                                         "name02@domain02.com"]
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert "salesorder" in files["orders_data"]["reason"]
    assert "salesorderdetail" in files["order_line_item_data"]["reason"]
    for name in ("charge_data", "address_data", "discount_data"):
        assert not files[name]["taken"] and files[name]["reason"], name
