"""Session 47's rules: meetings, calls and tasks named in Bulgarian, Indonesian and Malay,
Finnish, Estonian, Greek, Vietnamese, Catalan, Albanian, Basque and Serbian (EspoCRM's
Bulgarian, Indonesian and Serbian activity sheets were read as activities of no kind, so no
column of theirs moved), and Hungarian's customer candidates (vtiger's leads). Each on
made-up data: a file so named is discovered as activities and routed to its table."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export
from d365migrate.load.order import table_of
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.history import route_by_name
from d365migrate.mapping.propose import found_units, propose_mapping

ROOT = Path(__file__).resolve().parents[1]
DEFS = load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables")

MEETINGS = ["Срещи", "rapat", "Pertemuan", "Mesyuarat", "Tapaamiset", "Kokoukset",
            "Kohtumised", "Συναντήσεις", "Cuộc họp", "Takimet", "Bilerak", "Ročišta",
            "Sastanci"]
CALLS = ["Обаждания", "panggilan", "Puhelut", "Kõned", "Κλήσεις", "Cuộc gọi", "Trucades",
         "Thirrjet", "Deiak", "Pozivi"]
TASKS = ["Tehtävät", "Ülesanded", "Công việc", "Tasques", "Detyrat", "Zereginak", "Zadatak"]


@pytest.mark.parametrize("name", MEETINGS)
def test_a_meetings_file_is_activities_routed_to_appointments(name: str) -> None:
    assert name_kind(name) == ("activity", "exact")
    assert route_by_name(name) == "appointment"


@pytest.mark.parametrize("name", CALLS)
def test_a_calls_file_is_activities_routed_to_phone_calls(name: str) -> None:
    assert name_kind(name) == ("activity", "exact")
    assert route_by_name(name) == "phonecall"


@pytest.mark.parametrize("name", TASKS)
def test_a_tasks_file_is_tasks(name: str) -> None:
    assert name_kind(name) == ("task", "exact")


@pytest.mark.parametrize("name", ["Takım", "Takımlar", "Team", "Kone", "Dei"])
def test_look_alike_words_name_no_activity(name: str) -> None:
    """Turkish 'Takım' (a team) is Albanian's meeting without its ending; Finnish 'Kone' (a
    machine) is Estonian's call without its plural: neither names activities."""
    assert name_kind(name)[0] != "activity"
    assert route_by_name(name) is None


def test_hungarian_customer_candidates_are_leads() -> None:
    assert name_kind("Vevőjelöltek") == ("lead", "exact")


def test_an_indonesian_meetings_sheet_moves_as_appointments() -> None:
    """EspoCRM's Indonesian meetings ('rapat'): before, discovered as activities that no
    name routed, so the map proposed no table and none of its columns moved."""
    rapat = pl.DataFrame({"Nama": ["Kickoff", "Review", "Demo"],
                          "Status": ["Planned", "Held", "Held"],
                          "Tanggal mulai": ["2024-03-01 10:00", "2024-03-02 11:00",
                                            "2024-03-05 09:30"],
                          "Tanggal akhir": ["2024-03-01 11:00", "2024-03-02 12:00",
                                            "2024-03-05 10:00"],
                          "Deskripsi": ["Mulai proyek", "Tinjauan", "Demo produk"]})
    export = Export(Path("."), {"rapat": rapat})
    found = discover(export)
    assert found.kind_of("rapat") == "activity"
    units = found_units(found)
    assert "appointment" in units
    mapping = propose_mapping(export, found, {u: DEFS[table_of(u)] for u in units}, units,
                              source_id_column="new_sourceid").mapping
    [entry] = [t for t in mapping["tables"] if t["target"] == "appointment"]
    targets = {c["source"]: c["target"] for c in entry["columns"]}
    assert targets.get("Nama") == "subject"


# --- round U's rules (tuned in-sample on DaybydayCRM, InvoicePlane, Kanboard, UVdesk,
# MantisBT and Aimeos after their held-out measure), each on made-up data

def _suggested(table: str, columns: dict[str, list[str]], source_object: str | None = None
               ) -> dict[str, str | None]:
    from d365migrate.mapping.suggest import suggest_columns
    df = pl.DataFrame(columns)
    found = suggest_columns(df, DEFS[table], source_object=source_object or f"{table}s")
    return {c: (found.get(c) or [None])[0] and found[c][0].target for c in df.columns}


def test_a_company_type_of_legal_forms_is_no_relationship_type() -> None:
    """DaybydayCRM's 'Company type' ApS on every row: how the company is incorporated; a
    type of business relationships stays the relationship type."""
    legal = _suggested("account", {"Company": ["Acme", "Globex", "Initech"],
                                   "Company type": ["ApS", "ApS", "ApS"]})
    assert legal["Company type"] != "customertypecode"
    kinds = _suggested("account", {"Company": ["Acme", "Globex", "Initech"],
                                   "Company type": ["Customer", "Partner", "Vendor"]})
    assert kinds["Company type"] == "customertypecode"


def test_primary_and_secondary_numbers_are_phones_and_assignments_link() -> None:
    account = _suggested("account", {"Company": ["Acme", "Globex", "Initech"],
                                     "Primary number": ["32381002", "25191605", "11223344"],
                                     "Secondary number": ["22161202", "91101702", "55667788"],
                                     "Assign user": ["Admin", "Admin", "Ann Lee"]})
    assert (account["Primary number"], account["Secondary number"],
            account["Assign user"]) == ("telephone1", "telephone2", "ownerid")
    lead = _suggested("lead", {"Title": ["Website", "Shop", "App"],
                               "Assign client": ["Acme", "Globex", "Acme"]})
    assert lead["Assign client"] == "parentaccountid"


