"""Sent and received faxes: send, fetch, list, forward."""

from __future__ import annotations

from starlette.responses import Response
from starlette.routing import Route

from medsender_desktop import wire
from medsender_desktop.errors import NotFound
from medsender_desktop.sandbox import lists, serialize, store_accounts, store_faxes
from medsender_desktop.sandbox.fields import FieldErrors
from medsender_desktop.sandbox.http import Ctx, endpoint
from medsender_desktop.sandbox.intake import Accepted, accept_upload
from medsender_desktop.sandbox.sending import SENT_MESSAGE, queue_fax, validate_fax_fields

SENT_NOT_FOUND = "No sent fax has that send token. Check the fax ID returned when it was sent."
RECEIVED_NOT_FOUND = "No received fax has that send token."
NOTHING_TO_FORWARD = "No page of this fax arrived, so there is nothing to forward."


def _params(ctx: Ctx) -> dict[str, str]:
    return dict(ctx.request.query_params)


async def send_fax(ctx: Ctx) -> Response:
    body = await ctx.body()
    errors = FieldErrors()
    document = await accept_upload(ctx.state, body, errors)
    values = await validate_fax_fields(ctx.state, body, errors)
    errors.raise_if_any()
    assert document is not None and values is not None
    token = await queue_fax(ctx, values, document)
    return ctx.respond({"message": SENT_MESSAGE, "fax_id": token})


async def get_sent_fax(ctx: Ctx) -> Response:
    fax = await ctx.state.db.call(store_faxes.get_sent, ctx.path("send_token"))
    if fax is None:
        raise NotFound(SENT_NOT_FOUND, status=404)
    return ctx.respond(serialize.sent_fax(fax, ctx.link))


async def list_sent_faxes(ctx: Ctx) -> Response:
    query = lists.sent_query(_params(ctx))
    page = await ctx.state.db.call(store_faxes.list_sent, query)
    return ctx.respond({
        "sent_faxes": [serialize.sent_fax(f, ctx.link) for f in page.items],
        "meta": serialize.meta(page),
    })


async def get_received_fax(ctx: Ctx) -> Response:
    fax = await ctx.state.db.call(store_faxes.get_received, ctx.path("send_token"))
    if fax is None:
        raise NotFound(RECEIVED_NOT_FOUND, status=404)
    return ctx.respond(serialize.received_fax(fax, ctx.link))


async def list_received_faxes(ctx: Ctx) -> Response:
    query = lists.received_query(_params(ctx))
    page = await ctx.state.db.call(store_faxes.list_received, query)
    return ctx.respond({
        "received_faxes": [serialize.received_fax(f, None) for f in page.items],
        "meta": serialize.meta(page),
    })


async def forward_received_fax(ctx: Ctx) -> Response:
    state = ctx.state
    received = await state.db.call(store_faxes.get_received, ctx.path("send_token"))
    if received is None:
        raise NotFound(RECEIVED_NOT_FOUND, status=404)
    body = await ctx.body()
    errors = FieldErrors()
    if received.num_pages == 0:
        errors.add("send_token", NOTHING_TO_FORWARD)
    values = await validate_fax_fields(state, body, errors, default_from=received.to_number)
    errors.raise_if_any()
    assert values is not None
    stored = await state.db.call(store_accounts.get_document, received.document_sha)
    if stored is None:
        raise NotFound("The received fax's document is no longer stored.", status=404)
    document = Accepted(stored.sha256, stored.kind, stored.pages, stored.data)
    token = await queue_fax(ctx, values, document, forwarded_from=received.token)
    return ctx.respond({"message": SENT_MESSAGE, "fax_id": token})


P = wire.API_PREFIX
routes = [
    Route(P + wire.SENT_FAXES, endpoint(send_fax), methods=["POST"]),
    Route(P + wire.SENT_FAXES, endpoint(list_sent_faxes), methods=["GET"]),
    Route(P + wire.SENT_FAX, endpoint(get_sent_fax), methods=["GET"]),
    Route(P + wire.RECEIVED_FAXES, endpoint(list_received_faxes), methods=["GET"]),
    Route(P + wire.RECEIVED_FAX, endpoint(get_received_fax), methods=["GET"]),
    Route(P + wire.FORWARD_RECEIVED_FAX, endpoint(forward_received_fax), methods=["POST"]),
]
