#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `tools/dev mutate`: scripted mutations of proclab-agent. Each one is applied to a copy of
# core/agent, built as a separate agent binary, and the tests that should notice it are run
# against that agent (PROCLAB_AGENT). A mutation that no test notices is a hole in the
# tests: the script then fails. Run after `tools/dev build`; it reads build/bin for the
# test programs. Takes about 2-3 minutes per mutation on the 2-CPU VM under load.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
bin=${BUILD_DIR:-build}/bin
work=$(mktemp -d /tmp/proclab-mutate.XXXXXX)
trap 'rm -rf "$work"' EXIT

# name | file under core/agent | text to replace | replacement | tests (suite:slot,...)
MUTATIONS=(
"wrong-ppid|processruntime.cpp|.num(wire::EventField::Ppid, forker)|.num(wire::EventField::Ppid, forker + 1)|tst_agent"
"dropped-item|ipc/ipc_shmbuffer.cpp|            sem_post(&ctl->empty);\n            w.record(item.data());|            sem_post(&ctl->empty);\n            if (tail != 3) w.record(item.data());|tst_ipc:transfer"
"race-removed|ipc/ipc_counter.cpp|        ctl->counter.store(value + 1, std::memory_order_relaxed);|        ctl->counter.fetch_add(1); (void)value;|tst_ipc:counter tst_runcontrollerchannels:counterWithoutLockLosesUpdates"
"item-dropped-after-dead-holder|ipc/ipc_worker.cpp|            pthread_mutex_consistent(&ctl->lock);|            pthread_mutex_consistent(&ctl->lock); ctl->tail.fetch_add(1);|tst_ipc:killedLockHolder"
"spare-pipe-end|ipc/ipc_ends.cpp|    closeChannelEndsNotUsedBy(plan, processIndex, false);\n}|    (void)plan; (void)processIndex;\n}|tst_ipc:killedConsumer tst_ipc:pipeBetweenRelatives"
)

failed=0
for m in "${MUTATIONS[@]}"; do
    IFS='|' read -r name file from to tests <<<"$m"
    rm -rf "$work/core"
    mkdir -p "$work/core"
    cp -r core/agent "$work/core/agent"
    # Exactly one occurrence must change, or the mutation went stale with the code.
    if ! python3 - "$work/core/agent/$file" "$from" "$to" <<'PY'
import sys
path, old, new = sys.argv[1], sys.argv[2].replace("\\n", "\n"), sys.argv[3].replace("\\n", "\n")
s = open(path).read()
if s.count(old) != 1:
    sys.exit("mutation does not apply: %d matches in %s" % (s.count(old), path))
open(path, "w").write(s.replace(old, new))
PY
    then
        echo "MUTATION $name: STALE (the code it mutates changed)"; failed=1; continue
    fi
    echo "MUTATION $name: building"
    # The exec helper is a program of its own (its own main), built beside the agent.
    find "$work/core/agent" -name '*.cpp' -not -path '*/execdemo/*' >"$work/sources"
    g++ -std=gnu++20 -O1 -I"$work" $(cat "$work/sources") -o "$work/proclab-agent" -lrt -pthread
    caught=""
    for t in $tests; do
        suite=${t%%:*}; slot=${t#*:}; [ "$slot" = "$t" ] && slot=""
        start=$(date +%s)
        if PROCLAB_AGENT="$work/proclab-agent" PROCLAB_CLI="$bin/proclab-cli" \
            PROCLAB_SOURCE_DIR="$src" QT_QPA_PLATFORM=offscreen \
            timeout 600 "$bin/$suite" $slot >"$work/log" 2>&1; then
            echo "  $t passed ($(($(date +%s) - start)) s)"
        else
            echo "  $t FAILED, as it should ($(($(date +%s) - start)) s):"
            grep -m2 -E '^FAIL!' "$work/log" | sed 's/^/    /'
            caught="$caught $t"
        fi
    done
    if [ -z "$caught" ]; then
        echo "MUTATION $name: NOT CAUGHT by $tests"; failed=1
    else
        echo "MUTATION $name: caught by$caught"
    fi
done
exit $failed
