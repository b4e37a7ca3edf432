#!/bin/sh
# Regenerate tests/py/*.exp (and .err) from CPython 3.11 (Debian's python3):
#   X.exp  stdout, plus a last line "[exit N]" when the script exits with
#          status N != 0;
#   X.err  stderr (tracebacks, syntax errors, warnings) when it is not
#          empty; a stale X.err is removed when CPython writes nothing.
# CPython names the script by its absolute path ("/.../tests/py/X.py"), so
# the directory prefix is cut from stderr, leaving `File "X.py"`;
# tools/pytests.sh cuts glasspy's the same way.  Never edit either by hand.
for py in tests/py/*.py; do
    [ -f "$py" ] || continue
    exp="${py%.py}.exp"
    err="${py%.py}.err"
    dir=$(cd "$(dirname "$py")" && pwd)
    prefix=$(printf '%s/' "$dir" | sed 's/[].[\*^$|]/\\&/g')
    (cd "$dir" && PYTHONHASHSEED=0 python3 "$(basename "$py")" </dev/null) >"$exp" 2>"$err.tmp"
    rc=$?
    [ "$rc" -ne 0 ] && echo "[exit $rc]" >>"$exp"
    if [ -s "$err.tmp" ]; then
        sed "s|$prefix||g" "$err.tmp" >"$err"
    else
        rm -f "$err"
    fi
    rm -f "$err.tmp"
done
echo "expected: regenerated $(ls tests/py/*.exp 2>/dev/null | wc -l) files, $(ls tests/py/*.err 2>/dev/null | wc -l) .err"
python3 tools/gen_floatrepr_vectors.py && echo "expected: regenerated tests/unit/floatrepr_vectors.h"
python3 tools/gen_number_vectors.py
python3 tools/gen_numeric_method_vectors.py
python3 tools/ucs_oracle.py
python3 tools/gen_ucs_names.py
python3 tools/format_oracle.py
for py in tests/symtable/*.py; do
    python3 tools/symtable_oracle.py "$py" >"${py%.py}.sym"
done
echo "expected: regenerated tests/symtable/*.sym"
PYTHONHASHSEED=0 python3 tools/gen_dict_vectors.py
python3 tools/gen_list_vectors.py
python3 -W ignore - tests/ast/*.py <<'EOF_AST'
# tests/ast/*.ast: ast.dump(ast.parse(source)), or the SyntaxError as
# "Class: msg (line N, offset M)"; eval_*.py are parsed in 'eval' mode.
# Text without a BOM or coding cookie is parsed as str, so offsets count
# characters as when CPython runs a file.
import ast, re, sys
for f in sys.argv[1:]:
    src = open(f, 'rb').read()
    text = src
    head = src.split(b'\n')[:2]
    if not src.startswith(b'\xef\xbb\xbf') and not any(re.match(rb'^[ \t\f]*#.*coding[:=]', l) for l in head):
        try:
            text = src.decode('utf-8')
        except UnicodeDecodeError:
            pass
    mode = 'eval' if f.rsplit('/', 1)[-1].startswith('eval_') else 'exec'
    try:
        attrs = f.rsplit('/', 1)[-1].startswith('pos_')
        res = ast.dump(ast.parse(text, f, mode), include_attributes=attrs)
    except SyntaxError as e:
        res = f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset})"
    with open(f[:-3] + '.ast', 'w', encoding='utf-8') as out:
        out.write(res + '\n')
print(f"expected: regenerated {len(sys.argv) - 1} tests/ast/*.ast")
EOF_AST
PYTHONHASHSEED=0 python3 tools/gen_container_vectors.py
python3 tools/gen_str_vectors.py
python3 tools/gen_math_vectors.py
python3 tools/gen_bytes_vectors.py
