# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Seoul Solution Desktop contributors
# A thin wrapper over the CMake presets. The two commands of the README:
#   make run    install what is missing, build, pack the sample archive, launch the app on it
#   make test   the same set-up, then every test through ctest
PRESET ?= release
BUILD_DIR := build/$(PRESET)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build run test bench package clean

all: build

deps:
	@bash tools/install-deps.sh

configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then cmake --preset $(PRESET); fi

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@bash tools/run-app.sh $(BUILD_DIR)

test: build
	@bash tools/run-tests.sh $(BUILD_DIR)

bench: build
	@cmake --build $(BUILD_DIR) --target benchmarks -j $(JOBS)

package: build
	@cd $(BUILD_DIR) && cpack -G "DEB;TGZ"

clean:
	@rm -rf build
