"""Document AI: run an analysis and follow it to its result (plain asyncio, no Qt)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

from medsender_desktop import wire
from medsender_desktop.api import AiResult, MedsenderClient

#: pauses between checks of a running analysis (the last one repeats)
POLL_SECONDS: tuple[float, ...] = (0.5, 1.0, 2.0, 3.0, 5.0)
#: stop following an analysis that has not finished after this long
GIVE_UP_AFTER = 120.0


class AiService:
    """Runs Medsender's document AI for one session's client."""

    def __init__(self, client: MedsenderClient, *, poll_seconds: Sequence[float] = POLL_SECONDS,
                 give_up_after: float = GIVE_UP_AFTER) -> None:
        self._client = client
        self._poll = tuple(poll_seconds)
        self._give_up_after = give_up_after

    async def run(self, document: Path | bytes) -> AiResult:
        """Upload ``document`` (a file or its bytes) for analysis; the answer is the job,
        still processing."""
        started = await self._client.run_ai(document)
        return AiResult(ai_token=started.token, status=wire.AiStatus.PROCESSING)

    async def follow(self, job: AiResult) -> AsyncIterator[AiResult]:
        """Each fresh state of ``job`` until it is final or :data:`GIVE_UP_AFTER` has passed
        (then the last state seen was the last one yielded)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._give_up_after
        attempt = 0
        result = job
        while not result.is_final and loop.time() < deadline:
            # pacing between checks of a remote job, not a wait for a local condition
            await asyncio.sleep(self._poll[min(attempt, len(self._poll) - 1)])
            attempt += 1
            result = await self._client.get_ai_result(job.ai_token)
            yield result

    async def analyze(self, document: Path | bytes) -> AiResult:
        """Run and follow to the end; the final result (or the last one seen)."""
        result = job = await self.run(document)
        async for update in self.follow(job):
            result = update
        return result
