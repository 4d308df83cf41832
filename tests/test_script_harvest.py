"""harvest31: harvested labels in scripts the ASCII fold drops (Thai, Khmer, Georgian,
Mongolian Cyrillic...), keyed by their letters, read in headers and in file names after the
hand-written lists; sources read in rounds, a later one never changing an earlier's words."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from d365migrate.intake.kinds import col_norm, name_kind
from d365migrate.mapping.cjk_names import _cut_script
from d365migrate.mapping.foreign_names import foreign_readings
from d365migrate.mapping.harvest_sources import _after, harvest_sources
from d365migrate.mapping.word_harvest import Harvest, harvest_pairs
from d365migrate.script_labels import compact, script_key, script_words, unfoldable


def test_which_labels_the_fold_drops() -> None:
    assert unfoldable("ที่อยู่") and unfoldable("អ៊ីមែល") and unfoldable("მისამართი")
    assert unfoldable("Үйлчлүүлэгч")          # Mongolian 'ү': no Latin letter in the fold
    assert not unfoldable("Область")           # the soft sign is dropped on purpose
    assert not unfoldable("Ελληνικά") and not unfoldable("Azərbaycan")


def test_the_script_test_keeps_in_step_with_the_fold() -> None:
    """script_labels cannot import the fold (intake imports it): its own test of a letter
    must say what ``col_norm`` does, for every letter of no Latin script in the BMP."""
    from d365migrate.script_labels import _drops

    for c in map(chr, range(0x80, 0x10000)):
        if c.isalpha() and c not in "ъьЪЬ" and not unicodedata.name(c, "LATIN").startswith(
                "LATIN"):
            assert _drops(c) == (not col_norm(c)), (c, hex(ord(c)))


def test_keys_and_words_keep_vowel_signs() -> None:
    assert script_words("ที่อยู่ อีเมล") == ["ที่อยู่", "อีเมล"]   # the splitter cut at every sign
    assert script_key("អ៊ីមែល:") == "អ៊ីមែល"
    assert compact("ថ្ងៃខែ\u200bឆ្នាំ") == compact("ថ្ងៃខែ ឆ្នាំ")       # Khmer's zero-width break
    assert script_words("ลูกค้า.csv") == ["ลูกค้า", "csv"]


def test_a_word_is_never_cut_before_its_vowel_sign() -> None:
    table = {"กข": ("x",), "ก": ("y",), "ค": ("z",), "อีเมล": ("email",)}
    assert _cut_script("กขค", table) == ["x", "z"]      # the longest listed word first
    assert _cut_script("อีเมล2", table) == ["email", "2"]
    assert _cut_script("อีเมล์", table) is None       # 'อีเมล' + a mark left: no reading


def test_the_harvest_keeps_script_labels_and_kinds() -> None:
    h = Harvest()
    english = {"a": "Email address", "b": "City", "c": "Customers", "d": "Phone"}
    harvest_pairs(h, "th", {"a": "ที่อยู่อีเมล", "b": "เมือง", "c": "ลูกค้า", "d": "บ้าน"}, english)
    h.add("th", "บ้าน", "Fax")               # evenly split: left out
    assert h.words() == {}                     # nothing keyed by a fold
    words = h.script_words(rejected={"th": ["เมือง"]})
    assert words == {"th": {"ที่อยู่อีเมล": "email address"}}
    assert h.script_kind_words() == {"th": {"account": ["ลูกค้า"]}}
    assert h.script_kind_words(readable=lambda w: w == "ลูกค้า") == {}


def test_installed_script_words_read_headers() -> None:
    """Thai, Georgian and Mongolian headers had no reading: the harvest gives them one; a
    plain name beside a surname is the given name."""
    heads = ["ชื่อ", "นามสกุล", "ที่อยู่อีเมล", "โทรศัพท์มือถือ"]
    assert foreign_readings("ที่อยู่อีเมล", heads) == [(("email", "address"), 0.96)]
    assert foreign_readings("ชื่อ", heads) == [(("first", "name"), 0.96)]
    assert foreign_readings("ชื่อ", ["ชื่อ", "สถานะ"]) == [(("name",), 0.96)]
    assert foreign_readings("ტელეფონის ნომერი", []) == [(("phone", "number"), 0.96)]
    assert foreign_readings("Үйлчлүүлэгч", []) == [(("customer",), 0.96)]
    assert foreign_readings("会社電話", []) == [(("business", "phone"), 0.96)]   # hand-written
    assert foreign_readings("ทดสอบ", []) == []   # a word no list holds: no reading


def test_installed_script_kinds_read_file_names() -> None:
    assert name_kind("ลูกค้า.csv") == ("account", "exact")
    assert name_kind("ผู้ใช้ Export") == ("user", "exact")
    assert name_kind("العملاء") == ("account", "exact")
    assert name_kind("組織 Export") == ("account", "exact")   # the hand-written word first
    assert name_kind("ลูกค้า ผู้ใช้") == (None, "")            # two words: not read


def test_a_later_round_adds_words_and_changes_none() -> None:
    first = {"fi": {"Osoite": "address"}}
    then = {"fi": {"osoite": "street", "Kaupunki": "city"}}
    assert _after(first, then, str.lower) == {"fi": {"Osoite": "address",
                                                     "Kaupunki": "city"}}
    kinds = _after({"fi": {"account": ["asiakas"]}},
                   {"fi": {"user": ["asiakas", "kayttaja"]}})
    assert kinds == {"fi": {"account": ["asiakas"], "user": ["kayttaja"]}}


def test_a_catalog_keyed_by_its_english_and_a_renamed_tag(tmp_path: Path) -> None:
    """Kanboard's catalogs are keyed by the English text (no English file) and call Malay
    'my_MY' (Burmese's code): ``english: "=keys"`` and ``tags``."""
    repo = tmp_path / "prog"
    for tag, text in (("th_TH", "ที่อยู่อีเมล"), ("my_MY", "Alamat e-mel")):
        (repo / "Locale" / tag).mkdir(parents=True)
        (repo / "Locale" / tag / "t.php").write_text(
            f"<?php\nreturn [\n  'Email address' => '{text}',\n];\n", "utf-8")
    for args in (("init", "-q"), ("add", "."), ("-c", "user.name=t", "-c",
                                                "user.email=t@example.com", "commit", "-qm",
                                                "x")):
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)
    commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], check=True,
                            capture_output=True, text=True).stdout.strip()
    manifest = {"sources": [{"name": "prog", "repository": "o/prog", "commit": commit,
                             "licence": "MIT", "catalogs": "Locale/{lang}/t.php",
                             "english": "=keys", "tags": {"my_MY": "ms"}}]}
    got = harvest_sources({"prog": repo}, manifest)
    assert got.script_words == {"th": {"ที่อยู่อีเมล": "email address"}}
    assert got.words == {"ms": {"Alamat e-mel": "email address"}}


def test_arabic_spellings_of_one_letter_are_one() -> None:
    """Redmine's Arabic 'تم الانشاء في' writes the alef without the hamza the harvest's
    'تم الإنشاء في' has (keys167); Persian's yeh and keheh are Arabic's letters."""
    assert compact("تم الانشاء في") == compact("تم الإنشاء في")
    assert compact("توضیح") == compact("توضيح")
    # the hand-written list (session 31) reads it 'created on' and wins over the harvest's
    # 'created at'; either spelling of the alef reads alike
    assert foreign_readings("تم الانشاء في", []) == [(("created", "on"), 0.96)]
    assert foreign_readings("تم الأنشاء في", []) == foreign_readings("تم الانشاء في", [])
