#!/bin/sh
# Check glasspy's Debian build dependencies.  As root, install what is
# missing with apt-get; otherwise print the exact command and stop.
PKGS="gcc make libc6-dev libcmocka-dev libmimalloc-dev libgmp-dev libutf8proc-dev libedit-dev python3"
missing=""
for p in $PKGS; do
    s=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)
    case "$s" in
        *"install ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq $missing; } >/dev/null 2>&1 || {
        echo "deps: apt-get install$missing failed" >&2; exit 1; }
else
    echo "glasspy needs these Debian packages:$missing" >&2
    echo "install them with:  sudo apt-get install -y$missing" >&2
    exit 1
fi
