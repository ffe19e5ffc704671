#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Seoul Solution Desktop contributors
# Runs the whole test suite through ctest, inside a private D-Bus session with an unlocked
# Secret Service (gnome-keyring) so that the keychain tests use a real keychain.
set -euo pipefail
build_dir=$(cd "${1:-build/release}" && pwd)
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
inner="cd '$build_dir' && ctest --output-on-failure -j $jobs"
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  # A throw-away login keyring in a temporary folder: --unlock creates it with this password (an
  # empty one creates none), so the tests never touch the keyrings of the user running them.
  keyring_home=$(mktemp -d)
  trap 'rm -rf "$keyring_home"' EXIT
  status=0
  dbus-run-session -- bash -c "printf '%s' 'ss-test-keyring' | XDG_DATA_HOME='$keyring_home' gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; $inner" || status=$?
  exit $status
fi
exec bash -c "$inner"
