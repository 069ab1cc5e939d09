#!/usr/bin/env bash
# Takes a screenshot of the running app under Xvfb: bench/screenshot.sh OUT.png [app arguments...]
# Environment: THEME=dark|light, ROOM=spec|memory|quality|commit, WAIT=seconds before the shot,
# TOUR_SEEN=false to show the first-run tour.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(readlink -f "$1")"; shift
home="${SHOT_HOME:-$(mktemp -d)}"  # SHOT_HOME: an app home prepared beforehand (trusted specs ...)
printf '{"theme":"%s","room":"%s","tour.seen":%s,"window.x":0,"window.y":0,"window.width":1400,"window.height":900}\n' \
  "${THEME:-light}" "${ROOM:-spec}" "${TOUR_SEEN:-true}" > "$home/settings.json"
AGENT_WORKBENCH_HOME="$home" xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
  java -jar target/agent-workbench.jar "$@" & pid=$!
  sleep "${WAIT:-8}"
  import -window root "'"$out"'"
  kill $pid' _ "$@"
[ -n "${SHOT_HOME:-}" ] || rm -rf "$home"
echo "$out"
