"""keys51's general rules, tuned on Microsoft's Healthcare accelerator sample data
(tests/data/answer_keys/MEASUREMENTS.md, "keys51's Healthcare accelerator after tuning")."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.found import Relationship
from d365migrate.intake.id_valued import id_valued_text_columns
from d365migrate.intake.kinds import name_kind
from d365migrate.mapping.regarding_links import usable


def test_a_foreign_word_that_begins_english_words_names_its_kind_only_whole() -> None:
    """French 'devis' (a quote) is 'devi' once its final 's' is dropped: the start of
    'device'. Devices are no quotes; 'Devis' still is one."""
    assert name_kind("Device")[0] is None
    assert name_kind("Devices")[0] is None
    assert name_kind("Devis") == ("quote", "exact")


def test_the_column_named_regarding_gives_the_regarding_record() -> None:
    """Two columns of one task hold the same contact's id row by row (the accelerator's
    'Performer (Patient)' first, Dataverse's own 'Regarding' later): the link of the column
    named for what the activity is about comes first, whatever the file's order."""
    links = [Relationship("Task.Performer (Patient)", "Contact.Contact", 1.0),
             Relationship("Task.Regarding", "Contact.Contact", 1.0),
             Relationship("Task.Owner Name", "Contact.Full Name", 1.0, kind="name")]
    assert [r.column for r in usable(links, "Contact")] == [
        "Regarding", "Performer (Patient)", "Owner Name"]
    plain = [Relationship("calls.person_id", "people.id", 0.9),
             Relationship("calls.related_to_id", "people.id", 0.9)]
    assert [r.column for r in usable(plain, "people")] == ["related_to_id", "person_id"]


def test_a_text_fields_header_over_guids_is_a_link() -> None:
    """Dataverse's 'Subject (Patient)' of GUIDs is a link to the patient, no subject: left
    out of the headers discovery scores a kind by; a subject of text stays."""
    df = pl.DataFrame({
        "Subject (Patient)": ["7ffa289b-6ec3-e911-a98c-000d3a1998fb", None,
                              "{8947D7A6-6EC3-E911-A97E-000D3A1991FC}"],
        "Subject": ["Follow-up call", "Renewal", "Quote sent"],
        "Encounter": ["bf31c39a-6ec3-e911-a97e-000d3a1991fc"] * 3,
        "Name": ["a", "b", "7ffa289b-6ec3-e911-a98c-000d3a1998fb"]})
    assert id_valued_text_columns(df) == frozenset({"Subject (Patient)"})
