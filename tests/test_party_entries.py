"""A file of companies and people beside the export's other files (keys75, issue 13): each
splits by its flag or type column whatever its share of companies, its people's links by
name to its company rows bind within the file, and a name two companies share is left
unbound and counted (mapping/party_entries.py, mapping/party_split.py, intake/value_links.py,
staging/lookups.py)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.mapfile import table_map
from d365migrate.mapping.party_split import party_split
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.further_ids import link_prefix
from d365migrate.staging.lookups import resolve_lookup, shared_names

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def _proposed(tables: dict[str, pl.DataFrame], units: list[str]) -> dict:
    export = Export(Path("."), tables)
    defs = {u: json.loads((TABLES / f"{u}.json").read_text()) for u in units}
    return propose_mapping(export, discover(export), defs, units,
                           source_id_column="new_sourceid").mapping


def _customers(names: list[str] | None = None) -> pl.DataFrame:
    """Odoo's customers and their people: 2 companies of 7 rows, no first-name column."""
    return pl.DataFrame({
        "Name": names or ["Aurora Shelves", "Roger Martins", "House Sales Direct",
                          "Yvan Holiday", "Jack Unsworth", "Michael Mason", "Sharon Pecker"],
        "Is a company": ["1", "0", "1", "0", "0", "0", "0"],
        "Related company": [None, "Aurora Shelves", None, "House Sales Direct",
                            "House Sales Direct", None, "Aurora Shelves"],
        "Street": [f"{i} Pacific Road" for i in range(7)],
        "City": ["San José"] * 7})


def test_a_flag_column_splits_a_file_whatever_its_share_of_companies() -> None:
    split = party_split(_customers())
    assert split is not None and split.first_name == ""
    assert (split.companies, split.people) == (("1",), ("0",))
    assert (split.company_rows, split.people_rows) == (2, 5)
    # a type column's values say it too (Odoo's 'Company Type': Company, Individual)
    typed = pl.DataFrame({"ID": ["p1", "p2", "p3"], "Name": ["Grocery", "Bob", "Bill"],
                          "Company Type": ["Company", "Individual", "Individual"]})
    split = party_split(typed)
    assert split is not None and split.rows(typed, "account")["ID"].to_list() == ["p1"]
    # values that say neither (a kind of customer) split nothing without a first name
    assert party_split(typed.with_columns(pl.Series("Company Type", ["A", "B", "B"]))) is None
    # one kind only: nothing to split
    assert party_split(_customers().filter(pl.col("Is a company") == "0")) is None


def test_a_partners_file_beside_an_accounts_file_gives_its_companies_their_own_entry() -> None:
    accounts = pl.DataFrame({"account_id": ["a1", "a2", "a3"],
                             "account_name": ["Globex", "Initech", "Umbrella"],
                             "website": ["globex.com", "initech.com", "umbrella.com"]})
    mapping = _proposed({"accounts": accounts, "customers_contacts": _customers()},
                        ["account", "contact"])
    assert table_map(mapping, "account")["source"] == "accounts"
    contact = table_map(mapping, "contact")
    assert contact["source"] == "customers_contacts"
    assert contact["where"] == {"column": "Is a company", "in": ["0"]}
    assert "Is a company" not in {c["source"] for c in contact["columns"]}
    companies = table_map(mapping, "account_2")
    assert companies["source"] == "customers_contacts"
    assert companies["where"] == {"column": "Is a company", "in": ["1"]}
    assert companies["id_prefix"]
    assert "2 row(s) whose Is a company is '1' are companies" in companies["reason"]
    # a person's 'Related company' names a company row of the same file: its account
    link = next(lk for lk in contact["lookups"] if lk["target"] == "parentcustomerid"
                and lk["table"] == "account")
    assert link["references"] == "customers_contacts.Name"
    assert link["parent_where"] == companies["where"]   # the company rows only
    # the ids it names are the companies' entry's (prefixed), not the people's
    assert link_prefix(mapping, link, {"customers_contacts": _customers()}) == \
        companies["id_prefix"]
    tables = {"customers_contacts": _customers()}
    people = _customers().filter(pl.col("Is a company") == "0")
    refs, via = resolve_lookup(people, link, tables)
    assert refs.to_list() == ["Aurora Shelves", "House Sales Direct", "House Sales Direct",
                              None, "Aurora Shelves"]
    assert via.to_list()[0] == "id"   # 'Name' is the file's key: its names are its ids


