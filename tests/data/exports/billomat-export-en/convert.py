#!/usr/bin/env python3
"""Billomat export (en) from justpilot/billomat-php-api's test fixtures.

Usage: convert.py GITDIR OUTDIR [COMMIT]

Reads, with `git show COMMIT:PATH`, the PHPUnit tests of the Apache-2.0 Billomat API
client justpilot/billomat-php-api, whose mocked API responses (json_encode([...]) bodies
wrapped as Billomat wraps them: 'clients' => ['client' => [...]], 'offer' => [...]) and
model fixtures (Client::fromArray([...]), $data = [...]) are Billomat records written as
PHP array literals. Writes one CSV per resource, one row per distinct record id (first
met wins, files in SOURCES order, then order of appearance), records with fewer than three
fields left out (stubs), columns headed by Billomat's API field names in order of first
appearance, nested arrays left out, true/false, null empty, UTF-8, LF.
"""
import csv
import hashlib
import re
import subprocess
import sys

COMMIT = "5d1b2e15266eaa32049a1a6c1a288501f0fcc14e"

# resource (singular wrapper key) -> (csv name, model class, test files)
RESOURCES = [
    ("client", "clients", "Client",
     ["tests/Api/ClientsApiTest.php", "tests/Model/ClientTest.php"]),
    ("contact", "contacts", "Contact",
     ["tests/Api/ContactsApiTest.php", "tests/Model/ContactTest.php"]),
    ("article", "articles", "Article",
     ["tests/Api/ArticlesApiTest.php", "tests/Model/ArticleTest.php"]),
    ("offer", "offers", "Offer", ["tests/Api/OffersApiTest.php", "tests/Model/OfferTest.php"]),
    ("confirmation", "confirmations", "Confirmation",
     ["tests/Api/ConfirmationsApiTest.php", "tests/Model/ConfirmationTest.php"]),
    ("invoice", "invoices", "Invoice",
     ["tests/Api/InvoicesApiTest.php", "tests/Model/InvoiceTest.php"]),
    ("user", "users", "User", ["tests/Api/UsersApiTest.php", "tests/Model/UserTest.php"]),
]
SOURCES = [f for r in RESOURCES for f in r[3]] + ["LICENSE"]

TOKEN = re.compile(
    r"""\s+|//[^\n]*|/\*.*?\*/"""                            # blanks and comments
    r"""|'(?:\\.|[^'\\])*'"""                                # single-quoted strings
    r'''|"(?:\\.|[^"\\])*"'''                                # double-quoted strings
    r"""|=>|-?\d+\.\d+|-?\d+|[\[\](),]"""                   # arrows, numbers, brackets
    r"""|[A-Za-z_$\\][A-Za-z0-9_$\\:]*(?:::[A-Za-z_]+)?|.""",  # names, the rest
    re.S)
OPAQUE = object()


def tokens(text, pos):
    while pos < len(text):
        m = TOKEN.match(text, pos)
        tok = m.group(0)
        pos = m.end()
        if tok.isspace() or tok.startswith("//") or tok.startswith("/*"):
            continue
        yield tok, pos


class Parser:
    def __init__(self, text, pos):
        self.it = tokens(text, pos)
        self.buf = []

    def peek(self):
        if not self.buf:
            self.buf.append(next(self.it))
        return self.buf[0][0]

    def take(self):
        self.peek()
        return self.buf.pop(0)[0]

    def value(self):
        tok = self.take()
        if tok == "[":
            return self.array()
        if tok[0] == "'":
            return re.sub(r"\\(['\\])", r"\1", tok[1:-1])
        if tok[0] == '"':
            return tok[1:-1].encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
        if re.fullmatch(r"-?\d+", tok):
            return int(tok)
        if re.fullmatch(r"-?\d+\.\d+", tok):
            return float(tok)
        low = tok.lower()
        if low in ("true", "false"):
            return low == "true"
        if low == "null":
            return None
        # an expression (variable, constant, call): skip it to the next , or ] at depth 0
        depth = 0
        while True:
            nxt = self.peek()
            if depth == 0 and nxt in (",", "]"):
                return OPAQUE
            self.take()
            if nxt in ("(", "["):
                depth += 1
            elif nxt in (")", "]"):
                depth -= 1

    def array(self):
        items, keyed = [], {}
        while True:
            if self.peek() == "]":
                self.take()
                break
            v = self.value()
            if self.peek() == "=>":
                self.take()
                keyed[v] = self.value()
                items = None if items == [] or items is None else items
            else:
                items.append(v)
            if self.peek() == ",":
                self.take()
        return keyed if keyed else items


def literals(text, cls):
    """Every array literal after json_encode( and after Cls::fromArray( / $data =."""
    pats = [r"json_encode\(\s*\[", re.escape(cls) + r"::fromArray\(\s*\[", r"\$data\s*=\s*\["]
    for m in re.finditer("|".join(pats), text):
        kind = "json" if m.group(0).startswith("json") else "model"
        yield kind, Parser(text, m.end()).array()


def walk(node, single, plural, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == plural and isinstance(v, dict) and single in v:
                v = v[single]
                out.extend([v] if isinstance(v, dict) else [x for x in v if isinstance(x, dict)]
                           if isinstance(v, list) else [])
            elif k == single and isinstance(v, dict):
                out.append(v)
            else:
                walk(v, single, plural, out)
    elif isinstance(node, list):
        for v in node:
            walk(v, single, plural, out)


def fmt(v):
    if v is None or v is OPAQUE:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def main():
    gitdir, outdir = sys.argv[1], sys.argv[2]
    commit = sys.argv[3] if len(sys.argv) > 3 else COMMIT
    read = {}
    for path in SOURCES:
        read[path] = subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                                    check=True, capture_output=True).stdout
    with open(f"{outdir}/LICENSE", "wb") as fh:
        fh.write(read["LICENSE"])
    for path, data in read.items():
        print(hashlib.sha256(data).hexdigest(), path, file=sys.stderr)
    for single, name, cls, files in RESOURCES:
        records, seen = [], set()
        for path in files:
            text = read[path].decode("utf-8")
            for kind, lit in literals(text, cls):
                found = []
                if kind == "json":
                    walk(lit, single, name, found)
                elif isinstance(lit, dict):
                    found.append(lit)
                for rec in found:
                    rec = {k: v for k, v in rec.items()
                           if isinstance(k, str) and not isinstance(v, (dict, list))
                           and v is not OPAQUE}
                    if "id" not in rec or len(rec) < 3:
                        continue
                    rid = str(rec["id"])
                    if rid in seen:
                        continue
                    seen.add(rid)
                    records.append(rec)
        cols = []
        for rec in records:
            cols.extend(k for k in rec if k not in cols)
        with open(f"{outdir}/{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(cols)
            for rec in records:
                w.writerow([fmt(rec.get(c)) for c in cols])
        print(f"{name}.csv {len(records)} rows, {len(cols)} columns", file=sys.stderr)


if __name__ == "__main__":
    main()
