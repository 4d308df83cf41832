"""Session 49's rules, each on made-up data: an owner beside an assignee in another language;
French words that another language reads otherwise ('Nombre', 'Nom' twice, 'Département');
an order's invoice and delivery addresses; titles written out; a Romance 'X de Y' turned
round; a file of enterprises."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.kinds import kind_of_word
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.foreign_names import foreign_readings, plain_part
from d365migrate.mapping.value_signs import honorifics

ROOT = Path(__file__).resolve().parents[1]
DEFS = load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables")


def _suggested(table: str, columns: dict[str, list], source_object: str | None = None
               ) -> dict[str, str | None]:
    from d365migrate.mapping.suggest import suggest_columns
    df = pl.DataFrame(columns)
    found = suggest_columns(df, DEFS[table], source_object=source_object or f"{table}s")
    return {c: (found.get(c) or [None])[0] and found[c][0].target for c in df.columns}


def _read(name: str, headers: list[str]) -> tuple[str, ...] | None:
    found = foreign_readings(name, headers)
    return found[0][0] if found else None


def test_the_assignee_owns_a_record_beside_its_creator_in_german_and_french() -> None:
    """Taiga's 'Besitzer' (who created the story) and 'zugewiesen an' (who works on it)."""
    logins = ["user2", "user8", "user3", "user1"]
    de = _suggested("task", {"Betreff": ["a", "b", "c", "d"], "Besitzer": logins,
                             "zugewiesen an": ["user3", "user3", "user9", "user4"]},
                    "userstories")
    assert de["zugewiesen an"] == "ownerid" and de["Besitzer"] != "ownerid"
    fr = _suggested("task", {"sujet": ["a", "b", "c", "d"], "propriétaire": logins,
                             "assigné à": ["user3", "user3", "user9", "user4"]}, "tasks")
    assert fr["assigné à"] == "ownerid" and fr["propriétaire"] != "ownerid"


FRENCH_TICKETS = ["Nombre", "Objet", "Département", "Auteur", "Date", "Statut"]


def test_french_nombre_is_a_number_and_a_ticket_departement_no_state() -> None:
    """OpenSupports' French tickets: 'Nombre' (its number), 'Département' (its queue)."""
    assert _read("Nombre", FRENCH_TICKETS) == ("number",)
    assert _read("Département", FRENCH_TICKETS) == ("department",)
    found = _suggested("incident", {"Nombre": ["#445441", "#445442"],
                                    "Objet": ["Install fails", "Refund"],
                                    "Département": ["Technical Issues", "Sales"],
                                    "Statut": ["open", "closed"]}, "tickets")
    assert found["Objet"] == "title" and found["Nombre"] != "title"
    assert found["Département"] not in ("statuscode", "statecode")


def test_departement_is_the_state_inside_an_address_and_else_a_department() -> None:
    address = ["Nom", "Prénom", "Adresse", "Ville", "Département", "Code postal", "Pays"]
    assert _read("Département", address) == ("state",)
    # Zurmo's contacts: the address names its own region; the column is the department
    zurmo = ["Prénom", "Nom", "Département", "Adresse principale - Ville",
             "Adresse principale - Province/Région"]
    assert _read("Département", zurmo) == ("department",)
    # YetiForce's two address blocks, each with a 'Département' and a 'Région': the county
    blocks = ["Rue", "Ville", "Département", "Région", "Rue_2", "Ville_2", "Département_2",
              "Région_2"]
    assert _read("Département", blocks) == ("county",)


def test_a_name_word_given_twice_beside_a_given_name_is_the_whole_name_first() -> None:
    """Indico's French registrants: 'Nom' (the whole name), 'Prénom', 'Nom' (the surname)."""
    heads = ["Identifiant", "Nom", "Prénom", "Nom_2", "Adresse électronique"]
    assert plain_part("Nom", heads) == ("name",)
    assert plain_part("Nom_2", heads) == ("last", "name")
    assert plain_part("Nom", ["Nom", "Prénom", "Adresse électronique", "Numéro de téléphone",
                              "Affiliation"]) == ("last", "name")


