#!/usr/bin/env bash
# Screenshots of the workbench on the shipped draft: starts the product under its own Xvfb server (or on DISPLAY when
# given --display), lets the workbench show each editor feature and save a PNG of its window, and stops.
# Usage: tools/screenshots.sh [OUT_DIR]   (default: docs/screenshots)
# Needs: xvfb and a CJK font (Debian: apt-get install -y xvfb fonts-noto-cjk libgtk-3-0).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-$root/docs/screenshots}" && cd "${1:-$root/docs/screenshots}" && pwd)"
workspace="$(mktemp -d)"
trap 'rm -rf "$workspace"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
display=:${MWB_SCREENSHOT_DISPLAY:-98}
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 1 50); do
  [ -e "/tmp/.X11-unix/X${display#:}" ] && break
  sleep 0.1
done
export DISPLAY="$display"
# ./mwb workbench builds the product when needed; --screenshots makes the workbench save the PNGs and close
MWB_WORKSPACE="$workspace" "$root/mwb" workbench "$root/dsl-examples/ys-t-digital-maturity-draft" --lang "${MWB_LANG:-zh}" \
  --screenshots "$out" 2>&1 | grep -E '^mwb' || true
ls -1 "$out"/*.png
