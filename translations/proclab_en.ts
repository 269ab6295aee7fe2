<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Behaviour</name>
    <message>
        <source>Idle (until stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash (signal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never reap children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit early (orphan children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increment counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit(%1) after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1 after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exits after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>produce %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consume ← %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increment %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelItem</name>
    <message>
        <source>%1 slots × %2 B%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lock (races)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages × %2 B, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>async</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B items, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items/s · %2 queued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>(unsaved scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot render a %2×%3 image at scale %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the SVG painter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the chart to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data to write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionRules</name>
    <message>
        <source>An item cannot be connected to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel connects processes; it cannot be connected to another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a child of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a parent (%2): a process is forked by exactly one parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an ancestor of %2: forks cannot form a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a writer (%2): a pipe or socket pair has one at each end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process cannot be both ends of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody reads a shared counter: connect processes to it to increment it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a reader (%2): a pipe or socket pair has one at each end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receives from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 and %3 have no common ancestor, so they cannot share %1: it has no name and is only inherited through fork(). Fork both from one process, or use a mailbox.</source>
        <translation>%2 and %3 have no common ancestor, so they cannot share %1: it has no name and is only inherited through fork(). Fork both from one process, or use a mailbox.</translation>
    </message>
</context>
<context>
    <name>HandleItem</name>
    <message>
        <source>Drag to another item to connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveChartSpecs</name>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time spent switching (estimate, % of the run&apos;s CPU time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching / CPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer fill (% of capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (p50 solid, p99 dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context switches (voluntary solid, involuntary dotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switches/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 involuntary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveState</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: buffer full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: buffer empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zombie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MachineInfo</name>
    <message>
        <source>unknown CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · CPUs: %2 · Linux %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — ProcLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ProcLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ProcLab %1&lt;/b&gt;&lt;p&gt;Multi-process programming on Linux, taught with real processes: every box is a real fork().&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange &amp;Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ProcLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProcLab scenarios (*.proclab.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No examples found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these problems first (they are marked on the diagram):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process. Drag from its handle to another process to fork it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bounded buffer in POSIX shared memory (producers and consumers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One shared integer that processes increment, with or without a lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A POSIX message queue: many senders and receivers, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipe: a one-way byte stream between two processes forked from a common ancestor.</source>
        <translation>A pipe: a one-way byte stream between two processes forked from a common ancestor.</translation>
    </message>
    <message>
        <source>A socket pair: a two-way connection between two processes forked from a common ancestor.</source>
        <translation>A socket pair: a two-way connection between two processes forked from a common ancestor.</translation>
    </message>
</context>
<context>
    <name>ProcLabCli</name>
    <message>
        <source>Usage: proclab-cli bench ctxswitch|ipc [--json] [ARGS...]
Runs proclab-agent&apos;s benchmark; ARGS are passed to it unchanged.
  --json   print the agent&apos;s JSON object instead of a table
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench: %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench: unknown benchmark &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench %1 failed: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark: %1 (%2 ms)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proclab-cli COMMAND [ARGS]

Commands:
  run FILE [--duration SECONDS] [--json] [--chart F.png|F.svg] [--csv F.csv]
                                           run a scenario with real processes
  validate FILE                            check a scenario file
  bench ctxswitch|ipc [--json] [ARGS...]   measure context switches or IPC
                                           (ctxswitch --chart F.png|F.svg draws it)

Options:
  -h, --help      show this help (COMMAND --help: the command&apos;s own)
  -v, --version   show the version

Exit status: 0 success, 1 failure, 2 invalid scenario, 64 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proclab-cli: unknown command &apos;%1&apos;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a scenario as real processes, headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario file (*.proclab.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the run after SECONDS (default: the file&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples per second, 1..100 (default: the file&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON object instead of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: exactly one FILE is needed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: --duration needs a number of seconds (0 &lt; s &lt;= 86400)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: --sample-rate needs 1..100
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: stopping the run
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1
Duration: %2 s
Result:   %3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTIME ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STIME ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VCSW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVCSW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAXRSS kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONSUMED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORRUPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOST UPDATES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks scenario files without running them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario file(s) to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate: no FILE given
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid (%2 processes, %3 channels)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart %1: the file must end in .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also draw the throughput chart (or, without channels, context switches) to FILE.png|.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write every series of the run to FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ctxswitch: also draw the result to FILE.png|.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart is available for bench ctxswitch only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench ctxswitch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessItem</name>
    <message>
        <source>pid %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyForm</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (items/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (0 = until done)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the benchmark died (signal %1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the benchmark exited with code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the benchmark printed no JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the benchmark did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunToolBar</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the diagram as real processes (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop or continue every process of the run (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the run: SIGTERM, then SIGKILL (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioValidator</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it takes no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in %2; did you mean &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in %2 (known fields: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes, larger than the %2 MiB a scenario may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;signal&quot; must be one of %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 processes are more than the %2 a run can have; only the first %2 were checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 channels are more than the %2 a run can hold; only the first %2 were checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once here; only the last would count, so write it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario must be a JSON object { ... }, not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;format&quot;: a scenario file starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;, not %2: this is not a ProcLab scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1: this ProcLab reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;settings&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a process must be an object { ... }, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;parent&quot; (null for the root process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;parent&quot; must be a process id or null, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behaviour kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;%1&quot; behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;signal&quot; must be a number or a name like &quot;SIGSEGV&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel must be an object { ... }, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;send&quot; must be &quot;sync&quot; or &quot;async&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;%1&quot; channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;position&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 processes are more than the limit of %2 (settings.max_processes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 channels are more than the %2 a run can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not valid: use 1 to 32 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;: %2 already has it (processes and channels share one set of ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a channel; a parent must be a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parent &quot;%1&quot;: no process has this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parent &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario has no processes; it needs at least a root process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no root process: exactly one process needs &quot;parent&quot;: null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several roots: &quot;%1&quot; has no parent, but &quot;%2&quot; is the root already; every other process needs a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parents form a cycle: %1 (a process cannot be its own ancestor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;%1&quot; behaviour needs a &quot;channel&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a process, not a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;: no channel has this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;increment&quot; needs a shm-counter channel, but &quot;%1&quot; is a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a channel that carries messages (shm-buffer, pipe, socketpair or mailbox), but &quot;%2&quot; is a shm-counter; use &quot;increment&quot; with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process increments the shm-counter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; has no producer: some process must &quot;produce&quot; into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; has no consumer: some process must &quot;consume&quot; from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; has no %3: it connects exactly one producer and one consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; has %3 %4s (%5), but it connects exactly one producer and one consumer; use a mailbox or a shm-buffer for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file (a FIFO, socket or device); a scenario must be a file</source>
        <translation>is not a regular file (a FIFO, socket or device); a scenario must be a file</translation>
    </message>
    <message>
        <source>a field name %1 characters long; no field name is longer than %2</source>
        <translation>a field name %1 characters long; no field name is longer than %2</translation>
    </message>
    <message>
        <source>a text %1 characters long; a scenario&apos;s texts (names, labels, descriptions) are at most %2</source>
        <translation>a text %1 characters long; a scenario&apos;s texts (names, labels, descriptions) are at most %2</translation>
    </message>
    <message>
        <source>the process tree is %1 generations deep here, more than %2: every fork copies its parent&apos;s chain of memory mappings, so each generation makes the next fork slower and a chain of thousands would take minutes; make the tree wider instead</source>
        <translation>the process tree is %1 generations deep here, more than %2: every fork copies its parent&apos;s chain of memory mappings, so each generation makes the next fork slower and a chain of thousands would take minutes; make the tree wider instead</translation>
    </message>
    <message>
        <source>a mailbox of %1 messages is more than this machine allows: /proc/sys/fs/mqueue/msg_max is %2. Use a capacity of at most %2, or raise the limit as root: sysctl fs.mqueue.msg_max=%1</source>
        <translation>a mailbox of %1 messages is more than this machine allows: /proc/sys/fs/mqueue/msg_max is %2. Use a capacity of at most %2, or raise the limit as root: sysctl fs.mqueue.msg_max=%1</translation>
    </message>
    <message>
        <source>a mailbox message of %1 bytes is more than this machine allows: /proc/sys/fs/mqueue/msgsize_max is %2. Use an item_size of at most %2, or raise the limit as root: sysctl fs.mqueue.msgsize_max=%1</source>
        <translation>a mailbox message of %1 bytes is more than this machine allows: /proc/sys/fs/mqueue/msgsize_max is %2. Use an item_size of at most %2, or raise the limit as root: sysctl fs.mqueue.msgsize_max=%1</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; joins &quot;%3&quot; and &quot;%4&quot;, which have no common ancestor: a %1 has no name, so only processes that inherit it from the one that made it before forking can use it; unrelated processes need a named channel (a mailbox)</source>
        <translation>the %1 &quot;%2&quot; joins &quot;%3&quot; and &quot;%4&quot;, which have no common ancestor: a %1 has no name, so only processes that inherit it from the one that made it before forking can use it; unrelated processes need a named channel (a mailbox)</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>%1 must be at least 1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channel &quot;%1&quot; in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process produces into &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process &quot;%1&quot; in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root process &quot;%1&quot; cannot be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run with %1 = %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::AgentConnection</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent refused the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent died (signal %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent exited with code %1 before the run finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent exited with code %1 before the run finished: %2</source>
        <translation>the agent exited with code %1 before the run finished: %2</translation>
    </message>
</context>
<context>
    <name>proclab::BenchRunner</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ChannelForm</name>
    <message>
        <source> messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semaphores and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous (sender goes on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous (waits for the receiver)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ChartView</name>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProcLab chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ChartsPanel</name>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or build a scenario first: a sweep runs it again and again with one parameter changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is going on. Stop it before starting a sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context-switch cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario over a range of one parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::DiagramScene</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::EventLogWidget</name>
    <message>
        <source>zombie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spawned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zombie reaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reparented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 has ended; its parent has not called wait() yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1, parent pid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 ended by signal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reaped by pid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1: parent pid %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1 sent to pid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1: the lock holder died; the lock was repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receivers gone</source>
        <translation>receivers gone</translation>
    </message>
    <message>
        <source>senders gone</source>
        <translation>senders gone</translation>
    </message>
    <message>
        <source>channel %1: every receiver has ended, so the write failed with EPIPE; this sender stops, and what was still in the channel is lost</source>
        <translation>channel %1: every receiver has ended, so the write failed with EPIPE; this sender stops, and what was still in the channel is lost</translation>
    </message>
    <message>
        <source>channel %1: every receiver has ended, and nobody will take from the full channel; this sender stops</source>
        <translation>channel %1: every receiver has ended, and nobody will take from the full channel; this sender stops</translation>
    </message>
    <message>
        <source>channel %1: every sender has ended before finishing; this receiver takes what is left and ends</source>
        <translation>channel %1: every sender has ended before finishing; this receiver takes what is left and ends</translation>
    </message>
</context>
<context>
    <name>proclab::ExportImageDialog</name>
    <message>
        <source>Export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::LegendWidget</name>
    <message>
        <source>Process states</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::LiveChartsPage</name>
    <message>
        <source>Plotted channels and processes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of one context switch: %1 µs (measured on this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the context-switch cost to see how much CPU time switching takes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::LiveProcessMenu</name>
    <message>
        <source>%1 (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill (SIGKILL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate (SIGTERM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (SIGSTOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (SIGCONT)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::OverheadPage</name>
    <message>
        <source>nothing measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring… (a few seconds; two processes pass a token back and forth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bench printed an unexpected result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured, but not cached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measurement failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>µs per switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs per switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost per switch not measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 µs per round trip, %3 switches per round trip, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>across CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one CPU: nothing to measure across CPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 round trips; the loop alone (no switch) takes %2 µs. Measured %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured on this machine yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much does one context switch cost here? Two processes hand a token back and forth; each hand-over makes the kernel switch from one process to the other. Measured once per machine and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of a context switch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::PaletteWidget</name>
    <message>
        <source>Drag onto the canvas, or double-click to add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ProcessForm</name>
    <message>
        <source>none (root)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ProcessTreeModel</name>
    <message>
        <source>Reparented: its parent ended, so another process adopted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPU the process last ran on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary context switches: the process gave up the CPU itself, e.g. to wait for a full or empty buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involuntary context switches: the scheduler took the CPU away, e.g. to run another process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User plus system CPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involuntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::PropertyPanel</name>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single item to edit its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::RunController</name>
    <message>
        <source>the agent did not finish within the grace period; killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent did not exit after finishing; killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario is not valid:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario has %1 processes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proclab-agent not found or not executable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot map the stats page: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::RunsPage</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time since start (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput (items/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput (MB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context switches per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p99 (µs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer fill (% of capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished runs of this session. Tick two or more to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped bars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioErrorDialog</name>
    <message>
        <source>Cannot open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. The diagram you had open is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::SweepDialog</name>
    <message>
        <source>Running %1 of %2: %3 = %4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n run(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n finished run(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sweep stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive whole number or a range like 1-1024x2 or 8-64+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give between 1 and 100 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has nothing this parameter applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: stopping the current run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context switches/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switches/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated values; 1-1024x2 doubles from 1 to 1024, 8-64+8 steps by 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buffer capacity (slots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of producers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of copies of a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sweep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::TimeChart</name>
    <message>
        <source>the output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
