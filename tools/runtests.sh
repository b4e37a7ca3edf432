#!/bin/sh
# Run every test of a build and print one closing line "N passed, N failed".
# Unit tests are cmocka programs speaking TAP; a test program that dies
# (signal, sanitizer report) counts as one failure beyond what it printed.
# Python tests (tests/py/*.py with .exp) are compared once the interpreter
# can run them.
BUILD=${1:-build}
pass=0; fail=0
out=$(mktemp); trap 'rm -f "$out"' EXIT
for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    CMOCKA_MESSAGE_OUTPUT=TAP "$t" >"$out" 2>&1
    rc=$?
    p=$(grep -c '^ok ' "$out"); f=$(grep -c '^not ok ' "$out")
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    if [ "$f" -ne 0 ]; then
        echo "FAIL $(basename "$t") (exit $rc)"; sed 's/^/    /' "$out" | tail -40
    else
        echo "ok   $(basename "$t"): $p"
    fi
    pass=$((pass + p)); fail=$((fail + f))
done
for suite in asttests symtests pytests gptests; do
    sh "tools/$suite.sh" "$BUILD" >"$out" 2>&1
    grep -v "^$suite:" "$out"
    sp=$(sed -n "s/^$suite: \([0-9]*\) passed, \([0-9]*\) failed\$/\1/p" "$out")
    sf=$(sed -n "s/^$suite: \([0-9]*\) passed, \([0-9]*\) failed\$/\2/p" "$out")
    echo "     $suite: ${sp:-0} passed, ${sf:-1} failed"
    pass=$((pass + ${sp:-0})); fail=$((fail + ${sf:-1}))
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
