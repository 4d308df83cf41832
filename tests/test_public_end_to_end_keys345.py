"""keys345's public exports run end to end from their parameters files, decisions only
(issue 13): Chaskiq (chaskiq/chaskiq at f75bf997, AGPL-3.0-or-later; a customer-messaging
platform like Intercom), the app users and agents its own contact-import sample and its specs
and end-to-end scenarios create, as its contacts and team lists show them, headed by its own
labels in English, German, Spanish and French (tests/data/exports/chaskiq-export-en, -de,
-es, -fr; SOURCE.md), on the branch-point engine d68e969e (session 49, round W). Same harness
as tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads, by target, and the e-mail header, the record's key). In every language the 6 app
users load as contacts, keyed by their e-mail (the list has no id column), nothing held back,
and verification finds no column differing; no column names an owner, so the contacts go to
the fallback owner and the owner queue is empty. The 5 agents are named users and not moved
(the support team: matched, not created). The parameters decide only that the subscription
state ('State', 'Status', 'Estado', 'État': passive / subscribed / unsubscribed) is neither
a state or province (en) nor the contact's status (de, es, fr), and in Spanish that
'Origen' (the visit's referrer) is no lead source.

What the run reads, in every language: the name (whole, into the last name), the e-mail,
the phone, the country and the city (empty); also, empty in these records, latitude and
longitude (de, es) and the postal code (de, fr).

What is NOT read (left unmapped by the engine or by decision), in every language: the
subscription state (by decision), the IP, the tag list, online, the browser, its version and
language, the referrer, the OS and its version, the language, web sessions, first and last
seen and last visited at; latitude and longitude (en, fr) and the postal code (en, es),
though the key names them (the measured misses); the agents file (not moved).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

EXPORTS = Path(__file__).parent / "data" / "exports"
KINDS = {"agents": ("user", {}), "app_users": ("contact", {"contact": 6})}

# per language: the headers the map reads (target: header) and the e-mail header (the key)
LANGS: dict[str, dict[str, Any]] = {
    "chaskiq-export-en": {
        "contact": {"lastname": "Name", "emailaddress1": "Email", "telephone1": "Phone",
                    "address1_country": "Country", "address1_city": "City"},
        "key": "Email"},
    "chaskiq-export-de": {
        "contact": {"lastname": "Name", "emailaddress1": "E-Mail-Adresse",
                    "telephone1": "Phone", "address1_country": "Land", "address1_city": "Ort",
                    "address1_latitude": "Breitengrad", "address1_longitude": "Längengrad",
                    "address1_postalcode": "Postleitzahl"},
        "key": "E-Mail-Adresse"},
    "chaskiq-export-es": {
        "contact": {"lastname": "Nombre", "emailaddress1": "Email", "telephone1": "Teléfono",
                    "address1_country": "País", "address1_city": "Ciudad",
                    "address1_latitude": "Latitud", "address1_longitude": "Longitud"},
        "key": "Email"},
    "chaskiq-export-fr": {
        "contact": {"lastname": "Nom", "emailaddress1": "E-mail", "telephone1": "Phone",
                    "address1_country": "Pays", "address1_city": "Ville",
                    "address1_postalcode": "Code postal"},
        "key": "E-mail"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_chaskiq_app_users_load_as_contacts_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The app users load as contacts keyed by their e-mail, as counted, nothing held back;
    the agents are not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("app_users", 6, 6, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == lang["contact"]
    assert contact["source_key"] == lang["key"]
    assert not contact.get("owner")
    assert not contact.get("lookups") and not contact.get("unresolved_lookups")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("agents", "user")]

    # the staged contacts are the export's rows: whole name, e-mail (the key), phone
    export = pl.read_csv(EXPORTS / name / "app_users.csv", infer_schema=False)
    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    heads = lang["contact"]
    assert staged["lastname"].to_list() == export[heads["lastname"]].to_list()
    assert staged["emailaddress1"].to_list() == export[heads["emailaddress1"]].to_list()
    assert staged["__source_id"].to_list() == export[lang["key"]].to_list()
    assert staged["telephone1"].to_list() == export[heads["telephone1"]].to_list()
    assert staged["telephone1"].is_not_null().sum() == 3   # the import sample's three
    for target in set(heads) - {"lastname", "emailaddress1", "telephone1"}:
        assert staged[target].is_null().all()              # no visit tracked

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert set(verified["contact"]) == set(heads)
    assert not any(n for cols in verified.values() for n in cols.values())