def test_an_ambiguous_name_is_left_unbound_and_counted() -> None:
    """Two company rows named 'Aurora Shelves': the people naming it bind to neither."""
    names = ["Aurora Shelves", "Roger Martins", "Aurora Shelves", "Yvan Holiday",
             "Jack Unsworth", "Michael Mason", "Sharon Pecker"]
    df = _customers(names).with_columns(pl.Series("ID", [f"p{i}" for i in range(7)]))
    link = {"target": "parentcustomerid", "table": "account", "source": "Related company",
            "references": "customers_contacts.ID",
            "parent_where": {"column": "Is a company", "in": ["1"]},
            "fallbacks": [{"source": "Related company", "match": "name",
                           "references": "Name"}]}
    tables = {"customers_contacts": df}
    people = df.filter(pl.col("Is a company") == "0")
    refs, _ = resolve_lookup(people, link, tables)
    assert refs.to_list() == [None, None, None, None, None]   # never guessed
    shared = shared_names(people, link, tables, refs)
    assert shared.to_list()[0] == "2 account records of the export share this name"
    assert shared.to_list()[1] is None   # 'House Sales Direct' names no company row here


def _civicrm_search(kind: str, employer: str, key: str) -> pl.DataFrame:
    """CiviCRM's contact search as its Export writes it for a user of another language:
    headers translated, the type of contact's values as stored, the employer a contact id."""
    return pl.DataFrame({
        key: [str(i) for i in range(1, 10)],
        kind: ["Organization", "Household", "Individual", "Individual", "Organization",
               "Individual", "Individual", "Individual", "Household"],
        "Nom affiché": ["Acme Trust", "Smith family", "Ann Smith", "Bo Lind", "Sun Academy",
                        "Cy Ode", "Di Roe", "Ed Vu", "Lind family"],
        "Prénom": [None, None, "Ann", "Bo", None, "Cy", "Di", "Ed", None],
        employer: [None, None, "1", "5", None, "1", None, "5", None]})


def test_a_translated_type_of_contact_splits_a_contacts_file_by_its_values() -> None:
    """Session 26: CiviCRM's organisations and households were held back in six languages
    (the type of contact was read only as 'Contact Type'); a household is no person."""
    for kind, employer, key in (("Type de contact", "Employeur actuel", "Identifiant"),
                                ("Kontaktart", "Arbeitgeber", "CiviCRM ID"),
                                ("Tipo de Contato", "Empregador Atual", "ID do Contato")):
        df = _civicrm_search(kind, employer, key)
        split = party_split(df, contact_types=True)
        assert split is not None, kind
        assert (split.people, split.companies) == (("Individual",), ("Household",
                                                                     "Organization"))
        assert (split.people_rows, split.company_rows) == (5, 4)
        # read where a contacts file splits, never to name a file: not without contact_types
        assert party_split(df) is None
        mapping = _proposed({"Contacts": df}, ["account", "contact"])
        contact = table_map(mapping, "contact")
        assert contact["where"] == {"column": kind, "in": ["Individual"]}
        # the employer (a contact id of an organisation of the file) links the person to
        # that account
        assert any(lk["target"] == "parentcustomerid" and lk["source"] == employer
                   for lk in contact["lookups"]), (kind, contact.get("unresolved_lookups"))
    # a type of contact whose values say nothing of companies and people splits nothing
    other = _civicrm_search("Type de contact", "Employeur actuel", "Identifiant") \
        .with_columns(pl.Series("Type de contact", ["Client", "Prospect"] * 4 + ["Client"]))
    assert party_split(other, contact_types=True) is None
