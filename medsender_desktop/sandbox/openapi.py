"""The OpenAPI 3.0 document of what the sandbox serves (``GET /api/v2/openapi.json``).

Written by hand next to the routes, in snake_case, then converted to the sandbox's dialect
(AI results stay snake_case). A test checks that every route is described and every
described path is served; a schemathesis run checks the answers against it.
"""

from __future__ import annotations

import copy
from typing import Any

from medsender_desktop import wire
from medsender_desktop.sandbox.openapi_callbacks import NUMBER_URL, REQUEST_URL, callback

P = wire.API_PREFIX
STR = {"type": "string"}
NSTR = {"type": "string", "nullable": True}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}
TIME = {"type": "string", "format": "date-time"}
NTIME = {"type": "string", "format": "date-time", "nullable": True}
NDATE = {"type": "string", "format": "date", "nullable": True}
NOBJ = {"type": "object", "nullable": True}


def _enum(values: Any, nullable: bool = False) -> dict:
    return {"type": "string", "enum": [str(v) for v in values], "nullable": nullable}


def _obj(props: dict[str, Any], required: list[str] | None = None) -> dict:
    return {"type": "object", "properties": props, "required": required or list(props)}


ATTEMPT = _obj({"attempt": INT, "started_at": TIME, "ended_at": NTIME,
                "result": _enum(["busy", "no_answer", "success"], nullable=True)})
SENT_FAX = _obj({
    "send_token": STR, "from_number": STR, "to_number": STR, "recipient_name": NSTR,
    "sender_name": NSTR, "patient_name": NSTR, "patient_dob": NDATE, "note": NSTR,
    "record_status": _enum(wire.RecordStatus), "sent_status": _enum(wire.SentStatus),
    "document_type": _enum(wire.DocumentType), "num_pages": INT, "view_count": INT,
    "sent_at": TIME, "completed_at": NTIME, "expiry": TIME, "error_details": NOBJ,
    "is_test": BOOL, "forwarded_from": NSTR, "attempts": {"type": "array", "items": ATTEMPT},
    "secure_link": STR,
})
RECEIVED_PROPS = {
    "send_token": STR, "from_number": NSTR, "to_number": STR, "caller_name": NSTR,
    "sent_at": TIME,
    "received_at": {**TIME, "description": "When the fax arrived (UTC); date filters and "
                    "date ordering of received faxes use it."},
    "completed_at": NTIME,
    "num_pages": {**INT, "minimum": 0, "description": "The pages that arrived: for a failed "
                  "fax (the caller hung up) those before the hang-up, 0 when none did."},
    "is_test": BOOL,
    "fax_status": _enum(wire.FaxStatus), "callback_status": _enum(wire.CallbackStatus),
    "error_details": NOBJ,
    "client": {**NSTR, "description": "The client the receiving number was linked to when the "
               "fax arrived (moving the number later does not change it)."},
    "document_classification": _enum(wire.Classification, nullable=True),
    "patient_name": NSTR, "patient_dob": NDATE, "gender": NSTR, "phone_number": NSTR,
    "summary": NSTR,
}
RECEIVED_ITEM = _obj(RECEIVED_PROPS)
RECEIVED_FAX = _obj({**RECEIVED_PROPS, "secure_link": {
    **STR, "description": "Valid 5 minutes; only when at least one page arrived."}},
    list(RECEIVED_PROPS))
EMAIL = _obj({
    "email_id": STR, "send_token": STR, "recipient_email": STR, "recipient_name": NSTR,
    "sender_name": STR, "reply_to_email": NSTR, "patient_name": NSTR, "patient_dob": NDATE,
    "subject": NSTR, "note": NSTR,
    "email_status": {**_enum(wire.SentStatus),
                     "description": "The sent-fax words; a bounce is a failure."},
    "record_status": _enum(wire.RecordStatus), "sent_at": TIME, "completed_at": NTIME,
    "expiry": TIME, "view_count": INT, "last_viewed_at": NTIME, "error": NOBJ, "is_test": BOOL,
    "secure_link": STR,
})
NUMBER_LINK = _obj({"id": STR, "number": STR, "callback_url": NSTR, "uri": STR})
FAX_NUMBER = _obj({
    "id": STR, "number": STR, "callback_url": NSTR, "uri": STR,
    "client": {**_obj({"client_id": STR, "name": STR}), "nullable": True},
})
CLIENT = _obj({"client_id": STR, "name": STR,
               "fax_numbers": {"type": "array", "items": NUMBER_LINK}})
