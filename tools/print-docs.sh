#!/usr/bin/env bash
# Prints the generated HTML documentation (and, when given, a score report) to PDF with headless Chromium, takes a
# screenshot of the first page, and reports the page count of each PDF. A script for looking at the print layout, not
# part of CI.
# Usage: tools/print-docs.sh [OUT_DIR] [MODEL]   (defaults: /tmp/mwb-print, the shipped draft; MWB_LANG=en for the English
# rendering of the fixed texts)
# Needs: Chromium (Debian: apt-get install -y chromium-headless-shell fonts-noto-cjk; the script installs them with
# apt-get when it runs as root and they are missing) and pdfinfo (poppler-utils) for the page count.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-/tmp/mwb-print}" && cd "${1:-/tmp/mwb-print}" && pwd)"
model="${2:-$root/dsl-examples/ys-t-digital-maturity-draft}"

browser=""
for candidate in chromium-headless-shell chromium chromium-browser google-chrome; do
  for dir in /usr/lib/chromium /usr/bin; do
    if [ -x "$dir/$candidate" ]; then browser="$dir/$candidate"; break 2; fi
  done
  if command -v "$candidate" >/dev/null 2>&1; then browser="$(command -v "$candidate")"; break; fi
done
if [ -z "$browser" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "print-docs: installing chromium-headless-shell, fonts-noto-cjk and poppler-utils with apt-get" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium-headless-shell fonts-noto-cjk poppler-utils >/dev/null
  browser="$(command -v chromium-headless-shell || true)"
  [ -z "$browser" ] && [ -x /usr/lib/chromium/chromium-headless-shell ] && browser=/usr/lib/chromium/chromium-headless-shell
fi
[ -n "$browser" ] || { echo "print-docs: no Chromium found (apt-get install -y chromium-headless-shell)" >&2; exit 2; }

lang="${MWB_LANG:-zh}"
"$root/mwb" generate "$model" --out "$out/generated" --lang "$lang" >/dev/null
html="$(ls "$out"/generated/docs/*.html | head -n 1)"
pdf="$out/$(basename "${html%.html}").pdf"
chrome() { "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-pdf-header-footer "$@" 2>/dev/null; }
chrome --print-to-pdf="$pdf" "file://$html"
chrome --screenshot="$out/docs-first-page.png" --window-size=1240,1754 "file://$html"

assessment="$model/assessments/smelting-冶炼.json"
if [ -f "$assessment" ]; then
  # from the revision's folder, so that the report names the assessment by its path in the revision
  (cd "$model" && "$root/mwb" score . "assessments/smelting-冶炼.json" --format html --lang "$lang") > "$out/score-report.html"
  chrome --print-to-pdf="$out/score-report.pdf" "file://$out/score-report.html"
  chrome --screenshot="$out/score-report.png" --window-size=1240,1754 "file://$out/score-report.html"
fi

for f in "$out"/*.pdf; do
  if command -v pdfinfo >/dev/null 2>&1; then
    pages="$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')"
    size="$(pdfinfo "$f" | awk -F': *' '/^Page size:/ {print $2}')"
    echo "$(basename "$f"): $pages pages ($size), $(du -k "$f" | cut -f1) KB"
  else
    echo "$(basename "$f"): $(du -k "$f" | cut -f1) KB (install poppler-utils for the page count)"
  fi
done
ls -1 "$out"/*.png
