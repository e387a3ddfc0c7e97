"""The sandbox ASGI app: routes, error handlers, and a lifespan running the background workers."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route

from medsender_desktop import wire
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.errors import ApiError, DocumentError
from medsender_desktop.sandbox import (
    openapi,
    routes_accounts,
    routes_emails_ai,
    routes_faxes,
    routes_sandbox,
    store_accounts,
)
from medsender_desktop.sandbox.callbacks import CallbackSender
from medsender_desktop.sandbox.carrier import Carrier
from medsender_desktop.sandbox.db import Database
from medsender_desktop.sandbox.demo import seed_demo
from medsender_desktop.sandbox.faults import FaultInjector, FaultPlan, FaultSettings
from medsender_desktop.sandbox.http import (
    Ctx,
    endpoint,
    on_api_error,
    on_client_gone,
    on_document_error,
    on_http_exception,
    on_unexpected,
)
from medsender_desktop.sandbox.links import LinkSigner, new_link_secret
from medsender_desktop.sandbox.logsafe import describe
from medsender_desktop.sandbox.settings import (
    SandboxSettings,
    key_from_environment,
    new_api_key,
    new_client_secret,
)
from medsender_desktop.sandbox.state import RateLimiter, SandboxState

log = logging.getLogger(__name__)


async def openapi_document(ctx: Ctx) -> Response:
    return ctx.respond(openapi.document(ctx.state.dialect, ctx.base_url), raw=True)


def _by_path(routes: list[Route]) -> list[Route]:
    """One Route per path dispatching on the method, so 405 answers list every allowed method."""
    groups: dict[str, dict[str, object]] = {}
    for route in routes:
        for method in route.methods or ():
            if method != "HEAD":
                groups.setdefault(route.path, {})[method] = route.endpoint
    merged = []
    for path, handlers in groups.items():
        async def dispatch(request: Request, handlers: dict = handlers) -> Response:
            method = "GET" if request.method == "HEAD" else request.method
            return await handlers[method](request)

        merged.append(Route(path, dispatch, methods=list(handlers)))
    return merged


ROUTES = _by_path([
    *routes_faxes.routes, *routes_emails_ai.routes, *routes_accounts.routes,
    *routes_sandbox.routes,
    Route(wire.API_PREFIX + wire.OPENAPI, endpoint(openapi_document, auth="none"),
          methods=["GET"]),
])


def _resolve_keys(db: Database, settings: SandboxSettings) -> tuple[str, str, str]:
    """Settings, then environment, then the keys this database was created with, else new."""
    env_key, env_secret = key_from_environment()
    stored_key = db.call_sync(store_accounts.get_meta, "api_key")
    stored_secret = db.call_sync(store_accounts.get_meta, "client_secret")
    api_key = settings.api_key or env_key or stored_key or new_api_key()
    secret = settings.client_secret or env_secret or stored_secret or new_client_secret()
    if api_key != stored_key:
        db.call_sync(store_accounts.set_meta, "api_key", api_key)
    if secret != stored_secret:
        db.call_sync(store_accounts.set_meta, "client_secret", secret)
    link_secret = db.call_sync(store_accounts.meta_or_default, "link_secret", new_link_secret())
    return api_key, secret, link_secret


def _log_crash(task: asyncio.Task) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("sandbox worker %s stopped: %s", task.get_name(), describe(task.exception()))


class SandboxApp(Starlette):
    """Starlette with the fault injector outermost, where it sees the server's own ``send``
    (a connection reset needs the server's transport)."""

    fault_injector: FaultInjector

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.fault_injector(scope, receive, send, super().__call__)


def create_app(settings: SandboxSettings, *, documents: DocumentWorker) -> Starlette:
    """The sandbox as an ASGI app; ``app.state.sandbox`` holds its keys, database and workers.

    ``documents`` is the process's one documents worker; its owner closes it.
    """
    db = Database(settings.db)
    api_key, secret, link_secret = _resolve_keys(db, settings)
    state = SandboxState(
        settings=settings, api_key=api_key, client_secret=secret, db=db,
        links=LinkSigner(link_secret), limiter=RateLimiter(settings.rate_limit_per_minute),
        documents=documents,
        faults=FaultPlan(settings.faults or FaultSettings()),
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if settings.demo:
            await seed_demo(state)
        carrier = Carrier(state)
        sender = CallbackSender(state)
        tasks = [asyncio.create_task(carrier.run(), name="carrier"),
                 asyncio.create_task(sender.run(), name="callbacks")]
        for task in tasks:
            task.add_done_callback(_log_crash)
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await sender.aclose()
            db.close()

    app = SandboxApp(
        routes=ROUTES,
        exception_handlers={
            HTTPException: on_http_exception, ApiError: on_api_error,
            DocumentError: on_document_error, ClientDisconnect: on_client_gone,
            Exception: on_unexpected,
        },
        lifespan=lifespan,
    )
    app.state.sandbox = state
    app.fault_injector = FaultInjector(state.faults)
    return app
