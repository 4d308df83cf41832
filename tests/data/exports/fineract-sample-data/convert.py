"""Apache Fineract's reference tenant sample data (load_sample_data.sql, a MySQL dump) -> one
CSV per table, as a database tool's table export gives them (see SOURCE.md). Ours; the data
is not committed.

    python convert.py load_sample_data.sql OUT_DIR

Each INSERT names its columns: they are the CSV's header, in order; values untouched (NULL ->
empty). The users' password hashes are left out.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the exports' shared scripts
from mysql_values import values_list, write_table  # noqa: E402

INSERT = re.compile(r"INSERT INTO `(\w+)` \(([^)]*)\) VALUES\s*")
TAKE = ["m_client", "m_group", "m_group_client", "m_office", "m_staff", "m_appuser",
        "m_loan", "m_product_loan", "m_savings_product", "m_code", "m_code_value"]
SECRETS = frozenset({"password"})


def main(sql: str, out: str) -> None:
    text = Path(sql).read_text(encoding="utf-8")
    tables: dict[str, tuple[list[str], list[list[str | None]]]] = {}
    for m in INSERT.finditer(text):
        cols = [c.strip().strip("`") for c in m.group(2).split(",")]
        rows = values_list(text, m.end())[0]
        assert all(len(r) == len(cols) for r in rows), m.group(1)
        if m.group(1) in tables:
            assert tables[m.group(1)][0] == cols, m.group(1)
            tables[m.group(1)][1].extend(rows)
        else:
            tables[m.group(1)] = (cols, rows)
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    for name in TAKE:
        cols, rows = tables[name]
        write_table(dest / f"{name}.csv", cols, rows, SECRETS)
        kept = [c for c in cols if c not in SECRETS]
        print(f"{name}.csv: {len(rows)} rows x {len(kept)} columns")


if __name__ == "__main__":
    main(*sys.argv[1:3])
