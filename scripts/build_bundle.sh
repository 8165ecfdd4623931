#!/usr/bin/env bash
# Build the one-folder desktop bundle dist/nmdbone-desktop/ from pyinstaller.spec (Linux; CI runs this).
#   1. installs the Qt system libraries the build must find (offscreen + xcb sets) when missing and
#      we are root or have password-less sudo; otherwise warns: without the xcb set the bundle's xcb
#      platform plugin cannot load on the target and the window will not open;
#   2. installs PyInstaller into .venv when missing (run scripts/setup.sh first for the venv itself);
#   3. runs  .venv/bin/pyinstaller --noconfirm --clean pyinstaller.spec  and prints time and size.
# Usage: scripts/build_bundle.sh        then   scripts/check_bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# shared/design/baseline.md, "Debian packages Qt needs": the offscreen set, then the xcb set.
apt_offscreen="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3"
apt_xcb="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
libxcb-shape0 libxcb-xkb1"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $apt_offscreen $apt_xcb; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else sudo="none"; fi
  fi
  if [ "$sudo" = none ]; then
    echo "WARNING: missing system packages:$missing" >&2
    echo "WARNING: not root and no password-less sudo; the bundle's xcb plugin will not load on the target." >&2
  else
    echo "Installing system packages:$missing"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "No .venv: run scripts/setup.sh first" >&2
  exit 1
fi
if [ ! -x .venv/bin/pyinstaller ]; then
  echo "Installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q "pyinstaller>=6.6,<7"   # = the 'package' extra in pyproject.toml
fi

start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN pyinstaller.spec
end=$(date +%s)

bundle=dist/nmdbone-desktop
[ -x "$bundle/nmdbone-desktop" ] || { echo "build produced no $bundle/nmdbone-desktop" >&2; exit 1; }
echo "Built $bundle in $((end - start)) s: $(du -sh "$bundle" | cut -f1)," \
  "$(find "$bundle" -type f | wc -l) files"
