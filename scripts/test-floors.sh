#!/usr/bin/env bash
# Runs the unit tests against the LOWEST versions pyproject.toml declares (scripts/floors.py
# turns every ">=X" into "==X"), in a second virtual environment, .venv-floor. CI runs it after
# scripts/test.sh, so a floor that no longer works fails the build instead of a user's install.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || ./scripts/setup.sh
if [ ! -x .venv-floor/bin/python ]; then
  .venv/bin/python -c 'import sys, venv; venv.create(".venv-floor", with_pip=True)'
fi
.venv/bin/python scripts/floors.py > .venv-floor/constraints-floor.txt
.venv-floor/bin/python -m pip install -q --disable-pip-version-check \
  -c .venv-floor/constraints-floor.txt -e '.[desktop,test]'
.venv-floor/bin/python -m pip check
export QT_QPA_PLATFORM=offscreen QT_API=pyside6 PYTHONDONTWRITEBYTECODE=1
exec .venv-floor/bin/python -m pytest -q -p no:cacheprovider tests/unit "$@"
