"""Rules added after measuring keys66's held-out export (webERP's demo company, issue 13),
on made-up data so they run where the public data is absent: a file whose column names are
glued lower-case words ('debtorno', 'contactname', 'deladd1') reads them as the words they
are made of; a glued table name with a plural inside ('debtorsmaster') or an ERP's shorthand
leading it ('custcontacts'); a '<record>_no' column links that record by its number; a short
description beside a long one is the item's name; a tax reference is no phone; a link's
target whose key bears the column's own name wins a near-tie."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export
from d365migrate.mapping.glued_lowercase import glued_file, glued_lower_words
from d365migrate.mapping.number_links import numbered_link
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.value_signs import named_otherwise
from d365migrate.mapping.vocabulary import load_vocabulary
from tuning_support import DEFS
from tuning_support import top as _top

VOCAB = load_vocabulary()


def test_glued_lower_case_names_are_cut_into_their_words() -> None:
    assert glued_lower_words("debtorno", VOCAB) == ["debtor", "no"]
    assert glued_lower_words("contactname", VOCAB) == ["contact", "name"]
    assert glued_lower_words("deladd1", VOCAB) == ["delivery", "address", "1"]
    assert glued_lower_words("longdescription", VOCAB) == ["long", "description"]
    assert glued_lower_words("firstname", VOCAB) == ["first", "name"]   # as 'first_name'
    # too short, or no words of the vocabulary: left whole
    assert glued_lower_words("email", VOCAB) is None
    assert glued_lower_words("narrative", VOCAB) is None


def test_only_a_file_of_glued_names_has_its_names_cut() -> None:
    glued = [("debtorno",), ("contactname",), ("role",), ("phoneno",), ("email",)]
    assert glued_file(glued, VOCAB)
    assert not glued_file([("first", "name"), ("last", "name"), ("email",), ("phone",)], VOCAB)
    assert not glued_file([("id",), ("name",), ("email",), ("phone",)], VOCAB)  # none glued


def test_glued_table_names() -> None:
    assert name_kind("debtorsmaster") == ("account", "exact")
    assert name_kind("custcontacts") == ("contact", "head")
    assert name_kind("prices")[0] == "price_list_item"
    assert name_kind("salesorderdetails") == ("order_line", "exact")
    assert name_kind("suppliers")[0] is None


def test_a_record_number_links_that_record() -> None:
    assert numbered_link(["debtor", "no"], "contact", VOCAB) == "account"
    assert numbered_link(["order", "no"], "salesorderdetail", VOCAB) == "salesorder"
    assert numbered_link(["order", "no"], "salesorder", VOCAB) is None   # its own number
    assert numbered_link(["phone", "no"], "contact", VOCAB) is None
    # another column names the customer: the number is a reference of its own (Zoho's)
    assert numbered_link(["customer", "no"], "salesorder", VOCAB,
                         [("account", "name"), ("customer", "no")]) is None


def test_an_erp_customer_contacts_file() -> None:
    df = pl.DataFrame({"contid": ["2", "5"], "debtorno": ["ANGRY", "ANGRY"],
                       "contactname": ["Hamish McKay", "Bob Bruce"], "role": ["CEO", "Chair"],
                       "phoneno": ["12334302", "10292811"], "email": ["h@x.example", ""]})
    sugg = suggest_columns(df, DEFS["contact"], source_object="custcontacts")
    assert _top(sugg, "debtorno") == "parentcustomerid"
    assert _top(sugg, "phoneno") == "telephone1"
    assert _top(sugg, "contactname") == "lastname"


def test_a_short_description_beside_a_long_one_is_the_name() -> None:
    df = pl.DataFrame({"stockid": ["A1", "B2", "C3"],
                       "description": ["12 foot birthday cake for wrestling tournament",
                                       "Big Ears and Noddy episodes on DVD", "Bread"],
                       "longdescription": ["A cake.", "Episodes on DVD.", "Fresh bread."],
                       "units": ["each", "each", "each"], "actualcost": ["1", "2", "3"],
                       "materialcost": ["1", "2", "3"]})
    sugg = suggest_columns(df, DEFS["product"], source_object="stockmaster")
    assert _top(sugg, "description") == "name"
    assert _top(sugg, "longdescription") == "description"
    assert _top(sugg, "actualcost") == "currentcost"
    assert _top(sugg, "materialcost") == "standardcost"


def test_a_tax_reference_is_no_phone() -> None:
    assert named_otherwise("phone", ["tax", "ref"])
    assert not named_otherwise("phone", ["mobile"])


def test_a_key_named_as_the_column_wins_a_near_tie() -> None:
    export = Export(root=Path("mem"), tables={
        "debtorsmaster": pl.DataFrame({"debtorno": ["ANGRY", "QUICK"],
                                       "name": ["Angus Rouledge", "Quick Brown PLC"],
                                       "address1": ["P O Box 67", "Fox Street"],
                                       "creditlimit": ["2500", "1000"]}),
        "custbranch": pl.DataFrame({"branchcode": ["ANGRY", "QUICK", "SLOW"],
                                    "debtorno": ["ANGRY", "QUICK", "QUICK"],
                                    "brname": ["Angus - Toronto", "Quick", "Slow Dog"]}),
        "custcontacts": pl.DataFrame({"contid": ["2", "5"], "debtorno": ["ANGRY", "QUICK"],
                                      "contactname": ["Hamish McKay", "Bob Bruce"],
                                      "role": ["CEO", "Chair"], "email": ["h@x.example", ""]}),
    })
    rels = {r.from_: r.to for r in discover(export).relationships}
    assert rels["custcontacts.debtorno"] == "debtorsmaster.debtorno"
