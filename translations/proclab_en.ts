<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdopterItem</name>
    <message>
        <source>proclab-agent, pid %1: it forked the root and, as the run&apos;s subreaper (PR_SET_CHILD_SUBREAPER), adopts and reaps every process whose parent ended first. Adopted: %2</source>
        <translation>proclab-agent, pid %1: it forked the root and, as the run&apos;s subreaper (PR_SET_CHILD_SUBREAPER), adopts and reaps every process whose parent ended first. Adopted: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>adopted</translation>
    </message>
    <message>
        <source>agent (subreaper)</source>
        <translation>agent (subreaper)</translation>
    </message>
    <message>
        <source>%1 · pid %2</source>
        <translation>%1 · pid %2</translation>
    </message>
</context>
<context>
    <name>Behaviour</name>
    <message>
        <source>Idle (until stopped)</source>
        <translation>Idle (until stopped)</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <source>CPU work</source>
        <translation>CPU work</translation>
    </message>
    <message>
        <source>Exit with code</source>
        <translation>Exit with code</translation>
    </message>
    <message>
        <source>Crash (signal)</source>
        <translation>Crash (signal)</translation>
    </message>
    <message>
        <source>Never reap children</source>
        <translation>Never reap children</translation>
    </message>
    <message>
        <source>Exit early (orphan children)</source>
        <translation>Exit early (orphan children)</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Produce</translation>
    </message>
    <message>
        <source>Consume</source>
        <translation>Consume</translation>
    </message>
    <message>
        <source>Increment counter</source>
        <translation>Increment counter</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>sleep %1 ms</source>
        <translation>sleep %1 ms</translation>
    </message>
    <message>
        <source>CPU %1 ms</source>
        <translation>CPU %1 ms</translation>
    </message>
    <message>
        <source>exit(%1) after %2 ms</source>
        <translation>exit(%1) after %2 ms</translation>
    </message>
    <message>
        <source>signal %1 after %2 ms</source>
        <translation>signal %1 after %2 ms</translation>
    </message>
    <message>
        <source>never waits</source>
        <translation>never waits</translation>
    </message>
    <message>
        <source>exits after %1 ms</source>
        <translation>exits after %1 ms</translation>
    </message>
    <message>
        <source>produce %1 → %2</source>
        <translation>produce %1 → %2</translation>
    </message>
    <message>
        <source>consume ← %1</source>
        <translation>consume ← %1</translation>
    </message>
    <message>
        <source>Write to its copy (after fork)</source>
        <translation>Write to its copy (after fork)</translation>
    </message>
    <message>
        <source>Exec a program (same pid)</source>
        <translation>Exec a program (same pid)</translation>
    </message>
    <message>
        <source>exec %1, %2 ms</source>
        <translation>exec %1, %2 ms</translation>
    </message>
    <message>
        <source>Lab: divide and combine (primes)</source>
        <translation>Lab: divide and combine (primes)</translation>
    </message>
    <message>
        <source>Lab: count primes (a share)</source>
        <translation>Lab: count primes (a share)</translation>
    </message>
    <message>
        <source>Lab: pre-fork server master</source>
        <translation>Lab: pre-fork server master</translation>
    </message>
    <message>
        <source>Lab: server worker</source>
        <translation>Lab: server worker</translation>
    </message>
    <message>
        <source>Lab: load generator</source>
        <translation>Lab: load generator</translation>
    </message>
    <message>
        <source>counts its share of primes</source>
        <translation>counts its share of primes</translation>
    </message>
    <message>
        <source>%1 requests, %2 at once</source>
        <translation>%1 requests, %2 at once</translation>
    </message>
    <message>
        <source>%1++ × %2</source>
        <translation>%1++ × %2</translation>
    </message>
    <message>
        <source>inherits x = %1, sets %2</source>
        <translation>inherits x = %1, sets %2</translation>
    </message>
    <message>
        <source>primes &lt; %1, split</source>
        <translation>primes &lt; %1, split</translation>
    </message>
    <message>
        <source>listens, replaces workers</source>
        <translation>listens, replaces workers</translation>
    </message>
    <message>
        <source>accept(), %1 µs/request</source>
        <translation>accept(), %1 µs/request</translation>
    </message>
</context>
<context>
    <name>ChannelItem</name>
    <message>
        <source>%1 slots × %2 B%3</source>
        <translation>%1 slots × %2 B%3</translation>
    </message>
    <message>
        <source>, no sync</source>
        <translation>, no sync</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>no lock (races)</source>
        <translation>no lock (races)</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <source>%1 B items, %2</source>
        <translation>%1 B items, %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 items/s · %2 queued</source>
        <translation>%1 items/s · %2 queued</translation>
    </message>
    <message>
        <source>%1 × %2 B, %3</source>
        <translation>%1 × %2 B, %3</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>(unsaved scenario)</source>
        <translation>(unsaved scenario)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1: cannot render a %2×%3 image at scale %4</source>
        <translation>%1: cannot render a %2×%3 image at scale %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing to export</source>
        <translation>%1: nothing to export</translation>
    </message>
    <message>
        <source>%1: cannot start the SVG painter</source>
        <translation>%1: cannot start the SVG painter</translation>
    </message>
    <message>
        <source>Cannot copy the chart to the clipboard.</source>
        <translation>Cannot copy the chart to the clipboard.</translation>
    </message>
    <message>
        <source>no data to write</source>
        <translation>no data to write</translation>
    </message>
</context>
<context>
    <name>ConnectionRules</name>
    <message>
        <source>An item cannot be connected to itself.</source>
        <translation>An item cannot be connected to itself.</translation>
    </message>
    <message>
        <source>Unknown item.</source>
        <translation>Unknown item.</translation>
    </message>
    <message>
        <source>A channel connects processes; it cannot be connected to another channel.</source>
        <translation>A channel connects processes; it cannot be connected to another channel.</translation>
    </message>
    <message>
        <source>%1 is already a child of %2.</source>
        <translation>%1 is already a child of %2.</translation>
    </message>
    <message>
        <source>%1 already has a parent (%2): a process is forked by exactly one parent.</source>
        <translation>%1 already has a parent (%2): a process is forked by exactly one parent.</translation>
    </message>
    <message>
        <source>%1 is an ancestor of %2: forks cannot form a cycle.</source>
        <translation>%1 is an ancestor of %2: forks cannot form a cycle.</translation>
    </message>
    <message>
        <source>Fork %1 from %2</source>
        <translation>Fork %1 from %2</translation>
    </message>
    <message>
        <source>%1 already has a writer (%2): a pipe or socket pair has one at each end.</source>
        <translation>%1 already has a writer (%2): a pipe or socket pair has one at each end.</translation>
    </message>
    <message>
        <source>A process cannot be both ends of %1.</source>
        <translation>A process cannot be both ends of %1.</translation>
    </message>
    <message>
        <source>%1 sends to %2</source>
        <translation>%1 sends to %2</translation>
    </message>
    <message>
        <source>Nobody reads a shared counter: connect processes to it to increment it.</source>
        <translation>Nobody reads a shared counter: connect processes to it to increment it.</translation>
    </message>
    <message>
        <source>%1 already has a reader (%2): a pipe or socket pair has one at each end.</source>
        <translation>%1 already has a reader (%2): a pipe or socket pair has one at each end.</translation>
    </message>
    <message>
        <source>%1 receives from %2</source>
        <translation>%1 receives from %2</translation>
    </message>
    <message>
        <source>%2 and %3 have no common ancestor, so they cannot share %1: it has no name and is only inherited through fork(). Fork both from one process, or use a mailbox.</source>
        <translation>%2 and %3 have no common ancestor, so they cannot share %1: it has no name and is only inherited through fork(). Fork both from one process, or use a mailbox.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>Arrange &amp;Diagram</source>
        <translation>Arrange &amp;Diagram</translation>
    </message>
