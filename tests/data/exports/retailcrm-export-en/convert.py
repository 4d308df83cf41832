"""Turn the retailcrm/api-client-php tests' recorded RetailCRM API responses into CSVs.

Usage: python convert.py GITDIR OUT_DIR [COMMIT]

GITDIR is a git directory of ``retailcrm/api-client-php`` (COMMIT defaults to
8946611ce3db5f2c1382b17f377c28a0dce56ddc). The client's tests replay RetailCRM API v5
response bodies, written in the test files as PHP nowdocs (``<<<'EOF' ... EOF;``). Read
with ``git show``: the list and single-record reads of five resource groups

- ``customers.csv``: ``GET /api/v5/customers`` (testCustomersList) and
  ``/customers/{id}`` (testCustomersGet), ``customers`` / ``customer``;
- ``corporate_customers.csv``: ``/customers-corporate`` (testList) and
  ``/customers-corporate/{id}`` (testCustomersGet);
- ``customer_notes.csv``: ``/customers/notes`` (testCustomersNotes);
- ``orders.csv``: ``/orders`` (testList) and ``/orders/{id}`` (testGet);
- ``tasks.csv``: ``/tasks`` (testList) and ``/tasks/{id}`` (testGet);
- ``users.csv``: ``/users`` (testList) and ``/users/{id}`` (testGet).

One row per distinct record (by ``id``, first seen, list before get), flattened by the
shared rule of ``../api_json_flatten.py`` (nested objects as ``parent.child`` columns,
lists joined with "; ", null an empty cell, true/false and numbers as JSON writes them,
strings unchanged). RetailCRM's own Excel export and UI labels are in no open repository,
so the headers are the API's field names. No value is edited, no row or column dropped.
Deterministic: a rerun gives the same bytes.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from api_json_flatten import write_csv  # noqa: E402  (the shared flattening rule)

COMMIT = "8946611ce3db5f2c1382b17f377c28a0dce56ddc"
TESTS = "tests/src/ResourceGroup/"

# file written: [(test file, test function, response key), ...] in this order
FILES = {
    "customers": [("CustomersTest.php", "testCustomersList", "customers"),
                  ("CustomersTest.php", "testCustomersGet", "customer")],
    "corporate_customers": [("CustomersCorporateTest.php", "testList", "customersCorporate"),
                            ("CustomersCorporateTest.php", "testCustomersGet",
                             "customerCorporate")],
    "customer_notes": [("CustomersTest.php", "testCustomersNotes", "notes")],
    "orders": [("OrdersTest.php", "testList", "orders"),
               ("OrdersTest.php", "testGet", "order")],
    "tasks": [("TasksTest.php", "testList", "tasks"),
              ("TasksTest.php", "testGet", "task")],
    "users": [("UsersTest.php", "testList", "users"),
              ("UsersTest.php", "testGet", "user")],
}

NOWDOC = re.compile(r"<<<'EOF'\n(.*?)\n\s*EOF;", re.S)


def show(gitdir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def responses(text: str, function: str) -> list[dict]:
    """The JSON bodies written in one test function, in order."""
    parts = re.split(r"public function (test\w+)\(", text)
    bodies = dict(zip(parts[1::2], parts[2::2], strict=True))
    found = []
    for match in NOWDOC.finditer(bodies[function]):
        try:
            found.append(json.loads(match.group(1)))
        except ValueError:
            continue
    return found


def main(gitdir: str, out_dir: str, commit: str = COMMIT) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    cache: dict[str, str] = {}
    for name, sources in FILES.items():
        rows: dict[object, dict] = {}
        for test_file, function, key in sources:
            if test_file not in cache:
                cache[test_file] = show(gitdir, commit, TESTS + test_file)
            for body in responses(cache[test_file], function):
                if not isinstance(body, dict) or key not in body:
                    continue
                found = body[key]
                for record in found if isinstance(found, list) else [found]:
                    rows.setdefault(record["id"], record)
        write_csv(list(rows.values()), out / f"{name}.csv")


if __name__ == "__main__":
    main(*sys.argv[1:4])
