"""keys480's public export runs end to end from its parameters file, decisions only
(issue 13): Exact Online (exactonline/exactonline-api-dotnet-client at 02d05483, MIT; Exact's
own .NET client of the Exact Online REST API), the records its unit tests carry as recorded
API responses (55 accounts -- 'Sportmart B.V.', 'Belastingdienst', 'High Jumper', many
'ConnectivityTest' relations --, two sales invoices and their two lines, two GL accounts),
one CSV per entity headed by Exact Online's API property names, in English
(tests/data/exports/exactonline-export-en; SOURCE.md), on the branch-point engine c207a92e
(session 59, round Z25). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through conftest's ``runs``).

The 55 accounts load as accounts, keyed by Exact's GUID ('ID'): name, address, city,
postcode, country, province, phone, fax, e-mail, website, remarks as description, the
relation number ('Code', its padding dropped) as the account number, the sales credit line
as the credit limit, the relation status as the relationship type (40 customers, 15 with no
status as Other), the sales currency ('SalesCurrency', EUR, added to the org beside its base)
binding each to the org's euro by its code; nothing held back, skipped, cleared or failed;
verification finds no column differing. Ten accounts name a main contact (a GUID) that no
file of the export holds: the engine leaves the link out, reports it and counts them as
moved without it (links_left primarycontactid 10). The sales invoices, their lines and the
GL accounts are not loaded: each is reported unmatched.

The parameters decide: the key ('ID'); no owner column (Creator and Modifier are Exact
users' GUIDs); 'Status' as the relationship type with its two values (the map read it as the
status reason: a measured miss, and put 'BusinessType' there: the other), the status reason
left unset; 'CreditLineSales' as the credit limit and 'StateName' as the province (the map
left both unread: measured misses); no row may be held back.

What is NOT read (left unmapped): Exact's settings, flags and ledger links on the account
(IsSupplier, Blocked, VAT codes, GL accounts, the purchase currency and both currencies'
descriptions, payment conditions, invoicing settings), its sector and size GUIDs, the change
stamp ('/Date(ms)/': since session 59 the creation stamp is read, as the record's creation
time), the Chamber of Commerce and VAT numbers, the logo; the files sales_invoices.csv,
sales_invoice_lines.csv and gl_accounts.csv whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from d365migrate.staging.keys import surrogate_key
from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "exactonline-export-en"
ACCOUNT = {"address1_line1": "AddressLine1", "address1_city": "City", "accountnumber": "Code",
           "address1_country": "Country", "emailaddress1": "Email", "fax": "Fax",
           "name": "Name", "telephone1": "Phone", "address1_postalcode": "Postcode",
           "description": "Remarks", "websiteurl": "Website",
           "address1_stateorprovince": "StateName", "creditlimit": "CreditLineSales",
           "customertypecode": "Status", "overriddencreatedon": "Created"}
UNREAD = {"sales_invoices", "sales_invoice_lines", "gl_accounts"}


def test_exactonline_accounts_load(runs: Callable[[str], Path]) -> None:
    """55 accounts load keyed by Exact's GUID (ten without their main contact, which the
    export does not hold); the invoices, their lines and the GL accounts stay in Exact
    Online; nothing is held back and nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("accounts", 55, 55, 0, 0, 0, 0, 0)}
    assert out["account"]["links_left"] == {"primarycontactid": 10}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "accounts": ("account", {"account": 55}, True),
        **{f: ("unknown", {}, False) for f in UNREAD}}
    assert "the bills of sales, which no Sales table holds" in files["sales_invoices"]["reason"]
    assert "chart of accounts" in files["gl_accounts"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert table["target"] == "account"
    assert (table["source"], table["source_key"]) == ("accounts", "key(ID)")
    assert {c["target"]: c["source"] for c in table["columns"]} == ACCOUNT
    assert "BusinessType" in table["unmapped"] and "ID" in table["unmapped"]
    assert "SalesCurrency" not in table["unmapped"]
    assert {"PurchaseCurrency", "PurchaseCurrencyDescription",
            "SalesCurrencyDescription"} <= set(table["unmapped"])
    assert len(table["unmapped"]) == 80 - len(ACCOUNT) - 1    # 'SalesCurrency': the link
    assert [(u["source"], u["target"]) for u in table["unresolved_lookups"]] == [
        ("MainContact", "primarycontactid")]
    assert not table.get("owner")
    # the sales currency (EUR): the org's euro, found by its code
    assert [(lk["target"], lk["table"], lk["source"], lk.get("by"), lk["existing"])
            for lk in table["lookups"]] == [
        ("transactioncurrencyid", "transactioncurrency", "SalesCurrency", None,
         {"table": "transactioncurrency", "by": "isocurrencycode"})]
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        f: "unknown" for f in UNREAD}

    for kind in ("quarantine", "cleared", "skipped", "failed", "unresolved_links", "flags"):
        assert pl.read_csv(run_dir / kind / "account.csv",
                           infer_schema=False).height == 0, kind

    staged = pl.read_parquet(run_dir / "staged" / "account.parquet").sort("__source_row")
    assert staged.height == 55
    assert staged["__source_id"].n_unique() == 55
    assert staged["__source_id"][0] == surrogate_key(["71b961de-b9f3-49fe-883d-0f46c7e0e89b"])
    assert dict(staged["customertypecode"].value_counts().rows()) == {3: 40, 12: 15}
    assert staged["creditlimit"].unique().to_list() == [0.0]
    assert "statuscode" not in staged.columns and "primarycontactid" not in staged.columns
    three = staged.filter(pl.col("name").is_in(
        ["Sportmart B.V.", "Belastingdienst", "High Jumper"]))
    # 'Created' as Exact writes it, '/Date(1366286239240)/': milliseconds since 1970, UTC
    assert three["overriddencreatedon"].to_list() == [
        "2013-04-18T11:57:19Z", "2013-04-18T11:57:09Z", "2013-04-18T11:57:18Z"]
    rows = three.select([c for c in ACCOUNT if c != "overriddencreatedon"]).rows()
    assert rows == [
        ("Dorpstraat", "Veldhoven", "24", "NL", "informatie@sportmartbv.nl", None,
         "Sportmart B.V.", "040-666677767", "5509", None, "www.sportmart.nl",
         "Noord Brabant", 0.0, 3),
        (None, "Apeldoorn", "10", "NL", None, None, "Belastingdienst", None, None, None,
         "www.belastingdienst.nl", None, 0.0, 12),
        ("21 Jumpstreet", "Beijing", "19", "CN", "info@highjumpers.com", None, "High Jumper",
         None, None, None, "www.highjumpers.com", "Beijing", 0.0, 12)]
    eneco = staged.filter(pl.col("name") == "Warmtebedrijf Eneco Delft B.V.")
    assert eneco["description"].to_list() == [
        "SBI: 3514 Handel in elektriciteit en in gas via leidingen\r\nMedewerkers: 1\r\n"
        "Status volgens Kamer van Koophandel: Neemt niet actief deel aan het economische "
        "verkeer"]
    assert staged.filter(pl.col("fax").is_not_null()).select("name", "fax").rows() == [
        ("Exact Software Nederland B.V.", "015-7115010")]
    assert staged.select("__ref__transactioncurrencyid", "__via__transactioncurrencyid"
                         ).unique().rows() == [
        ('existing:{"match": {"isocurrencycode": "EUR"}, "table": "transactioncurrency"}',
         "existing")]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"account"}
    assert set(verified["account"]) == set(ACCOUNT) | {"transactioncurrencyid"}
    assert not any(verified["account"].values())
