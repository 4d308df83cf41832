"""Callers: bearer tokens as application users, service protection per user, and bypass of
custom business logic (PAD ``api-limits.md``, ``bypass-custom-business-logic.md``)."""

from __future__ import annotations

import threading
import time
import uuid

import httpx
import pytest

from dataverse_emulator import Limits, create_app
from dataverse_emulator.identity import app_user_id_for_token, parse_tokens
from dataverse_emulator.models import APP_USER_ID, user_id_for

from .conftest import BASE, new_id

ROOT = "http://dataverse.local"


def client_as(app: object, token: str) -> httpx.Client:
    return httpx.Client(transport=httpx.WSGITransport(app=app), base_url=BASE,
                        headers={"Authorization": f"Bearer {token}"})


def test_parse_tokens() -> None:
    guid = str(uuid.uuid4())
    assert parse_tokens(f"a, b={guid},c=blake.seller@contoso.example,,") == {
        "a": None, "b": guid, "c": "blake.seller@contoso.example"}
    # Base64 padding is part of the token, not a user
    assert parse_tokens("eyJ0eXAi==,x=y") == {"eyJ0eXAi==": None, "x=y": None}


def test_each_token_is_its_own_user(state) -> None:
    app = create_app(state, tokens=["tok-a", "tok-b"])
    a_id, b_id = app_user_id_for_token("tok-a"), app_user_id_for_token("tok-b")
    with client_as(app, "tok-a") as a, client_as(app, "tok-b") as b:
        assert a.get("WhoAmI").json()["UserId"] == a_id
        assert b.get("WhoAmI").json()["UserId"] == b_id
        rid = new_id(a.post("accounts", json={"name": "By A"}))
        row = a.get(f"accounts({rid})?$select=_createdby_value,_ownerid_value,"
                    "_owninguser_value,_modifiedby_value").json()
        assert row["_createdby_value"] == row["_ownerid_value"] == a_id
        assert row["_owninguser_value"] == row["_modifiedby_value"] == a_id
        assert b.patch(f"accounts({rid})", json={"name": "Changed by B"}).status_code == 204
        row = b.get(f"accounts({rid})?$select=_createdby_value,_modifiedby_value").json()
        assert (row["_createdby_value"], row["_modifiedby_value"]) == (a_id, b_id)
        ids = b.post("contacts/Microsoft.Dynamics.CRM.CreateMultiple",
                     json={"Targets": [{"lastname": "Bulk"}]}).json()["Ids"]
        assert b.get(f"contacts({ids[0]})?$select=_ownerid_value").json()[
            "_ownerid_value"] == b_id
        # the application users exist as systemusers (lookups resolve)
        user = a.get(f"systemusers({b_id})?$select=fullname,internalemailaddress").json()
        assert user["fullname"].startswith("# Dataverse Emulator App")
        assert a.get("WhoAmI", headers={"Authorization": "Bearer other"}).status_code == 401


def test_token_mapped_to_a_named_user(state) -> None:
    guid = str(uuid.uuid4())
    app = create_app(state, token="single", tokens={"t1": "blake.seller@contoso.example",
                                                   "t2": guid, "t3": None})
    for token, expected in (("single", APP_USER_ID),
                            ("t1", user_id_for("blake.seller@contoso.example")),
                            ("t2", guid), ("t3", app_user_id_for_token("t3"))):
        with client_as(app, token) as c:
            assert c.get("WhoAmI").json()["UserId"] == expected
    with client_as(app, "single") as c:
        blake = c.get(f"systemusers({user_id_for('blake.seller@contoso.example')})"
                      "?$select=fullname").json()
        assert blake["fullname"] == "Blake Seller"  # the seeded user, not renamed


