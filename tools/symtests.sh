#!/bin/sh
# Scope analysis against CPython: each tests/symtable/*.py through
# $BUILD/symdump, compared with the .sym CPython's symtable module gave
# (`make expected`).  Closes with "symtests: N passed, N failed".
BUILD=${1:-build}
pass=0; fail=0
out=$(mktemp); trap 'rm -f "$out"' EXIT
for py in tests/symtable/*.py; do
    [ -f "$py" ] || continue
    timeout 60 "$BUILD/symdump" "$py" >"$out" 2>&1
    if cmp -s "$out" "${py%.py}.sym"; then
        pass=$((pass + 1))
    else
        echo "FAIL $py"; diff "${py%.py}.sym" "$out" | head -20 | sed 's/^/    /'
        fail=$((fail + 1))
    fi
done
echo "symtests: $pass passed, $fail failed"
