"""Discovery identifies objects, keys and links from names and content, for any CRM export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake.discover import (
    Discovery,
    classify_table,
    discover,
    read_discovery,
    write_discovery,
)
from d365migrate.intake.read import read_export


def _shared() -> Path:
    """../shared beside the project (CI lays it there), else the workplace's copy."""
    beside = Path(__file__).resolve().parents[1].parent / "shared"
    return beside if beside.is_dir() else Path("/work/shared")


SALESFORCE = _shared() / "fixtures/real/salesforce-sample-export"
needs_sf = pytest.mark.skipif(not SALESFORCE.is_dir(), reason="shared Salesforce fixture absent")


def _rels(d: Discovery) -> dict[tuple[str, str], float]:
    return {(r.from_, r.to): r.match_rate for r in d.relationships}


@pytest.fixture(scope="module")
def salesforce() -> Discovery:
    return discover(read_export(SALESFORCE))


@pytest.fixture(scope="module")
def smartdesk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Discovery]:
    root = tmp_path_factory.mktemp("sd")
    write_sample_export(root, seed=11)
    return root, discover(read_export(root))


# ------------------------------------------------------------------ Salesforce, unseen CRM

@needs_sf
def test_salesforce_objects_identified(salesforce: Discovery) -> None:
    kinds = {o.source: o.name for o in salesforce.objects}
    assert kinds["Account"] == "account"
    assert kinds["Contact"] == "contact"
    assert kinds["Lead"] == "lead"
    assert kinds["Opportunity"] == "deal"
    assert kinds["OpportunityHistory"] != "deal"  # a history of deals, not deals


@needs_sf
def test_salesforce_keys_and_links(salesforce: Discovery) -> None:
    for src in ("Account", "Contact", "Lead", "Opportunity"):
        obj = salesforce.by_source(src)
        assert obj is not None and obj.primary_key == "Id"
    rels = _rels(salesforce)
    assert rels[("Contact.AccountId", "Account.Id")] >= 0.99
    assert rels[("Opportunity.AccountId", "Account.Id")] >= 0.99
    assert rels[("OpportunityHistory.OpportunityId", "Opportunity.Id")] >= 0.99


@needs_sf
def test_salesforce_types_and_custom_fields(salesforce: Discovery) -> None:
    opp = salesforce.by_source("Opportunity")
    assert opp is not None
    types = {c["name"]: c["type"] for c in opp.columns}
    assert types["CloseDate"] == "date"
    assert types["LastModifiedDate"] == "datetime"
    assert types["Amount"] == "integer"
    custom = {(c.source, c.column) for c in salesforce.custom_fields}
    assert ("Account", "Active__c") in custom
    assert ("Lead", "NumberofLocations__c") in custom
    assert ("Contact", "Email") not in custom


@needs_sf
def test_salesforce_renamed_files_identified_by_content(tmp_path: Path) -> None:
    for i, name in enumerate(["Account", "Contact", "Lead", "Opportunity"]):
        shutil.copy(SALESFORCE / f"{name}.csv", tmp_path / f"extract_{i}.csv")
    d = discover(read_export(tmp_path))
    kinds = {o.source: o.name for o in d.objects}
    assert kinds == {"extract_0": "account", "extract_1": "contact", "extract_2": "lead",
                     "extract_3": "deal"}
    assert _rels(d)[("extract_1.AccountId", "extract_0.Id")] >= 0.99


# ------------------------------------------------------------------ SmartDesk

def test_smartdesk_objects(smartdesk: tuple[Path, Discovery]) -> None:
    _, d = smartdesk
    kinds = {o.source: o.name for o in d.objects}
    assert kinds == {
        "users": "user", "companies": "account", "contacts": "contact", "leads": "lead",
        "pipelines": "pipeline", "deals": "deal", "tasks": "task", "activities": "activity",
        "notes": "note", "attachments": "attachment", "tickets": "ticket",
        "ticket_messages": "ticket_message", "custom_fields": "custom_field",
        "workflows": "workflow", "email_templates": "email_template", "campaigns": "campaign",
    }
    pks = {o.source: o.primary_key for o in d.objects}
    assert pks["contacts"] == "contact_id" and pks["companies"] == "company_id"
    assert pks["pipelines"] == "stage_id"


def test_smartdesk_renamed_files(smartdesk: tuple[Path, Discovery], tmp_path: Path) -> None:
    root, d = smartdesk
    expected = {}
    for i, f in enumerate(sorted(root.glob("*.csv"))):
        shutil.copy(f, tmp_path / f"sheet{i}.csv")
        expected[f"sheet{i}"] = d.by_source(f.stem).name  # type: ignore[union-attr]
    renamed = discover(read_export(tmp_path))
    assert {o.source: o.name for o in renamed.objects} == expected


