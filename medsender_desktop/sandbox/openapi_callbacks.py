"""The callbacks (webhooks) in the sandbox's OpenAPI document, as API-CONTRACT.md settles them.

Each operation that leads to a callback names it under ``callbacks``: the form field holding
the record as a JSON string (the object ``GET`` returns at that moment, ``secureLink``
included, valid 5 minutes from the callback), the signature header and its message, and how a
failed delivery is retried.
"""

from __future__ import annotations

from typing import Any

from medsender_desktop import wire

_SIGNATURE_MESSAGES = {
    wire.CallbackKind.SENT_FAX: "<sendToken><completedAt>",
    wire.CallbackKind.RECEIVED_FAX: "<sendToken><completedAt>",
    wire.CallbackKind.EMAIL: "<emailId><completedAt>",
    wire.CallbackKind.AI: "<ai_token> (an empty completedAt)",
}
_RECORDS = {
    wire.CallbackKind.SENT_FAX: "SentFax",
    wire.CallbackKind.RECEIVED_FAX: "ReceivedFax",
    wire.CallbackKind.EMAIL: "Email",
    wire.CallbackKind.AI: "AiResult",
}


def _signature(kind: wire.CallbackKind) -> dict[str, Any]:
    return {
        "name": wire.SIGNATURE_HEADER, "in": "header", "required": True,
        "schema": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "description": "Lowercase hex HMAC-SHA256 keyed with the API key (UTF-8) over "
                       f"{_SIGNATURE_MESSAGES[kind]} as they appear in the body.",
    }


def _body(kind: wire.CallbackKind) -> dict[str, Any]:
    record = _RECORDS[kind]
    if kind is wire.CallbackKind.AI:
        field, says = wire.AI_DETAILS_FIELD, "JSON: {\"aiResult\": <AiResult>} (snake_case inside)"
    else:
        field = wire.RECORD_DETAILS_FIELD
        says = (f"JSON: the {record} object GET returns for the record at that moment, in this "
                "sandbox's dialect" + ("" if kind is wire.CallbackKind.RECEIVED_FAX
                                       else ", secureLink included (valid 5 minutes)"))
    if kind is wire.CallbackKind.RECEIVED_FAX:
        says += ("; secureLink and the file only when at least one page arrived (numPages "
                 "counts the pages that did)")
    props: dict[str, Any] = {field: {"type": "string", "description": says,
                                     "x-record-schema": f"#/components/schemas/{record}"}}
    if kind is wire.CallbackKind.RECEIVED_FAX:
        props[wire.FILE_FIELD] = {"type": "string", "format": "binary"}
        media = "multipart/form-data"
    else:
        media = "application/x-www-form-urlencoded"
    return {"required": True, "content": {media: {"schema": {
        "type": "object", "properties": props, "required": [field]}}}}


def callback(kind: wire.CallbackKind, url: str, when: str) -> dict[str, Any]:
    """A ``callbacks`` entry: POSTed to ``url`` (a runtime expression) ``when`` ..."""
    return {f"{kind.value}_callback": {url: {"post": {
        "summary": f"Medsender calls back {when}",
        "parameters": [_signature(kind)],
        "requestBody": _body(kind),
        "responses": {
            "200": {"description": "Accepted. Any other answer or a network error is retried "
                                   "with backoff: the same token and status are the same event."},
        },
    }}}}


REQUEST_URL = "{$request.body#/callback_url}"
NUMBER_URL = "{$response.body#/fax_number/callback_url}"
