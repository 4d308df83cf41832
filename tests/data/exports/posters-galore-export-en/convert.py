"""react-admin's Posters Galore demo (keys330, session 48, round V): the retail data
generator's customers, orders, invoices, posters (products) and reviews as the demo's list "Export"
button writes them, headed by the demo's own field labels in one language.

    python convert.py --lang en SRC NODE_MODULES OUT      # en, fr

SRC holds the files named in SOURCE.md under their own paths (marmelab/react-admin at
051f511bb0). NODE_MODULES is a folder where ``npm install data-generator-retail@5.15.0``
was run (the generator built from ``examples/data-generator`` at that version, with
@faker-js/faker 10.6.0 and date-fns 3.6.0). Rules:
- Records: the generator's own ``generateData()`` (``examples/data-generator/src``), which
  the demo's fake REST server loads at start. It draws every value from faker without a
  seed and from the clock, so it is run here with ``faker.seed(SEED)`` and the clock fixed
  at NOW (the snapshot's commit time): nothing is written by us, every record is the
  generator's. ``finalize`` fills nb_orders, total_spent, latest_purchase, groups, sales.
- Columns: the demo's ExportButton uses react-admin's default exporter
  (``ra-core/src/export/defaultExporter.ts``: jsonexport of the records as the data
  provider returns them), so every field of a record, in the record's own order. The
  order's ``basket`` (an array of line objects) is left out: it is the order's lines, not
  a column. Each header is the field's label as react-admin resolves it
  (``getFieldLabelTranslationArgs``): ``resources.<resource>.fields.<source>`` from the
  demo's catalogue (``examples/demo/src/i18n/<lang>.ts``), else the source humanised
  (inflection underscore + humanize: 'first_name' -> 'First name', 'customer_id' ->
  'Customer'); the customer's 'groups' field is labelled from its key ('Segments').
- Cells as jsonexport writes them: numbers as JavaScript prints them, booleans 'true' /
  'false', null empty, an array of strings joined with ';', dates as the ISO strings the
  generator stores. Segment ids and order statuses are stored ids, not translated.
- Files: customers.csv, orders.csv, invoices.csv, products.csv, reviews.csv (the demo's
  resource names; products are the 'Posters'), rows in id order, ',' separated, '\\n' line ends.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
from pathlib import Path

SEED = 330
NOW = "2026-07-31T11:10:56.000Z"  # 051f511bb0's commit time (2026-07-31 13:10:56 +0200)
CATALOGUE = "examples/demo/src/i18n/{}.ts"
RESOURCES = ("customers", "orders", "invoices", "products", "reviews")
LEFT_OUT = {"orders": {"basket"}}

DRIVER = """
const NOW = Date.parse(process.argv[1]);
const RealDate = Date;
class FixedDate extends RealDate {
    constructor(...a) { if (a.length === 0) { super(NOW); } else { super(...a); } }
    static now() { return NOW; }
}
globalThis.Date = FixedDate;
const { faker } = await import('@faker-js/faker');
faker.seed(Number(process.argv[2]));
faker.setDefaultRefDate(new RealDate(NOW));
const generateData = (await import('data-generator-retail')).default;
process.stdout.write(JSON.stringify(generateData()));
"""


def generate(node_modules: Path) -> dict:
    out = subprocess.run(["node", "--input-type=module", "-e", DRIVER, NOW, str(SEED)],
                         cwd=node_modules, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def read_catalogue(path: Path) -> dict[str, str]:
    """Flatten the TypeScript messages object to 'a.b.c' -> text (strings only)."""
    text = path.read_text(encoding="utf-8")
    text = text[text.index("= {") + 2:]
    tokens = re.findall(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[A-Za-z_$][\w$]*|[{}:,]|\.\.\.""",
                        text)
    out: dict[str, str] = {}
    stack: list[str] = []
    key: str | None = None
    for tok in tokens:
        if tok == "{":
            stack.append(key or "")
            key = None
        elif tok == "}":
            stack.pop()
            if not stack:
                break
        elif tok in (":", ",", "..."):
            continue
        elif tok[0] in "'\"" and key is not None:
            out[".".join([*stack[1:], key])] = tok[1:-1].replace("\\'", "'")
            key = None
        else:
            key = tok[1:-1] if tok[0] in "'\"" else tok
    return out


def humanize(source: str) -> str:
    """inflection's transform(source, ['underscore', 'humanize'])."""
    s = re.sub(r"([a-z\d])([A-Z])", r"\1_\2", source).lower()
    s = re.sub(r"_id$", "", s).replace("_", " ")
    return s[:1].upper() + s[1:]


def cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, list):
        return ";".join(cell(x) for x in v)
    return str(v)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True)
    ap.add_argument("src", type=Path)
    ap.add_argument("node_modules", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    msgs = read_catalogue(a.src / CATALOGUE.format(a.lang))
    db = generate(a.node_modules)
    a.out.mkdir(parents=True, exist_ok=True)
    for res in RESOURCES:
        records = sorted(db[res], key=lambda r: r["id"])
        # jsonexport's header: every key met, in the order first met
        fields = [f for f in dict.fromkeys(k for r in records for k in r)
                  if f not in LEFT_OUT.get(res, set())]
        header = [msgs.get(f"resources.{res}.fields.{f}") or humanize(f) for f in fields]
        with (a.out / f"{res}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            for r in records:
                w.writerow([cell(r.get(f)) for f in fields])


if __name__ == "__main__":
    main()
