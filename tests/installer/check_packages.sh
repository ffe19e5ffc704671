#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#
# tst_installerpackage: makes the Debian package and the tarball from a built tree as `make package`
# does, but into a scratch directory (cpack writes only install_manifest.txt into the build tree),
# then checks them the way Debian's tools and a user see them:
#   dpkg-deb -I / -c     control fields, dependencies, every file the package promises
#   lintian              no error, and no warning other than the accepted ones below
#   desktop-file-validate, appstreamcli validate / validate-tree --no-net, update-mime-database,
#   man --warnings       the desktop integration files as installed
#   the programs         extracted with dpkg -x into a scratch root (and the tarball elsewhere) and
#                        run from there: --version, --help against the manual pages, verify on the
#                        installed archive, and a short offscreen start that must open the archive
#                        installed next to the binary, not one of the build tree.
#
# Usage: check_packages.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail

build=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
version=$3
app_id=kr.seoulsolution.Desktop

# Lintian warnings accepted, as [tag]="reason"; errors never are. None is needed today. Info tags
# are shown in the log but not judged: hardening-no-bindnow and hardening-no-fortify-functions
# (the root CMakeLists sets no -Wl,-z,now nor -D_FORTIFY_SOURCE) and binary-has-unneeded-section
# .comment (CPack strips with plain `strip`).
declare -A accepted_warnings=()

work=$(mktemp -d "${TMPDIR:-/tmp}/ss-packages.XXXXXX")
work=$(cd "$work" && pwd -P)
app_pid=
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '== %-58s %3ss\n' "$*" "$SECONDS"; }
contains() { grep -qF -- "$2" <<<"$1"; }

step "cpack -G DEB;TGZ into a scratch directory"
cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/pkg" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(find "$work/pkg" -maxdepth 1 -name "seoulsolution_${version}_*.deb")
tgz=$(find "$work/pkg" -maxdepth 1 -name "seoulsolution-${version}-*.tar.gz")
[ -f "$deb" ] || fail "no seoulsolution_${version}_*.deb in $work/pkg"
[ -f "$tgz" ] || fail "no seoulsolution-${version}-*.tar.gz in $work/pkg"