</context>
<context>
    <name>ExampleCatalog</name>
    <message>
        <source>Processes and fork()</source>
        <translation>Processes and fork()</translation>
    </message>
    <message>
        <source>Zombies and orphans</source>
        <translation>Zombies and orphans</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>Shared memory</translation>
    </message>
    <message>
        <source>Message passing</source>
        <translation>Message passing</translation>
    </message>
    <message>
        <source>Context switching</source>
        <translation>Context switching</translation>
    </message>
    <message>
        <source>More examples</source>
        <translation>More examples</translation>
    </message>
    <message>
        <source>fork() then exec()</source>
        <translation>fork() then exec()</translation>
    </message>
    <message>
        <source>Multiprocessing and scalability</source>
        <translation>Multiprocessing and scalability</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>ProcLab scenarios (*.proclab.json)</source>
        <translation>ProcLab scenarios (*.proclab.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before going on?</source>
        <translation>%1 has unsaved changes. Save them before going on?</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Open Scenario</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Save Scenario As</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <source>No examples found</source>
        <translation>No examples found</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Examples</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
</context>
<context>
    <name>HandleItem</name>
    <message>
        <source>Drag to another item to connect</source>
        <translation>Drag to another item to connect</translation>
    </message>
</context>
<context>
    <name>LabSweepChart</name>
    <message>
        <source>parallel wall time (ms)</source>
        <translation>parallel wall time (ms)</translation>
    </message>
    <message>
        <source>speed-up</source>
        <translation>speed-up</translation>
    </message>
    <message>
        <source>ideal (= K)</source>
        <translation>ideal (= K)</translation>
    </message>
    <message>
        <source>CPUs: %1</source>
        <translation>CPUs: %1</translation>
    </message>
    <message>
        <source>wall time (ms)</source>
        <translation>wall time (ms)</translation>
    </message>
    <message>
        <source>speed-up (×)</source>
        <translation>speed-up (×)</translation>
    </message>
    <message>
        <source>Speed-up against the number of worker processes</source>
        <translation>Speed-up against the number of worker processes</translation>
    </message>
    <message>
        <source>answers per second</source>
        <translation>answers per second</translation>
    </message>
    <message>
        <source>one worker&apos;s share (%)</source>
        <translation>one worker&apos;s share (%)</translation>
    </message>
    <message>
        <source>fair share (100 / W)</source>
        <translation>fair share (100 / W)</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>requests/s</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>share (%)</translation>
    </message>
    <message>
        <source>Requests per second and each worker&apos;s share</source>
        <translation>Requests per second and each worker&apos;s share</translation>
    </message>
    <message>
        <source>worker processes (K)</source>
        <translation>worker processes (K)</translation>
    </message>
    <message>
        <source>worker processes (W)</source>
        <translation>worker processes (W)</translation>
    </message>
</context>
<context>
    <name>LabTemplate</name>
    <message>
        <source>divide and combine</source>
        <translation>divide and combine</translation>
    </message>
    <message>
        <source>master</source>
        <translation>master</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>load generator</source>
        <translation>load generator</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <source>Show the lessons (F1)</source>
        <translation>Show the lessons (F1)</translation>
    </message>
    <message>
        <source>there is no lesson &quot;%1&quot; (proclab-cli lesson list names them)</source>
        <translation>there is no lesson &quot;%1&quot; (proclab-cli lesson list names them)</translation>
    </message>
    <message>
        <source>lesson &quot;%1&quot; has steps 1 to %2, not &quot;%3&quot;</source>
        <translation>lesson &quot;%1&quot; has steps 1 to %2, not &quot;%3&quot;</translation>
    </message>
    <message>
        <source>lesson &quot;%1&quot; could not be started</source>
        <translation>lesson &quot;%1&quot; could not be started</translation>
    </message>
</context>
<context>
    <name>LessonValidator</name>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unexpected &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at character %1: %2</source>
        <translation>at character %1: %2</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation>the expression ends too early</translation>
    </message>
    <message>
        <source>&quot;)&quot; is missing</source>
        <translation>&quot;)&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>the text in quotes is not closed</source>
        <translation>the text in quotes is not closed</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;; known: %2</source>
        <translation>unknown function &quot;%1&quot;; known: %2</translation>
    </message>
    <message>
        <source>&quot;)&quot; is missing after the arguments of %1</source>
        <translation>&quot;)&quot; is missing after the arguments of %1</translation>
    </message>
    <message>
        <source>%1() takes one argument</source>
        <translation>%1() takes one argument</translation>
    </message>
    <message>
        <source>a field name must follow &quot;.&quot;</source>
        <translation>a field name must follow &quot;.&quot;</translation>
    </message>
    <message>
        <source>a value must follow &quot;=&quot;</source>
        <translation>a value must follow &quot;=&quot;</translation>
    </message>
    <message>
        <source>inside [ ] write a number, * or field=value</source>
        <translation>inside [ ] write a number, * or field=value</translation>
    </message>
    <message>
        <source>&quot;]&quot; is missing</source>
        <translation>&quot;]&quot; is missing</translation>
    </message>
    <message>
        <source>the expression is %1 characters long, more than the %2 allowed</source>
        <translation>the expression is %1 characters long, more than the %2 allowed</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>the expression is empty</translation>
    </message>
    <message>
        <source>%1 values where one was needed; use count, sum, min, max or distinct</source>
        <translation>%1 values where one was needed; use count, sum, min, max or distinct</translation>
    </message>
    <message>
        <source>needs true or false, not %1</source>
        <translation>needs true or false, not %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number, but the run has no such figure</source>
        <translation>&quot;%1&quot; needs a number, but the run has no such figure</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number, not &quot;%2&quot;</source>
        <translation>&quot;%1&quot; needs a number, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1() of nothing: the run has no such figure</source>
        <translation>%1() of nothing: the run has no such figure</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>division by zero</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>%1: the run has no such figure</source>
        <translation>%1: the run has no such figure</translation>
    </message>
    <message>
        <source>the file is %1 bytes, larger than the %2 KiB a lesson may have</source>
        <translation>the file is %1 bytes, larger than the %2 KiB a lesson may have</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1: %2</source>
        <translation>JSON syntax error at line %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once here; write it once</source>
        <translation>&quot;%1&quot; appears more than once here; write it once</translation>
    </message>
    <message>
        <source>a lesson must be a JSON object { ... }</source>
        <translation>a lesson must be a JSON object { ... }</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;: every text is needed in Korean (&quot;ko&quot;) and English (&quot;en&quot;)</source>
        <translation>missing &quot;%1&quot;: every text is needed in Korean (&quot;ko&quot;) and English (&quot;en&quot;)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 a text may have</source>
        <translation>%1 characters, more than the %2 a text may have</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a condition (a comparison such as &quot;value == 4&quot;)</source>
        <translation>&quot;%1&quot; must be a condition (a comparison such as &quot;value == 4&quot;)</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;: this is not a ProcLab lesson</source>
        <translation>must be &quot;%1&quot;: this is not a ProcLab lesson</translation>
    </message>
    <message>
        <source>an id is 1 to 40 of a-z, 0-9 and -, not &quot;%1&quot;</source>
        <translation>an id is 1 to 40 of a-z, 0-9 and -, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a lesson needs at least one step</source>
        <translation>a lesson needs at least one step</translation>
    </message>
    <message>
        <source>%1 steps are more than the %2 a lesson may have</source>
        <translation>%1 steps are more than the %2 a lesson may have</translation>
    </message>
    <message>
        <source>a lesson</source>
        <translation>a lesson</translation>
    </message>
    <message>
        <source>a step must be an object, not %1</source>
        <translation>a step must be an object, not %1</translation>
    </message>
    <message>
        <source>a scenario is named by its file name only (NAME.proclab.json), not &quot;%1&quot;</source>
        <translation>a scenario is named by its file name only (NAME.proclab.json), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a step with an action, a prediction or a challenge needs a &quot;scenario&quot; to run</source>
        <translation>a step with an action, a prediction or a challenge needs a &quot;scenario&quot; to run</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>a step</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; known: %2</source>
        <translation>unknown action &quot;%1&quot;; known: %2</translation>
    </message>
    <message>
        <source>a signal name such as &quot;SIGKILL&quot; or &quot;SIGSEGV&quot;</source>
        <translation>a signal name such as &quot;SIGKILL&quot; or &quot;SIGSEGV&quot;</translation>
    </message>
    <message>
        <source>missing required field &quot;value&quot;</source>
        <translation>missing required field &quot;value&quot;</translation>
    </message>
    <message>
        <source>a sweep takes 1 to %1 values</source>
        <translation>a sweep takes 1 to %1 values</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot;</source>
        <translation>the action &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a prediction offers 2 to %1 choices</source>
        <translation>a prediction offers 2 to %1 choices</translation>
    </message>
    <message>
        <source>a choice must be an object {&quot;key&quot;, &quot;text&quot;}</source>
        <translation>a choice must be an object {&quot;key&quot;, &quot;text&quot;}</translation>
    </message>
    <message>
        <source>a choice&apos;s key is one letter a-z</source>
        <translation>a choice&apos;s key is one letter a-z</translation>
    </message>
    <message>
        <source>two choices have the key &quot;%1&quot;</source>
        <translation>two choices have the key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>a choice</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>a note</translation>
    </message>
    <message>
        <source>at most %1 notes</source>
        <translation>at most %1 notes</translation>
    </message>
    <message>
        <source>at most %1 figures</source>
        <translation>at most %1 figures</translation>
    </message>
    <message>
        <source>a figure</source>
        <translation>a figure</translation>
    </message>
    <message>
        <source>write &quot;process:ID&quot;, &quot;channel:ID&quot; or &quot;chart:NAME&quot;</source>
        <translation>write &quot;process:ID&quot;, &quot;channel:ID&quot; or &quot;chart:NAME&quot;</translation>
    </message>
    <message>
        <source>a prediction</source>
        <translation>a prediction</translation>
    </message>
    <message>
        <source>the rule needs a condition for at least one choice</source>
        <translation>the rule needs a condition for at least one choice</translation>
    </message>
    <message>
        <source>the rule (its keys are the choices&apos; keys)</source>
        <translation>the rule (its keys are the choices&apos; keys)</translation>
    </message>
    <message>
        <source>a challenge</source>
        <translation>a challenge</translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot; among the lesson scenarios or the examples</source>
        <translation>no scenario &quot;%1&quot; among the lesson scenarios or the examples</translation>
    </message>
    <message>
        <source>the scenario &quot;%1&quot; is invalid: %2</source>
        <translation>the scenario &quot;%1&quot; is invalid: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the scenario has no process &quot;%2&quot;</source>
        <translation>&quot;%1&quot;: the scenario has no process &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the scenario has no channel &quot;%2&quot;</source>
        <translation>&quot;%1&quot;: the scenario has no channel &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the scenario has no process &quot;%1&quot;</source>
        <translation>the scenario has no process &quot;%1&quot;</translation>
    </message>
    <message>
        <source>after the change the scenario is invalid: %1</source>
        <translation>after the change the scenario is invalid: %1</translation>
    </message>
    <message>
        <source>the scenario has nothing called &quot;%1&quot;</source>
        <translation>the scenario has nothing called &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a whole number</source>
        <translation>&quot;%1&quot; needs a whole number</translation>
    </message>
    <message>
        <source>the target must be &quot;process:ID&quot; or &quot;channel:ID&quot;, not &quot;%1&quot;</source>
        <translation>the target must be &quot;process:ID&quot; or &quot;channel:ID&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be set; settable: %2</source>
        <translation>&quot;%1&quot; cannot be set; settable: %2</translation>
    </message>
    <message>
        <source>&quot;sync&quot; needs true or false</source>
        <translation>&quot;sync&quot; needs true or false</translation>
    </message>
    <message>
        <source>&quot;send&quot; needs &quot;sync&quot; or &quot;async&quot;</source>
        <translation>&quot;send&quot; needs &quot;sync&quot; or &quot;async&quot;</translation>
    </message>
    <message>
        <source>the scenario has no channel &quot;%1&quot;</source>
        <translation>the scenario has no channel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;kind&quot; needs a behaviour name: %1</source>
        <translation>&quot;kind&quot; needs a behaviour name: %1</translation>
    </message>
    <message>
        <source>this step runs nothing</source>
        <translation>this step runs nothing</translation>
    </message>
    <message>
        <source>the run was stopped</source>
        <translation>the run was stopped</translation>
    </message>
    <message>
        <source>no chart is called &quot;%1&quot;; the charts are %2</source>
        <translation>no chart is called &quot;%1&quot;; the charts are %2</translation>
    </message>
    <message>
        <source>a bench takes 1 to %1 item sizes</source>
        <translation>a bench takes 1 to %1 item sizes</translation>
    </message>
    <message>
        <source>an item size is a whole number of bytes from 1 to %1</source>
        <translation>an item size is a whole number of bytes from 1 to %1</translation>
    </message>