def test_smartdesk_relationships(smartdesk: tuple[Path, Discovery]) -> None:
    _, d = smartdesk
    rels = _rels(d)
    # ids, with orphans lowering the match rate below 1
    assert 0.9 < rels[("contacts.company_id", "companies.company_id")] < 1.0
    assert rels[("deals.stage_id", "pipelines.stage_id")] == 1.0
    assert rels[("deals.pipeline_id", "pipelines.pipeline_id")] == 1.0
    assert rels[("ticket_messages.ticket_id", "tickets.ticket_id")] == 1.0
    # owners by email; some owners are missing from users.csv
    assert 0.9 < rels[("contacts.owner_email", "users.email")] < 1.0
    # where ids are missing: company name and email domain
    assert rels[("contacts.company_name", "companies.name")] > 0.8
    assert rels[("contacts.email", "companies.domain")] > 0.8
    # polymorphic parent links carry their discriminator column
    poly = [r for r in d.relationships if r.from_ == "notes.parent_id"]
    assert {r.to for r in poly} == {"companies.company_id", "contacts.contact_id",
                                    "deals.deal_id"}
    assert all(r.kind == "polymorphic" and r.via == "parent_type" for r in poly)
    # no spurious links between unrelated small integer ids
    assert not any(r.to.startswith("campaigns.") for r in d.relationships)


def test_smartdesk_custom_fields(smartdesk: tuple[Path, Discovery]) -> None:
    _, d = smartdesk
    cf = {(c.source, c.column): c for c in d.custom_fields}
    assert cf[("contacts", "cf_interests")].type == "multiselect"
    assert cf[("contacts", "cf_interests")].options == ["Analytics", "Integrations", "Mobile",
                                                        "Security", "Training"]
    assert cf[("companies", "cf_tier")].options == ["Gold", "Silver", "Bronze"]
    assert all(c.defined and c.present for c in cf.values())
    assert len(cf) == 8


def test_undefined_custom_columns_are_inferred(tmp_path: Path) -> None:
    (tmp_path / "contacts.csv").write_text(
        "contact_id,first_name,last_name,email,favourite_color,cf_score\n"
        + "".join(f"{i},A{i},B{i},a{i}@x.com,{['red', 'blue'][i % 2]},{i * 1.5}\n"
                  for i in range(40)), encoding="utf-8")
    d = discover(read_export(tmp_path))
    cf = {c.column: c for c in d.custom_fields}
    assert set(cf) == {"favourite_color", "cf_score"}
    assert cf["favourite_color"].type == "picklist" and not cf["favourite_color"].defined
    assert cf["favourite_color"].options == ["blue", "red"]
    assert cf["cf_score"].type == "number"


def test_classify_unknown_table() -> None:
    kind, conf, _, evidence = classify_table("misc", ["foo", "bar", "baz"])
    assert kind == "unknown" and evidence


def test_write_discovery_json(smartdesk: tuple[Path, Discovery], tmp_path: Path) -> None:
    _, d = smartdesk
    path = write_discovery(d, tmp_path / "out")
    data = json.loads(path.read_text(encoding="utf-8"))
    obj = next(o for o in data["objects"] if o["source"] == "contacts")
    assert {"name", "source", "rows", "columns", "primary_key"} <= set(obj)
    assert obj["name"] == "contact" and obj["primary_key"] == "contact_id"
    assert {"name": "email", "type": "email"} in obj["columns"]
    rel = data["relationships"][0]
    assert {"from", "to", "match_rate"} <= set(rel)


def test_discovery_json_round_trips(smartdesk: tuple[Path, Discovery], tmp_path: Path) -> None:
    """discovery.json is read back as the same Discovery: the later stages use it as is."""
    _, d = smartdesk
    back = read_discovery(write_discovery(d, tmp_path / "run" / "discovery.json"))
    assert back == d
    assert back.guesses["contacts"]["column_types"]["email"] == "email"
    assert back.key_of("deals") == "deal_id" and back.kind_of("deals") == "deal"
    links = back.links_from("contacts", "company_id")
    assert links[0].target_source == "companies" and links[0].target_column == "company_id"


def test_one_key_finder_and_one_vocabulary() -> None:
    """The key finder and the words for object kinds are discovery's, used by mapping too."""
    import polars as pl

    from d365migrate.intake.discover import kind_of_word, primary_key
    from d365migrate.mapping.vocabulary import load_vocabulary

    df = pl.DataFrame({"name": ["a", "b", "c"], "deal_id": ["1", "2", "3"],
                       "company_id": ["9", "9", "8"]})
    assert primary_key("deals", df) == "deal_id"
    assert kind_of_word("Companies") == "account" and kind_of_word("Opp") == "deal"
    vocab = load_vocabulary()
    assert vocab.word_tables("deals") == ["opportunity"]
    assert vocab.entity("company") == "account" and vocab.entity("owner") == "systemuser"
    assert vocab.entity("parent") == "_self"


def test_discovery_json_carries_the_formats_staging_reads(tmp_path: Path) -> None:
    """Staging reads each column's date and number format from discovery.json, so what the
    analyst reviewed there is what stages: the round trip keeps every column's format."""
    from d365migrate.intake.found import read_discovery, write_discovery

    export = read_export(SALESFORCE)
    path = write_discovery(discover(export), tmp_path / "discovery.json")
    guesses = read_discovery(path).intake_guesses()
    assert set(guesses) == set(export.guesses)
    for source, g in export.guesses.items():
        for column in g.columns:
            assert guesses[source].value_format(column) == g.value_format(column), (source,
                                                                                   column)
    assert guesses["Opportunity"].date_formats["CloseDate"]


