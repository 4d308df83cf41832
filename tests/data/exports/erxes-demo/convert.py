"""erxes's install demo data (a mongodump of BSON files) -> one CSV per collection.

Run: python convert.py SRC_DIR OUT_DIR, SRC_DIR holding erxes-api's src/initialData/*.bson
(commit 6f2634a484b20b89cf9567a19df20b9d68f8233f). Each document becomes one row as
``mongoexport --type=csv`` writes it: a sub-document's fields as dotted columns
(``links.facebook``), arrays as JSON, dates as ISO 8601 UTC with milliseconds, booleans
``true``/``false``, ids as stored. Columns in order of first appearance. Only the users'
``password`` (a bcrypt hash) is left out. No value is edited, no row dropped.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import json
import struct
import sys
from pathlib import Path

COLLECTIONS = ["customers", "companies", "deals", "conversations", "conversation_messages",
               "internal_notes", "products", "product_categories", "stages", "pipelines",
               "boards", "tags", "users", "user_groups", "brands", "channels", "conformities",
               "activity_logs", "engage_messages", "segments", "email_templates",
               "response_templates", "knowledgebase_articles", "growth_hacks", "integrations"]
LEFT_OUT = {"users": {"password"}}
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def _cstr(b: bytes, i: int) -> tuple[str, int]:
    j = b.index(b"\x00", i)
    return b[i:j].decode("utf-8"), j + 1


def _doc(b: bytes, i: int, is_array: bool = False) -> tuple[object, int]:
    """One BSON document (or array) from offset i; the types a mongodump of erxes holds."""
    end = i + struct.unpack_from("<i", b, i)[0]
    i += 4
    out: dict[str, object] = {}
    while i < end - 1:
        t = b[i]
        key, i = _cstr(b, i + 1)
        v: object
        if t == 0x01:
            v = struct.unpack_from("<d", b, i)[0]
            i += 8
        elif t in (0x02, 0x0D, 0x0E):
            n = struct.unpack_from("<i", b, i)[0]
            v = b[i + 4:i + 3 + n].decode("utf-8")
            i += 4 + n
        elif t in (0x03, 0x04):
            v, i = _doc(b, i, t == 0x04)
        elif t == 0x05:
            n = struct.unpack_from("<i", b, i)[0]
            v = base64.b64encode(b[i + 5:i + 5 + n]).decode()
            i += 5 + n
        elif t == 0x07:
            v = b[i:i + 12].hex()
            i += 12
        elif t == 0x08:
            v = b[i] == 1
            i += 1
        elif t == 0x09:
            v = EPOCH + dt.timedelta(milliseconds=struct.unpack_from("<q", b, i)[0])
            i += 8
        elif t in (0x06, 0x0A):
            v = None
        elif t == 0x10:
            v = struct.unpack_from("<i", b, i)[0]
            i += 4
        elif t in (0x11, 0x12):
            v = struct.unpack_from("<q", b, i)[0]
            i += 8
        else:
            raise ValueError(f"BSON type {t:#x} at {i}")
        out[key] = v
    return (list(out.values()) if is_array else out), end


def read_bson(path: Path) -> list[dict]:
    b = path.read_bytes()
    docs, i = [], 0
    while i < len(b):
        d, i = _doc(b, i)
        docs.append(d)
    return docs


def _json(v: object) -> object:
    if isinstance(v, dt.datetime):
        return {"$date": _cell(v)}
    if isinstance(v, dict):
        return {k: _json(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_json(x) for x in v]
    return v


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%dT%H:%M:%S.") + f"{v.microsecond // 1000:03d}Z"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, list):
        return json.dumps(_json(v), ensure_ascii=False, separators=(",", ":"))
    return str(v)


def _flat(d: dict, prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for k, v in d.items():
        if isinstance(v, dict) and v:
            out.update(_flat(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = "" if isinstance(v, dict) else v
    return out


def main(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for name in COLLECTIONS:
        rows = [_flat(d) for d in read_bson(src / f"{name}.bson")]
        cols: dict[str, None] = {}
        for r in rows:
            cols.update(dict.fromkeys(c for c in r if c not in LEFT_OUT.get(name, set())))
        with (dst / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([_cell(r.get(c)) for c in cols])
        print(name, len(rows))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
