"""Fax numbers and clients: fetch, list, provision/create, update/rename."""

from __future__ import annotations

import re
import sqlite3

import phonenumbers
from starlette.responses import Response
from starlette.routing import Route

from medsender_desktop import wire
from medsender_desktop.errors import NotFound, ValidationError
from medsender_desktop.sandbox import fields, serialize, store_accounts
from medsender_desktop.sandbox.fields import FieldErrors
from medsender_desktop.sandbox.http import Ctx, endpoint
from medsender_desktop.sandbox.state import SandboxState
from medsender_desktop.sandbox.timeutil import now_iso

NUMBER_NOT_FOUND = "No fax number of yours has that ID."
CLIENT_NOT_FOUND = "No client of yours has that ID."
_AREA_CODE = re.compile(r"^\d{3}$")
#: Provisioned numbers use the 555-0100..0199 block, reserved for fiction in North America.
_LINE_NUMBERS = tuple(f"555{n:04d}" for n in range(100, 200))


def _check_area_code(value: str | None) -> str:
    code = (value or "").strip()
    if not code:
        raise ValidationError("Enter the area code the new number should have, e.g. 415.",
                              field="area_code")
    if not _AREA_CODE.match(code):
        raise ValidationError("The area code must be three digits, e.g. 415.", field="area_code")
    return code


def _candidates(area_code: str, state: SandboxState) -> list[str]:
    numbers = []
    for line in _LINE_NUMBERS:
        parsed = phonenumbers.parse(f"+1{area_code}{line}")
        if phonenumbers.is_valid_number(parsed):
            numbers.append(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
    state.rng.shuffle(numbers)
    return numbers


async def _client_exists(state: SandboxState, client_id: str | None, errors: FieldErrors,
                         field: str = "client_id") -> None:
    if client_id and await state.db.call(store_accounts.get_client, client_id) is None:
        errors.add(field, "No client of yours has that ID. Create the client first.")


async def get_fax_number(ctx: Ctx) -> Response:
    number = await ctx.state.db.call(store_accounts.get_number, ctx.path("number_id"))
    if number is None:
        raise NotFound(NUMBER_NOT_FOUND, status=404)
    return ctx.respond({"fax_number": serialize.fax_number(number, ctx.api_base)})


async def list_fax_numbers(ctx: Ctx) -> Response:
    numbers = await ctx.state.db.call(store_accounts.list_numbers)
    return ctx.respond({"fax_numbers": [serialize.fax_number(n, ctx.api_base) for n in numbers]})


async def provision_fax_number(ctx: Ctx) -> Response:
    state = ctx.state
    body = await ctx.body()
    errors = FieldErrors()
    area_code = errors.check(_check_area_code, body.get("area_code"))
    callback_url = errors.check(fields.callback_url, body.get("callback_url"))
    client_id = errors.check(fields.text, body.get("client_id"), "client_id")
    await _client_exists(state, client_id, errors)
    candidates = _candidates(area_code, state) if area_code else []
    if area_code and not candidates:
        errors.add("area_code", "That area code is not in use in the US or Canada.")
    errors.raise_if_any()
    for e164 in candidates:
        if await state.db.call(store_accounts.number_taken, e164):
            continue
        try:
            number = await state.db.call(store_accounts.create_number, e164, now_iso(),
                                         client_id, callback_url)
        except sqlite3.IntegrityError:  # taken between the check and the insert
            continue
        return ctx.respond({"fax_number": serialize.fax_number(number, ctx.api_base)})
    errors.add("area_code", "No more sandbox numbers are free in that area code; try another.")
    errors.raise_if_any()
    raise AssertionError("unreachable")


async def update_fax_number(ctx: Ctx) -> Response:
    state = ctx.state
    number_id = ctx.path("number_id")
    if await state.db.call(store_accounts.get_number, number_id) is None:
        raise NotFound(NUMBER_NOT_FOUND, status=404)
    body = await ctx.body()
    errors = FieldErrors()
    changes: dict[str, str | None] = {}
    if "callback_url" in body.fields:
        changes["callback_url"] = errors.check(fields.callback_url, body.get("callback_url"))
    if "client_id" in body.fields:
        changes["client_id"] = errors.check(fields.text, body.get("client_id"), "client_id")
        await _client_exists(state, changes["client_id"], errors)
    if not changes and not errors.fields:
        errors.add("callback_url", "Send a callback_url and/or a client_id to change.")
    errors.raise_if_any()
    number = await state.db.call(store_accounts.update_number, number_id, **changes)
    return ctx.respond({"fax_number": serialize.fax_number(number, ctx.api_base)})


async def _client_body(ctx: Ctx, client_id: str) -> dict:
    client = await ctx.state.db.call(store_accounts.get_client, client_id)
    if client is None:
        raise NotFound(CLIENT_NOT_FOUND, status=404)
    numbers = await ctx.state.db.call(store_accounts.list_numbers, client_id)
    return {"client": serialize.client(client, numbers, ctx.api_base)}


async def get_client(ctx: Ctx) -> Response:
    return ctx.respond(await _client_body(ctx, ctx.path("client_id")))


async def list_clients(ctx: Ctx) -> Response:
    clients = await ctx.state.db.call(store_accounts.list_clients)
    grouped = await ctx.state.db.call(store_accounts.numbers_by_client)
    return ctx.respond({"clients": [
        serialize.client(c, grouped.get(c.id, []), ctx.api_base) for c in clients
    ]})


async def create_client(ctx: Ctx) -> Response:
    state = ctx.state
    body = await ctx.body()
    errors = FieldErrors()
    name = errors.check(fields.text, body.get("name"), "name", required=True)
    number_id = errors.check(fields.text, body.get("fax_number_id"), "fax_number_id")
    if number_id and await state.db.call(store_accounts.get_number, number_id) is None:
        errors.add("fax_number_id", "No fax number of yours has that ID.")
    errors.raise_if_any()
    client = await state.db.call(store_accounts.create_client, name, now_iso(), number_id)
    return ctx.respond(await _client_body(ctx, client.id))


async def rename_client(ctx: Ctx) -> Response:
    state = ctx.state
    client_id = ctx.path("client_id")
    if await state.db.call(store_accounts.get_client, client_id) is None:
        raise NotFound(CLIENT_NOT_FOUND, status=404)
    body = await ctx.body()
    errors = FieldErrors()
    name = errors.check(fields.text, body.get("name"), "name", required=True)
    errors.raise_if_any()
    await state.db.call(store_accounts.rename_client, client_id, name)
    return ctx.respond(await _client_body(ctx, client_id))


P = wire.API_PREFIX
routes = [
    Route(P + wire.FAX_NUMBERS, endpoint(list_fax_numbers), methods=["GET"]),
    Route(P + wire.FAX_NUMBERS, endpoint(provision_fax_number), methods=["POST"]),
    Route(P + wire.FAX_NUMBER, endpoint(get_fax_number), methods=["GET"]),
    Route(P + wire.FAX_NUMBER, endpoint(update_fax_number), methods=["PATCH"]),
    Route(P + wire.CLIENTS, endpoint(list_clients), methods=["GET"]),
    Route(P + wire.CLIENTS, endpoint(create_client), methods=["POST"]),
    Route(P + wire.CLIENT, endpoint(get_client), methods=["GET"]),
    Route(P + wire.CLIENT, endpoint(rename_client), methods=["PATCH"]),
]
