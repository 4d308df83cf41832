"""keys177's public exports run end to end from their parameters files, decisions only
(issue 13): Tine 2.0's demo address book (1000 German business contacts, one file named
out1000.csv) headed as Tine's address book labels its fields in Czech, Hungarian, Russian,
Swedish and Catalan ('Příjmení', 'Vezeték név', 'Фамилия', 'Efternamn', 'Cognom';
'Company / Organisation' left English), values as stored; keys270 added Japanese, Simplified
Chinese, Thai and Bulgarian ('名', '姓', 'นามสกุล', 'Фамилия'), held out at fd7b403f; keys272
Finnish, Albanian, Traditional Chinese, Croatian, Norwegian Bokmål, Vietnamese, Mexican
Spanish and Romanian ('Sukunimi', 'Mbiemri', '姓氏', 'Prezime', 'Etternavn', 'Tên',
'Apellidos', 'Nume'), held out at 2cf0971b. Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

import polars as pl
import pytest

from test_public_end_to_end import assert_true_counts, inventory_files, outcomes, run_public

EXPORTS = ["tine20-addressbook-cs", "tine20-addressbook-hu", "tine20-addressbook-ru",
           "tine20-addressbook-sv", "tine20-addressbook-ca",
           # keys270 (session 40, round N)
           "tine20-addressbook-ja", "tine20-addressbook-zh-cn", "tine20-addressbook-th",
           "tine20-addressbook-bg",
           # keys272 (session 41, round O)
           "tine20-addressbook-fi", "tine20-addressbook-sq", "tine20-addressbook-zh-tw",
           "tine20-addressbook-hr", "tine20-addressbook-nb", "tine20-addressbook-vi",
           "tine20-addressbook-es-mx", "tine20-addressbook-ro"]
# What the engine reads less than the siblings, no decision taken for it (held out). At
# round N's branch point the private side's mark, Chinese '（个人）', Bulgarian '(личен
# адрес)', and Chinese's job title '工作头衔' were not read: read since session 41's engine
# (fa9f8131, tuned in-sample on round N), the two arrive as the siblings do. (Japanese's
# '(プライベート)', unread at fd7b403f, is read since ab9f6693.)
UNREAD = {
    # Bulgarian's private country, 'Народност (рерсонална)' (a nationality, misspelt)
    "tine20-addressbook-bg": {"address2_country"},
    # keys272, at 2cf0971b: Albanian's middle name 'Emri i dyte' and private e-mail 'E-Postë
    # (private)' (its other private labels end in '(privat)' and are read); Traditional
    # Chinese's city '縣市' and country '國別', both sides, and its private e-mail
    # '電子郵件 (個人)' (once the work e-mail is decided into its place, see MORE);
    # Vietnamese's job title 'Chức danh', middle name 'Đệm' and the private side marked
    # '(riêng tư)' (e-mail, street, postal code, city, country)
    "tine20-addressbook-sq": {"middlename", "emailaddress2"},
    # Traditional Chinese's city, country, mobile and private e-mail are read since session
    # 41's engine (tuned in-sample on round O after its figures were taken)
    # (session 52: Vietnamese's private e-mail, read as an e-mail beside the work one, takes
    # the next address free, the second)
    "tine20-addressbook-vi": {"jobtitle", "middlename", "address2_city",
                              "address2_country"},
}
# Thai's private city is headed 'จังหวัด (ส่วนตัว)' (province, private), so it arrives as the
# private address's state or province; Traditional Chinese's mobile '手機號碼' arrives as the
# business address's phone.
MOVED = {"tine20-addressbook-th": {"address2_city": "address2_stateorprovince"}}
# More of the person where the engine reads a language otherwise: Vietnamese's private phone
# 'Điện thoại (cá nhân)' arrives as the business address's phone, its private street and
# postal code not at all; Traditional Chinese's private phone, street and postal code arrive
# as the siblings', its private mobile '手機號碼 (個人)' not at all.
MORE = {
    "tine20-addressbook-vi": {"address1_telephone1": "+49 1609 310720", "telephone2": None,
                              "address2_line1": None, "address2_postalcode": None},
    "tine20-addressbook-zh-tw": {"telephone2": "+49 1609 310720",
                                 "address2_line1": "Ostring\xa018",
                                 "address2_postalcode": "76829", "telephone3": None},
}
LONG = {"Strafverteidiger in Köln, Fachanwalt für Strafrecht M. Meurer Köln, Anwaltskanzlei "
        "für Strafrecht in Köln",
        "Armbruster J. , Waldmann B. u. Ullrich-Colaiacomo S. Dres.med. Praxisgem. f. "
        "Allg.-, Innere-, Herz- u. Lungenheilkunde"}


@pytest.mark.parametrize("name", EXPORTS)
def test_tine_address_book_people_and_their_companies_in_translated_labels(
        name: str, tmp_path) -> None:
    """The people load as contacts and read back whole; their 73 companies, which the export
    holds only as each person's company name, are made accounts by decision and each person
    links to hers. What stays in the source, each with its reason: the two companies whose
    names pass 100 characters (Dataverse refuses their source id; their 9 people move
    without the link), one person whose private columns Tine's file shifts one to the left
    (held back whole), four invalid e-mails ('van kessel' with a space: the fields cleared).
    Decisions (held out, no tuning): the accounts from 'Company / Organisation' with the
    domain and web address, the link by that name, Catalan's file decided a contact file
    (its 'Nom', the first name, reads as a record's name and the file as companies), and
    Russian's, Swedish's, Thai's, Bulgarian's and Norwegian's web address ('Интернет',
    'Webb', 'เวบไซด์', 'Уеб', 'Internett') the account's website (the engine took the
    domain, the address without its scheme, for it), Japanese's and Vietnamese's first and
    last name by their field (Tine's '姓' and 'Họ', a family name's word, on the first name;
    '名' and 'Tên' on the last); Traditional Chinese's file decided a contact file (the
    engine names no kind for it) and its work e-mail '公司電子郵件' the e-mail (the engine
    took the private one for it). Where the engine reads less or elsewhere (UNREAD, MOVED,
    MORE) the test says what arrives instead. Not read at all, at 2cf0971b: Albanian's
    middle name and private e-mail; Traditional Chinese's cities, countries, private e-mail
    and private mobile; Vietnamese's job title, middle name, private e-mail and private
    address. Finnish, Croatian, Mexican Spanish and Romanian arrive as the siblings do,
    with no decision beyond theirs."""
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("companies", 73, 71, 0, 0, 2, 0),
        "contact": ("out1000", 1000, 999, 1, 0, 0, 9)}
    failed = pl.read_csv(run_dir / "failed" / "account.csv", infer_schema=False)
    assert set(failed["source_id"].to_list()) == LONG
    assert all("exceeded the maximum allowed length" in r for r in failed["reason"])
    unresolved = pl.read_csv(run_dir / "unresolved_links" / "contact.csv", infer_schema=False)
    assert set(unresolved["value"].to_list()) == LONG
    held = pl.read_csv(run_dir / "quarantine" / "contact.csv", infer_schema=False)
    assert held["source_id"].to_list() == ["a.crowder@arcor.de"]
    assert "shifted one column" in held["reason"][0]
    unread, moved = UNREAD.get(name, set()), MOVED.get(name, {})
    assert out["contact"]["cleared_fields"] == {
        k: 4 for k in ("emailaddress1", "emailaddress2") if k not in unread}
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert contacts["__ref__parentcustomerid_account"].drop_nulls().len() == 999
    person = contacts.filter(pl.col("lastname") == "Harbottle").to_dicts()[0]
    expected = {
        "firstname": "Alexandros", "middlename": "Nilson", "jobtitle": "Dipl.-Biomath. (FH)",
        "address1_city": "Hamburg", "address1_postalcode": "22415",
        "telephone1": "+49 1453 7932 5463", "mobilephone": "+49 149 3876713 5463",
        "emailaddress1": "a.harbottle@bikecologyekwolfgangkochmann.de",
        "emailaddress2": "a.harbottle@gmail.com", "address2_city": "Landau in der Pfalz",
        "address2_country": "DE", "gendercode": 1,
        "__ref__parentcustomerid_account": "Bikecology e. K., Wolfgang Kochmann"}
    assert {k: person.get(moved.get(k, k)) for k in expected} == {
        k: None if k in unread else v for k, v in expected.items()}
    assert not {k for k in moved if person.get(k) is not None}
    more = MORE.get(name, {})
    assert {k: person.get(k) for k in more} == more
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    bike = accounts.filter(pl.col("name") == "Bikecology e. K., Wolfgang Kochmann").to_dicts()
    assert bike[0]["websiteurl"] == "http://www.bikecologyekwolfgangkochmann.de/"
    assert inventory_files(run_dir)["out1000"]["taken"] == {"contact": 1000}
