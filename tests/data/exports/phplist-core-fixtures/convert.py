"""phpList core's integration-test fixtures (CSV files already) copied as its tables' export.

Ours. The fixtures are phpList's database tables as CSV (one file per entity, the table's
column names as headers); they are copied byte for byte under the entity's name, except that
the administrators' ``password`` column (a SHA-256 hash) is left out. The two token fixtures
(login tokens of administrators) are not taken: session secrets, not customer data.

    python convert.py /path/to/phpList-core.git COMMIT OUT
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

FILES = {
    "tests/Integration/Domain/Subscription/Fixtures/Subscriber.csv": "Subscriber.csv",
    "tests/Integration/Domain/Subscription/Fixtures/SubscriberList.csv": "SubscriberList.csv",
    "tests/Integration/Domain/Subscription/Fixtures/Subscription.csv": "Subscription.csv",
    "tests/Integration/Domain/Messaging/Fixtures/Message.csv": "Message.csv",
    "tests/Integration/Domain/Messaging/Fixtures/Template.csv": "Template.csv",
    "tests/Integration/Domain/Identity/Fixtures/Administrator.csv": "Administrator.csv",
}
DROP = {"Administrator.csv": {"password"}}


def main(repo: str, commit: str, out: str) -> None:
    """Write each fixture into ``out`` under its entity's name."""
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    for src, name in FILES.items():
        data = subprocess.run(["git", "--git-dir", repo, "show", f"{commit}:{src}"],
                              check=True, capture_output=True).stdout
        if name not in DROP:
            (dest / name).write_bytes(data)
            continue
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
        keep = [i for i, h in enumerate(rows[0]) if h not in DROP[name]]
        with (dest / name).open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            for r in rows:
                w.writerow([r[i] for i in keep])


if __name__ == "__main__":
    main(*sys.argv[1:4])
