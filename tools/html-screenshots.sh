#!/usr/bin/env bash
# The README's pictures of the HTML outputs: prints the shipped draft's HTML documentation and the score report of its
# smelting assessment with headless Chromium (tools/print-docs.sh), then saves a screenshot of the score report and the
# printed page of the documentation where 7.1 begins (表5) as PNGs, and reports the page count of each PDF.
# Usage: tools/html-screenshots.sh [OUT_DIR]   (default: docs/screenshots; MWB_LANG=en for the English rendering)
# Needs what tools/print-docs.sh needs (Chromium, fonts-noto-cjk, poppler-utils), plus pdftotext and pdftoppm.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-$root/docs/screenshots}" && cd "${1:-$root/docs/screenshots}" && pwd)"
for tool in pdftotext pdftoppm; do
  command -v "$tool" >/dev/null || { echo "html-screenshots: $tool is not installed (apt-get install -y poppler-utils)" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/tools/print-docs.sh" "$work"
suffix=""
[ "${MWB_LANG:-zh}" = en ] && suffix="-en"
cp "$work/score-report.png" "$out/html-score-report$suffix.png"
docs_pdf="$(ls "$work"/*.pdf | grep -v score-report | head -n 1)"
pages="$(pdfinfo "$docs_pdf" | awk '/^Pages:/ {print $2}')"
page=1
for i in $(seq 1 "$pages"); do
  if pdftotext -f "$i" -l "$i" "$docs_pdf" - | grep -qE '^7\.1 '; then page=$i; break; fi
done
pdftoppm -f "$page" -l "$page" -r 80 -png -singlefile "$docs_pdf" "$out/html-docs-page$suffix"
echo "html-screenshots: $out/html-score-report$suffix.png; $out/html-docs-page$suffix.png (page $page of $pages of $(basename "$docs_pdf"))"
