#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tools/dev must install everything a bare Debian 12 needs; this fails when that stops being
# true, naming what is missing. Each file the build and the tests rely on must belong (dpkg -S)
# to a package tools/dev lists, or to the Depends closure of those (recommends and suggests are
# not installed by tools/dev, so they do not count):
#   - the config file of every CMake package the configured build found (*_DIR in CMakeCache),
#   - the run-time needs given as arguments (Qt platform plugins, pstree, a Korean font).
# Usage: check_dependencies.sh SOURCE_DIR BUILD_DIR [FILE|missing:WHAT]...
set -uo pipefail
src=$1 build=$2
shift 2

mapfile -t listed < <("$src/tools/dev" packages)
if [ ${#listed[@]} -eq 0 ]; then
    echo "FAIL: 'tools/dev packages' lists nothing"
    exit 1
fi

# The closure as apt sees it: every package name apt-cache prints at the left margin.
# Virtual packages appear as <name>; essential packages are there on every Debian system.
declare -A closure
while read -r p; do
    p=${p#<} p=${p%>} p=${p%%:*}
    [ -n "$p" ] && closure[$p]=1
done < <(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
             --no-replaces --no-enhances "${listed[@]}" 2>/dev/null | grep -v '^ ')
while read -r p; do closure[$p]=1; done < <(dpkg-query -W -f='${Package} ${Essential}\n' |
                                              awk '$2 == "yes" { print $1 }')
for p in "${listed[@]}"; do
    [ -n "${closure[$p]:-}" ] || { echo "FAIL: apt does not know '$p' (tools/dev lists it)"; exit 1; }
done

failures=0
# owner FILE WHY: is FILE (or what its symlinks resolve to) owned by a package in the closure?
owner() {
    local file=$1 why=$2 owners="" candidate
    # dpkg knows a file by the path its package ships: through symlinks (alternatives) and
    # from before the /usr merge (/bin/ps is /usr/bin/ps).
    for candidate in "$file" "$(readlink -f "$file")" "${file#/usr}" "$(readlink -f "$file" | sed 's|^/usr||')"; do
        owners=$(dpkg -S "$candidate" 2>/dev/null) && break
    done
    if [ -z "$owners" ]; then
        echo "FAIL: $why: $file belongs to no Debian package"
        failures=$((failures + 1))
        return
    fi
    local pkgs
    pkgs=$(sed 's/: .*//; s/, /\n/g' <<<"$owners" | sed 's/:.*//' | sort -u)
    for p in $pkgs; do
        if [ -n "${closure[$p]:-}" ]; then
            echo "ok   $why: $file ($p)"
            return
        fi
    done
    echo "FAIL: $why: $file comes from $(echo $pkgs), which tools/dev neither installs nor" \
         "pulls in through Depends: add it to PACKAGES in tools/dev"
    failures=$((failures + 1))
}

cache=$build/CMakeCache.txt
[ -r "$cache" ] || { echo "FAIL: no $cache"; exit 1; }
found=0
while IFS='=' read -r key dir; do
    name=${key%_DIR:PATH}
    config=""
    for c in "$dir/${name}Config.cmake" "$dir/${name,,}-config.cmake"; do
        [ -f "$c" ] && config=$c && break
    done
    [ -n "$config" ] || continue
    found=$((found + 1))
    owner "$config" "CMake package $name"
done < <(grep -E '^[A-Za-z0-9_]+_DIR:PATH=/' "$cache")
if [ $found -eq 0 ]; then
    echo "FAIL: no CMake package found in $cache"
    exit 1
fi

for need in "$@"; do
    case $need in
        missing:*) echo "FAIL: run time: ${need#missing:} is not installed"
                   failures=$((failures + 1)) ;;
        /*) if [ -e "$need" ]; then owner "$need" "run time"
            else echo "FAIL: run time: $need does not exist"; failures=$((failures + 1)); fi ;;
        *) path=$(command -v "$need") || { echo "FAIL: run time: program $need is not installed"
                                           failures=$((failures + 1)); continue; }
           owner "$path" "run time: $need" ;;
    esac
done

# Tests draw Korean text: a font that covers Korean must come from the packages too.
font=$(fc-list ':lang=ko' file 2>/dev/null | sed 's/: *$//' | sort | head -n1)
if [ -z "$font" ]; then
    echo "FAIL: run time: no font covers Korean (fc-list ':lang=ko')"
    failures=$((failures + 1))
else
    owner "$font" "run time: Korean font"
fi

[ $failures -eq 0 ] && echo "all ${#listed[@]} listed packages and their Depends cover the build" \
    && exit 0
exit 1
