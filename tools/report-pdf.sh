#!/usr/bin/env bash
# The assessment report (评估报告, 8.7.4) of one assessment written as DOCX and HTML by `mwb report`, the DOCX rendered
# to PDF with LibreOffice headless (a script, not CI): prints the sizes, the DOCX's paragraph and table counts and the
# PDF's page count, and saves the PDF's first page as a PNG for the README.
# Usage: tools/report-pdf.sh [MODEL [ASSESSMENT [PAGE]]]   (default: the shipped draft, its smelting example, page 1)
# Needs: LibreOffice Writer (Debian: apt-get install -y --no-install-recommends libreoffice-writer-nogui), poppler-utils
# (pdfinfo, pdftoppm) and a CJK font (fonts-noto-cjk: 宋体/黑体 fall back to Noto Serif/Sans CJK SC).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="${1:-$root/dsl-examples/ys-t-digital-maturity-draft}"
assessment="${2:-$model/assessments/smelting-冶炼.json}"
page="${3:-1}"
for tool in soffice pdfinfo pdftoppm unzip; do
  command -v "$tool" >/dev/null || { echo "report-pdf: $tool is not installed" >&2; exit 2; }
done
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$root/mwb" report "$model" "$assessment" --out "$out/report.docx"
"$root/mwb" report "$model" "$assessment" --out "$out/report.html" >/dev/null
xml="$(unzip -p "$out/report.docx" word/document.xml)"
paragraphs=$(grep -o '<w:p[ >]' <<<"$xml" | wc -l)
tables=$(grep -o '<w:tbl>' <<<"$xml" | wc -l)
soffice --headless --norestore -env:UserInstallation=file://"$out/lo" --convert-to pdf --outdir "$out" "$out/report.docx" >/dev/null 2>&1
pdf="$out/report.pdf"
echo "report.docx: $(stat -c %s "$out/report.docx") bytes, $paragraphs paragraphs (table cells included), $tables tables"
echo "report.html: $(stat -c %s "$out/report.html") bytes"
echo "report.pdf: $(stat -c %s "$pdf") bytes, $(pdfinfo "$pdf" | sed -n 's/^Pages: *//p') pages ($(pdfinfo "$pdf" | sed -n 's/^Page size: *//p'))"
mkdir -p "$root/docs/screenshots"
pdftoppm -f "$page" -l "$page" -r 80 -png -singlefile "$pdf" "$root/docs/screenshots/report-docx-page"
cp "$pdf" "${MWB_PDF_OUT:-/tmp}/report.pdf"
echo "page $page: docs/screenshots/report-docx-page.png; the PDF: ${MWB_PDF_OUT:-/tmp}/report.pdf"
