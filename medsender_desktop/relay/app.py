"""The relay's ASGI app: routes, and a lifespan that opens the store and runs retention."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from typing import Final

from starlette.applications import Starlette
from starlette.routing import Route

from medsender_desktop import wire
from medsender_desktop.relay import outbound
from medsender_desktop.relay.callbacks import receive_callback
from medsender_desktop.relay.events import EventStore
from medsender_desktop.relay.runtime import EventSignal, RelayRuntime
from medsender_desktop.relay.sealing import Sealer
from medsender_desktop.relay.settings import RelaySettings

log = logging.getLogger(__name__)

PURGE_INTERVAL_SECONDS: Final = 3600.0
#: A document younger than this may belong to a callback still being committed.
ORPHAN_MIN_AGE_SECONDS: Final = 3600.0
DAY_MS: Final = 24 * 3600 * 1000
ANY_METHOD: Final = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


async def purge_expired(runtime: RelayRuntime, *, orphan_min_age: float) -> int:
    """Delete events (and documents) older than the retention period, then orphan files."""
    cutoff_ms = int(time.time() * 1000) - runtime.settings.retention_days * DAY_MS
    removed = await runtime.store.purge_older_than(cutoff_ms)
    await runtime.store.sweep_orphan_files(min_age_seconds=orphan_min_age)
    if removed:
        log.info("retention: removed %d event(s) older than %d days", removed,
                 runtime.settings.retention_days)
    return removed


async def _purge_periodically(runtime: RelayRuntime, interval: float) -> None:
    while True:
        await asyncio.sleep(interval)
        try:
            await purge_expired(runtime, orphan_min_age=ORPHAN_MIN_AGE_SECONDS)
        except Exception:  # keep purging next time; the failure is logged with its traceback
            log.exception("retention purge failed")


class RelayApp(Starlette):
    """The Starlette app, plus :meth:`close_streams` for a clean, quick shutdown.

    A server waits for open responses before it stops, and an event stream never ends by
    itself: call ``close_streams()`` (from any thread) just before stopping the server.
    ``medsender-relay`` does this on SIGTERM / Ctrl+C.
    """

    runtime: RelayRuntime | None = None
    loop: asyncio.AbstractEventLoop | None = None

    def close_streams(self) -> None:
        runtime, loop = self.runtime, self.loop
        if runtime is not None and loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(runtime.signal.close)


def create_app(settings: RelaySettings, *,
               purge_interval: float = PURGE_INTERVAL_SECONDS) -> RelayApp:
    """The relay app. Secrets come in through ``settings`` only."""

    @contextlib.asynccontextmanager
    async def lifespan(app: RelayApp) -> AsyncIterator[dict[str, RelayRuntime]]:
        loop = asyncio.get_running_loop()
        signal = EventSignal()

        def on_commit() -> None:
            if not loop.is_closed():
                loop.call_soon_threadsafe(signal.publish)

        store = await asyncio.to_thread(
            EventStore, settings.data_dir, Sealer(settings.encryption_key), on_commit
        )
        runtime = RelayRuntime(settings, store, signal)
        # Nothing is in flight yet: every unreferenced document is an orphan of a crash.
        await purge_expired(runtime, orphan_min_age=0.0)
        purger = asyncio.create_task(_purge_periodically(runtime, purge_interval),
                                     name="relay-retention")
        app.runtime, app.loop = runtime, loop
        log.info("relay ready (data directory %s)", settings.data_dir)
        try:
            yield {"relay": runtime}
        finally:
            app.runtime = None
            purger.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await purger
            await asyncio.to_thread(store.close)

    routes = [
        Route(wire.RELAY_CALLBACKS, receive_callback, methods=["POST"]),
        Route(wire.RELAY_CALLBACKS_OF_KIND, receive_callback, methods=["POST"]),
        Route(wire.RELAY_EVENTS, outbound.list_events, methods=["GET"]),
        Route(wire.RELAY_EVENT_STREAM, outbound.stream_events, methods=["GET"]),
        Route(wire.RELAY_FILE, outbound.get_file, methods=["GET"]),
        Route(wire.RELAY_HEALTH, outbound.health, methods=["GET"]),
        # Anything else: token first, then 404. Never a redirect: Starlette's trailing-slash
        # redirect builds its Location from the client's Host header.
        Route("/{path:path}", outbound.not_found, methods=list(ANY_METHOD)),
    ]
    app = RelayApp(routes=routes, lifespan=lifespan)
    app.router.redirect_slashes = False
    return app
