"""Rules added after measuring keys12's held-out exports (erxes' MongoDB demo dump,
Chatwoot's seed, Mautic's fixtures; issue 13), on made-up data so they run where the public
data is absent:

- the file's own noun glued before a field ('companycity' in a companies file: Mautic's
  aliases) is the field, as 'Company City' is; not in another object's file, and not for a
  word that only means the same table ('thirdpartycountry' on customers)
  (mapping/sourcecols.py);
- a sub-document's field written by its path ('links.website', 'location.city': a MongoDB
  export's dotted columns) is read as the field too; relations written by their key
  ('partner.importId', 'primaryCity.name') are read as before (mapping/relation_keys.py);
- a record's 'primary' name and phone are its name and main phone, not its address's
  ('primaryName', 'primaryPhone': erxes), and a bare 'address1' is the first street line as
  'address2' is the second (mapping/data/synonyms.yml);
- a file named for a knowledge base ('knowledgebase_articles') is no Sales object
  (intake/not_sales.py).
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.not_sales import not_sales_word
from d365migrate.intake.read import Export
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_the_files_own_noun_glued_before_a_field_is_the_field() -> None:
    companies = pl.DataFrame({"id": ["1", "2", "3"],
                              "companyname": ["Northwind", "Fabrikam", "Tailspin"],
                              "companycity": ["Leeds", "Lyon", "Porto"],
                              "companystate": ["Yorkshire", "Rhone", "Norte"],
                              "companycountry": ["United Kingdom", "France", "Portugal"],
                              "companyindustry": ["Software", "Retail", "Software"]})
    sugg = suggest_columns(companies, DEFS["account"], source_object="companies")
    assert _top(sugg, "companyname") == "name"
    assert _top(sugg, "companycity") == "address1_city"
    assert _top(sugg, "companystate") == "address1_stateorprovince"
    assert _top(sugg, "companycountry") == "address1_country"
    assert _top(sugg, "companyindustry") == "industrycode"
    # on people, the company's city is not the person's
    people = pl.DataFrame({"id": ["1", "2", "3"], "firstname": ["Ana", "Bo", "Cy"],
                           "lastname": ["Ng", "Li", "Ruiz"],
                           "companycity": ["Leeds", "Lyon", "Porto"]})
    sugg = suggest_columns(people, DEFS["contact"], source_object="contacts")
    assert _top(sugg, "companycity") is None
    # a word that means the same table but is not the file's own noun stays unread
    customers = pl.DataFrame({"id": ["1", "2", "3"], "companyname": ["A", "B", "C"],
                              "thirdpartycountry": ["US", "FR", "PT"],
                              "thirdpartyzipcode": ["10001", "69001", "4000"]})
    sugg = suggest_columns(customers, DEFS["account"], source_object="customer_data")
    assert _top(sugg, "thirdpartycountry") is None
    assert _top(sugg, "thirdpartyzipcode") is None


def test_a_sub_documents_field_by_its_path_is_the_field() -> None:
    people = pl.DataFrame({"_id": ["a1", "a2", "a3"], "firstName": ["Ana", "Bo", "Cy"],
                           "lastName": ["Ng", "Li", "Ruiz"],
                           "links.website": ["ana.example", "bo.example", ""],
                           "links.youtube": ["https://youtube.example/ana", "", ""],
                           "location.city": ["Leeds", "Lyon", "Porto"]})
    sugg = suggest_columns(people, DEFS["contact"], source_object="customers")
    assert _top(sugg, "links.website") == "websiteurl"
    assert _top(sugg, "links.youtube") != "websiteurl"
    assert _top(sugg, "location.city") == "address1_city"
    # relations written by their key are read as before: the relation
    leads = pl.DataFrame({"importId": ["1", "2"], "name": ["Ng", "Li"],
                          "primaryCity.name": ["Leeds", "Lyon"]})
    sugg = suggest_columns(leads, DEFS["lead"], source_object="leads")
    assert _top(sugg, "primaryCity.name") == "address1_city"


def test_a_primary_name_and_phone_are_the_records_and_address1_its_street() -> None:
    companies = pl.DataFrame({"_id": ["c1", "c2", "c3"],
                              "primaryName": ["Northwind", "Fabrikam", "Tailspin"],
                              "primaryPhone": ["+44 113 496 0000", "+33 4 72 00 00 00", ""],
                              "primaryEmail": ["info@northwind.example", "", ""],
                              "primaryCity": ["Leeds", "Lyon", "Porto"]})
    sugg = suggest_columns(companies, DEFS["account"], source_object="companies")
    assert _top(sugg, "primaryName") == "name"
    assert _top(sugg, "primaryPhone") == "telephone1"
    assert _top(sugg, "primaryEmail") == "emailaddress1"
    assert _top(sugg, "primaryCity") == "address1_city"     # an address's part, as before
    leads = pl.DataFrame({"id": ["1", "2", "3"], "lastname": ["Ng", "Li", "Ruiz"],
                          "address1": ["1 High St", "2 Rue Neuve", "3 Rua Nova"],
                          "address2": ["Flat 4", "", ""]})
    sugg = suggest_columns(leads, DEFS["lead"], source_object="leads")
    assert _top(sugg, "address1") == "address1_line1"
    assert _top(sugg, "address2") == "address1_line2"


def test_a_knowledge_base_is_no_sales_object() -> None:
    assert not_sales_word("knowledgebase_articles")[0] == "knowledgebase"
    assert not_sales_word("knowledge_base_articles")[0] == "knowledge"
    assert not_sales_word("articles") is None       # an 'article' may be a product
    articles = pl.DataFrame({"_id": ["k1", "k2"], "title": ["Reset a password", "Billing"],
                             "summary": ["How to reset it", "How we bill"],
                             "content": ["<p>Open settings</p>", "<p>Monthly</p>"],
                             "createdDate": ["2018-10-13", "2018-10-14"],
                             "status": ["publish", "draft"]})
    kinds = {o.source: o.name for o in discover(
        Export(Path("."), {"knowledgebase_articles": articles})).objects}
    assert kinds == {"knowledgebase_articles": "unknown"}
