"""keys136's words (issue 13, GLPI's list exports in Swedish, Danish, Finnish, Norwegian and
Greek): a service desk's cases and users named in those languages, a Greek contact file and
surname, fax and title words, a Finnish plain name, an organisation's unit read as such."""

from __future__ import annotations

from d365migrate.intake.content_words import HEADER_WORDS
from d365migrate.intake.kinds import kind_of_word
from d365migrate.mapping.foreign_names import foreign_readings

GREEK = ["Επίθετο", "ΑΑ", "Όνομα", "Τηλέφωνα", "Τηλέφωνο 2", "Κινητό τηλέφωνο", "Φαξ", "Email",
         "Σχόλια", "Οντότητα"]
FINNISH = ["Sukunimi", "Tunnus", "Etunimi", "Puhelin", "Puhelin 2", "Matkapuhelin", "Faksi",
           "Sähköposti", "Kommentit", "Yksikkö"]


def test_cases_users_and_contacts_name_their_files() -> None:
    for word in ("Ärenden", "Ärende", "Sager", "Saker", "Tiketit", "Tiketti", "Αιτήματα"):
        assert kind_of_word(word) == "ticket", word
    for word in ("Användare", "Brugere", "Brukere", "Käyttäjät", "Χρήστες", "Χρήστης"):
        assert kind_of_word(word) == "user", word
    assert kind_of_word("Επαφές") == "contact"
    assert kind_of_word("Christensen") is None   # Greek users fold to 'christe': whole only


def test_greek_surname_and_the_plain_name_beside_it() -> None:
    assert HEADER_WORDS["epitheto"] == "lastname"
    assert foreign_readings("Επίθετο", GREEK) == [(("last", "name"), 0.98)]
    assert foreign_readings("Όνομα", GREEK) == [(("first", "name"), 0.98)]
    # Finnish 'Nimi' alone, beside no part of a person's name, is the record's name
    assert foreign_readings("Nimi", ["Täydellinen nimi", "Tunnus", "Nimi"]) == [
        (("name",), 0.98)]


def test_fax_title_and_the_organisations_unit() -> None:
    swedish = ["Efternamn", "ID", "Förnamn", "Telefonnummer", "Faxnummer", "E-post"]
    assert foreign_readings("Faxnummer", swedish) == [(("fax",), 0.98)]
    assert foreign_readings("Faksi", FINNISH) == [(("fax",), 0.98)]
    assert foreign_readings("Otsikko", ["Tunnus", "Otsikko", "Kuvaus", "Yksikkö"]) == [
        (("title",), 0.98)]
    assert foreign_readings("Tittel", ["ID", "Tittel", "Beskrivelse", "Enhet"]) == [
        (("title",), 0.98)]
    # a unit is the organisation's, never a cognate of 'otsikko' (title) nor a state
    assert foreign_readings("Yksikkö", FINNISH) == [(("entity",), 0.98)]
    danish = ["Efternavn", "ID", "Fornavn", "Telefon", "E-mail", "Kommentarer", "Entitet"]
    assert foreign_readings("Entitet", danish) == [(("entity",), 0.98)]
