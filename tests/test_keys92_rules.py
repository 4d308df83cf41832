"""keys92's rules (vtiger's and coreBOS's German export): a German compound glued with 'nr'
is the record's number ('Organisationsnr.' in organisations keys them, 'Telefonnr.' names
no record), an organisation's name in British (and German) spelling links a person to
their organisation by name, and vtiger's German labels read as the English the engine
knows."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.key_rules import own_record_number, record_number
from d365migrate.intake.read import Export
from d365migrate.intake.record_keys import primary_key
from d365migrate.mapping.foreign_names import foreign_readings, language_of


def test_german_compound_with_nr_is_a_record_number() -> None:
    assert record_number("Organisationsnr.") and record_number("Kontaktnr.")
    assert own_record_number("Organisationen", "Organisationsnr.")
    assert not own_record_number("Personen", "Organisationsnr.")   # a link, not the key
    for other in ("Telefonnr.", "Seriennr.", "Herstellernr.", "Nr."):
        assert not record_number(other), other
    assert record_number("Account No") and not record_number("Phone No")   # as before


def test_organisation_number_keys_its_file() -> None:
    df = pl.DataFrame({"Organisation": ["Acme", "Acme", "Bolt"],
                       "Organisationsnr.": ["ACC1", "ACC2", "ACC3"],
                       "Ort": ["Berlin", "Köln", "Bonn"]})
    assert primary_key("Organisationen", df) == "Organisationsnr."


def test_person_links_to_organisation_by_its_name() -> None:
    orgs = pl.DataFrame({"Organisationsnr.": [f"ACC{i}" for i in range(1, 5)],
                         "Organisation": ["Acme GmbH", "Bolt AG", "Cobalt KG", "Delta SE"],
                         "Telefon": ["1", "2", "3", "4"], "Webseite": ["a", "b", "c", "d"],
                         "Rechnungsadresse Ort": ["Berlin", "Köln", "Bonn", "Ulm"]})
    people = pl.DataFrame({"Kontaktnr.": ["CON1", "CON2", "CON3"],
                           "Vorname": ["Anna", "Ben", "Cem"],
                           "Nachname": ["Arndt", "Bauer", "Celik"],
                           "Organisation": ["Acme GmbH", "Bolt AG", "Delta SE"],
                           "E-Mail": ["a@x.de", "b@y.de", "c@z.de"]})
    d = discover(Export(Path("."), {"Organisationen": orgs, "Personen": people}))
    links = [r for r in d.links_from("Personen", "Organisation") if r.kind == "name"]
    assert links and links[0].target_source == "Organisationen" and links[0].match_rate == 1.0


def test_vtiger_german_labels_read() -> None:
    heads = ["Organisation", "Organisationsnr.", "Webseite", "Telefon", "Mitglied von",
             "andere E-Mail", "E-Mail Opt aus", "zuständig", "Rechnungsadresse Ort",
             "Lieferadresse PLZ", "Rechnungsadresse Postfachnr.", "Beschreibung"]
    assert language_of(heads) == "de"
    read = {h: foreign_readings(h, heads)[0][0] for h in heads
            if foreign_readings(h, heads)}
    assert read["Organisation"] == ("company",)
    assert read["Mitglied von"] == ("member", "of")
    assert read["andere E-Mail"] == ("other", "email")
    assert read["E-Mail Opt aus"] == ("email", "opt", "out")
    assert read["Rechnungsadresse Ort"] == ("billing", "address", "city")
    assert read["Lieferadresse PLZ"] == ("shipping", "address", "postal", "code")
    assert read["Rechnungsadresse Postfachnr."] == ("billing", "address", "post", "office",
                                                    "box")