</context>
<context>
    <name>LiveChartSpecs</name>
    <message>
        <source>time (s)</source>
        <translation>time (s)</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Throughput</translation>
    </message>
    <message>
        <source>items/s</source>
        <translation>items/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>%1 items/s</source>
        <translation>%1 items/s</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>switching / CPU time</source>
        <translation>switching / CPU time</translation>
    </message>
    <message>
        <source>Buffer fill (% of capacity)</source>
        <translation>Buffer fill (% of capacity)</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>%1 p50</source>
        <translation>%1 p50</translation>
    </message>
    <message>
        <source>%1 p99</source>
        <translation>%1 p99</translation>
    </message>
    <message>
        <source>switches/s</source>
        <translation>switches/s</translation>
    </message>
    <message>
        <source>%1 voluntary</source>
        <translation>%1 voluntary</translation>
    </message>
    <message>
        <source>%1 involuntary</source>
        <translation>%1 involuntary</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>% of CPU time</source>
        <translation>% of CPU time</translation>
    </message>
    <message>
        <source>Not measured yet: the cost of one context switch on this machine. Press &quot;Measure&quot; (a few seconds) to see this chart.</source>
        <translation>Not measured yet: the cost of one context switch on this machine. Press &quot;Measure&quot; (a few seconds) to see this chart.</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Context switches</source>
        <translation>Context switches</translation>
    </message>
    <message>
        <source>voluntary</source>
        <translation>voluntary</translation>
    </message>
    <message>
        <source>involuntary</source>
        <translation>involuntary</translation>
    </message>
    <message>
        <source>Switching overhead (estimate)</source>
        <translation>Switching overhead (estimate)</translation>
    </message>
    <message>
        <source>Which CPU each process ran on</source>
        <translation>Which CPU each process ran on</translation>
    </message>
    <message>
        <source>CPU number</source>
        <translation>CPU number</translation>
    </message>
</context>
<context>
    <name>LiveState</name>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>sleeping</translation>
    </message>
    <message>
        <source>blocked: buffer full</source>
        <translation>blocked: buffer full</translation>
    </message>
    <message>
        <source>blocked: buffer empty</source>
        <translation>blocked: buffer empty</translation>
    </message>
    <message>
        <source>stopped (paused)</source>
        <translation>stopped (paused)</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>zombie</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>exited</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>killed</translation>
    </message>
    <message>
        <source>waiting for acknowledgement</source>
        <translation>waiting for acknowledgement</translation>
    </message>
</context>
<context>
    <name>MachineInfo</name>
    <message>
        <source>unknown CPU</source>
        <translation>unknown CPU</translation>
    </message>
    <message>
        <source>%1 · CPUs: %2 · Linux %3</source>
        <translation>%1 · CPUs: %2 · Linux %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <source>%1[*] — ProcLab</source>
        <translation>%1[*] — ProcLab</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>No problems</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processes</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>About ProcLab</source>
        <translation>About ProcLab</translation>
    </message>
    <message>
        <source>&lt;b&gt;ProcLab %1&lt;/b&gt;&lt;p&gt;Multi-process programming on Linux, taught with real processes: every box is a real fork().&lt;/p&gt;</source>
        <translation>&lt;b&gt;ProcLab %1&lt;/b&gt;&lt;p&gt;Multi-process programming on Linux, taught with real processes: every box is a real fork().&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram</source>
        <translation>&amp;Fit Diagram</translation>
    </message>
    <message>
        <source>&amp;About ProcLab</source>
        <translation>&amp;About ProcLab</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to run yet: drag a process from the Palette onto the canvas, or open an example.</source>
        <translation>Nothing to run yet: drag a process from the Palette onto the canvas, or open an example.</translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Shared buffer</source>
        <translation>Shared buffer</translation>
    </message>
    <message>
        <source>Shared counter</source>
        <translation>Shared counter</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Pipe</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Socket pair</source>
        <translation>Socket pair</translation>
    </message>
    <message>
        <source>A process. Drag from its handle to another process to fork it.</source>
        <translation>A process. Drag from its handle to another process to fork it.</translation>
    </message>
    <message>
        <source>A bounded buffer in POSIX shared memory (producers and consumers).</source>
        <translation>A bounded buffer in POSIX shared memory (producers and consumers).</translation>
    </message>
    <message>
        <source>One shared integer that processes increment, with or without a lock.</source>
        <translation>One shared integer that processes increment, with or without a lock.</translation>
    </message>
    <message>
        <source>A POSIX message queue: many senders and receivers, by name.</source>
        <translation>A POSIX message queue: many senders and receivers, by name.</translation>
    </message>
    <message>
        <source>Lab: speed-up</source>
        <translation>Lab: speed-up</translation>
    </message>
    <message>
        <source>Lab: server cluster</source>
        <translation>Lab: server cluster</translation>
    </message>
    <message>
        <source>A parent that divides a job (counting primes) among worker processes and combines their parts.</source>
        <translation>A parent that divides a job (counting primes) among worker processes and combines their parts.</translation>
    </message>
    <message>
        <source>A pre-fork server: a master, workers accepting on its socket, and a load generator.</source>
        <translation>A pre-fork server: a master, workers accepting on its socket, and a load generator.</translation>
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
        <translation>Usage: proclab-cli bench ctxswitch|ipc [--json] [ARGS...]
Runs proclab-agent&apos;s benchmark; ARGS are passed to it unchanged.
  --json   print the agent&apos;s JSON object instead of a table
</translation>
    </message>
    <message>
        <source>bench: %1 needs a value</source>
        <translation>bench: %1 needs a value</translation>
    </message>
    <message>
        <source>bench: unknown benchmark &apos;%1&apos;
</source>
        <translation>bench: unknown benchmark &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>bench %1 failed: %2
</source>
        <translation>bench %1 failed: %2
</translation>
    </message>
    <message>
        <source>Benchmark: %1 (%2 ms)
</source>
        <translation>Benchmark: %1 (%2 ms)
</translation>
    </message>
    <message>
        <source>proclab-cli: unknown command &apos;%1&apos;

</source>
        <translation>proclab-cli: unknown command &apos;%1&apos;

</translation>
    </message>
    <message>
        <source>Runs a scenario as real processes, headless.</source>
        <translation>Runs a scenario as real processes, headless.</translation>
    </message>
    <message>
        <source>stop the run after SECONDS (default: the file&apos;s)</source>
        <translation>stop the run after SECONDS (default: the file&apos;s)</translation>
    </message>
    <message>
        <source>samples per second, 1..100 (default: the file&apos;s)</source>
        <translation>samples per second, 1..100 (default: the file&apos;s)</translation>
    </message>
    <message>
        <source>print one JSON object instead of a table</source>
        <translation>print one JSON object instead of a table</translation>
    </message>
    <message>
        <source>run: exactly one FILE is needed
</source>
        <translation>run: exactly one FILE is needed
</translation>
    </message>
    <message>
        <source>run: --duration needs a number of seconds (0 &lt; s &lt;= 86400)
</source>
        <translation>run: --duration needs a number of seconds (0 &lt; s &lt;= 86400)
</translation>
    </message>
    <message>
        <source>run: --sample-rate needs 1..100
</source>
        <translation>run: --sample-rate needs 1..100
</translation>
    </message>
    <message>
        <source>interrupted: stopping the run
</source>
        <translation>interrupted: stopping the run
</translation>
    </message>
    <message>
        <source>run failed: %1
</source>
        <translation>run failed: %1
</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>Scenario: %1
Duration: %2 s
Result:   %3

</source>
        <translation>Scenario: %1
Duration: %2 s
Result:   %3

</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>PPID</source>
        <translation>PPID</translation>
    </message>
    <message>
        <source>PARENT</source>
        <translation>PARENT</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>EXIT</translation>
    </message>
    <message>
        <source>UTIME ms</source>
        <translation>UTIME ms</translation>
    </message>
    <message>
        <source>STIME ms</source>
        <translation>STIME ms</translation>
    </message>
    <message>
        <source>VCSW</source>
        <translation>VCSW</translation>
    </message>
    <message>
        <source>NVCSW</source>
        <translation>NVCSW</translation>
    </message>
    <message>
        <source>MAXRSS kB</source>
        <translation>MAXRSS kB</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>PRODUCED</source>
        <translation>PRODUCED</translation>
    </message>
    <message>
        <source>CONSUMED</source>
        <translation>CONSUMED</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>LOST</translation>
    </message>
    <message>
        <source>DUP</source>
        <translation>DUP</translation>
    </message>
    <message>
        <source>CORRUPT</source>
        <translation>CORRUPT</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>LEFT</translation>
    </message>
    <message>
        <source>p50 us</source>
        <translation>p50 us</translation>
    </message>
    <message>
        <source>p99 us</source>
        <translation>p99 us</translation>
    </message>
    <message>
        <source>LOST UPDATES</source>
        <translation>LOST UPDATES</translation>
    </message>
    <message>
        <source>Checks scenario files without running them.</source>
        <translation>Checks scenario files without running them.</translation>
    </message>
    <message>
        <source>scenario file(s) to check</source>
        <translation>scenario file(s) to check</translation>
    </message>
    <message>
        <source>validate: no FILE given
</source>
        <translation>validate: no FILE given
</translation>
    </message>
    <message>
        <source>%1: valid (%2 processes, %3 channels)
</source>
        <translation>%1: valid (%2 processes, %3 channels)
</translation>
    </message>
    <message>
        <source>--chart %1: the file must end in .png or .svg</source>
        <translation>--chart %1: the file must end in .png or .svg</translation>
    </message>
    <message>
        <source>also write every series of the run to FILE.csv</source>
        <translation>also write every series of the run to FILE.csv</translation>
    </message>
    <message>
        <source>ctxswitch: also draw the result to FILE.png|.svg</source>
        <translation>ctxswitch: also draw the result to FILE.png|.svg</translation>
    </message>
    <message>
        <source>--chart is available for bench ctxswitch only</source>
        <translation>--chart is available for bench ctxswitch only</translation>
    </message>
    <message>
        <source>bench ctxswitch</source>
        <translation>bench ctxswitch</translation>
    </message>
    <message>
        <source>Lists the example scenarios ProcLab ships; `proclab-cli run NAME` runs one.</source>
        <translation>Lists the example scenarios ProcLab ships; `proclab-cli run NAME` runs one.</translation>
    </message>
    <message>
        <source>examples: takes no arguments
</source>
        <translation>examples: takes no arguments
</translation>
    </message>
    <message>
        <source>examples: no example scenarios in %1
</source>
        <translation>examples: no example scenarios in %1
</translation>
    </message>
    <message>
        <source>scenario file (*.proclab.json), or the name of an example (see: examples)</source>
        <translation>scenario file (*.proclab.json), or the name of an example (see: examples)</translation>
    </message>
    <message>
        <source>Usage: proclab-cli lesson list [--json]
       proclab-cli lesson run ID|FILE [--lang ko|en] [--answer K]... [--json]
       proclab-cli lesson validate FILE...
