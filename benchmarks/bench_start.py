"""Start-up: process start until the main window is mapped, against a bare PySide6 window.

    python -m benchmarks.bench_start [--repeat 5]

Measured as issue 14 measured it: a virtual screen (Xvfb, started here unless ``DISPLAY`` is
set), the window seen mapped by ``xdotool search --onlyvisible``, alternating app and baseline,
median of N. The baseline is the physical floor: a bare ``QMainWindow`` process started the same
way (same interpreter, same environment). Two app starts:

- ``cold_start_sandbox``: ``medsender-desktop --sandbox``, second start (demo data present);
- ``cold_start_profile``: a signed-in profile against a sandbox server that is already running
  (the server runs in this process; the profile's keys are put in the app's in-memory keyring
  by a small launcher, since this machine has no OS keychain).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.figures import Figure, Goal, emit, figure

TIMEOUT = 60.0
BARE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow(); w.setWindowTitle('Bare Qt window'); w.resize(1200, 800); w.show()\n"
    "sys.exit(app.exec())\n"
)
LAUNCH_PROFILE = (
    "import json, os, sys\n"
    "import keyring\n"
    "from medsender_desktop.services import credentials\n"
    "class Keychain(credentials.MemoryKeyring):  # stands in for the OS keychain (secure):\n"
    "    priority = 1  # without one a live profile is refused at sign-in (sealed outbox)\n"
    "backend = Keychain()\n"
    "for (service, user, secret) in json.loads(os.environ['BENCH_KEYRING']):\n"
    "    backend.set_password(service, user, secret)\n"
    "def _select(*args, **kwargs):\n"
    "    keyring.set_keyring(backend)\n"
    "    return backend\n"
    "credentials.select_backend = _select\n"
    "from medsender_desktop.ui.app import run\n"
    "sys.exit(run(['medsender-desktop', '--profile', 'Bench clinic']))\n"
)


@contextlib.contextmanager
def virtual_screen() -> Iterator[str]:
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        raise SystemExit("bench_start needs Xvfb and xdotool (apt-get install xvfb xdotool)")
    number = next(n for n in range(140, 400) if not Path(f"/tmp/.X{n}-lock").exists()
                  and not Path(f"/tmp/.X11-unix/X{n}").exists())
    proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1440x900x24", "-noreset", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    display = f":{number}"
    deadline = time.monotonic() + 10
    while subprocess.run(["xdotool", "getdisplaygeometry"], env={**os.environ, "DISPLAY": display},
                         capture_output=True).returncode != 0:
        if time.monotonic() > deadline:
            proc.kill()
            raise SystemExit("Xvfb did not start")
        time.sleep(0.05)
    try:
        yield display
    finally:
        proc.terminate()
        proc.wait(10)


def time_to_window(cmd: list[str], env: dict[str, str], title: str) -> float:
    """Seconds from spawning ``cmd`` until a visible window named ``title`` exists."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while True:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                                   env=env, capture_output=True)
            if found.returncode == 0 and found.stdout.strip():
                return time.perf_counter() - start
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"{cmd[-1]} exited {proc.returncode} before its window: {err[-800:]}")
            if time.perf_counter() - start > TIMEOUT:
                raise RuntimeError(f"no window '{title}' after {TIMEOUT} s")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def isolated_env(display: str, home: Path) -> dict[str, str]:
    # bytecode is written (and used) as in an installed app: PYTHONDONTWRITEBYTECODE would make
    # the app recompile its own modules at every start while Qt's come precompiled
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", OUT_SKIP, "PYTHONDONTWRITEBYTECODE")}
    env.update(DISPLAY=display, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), QT_API="pyside6", MEDSENDER_KEYRING="memory")
    return env


OUT_SKIP = "MEDSENDER_BENCH_OUT"


def prepare_profile(home: Path, env: dict[str, str], base_url: str, key: str,
                    secret: str) -> list[list[str]]:
    """Writes the profile "Bench clinic" into ``home``'s settings (in a child process, so this
    process imports nothing of the app) and returns the keyring entries it saved."""
    script = (
        "import json, sys\n"
        "import keyring\n"
        "from medsender_desktop.services import credentials\n"
        "from medsender_desktop.services.settings import default_paths, SettingsStore\n"
        "from medsender_desktop.services.profiles import ProfileManager, Profile\n"
        "backend = credentials.MemoryKeyring(); keyring.set_keyring(backend)\n"
        "paths = default_paths()\n"
        "profiles = ProfileManager(SettingsStore(paths.config_dir), credentials.CredentialStore(),\n"
        "                          sandbox_credentials=credentials.CredentialStore(backend))\n"
        "secrets = credentials.ProfileSecrets(api_key=sys.argv[2], client_secret=sys.argv[3])\n"
        "profile = Profile(id='bench', name='Bench clinic', base_url=sys.argv[1])\n"
        "profiles.save(profile, secrets); profiles.set_active(profile)\n"
        "print(json.dumps([[s, u, p] for (s, u), p in backend._store.items()]))\n"
    )
    out = subprocess.run([sys.executable, "-c", script, base_url, key, secret], env=env,
                         capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"could not prepare the profile: {out.stderr[-1500:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    py = sys.executable
    app_cmd = [py, "-m", "medsender_desktop", "--sandbox"]
    bare_cmd = [py, "-c", BARE]
    title = "Medsender Desktop"
    with virtual_screen() as display, tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        home = Path(tmp)
        env = isolated_env(display, home)
        time_to_window(app_cmd, env, title)  # first start: creates the demo data (not timed)
        time_to_window(bare_cmd, env, "Bare Qt window")  # warm the file cache
        app_times, bare_times = [], []
        for _ in range(args.repeat):  # alternating, so both see the same machine state
            bare_times.append(time_to_window(bare_cmd, env, "Bare Qt window"))
            app_times.append(time_to_window(app_cmd, env, title))
        figures = [figure("cold_start_sandbox", [t * 1e3 for t in app_times],
                          [t * 1e3 for t in bare_times], "ms", Goal(ratio_max=1.6),
                          "medsender-desktop --sandbox, second start, to window mapped")]
        figures.append(profile_start(args.repeat, display, home / "profile", bare_cmd))
    emit(figures)


def profile_start(repeat: int, display: str, home: Path, bare_cmd: list[str]) -> Figure:
    from medsender_desktop.documents import DocumentWorker
    from medsender_desktop.sandbox import SandboxSettings, create_app
    from medsender_desktop.serving import BackgroundServer

    home.mkdir()
    env = isolated_env(display, home)
    with DocumentWorker() as worker:
        app = create_app(SandboxSettings(db=str(home / "server.db"), demo=True, speed="fast"),
                         documents=worker)
        with BackgroundServer(app, name="bench-sandbox") as server:
            state = app.state.sandbox
            entries = prepare_profile(home, env, server.url + "/api/v2", state.api_key,
                                      state.client_secret)
            env["BENCH_KEYRING"] = json.dumps(entries)
            cmd = [sys.executable, "-c", LAUNCH_PROFILE]
            title = "Medsender Desktop"
            time_to_window(cmd, env, title)  # first sign-in fills the local cache (not timed)
            app_times, bare_times = [], []
            for _ in range(repeat):
                bare_times.append(time_to_window(bare_cmd, env, "Bare Qt window"))
                app_times.append(time_to_window(cmd, env, title))
    return figure("cold_start_profile", [t * 1e3 for t in app_times],
                  [t * 1e3 for t in bare_times], "ms", Goal(ratio_max=1.6),
                  "signed-in profile, server already running, to window mapped")


if __name__ == "__main__":
    main()