def test_limits_apply_per_user(state) -> None:
    app = create_app(state, tokens=["a", "b"], limits=Limits(max_requests=3, window_seconds=60))
    with client_as(app, "a") as a, client_as(app, "b") as b:
        assert [a.get("WhoAmI").status_code for _ in range(4)] == [200, 200, 200, 429]
        r = b.get("WhoAmI")
        assert r.status_code == 200
        assert r.headers["x-ms-ratelimit-burst-remaining-xrm-requests"] == "2"
        assert a.get("WhoAmI").json()["error"]["code"] == "0x80072322"
        assert b.get("WhoAmI").status_code == 200
    users = app.request_log.snapshot()["users"]
    assert users[app_user_id_for_token("a")]["throttled"] == 2
    assert users[app_user_id_for_token("b")]["throttled"] == 0


def test_two_tokens_of_one_user_share_its_budget(state) -> None:
    uid = str(uuid.uuid4())
    app = create_app(state, tokens={"x": uid, "y": uid},
                     limits=Limits(max_requests=2, window_seconds=60))
    with client_as(app, "x") as x, client_as(app, "y") as y:
        assert x.get("WhoAmI").status_code == 200
        assert y.get("WhoAmI").status_code == 200
        assert y.get("WhoAmI").status_code == 429


def test_a_throttled_identity_does_not_slow_the_others(state) -> None:
    """The concurrency limit is per user too: one identity at its limit, another unaffected."""
    app = create_app(state, tokens=["busy", "calm"],
                     limits=Limits(max_concurrent=1, latency_ms=400))
    codes: list[int] = []
    started = threading.Event()

    def slow() -> None:
        with client_as(app, "busy") as c:
            started.set()
            codes.append(c.get("WhoAmI").status_code)

    t = threading.Thread(target=slow)
    t.start()
    started.wait()
    time.sleep(0.1)
    with client_as(app, "busy") as busy, client_as(app, "calm") as calm:
        over = busy.get("WhoAmI")
        assert over.status_code == 429 and over.json()["error"]["code"] == "0x80072326"
        assert calm.get("WhoAmI").status_code == 200
    t.join()
    assert codes == [200]


def test_open_mode_meters_each_token(state) -> None:
    app = create_app(state, limits=Limits(max_requests=1, window_seconds=60))
    with client_as(app, "one") as one, client_as(app, "two") as two:
        assert one.get("WhoAmI").json()["UserId"] == APP_USER_ID
        assert two.get("WhoAmI").json()["UserId"] == APP_USER_ID
        assert one.get("WhoAmI").status_code == 429


@pytest.mark.parametrize("header,value", [
    ("MSCRM.BypassBusinessLogicExecution", "CustomSync,CustomAsync"),
    ("MSCRM.BypassBusinessLogicExecution", "CustomAsync"),
    ("MSCRM.BypassCustomPluginExecution", "true"),
])
def test_bypass_accepted_for_a_privileged_user_and_recorded(state, header, value) -> None:
    app = create_app(state, tokens=["admin", "plain"], bypass_privileged=["admin"])
    with client_as(app, "admin") as c:
        r = c.post("accounts", json={"name": "Bypassed"},
                   headers={header: value, "MSCRM.SuppressDuplicateDetection": "true"})
        assert r.status_code == 204
        log = c.get(f"{ROOT}/_emulator/requests").json()
    entry = log["recent"][-1]
    assert entry["user"] == app_user_id_for_token("admin") and entry["method"] == "POST"
    assert entry["path"] == "accounts" and entry["status"] == 204
    assert entry["suppress_duplicate_detection"] is True
    if "BusinessLogic" in header:
        assert entry["bypass_business_logic"] == value
    else:
        assert entry["bypass_custom_plugin_execution"] is True
    counts = log["users"][app_user_id_for_token("admin")]
    assert counts["bypass_requests"] == 1 and counts["suppress_duplicate_detection"] == 1


