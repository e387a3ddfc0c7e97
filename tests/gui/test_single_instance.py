"""One window per user: a second launch hands its files to the running app and exits 0; what
arrives on the app's socket is checked, and junk changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtTest import QTest

from medsender_desktop.services.settings import HOME_ENV
from medsender_desktop.ui.app import parse_args
from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from medsender_desktop.ui.single_instance import parse_message, server_name
from tests.gui.helpers import CORPUS, Backend, open_desktop, until

REPO = Path(__file__).resolve().parents[2]


def _launch(home: Path, *files: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6", PYTHONPATH=str(REPO))
    env[HOME_ENV] = str(home)
    return subprocess.Popen([sys.executable, "-m", "medsender_desktop", *map(str, files)],
                            env=env, cwd=str(REPO), stdout=subprocess.PIPE, stderr=subprocess.PIPE)


async def test_a_second_launch_hands_its_files_to_the_running_app(backend: Backend, tmp_path: Path,
                                                                 qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        seen: list[int] = []

        async def answer(dialog: NewFaxDialog) -> int:
            dialog.open()
            await until(lambda: not dialog.pages.loading and dialog.pages.page_count > 0,
                        "the handed-over files in the dialog")
            seen.append(dialog.pages.page_count)
            QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                             Qt.MouseButton.LeftButton)
            return dialog.result()

        desktop.dialogs.answers.append(answer)
        second = _launch(tmp_path / "app", CORPUS / "pdflatex-4-pages.pdf", CORPUS / "smile.tiff")
        try:
            await until(lambda: second.poll() is not None, "the second launch to exit", timeout=60)
        finally:
            if second.poll() is None:
                second.kill()
        _out, err = second.communicate()
        assert second.returncode == 0, err.decode(errors="replace")[-2000:]
        await until(lambda: seen, "the send dialog of the running app")
        assert seen == [5]  # both files, one fax, in the running app's one window
        assert desktop.controller.instance.listening


async def test_junk_on_the_socket_is_dropped(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        name = server_name(desktop.controller.app.paths.data_dir)
        assert name == desktop.controller.instance.name
        for junk in (b"\xff\xfe not json\n", b'{"files": [1, 2]}\n', b'["/etc/passwd"]\n',
                     b"x" * 300_000):
            socket = QLocalSocket()
            socket.connectToServer(name)
            await until(lambda s=socket: s.state() == QLocalSocket.LocalSocketState.ConnectedState,
                        "connected")
            socket.write(junk)
            socket.flush()
            await until(lambda s=socket: s.state() == QLocalSocket.LocalSocketState.UnconnectedState,
                        "the app to hang up")
            assert bytes(socket.readAll().data()) == b""  # no "ok": nothing was accepted
        assert desktop.window._compose is None and not desktop.dialogs.errors


def test_file_arguments_are_accepted() -> None:
    args = parse_args(["--sandbox", "a.pdf", "b.tiff"])
    assert args.files == [Path("a.pdf"), Path("b.tiff")] and args.sandbox
    assert parse_message(b'{"files": ["/tmp/a.pdf"]}') == [Path("/tmp/a.pdf")]
    assert parse_message(b'{"files": "nope"}') is None
