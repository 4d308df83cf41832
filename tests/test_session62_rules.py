"""Session 62's rules, each on made-up data: what rounds Z32 to Z34 (held out, session 61)
showed the engine could not read."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def _table(name: str) -> dict:
    return json.loads((TABLES / f"{name}.json").read_text(encoding="utf-8"))


def _top(df: pl.DataFrame, table: str, source: str) -> dict[str, str | None]:
    got = suggest_columns(df, _table(table), source_object=source)
    return {c: (got[c][0].target if got.get(c) else None) for c in df.columns}


def test_a_users_whole_name_in_one_cell_is_their_full_name() -> None:
    """Zendesk Sell's, lemlist's, Agendor's and Desk.com's users files hold a seller's whole
    name in one 'name' cell: it was read as nothing, since the org computes a user's full
    name. A users file is read to match owners, never written: the full name is what it
    says (first and last names still go to their own columns)."""
    users = pl.DataFrame({"id": ["11", "12", "13"],
                          "name": ["Ada Lovelace", "Alan Turing", "Grace Hopper"],
                          "email": ["ada@example.com", "alan@example.com", "grace@example.com"]})
    assert _top(users, "systemuser", "users")["name"] == "fullname"
    # a name of something else (TimeTrex's employees' 'Legal Entity Name') is no user's
    entity = users.rename({"name": "Legal Entity Name"})
    assert _top(entity, "systemuser", "users")["Legal Entity Name"] is None
    split = pl.DataFrame({"first_name": ["Ada", "Alan"], "last_name": ["Lovelace", "Turing"],
                          "email": ["ada@example.com", "alan@example.com"]})
    assert _top(split, "systemuser", "users") == {
        "first_name": "firstname", "last_name": "lastname", "email": "internalemailaddress"}


def test_a_contacts_whole_name_is_still_written_to_its_last_name() -> None:
    """A contact's full name stays the org's to compute: a contact's whole 'name' is still
    written as its last name (only a user's is read as a full name)."""
    people = pl.DataFrame({"id": ["1", "2"], "name": ["Ada Lovelace", "Alan Turing"],
                           "email": ["ada@example.com", "alan@example.com"]})
    assert _top(people, "contact", "people")["name"] != "fullname"


def test_an_italian_stato_of_countries_is_the_country() -> None:
    """vtenext's Italian labels head an address's country 'Stato' ('Stato (Fatturazione)',
    a lead's bare 'Stato' beside its 'Stato Lead'), which the word lists read as a status:
    it was left out. Where its values are countries' names, it is the country, each address's
    in the order of the file's columns; a 'Stato' of statuses stays the status."""
    accounts = pl.DataFrame({
        "Nome Azienda": ["Acme", "Globex", "Initech"],
        "Citta`  (Fatturazione)": ["Roma", "Milano", "Austin"],
        "Provincia (Fatturazione)": ["RM", "MI", "TX"],
        "Stato (Fatturazione)": ["Italia", "Italia", "USA"],
        "Citta`  (Spedizione)": ["Roma", "Boston", "Austin"],
        "Stato (Spedizione)": ["Italia", "USA", "USA"]})
    top = _top(accounts, "account", "Accounts")
    assert (top["Stato (Fatturazione)"], top["Stato (Spedizione)"]) == (
        "address1_country", "address2_country")
    leads = pl.DataFrame({"Cognome": ["Rossi", "Bianchi", "Verdi"],
                          "Stato Lead": ["Contacted", "New", "Contacted"],
                          "Citta`": ["Roma", "Napoli", "Torino"],
                          "Stato": ["Italia", "Italia", "Francia"],
                          "Provincia": ["RM", "NA", "TO"]})
    top = _top(leads, "lead", "Leads")
    assert top["Stato"] == "address1_country" and top["Stato Lead"] == "statuscode"
    # the country goes to the address its qualifier's other columns are read into
    contacts = pl.DataFrame({"Cognome": ["Rossi", "Bianchi", "Verdi"],
                             "Via (spedizione)": ["Via Roma 1", "Via Po 2", "Via Aurelia 3"],
                             "Altra Via": ["", "", ""],
                             "Stato (spedizione)": ["Italia", "Italia", "USA"]})
    top = _top(contacts, "contact", "Contacts")
    side = top["Via (spedizione)"].partition("_")[0]
    assert top["Stato (spedizione)"] == f"{side}_country"
    statuses = leads.drop("Stato Lead").with_columns(Stato=pl.Series(["Nuovo", "Chiuso",
                                                                      "Nuovo"]))
    assert _top(statuses, "lead", "Leads")["Stato"] != "address1_country"


def test_activecampaigns_cdate_is_when_the_record_was_created() -> None:
    """ActiveCampaign heads every record's creation 'cdate': read as nothing before."""
    deals = pl.DataFrame({"id": ["1", "2"], "title": ["Web", "Print"],
                          "value": ["1000", "250"],
                          "cdate": ["2023-01-05T10:00:00-06:00", "2023-02-07T11:30:00-06:00"]})
    assert _top(deals, "opportunity", "deals")["cdate"] == "overriddencreatedon"


def test_a_withdrawn_currency_code_is_still_a_code() -> None:
    """e-conomic's 1,000 customers name eight currencies, one of them the Croatian kuna (HRK,
    withdrawn in 2023): the whole column was refused as no ISO codes and every account took
    the org's base currency. A withdrawn code is a code: the column binds each record to the
    org's currency of its code, and the preflight names any the org lacks."""
    from d365migrate.mapping.currency_links import currency_link

    link, why = currency_link(pl.Series("currency", ["DKK", "HRK", "eur", None]),
                              _table("account"))
    assert why == "" and link is not None
    assert (link["source"], link["existing"]) == (
        "currency", {"table": "transactioncurrency", "by": "isocurrencycode"})
    names, why = currency_link(pl.Series("currency", ["Danish krone", "Kuna"]),
                               _table("account"))
    assert names is None and "ISO code" in why


def test_a_record_found_in_the_org_reads_by_the_value_it_was_found_by() -> None:
    """The sponsor report's read-back of a deal's currency showed the run's own encoding of
    its search ('existing:{"match": {"isocurrencycode": "EUR"}, ...}'): a person reads 'EUR'.
    Any other reference stays as it is."""
    from d365migrate.staging.existing_refs import existing_key, readable
    from d365migrate.verify.spotcheck import staged_link

    key = existing_key({"table": "transactioncurrency", "match": {"isocurrencycode": "EUR"}})
    assert (readable(key), staged_link(key), staged_link(None)) == ("EUR", "EUR", "")
    assert readable("lead_ETEbLO2e") == "lead_ETEbLO2e"
    assert readable(existing_key({"table": "uomschedule", "match": {"name": "Default Unit"}})
                    ) == "Default Unit"


def test_french_monnaie_is_the_currency() -> None:
    """EDD's French orders head their currency 'Monnaie' (as 'Devise'): it was read as
    nothing, and every order would have stood in the org's base currency."""
    orders = pl.DataFrame({"ID": ["1", "2", "3"], "Montant": ["10.00", "20.00", "5.00"],
                           "Monnaie": ["USD", "EUR", "USD"]})
    assert _top(orders, "salesorder", "orders")["Monnaie"] == "transactioncurrencyid"


def test_an_e_mail_address_is_checked_as_rfc_5322_writes_its_local_part() -> None:
    """Desk.com's Twitter relay addresses hold '=' in their local part, an alias may hold '/':
    RFC 5322 allows both, and the check cleared them as 'not valid'. The committed suites and
    the check every other e-mail column copies take what the standard takes, and still refuse
    what is no address (no '@', a cell of two, no top-level name)."""
    from d365migrate.staging.email_checks import EMAIL_REGEX

    suites = Path(__file__).resolve().parents[1] / "expectations"
    patterns = {EMAIL_REGEX} | {
        e["kwargs"]["regex"] for t in ("account", "contact", "lead")
        for e in json.loads((suites / f"{t}.json").read_text(encoding="utf-8"))["expectations"]
        if e["type"] == "expect_column_values_to_match_regex"
        and e["kwargs"]["column"].startswith("emailaddress")}
    assert len(patterns) == 1
    cells = pl.Series(["a-b=c.example-9b@postmaster.twitter.com", "it/ops@example.com",
                       "o'neil+crm@example.co.uk", "n/a", "a@x.com; b@y.com", "elm@x",
                       "no at sign"])
    assert cells.str.contains(patterns.pop()).to_list() == [
        True, True, True, False, False, False, False]


def test_an_orders_total_is_left_to_dynamics_when_a_decision_links_its_lines() -> None:
    """Ecwid's and PayPal's order lines are linked to their order by a decision: the rule
    that leaves an order's computed totals to Dynamics (which sums the lines) ran only on
    the proposal, and the total stayed mapped, to be replaced in the org. It runs after the
    decided links too; the caller's map is left as it was."""
    from d365migrate.intake.discover import discover
    from d365migrate.intake.read import Export
    from d365migrate.mapping.decisions import apply_decisions
    from d365migrate.mapping.mapfile import table_map
    from d365migrate.mapping.propose import propose_mapping

    defs = {n: _table(n) for n in ("salesorder", "salesorderdetail", "account")}
    orders = pl.DataFrame({"order_no": ["O1", "O2"], "customer": ["Acme", "Acme"],
                           "total": ["30.00", "12.50"]})
    lines = pl.DataFrame({"line_id": ["L1", "L2", "L3"], "ord": ["O1", "O1", "O2"],
                          "product_name": ["Web", "Ads", "Print"],
                          "quantity": ["1", "2", "1"], "price": ["10.00", "10.00", "12.50"]})
    ex = Export(Path("."), {"orders": orders, "order_lines": lines})
    mapping = propose_mapping(ex, discover(ex), defs, ["salesorder", "salesorderdetail"],
                              source_id_column="new_sourceid").mapping
    proposed = json.dumps(mapping, sort_keys=True, default=str)
    decided = apply_decisions(mapping, {"links": {"salesorderdetail.salesorderid": {
        "source": "ord", "to": "salesorder"}}}, table_def=defs.get)   # no link proposed
    assert json.dumps(mapping, sort_keys=True, default=str) == proposed
    order = table_map(decided, "salesorder")
    assert "totalamount" not in {c["target"] for c in order["columns"]}
    assert order["unmapped_reasons"]["total"].startswith(
        "Dynamics 365 computes it from the record's lines")
