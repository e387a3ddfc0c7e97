"""One outbox entry's step: its upload, or the search for it after an unknown outcome.

The runner in :mod:`.outbox` decides what is due and starts at most one step per number;
:class:`EntrySteps` carries a step out and records where it left the entry:

* uploaded → ``sent`` with its send token;
* refused (400/401/403/404, a document problem) → ``failed`` with the reason in plain words;
* 503 or a connection that never opened → stays ``queued``, tried again after a backoff;
* a lost answer, a 429, another 5xx, an unreadable 200 → ``unknown``; the reconcile step then
  adopts the fax found among Medsender's sent faxes, or queues it again when it is not there.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from typing import TYPE_CHECKING

from medsender_desktop.api import FaxRequest
from medsender_desktop.errors import (
    ApiError,
    DocumentError,
    MedsenderError,
    NetworkError,
    RateLimited,
    SendOutcomeUnknown,
    ServerError,
    ServiceUnavailable,
)
from medsender_desktop.services.outbox_reconcile import find_sent
from medsender_desktop.services.outbox_request import fax_request
from medsender_desktop.services.outbox_store import OutboxEntry, OutboxState
from medsender_desktop.services.outbox_types import UploadProgress

if TYPE_CHECKING:
    from medsender_desktop.services.outbox import Outbox

log = logging.getLogger(__name__)
S = OutboxState


class EntrySteps:
    def __init__(self, outbox: Outbox) -> None:
        self._outbox = outbox
        self._checks: dict[str, int] = {}  # failed searches per entry (their backoff)

    async def _request(self, entry: OutboxEntry) -> FaxRequest:
        return fax_request(entry, await self._outbox.documents_of(entry))

    def _backoff(self, tries: int, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return time.time() + retry_after
        config = self._outbox.config
        wait = min(config.backoff_max, config.backoff_initial * 2 ** max(0, tries - 1))
        return time.time() + float(wait) * random.uniform(0.8, 1.2)

    async def upload(self, entry: OutboxEntry) -> None:
        outbox = self._outbox
        tries = entry.tries + 1
        if not await outbox.store.change(
                entry.id, expect=(S.QUEUED,), state=S.UPLOADING, tries=tries,
                first_attempt_at=entry.first_attempt_at or time.time(),
                event="attempt", detail=f"Upload attempt {tries}."):
            return  # cancelled meanwhile
        await outbox._announce(entry.id)

        def progress(sent: int, total: int) -> None:
            outbox.progress.emit(UploadProgress(entry.id, sent, total))

        outcome: dict[str, object]
        try:
            result = await outbox.client.send_fax(await self._request(entry), progress=progress)
        except RateLimited as exc:
            # The API docs say only that the rate limit was hit, not that nothing was queued:
            # look for the fax before sending it again (README, "Retries").
            outcome = {**self._unknown(exc), "next_try_at": self._backoff(tries, exc.retry_after)}
        except ServiceUnavailable as exc:
            outcome = {"state": S.QUEUED, "next_try_at": self._backoff(tries, exc.retry_after),
                       "event": "upload_refused",
                       "detail": f"{exc.message} Trying again shortly."}
        except NetworkError as exc:  # the connection never opened: nothing reached Medsender
            outcome = {"state": S.QUEUED, "next_try_at": self._backoff(tries),
                       "event": "upload_failed",
                       "detail": f"{exc.message} Trying again shortly."}
        except (SendOutcomeUnknown, ServerError) as exc:
            outcome = self._unknown(exc)
        except (ApiError, DocumentError) as exc:
            outcome = {"state": S.FAILED, "error": exc.message, "event": "upload_refused",
                       "detail": exc.message}
        except MedsenderError as exc:  # e.g. a 200 without a send token: it may be stored
            outcome = self._unknown(exc)
        except asyncio.CancelledError:
            raise  # stays "uploading": the next start reconciles it
        except Exception as exc:
            log.exception("outbox upload failed unexpectedly")
            outcome = self._unknown(exc)
        else:
            outcome = {"state": S.SENT, "token": result.token, "delivery": "queued",
                       "event": "uploaded", "detail": "Medsender accepted the fax."}
        await outbox.store.change(entry.id, expect=(S.UPLOADING,), **outcome)  # type: ignore[arg-type]
        await outbox._after(entry.id)

    def _unknown(self, exc: BaseException) -> dict[str, object]:
        log.info("outbox: upload outcome unknown (%s); reconciling before any resend",
                 type(exc).__name__)
        return {"state": S.UNKNOWN, "unknown_since": time.time(), "next_try_at": 0.0,
                "event": "unknown", "detail": "The answer was lost; checking whether Medsender "
                "has the fax before sending it again."}

    async def reconcile(self, entry: OutboxEntry) -> None:
        outbox = self._outbox
        try:
            fax = await find_sent(outbox.client, entry,
                                  claimed=await outbox.store.claimed_tokens(),
                                  skew_seconds=outbox.config.skew_seconds)
        except MedsenderError as exc:
            self._checks[entry.id] = failures = self._checks.get(entry.id, 0) + 1
            await outbox.store.change(entry.id, expect=(S.UNKNOWN,),
                                      next_try_at=self._backoff(failures),
                                      event="check_failed", detail=exc.message)
            return
        self._checks.pop(entry.id, None)
        if fax is not None:
            await outbox.store.change(
                entry.id, expect=(S.UNKNOWN,), state=S.SENT, token=fax.send_token,
                delivery="queued", event="reconciled",
                detail="Found among Medsender's sent faxes: not sent again.")
            await outbox._after(entry.id)
            await outbox._follower.apply(fax)
            return
        await outbox.store.change(
            entry.id, expect=(S.UNKNOWN,), state=S.QUEUED, next_try_at=0.0,
            unknown_since=None, event="reconciled",
            detail="Not found among Medsender's sent faxes: sending it again.")
        await outbox._after(entry.id)
