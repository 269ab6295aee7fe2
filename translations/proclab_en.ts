<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Behaviour</name>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="19"/>
        <source>Idle (until stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="21"/>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="23"/>
        <source>CPU work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="25"/>
        <source>Exit with code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="27"/>
        <source>Crash (signal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="29"/>
        <source>Never reap children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="31"/>
        <source>Exit early (orphan children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="33"/>
        <source>Produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="35"/>
        <source>Consume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="37"/>
        <source>Increment counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="46"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="48"/>
        <source>sleep %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="50"/>
        <source>CPU %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="52"/>
        <source>exit(%1) after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="56"/>
        <source>signal %1 after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="60"/>
        <source>never waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="62"/>
        <source>exits after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="64"/>
        <source>produce %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="68"/>
        <source>consume ← %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="70"/>
        <source>increment %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelItem</name>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="36"/>
        <source>%1 slots × %2 B%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="39"/>
        <source>, no sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="41"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="42"/>
        <source>no lock (races)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="44"/>
        <source>%1 messages × %2 B, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="48"/>
        <location filename="../widgets/diagram/channelitem.cpp" line="55"/>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="49"/>
        <location filename="../widgets/diagram/channelitem.cpp" line="56"/>
        <source>async</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="52"/>
        <source>%1 B items, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="66"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="69"/>
        <source>%1 items/s · %2 queued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="71"/>
        <source>(unsaved scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="72"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="124"/>
        <source>%1: cannot render a %2×%3 image at scale %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="134"/>
        <location filename="../widgets/charts/chartexport.cpp" line="140"/>
        <location filename="../widgets/charts/chartexport.cpp" line="180"/>
        <location filename="../widgets/charts/chartexport.cpp" line="205"/>
        <location filename="../widgets/charts/chartexport.cpp" line="212"/>
        <location filename="../widgets/charts/chartexport.cpp" line="217"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="154"/>
        <source>%1: nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="171"/>
        <source>%1: cannot start the SVG painter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="193"/>
        <source>Cannot copy the chart to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="212"/>
        <source>no data to write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionRules</name>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="75"/>
        <source>An item cannot be connected to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="80"/>
        <location filename="../widgets/diagram/connectionrules.cpp" line="82"/>
        <source>Unknown item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="89"/>
        <source>A channel connects processes; it cannot be connected to another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="100"/>
        <source>%1 is already a child of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="103"/>
        <source>%1 already has a parent (%2): a process is forked by exactly one parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="109"/>
        <source>%1 is an ancestor of %2: forks cannot form a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="117"/>
        <source>Fork %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="128"/>
        <source>%1 already has a writer (%2): a pipe or socket pair has one at each end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="135"/>
        <location filename="../widgets/diagram/connectionrules.cpp" line="186"/>
        <source>The ends of %1 must be a parent and its child; %2 and %3 are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="142"/>
        <location filename="../widgets/diagram/connectionrules.cpp" line="182"/>
        <source>A process cannot be both ends of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="159"/>
        <source>%1 sends to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="168"/>
        <source>Nobody reads a shared counter: connect processes to it to increment it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="175"/>
        <source>%1 already has a reader (%2): a pipe or socket pair has one at each end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="202"/>
        <source>%1 receives from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandleItem</name>
    <message>
        <location filename="../widgets/diagram/handleitem.cpp" line="24"/>
        <source>Drag to another item to connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveChartSpecs</name>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="90"/>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="94"/>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="95"/>
        <source>items/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="95"/>
        <source>MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="99"/>
        <source>%1 items/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="100"/>
        <source>%1 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="106"/>
        <source>CPU time spent switching (estimate, % of the run&apos;s CPU time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="107"/>
        <location filename="../widgets/charts/livechartspecs.cpp" line="122"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="110"/>
        <source>switching / CPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="121"/>
        <source>Buffer fill (% of capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="128"/>
        <source>Latency (p50 solid, p99 dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="129"/>
        <source>µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="133"/>
        <source>%1 p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="134"/>
        <source>%1 p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="139"/>
        <source>Context switches (voluntary solid, involuntary dotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="140"/>
        <source>switches/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="143"/>
        <source>%1 voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="145"/>
        <source>%1 involuntary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveState</name>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="73"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="75"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="77"/>
        <source>sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="79"/>
        <source>blocked: buffer full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="81"/>
        <source>blocked: buffer empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="83"/>
        <source>stopped (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="85"/>
        <source>zombie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="87"/>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="89"/>
        <source>killed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MachineInfo</name>
    <message>
        <location filename="../core/machineinfo.cpp" line="55"/>
        <source>unknown CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/machineinfo.cpp" line="56"/>
        <source>%1 · CPUs: %2 · Linux %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="58"/>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="117"/>
        <source>%1[*] — ProcLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="119"/>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="120"/>
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="151"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="152"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="153"/>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="154"/>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="60"/>
        <source>About ProcLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="61"/>
        <source>&lt;b&gt;ProcLab %1&lt;/b&gt;&lt;p&gt;Multi-process programming on Linux, taught with real processes: every box is a real fork().&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="177"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="178"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="179"/>
        <source>&amp;Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="180"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="181"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="182"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="183"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="184"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="185"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="186"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="188"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="189"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="190"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="191"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="192"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="193"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="194"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="195"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="196"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="197"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="198"/>
        <source>Arrange &amp;Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="199"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="200"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="201"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="202"/>
        <source>&amp;Fit Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="203"/>
        <source>&amp;About ProcLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="28"/>
        <source>ProcLab scenarios (*.proclab.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="37"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="38"/>
        <source>%1 has unsaved changes. Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="60"/>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="79"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="89"/>
        <location filename="../app/gui/mainwindow_file.cpp" line="115"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="92"/>
        <location filename="../app/gui/mainwindow_file.cpp" line="120"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="108"/>
        <source>Save Scenario As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="153"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="156"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="184"/>
        <source>No examples found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_run.cpp" line="23"/>
        <source>Cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_run.cpp" line="24"/>
        <source>Fix these problems first (they are marked on the diagram):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_run.cpp" line="30"/>
        <source>Running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_run.cpp" line="38"/>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_run.cpp" line="39"/>
        <source>Run failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="69"/>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="71"/>
        <source>Shared buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="73"/>
        <source>Shared counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="75"/>
        <source>Pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="77"/>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="79"/>
        <source>Socket pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="88"/>
        <source>A process. Drag from its handle to another process to fork it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="91"/>
        <source>A bounded buffer in POSIX shared memory (producers and consumers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="94"/>
        <source>One shared integer that processes increment, with or without a lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="97"/>
        <source>A pipe: a one-way byte stream from parent to child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="100"/>
        <source>A POSIX message queue: many senders and receivers, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="103"/>
        <source>A socket pair: a two-way connection between parent and child.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcLabCli</name>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="16"/>
        <source>Usage: proclab-cli bench ctxswitch|ipc [--json] [ARGS...]
Runs proclab-agent&apos;s benchmark; ARGS are passed to it unchanged.
  --json   print the agent&apos;s JSON object instead of a table
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="34"/>
        <source>bench: %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="64"/>
        <source>bench: unknown benchmark &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="82"/>
        <source>bench %1 failed: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchtable.cpp" line="95"/>
        <source>Benchmark: %1 (%2 ms)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="21"/>
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
        <location filename="../app/cli/main.cpp" line="77"/>
        <source>proclab-cli: unknown command &apos;%1&apos;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="20"/>
        <source>Runs a scenario as real processes, headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="23"/>
        <source>scenario file (*.proclab.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="25"/>
        <source>stop the run after SECONDS (default: the file&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="28"/>
        <source>samples per second, 1..100 (default: the file&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="31"/>
        <source>print one JSON object instead of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="45"/>
        <source>run: exactly one FILE is needed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="61"/>
        <source>run: --duration needs a number of seconds (0 &lt; s &lt;= 86400)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="79"/>
        <source>run: --sample-rate needs 1..100
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="93"/>
        <source>interrupted: stopping the run
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="114"/>
        <source>run failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="33"/>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="35"/>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="44"/>
        <source>Scenario: %1
Duration: %2 s
Result:   %3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="47"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="47"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="49"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="49"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="49"/>
        <source>PPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="49"/>
        <source>PARENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="50"/>
        <source>EXIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="50"/>
        <source>UTIME ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="50"/>
        <source>STIME ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="51"/>
        <source>VCSW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="51"/>
        <source>NVCSW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="51"/>
        <source>MAXRSS kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="66"/>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="66"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="66"/>
        <source>PRODUCED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="67"/>
        <source>CONSUMED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="67"/>
        <source>LOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="67"/>
        <source>DUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="68"/>
        <source>CORRUPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="68"/>
        <source>LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="68"/>
        <source>p50 us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="69"/>
        <source>p99 us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="69"/>
        <source>LOST UPDATES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="13"/>
        <source>Checks scenario files without running them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="15"/>
        <source>scenario file(s) to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="27"/>
        <source>validate: no FILE given
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="34"/>
        <source>%1: valid (%2 processes, %3 channels)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartoutput.cpp" line="29"/>
        <source>--chart %1: the file must end in .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartoutput.cpp" line="47"/>
        <source>also draw the throughput chart (or, without channels, context switches) to FILE.png|.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartoutput.cpp" line="51"/>
        <source>also write every series of the run to FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartoutput.cpp" line="114"/>
        <source>ctxswitch: also draw the result to FILE.png|.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartoutput.cpp" line="129"/>
        <source>--chart is available for bench ctxswitch only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartoutput.cpp" line="141"/>
        <source>bench ctxswitch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessItem</name>
    <message>
        <location filename="../widgets/diagram/processitem.cpp" line="37"/>
        <source>pid %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processitem.cpp" line="87"/>
        <source>pid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processitem.cpp" line="117"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyForm</name>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="21"/>
        <location filename="../widgets/diagram/processform.cpp" line="20"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="22"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="23"/>
        <location filename="../widgets/diagram/processform.cpp" line="22"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="30"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="31"/>
        <source>Item size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="32"/>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="33"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="21"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="23"/>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="25"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="27"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="29"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="31"/>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="34"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="35"/>
        <source>Item count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="37"/>
        <source>Rate (items/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="39"/>
        <source>Hold lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="42"/>
        <source>Work per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/scenarioform.cpp" line="24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/scenarioform.cpp" line="25"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/scenarioform.cpp" line="27"/>
        <source>Process limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/scenarioform.cpp" line="29"/>
        <source>Sampling rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/scenarioform.cpp" line="32"/>
        <source>Duration (0 = until done)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/benchrunner.cpp" line="85"/>
        <source>the benchmark died (signal %1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/benchrunner.cpp" line="88"/>
        <source>the benchmark exited with code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/benchrunner.cpp" line="92"/>
        <source>the benchmark printed no JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/benchrunner.cpp" line="119"/>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/benchrunner.cpp" line="126"/>
        <source>the benchmark did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunToolBar</name>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="101"/>
        <location filename="../app/gui/runtoolbar.cpp" line="102"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="103"/>
        <source>Run the diagram as real processes (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="104"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="104"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="105"/>
        <source>Stop or continue every process of the run (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="106"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="107"/>
        <source>End the run: SIGTERM, then SIGKILL (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="108"/>
        <source>Time since the run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="112"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="115"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="118"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="118"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="121"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="124"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="127"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioValidator</name>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="55"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="57"/>
        <location filename="../core/jsonfieldreader.cpp" line="181"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="59"/>
        <location filename="../core/jsonfieldreader.cpp" line="169"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="61"/>
        <location filename="../core/jsonfieldreader.cpp" line="130"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="63"/>
        <location filename="../core/jsonfieldreader.cpp" line="205"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="65"/>
        <location filename="../core/jsonfieldreader.cpp" line="193"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="69"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="110"/>
        <location filename="../core/scenarioparser.cpp" line="289"/>
        <source>missing required field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="120"/>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="143"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="150"/>
        <source>&quot;%1&quot; must be a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="247"/>
        <source>it takes no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="248"/>
        <source>its fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="250"/>
        <source>&quot;%1&quot; does not apply to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="258"/>
        <source>unknown field &quot;%1&quot; in %2; did you mean &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="263"/>
        <source>unknown field &quot;%1&quot; in %2 (known fields: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioio.cpp" line="40"/>
        <source>... and %1 more problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioio.cpp" line="58"/>
        <source>is a folder, not a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioio.cpp" line="61"/>
        <location filename="../core/scenarioparser.cpp" line="115"/>
        <source>the file is %1 bytes, larger than the %2 MiB a scenario may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioio.cpp" line="69"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioio.cpp" line="75"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariomessages.cpp" line="12"/>
        <location filename="../core/scenarioparserchannel.cpp" line="102"/>
        <source>&quot;%1&quot; must be between %2 and %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariomessages.cpp" line="25"/>
        <source>&quot;signal&quot; must be one of %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariomessages.cpp" line="34"/>
        <source>unknown %1 &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariomessages.cpp" line="38"/>
        <source>unknown %1 &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="73"/>
        <source>%1 processes are more than the %2 a run can have; only the first %2 were checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="91"/>
        <source>%1 channels are more than the %2 a run can hold; only the first %2 were checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="108"/>
        <source>the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="126"/>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="134"/>
        <source>&quot;%1&quot; appears more than once here; only the last would count, so write it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="141"/>
        <source>a scenario must be a JSON object { ... }, not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="155"/>
        <source>missing required field &quot;format&quot;: a scenario file starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="165"/>
        <source>&quot;format&quot; must be &quot;%1&quot;, not %2: this is not a ProcLab scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="177"/>
        <source>unsupported version %1: this ProcLab reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="196"/>
        <source>&quot;settings&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="202"/>
        <source>a process must be an object { ... }, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="217"/>
        <source>missing required field &quot;parent&quot; (null for the root process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="224"/>
        <source>&quot;parent&quot; must be a process id or null, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="231"/>
        <source>a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="245"/>
        <source>behaviour kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="279"/>
        <source>a &quot;%1&quot; behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="299"/>
        <source>signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="311"/>
        <source>&quot;signal&quot; must be a number or a name like &quot;SIGSEGV&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparserchannel.cpp" line="32"/>
        <source>a channel must be an object { ... }, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparserchannel.cpp" line="47"/>
        <source>channel kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparserchannel.cpp" line="78"/>
        <source>&quot;send&quot; must be &quot;sync&quot; or &quot;async&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparserchannel.cpp" line="85"/>
        <source>a &quot;%1&quot; channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarioparserchannel.cpp" line="98"/>
        <source>&quot;position&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="84"/>
        <source>%1 processes are more than the limit of %2 (settings.max_processes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="92"/>
        <source>%1 channels are more than the %2 a run can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="106"/>
        <source>&quot;id&quot; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="111"/>
        <source>id &quot;%1&quot; is not valid: use 1 to 32 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="118"/>
        <source>duplicate id &quot;%1&quot;: %2 already has it (processes and channels share one set of ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="159"/>
        <source>&quot;%1&quot; is a channel; a parent must be a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="167"/>
        <source>unknown parent &quot;%1&quot;: no process has this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="171"/>
        <source>unknown parent &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="178"/>
        <source>the scenario has no processes; it needs at least a root process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="183"/>
        <source>no root process: exactly one process needs &quot;parent&quot;: null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="189"/>
        <source>several roots: &quot;%1&quot; has no parent, but &quot;%2&quot; is the root already; every other process needs a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="225"/>
        <source>the parents form a cycle: %1 (a process cannot be its own ancestor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="38"/>
        <source>a &quot;%1&quot; behaviour needs a &quot;channel&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="49"/>
        <source>&quot;%1&quot; is a process, not a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="53"/>
        <source>unknown channel &quot;%1&quot;: no channel has this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="57"/>
        <source>unknown channel &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="70"/>
        <source>&quot;increment&quot; needs a shm-counter channel, but &quot;%1&quot; is a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="77"/>
        <source>&quot;%1&quot; needs a channel that carries messages (shm-buffer, pipe, socketpair or mailbox), but &quot;%2&quot; is a shm-counter; use &quot;increment&quot; with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="97"/>
        <source>no process increments the shm-counter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="106"/>
        <source>the %1 &quot;%2&quot; has no producer: some process must &quot;produce&quot; into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="113"/>
        <source>the %1 &quot;%2&quot; has no consumer: some process must &quot;consume&quot; from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="139"/>
        <source>the %1 &quot;%2&quot; has no %3: it connects exactly one producer and one consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="143"/>
        <source>the %1 &quot;%2&quot; has %3 %4s (%5), but it connects exactly one producer and one consumer; use a mailbox or a shm-buffer for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="154"/>
        <source>producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="156"/>
        <source>consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="162"/>
        <source>the %1 &quot;%2&quot; joins &quot;%3&quot; and &quot;%4&quot;, which are not parent and child: a %1 is inherited across one fork, so it connects a parent with its own child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenariowriter.cpp" line="206"/>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <location filename="../core/sweep.cpp" line="71"/>
        <source>%1 must be at least 1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sweep.cpp" line="78"/>
        <source>no channel &quot;%1&quot; in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sweep.cpp" line="93"/>
        <source>no process produces into &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sweep.cpp" line="105"/>
        <source>no process &quot;%1&quot; in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sweep.cpp" line="108"/>
        <source>the root process &quot;%1&quot; cannot be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sweep.cpp" line="193"/>
        <source>run with %1 = %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::AgentConnection</name>
    <message>
        <location filename="../core/agentconnection.cpp" line="41"/>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agentconnection.cpp" line="118"/>
        <source>the agent refused the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agentconnection.cpp" line="120"/>
        <source>the agent died (signal %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agentconnection.cpp" line="122"/>
        <source>the agent exited with code %1 before the run finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::BenchRunner</name>
    <message>
        <location filename="../core/benchrunner.cpp" line="30"/>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ChannelForm</name>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="67"/>
        <source> messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="67"/>
        <source> slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="87"/>
        <source>semaphores and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="88"/>
        <source>Asynchronous (sender goes on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="89"/>
        <source>Synchronous (waits for the receiver)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ChartView</name>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="51"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="60"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="60"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="72"/>
        <source>Save chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="72"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="77"/>
        <source>ProcLab chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="84"/>
        <source>Save chart data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="84"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="100"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="101"/>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="102"/>
        <source>Save data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="105"/>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ChartsPanel</name>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="67"/>
        <location filename="../widgets/charts/chartspanel.cpp" line="73"/>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="68"/>
        <source>Open or build a scenario first: a sweep runs it again and again with one parameter changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="74"/>
        <source>A run is going on. Stop it before starting a sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="85"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="86"/>
        <source>Context-switch cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="87"/>
        <source>Compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="88"/>
        <source>Sweep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="89"/>
        <source>Run the scenario over a range of one parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::DiagramScene</name>
    <message>
        <location filename="../widgets/diagram/diagramscene.cpp" line="164"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/diagramscene.cpp" line="223"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/diagramscene.cpp" line="248"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/diagramscene.cpp" line="256"/>
        <source>Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/diagramscene.cpp" line="396"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::EventLogWidget</name>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="86"/>
        <source>zombie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="89"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="91"/>
        <source>spawned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="94"/>
        <source>zombie reaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="95"/>
        <source>killed by signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="95"/>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="97"/>
        <source>reparented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="99"/>
        <source>signal sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="101"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="103"/>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="105"/>
        <source>lock recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="107"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="109"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="111"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="120"/>
        <source>pid %1 has ended; its parent has not called wait() yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="123"/>
        <source>pid %1, parent pid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="126"/>
        <source>pid %1 ended by signal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="127"/>
        <source>pid %1 exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="129"/>
        <source>, reaped by pid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="133"/>
        <source>pid %1: parent pid %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="135"/>
        <source>signal %1 sent to pid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="137"/>
        <source>channel %1: the lock holder died; the lock was repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="192"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="192"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="192"/>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="192"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ExportImageDialog</name>
    <message>
        <location filename="../widgets/charts/exportimagedialog.cpp" line="14"/>
        <source>Export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/exportimagedialog.cpp" line="19"/>
        <location filename="../widgets/charts/exportimagedialog.cpp" line="20"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/exportimagedialog.cpp" line="24"/>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/exportimagedialog.cpp" line="26"/>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/exportimagedialog.cpp" line="27"/>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/exportimagedialog.cpp" line="28"/>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::LegendWidget</name>
    <message>
        <location filename="../widgets/diagram/legendwidget.cpp" line="65"/>
        <source>Process states</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::LiveChartsPage</name>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="213"/>
        <source>Plotted channels and processes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="214"/>
        <source>Time shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="215"/>
        <source>last 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="215"/>
        <source>last 60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="215"/>
        <source>last 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="215"/>
        <source>whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="218"/>
        <source>Cost of one context switch: %1 µs (measured on this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="221"/>
        <source>Measure the context-switch cost to see how much CPU time switching takes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::LiveProcessMenu</name>
    <message>
        <location filename="../widgets/runview/liveprocessmenu.cpp" line="21"/>
        <source>%1 (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/liveprocessmenu.cpp" line="25"/>
        <source>Kill (SIGKILL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/liveprocessmenu.cpp" line="26"/>
        <source>Terminate (SIGTERM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/liveprocessmenu.cpp" line="29"/>
        <source>Pause (SIGSTOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/liveprocessmenu.cpp" line="30"/>
        <source>Resume (SIGCONT)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::OverheadPage</name>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="50"/>
        <source>nothing measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="108"/>
        <source>Measuring… (a few seconds; two processes pass a token back and forth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="120"/>
        <source>The bench printed an unexpected result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="128"/>
        <source>Measured, but not cached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="136"/>
        <source>The measurement failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="148"/>
        <location filename="../widgets/charts/overheadpage.cpp" line="193"/>
        <source>µs per switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="156"/>
        <source>%1 µs per switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="157"/>
        <source>cost per switch not measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="158"/>
        <source>%1: %2 µs per round trip, %3 switches per round trip, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="162"/>
        <source>same CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="164"/>
        <source>across CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="166"/>
        <source>Only one CPU: nothing to measure across CPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="173"/>
        <source>%1 round trips; the loop alone (no switch) takes %2 µs. Measured %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="180"/>
        <source>Not measured on this machine yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="188"/>
        <source>How much does one context switch cost here? Two processes hand a token back and forth; each hand-over makes the kernel switch from one process to the other. Measured once per machine and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="191"/>
        <source>Re-measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="191"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="192"/>
        <source>Cost of a context switch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::PaletteWidget</name>
    <message>
        <location filename="../widgets/diagram/palettewidget.cpp" line="82"/>
        <source>Drag onto the canvas, or double-click to add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ProcessForm</name>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="79"/>
        <location filename="../widgets/diagram/processform.cpp" line="169"/>
        <source>none (root)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ProcessTreeModel</name>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="184"/>
        <source>Reparented: its parent ended, so another process adopted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="199"/>
        <source>The CPU the process last ran on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="201"/>
        <source>Voluntary context switches: the process gave up the CPU itself, e.g. to wait for a full or empty buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="204"/>
        <source>Involuntary context switches: the scheduler took the CPU away, e.g. to run another process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="207"/>
        <source>User plus system CPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="215"/>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="217"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="219"/>
        <source>PPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="221"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="223"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="225"/>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="227"/>
        <source>Involuntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="229"/>
        <source>CPU time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::PropertyPanel</name>
    <message>
        <location filename="../widgets/diagram/propertypanel.cpp" line="51"/>
        <location filename="../widgets/diagram/propertypanel.cpp" line="59"/>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/propertypanel.cpp" line="68"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/diagram/propertypanel.cpp" line="112"/>
        <source>%n items selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/diagram/propertypanel.cpp" line="113"/>
        <source>Select a single item to edit its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/propertypanel.cpp" line="115"/>
        <source>Process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/propertypanel.cpp" line="117"/>
        <source>Channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/propertypanel.cpp" line="119"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::RunController</name>
    <message>
        <location filename="../core/runcontroller.cpp" line="91"/>
        <source>the agent did not finish within the grace period; killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runcontroller.cpp" line="94"/>
        <source>the agent did not exit after finishing; killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runcontroller.cpp" line="155"/>
        <source>the scenario is not valid:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runcontroller.cpp" line="160"/>
        <source>the scenario has %1 processes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runcontroller.cpp" line="167"/>
        <source>proclab-agent not found or not executable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runcontroller.cpp" line="210"/>
        <source>cannot map the stats page: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::RunsPage</name>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="174"/>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="175"/>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="204"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="287"/>
        <source>time since start (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="296"/>
        <source>all processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="320"/>
        <source>%1, whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="347"/>
        <source>Throughput (items/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="349"/>
        <source>Throughput (MB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="351"/>
        <source>Context switches per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="353"/>
        <source>Latency p99 (µs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="355"/>
        <source>Buffer fill (% of capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="362"/>
        <source>Finished runs of this session. Tick two or more to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="363"/>
        <source>Remove selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="366"/>
        <source>Overlay over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="367"/>
        <source>Grouped bars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioDocument</name>
    <message>
        <location filename="../widgets/common/scenariodocument.cpp" line="24"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/scenariodocument.cpp" line="35"/>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioErrorDialog</name>
    <message>
        <location filename="../widgets/common/scenarioerrordialog.cpp" line="49"/>
        <source>Cannot open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/scenarioerrordialog.cpp" line="50"/>
        <source>%1 could not be opened. The diagram you had open is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/scenarioerrordialog.cpp" line="52"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/scenarioerrordialog.cpp" line="52"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/scenarioerrordialog.cpp" line="52"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::SweepDialog</name>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="88"/>
        <source>Running %1 of %2: %3 = %4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/sweepdialog.cpp" line="101"/>
        <source>Done: %n run(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/sweepdialog.cpp" line="106"/>
        <source>Cancelled after %n finished run(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="110"/>
        <source>The sweep stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="136"/>
        <source>&quot;%1&quot; is not a positive whole number or a range like 1-1024x2 or 8-64+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="146"/>
        <source>Give between 1 and 100 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="188"/>
        <source>The scenario has nothing this parameter applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="203"/>
        <source>Cancelling: stopping the current run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="231"/>
        <location filename="../widgets/charts/sweepdialog.cpp" line="276"/>
        <source>items/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="232"/>
        <source>context switches/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="277"/>
        <source>switches/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="285"/>
        <source>Sweep of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="290"/>
        <source>Sweep a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="291"/>
        <source>Parameter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="292"/>
        <source>Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="293"/>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="294"/>
        <source>Comma-separated values; 1-1024x2 doubles from 1 to 1024, 8-64+8 steps by 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="296"/>
        <source>buffer capacity (slots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="297"/>
        <source>item size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="298"/>
        <source>number of producers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="299"/>
        <source>number of copies of a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="300"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="301"/>
        <source>Cancel sweep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proclab::TimeChart</name>
    <message>
        <location filename="../widgets/charts/timechart.cpp" line="164"/>
        <source>the output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
