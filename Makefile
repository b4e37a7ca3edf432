# glasspy - GNU Makefile.  `make` builds build/libglasspy.a and build/glasspy.
#   make test     build and run every test; ends with "N passed, N failed"
#   make asan     the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   make bench    benchmarks, glasspy side by side with its peers
#   make demo     the memory map of an image, on a bundled example
#   make expected regenerate tests/py/*.exp from CPython (python3)
#   make deps     check (as root: install) the Debian build dependencies

CC      ?= cc
BUILD   ?= build
SAN     ?=
OPT     ?= -O2
CSTD    := -std=c11 -D_GNU_SOURCE
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CFLAGS  ?= $(OPT) -g
ALLCFLAGS = $(CSTD) $(WARN) $(CFLAGS) -Isrc -Iinclude -MMD -MP
LDLIBS  := -lgmp -lutf8proc -ledit -lm

ifeq ($(SAN),1)
  # the sanitizer build also runs the switch dispatch (src/vm/eval.c), so
  # both dispatch paths are tested
  ALLCFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all \
               -DGP_NO_COMPUTED_GOTO
  LDFLAGS   += -fsanitize=address,undefined
endif

# GNU make's built-in CC default is "cc"; keep whatever the user passed.
ifeq ($(origin CC),default)
  CC := cc
endif

LIB_SRC  := $(wildcard src/mem/*.c src/obj/*.c src/lang/*.c src/vm/*.c \
                       src/lib/*.c src/inspect/*.c)
CLI_SRC  := $(wildcard src/cli/*.c)
TEST_SRC := $(wildcard tests/unit/test_*.c)
BENCH_SRC:= bench/allocbench.c

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TESTS    := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
LIB      := $(BUILD)/libglasspy.a
BIN      := $(BUILD)/glasspy

.PHONY: all test asan bench demo expected deps clean unit-tests
.DEFAULT_GOAL := all

all: $(BUILD)/.deps $(LIB) $(BIN)

$(BUILD)/.deps: tools/deps.sh
	@sh tools/deps.sh
	@mkdir -p $(@D) && touch $@

$(BUILD)/obj/%.o: %.c | $(BUILD)/.deps
	@mkdir -p $(@D)
	$(CC) $(ALLCFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(LDFLAGS) $(CLI_OBJ) $(LIB) $(LDLIBS) -o $@

$(BUILD)/tests/%: tests/unit/%.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(ALLCFLAGS) $(LDFLAGS) $< $(LIB) -lcmocka $(LDLIBS) -o $@

$(BUILD)/symdump: tools/symdump.c $(LIB)
	$(CC) $(ALLCFLAGS) $(LDFLAGS) $< $(LIB) $(LDLIBS) -o $@

$(BUILD)/astdump: tools/astdump.c $(LIB)
	$(CC) $(ALLCFLAGS) $(LDFLAGS) $< $(LIB) $(LDLIBS) -o $@

unit-tests: all $(TESTS) $(BUILD)/symdump $(BUILD)/astdump

test: unit-tests
	@sh tools/runtests.sh $(BUILD)

asan:
	@$(MAKE) --no-print-directory BUILD=build/asan SAN=1 OPT=-O1 test

$(BUILD)/allocbench: $(BENCH_SRC) $(LIB)
	$(CC) $(ALLCFLAGS) -O2 $(LDFLAGS) $< $(LIB) -lmimalloc $(LDLIBS) -o $@

bench: all $(BUILD)/allocbench
	@sh bench/run.sh $(BUILD)
	@sh bench/pyrun.sh $(BUILD)

demo: all
	$(BIN) --memory 64M --map examples/demo.py

expected:
	@sh tools/expected.sh

deps:
	@sh tools/deps.sh

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