def test_clients_with_a_gender_and_a_birth_date_are_people() -> None:
    """InvoicePlane's 'clients': one name, an optional surname, a gender and a birth date:
    people, whatever the file's name says; a clients file without them stays accounts."""
    rows = {"Client Name": ["Adria Rae", "Amy Reid", "Bo Chan"],
            "Client Surname (Optional)": [None, None, None],
            "City": ["Bremen", "Freital", "Kiel"],
            "Email Address": ["a@x.org", "b@x.org", "c@x.org"],
            "Gender": ["Female", "Female", "Male"],
            "Birthdate": [None, "1980-02-03", None]}
    export = Export(Path("."), {"clients": pl.DataFrame(rows)})
    assert discover(export).kind_of("clients") == "contact"
    firms = {k: v for k, v in rows.items() if k not in ("Gender", "Birthdate")}
    export = Export(Path("."), {"clients": pl.DataFrame(firms)})
    assert discover(export).kind_of("clients") == "account"


def test_subtasks_are_tasks() -> None:
    for name in ("Subtasks", "Teilaufgaben", "Subtareas", "Sottoattività"):
        assert name_kind(name) == ("task", "exact")


def test_a_twelve_hour_clock_with_am_pm_glued_is_read() -> None:
    """PHP's 'h:ia' (UVdesk's ticket list: 02-08-2019 05:18pm)."""
    from d365migrate.intake.values import datetime_expr
    out = pl.DataFrame({"t": ["02-18-2019 05:18pm", "12-08-2019 11:02am"]}).select(
        datetime_expr(pl.col("t"))).to_series().to_list()
    assert [str(v) for v in out] == ["2019-02-18 17:18:00", "2019-12-08 11:02:00"]


def test_a_category_of_project_parts_is_no_case_type() -> None:
    """MantisBT's 'Category' General / bugtracker: parts of a project; a type of questions
    and problems stays the case type."""
    parts = _suggested("incident", {"Summary": ["Crash", "Typo", "Slow"],
                                    "Category": ["General", "bugtracker", "General"],
                                    "Date Submitted": ["2022-08-20", "2018-01-07",
                                                       "2018-01-09"],
                                    "Severity": ["minor", "trivial", "major"]})
    assert parts["Category"] != "casetypecode"
    assert parts["Date Submitted"] == "overriddencreatedon"
    assert parts["Severity"] == "severitycode"
    kinds = _suggested("incident", {"Summary": ["Crash", "Typo", "Slow"],
                                    "Category": ["Problem", "Question", "Problem"]})
    assert kinds["Category"] == "casetypecode"


def test_an_order_list_with_the_buyers_address_is_orders() -> None:
    """Aimeos' order list: its buyer's name and address on every row, beside a price, a
    tax and a currency; a bare street and city are the order's bill-to."""
    orders = pl.DataFrame({"ID": ["1", "2", "3"], "Price": ["53.50", "12.00", "9.90"],
                           "Tax": ["0.00", "2.28", "1.88"], "Currency": ["EUR"] * 3,
                           "First name": ["Our", "Ann", "Bo"],
                           "Last name": ["Unittest", "Lee", "Chan"],
                           "Street": ["Durchschnitt", "Main St", "High St"],
                           "City": ["Hamburg", "Bremen", "Kiel"],
                           "E-Mail": ["a@x.org", "b@x.org", "c@x.org"]})
    export = Export(Path("."), {"orders": orders})
    assert discover(export).kind_of("orders") == "order"
    sale = _suggested("salesorder", {"Street": ["Main St", "High St", "Low St"],
                                     "City": ["Bremen", "Kiel", "Ulm"],
                                     "Zip code": ["20146", "24103", "89073"]},
                      source_object="orders")
    assert sale == {"Street": "billto_line1", "City": "billto_city",
                    "Zip code": "billto_postalcode"}


def test_a_region_of_sales_territories_is_no_state() -> None:
    """ERPNext's French 'Région' (its territory) Rest Of The World: no address's state."""
    firms = _suggested("account", {"Nom du client": ["Acme", "Globex", "Initech"],
                                   "Region": ["Rest Of The World", "EMEA", "APAC"]})
    assert firms["Region"] != "address1_stateorprovince"
    states = _suggested("account", {"Nom du client": ["Acme", "Globex", "Initech"],
                                    "Region": ["Bavaria", "Texas", "Ontario"]})
    assert states["Region"] == "address1_stateorprovince"


def test_peoples_details_beside_a_company_name_stay_an_accounts_file() -> None:
    """OpenSTAManager's register of parties: a company's name ('Ragione sociale') and, for
    a private person, a gender and a birth date: accounts, as its name says."""
    rows = {"Codice": ["1", "2", "3"], "Ragione sociale": ["Acme Srl", "Rossi Mario", "Beta"],
            "Città": ["Roma", "Milano", "Torino"],
            "Sesso": [None, "M", None], "Data di nascita": [None, "1970-01-01", None]}
    export = Export(Path("."), {"anagrafiche": pl.DataFrame(rows)})
    assert discover(export).kind_of("anagrafiche") == "account"


def test_a_legal_case_type_leaves_the_origin_too() -> None:
    """A law firm's case 'Type' (Civil suit, Employment): no kind of case Dataverse offers,
    and no channel the case came in by."""
    cases = _suggested("incident", {"Title": ["A v B", "C v D", "E v F"],
                                    "Type": ["Civil suit", "Employment", "Personal injury"]})
    assert cases["Type"] not in ("casetypecode", "caseorigincode")
