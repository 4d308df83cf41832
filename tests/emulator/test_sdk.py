"""Microsoft's own Python SDK (powerplatform-dataverse-client) against the running emulator.

A client nobody here wrote: any failure is an emulator bug unless the SDK is documented wrong.
The SDK insists on HTTPS, so the server runs with ``--tls`` and requests trusts its CA file.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Iterator

import pytest

from .conftest import RunningServer, start_server, stop_server

pytestmark = pytest.mark.server

sdk = pytest.importorskip("PowerPlatform.Dataverse.client")


class StubCredential:
    """An azure-core TokenCredential returning any token (the emulator accepts any)."""

    def get_token(self, *scopes: str, **kwargs: object):
        from azure.core.credentials import AccessToken

        return AccessToken("sdk-token", int(time.time()) + 3600)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    server = start_server(tmp_path_factory.mktemp("sdk"), "--tls")
    yield server
    stop_server(server)


@pytest.fixture
def dv(tls_server: RunningServer, monkeypatch: pytest.MonkeyPatch):
    from azure.core.credentials import TokenCredential

    TokenCredential.register(StubCredential)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", tls_server.ca_file)
    org = tls_server.base_url.split("/api/data/")[0]
    warnings.simplefilter("ignore", DeprecationWarning)
    with sdk.DataverseClient(org, StubCredential()) as client:
        yield client


def test_crud(dv) -> None:
    rid = dv.records.create("account", {"name": "SDK Co", "telephone1": "555-0100"})
    got = dv.records.retrieve("account", rid, select=["name", "telephone1"])
    assert got["name"] == "SDK Co" and got["telephone1"] == "555-0100"
    dv.records.update("account", rid, {"telephone1": "555-0199"})
    assert dv.records.retrieve("account", rid, select=["telephone1"])["telephone1"] == \
        "555-0199"
    dv.records.delete("account", rid)
    assert dv.records.retrieve("account", rid) is None  # the SDK maps our 404 to None


def test_query_filter_and_paging(dv) -> None:
    ids = dv.records.create("contact", [{"firstname": "Page", "lastname": f"P{i:02d}"}
                                        for i in range(23)])
    assert len(ids) == 23
    pages = list(dv.records.get("contact", filter="firstname eq 'Page'",
                                select=["lastname"], orderby=["lastname desc"], page_size=10))
    assert [len(p) for p in pages] == [10, 10, 3]
    assert pages[0][0]["lastname"] == "P22"
    listed = dv.records.list("contact", filter="startswith(lastname,'P0')", select=["lastname"])
    assert len(listed) == 10


def test_bulk_update(dv) -> None:
    ids = dv.records.create("account", [{"name": f"Bulk {i}"} for i in range(5)])
    dv.records.update("account", ids, {"description": "touched"})
    for rid in ids:
        assert dv.records.retrieve("account", rid, select=["description"])["description"] == \
            "touched"


def test_columns_keys_and_upsert(dv) -> None:
    from PowerPlatform.Dataverse.models import UpsertItem

    created = dv.tables.add_columns("contact", {"new_ExternalId": "string", "new_Score": "int",
                                                "new_Vip": "bool"})
    assert created == ["new_ExternalId", "new_Score", "new_Vip"]
    key = dv.tables.create_alternate_key("contact", "new_externalid_key", ["new_externalid"])
    assert key.key_attributes == ["new_externalid"]
    assert [k.status for k in dv.tables.get_alternate_keys("contact")] == ["Active"]
    dv.records.upsert("contact", [UpsertItem(alternate_key={"new_externalid": "X-1"},
                                             record={"lastname": "One", "new_score": 1})])
    dv.records.upsert("contact", [
        UpsertItem(alternate_key={"new_externalid": f"X-{i}"},
                   record={"lastname": f"Many {i}", "new_score": i, "new_vip": i % 2 == 0})
        for i in range(1, 4)])
    rows = dv.records.list("contact", filter="new_externalid ne null",
                           select=["lastname", "new_externalid", "new_score", "new_vip"],
                           orderby=["new_externalid asc"])
    assert [(r["new_externalid"], r["lastname"], r["new_score"]) for r in rows] == [
        ("X-1", "Many 1", 1), ("X-2", "Many 2", 2), ("X-3", "Many 3", 3)]
    assert dv.tables.remove_columns("contact", ["new_Vip"]) == ["new_Vip"]


def test_table_info_and_batch(dv) -> None:
    info = dv.tables.get("account")
    assert info.entity_set_name == "accounts" and info.primary_id_attribute == "accountid"
    batch = dv.batch.new()
    with batch.changeset() as cs:
        parent = cs.records.create("account", {"name": "Batch parent"})
        cs.records.create("contact", {"lastname": "Batch child",
                                      "parentcustomerid_account@odata.bind": parent})
    result = batch.execute()
    assert [r.status_code for r in result.responses] == [204, 204]
    child = dv.records.list("contact", filter="lastname eq 'Batch child'",
                            select=["_parentcustomerid_value"])[0]
    assert child["_parentcustomerid_value"] == result.responses[0].entity_id


def test_custom_table(dv) -> None:
    info = dv.tables.create("new_Gadget", {"new_Code": "string", "new_Weight": "decimal"})
    assert info["entity_set_name"] == "new_gadgets"
    rid = dv.records.create("new_gadget", {"new_name": "G1", "new_code": "C-1",
                                           "new_weight": 1.25})
    assert dv.records.retrieve("new_gadget", rid, select=["new_code"])["new_code"] == "C-1"
    dv.tables.delete("new_Gadget")
    assert dv.tables.get("new_Gadget") is None
