"""Session 52's rules, each on made-up data: the sponsor's read-back names a column by the
label Dynamics 365 gives it even where the map's reason (a foreign word) names none; Spanish
address sides with their accents; a customer's active flag is its state (created, then
deactivated in the org); a person's age and nationality are no address; a second e-mail
column takes the next address free; a shop's customers whose e-mails name them are people;
an order's taxes in Spanish, India's PIN code; 'Jun/2/1993'; a price headed with its
currency in brackets in any language (rounds Z4's and earlier held-out misses)."""

from __future__ import annotations

from d365migrate.report.readback_facts import verification_facts


def test_the_read_back_names_columns_by_the_orgs_labels_not_logical_names() -> None:
    data = {"ok": True, "mismatches": 1,
            "tables": {"contact": {"checked": 2, "matched": 1, "mismatched": 1,
                                   "columns": {"mobilephone": 1}}},
            "spot_check": {"tables": {"contact": {"of": 2, "records": [
                {"source_id": "s1", "found": True, "fields": [
                    {"field": "externaluseridentifier", "label": "External User Identifier",
                     "export": "s1", "org": "s1", "same": True},
                    {"field": "mobilephone", "label": "Mobile Phone",
                     "export": "1", "org": "2", "same": False}]}]}}}}
    # the map's reasons are a foreign word's: they name no label
    mapping = {"tables": [{"name": "contact", "target": "contact", "columns": [
        {"source": "Numéro d'identification", "target": "externaluseridentifier",
         "reason": "foreign word"},
        {"source": "Téléphone mobile", "target": "mobilephone", "reason": "foreign word"}]}]}
    facts = verification_facts(data, mapping)
    assert facts["tables"][0]["differ"] == "Mobile Phone (1)"
    shown = [f["field"] for f in facts["spot"][0]["records"][0]["fields"]]
    assert shown == ["External User Identifier", "Mobile Phone"]


def test_two_spanish_address_sides_are_two_addresses_accents_and_all() -> None:
    from d365migrate.mapping.copies import _sides
    assert _sides("Facturación: Ciudad", "Envío: Ciudad")
    assert _sides("Ciudad (facturacion)", "Ciudad (envío)")
    assert not _sides("Facturación: Ciudad", "Facturación: Ciudad 2")


def _defs(*names: str) -> dict:
    import json
    from pathlib import Path
    tables = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
    return {n: json.loads((tables / f"{n}.json").read_text()) for n in names}


def test_a_records_active_flag_is_its_state_true_active_false_inactive() -> None:
    from pathlib import Path

    import polars as pl

    from d365migrate.intake.discover import discover
    from d365migrate.intake.read import Export
    from d365migrate.mapping.propose import propose_mapping
    from d365migrate.mapping.suggest import suggest_columns
    defs = _defs("account", "contact", "task")
    people = pl.DataFrame({"E-Mail": ["a@x.de", "b@x.de", "c@x.de"],
                           "Vorname": ["Ana", "Bo", "Cy"], "Nachname": ["Ruiz", "Berg", "Cole"],
                           "Aktiviert": ["Ja", "Nein", "Ja"], "Newsletter": ["Ja", "Ja", "Nein"]})
    cands = suggest_columns(people, defs["contact"], source_object="Kunden")
    assert cands["Aktiviert"][0].target == "statecode"
    assert not cands.get("Newsletter") or cands["Newsletter"][0].target != "statecode"
    ex = Export(Path("."), {"customers": people.rename({"Aktiviert": "Disabled"})
                            .with_columns(pl.col("Disabled").replace({"Ja": "yes",
                                                                      "Nein": "no"}))})
    mapping = propose_mapping(ex, discover(ex), defs, ["contact"],
                              source_id_column="new_sourceid").mapping
    (entry,) = [t for t in mapping["tables"] if t["target"] == "contact"]
    state = [(c["source"], c["values"]) for c in entry["columns"] if c["target"] == "statecode"]
    assert state == [("Disabled", {"no": 0, "yes": 1})]   # the name says the opposite


def test_an_active_flag_beside_a_status_or_on_a_to_do_is_no_record_state() -> None:
    import polars as pl

    from d365migrate.mapping.suggest import suggest_columns
    defs = _defs("contact", "task")
    people = pl.DataFrame({"First name": ["Ana", "Bo"], "Last name": ["Ruiz", "Berg"],
                           "Active": ["yes", "no"], "Status": ["Enabled", "Needs approval"]})
    cands = suggest_columns(people, defs["contact"], source_object="users")
    assert not cands.get("Active") or cands["Active"][0].target != "statecode"
    todo = pl.DataFrame({"Subject": ["Call", "Mail"], "Active": ["yes", "no"]})
    cands = suggest_columns(todo, defs["task"], source_object="tasks")
    assert not cands.get("Active") or cands["Active"][0].target != "statecode"


