#!/usr/bin/env bash
# Sets up everything this project needs on a fresh Debian machine: Qt's system libraries
# (when missing and we may install them), a Python >= 3.12 virtual environment in .venv,
# and the project with the desktop app's, the tests' and the bundle build's dependencies
# (extras desktop,test,package: the slow test builds the PyInstaller bundle).
set -euo pipefail
cd "$(dirname "$0")/.."

need_debs=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3)
if [ "${1:-}" = "--display" ]; then
  need_debs+=(xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
              libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0)
fi
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${need_debs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system libraries: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

pick_python() {
  for c in "${PYTHON:-}" python3.13 python3.12 "$HOME/.pyenv/versions/3.12.1/bin/python" python3 python; do
    [ -n "$c" ] || continue
    command -v "$c" >/dev/null 2>&1 || continue
    if "$c" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
      echo "$c"; return 0
    fi
  done
  # pyenv: honour .python-version
  if command -v pyenv >/dev/null 2>&1; then
    local p; p="$(pyenv which python 2>/dev/null || true)"
    if [ -n "$p" ] && "$p" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)'; then
      echo "$p"; return 0
    fi
  fi
  return 1
}

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)'; then
  PY="$(pick_python)" || { echo "setup: Python 3.12 or newer is required (PySide6 crashes on 3.11)"; exit 1; }
  rm -rf .venv
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
# phonenumberslite replaced phonenumbers (same package, no geocoder data): both own the same
# files, so the full one leaves an older .venv before the lite one is installed
if .venv/bin/python -m pip show -q phonenumbers >/dev/null 2>&1; then
  .venv/bin/python -m pip uninstall -y -q --disable-pip-version-check phonenumbers
fi
# constraints.txt pins every version, so every build installs the same set (reproducible)
.venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[desktop,test,package]'
