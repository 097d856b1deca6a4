#!/usr/bin/env bash
# Builds everything and runs all tests: the reactor (JUnit 5 under plain surefire and Tycho; the workbench's UI tests
# need a display, .ci/run starts one), then the example platform built with plain Maven against the installed
# artifacts (tools/consumer-check.sh). Usage: ./test.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
tools/maven.sh -B install "$@"
tools/consumer-check.sh