META = _obj({"total_count": INT, "total_pages": INT, "per_page": INT, "page": INT})
SENT_REPLY = _obj({"message": STR, "fax_id": STR})
EMAIL_REPLY = _obj({"message": STR, "email_id": STR})
ERROR = _obj({"error": _obj({
    "status": INT, "message": STR,
    "fields": {"type": "object", "additionalProperties": STR},
}, ["status", "message"])})
AI_RESULT = _obj({
    "ai_token": STR, "status": _enum(wire.AiStatus),
    "patient_name": NSTR, "patient_dob": NDATE,
    "document_classification": _enum(wire.Classification, nullable=True),
    "gender": NSTR, "phone_number": NSTR, "summary": NSTR, "created_at": TIME,
    "completed_at": NTIME,
})

PROBABILITY = {"type": "number", "minimum": 0, "maximum": 1}
SECONDS = {"type": "number", "minimum": 0, "maximum": 30}
FAULT_SETTINGS = {
    "seed": INT, "latency": PROBABILITY, "latency_min": SECONDS, "latency_max": SECONDS,
    "rate_limit": PROBABILITY, "retry_after": {"type": "integer", "minimum": 0, "maximum": 3600},
    "error_500": PROBABILITY, "error_503": PROBABILITY,
    "burst": {"type": "integer", "minimum": 1, "maximum": 1000},
    "reset_before": PROBABILITY, "reset_during": PROBABILITY, "reset_after": PROBABILITY,
    "slow_upload": PROBABILITY, "slow_upload_bps": {"type": "integer", "minimum": 1024},
    "callback_failure": PROBABILITY, "methods": STR, "paths": STR, "script": STR,
}
FAULT_REPORT = _obj({
    "faults": _obj(FAULT_SETTINGS),
    "injected": {"type": "object", "additionalProperties": INT}, "total": INT,
})

EMPTY = {"type": "string", "maxLength": 0}


def _opt(schema: dict) -> dict:
    """An optional field: its schema, or the empty string SDKs send for "not set"."""
    return {"anyOf": [schema, EMPTY]}


DATE = {"type": "string", "format": "date"}
PHONE = {"type": "string", "example": "(212) 555-0100",
         "description": "Any format; North American Numbering Plan (+1) numbers only, any "
                        "other country code is refused with 400."}
NAME_FILTER = {"type": "string",
               "description": "Matches case-insensitively on a substring of the name."}
DATE_FILTER = {**_opt(DATE), "description": "Inclusive UTC day, on sentAt (sent faxes) or "
               "receivedAt (received faxes)."}
FILE = {"type": "string", "format": "binary"}
URL = _opt({"type": "string", "format": "uri", "pattern": "^https?://"})
FAX_FIELDS = {
    "from_number": PHONE, "to_number": PHONE, "patient_name": STR, "patient_dob": _opt(DATE),
    "note": STR, "sender_name": STR, "recipient_name": STR,
    "document_type": _opt(_enum(wire.DocumentType)), "callback_url": URL,
}


def _error(description: str, headers: dict | None = None) -> dict:
    schema = {"$ref": "#/components/schemas/Error"}
    body: dict = {"description": description,
                  "content": {"application/json": {"schema": schema}}}
    if headers:
        body["headers"] = headers
    return body


RETRY_AFTER = {"Retry-After": {"schema": {"type": "integer"}}}
COMMON_ERRORS = {
    "401": _error("Missing or wrong credentials"),
    "406": _error("The client does not accept JSON"),
    "429": _error("Rate limit reached", RETRY_AFTER),
}


