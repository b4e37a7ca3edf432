#!/bin/sh
# Differential parser tests: each tests/ast/*.py goes through $BUILD/astdump
# and must print exactly its .ast file, which CPython 3.11 wrote
# (`make expected`: ast.dump(ast.parse(src)) or the SyntaxError line).
# eval_*.py are parsed as expressions; pos_*.py are dumped with positions.  Then robustness cases made here
# (deep nesting, huge literals, a tiny memory image), which must end in a
# dump or an error line, never a crash or a sanitizer report.
# Prints "asttests: N passed, N failed".
BUILD=${1:-build}
DUMP="$BUILD/astdump"
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

for py in tests/ast/*.py; do
    [ -f "$py" ] || continue
    exp="${py%.py}.ast"
    if [ ! -f "$exp" ]; then
        echo "FAIL $py: no $exp (run make expected)"; fail=$((fail + 1)); continue
    fi
    flags=
    case $(basename "$py") in
    eval_*) flags=--eval ;;
    pos_*) flags=--attributes ;;
    esac
    timeout 60 "$DUMP" $flags "$py" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ "$rc" -le 1 ] && [ ! -s "$tmp/err" ] && cmp -s "$tmp/out" "$exp"; then
        pass=$((pass + 1))
    else
        echo "FAIL $py (exit $rc)"
        diff "$exp" "$tmp/out" | cut -c1-300 | head -10 | sed 's/^/    /'
        head -5 "$tmp/err" | sed 's/^/    /'
        fail=$((fail + 1))
    fi
done

# robust NAME EXPECT-PREFIX [astdump flags]: $tmp/in.py must give a line
# starting with EXPECT-PREFIX, exit 0 or 1, nothing on stderr.
robust() {
    name=$1; want=$2; shift 2
    timeout 120 "$DUMP" "$@" "$tmp/in.py" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    got=$(head -c 200 "$tmp/out")
    case "$got" in
    "$want"*)
        if [ "$rc" -le 1 ] && [ ! -s "$tmp/err" ]; then
            pass=$((pass + 1)); return
        fi ;;
    esac
    echo "FAIL robust $name (exit $rc): $(echo "$got" | head -c 120)"
    head -5 "$tmp/err" | sed 's/^/    /'
    fail=$((fail + 1))
}

rep() { awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }

{ rep '(' 10000; rep ')' 10000; echo; } >"$tmp/in.py"
robust parens10000 "SyntaxError: too many nested parentheses"
{ rep '[' 10000; echo; } >"$tmp/in.py"
robust brackets10000 "SyntaxError: too many nested parentheses"
{ rep '-' 100000; echo 1; } >"$tmp/in.py"
robust minus100000 "RecursionError:"
{ rep 'not ' 100000; echo x; } >"$tmp/in.py"
robust not100000 "RecursionError:"
{ rep 'lambda:' 100000; echo 1; } >"$tmp/in.py"
robust lambda100000 "RecursionError:"
{ echo -n x; rep '.a' 100000; echo; } >"$tmp/in.py"
robust attr100000 "RecursionError:"
{ echo -n 1; rep '+1' 100000; echo; } >"$tmp/in.py"
robust plus100000 "RecursionError:"
{ echo -n x; rep '[0]' 100000; echo; } >"$tmp/in.py"
robust subscript100000 "RecursionError:"
{ echo -n 'f'; rep '()' 100000; echo; } >"$tmp/in.py"
robust call100000 "RecursionError:"
{ rep '{1:' 150; echo -n 1; rep '}' 150; echo; } >"$tmp/in.py"
robust dict150 "Module(body=[Expr(value=Dict(keys=[Constant(value=1)]"
{ rep 'x if y else ' 100000; echo z; } >"$tmp/in.py"
robust ifexp100000 "RecursionError:"
{ rep 'f"{' 3; echo 'x}"'; } >"$tmp/in.py"
robust fstring_nest "SyntaxError:"
awk 'BEGIN { for (i = 0; i < 150; i++) { for (j = 0; j < i; j++) printf " "; print "if x:" } for (j = 0; j < 150; j++) printf " "; print "pass" }' >"$tmp/in.py"
robust indent150 "IndentationError: too many levels of indentation"
awk 'BEGIN { for (i = 0; i < 99; i++) { for (j = 0; j < i; j++) printf " "; print "if x:" } for (j = 0; j < 99; j++) printf " "; print "pass" }' >"$tmp/in.py"
robust indent99 "Module(body=[If(test=Name(id='x', ctx=Load()), body=[If("
{ echo -n "x = '"; rep 'abcdefghij' 100000; echo "'"; } >"$tmp/in.py"
robust string1mb "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abcdefghij"
{ echo -n 'x = 1'; rep '0' 100000; echo; } >"$tmp/in.py"
robust int100000 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=100000"
{ echo -n 'x = 0x1'; rep 'f' 20000; echo; } >"$tmp/in.py"
robust hexint20000 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value="
{ echo -n 'x = ['; rep '1, ' 200000; echo ']'; } >"$tmp/in.py"
robust list200000 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1)"
{ echo -n "x = '"; rep 'abcdefghij' 100000; echo "'"; } >"$tmp/in.py"
robust oom_string "MemoryError: out of memory" --memory 1M
{ rep 'x = [1, 2, 3]; ' 20000; echo; } >"$tmp/in.py"
robust oom_tree "MemoryError: out of memory" --memory 1M
{ rep 'x = f(a, b=c)[1:2] + 3\n' 200; } >"$tmp/in.py"
robust repeat_free "Module(body=[Assign(" --repeat 200 --memory 4M
printf 'x = 1\0\n' >"$tmp/in.py"
robust nul_byte "SyntaxError: source code string cannot contain null bytes"
printf 'x = "\377"\n' >"$tmp/in.py"
robust bad_utf8 "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff"
printf '' >"$tmp/in.py"
robust empty "Module(body=[], type_ignores=[])"

echo "asttests: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
