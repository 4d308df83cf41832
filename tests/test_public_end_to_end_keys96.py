"""keys96's public exports run end to end from their parameters files, decisions only
(issue 13): osTicket's installer data and Zammad's seeds. Same harness as
tests/test_public_end_to_end.py.

Both stop before anything loads, and say why: a case needs its customer, and neither
export gives one the map can link to. osTicket's welcome ticket names the person who wrote
in (a name and an e-mail, no users file); Zammad's names its customer by her login, while
the users file that holds her is read as the help desk's users, not as contacts."""

from __future__ import annotations

from pathlib import Path

import pytest

from d365migrate.mapping.mapfile import MappingError
from test_public_end_to_end import run_public


def test_osticket_welcome_ticket_refused_naming_its_missing_customer(tmp_path: Path) -> None:
    """The map cannot be confirmed: nothing of the export fills the case's Customer."""
    with pytest.raises(MappingError, match=r"incident\.customerid"):
        run_public("osticket-install-data", tmp_path)


def test_zammad_welcome_ticket_refused_naming_its_missing_customer(tmp_path: Path) -> None:
    """The map cannot be confirmed: the ticket's customer (her login) is linked to no
    contact, so nothing fills the case's Customer, and the run says which column."""
    with pytest.raises(MappingError, match=r"incident\.customerid"):
        run_public("zammad-seeds", tmp_path)