def test_an_inactive_account_is_created_then_deactivated_in_the_org(tmp_path) -> None:
    import polars as pl

    from d365migrate.dataverse.destination import Destination, connect
    from d365migrate.load.closes import apply_closes, split_states
    account = _defs("account")["account"]
    staged = pl.DataFrame({"__source_id": ["a1", "a2"], "name": ["Open Co", "Gone Co"],
                           "statecode": [0, 1]})
    create, closes = split_states(staged, account)
    assert closes.rows() == [("a2", 1, 2)]   # Inactive, its first status reason
    dest = Destination(url="http://dataverse.emulator/", kind="embedded-emulator",
                       state_file=str(tmp_path / "org.sqlite"))
    with connect(dest) as client:
        ids = {r["__source_id"]: client.create("accounts", {"name": r["name"]})
               for r in create.to_dicts()}
        out = apply_closes(client, account, closes, ids, staged, progress=False)
        assert out["closed"] == 1 and out["closed_as"] == {"Inactive": 1}
        assert client.retrieve("accounts", ids["a2"], ["statecode"])["statecode"] == 1
        assert client.retrieve("accounts", ids["a1"], ["statecode"])["statecode"] == 0


def test_a_persons_age_and_nationality_are_no_address_whatever_their_values() -> None:
    import polars as pl

    from d365migrate.mapping.suggest import suggest_columns
    defs = _defs("contact")
    people = pl.DataFrame({"Vorname": ["Ana", "Bo", "Cy", "Di", "Ed"],
                           "Nachname": ["Ruiz", "Berg", "Cole", "Dahl", "Eck"],
                           "Alter": ["34", "41", "29", "56", "38"],
                           "Nationality": ["BELGIUM", "SPAIN", "FRANCE", "SPAIN", "ITALY"],
                           "Stadt": ["Gent", "Madrid", "Lyon", "Vigo", "Rom"]})
    cands = suggest_columns(people, defs["contact"], source_object="profiles")
    assert not cands.get("Alter") or "postalcode" not in cands["Alter"][0].target
    assert not cands.get("Nationality") or "country" not in cands["Nationality"][0].target
    # an unread header whose values are countries still reads as the country
    land = people.rename({"Nationality": "Ülke"})
    cands = suggest_columns(land, defs["contact"], source_object="profiles")
    assert cands["Ülke"][0].target == "address1_country"


def test_a_second_column_read_as_the_first_email_takes_the_next_one_free() -> None:
    import polars as pl

    from d365migrate.mapping.suggest import suggest_columns
    defs = _defs("contact")
    people = pl.DataFrame({"Email": ["a@x.org", "b@x.org"], "First name": ["Ana", "Bo"],
                           "Last name": ["Ruiz", "Berg"], "E-Mail": ["ana@home.org", None]})
    cands = suggest_columns(people, defs["contact"], source_object="users")
    assert cands["Email"][0].target == "emailaddress1"
    assert cands["E-Mail"][0].target == "emailaddress2"


def test_a_shops_customers_whose_e_mails_name_them_are_people() -> None:
    from pathlib import Path

    import polars as pl

    from d365migrate.intake.discover import discover
    from d365migrate.intake.read import Export
    orders = pl.DataFrame({"Order ID": ["1", "2", "3"], "Order Number": ["1", "2", "3"],
                           "Customer ID": ["18", "19", "20"], "Amount": ["10.00", "5.00", "7.00"],
                           "Status": ["complete", "complete", "pending"],
                           "Date": ["2024-01-02", "2024-01-03", "2024-01-04"]})
    people = pl.DataFrame({"ID": ["18", "19", "20"],
                           "Nome cliente": ["Elmer West", "Ana Ruiz", "Tom Berg"],
                           "E-mail": ["elmer@shop.example", "a.ruiz@mail.example",
                                      "tberg@mail.example"],
                           "Gruppo": ["Default", "Default", "Wholesale"],
                           "Stato": ["Abilita", "Abilita", "Abilita"],
                           "Ordini": ["1", "2", "1"]})
    kinds = {o.source: o.name for o in discover(Export(Path("."), {
        "customers": people, "orders": orders})).objects}
    assert kinds["customers"] == "contact"
    # companies writing from a role's address stay the customers' companies
    firms = people.with_columns(pl.Series("Nome cliente", ["Acme Srl", "Beta Spa", "Gamma"]),
                                pl.Series("E-mail", ["info@acme.example", "sales@beta.example",
                                                     "ordini@gamma.example"]))
    kinds = {o.source: o.name for o in discover(Export(Path("."), {
        "customers": firms, "orders": orders})).objects}
    assert kinds["customers"] == "account"


def test_an_orders_taxes_in_spanish_and_indias_pin_code() -> None:
    import polars as pl

    from d365migrate.mapping.suggest import suggest_columns
    defs = _defs("salesorder", "contact")
    orders = pl.DataFrame({"Número de pedido": ["1", "2"], "Cliente": ["Ana", "Bo"],
                           "Impuestos": ["25.00", "0.00"]})
    cands = suggest_columns(orders, defs["salesorder"], source_object="pedidos")
    assert cands["Impuestos"][0].target == "totaltax"
    people = pl.DataFrame({"Name": ["Asha Rao", "Ravi Iyer"], "City": ["Pune", "Chennai"],
                           "PIN code": ["411001", "600001"]})
    cands = suggest_columns(people, defs["contact"], source_object="students")
    assert cands["PIN code"][0].target == "address1_postalcode"


