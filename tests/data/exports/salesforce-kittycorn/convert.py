"""The subset of the kittycorn sample data this export holds (see SOURCE.md), as CSV.

Usage: ``python convert.py SAMPLE_DATA_DIR OUT_DIR`` where SAMPLE_DATA_DIR holds the
repository's ``sample-data/<Object>.parquet`` at the commit SOURCE.md names. Values are
written as pandas writes them (``to_csv(index=False)``); a column is dropped only when it is
null in every row of the subset (an empty string is a value). Accounts keep the parquet
file's row order. Needs pandas and pyarrow.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq


def main(source: Path, out: Path) -> None:
    def read(name: str) -> pd.DataFrame:
        return pq.read_table(source / f"{name}.parquet").to_pandas()

    contacts = read("Contact")
    contacts = contacts[contacts.AccountId.notna() & (contacts.AccountId != "")].head(200)
    accounts = read("Account")
    named = accounts[accounts.Id.isin(list(dict.fromkeys(contacts.AccountId)))]
    if len(named) < 150:  # further accounts up to 150
        named = pd.concat([named, accounts[~accounts.Id.isin(named.Id)].head(150 - len(named))])
    subset = {"Contact": contacts, "Account": named, "Task": read("Task").head(150),
              "Event": read("Event").head(150), "User": read("User"),
              "RecordType": read("RecordType")}
    for name, df in subset.items():
        df = df[[c for c in df.columns if df[c].notna().any()]]
        df.to_csv(out / f"{name}.csv", index=False)
        print(name, df.shape)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
