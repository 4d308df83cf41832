"""Fat Free CRM's demo data (db/demo/*.yml) as its list views' Excel export writes it for a
user whose language is German (de), French (fr), Spanish (es), Italian (it), Dutch (nl),
Brazilian Portuguese (pt-BR), Polish (pl), Czech (cs), Russian (ru), Japanese (ja) or Swedish
(sv-SE).

Ours, not Fat Free CRM's: a mechanical converter (this file and its Ruby half
fatfreecrm_labelled_exports.rb) shared by fatfreecrm-export-de, -fr and -es
(keys106), -it, -nl and -pt-br (keys112) and -pl, -cs, -ru, -ja and -sv-se (keys129; see
their SOURCE.md). Usage::

    for f in db/demo/{users,accounts,campaigns,contacts,leads,opportunities,tasks,addresses,\\
account_opportunities}.yml db/schema.rb \\
             config/locales/fat_free_crm.{de-DE,fr,es,it,nl,pt-BR,pl,cs,ru,ja,sv-SE,en-US}.yml; do
        git -C <fat_free_crm clone> show <commit>:$f > SRC/$(basename $f); done
    python fatfreecrm_labelled_exports.py SRC LANG OUT_DIR   # LANG: de-DE ... sv-SE (above)

Needs Ruby with the ffaker and activesupport libraries (Debian: ruby, ruby-ffaker,
ruby-activesupport), as tests/data/exports/fatfreecrm-demo/convert.py does.

The fixtures are rendered exactly as fatfreecrm-demo's converter renders them (ERB, Ruby's
``rand`` and FFaker seeded with SEED again before each file, the clock stopped at
FROZEN_AT, each row cast to its db/schema.rb column type, defaults from the schema). Each
list is then written as its ``app/views/<list>/index.xls.builder`` writes it: the header
cells ``I18n.t(key)`` in the builder's order, looked up in the language's locale file and,
when the key is missing there, in en-US's (``config.i18n.fallbacks = true``, the default
locale en-US); the tasks list's header is the builder's literal English keys (``%w[id name
due ...]``, untranslated). Values are the builder's: ``user.try(:name)`` (a user's first
name, else username), ``assignee.try(:name)``, the campaign's, account's and lead's names
(an opportunity's account through account_opportunities, the first row naming it), a
lead's and contact's ``name`` (first and last name), the account's billing address and a
lead's or contact's business address (the first address of that type for the record,
lowest id; ``full_address`` as stored, its lines joined by newlines), a task's
``I18n.t(computed_bucket)`` (the demo's buckets are never ``specific_time``, so the
bucket). The demo defines no custom fields, so none are appended.

The workbook (SpreadsheetML) is written here as the CSV its single sheet saves to: a
String cell as its text (a date ``2026-11-20``, a time ``2026-11-20 10:00:00 UTC``,
booleans ``true``/``false``), a Number cell as its number (``300000``, ``0.5``), an empty
cell empty. One file per list, named after the controller (``accounts.csv``). Every row of
the fixtures is written (tasks: all 250, where the list shows a user's own pending ones).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SEED = 2026
FROZEN_AT = "2026-12-01 12:00:00 UTC"

RUBY = Path(__file__).with_suffix(".rb")   # the Ruby half, beside this file


def main(src: Path, lang: str, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    subprocess.run(["ruby", "-W0", str(RUBY), str(src), lang, str(dst), str(SEED), FROZEN_AT],
                   check=True, env={"TZ": "UTC", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]))
