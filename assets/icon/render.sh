#!/usr/bin/env bash
# Renders the PNG sizes of the app icon from agent-workbench.svg (needs rsvg-convert from librsvg2-bin, ImageMagick and icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" agent-workbench.svg -o "agent-workbench-${size}.png"
done
mkdir -p ../../src/main/resources/dev/agentworkbench/ui/icons
cp agent-workbench-{16,32,48,64,128,256}.png ../../src/main/resources/dev/agentworkbench/ui/icons/
cp agent-workbench-256.png ../../packaging/linux/agent-workbench.png
# Windows .ico (ImageMagick) and macOS .icns (png2icns from icnsutils) for jpackage on those systems.
convert agent-workbench-16.png agent-workbench-32.png agent-workbench-48.png agent-workbench-256.png \
  ../../packaging/windows/agent-workbench.ico
png2icns ../../packaging/macos/agent-workbench.icns agent-workbench-16.png agent-workbench-32.png \
  agent-workbench-48.png agent-workbench-128.png agent-workbench-256.png agent-workbench-512.png >/dev/null