def _op(summary: str, ok: dict, *, errors: tuple[str, ...] = (), body: dict | None = None,
        params: list | None = None, auth: bool = True, ok_type: str = "application/json") -> dict:
    responses: dict = {"200": {"description": "OK", "content": {ok_type: {"schema": ok}}}}
    messages = {"400": "Invalid fields", "403": "Forbidden", "404": "Not found",
                "410": "Revoked or expired"}
    for code in errors:
        responses[code] = _error(messages[code])
    responses.update(COMMON_ERRORS if auth else {"429": COMMON_ERRORS["429"]})
    if ok_type != "application/json":
        responses.pop("406", None)
    op: dict = {"summary": summary, "responses": responses}
    if not auth:
        op["security"] = []
    if body is not None:
        op["requestBody"] = {"required": True, "content": body}
    if params:
        op["parameters"] = params
    return op


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _path_param(name: str) -> dict:
    return {"name": name, "in": "path", "required": True, "schema": STR}


def _query(name: str, schema: dict) -> dict:
    return {"name": name, "in": "query", "required": False, "schema": schema}


def _multipart(props: dict, required: list[str]) -> dict:
    return {"multipart/form-data": {"schema": {"type": "object", "properties": props,
                                               "required": required}}}


def _form(props: dict, required: list[str]) -> dict:
    schema = {"type": "object", "properties": props, "required": required}
    return {"application/x-www-form-urlencoded": {"schema": schema},
            "application/json": {"schema": schema}}


LIST_PARAMS = [
    _query("page", {**_opt({"type": "integer", "minimum": 1, "maximum": 10**9}),
                    "description": "A page past the end answers 200 with an empty list and "
                                   "the true meta; a non-numeric or zero page is a 400."}),
    _query("page_size", _opt({"type": "integer", "minimum": wire.PAGE_SIZE_MIN,
                              "maximum": wire.PAGE_SIZE_MAX})),
    _query("order_by_date", _opt(_enum(wire.OrderByDate))), _query("is_test", _opt(BOOL)),
    _query("date_start", DATE_FILTER), _query("date_end", DATE_FILTER),
    _query("from_number", PHONE), _query("to_number", PHONE),
]
SENT_LIST_PARAMS = [*LIST_PARAMS, *(_query(n, NAME_FILTER) for n in (
    "patient_name", "sender_name", "recipient_name")), _query("patient_dob", _opt(DATE)),
    _query("record_status", _opt(_enum(wire.RecordStatus)))]
RECEIVED_LIST_PARAMS = [*LIST_PARAMS, _query("caller_name", NAME_FILTER),
                        _query("fax_status", _opt(_enum(wire.FaxStatus))),
                        _query("client", STR),
                        _query("callback_status", _opt(_enum(wire.CallbackStatus)))]


def _list_of(key: str, item: str) -> dict:
    return _obj({key: {"type": "array", "items": _ref(item)}, "meta": _ref("Meta")})


