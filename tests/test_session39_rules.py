"""Session 39's rules: Tagalog and other harvest-only languages read with hand-written
supplements and their articles, a polymorphic link never taken for a record's key, vtiger's
header joined by '", "' read whole, an address's 'Estado', Zurmo's compound names."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.file_parsers import read_csv_bytes
from d365migrate.intake.record_keys import key_candidates
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.foreign_names import foreign_readings, language_of
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
#: Microsoft's full table definitions (the emulator's opportunity has no currency column)
FULL_TABLES = Path(__file__).parent / "data" / "tables"

#: SuiteCRM's Tagalog accounts: Filipino ('fil') and Tagalog ('tl') harvests read the same
#: headers; an article ('Ang') opens most of them
TAGALOG = ["Ang Pangalan", "Ang ID", "Website", "Ang Telepono ng opisina",
           "Ang Pagsingil sa Kalye", "Ang Pagsingil sa Lungsod", "Ang Pagsingil sa Estado",
           "Ang Pagsingil Postal na Code", "Ang Pagsingil sa Bansa", "Ang kalye na pagpapadalahan",
           "Ang Pagpapadala ng Lungsod", "Uri", "Industriya", "Ang Petsa ng Pagkagawa"]


def test_two_names_of_one_language_reading_the_same_headers_tell_the_file() -> None:
    assert language_of(TAGALOG) == "tl"


def test_an_article_reads_as_nothing_and_its_english_words_stay() -> None:
    read = {h: foreign_readings(h, TAGALOG)[0][0] for h in TAGALOG
            if foreign_readings(h, TAGALOG)}
    assert read["Ang Pangalan"] == ("name",)
    assert read["Ang ID"] == ("id",)
    assert read["Ang Pagsingil sa Kalye"] == ("billing", "street")
    assert read["Ang kalye na pagpapadalahan"] == ("shipping", "street")
    assert read["Ang Telepono ng opisina"] == ("business", "phone")


def test_a_word_a_listed_language_holds_is_no_evidence_of_a_harvest_only_one() -> None:
    """Spanish 'Estado' and 'Minuto' are Tagalog's state and minute too: a Spanish file of
    few words is not told Tagalog by them."""
    assert language_of(["Estado", "Minuto", "Nombre"]) != "tl"


def test_the_state_of_an_address_is_no_status() -> None:
    heads = ["Nombre", "Dirección de facturación - Estado", "Dirección de facturación - Ciudad",
             "Estado", "País", "Teléfono"]
    assert foreign_readings("Dirección de facturación - Estado", heads)[0][0] == (
        "billing", "address", "state")
    assert foreign_readings("Estado", heads)[0][0] == ("status",)


def test_a_compounds_last_name_word_reads_as_the_records_name() -> None:
    """Zurmo's 'Compte - Nom': the account's name (a contact's link to it)."""
    heads = ["Prénom", "Nom", "Compte - Nom", "Adresse principale - Ville", "Téléphone"]
    assert foreign_readings("Compte - Nom", heads)[0][0] == ("account", "name")


def test_a_closing_remark_with_its_full_stop_is_a_remark() -> None:
    heads = ["Prénom", "Deuxième nom", "Nom de famille",
             "Pas d'envois massifs (\"opt-out\" par l'utilisateur).", "Courriel"]
    assert foreign_readings(heads[3], heads)[0][0] == ("no", "bulk", "emails")
    assert foreign_readings("Deuxième nom", heads)[0][0] == ("middle", "name")


def test_a_sums_currency_is_the_transaction_currency() -> None:
    df = pl.DataFrame({"Name": ["Big deal", "Small deal"], "Amount": ["10", "20"],
                       "Amount Currency": ["USD", "EUR"]})
    got = suggest_columns(df, dict(load_table_defs(FULL_TABLES)["opportunity"]))
    assert got["Amount Currency"][0].target == "transactioncurrencyid"


def test_a_link_to_any_record_is_never_the_files_key() -> None:
    """SuiteCRM's Yoruba calls: the id is 'Idanimọ'; 'Related to ID' (each call on its own
    account) is unique too, but it is the record the call is on."""
    df = pl.DataFrame({
        "Koko-oro": ["Call 1", "Call 2", "Call 3"],
        "Idanimọ": ["a1", "a2", "a3"],
        "Parent Type": ["Accounts", "Accounts", "Accounts"],
        "Related to ID": ["b1", "b2", "b3"]})
    keys = [k["column"] for k in key_candidates("Calls", df)]
    assert keys[0] == "Idanimọ"
    assert "Related to ID" not in keys


def test_a_header_joined_by_quote_comma_space_quote_reads_whole() -> None:
    """vtiger's export: '"Name", "Wird konvertiert, aus Blei", "Stadt"' over rows joined by
    '","': the label with a comma is one column, no preamble, no value shifted."""
    data = (b'"Name", "Wird konvertiert, aus Blei", "Stadt", "Land"\n'
            b'"Acme","0","San Mateo","USA"\n"Beta","1","Paris","France"\n'
            b'"Gamma","0","Lyon","France"\n')
    df, guess = read_csv_bytes(data, "Organisationen.csv", "Organisationen", {}, [])
    assert guess.skip_rows == 0
    assert df is not None and df.columns == ["Name", "Wird konvertiert, aus Blei", "Stadt",
                                             "Land"]
    assert df.row(0) == ("Acme", "0", "San Mateo", "USA")


def test_a_negation_and_a_channel_name_a_do_not_flag_in_any_language() -> None:
    from d365migrate.mapping.negated_channels import negated_channel
    said = {"Skicka inte brev": "postal", "Ne hívjon telefonon": "call",
            "Älä lähetä sähköpostia": "email", "Nie wysyłać e-maili masowych (Zrezygnował)":
            "bulk", "Telefon Edilmeyecek": "call", "Neposílat E-mail": "email",
            "Όχι στις αποστολές επιστολών": "postal", "לא להתקשר": "call",
            "メールの拒否": "email", "Jangan mengirim Surat": "postal"}
    for name, channel in said.items():
        flag = negated_channel(name)
        assert flag is not None and flag[-1] in {"call": ("call",), "email": ("email",),
                                                 "postal": ("mail",), "bulk": ("emails",)}[
            channel], name
    # a number's sign, a minimum, a text message, a column of numbers: no flag
    for name in ("Phone No", "No. of Employees", "Min Call Duration", "No de teléfono",
                 "Ne pas envoyer de SMS", "Keine Telefonnummer", "Number of Calls"):
        assert negated_channel(name) is None, name


def test_a_meetings_status_in_unread_words_is_left_to_the_person() -> None:
    """Nothing is closed as completed unread: a meeting's status whose values no list holds
    is the state column with each value undecided (the load waits for the person)."""
    from d365migrate.intake.discover import discover
    from d365migrate.intake.read import Export
    from d365migrate.mapping.propose import propose_mapping
    meetings = pl.DataFrame({"id": ["m1", "m2", "m3"], "Subject": ["Demo", "Review", "Kick-off"],
                             "Status": ["Ti gbero", "Waye", "Ko waye"],
                             "Start Date": ["2024-01-02 10:00", "2024-01-03 10:00",
                                            "2024-01-04 10:00"]})
    ex = Export(Path("."), {"meetings": meetings})
    mapping = propose_mapping(ex, discover(ex), load_table_defs(TABLES), ["appointment"],
                              source_id_column="new_sourceid").mapping
    entry = next(t for t in mapping["tables"] if t["target"] == "appointment")
    state = [c for c in entry["columns"] if c["target"] == "statecode"]
    assert [(c["source"], c["values"]) for c in state] == [
        ("Status", {"Ko waye": None, "Ti gbero": None, "Waye": None})]


def test_a_value_no_option_is_decided_for_reads_plainly_in_the_report() -> None:
    from d365migrate.report.plain import reason_in_words
    said = reason_in_words("no option decided for 'ACCEPTED' in the map's values")
    assert "no option decided in the field map yet" in said and "…" not in said
