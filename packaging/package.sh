#!/usr/bin/env bash
# Builds the desktop packages from target/agent-workbench.jar and target/lib (run by `mvn -Ppackage
# package`): a jlink'd runtime of the JDK and JavaFX modules only, a jpackage app-image with the app's
# jars on the class path, and where the host has the tools a .deb (Linux), .dmg (macOS) or .msi
# (Windows). Each platform's installer settings are in packaging/<os>/installer.options.
#
# PACKAGE_OS=linux|macos|windows overrides the detected platform; PACKAGE_DRY_RUN=1 prints the
# jlink and jpackage commands instead of running them (so the macOS and Windows commands can be
# checked on Linux).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
version="${1:-0.1.0}"
out="target/package"
name="agent-workbench"
main_class="dev.agentworkbench.Main"
description="Agent specs, basic-memory notes, quality checks and attributed commits for AI coding agents"
dry_run="${PACKAGE_DRY_RUN:-}"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"

detected_os() {
  case "$(uname -s)" in
    Linux) echo linux ;;
    Darwin) echo macos ;;
    MINGW* | MSYS* | CYGWIN*) echo windows ;;
    *) echo "package: unknown platform $(uname -s)" >&2; exit 2 ;;
  esac
}
os="${PACKAGE_OS:-$(detected_os)}"
case "$os" in linux | macos | windows) ;; *) echo "package: PACKAGE_OS must be linux, macos or windows" >&2; exit 2 ;; esac

run() { # runs a command, or prints it on a dry run
  if [ -n "$dry_run" ]; then
    printf '%q ' "$@"
    printf '\n'
  else
    "$@"
  fi
}

prepare_input() {
  [ -f target/agent-workbench.jar ] && [ -d target/lib ] || {
    echo "package: target/agent-workbench.jar or target/lib is missing; run 'mvn -Ppackage package'." >&2
    exit 2
  }
  rm -rf "$out"
  mkdir -p "$out/platform-modules" "$out/input/lib"
  # JavaFX's platform jars become modules of the runtime; everything else stays on the class path.
  for jar in target/lib/*.jar; do
    base="$(basename "$jar")"
    case "$base" in
      javafx-*-linux*.jar | javafx-*-mac*.jar | javafx-*-win.jar) cp "$jar" "$out/platform-modules/" ;;
      javafx-*.jar) ;; # the empty per-platform selector jars
      *) cp "$jar" "$out/input/lib/" ;;
    esac
  done
  cp target/agent-workbench.jar "$out/input/"
  # JDK 17 leaves classes of signed jars (JGit) out of the start-up archive and crashes dumping
  # their lambdas: the packaged copies lose their signature.
  if command -v zip >/dev/null 2>&1; then
    for jar in "$out"/input/lib/*.jar; do
      if unzip -l "$jar" 'META-INF/*.SF' >/dev/null 2>&1; then
        zip -q -d "$jar" 'META-INF/*.SF' 'META-INF/*.RSA' 'META-INF/*.DSA' 'META-INF/*.EC' >/dev/null
      fi
    done
  fi
}

[ -n "$dry_run" ] || prepare_input

module_path_separator=":"
[ "$os" = windows ] && module_path_separator=";"
jdk_modules="java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,java.xml,jdk.crypto.ec,jdk.management,jdk.unsupported,jdk.zipfs,jdk.charsets,jdk.localedata"
echo "package: jlink runtime (JDK + JavaFX modules)" >&2
run "$java_home/bin/jlink" \
  --module-path "$java_home/jmods$module_path_separator$out/platform-modules" \
  --add-modules "$jdk_modules,javafx.controls" \
  --include-locales=en \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$out/runtime"

case "$os" in
  linux) icon="assets/icon/agent-workbench-256.png" ;;
  macos) icon="packaging/macos/agent-workbench.icns" ;;
  windows) icon="packaging/windows/agent-workbench.ico" ;;
esac

common=(
  --name "$name" --app-version "$version" --vendor "Agent Workbench" --description "$description"
  --input "$out/input" --main-jar agent-workbench.jar --main-class "$main_class"
  --runtime-image "$out/runtime" --resource-dir "packaging/$os" --icon "$icon"
  # JavaFX is in the runtime's modules, the app on the class path: ControlsFX's auto-completion
  # (the commit room's agent field) reaches into an internal JavaFX package.
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED"
  # The quick compiler only: bench/startup.sh measured the first frame at 0.7x of the default here
  # (the optimising compiler's threads compete with start-up on a 2-core machine).
  --java-options "-XX:TieredStopAtLevel=1"
  # G1 with short pauses on a small heap given back when idle (no pause over 50 ms while 10,000
  # notes are indexed; about 285 MB resident with them open, not 600).
  --java-options "-XX:+UseG1GC" --java-options "-XX:MaxGCPauseMillis=20"
  --java-options "-XX:G1PeriodicGCInterval=5000"
  --java-options "-Xms32m" --java-options "-Xmx1g"
  --java-options "-XX:MinHeapFreeRatio=10" --java-options "-XX:MaxHeapFreeRatio=30"
)
if [ "$os" = linux ]; then
  # The .deb's post-install step makes this archive at the install location (JDK 17 needs that).
  common+=(--java-options "-XX:SharedArchiveFile=\$APPDIR/agent-workbench.jsa" --java-options "-Xshare:auto")
fi

echo "package: app-image" >&2
image_options=()
[ -f "packaging/$os/app-image.options" ] && image_options=("@packaging/$os/app-image.options")
run "$java_home/bin/jpackage" --type app-image --dest "$out" "${common[@]}" "${image_options[@]}"

installer() { # the installer of this platform, from the app-image, with packaging/<os>/installer.options
  local type="$1" image="$2"
  echo "package: .$type" >&2
  run "$java_home/bin/jpackage" --type "$type" --dest "$out" --app-image "$image" \
    --name "$name" --app-version "$version" --vendor "Agent Workbench" --description "$description" \
    --resource-dir "packaging/$os" --icon "$icon" "@packaging/$os/installer.options"
}

# jpackage makes the .deb depend on xdg-utils for its menu commands; our post-install step installs
# the menu entry itself, so plain `dpkg -i` works where xdg-utils is missing. The other
# dependencies (the runtime's libraries, found by jpackage) stay.
without_xdg_utils() {
  local deb="$1" tree="$out/deb-tree"
  [ -f "$deb" ] || deb="$(ls "$out"/*.deb)"
  rm -rf "$tree"
  fakeroot sh -c '
    dpkg-deb -R "$1" "$2" &&
      sed -i -E "/^Depends:/ { s/(, )?xdg-utils//; s/: , /: / }" "$2/DEBIAN/control" &&
      dpkg-deb -b "$2" "$1" >/dev/null' _ "$deb" "$tree"
  rm -rf "$tree"
}

case "$os" in
  linux)
    if [ -n "$dry_run" ] || { command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; }; then
      installer deb "$out/$name"
      [ -n "$dry_run" ] || without_xdg_utils "$out/${name}_${version}-1_amd64.deb"
    else
      echo "package: dpkg-deb or fakeroot missing: no .deb (the app-image is in $out/$name)"
    fi
    ;;
  macos) installer dmg "$out/$name.app" ;;
  windows) installer msi "$out/$name" ;;
esac
if [ -z "$dry_run" ]; then
  du -sh "$out/$name"* 2>/dev/null || true
  ls -l "$out"/*.deb "$out"/*.dmg "$out"/*.msi 2>/dev/null || true
fi
