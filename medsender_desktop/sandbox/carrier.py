"""The simulated carrier: a background task that moves every queued job to a final state.

Faxes (sent and forwarded) go queued -> inprogress -> success/failure with up to 5 attempts,
the outcome decided by the destination number (``wire.attempts_to_succeed``); emails and
AI jobs run through :mod:`jobs`. Each job's next step time is stored in the database, so a
restarted sandbox resumes exactly where it stopped. A final state and its callback are
written in one transaction (see store_jobs).
"""

from __future__ import annotations

import asyncio
import logging
import time
from contextlib import suppress
from dataclasses import replace

from medsender_desktop import wire
from medsender_desktop.sandbox import jobs, serialize, store_accounts, store_faxes, store_jobs
from medsender_desktop.sandbox.intake import build_transmitted
from medsender_desktop.sandbox.logsafe import describe
from medsender_desktop.sandbox.records import SentFax
from medsender_desktop.sandbox.state import SandboxState
from medsender_desktop.sandbox.store_jobs import record_callback
from medsender_desktop.sandbox.timeutil import iso

log = logging.getLogger(__name__)

ERROR_PAUSE = 1.0  # seconds to wait after an unexpected failure before the next round
BUSY = "busy"
NO_ANSWER = "no_answer"
SUCCESS = "success"
_FAILURE_MESSAGES = {
    BUSY: "The line was busy on all {n} attempts.",
    NO_ANSWER: "The fax machine did not answer on any of the {n} attempts.",
}


def failed_attempt_result(to_number: str) -> str:
    """How attempts to this number fail: busy if the digit before the last four is even."""
    digits = [c for c in to_number if c.isdigit()]
    return BUSY if len(digits) < 5 or int(digits[-5]) % 2 == 0 else NO_ANSWER


def error_details(to_number: str, attempts: int) -> dict:
    code = failed_attempt_result(to_number)
    return {"code": code, "message": _FAILURE_MESSAGES[code].format(n=attempts),
            "attempts": attempts}


class Carrier:
    """Runs every due step; sleeps until the next one is due or a new job wakes it."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state
        self.wake = asyncio.Event()
        state.carrier_wake = self.wake

    async def run(self) -> None:
        while True:
            self.wake.clear()
            try:
                if await self.tick(time.time()):
                    continue
                due = await self.state.db.call(store_jobs.next_due)
                timeout = None if due is None else due - time.time()
            except Exception as exc:  # keep the carrier alive; the next round retries
                log.error("carrier round failed: %s", describe(exc))
                timeout = ERROR_PAUSE
            if timeout is not None and timeout <= 0:
                continue
            with suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), timeout)

    async def tick(self, now: float) -> int:
        """Run the steps due at ``now``; returns how many ran."""
        db = self.state.db
        done = 0
        for fax in await db.call(store_faxes.due_sent, now):
            await self._guarded(self.step_fax, fax)
            done += 1
        for mail in await db.call(store_jobs.due_emails, now):
            await self._guarded(jobs.step_email, self.state, mail)
            done += 1
        for job in await db.call(store_jobs.due_ai_jobs, now):
            await self._guarded(jobs.run_ai_job, self.state, job)
            done += 1
        if done:
            self.state.wake_callbacks()
        return done

    async def _guarded(self, step, *args) -> None:
        try:
            await step(*args)
        except Exception as exc:  # one broken job must not stop the carrier for all others
            log.error("carrier step failed (%s); the job is marked failed", describe(exc))
            await jobs.abandon(self.state, args[-1])

    async def step_fax(self, fax: SentFax) -> None:
        state = self.state
        now = time.time()
        stamp = iso(now)
        timing = state.timing
        attempts = [dict(a) for a in fax.attempts]
        changes: dict = {}
        if not attempts or attempts[-1].get("ended_at"):
            if fax.transmitted_sha is None:
                built = await build_transmitted(state, fax, state.base_url)
                await state.db.call(store_faxes.set_transmitted, fax.token, built.sha256,
                                    built.kind, built.pages, built.data)
            attempts.append({"attempt": len(attempts) + 1, "started_at": stamp,
                             "ended_at": None, "result": None})
            changes = {"sent_status": wire.SentStatus.INPROGRESS.value, "attempts": attempts,
                       "next_step_at": now + timing.pick(timing.attempt_duration, state.rng)}
            await state.db.call(store_faxes.advance_sent, fax.token, fax.next_step_at, changes,
                                None)
            return
        number = len(attempts)
        succeeded = wire.attempts_to_succeed(fax.to_number) == number
        result = SUCCESS if succeeded else failed_attempt_result(fax.to_number)
        attempts[-1] = {**attempts[-1], "ended_at": stamp, "result": result}
        if not succeeded and number < wire.MAX_ATTEMPTS:
            changes = {"attempts": attempts,
                       "next_step_at": now + timing.pick(timing.retry_gap, state.rng)}
            await state.db.call(store_faxes.advance_sent, fax.token, fax.next_step_at, changes,
                                None)
            return
        final = wire.SentStatus.SUCCESS if succeeded else wire.SentStatus.FAILURE
        changes = {"sent_status": final.value, "attempts": attempts, "completed_at": stamp,
                   "next_step_at": None,
                   "error_details": None if succeeded else error_details(fax.to_number, number)}
        finished = replace(fax, **changes)
        sender = await state.db.call(store_accounts.find_number, fax.from_number)
        url = fax.callback_url or (sender.callback_url if sender else None)
        callback = record_callback(wire.CallbackKind.SENT_FAX, fax.token, stamp, url,
                                   serialize.sent_fax(finished, None), now)
        await state.db.call(store_faxes.advance_sent, fax.token, fax.next_step_at, changes,
                            callback)
