#!/usr/bin/env bash
# Renders the PNG sizes of the app icon from agent-workbench.svg (needs rsvg-convert from librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" agent-workbench.svg -o "agent-workbench-${size}.png"
done
mkdir -p ../../src/main/resources/dev/agentworkbench/ui/icons
cp agent-workbench-{16,32,48,64,128,256}.png ../../src/main/resources/dev/agentworkbench/ui/icons/
