"""Open Klant's fixtures (src/openklant/fixtures/*.json) -> one CSV per database table.

Why: the fixtures are what `manage.py loaddata` writes into Open Klant's database (the
Dutch municipalities' register of customer interactions: parties, contact moments, internal
tasks); a CSV per table of that database (as `psql \\copy <table> to ... csv header` or an
admin's table dump gives it) is the export its owner would hand over. Rules, mechanical (as
../django-helpdesk-demo/convert.py):

- one file per model, named as Django names its table: `<app_label>_<model>.csv`
  (`klantinteracties.partij` -> `klantinteracties_partij.csv`,
  `contactgegevens.persoon` -> `contactgegevens_persoon.csv`);
- first column `id` (the fixture's `pk`), then the fields in the fixture's order;
- a foreign key (or one-to-one link) is its database column `<field>_id` holding the
  referenced row's id;
- the one many-to-many field (an internal task's `actoren`) lives in its through table
  `klantinteracties_internetakenactorenthoughmodel` (`id`, `actor_id`, `internetaak_id`,
  ids numbered from 1 in the fixture's order), so the task's file has no column for it;
- values untouched: text as it is, numbers as they are, JSON true/false as `true`/`false`,
  null as an empty cell.

Usage: python convert.py /path/to/open-klant.git COMMIT OUTDIR
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

FIXTURES = ("src/openklant/fixtures/klantinteracties.json",
            "src/openklant/fixtures/contactgegevens.json")
# foreign keys and one-to-one links (src/openklant/components/klantinteracties/models/)
FOREIGN_KEYS = {
    "klantinteracties.actorklantcontact": {"actor", "klantcontact"},
    "klantinteracties.medewerker": {"actor"},
    "klantinteracties.geautomatiseerdeactor": {"actor"},
    "klantinteracties.organisatorischeeenheid": {"actor"},
    "klantinteracties.betrokkene": {"partij", "klantcontact"},
    "klantinteracties.onderwerpobject": {"klantcontact", "was_klantcontact"},
    "klantinteracties.bijlage": {"klantcontact"},
    "klantinteracties.partij": {"voorkeurs_digitaal_adres", "voorkeurs_rekeningnummer"},
    "klantinteracties.vertegenwoordigden": {"vertegenwoordigende_partij",
                                            "vertegenwoordigde_partij"},
    "klantinteracties.categorierelatie": {"partij", "categorie"},
    "klantinteracties.organisatie": {"partij"},
    "klantinteracties.persoon": {"partij"},
    "klantinteracties.contactpersoon": {"partij", "werkte_voor_partij"},
    "klantinteracties.partijidentificator": {"partij", "sub_identificator_van"},
    "klantinteracties.digitaaladres": {"partij", "betrokkene"},
    "klantinteracties.internetaak": {"klantcontact"},
    "klantinteracties.rekeningnummer": {"partij"},
}
MANY_TO_MANY = {"klantinteracties.internetaak": {"actoren": (
    "klantinteracties.internetakenactorenthoughmodel", "internetaak_id", "actor_id")}}


def cell(value: object) -> str:
    """A fixture value as the database's CSV dump writes it."""
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def main(repo: str, commit: str, out: str) -> None:
    """Write one CSV per model of the fixtures into ``out``."""
    rows: dict[str, list[dict[str, str]]] = {}
    for fixture in FIXTURES:
        text = subprocess.check_output(["git", "-C", repo, "show", f"{commit}:{fixture}"])
        for obj in json.loads(text):
            model = obj["model"]
            fks = FOREIGN_KEYS.get(model, set())
            m2m = MANY_TO_MANY.get(model, {})
            row = {"id": cell(obj["pk"])}
            for name, value in obj["fields"].items():
                if name in m2m:
                    table, own, other = m2m[name]
                    for target in value:
                        join = rows.setdefault(table, [])
                        join.append({"id": str(len(join) + 1), other: cell(target),
                                     own: cell(obj["pk"])})
                    continue
                row[f"{name}_id" if name in fks else name] = cell(value)
            rows.setdefault(model, []).append(row)
    Path(out).mkdir(parents=True, exist_ok=True)
    for model, records in rows.items():
        header: list[str] = []
        for r in records:
            header += [k for k in r if k not in header]
        path = Path(out) / (model.replace(".", "_") + ".csv")
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=header)
            w.writeheader()
            w.writerows(records)


if __name__ == "__main__":
    main(*sys.argv[1:4])
