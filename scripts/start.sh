#!/usr/bin/env bash
# Sets up everything, then starts the desktop app on the embedded sandbox (demo data).
# On a Linux machine with no screen (a server, CI), the app runs on a virtual screen (Xvfb);
# screenshots of it: `DISPLAY=<shown below> import -window root shot.png`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(uname -s)" = "Linux" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  ./scripts/setup.sh --display
  echo "start: no screen found; running on a virtual screen (Xvfb)."
  exec xvfb-run -a -s "-screen 0 1440x900x24 -nolisten tcp" \
    sh -c 'echo "start: virtual screen is DISPLAY=$DISPLAY"; exec .venv/bin/medsender-desktop --sandbox "$@"' sh "$@"
fi
./scripts/setup.sh
exec .venv/bin/medsender-desktop --sandbox "$@"