</source>
        <translation>Usage: proclab-cli lesson list [--json]
       proclab-cli lesson run ID|FILE [--lang ko|en] [--answer K]... [--json]
       proclab-cli lesson validate FILE...
</translation>
    </message>
    <message>
        <source>lesson validate: no FILE given
</source>
        <translation>lesson validate: no FILE given
</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n step(s))
</source>
        <translation>
            <numerusform>%1: valid (%n step)
</numerusform>
            <numerusform>%1: valid (%n steps)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lesson run: %n answer(s) more than the lesson&apos;s predictions were ignored
</source>
        <translation>
            <numerusform>lesson run: %n answer more than the lesson&apos;s predictions was ignored
</numerusform>
            <numerusform>lesson run: %n answers more than the lesson&apos;s predictions were ignored
</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the lessons, runs a lesson&apos;s steps with real processes, or checks lesson files.</source>
        <translation>Lists the lessons, runs a lesson&apos;s steps with real processes, or checks lesson files.</translation>
    </message>
    <message>
        <source>list, run or validate</source>
        <translation>list, run or validate</translation>
    </message>
    <message>
        <source>print one JSON document instead of text</source>
        <translation>print one JSON document instead of text</translation>
    </message>
    <message>
        <source>language of the texts: ko or en</source>
        <translation>language of the texts: ko or en</translation>
    </message>
    <message>
        <source>your choice for the next prediction (repeat for each prediction)</source>
        <translation>your choice for the next prediction (repeat for each prediction)</translation>
    </message>
    <message>
        <source>lesson: unknown action &apos;%1&apos;
</source>
        <translation>lesson: unknown action &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>lesson run: exactly one lesson ID (or file) is needed
</source>
        <translation>lesson run: exactly one lesson ID (or file) is needed
</translation>
    </message>
    <message>
        <source>lesson run: --lang takes ko or en
</source>
        <translation>lesson run: --lang takes ko or en
</translation>
    </message>
    <message>
        <source>lesson run: no lesson &apos;%1&apos;; the lessons are: %2
</source>
        <translation>lesson run: no lesson &apos;%1&apos;; the lessons are: %2
</translation>
    </message>
    <message>
        <source>Lesson %1 · %2
%3

%4
</source>
        <translation>Lesson %1 · %2
%3

%4
</translation>
    </message>
    <message>
        <source>Step %1/%2: %3</source>
        <translation>Step %1/%2: %3</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>Challenge: %1</source>
        <translation>Challenge: %1</translation>
    </message>
    <message>
        <source>Running %1 …</source>
        <translation>Running %1 …</translation>
    </message>
    <message>
        <source>  the run failed: %1
</source>
        <translation>  the run failed: %1
</translation>
    </message>
    <message>
        <source>Measured: %1 = %2</source>
        <translation>Measured: %1 = %2</translation>
    </message>
    <message>
        <source>  the figure could not be measured: %1
</source>
        <translation>  the figure could not be measured: %1
</translation>
    </message>
    <message>
        <source>  No choice fits what was measured.
</source>
        <translation>  No choice fits what was measured.
</translation>
    </message>
    <message>
        <source>  The measured answer: %1
</source>
        <translation>  The measured answer: %1
</translation>
    </message>
    <message>
        <source>  Your answer %1 holds.
</source>
        <translation>  Your answer %1 holds.
</translation>
    </message>
    <message>
        <source>  Your answer %1 does not hold.
</source>
        <translation>  Your answer %1 does not hold.
</translation>
    </message>
    <message>
        <source>Challenge: this run already passes.</source>
        <translation>Challenge: this run already passes.</translation>
    </message>
    <message>
        <source>Challenge: not passed by this run (%1). Hint: %2</source>
        <translation>Challenge: not passed by this run (%1). Hint: %2</translation>
    </message>
    <message>
        <source>Usage: proclab-cli COMMAND [ARGS]

Commands:
  run FILE|EXAMPLE [--duration SECONDS] [--json]
      [--chart F.png|F.svg] [--csv F.csv]  run a scenario with real processes
                                           (EXAMPLE: a name `examples` lists)
  examples                                 list the shipped example scenarios
  validate FILE                            check a scenario file
  lesson list|run ID|validate FILE [--json] the lessons: list, run one, check files
  bench ctxswitch|ipc [--json] [ARGS...]   measure context switches or IPC
                                           (ctxswitch --chart F.png|F.svg draws it)

Options:
  -h, --help      show this help (COMMAND --help: the command&apos;s own)
  -v, --version   show the version

Exit status: 0 success, 1 failure, 2 invalid scenario, 64 usage error.
</source>
        <translation>Usage: proclab-cli COMMAND [ARGS]

Commands:
  run FILE|EXAMPLE [--duration SECONDS] [--json]
      [--chart F.png|F.svg] [--csv F.csv]  run a scenario with real processes
                                           (EXAMPLE: a name `examples` lists)
  examples                                 list the shipped example scenarios
  validate FILE                            check a scenario file
  lesson list|run ID|validate FILE [--json] the lessons: list, run one, check files
  bench ctxswitch|ipc [--json] [ARGS...]   measure context switches or IPC
                                           (ctxswitch --chart F.png|F.svg draws it)

Options:
  -h, --help      show this help (COMMAND --help: the command&apos;s own)
  -v, --version   show the version

Exit status: 0 success, 1 failure, 2 invalid scenario, 64 usage error.
</translation>
    </message>
    <message>
        <source>proclab-cli: cannot start %1 for --chart/--csv: %2
</source>
        <translation>proclab-cli: cannot start %1 for --chart/--csv: %2
</translation>
    </message>
    <message>
        <source>ZOMBIE ms</source>
        <translation>ZOMBIE ms</translation>
    </message>
    <message>
        <source>Adopted by the subreaper (%1, pid %2): %3
</source>
        <translation>Adopted by the subreaper (%1, pid %2): %3
</translation>
    </message>
    <message>
        <source>also draw the throughput chart (or, without channels, context switches; for the speed-up lab, which CPU each worker ran on) to FILE.png|.svg</source>
        <translation>also draw the throughput chart (or, without channels, context switches; for the speed-up lab, which CPU each worker ran on) to FILE.png|.svg</translation>
    </message>
    <message>
        <source>
Primes below %1 with %2 worker processes: combined %3, serial reference %4 (%5)
Parallel %6 ms, serial %7 ms: speed-up %8x
</source>
        <translation>
Primes below %1 with %2 worker processes: combined %3, serial reference %4 (%5)
Parallel %6 ms, serial %7 ms: speed-up %8x
</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>equal</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFFERENT</translation>
    </message>
    <message>
        <source>
Requests to 127.0.0.1:%1: sent %2, served %3, failed %4 (%5 per second); replacements forked: %6
</source>
        <translation>
Requests to 127.0.0.1:%1: sent %2, served %3, failed %4 (%5 per second); replacements forked: %6
</translation>
    </message>
    <message>
        <source>WORKER</source>
        <translation>WORKER</translation>
    </message>
    <message>
        <source>SERVED</source>
        <translation>SERVED</translation>
    </message>
    <message>
        <source>Measuring: proclab-agent bench ipc %1 …</source>
        <translation>Measuring: proclab-agent bench ipc %1 …</translation>
    </message>
</context>
<context>
    <name>ProcessItem</name>
    <message>
        <source>pid %1, %2</source>
        <translation>pid %1, %2</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>now runs %1</source>
        <translation>now runs %1</translation>
    </message>
</context>
<context>
    <name>PropertyForm</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Item size</source>
        <translation>Item size</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit code</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Item count</source>
        <translation>Item count</translation>
    </message>
    <message>
        <source>Rate (items/s)</source>
        <translation>Rate (items/s)</translation>
    </message>
    <message>
        <source>Hold lock</source>
        <translation>Hold lock</translation>
    </message>
    <message>
        <source>Work per item</source>
        <translation>Work per item</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Process limit</source>
        <translation>Process limit</translation>
    </message>
    <message>
        <source>Sampling rate</source>
        <translation>Sampling rate</translation>
    </message>
    <message>
        <source>Duration (0 = until done)</source>
        <translation>Duration (0 = until done)</translation>
    </message>
    <message>
        <source>Fast ring</source>
        <translation>Fast ring</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Parent sets before fork</source>
        <translation>Parent sets before fork</translation>
    </message>
    <message>
        <source>Child writes</source>
        <translation>Child writes</translation>
    </message>
    <message>
        <source>Count primes below</source>
        <translation>Count primes below</translation>
    </message>
    <message>
        <source>Replacements at most</source>
        <translation>Replacements at most</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Requests at once</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Request timeout</translation>
    </message>
    <message>
        <source>Kill a worker after answers</source>
        <translation>Kill a worker after answers</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the benchmark died (signal %1) %2</source>
        <translation>the benchmark died (signal %1) %2</translation>
    </message>
    <message>
        <source>the benchmark exited with code %1: %2</source>
        <translation>the benchmark exited with code %1: %2</translation>
    </message>
    <message>
        <source>the benchmark printed no JSON object: %1</source>
        <translation>the benchmark printed no JSON object: %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>the benchmark did not finish within %1 s</source>
        <translation>the benchmark did not finish within %1 s</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>Cannot run</source>
        <translation>Cannot run</translation>
    </message>
    <message>
        <source>Fix these problems first (they are marked on the diagram):</source>
        <translation>Fix these problems first (they are marked on the diagram):</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Running %1</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>The run failed: %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Run failed</translation>
    </message>
