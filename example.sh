#!/usr/bin/env bash
# The main job on the shipped draft: validate the revision, generate everything from it, score every example
# assessment, and score one with the generated standalone jar. Builds what it must on first use.
# Usage: ./example.sh [OUT_DIR]   (default: out/ys-t-digital-maturity-draft)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
model=dsl-examples/ys-t-digital-maturity-draft
out="${1:-out/ys-t-digital-maturity-draft}"

echo "== 1. validate $model"
./mwb validate "$model" | tail -n 1

echo "== 2. generate into $out"
mkdir -p "$out"
./mwb generate "$model" --out "$out"

echo "== 3. score the example assessments"
for assessment in "$model"/assessments/*.json "$model"/assessments/*.csv "$model"/assessments/*.xlsx; do
  [ -e "$assessment" ] || continue
  echo "-- $assessment"
  ./mwb score "$model" "$assessment" | grep -E '^S = ' | head -n 1
done

echo "== 4. the generated standalone scoring jar"
jar=$(ls "$out"/*-scoring.jar)
single=$(ls "$model"/assessments/smelting-*.json | head -n 1)
echo "-- java -jar $jar $single"
java -jar "$jar" "$single" | grep -E '^  "(total|totalExact|levelName)"'
