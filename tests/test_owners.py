"""Owner matching by email, the reconciliation queue, and blocking until decided."""

from __future__ import annotations

import pytest

from d365migrate.load.owners import OwnersUnresolved, match_owners, require_owners_decided

USERS = [
    {"systemuserid": "u1", "internalemailaddress": "Ann@Example.com", "isdisabled": False},
    {"systemuserid": "u2", "internalemailaddress": "bob@example.com", "isdisabled": True},
    {"systemuserid": "u3", "internalemailaddress": "admin@example.com", "isdisabled": False},
]


def test_match_is_trimmed_and_case_insensitive():
    m = match_owners({"ann@example.com": 3}, USERS)
    assert m.ids == {"ann@example.com": "u1"}
    assert m.queue.height == 0


def test_unmatched_and_disabled_owners_block():
    m = match_owners({"ann@example.com": 1, "bob@example.com": 2, "zed@example.com": 4}, USERS)
    assert m.queue.select("email", "status", "records").to_dicts() == [
        {"email": "bob@example.com", "status": "disabled", "records": 2},
        {"email": "zed@example.com", "status": "unmatched", "records": 4}]
    with pytest.raises(OwnersUnresolved, match=r"zed@example.com \(unmatched, 4 records\)"):
        require_owners_decided(m, "contact")


def test_confirmed_fallback_unblocks_and_queue_says_so():
    m = match_owners({"zed@example.com": 4}, USERS, fallback_email="ADMIN@example.com")
    require_owners_decided(m, "contact")
    assert m.ids["zed@example.com"] == "u3"
    assert "fallback" in m.queue["resolution"][0]


def test_fallback_must_be_an_enabled_user():
    with pytest.raises(OwnersUnresolved, match="not an enabled user"):
        match_owners({"zed@example.com": 1}, USERS, fallback_email="bob@example.com")


def test_domain_alias():
    m = match_owners({"ann@old-brand.com": 1}, USERS,
                     domain_aliases={"old-brand.com": "example.com"})
    assert m.ids == {"ann@old-brand.com": "u1"}
