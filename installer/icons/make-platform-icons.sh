#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#
# Regenerates the committed Windows and macOS icons from the one SVG, after the SVG changes:
#   installer/windows/seoulsolution.ico   16..256 px (ImageMagick)
#   installer/macos/seoulsolution.icns    16..1024 px PNG entries (written here, as iconutil would)
# They are committed because neither platform's build has rsvg-convert; the Linux PNGs are rendered
# at build time (installer/CMakeLists.txt). Needs rsvg-convert (librsvg2-bin), convert
# (imagemagick) and python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/kr.seoulsolution.Desktop.svg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --output "$tmp/$size.png" "$svg"
done

convert "$tmp"/{16,24,32,48,64,128,256}.png "$here/../windows/seoulsolution.ico"

# ICNS: "icns", the total length, then one (type, length, PNG) entry per size; the @2x types
# (ic11..ic14, ic10) hold the double-size images of the Retina variants.
python3 - "$tmp" "$here/../macos/seoulsolution.icns" <<'PY'
import struct, sys
src, out = sys.argv[1], sys.argv[2]
entries = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
           (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]
body = b""
for kind, size in entries:
    png = open(f"{src}/{size}.png", "rb").read()
    body += kind + struct.pack(">I", 8 + len(png)) + png
open(out, "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "wrote installer/windows/seoulsolution.ico and installer/macos/seoulsolution.icns"
