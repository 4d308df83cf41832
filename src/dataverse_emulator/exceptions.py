"""One exception class per Dataverse wire error; rendered to JSON in one place (``render``).

Codes and messages follow the Dataverse Web API (PAD ``compose-http-requests-handle-errors.md``,
``includes/data-service-error-codes.md``) so client code can branch on them exactly as it
would against a real org.
"""

from __future__ import annotations

import json
from typing import Any


class DataverseError(Exception):
    """Base: an HTTP status, a hex error code and a message."""

    status: int = 400
    code: str = "0x80040216"
    message: str = "An unexpected error occurred."

    def __init__(self, message: str | None = None, *, headers: dict[str, str] | None = None,
                 **extra: Any) -> None:
        self.message = message if message is not None else type(self).message
        self.headers = dict(headers or {})
        self.extra = extra
        super().__init__(self.message)

    def body(self) -> dict[str, Any]:
        err: dict[str, Any] = {"code": self.code, "message": self.message}
        err.update(self.extra)
        return {"error": err}


def render(exc: DataverseError) -> tuple[int, dict[str, str], bytes]:
    """The single place an error becomes a wire response."""
    headers = {"Content-Type": "application/json; odata.metadata=minimal",
               "OData-Version": "4.0", **exc.headers}
    return exc.status, headers, json.dumps(exc.body()).encode()


# -- 401 / 404 / 405 ----------------------------------------------------------------------
class Unauthorized(DataverseError):
    status = 401
    code = "0x80072560"
    message = "The user is not authenticated: a bearer token is required."


class ResourceNotFound(DataverseError):
    """Unknown entity set or path segment."""

    status = 404
    code = "0x8006088a"

    def __init__(self, segment: str) -> None:
        super().__init__(f"Resource not found for the segment '{segment}'.")


class ObjectDoesNotExist(DataverseError):
    status = 404
    code = "0x80040217"

    def __init__(self, entity: str, record_id: str) -> None:
        super().__init__(f"{entity} With Id = {record_id} Does Not Exist")


class KeyedRecordNotFound(DataverseError):
    status = 404
    code = "0x80040217"

    def __init__(self, entity: str) -> None:
        super().__init__(
            f"A record with the specified key values does not exist in {entity} entity")


class EntityMetadataNotFound(DataverseError):
    status = 404
    code = "0x80040217"

    def __init__(self, name: str) -> None:
        super().__init__(f"Could not find entity with LogicalName = '{name}'.")


class AttributeMetadataNotFound(DataverseError):
    status = 404
    code = "0x80040217"

    def __init__(self, name: str, entity: str) -> None:
        super().__init__(f"Could not find attribute with LogicalName = '{name}' on entity "
                         f"'{entity}'.")


class MethodNotAllowed(DataverseError):
    status = 405
    code = "0x80060888"

    def __init__(self, method: str, path: str) -> None:
        super().__init__(f"The HTTP method '{method}' is not allowed for the path '{path}'.")


# -- 400: payload and query ---------------------------------------------------------------
class PayloadError(DataverseError):
    """Malformed body or a literal of the wrong type (OData deserialisation error)."""

    code = "0x80048d19"


class InvalidProperty(DataverseError):
    code = "0x80048d19"

    def __init__(self, name: str, entity: str) -> None:
        super().__init__(
            f"Invalid property '{name}' was found in entity 'Microsoft.Dynamics.CRM.{entity}'.")


class UndeclaredProperty(DataverseError):
    """``x@odata.bind`` where x is not a navigation property (e.g. bare ``parentcustomerid``)."""

    code = "0x80048d19"

    def __init__(self, name: str) -> None:
        super().__init__(
            f"An undeclared property '{name}' which only has property annotations in the "
            "payload but no property value was found in the payload. In OData, only declared "
            "navigation properties and declared named streams can be represented as "
            "properties without values.")