def test_an_orders_invoice_and_delivery_addresses_are_its_bill_to_and_ship_to() -> None:
    """Thelia's order export: invoice_* and delivery_* address parts, amounts by name."""
    found = _suggested("salesorder", {
        "ref": ["ORD1", "ORD2"], "shipping_cost": ["5.00", "0.00"],
        "total_including_taxes": ["25.00", "14.00"],
        "delivery_zip_code": ["63000", "69003"], "delivery_city": ["Clermont", "Lyon"],
        "invoice_address_1": ["5 rue rochon", "12 av. des Tilleuls"],
        "invoice_address_3": ["Bât. A", "Bât. B"], "invoice_city": ["Clermont", "Lyon"],
        "invoice_zip_code": ["63000", "69003"]}, "order")
    assert found["delivery_zip_code"] == "shipto_postalcode"
    assert found["delivery_city"] == "shipto_city"
    assert found["invoice_address_1"] == "billto_line1"
    assert found["invoice_address_3"] == "billto_line3"
    assert found["invoice_city"] == "billto_city"
    assert found["shipping_cost"] == "freightamount"
    assert found["total_including_taxes"] == "totalamount"


def test_titles_written_out_are_forms_of_address() -> None:
    assert honorifics(("Mister", "Misses", "Mister"))
    assert honorifics(("Monsieur", "Madame")) and honorifics(("Señor", "Señora"))
    assert not honorifics(("Manager", "Director"))
    found = _suggested("contact", {"title": ["Mister", "Misses"], "first_name": ["Ann", "Bo"],
                                   "last_name": ["Lee", "Chan"],
                                   "cellphone": ["0601020304", "0610203040"]}, "customer")
    assert found["title"] == "salutation" and found["cellphone"] == "mobilephone"


def test_a_romance_x_of_y_reads_turned_round() -> None:
    heads = ["Tipo de cliente", "Nombre del cliente", "Nombre", "Apellidos", "Razón social"]
    assert _read("Nombre del cliente", heads) == ("customer", "name")
    assert _read("Tipo de cliente", heads) == ("customer", "type")


def test_a_customers_own_name_beside_its_legal_name_names_the_account() -> None:
    """Lago's customers: 'Customer name' beside 'Raison sociale' (its legal name)."""
    found = _suggested("account", {"Type de client": ["Entreprise", "Particulier"],
                                   "Nom du client": ["defgh", "Acme"],
                                   "Raison sociale": ["Legalname SAS", "Acme SARL"],
                                   "Email": ["1@example.com", "2@example.com"]}, "customers")
    assert found["Nom du client"] == "name"


def test_enterprises_are_accounts_and_their_owner_words_are_read() -> None:
    """Open Food Network's enterprises; its Spanish and French owner, its French phone."""
    assert kind_of_word("enterprises") == "account"
    assert _read("Propietaria", ["Nombre", "Rol", "Vende", "Propietaria"]) == ("owner",)
    assert _read("Gestionnaire principal", ["Nom", "Rôle", "Gestionnaire principal"]) \
        == ("owner",)
    assert _read("n° tel", ["Prénom", "Nom", "Email", "n° tel"]) == ("phone",)


def test_mysqls_zero_date_is_no_evidence_and_a_percentage_is_a_number() -> None:
    """ZenTao's tasks: deadlines '0000-00-00' beside real dates; progress '100%'."""
    from d365migrate.intake.number_values import number_expr
    from d365migrate.intake.values import infer_column
    dates = infer_column(pl.Series(["0000-00-00", "2021-04-01", "0000-00-00", "2021-04-05"]))
    assert dates["type"] == "date"
    assert infer_column(pl.Series(["0000-00-00", "0000-00-00 00:00:00"]))["type"] == "empty"
    assert infer_column(pl.Series(["100%", "0%", "50 %"]))["type"] == "integer"
    assert infer_column(pl.Series(["12.5%", "0%"]))["type"] == "decimal"
    assert infer_column(pl.Series(["$12.50", "$3.00"]))["type"] == "money"
    read = pl.select(number_expr(pl.lit(pl.Series(["100%", "7 %", "x%"])), ".")).to_series()
    assert read.to_list() == [100.0, 7.0, None]