def test_a_month_name_then_day_and_year_with_slashes_is_a_date() -> None:
    import polars as pl

    from d365migrate.intake.values import parse_dates
    parsed = parse_dates(pl.Series(["Jun/2/1993", "Aug/24/2005", "Jan/8/2004"]))
    assert [d.isoformat()[:10] for d in parsed.values.to_list()] == [
        "1993-06-02", "2005-08-24", "2004-01-08"]


def test_a_price_headed_with_its_currency_in_brackets_reads_in_any_language() -> None:
    import polars as pl

    from d365migrate.mapping.suggest import suggest_columns
    defs = _defs("product")
    for header in ("Preis (EUR)", "Prix (EUR)", "Precio (USD)"):
        products = pl.DataFrame({"Name": ["A", "B"], header: ["12.50", "3.00"]})
        cands = suggest_columns(products, defs["product"], source_object="products")
        assert cands[header][0].target == "price", header


def test_a_run_loads_a_deactivated_customer_inactive_and_verifies_it(tmp_path) -> None:
    import json

    import yaml

    from d365migrate.run import steps
    from d365migrate.run.context import RunContext
    export = tmp_path / "export"
    export.mkdir()
    (export / "customers.csv").write_text(
        "Email,First name,Last name,Active\n"
        "ana@shop.example,Ana,Ruiz,Yes\nbo@shop.example,Bo,Berg,No\n"
        "cy@shop.example,Cy,Cole,Yes\n", encoding="utf-8")
    params = {"engagement": "active-flag", "source": {"crm": "A shop"},
              "export": str(export), "runs_dir": str(tmp_path / "runs"),
              "intake": {"customers.csv": {"object": "contact"}}, "objects": ["contact"],
              "mapping": {"confirm_as": "test", "decisions": {"keys": {"contact": ["Email"]}}},
              "owners": {"fallback_owner_email": "avery.admin@contoso.example"},
              "destination": {"url": None}}
    path = tmp_path / "params.yml"
    path.write_text(yaml.safe_dump(params), encoding="utf-8")
    ctx = RunContext.open(path, tmp_path / "run")
    steps.profile_step(ctx)
    steps.mapping_step(ctx)
    steps.stage_step(ctx)
    steps.load_step(ctx, progress=False)
    data = steps.reconcile_step(ctx)
    assert data["balanced"], data
    rows = ctx.client.query("contacts", select=["emailaddress1", "statecode", "statuscode"])
    assert {r["emailaddress1"]: (r["statecode"], r["statuscode"]) for r in rows} == {
        "ana@shop.example": (0, 1), "bo@shop.example": (1, 2), "cy@shop.example": (0, 1)}
    verification = json.loads((ctx.run_dir / "verification.json").read_text())
    assert verification["ok"] and not verification.get("mismatches")


def test_a_shops_customers_headed_by_a_first_and_last_name_in_any_language() -> None:
    from pathlib import Path

    import polars as pl

    from d365migrate.intake.discover import discover
    from d365migrate.intake.read import Export
    orders = pl.DataFrame({"Nom du client": ["Ana Ruiz", "Tom Berg"], "Total": ["10.00", "5.00"],
                           "Statut": ["Livrée", "En cours"]})
    for first, last, email in (("Prénom du client", "Nom de famille du client", "Adresse courriel"),
                               ("Nombre del cliente", "Apellidos del cliente",
                                "Dirección de correo electrónico")):
        people = pl.DataFrame({first: ["Ana", "Tom"], last: ["Ruiz", "Berg"],
                               email: ["test@shop.example", "email@email.example"],
                               "Pays": ["CA", "US"]})
        kinds = {o.source: o.name for o in discover(Export(Path("."), {
            "customers": people, "orders": orders})).objects}
        assert kinds["customers"] == "contact", first


def test_a_publications_paying_members_and_an_associations_member_companies() -> None:
    from pathlib import Path

    import polars as pl

    from d365migrate.intake.discover import discover
    from d365migrate.intake.read import Export
    members = pl.DataFrame({"email": ["a@x.example", "b@x.example"], "name": ["Ana", "Bo"],
                            "subscribed_to_emails": ["true", "false"],
                            "stripe_customer_id": ["cus_1", ""], "tiers": ["Gold", ""]})
    companies = pl.DataFrame({"Name": ["ABC Company", "Acme"], "Phone": ["555", "556"],
                              "Join Date": ["2015-10-15", "2016-01-02"]})
    kinds = {o.source: o.name for o in discover(Export(Path("."), {
        "members": members, "corporate_memberships": companies})).objects}
    assert kinds == {"members": "contact", "corporate_memberships": "account"}
