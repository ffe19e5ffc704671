# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Seoul Solution Desktop contributors
# Windows: an NSIS installer and a portable ZIP of the same tree. Included by installer/CMakeLists.txt
# on WIN32 only; not built by this project's CI (Debian). Build on Windows with MSVC and the Qt
# 6.4+ online installer's Qt (WebEngine needs MSVC), NSIS 3 on PATH:
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=C:/Qt/6.4.2/msvc2019_64
#   cmake --build build && cd build && cpack -G "NSIS;ZIP"
#
# The installed tree is the one of every platform, so the app finds its archive the same way:
#   <prefix>/bin/seoulsolution.exe, seoulsolution-archive.exe, Qt6*.dll, plugins (windeployqt)
#   <prefix>/share/seoulsolution/seoul-solution.ssarc          (resources/CMakeLists.txt)
# The app target needs, in app/CMakeLists.txt: WIN32_EXECUTABLE and installer/windows/seoulsolution.rc
# (the icon of the .exe); see installer/README.md.

# windeployqt ships with Qt (qttools in 6.4); QT6_INSTALL_PREFIX/QT6_INSTALL_BINS come from find_package(Qt6).
find_program(SS_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)

# The MSVC runtime DLLs go next to the programs, so the installer needs no vc_redist.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# After the programs are installed (this folder is added last), windeployqt copies the Qt DLLs,
# plugins, QtWebEngineProcess.exe with its resources, and the Korean and English Qt catalogs
# (Ss::Core::Translator loads qtbase_ko from <bin>/translations) into the staging tree.
configure_file("${CMAKE_CURRENT_SOURCE_DIR}/windows/deploy-qt.cmake.in" "${CMAKE_CURRENT_BINARY_DIR}/deploy-qt.cmake" @ONLY)
install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/deploy-qt.cmake")

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Seoul Solution")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "SeoulSolution")
# Start menu entry and desktop shortcut: <exe name without .exe> <label>, in CPACK_NSIS_EXECUTABLES_DIRECTORY.
set(CPACK_PACKAGE_EXECUTABLES "seoulsolution" "Seoul Solution")
set(CPACK_CREATE_DESKTOP_LINKS "seoulsolution")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_PACKAGE_NAME "Seoul Solution")
set(CPACK_NSIS_DISPLAY_NAME "Seoul Solution")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/seoulsolution.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/seoulsolution.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\seoulsolution.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "seoulsolution.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${SS_HOMEPAGE}")
set(CPACK_NSIS_HELP_LINK "${SS_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "${SS_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE") # the GPL text, shown before installing
endif()

# Double-clicking an .ssarc opens it in the app (the Windows counterpart of the shared-mime-info
# type and the desktop entry's MimeType). SHCTX is HKLM for an all-users install, HKCU otherwise.
# The extension is removed on uninstall only while it still points to us.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr SHCTX "Software\Classes\.ssarc" "" "SeoulSolution.Archive"
  WriteRegStr SHCTX "Software\Classes\.ssarc" "Content Type" "application/x-seoulsolution-archive"
  WriteRegStr SHCTX "Software\Classes\SeoulSolution.Archive" "" "Seoul Solution archive"
  WriteRegStr SHCTX "Software\Classes\SeoulSolution.Archive\DefaultIcon" "" "$INSTDIR\bin\seoulsolution.exe,0"
  WriteRegStr SHCTX "Software\Classes\SeoulSolution.Archive\shell\open\command" "" '"$INSTDIR\bin\seoulsolution.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 SHCTX "Software\Classes\.ssarc" ""
  StrCmp $0 "SeoulSolution.Archive" 0 +2
    DeleteRegKey SHCTX "Software\Classes\.ssarc"
  DeleteRegKey SHCTX "Software\Classes\SeoulSolution.Archive"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