def _paths() -> dict:
    token = [_path_param("send_token")]
    number = [_path_param("number_id")]
    client = [_path_param("client_id")]
    status_body = _form({"record_status": _enum(wire.RecordStatus)}, ["record_status"])
    pdf = {"type": "string", "format": "binary"}
    return {
        P + wire.SENT_FAXES: {
            "post": _op("Send a fax", _ref("SentReply"), errors=("400",),
                        body=_multipart({"file": FILE, **FAX_FIELDS},
                                        ["file", "from_number", "to_number"])),
            "get": _op("List sent faxes", _list_of("sent_faxes", "SentFax"), errors=("400",),
                       params=SENT_LIST_PARAMS),
        },
        P + wire.SENT_FAX: {
            "get": _op("A sent fax", _ref("SentFax"), errors=("404",), params=token)},
        P + wire.EMAILS: {"post": _op("Send a secure email link", _ref("EmailReply"),
                                    errors=("400",), body=_multipart({
            "file": FILE, "recipient_email": {"type": "string", "format": "email"},
            "sender_name": STR, "recipient_name": STR,
            "reply_to_email": _opt({"type": "string", "format": "email"}),
            "patient_name": STR, "patient_dob": _opt(DATE), "subject": STR, "note": STR,
            "expire_after": _opt({"type": "integer", "minimum": wire.EXPIRE_AFTER_MIN,
                                  "maximum": wire.EXPIRE_AFTER_MAX}),
            "callback_url": URL,
        }, ["file", "recipient_email", "sender_name"]))},
        P + wire.EMAIL: {"get": _op("An email", _ref("Email"), errors=("404",),
                                              params=[_path_param("email_id")])},
        P + wire.RECEIVED_FAXES: {"get": _op(
            "List received faxes", _list_of("received_faxes", "ReceivedFaxItem"),
            errors=("400",), params=RECEIVED_LIST_PARAMS)},
        P + wire.RECEIVED_FAX: {
            "get": _op("A received fax", _ref("ReceivedFax"), errors=("404",), params=token)},
        P + wire.FORWARD_RECEIVED_FAX: {"post": _op(
            "Forward a received fax", _ref("SentReply"), errors=("400", "404"), params=token,
            body=_form(FAX_FIELDS, ["to_number"]))},
        P + wire.FAX_NUMBERS: {
            "get": _op("All fax numbers", _obj({"fax_numbers": {
                "type": "array", "items": _ref("FaxNumber")}})),
            "post": _op("Provision a fax number", _obj({"fax_number": _ref("FaxNumber")}),
                        errors=("400",), body=_form({
                            "area_code": {"type": "string", "pattern": "^[0-9]{3}$"},
                            "callback_url": URL, "client_id": STR}, ["area_code"]))},
        P + wire.FAX_NUMBER: {
            "get": _op("A fax number", _obj({"fax_number": _ref("FaxNumber")}),
                       errors=("404",), params=number),
            "patch": _op("Update a fax number", _obj({"fax_number": _ref("FaxNumber")}),
                         errors=("400", "404"), params=number, body=_form({
                             "callback_url": STR, "client_id": STR}, []))},
        P + wire.CLIENTS: {
            "get": _op("All clients", _obj({"clients": {"type": "array",
                                                        "items": _ref("Client")}})),
            "post": _op("Create a client", _obj({"client": _ref("Client")}), errors=("400",),
                        body=_form({"name": STR, "fax_number_id": STR}, ["name"]))},
        P + wire.CLIENT: {
            "get": _op("A client", _obj({"client": _ref("Client")}), errors=("404",),
                       params=client),
            "patch": _op("Rename a client", _obj({"client": _ref("Client")}),
                         errors=("400", "404"), params=client,
                         body=_form({"name": STR}, ["name"]))},
        P + wire.AI_DOCUMENTS: {"post": _op(
            "Run AI on a document", _obj({"message": STR, "ai_token": STR}), errors=("400",),
            body=_multipart({"file": FILE, "callback_url": URL}, ["file"]))},
        P + wire.AI_DOCUMENT: {"get": _op(
            "An AI result", _obj({"ai_result": _ref("AiResult")}), errors=("404",),
            params=[_path_param("ai_token")])},
        P + wire.SANDBOX_RECEIVED_FAXES: {"post": _op(
            "Simulate an inbound fax (sandbox only)", _ref("SentReply"), errors=("400",),
            body=_multipart({"file": FILE, "to_number": PHONE, "from_number": PHONE,
                             "caller_name": STR, "fax_status": _opt(_enum(wire.FaxStatus)),
                             "pages_arrived": _opt({
                                 "type": "integer", "minimum": 0,
                                 "description": "With fax_status failure: the pages that "
                                                "arrived before the hang-up (default half)."})},
                            ["file", "to_number"]))},
        P + wire.SANDBOX_SENT_FAX: {"patch": _op(
            "Set a sent fax's record status (sandbox only)", _ref("SentFax"),
            errors=("400", "404"), params=token, body=status_body)},
        P + wire.SANDBOX_EMAIL: {"patch": _op(
            "Set an email's record status (sandbox only)", _ref("Email"), errors=("400", "404"),
            params=[_path_param("email_id")], body=status_body)},
        P + wire.SANDBOX_LINK: {"get": _op(
            "The document behind a secureLink", pdf, errors=("403", "404", "410"), auth=False,
            ok_type="application/pdf",
            params=[_path_param("kind"), _path_param("token"), _query("expires", INT),
                    _query("signature", STR)])},
        P + wire.SANDBOX_ACCESS: {"get": _op(
            "Open a record with its access code (counts a view)", pdf,
            errors=("400", "404", "410"), auth=False, ok_type="application/pdf",
            params=[_query("access_code", STR)])},
        P + wire.SANDBOX_FAULTS: {
            "get": _op("Fault injection: the settings and what was injected (sandbox only)",
                       _ref("FaultReport")),
            "put": _op("Fault injection: replace the settings, reset the counts (sandbox "
                       "only)", _ref("FaultReport"), errors=("400",),
                       body=_form(FAULT_SETTINGS, [])),
            "delete": _op("Fault injection: turn it off; the counts so far (sandbox only)",
                          _ref("FaultReport"))},
        P + wire.OPENAPI: {"get": _op("This document", {"type": "object"}, auth=False)},
    }


