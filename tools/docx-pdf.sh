#!/usr/bin/env bash
# The Word document of a revision rendered to PDF with LibreOffice headless (a script, not CI): generates the revision
# (timing mwb generate), converts docs/<revision>.docx to PDF, prints the page count and the sizes, and saves one page
# as a PNG for the README.
# Usage: tools/docx-pdf.sh [REVISION_FOLDER] [PAGE]   (default: the shipped draft, page 6: 表5 continued under its repeated header)
# Needs: LibreOffice Writer (Debian: apt-get install -y --no-install-recommends libreoffice-writer-nogui), poppler-utils
# (pdfinfo, pdftoppm) and a CJK font (fonts-noto-cjk: 宋体/黑体 fall back to Noto Serif/Sans CJK SC).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="${1:-$root/dsl-examples/ys-t-digital-maturity-draft}"
page="${2:-6}"
for tool in soffice pdfinfo pdftoppm; do
  command -v "$tool" >/dev/null || { echo "docx-pdf: $tool is not installed" >&2; exit 2; }
done
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$root/mwb" validate "$folder" >/dev/null 2>&1 || true   # builds mwb first when needed: not timed
start=$(date +%s.%N)
"$root/mwb" generate "$folder" --out "$out/gen" >/dev/null
end=$(date +%s.%N)
docx=$(ls "$out"/gen/docs/*.docx | head -1)
base=$(basename "$docx" .docx)
echo "mwb generate (with DOCX and XLSX): $(echo "$end - $start" | bc) s"
start=$(date +%s.%N)
soffice --headless --norestore -env:UserInstallation=file://"$out/lo" --convert-to pdf --outdir "$out" "$docx" >/dev/null 2>&1
end=$(date +%s.%N)
pdf="$out/$base.pdf"
echo "LibreOffice DOCX → PDF: $(echo "$end - $start" | bc) s"
echo "$(basename "$docx"): $(stat -c %s "$docx") bytes; $(basename "$pdf"): $(stat -c %s "$pdf") bytes, $(pdfinfo "$pdf" | sed -n 's/^Pages: *//p') pages ($(pdfinfo "$pdf" | sed -n 's/^Page size: *//p'))"
echo "$base-weights.xlsx: $(stat -c %s "$out/gen/docs/$base-weights.xlsx") bytes; $base-scoring.jar: $(stat -c %s "$out/gen/$base-scoring.jar") bytes"
mkdir -p "$root/docs/screenshots"
pdftoppm -f "$page" -l "$page" -r 80 -png -singlefile "$pdf" "$root/docs/screenshots/docx-page"
cp "$pdf" "${MWB_PDF_OUT:-/tmp}/$base.pdf"
echo "page $page: docs/screenshots/docx-page.png; the PDF: ${MWB_PDF_OUT:-/tmp}/$base.pdf"
