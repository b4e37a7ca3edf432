#!/bin/sh
# Differential Python tests: run each tests/py/*.py under glasspy and compare
# stdout (and the exit status, recorded on the .exp's last line as
# "[exit N]" when it is not 0) with the .exp file CPython produced
# (`make expected`).  Prints "pytests: N passed, N failed".
BUILD=${1:-build}
pass=0; fail=0
out=$(mktemp); trap 'rm -f "$out"' EXIT
for py in tests/py/*.py; do
    [ -f "$py" ] || continue
    exp="${py%.py}.exp"
    if [ ! -f "$exp" ]; then
        echo "FAIL $py: no $exp (run make expected)"; fail=$((fail + 1)); continue
    fi
    (cd "$(dirname "$py")" && timeout 60 "../../$BUILD/glasspy" "$(basename "$py")" </dev/null) >"$out" 2>/dev/null
    rc=$?
    [ "$rc" -ne 0 ] && echo "[exit $rc]" >>"$out"
    if cmp -s "$out" "$exp"; then
        pass=$((pass + 1))
    else
        echo "FAIL $py"; diff "$exp" "$out" | head -20 | sed 's/^/    /'
        fail=$((fail + 1))
    fi
done
echo "pytests: $pass passed, $fail failed"