class PropertyNotFound(DataverseError):
    """Unknown column in ``$select``/``$filter``/``$orderby``."""

    code = "0x80060888"

    def __init__(self, name: str, entity: str) -> None:
        super().__init__(
            f"Could not find a property named '{name}' on type 'Microsoft.Dynamics.CRM.{entity}'.")


class QueryError(DataverseError):
    code = "0x80060888"


class InvalidKey(DataverseError):
    code = "0x80060888"

    def __init__(self, entity: str) -> None:
        t = f"Microsoft.Dynamics.CRM.{entity}"
        super().__init__(
            f"The key in the request URI is not valid for resource '{t}'. Ensure that the names "
            f"and number of key properties match the declared or alternate key properties for "
            f"the resource '{t}'.")


class StringTooLong(DataverseError):
    code = "0x80044331"

    def __init__(self, attr: str, entity: str, max_length: int) -> None:
        super().__init__(
            f"A validation error occurred. The length of the '{attr}' attribute of the "
            f"'{entity}' entity exceeded the maximum allowed length of '{max_length}'.")


class ValueOutOfRange(DataverseError):
    code = "0x80044331"

    def __init__(self, attr: str, entity: str, value: Any) -> None:
        super().__init__(
            f"A validation error occurred. The value {value} of '{attr}' on record of type "
            f"'{entity}' is outside the valid range.")


class InvalidOptionValue(DataverseError):
    code = "0x80061005"

    def __init__(self, attr: str, entity: str, value: Any, allowed: list[int]) -> None:
        super().__init__(
            f"A validation error occurred. The value {value} of '{attr}' on record of type "
            f"'{entity}' is outside the valid range. Accepted Values: "
            + ",".join(str(v) for v in allowed))


class InvalidStateTransition(DataverseError):
    """``InvalidStateCodeStatusCode`` (PAD ``includes/data-service-errors.md``): a statuscode
    that does not belong to the statecode. The documented message comes first; the detail
    after it is the wording live orgs add ("5 is not a valid status code for state code
    TaskState.Open on task")."""

    code = "0x80048408"

    def __init__(self, entity: str, state: Any, status: Any) -> None:
        super().__init__(
            "State code is invalid or state code is valid but status code is invalid for a "
            f"specified state code. ({status} is not a valid status code for state code "
            f"{entity}State.{state} on {entity}.)")


class RecordReadOnly(DataverseError):
    """``CannotUpdateBecauseItIsReadOnly`` (data-service-errors.md): an update of a closed
    record. The table reference pages say so of each: "Completed and canceled tasks are
    read-only and can't be edited"; "Resolved and canceled cases are read-only and can't be
    edited unless they are reactivated"."""

    code = "0x8004022e"
    message = "The object cannot be updated because it is read-only."

    def __init__(self, entity: str, record_id: str, state_label: str) -> None:
        super().__init__(f"{type(self).message} ({entity} {record_id} is {state_label}; "
                         "set statecode back to its open state first.)")


class ParentNotProductFamily(DataverseError):
    """A product's parent that is a product or a bundle: "a product or bundle can't be set as
    a parent" (Create and manage product families, products, and bundles). No code is
    documented for it: the generic invalid-argument error (0x80040203)."""

    code = "0x80040203"
    message = "Invalid argument."

    def __init__(self, parent_id: str) -> None:
        super().__init__(f"{type(self).message} The parent product {parent_id} is not a "
                         "product family: only a product family can be a parent.")


class SetStateMessageNotAllowed(DataverseError):
    """``CannotUseOpportunitySetStateMessage`` (data-service-errors.md, 0x80100005): Won and
    Lost are set only by WinOpportunity / LoseOpportunity. The wording after the documented
    start is what live orgs send (`...use the WinOpportunityRequest message.`)."""

    code = "0x80100005"

    def __init__(self, entity: str, state_label: str, message_name: str) -> None:
        super().__init__(
            f"This message can not be used to set the state of {entity} to {state_label}. "
            f"In order to set state of {entity} to {state_label} use the {message_name}Request "
            "message.")


