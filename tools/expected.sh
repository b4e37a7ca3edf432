#!/bin/sh
# Regenerate tests/py/*.exp from CPython 3.11 (Debian's python3): stdout,
# plus a last line "[exit N]" when the script exits with status N != 0.
# Never edit an .exp by hand.
for py in tests/py/*.py; do
    [ -f "$py" ] || continue
    exp="${py%.py}.exp"
    (cd "$(dirname "$py")" && PYTHONHASHSEED=0 python3 "$(basename "$py")" </dev/null) >"$exp" 2>/dev/null
    rc=$?
    [ "$rc" -ne 0 ] && echo "[exit $rc]" >>"$exp"
done
echo "expected: regenerated $(ls tests/py/*.exp 2>/dev/null | wc -l) files"
python3 tools/gen_floatrepr_vectors.py && echo "expected: regenerated tests/unit/floatrepr_vectors.h"
python3 tools/gen_number_vectors.py
python3 tools/ucs_oracle.py
python3 tools/format_oracle.py
