"""The AI tab's queue and history against the real sandbox (no Qt): an analysis cut off by
quitting is followed again at the next start, an upload cut off fails with Retry from the kept
copy, and a history sealed with a lost key is dropped rather than misread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from medsender_desktop.services.ai_history import AiEntry, AiHistory, AiState
from medsender_desktop.services.ai_runs import CUT_OFF, AiRuns
from tests.paths import CORPUS
from tests.waiting import until

KEY = bytes(range(32))
DOCUMENT = CORPUS / "pdflatex-4-pages.pdf"


def stored_bytes(folder: Path) -> bytes:
    """Everything SQLite wrote for the history (the file and its -wal/-shm companions)."""
    return b"".join(p.read_bytes() for p in folder.glob("ai_history.sqlite3*"))


def state_of(runs: AiRuns, entry_id: str) -> AiState | None:
    entry = runs.entry(entry_id)
    return entry.state if entry is not None else None


async def test_an_analysis_cut_off_by_quitting_is_followed_at_the_next_start(
        api, documents, tmp_path: Path) -> None:
    history = AiHistory.in_dir(tmp_path, key=KEY)
    seen: list[AiEntry] = []
    runs = AiRuns(api, documents, history, profile_id="p", poll_seconds=(3600.0,))
    runs.changed.connect(seen.append)
    (entry,) = runs.add([DOCUMENT])
    await until(lambda: state_of(runs, entry.id) is AiState.ANALYSING, "uploaded")
    await runs.stop()  # the app quits while Medsender is still analysing (as far as it knows)
    history.close()
    states = [e.state for e in seen]
    assert states[0] is AiState.WAITING and AiState.UPLOADING in states
    assert states.index(AiState.UPLOADING) < states.index(AiState.ANALYSING)
    size = DOCUMENT.stat().st_size  # the upload's bytes are counted up to the whole body
    counted = [(e.sent, e.total) for e in seen if e.state is AiState.UPLOADING]
    assert counted[-1][0] == counted[-1][1] >= size
    assert [sent for sent, _ in counted] == sorted(sent for sent, _ in counted)

    history = AiHistory.in_dir(tmp_path, key=KEY)
    try:
        again = AiRuns(api, documents, history, profile_id="p", poll_seconds=(0.02,))
        await again.start()
        assert state_of(again, entry.id) is AiState.ANALYSING
        await until(lambda: state_of(again, entry.id) is AiState.DONE, "the result after the restart")
        done = again.entry(entry.id)
        assert done is not None and done.file_name == DOCUMENT.name
        assert done.result is not None and done.result.document_classification
        assert await again.document(entry.id)  # the kept copy opens as PDF
        await again.stop()
    finally:
        history.close()


async def test_an_upload_cut_off_fails_with_the_reason_and_retry_sends_the_kept_copy(
        api, documents, tmp_path: Path) -> None:
    history = AiHistory.in_dir(tmp_path, key=KEY)
    try:
        entry = AiEntry(id="e1", file_name="gone.pdf", added_at=dt.datetime.now(dt.UTC),
                        state=AiState.UPLOADING, source=str(tmp_path / "gone.pdf"), kept=True)
        await history.keep_document("p", entry.id, DOCUMENT.read_bytes())
        await history.save("p", entry)
        runs = AiRuns(api, documents, history, profile_id="p", poll_seconds=(0.02,))
        await runs.start()
        cut = runs.entry("e1")
        assert cut is not None and cut.state is AiState.FAILED and cut.error == CUT_OFF
        runs.retry("e1")  # the original file is gone: the sealed copy goes
        await until(lambda: state_of(runs, "e1") is AiState.DONE, "the retried analysis")
        await runs.settled()
        assert [e.state for e in await history.load("p")] == [AiState.DONE]
        await runs.remove("e1")
        assert await history.load("p") == [] and await history.document("p", "e1") is None
        await runs.stop()
    finally:
        history.close()


async def test_a_history_sealed_with_another_key_is_dropped_not_misread(tmp_path: Path) -> None:
    history = AiHistory.in_dir(tmp_path, key=KEY)
    entry = AiEntry(id="e1", file_name="referral-kowalski.pdf", added_at=dt.datetime.now(dt.UTC),
                    state=AiState.DONE, kept=True)
    await history.save("p", entry)
    await history.keep_document("p", "e1", b"%PDF-1.7 Grace Kowalski")
    assert [e.file_name for e in await history.load("p")] == ["referral-kowalski.pdf"]
    history.close()
    raw = stored_bytes(tmp_path)
    assert b"kowalski" not in raw.lower()

    other = AiHistory.in_dir(tmp_path, key=bytes(32))  # the keychain lost the key
    try:
        assert await other.load("p") == [] and await other.document("p", "e1") is None
    finally:
        other.close()


async def _final(result: object) -> bool:
    return bool((await result).is_final)  # type: ignore[misc]


class EventBeforeAnswer:
    """The API client, except that the relay's ``ai`` event for an analysis reaches the queue
    before the upload's answer does (a fast result over a fast relay can)."""

    def __init__(self, client: object) -> None:
        self._client = client
        self.runs: AiRuns | None = None

    def __getattr__(self, name: str) -> object:
        return getattr(self._client, name)

    async def run_ai(self, *args: object, **kwargs: object) -> object:
        started = await self._client.run_ai(*args, **kwargs)  # type: ignore[attr-defined]
        assert self.runs is not None
        get = self._client.get_ai_result  # type: ignore[attr-defined]
        await until(lambda: _final(get(started.token)), "the analysis finished")
        self.runs.on_relay_event(started.token)  # its event, before the answer is handled
        return started


async def test_an_event_that_beats_the_upload_answer_is_not_lost(api, documents) -> None:
    client = EventBeforeAnswer(api)
    runs = AiRuns(client, documents, None, profile_id="p",  # type: ignore[arg-type]
                  callback_url="http://127.0.0.1:9/callbacks", relay_connected=lambda: True,
                  safety_poll=3600.0)
    client.runs = runs
    (entry,) = runs.add([DOCUMENT])
    # with a connected relay only an event starts a check; the safety poll is an hour away
    await until(lambda: state_of(runs, entry.id) is AiState.DONE, "the result", timeout=10)
    await runs.stop()


async def test_send_this_hands_over_the_analysed_document_not_a_file_saved_over_it(
        api, documents, tmp_path: Path) -> None:
    """EHRs export to fixed names: the file analysed as one patient's may hold the next
    patient's document by the time Send this is clicked. The send dialog gets what was analysed
    (the kept copy), never the newer content under the old name."""
    history = AiHistory.in_dir(tmp_path, key=KEY)
    export = tmp_path / "export" / "referral.pdf"
    export.parent.mkdir()
    export.write_bytes(DOCUMENT.read_bytes())
    try:
        entry = AiEntry(id="e1", file_name=export.name, added_at=dt.datetime.now(dt.UTC),
                        state=AiState.DONE, source=str(export), kept=True)
        await history.keep_document("p", entry.id, DOCUMENT.read_bytes())
        await history.save("p", entry)
        runs = AiRuns(api, documents, history, profile_id="p", poll_seconds=(3600.0,))
        await runs.start()
        assert await runs.fax_file("e1") == export  # unchanged: the file itself

        export.write_bytes((CORPUS / "minimal-document.pdf").read_bytes())  # the next export
        handed = await runs.fax_file("e1")
        assert handed != export and handed.read_bytes() == DOCUMENT.read_bytes()
        assert "referral" not in handed.name  # the private copy is named by the entry's id
        await runs.stop()
        assert not handed.exists()  # removed when the session closes
    finally:
        history.close()