</context>
<context>
    <name>RunToolBar</name>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Run the diagram as real processes (F5)</source>
        <translation>Run the diagram as real processes (F5)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop or continue every process of the run (F6)</source>
        <translation>Stop or continue every process of the run (F6)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>End the run: SIGTERM, then SIGKILL (Shift+F5)</source>
        <translation>End the run: SIGTERM, then SIGKILL (Shift+F5)</translation>
    </message>
    <message>
        <source>Time since the run started</source>
        <translation>Time since the run started</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>ScenarioValidator</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>missing required field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; must be %2, not %3</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not %2</source>
        <translation>&quot;%1&quot; must be a whole number, not %2</translation>
    </message>
    <message>
        <source>it takes no fields</source>
        <translation>it takes no fields</translation>
    </message>
    <message>
        <source>its fields: %1</source>
        <translation>its fields: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2 (%3)</source>
        <translation>&quot;%1&quot; does not apply to %2 (%3)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in %2; did you mean &quot;%3&quot;?</source>
        <translation>unknown field &quot;%1&quot; in %2; did you mean &quot;%3&quot;?</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in %2 (known fields: %3)</source>
        <translation>unknown field &quot;%1&quot; in %2 (known fields: %3)</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>... and %1 more problems</translation>
    </message>
    <message>
        <source>is a folder, not a scenario file</source>
        <translation>is a folder, not a scenario file</translation>
    </message>
    <message>
        <source>the file is %1 bytes, larger than the %2 MiB a scenario may have</source>
        <translation>the file is %1 bytes, larger than the %2 MiB a scenario may have</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3, not %4</source>
        <translation>&quot;%1&quot; must be between %2 and %3, not %4</translation>
    </message>
    <message>
        <source>&quot;signal&quot; must be one of %1, not %2</source>
        <translation>&quot;signal&quot; must be one of %1, not %2</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>unknown %1 &quot;%2&quot;; did you mean &quot;%3&quot;?</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (known: %3)</source>
        <translation>unknown %1 &quot;%2&quot; (known: %3)</translation>
    </message>
    <message>
        <source>%1 processes are more than the %2 a run can have; only the first %2 were checked</source>
        <translation>%1 processes are more than the %2 a run can have; only the first %2 were checked</translation>
    </message>
    <message>
        <source>%1 channels are more than the %2 a run can hold; only the first %2 were checked</source>
        <translation>%1 channels are more than the %2 a run can hold; only the first %2 were checked</translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation>the scenario</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>JSON syntax error at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once here; only the last would count, so write it once</source>
        <translation>&quot;%1&quot; appears more than once here; only the last would count, so write it once</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object { ... }, not an array</source>
        <translation>a scenario must be a JSON object { ... }, not an array</translation>
    </message>
    <message>
        <source>missing required field &quot;format&quot;: a scenario file starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>missing required field &quot;format&quot;: a scenario file starts with &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;, not %2: this is not a ProcLab scenario</source>
        <translation>&quot;format&quot; must be &quot;%1&quot;, not %2: this is not a ProcLab scenario</translation>
    </message>
    <message>
        <source>unsupported version %1: this ProcLab reads version %2</source>
        <translation>unsupported version %1: this ProcLab reads version %2</translation>
    </message>
    <message>
        <source>&quot;settings&quot;</source>
        <translation>&quot;settings&quot;</translation>
    </message>
    <message>
        <source>a process must be an object { ... }, not %1</source>
        <translation>a process must be an object { ... }, not %1</translation>
    </message>
    <message>
        <source>missing required field &quot;parent&quot; (null for the root process)</source>
        <translation>missing required field &quot;parent&quot; (null for the root process)</translation>
    </message>
    <message>
        <source>&quot;parent&quot; must be a process id or null, not %1</source>
        <translation>&quot;parent&quot; must be a process id or null, not %1</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>a process</translation>
    </message>
    <message>
        <source>behaviour kind</source>
        <translation>behaviour kind</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; behaviour</source>
        <translation>a &quot;%1&quot; behaviour</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>signal</translation>
    </message>
    <message>
        <source>&quot;signal&quot; must be a number or a name like &quot;SIGSEGV&quot;, not %1</source>
        <translation>&quot;signal&quot; must be a number or a name like &quot;SIGSEGV&quot;, not %1</translation>
    </message>
    <message>
        <source>a channel must be an object { ... }, not %1</source>
        <translation>a channel must be an object { ... }, not %1</translation>
    </message>
    <message>
        <source>channel kind</source>
        <translation>channel kind</translation>
    </message>
    <message>
        <source>&quot;send&quot; must be &quot;sync&quot; or &quot;async&quot;, not &quot;%1&quot;</source>
        <translation>&quot;send&quot; must be &quot;sync&quot; or &quot;async&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; channel</source>
        <translation>a &quot;%1&quot; channel</translation>
    </message>
    <message>
        <source>&quot;position&quot;</source>
        <translation>&quot;position&quot;</translation>
    </message>
    <message>
        <source>%1 processes are more than the limit of %2 (settings.max_processes)</source>
        <translation>%1 processes are more than the limit of %2 (settings.max_processes)</translation>
    </message>
    <message>
        <source>%1 channels are more than the %2 a run can hold</source>
        <translation>%1 channels are more than the %2 a run can hold</translation>
    </message>
    <message>
        <source>&quot;id&quot; must not be empty</source>
        <translation>&quot;id&quot; must not be empty</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not valid: use 1 to 32 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>id &quot;%1&quot; is not valid: use 1 to 32 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;: %2 already has it (processes and channels share one set of ids)</source>
        <translation>duplicate id &quot;%1&quot;: %2 already has it (processes and channels share one set of ids)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a channel; a parent must be a process</source>
        <translation>&quot;%1&quot; is a channel; a parent must be a process</translation>
    </message>
    <message>
        <source>unknown parent &quot;%1&quot;: no process has this id</source>
        <translation>unknown parent &quot;%1&quot;: no process has this id</translation>
    </message>
    <message>
        <source>unknown parent &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown parent &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>the scenario has no processes; it needs at least a root process</source>
        <translation>the scenario has no processes; it needs at least a root process</translation>
    </message>
    <message>
        <source>no root process: exactly one process needs &quot;parent&quot;: null</source>
        <translation>no root process: exactly one process needs &quot;parent&quot;: null</translation>
    </message>
    <message>
        <source>several roots: &quot;%1&quot; has no parent, but &quot;%2&quot; is the root already; every other process needs a parent</source>
        <translation>several roots: &quot;%1&quot; has no parent, but &quot;%2&quot; is the root already; every other process needs a parent</translation>
    </message>
    <message>
        <source>the parents form a cycle: %1 (a process cannot be its own ancestor)</source>
        <translation>the parents form a cycle: %1 (a process cannot be its own ancestor)</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; behaviour needs a &quot;channel&quot;</source>
        <translation>a &quot;%1&quot; behaviour needs a &quot;channel&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a process, not a channel</source>
        <translation>&quot;%1&quot; is a process, not a channel</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;: no channel has this id</source>
        <translation>unknown channel &quot;%1&quot;: no channel has this id</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown channel &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>&quot;increment&quot; needs a shm-counter channel, but &quot;%1&quot; is a %2</source>
        <translation>&quot;increment&quot; needs a shm-counter channel, but &quot;%1&quot; is a %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a channel that carries messages (shm-buffer, pipe, socketpair or mailbox), but &quot;%2&quot; is a shm-counter; use &quot;increment&quot; with it</source>
        <translation>&quot;%1&quot; needs a channel that carries messages (shm-buffer, pipe, socketpair or mailbox), but &quot;%2&quot; is a shm-counter; use &quot;increment&quot; with it</translation>
    </message>
    <message>
        <source>no process increments the shm-counter &quot;%1&quot;</source>
        <translation>no process increments the shm-counter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; has no producer: some process must &quot;produce&quot; into it</source>
        <translation>the %1 &quot;%2&quot; has no producer: some process must &quot;produce&quot; into it</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; has no consumer: some process must &quot;consume&quot; from it</source>
        <translation>the %1 &quot;%2&quot; has no consumer: some process must &quot;consume&quot; from it</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; has no %3: it connects exactly one producer and one consumer</source>
        <translation>the %1 &quot;%2&quot; has no %3: it connects exactly one producer and one consumer</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; has %3 %4s (%5), but it connects exactly one producer and one consumer; use a mailbox or a shm-buffer for more</source>
        <translation>the %1 &quot;%2&quot; has %3 %4s (%5), but it connects exactly one producer and one consumer; use a mailbox or a shm-buffer for more</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>producer</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>consumer</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>cannot save %1: %2</translation>
    </message>
    <message>
        <source>a string or {&quot;ko&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}</source>
        <translation>a string or {&quot;ko&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>a text in two languages</source>
        <translation>a text in two languages</translation>
    </message>
    <message>
        <source>the fast ring of &quot;%1&quot; is a way to synchronise; it needs &quot;sync&quot;: true</source>
        <translation>the fast ring of &quot;%1&quot; is a way to synchronise; it needs &quot;sync&quot;: true</translation>
    </message>
    <message>
        <source>the fast ring of &quot;%1&quot; joins one producer and one consumer, but it has %2 producers and %3 consumers; turn &quot;fast&quot; off for more</source>
        <translation>the fast ring of &quot;%1&quot; joins one producer and one consumer, but it has %2 producers and %3 consumers; turn &quot;fast&quot; off for more</translation>
    </message>
    <message>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; process must be a child of a &quot;%2&quot; process: it uses what that parent made before forking it</source>
        <translation>a &quot;%1&quot; process must be a child of a &quot;%2&quot; process: it uses what that parent made before forking it</translation>
    </message>
    <message>
        <source>a &quot;combine&quot; process needs at least one &quot;count-primes&quot; child to divide the job among</source>
        <translation>a &quot;combine&quot; process needs at least one &quot;count-primes&quot; child to divide the job among</translation>
    </message>
    <message>
        <source>a &quot;prefork-master&quot; process needs at least one &quot;serve&quot; child</source>
        <translation>a &quot;prefork-master&quot; process needs at least one &quot;serve&quot; child</translation>
    </message>
    <message>
        <source>kill_at (%1) is more than count (%2): there are never that many answers, so no worker would be killed</source>
        <translation>kill_at (%1) is more than count (%2): there are never that many answers, so no worker would be killed</translation>
    </message>
    <message>
        <source>%1 processes and up to %2 replacements could make %3 processes, more than the limit of %4 (settings.max_processes)</source>
        <translation>%1 processes and up to %2 replacements could make %3 processes, more than the limit of %4 (settings.max_processes)</translation>
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
        <translation>%1 must be at least 1, not %2</translation>
    </message>
    <message>
        <source>no channel &quot;%1&quot; in the scenario</source>
        <translation>no channel &quot;%1&quot; in the scenario</translation>
    </message>
    <message>
        <source>no process produces into &quot;%1&quot;</source>
        <translation>no process produces into &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no process &quot;%1&quot; in the scenario</source>
        <translation>no process &quot;%1&quot; in the scenario</translation>
    </message>
    <message>
        <source>the root process &quot;%1&quot; cannot be copied</source>
        <translation>the root process &quot;%1&quot; cannot be copied</translation>
    </message>
    <message>
        <source>run with %1 = %2 failed: %3</source>
        <translation>run with %1 = %2 failed: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shared-memory buffer: only a buffer has a fast ring</source>
        <translation>&quot;%1&quot; is not a shared-memory buffer: only a buffer has a fast ring</translation>
    </message>
    <message>
        <source>the fast ring joins one producer and one consumer, but &quot;%1&quot; has %2 producers and %3 consumers</source>
        <translation>the fast ring joins one producer and one consumer, but &quot;%1&quot; has %2 producers and %3 consumers</translation>
    </message>
    <message>
        <source>fast must be 0 (textbook: semaphores and a lock) or 1 (the fast ring), not %1</source>
        <translation>fast must be 0 (textbook: semaphores and a lock) or 1 (the fast ring), not %1</translation>
    </message>
    <message>
        <source>fast ring</source>
        <translation>fast ring</translation>
    </message>
    <message>
        <source>textbook ring</source>
        <translation>textbook ring</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ProcLab: multi-process programming, taught with real processes.</source>
        <translation>ProcLab: multi-process programming, taught with real processes.</translation>
    </message>
    <message>
        <source>User interface language.</source>
        <translation>User interface language.</translation>
    </message>
    <message>
        <source>Run the opened scenario right away.</source>
        <translation>Run the opened scenario right away.</translation>
    </message>
    <message>
        <source>A *.proclab.json scenario to open.</source>
        <translation>A *.proclab.json scenario to open.</translation>
    </message>
    <message>
        <source>Start a lesson (an id from proclab-cli lesson list), optionally at a step counted from 1.</source>
        <translation>Start a lesson (an id from proclab-cli lesson list), optionally at a step counted from 1.</translation>
    </message>
</context>
<context>
    <name>proclab::ActivityCoordinator</name>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>a run</source>
        <translation>a run</translation>
    </message>
    <message>
        <source>a sweep</source>
        <translation>a sweep</translation>
    </message>
    <message>
        <source>a context-switch measurement</source>
        <translation>a context-switch measurement</translation>
    </message>
    <message>
        <source>a lesson step</source>
        <translation>a lesson step</translation>
    </message>
    <message>
        <source>%1 is going on; wait until it ends (or stop it) before starting %2: two at once would skew each other&apos;s measurements.</source>
        <translation>%1 is going on; wait until it ends (or stop it) before starting %2: two at once would skew each other&apos;s measurements.</translation>
    </message>
    <message numerus="yes">
        <source>the scenario has %n problem(s)</source>
        <translation>
            <numerusform>the scenario has %n problem</numerusform>
            <numerusform>the scenario has %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::AgentConnection</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>the agent refused the run: %1</source>
        <translation>the agent refused the run: %1</translation>
    </message>
    <message>
        <source>the agent died (signal %1)</source>
        <translation>the agent died (signal %1)</translation>
    </message>
    <message>
        <source>the agent exited with code %1 before the run finished</source>
        <translation>the agent exited with code %1 before the run finished</translation>
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
        <translation>cannot start %1: %2</translation>
    </message>
</context>
<context>
    <name>proclab::ChannelForm</name>
    <message>
        <source> messages</source>
        <translation> messages</translation>
    </message>
    <message>
        <source> slots</source>
        <translation> slots</translation>
    </message>
    <message>
        <source>semaphores and lock</source>
        <translation>semaphores and lock</translation>
    </message>
    <message>
        <source>Asynchronous (sender goes on)</source>
        <translation>Asynchronous (sender goes on)</translation>
    </message>
    <message>
        <source>Synchronous (waits for the receiver)</source>
        <translation>Synchronous (waits for the receiver)</translation>
    </message>
    <message>
        <source>No lock and no semaphore per item: the processes sleep only when the ring is really empty or full. Much faster, but only for one producer and one consumer.</source>
        <translation>No lock and no semaphore per item: the processes sleep only when the ring is really empty or full. Much faster, but only for one producer and one consumer.</translation>
    </message>
    <message>
        <source>yes, by the fast ring</source>
        <translation>yes, by the fast ring</translation>
    </message>
    <message>
        <source>no lock; 1 producer, 1 consumer</source>
        <translation>no lock; 1 producer, 1 consumer</translation>
    </message>
</context>
<context>
    <name>proclab::ChartView</name>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Save chart as SVG</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>ProcLab chart</source>
        <translation>ProcLab chart</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>Save chart data as CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Save data as CSV…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
</context>
<context>
    <name>proclab::ChartsPanel</name>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>Open or build a scenario first: a sweep runs it again and again with one parameter changed.</source>
        <translation>Open or build a scenario first: a sweep runs it again and again with one parameter changed.</translation>
    </message>
    <message>
        <source>A run is going on. Stop it before starting a sweep.</source>
        <translation>A run is going on. Stop it before starting a sweep.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Context-switch cost</source>
        <translation>Context-switch cost</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Compare runs</translation>
    </message>
    <message>
        <source>Sweep…</source>
        <translation>Sweep…</translation>
    </message>
    <message>
        <source>Run the scenario over a range of one parameter</source>
        <translation>Run the scenario over a range of one parameter</translation>
    </message>
</context>
<context>
    <name>proclab::DiagramScene</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Arrange</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>proclab::DiagramView</name>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;An empty canvas&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start a lesson in the &lt;b&gt;Lessons&lt;/b&gt; panel,&lt;br/&gt;open an example from &lt;b&gt;File → Examples&lt;/b&gt;,&lt;br/&gt;or drag a process from the &lt;b&gt;Palette&lt;/b&gt; onto the canvas.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;An empty canvas&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start a lesson in the &lt;b&gt;Lessons&lt;/b&gt; panel,&lt;br/&gt;open an example from &lt;b&gt;File → Examples&lt;/b&gt;,&lt;br/&gt;or drag a process from the &lt;b&gt;Palette&lt;/b&gt; onto the canvas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;No diagram in this step&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Read the step in the &lt;b&gt;Lessons&lt;/b&gt; panel.&lt;br/&gt;The diagram opens with the step that uses it.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;No diagram in this step&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Read the step in the &lt;b&gt;Lessons&lt;/b&gt; panel.&lt;br/&gt;The diagram opens with the step that uses it.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>proclab::EventLogWidget</name>
    <message>
        <source>zombie</source>
        <translation>zombie</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>spawned</source>
        <translation>spawned</translation>
    </message>
    <message>
        <source>zombie reaped</source>
        <translation>zombie reaped</translation>
    </message>
    <message>
        <source>killed by signal</source>
        <translation>killed by signal</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>exited</translation>
    </message>
    <message>
        <source>reparented</source>
        <translation>reparented</translation>
    </message>
    <message>
        <source>signal sent</source>
        <translation>signal sent</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>resumed</translation>
    </message>
    <message>
        <source>lock recovered</source>
        <translation>lock recovered</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>pid %1, parent pid %2</source>
        <translation>pid %1, parent pid %2</translation>
    </message>
    <message>
        <source>pid %1 ended by signal %2</source>
        <translation>pid %1 ended by signal %2</translation>
    </message>
    <message>
        <source>pid %1 exited with code %2</source>
        <translation>pid %1 exited with code %2</translation>
    </message>
    <message>
        <source>, reaped by pid %1</source>
        <translation>, reaped by pid %1</translation>
    </message>
    <message>
        <source>pid %1: parent pid %2 → %3</source>
        <translation>pid %1: parent pid %2 → %3</translation>
    </message>
    <message>
        <source>signal %1 sent to pid %2</source>
        <translation>signal %1 sent to pid %2</translation>
    </message>
    <message>
        <source>channel %1: the lock holder died; the lock was repaired</source>
        <translation>channel %1: the lock holder died; the lock was repaired</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>agent pid %1 set up the shared memory and channels; the processes start now</source>
        <translation>agent pid %1 set up the shared memory and channels; the processes start now</translation>
    </message>
    <message>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <source>expected %1, actual %2: %3 lost updates</source>
        <translation>expected %1, actual %2: %3 lost updates</translation>
    </message>
    <message>
        <source>produced %1, consumed %2, lost %3, duplicated %4, corrupted %5</source>
        <translation>produced %1, consumed %2, lost %3, duplicated %4, corrupted %5</translation>
    </message>
    <message>
        <source>memory copy</source>
        <translation>memory copy</translation>
    </message>
    <message>
        <source>exec</source>
        <translation>exec</translation>
    </message>
    <message>
        <source>item lost</source>
        <translation>item lost</translation>
    </message>
    <message>
        <source>pid %1 has ended; its parent (pid %2) has not called wait() yet</source>
        <translation>pid %1 has ended; its parent (pid %2) has not called wait() yet</translation>
    </message>
    <message>
        <source>its own copy at %1 holds %2 after %3 ended (it set %4 before fork)</source>
        <translation>its own copy at %1 holds %2 after %3 ended (it set %4 before fork)</translation>
    </message>
    <message>
        <source>its own copy at %1: inherited %2, wrote %3</source>
        <translation>its own copy at %1: inherited %2, wrote %3</translation>
    </message>
    <message>
        <source>pid %1 now runs the program %2: same pid, new program</source>
        <translation>pid %1 now runs the program %2: same pid, new program</translation>
    </message>
    <message>
        <source>it ended while working on item %1 of %2 from %3: that item is lost</source>
        <translation>it ended while working on item %1 of %2 from %3: that item is lost</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>lab</translation>
    </message>
    <message>
        <source>combined %1, serial reference %2; parallel %3 ms, serial %4 ms</source>
        <translation>combined %1, serial reference %2; parallel %3 ms, serial %4 ms</translation>
    </message>
    <message>
        <source>the master forked a replacement: pid %1 (the ended one was pid %2)</source>
        <translation>the master forked a replacement: pid %1 (the ended one was pid %2)</translation>
    </message>
    <message>
        <source>the load generator killed pid %1 with SIGKILL</source>
        <translation>the load generator killed pid %1 with SIGKILL</translation>
    </message>
    <message>
        <source>pid %1 answered %2 requests</source>
        <translation>pid %1 answered %2 requests</translation>
    </message>
    <message>
        <source>requests sent %1, served %2, failed %3</source>
        <translation>requests sent %1, served %2, failed %3</translation>
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
        <translation>Export image</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Scale:</translation>
    </message>
</context>
<context>
    <name>proclab::LegendWidget</name>
    <message>
        <source>Process states</source>
        <translation>Process states</translation>
    </message>
    <message>
        <source>Show the names of the state colours</source>
        <translation>Show the names of the state colours</translation>
    </message>
    <message>
        <source>Show only the state colours</source>
        <translation>Show only the state colours</translation>
    </message>
</context>
<context>
    <name>proclab::LessonChallengeBox</name>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>Show a hint</translation>
    </message>
    <message>
        <source>Running… this run is checked.</source>
        <translation>Running… this run is checked.</translation>
    </message>
    <message>
        <source>Could not check this run: %1</source>
        <translation>Could not check this run: %1</translation>
    </message>
    <message>
        <source>✔ Passed: this run did it.</source>
        <translation>✔ Passed: this run did it.</translation>
    </message>
    <message>
        <source>Not yet: this run does not pass. Change the diagram and run again.</source>
        <translation>Not yet: this run does not pass. Change the diagram and run again.</translation>
    </message>
    <message>
        <source>You passed this challenge before. Run again to check once more.</source>
        <translation>You passed this challenge before. Run again to check once more.</translation>
    </message>
    <message>
        <source>Change the diagram, then press &lt;b&gt;Run&lt;/b&gt;: the next run is checked.</source>
        <translation>Change the diagram, then press &lt;b&gt;Run&lt;/b&gt;: the next run is checked.</translation>
    </message>
</context>
<context>
    <name>proclab::LessonListPage</name>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>step %1 of %2</translation>
    </message>
    <message>
        <source>Some lessons could not be loaded:</source>
        <translation>Some lessons could not be loaded:</translation>
    </message>
    <message>
        <source>No lessons found.</source>
        <translation>No lessons found.</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>Start lesson</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Continue at step %1</source>
        <translation>Continue at step %1</translation>
    </message>
    <message>
        <source>Each lesson runs real processes on this machine. You predict what will happen, press Run, and the run itself gives the answer.</source>
        <translation>Each lesson runs real processes on this machine. You predict what will happen, press Run, and the run itself gives the answer.</translation>
    </message>
    <message>
        <source>Welcome to ProcLab!</source>
        <translation>Welcome to ProcLab!</translation>
    </message>
    <message>
        <source>New here? Begin with the first lesson, &lt;i&gt;%1&lt;/i&gt;: it runs real processes on this machine and explains what you see.</source>
        <translation>New here? Begin with the first lesson, &lt;i&gt;%1&lt;/i&gt;: it runs real processes on this machine and explains what you see.</translation>
    </message>
    <message>
        <source>Start the first lesson</source>
        <translation>Start the first lesson</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Start this lesson again from its first step</source>
        <translation>Start this lesson again from its first step</translation>
    </message>
    <message>
        <source>You opened another diagram, so the lesson &lt;i&gt;%1&lt;/i&gt; was left: its predictions are judged only on its own diagram. &lt;b&gt;Continue&lt;/b&gt; below takes you back to step %2.</source>
        <translation>You opened another diagram, so the lesson &lt;i&gt;%1&lt;/i&gt; was left: its predictions are judged only on its own diagram. &lt;b&gt;Continue&lt;/b&gt; below takes you back to step %2.</translation>
    </message>
</context>
<context>
    <name>proclab::LessonPlayer</name>
    <message>
        <source>Nothing to show for %1 in this diagram.</source>
        <translation>Nothing to show for %1 in this diagram.</translation>
    </message>
    <message>
        <source>Run %1 of %2…</source>
        <translation>Run %1 of %2…</translation>
    </message>
    <message>
        <source>The step&apos;s runs did not finish (%1). Press Run to try again.</source>
        <translation>The step&apos;s runs did not finish (%1). Press Run to try again.</translation>
    </message>
    <message>
        <source>Start the lesson</source>
        <translation>Start the lesson</translation>
    </message>
    <message>
        <source>The lesson puts its own diagram on the canvas. %1 has unsaved changes: save them first?</source>
        <translation>The lesson puts its own diagram on the canvas. %1 has unsaved changes: save them first?</translation>
    </message>
    <message>
        <source>A run is going on. Stop it before starting a lesson.</source>
        <translation>A run is going on. Stop it before starting a lesson.</translation>
    </message>
    <message>
        <source>The diagram %1 of this step could not be loaded.</source>
        <translation>The diagram %1 of this step could not be loaded.</translation>
    </message>
    <message>
        <source>Lesson: set %1</source>
        <translation>Lesson: set %1</translation>
    </message>
    <message>
        <source>The step cannot run: %1</source>
        <translation>The step cannot run: %1</translation>
    </message>
    <message>
        <source>Another diagram was opened, so the lesson was left. Continue it from the Lessons panel.</source>
        <translation>Another diagram was opened, so the lesson was left. Continue it from the Lessons panel.</translation>
    </message>
    <message>
        <source>Measuring the textbook ring, the fast ring and a pipe at each item size (a few seconds)…</source>
        <translation>Measuring the textbook ring, the fast ring and a pipe at each item size (a few seconds)…</translation>
    </message>
</context>
<context>
    <name>proclab::LessonPredictionBox</name>
    <message>
        <source>Your prediction</source>
        <translation>Your prediction</translation>
    </message>
    <message>
        <source>Confirm my answer</source>
        <translation>Confirm my answer</translation>
    </message>
    <message>
        <source>Change my answer</source>
        <translation>Change my answer</translation>
    </message>
    <message>
        <source>Run is enabled once an answer is confirmed</source>
        <translation>Run is enabled once an answer is confirmed</translation>
    </message>
    <message>
        <source>Running… the answer comes from this run.</source>
        <translation>Running… the answer comes from this run.</translation>
    </message>
    <message>
        <source>Choose an answer and confirm it. Then press &lt;b&gt;Run&lt;/b&gt;.</source>
        <translation>Choose an answer and confirm it. Then press &lt;b&gt;Run&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Confirmed: &lt;b&gt;%1&lt;/b&gt;. Now press &lt;b&gt;Run&lt;/b&gt; (F5).</source>
        <translation>Confirmed: &lt;b&gt;%1&lt;/b&gt;. Now press &lt;b&gt;Run&lt;/b&gt; (F5).</translation>
    </message>
    <message>
        <source>Show where it is measured</source>
        <translation>Show where it is measured</translation>
    </message>
    <message>
        <source>You chose: %1</source>
        <translation>You chose: %1</translation>
    </message>
    <message>
        <source>The figure could not be measured: %1</source>
        <translation>The figure could not be measured: %1</translation>
    </message>
    <message>
        <source>Measured: %1 = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Measured: %1 = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None of the choices matches what this run measured.</source>
        <translation>None of the choices matches what this run measured.</translation>
    </message>
    <message>
        <source>✔ Your prediction held.</source>
        <translation>✔ Your prediction held.</translation>
    </message>
    <message>
        <source>✘ Not this time: the run says %1.</source>
        <translation>✘ Not this time: the run says %1.</translation>
    </message>
</context>
<context>
    <name>proclab::LessonRunDriver</name>
    <message>
        <source>a run is still going on</source>
        <translation>a run is still going on</translation>
    </message>
    <message>
        <source>the step has nothing to run</source>
        <translation>the step has nothing to run</translation>
    </message>
    <message>
        <source>the run could not start</source>
        <translation>the run could not start</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>run %1 of %2 could not start</source>
        <translation>run %1 of %2 could not start</translation>
    </message>
</context>
<context>
    <name>proclab::LessonSession</name>
    <message>
        <source>Confirm your prediction in the Lessons panel first: the run will tell whether it holds.</source>
        <translation>Confirm your prediction in the Lessons panel first: the run will tell whether it holds.</translation>
    </message>
</context>
<context>
    <name>proclab::LessonStepPage</name>
    <message>
        <source>← All lessons</source>
        <translation>← All lessons</translation>
    </message>
    <message>
        <source>Leave the lesson; the diagram stays as it is</source>
        <translation>Leave the lesson; the diagram stays as it is</translation>
    </message>
    <message>
        <source>Lesson %1 · %2</source>
        <translation>Lesson %1 · %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The previous step (PgUp)</source>
        <translation>The previous step (PgUp)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Finish the lesson</source>
        <translation>Finish the lesson</translation>
    </message>
    <message>
        <source>The next step (PgDn)</source>
        <translation>The next step (PgDn)</translation>
    </message>
    <message>
        <source>Continue on my own</source>
        <translation>Continue on my own</translation>
    </message>
    <message>
        <source>Leave the lesson and keep working with this diagram</source>
        <translation>Leave the lesson and keep working with this diagram</translation>
    </message>
</context>
<context>
    <name>proclab::LiveChartsPage</name>
    <message>
        <source>Time shown:</source>
        <translation>Time shown:</translation>
    </message>
    <message>
        <source>last 30 s</source>
        <translation>last 30 s</translation>
    </message>
    <message>
        <source>last 60 s</source>
        <translation>last 60 s</translation>
    </message>
    <message>
        <source>last 5 min</source>
        <translation>last 5 min</translation>
    </message>
    <message>
        <source>whole run</source>
        <translation>whole run</translation>
    </message>
    <message>
        <source>Plotted: %1 of %2</source>
        <translation>Plotted: %1 of %2</translation>
    </message>
    <message>
        <source>Which channels and processes the charts plot</source>
        <translation>Which channels and processes the charts plot</translation>
    </message>
    <message>
        <source>One context switch: %1 µs</source>
        <translation>One context switch: %1 µs</translation>
    </message>
    <message>
        <source>Measured on this machine (Context-switch cost tab)</source>
        <translation>Measured on this machine (Context-switch cost tab)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Measure the cost of one context switch on this machine (a few seconds), for the chart of CPU time spent switching</source>
        <translation>Measure the cost of one context switch on this machine (a few seconds), for the chart of CPU time spent switching</translation>
    </message>
</context>
<context>
    <name>proclab::LiveProcessMenu</name>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>Kill (SIGKILL)</source>
        <translation>Kill (SIGKILL)</translation>
    </message>
    <message>
        <source>Terminate (SIGTERM)</source>
        <translation>Terminate (SIGTERM)</translation>
    </message>
    <message>
        <source>Pause (SIGSTOP)</source>
        <translation>Pause (SIGSTOP)</translation>
    </message>
    <message>
        <source>Resume (SIGCONT)</source>
        <translation>Resume (SIGCONT)</translation>
    </message>
</context>
<context>
    <name>proclab::OverheadPage</name>
    <message>
        <source>nothing measured yet</source>
        <translation>nothing measured yet</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds; two processes pass a token back and forth)</source>
        <translation>Measuring… (a few seconds; two processes pass a token back and forth)</translation>
    </message>
    <message>
        <source>The bench printed an unexpected result: %1</source>
        <translation>The bench printed an unexpected result: %1</translation>
    </message>
    <message>
        <source>Measured, but not cached: %1</source>
        <translation>Measured, but not cached: %1</translation>
    </message>
    <message>
        <source>The measurement failed: %1</source>
        <translation>The measurement failed: %1</translation>
    </message>
    <message>
        <source>µs per switch</source>
        <translation>µs per switch</translation>
    </message>
    <message>
        <source>%1 µs per switch</source>
        <translation>%1 µs per switch</translation>
    </message>
    <message>
        <source>cost per switch not measurable</source>
        <translation>cost per switch not measurable</translation>
    </message>
    <message>
        <source>%1: %2 µs per round trip, %3 switches per round trip, %4.</source>
        <translation>%1: %2 µs per round trip, %3 switches per round trip, %4.</translation>
    </message>
    <message>
        <source>same CPU</source>
        <translation>same CPU</translation>
    </message>
    <message>
        <source>across CPUs</source>
        <translation>across CPUs</translation>
    </message>
    <message>
        <source>Only one CPU: nothing to measure across CPUs.</source>
        <translation>Only one CPU: nothing to measure across CPUs.</translation>
    </message>
    <message>
        <source>%1 round trips; the loop alone (no switch) takes %2 µs. Measured %3 on %4.</source>
        <translation>%1 round trips; the loop alone (no switch) takes %2 µs. Measured %3 on %4.</translation>
    </message>
    <message>
        <source>Not measured on this machine yet.</source>
        <translation>Not measured on this machine yet.</translation>
    </message>
    <message>
        <source>How much does one context switch cost here? Two processes hand a token back and forth; each hand-over makes the kernel switch from one process to the other. Measured once per machine and kept.</source>
        <translation>How much does one context switch cost here? Two processes hand a token back and forth; each hand-over makes the kernel switch from one process to the other. Measured once per machine and kept.</translation>
    </message>
    <message>
        <source>Re-measure</source>
        <translation>Re-measure</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Cost of a context switch</source>
        <translation>Cost of a context switch</translation>
    </message>
    <message>
        <source>Not measured on this machine yet. Press &quot;%1&quot; (a few seconds).</source>
        <translation>Not measured on this machine yet. Press &quot;%1&quot; (a few seconds).</translation>
    </message>
