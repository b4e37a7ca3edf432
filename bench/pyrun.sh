#!/bin/sh
# bench/pyrun.sh - the Python benchmarks (`make bench`, after the allocator
# benchmark): every program in bench/py/ under glasspy and under CPython.
#
#   sh bench/pyrun.sh [BUILD]      BUILD defaults to build
#
# Each program is run ROUNDS times by each interpreter, alternately
# (glasspy, python3, glasspy, ...) so a slow moment of the machine hits
# both alike; the best (minimum) wall time of each is kept.  Times are
# whole processes, start-up included (a few ms for either).
#
# Every program prints a short checksum of its work.  All runs of a program,
# by both interpreters, must print the same thing: if they do not, glasspy
# computed something wrong and its time means nothing, so the program's
# ratio is printed as "invalid", the two outputs are shown, it is left out
# of the geometric mean and the script exits 1.  A run that fails (non-zero
# exit status) is treated the same way.
#
# Environment: PYBENCH_ROUNDS (default 3), PYBENCH_ONLY (names to run,
# e.g. "calls sort"; default all), PYTHON (default python3).
set -u

BUILD=${1:-build}
GLASSPY=$BUILD/glasspy
PYTHON=${PYTHON:-python3}
ROUNDS=${PYBENCH_ROUNDS:-3}
DIR=$(dirname "$0")/py

if [ ! -x "$GLASSPY" ]; then
    echo "pybench: $GLASSPY not found; run: make" >&2
    exit 1
fi
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "pybench: $PYTHON not found (set PYTHON=...)" >&2
    exit 1
fi
case $(date +%N) in
    *[!0-9]*|'') echo "pybench: needs a date(1) with +%N (GNU coreutils)" >&2
                 exit 1 ;;
esac

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pybench.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT INT TERM
status=0

# timed OUT ERR CMD... : run CMD with stdout to OUT and stderr to ERR;
# print its wall time in seconds, or "fail:STATUS" if it exits non-zero.
timed() {
    out=$1 err=$2
    shift 2
    t0=$(date +%s.%N)
    "$@" >"$out" 2>"$err"
    rc=$?
    t1=$(date +%s.%N)
    if [ "$rc" -ne 0 ]; then
        echo "fail:$rc"
    else
        echo "$t0 $t1" | awk '{ printf "%.4f\n", $2 - $1 }'
    fi
}

# show LABEL FILE : the first lines of FILE, indented, for a report.
show() {
    echo "  $1:" >&2
    sed -n '1,12s/^/    | /p' "$2" >&2
}

names=
for f in "$DIR"/*.py; do
    n=$(basename "$f" .py)
    if [ -n "${PYBENCH_ONLY:-}" ]; then
        case " $PYBENCH_ONLY " in *" $n "*) ;; *) continue ;; esac
    fi
    names="$names $n"
done
if [ -z "$names" ]; then
    echo "pybench: no programs in $DIR match '${PYBENCH_ONLY:-}'" >&2
    exit 1
fi

echo ""
echo "pybench: bench/py/*.py under glasspy and $PYTHON ($("$PYTHON" -V 2>&1))," \
     "wall time, best of $ROUNDS rounds"

: >"$TMP/results"
for n in $names; do
    prog=$DIR/$n.py
    printf '  running %-10s' "$n"
    gbest= cbest= verdict=ok
    r=1
    while [ "$r" -le "$ROUNDS" ]; do
        for who in glasspy cpython; do
            if [ "$who" = glasspy ]; then
                t=$(timed "$TMP/$n.$who.$r" "$TMP/$n.$who.err" "$GLASSPY" "$prog")
            else
                t=$(timed "$TMP/$n.$who.$r" "$TMP/$n.$who.err" "$PYTHON" "$prog")
            fi
            printf ' .'
            case $t in
                fail:*)
                    if [ "$verdict" = ok ]; then
                        echo ""
                        echo "pybench: $n: $who FAILED (exit status ${t#fail:})" >&2
                        show "stdout" "$TMP/$n.$who.$r"
                        show "stderr" "$TMP/$n.$who.err"
                    fi
                    verdict="$who-failed"
                    continue ;;
            esac
            if [ "$who" = glasspy ]; then
                gbest=$(echo "$t ${gbest:-$t}" | awk '{ print ($1 < $2) ? $1 : $2 }')
            else
                cbest=$(echo "$t ${cbest:-$t}" | awk '{ print ($1 < $2) ? $1 : $2 }')
            fi
            if [ "$verdict" = ok ] &&
               ! cmp -s "$TMP/$n.glasspy.1" "$TMP/$n.$who.$r"; then
                echo ""
                echo "pybench: $n: OUTPUT MISMATCH: $who round $r differs" \
                     "from glasspy round 1" >&2
                show "glasspy round 1" "$TMP/$n.glasspy.1"
                show "$who round $r" "$TMP/$n.$who.$r"
                diff "$TMP/$n.glasspy.1" "$TMP/$n.$who.$r" | sed 's/^/    /' >&2
                verdict=MISMATCH
            fi
        done
        r=$((r + 1))
    done
    echo ""
    [ "$verdict" = ok ] || status=1
    echo "$n ${cbest:--} ${gbest:--} $verdict" >>"$TMP/results"
done

awk '
BEGIN {
    printf "\n  %-10s %10s %10s  %s\n", "program", "CPython s", "glasspy s",
           "glasspy/CPython"
}
{
    if ($4 == "ok" && $2 > 0 && $3 > 0) {
        ratio = sprintf("%.2fx", $3 / $2)
        logsum += log($3 / $2); nvalid++
    } else if ($4 == "MISMATCH") {
        ratio = "INVALID (output differs)"
    } else {
        sub("-", " ", $4)
        ratio = "INVALID (" $4 ")"
    }
    printf "  %-10s %10s %10s  %15s\n", $1, $2, $3, ratio
    n++
}
END {
    if (nvalid > 0)
        printf "  %-33s %15s\n", "geometric mean (" nvalid " of " n ")",
               sprintf("%.2fx", exp(logsum / nvalid))
    if (nvalid < n)
        printf "  %d program(s) invalid: see the messages above\n", n - nvalid
}' "$TMP/results"

if [ "$status" -ne 0 ]; then
    echo "" >&2
    echo "pybench: a program failed or glasspy printed a wrong result; see above" >&2
fi
exit "$status"
