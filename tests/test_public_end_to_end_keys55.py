"""keys55's public export runs end to end from its parameters file, decisions only
(issue 13): Open Klant's fixtures, a Dutch municipality's register of customer
interactions with Dutch field names. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)


def test_open_klant_people_organisations_contact_moments_and_tasks(tmp_path: Path) -> None:
    """Read through their Dutch names: the contact-details register's organisation loads as
    an account and its person as a contact (first names, surname, its prefix 'van' as the
    middle name, birth date, sex 'v' decided Female, the address lines); the register's
    person and contact person as contacts, the contact person held back for the surname
    Dataverse requires (only 'Bart' is known). The two contact moments are routed by their
    channel (kanaal): the e-mail an e-mail, the call (Telefoon) a phone call, both with
    their topic, content and when they took place; the two internal tasks load as tasks
    (requested action, explanation, status decided). A party row names no record (its name
    lives in the sub-tables): not moved, and said; the organisation named again in the
    other register is not moved twice; the staff, participants, digital addresses, bank
    accounts and references stay in Open Klant with their reason."""
    run_dir = run_public("open-klant-fixtures-nl", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {
        "account": ("contactgegevens_organisatie", 1, 1, 0, 0, 0),
        "contact": ("contactgegevens_persoon", 1, 1, 0, 0, 0),
        "contact_2": ("klantinteracties_contactpersoon", 1, 0, 1, 0, 0),
        "contact_3": ("klantinteracties_persoon", 1, 1, 0, 0, 0),
        "task": ("klantinteracties_internetaak", 2, 2, 0, 0, 0),
        "phonecall": ("klantinteracties_klantcontact", 1, 1, 0, 0, 0),
        "email": ("klantinteracties_klantcontact", 1, 1, 0, 0, 0)}
    org = pl.read_parquet(run_dir / "staged" / "account.parquet").to_dicts()[0]
    assert (org["name"], org["address1_line1"], org["address1_line2"],
            org["address1_country"]) == ("Maykin", "Keizersgracht 117", "1015 CJ Amsterdam",
                                         "NL")
    assert "address2_line2" not in org       # the house number: decided no street line
    person = pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()[0]
    assert (person["firstname"], person["middlename"], person["lastname"],
            person["gendercode"], person["birthdate"]) == (
        "Nagihan", "van", "Schalkwijk", 2, "2000-01-01T00:00:00Z")
    lucas = pl.read_parquet(run_dir / "staged" / "contact_3.parquet").to_dicts()[0]
    assert (lucas["firstname"], lucas["lastname"]) == ("Lucas", "Boom")
    held = pl.read_csv(run_dir / "quarantine" / "contact_2.csv", infer_schema=False)
    assert held["column"].to_list() == ["lastname"]
    call = pl.read_parquet(run_dir / "staged" / "phonecall.parquet").to_dicts()[0]
    assert (call["subject"], call["actualstart"]) == ("Klacht over medewerker",
                                                      "2024-03-06T11:09:35Z")
    mail = pl.read_parquet(run_dir / "staged" / "email.parquet").to_dicts()[0]
    assert mail["subject"] == "Vraag over vergunningsaanvraag"
    tasks = pl.read_parquet(run_dir / "staged" / "task.parquet")
    assert sorted(tasks["subject"]) == ["Doorzetten naar juiste afdeling en terubellend.",
                                        "Terugbellen"]
    assert sorted(tasks["statuscode"]) == [2, 5]
    assert not any(n for cols in verified_columns(run_dir).values() for n in cols.values())
    files = inventory_files(run_dir)
    assert "names a record" in files["klantinteracties_partij"]["reason"]
    assert "not moved twice" in files["klantinteracties_organisatie"]["reason"]
    for name in ("klantinteracties_actor", "klantinteracties_betrokkene",
                 "klantinteracties_digitaaladres", "klantinteracties_rekeningnummer",
                 "klantinteracties_partijidentificator"):
        assert not files[name]["migrated"] and files[name]["reason"], name
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "From Open Klant to Microsoft Dynamics 365" in report
