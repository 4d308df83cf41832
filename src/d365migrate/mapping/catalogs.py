"""Translation catalogs of open-source programs, read as message key -> text.

Every CRM, help desk and point-of-sale program with users abroad keeps its screen labels in a
catalog per language: XLIFF (Symfony), YAML (Rails), PHP arrays (Laravel, CodeIgniter),
gettext ``.po`` and JSON. Read side by side with the English catalog, they say how that
program's translators write 'Company name' or 'Postal code' in each language: the raw matter
of :mod:`d365migrate.mapping.word_harvest`. Only the labels are read; nothing is executed.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

__all__ = ["CatalogError", "read_catalog", "read_php_array"]


class CatalogError(ValueError):
    """A catalog that cannot be read, named with its file (and line, where one is known)."""


def read_catalog(path: Path) -> dict[str, str]:
    """The catalog's messages, key -> text, by the file's extension."""
    suffix = path.suffix.lower()
    text = path.read_text(encoding="utf-8-sig")
    if suffix in (".xlf", ".xliff"):
        return _xliff(text, path)
    if suffix in (".yml", ".yaml"):
        try:
            data = yaml.load(text, Loader=_CatalogLoader)  # noqa: S506 (a safe loader)
        except yaml.YAMLError as exc:
            raise CatalogError(f"{path.name}: not YAML ({exc})") from exc
        return dict(_flat(_without_locale_root(data)))
    if suffix == ".json":
        try:
            return dict(_flat(json.loads(text)))
        except json.JSONDecodeError as exc:
            raise CatalogError(f"{path.name}: line {exc.lineno}: not JSON") from exc
    if suffix == ".php":
        return dict(_flat(read_php_array(text, path.name)))
    if suffix == ".po":
        return _po(text)
    raise CatalogError(f"{path.name}: no reader for '{suffix}' catalogs")


class _CatalogLoader(yaml.SafeLoader):
    """The safe loader, reading a tag it does not know ('! "*"', Ruby's '!ruby/...') as the
    plain value under it: a catalog's text is all we read."""


def _untagged(loader: yaml.SafeLoader, _suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_CatalogLoader.add_multi_constructor("", _untagged)
_CatalogLoader.add_constructor("tag:yaml.org,2002:yaml", lambda lo, n: lo.construct_scalar(n))


def _xliff(text: str, path: Path) -> dict[str, str]:
    """XLIFF 1.2/2.0: each unit's id (its ``resname`` where given) -> its target text."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise CatalogError(f"{path.name}: line {exc.position[0]}: not XML") from exc
    out: dict[str, str] = {}
    for unit in root.iter():
        tag = unit.tag.rsplit("}", 1)[-1]
        if tag not in ("trans-unit", "segment", "unit"):
            continue
        key = unit.get("resname") or unit.get("id") or ""
        source = target = None
        for child in unit:
            ctag = child.tag.rsplit("}", 1)[-1]
            if ctag == "source":
                source = "".join(child.itertext())
            elif ctag == "target":
                target = "".join(child.itertext())
        if source is not None and not key:
            key = source
        if key and (target or source):
            out[key] = (target or source or "").strip()
    return out


def _without_locale_root(data: Any) -> Any:
    """Rails catalogs nest everything under the locale ('de:', 'pt-BR:'): drop that level."""
    if isinstance(data, dict) and len(data) == 1:
        (only,) = data.values()
        if isinstance(only, dict):
            return only
    return data


def _flat(data: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _flat(v, f"{prefix}.{k}" if prefix else str(k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _flat(v, f"{prefix}.{i}")
    elif isinstance(data, str):
        yield prefix, data


def _po(text: str) -> dict[str, str]:
    """gettext: msgid -> msgstr (the English text is the key); fuzzy entries left out."""
    out: dict[str, str] = {}
    for block in re.split(r"\n\s*\n", text):
        if "#, fuzzy" in block:
            continue
        msgid = _po_field(block, "msgid")
        msgstr = _po_field(block, "msgstr")
        if msgid and msgstr:
            out[msgid] = msgstr
    return out


def _po_field(block: str, field: str) -> str:
    m = re.search(rf'^{field}\s+((?:"(?:[^"\\]|\\.)*"\s*)+)', block, re.M)
    if m is None:
        return ""
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))
    return "".join(parts).replace('\\"', '"').replace("\\n", "\n")


_PHP_TOKEN = re.compile(
    r"""\s+|//[^\n]*|\#[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|=>|array\s*\(|
    [\[\](),;]|<\?php|return|[-\w.]+""", re.S | re.X)


def read_php_array(text: str, name: str = "catalog") -> Any:
    """The array a Laravel or CodeIgniter language file returns (``return [...]``), read
    without PHP: string keys and values, nested arrays; anything else is an error."""
    if not re.search(r"\breturn\b", text):
        # CodeIgniter 3: $lang['key'] = 'text'; one assignment a line
        pairs = re.findall(r"""\$lang\[['"]([^'"]+)['"]\]\s*=\s*(['"])((?:(?!\2)[^\\]|\\.)*)\2""",
                           text)
        if not pairs:
            raise CatalogError(f"{name}: no 'return [...]' array and no $lang lines")
        return {k: _php_string(q + v + q) for k, q, v in pairs}
    tokens: list[tuple[str, int]] = []
    pos, line = 0, 1
    while pos < len(text):
        m = _PHP_TOKEN.match(text, pos)
        if m is None:
            raise CatalogError(f"{name}: line {line}: cannot read '{text[pos:pos + 20]}'")
        tok = m.group()
        if tok.strip() and not tok.startswith(("//", "#", "/*", "<?php")):
            tokens.append((tok, line))
        line += tok.count("\n")
        pos = m.end()
    start = next(i for i, (t, _) in enumerate(tokens) if t == "return") + 1
    value, _ = _php_value(tokens, start, name)
    return value


def _php_value(tokens: list[tuple[str, int]], i: int, name: str) -> tuple[Any, int]:
    tok, line = tokens[i]
    if tok in ("[",) or tok.startswith("array"):
        close = "]" if tok == "[" else ")"
        out: dict[str, Any] = {}
        i += 1
        n = 0
        while tokens[i][0] != close:
            first, i = _php_value(tokens, i, name)
            if tokens[i][0] == "=>":
                value, i = _php_value(tokens, i + 1, name)
                out[str(first)] = value
            else:
                out[str(n)] = first
                n += 1
            if tokens[i][0] == ",":
                i += 1
            elif tokens[i][0] != close:
                raise CatalogError(f"{name}: line {tokens[i][1]}: expected ',' or '{close}'")
        return out, i + 1
    if tok[0] in "'\"":
        value = _php_string(tok)
        while i + 2 < len(tokens) and tokens[i + 1][0] == "." and tokens[i + 2][0][0] in "'\"":
            value += _php_string(tokens[i + 2][0])
            i += 2
        return value, i + 1
    if re.fullmatch(r"-?\d+|true|false|null", tok):
        return tok, i + 1
    raise CatalogError(f"{name}: line {line}: unexpected '{tok}'")


def _php_string(tok: str) -> str:
    body = tok[1:-1]
    if tok[0] == "'":
        return body.replace("\\'", "'").replace("\\\\", "\\")
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)
