"""keys127's general rules (Kimai's customer lists in Polish, Czech, Russian, Turkish and
Swedish): Czech 'Jméno' and Swedish 'Namn' are a plain name (the given name beside a surname,
the record's name alone); the languages' words for an address, e-mail, a home page, a
comment, an account and a customer's number."""

from __future__ import annotations

from d365migrate.mapping.foreign_names import foreign_readings


def _read(name: str, headers: list[str]) -> tuple[str, ...]:
    return foreign_readings(name, headers)[0][0]


def test_czech_and_swedish_plain_names() -> None:
    cs = ["Jméno", "Příjmení", "Město", "Země", "Telefon"]
    assert _read("Jméno", cs) == ("first", "name")
    assert _read("Jméno", ["ID", "Jméno", "Jméno společnosti", "Účet", "Země", "Měna"]) == (
        "name",)
    sv = ["Förnamn", "Namn", "Företagsnamn", "Adress", "Land", "Valuta"]
    assert _read("Namn", sv) == ("last", "name")
    assert _read("Namn", ["ID", "Namn", "Företagsnamn", "Konto", "Adress", "Land"]) == ("name",)


def test_kimai_words_in_czech_russian_turkish_and_swedish() -> None:
    cs = ["ID", "Jméno", "Jméno společnosti", "Účet", "Adresa", "Domácí stránka", "Země"]
    assert _read("Účet", cs) == ("account",)
    assert _read("Jméno společnosti", cs) == ("company", "name")
    assert _read("Domácí stránka", cs) == ("website",)
    ru = ["ID", "Имя", "Название компании", "Клиентский номер", "Персональная страница",
          "Страна"]
    assert _read("Клиентский номер", ru) == ("customer", "number")
    assert _read("Персональная страница", ru) == ("website",)
    tr = ["ID", "Ad", "Şirket adı", "Hesap", "İletişim", "Anasayfa", "Ülke", "Yorum"]
    assert _read("Yorum", tr) == ("comment",)
    assert _read("Anasayfa", tr) == ("website",)
    assert _read("İletişim", tr) == ("contact",)
    sv = ["ID", "Namn", "Företagsnamn", "Konto", "Adress", "E-post", "Land", "Ordernummer"]
    assert _read("Adress", sv) == ("address",)
    assert _read("E-post", sv) == ("email",)
    assert _read("Ordernummer", sv) == ("order", "number")
