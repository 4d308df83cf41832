"""The harvested vocabulary: catalogs read, labels paired with their English, the review's
rejections kept out, and the installed words read by the engine."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from d365migrate.cli import main
from d365migrate.intake.kinds import kind_of_word
from d365migrate.mapping.catalogs import CatalogError, read_catalog, read_php_array
from d365migrate.mapping.foreign_names import foreign_readings
from d365migrate.mapping.harvest_sources import harvest_from_clones
from d365migrate.mapping.word_harvest import (
    Harvest,
    english_kind,
    english_reading,
    harvest_pairs,
    language_code,
)


def test_catalog_formats(tmp_path: Path) -> None:
    (tmp_path / "m.de.xlf").write_text(
        '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" '
        'version="1.2"><file><body><trans-unit id="x" resname="label.city"><source>'
        "label.city</source><target>Stadt</target></trans-unit></body></file></xliff>",
        "utf-8")
    (tmp_path / "c.de.yml").write_text("de:\n  contacts:\n    city: Ort\n  mark: ! '*'\n",
                                       "utf-8")
    (tmp_path / "app.php").write_text(
        "<?php\n// labels\nreturn [\n  'lead' => [\n    'title' => 'Titel', // c\n  ],\n"
        "  \"zip\" => \"PLZ\",\n  'two' => 'a' . 'b',\n];\n", "utf-8")
    (tmp_path / "x.po").write_text('msgid "City"\nmsgstr "Stadt"\n\n#, fuzzy\nmsgid "Zip"\n'
                                   'msgstr "PLZ"\n', "utf-8")
    assert read_catalog(tmp_path / "m.de.xlf") == {"label.city": "Stadt"}
    assert read_catalog(tmp_path / "c.de.yml") == {"contacts.city": "Ort", "mark": "*"}
    assert read_catalog(tmp_path / "app.php") == {"lead.title": "Titel", "zip": "PLZ",
                                                  "two": "ab"}
    assert read_catalog(tmp_path / "x.po") == {"City": "Stadt"}   # the fuzzy one left out


def test_php_catalog_errors_name_file_and_line() -> None:
    with pytest.raises(CatalogError, match=r"app\.php: line 3: unexpected 'foo'"):
        read_php_array("<?php\nreturn [\n 'a' => foo(),\n];", "app.php")
    assert read_php_array("$lang['city'] = 'Ort';\n$lang['zip'] = \"PLZ\";") == {
        "city": "Ort", "zip": "PLZ"}


def test_language_codes() -> None:
    assert [language_code(t) for t in ("pt_BR", "nb_NO", "cz", "de-DE", "en-US", "sv")] == [
        "pt", "nb", "cs", "de", None, "sv"]


def test_english_readings_only_for_column_names() -> None:
    assert english_reading("E-mail address:") == "email address"
    assert english_reading("Postal code *") == "postal code"
    assert english_reading("First") is None            # a button, no column
    assert english_reading("Please enter %s") is None  # a message
    assert english_reading("Customers") is None        # a list of records: a kind
    assert english_kind("Customers") == "account"
    assert english_kind("Account number") is None      # a number, no account
    assert english_kind("Account") is None             # a login or a bank's as often


def test_harvest_majority_known_and_untranslated_words() -> None:
    h = Harvest()
    english = {"a": "Postal code", "b": "City", "c": "Company name", "d": "Phone",
               "e": "Customers"}
    harvest_pairs(h, "sk", {"a": "PSČ", "b": "Mesto", "c": "Company name", "d": "Telefón",
                            "e": "Zákazníci"}, english)
    harvest_pairs(h, "sk", {"d": "Telefón"}, english)
    h.add("sk", "Mesto", "Location")   # one translator of three reads it otherwise
    h.add("sk", "Mesto", "City")
    words = h.words(known={"sk": ["Telefón"]})
    assert words == {"sk": {"PSČ": "postal code", "Mesto": "city"}}
    assert h.kind_words() == {"sk": {"account": ["zakaznici"]}}
    assert h.kind_words(rejected={"sk": ["zakaznici"]}) == {}
    h.add("sk", "Obec", "City")
    h.add("sk", "Obec", "Location")    # evenly split: left out
    assert "Obec" not in h.words()["sk"]


def test_installed_words_are_read() -> None:
    """The committed harvest reads what no hand-written list holds: Slovak 'Meno
    spoločnosti', an Estonian users file, a Finnish customers file."""
    heads = ["Meno spoločnosti", "Telefón", "Adresa"]
    assert foreign_readings("Meno spoločnosti", heads) == [(("company", "name"), 0.98)]
    assert kind_of_word("Kasutajad") == "user"
    assert kind_of_word("Asiakkaat") == "account"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def test_harvest_from_a_clone_and_the_command(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    repo = tmp_path / "prog"
    (repo / "lang").mkdir(parents=True)
    (repo / "lang" / "en.yml").write_text("en:\n  zip: Postal code\n  people: Contacts\n")
    (repo / "lang" / "fi.yml").write_text("fi:\n  zip: Postinumero\n  people: Yhteystiedot\n")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "x")
    commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], check=True,
                            capture_output=True, text=True).stdout.strip()
    manifest = {"sources": [{"name": "prog", "repository": "o/prog", "commit": commit,
                             "licence": "MIT", "catalogs": "lang/{lang}.yml",
                             "english": "en"}]}
    words, kinds = harvest_from_clones({"prog": repo}, manifest)
    assert words == {"fi": {"Postinumero": "postal code"}}
    assert kinds == {"fi": {"contact": ["yhteystiedot"]}}
    with pytest.raises(RuntimeError, match="no clone given for the source 'prog'"):
        harvest_from_clones({}, manifest)
    out = tmp_path / "w.yml"
    code = main(["vocabulary", "harvest", "--clone", "nonsense", "--words", str(out),
                 "--kinds", str(tmp_path / "k.yml")])
    assert code == 2 and "write NAME=PATH" in capsys.readouterr().err


def test_a_word_left_as_written_yields_to_a_near_equal_header() -> None:
    """'Koncová dátum': the lists read 'dátum' (date) and leave 'koncová'; the whole header
    is nearly Czech 'Koncové datum', an end date: the near-equal header wins. (Slovak
    'Koncový dátum', this test's first example, is a word of the Slovak list since tune146.)"""
    heads = ["ID", "Názov", "Stav", "Počiatočný dátum", "Koncová dátum", "Rodič", "Popis"]
    assert foreign_readings("Koncová dátum", heads) == [(("end", "date"), 0.93)]
    assert foreign_readings("Názov", heads) == [(("name",), 0.98)]
