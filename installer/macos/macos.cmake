# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Seoul Solution Desktop contributors
# macOS: a disk image holding seoulsolution.app and a link to /Applications (CPack DragNDrop).
# Included by installer/CMakeLists.txt on APPLE only; not built by this project's CI (Debian).
# Build on macOS with the Qt 6.4+ online installer's Qt:
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=~/Qt/6.4.2/macos
#   cmake --build build && cd build && cpack -G DragNDrop
#
# Everything lives in the bundle, which is what macdeployqt and Gatekeeper expect:
#   seoulsolution.app/Contents/MacOS/seoulsolution, seoulsolution-archive
#   seoulsolution.app/Contents/Resources/seoul-solution.ssarc, seoulsolution.icns
#   seoulsolution.app/Contents/Frameworks, PlugIns (macdeployqt)
# That needs, outside installer/ (see installer/README.md): MACOSX_BUNDLE with
# installer/macos/Info.plist.in and BUNDLE DESTINATION . for the app, the packer installed to
# seoulsolution.app/Contents/MacOS, the archive to seoulsolution.app/Contents/Resources, and
# bundledArchive() looking in <bindir>/../Resources.

find_program(SS_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
set(SS_MACOS_CODESIGN_IDENTITY "" CACHE STRING
    "Developer ID Application identity for macdeployqt -codesign; empty: ad-hoc signature only")

# After the bundle is installed (this folder is added last), macdeployqt copies the Qt frameworks,
# plugins and QtWebEngineProcess into it and rewrites both programs' library references.
configure_file("${CMAKE_CURRENT_SOURCE_DIR}/macos/deploy-qt.cmake.in" "${CMAKE_CURRENT_BINARY_DIR}/deploy-qt.cmake" @ONLY)
install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/deploy-qt.cmake")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Seoul Solution")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_SOURCE_DIR}/macos/seoulsolution.icns") # the volume's icon
set(CPACK_PACKAGE_FILE_NAME "SeoulSolution-${PROJECT_VERSION}-macOS")
