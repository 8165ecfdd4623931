#!/usr/bin/env bash
# Set up everything NMD Bone Desktop needs on a Debian/Ubuntu machine, idempotently:
#   1. the system libraries Qt needs (offscreen for tests; xcb for a real window), when missing;
#   2. a virtual environment in .venv with the package and its test tools.
# Usage: scripts/setup.sh [--gui]   (--gui adds the xcb libraries a visible window needs)
set -euo pipefail
cd "$(dirname "$0")/.."

want_gui=0
[ "${1:-}" = "--gui" ] && want_gui=1

# Qt's platform plugins link these even offscreen (see docs/decisions.md); poppler-utils gives
# pdftoppm for the letter tests; the xcb set is only needed for a visible window.
apt_offscreen="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 poppler-utils"
apt_gui="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
libxcb-shape0 libxcb-xkb1 xvfb xauth"
apt_python="python3 python3-venv"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  pkgs="$apt_offscreen"
  [ "$want_gui" = 1 ] && pkgs="$pkgs $apt_gui"
  command -v python3 >/dev/null 2>&1 || pkgs="$pkgs $apt_python"
  for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  echo "Installing system packages:$missing"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv"
  if ! "$python" -m venv .venv 2>/dev/null; then
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq python3-venv >/dev/null
    "$python" -m venv .venv
  fi
fi

# Reinstall only when the dependency list changed.
stamp=.venv/.nmdbone-setup
digest=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
  echo "Installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  echo "$digest" > "$stamp"
fi

# The window's language catalogues: .ts sources in the repository, .qm compiled here (and by the
# bundle build) with pyside6-lrelease, which ships with PySide6. Cheap, so always refreshed.
.venv/bin/python scripts/translations.py compile
