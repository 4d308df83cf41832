"""OData query options: $filter / $select / $orderby / $expand parsing, key segments, paths.

``$filter`` parses to a small AST that is either compiled to SQL over the JSON record store
(records) or evaluated in Python (metadata documents). Keeping one parser means both accept
and reject the same syntax.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from .exceptions import QueryError

_GUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
GUID_RE = re.compile(rf"^{_GUID}$")

_TOKEN_RE = re.compile(
    rf"""\s*(?:
        (?P<str>'(?:[^']|'')*')
      | (?P<guid>{_GUID}(?![\w-]))
      | (?P<dt>\d{{4}}-\d{{2}}-\d{{2}}
          (?:T\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:\d{{2}})?)?(?![\w-]))
      | (?P<num>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[mMdDfFlL]?(?![\w]))
      | (?P<name>[A-Za-z_@$][A-Za-z0-9_./@$]*)
      | (?P<punc>[(),\[\]=])
    )""",
    re.VERBOSE,
)

COMPARISONS = {"eq", "ne", "gt", "ge", "lt", "le"}
FUNCTIONS = {"contains", "startswith", "endswith"}


@dataclass
class Node:
    """AST node: kind in and/or/not/cmp/func/prop/lit/in."""

    kind: str
    op: str = ""
    args: list[Any] = field(default_factory=list)
    value: Any = None
    lit_type: str = ""


def _tokenize(text: str) -> list[tuple[str, str]]:
    pos, out = 0, []
    text = text.strip()
    while pos < len(text):
        m = _TOKEN_RE.match(text, pos)
        if not m or m.end() == pos:
            raise QueryError(f"Syntax error at position {pos} in '{text}'.")
        pos = m.end()
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokenize(text)
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if tok is None:
            raise QueryError(f"Syntax error: unexpected end of '{self.text}'.")
        self.i += 1
        return tok

    def expect(self, value: str) -> None:
        tok = self.take()
        if tok[1] != value:
            raise QueryError(f"Syntax error: expected '{value}' but found '{tok[1]}' in "
                             f"'{self.text}'.")

    def is_word(self, *words: str) -> bool:
        tok = self.peek()
        return tok is not None and tok[0] == "name" and tok[1] in words

    def parse(self) -> Node:
        node = self.or_expr()
        if self.peek() is not None:
            bad = self.peek()[1]  # type: ignore[index]
            raise QueryError(f"Syntax error at '{bad}' in '{self.text}'.")
        return node

    def or_expr(self) -> Node:
        node = self.and_expr()
        while self.is_word("or"):
            self.take()
            node = Node("or", args=[node, self.and_expr()])
        return node

    def and_expr(self) -> Node:
        node = self.not_expr()
        while self.is_word("and"):
            self.take()
            node = Node("and", args=[node, self.not_expr()])
        return node

    def not_expr(self) -> Node:
        if self.is_word("not"):
            self.take()
            return Node("not", args=[self.not_expr()])
        return self.comparison()

    def comparison(self) -> Node:
        left = self.primary()
        if self.is_word(*COMPARISONS):
            op = self.take()[1]
            right = self.primary()
            return Node("cmp", op=op, args=[left, right])
        if self.is_word("in"):
            self.take()
            self.expect("(")
            values = [self.primary()]
            while self.peek() and self.peek()[1] == ",":  # type: ignore[index]
                self.take()
                values.append(self.primary())
            self.expect(")")
            return Node("in", args=[left, *values])
        return left

    def primary(self) -> Node:
        kind, val = self.take()
        if val == "(":
            node = self.or_expr()
            self.expect(")")
            return node
        if kind == "str":
            return Node("lit", value=val[1:-1].replace("''", "'"), lit_type="string")
        if kind == "guid":
            return Node("lit", value=val.lower(), lit_type="guid")
        if kind == "dt":
            return Node("lit", value=val, lit_type="datetime")
        if kind == "num":
            v = val.rstrip("mMdDfFlL")
            return Node("lit", value=float(v) if any(c in v for c in ".eE") else int(v),
                        lit_type="number")
        if kind == "name":
            if val in ("true", "false"):
                return Node("lit", value=val == "true", lit_type="bool")
            if val == "null":
                return Node("lit", value=None, lit_type="null")
            nxt = self.peek()
            if nxt and nxt[1] == "(":
                return self.function(val)
            return Node("prop", value=val)
        raise QueryError(f"Syntax error at '{val}' in '{self.text}'.")

    def function(self, name: str) -> Node:
        self.expect("(")
        lname = name.lower()
        if lname in FUNCTIONS:
            args = [self.or_expr()]
            while self.peek() and self.peek()[1] == ",":  # type: ignore[index]
                self.take()
                args.append(self.or_expr())
            self.expect(")")
            if len(args) != 2:
                raise QueryError(f"The function '{name}' takes 2 arguments.")
            return Node("func", op=lname, args=args)
        if lname in ("microsoft.dynamics.crm.in", "microsoft.dynamics.crm.notin"):
            params: dict[str, Any] = {}
            while True:
                pname = self.take()[1]
                self.expect("=")
                if self.peek() and self.peek()[1] == "[":  # type: ignore[index]
                    self.take()
                    items = []
                    while self.peek() and self.peek()[1] != "]":  # type: ignore[index]
                        tok = self.take()
                        if tok[1] == ",":
                            continue
                        items.append(tok[1][1:-1].replace("''", "'") if tok[0] == "str" else tok[1])
                    self.expect("]")
                    params[pname] = items
                else:
                    tok = self.take()
                    params[pname] = tok[1][1:-1] if tok[0] == "str" else tok[1]
                if self.peek() and self.peek()[1] == ",":  # type: ignore[index]
                    self.take()
                    continue
                break
            self.expect(")")
            prop = Node("prop", value=params.get("PropertyName", ""))
            values = [Node("lit", value=v, lit_type="string")
                      for v in params.get("PropertyValues", [])]
            node = Node("in", args=[prop, *values])
            return Node("not", args=[node]) if lname.endswith("notin") else node
        raise QueryError(f"The function '{name}' is not supported.")


def parse_filter(text: str) -> Node:
    """Parse a ``$filter`` expression into an AST."""
    return _Parser(text).parse()


_ALIAS_RE = re.compile(r"@[A-Za-z_][A-Za-z0-9_]*")


def apply_aliases(text: str, params: Mapping[str, str]) -> str:
    """Substitute parameter aliases (``... eq @table&@table='account'``) outside string literals.

    The documented bulk-message availability query (PAD ``bulk-operations.md``) passes its
    message and table names this way.
    """
    if "@" not in text:
        return text
    out, i, quoted = [], 0, False
    while i < len(text):
        ch = text[i]
        if ch == "'":
            quoted = not quoted
        elif ch == "@" and not quoted:
            m = _ALIAS_RE.match(text, i)
            if m:
                if m.group(0) not in params:
                    raise QueryError(f"The parameter alias '{m.group(0)}' has no value in the "
                                     "query string.")
                out.append(params[m.group(0)])
                i = m.end()
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def filter_props(node: Node) -> list[str]:
    """Every property name the filter mentions (for validation)."""
    if node.kind == "prop":
        return [node.value]
    out: list[str] = []
    for a in node.args:
        if isinstance(a, Node):
            out.extend(filter_props(a))
    return out


# -- Python evaluation (metadata documents) ------------------------------------------------
def _norm(v: Any) -> Any:
    return v.lower() if isinstance(v, str) else v


def evaluate(node: Node, getter: Callable[[str], Any]) -> Any:
    """Evaluate a filter against one document; strings compare case-insensitively."""
    k = node.kind
    if k == "and":
        return bool(evaluate(node.args[0], getter)) and bool(evaluate(node.args[1], getter))
    if k == "or":
        return bool(evaluate(node.args[0], getter)) or bool(evaluate(node.args[1], getter))
    if k == "not":
        return not evaluate(node.args[0], getter)
    if k == "lit":
        return node.value
    if k == "prop":
        return getter(node.value)
    if k == "in":
        left = _norm(evaluate(node.args[0], getter))
        return any(left == _norm(evaluate(a, getter)) for a in node.args[1:])
    if k == "func":
        a, b = (evaluate(x, getter) for x in node.args)
        if a is None or b is None:
            return False
        a, b = str(a).lower(), str(b).lower()
        if node.op == "contains":
            return b in a
        return a.startswith(b) if node.op == "startswith" else a.endswith(b)
    if k == "cmp":
        a, b = (_norm(evaluate(x, getter)) for x in node.args)
        if node.op == "eq":
            return a == b
        if node.op == "ne":
            return a != b
        if a is None or b is None:
            return False
        try:
            return {"gt": a > b, "ge": a >= b, "lt": a < b, "le": a <= b}[node.op]
        except TypeError:
            return False
    raise QueryError(f"Unsupported expression '{k}'.")


# -- $select / $orderby / $expand ----------------------------------------------------------
def split_top(text: str, sep: str = ",") -> list[str]:
    """Split on ``sep`` outside parentheses and quotes."""
    out, depth, cur, quoted = [], 0, [], False
    for ch in text:
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
        if ch == sep and depth == 0 and not quoted:
            out.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    if "".join(cur).strip():
        out.append("".join(cur).strip())
    return out


def parse_select(text: str | None) -> list[str] | None:
    if text is None or not text.strip():
        return None
    return [s.strip() for s in text.split(",") if s.strip()]


def parse_orderby(text: str | None) -> list[tuple[str, bool]]:
    """``name asc, createdon desc`` -> [(name, False), (createdon, True)]."""
    if not text:
        return []
    out = []
    for part in text.split(","):
        bits = part.split()
        if not bits:
            continue
        if len(bits) > 2 or (len(bits) == 2 and bits[1].lower() not in ("asc", "desc")):
            raise QueryError(f"Syntax error in $orderby '{text}'.")
        out.append((bits[0], len(bits) == 2 and bits[1].lower() == "desc"))
    return out


def parse_options(text: str) -> dict[str, str]:
    """``$select=a,b;$filter=x eq 1`` (nested options inside $expand)."""
    out = {}
    for part in split_top(text, ";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
    return out


def parse_expand(text: str | None) -> list[tuple[str, dict[str, str]]]:
    """``nav($select=a;$top=2),other`` -> [(nav, {...}), (other, {})]."""
    if not text:
        return []
    out = []
    for item in split_top(text):
        if "(" in item and item.endswith(")"):
            name, rest = item.split("(", 1)
            out.append((name.strip(), parse_options(rest[:-1])))
        else:
            out.append((item.strip(), {}))
    return out


# -- keys and paths ------------------------------------------------------------------------
def parse_literal(text: str) -> Any:
    text = text.strip()
    if text.startswith("'") and text.endswith("'") and len(text) >= 2:
        return text[1:-1].replace("''", "'")
    if GUID_RE.match(text):
        return text.lower()
    if text in ("true", "false"):
        return text == "true"
    if text == "null":
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        raise QueryError(f"Bad literal '{text}' in key.") from None


def parse_key(text: str) -> str | dict[str, Any]:
    """``<guid>`` or ``name='A-1'`` or ``a='x',b=2`` (inside the parentheses)."""
    text = text.strip()
    if GUID_RE.match(text):
        return text.lower()
    if "=" not in text:
        if text.startswith("'"):
            return parse_literal(text)
        raise QueryError(f"Bad key '{text}'.")
    out: dict[str, Any] = {}
    for part in split_top(text):
        if "=" not in part:
            raise QueryError(f"Bad key '{text}'.")
        k, v = part.split("=", 1)
        out[k.strip()] = parse_literal(v)
    return out


_SEG_RE = re.compile(r"^(?P<name>[^()]+)(?:\((?P<key>.*)\))?$", re.S)


def split_path(path: str) -> list[tuple[str, str | None]]:
    """Split a resource path into (name, key-text) segments, ignoring '/' inside quotes."""
    segs, cur, depth, quoted = [], [], 0, False
    for ch in path:
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
        if ch == "/" and depth == 0 and not quoted:
            segs.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    segs.append("".join(cur))
    out = []
    for s in segs:
        if s == "":
            continue
        m = _SEG_RE.match(s)
        if not m:
            out.append((s, None))
        else:
            out.append((m.group("name"), m.group("key")))
    return out


def parse_datetime(value: str, *, date_only: bool = False) -> str:
    """Canonical wire form: ``2024-06-12T14:13:25Z`` (or ``2024-06-12`` for date-only)."""
    v = value.strip()
    if date_only:
        if len(v) >= 10 and re.match(r"^\d{4}-\d{2}-\d{2}", v):
            datetime.strptime(v[:10], "%Y-%m-%d")
            return v[:10]
        raise ValueError(v)
    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        datetime.strptime(v, "%Y-%m-%d")
        return v + "T00:00:00Z"
    dt = datetime.fromisoformat(v.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_prefer(header: str | None) -> dict[str, str]:
    """``Prefer: return=representation, odata.maxpagesize=50`` -> dict."""
    out: dict[str, str] = {}
    if not header:
        return out
    for part in split_top(header):
        part = part.strip()
        if not part:
            continue
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip().lower()] = v.strip().strip('"')
        else:
            out[part.lower()] = ""
    return out
