#!/usr/bin/env bash
# Builds the desktop packages from target/agent-workbench.jar and target/lib (run by `mvn -Ppackage
# package`): a jlink'd runtime of the JDK and JavaFX modules only, a jpackage app-image with the app's
# jars on the class path, and where the host has the tools a .deb (Linux), .dmg (macOS) or .msi (Windows).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
version="${1:-0.1.0}"
out="target/package"
name="agent-workbench"
main_class="dev.agentworkbench.Main"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) echo "package: unknown platform $(uname -s)" >&2; exit 2 ;;
esac

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
    javafx-*-linux.jar | javafx-*-mac*.jar | javafx-*-win.jar) cp "$jar" "$out/platform-modules/" ;;
    javafx-*.jar) ;; # the empty per-platform selector jars
    *) cp "$jar" "$out/input/lib/" ;;
  esac
done
cp target/agent-workbench.jar "$out/input/"

jdk_modules="java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,java.xml,jdk.crypto.ec,jdk.unsupported,jdk.zipfs,jdk.charsets,jdk.localedata"
echo "package: jlink runtime (JDK + JavaFX modules)"
"$java_home/bin/jlink" \
  --module-path "$java_home/jmods:$out/platform-modules" \
  --add-modules "$jdk_modules,javafx.controls" \
  --include-locales=en \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$out/runtime"

icon="assets/icon/agent-workbench-256.png"
[ "$os" = macos ] && icon="packaging/macos/agent-workbench.icns"
[ "$os" = windows ] && icon="packaging/windows/agent-workbench.ico"

common=(
  --name "$name" --app-version "$version" --vendor "Agent Workbench"
  --description "Agent specs, basic-memory notes, quality checks and attributed commits for AI coding agents"
  --input "$out/input" --main-jar agent-workbench.jar --main-class "$main_class"
  --runtime-image "$out/runtime"
  --java-options "-XX:SharedArchiveFile=\$APPDIR/agent-workbench.jsa" --java-options "-Xshare:auto"
  --resource-dir "packaging/$os"
)
[ -f "$icon" ] && common+=(--icon "$icon")

echo "package: app-image"
"$java_home/bin/jpackage" --type app-image --dest "$out" "${common[@]}"

case "$os" in
  linux)
    if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
      echo "package: .deb"
      "$java_home/bin/jpackage" --type deb --dest "$out" --app-image "$out/$name" \
        --name "$name" --app-version "$version" --vendor "Agent Workbench" \
        --description "Agent specs, basic-memory notes, quality checks and attributed commits for AI coding agents" \
        --resource-dir packaging/linux --icon assets/icon/agent-workbench-256.png \
        --linux-shortcut --linux-menu-group Development --linux-app-category devel \
        --linux-package-name "$name" --linux-deb-maintainer "dev@agentworkbench.invalid"
    else
      echo "package: dpkg-deb or fakeroot missing: no .deb (the app-image is in $out/$name)"
    fi
    ;;
  macos) "$java_home/bin/jpackage" --type dmg --dest "$out" --app-image "$out/$name.app" --name "$name" \
           --app-version "$version" --resource-dir packaging/macos ;;
  windows) "$java_home/bin/jpackage" --type msi --dest "$out" --app-image "$out/$name" --name "$name" \
             --app-version "$version" --resource-dir packaging/windows --win-menu --win-shortcut \
             --win-dir-chooser --win-per-user-install ;;
esac
du -sh "$out/$name"* 2>/dev/null || true
ls -l "$out"/*.deb "$out"/*.dmg "$out"/*.msi 2>/dev/null || true
