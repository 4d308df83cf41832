"""Note files in blocks (PAD attachment-annotation-files.md): upload, commit and download."""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import time
from typing import Any

from .. import exceptions as ex
from ..odata import GUID_RE
from .records import RecordsMixin
from .storage import Tx

MAX_BLOCK_ID_BYTES = 64  # PAD attachment-annotation-files.md: BlockId "<= 64 bytes" decoded


class FileBlocksMixin(RecordsMixin):
    """The five block actions; a FileContinuationToken and its blocks live in SQLite."""

    def _annotation_target(self, body: Any, action: str) -> tuple[dict[str, Any], str]:
        """The ``Target`` annotation of a block action and its (client-chosen) annotationid."""
        target = body.get("Target") if isinstance(body, dict) else None
        if not isinstance(target, dict):
            raise ex.PayloadError(f"{action} needs a 'Target' annotation entity.")
        odata_type = target.get("@odata.type")
        if odata_type is not None and \
                str(odata_type).lstrip("#") != "Microsoft.Dynamics.CRM.annotation":
            raise ex.PayloadError(f"The entity type '{odata_type}' is not compatible with the "
                                  f"'Target' parameter of {action}: it must be "
                                  "'Microsoft.Dynamics.CRM.annotation'.")
        aid = target.get("annotationid")
        if not isinstance(aid, str) or not GUID_RE.match(aid):
            raise ex.InvalidArgument(
                f"The Target of {action} must carry an 'annotationid' value: generate a new "
                "Guid to create a note, or pass the id of the note to update.")
        return target, aid.lower()

    def _file_token(self, token: Any, kind: str, action: str) -> dict[str, Any]:
        """The state stored for a live FileContinuationToken of ``kind`` (upload/download)."""
        if not isinstance(token, str) or not token:
            raise ex.PayloadError(f"{action} needs a 'FileContinuationToken' string.")
        row = self._conn().execute("SELECT kind, target, created FROM file_tokens WHERE token=?",
                                   (token,)).fetchone()
        if row is None or row[0] != kind or \
                time.time() - row[2] >= self.limits.block_token_ttl_seconds:
            raise ex.FileTokenInvalid(action)
        return json.loads(row[1])

    def _new_file_token(self, tx: Tx, kind: str, target: dict[str, Any]) -> str:
        now = time.time()
        horizon = now - self.limits.block_token_ttl_seconds
        tx.conn.execute("DELETE FROM file_blocks WHERE token IN "
                        "(SELECT token FROM file_tokens WHERE created <= ?)", (horizon,))
        tx.conn.execute("DELETE FROM file_tokens WHERE created <= ?", (horizon,))
        token = secrets.token_urlsafe(48)
        tx.conn.execute("INSERT INTO file_tokens VALUES(?,?,?,?)",
                        (token, kind, json.dumps(target), now))
        return token

    def initialize_annotation_blocks_upload(self, body: Any) -> str:
        """InitializeAnnotationBlocksUpload: remember the Target, hand out a token.

        Nothing is written to the note until CommitAnnotationBlocksUpload.
        """
        target, aid = self._annotation_target(body, "InitializeAnnotationBlocksUpload")
        with self._write() as tx:
            return self._new_file_token(tx, "upload", {**target, "annotationid": aid})

    def upload_block(self, body: Any) -> None:
        """UploadBlock: store one block (at most 4 MB) under the token, by its BlockId."""
        if not isinstance(body, dict):
            raise ex.PayloadError("UploadBlock needs BlockId, BlockData and "
                                  "FileContinuationToken.")
        block_id = body.get("BlockId")
        if not isinstance(block_id, str) or not block_id:
            raise ex.PayloadError("UploadBlock needs a 'BlockId' string.")
        try:
            decoded_id = base64.b64decode(block_id, validate=True)
        except (binascii.Error, ValueError):
            raise ex.InvalidArgument(f"The BlockId '{block_id}' is not a valid Base64 "
                                     "string.") from None
        if len(decoded_id) > MAX_BLOCK_ID_BYTES:
            raise ex.InvalidArgument(f"The BlockId must be at most {MAX_BLOCK_ID_BYTES} bytes "
                                     "before Base64 encoding.")
        data = _binary(body.get("BlockData"), "BlockData")
        if len(data) > self.limits.max_block_bytes:
            raise ex.InvalidArgument(
                f"The block is {len(data)} bytes; a block can be at most "
                f"{self.limits.max_block_bytes} bytes (4 MB). Send the file in smaller blocks.")
        with self._write() as tx:
            self._file_token(body.get("FileContinuationToken"), "upload", "UploadBlock")
            token = body["FileContinuationToken"]
            other = tx.conn.execute("SELECT block_id FROM file_blocks WHERE token=? AND "
                                    "length(block_id) <> ? LIMIT 1",
                                    (token, len(block_id))).fetchone()
            if other is not None:
                raise ex.InvalidArgument("Every BlockId of one file must have the same length.")
            tx.conn.execute("INSERT OR REPLACE INTO file_blocks VALUES(?,?,?)",
                            (token, block_id, data))

    def commit_annotation_blocks_upload(self, body: Any, *,
                                        caller: str | None = None) -> tuple[str, int]:
        """CommitAnnotationBlocksUpload: join the blocks in BlockList order into the note.

        Creates the note when its annotationid is new, updates it otherwise. Returns the
        annotation id and the file size in bytes. The token and its blocks are spent.
        """
        action = "CommitAnnotationBlocksUpload"
        target, aid = self._annotation_target(body, action)
        block_list = body.get("BlockList")
        if not isinstance(block_list, list) or not block_list or \
                not all(isinstance(b, str) for b in block_list):
            raise ex.PayloadError(f"{action} needs a non-empty 'BlockList' of BlockId strings.")
        table = self.table("annotation")
        with self._write() as tx:
            started = self._file_token(body.get("FileContinuationToken"), "upload", action)
            token = body["FileContinuationToken"]
            if started["annotationid"] != aid:
                raise ex.InvalidArgument(
                    f"The Target annotationid {aid} differs from {started['annotationid']}, "
                    "the one the upload was initialized for.")
            blocks = dict(tx.conn.execute(
                "SELECT block_id, data FROM file_blocks WHERE token=?", (token,)).fetchall())
            missing = [b for b in dict.fromkeys(block_list) if b not in blocks]
            if missing:
                raise ex.InvalidArgument(f"BlockList names blocks that were not uploaded with "
                                         f"this FileContinuationToken: {', '.join(missing)}.")
            content = b"".join(blocks[b] for b in block_list)
            encoded = base64.b64encode(content).decode("ascii")
            if len(encoded) > self.limits.max_upload_bytes:
                raise ex.AttachmentTooLarge()
            fields = {k: v for k, v in target.items() if k not in ("annotationid",
                                                                  "documentbody")}
            fields["documentbody"] = encoded
            if self._exists(table.logical, aid):
                self._update(tx, table, aid, fields, caller=caller)
            else:
                self._create(tx, table, fields, caller=caller, record_id=aid)
            tx.conn.execute("DELETE FROM file_blocks WHERE token=?", (token,))
            tx.conn.execute("DELETE FROM file_tokens WHERE token=?", (token,))
        return aid, len(content)

    def initialize_annotation_blocks_download(self, body: Any) -> dict[str, Any]:
        """InitializeAnnotationBlocksDownload: token, size and file name of a note's file."""
        _, aid = self._annotation_target(body, "InitializeAnnotationBlocksDownload")
        row = self._load("annotation", aid)
        if row is None:
            raise ex.ObjectDoesNotExist("annotation", aid)
        with self._write() as tx:
            token = self._new_file_token(tx, "download", {"annotationid": aid})
        return {"FileContinuationToken": token, "FileSizeInBytes": row.get("filesize") or 0,
                "FileName": row.get("filename")}

    def download_block(self, body: Any) -> str:
        """DownloadBlock: ``BlockLength`` bytes from ``Offset`` of the file, Base64 encoded.

        Only the Base64 characters covering the range are read and decoded.
        """
        if not isinstance(body, dict):
            raise ex.PayloadError("DownloadBlock needs Offset, BlockLength and "
                                  "FileContinuationToken.")
        offset, length = body.get("Offset", 0), body.get("BlockLength")
        for name, value in (("Offset", offset), ("BlockLength", length)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ex.PayloadError(f"DownloadBlock needs '{name}' as a non-negative "
                                      "Edm.Int64.")
        target = self._file_token(body.get("FileContinuationToken"), "download",
                                  "DownloadBlock")
        aid = target["annotationid"]
        first, last = offset // 3 * 4, -(-(offset + length) // 3) * 4
        row = self._conn().execute(
            "SELECT substr(json_extract(data, '$.documentbody'), ?, ?) FROM records "
            "WHERE entity='annotation' AND id=?", (first + 1, last - first, aid)).fetchone()
        if row is None:
            raise ex.ObjectDoesNotExist("annotation", aid)
        raw = base64.b64decode(row[0] or "")
        skip = offset % 3
        return base64.b64encode(raw[skip:skip + length]).decode("ascii")


def _binary(value: Any, name: str) -> bytes:
    """An ``Edm.Binary`` parameter: Base64 text (the URL-safe alphabet is accepted too)."""
    if not isinstance(value, str):
        raise ex.PayloadError(f"The parameter '{name}' must be Base64 text (Edm.Binary).")
    try:
        if "-" in value or "_" in value:
            return base64.urlsafe_b64decode(value)
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ex.PayloadError(f"The parameter '{name}' is not valid Base64 text.") from None