class IncidentSetStateNotAllowed(SetStateMessageNotAllowed):
    """Resolving a case, canceling, fulfilling or invoicing an order, or winning or closing a
    quote, by a plain update.
    The error list documents the opportunity case only (0x80100005); for a case or an order
    no code is documented, so the emulator answers the generic invalid-argument code
    0x80040203 with the same wording, pointing to CloseIncident / CancelSalesOrder /
    FulfillSalesOrder / ConvertSalesOrderToInvoice."""

    code = "0x80040203"


class SalesOrderAlreadyClosed(DataverseError):
    """Canceling or fulfilling an order that is already canceled, fulfilled or invoiced. No
    code is documented for it: the generic invalid-argument code, as for a case."""

    code = "0x80040203"

    def __init__(self, label: str) -> None:
        super().__init__(f"The order is already {label.lower()}: reactivate it first.")


class QuoteNotActive(DataverseError):
    """Winning or closing a quote that is not active: a draft is activated first, a won or
    closed one is closed already. No code is documented for it: the generic
    invalid-argument code, as for a case."""

    code = "0x80040203"

    def __init__(self, label: str) -> None:
        super().__init__(f"The quote is {label.lower()}: only an active quote can be won or "
                         "closed.")


class OpportunityAlreadyClosed(DataverseError):
    """``OpportunityIsAlreadyClosed`` (data-service-errors.md)."""

    code = "0x80040515"
    message = "The opportunity is already closed."


class IncidentAlreadyClosed(DataverseError):
    """``IncidentIsAlreadyClosedOrCancelled`` (data-service-errors.md)."""

    code = "0x80044411"
    message = "Already Closed or Canceled"


class ManagedPropertyViolation(DataverseError):
    """``CannotDeleteMetadata`` (0x8004F032, data-service-errors.md), the managed-property
    evaluation failure; e.g. a new column on a table whose ``CanCreateAttributes`` is false
    (the note table)."""

    code = "0x8004F032"

    def __init__(self, operation: str, component: str, component_id: str,
                 managed_property: str) -> None:
        super().__init__(
            f"The '{operation}' operation on the current component(name='{component}', "
            f"id='{component_id}') failed during managed property evaluation of condition: "
            f"'Managed Property Name: {managed_property}; Component Name: Entity; Attribute "
            f"Name: {managed_property};'")


class RequiredAttributeMissing(DataverseError):
    code = "0x80040203"

    def __init__(self, attr: str, entity: str) -> None:
        super().__init__(f"Attribute '{attr}' cannot be NULL: it is required to create a "
                         f"record of type '{entity}'.")


class InvalidArgument(DataverseError):
    code = "0x80040203"


class UserDisabled(DataverseError):
    code = "0x80040225"

    def __init__(self, user_id: str) -> None:
        super().__init__(f"The specified user(Id = {user_id}) is disabled. Consider enabling "
                         "this user. Additional Details: User Disabled")


class PrivilegeDenied(DataverseError):
    """A caller without the privilege an optional parameter needs, e.g. a bypass header
    without ``prvBypassCustomBusinessLogic`` (PAD ``bypass-custom-business-logic.md``).

    Code and message: PAD ``includes/data-service-errors.md``, "0x80040220 / -2147220960,
    Name: PrivilegeDenied, Message: The user does not hold the necessary privileges."; the
    emulator appends which user misses which privilege (by its documented id), in the shape
    Dataverse uses for a missing privilege. HTTP 403 Forbidden."""

    status = 403
    code = "0x80040220"

    def __init__(self, user_id: str, privilege: str, privilege_id: str) -> None:
        super().__init__(f"The user does not hold the necessary privileges. Principal user "
                         f"(Id={user_id}, type=8) is missing {privilege} privilege "
                         f"(Id={privilege_id}).")


