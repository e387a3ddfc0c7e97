#!/usr/bin/env bash
# Sets up everything, then runs the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export QT_QPA_PLATFORM=offscreen QT_API=pyside6 PYTHONDONTWRITEBYTECODE=1
[ -f medsender_desktop/ui/app.py ] && .venv/bin/python -m medsender_desktop --self-test
.venv/bin/ruff check .
.venv/bin/python -m mypy  # --strict below the UI: the files and settings are in pyproject.toml
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
