#!/usr/bin/env bash
# Starts Centralita Studio from the built archive as a user would, `./centralita designer
# examples/flows`, on the X display of the build (xvfb-run in CI), and checks that it shows the
# example flows: the flows explorer logs the flows it lists once the window is up.
# Usage: product-starts.sh ARCHIVE WORKDIR
set -euo pipefail
archive=$1
work=$2
repo=$(cd "$(dirname "$0")/../../../.." && pwd)
rm -rf "$work" && mkdir -p "$work/studio" "$work/home"
tar -xzf "$archive" -C "$work/studio" 2>/dev/null || tar -xzf "$archive" -C "$work/studio"
if [ -z "${DISPLAY:-}" ]; then
  echo "product-starts: no DISPLAY; run the build under xvfb-run -a" >&2
  exit 1
fi
log=$work/studio.log
CENTRALITA_STUDIO_HOME=$work/studio CENTRALITA_STUDIO_WORKSPACE=$work/state \
  CENTRALITA_JAVA_OPTS="-Duser.home=$work/home" \
  "$repo/centralita" designer "$repo/examples/flows" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
expected=$(cd "$repo/examples/flows" && ls *.flow.yaml | sort | tr '\n' ' ' | sed 's/ $//')
for _ in $(seq 1 180); do
  if grep -q "flows explorer lists" "$log"; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "product-starts: Studio exited before showing the flows; its output:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 1
done
line=$(grep "flows explorer lists" "$log" || true)
if [ -z "$line" ]; then
  echo "product-starts: Studio did not list the flows in 180 s; its output:" >&2
  cat "$log" >&2
  exit 1
fi
for flow in $expected; do
  if ! grep -q -- "$flow" <<<"$line"; then
    echo "product-starts: Studio does not show $flow: $line" >&2
    exit 1
  fi
done
if grep -q "Exception" "$log"; then
  echo "product-starts: Studio logged an exception:" >&2
  cat "$log" >&2
  exit 1
fi
echo "product-starts: Studio started from the archive and shows: $expected"
