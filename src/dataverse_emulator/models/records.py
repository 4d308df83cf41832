"""Record writes: create, update (upsert), delete, value coercion, binds and state rules."""

from __future__ import annotations

import base64
import binascii
import json
import math
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from .. import exceptions as ex
from ..metadata import (
    LOOKUP_TYPES,
    NUMBER_TYPES,
    OPTION_TYPES,
    STRING_TYPES,
    Attribute,
    Table,
)
from ..odata import GUID_RE, parse_datetime, parse_key, split_path
from .currencies import set_currency
from .keys import KeysMixin
from .numbering import number_on_create
from .products import check_product_parent
from .states import check_line_parent, check_states
from .storage import BUSINESS_UNIT_ID, Tx, etag


@dataclass
class Bind:
    """A resolved ``@odata.bind`` waiting to be written."""

    attribute: str
    target: str
    record_id: str | None


class RecordsMixin(KeysMixin):
    """The record write pipeline: ``_apply`` (validate, merge) then ``_finish`` (system
    columns, state rules, computed columns, required checks), then the row and its keys."""

    # -- validation of one value ------------------------------------------------------------
    def _coerce(self, table: Table, attr: Attribute, value: Any) -> Any:
        entity, name = table.logical, attr.logical
        if value is None:
            return None
        t = attr.type
        if attr.is_multiselect:
            if not isinstance(value, str):
                raise ex.PayloadError(f"Cannot convert the literal '{value}' to the expected "
                                      "type 'Edm.String'.")
            values = [v.strip() for v in value.split(",") if v.strip()]
            allowed = attr.options
            for v in values:
                if not v.lstrip("-").isdigit() or int(v) not in allowed:
                    raise ex.InvalidOptionValue(name, entity, v, sorted(allowed))
            return ",".join(values)
        if t in STRING_TYPES:
            if not isinstance(value, str):
                raise ex.PayloadError(
                    f"Cannot convert the literal '{value}' to the expected type 'Edm.String'.")
            if attr.max_length is not None and len(value) > attr.max_length:
                raise ex.StringTooLong(name, entity, attr.max_length)
            return value
        if t in NUMBER_TYPES:
            if isinstance(value, bool) or not isinstance(value, int | float | str):
                raise ex.PayloadError(f"Cannot convert the literal '{value}' to the expected "
                                      f"type 'Edm.{_edm(t)}'.")
            if isinstance(value, str):
                if t in ("Integer", "BigInt"):
                    raise ex.PayloadError(f"Cannot convert the literal '{value}' to the "
                                          f"expected type 'Edm.{_edm(t)}'.")
                try:
                    value = float(value)  # Edm.Decimal may travel as a string (IEEE754)
                except ValueError:
                    raise ex.PayloadError(f"Cannot convert the literal '{value}' to the "
                                          f"expected type 'Edm.{_edm(t)}'.") from None
            if t in ("Integer", "BigInt"):
                if isinstance(value, float):
                    if not value.is_integer():
                        raise ex.PayloadError(f"Cannot convert the literal '{value}' to the "
                                              "expected type 'Edm.Int32'.")
                    value = int(value)
            elif isinstance(value, float) and not math.isfinite(value):
                raise ex.PayloadError(f"Cannot convert the literal '{value}'.")
            lo, hi = attr.min_value, attr.max_value
            if (lo is not None and value < lo) or (hi is not None and value > hi):
                raise ex.ValueOutOfRange(name, entity, value)
            return value
        if t == "Boolean":
            if not isinstance(value, bool):
                raise ex.PayloadError(f"Cannot convert the literal '{value}' to the expected "
                                      "type 'Edm.Boolean'.")
            return value
        if t in OPTION_TYPES:
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ex.PayloadError(f"Cannot convert the literal '{value}' to the "
                                      "expected type 'Edm.Int32'.")
            allowed = attr.options
            if value not in allowed:
                raise ex.InvalidOptionValue(name, entity, value, sorted(allowed))
            return value
        if t == "DateTime":
            if not isinstance(value, str):
                raise ex.PayloadError(f"Cannot convert the literal '{value}' to the expected "
                                      "type 'Edm.DateTimeOffset'.")
            try:
                return parse_datetime(value, date_only=attr.date_only)
            except ValueError:
                edm = "Edm.Date" if attr.date_only else "Edm.DateTimeOffset"
                raise ex.PayloadError(f"Cannot convert the literal '{value}' to the expected "
                                      f"type '{edm}'.") from None
        if t == "Uniqueidentifier":
            if not isinstance(value, str) or not GUID_RE.match(value):
                raise ex.PayloadError(f"Cannot convert the literal '{value}' to the expected "
                                      "type 'Edm.Guid'.")
            return value.lower()
        return value

    # -- the record write pipeline --------------------------------------------------------
    def _parse_bind(self, value: Any, refs: dict[str, tuple[str, str]] | None
                    ) -> tuple[Table, str | dict[str, Any]]:
        """``/accounts(<id>)``, ``accounts(key='x')``, full URL, or ``$1`` (batch)."""
        if not isinstance(value, str) or not value:
            raise ex.PayloadError(f"The value '{value}' of an @odata.bind annotation is not a "
                                  "valid URI.")
        text = value
        if text.startswith("$") and refs is not None:
            ref, _, rest = text[1:].partition("/")
            if ref in refs:
                entity, rid = refs[ref]
                return self.table(entity), rid
        if "/api/data/" in text:
            text = text.split("/api/data/", 1)[1]
            text = text.split("/", 1)[1] if "/" in text else text
        text = unquote(text.lstrip("/"))  # a bind is a URI: '%20' means a space
        segs = split_path(text)
        if len(segs) != 1 or segs[0][1] is None:
            raise ex.PayloadError(f"The URI '{value}' in an @odata.bind annotation is not a "
                                  "valid single-entity reference.")
        table = self.table_for_set(segs[0][0])
        return table, parse_key(segs[0][1])

    def _resolve_bind(self, table: Table, nav_name: str, value: Any,
                      refs: dict[str, tuple[str, str]] | None) -> Bind:
        nav = table.navigations.get(nav_name)
        if nav is None:
            raise ex.UndeclaredProperty(nav_name)
        attr = table.attributes[nav.attribute]
        if value is None:
            return Bind(nav.attribute, nav.target, None)
        target_table, key = self._parse_bind(value, refs)
        if target_table.logical != nav.target:
            if attr.type == "Owner" and target_table.logical == "systemuser":
                pass
            else:
                raise ex.PayloadError(
                    f"A navigation property '{nav_name}' of type "
                    f"'Microsoft.Dynamics.CRM.{nav.target}' was bound to an entity of type "
                    f"'Microsoft.Dynamics.CRM.{target_table.logical}'.")
        rid = self.resolve_id(target_table, key)
        assert rid is not None
        if target_table.logical == "systemuser" and attr.type == "Owner":
            user = self._load("systemuser", rid) or {}
            if user.get("isdisabled"):
                raise ex.UserDisabled(rid)
        return Bind(nav.attribute, target_table.logical, rid)

    def _apply(self, tx: Tx, table: Table, body: dict[str, Any], data: dict[str, Any], *,
               creating: bool, caller: str, refs: dict[str, tuple[str, str]] | None,
               pending: list[Callable[[str], None]]) -> set[str]:
        """Validate ``body`` and merge it into ``data``; return the changed names."""
        if not isinstance(body, dict):
            raise ex.PayloadError("The request body must be a JSON object.")
        changed: set[str] = set()
        for key, value in body.items():
            if key in ("@odata.type", "@odata.etag", "@odata.context", "@odata.id"):
                if key == "@odata.type" and isinstance(value, str):
                    expected = f"Microsoft.Dynamics.CRM.{table.logical}"
                    if value.lstrip("#") != expected:
                        raise ex.PayloadError(
                            f"The entity type '{value}' is not compatible with the base type "
                            f"'{expected}' of the given entity set.")
                continue
            if key.endswith("@odata.bind"):
                bind = self._resolve_bind(table, key[: -len("@odata.bind")], value, refs)
                data[f"_{bind.attribute}_value"] = bind.record_id
                data[f"_{bind.attribute}_value@lln"] = bind.target if bind.record_id else None
                changed.add(bind.attribute)
                continue
            if "@" in key:
                continue  # instance annotations on properties are ignored
            if key in table.navigations and isinstance(value, dict):
                nav = table.navigations[key]
                child_id = self._create(tx, self.table(nav.target), value, caller=caller,
                                        refs=refs)
                data[f"_{nav.attribute}_value"] = child_id
                data[f"_{nav.attribute}_value@lln"] = nav.target
                changed.add(nav.attribute)
                continue
            if key in table.collections:
                if not isinstance(value, list):
                    raise ex.PayloadError(f"The property '{key}' expects a collection.")
                child_entity, child_attr = table.collections[key]
                child_table = self.table(child_entity)
                for item in value:
                    pending.append(self._child_creator(tx, table, child_table, child_attr,
                                                       item, caller, refs))
                continue
            if key in table.navigations:
                raise ex.PayloadError(
                    f"A node of type 'PrimitiveValue' was read from the JSON reader when "
                    f"trying to read the contents of the property '{key}'; however, a "
                    "'StartObject' node was expected.")
            attr = table.attributes.get(key)
            if attr is None or attr.type in LOOKUP_TYPES or attr.type == "PartyList":
                raise ex.InvalidProperty(key, table.logical)
            if attr.type in ("EntityName", "BigInt"):
                continue
            if key == table.primary_id:
                continue  # taken from the body by _create; immutable afterwards
            if not (attr.valid_for_create if creating else attr.valid_for_update):
                continue  # read-only columns are ignored, as the real service does
            data[key] = self._coerce(table, attr, value)
            changed.add(key)
        return changed

    def _child_creator(self, tx: Tx, parent: Table, child: Table, child_attr: str,
                       item: Any, caller: str, refs: dict[str, tuple[str, str]] | None
                       ) -> Callable[[str], None]:
        if not isinstance(item, dict):
            raise ex.PayloadError("Items of a collection-valued navigation must be objects.")

        def create(parent_id: str) -> None:
            data = {f"_{child_attr}_value": parent_id, f"_{child_attr}_value@lln": parent.logical}
            self._create(tx, child, item, caller=caller, refs=refs, preset=data)
        return create

    def _finish(self, tx: Tx, table: Table, data: dict[str, Any], changed: set[str], *,
                creating: bool, caller: str, old: dict[str, Any] | None) -> None:
        """System columns, computed columns, state rules and required checks."""
        entity = table.logical
        if creating:
            if "_ownerid_value" not in data or data["_ownerid_value"] is None:
                if "ownerid" in table.attributes and table.attributes["ownerid"].valid_for_create:
                    data["_ownerid_value"] = caller
                    data["_ownerid_value@lln"] = "systemuser"
            for name, default in table.boolean_defaults():
                if data.get(name) is None:
                    data[name] = default
            created = data.get("overriddencreatedon") or tx.now
            if "createdon" in table.attributes:
                data["createdon"] = created
            for sysattr in ("createdby", "modifiedby"):
                if sysattr in table.attributes:
                    data[f"_{sysattr}_value"] = caller
                    data[f"_{sysattr}_value@lln"] = "systemuser"
            if "owningbusinessunit" in table.attributes:
                data["_owningbusinessunit_value"] = BUSINESS_UNIT_ID
                data["_owningbusinessunit_value@lln"] = "businessunit"
            if table.is_activity:
                data["activitytypecode"] = entity
            for name, fmt in table.auto_numbers():
                if data.get(name) is None:  # QUO-{SEQNUM}: numbered from the record's id
                    data[name] = fmt.replace("{SEQNUM}", str(data[table.primary_id])[:8]
                                             .upper())
            number_on_create(tx, table.logical, data, str(data[table.primary_id]))
            for name, value in table.required_defaults():
                if data.get(name) is None:
                    data[name] = value
        else:
            if "modifiedby" in table.attributes:
                data["_modifiedby_value"] = caller
                data["_modifiedby_value@lln"] = "systemuser"
        if "owninguser" in table.attributes and data.get("_ownerid_value@lln") == "systemuser":
            data["_owninguser_value"] = data["_ownerid_value"]
            data["_owninguser_value@lln"] = "systemuser"
        if "modifiedon" in table.attributes:
            data["modifiedon"] = tx.now
        self._state_rules(table, data, changed, creating=creating, old=old)
        check_product_parent(entity, data, changed, self._load)  # a family, or no parent
        check_line_parent(entity, data, self._load)   # a line of a read-only document: none
        self._computed(table, data, changed)
        set_currency(table, data, changed, self._load)  # an amount's currency and rate
        if creating:
            for attr in table.required_on_create():
                present = data.get(f"_{attr.logical}_value") if attr.type in LOOKUP_TYPES \
                    else data.get(attr.logical)
                if present is None:
                    raise ex.RequiredAttributeMissing(attr.logical, entity)

    def _state_rules(self, table: Table, data: dict[str, Any], changed: set[str], *,
                     creating: bool, old: dict[str, Any] | None) -> None:
        check_states(table, data, changed, creating=creating, old=old,
                     message=getattr(self._closing_flag, "message", None))

    def _computed(self, table: Table, data: dict[str, Any], changed: set[str]) -> None:
        entity = table.logical
        if entity in ("contact", "lead", "systemuser") and \
                changed & {"firstname", "lastname", "middlename"}:
            parts = [data.get("firstname"), data.get("middlename"), data.get("lastname")]
            data["fullname"] = " ".join(p for p in parts if p) or None
            if "yomifullname" in table.attributes:
                data["yomifullname"] = data["fullname"]
        for n in (1, 2):
            p = f"address{n}_"
            if f"{p}composite" in table.attributes and \
                    any(c.startswith(p) for c in changed if c[:7] == "address"):
                lines = [data.get(p + s) for s in ("line1", "line2", "line3")]
                city = " ".join(x for x in (data.get(p + "city"),
                                            data.get(p + "stateorprovince"),
                                            data.get(p + "postalcode")) if x)
                parts = [x for x in [*lines, city, data.get(p + "country")] if x]
                data[f"{p}composite"] = "\n".join(parts) if parts else None
        if entity == "annotation" and "documentbody" in changed:
            body = data.get("documentbody")
            if body:
                if len(body) > self.limits.max_upload_bytes:
                    raise ex.AttachmentTooLarge()
                try:
                    data["filesize"] = len(base64.b64decode(body, validate=True))
                except (binascii.Error, ValueError):
                    raise ex.PayloadError("The documentbody is not valid Base64 text.") from None
                data["isdocument"] = True
            else:
                data["filesize"] = 0
                data["isdocument"] = False
        if entity == "annotation" and "objectid" in changed:
            data["objecttypecode"] = data.get("_objectid_value@lln")

    def _create(self, tx: Tx, table: Table, body: dict[str, Any], *, caller: str | None,
                refs: dict[str, tuple[str, str]] | None = None,
                record_id: str | None = None, preset: dict[str, Any] | None = None,
                key_values: dict[str, Any] | None = None) -> str:
        caller = caller or self.current_caller()
        data: dict[str, Any] = dict(preset or {})
        pending: list[Callable[[str], None]] = []
        changed = self._apply(tx, table, body, data, creating=True, caller=caller, refs=refs,
                              pending=pending)
        if key_values:
            for k, v in self._normalise_key_input(table, key_values).items():
                if k.startswith("_"):
                    continue
                attr = table.attributes[k]
                if attr.type in LOOKUP_TYPES:
                    continue
                current = data.get(k)
                if current is None:
                    data[k] = self._coerce(table, attr, v)
                    changed.add(k)
        rid = record_id or body.get(table.primary_id)
        if rid is not None:
            if not isinstance(rid, str) or not GUID_RE.match(rid):
                raise ex.PayloadError(f"Cannot convert the literal '{rid}' to the expected "
                                      "type 'Edm.Guid'.")
            rid = rid.lower()
            self._refuse_taken_id(tx, table, rid)
        else:
            rid = str(uuid.uuid4())
        changed |= set(k for k in data if not k.startswith("_"))
        data[table.primary_id] = rid
        self._finish(tx, table, data, changed, creating=True, caller=caller, old=None)
        self._count_write()
        version = tx.next_version()
        data["versionnumber"] = version
        try:
            tx.conn.execute("INSERT INTO records(entity, id, data, version) VALUES(?,?,?,?)",
                            (table.logical, rid, json.dumps(data), version))
        except sqlite3.IntegrityError:
            raise ex.DuplicateRecord("Cannot insert duplicate key.") from None
        self._write_keys(tx, table, rid, data, replace=False)
        for fn in pending:
            fn(rid)
        return rid

    def _refuse_taken_id(self, tx: Tx, table: Table, rid: str) -> None:
        """A supplied id already in use: ``DuplicateRecord`` (0x80040237, "Cannot insert
        duplicate key."). Activities share one id space (the ``activitypointer`` table), so a
        task cannot take the ``activityid`` of an email."""
        entities = [table.logical]
        if table.is_activity:
            entities = [t.logical for t in self.catalog.tables.values() if t.is_activity]
        marks = ",".join("?" * len(entities))
        if tx.conn.execute(f"SELECT 1 FROM records WHERE id=? AND entity IN ({marks})",
                           (rid, *entities)).fetchone():
            raise ex.DuplicateRecord("Cannot insert duplicate key.")

    def _update(self, tx: Tx, table: Table, record_id: str, body: dict[str, Any], *,
                caller: str | None, refs: dict[str, tuple[str, str]] | None = None) -> None:
        caller = caller or self.current_caller()
        old = self._load(table.logical, record_id)
        if old is None:
            raise ex.ObjectDoesNotExist(table.logical, record_id)
        data = dict(old)
        pending: list[Callable[[str], None]] = []
        changed = self._apply(tx, table, body, data, creating=False, caller=caller, refs=refs,
                              pending=pending)
        self._finish(tx, table, data, changed, creating=False, caller=caller, old=old)
        self._count_write()
        version = tx.next_version()
        data["versionnumber"] = version
        tx.conn.execute("UPDATE records SET data=?, version=? WHERE entity=? AND id=?",
                        (json.dumps(data), version, table.logical, record_id))
        if table.keys and any(c in changed for k in table.keys.values() for c in k.columns):
            self._write_keys(tx, table, record_id, data, replace=True)
        for fn in pending:
            fn(record_id)

    # -- public operations -----------------------------------------------------------------
    def create_record(self, entity_set: str, body: dict[str, Any], *, caller: str | None = None,
                      refs: dict[str, tuple[str, str]] | None = None) -> str:
        table = self.table_for_set(entity_set)
        with self._write() as tx:
            return self._create(tx, table, body, caller=caller, refs=refs)

    def update_record(self, entity_set: str, key: str | dict[str, Any], body: dict[str, Any], *,
                      caller: str | None = None, if_match: str | None = None,
                      if_none_match: str | None = None,
                      refs: dict[str, tuple[str, str]] | None = None) -> tuple[str, bool]:
        """PATCH: update, or create when missing (upsert) unless ``If-Match`` forbids it."""
        table = self.table_for_set(entity_set)
        with self._write() as tx:
            rid = self.resolve_id(table, key, must_exist=False)
            if rid is not None:
                if if_none_match == "*":
                    raise ex.DuplicateRecord()
                if if_match and if_match != "*":
                    current = self._load(table.logical, rid) or {}
                    if if_match.strip() != etag(current.get("versionnumber")):
                        raise ex.PreconditionFailed()
                self._update(tx, table, rid, body, caller=caller, refs=refs)
                return rid, False
            if if_match:
                if isinstance(key, dict):
                    raise ex.KeyedRecordNotFound(table.logical)
                raise ex.ObjectDoesNotExist(table.logical, str(key))
            if isinstance(key, dict) and set(k.lower() for k in key) != {table.primary_id}:
                return self._create(tx, table, body, caller=caller, refs=refs,
                                    key_values=key), True
            pk = key if isinstance(key, str) else str(next(iter(key.values())))
            return self._create(tx, table, body, caller=caller, refs=refs,
                                record_id=pk), True

    upsert_record = update_record

    def delete_record(self, entity_set: str, key: str | dict[str, Any]) -> None:
        table = self.table_for_set(entity_set)
        with self._write() as tx:
            rid = self.resolve_id(table, key)
            self._delete(tx, table, rid)  # type: ignore[arg-type]

    def _delete(self, tx: Tx, table: Table, rid: str) -> None:
        self._count_write()
        tx.conn.execute("DELETE FROM records WHERE entity=? AND id=?", (table.logical, rid))
        tx.conn.execute("DELETE FROM keyvals WHERE entity=? AND id=?", (table.logical, rid))
        for child_entity, child_attr in table.collections.values():
            if child_entity == "activityparty":
                tx.conn.execute(
                    "DELETE FROM records WHERE entity='activityparty' AND "
                    f"json_extract(data, '$._{child_attr}_value') = ?", (rid,))

    def clear_lookup(self, entity_set: str, key: str | dict[str, Any], nav_name: str, *,
                     caller: str | None = None) -> None:
        """``DELETE <set>(<id>)/<nav>/$ref``: empty a single-valued lookup."""
        table = self.table_for_set(entity_set)
        if nav_name not in table.navigations:
            raise ex.ResourceNotFound(nav_name)
        with self._write() as tx:
            rid = self.resolve_id(table, key)
            self._update(tx, table, rid, {f"{nav_name}@odata.bind": None},  # type: ignore[arg-type]
                         caller=caller)


def _edm(t: str) -> str:
    return {"Integer": "Int32", "BigInt": "Int64", "Double": "Double"}.get(t, "Decimal")