</context>
<context>
    <name>proclab::PaletteWidget</name>
    <message>
        <source>Drag onto the canvas, or double-click to add.</source>
        <translation>Drag onto the canvas, or double-click to add.</translation>
    </message>
</context>
<context>
    <name>proclab::ProcessForm</name>
    <message>
        <source>none (root)</source>
        <translation>none (root)</translation>
    </message>
</context>
<context>
    <name>proclab::ProcessTreeModel</name>
    <message>
        <source>Reparented: its parent ended, so another process adopted it.</source>
        <translation>Reparented: its parent ended, so another process adopted it.</translation>
    </message>
    <message>
        <source>The CPU the process last ran on</source>
        <translation>The CPU the process last ran on</translation>
    </message>
    <message>
        <source>Voluntary context switches: the process gave up the CPU itself, e.g. to wait for a full or empty buffer</source>
        <translation>Voluntary context switches: the process gave up the CPU itself, e.g. to wait for a full or empty buffer</translation>
    </message>
    <message>
        <source>Involuntary context switches: the scheduler took the CPU away, e.g. to run another process</source>
        <translation>Involuntary context switches: the scheduler took the CPU away, e.g. to run another process</translation>
    </message>
    <message>
        <source>User plus system CPU time</source>
        <translation>User plus system CPU time</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>PPID</source>
        <translation>PPID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>agent (subreaper)</source>
        <translation>agent (subreaper)</translation>
    </message>
    <message>
        <source>adopts orphans</source>
        <translation>adopts orphans</translation>
    </message>
    <message>
        <source>proclab-agent: it forked the root and, as the run&apos;s subreaper, adopts and reaps every process whose parent ended first (only direct children: grandchildren keep their parent).</source>
        <translation>proclab-agent: it forked the root and, as the run&apos;s subreaper, adopts and reaps every process whose parent ended first (only direct children: grandchildren keep their parent).</translation>
    </message>
    <message>
        <source>Voluntary
