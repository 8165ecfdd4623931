#!/usr/bin/env bash
# Check the built bundle the way a clinic workstation would run it: a CLEAN environment
# (env -i: no venv, no PYTHONPATH, HOME in a temp dir, offscreen Qt), every command under a time limit.
#   1. --self-test                     exit 0 (resources, assessment, letter, Qt binding, window)
#   2. assess <vignette patient>       report with START_BONE_THERAPY (shared/vignettes/iim_dysphagia_gc.json)
#   3. demo --patients 50, export      exit 0 and 50 patient files
#   4. shared libraries                none misses a dependency (ldd), xcb plugin present
#   5. size                            bundle <= 300 MB
#   6. parallel worklist               demo --patients 2000, a cold worklist on worker processes (the
#                                      bundle's fork server) equals the one-process worklist; none left
# Prints one line per check and exits 1 if any failed. CI runs it after scripts/build_bundle.sh.
# Usage: scripts/check_bundle.sh [BUNDLE_DIR]   (default dist/nmdbone-desktop)
set -uo pipefail
cd "$(dirname "$0")/.."

bundle=${1:-dist/nmdbone-desktop}
exe="$bundle/nmdbone-desktop"
vignette=${NMDBONE_VIGNETTE:-../shared/vignettes/iim_dysphagia_gc.json}
max_mb=300
limit=${NMDBONE_CHECK_TIMEOUT:-180}   # seconds per command

if [ ! -x "$exe" ]; then
  echo "FAIL no executable $exe (run scripts/build_bundle.sh first)"
  exit 1
fi
exe=$(cd "$(dirname "$exe")" && pwd)/nmdbone-desktop
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

ok() { echo "OK   $*"; }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
# The bundle with nothing from this shell: what a user's desktop session would give it, minus a display.
run() { env -i HOME="$tmp/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen timeout "$limit" "$exe" "$@"; }
mkdir -p "$tmp/home"

# 1. self-test
if run --self-test >"$tmp/selftest.out" 2>"$tmp/selftest.err"; then
  ok "self-test: $(grep -c '^OK' "$tmp/selftest.out") checks OK"
else
  fail "self-test (exit $?):"
  sed 's/^/     /' "$tmp/selftest.out" "$tmp/selftest.err" | tail -20
fi

# 2. assess the vignette's patient on the vignette's date
if ! python3 - "$vignette" "$tmp/patient.json" "$tmp/as_of" <<'EOF'
import json, sys
vignette = json.load(open(sys.argv[1], encoding="utf-8"))
json.dump(vignette["patient"], open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
open(sys.argv[3], "w").write(vignette.get("as_of", ""))
EOF
then
  fail "assess: cannot extract the patient from $vignette"
else
  as_of=$(cat "$tmp/as_of")
  if run assess "$tmp/patient.json" ${as_of:+--as-of "$as_of"} >"$tmp/report.json" 2>"$tmp/assess.err" \
      && grep -q '"START_BONE_THERAPY"' "$tmp/report.json"; then
    ok "assess: $(basename "$vignette") gives START_BONE_THERAPY"
  else
    fail "assess: no START_BONE_THERAPY in the report of $(basename "$vignette")"
    head -c 2000 "$tmp/assess.err" "$tmp/report.json" | sed 's/^/     /'
  fi
fi

# 3. a demo clinic of 50 patients, exported again
if run demo --db "$tmp/c.sqlite" --patients 50 >"$tmp/demo.out" 2>&1; then
  if run export --db "$tmp/c.sqlite" --out "$tmp/export" >"$tmp/export.out" 2>&1; then
    files=$(find "$tmp/export" -maxdepth 1 -type f -name '*.json' | wc -l)
    if [ "$files" -eq 50 ]; then ok "demo + export: 50 patients, 50 files"
    else fail "demo + export: $files files instead of 50"; fi
  else
    fail "export (exit $?):"; tail -5 "$tmp/export.out" | sed 's/^/     /'
  fi
else
  fail "demo --patients 50 (exit $?):"; tail -5 "$tmp/demo.out" | sed 's/^/     /'
fi

# 4. every shared library in the bundle finds what it links (the bundle's own first, then the system's)
internal="$bundle/_internal"
missing=$(find "$internal" -name '*.so*' -type f -print0 \
          | LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" xargs -0 ldd 2>/dev/null \
          | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
libs=$(find "$internal" -name '*.so*' -type f | wc -l)
if [ ! -f "$internal/PySide6/Qt/plugins/platforms/libqxcb.so" ]; then fail "Qt's xcb platform plugin is not in the bundle"
elif [ -z "$missing" ]; then ok "libraries: all $libs shared libraries find their dependencies"
else fail "libraries: missing $missing(install the apt packages in docs/install-workstation.md)"; fi

# 5. size
size_mb=$(du -sm "$bundle" | cut -f1)
if [ "$size_mb" -le "$max_mb" ]; then ok "size: $size_mb MB (limit $max_mb MB)"
else fail "size: $size_mb MB exceeds $max_mb MB"; fi

# 6. the bundle's cold worklist on worker processes (freeze_support + PyInstaller's fork-server hook)
if run demo --db "$tmp/w.sqlite" --patients 2000 >"$tmp/demo2k.out" 2>&1; then
  cp "$tmp/w.sqlite" "$tmp/w1.sqlite"
  # a later date: every cached assessment is stale, so both runs assess all 2,000 patients
  if env -i HOME="$tmp/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen NMDBONE_WORKERS=2 timeout "$limit" \
        "$exe" worklist --db "$tmp/w.sqlite" --as-of 2031-01-02 --json --all >"$tmp/wl_par.json" 2>"$tmp/wl_par.err" \
     && env -i HOME="$tmp/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen NMDBONE_WORKERS=1 timeout "$limit" \
        "$exe" worklist --db "$tmp/w1.sqlite" --as-of 2031-01-02 --json --all >"$tmp/wl_one.json" 2>"$tmp/wl_one.err"; then
    left=$(pgrep -f "^$exe" | wc -l)
    if ! cmp -s "$tmp/wl_par.json" "$tmp/wl_one.json"; then fail "parallel worklist differs from the one-process worklist"
    elif [ "$left" -gt 0 ]; then fail "parallel worklist: $left bundle process(es) left running"
    else ok "parallel worklist: 2,000 patients on worker processes, same as on one process"; fi
  else
    fail "parallel worklist:"; tail -5 "$tmp/wl_par.err" "$tmp/wl_one.err" | sed 's/^/     /'
  fi
else
  fail "demo --patients 2000 (exit $?):"; tail -5 "$tmp/demo2k.out" | sed 's/^/     /'
fi

if [ "$failed" -gt 0 ]; then
  echo "bundle check FAILED: $failed check(s)"
  exit 1
fi
echo "bundle check passed"