def test_a_zero_date_is_cleared_with_its_reason() -> None:
    from d365migrate.staging.rules import checked_date
    df = pl.DataFrame({"raw": ["0000-00-00", "1200-01-01", "tomorrow"],
                       "typed": [None, "1200-01-01", None]})
    _, reason = checked_date(pl.col("raw"), pl.col("typed"), "date", "'{}' is not a date")
    said = df.select(reason.alias("r"))["r"].to_list()
    assert said[0] == ("'0000-00-00' is an empty date as MySQL writes it (its zero date): "
                       "no date to write")
    from d365migrate.report.plain import reason_in_words  # as the sponsor report says it
    assert reason_in_words(said[0]) == ("The value is an empty date as MySQL writes it (its "
                                        "zero date): no date to write")
    assert "outside the dates Dataverse stores" in said[1]
    assert said[2] == "'tomorrow' is not a date"


def test_an_owner_keeps_the_record_beside_several_assignees() -> None:
    """web2project's German tasks: 'Besitzer' (the task's owner) beside 'Assignees'."""
    found = _suggested("task", {"Name": ["a", "b", "c"], "Besitzer": ["ann", "bo", "ann"],
                                "Assignees": ["bo, cy", "ann", "cy"]}, "tasks")
    assert found["Assignees"] != "ownerid"


def test_words_of_round_w_in_english() -> None:
    """Jetpack CRM's second address; a legal name beside a person's names; bugs; ZenTao."""
    from d365migrate.intake.kinds import person_columns_of_account
    found = _suggested("contact", {
        "First Name": ["Ann", "Bo"], "Last Name": ["Lee", "Chan"],
        "City (Main Address)": ["Leeds", "York"], "City (Second Address)": ["Hull", "Bath"],
        "Post Code (Main Address)": ["LS1 1AA", "YO1 1AA"],
        "Post Code (Second Address)": ["HU1 1AA", "BA1 1AA"]}, "contacts")
    assert found["City (Second Address)"] == "address2_city"
    assert found["Post Code (Second Address)"] == "address2_postalcode"
    # Lago's customers: a company's legal name beside its contact's names: accounts
    assert person_columns_of_account(["Customer name", "First name", "Last name",
                                      "Legal name", "Email"]) is None
    assert kind_of_word("bugs") == "ticket"
    tasks = _suggested("task", {"Name": ["a", "b"], "AssignTo": ["dev1", "dev2"],
                                "Progress": ["100%", "0%"],
                                "ActualFinished": ["2021-04-01", "0000-00-00"]}, "tasks")
    assert (tasks["AssignTo"], tasks["Progress"], tasks["ActualFinished"]) == (
        "ownerid", "percentcomplete", "actualend")


def test_bugs_are_cases_unless_beside_the_exports_own_cases() -> None:
    """ZenTao's bugs (its only tickets) load as cases; SuiteCRM's Bugs beside its Cases
    stay unknown; a file named after one bug report ('bug_3839', Horde's) names no bugs."""
    from d365migrate.intake.bug_files import bugs_beside_cases
    from d365migrate.intake.kinds import name_kind
    assert bugs_beside_cases({"bugs": "ticket", "tasks": "task"}) == {}
    found = bugs_beside_cases({"Bugs": "ticket", "Cases": "ticket", "Accounts": "account"})
    assert list(found) == ["Bugs"] and found["Bugs"][0] == "unknown"
    assert "Cases" in found["Bugs"][1]
    assert name_kind("bugs")[0] == "ticket" and name_kind("bug_3839")[0] is None