switches</source>
        <translation>Voluntary
switches</translation>
    </message>
    <message>
        <source>Involuntary
switches</source>
        <translation>Involuntary
switches</translation>
    </message>
    <message>
        <source>CPU
time</source>
        <translation>CPU
time</translation>
    </message>
</context>
<context>
    <name>proclab::PropertyPanel</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>Change %1 of %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single item to edit its properties.</source>
        <translation>Select a single item to edit its properties.</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>Process %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Channel %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
</context>
<context>
    <name>proclab::ResultStrip</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>lost updates</source>
        <translation>lost updates</translation>
    </message>
    <message>
        <source>No update was lost.</source>
        <translation>No update was lost.</translation>
    </message>
    <message>
        <source>produced</source>
        <translation>produced</translation>
    </message>
    <message>
        <source>consumed</source>
        <translation>consumed</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>duplicated</source>
        <translation>duplicated</translation>
    </message>
    <message>
        <source>corrupted</source>
        <translation>corrupted</translation>
    </message>
    <message>
        <source>Some items did not arrive intact.</source>
        <translation>Some items did not arrive intact.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still in the channel when the run ended.</source>
        <translation>
            <numerusform>%n item still in the channel when the run ended.</numerusform>
            <numerusform>%n items still in the channel when the run ended.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item arrived once, intact.</source>
        <translation>Every item arrived once, intact.</translation>
    </message>
    <message>
        <source>Increments overwrote each other.</source>
        <translation>Increments overwrote each other.</translation>
    </message>
