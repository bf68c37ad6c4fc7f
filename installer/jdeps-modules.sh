#!/usr/bin/env bash
# Prints the JDK modules the packaged console needs, for `installer.modules` in pom.xml.
# Run after `mvn -Pinstaller -DskipTests package` (it reads target/installer/input/).
# jdeps sees only static references: jdk.localedata (Korean dates and numbers, loaded as a
# service) is added by hand in the pom. JavaFX's own jars ask for jdk.unsupported.desktop
# (javafx.swing), which is why it appears in the pom's list too.
set -euo pipefail
cd "$(dirname "$0")/.."
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
input=target/installer/input
main_jar=$(ls "$input"/*.jar | head -n 1)
"$java_home/bin/jdeps" -q --multi-release 21 --ignore-missing-deps --print-module-deps \
  --class-path "$input/lib/*" "$main_jar"
