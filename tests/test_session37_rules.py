"""Session 37's readings by values where the words mislead or say too little: a state and a
country a translator swapped, a repeated header's '_2', a record's name first among labels
some records share, a company under a word read as a person's name, a task's due date by its
planned times."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.value_readings import unread_words

TABLES = Path(__file__).parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
N = 6
STREETS = ["345 Sugar Blvd.", "67 West Siam St.", "777 West Filmore Ln", "12 Main Road",
           "9 Elm Street", "1 Infinite Loop"]
CITIES = ["Denver", "Salt Lake City", "St. Petersburg", "Ohio", "Cupertino", "Paris"]
STATES = ["CA", "NY", "CA", "WA", "NY", "TX"]
POSTAL = ["82411", "49000", "63829", "10001", "95014", "75001"]
COMPANIES = ["J.K.M. Corp (HA)", "Riviera Hotels", "Spend Thrift Inc", "T-Squared Techs",
             "Sea Region Inc", "P Piper & Sons"]


def _top(df: pl.DataFrame, table: str) -> dict[str, str | None]:
    got = suggest_columns(df, dict(load_table_defs(TABLES)[table]))
    return {c: (v[0].target if v else None) for c, v in got.items()}


def test_a_state_and_a_country_the_words_swap_are_told_apart_by_their_values() -> None:
    """SuiteCRM Estonian's accounts: 'Riik arvel' (read: country) holds 'CA', 'NY';
    'Maakond arvel' (read: state) holds 'USA'."""
    df = pl.DataFrame({"Nimi": COMPANIES, "Tänav arvel": STREETS, "Linn arvel": CITIES,
                       "Riik arvel": STATES, "Postiindeks arvel": POSTAL,
                       "Maakond arvel": ["USA"] * N})
    top = _top(df, "account")
    assert top["Riik arvel"] == "address1_stateorprovince"
    assert top["Maakond arvel"] == "address1_country"


def test_a_country_read_right_keeps_its_reading() -> None:
    df = pl.DataFrame({"Nimi": COMPANIES, "Tänav arvel": STREETS, "Linn arvel": CITIES,
                       "Maakond arvel": STATES, "Postiindeks arvel": POSTAL,
                       "Riik arvel": ["USA"] * N})
    top = _top(df, "account")
    assert top["Maakond arvel"] == "address1_stateorprovince"
    assert top["Riik arvel"] == "address1_country"


def test_a_repeated_headers_suffix_is_no_programs_identifier() -> None:
    assert unread_words("Esmane aadress maakond_2")
    assert not unread_words("resolved_at") and not unread_words("address_2")


def test_the_first_column_names_the_record_though_some_records_share_a_name() -> None:
    """SuiteCRM Indonesian's accounts: 'Nama', 41 names for 50 accounts."""
    names = ["Riviera Hotels", "Spend Thrift Inc", "Riviera Hotels", "5D Investments",
             "Sea Region Inc", "Spend Thrift Inc", "Tracker Com LP", "Smallville Resources"]
    df = pl.DataFrame({"Nama": names, "ID": [f"id-{i}" for i in range(8)],
                       "Situs Web": [f"www.x{i}.com" for i in range(8)]})
    assert _top(df, "account")["Nama"] == "name"


def test_a_case_subject_after_its_number_names_it() -> None:
    """SuiteCRM Catalan's cases: 'Número', 'ID', then 'Assumpte': five subjects for fifty."""
    subjects = ["Need assistance with large customization", "System not responding",
                "Need to purchase additional licenses", "Having trouble adding new items",
                "System is performing too slow"] * 2
    df = pl.DataFrame({"Número": [str(i) for i in range(1, 11)],
                       "ID": [f"id-{i}" for i in range(10)], "Assumpte": subjects})
    assert _top(df, "incident")["Assumpte"] == "title"


def test_a_choice_of_short_options_first_is_no_name() -> None:
    df = pl.DataFrame({"Tipus": ["Closed Won", "In Progress", "Closed Won", "In Progress",
                                 "Closed Won", "In Progress"],
                       "ID": [f"id-{i}" for i in range(N)]})
    assert _top(df, "incident")["Tipus"] != "title"


