#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#
# Installs the Debian/Ubuntu packages that building, running and testing need.
# Idempotent: installs nothing when every package is present. Runs apt as root or through sudo.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git sqlite3 libsqlite3-dev zlib1g-dev
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
  qt6-webengine-dev qt6-webengine-dev-tools qt6-pdf-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  libmd4c-dev libmd4c-html0-dev libyaml-cpp-dev libgumbo-dev libsodium-dev libqpdf-dev
  fonts-noto-cjk fonts-nanum poppler-utils xvfb xauth dbus dbus-x11 gnome-keyring
  desktop-file-utils appstream lintian dpkg-dev file librsvg2-bin shared-mime-info
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
