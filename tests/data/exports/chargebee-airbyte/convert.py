"""Turn Airbyte's Chargebee connector records (JSONL) into one CSV per stream.

Usage: python convert.py [--lang en] [--records records.jsonl] [--out .]

The records are the connector's acceptance-test records (see SOURCE.md), English only: the
API writes field names and values in one language, so ``--lang`` takes ``en`` alone. The
text is checked against the SHA-256 SOURCE.md gives, then converted by the shared
``../airbyte_records.py`` as a CSV destination with root-level flattening writes a stream:
each record's ``data`` becomes a row of ``<stream>.csv``; the columns are its top-level
fields in the order they first appear in the stream; nested objects and lists
(``billing_address``, ``line_items``, ``contacts``...) are compact JSON text, null an empty
cell, numbers and true/false as JSON writes them, strings unchanged. No value is edited, no
row or column dropped. Each output file's SHA-256 is printed (SOURCE.md lists them).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from airbyte_records import main as convert  # noqa: E402  (the shared converter)

#: records.jsonl as transcribed (52,372 characters, 53 records in 19 streams)
RECORDS_SHA256 = "bbc8c8085282b9b3a569993f8b3005605b23c7f53a0fde75ad8be4b3a82e342f"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="en", choices=["en"],
                    help="the export's language (the API's records are English only)")
    ap.add_argument("--records", type=Path, default=HERE / "records.jsonl")
    ap.add_argument("--out", type=Path, default=None,
                    help="output folder (default: chargebee-airbyte beside this file)")
    args = ap.parse_args(argv)
    out = args.out or HERE
    digest = hashlib.sha256(args.records.read_bytes()).hexdigest()
    if digest != RECORDS_SHA256:
        print(f"{args.records}: sha256 {digest}, expected {RECORDS_SHA256}", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    convert(str(args.records), str(out))
    for path in sorted(out.glob("*.csv")):
        print(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
