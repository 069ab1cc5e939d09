#!/usr/bin/env bash
# Startup benchmark: time from process start to the first frame, five runs each of a bare JavaFX
# window and of Agent Workbench (`--startup-report`), in the same run, under Xvfb when there is no
# display. Prints the medians and the ratio (aim: <= 1.5x).
# With PACKAGED=/opt/agent-workbench/bin/agent-workbench it also times the installed package
# (aim: <= 1.0x of the bare window).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
[ -f target/agent-workbench.jar ] || mvn -B -q -Dmaven.test.skip=true package
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
javac -d "$work/bare" -cp "target/lib/*" bench/BareWindow.java
mkdir -p "$work/home" "$work/ws"

run_x() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1600x1000x24" "$@"; fi
}

measure() { # prints the first-frame milliseconds of one run (empty when it failed)
  { run_x "$@" 2>/dev/null || true; } | sed -n 's/^startup: first frame after \([0-9]*\) ms$/\1/p' | head -n 1
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

bare=() app=() pkg=()
for i in $(seq "$runs"); do
  bare+=("$(measure java -cp "$work/bare:target/lib/*" BareWindow)")
  app+=("$(AGENT_WORKBENCH_HOME="$work/home" measure ./workbench --startup-report=exit --workspace "$work/ws")")
  if [ -n "${PACKAGED:-}" ]; then
    pkg+=("$(AGENT_WORKBENCH_HOME="$work/home" measure "$PACKAGED" --startup-report=exit --workspace "$work/ws")")
  fi
done
b=$(printf '%s\n' "${bare[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
echo "bare JavaFX window: ${bare[*]} ms (median $b)"
echo "./workbench:         ${app[*]} ms (median $a)"
awk -v a="$a" -v b="$b" 'BEGIN {printf "ratio ./workbench (jar) / bare: %.2fx (aim <= 1.5x)\n", a / b}'
if [ -n "${PACKAGED:-}" ]; then
  p=$(printf '%s\n' "${pkg[@]}" | median)
  echo "packaged app:       ${pkg[*]} ms (median $p)"
  awk -v a="$p" -v b="$b" 'BEGIN {printf "ratio packaged / bare: %.2fx (aim <= 1.0x)\n", a / b}'
fi
