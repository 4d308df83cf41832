"""keys121's public exports run end to end from their parameters files, decisions only
(issue 13): Hubleto's demo records as its table CSV export writes them for a user working in
Slovak, Czech, Polish, Spanish or German: headed by its models' titles through its own
dictionaries ('Ulica, riadok č. 1', 'Příjmení', 'Imię', 'Calle, línea 1'), ';' separated,
windows-1250 as Hubleto writes it, values as stored. Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import assert_true_counts, inventory_files, outcomes, run_public
from test_public_end_to_end_session12 import _product_catalogue

#: export -> (the account's name column, its first street line, postal code and country
#: columns, the contact's last name column)
EXPORTS = {
    "hubleto-export-sk": ("Názov", "Ulica, riadok č. 1", "PSČ", "Štát", "Priezvisko"),
    "hubleto-export-cs": ("Název", "Ulice, řádek č. 1", "PSČ", "Stát", "Příjmení"),
    "hubleto-export-pl": ("Nazwa", "Ulica, wiersz nr 1", "Kod pocztowy", "Kraj", "Nazwisko"),
    "hubleto-export-es": ("Nombre", "Calle, línea 1", "Código postal", "País", "Apellido"),
    "hubleto-export-de": ("Name", "Adresszeile 1", "Postleitzahl", "Land", "Nachname"),
}


@pytest.mark.parametrize("name", list(EXPORTS))
def test_hubleto_labelled_customers_contacts_and_products_load(name: str,
                                                               tmp_path: Path) -> None:
    """Hubleto's 13 customers load as accounts (the translated name, street lines, region,
    city, postal code and country columns), its 58 contacts as contacts with their e-mails
    and web addresses (the rows of the values file, read as the contacts' columns, whatever
    the file's 'Kontakt'/'Contacto', 'Typ'/'Tipo', 'Hodnota'/'Wartość'/'Valor'/'Wert'
    headers) and its 60 products as products in the org's own unit group; every record read
    back. Read in windows-1250, the Slovak street keeps its letters ('Karadžičova 10'). The
    VAT, tax and registration numbers have no account column and are left, each named; the
    staff and the category tree stay in Hubleto, each listed with its reason."""
    account_name, street, postal, country, last = EXPORTS[name]
    run_dir = run_public(name, tmp_path, _product_catalogue)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("customers", 13, 13, 0, 0, 0),
                             "contact": ("contacts", 58, 58, 0, 0, 0),
                             "product": ("products", 60, 60, 0, 0, 0)}
    tables = {t["target"]: t for t in yaml.safe_load(
        (run_dir / "mapping.yml").read_text(encoding="utf-8"))["tables"]}
    account_cols = {c["source"]: c["target"] for c in tables["account"]["columns"]}
    assert (account_cols[account_name], account_cols[street], account_cols[postal],
            account_cols[country]) == ("name", "address1_line1", "address1_postalcode",
                                       "address1_country")
    assert len(tables["account"]["unmapped"]) == 4   # the id, VAT, tax and company numbers
    contact_cols = {c["source"]: c["target"] for c in tables["contact"]["columns"]}
    assert contact_cols[last] == "lastname"
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    telecom = accounts.filter(pl.col("name") == "Slovak Telecom").to_dicts()[0]
    assert (telecom["address1_line1"], telecom["address1_stateorprovince"],
            telecom["address1_city"], telecom["address1_postalcode"],
            telecom["address1_country"]) == (
        "Karadžičova 10", "Bratislavský kraj", "Bratislava", "83104", "Slovakia")
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert people.filter(pl.col("lastname") == "Stoneman")["firstname"].to_list() == [
        "Mechelle"]
    assert (people["emailaddress1"].drop_nulls().len(), people["websiteurl"].drop_nulls().len(),
            ) == (58, 58)
    products = pl.read_parquet(run_dir / "staged" / "product.parquet")
    assert {p["__via__defaultuomid"] for p in products.to_dicts()} == {"existing"}
    verification = json.loads((run_dir / "verification.json").read_text())["tables"]
    assert {t: verification[t]["matched"] for t in ("account", "contact", "product")} == {
        "account": 13, "contact": 58, "product": 60}
    files = inventory_files(run_dir)
    assert files["contact_values"]["folded"] == {"into": "contacts.csv", "rows": 116}
    assert files["contact_values"]["not_taken"] == 0
    for other in ("product_categories", "users"):
        assert not files[other]["migrated"] and files[other]["reason"], other
    recon = json.loads((run_dir / "reconciliation.json").read_text())
    assert recon["balanced"]
