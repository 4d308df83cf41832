"""Session 32's rules: address blocks named by a word nobody reads, the organisations a help
desk serves, dates under a header the fold drops, ticket words in scripts the fold drops."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.cjk_kinds import cjk_kind
from d365migrate.intake.header_kinds import kind_named_by_headers
from d365migrate.intake.served_units import served_units
from d365migrate.intake.value_shapes import DATE_SHAPE, value_columns
from d365migrate.mapping.address_blocks import block_address_parts


class _Attr:
    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return self.name


_NAMES = {f"address{n}_{p}": _Attr(f"address{n}_{p}") for n in (1, 2)
          for p in ("line1", "city", "stateorprovince", "postalcode", "country")}


def _blocks(readings: dict[str, tuple[str, ...]],
            scored: dict[str, list[tuple[float, str, str]]] | None = None
            ) -> dict[str, str | None]:
    scored = scored if scored is not None else {c: [] for c in readings}
    block_address_parts(list(readings), {c: [w] for c, w in readings.items()}, _NAMES, scored)
    return {c: (s[0][1] if s else None) for c, s in scored.items()}


def test_two_blocks_named_by_unread_words_are_the_first_and_second_address() -> None:
    # SuiteCRM's Russian: 'Расчётный адрес - город' (billing), 'Отгрузочный адрес - город'
    read = {f"{side} {part}": (side.lower(), "address", *words)
            for side in ("Raschetnyi", "Othruzochnyi")
            for part, words in (("street", ("street",)), ("city", ("city",)),
                                ("code", ("postal", "code")), ("country", ("country",)))}
    got = _blocks(read)
    assert got["Raschetnyi city"] == "address1_city"
    assert got["Raschetnyi code"] == "address1_postalcode"
    assert got["Othruzochnyi street"] == "address2_line1"
    assert got["Othruzochnyi country"] == "address2_country"


def test_a_block_beside_a_known_side_takes_the_other_address() -> None:
    # Danish 'Faktura By' beside 'Leveringsadresse By' (read: shipping address city)
    read = {"Faktura By": ("faktura", "city"), "Faktura Postnr": ("faktura", "postal", "code"),
            "Faktura Land": ("faktura", "country"),
            "Levering By": ("shipping", "address", "city"),
            "Levering Postnr": ("shipping", "address", "postal", "code"),
            "Levering Land": ("shipping", "address", "country")}
    scored: dict[str, list[tuple[float, str, str]]] = {c: [] for c in read}
    scored["Levering By"] = [(0.9, "address2_city", "")]
    got = _blocks(read, scored)
    assert got["Faktura By"] == "address1_city"
    assert got["Levering Postnr"] == "address2_postalcode"


def test_a_named_block_beside_the_plain_address_is_the_second() -> None:
    # Tine's 'Postkod', 'Ort', 'Gata' beside 'Postkod (Privat)', ...: the own address is first
    read = {"Gata": ("street",), "Ort": ("city",), "Postkod": ("postal", "code"),
            "Gata (Privat)": ("street", "privat"), "Ort (Privat)": ("city", "privat"),
            "Postkod (Privat)": ("postal", "code", "privat")}
    got = _blocks(read)
    assert got["Postkod (Privat)"] == "address2_postalcode"
    assert got["Postkod"] is None   # the plain address keeps its own readings


def test_three_addresses_say_nothing_of_whose() -> None:
    # CiviCRM's import: the own address, a mother's and a sister's
    read = {"Street Address": ("street", "address"), "City": ("city",),
            "Country": ("country",)}
    for who in ("mum", "sister"):
        read |= {f"{who}-Street": (who, "street"), f"{who}-City": (who, "city"),
                 f"{who}-Country": (who, "country")}
    assert set(_blocks(read).values()) == {None}


def test_the_file_contacts_and_tickets_belong_to_is_the_accounts() -> None:
    tables = {
        "Entités": pl.DataFrame({"Nom complet": ["Root > A", "Root > A > B"], "ID": ["1", "2"],
                                 "Nom": ["A", "B"]}),
        "Contacts": pl.DataFrame({"Nom": ["Doe"], "Entité": ["Root > A"]}),
        "Tickets": pl.DataFrame({"ID": ["1", "2"], "Titre": ["x", "y"],
                                 "Entité": ["Root > A", "Root > A > B"]}),
        "Groupes": pl.DataFrame({"ID": ["1"], "Nom": ["Support"], "Actif": ["true"]}),
    }
    kinds = {"Entités": "unknown", "Contacts": "contact", "Tickets": "ticket",
             "Groupes": "unknown"}
    out = served_units(tables, kinds)
    assert out["Entités"][0] == "account"
    assert "Groupes" not in out
    # pointed into by the contacts alone: no tickets, nothing said
    assert served_units({k: v for k, v in tables.items() if k != "Tickets"}, kinds) == {}


def test_an_owner_or_a_flag_shared_with_the_file_points_nowhere() -> None:
    tables = {
        "Solutions": pl.DataFrame({"Owner": ["Ann"], "Title": ["Fix"], "Modified_By": ["Ann"],
                                   "active": ["true"]}),
        "Contacts": pl.DataFrame({"Owner": ["Ann"], "active": ["true"]}),
        "Cases": pl.DataFrame({"Owner": ["Ann"], "active": ["true"]}),
    }
    assert served_units(tables, {"Solutions": "unknown", "Contacts": "contact",
                                 "Cases": "ticket"}) == {}


def test_dates_under_a_header_the_fold_drops_say_when() -> None:
    df = pl.DataFrame({"تاريخ البدايه": ["2024-01-02 10:00"], "الإسم": ["x"]})
    assert DATE_SHAPE in value_columns(df, {"تاريخ البدايه": "datetime", "الإسم": "string"})
    # a header the fold reads says what it says itself
    df = pl.DataFrame({"_fivetran_synced": ["2024-01-02 10:00"]})
    assert DATE_SHAPE not in value_columns(df, {"_fivetran_synced": "datetime"})


def test_ticket_words_of_japanese_hebrew_and_persian() -> None:
    assert cjk_kind("チケット") == "ticket"
    assert cjk_kind("קריאות שירות") == "ticket"
    assert cjk_kind("درخواست ها") == "ticket"
    assert cjk_kind("שירות לקוחות שונות") is None


def test_a_greek_activity_search_names_its_records() -> None:
    heads = ["Κωδικός ID Δραστηριότητας", "Πηγαία Εγγραφή", "Είδος Δραστηριότητας", "Θέμα",
             "Ημερομηνία δραστηριότητας", "Κατάσταση δραστηριότητας"]
    assert kind_named_by_headers(heads, "Κωδικός ID Δραστηριότητας")[0] == "activity"


def test_activity_files_named_in_other_scripts_route_to_their_unit() -> None:
    from d365migrate.mapping.history import route_by_name
    assert route_by_name("通話") == "phonecall"      # Japanese, Traditional Chinese
    assert route_by_name("會議") == "appointment"    # read as Simplified '会议'
    assert route_by_name("الاجتماعات") == "appointment"
    assert route_by_name("تماس ها") == "phonecall"   # Persian, its plural written apart
    assert route_by_name("โทร") == "phonecall"
    assert route_by_name("会议导出") == "appointment"   # the download's word kept out
    assert route_by_name("顧客") is None
    assert route_by_name("calls") == "phonecall"     # Latin words as before


def test_a_near_tie_is_settled_by_the_headers_read_through_the_vocabulary() -> None:
    # Tine 2.0's Catalan address book: account 0.43 or user 0.38 by discovery's own words;
    # read through the map's vocabulary its headers are a person's (Nom, Cognom, Mòbil)
    from d365migrate.intake.discover import classify_table
    heads = ("Company / Organisation,Domain,Web,Telèfon,Fax,Mòbil,Carrer,Codi postal,Població,"
             "País,Gender,Professió,Nom,Middle Name,Cognom,Telèfon particular,Fax particular,"
             "Mòbil particular,Correu electrònic,Correu electrònic (particular),"
             "Carrer (particular),Codi postal (particular),Població (particular),"
             "País (particular)").split(",")
    key = "Correu electrònic"
    kind, _, scores, evidence = classify_table(   # the e-mails' values say e-mail
        "out1000", heads, key, frozenset({key}), shapes=frozenset({"email"}))
    assert kind == "contact", (scores, evidence)
    assert any("read through the map's vocabulary" in e for e in evidence)
