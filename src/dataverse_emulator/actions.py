"""Handlers of unbound actions and read-only service sets, mixed into ``EmulatorApp``.

The close messages (WinOpportunity, LoseOpportunity, CloseIncident, FulfillSalesOrder,
CancelSalesOrder, WinQuote, CloseQuote), the note-file block
actions, ``sdkmessagefilters`` / ``sdkmessages`` and ``organizations``.
"""

from __future__ import annotations

from typing import Any

from werkzeug.wrappers import Request, Response

from . import exceptions as ex
from .limits import Limits
from .models import ORG_ID, Backend, etag
from .odata import GUID_RE, apply_aliases, parse_orderby, parse_select
from .urls import SDK_MESSAGE_SETS, Call
from .wire import Wire, base_url, read_body

# The organization row a client reads its limits from (``organizations?$select=...``).
ORGANIZATION_COLUMNS = ("organizationid", "name", "maxuploadfilesize")


class ActionViews:
    """Needs ``backend``, ``wire`` and ``limits`` (set by ``EmulatorApp``)."""

    backend: Backend
    wire: Wire
    limits: Limits

    def _key(self, text: str) -> str | dict[str, Any]:
        raise NotImplementedError

    # -- close messages ---------------------------------------------------------------------
    def _close_opportunity(self, request: Request, call: Call) -> Response:
        self.backend.close_opportunity(call.segs[0][0], read_body(request))
        return self.wire.empty()

    def _close_salesorder(self, request: Request, call: Call) -> Response:
        """FulfillSalesOrder / CancelSalesOrder "does not return a value": 204."""
        self.backend.close_salesorder(call.segs[0][0], read_body(request))
        return self.wire.empty()

    def _close_quote(self, request: Request, call: Call) -> Response:
        """WinQuote / CloseQuote "does not return a value": 204."""
        self.backend.close_quote(call.segs[0][0], read_body(request))
        return self.wire.empty()

    def _close_incident(self, request: Request, call: Call) -> Response:
        """CloseIncident "does not return a value" (CloseIncident action page): 204."""
        self.backend.close_incident(read_body(request))
        return self.wire.empty()

    # -- organizations ---------------------------------------------------------------------
    def _organizations(self, request: Request, call: Call) -> Response:
        """The one ``organization`` row; ``maxuploadfilesize`` is ``Limits.max_upload_bytes``
        (PAD ``attachment-annotation-files.md``: the limit is that column of the org)."""
        row = {"@odata.etag": etag(1), "organizationid": ORG_ID,
               "name": "Dataverse Emulator", "maxuploadfilesize": self.limits.max_upload_bytes}
        select = parse_select(request.args.get("$select"))
        for name in select or []:
            if name not in ORGANIZATION_COLUMNS:
                raise ex.PropertyNotFound(name, "organization")
        if select:
            row = {"@odata.etag": row["@odata.etag"],
                   **{n: row[n] for n in dict.fromkeys([*select, "organizationid"])}}
        context = f"{base_url(request)}$metadata#organizations"
        if select:
            context += f"({','.join(select)})"
        key_text = call.segs[0][1]
        if key_text is not None:
            key = self._key(key_text)
            if not isinstance(key, str) or key.lower() != ORG_ID:
                raise ex.ObjectDoesNotExist("organization", str(key_text))
            return self.wire.json({"@odata.context": context + "/$entity", **row})
        return self.wire.json({"@odata.context": context, "value": [row]})

    # -- note files in blocks -------------------------------------------------------------
    def _block_action(self, request: Request, call: Call) -> Response:
        """The five block actions; response shapes follow attachment-annotation-files.md."""
        action = call.segs[0][0]
        body = read_body(request)
        context = f"{base_url(request)}$metadata#Microsoft.Dynamics.CRM.{action}Response"
        if action == "InitializeAnnotationBlocksUpload":
            token = self.backend.initialize_annotation_blocks_upload(body)
            return self.wire.json({"@odata.context": context, "FileContinuationToken": token})
        if action == "UploadBlock":
            self.backend.upload_block(body)
            return self.wire.empty()
        if action == "CommitAnnotationBlocksUpload":
            aid, size = self.backend.commit_annotation_blocks_upload(body)
            return self.wire.json({"@odata.context": context, "AnnotationId": aid,
                                    "FileSizeInBytes": size})
        if action == "InitializeAnnotationBlocksDownload":
            info = self.backend.initialize_annotation_blocks_download(body)
            return self.wire.json({"@odata.context": context, **info})
        data = self.backend.download_block(body)
        return self.wire.json({"@odata.context": context, "Data": data})

    # -- sdkmessagefilters / sdkmessages ---------------------------------------------------
    def _sdk_messages(self, request: Request, call: Call) -> Response:
        """Read-only message registrations: how a client learns which bulk messages exist."""
        entity_set, key_text = call.segs[0]
        args = request.args
        select = parse_select(args.get("$select"))
        filter_text = args.get("$filter")
        if filter_text:
            filter_text = apply_aliases(filter_text, args)
        if key_text is not None:
            key = self._key(key_text)
            if not isinstance(key, str) or not GUID_RE.match(key):
                raise ex.QueryError(f"Bad key '{key_text}'.")
            filter_text = f"{SDK_MESSAGE_SETS[entity_set]} eq {key}"
        top = None
        if "$top" in args:
            try:
                top = max(0, int(args["$top"]))
            except ValueError:
                raise ex.QueryError(f"Invalid value '{args['$top']}' for $top.") from None
        rows = self.backend.retrieve_sdk_messages(
            entity_set, select=select, filter=filter_text,
            orderby=parse_orderby(args.get("$orderby")), top=top, expand=args.get("$expand"))
        context = f"{base_url(request)}$metadata#{entity_set}"
        if select:
            context += f"({','.join(select)})"
        if key_text is not None:
            if not rows:
                raise ex.ObjectDoesNotExist(entity_set[:-1], str(key_text))
            return self.wire.json({"@odata.context": context + "/$entity", **rows[0]})
        payload: dict[str, Any] = {"@odata.context": context}
        if str(args.get("$count", "")).lower() == "true":
            payload["@odata.count"] = len(rows)
        payload["value"] = rows
        return self.wire.json(payload)

