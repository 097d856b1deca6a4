#!/usr/bin/env bash
# Builds everything and runs all tests (JUnit 5 under Tycho). Usage: ./test.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
exec tools/maven.sh -B install "$@"