SCHEMAS = {
    "SentFax": SENT_FAX, "ReceivedFax": RECEIVED_FAX, "ReceivedFaxItem": RECEIVED_ITEM,
    "Email": EMAIL, "FaxNumber": FAX_NUMBER, "Client": CLIENT, "Meta": META,
    "SentReply": SENT_REPLY, "EmailReply": EMAIL_REPLY, "Error": ERROR,
}
RAW_SCHEMAS = {"AiResult": AI_RESULT, "FaultReport": FAULT_REPORT}  # snake_case in both


def _camel_schema(schema: Any) -> Any:
    if isinstance(schema, dict):
        out = {}
        for key, value in schema.items():
            if key == "properties":
                out[key] = {wire.camel_key(k): _camel_schema(v) for k, v in value.items()}
            elif key == "required":
                out[key] = [wire.camel_key(k) for k in value]
            else:
                out[key] = _camel_schema(value)
        return out
    if isinstance(schema, list):
        return [_camel_schema(v) for v in schema]
    return schema


def _camel_responses(paths: dict) -> dict:
    """Inline response schemas (``{"fax_number": ...}``) use the dialect's keys as well."""
    for item in paths.values():
        for op in item.values():
            for response in op["responses"].values():
                for media in response.get("content", {}).values():
                    schema = media["schema"]
                    if "ai_result" in schema.get("properties", {}) or "ai_token" in schema.get(
                            "properties", {}):
                        continue
                    media["schema"] = _camel_schema(schema)
    return paths


def _with_callbacks(paths: dict, dialect: str) -> dict:
    """Name the callback each operation leads to (see :mod:`openapi_callbacks`)."""
    kind = wire.CallbackKind
    fax_done = "when the fax succeeds or finally fails (the request's callback_url, else the "
    fax_done += "sending number's)"
    number_url = NUMBER_URL if dialect == "snake" else NUMBER_URL.replace(
        "fax_number/callback_url", "faxNumber/callbackUrl")
    arrival = "when a fax arrives on this number"
    for path, method, entry in (
        ("/sent_faxes", "post", callback(kind.SENT_FAX, REQUEST_URL, fax_done)),
        ("/received_faxes/{send_token}/forward", "post",
         callback(kind.SENT_FAX, REQUEST_URL, fax_done)),
        ("/emails", "post", callback(kind.EMAIL, REQUEST_URL,
                                     "when the e-mail is delivered or bounces")),
        ("/ai_documents", "post", callback(kind.AI, REQUEST_URL, "when the AI job completes")),
        ("/fax_numbers", "post", callback(kind.RECEIVED_FAX, number_url, arrival)),
        ("/fax_numbers/{number_id}", "patch", callback(kind.RECEIVED_FAX, number_url, arrival)),
    ):
        paths[P + path][method]["callbacks"] = entry
    return paths


def document(dialect: str, server_url: str) -> dict:
    paths = _with_callbacks(copy.deepcopy(_paths()), dialect)
    schemas = copy.deepcopy(SCHEMAS)
    if dialect == "camel":
        schemas = {name: _camel_schema(s) for name, s in schemas.items()}
        paths = _camel_responses(paths)
    schemas.update(copy.deepcopy(RAW_SCHEMAS))
    return {
        "openapi": "3.0.3",
        "info": {"title": "Medsender API sandbox", "version": "2",
                 "description": "The Medsender v2 API in test mode, served locally."},
        "servers": [{"url": server_url}],
        "security": [{"basic": []}, {"bearer": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"basic": {"type": "http", "scheme": "basic"},
                                "bearer": {"type": "http", "scheme": "bearer"}},
        },
    }
