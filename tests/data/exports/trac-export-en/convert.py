"""Build Trac's ticket query CSV exports (tests/data/exports/trac-export-<lang>/tickets.csv).

Ours (keys359, session 50, round Y). The records are the ten tickets Trac's own unit test
``trac.ticket.tests.query.QueryTestCase`` creates in its ``setUp`` (edgewall/trac at 25c4b3a8,
BSD-3-Clause). Nothing is copied from Trac: this script imports Trac from a checkout of that
commit, runs that test case's own ``setUp`` (an in-memory SQLite environment with Trac's
default data) and writes the custom query "all columns, ordered by id" through Trac's own
CSV conversion (``Mimeview.convert_content(req, 'trac.ticket.Query', query, 'csv')``).

English (``--lang en``): the file exactly as Trac writes it (BOM, CRLF, English labels, the
id column headed 'id', dates in the en_US medium format, UTC).
Other languages (``--lang de|fr|es``): Trac's CSV code writes the header with translation
deactivated (English labels whatever the user's language); its query page shows the same
columns headed by the translated labels (``messages.po``; the id column is headed by
_("Ticket")). These files are that export for a user of that language: the header is the
query page's translated labels, the cells are what Trac's CSV code writes for that user
(dates in that locale's format; status, type, priority... are stored names, never translated).

Needs a Python with Jinja2 and Babel (Trac's own dependencies), e.g. the system python3:
    git --git-dir=/work/.mirror/edgewall+trac/repo archive 25c4b3a8 | tar x -C /tmp/trac359
    python3 convert.py --trac-src /tmp/trac359 --lang de
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import sys

COMMIT = "25c4b3a8651e59c6885cb646f8eae88622e7d3aa"
LANGS = ("en", "de", "fr", "es")
HERE = os.path.dirname(os.path.abspath(__file__))


def compile_catalogs(src: str, lang: str) -> None:
    """Compile trac/locale/<lang>/LC_MESSAGES/{messages,tracini}.po to .mo (Babel)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    folder = os.path.join(src, "trac", "locale", lang, "LC_MESSAGES")
    for domain in ("messages", "tracini"):
        with open(os.path.join(folder, domain + ".po"), "rb") as handle:
            catalog = read_po(handle, locale=lang)
        with open(os.path.join(folder, domain + ".mo"), "wb") as handle:
            write_mo(handle, catalog)


def build(src: str, lang: str) -> bytes:
    sys.path.insert(0, src)
    os.chdir(src)  # trac.test reads trac/tests/random_words.txt relative to the checkout
    from babel import Locale
    from trac.mimeview.api import Mimeview
    from trac.test import MockPerm, MockRequest
    from trac.ticket.api import TicketSystem
    from trac.ticket.query import Query
    from trac.ticket.tests.query import QueryTestCase
    from trac.util import translation
    from trac.util.datefmt import utc

    case = QueryTestCase("test_all_ordered_by_id")
    case.setUp()
    try:
        env = case.env
        query = Query(env, order="id")
        query.cols = query.get_all_columns()
        locale = Locale.parse("en_US" if lang == "en" else lang)
        req = MockRequest(env, authname="admin", locale=locale, lc_time=locale, tz=utc)
        req.perm = MockPerm()
        content, _mimetype, _ext = Mimeview(env).convert_content(
            req, "trac.ticket.Query", query, "csv")
        if not isinstance(content, bytes):
            content = b"".join(content)
        if lang == "en":
            return content
        # the query page's header: translated labels, the id column headed _("Ticket")
        translation.activate(lang)
        try:
            labels = TicketSystem(env).get_ticket_field_labels()
            header = [labels.get(col, translation.gettext("Ticket")) for col in query.cols]
        finally:
            translation.deactivate()
        text = content.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        out = io.StringIO(newline="")
        writer = csv.writer(out, delimiter=",", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows(rows[1:])
        return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
    finally:
        case.tearDown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trac-src", required=True,
                        help="a checkout of edgewall/trac at " + COMMIT[:8])
    parser.add_argument("--lang", required=True, choices=LANGS)
    parser.add_argument("--out", help="output folder (default: ../trac-export-<lang>)")
    args = parser.parse_args()
    src = os.path.abspath(args.trac_src)
    default = os.path.join(os.path.dirname(HERE), "trac-export-" + args.lang)
    out = os.path.abspath(args.out or default)
    if args.lang != "en":
        compile_catalogs(src, args.lang)
    data = build(src, args.lang)
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, "tickets.csv")
    with open(path, "wb") as handle:
        handle.write(data)
    print(path, hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
