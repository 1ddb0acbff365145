# Descent: two commands on a fresh Debian machine with Swift.
#   make        install libcmark-dev if missing, build (release), build the course
#   make test   the same set-up, then the test suite and `descent check`

SWIFT   ?= swift
DESCENT := .build/release/descent
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build course test lint format sanitize tsan check validate browser bench fuzz fuzz-build fuzz-smoke torch-check clean

all: course

deps:
	@if pkg-config --exists libcmark; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  echo "libcmark-dev not found; installing it with apt-get"; \
	  if [ -n "$(SUDO)" ] && ! command -v sudo >/dev/null 2>&1; then \
	    echo "error: libcmark-dev is missing and installing it needs root (no sudo found)" >&2; \
	    echo "       run as root: apt-get install libcmark-dev" >&2; exit 1; fi; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev || { \
	    echo "error: could not install libcmark-dev; install it by hand and rerun make" >&2; exit 1; }; \
	else \
	  echo "error: libcmark-dev is missing and apt-get is not available; install cmark's" >&2; \
	  echo "       development files (libcmark.pc must be visible to pkg-config)" >&2; exit 1; \
	fi

# The Swift runtime and FoundationEssentials are linked statically: start-up halves (a one-lesson
# build spends half its time loading ~9,000 symbols otherwise) and the binary runs wherever it
# is copied, at the cost of size (43 MB). Descent does not link the whole of Foundation (with
# ICU it doubled the binary and slowed every start): scripts/check-imports.sh, run by make lint.
#
# The runtime's C++ library and libgcc are linked statically too: loading libstdc++.so (its
# relocations and symbol lookups) took 0.6 ms of every start, a twentieth of a one-lesson build.
# swiftc asks for -lstdc++ itself, so the linker is first pointed at a folder holding only the
# static archive; where the toolchain's clang finds no libstdc++.a, the shared one is used.
STATIC_CXX_DIR := .build/static-c++
STATIC_CXX_A   := $(shell $(dir $(shell command -v $(SWIFT) 2>/dev/null))clang -print-file-name=libstdc++.a 2>/dev/null)
ifeq ($(shell uname -s)-$(filter /%,$(STATIC_CXX_A)),Linux-$(STATIC_CXX_A))
STATIC_CXX_FLAGS := $(addprefix -Xswiftc ,-Xclang-linker -L$(CURDIR)/$(STATIC_CXX_DIR) -Xclang-linker -static-libgcc)
endif

# Generic types are instantiated through their metadata accessors, not by mangled name: a name
# is resolved at first use by looking up each conformance it needs, a scan of the binary's
# 4,300 conformance records, some 36,000 instructions a time. This took 11 M instructions out of
# a build after one lesson changed (167 M to 156 M; conformance scans 18 M to 10 M) and 1.4 ms
# of its 22 ms (median of 40, alternating), and 0.4 ms out of a one-lesson build.
METADATA_FLAGS := -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors

# On Linux the executable is linked at a fixed address (not position-independent), as Go links
# its programs: a position-independent one has its 45,000 absolute addresses (in type metadata
# and witness tables) rewritten by the loader at every start, each page written a page copied.
# Linked in place, a one-lesson build took 9.48 ms instead of 9.99 and a build after one change
# 16.74 instead of 17.21 (medians of 40, alternating: scripts/bench-ab.py). The libraries it
# loads (libc, libcmark) are still placed at random addresses; the executable's own are not.
ifeq ($(shell uname -s),Linux)
POSITION_FLAGS := -Xswiftc -Xclang-linker -Xswiftc -no-pie
endif

build: deps
ifdef STATIC_CXX_FLAGS
	@mkdir -p $(STATIC_CXX_DIR) && ln -sf $(STATIC_CXX_A) $(STATIC_CXX_DIR)/libstdc++.a
endif
	$(SWIFT) build -c release --product descent --static-swift-stdlib $(STATIC_CXX_FLAGS) $(METADATA_FLAGS) \
	  $(POSITION_FLAGS)

