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
  exec dbus-run-session -- bash -c "echo -n '' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; $inner"
fi
exec bash -c "$inner"