def test_a_company_under_a_word_read_as_a_persons_name_is_the_contacts_parent() -> None:
    """SuiteCRM Croatian's contacts: 'Ime' (first name) and 'Ime tvrtke' (the company's
    name, read as 'first name ...' and lost to 'Ime')."""
    df = pl.DataFrame({"Ime": ["Ana", "Ivo", "Eva", "Tom", "Lea", "Max"],
                       "Prezime": ["Horvat", "Kovač", "Babić", "Marić", "Jurić", "Novak"],
                       "Ime tvrtke": COMPANIES})
    top = _top(df, "contact")
    assert top["Ime"] == "firstname"
    assert top["Ime tvrtke"] == "parentcustomerid"


def _task(due: list[str]) -> pl.DataFrame:
    made = ["2024-10-31 08:06:13"] * N
    return pl.DataFrame({"Teema": ["Call back", "Send quote", "Arrange demo", "Follow up",
                                   "Send literature", "Escalate"],
                         "Tähtaeg": due, "Loomiskuupäev": made, "Muutmiskuupäev": made})


def test_a_tasks_due_date_is_its_one_planned_time_after_it_was_created() -> None:
    top = _top(_task(["2025-03-24 13:15", "2025-07-05 07:00", "2025-01-02 09:30",
                      "2025-02-03 10:45", "2025-04-01 16:00", "2025-05-06 11:15"]), "task")
    assert top["Tähtaeg"] == "scheduledend"


def test_stamps_off_the_quarter_hour_are_no_due_date() -> None:
    top = _task(["2025-03-24 13:17", "2025-07-05 07:03", "2025-01-02 09:31",
                 "2025-02-03 10:44", "2025-04-01 16:09", "2025-05-06 11:12"])
    assert _top(top, "task")["Tähtaeg"] != "scheduledend"


def _contacts(company_ids: list[str]) -> pl.DataFrame:
    """Dolibarr Russian's contacts: the third party's id, then its name."""
    return pl.DataFrame({"Фамилия": ["Maréchal", "Pejat", "Dupont", "Lenoir", "Petit", "Roux"],
                         "Имя": ["Ferdinand", "Jean", "Anne", "Paul", "Luc", "Eva"],
                         "Код компании": company_ids,
                         "Название компании": ["Cumulo", "Yratin SA", "Cumulo", "Bolix SA",
                                               "Yratin SA", "Cumulo"]})


def test_an_id_paired_one_to_one_with_the_names_beside_it_takes_the_link() -> None:
    top = _top(_contacts(["1", "5", "1", "2", "5", "1"]), "contact")
    assert top["Код компании"] == "parentcustomerid"
    assert top["Название компании"] != "parentcustomerid"


def test_numbers_that_do_not_pair_with_the_names_are_no_ids_of_them() -> None:
    top = _top(_contacts(["1", "5", "7", "2", "5", "1"]), "contact")   # Cumulo is 1 and 7
    assert top["Код компании"] != "parentcustomerid"


def _leads(owners: list[str]) -> pl.DataFrame:
    return pl.DataFrame({"First Name": ["Ana", "Ivo", "Eva", "Tom", "Lea", "Max"],
                         "Last Name": ["Horvat", "Kovač", "Babić", "Marić", "Jurić", "Novak"],
                         "Email": [f"p{i}@acme.example" for i in range(N)],
                         "대표 소유자": owners})


def test_an_unread_column_of_a_few_repeated_emails_is_the_owner() -> None:
    top = _top(_leads(["sarah@crm.example", "john@crm.example"] * 3), "lead")
    assert top["Email"] == "emailaddress1" and top["대표 소유자"] == "ownerid"
    # every record's own address: no owner
    top = _top(_leads([f"q{i}@other.example" for i in range(N)]), "lead")
    assert top["대표 소유자"] != "ownerid"
