"""Table metadata is read in one place, whatever shape the definition arrives in."""

from __future__ import annotations

import json
from pathlib import Path

from d365migrate.dataverse import tables

TABLES_DIR = Path(__file__).parent / "data" / "tables"
ACCOUNT = json.loads((TABLES_DIR / "account.json").read_text(encoding="utf-8"))


def test_labels_from_either_label_shape() -> None:
    assert tables.label({"UserLocalizedLabel": {"Label": "Account Name"}}) == "Account Name"
    assert tables.label({"LocalizedLabels": [{"Label": "Konto", "LanguageCode": 1031},
                                             {"Label": "Account", "LanguageCode": 1033}]}) \
        == "Account"
    assert tables.label(None) == ""


def test_attribute_types_name_multi_select_choices() -> None:
    assert tables.attribute_type({"AttributeType": "Virtual", "AttributeTypeName": {
        "Value": "MultiSelectPicklistType"}}) == "MultiSelectPicklist"
    assert tables.attribute_type(
        {"@odata.type": "#Microsoft.Dynamics.CRM.UniqueIdentifierAttributeMetadata"}) \
        == "Uniqueidentifier"
    assert tables.attribute_type({"AttributeType": "Money"}) == "Money"
    assert tables.attribute_type({}) == "String"


def test_attributes_options_and_navigation_of_a_table() -> None:
    attrs = tables.attributes(ACCOUNT)
    assert tables.attributes({"value": [ACCOUNT]}) == attrs
    labels = tables.option_labels(attrs["industrycode"])
    assert labels["accounting"] == 1
    assert tables.option_values(attrs["industrycode"]) == set(labels.values())
    assert tables.navigation(ACCOUNT, "parentaccountid", "account") == "parentaccountid"
    assert tables.navigation(ACCOUNT, "parentaccountid", "contact") is None
    assert "parentaccountid" in tables.navigations(ACCOUNT)
