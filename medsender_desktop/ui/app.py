"""Start the desktop app: one QApplication on a qasync event loop.

``run(argv)`` parses the command line, then either runs the offscreen self-test or opens the
main window (optionally on the embedded sandbox). Everything the windows need is built by the
composition root (:mod:`medsender_desktop.app`) and passed in.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from medsender_desktop._version import version_banner
from medsender_desktop.ui.bootstrap import prepare_environment

log = logging.getLogger(__name__)

TAB_NAMES = ("sent", "received", "numbers", "clients", "ai")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="medsender-desktop",
        description="Medsender Desktop: send and receive faxes with the Medsender API.",
    )
    parser.add_argument(
        "--sandbox", action="store_true",
        help="start a local Medsender sandbox with demo data (and a webhook relay) and sign in to it",
    )
    parser.add_argument(
        "--self-test", action="store_true",
        help="check that the app can start on this computer (offscreen), then exit",
    )
    parser.add_argument("--version", action="version", version=version_banner("medsender-desktop"))
    parser.add_argument(
        "--send", type=Path, default=None, metavar="FILE",
        help="open a new fax with this PDF or TIFF (the 'Send with Medsender Desktop' menu entry)",
    )
    parser.add_argument("--tab", choices=TAB_NAMES, default=None, help="the tab to open first")
    parser.add_argument("--profile", default=None, help="the name of the profile to sign in with")
    parser.add_argument("--verbose", action="store_true", help="log more detail (never PHI)")
    parser.add_argument(
        "files", nargs="*", type=Path, metavar="FILE",
        help="PDF or TIFF files to fax (opens the send dialog; handed to the running app if "
             "Medsender Desktop is already open)",
    )
    return parser.parse_args(list(argv))


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv[1:])
    prepare_environment(offscreen=args.self_test)
    from medsender_desktop.services.credentials import select_backend

    select_backend()  # the OS store of this platform, or MEDSENDER_KEYRING=memory
    if args.self_test:
        from medsender_desktop.ui.self_test import run_self_test

        return run_self_test()
    from medsender_desktop.services.logs import configure_logging, enable_crash_file
    from medsender_desktop.services.settings import default_paths

    paths = default_paths()
    if _handed_over(paths.data_dir, [*args.files, *([args.send] if args.send else [])]):
        return 0  # the running app has the files; one window per user
    configure_logging(paths.log_dir, verbose=args.verbose)
    enable_crash_file(paths.log_dir)  # a segfault in pdfium or Qt still leaves its stacks
    return _run_gui(argv, args, paths)


def _handed_over(data_dir: Path, files: list[Path]) -> bool:
    from medsender_desktop.ui.single_instance import hand_over, server_name

    return hand_over(server_name(data_dir), files)


def _run_gui(argv: Sequence[str], args: argparse.Namespace, paths: object) -> int:
    from PySide6.QtWidgets import QApplication

    from medsender_desktop.app import AppOptions, build_application
    from medsender_desktop.ui.controller import AppController
    from medsender_desktop.ui.crash import install_crash_handlers
    from medsender_desktop.ui.dialogs.factory import DialogFactory
    from medsender_desktop.ui.event_loop import new_event_loop
    from medsender_desktop.ui.gc_guard import MainThreadGarbageCollector
    from medsender_desktop.ui.icons import app_icon
    from medsender_desktop.ui.notifier import TrayNotifier
    from medsender_desktop.ui.qt_messages import install_qt_message_handler

    install_qt_message_handler()  # Qt's warnings go to the log file, redacted
    app = QApplication(list(argv))
    app.setApplicationName("Medsender Desktop")
    app.setOrganizationName("Medsender")
    app.setQuitOnLastWindowClosed(False)  # main() shuts down in order, then the loop ends
    app.setWindowIcon(app_icon())  # the theme (light, dark, the OS's) is the controller's
    collector = MainThreadGarbageCollector(app)
    dialogs = DialogFactory()
    install_crash_handlers(dialogs)

    async def main() -> int:
        loop = asyncio.get_running_loop()
        install_crash_handlers(dialogs, loop=loop)
        application = build_application(AppOptions(sandbox=args.sandbox), paths=paths)  # type: ignore[arg-type]
        controller = AppController(application, dialogs=dialogs, notifier=TrayNotifier())
        _close_on_signals(loop, controller.window.close)
        try:
            await controller.start(initial_tab=args.tab, profile_name=args.profile,
                                   files=[*args.files, *([args.send] if args.send else [])])
            await controller.wait_closed()
        finally:
            await controller.shutdown()
        return 0

    try:
        return asyncio.run(main(), loop_factory=lambda: new_event_loop(app))
    except KeyboardInterrupt:
        return 130
    finally:
        collector.stop()


def _close_on_signals(loop: asyncio.AbstractEventLoop, close: Callable[[], object]) -> None:
    """Ctrl+C / SIGTERM close the window, so the normal shutdown runs (servers, temp files)."""

    def handler(signum: int, frame: object) -> None:
        loop.call_soon_threadsafe(close)

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), handler)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(sys.argv))