</context>
<context>
    <name>proclab::RunController</name>
    <message>
        <source>the agent did not finish within the grace period; killed</source>
        <translation>the agent did not finish within the grace period; killed</translation>
    </message>
    <message>
        <source>the agent did not exit after finishing; killed</source>
        <translation>the agent did not exit after finishing; killed</translation>
    </message>
    <message>
        <source>the scenario is not valid:
%1</source>
        <translation>the scenario is not valid:
%1</translation>
    </message>
    <message>
        <source>the scenario has %1 processes, more than the limit of %2</source>
        <translation>the scenario has %1 processes, more than the limit of %2</translation>
    </message>
    <message>
        <source>proclab-agent not found or not executable: %1</source>
        <translation>proclab-agent not found or not executable: %1</translation>
    </message>
    <message>
        <source>cannot map the stats page: %1</source>
        <translation>cannot map the stats page: %1</translation>
    </message>
</context>
<context>
    <name>proclab::RunsPage</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>time since start (s)</source>
        <translation>time since start (s)</translation>
    </message>
    <message>
        <source>all processes</source>
        <translation>all processes</translation>
    </message>
    <message>
        <source>%1, whole run</source>
        <translation>%1, whole run</translation>
    </message>
    <message>
        <source>Throughput (items/s)</source>
        <translation>Throughput (items/s)</translation>
    </message>
    <message>
        <source>Throughput (MB/s)</source>
        <translation>Throughput (MB/s)</translation>
    </message>
    <message>
        <source>Context switches per second</source>
        <translation>Context switches per second</translation>
    </message>
    <message>
        <source>Latency p99 (µs)</source>
        <translation>Latency p99 (µs)</translation>
    </message>
    <message>
        <source>Buffer fill (% of capacity)</source>
        <translation>Buffer fill (% of capacity)</translation>
    </message>
    <message>
        <source>Finished runs of this session. Tick two or more to compare them.</source>
        <translation>Finished runs of this session. Tick two or more to compare them.</translation>
    </message>
    <message>
        <source>Remove selected run</source>
        <translation>Remove selected run</translation>
    </message>
    <message>
        <source>Overlay over time</source>
        <translation>Overlay over time</translation>
    </message>
    <message>
        <source>Grouped bars</source>
        <translation>Grouped bars</translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>New scenario</translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioErrorDialog</name>
    <message>
        <source>Cannot open scenario</source>
        <translation>Cannot open scenario</translation>
    </message>
    <message>
        <source>%1 could not be opened. The diagram you had open is unchanged.</source>
        <translation>%1 could not be opened. The diagram you had open is unchanged.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>proclab::SweepDialog</name>
    <message>
        <source>Running %1 of %2: %3 = %4…</source>
        <translation>Running %1 of %2: %3 = %4…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n run(s).</source>
        <translation>
            <numerusform>Done: %n run.</numerusform>
            <numerusform>Done: %n runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n finished run(s).</source>
        <translation>
            <numerusform>Cancelled after %n finished run.</numerusform>
            <numerusform>Cancelled after %n finished runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sweep stopped: %1</source>
        <translation>The sweep stopped: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive whole number or a range like 1-1024x2 or 8-64+8</source>
        <translation>&quot;%1&quot; is not a positive whole number or a range like 1-1024x2 or 8-64+8</translation>
    </message>
    <message>
        <source>Give between 1 and 100 values.</source>
        <translation>Give between 1 and 100 values.</translation>
    </message>
    <message>
        <source>The scenario has nothing this parameter applies to.</source>
        <translation>The scenario has nothing this parameter applies to.</translation>
    </message>
    <message>
        <source>Cancelling: stopping the current run…</source>
        <translation>Cancelling: stopping the current run…</translation>
    </message>
    <message>
        <source>items/s</source>
        <translation>items/s</translation>
    </message>
    <message>
        <source>context switches/s</source>
        <translation>context switches/s</translation>
    </message>
    <message>
        <source>switches/s</source>
        <translation>switches/s</translation>
    </message>
    <message>
        <source>Sweep of %1</source>
        <translation>Sweep of %1</translation>
    </message>
    <message>
        <source>Sweep a parameter</source>
        <translation>Sweep a parameter</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Values:</translation>
    </message>
    <message>
        <source>Comma-separated values; 1-1024x2 doubles from 1 to 1024, 8-64+8 steps by 8.</source>
        <translation>Comma-separated values; 1-1024x2 doubles from 1 to 1024, 8-64+8 steps by 8.</translation>
    </message>
    <message>
        <source>buffer capacity (slots)</source>
        <translation>buffer capacity (slots)</translation>
    </message>
    <message>
        <source>item size (bytes)</source>
        <translation>item size (bytes)</translation>
    </message>
    <message>
        <source>number of producers</source>
        <translation>number of producers</translation>
    </message>
    <message>
        <source>number of copies of a process</source>
        <translation>number of copies of a process</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Cancel sweep</source>
        <translation>Cancel sweep</translation>
    </message>
    <message>
        <source>synchronisation: 0 = textbook, 1 = fast ring</source>
        <translation>synchronisation: 0 = textbook, 1 = fast ring</translation>
    </message>
</context>
<context>
    <name>proclab::TimeChart</name>
    <message>
        <source>the output is not open for writing</source>
        <translation>the output is not open for writing</translation>
    </message>
</context>
</TS>
