#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Seoul Solution Desktop contributors
# Launches the app on the bundled archive. Without a display it starts one with xvfb-run.
set -euo pipefail
build_dir=${1:-build/release}
app="$build_dir/app/seoulsolution"
archive="$build_dir/seoul-solution.ssarc"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" = "" ]; then
  echo "No display found: starting the app under xvfb-run (use a desktop session to see it)."
  exec xvfb-run -a "$app" "$archive"
fi
exec "$app" "$archive"
