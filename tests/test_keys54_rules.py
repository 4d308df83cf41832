"""Rules added after measuring keys54's held-out export (issue 13: Intercom as Airbyte's
connector records it, API objects kept whole), on made-up data so they run where the
public data is absent: a REST API's page of a list in one cell is its list (its records
read as a JSON list's are, its address naming what they are, never text); a column of JSON
documents takes no choice column."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.json_cells import RECORD, cell_shape, link_part, listed_records
from d365migrate.intake.list_pages import page_collection, page_items
from d365migrate.mapping.api_addresses import addressed_table
from d365migrate.mapping.own_lists import documents
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.vocabulary import load_vocabulary
from tuning_support import DEFS
from tuning_support import top as _top


def _page(of: str, rid: str, items: str = "[]") -> str:
    return (f'{{"type":"list","data":{items},"url":"/contacts/{rid}/{of}",'
            f'"total_count":0,"has_more":false}}')


def test_a_page_of_a_list_is_its_list_and_its_address_names_the_collection() -> None:
    assert page_items(_page("notes", "c1")) == "[]"
    assert page_items('{"type":"person.list","people":[{"id":"p1"}]}') == '[{"id":"p1"}]'
    assert page_collection(_page("notes", "c1")) == "notes"
    assert page_collection('{"object":"list","data":[],"url":"/v1/customers/cus_1/sources",'
                           '"has_more":false}') == "sources"
    # a record with an id, an address with a list beside its own fields: no page
    assert page_items('{"id":"7","tags":[]}') is None
    assert page_items('{"city":"Leeds","lines":["1 Main St","Flat 2"]}') is None
    assert page_items("plain text") is None
    vocab = load_vocabulary()
    pages = [_page("notes", f"c{n}") for n in range(3)]
    assert addressed_table(pages, "contact", vocab) not in (None, "contact")
    assert addressed_table([_page("companies", "c1")], "contact", vocab) == "account"


def test_a_page_of_one_record_reads_as_that_record() -> None:
    cells = pl.Series(['{"type":"contact.list","contacts":[{"type":"contact","id":"a1"}]}',
                       '{"type":"contact.list","contacts":[{"type":"contact","id":"b2"}]}'])
    assert cell_shape(cells) == RECORD
    got = pl.DataFrame({"c": cells}).select(link_part(pl.col("c"), "id").alias("c"))["c"]
    assert got.to_list() == ["a1", "b2"]
    assert listed_records('{"type":"list","data":[{"id":"1"},{"id":"2"}]}') == 2


def test_a_page_of_the_contacts_notes_is_no_description() -> None:
    contacts = pl.DataFrame({
        "id": ["c1", "c2", "c3"], "email": ["a@example.org", "b@example.org", "c@example.org"],
        "name": ["Ada Quill", "Bram Okafor", "Cleo Marsh"],
        "notes": [_page("notes", f"c{n}") for n in (1, 2, 3)]})
    got = suggest_columns(contacts, DEFS["contact"], source_object="contacts")
    assert _top(got, "notes") is None
    assert _top(got, "email") == "emailaddress1"


def test_json_documents_take_no_choice_column() -> None:
    message = ('{{"type":"conversation","id":"{n}","delivered_as":"automated","subject":"",'
               '"body":"<p>Test {n}</p>","author":{{"type":"admin","email":"a@example.org"}}}}')
    assert documents([message.format(n=1)])
    assert not documents(['["ON_SITE", "HYBRID"]', "Email"])   # a multi-select's words
    cases = pl.DataFrame({
        "id": ["1", "2", "3"], "title": ["Login fails", "Refund", "Crash"],
        "source": [message.format(n=n) for n in (1, 2, 3)],
        "origin": ["Email", "Phone", "Email"]})
    got = suggest_columns(cases, DEFS["incident"], source_object="conversations")
    assert _top(got, "source") != "caseorigincode"
    assert _top(got, "origin") == "caseorigincode"      # words still name the option
