#!/bin/sh
# Differential Python tests: run each tests/py/*.py under glasspy (from
# tests/py, by its base name, as tools/expected.sh runs CPython) and compare
#   stdout and the exit status with X.exp (the status on the last line as
#     "[exit N]" when it is not 0);
#   stderr with X.err when it exists, and require it empty otherwise.
# The script's directory prefix is cut from stderr as tools/expected.sh
# cuts CPython's (both name the script by its absolute path).
# Both run with PYTHONHASHSEED=0, so sets of str iterate in the same order.
# Prints "pytests: N passed, N failed".
BUILD=${1:-build}
pass=0; fail=0
out=$(mktemp); errout=$(mktemp); trap 'rm -f "$out" "$errout" "$errout.raw"' EXIT
for py in tests/py/*.py; do
    [ -f "$py" ] || continue
    exp="${py%.py}.exp"
    err="${py%.py}.err"
    if [ ! -f "$exp" ]; then
        echo "FAIL $py: no $exp (run make expected)"; fail=$((fail + 1)); continue
    fi
    dir=$(cd "$(dirname "$py")" && pwd)
    prefix=$(printf '%s/' "$dir" | sed 's/[].[\*^$|]/\\&/g')
    (cd "$dir" && PYTHONHASHSEED=0 timeout 60 "../../$BUILD/glasspy" "$(basename "$py")" </dev/null) >"$out" 2>"$errout.raw"
    rc=$?
    [ "$rc" -ne 0 ] && echo "[exit $rc]" >>"$out"
    sed "s|$prefix||g" "$errout.raw" >"$errout"
    ok=1
    cmp -s "$out" "$exp" || ok=0
    if [ -f "$err" ]; then
        cmp -s "$errout" "$err" || ok=0
    else
        [ -s "$errout" ] && ok=0
    fi
    if [ $ok = 1 ]; then
        pass=$((pass + 1))
    else
        echo "FAIL $py"
        cmp -s "$out" "$exp" || diff "$exp" "$out" | head -20 | sed 's/^/    /'
        if [ -f "$err" ]; then
            cmp -s "$errout" "$err" || diff "$err" "$errout" | head -20 | sed 's/^/    stderr: /'
        elif [ -s "$errout" ]; then
            head -5 "$errout" | sed 's/^/    unexpected stderr: /'
        fi
        fail=$((fail + 1))
    fi
done
echo "pytests: $pass passed, $fail failed"
