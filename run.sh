#!/usr/bin/env bash
# One command: set everything up and start NMD Bone Desktop.
# A new database (default: your per-user data directory) starts with a demo clinic.
# Any arguments go to nmdbone-desktop, e.g.  ./run.sh --db /tmp/clinic.sqlite   or   ./run.sh assess file.json
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --gui
exec .venv/bin/nmdbone-desktop "$@"