step "dpkg-deb -I: control fields and dependencies"
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = seoulsolution ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project is $version"
[ "$(field Section)" = education ] || fail "Section is '$(field Section)'"
[[ "$(field Maintainer)" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer is not 'Name <address>'"
[[ "$(field Homepage)" == https://* ]] || fail "no https Homepage"
depends=$(field Depends)
# The libraries the programs link (found by dpkg-shlibdeps) and the SQL plugin Qt loads at run time.
for package in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite \
               libqt6webenginecore6 libqt6webenginewidgets6 libsqlite3-0 zlib1g; do
    [[ ", $depends," == *", $package "* || ", $depends," == *", $package,"* ]] \
        || fail "Depends lacks $package: $depends"
done
contains "$(field Recommends)" fonts-noto-cjk || fail "Recommends lacks fonts-noto-cjk"

step "dpkg-deb -c: the files"
listing=$(dpkg-deb -c "$deb")
expected=(
    usr/bin/seoulsolution usr/bin/seoulsolution-archive
    usr/share/seoulsolution/seoul-solution.ssarc
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/mime/packages/$app_id.xml" "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/seoulsolution.1.gz usr/share/man/man1/seoulsolution-archive.1.gz
    usr/share/doc/seoulsolution/copyright usr/share/doc/seoulsolution/changelog.gz)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
    contains "$listing" " ./$file" || fail "the package lacks /$file"
done
if grep -v ' root/root ' <<<"$listing"; then fail "files not owned by root/root"; fi
if grep -E '^d' <<<"$listing" | grep -v '^drwxr-xr-x '; then fail "directories not 0755"; fi

step "lintian"
lintian_out=$(lintian --display-info "$deb" 2>&1 | grep -v 'running with root privileges' || true)
[ -z "$lintian_out" ] || printf '%s\n' "$lintian_out"
while read -r severity _ tag _; do
    case "$severity" in
    E:) fail "lintian error: $tag" ;;
    W:) [ -n "${accepted_warnings[$tag]+set}" ] || fail "lintian warning not accepted: $tag" ;;
    esac
done <<<"$lintian_out"

step "dpkg -x into a scratch root"
root="$work/root"
dpkg -x "$deb" "$root"
cd "$work" # from here on nothing runs inside the build tree
# No build-tree path: neither the build's bundled archive in any file, nor the build or source tree
# in a text file. (Binaries of a Debug build hold source paths in assertion and log messages.)
if grep -rlaF "$build/seoul-solution.ssarc" "$root"; then fail "the build tree's archive path is baked into the files above"; fi
if grep -rlIF -e "$build" -e "$source_dir" "$root"; then fail "build-tree or source-tree paths in the files above"; fi

step "desktop-file-validate"
desktop="$root/usr/share/applications/$app_id.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -qx 'Exec=seoulsolution %f' "$desktop" || fail "Exec is not 'seoulsolution %f'"
grep -qx 'MimeType=application/x-seoulsolution-archive;' "$desktop" || fail "MimeType"
grep -qx 'Categories=Education;Office;' "$desktop" || fail "Categories"
grep -q '^Name\[ko\]=' "$desktop" && grep -q '^Comment\[ko\]=' "$desktop" || fail "no Korean Name/Comment"

step "appstreamcli validate / validate-tree --no-net"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
[ "$newest" = "$version" ] || fail "the newest <release> in the metainfo is $newest, the project is $version"

step "update-mime-database, icons, changelog, manual pages"
# With the root in XDG_DATA_DIRS the tool has nothing to note: any output is a complaint about our
# package (it still exits 0 then).
mime_log=$(XDG_DATA_DIRS="$root/usr/share" PKGSYSTEM_ENABLE_FSYNC=0 update-mime-database "$root/usr/share/mime" 2>&1)
[ -z "$mime_log" ] || fail "update-mime-database: $mime_log"
grep -qx '50:application/x-seoulsolution-archive:\*.ssarc' "$root/usr/share/mime/globs2" || fail "no *.ssarc glob"
grep -qa 'SSAR' "$root/usr/share/mime/magic" || fail "no application_id magic"
for size in 16 22 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    file -b "$png" | grep -q "PNG image data, $size x $size," || fail "$png: $(file -b "$png")"
done
[[ "$(zcat "$root/usr/share/doc/seoulsolution/changelog.gz" | head -n 1)" == "seoulsolution ($version) "* ]] \
    || fail "the changelog's first entry is not $version"
for page in "$root"/usr/share/man/man1/*.1.gz; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
    zcat "$page" | grep -q "^\.TH .* \"Seoul Solution $version\"" || fail "$(basename "$page") is not for $version"
done

# Every command of the packer and every option of the app appears in its manual page.
roff_option() { sed 's/-/\\-/g' <<<"$1"; }
step "seoulsolution-archive from the package"
packer="$root/usr/bin/seoulsolution-archive"
[ "$("$packer" --version)" = "seoulsolution-archive $version" ] || fail "seoulsolution-archive --version"
"$packer" verify "$root/usr/share/seoulsolution/seoul-solution.ssarc" || fail "verify of the installed archive"
man_packer=$(zcat "$root/usr/share/man/man1/seoulsolution-archive.1.gz")
commands=$("$packer" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF > 1 && /^  / {print $1}')
[ -n "$commands" ] || fail "no commands in seoulsolution-archive --help"
for command in $commands; do
    grep -qx "\.B $command" <<<"$man_packer" || fail "seoulsolution-archive.1 does not describe '$command'"
done

# A clean environment for the installed programs: nothing of the build (LD_LIBRARY_PATH, SS_*)
# leaks in, and each run has its own HOME. Fills the array "environment" for env -i.
new_home() {
    home="$work/home-$1"
    mkdir -p "$home/run"
    chmod 700 "$home/run"
    environment=(PATH=/usr/bin:/bin LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME="$home" XDG_CONFIG_HOME="$home/config"
                 XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run"
                 QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 SS_TESTING=1)
}

# Starts the app with no file, waits until it has opened an archive (MainWindow::openArchive puts it
# first in the recent list of the settings), checks that it is the expected one and that the app
# still runs a moment later (the first page has been rendered by then), then stops it.
start_app() {
    local app=$1 expected=$2
    new_home "$3"
    local conf="$home/config/SeoulSolution/seoulsolution.conf" started=$SECONDS
    # A plain command, not a function, so that $! is timeout itself, which passes kill on to the app.
    env -i "${environment[@]}" timeout -k 5 90 "$app" >"$home/app.log" 2>&1 &
    app_pid=$!
    until grep -qs '^recent=' "$conf"; do
        kill -0 "$app_pid" 2>/dev/null || { cat "$home/app.log"; fail "the app exited before opening an archive"; }
        [ $((SECONDS - started)) -lt 60 ] || { cat "$home/app.log"; fail "no archive opened within 60 s"; }
        sleep 0.2
    done
    local opened
    opened=$(sed -n 's/^recent=//p' "$conf" | cut -d, -f1)
    [ "$opened" = "$expected" ] || { cat "$home/app.log"; fail "the app opened '$opened', not '$expected'"; }
    sleep 3
    kill -0 "$app_pid" 2>/dev/null || { cat "$home/app.log"; fail "the app died after opening $expected"; }
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=
    for _ in 1 2 3 4 5 6 7 8 9 10; do pgrep -f -- "^$app\$" >/dev/null || break; sleep 0.5; done
    if pgrep -f -- "^$app\$" >/dev/null; then fail "the app did not stop"; fi
    echo "opened $opened after $((SECONDS - started))s and kept running"
}

step "seoulsolution from the package"
app="$root/usr/bin/seoulsolution"
new_home version
[ "$(env -i "${environment[@]}" "$app" --version)" = "seoulsolution $version" ] || fail "seoulsolution --version"
help=$(env -i "${environment[@]}" "$app" --help)
man_app=$(zcat "$root/usr/share/man/man1/seoulsolution.1.gz")
for option in $(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u); do
    contains "$man_app" "$(roff_option "$option")" || fail "seoulsolution.1 does not describe $option"
done
start_app "$app" "$root/usr/share/seoulsolution/seoul-solution.ssarc" deb

step "the tarball: a relocated prefix"
mkdir -p "$work/tgz"
tar -xzf "$tgz" -C "$work/tgz"
prefix=$(find "$work/tgz" -mindepth 1 -maxdepth 1 -type d)
"$prefix/bin/seoulsolution-archive" verify "$prefix/share/seoulsolution/seoul-solution.ssarc" \
    || fail "verify in the tarball"
start_app "$prefix/bin/seoulsolution" "$prefix/share/seoulsolution/seoul-solution.ssarc" tgz

step "done"
