"""keys418's public exports run end to end from their parameters files, decisions only
(issue 13): Libredesk (abhinavxd/libredesk at 948ffd8c, AGPL-3.0; an open-source helpdesk
in Go), its own fixed records -- the agent and tag import samples its admin shows, the nine
e-mails of its e-mail channel's test data as its inbox takes them (each sender a contact,
each e-mail a conversation numbered 100-108) and its transcript test's conversation 1234 --
as its admin lists and forms show them, headed by its labels in English, German, French
and Spanish (tests/data/exports/libredesk-export-en, -de, -fr, -es; SOURCE.md), on the
branch-point engine d4b1bc50 (session 54, round Z8). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages. In every language the nine contacts load as
contacts (John Doe, the transcript's contact, without an e-mail or a creation date); of the
ten conversations the nine of the e-mails load as cases, each of its contact (the map links
the customer by the contact's e-mail and the contact by the contact's name; Emma Johnson's
two conversations to one contact), numbered by their reference number, origin Email,
status In Progress ('Open' decided), created at the e-mail's time; the transcript test's
conversation 1234 names no contact e-mail, so no customer, and is held back with its reason.
The agents are matched to the org's users, not loaded; teams and tags are not migrated.
Nobody queued as owner (the assignee column is empty in every row: the fallback owner);
verification finds no column differing.

The parameters decide: the two keys (the lists show no id: a contact by its first and last
name, a conversation by its reference number); the status option ('Open'); in German, the
reference number as the case number too (the map keeps 'Referenznummer' as the key alone).
Nothing else: the files' kinds, the columns, the links and the owner column are the map's.

What the run reads, in every language: the contact's first and last name, e-mail, phone
number and country (empty) and created at; the conversation's reference number (the case
number), subject, channel (origin), status, priority (empty), created at, its contact's name
(the contact) and e-mail (the customer), its assignee (the owner column, empty).

What is NOT read (left unmapped), in every language:
- agents (users), teams, tags: whole files, not migrated;
- contacts: the type badge ('Contact', translated);
- conversations: the assigned team (empty) and the last message's time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

# export -> the contact's columns (first name, last name, e-mail, phone, country, created
# at) and the conversation's (reference number, subject, contact, contact e-mail, channel,
# status, priority, assignee, created at), as headed in that language
HEADS = {
    "libredesk-export-en": (
        ("First name", "Last name", "Email", "Phone number", "Country", "Created at"),
        ("Reference number", "Subject", "Contact", "Contact email", "Channel", "Status",
         "Priority", "Assignee", "Created at")),
    "libredesk-export-de": (
        ("Vorname", "Nachname", "E-Mail", "Telefonnummer", "Land", "Erstellt am"),
        ("Referenznummer", "Thema", "Kontakt", "Contact email", "Kanal", "Status",
         "Priorität", "Assignee", "Erstellt am")),
    "libredesk-export-fr": (
        ("Prénom", "Nom", "E-mail", "Numéro de téléphone", "Pays", "Créé le"),
        ("Numéro de référence", "Sujet", "Contact", "Contact email", "Canal", "Statut",
         "Priorité", "Assignee", "Créé le")),
    "libredesk-export-es": (
        ("Nombre", "Apellido", "Correo Electrónico", "Número de teléfono", "País", "Creado el"),
        ("Número de referencia", "Asunto", "Contacto", "Contact email", "Canal", "Estado",
         "Prioridad", "Assignee", "Creado el")),
}
KINDS = {"agents": ("user", {}), "teams": ("unknown", {}), "tags": ("unknown", {}),
         "contacts": ("contact", {"contact": 9}), "conversations": ("ticket", {"incident": 10})}
# the nine cases of the e-mails: reference number -> (subject, contact's e-mail, created at)
CASES = {
    "100": ("FW: Quarterly report", "emma.johnson@example.com", "2026-07-15T12:56:44"),
    "101": ("Undelivered Mail Returned to Sender", "mailer-daemon@mx.example.org",
            "2026-07-15T13:02:11"),
    "102": ("Signed message", "alice@example.com", "2026-07-15T13:05:00"),
    "103": ("Meeting: Onboarding call", "bob@example.com", "2026-07-15T13:10:00"),
    "104": ("Screenshot attached", "emma.johnson@example.com", "2026-07-15T13:15:00"),
    "105": ("Invoice and logo", "carol@example.com", "2026-07-15T13:20:00"),
    "106": ("Screenshots", "dana@example.com", "2026-07-15T13:25:00"),
    "107": ("Photo and document", "frank@example.com", "2026-07-15T13:30:00"),
    "108": ("Photo", "grace@example.com", "2026-07-15T13:35:00"),
}
CONTACTS = [("Grace", "Sender"), ("Frank", "Mac"), ("Dana", "Sender"), ("Carol", "Customer"),
            ("Bob", "Organizer"), ("Alice", "Signer"), ("Mail", "Delivery System"),
            ("Emma", "Johnson"), ("John", "Doe")]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, run_public)


@pytest.mark.parametrize("name", list(HEADS))
def test_libredesk_contacts_and_conversations_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The contacts load, the e-mails' conversations as cases of their contacts, the
    transcript's conversation (no contact e-mail) held back; verification finds no column
    differing."""
    run_dir = runs(name)
    (first, last, email, phone, country, born), (ref, subject, contact, contact_email,
                                                 channel, status, priority, assignee,
                                                 created) = HEADS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("contacts", 9, 9, 0, 0, 0, 0),
        "incident": ("conversations", 10, 9, 1, 0, 0, 0)}
    assert out["incident"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    assert not any(files[f]["migrated"] for f in ("agents", "teams", "tags"))

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "incident"}
    contact_cols = {"firstname": first, "lastname": last, "emailaddress1": email,
                    "telephone1": phone, "address1_country": country,
                    "overriddencreatedon": born}
    case_cols = {"ticketnumber": ref, "title": subject, "caseorigincode": channel,
                 "statuscode": status, "prioritycode": priority, "overriddencreatedon": created}
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == contact_cols
    assert {c["target"]: c["source"] for c in tables["incident"]["columns"]} == case_cols
    assert tables["contact"]["source_key"] == f"key({first}+{last})"
    assert tables["incident"]["source_key"] == f"key({ref})"
    assert not tables["contact"].get("owner") and not tables["contact"].get("lookups")
    assert tables["incident"]["owner"]["source"] == assignee
    assert {lk["target"]: (lk["table"], lk["source"]) for lk in tables["incident"]["lookups"]} \
        == {"primarycontactid": ("contact", contact), "customerid": ("contact", contact_email)}
    assert not tables["incident"].get("unresolved_lookups")

    quarantine = pl.read_csv(run_dir / "quarantine" / "incident.csv", infer_schema=False)
    assert quarantine["row"].to_list() == ["10"]            # conversation 1234: John Doe
    assert quarantine["column"].to_list() == [contact_email]
    assert quarantine["reason"][0].startswith("no customerid")

    staged = run_dir / "staged"
    people = pl.read_parquet(staged / "contact.parquet").to_dicts()
    assert [(p["firstname"], p["lastname"]) for p in people] == CONTACTS
    by_email = {p["emailaddress1"]: p for p in people}
    assert by_email[None]["lastname"] == "Doe" and by_email[None]["overriddencreatedon"] is None
    assert by_email["emma.johnson@example.com"]["overriddencreatedon"].startswith(
        "2026-07-15T12:56:44")
    assert all(p["telephone1"] is None and p["address1_country"] is None for p in people)

    cases = {c["ticketnumber"]: c for c in pl.read_parquet(staged / "incident.parquet").to_dicts()}
    assert set(cases) == set(CASES)                          # 1234 held back
    for number, (title, who, when) in CASES.items():
        case = cases[number]
        assert (case["title"], case["caseorigincode"], case["statuscode"],
                case["prioritycode"]) == (title, 2, 1, None)
        assert case["overriddencreatedon"].startswith(when)
        person = by_email[who]["__source_id"]
        assert case["__ref__customerid_contact"] == person       # by the contact's e-mail
        assert case["__ref__primarycontactid"] == person         # by the contact's name
    assert cases["100"]["__ref__customerid_contact"] == cases["104"]["__ref__customerid_contact"]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0                                 # no assignee named
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(contact_cols)
    assert set(verified["incident"]) == set(case_cols) | {"primarycontactid", "customerid",
                                                          "ownerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
