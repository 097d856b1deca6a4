#!/usr/bin/env bash
# Builds and tests the example platform (examples/platform-consumer) with plain Maven against the artifacts the
# reactor installed (tools/maven.sh install): generates the shipped draft, installs its -model.jar as a Maven
# artifact, runs the platform's tests, and compares the platform's JSON for every shipped assessment with what
# `mwb score --format json` prints. Usage: tools/consumer-check.sh   (after ./test.sh or tools/maven.sh install)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
model=dsl-examples/ys-t-digital-maturity-draft
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
./mwb generate "$model" --out "$out/gen" > "$out/generate.log" 2>&1 || { cat "$out/generate.log"; exit 1; }
version=0.1.0-SNAPSHOT
tools/maven.sh -B -q install:install-file -Dfile="$out/gen/nonferrous_dt_maturity-model.jar" \
  -DgroupId=com.maturityworkbench.generated -DartifactId=nonferrous_dt_maturity-model -Dversion="$version" -Dpackaging=jar
tools/maven.sh -B -f examples/platform-consumer/pom.xml verify
tools/maven.sh -B -q -f examples/platform-consumer/pom.xml dependency:build-classpath -Dmdep.outputFile="$out/cp.txt"
cp="examples/platform-consumer/target/classes:$(cat "$out/cp.txt")"
for a in "$model"/assessments/*.json "$model"/assessments/*.csv "$model"/assessments/*.xlsx; do
  java -Dfile.encoding=UTF-8 -cp "$cp" com.example.platform.PlatformScoring "$a" > "$out/platform.json"
  ./mwb score "$model" "$a" --format json > "$out/mwb.json"
  if ! cmp -s "$out/platform.json" "$out/mwb.json"; then
    echo "consumer-check: the platform's result for $a differs from mwb score --format json" >&2
    diff "$out/platform.json" "$out/mwb.json" | head -20 >&2
    exit 1
  fi
  echo "consumer-check: $a — platform JSON = mwb score --format json"
done
