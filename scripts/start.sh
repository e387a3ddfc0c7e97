#!/usr/bin/env bash
# Sets up everything, then starts the desktop app on the embedded sandbox (demo data).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec .venv/bin/medsender-desktop --sandbox "$@"