# ------------------------------------------------------------------ other CRMs' shapes (issue 13)

def test_warehouse_names_prefixed_columns_and_junctions() -> None:
    """Connector tables ('<object>_data', 'engagement_<kind>_data') with property_* columns
    are named by their head noun and their columns once the shared prefix is stripped; a
    table joining two objects is not records of either."""
    cols = ["id", "property_name", "property_city", "property_industry", "property_country"]
    assert classify_table("company_data", cols, "id")[0] == "account"
    assert classify_table("engagement_meeting_data", ["engagement_id", "start_time",
                                                       "end_time", "title"],
                          "engagement_id")[0] == "activity"
    assert classify_table("engagement_task_data", ["engagement_id", "type"],
                          "engagement_id")[0] == "task"
    assert classify_table("deal_pipeline_stage_data", ["stage_id", "pipeline_id", "label",
                                                        "display_order"], "stage_id")[0] \
        == "pipeline"
    assert classify_table("deal_contact_data", ["contact_id", "deal_id", "type_id"],
                          "deal_id")[0] == "unknown"
    # an owners file has a contact's columns; its name settles it
    assert classify_table("owner_data", ["owner_id", "email", "first_name", "last_name"],
                          "owner_id")[0] == "user"


def test_a_file_the_engine_is_unsure_of_is_shown_unsure() -> None:
    kind, _, scores, evidence = classify_table("sheet", ["first_name", "last_name", "email",
                                                         "active"])
    assert kind == "unknown"
    assert any(e.startswith("unsure:") and "contact" in e and "user" in e for e in evidence)


def test_natural_and_composite_keys(tmp_path: Path) -> None:
    (tmp_path / "companies.csv").write_text(
        "name,sector,city\nAcme,IT,Paris\nGlobex,Retail,Lyon\nInitech,IT,Paris\n",
        encoding="utf-8")
    (tmp_path / "deals.csv").write_text(
        "title,company,amount\nWebsite,Acme,10\nWebsite,Globex,20\nAudit,Acme,30\n",
        encoding="utf-8")
    d = discover(read_export(tmp_path))
    companies, deals = d.by_source("companies"), d.by_source("deals")
    assert companies is not None and companies.primary_key == "name"
    assert any("natural key" in e for e in companies.evidence)
    assert deals is not None and deals.primary_key is None
    assert deals.key_candidates[0]["columns"] == ["title", "company"]
    assert any("composite key" in e for e in deals.evidence)


def test_blank_cells_and_own_ids_make_no_links(tmp_path: Path) -> None:
    """'' matches nothing, and a column links to its own table's ids only when its name
    says so (ManagerId), not because small integers coincide."""
    (tmp_path / "contacts.csv").write_text(
        "id,name,email,sales_id,timezone_key,manager_id\n"
        + "".join(f"{i},N{i},{'' if i % 2 else f'n{i}@x.com'},{i % 3 + 1},,"
                  f"{'' if i == 1 else 1}\n" for i in range(1, 30)), encoding="utf-8")
    (tmp_path / "tasks.csv").write_text(
        "id,subject,due_date,zone_key\n" + "".join(f"{i},S{i},2024-01-0{i},\n"
                                                   for i in range(1, 8)), encoding="utf-8")
    rels = _rels(discover(read_export(tmp_path)))
    assert not any(f.startswith("tasks.zone_key") for f, _ in rels)
    assert ("contacts.sales_id", "contacts.id") not in rels
    assert rels[("contacts.manager_id", "contacts.id")] == 1.0


def test_a_parent_id_with_a_type_column_is_polymorphic_when_one_table_holds_most(
        tmp_path: Path) -> None:
    # 15 notes: 10 on companies, 5 on contacts, and a parent_type column: one link that
    # points at two tables, not a link to companies that a third of the notes miss
    (tmp_path / "companies.csv").write_text(
        "company_id,name,domain\n" + "".join(f"{100 + i},Co {i},co{i}.com\n" for i in range(12)))
    (tmp_path / "contacts.csv").write_text(
        "contact_id,first_name,last_name,email\n"
        + "".join(f"{500 + i},Ann,Lee{i},ann{i}@x.com\n" for i in range(8)))
    rows = [f"{900 + i},company,{100 + i},Called them" for i in range(10)]
    rows += [f"{910 + i},contact,{500 + i},Left a message" for i in range(5)]
    (tmp_path / "notes.csv").write_text("note_id,parent_type,parent_id,body\n"
                                        + "\n".join(rows) + "\n")
    disc = discover(read_export(tmp_path))
    links = [r for r in disc.links_from("notes") if r.from_ == "notes.parent_id"]
    assert {r.to for r in links} == {"companies.company_id", "contacts.contact_id"}
    assert all(r.kind == "polymorphic" and r.via == "parent_type" for r in links)
