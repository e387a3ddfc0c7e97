"""The table models: Qt's model tester, incremental updates, search, sorting, 10,000 rows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from medsender_desktop.api import (
    AiResult,
    Attempt,
    Client,
    ClientRef,
    Email,
    FaxNumber,
    FaxStatus,
    ReceivedFax,
    SentFax,
    SentStatus,
)
from medsender_desktop.services.ai_history import AiEntry, AiState
from medsender_desktop.ui.models.ai_model import AiResultTableModel
from medsender_desktop.ui.models.directory_models import ClientTableModel, FaxNumberTableModel
from medsender_desktop.ui.models.received_model import ReceivedColumn, ReceivedTableModel
from medsender_desktop.ui.models.record_model import RECORD_ROLE, SORT_ROLE
from medsender_desktop.ui.models.search_proxy import RecordSearchProxy
from medsender_desktop.ui.models.sent_model import SentColumn, SentTableModel

pytestmark = pytest.mark.usefixtures("qapp")  # icons and fonts need a QApplication

T0 = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
STATUSES = list(SentStatus)


def sent_fax(i: int, status: SentStatus = SentStatus.SUCCESS) -> SentFax:
    return SentFax(
        send_token=f"tok{i:05d}", from_number="+12125550101", to_number=f"+1718555{i % 10000:04d}",
        sent_status=status, patient_name=f"Patient {i}", patient_dob=dt.date(1970, 1, 1 + i % 28),
        sender_name="Dr. Helen Marsh", recipient_name=f"Clinic {i % 7}", sent_at=T0 + dt.timedelta(minutes=i),
        attempts=(Attempt(1, T0, T0, "busy"),) if status == SentStatus.FAILURE else (),
        error_details={"code": "busy"} if status == SentStatus.FAILURE else None,
    )


def received_fax(i: int) -> ReceivedFax:
    return ReceivedFax(
        send_token=f"in{i:05d}", from_number="+13055550121", to_number="+12125550101",
        caller_name=f"Lab {i % 5}", completed_at=T0 + dt.timedelta(minutes=i), num_pages=1 + i % 4,
        fax_status=FaxStatus.SUCCESS if i % 9 else FaxStatus.FAILURE, client="c1",
        document_classification="Lab Result", patient_name=f"Patient {i}",
    )


def test_sent_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = SentTableModel()
    records = [sent_fax(i, STATUSES[i % 4]) for i in range(40)]
    records.append(Email(email_id="em1", recipient_email="records@example.org", email_status="queued",
                         sent_at=T0, patient_name="Patient E"))
    model.set_records(records)
    qtmodeltester.check(model, force_py=True)
    proxy = RecordSearchProxy()
    proxy.setSourceModel(model)
    proxy.set_search("patient 1")
    qtmodeltester.check(proxy, force_py=True)


def test_received_and_directory_models_pass_qt_model_tester(qtmodeltester) -> None:
    received = ReceivedTableModel()
    received.set_records([received_fax(i) for i in range(30)])
    received.set_read_state(lambda token: token.endswith("0"))
    received.set_client_names({"c1": "Riverside Family Medicine"})
    qtmodeltester.check(received, force_py=True)
    numbers = FaxNumberTableModel()
    numbers.set_records([FaxNumber(id=f"n{i}", number=f"+1212555010{i}",
                                   client=ClientRef("c1", "Riverside")) for i in range(3)])
    qtmodeltester.check(numbers, force_py=True)
    clients = ClientTableModel()
    number = FaxNumber(id="n1", number="+12125550101")
    clients.set_records([Client(client_id="c1", name="Riverside", fax_numbers=(number,))])
    qtmodeltester.check(clients, force_py=True)
    ai = AiResultTableModel()
    now = dt.datetime.now(dt.UTC)
    ai.set_records([
        AiEntry(id="e1", file_name="a.pdf", added_at=now, state=AiState.DONE, ai_token="a1",
                result=AiResult(ai_token="a1", status="completed", patient_name="P", summary="S")),
        AiEntry(id="e2", file_name="b.pdf", added_at=now, state=AiState.UPLOADING, sent=5, total=10),
        AiEntry(id="e3", file_name="c.pdf", added_at=now, state=AiState.FAILED, error="Damaged.")])
    qtmodeltester.check(ai, force_py=True)


def test_records_come_back_under_user_role_with_words_and_icons() -> None:
    model = SentTableModel()
    failed = sent_fax(1, SentStatus.FAILURE)
    model.set_records([sent_fax(0, SentStatus.QUEUED), failed])
    status = model.index(1, SentColumn.STATUS)
    assert status.data(RECORD_ROLE) is failed
    assert status.data() == "Failed"
    assert not status.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "busy" in status.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, SentColumn.STATUS).data() == "Queued"
    assert model.index(0, SentColumn.TO).data() == "(718) 555-0000"
    assert model.headerData(SentColumn.PATIENT, Qt.Orientation.Horizontal) == "Patient"
    assert model.data(QModelIndex()) is None


def test_upsert_touches_one_row_and_appends_new_ones(qtbot) -> None:
    model = SentTableModel()
    model.set_records([sent_fax(i, SentStatus.QUEUED) for i in range(5)])
    changed: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, roles=(): changed.append((a.row(), b.row())))
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    assert model.upsert(sent_fax(3, SentStatus.SUCCESS)) is False
    assert changed == [(3, 3)] and not inserted and not resets
    assert model.index(3, SentColumn.STATUS).data() == "Delivered"
    assert model.upsert(sent_fax(99, SentStatus.QUEUED)) is True
    assert inserted == [(5, 5)] and model.row_of("tok00099") == 5


def test_unread_rows_are_bold_and_counted() -> None:
    model = ReceivedTableModel()
    model.set_records([received_fax(i) for i in range(1, 4)])
    read = {"in00001"}
    model.set_read_state(lambda token: token in read)
    assert model.unread_count() == 2
    assert model.index(1, ReceivedColumn.STATUS).data() == "New"
    assert model.index(1, ReceivedColumn.CALLER).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, ReceivedColumn.CALLER).data(Qt.ItemDataRole.FontRole) is None
    read.add("in00002")
    model.refresh_key("in00002")
    assert model.unread_count() == 1 and model.index(1, ReceivedColumn.STATUS).data() == "Received"


@pytest.mark.parametrize("rows", [10_000])
def test_ten_thousand_rows_search_sort_and_update(rows: int) -> None:
    model = SentTableModel()
    model.set_records([sent_fax(i, STATUSES[i % 4]) for i in range(rows)])
    proxy = RecordSearchProxy()
    proxy.setSourceModel(model)
    proxy.sort(SentColumn.SENT_AT, Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount() == rows
    assert proxy.index(0, 0).data(RECORD_ROLE).send_token == f"tok{rows - 1:05d}"
    proxy.set_search("patient 4242")
    assert [proxy.index(r, 0).data(RECORD_ROLE).send_token for r in range(proxy.rowCount())] == ["tok04242"]
    proxy.set_search("555 4242")  # phone digits, any format
    assert proxy.rowCount() == 1
    proxy.set_search("")
    # a live update moves the row to its sorted place without a reset
    model.upsert(replace_time(model.find("tok00000"), T0 + dt.timedelta(days=400)))
    assert proxy.index(0, 0).data(RECORD_ROLE).send_token == "tok00000"
    proxy.sort(SentColumn.STATUS, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, SentColumn.STATUS).data() == "Queued"
    assert proxy.index(0, SentColumn.STATUS).data(SORT_ROLE) == 0


def replace_time(record: SentFax, when: dt.datetime) -> SentFax:
    from dataclasses import replace

    return replace(record, sent_at=when)


def test_sorted_model_inserts_and_moves_rows_in_place(qtmodeltester) -> None:
    model = SentTableModel()
    model.set_records([sent_fax(i, SentStatus.SUCCESS) for i in range(0, 10, 2)])  # tok0,2,4,6,8
    model.sort(SentColumn.SENT_AT, Qt.SortOrder.DescendingOrder)
    assert [r.send_token for r in model.records] == ["tok00008", "tok00006", "tok00004", "tok00002", "tok00000"]
    inserted: list[int] = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append(first))
    model.upsert(sent_fax(5, SentStatus.QUEUED))  # newer than 4, older than 6
    assert inserted == [2] and model.row_of("tok00005") == 2
    # sorted by status, a queued fax that is delivered moves down, and selection follows it
    model.sort(SentColumn.STATUS, Qt.SortOrder.AscendingOrder)
    assert model.records[0].send_token == "tok00005"
    selected = QPersistentModelIndex(model.index(0, SentColumn.PATIENT))
    moved: list[tuple[int, int]] = []
    model.rowsMoved.connect(lambda p, start, end, dest, row: moved.append((start, row)))
    model.upsert(sent_fax(5, SentStatus.SUCCESS))
    assert moved == [(0, 6)] and model.records[-1].send_token == "tok00005"
    assert selected.row() == 5 and selected.data(RECORD_ROLE).send_token == "tok00005"
    qtmodeltester.check(model, force_py=True)


def test_a_reload_reuses_search_texts_of_unchanged_records(monkeypatch) -> None:
    model = SentTableModel()
    records = [sent_fax(i, STATUSES[i % 4]) for i in range(50)]
    model.set_records(records)
    proxy = RecordSearchProxy()
    proxy.setSourceModel(model)
    proxy.set_search("tok00007")  # computes every row's search text
    computed: list[str] = []
    original = SentTableModel.search_text

    def counting(self, record):
        computed.append(record.send_token)
        return original(self, record)

    monkeypatch.setattr(SentTableModel, "search_text", counting)
    changed = replace_time(records[3], T0 + dt.timedelta(days=2))
    model.set_records([changed if r is records[3] else r for r in records])
    shown = proxy.rowCount()  # the proxy applies the active search again
    # ... recomputing the search text of the one record that changed, and no other
    assert computed == [changed.send_token]
    assert shown == 1 and proxy.index(0, 0).data(RECORD_ROLE).send_token == "tok00007"
    proxy.set_search("tok00003")  # the changed record is found by its fresh text
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data(RECORD_ROLE) is changed


def test_where_a_numbers_updates_go_in_words(qapp) -> None:
    from medsender_desktop.ui.models.directory_models import goes_to_relay, updates_place

    relay = "http://127.0.0.1:8000/callbacks"
    assert goes_to_relay("http://127.0.0.1:8000/callbacks", relay)
    assert goes_to_relay("http://127.0.0.1:8000/callbacks/received_fax", relay), "a kind's own path"
    assert goes_to_relay("HTTP://127.0.0.1:8000/callbacks/", relay)
    assert not goes_to_relay("http://127.0.0.1:8001/callbacks", relay), "another port"
    assert not goes_to_relay("http://127.0.0.1:8000/callbacks-old", relay)
    assert not goes_to_relay("https://127.0.0.1:8000/callbacks", relay), "another scheme"
    assert not goes_to_relay("http://127.0.0.1:bad/callbacks", relay)
    assert not goes_to_relay("http://127.0.0.1:8000/callbacks", ""), "no relay in the profile"
    assert updates_place(None, relay) == "Not set: the app checks for updates itself"
    assert updates_place("", "") == "Not set: the app checks for updates itself"
    assert updates_place(relay + "/ai", relay) == "Our relay"
    assert updates_place("https://hooks.example.org/fax?x=1", relay) == "Another server: hooks.example.org"
    assert updates_place("not a url", relay) == "Another server"
