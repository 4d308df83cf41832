"""Session 42's rules, each on made-up data: the sponsor report says how the export's files
were read, and the scope page's custom fields come from the field map once there is one."""

from __future__ import annotations

import json
from pathlib import Path

from d365migrate.intake.discover import discover, write_discovery
from d365migrate.intake.read import read_export
from d365migrate.report.sponsor import render_report
from d365migrate.report.sponsor_facts import gather


def _run_folder(tmp_path: Path, lines: list[str]) -> Path:
    export = tmp_path / "export"
    export.mkdir()
    (export / "contacts.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = tmp_path / "run"
    run.mkdir()
    (run / "run.json").write_text(json.dumps({"engagement": "acme", "status": "completed"}),
                                  encoding="utf-8")
    write_discovery(discover(read_export(export)), run / "discovery.json")
    return run


def test_the_sponsor_report_says_how_the_files_were_read(tmp_path: Path) -> None:
    """A header label dropped where rows were written keyed by name: the report the sponsor
    signs names the file and the note, its lines counted, every value escaped."""
    lines = ['"ID";"Имя";"<b>Создано</b>";"Город";"<b>Создано</b>";"Заметка"']
    lines += [f'"{i}";"Name {i}";"user{i}";"City {i}";"note {i}"' for i in range(1, 6)]
    facts = gather(_run_folder(tmp_path, lines))
    assert [(n["file"], n["lines"]) for n in facts.reading or []] == [("contacts.csv", 1)]
    html = render_report(facts)
    assert "How the export's files were read" in html
    assert "keyed by column name" in html and "contacts.csv" in html
    assert "&lt;b&gt;Создано&lt;/b&gt;" in html and "<b>Создано" not in html


def test_a_file_read_as_written_says_so_and_no_discovery_says_nothing(tmp_path: Path) -> None:
    """Every file read as written: one sentence. A run folder without discovery.json (a run
    that stopped before it): no claim either way."""
    (tmp_path / "a").mkdir()
    clean = _run_folder(tmp_path / "a", ["id,name", "1,Ann", "2,Bo"])
    facts = gather(clean)
    assert facts.reading == []
    assert "Every file was read as written." in render_report(facts)
    (clean / "discovery.json").unlink()
    facts = gather(clean)
    assert facts.reading is None
    html = render_report(facts)
    assert "files were read" not in html and "read as written" not in html


def test_the_scope_lists_the_maps_custom_columns_once_there_is_a_map(tmp_path: Path) -> None:
    """Before the map, every column with no standard field by name is a candidate (a file in
    another language: all of them); once the map is settled the page lists the map's manifest
    only, and the grade counts those."""
    import polars as pl

    from d365migrate.intake.profile import profile_export
    from d365migrate.mapping.manifest import build_manifest, read_manifest
    from d365migrate.report.scope import render_scope_html

    export_dir = tmp_path / "export"
    export_dir.mkdir()
    (export_dir / "contacts.csv").write_text(
        "Имя,Фамилия,Город,Телефон,cf_hobby\n"
        + "".join(f"Анна{i},Иванова{i},Москва,+7 900 000 00 0{i},chess\n" for i in range(5)),
        encoding="utf-8")
    export = read_export(export_dir)
    disc = discover(export)
    profile = profile_export(export, disc)
    assert len(disc.custom_fields) == 5  # every column: no standard field by its name
    before = render_scope_html(disc, profile)
    assert "candidates, before the field map" in before
    assert "<b>5</b>candidates, until the field map decides" in before

    manifest = build_manifest(None, export.tables, None)
    assert manifest["source_column"].to_list() == ["cf_hobby"]
    after = render_scope_html(disc, profile, manifest=manifest)
    assert "the field map&#39;s manifest" in after or "the field map's manifest" in after
    assert "<b>1</b>to pre-create (the field map" in after
    assert "<code>cf_hobby</code>" in after and "<code>Город</code>" not in after
    from d365migrate.report.scope import complexity_grade
    rules = {r["rule"]: r["value"] for r in complexity_grade(disc, profile, 1)["rules"]}
    assert rules["Custom fields to pre-create"] == "1"

    empty = read_manifest(tmp_path / "none.json", missing_ok=True)
    assert empty.height == 0 and isinstance(empty, pl.DataFrame)
    none = render_scope_html(disc, profile, manifest=empty)
    assert "The field map sends no column to a new custom column." in none
    assert "<b>0</b>to pre-create" in none


# -- round P's general rules (new programs: FreeScout, erxes, Group-Office, DjangoCRM, Crater)

def _defs() -> dict:
    from d365migrate.mapping.accuracy import load_table_defs

    return load_table_defs(Path(__file__).parents[1] / "src/dataverse_emulator/data/tables")


def _top(df, table: str, column: str, source: str = "x") -> str | None:
    from d365migrate.mapping.suggest import suggest_columns

    cands = suggest_columns(df, _defs()[table], source_object=source).get(column) or []
    return cands[0].target if cands else None


def _kinds(tmp_path: Path, files: dict[str, str]) -> dict[str, str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {o.source: o.name for o in discover(read_export(tmp_path)).objects}


def test_a_customers_file_of_people_in_another_language_is_contacts(tmp_path: Path) -> None:
    """FreeScout's French 'customers': a given and a family name read through the map's
    words, no company's own name: people, whatever the file's name says; a customers file
    with the company's own name stays accounts."""
    people = "Prénom,Nom de Famille,Email,Téléphone\n" + "".join(
        f"Anne{i},Martin{i},a{i}@x.fr,+33 1 23 45 67 0{i}\n" for i in range(5))
    companies = "Raison sociale,Ville,Téléphone\n" + "".join(
        f"Société {i},Paris,+33 1 23 45 67 0{i}\n" for i in range(5))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert _kinds(tmp_path / "a", {"customers.csv": people}) == {"customers": "contact"}
    assert _kinds(tmp_path / "b", {"customers.csv": companies}) == {"customers": "account"}


def test_a_party_flag_in_another_language_makes_a_file_of_companies_and_people(
        tmp_path: Path) -> None:
    """Group-Office's Dutch 'Is een organisatie' beside 'Voornaam' and 'Naam': companies and
    people together, the customers (named account), as the English 'isOrganization' is."""
    text = "ID;Voornaam;Achternaam;Naam;Is een organisatie;Telefoon\n" + "".join(
        f"{i};;;Bedrijf {i};1;+31 20 123 45 6{i}\n" for i in range(4)) + \
        "9;Piet;Jansen;Piet Jansen;0;+31 20 123 45 69\n"
    assert _kinds(tmp_path, {"Contact-organizations.csv": text}) == {
        "Contact-organizations": "account"}


def test_spanish_articles_are_products_and_billers_are_the_business_own(tmp_path: Path) -> None:
    """Crater's Spanish 'Artículos' is its items (products); Simple Invoices' billers are
    the business's own invoicing companies, no Sales record (left unknown, said why)."""
    found = _kinds(tmp_path, {
        "Artículos.csv": "Nombre,Precio,Descripción\nSilla,10.00,Una silla\nMesa,20.00,x\n",
        "billers.csv": "ID,Biller Name,Enabled,Email,City\n1,Acme Pty,Enabled,a@acme.test,Oslo\n"
                       "2,Beta Ltd,Enabled,b@beta.test,Rome\n"})
    assert found == {"Artículos": "product", "billers": "unknown"}


def test_a_dash_is_a_blank_cell_not_evidence_of_a_type() -> None:
    """erxes' exporter writes '-' for every empty field: the e-mail column of '-' and
    e-mails is e-mails, the empty web site a web site."""
    import polars as pl

    df = pl.DataFrame({"Name": ["A", "B", "C", "D"],
                       "Primary email": ["-", "info@erxes.io", "-", "x@y.mn"],
                       "Website": ["-", "-", "-", "-"]})
    assert _top(df, "account", "Primary email") == "emailaddress1"
    assert _top(df, "account", "Website") == "websiteurl"


def test_a_login_with_a_titled_last_part_is_no_domain_name() -> None:
    """DjangoCRM's users sign in as 'Andrew.Manager.Global': the owner, not a web domain
    ('acme.com' still is one)."""
    import polars as pl

    from d365migrate.mapping.sourcecols import _kind

    logins = ["Andrew.Manager.Global", "Darian.Manager.Head.Global"]
    assert _kind(pl.Series(logins), logins) != "domain"
    domains = ["acme.com", "example.org", "x.io"]
    assert _kind(pl.Series(domains), domains) == "domain"
    df = pl.DataFrame({"Name": ["a", "b", "c"], "Owner": ["Andrew.Manager.Global"] * 3})
    assert _top(df, "opportunity", "Owner", "deals") == "ownerid"


def test_x_of_y_is_read_as_y_x() -> None:
    """'Type of company', 'Industry of company' on companies; 'Company of contact' on
    contacts: whose field English says after 'of'."""
    import polars as pl

    df = pl.DataFrame({"Full name": ["A", "B", "C"], "Type of company": ["", "", ""],
                       "Industry of company": ["", "", ""]})
    assert _top(df, "account", "Type of company", "companies") == "customertypecode"
    assert _top(df, "account", "Industry of company", "companies") == "industrycode"
    people = pl.DataFrame({"First name": ["A", "B", "C"], "Last name": ["X", "Y", "Z"],
                           "Company of contact": ["Acme", "Beta", "Acme"]})
    assert _top(people, "contact", "Company of contact", "contacts") == "parentcustomerid"


def test_a_company_address_is_no_link_to_the_company() -> None:
    """'Company address' on a lead is the company's street, not a lookup to an account
    ('Email Address' still reads as the e-mail)."""
    import polars as pl

    df = pl.DataFrame({"First name": ["A", "B", "C"], "Company address": ["", "", ""],
                       "Email Address": ["a@x.test", "b@x.test", "c@x.test"]})
    assert _top(df, "lead", "Company address", "leads") not in ("parentaccountid",
                                                                 "customerid")
    assert _top(df, "lead", "Email Address", "leads") == "emailaddress1"


def test_a_numbered_list_of_phones_in_any_language() -> None:
    """Group-Office's 'phoneNumbers[2].number' and its Dutch and Spanish labels: the second
    phone; the entry's type is no phone; an e-mail list's second entry the second e-mail."""
    from d365migrate.mapping.numbered_blocks import block_target

    assert block_target("phoneNumbers[2].number") == (True, "telephone2")
    assert block_target("Telefoonnummers 3 - Telefoonnummer") == (True, "telephone3")
    assert block_target("Números de teléfono 2 - Número de teléfono") == (True, "telephone2")
    assert block_target("E-Mail Adressen 2 - E-Mail Adresse") == (True, "emailaddress2")
    assert block_target("Telefoonnummers 2 - Type") == (False, None)
    assert block_target("Contact 2 Phone") == (False, None)


def test_an_italian_address_block_with_its_lines_name_and_phone() -> None:
    """Crater's Italian 'Indirizzo di Fatturazione - Indirizzo 2', '- Nome', '- Telefono':
    the billing address's second line, addressee and phone; an English 'Home Phone' beside
    a home address block stays the person's home phone."""
    import polars as pl

    block = {f"Indirizzo di {side} - {part}": ["x", "y", "z"]
             for side in ("Fatturazione", "Spedizione")
             for part in ("Nome", "Indirizzo 1", "Indirizzo 2", "Città", "Provincia",
                          "Codice Postale", "Telefono")}
    df = pl.DataFrame({"Nome": ["A", "B", "C"], **block})
    assert _top(df, "account", "Indirizzo di Fatturazione - Indirizzo 2") == "address1_line2"
    assert _top(df, "account", "Indirizzo di Spedizione - Telefono") == "address2_telephone1"
    assert _top(df, "account", "Indirizzo di Fatturazione - Nome") == "address1_name"
    home = pl.DataFrame({"First Name": ["A", "B", "C"], "Home Street": ["s", "t", "u"],
                         "Home City": ["c", "d", "e"], "Home State": ["NY", "CA", "WA"],
                         "Home Phone": ["+1 212 555 0101", "+1 212 555 0102",
                                        "+1 212 555 0103"]})
    assert _top(home, "contact", "Home Phone") not in ("address1_telephone1",
                                                       "address2_telephone1")


def test_m_and_f_are_a_sex_not_middle_initials() -> None:
    """A column of only M and F is no middle initial (a lead has no gender: left out);
    'Sex' reads as the gender on contacts."""
    import polars as pl

    df = pl.DataFrame({"First name": ["A", "B", "C", "D"], "Last name": ["W", "X", "Y", "Z"],
                       "Sexo": ["M", "F", "M", "M"]})
    assert _top(df, "lead", "Sexo", "leads") != "middlename"
    sexed = df.rename({"Sexo": "Sex"})
    assert _top(sexed, "contact", "Sex", "contacts") == "gendercode"


def test_choice_values_in_another_language_match_the_options() -> None:
    """FreeScout's German conversation 'Typ' (Telefon, E-Mail): the case's origin, whose
    options are Phone and Email, not its type (Question, Problem, Request)."""
    import polars as pl

    df = pl.DataFrame({"Betreff": ["a", "b", "c", "d"],
                       "Typ": ["Telefon", "E-Mail", "E-Mail", "Telefon"]})
    assert _top(df, "incident", "Typ", "conversations") == "caseorigincode"
