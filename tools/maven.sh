#!/usr/bin/env bash
# Runs Maven >= 3.9 (Tycho 4 needs it). If the machine's Maven is older, a 3.9.9 distribution is
# fetched once as an ordinary Maven artifact with the system mvn and kept in .tools/ (git-ignored).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want=3.9.9
local_mvn="$root/.tools/apache-maven-$want/bin/mvn"
pick() {
  if [ -x "$local_mvn" ]; then echo "$local_mvn"; return; fi
  if command -v mvn >/dev/null 2>&1; then
    v=$(mvn -v 2>/dev/null | sed -n 's/.*Apache Maven \([0-9.]*\).*/\1/p' | head -1)
    case "$v" in 3.9.*|3.1[0-9].*|4.*) command -v mvn; return;; esac
  else
    echo "mwb: Maven is not installed; install Debian's 'maven' package (apt-get install -y maven)" >&2; exit 2
  fi
  echo "mwb: bootstrapping Maven $want into .tools/ (system Maven is ${v:-unknown})" >&2
  scratch=$(mktemp -d)
  (cd "$scratch" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
      -Dartifact=org.apache.maven:apache-maven:$want:zip:bin -DoutputDirectory="$scratch/out" >&2)
  mkdir -p "$root/.tools"
  rm -rf "$root/.tools/apache-maven-$want"
  mv "$scratch/out/apache-maven-$want" "$root/.tools/"
  rm -rf "$scratch"
  echo "$local_mvn"
}
mvn_bin=$(pick)
exec "$mvn_bin" "$@"
