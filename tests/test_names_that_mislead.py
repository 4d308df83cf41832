"""Files whose name misleads (recog16, issue 13), on made-up data: a setup kind named by one
word of the name with no column of it ('Harvest_Field_Data' is a farm's fields, no custom
field definitions), and a file of lists named after their members ('lead_lists' holds
segments, not leads)."""

from __future__ import annotations

from d365migrate.intake.discover import classify_table
from d365migrate.intake.list_files import lists_of_members
from d365migrate.intake.name_only import name_only

# an orchard's plots: what grows, how big, what it yields
PLOTS = ["Variety__c", "Hectares__c", "Harvest_Tonnes__c", "Irrigated__c", "Plot_Code__c",
         "Soil_Sensor__c", "Condition__c"]


def test_a_setup_kind_named_by_one_qualified_word_and_no_column_of_it_is_unsure() -> None:
    for name, kind in (("Orchard_Field_Data", "custom_field"), ("bakery_pipelines", "pipeline"),
                       ("greenhouse_templates", "email_template"),
                       ("greenhouse_automations", "workflow")):
        got, _, _, evidence = classify_table(name, PLOTS)
        assert got == "unknown", (name, got, evidence)
        assert any(e.startswith("unsure: only") for e in evidence), evidence
        assert name_only(name, kind, "head", []) is not None


def test_a_setup_file_with_a_column_of_its_kind_or_named_whole_still_is_setup() -> None:
    # field definitions under a qualified name: their columns say so
    defs = ["id", "field_name", "label", "field_type", "object"]
    assert classify_table("Orchard_Field_Data", defs, "id")[0] == "custom_field"
    # the whole name is the kind: the name says it, even with no typical column
    assert classify_table("pipelines", ["_id", "name", "boardId", "visibility"],
                          "_id")[0] == "pipeline"
    assert name_only("pipelines", "pipeline", "exact", []) is None
    # a head noun qualified by another kind the vocabulary knows: a workflow's stages
    stages = ["id", "workflowId", "stageNumber", "name", "conversionRate"]
    assert classify_table("workflow_stages", stages, "id")[0] == "pipeline"
    assert name_only("workflow_stages", "pipeline", "head", []) is None
    # a record kind is not setup: the rule leaves it to the other rules
    assert name_only("orchard_contact", "contact", "head", []) is None


SEGMENTS = ["id", "name", "publicname", "alias", "category"]


def test_a_plural_list_word_after_a_kind_is_a_file_of_lists() -> None:
    for name in ("prospect_lists", "ContactGroups", "lead_segments_export", "kontakt_gruppen"):
        kind, _, _, evidence = classify_table(name, SEGMENTS, "id")
        assert kind == "unknown", (name, kind)
        assert any("each row is one of the" in e for e in evidence), evidence
    assert lists_of_members("lead_lists", SEGMENTS) is not None


def test_a_singular_list_or_a_list_of_people_stays_the_members() -> None:
    people = ["id", "first_name", "last_name", "email", "company"]
    # 'contact_list': an export of the contact list
    assert lists_of_members("contact_list", people) is None
    assert classify_table("contact_list", people, "id")[0] == "contact"
    # plural, but every row a person: the members themselves
    assert lists_of_members("lead_lists", people) is None
    assert classify_table("lead_lists", people, "id")[0] == "lead"
    # a kind whose own name ends in the list word: unit groups are unit groups
    assert lists_of_members("unit_groups", ["id", "name", "base_unit"]) is None
    assert classify_table("unit_groups", ["id", "name", "base_unit"], "id")[0] == "unit_group"
    # a list word with no kind before it is left to the other rules
    assert lists_of_members("mailing_lists", SEGMENTS) is None
    assert lists_of_members("lists", SEGMENTS) is None