course: build
	$(DESCENT) build

test: build lint
	$(SWIFT) test
	$(MAKE) sanitize
	$(MAKE) fuzz-smoke
	$(DESCENT) check
	$(MAKE) validate
	$(MAKE) browser

# libFuzzer targets, one per parser (Fuzz/, a package of its own): each runs FUZZ_SECONDS (or
# FUZZ_RUNS executions, if given, whichever comes first) from the seed corpus in Fuzz/Corpus.
# Findings are saved under .build-fuzz/artifacts/ (scripts/fuzz.sh).
FUZZ_SECONDS ?= 60
FUZZ_RUNS    ?= -1
FUZZERS := FuzzExpression FuzzBlock FuzzStoppingRule FuzzSplice FuzzMath FuzzCSV FuzzCourseSettings FuzzMarkdownCode

fuzz-build: deps
	$(SWIFT) build -c release --package-path Fuzz --scratch-path .build-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing

fuzz: fuzz-build
	FUZZ_RUNS=$(FUZZ_RUNS) scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZERS)

# What `make test` runs: every fuzzer for 3 seconds with a fixed seed, after replaying the seed
# corpus and the reproducers of past findings kept in it (not the working corpus of make fuzz).
fuzz-smoke:
	rm -rf .build-fuzz/smoke
	FUZZ_SEED=1 FUZZ_WORK=.build-fuzz/smoke $(MAKE) fuzz FUZZ_SECONDS=3

# Source formatting: .swift-format's rules, strict (a warning fails). `make format` fixes most.
lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift Fuzz/Package.swift Fuzz/Sources
	scripts/check-imports.sh $(wildcard $(DESCENT))

format:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests Package.swift Fuzz/Package.swift Fuzz/Sources

# The cmark wrapper's tests under AddressSanitizer: every cmark allocation freed exactly once.
sanitize: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan.supp \
	  $(SWIFT) test --sanitize=address --scratch-path .build-asan --filter DescentSiteTests

# The course built by a ThreadSanitizer build of descent (cold, cached, after a change, check,
# and a failing build): lessons, pages, figures and cache reads run concurrently; any data race
# fails (scripts/tsan-check.sh). Not part of make test: it compiles everything a second time.
tsan: deps
	scripts/tsan-check.sh

# Speed figures: the engine against hand-written loops, the sweep against NumPy (when NumPy is
# installed: pip install numpy), and the whole course in a cold process.
bench: build
	$(DESCENT) bench
	@if python3 -c "import numpy" 2>/dev/null; then python3 scripts/bench-sweep-numpy.py --descent $(DESCENT); \
	else echo "NumPy comparison skipped: python3 with numpy not found (pip install numpy)"; fi
	bash scripts/bench-course.sh
	bash scripts/bench-incremental.sh
	bash scripts/bench-nbconvert.sh

check: build
	$(DESCENT) check

# Every page and SVG figure of output/ (and the test suite's sample site) through the Nu HTML Checker.
validate:
	scripts/validate-html.sh

# Every page loaded in headless Chromium: no console errors or failed loads, math and figures
# rendered, WCAG AA text contrast in both schemes (pages and SVG figures); light, dark and
# phone screenshots in a temporary directory. Then one page from a live `descent preview`,
# which must reload by itself when its lesson is saved.
browser:
	scripts/browser-check.sh
	scripts/preview-check.sh $(DESCENT)

# Every `show: pytorch` script of the course run with PyTorch, its numbers compared with
# `descent run --format json` to 1e-9 relative (not part of make test: it needs torch, which it
# installs, CPU only, into .build-torch/venv; TORCH_VENV=DIR uses an existing environment).
torch-check: build
	scripts/torch-check.sh $(DESCENT)

clean:
	rm -rf .build .build-asan .build-fuzz .build-torch .build-tsan