def test_bypass_refused_without_the_privilege(state) -> None:
    app = create_app(state, tokens=["admin", "plain"], bypass_privileged=["admin"])
    plain_id = app_user_id_for_token("plain")
    with client_as(app, "plain") as c:
        r = c.post("contacts/Microsoft.Dynamics.CRM.CreateMultiple",
                   json={"Targets": [{"lastname": "X"}]},
                   headers={"MSCRM.BypassBusinessLogicExecution": "CustomSync"})
        assert r.status_code == 403
        err = r.json()["error"]
        assert err["code"] == "0x80040220"
        assert err["message"].startswith("The user does not hold the necessary privileges.")
        assert f"Id={plain_id}" in err["message"]
        assert "prvBypassCustomBusinessLogic" in err["message"]
        r = c.post("accounts", json={"name": "X"},
                   headers={"MSCRM.BypassCustomPluginExecution": "true"})
        assert r.status_code == 403 and "prvBypassCustomPlugins" in r.json()["error"]["message"]
        assert c.get("contacts/$count").text == "0" and c.get("accounts/$count").text == "0"
        # no privilege needed to suppress duplicate detection, or to say "false"
        assert c.post("accounts", json={"name": "Y"}, headers={
            "MSCRM.SuppressDuplicateDetection": "true",
            "MSCRM.BypassCustomPluginExecution": "false"}).status_code == 204
        log = c.get(f"{ROOT}/_emulator/requests").json()
    refused = [e for e in log["recent"] if e["status"] == 403]
    assert [e["bypass_business_logic"] for e in refused] == ["CustomSync", None]


def test_bypass_privilege_by_user_id_and_default(state, tmp_path) -> None:
    everyone = create_app(tmp_path / "a.sqlite")  # default: every user holds the privilege
    with client_as(everyone, "any") as c:
        assert c.post("accounts", json={"name": "A"}, headers={
            "MSCRM.BypassBusinessLogicExecution": "CustomSync,CustomAsync"}).status_code == 204
    nobody = create_app(tmp_path / "b.sqlite", token="t", bypass_privileged=[])
    with client_as(nobody, "t") as c:
        r = c.post("accounts", json={"name": "A"},
                   headers={"MSCRM.BypassBusinessLogicExecution": "CustomSync"})
        assert r.status_code == 403
    by_id = create_app(tmp_path / "c.sqlite", token="t", bypass_privileged=[APP_USER_ID.upper()])
    with client_as(by_id, "t") as c:
        assert c.post("accounts", json={"name": "A"}, headers={
            "MSCRM.BypassBusinessLogicExecution": "CustomSync"}).status_code == 204


def test_bad_bypass_values(client: httpx.Client) -> None:
    for header, value in (("MSCRM.BypassBusinessLogicExecution", "Everything"),
                          ("MSCRM.BypassCustomPluginExecution", "yes"),
                          ("MSCRM.BypassBusinessLogicExecutionStepIds", "not-a-guid")):
        r = client.post("accounts", json={"name": "A"}, headers={header: value})
        assert r.status_code == 400 and r.json()["error"]["code"] == "0x80040203"
    step = str(uuid.uuid4())
    assert client.post("accounts", json={"name": "A"}, headers={
        "MSCRM.BypassBusinessLogicExecutionStepIds": f'"{step}"'}).status_code == 204


def test_batch_parts_inherit_the_bypass_headers(state) -> None:
    from .test_batch import http_part

    app = create_app(state, tokens=["admin", "plain"], bypass_privileged=["admin"])
    body = (f"--b\r\n{http_part('POST', 'accounts', {'name': 'B1'})}\r\n--b--\r\n").encode()
    headers = {"Content-Type": "multipart/mixed; boundary=b",
               "MSCRM.BypassBusinessLogicExecution": "CustomSync"}
    with client_as(app, "admin") as c:
        assert c.post("$batch", content=body, headers=headers).status_code == 200
        log = c.get(f"{ROOT}/_emulator/requests").json()
    part = [e for e in log["recent"] if e["batch_part"]]
    assert part and part[0]["bypass_business_logic"] == "CustomSync"
    assert part[0]["path"] == "accounts" and part[0]["status"] == 204
    with client_as(app, "plain") as c:
        assert c.post("$batch", content=body, headers=headers).status_code == 403


def test_reset_clears_the_request_log(client: httpx.Client) -> None:
    client.get("WhoAmI")
    assert client.get(f"{ROOT}/_emulator/requests").json()["users"][APP_USER_ID][
        "requests"] == 1
    client.post(f"{ROOT}/_emulator/reset")
    assert client.get(f"{ROOT}/_emulator/requests").json() == {"users": {}, "recent": []}
