"""The AI service against the real sandbox: run an analysis and follow it to its result."""

from __future__ import annotations

from medsender_desktop.services.ai import AiService
from tests.paths import CORPUS


async def test_an_analysis_is_followed_to_its_result(api) -> None:
    ai = AiService(api, poll_seconds=(0.02,), give_up_after=20.0)
    job = await ai.run(CORPUS / "pdflatex-4-pages.pdf")
    assert job.token and job.status == "processing" and not job.is_final
    states = [state async for state in ai.follow(job)]
    assert states, "at least one check"
    assert all(s.token == job.token for s in states)
    assert [s.is_final for s in states] == [False] * (len(states) - 1) + [True]
    assert states[-1].succeeded and states[-1].document_classification


async def test_analyze_gives_the_final_result(api) -> None:
    result = await AiService(api, poll_seconds=(0.02,)).analyze(CORPUS / "minimal-document.pdf")
    assert result.is_final and result.succeeded


async def test_following_stops_after_the_time_given(api) -> None:
    ai = AiService(api, poll_seconds=(0.02,), give_up_after=0.0)
    job = await ai.run(CORPUS / "minimal-document.pdf")
    assert [state async for state in ai.follow(job)] == []  # gave up at once: no check made
