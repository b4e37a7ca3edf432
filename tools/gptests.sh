#!/bin/sh
# glasspy-only tests: behaviour CPython cannot be the oracle for (memory
# limits, addresses, the memory views).  Each tests/glasspy/*.py checks its
# own invariants with assert and prints "ok" last; a first-line comment
# "# glasspy-flags: ..." gives command-line options.  Closes with
# "gptests: N passed, N failed".
BUILD=${1:-build}
pass=0; fail=0
out=$(mktemp); trap 'rm -f "$out"' EXIT
for py in tests/glasspy/*.py; do
    [ -f "$py" ] || continue
    flags=$(sed -n '1s/^# glasspy-flags: //p' "$py")
    timeout 120 "$BUILD/glasspy" $flags "$py" >"$out" 2>&1
    rc=$?
    if [ "$rc" -eq 0 ] && [ "$(tail -1 "$out")" = "ok" ]; then
        pass=$((pass + 1))
    else
        echo "FAIL $py (exit $rc)"; tail -15 "$out" | sed 's/^/    /'
        fail=$((fail + 1))
    fi
done
echo "gptests: $pass passed, $fail failed"
