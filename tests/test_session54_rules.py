"""Session 54's rules, each on made-up data: a site's users whose role is the customer's, and
a membership site's members whose columns say what they buy, are contacts; a staff list
stays users (rounds Z6's and Z7's held-out misses: Payload CMS, Paid Memberships Pro)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export


def _kinds(**tables: pl.DataFrame) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(Path("."), dict(tables))).objects}


def test_users_whose_role_is_the_customers_are_contacts_staff_stay_users() -> None:
    shoppers = pl.DataFrame({"Name": ["Ana Ruiz", "Bo Berg"],
                             "Email": ["ana@mail.example", "bo@mail.example"],
                             "Roles": ["customer", "Customer"]})
    assert _kinds(users=shoppers)["users"] == "contact"
    # one admin among them: the business's own sign-ins, users
    staff = shoppers.with_columns(pl.Series("Roles", ["admin", "customer"]))
    assert _kinds(users=staff)["users"] == "user"
    assert _kinds(users=shoppers.rename({"Roles": "Rolle"}))["users"] == "contact"
    # a users file naming who created each row holds the staff who write records (Zammad's)
    audited = shoppers.with_columns(pl.Series("created_by_id", ["1", "1"]))
    assert _kinds(users=audited)["users"] == "user"


def test_members_whose_columns_say_what_they_buy_are_contacts() -> None:
    members = pl.DataFrame({
        "id": ["2", "3"], "username": ["ana", "bo"], "firstname": ["Ana", "Bo"],
        "lastname": ["Ruiz", "Berg"], "email": ["ana@mail.example", "bo@mail.example"],
        "membership": ["Gold", "Silver"], "discount_code": ["", "SPRING"],
        "billing_amount": ["10.00", "5.00"], "joined": ["2026-03-04", "2026-03-05"]})
    assert _kinds(members=members)["members"] == "contact"
    # one such column alone (a staff's own plan) says nothing
    one = members.drop("discount_code", "billing_amount")
    assert _kinds(members=one)["members"] == "user"


def test_javas_zoned_date_time_reads_as_a_date_its_zone_name_dropped() -> None:
    from d365migrate.intake.values import parse_dates
    parsed = parse_dates(pl.Series(["2026-07-05T12:00:36+02:00[Europe/Zurich]",
                                    "2026-07-05T12:00:37.123Z[UTC]"]))
    assert parsed.failed.height == 0
    assert [str(v) for v in parsed.values.to_list()] == ["2026-07-05 10:00:36",
                                                         "2026-07-05 12:00:37.123000"]


def test_a_link_decision_may_name_the_column_the_map_took_for_owner_or_key() -> None:
    from d365migrate.intake.discover import discover
    from d365migrate.mapping.accuracy import load_table_defs
    from d365migrate.mapping.decisions import apply_decisions
    from d365migrate.mapping.keys_values import decide_key
    from d365migrate.mapping.propose import propose_mapping
    root = Path(__file__).resolve().parents[1]
    defs = {**load_table_defs(root / "src" / "dataverse_emulator" / "data" / "tables"),
            **load_table_defs(root / "tests" / "data" / "tables")}
    orders = pl.DataFrame({"id": ["7", "8", "9"], "userName": ["Ana Ruiz", "Bo Berg", "Ana Ruiz"],
                           "productName": ["Soup", "Cake", "Tea"],
                           "orderAmount": ["4.50", "3.00", "2.00"]})
    people = pl.DataFrame({"name": ["Ana Ruiz", "Bo Berg"],
                           "email": ["ana@mail.example", "bo@mail.example"]})
    ex = Export(Path("."), {"orders": orders, "people": people})
    mapping = propose_mapping(ex, discover(ex), defs, ["contact", "salesorder"],
                              source_id_column="new_sourceid").mapping
    # Appsmith's orders: the map reads 'userName' as the owner; a person says it is the
    # customer, by name (the message was "orders has no column 'userName'")
    out = apply_decisions(mapping, {
        "keys": {"salesorder": ["id"], "contact": ["name"]},
        "links": {"salesorder.customerid": {"to": "contact", "source": "userName",
                                            "by": "name"}}}, table_def=lambda t: defs[t])
    (entry,) = [t for t in out["tables"] if t["source"] == "orders"]
    assert ("userName", "customerid") in [(lk["source"], lk["target"])
                                          for lk in entry["lookups"]]
    # a natural key a confirmed key replaces stays a column the map knows
    natural = {"tables": [{"source": "orders", "target": "salesorder", "source_key": "userName",
                           "columns": [], "lookups": [], "unmapped": ["id"]}]}
    (entry,) = decide_key(natural, "salesorder", ["id"])["tables"]
    assert "userName" in entry["unmapped"] and entry["key_columns"] == ["id"]


def _table(name: str) -> dict:
    import json
    root = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data"
    return json.loads((root / "tables" / f"{name}.json").read_text())


def test_a_records_number_path_a_localized_name_a_target_close_and_a_registration() -> None:
    from d365migrate.mapping.suggest import suggest_columns
    quotes = pl.DataFrame({"number": ["Q-1", "Q-2"], "customer.number": ["TTOYS", "TPARTS"],
                           "name.en": ["Chairs", "Desks"],
                           "description.de-DE": ["Stühle", "Tische"],
                           "address.number": ["12", "14"]})
    cands = suggest_columns(quotes, _table("quote"), source_object="QuoteExport")
    assert cands["customer.number"][0].target == "customerid"   # the customer, by number
    assert cands["name.en"][0].target == "name"                  # the name, in English
    assert cands["description.de-DE"][0].target == "description"
    assert not cands["address.number"] or cands["address.number"][0].target != "customerid"
    deals = pl.DataFrame({"name": ["Big deal", "Small deal"],
                          "targetClose": ["2026-01-02", "2026-02-03"]})
    cands = suggest_columns(deals, _table("opportunity"), source_object="OpportunityExport")
    assert cands["targetClose"][0].target == "estimatedclosedate"
    people = pl.DataFrame({"Name": ["Ana Ruiz", "Bo Berg"],
                           "Registration date": ["2023-01-15", "2023-02-20"]})
    cands = suggest_columns(people, _table("contact"), source_object="tbl_contacts")
    assert cands["Registration date"][0].target == "overriddencreatedon"


def test_a_products_file_of_variants_is_products_its_variant_id_its_own() -> None:
    variants = pl.DataFrame({"productType": ["main", "", "main"], "variantId": ["1", "2", "1"],
                             "sku": ["A-1", "A-2", "B-1"], "name.en": ["Chair", "", "Desk"],
                             "prices": ["EUR 100", "EUR 110", "EUR 300"]})
    assert _kinds(products=variants)["products"] == "product"
