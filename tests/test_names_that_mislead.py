"""Files whose name misleads (recog16, issue 13), on made-up data: a setup kind named by one
word of the name with no column of it ('Harvest_Field_Data' is a farm's fields, no custom
field definitions)."""

from __future__ import annotations

from d365migrate.intake.discover import classify_table
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