class AttachmentTooLarge(DataverseError):
    """``unManagedidsattachmentinvalidfilesize`` (PAD ``attachment-annotation-files.md``)."""

    code = "0x80044a02"
    message = "Attachment file size is too big."


class MessageNotSupported(DataverseError):
    """``SdkEntityDoesNotSupportMessage`` (PAD ``includes/data-service-errors.md``): a message
    that is not registered for a table, e.g. CreateMultiple on a table without bulk messages.

    The wording is what live orgs send ("The 'DeleteMultiple' method does not support entities
    of type 'contact'."); the error list gives only the generic "The method being invoked does
    not support provided entity type."
    """

    code = "0x80040800"

    def __init__(self, message_name: str, entity: str) -> None:
        super().__init__(f"The '{message_name}' method does not support entities of type "
                         f"'{entity}'.")


class FileTokenInvalid(DataverseError):
    """An unknown, expired, used or wrong-kind ``FileContinuationToken``.

    Microsoft documents no code for this case; the emulator uses the generic invalid-argument
    code (0x80040203) so clients treat it as a caller error, not a transient one.
    """

    code = "0x80040203"

    def __init__(self, action: str) -> None:
        super().__init__(
            f"The FileContinuationToken passed to {action} is not valid: it is unknown, has "
            "expired or was already committed. Start again with "
            "InitializeAnnotationBlocksUpload (or InitializeAnnotationBlocksDownload).")


class BatchError(DataverseError):
    code = "0x80048d19"


class MetadataError(DataverseError):
    code = "0x80044363"


class DuplicateSchemaName(DataverseError):
    code = "0x80044363"

    def __init__(self, name: str, entity: str) -> None:
        super().__init__(f"An attribute with the specified name {name} already exists for "
                         f"entity {entity}.")


# -- 412: duplicates and conditions -------------------------------------------------------
class DuplicateRecord(DataverseError):
    status = 412
    code = "0x80040237"
    message = "A record with matching key values already exists."


class KeyViolation(DataverseError):
    """Alternate key value already used by another record."""

    status = 412
    code = "0x80060892"

    def __init__(self, key_display: str, columns: list[str]) -> None:
        cols = ", ".join(columns)
        super().__init__(
            f"A record that has the attribute values {cols} already exists. The entity key "
            f"{key_display} requires that this set of attributes contains unique values. "
            "Select unique values and try again.")


class PreconditionFailed(DataverseError):
    status = 412
    code = "0x80060882"
    message = "The version of the existing record doesn't match the RowVersion property provided."


# -- 429 / 503: service protection and transient faults -----------------------------------
class TooManyRequests(DataverseError):
    status = 429
    code = "0x80072322"

    def __init__(self, limit: int, window: float, retry_after: int) -> None:
        super().__init__(
            f"Number of requests exceeded the limit of {limit} over time window of "
            f"{int(window)} seconds.", headers={"Retry-After": str(retry_after)})


class ExecutionTimeExceeded(DataverseError):
    status = 429
    code = "0x80072321"

    def __init__(self, limit_ms: int, window: float, retry_after: int) -> None:
        super().__init__(
            f"Combined execution time of incoming requests exceeded limit of {limit_ms:,} "
            f"milliseconds over time window of {int(window)} seconds. Decrease number of "
            "concurrent requests or reduce the duration of requests and try again later.",
            headers={"Retry-After": str(retry_after)})


class TooManyConcurrent(DataverseError):
    status = 429
    code = "0x80072326"

    def __init__(self, limit: int, retry_after: int) -> None:
        super().__init__(
            f"Number of concurrent requests exceeded the limit of {limit}.",
            headers={"Retry-After": str(retry_after)})


class ServiceUnavailable(DataverseError):
    status = 503
    code = "0x80040216"
    message = "The service is temporarily unavailable. Please retry the request."
