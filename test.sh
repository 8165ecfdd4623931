#!/usr/bin/env bash
# One command: set everything up and run the whole test suite headless (also what CI runs).
# Extra arguments go to pytest, e.g.  ./test.sh -k vignettes
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
