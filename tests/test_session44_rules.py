"""Session 44's rules, each on made-up data: a person written as a mailbox ('Real Name
<address>', as e-mail programs and the helpdesks built on them print a requestor) is read
by the address inside, by staging's lookups, by discovery's links by value and by the
activities' parties alike."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.mailbox_values import mailbox_address
from d365migrate.intake.read import read_export
from d365migrate.staging.lookups import resolve_lookup


def _export(tmp_path: Path, files: dict[str, list[str]]) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, lines in files.items():
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_a_mailbox_is_read_by_its_address() -> None:
    """The whole value a display name then an address in angle brackets: the address; a
    quoted name with a comma too; anything else as it is (trimmed)."""
    values = pl.Series(["Jim Brandt <user1@example.com>", ' "Doe, Jane" <jane@x.org> ',
                        "<foo@example.com>", "root (Enoch Root)", "plain@example.com",
                        "a <b> c", None])
    out = pl.DataFrame({"v": values}).select(mailbox_address(pl.col("v")))["v"].to_list()
    assert out == ["user1@example.com", "jane@x.org", "foo@example.com", "root (Enoch Root)",
                   "plain@example.com", "a <b> c", None]


def test_staging_links_a_mailbox_to_the_person_of_its_address() -> None:
    """A lookup by the people's e-mail matches the address inside a mailbox, case
    ignored; a value with no address names no one (held back or left unresolved by the
    caller, never guessed)."""
    people = pl.DataFrame({"login": ["jim", "root", "anna"],
                           "email": ["User1@Example.com", "root@localhost", "anna@x.org"]})
    tickets = pl.DataFrame({"requestor": ["Jim Brandt <user1@example.com>",
                                          "root (Enoch Root)", "anna@x.org", "Jim"]})
    lookup = {"table": "contact", "source": "requestor", "references": "people.login",
              "by": "email", "fallbacks": [{"source": "requestor", "match": "email",
                                            "references": "email"}]}
    refs, via = resolve_lookup(tickets, lookup, {"people": people, "tickets": tickets})
    assert refs.to_list() == ["jim", None, "anna", None]
    assert via.to_list() == ["email", None, "email", None]


def test_discovery_links_mailboxes_to_the_people_file_by_address(tmp_path: Path) -> None:
    """Tickets whose requestor is a mailbox link to the users' e-mail column, found by
    value: no header word says so."""
    folder = _export(tmp_path / "export", {
        "users.csv": ["login,mail,full name",
                      "jbrandt,user1@example.com,Jim Brandt",
                      "stas,drstas@d.example.com,Stanislav",
                      "jonas,jonas@example.com,Jonas Liljegren",
                      "hw,hw@nordkapp.net,Wilhelmsen Håvard"],
        "tickets.csv": ["id,subject,from",
                        "1,Ports,Stanislav <drstas@d.example.com>",
                        "2,Another test,Jim Brandt <user1@example.com>",
                        "3,Third,Jim Brandt <user1@example.com>",
                        "4,Fourth,Jonas Liljegren <jonas@example.com>",
                        "5,Fifth,Wilhelmsen Håvard <hw@nordkapp.net>"]})
    found = discover(read_export(folder))
    links = {r.from_: r.to for r in found.relationships}
    assert links.get("tickets.from") == "users.mail"


def test_a_column_naming_a_files_natural_key_is_a_link(tmp_path: Path) -> None:
    """A file keyed by its people's names (no id column: 'Name' is its key) is named by
    another file's column of those names: a link found by value, whatever the header
    ('From'); the file's own key links nowhere."""
    folder = _export(tmp_path / "export", {
        "users.csv": ["Name,Email,Phone",
                      "Fidel Martin,,",
                      "Joseph Rossignol,,",
                      "Ichae Semos,,",
                      "Kusti Franti,kusti@example.com,"],
        "tickets.csv": ["Ticket ID,Subject,From",
                        "AAAA-1,Sewing defects,Fidel Martin",
                        "AAAA-2,Delivery not received,Joseph Rossignol",
                        "AAAA-3,Refund,Ichae Semos",
                        "AAAA-4,Size,Kusti Franti",
                        "AAAA-5,Colour,Kusti Franti"]})
    found = discover(read_export(folder))
    links = {r.from_: r.to for r in found.relationships}
    assert links == {"tickets.From": "users.Name"}


def test_users_beside_the_staffs_file_are_contacts(tmp_path: Path) -> None:
    """A helpdesk's users file beside its agents' file holds the people who write in:
    contacts; a users file alone stays users (the business's own)."""
    users = ["Name,Email,Role", "Fidel Martin,fidel@example.com,user",
             "Joseph Rossignol,joseph@example.com,user"]
    agents = ["User name,Name,Role", "demo_admin,Demo Admin,admin",
              "demo_agent,Demo Agent,agent"]
    both = discover(read_export(_export(tmp_path / "both", {"users.csv": users,
                                                              "agents.csv": agents})))
    assert {o.source: o.name for o in both.objects} == {"users": "contact", "agents": "user"}
    alone = discover(read_export(_export(tmp_path / "alone", {"users.csv": users})))
    assert {o.source: o.name for o in alone.objects} == {"users": "user"}
