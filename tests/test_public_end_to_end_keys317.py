"""keys317's public exports run end to end from their parameters files, decisions only
(issue 13): the UVdesk community helpdesk (uvdesk/core-framework at 0d36083e, MIT, and
3b319100, OSL-3.0; uvdesk/community-skeleton at 371dc080, OSL-3.0), the records of its own
fixtures (Fixtures/WelcomeTicket.php: one customer and the welcome ticket he raises;
AgentGroups.php: the group 'Default') as its agent panel lists customers, tickets and groups,
headed by its own labels in English, German, French and Spanish
(tests/data/exports/uvdesk-export-en, -de, -fr, -es; SOURCE.md), written on the branch-point
engine 1eff826f (session 47, round U). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads for each table, the key headers, the link's and the owner's). In every language the
customer loads as a contact (whole name as the last name, e-mail, status) and the ticket as
a case (subject, channel Web, no type, status In Progress, priority Low, case number '#1',
created 2019-08-02 17:18) whose customer is that contact, bound by e-mail; the ticket's
'Unassigned' agent is queued unmatched and owned by the fallback owner; nothing is held back
and verification finds no column differing. The parameters decide: the customers file is
contacts (discovery names the one-row list accounts), the keys (the ticket's number, the
customer's e-mail: with one row every column is unique, and the Spanish run took the channel
as the ticket's key), the case number and creation time (its format 'd-m-Y h:ia': the
lower-case 'pm' is read by no known form, the value would be cleared), the customer link,
the status (Open: In Progress), the type ('N/A': empty), the channel's 'website' (Web) and,
where the engine leaves them unread, the German and Spanish channel column, the Spanish
agent column and the Spanish priority 'Bajo'.

What is NOT read (left unmapped), in every language:
- the customer's open-ticket count ('1 Open Tickets') and source ('website': no lead
  source option of the org; decided not mapped);
- the ticket's customer name (the link is by e-mail), group and team ('N/A': queues, not
  case columns) and replies count (0);
- the groups file: named unknown, not moved (agent groups: set up in the org).
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
    run_public,
    runs_once,
    verified_columns,
)

#: the customer as staged, every language
CUSTOMER = {"lastname": "UVdesk Support", "emailaddress1": "support@uvdesk.com",
            "statuscode": 1}
#: the ticket as staged, every language (Web, no type, In Progress, Low)
TICKET = {"title": "Welcome To UVdesk", "caseorigincode": 3, "casetypecode": None,
          "statuscode": 1, "prioritycode": 3, "ticketnumber": "#1",
          "overriddencreatedon": "2019-08-02T17:18:00Z"}
KINDS = {"customers": ("contact", {"contact": 1}), "groups": ("unknown", {}),
         "tickets": ("ticket", {"incident": 1})}

# per language: the columns each table's map reads (target: header), what it leaves
# unmapped, the keys' headers (the customer's e-mail, the ticket's number), the link's
# header (the ticket's customer e-mail), the owner's header and its 'Unassigned' word
LANGS: dict[str, dict[str, Any]] = {
    "uvdesk-export-en": {
        "contact": {"lastname": "Name", "emailaddress1": "Email", "statuscode": "Status"},
        "incident": {"caseorigincode": "Channel/Source", "title": "Subject",
                     "casetypecode": "Type", "statuscode": "Status",
                     "prioritycode": "Priority", "overriddencreatedon": "Timestamp",
                     "ticketnumber": "ID"},
        "unmapped": {"contact": ["Open Tickets", "Source"],
                     "incident": ["Customer Name", "Group", "Team", "Replies"]},
        "email": "Email", "id": "ID", "link": "Customer Email", "agent": "Agent",
        "unassigned": "unassigned"},
    "uvdesk-export-de": {
        "contact": {"lastname": "Name", "emailaddress1": "E-Mail", "statuscode": "Status"},
        "incident": {"caseorigincode": "Kanal / Quelle", "title": "Betreff",
                     "casetypecode": "Typ", "statuscode": "Status",
                     "prioritycode": "Priorität", "overriddencreatedon": "Zeitstempel",
                     "ticketnumber": "ID"},
        "unmapped": {"contact": ["Offene Tickets", "Quelle"],
                     "incident": ["Kunde", "Gruppe", "Team", "Antworten"]},
        "email": "E-Mail", "id": "ID", "link": "E-Mail", "agent": "Agent",
        "unassigned": "nicht zugewiesen"},
    "uvdesk-export-fr": {
        "contact": {"lastname": "Nom", "emailaddress1": "Email", "statuscode": "Statut"},
        "incident": {"caseorigincode": "Canal / Origine", "title": "Sujet",
                     "casetypecode": "Type", "statuscode": "Statut",
                     "prioritycode": "Priorité", "overriddencreatedon": "Horodatage",
                     "ticketnumber": "ID"},
        "unmapped": {"contact": ["Tickets ouverts", "Origine"],
                     "incident": ["Nom du client", "Groupe", "Équipe", "Réponses"]},
        "email": "Email", "id": "ID", "link": "Email client", "agent": "Agent",
        "unassigned": "non attribué"},
    "uvdesk-export-es": {
        "contact": {"lastname": "Nombre", "emailaddress1": "Email", "statuscode": "Estado"},
        "incident": {"caseorigincode": "Canal / Fuente", "title": "Tema",
                     "casetypecode": "Tipo", "statuscode": "Estado",
                     "prioritycode": "Prioridad", "overriddencreatedon": "Marca de tiempo",
                     "ticketnumber": "CARNÉ DE IDENTIDAD"},
        "unmapped": {"contact": ["Entradas Abiertas", "Fuente"],
                     "incident": ["Nombre del cliente", "Grupo", "Equipo", "Respuestas"]},
        "email": "Email", "id": "CARNÉ DE IDENTIDAD",
        "link": "Correo electrónico del cliente", "agent": "Agente",
        "unassigned": "sin asignar"},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


@pytest.mark.parametrize("name", list(LANGS))
def test_uvdesk_customer_and_ticket_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The customer loads as a contact and the ticket as a case whose customer it is, as
    counted, nothing held back; records field by field; the unassigned ticket owned by the
    fallback owner; the groups not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 1, 1, 0, 0, 0, 0), "incident": ("tickets", 1, 1, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "incident"}
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[target]
        assert sorted(table.get("unmapped") or []) == sorted(lang["unmapped"][target])
    assert tables["contact"]["source_key"] == f"key({lang['email']})"
    assert tables["incident"]["source_key"] == f"key({lang['id']})"
    assert not tables["contact"].get("owner")
    assert tables["incident"]["owner"]["source"] == lang["agent"]
    assert not tables["contact"].get("lookups")
    # the German ticket's 'E-Mail' (its customer's, the same header as the customers'):
    # since session 58 the engine links it to that contact as the case's Contact too
    writer = {"primarycontactid": ("contact", "E-Mail", None)} \
        if name == "uvdesk-export-de" else {}
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["incident"]["lookups"]} == {
        "customerid": ("contact", lang["link"], lang["email"]), **writer}

    staged = run_dir / "staged"
    (contact,) = pl.read_parquet(staged / "contact.parquet").to_dicts()
    assert {c: contact[c] for c in CUSTOMER} == CUSTOMER
    (ticket,) = pl.read_parquet(staged / "incident.parquet").to_dicts()
    assert {c: ticket[c] for c in TICKET} == TICKET
    assert ticket["__ref__customerid_contact"] == contact["__source_id"]

    # the ticket's 'Unassigned' agent: no user of the org, owned by the fallback owner
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["status"], q["records"]) for q in queue] == [
        (lang["unassigned"], "unmatched", "1")]
    assert "fallback owner" in queue[0]["resolution"]
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["incident"]) == set(lang["incident"]) | {"customerid", "ownerid"} \
        | set(writer)
    assert not any(n for cols in verified.values() for n in cols.values())
