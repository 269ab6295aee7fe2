<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Behaviour</name>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="19" />
        <source>Idle (until stopped)</source>
        <translation>대기 (중지될 때까지)</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="21" />
        <source>Sleep</source>
        <translation>잠자기</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="23" />
        <source>CPU work</source>
        <translation>CPU 작업</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="25" />
        <source>Exit with code</source>
        <translation>종료 코드로 종료</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="27" />
        <source>Crash (signal)</source>
        <translation>비정상 종료 (시그널)</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="29" />
        <source>Never reap children</source>
        <translation>자식을 거두지 않음</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="31" />
        <source>Exit early (orphan children)</source>
        <translation>먼저 종료 (자식은 고아가 됨)</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="33" />
        <source>Produce</source>
        <translation>생산</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="35" />
        <source>Consume</source>
        <translation>소비</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="37" />
        <source>Increment counter</source>
        <translation>카운터 증가</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="46" />
        <source>idle</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="48" />
        <source>sleep %1 ms</source>
        <translation>%1 ms 잠자기</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="50" />
        <source>CPU %1 ms</source>
        <translation>CPU %1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="52" />
        <source>exit(%1) after %2 ms</source>
        <translation>%2 ms 후 exit(%1)</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="56" />
        <source>signal %1 after %2 ms</source>
        <translation>%2 ms 후 시그널 %1</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="60" />
        <source>never waits</source>
        <translation>wait() 하지 않음</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="62" />
        <source>exits after %1 ms</source>
        <translation>%1 ms 후 종료</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="64" />
        <source>produce %1 → %2</source>
        <translation>%1개 생산 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="68" />
        <source>consume ← %1</source>
        <translation>소비 ← %1</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/behaviourtext.cpp" line="70" />
        <source>increment %1 × %2</source>
        <translation>%1 증가 × %2</translation>
    </message>
</context>
<context>
    <name>ChannelItem</name>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="36" />
        <source>%1 slots × %2 B%3</source>
        <translation>슬롯 %1개 × %2 B%3</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="39" />
        <source>, no sync</source>
        <translation>, 동기화 없음</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="41" />
        <source>locked</source>
        <translation>잠금 사용</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="42" />
        <source>no lock (races)</source>
        <translation>잠금 없음 (경쟁 발생)</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="44" />
        <source>%1 messages × %2 B, %3</source>
        <translation>메시지 %1개 × %2 B, %3</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="48" />
        <location filename="../widgets/diagram/channelitem.cpp" line="55" />
        <source>sync</source>
        <translation>동기</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="49" />
        <location filename="../widgets/diagram/channelitem.cpp" line="56" />
        <source>async</source>
        <translation>비동기</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="52" />
        <source>%1 B items, %2</source>
        <translation>%1 B 항목, %2</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="66" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelitem.cpp" line="69" />
        <source>%1 items/s · %2 queued</source>
        <translation>초당 %1개 · 대기 %2개</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="71" />
        <source>(unsaved scenario)</source>
        <translation>(저장하지 않은 시나리오)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="72" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="124" />
        <source>%1: cannot render a %2×%3 image at scale %4</source>
        <translation>%1: %2×%3 이미지를 배율 %4로 그릴 수 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="134" />
        <location filename="../widgets/charts/chartexport.cpp" line="140" />
        <location filename="../widgets/charts/chartexport.cpp" line="180" />
        <location filename="../widgets/charts/chartexport.cpp" line="205" />
        <location filename="../widgets/charts/chartexport.cpp" line="212" />
        <location filename="../widgets/charts/chartexport.cpp" line="217" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="154" />
        <source>%1: nothing to export</source>
        <translation>%1: 내보낼 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="171" />
        <source>%1: cannot start the SVG painter</source>
        <translation>%1: SVG 그리기를 시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="193" />
        <source>Cannot copy the chart to the clipboard.</source>
        <translation>차트를 클립보드에 복사할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartexport.cpp" line="212" />
        <source>no data to write</source>
        <translation>쓸 데이터가 없습니다</translation>
    </message>
</context>
<context>
    <name>ConnectionRules</name>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="75" />
        <source>An item cannot be connected to itself.</source>
        <translation>항목을 자기 자신에게 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="80" />
        <location filename="../widgets/diagram/connectionrules.cpp" line="82" />
        <source>Unknown item.</source>
        <translation>알 수 없는 항목입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="89" />
        <source>A channel connects processes; it cannot be connected to another channel.</source>
        <translation>채널은 프로세스끼리 연결합니다. 채널을 다른 채널에 연결할 수는 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="100" />
        <source>%1 is already a child of %2.</source>
        <translation>%1은(는) 이미 %2의 자식입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="103" />
        <source>%1 already has a parent (%2): a process is forked by exactly one parent.</source>
        <translation>%1에는 이미 부모(%2)가 있습니다. 프로세스는 정확히 하나의 부모가 fork합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="109" />
        <source>%1 is an ancestor of %2: forks cannot form a cycle.</source>
        <translation>%1은(는) %2의 조상입니다. fork 관계는 순환할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="117" />
        <source>Fork %1 from %2</source>
        <translation>%2에서 %1 fork</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="128" />
        <source>%1 already has a writer (%2): a pipe or socket pair has one at each end.</source>
        <translation>%1에는 이미 쓰는 쪽(%2)이 있습니다. 파이프와 소켓 쌍은 양 끝에 하나씩만 연결됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="135" />
        <location filename="../widgets/diagram/connectionrules.cpp" line="186" />
        <source>The ends of %1 must be a parent and its child; %2 and %3 are not.</source>
        <translation>%1의 양 끝은 부모와 그 자식이어야 합니다. %2와(과) %3은(는) 부모-자식이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="142" />
        <location filename="../widgets/diagram/connectionrules.cpp" line="182" />
        <source>A process cannot be both ends of %1.</source>
        <translation>한 프로세스가 %1의 양 끝이 될 수는 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="159" />
        <source>%1 sends to %2</source>
        <translation>%1 → %2 보내기</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="168" />
        <source>Nobody reads a shared counter: connect processes to it to increment it.</source>
        <translation>공유 카운터는 읽는 쪽이 없습니다. 프로세스에서 카운터로 연결하면 그 프로세스가 값을 증가시킵니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="175" />
        <source>%1 already has a reader (%2): a pipe or socket pair has one at each end.</source>
        <translation>%1에는 이미 읽는 쪽(%2)이 있습니다. 파이프와 소켓 쌍은 양 끝에 하나씩만 연결됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/connectionrules.cpp" line="202" />
        <source>%1 receives from %2</source>
        <translation>%1 ← %2 받기</translation>
    </message>
</context>
<context>
    <name>HandleItem</name>
    <message>
        <location filename="../widgets/diagram/handleitem.cpp" line="24" />
        <source>Drag to another item to connect</source>
        <translation>다른 항목으로 끌어서 연결하세요</translation>
    </message>
</context>
<context>
    <name>LiveChartSpecs</name>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="90" />
        <source>time (s)</source>
        <translation>시간 (초)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="94" />
        <source>Throughput</source>
        <translation>처리량</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="95" />
        <source>items/s</source>
        <translation>항목/초</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="95" />
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="99" />
        <source>%1 items/s</source>
        <translation>%1 항목/초</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="100" />
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="106" />
        <source>CPU time spent switching (estimate, % of the run's CPU time)</source>
        <translation>문맥 전환에 쓴 CPU 시간 (추정, 실행 CPU 시간 대비 %)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="107" />
        <location filename="../widgets/charts/livechartspecs.cpp" line="122" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="110" />
        <source>switching / CPU time</source>
        <translation>전환 / CPU 시간</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="121" />
        <source>Buffer fill (% of capacity)</source>
        <translation>버퍼 채움 (용량 대비 %)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="128" />
        <source>Latency (p50 solid, p99 dashed)</source>
        <translation>지연 시간 (p50 실선, p99 점선)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="129" />
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="133" />
        <source>%1 p50</source>
        <translation>%1 p50</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="134" />
        <source>%1 p99</source>
        <translation>%1 p99</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="139" />
        <source>Context switches (voluntary solid, involuntary dotted)</source>
        <translation>문맥 전환 (자발적 실선, 비자발적 점선)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="140" />
        <source>switches/s</source>
        <translation>전환/초</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="143" />
        <source>%1 voluntary</source>
        <translation>%1 자발적</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspecs.cpp" line="145" />
        <source>%1 involuntary</source>
        <translation>%1 비자발적</translation>
    </message>
</context>
<context>
    <name>LiveState</name>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="73" />
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="75" />
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="77" />
        <source>sleeping</source>
        <translation>잠자는 중</translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="79" />
        <source>blocked: buffer full</source>
        <translation>대기: 버퍼 가득 참</translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="81" />
        <source>blocked: buffer empty</source>
        <translation>대기: 버퍼 비어 있음</translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="83" />
        <source>stopped (paused)</source>
        <translation>정지됨 (일시 중지)</translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="85" />
        <source>zombie</source>
        <translation>좀비</translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="87" />
        <source>exited</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <location filename="../widgets/common/livestate.cpp" line="89" />
        <source>killed</source>
        <translation>강제 종료됨</translation>
    </message>
</context>
<context>
    <name>MachineInfo</name>
    <message>
        <location filename="../core/machineinfo.cpp" line="55" />
        <source>unknown CPU</source>
        <translation>알 수 없는 CPU</translation>
    </message>
    <message>
        <location filename="../core/machineinfo.cpp" line="56" />
        <source>%1 · CPUs: %2 · Linux %3</source>
        <translation>%1 · CPU %2개 · Linux %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="58" />
        <source>Not connected: %1</source>
        <translation>연결하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="117" />
        <source>%1[*] — ProcLab</source>
        <translation>%1[*] — ProcLab</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="119" />
        <source>No problems</source>
        <translation>문제 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="120" />
        <source>%n problem(s)</source>
        <translation>
            <numerusform>문제 %n개</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="151" />
        <source>Palette</source>
        <translation>팔레트</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="152" />
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="153" />
        <source>Processes</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="154" />
        <source>Event log</source>
        <translation>이벤트 기록</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="155" />
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="60" />
        <source>About ProcLab</source>
        <translation>ProcLab 정보</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="61" />
        <source>&lt;b&gt;ProcLab %1&lt;/b&gt;&lt;p&gt;Multi-process programming on Linux, taught with real processes: every box is a real fork().&lt;/p&gt;</source>
        <translation>&lt;b&gt;ProcLab %1&lt;/b&gt;&lt;p&gt;실제 프로세스로 배우는 리눅스 다중 프로세스 프로그래밍: 상자 하나하나가 실제 fork()입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="177" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="178" />
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="179" />
        <source>&amp;Examples</source>
        <translation>예제(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="180" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="181" />
        <source>&amp;Insert</source>
        <translation>삽입(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="182" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="183" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="184" />
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="185" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="186" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="188" />
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="189" />
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="190" />
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="191" />
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="192" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="193" />
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="194" />
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="195" />
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="196" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="197" />
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="198" />
        <source>Arrange &amp;Diagram</source>
        <translation>다이어그램 정렬(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="199" />
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="200" />
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="201" />
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="202" />
        <source>&amp;Fit Diagram</source>
        <translation>다이어그램 맞추기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_actions.cpp" line="203" />
        <source>&amp;About ProcLab</source>
        <translation>ProcLab 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="28" />
        <source>ProcLab scenarios (*.proclab.json)</source>
        <translation>ProcLab 시나리오 (*.proclab.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="37" />
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="38" />
        <source>%1 has unsaved changes. Save them before going on?</source>
        <translation>%1에 저장하지 않은 변경 사항이 있습니다. 계속하기 전에 저장할까요?</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="60" />
        <source>Open Scenario</source>
        <translation>시나리오 열기</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="79" />
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="89" />
        <location filename="../app/gui/mainwindow_file.cpp" line="115" />
        <source>Cannot save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="92" />
        <location filename="../app/gui/mainwindow_file.cpp" line="120" />
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="108" />
        <source>Save Scenario As</source>
        <translation>다른 이름으로 시나리오 저장</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="153" />
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="156" />
        <source>Clear List</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_file.cpp" line="184" />
        <source>No examples found</source>
        <translation>예제가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_run.cpp" line="23" />
        <source>Cannot run</source>
        <translation>실행할 수 없음</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_run.cpp" line="24" />
        <source>Fix these problems first (they are marked on the diagram):</source>
        <translation>먼저 다음 문제를 고치세요 (다이어그램에 표시되어 있습니다):</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_run.cpp" line="30" />
        <source>Running %1</source>
        <translation>%1 실행 중</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_run.cpp" line="38" />
        <source>The run failed: %1</source>
        <translation>실행 실패: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_run.cpp" line="39" />
        <source>Run failed</source>
        <translation>실행 실패</translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="69" />
        <source>Process</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="71" />
        <source>Shared buffer</source>
        <translation>공유 버퍼</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="73" />
        <source>Shared counter</source>
        <translation>공유 카운터</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="75" />
        <source>Pipe</source>
        <translation>파이프</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="77" />
        <source>Mailbox</source>
        <translation>메일박스</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="79" />
        <source>Socket pair</source>
        <translation>소켓 쌍</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="88" />
        <source>A process. Drag from its handle to another process to fork it.</source>
        <translation>프로세스입니다. 핸들에서 다른 프로세스로 끌면 그 프로세스를 fork합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="91" />
        <source>A bounded buffer in POSIX shared memory (producers and consumers).</source>
        <translation>POSIX 공유 메모리의 유한 버퍼입니다 (생산자와 소비자).</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="94" />
        <source>One shared integer that processes increment, with or without a lock.</source>
        <translation>여러 프로세스가 잠금을 쓰거나 쓰지 않고 증가시키는 공유 정수 하나입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="97" />
        <source>A pipe: a one-way byte stream from parent to child.</source>
        <translation>파이프: 부모에서 자식으로 가는 단방향 바이트 스트림입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="100" />
        <source>A POSIX message queue: many senders and receivers, by name.</source>
        <translation>POSIX 메시지 큐: 이름으로 찾아가며, 보내는 쪽과 받는 쪽이 여럿일 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/nodekind.cpp" line="103" />
        <source>A socket pair: a two-way connection between parent and child.</source>
        <translation>소켓 쌍: 부모와 자식 사이의 양방향 연결입니다.</translation>
    </message>
</context>
<context>
    <name>ProcLabCli</name>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="16" />
        <source>Usage: proclab-cli bench ctxswitch|ipc [--json] [ARGS...]
Runs proclab-agent's benchmark; ARGS are passed to it unchanged.
  --json   print the agent's JSON object instead of a table
</source>
        <translation>사용법: proclab-cli bench ctxswitch|ipc [--json] [ARGS...]
proclab-agent의 벤치마크를 실행합니다. ARGS는 그대로 전달됩니다.
  --json   표 대신 에이전트의 JSON 객체를 출력
</translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="34" />
        <source>bench: %1 needs a value</source>
        <translation>bench: %1에는 값이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="64" />
        <source>bench: unknown benchmark '%1'
</source>
        <translation>bench: 알 수 없는 벤치마크 '%1'
</translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="82" />
        <source>bench %1 failed: %2
</source>
        <translation>bench %1 실패: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/benchtable.cpp" line="95" />
        <source>Benchmark: %1 (%2 ms)
</source>
        <translation>벤치마크: %1 (%2 ms)
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="21" />
        <source>Usage: proclab-cli COMMAND [ARGS]

Commands:
  run FILE [--duration SECONDS] [--json] [--chart F.png|F.svg] [--csv F.csv]
                                           run a scenario with real processes
  validate FILE                            check a scenario file
  bench ctxswitch|ipc [--json] [ARGS...]   measure context switches or IPC
                                           (ctxswitch --chart F.png|F.svg draws it)

Options:
  -h, --help      show this help (COMMAND --help: the command's own)
  -v, --version   show the version

Exit status: 0 success, 1 failure, 2 invalid scenario, 64 usage error.
</source>
        <translation>사용법: proclab-cli 명령 [인자]

명령:
  run FILE [--duration SECONDS] [--json] [--chart F.png|F.svg] [--csv F.csv]
                                           시나리오를 실제 프로세스로 실행
  validate FILE                            시나리오 파일 검사
  bench ctxswitch|ipc [--json] [ARGS...]   문맥 전환 또는 IPC 측정
                                           (ctxswitch --chart F.png|F.svg로 그림 저장)

옵션:
  -h, --help      이 도움말 표시 (명령 --help: 그 명령의 도움말)
  -v, --version   버전 표시

종료 상태: 0 성공, 1 실패, 2 잘못된 시나리오, 64 사용법 오류.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="77" />
        <source>proclab-cli: unknown command '%1'

</source>
        <translation>proclab-cli: 알 수 없는 명령 '%1'

</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="20" />
        <source>Runs a scenario as real processes, headless.</source>
        <translation>화면 없이 시나리오를 실제 프로세스로 실행합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="23" />
        <source>scenario file (*.proclab.json)</source>
        <translation>시나리오 파일 (*.proclab.json)</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="25" />
        <source>stop the run after SECONDS (default: the file's)</source>
        <translation>SECONDS초 후 실행 중지 (기본값: 파일의 설정)</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="28" />
        <source>samples per second, 1..100 (default: the file's)</source>
        <translation>초당 샘플 수, 1..100 (기본값: 파일의 설정)</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="31" />
        <source>print one JSON object instead of a table</source>
        <translation>표 대신 JSON 객체 하나를 출력</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="45" />
        <source>run: exactly one FILE is needed
</source>
        <translation>run: FILE이 정확히 하나 필요합니다
</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="61" />
        <source>run: --duration needs a number of seconds (0 &lt; s &lt;= 86400)
</source>
        <translation>run: --duration에는 초 단위 숫자가 필요합니다 (0 &lt; s &lt;= 86400)
</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="79" />
        <source>run: --sample-rate needs 1..100
</source>
        <translation>run: --sample-rate는 1..100이어야 합니다
</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="93" />
        <source>interrupted: stopping the run
</source>
        <translation>중단됨: 실행을 멈추는 중
</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="114" />
        <source>run failed: %1
</source>
        <translation>실행 실패: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="33" />
        <source>signal %1</source>
        <translation>시그널 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="35" />
        <source>code %1</source>
        <translation>코드 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="44" />
        <source>Scenario: %1
Duration: %2 s
Result:   %3

</source>
        <translation>시나리오: %1
실행 시간: %2초
결과:     %3

</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="47" />
        <source>completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="47" />
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="49" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="49" />
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="49" />
        <source>PPID</source>
        <translation>PPID</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="49" />
        <source>PARENT</source>
        <translation>부모</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="50" />
        <source>EXIT</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="50" />
        <source>UTIME ms</source>
        <translation>사용자 시간 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="50" />
        <source>STIME ms</source>
        <translation>시스템 시간 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="51" />
        <source>VCSW</source>
        <translation>자발 전환</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="51" />
        <source>NVCSW</source>
        <translation>비자발 전환</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="51" />
        <source>MAXRSS kB</source>
        <translation>최대 RSS kB</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="66" />
        <source>CHANNEL</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="66" />
        <source>KIND</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="66" />
        <source>PRODUCED</source>
        <translation>생산</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="67" />
        <source>CONSUMED</source>
        <translation>소비</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="67" />
        <source>LOST</source>
        <translation>유실</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="67" />
        <source>DUP</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="68" />
        <source>CORRUPT</source>
        <translation>손상</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="68" />
        <source>LEFT</source>
        <translation>남음</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="68" />
        <source>p50 us</source>
        <translation>p50 us</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="69" />
        <source>p99 us</source>
        <translation>p99 us</translation>
    </message>
    <message>
        <location filename="../app/cli/runreport.cpp" line="69" />
        <source>LOST UPDATES</source>
        <translation>유실된 갱신</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="13" />
        <source>Checks scenario files without running them.</source>
        <translation>시나리오 파일을 실행하지 않고 검사합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="15" />
        <source>scenario file(s) to check</source>
        <translation>검사할 시나리오 파일</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="27" />
        <source>validate: no FILE given
</source>
        <translation>validate: FILE이 주어지지 않았습니다
</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="34" />
        <source>%1: valid (%2 processes, %3 channels)
</source>
        <translation>%1: 올바름 (프로세스 %2개, 채널 %3개)
</translation>
    </message>
    <message>
        <location filename="../app/cli/chartoutput.cpp" line="29" />
        <source>--chart %1: the file must end in .png or .svg</source>
        <translation>--chart %1: 파일 이름은 .png나 .svg로 끝나야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/chartoutput.cpp" line="47" />
        <source>also draw the throughput chart (or, without channels, context switches) to FILE.png|.svg</source>
        <translation>처리량 차트(채널이 없으면 문맥 전환 차트)도 FILE.png|.svg로 저장</translation>
    </message>
    <message>
        <location filename="../app/cli/chartoutput.cpp" line="51" />
        <source>also write every series of the run to FILE.csv</source>
        <translation>실행의 모든 계열을 FILE.csv로도 저장</translation>
    </message>
    <message>
        <location filename="../app/cli/chartoutput.cpp" line="114" />
        <source>ctxswitch: also draw the result to FILE.png|.svg</source>
        <translation>ctxswitch: 결과를 FILE.png|.svg 그림으로도 저장</translation>
    </message>
    <message>
        <location filename="../app/cli/chartoutput.cpp" line="129" />
        <source>--chart is available for bench ctxswitch only</source>
        <translation>--chart는 bench ctxswitch에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/chartoutput.cpp" line="141" />
        <source>bench ctxswitch</source>
        <translation>bench ctxswitch</translation>
    </message>
</context>
<context>
    <name>ProcessItem</name>
    <message>
        <location filename="../widgets/diagram/processitem.cpp" line="37" />
        <source>pid %1, %2</source>
        <translation>pid %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processitem.cpp" line="87" />
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processitem.cpp" line="117" />
        <source>%1 items</source>
        <translation>%1개</translation>
    </message>
</context>
<context>
    <name>PropertyForm</name>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="21" />
        <location filename="../widgets/diagram/processform.cpp" line="20" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="22" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="23" />
        <location filename="../widgets/diagram/processform.cpp" line="22" />
        <source>Label</source>
        <translation>이름표</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="30" />
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="31" />
        <source>Item size</source>
        <translation>항목 크기</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="32" />
        <source>Synchronisation</source>
        <translation>동기화</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="33" />
        <source>Send</source>
        <translation>보내기 방식</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="21" />
        <source>Parent</source>
        <translation>부모</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="23" />
        <source>Behaviour</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="25" />
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="27" />
        <source>Duration</source>
        <translation>지속 시간</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="29" />
        <source>After</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="31" />
        <source>Exit code</source>
        <translation>종료 코드</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="34" />
        <source>Signal</source>
        <translation>시그널</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="35" />
        <source>Item count</source>
        <translation>항목 수</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="37" />
        <source>Rate (items/s)</source>
        <translation>속도 (초당 항목)</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="39" />
        <source>Hold lock</source>
        <translation>잠금 유지 시간</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="42" />
        <source>Work per item</source>
        <translation>항목당 작업 시간</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/scenarioform.cpp" line="24" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/scenarioform.cpp" line="25" />
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/scenarioform.cpp" line="27" />
        <source>Process limit</source>
        <translation>프로세스 한도</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/scenarioform.cpp" line="29" />
        <source>Sampling rate</source>
        <translation>샘플링 주기</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/scenarioform.cpp" line="32" />
        <source>Duration (0 = until done)</source>
        <translation>실행 시간 (0 = 끝날 때까지)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/benchrunner.cpp" line="85" />
        <source>the benchmark died (signal %1) %2</source>
        <translation>벤치마크가 비정상 종료했습니다 (시그널 %1) %2</translation>
    </message>
    <message>
        <location filename="../core/benchrunner.cpp" line="88" />
        <source>the benchmark exited with code %1: %2</source>
        <translation>벤치마크가 코드 %1로 종료했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/benchrunner.cpp" line="92" />
        <source>the benchmark printed no JSON object: %1</source>
        <translation>벤치마크가 JSON 객체를 출력하지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/benchrunner.cpp" line="119" />
        <source>cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/benchrunner.cpp" line="126" />
        <source>the benchmark did not finish within %1 s</source>
        <translation>벤치마크가 %1초 안에 끝나지 않았습니다</translation>
    </message>
</context>
<context>
    <name>RunToolBar</name>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="101" />
        <location filename="../app/gui/runtoolbar.cpp" line="102" />
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="103" />
        <source>Run the diagram as real processes (F5)</source>
        <translation>다이어그램을 실제 프로세스로 실행합니다 (F5)</translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="104" />
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="104" />
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="105" />
        <source>Stop or continue every process of the run (F6)</source>
        <translation>실행 중인 모든 프로세스를 멈추거나 계속합니다 (F6)</translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="106" />
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="107" />
        <source>End the run: SIGTERM, then SIGKILL (Shift+F5)</source>
        <translation>실행을 끝냅니다: SIGTERM, 그다음 SIGKILL (Shift+F5)</translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="108" />
        <source>Time since the run started</source>
        <translation>실행 시작 후 경과 시간</translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="112" />
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="115" />
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="118" />
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="118" />
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="121" />
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="124" />
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../app/gui/runtoolbar.cpp" line="127" />
        <source>Failed</source>
        <translation>실패</translation>
    </message>
</context>
<context>
    <name>ScenarioValidator</name>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="55" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="57" />
        <location filename="../core/jsonfieldreader.cpp" line="181" />
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="59" />
        <location filename="../core/jsonfieldreader.cpp" line="169" />
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="61" />
        <location filename="../core/jsonfieldreader.cpp" line="130" />
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="63" />
        <location filename="../core/jsonfieldreader.cpp" line="205" />
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="65" />
        <location filename="../core/jsonfieldreader.cpp" line="193" />
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="69" />
        <source>nothing</source>
        <translation>아무것도 없음</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="110" />
        <location filename="../core/scenarioparser.cpp" line="289" />
        <source>missing required field "%1"</source>
        <translation>필수 필드 "%1"이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="120" />
        <source>"%1" must be %2, not %3</source>
        <translation>"%1"은(는) %3이(가) 아니라 %2여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="143" />
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="150" />
        <source>"%1" must be a whole number, not %2</source>
        <translation>"%1"은(는) %2이(가) 아니라 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="247" />
        <source>it takes no fields</source>
        <translation>필드를 받지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="248" />
        <source>its fields: %1</source>
        <translation>필드: %1</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="250" />
        <source>"%1" does not apply to %2 (%3)</source>
        <translation>"%1"은(는) %2에 적용되지 않습니다 (%3)</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="258" />
        <source>unknown field "%1" in %2; did you mean "%3"?</source>
        <translation>%2에 알 수 없는 필드 "%1"이(가) 있습니다. "%3"을(를) 뜻했나요?</translation>
    </message>
    <message>
        <location filename="../core/jsonfieldreader.cpp" line="263" />
        <source>unknown field "%1" in %2 (known fields: %3)</source>
        <translation>%2에 알 수 없는 필드 "%1"이(가) 있습니다 (알려진 필드: %3)</translation>
    </message>
    <message>
        <location filename="../core/scenarioio.cpp" line="40" />
        <source>... and %1 more problems</source>
        <translation>... 그 밖에 문제 %1개</translation>
    </message>
    <message>
        <location filename="../core/scenarioio.cpp" line="58" />
        <source>is a folder, not a scenario file</source>
        <translation>시나리오 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <location filename="../core/scenarioio.cpp" line="61" />
        <location filename="../core/scenarioparser.cpp" line="115" />
        <source>the file is %1 bytes, larger than the %2 MiB a scenario may have</source>
        <translation>파일이 %1바이트로, 시나리오 최대 크기 %2 MiB보다 큽니다</translation>
    </message>
    <message>
        <location filename="../core/scenarioio.cpp" line="69" />
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/scenarioio.cpp" line="75" />
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/scenariomessages.cpp" line="12" />
        <location filename="../core/scenarioparserchannel.cpp" line="102" />
        <source>"%1" must be between %2 and %3, not %4</source>
        <translation>"%1"은(는) %4이(가) 아니라 %2에서 %3 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/scenariomessages.cpp" line="25" />
        <source>"signal" must be one of %1, not %2</source>
        <translation>"signal"은(는) %2이(가) 아니라 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/scenariomessages.cpp" line="34" />
        <source>unknown %1 "%2"; did you mean "%3"?</source>
        <translation>알 수 없는 %1 "%2"입니다. "%3"을(를) 뜻했나요?</translation>
    </message>
    <message>
        <location filename="../core/scenariomessages.cpp" line="38" />
        <source>unknown %1 "%2" (known: %3)</source>
        <translation>알 수 없는 %1 "%2"입니다 (알려진 값: %3)</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="73" />
        <source>%1 processes are more than the %2 a run can have; only the first %2 were checked</source>
        <translation>프로세스 %1개는 한 실행이 가질 수 있는 %2개보다 많습니다. 처음 %2개만 검사했습니다</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="91" />
        <source>%1 channels are more than the %2 a run can hold; only the first %2 were checked</source>
        <translation>채널 %1개는 한 실행이 가질 수 있는 %2개보다 많습니다. 처음 %2개만 검사했습니다</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="108" />
        <source>the scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="126" />
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>JSON 문법 오류 (%1행 %2열): %3</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="134" />
        <source>"%1" appears more than once here; only the last would count, so write it once</source>
        <translation>"%1"이(가) 여기에 두 번 이상 나옵니다. 마지막 것만 적용되므로 한 번만 쓰세요</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="141" />
        <source>a scenario must be a JSON object { ... }, not an array</source>
        <translation>시나리오는 배열이 아니라 JSON 객체 { ... }여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="155" />
        <source>missing required field "format": a scenario file starts with "format": "%1"</source>
        <translation>필수 필드 "format"이 없습니다. 시나리오 파일은 "format": "%1"로 시작합니다</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="165" />
        <source>"format" must be "%1", not %2: this is not a ProcLab scenario</source>
        <translation>"format"은 %2이(가) 아니라 "%1"이어야 합니다. ProcLab 시나리오가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="177" />
        <source>unsupported version %1: this ProcLab reads version %2</source>
        <translation>지원하지 않는 버전 %1입니다. 이 ProcLab은 버전 %2를 읽습니다</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="196" />
        <source>"settings"</source>
        <translation>"settings"</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="202" />
        <source>a process must be an object { ... }, not %1</source>
        <translation>프로세스는 %1이(가) 아니라 객체 { ... }여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="217" />
        <source>missing required field "parent" (null for the root process)</source>
        <translation>필수 필드 "parent"가 없습니다 (루트 프로세스는 null)</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="224" />
        <source>"parent" must be a process id or null, not %1</source>
        <translation>"parent"는 %1이(가) 아니라 프로세스 ID 또는 null이어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="231" />
        <source>a process</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="245" />
        <source>behaviour kind</source>
        <translation>동작 종류</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="279" />
        <source>a "%1" behaviour</source>
        <translation>"%1" 동작</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="299" />
        <source>signal</source>
        <translation>시그널</translation>
    </message>
    <message>
        <location filename="../core/scenarioparser.cpp" line="311" />
        <source>"signal" must be a number or a name like "SIGSEGV", not %1</source>
        <translation>"signal"은 %1이(가) 아니라 숫자나 "SIGSEGV" 같은 이름이어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/scenarioparserchannel.cpp" line="32" />
        <source>a channel must be an object { ... }, not %1</source>
        <translation>채널은 %1이(가) 아니라 객체 { ... }여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/scenarioparserchannel.cpp" line="47" />
        <source>channel kind</source>
        <translation>채널 종류</translation>
    </message>
    <message>
        <location filename="../core/scenarioparserchannel.cpp" line="78" />
        <source>"send" must be "sync" or "async", not "%1"</source>
        <translation>"send"는 "%1"이(가) 아니라 "sync" 또는 "async"여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/scenarioparserchannel.cpp" line="85" />
        <source>a "%1" channel</source>
        <translation>"%1" 채널</translation>
    </message>
    <message>
        <location filename="../core/scenarioparserchannel.cpp" line="98" />
        <source>"position"</source>
        <translation>"position"</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="84" />
        <source>%1 processes are more than the limit of %2 (settings.max_processes)</source>
        <translation>프로세스 %1개는 한도 %2개(settings.max_processes)보다 많습니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="92" />
        <source>%1 channels are more than the %2 a run can hold</source>
        <translation>채널 %1개는 한 번의 실행이 담을 수 있는 %2개보다 많습니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="106" />
        <source>"id" must not be empty</source>
        <translation>"id"는 비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="111" />
        <source>id "%1" is not valid: use 1 to 32 letters, digits, '_', '.' or '-'</source>
        <translation>ID "%1"이(가) 올바르지 않습니다. 영문자, 숫자, '_', '.', '-'를 1~32자로 쓰세요</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="118" />
        <source>duplicate id "%1": %2 already has it (processes and channels share one set of ids)</source>
        <translation>중복된 ID "%1": %2이(가) 이미 쓰고 있습니다 (프로세스와 채널은 ID를 함께 씁니다)</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="159" />
        <source>"%1" is a channel; a parent must be a process</source>
        <translation>"%1"은(는) 채널입니다. 부모는 프로세스여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="167" />
        <source>unknown parent "%1": no process has this id</source>
        <translation>알 수 없는 부모 "%1": 이 ID를 가진 프로세스가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="171" />
        <source>unknown parent "%1"; did you mean "%2"?</source>
        <translation>알 수 없는 부모 "%1"입니다. "%2"을(를) 뜻했나요?</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="178" />
        <source>the scenario has no processes; it needs at least a root process</source>
        <translation>시나리오에 프로세스가 없습니다. 적어도 루트 프로세스 하나가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="183" />
        <source>no root process: exactly one process needs "parent": null</source>
        <translation>루트 프로세스가 없습니다. 정확히 한 프로세스가 "parent": null이어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="189" />
        <source>several roots: "%1" has no parent, but "%2" is the root already; every other process needs a parent</source>
        <translation>루트가 여럿입니다: "%1"에 부모가 없지만 "%2"가 이미 루트입니다. 나머지 프로세스에는 모두 부모가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidator.cpp" line="225" />
        <source>the parents form a cycle: %1 (a process cannot be its own ancestor)</source>
        <translation>부모 관계가 순환합니다: %1 (프로세스는 자기 자신의 조상이 될 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="38" />
        <source>a "%1" behaviour needs a "channel"</source>
        <translation>"%1" 동작에는 "channel"이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="49" />
        <source>"%1" is a process, not a channel</source>
        <translation>"%1"은(는) 채널이 아니라 프로세스입니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="53" />
        <source>unknown channel "%1": no channel has this id</source>
        <translation>알 수 없는 채널 "%1": 이 ID를 가진 채널이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="57" />
        <source>unknown channel "%1"; did you mean "%2"?</source>
        <translation>알 수 없는 채널 "%1"입니다. "%2"을(를) 뜻했나요?</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="70" />
        <source>"increment" needs a shm-counter channel, but "%1" is a %2</source>
        <translation>"increment"에는 shm-counter 채널이 필요하지만 "%1"은(는) %2입니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="77" />
        <source>"%1" needs a channel that carries messages (shm-buffer, pipe, socketpair or mailbox), but "%2" is a shm-counter; use "increment" with it</source>
        <translation>"%1"에는 메시지를 나르는 채널(shm-buffer, pipe, socketpair, mailbox)이 필요하지만 "%2"은(는) shm-counter입니다. 여기에는 "increment"를 쓰세요</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="97" />
        <source>no process increments the shm-counter "%1"</source>
        <translation>shm-counter "%1"을(를) 증가시키는 프로세스가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="106" />
        <source>the %1 "%2" has no producer: some process must "produce" into it</source>
        <translation>%1 "%2"에 생산자가 없습니다. 어떤 프로세스가 여기에 "produce"해야 합니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="113" />
        <source>the %1 "%2" has no consumer: some process must "consume" from it</source>
        <translation>%1 "%2"에 소비자가 없습니다. 어떤 프로세스가 여기에서 "consume"해야 합니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="139" />
        <source>the %1 "%2" has no %3: it connects exactly one producer and one consumer</source>
        <translation>%1 "%2"에 %3이(가) 없습니다. 정확히 생산자 하나와 소비자 하나를 연결합니다</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="143" />
        <source>the %1 "%2" has %3 %4s (%5), but it connects exactly one producer and one consumer; use a mailbox or a shm-buffer for more</source>
        <translation>%1 "%2"에 %4이(가) %3개(%5) 있지만, 정확히 생산자 하나와 소비자 하나만 연결합니다. 더 많이 연결하려면 mailbox나 shm-buffer를 쓰세요</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="154" />
        <source>producer</source>
        <translation>생산자</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="156" />
        <source>consumer</source>
        <translation>소비자</translation>
    </message>
    <message>
        <location filename="../core/scenariovalidatorwiring.cpp" line="162" />
        <source>the %1 "%2" joins "%3" and "%4", which are not parent and child: a %1 is inherited across one fork, so it connects a parent with its own child</source>
        <translation>%1 "%2"이(가) 잇는 "%3"와(과) "%4"는 부모와 자식이 아닙니다. %1은(는) fork 한 번으로 물려받으므로 부모와 그 자식을 연결합니다</translation>
    </message>
    <message>
        <location filename="../core/scenariowriter.cpp" line="206" />
        <source>cannot save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <location filename="../core/sweep.cpp" line="71" />
        <source>%1 must be at least 1, not %2</source>
        <translation>%1은(는) 1 이상이어야 합니다 (%2이(가) 아님)</translation>
    </message>
    <message>
        <location filename="../core/sweep.cpp" line="78" />
        <source>no channel "%1" in the scenario</source>
        <translation>시나리오에 채널 "%1"이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../core/sweep.cpp" line="93" />
        <source>no process produces into "%1"</source>
        <translation>"%1"에 생산하는 프로세스가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/sweep.cpp" line="105" />
        <source>no process "%1" in the scenario</source>
        <translation>시나리오에 프로세스 "%1"이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../core/sweep.cpp" line="108" />
        <source>the root process "%1" cannot be copied</source>
        <translation>루트 프로세스 "%1"은(는) 복제할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/sweep.cpp" line="193" />
        <source>run with %1 = %2 failed: %3</source>
        <translation>%1 = %2 실행 실패: %3</translation>
    </message>
</context>
<context>
    <name>proclab::AgentConnection</name>
    <message>
        <location filename="../core/agentconnection.cpp" line="41" />
        <source>cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/agentconnection.cpp" line="118" />
        <source>the agent refused the run: %1</source>
        <translation>에이전트가 실행을 거부했습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/agentconnection.cpp" line="120" />
        <source>the agent died (signal %1)</source>
        <translation>에이전트가 비정상 종료했습니다 (시그널 %1)</translation>
    </message>
    <message>
        <location filename="../core/agentconnection.cpp" line="122" />
        <source>the agent exited with code %1 before the run finished</source>
        <translation>실행이 끝나기 전에 에이전트가 코드 %1로 종료했습니다</translation>
    </message>
</context>
<context>
    <name>proclab::BenchRunner</name>
    <message>
        <location filename="../core/benchrunner.cpp" line="30" />
        <source>cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>proclab::ChannelForm</name>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="67" />
        <source> messages</source>
        <translation> 메시지</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="67" />
        <source> slots</source>
        <translation> 슬롯</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="87" />
        <source>semaphores and lock</source>
        <translation>세마포어와 잠금 사용</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="88" />
        <source>Asynchronous (sender goes on)</source>
        <translation>비동기 (보내는 쪽은 계속 진행)</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/channelform.cpp" line="89" />
        <source>Synchronous (waits for the receiver)</source>
        <translation>동기 (받는 쪽을 기다림)</translation>
    </message>
</context>
<context>
    <name>proclab::ChartView</name>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="51" />
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="60" />
        <source>Save chart as PNG</source>
        <translation>차트를 PNG로 저장</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="60" />
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="72" />
        <source>Save chart as SVG</source>
        <translation>차트를 SVG로 저장</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="72" />
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="77" />
        <source>ProcLab chart</source>
        <translation>ProcLab 차트</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="84" />
        <source>Save chart data as CSV</source>
        <translation>차트 데이터를 CSV로 저장</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="84" />
        <source>CSV file (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="100" />
        <source>Save as PNG…</source>
        <translation>PNG로 저장…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="101" />
        <source>Save as SVG…</source>
        <translation>SVG로 저장…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="102" />
        <source>Save data as CSV…</source>
        <translation>데이터를 CSV로 저장…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartview.cpp" line="105" />
        <source>Copy image</source>
        <translation>이미지 복사</translation>
    </message>
</context>
<context>
    <name>proclab::ChartsPanel</name>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="67" />
        <location filename="../widgets/charts/chartspanel.cpp" line="73" />
        <source>Sweep</source>
        <translation>스윕</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="68" />
        <source>Open or build a scenario first: a sweep runs it again and again with one parameter changed.</source>
        <translation>먼저 시나리오를 열거나 만드세요. 스윕은 매개변수 하나를 바꿔 가며 시나리오를 여러 번 실행합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="74" />
        <source>A run is going on. Stop it before starting a sweep.</source>
        <translation>실행 중입니다. 스윕을 시작하기 전에 실행을 멈추세요.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="85" />
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="86" />
        <source>Context-switch cost</source>
        <translation>문맥 전환 비용</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="87" />
        <source>Compare runs</source>
        <translation>실행 비교</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="88" />
        <source>Sweep…</source>
        <translation>스윕…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartspanel.cpp" line="89" />
        <source>Run the scenario over a range of one parameter</source>
        <translation>매개변수 하나의 범위에 걸쳐 시나리오를 실행</translation>
    </message>
</context>
<context>
    <name>proclab::DiagramScene</name>
    <message>
        <location filename="../widgets/diagram/diagramscene.cpp" line="164" />
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/diagramscene.cpp" line="223" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/diagramscene.cpp" line="248" />
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/diagramscene.cpp" line="256" />
        <source>Arrange</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/diagramscene.cpp" line="396" />
        <source>Move</source>
        <translation>이동</translation>
    </message>
</context>
<context>
    <name>proclab::EventLogWidget</name>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="86" />
        <source>zombie</source>
        <translation>좀비 발생</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="89" />
        <source>ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="91" />
        <source>spawned</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="94" />
        <source>zombie reaped</source>
        <translation>좀비 회수됨</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="95" />
        <source>killed by signal</source>
        <translation>시그널로 종료됨</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="95" />
        <source>exited</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="97" />
        <source>reparented</source>
        <translation>부모 바뀜</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="99" />
        <source>signal sent</source>
        <translation>시그널 보냄</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="101" />
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="103" />
        <source>resumed</source>
        <translation>재개됨</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="105" />
        <source>lock recovered</source>
        <translation>잠금 복구됨</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="107" />
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="109" />
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="111" />
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="120" />
        <source>pid %1 has ended; its parent has not called wait() yet</source>
        <translation>pid %1이(가) 끝났지만 부모가 아직 wait()을 호출하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="123" />
        <source>pid %1, parent pid %2</source>
        <translation>pid %1, 부모 pid %2</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="126" />
        <source>pid %1 ended by signal %2</source>
        <translation>pid %1이(가) 시그널 %2로 끝났습니다</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="127" />
        <source>pid %1 exited with code %2</source>
        <translation>pid %1이(가) 코드 %2로 종료했습니다</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="129" />
        <source>, reaped by pid %1</source>
        <translation>, pid %1이(가) 회수함</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="133" />
        <source>pid %1: parent pid %2 → %3</source>
        <translation>pid %1: 부모 pid %2 → %3</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="135" />
        <source>signal %1 sent to pid %2</source>
        <translation>pid %2에 시그널 %1을 보냄</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="137" />
        <source>channel %1: the lock holder died; the lock was repaired</source>
        <translation>채널 %1: 잠금을 가진 프로세스가 죽어서 잠금을 복구했습니다</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="192" />
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="192" />
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="192" />
        <source>Process</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <location filename="../widgets/runview/eventlogwidget.cpp" line="192" />
        <source>Details</source>
        <translation>자세히</translation>
    </message>
</context>
<context>
    <name>proclab::ExportImageDialog</name>
    <message>
        <location filename="../widgets/charts/exportimagedialog.cpp" line="14" />
        <source>Export image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <location filename="../widgets/charts/exportimagedialog.cpp" line="19" />
        <location filename="../widgets/charts/exportimagedialog.cpp" line="20" />
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/charts/exportimagedialog.cpp" line="24" />
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../widgets/charts/exportimagedialog.cpp" line="26" />
        <source>Width:</source>
        <translation>너비:</translation>
    </message>
    <message>
        <location filename="../widgets/charts/exportimagedialog.cpp" line="27" />
        <source>Height:</source>
        <translation>높이:</translation>
    </message>
    <message>
        <location filename="../widgets/charts/exportimagedialog.cpp" line="28" />
        <source>Scale:</source>
        <translation>배율:</translation>
    </message>
</context>
<context>
    <name>proclab::LegendWidget</name>
    <message>
        <location filename="../widgets/diagram/legendwidget.cpp" line="65" />
        <source>Process states</source>
        <translation>프로세스 상태</translation>
    </message>
</context>
<context>
    <name>proclab::LiveChartsPage</name>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="213" />
        <source>Plotted channels and processes:</source>
        <translation>그릴 채널과 프로세스:</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="214" />
        <source>Time shown:</source>
        <translation>표시할 시간:</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="215" />
        <source>last 30 s</source>
        <translation>최근 30초</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="215" />
        <source>last 60 s</source>
        <translation>최근 60초</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="215" />
        <source>last 5 min</source>
        <translation>최근 5분</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="215" />
        <source>whole run</source>
        <translation>실행 전체</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="218" />
        <source>Cost of one context switch: %1 µs (measured on this machine).</source>
        <translation>문맥 전환 한 번의 비용: %1 µs (이 컴퓨터에서 측정).</translation>
    </message>
    <message>
        <location filename="../widgets/charts/livechartspage.cpp" line="221" />
        <source>Measure the context-switch cost to see how much CPU time switching takes.</source>
        <translation>문맥 전환 비용을 측정하면 전환에 드는 CPU 시간을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>proclab::LiveProcessMenu</name>
    <message>
        <location filename="../widgets/runview/liveprocessmenu.cpp" line="21" />
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <location filename="../widgets/runview/liveprocessmenu.cpp" line="25" />
        <source>Kill (SIGKILL)</source>
        <translation>강제 종료 (SIGKILL)</translation>
    </message>
    <message>
        <location filename="../widgets/runview/liveprocessmenu.cpp" line="26" />
        <source>Terminate (SIGTERM)</source>
        <translation>종료 요청 (SIGTERM)</translation>
    </message>
    <message>
        <location filename="../widgets/runview/liveprocessmenu.cpp" line="29" />
        <source>Pause (SIGSTOP)</source>
        <translation>일시 중지 (SIGSTOP)</translation>
    </message>
    <message>
        <location filename="../widgets/runview/liveprocessmenu.cpp" line="30" />
        <source>Resume (SIGCONT)</source>
        <translation>재개 (SIGCONT)</translation>
    </message>
</context>
<context>
    <name>proclab::OverheadPage</name>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="50" />
        <source>nothing measured yet</source>
        <translation>아직 측정하지 않음</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="108" />
        <source>Measuring… (a few seconds; two processes pass a token back and forth)</source>
        <translation>측정 중… (몇 초 걸립니다. 두 프로세스가 토큰을 주고받습니다)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="120" />
        <source>The bench printed an unexpected result: %1</source>
        <translation>벤치마크가 예상하지 못한 결과를 출력했습니다: %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="128" />
        <source>Measured, but not cached: %1</source>
        <translation>측정했지만 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="136" />
        <source>The measurement failed: %1</source>
        <translation>측정 실패: %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="148" />
        <location filename="../widgets/charts/overheadpage.cpp" line="193" />
        <source>µs per switch</source>
        <translation>전환당 µs</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="156" />
        <source>%1 µs per switch</source>
        <translation>전환당 %1 µs</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="157" />
        <source>cost per switch not measurable</source>
        <translation>전환당 비용을 측정할 수 없음</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="158" />
        <source>%1: %2 µs per round trip, %3 switches per round trip, %4.</source>
        <translation>%1: 왕복당 %2 µs, 왕복당 전환 %3번, %4.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="162" />
        <source>same CPU</source>
        <translation>같은 CPU</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="164" />
        <source>across CPUs</source>
        <translation>서로 다른 CPU</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="166" />
        <source>Only one CPU: nothing to measure across CPUs.</source>
        <translation>CPU가 하나뿐이라 CPU 간 전환은 측정할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="173" />
        <source>%1 round trips; the loop alone (no switch) takes %2 µs. Measured %3 on %4.</source>
        <translation>왕복 %1번. 전환 없이 반복문만 돌면 %2 µs. %3에 %4에서 측정.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="180" />
        <source>Not measured on this machine yet.</source>
        <translation>이 컴퓨터에서는 아직 측정하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="188" />
        <source>How much does one context switch cost here? Two processes hand a token back and forth; each hand-over makes the kernel switch from one process to the other. Measured once per machine and kept.</source>
        <translation>이 컴퓨터에서 문맥 전환 한 번은 얼마나 걸릴까요? 두 프로세스가 토큰을 주고받을 때마다 커널은 한 프로세스에서 다른 프로세스로 전환합니다. 컴퓨터마다 한 번 측정해 저장해 둡니다.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="191" />
        <source>Re-measure</source>
        <translation>다시 측정</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="191" />
        <source>Measure</source>
        <translation>측정</translation>
    </message>
    <message>
        <location filename="../widgets/charts/overheadpage.cpp" line="192" />
        <source>Cost of a context switch</source>
        <translation>문맥 전환 비용</translation>
    </message>
</context>
<context>
    <name>proclab::PaletteWidget</name>
    <message>
        <location filename="../widgets/diagram/palettewidget.cpp" line="82" />
        <source>Drag onto the canvas, or double-click to add.</source>
        <translation>캔버스로 끌어 놓거나 두 번 클릭해서 추가하세요.</translation>
    </message>
</context>
<context>
    <name>proclab::ProcessForm</name>
    <message>
        <location filename="../widgets/diagram/processform.cpp" line="79" />
        <location filename="../widgets/diagram/processform.cpp" line="169" />
        <source>none (root)</source>
        <translation>없음 (루트)</translation>
    </message>
</context>
<context>
    <name>proclab::ProcessTreeModel</name>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="184" />
        <source>Reparented: its parent ended, so another process adopted it.</source>
        <translation>부모 바뀜: 부모가 끝나서 다른 프로세스가 입양했습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="199" />
        <source>The CPU the process last ran on</source>
        <translation>프로세스가 마지막으로 실행된 CPU</translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="201" />
        <source>Voluntary context switches: the process gave up the CPU itself, e.g. to wait for a full or empty buffer</source>
        <translation>자발적 문맥 전환: 프로세스가 스스로 CPU를 내놓은 횟수 (예: 가득 찬 버퍼나 빈 버퍼를 기다릴 때)</translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="204" />
        <source>Involuntary context switches: the scheduler took the CPU away, e.g. to run another process</source>
        <translation>비자발적 문맥 전환: 스케줄러가 CPU를 빼앗은 횟수 (예: 다른 프로세스를 실행하려고)</translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="207" />
        <source>User plus system CPU time</source>
        <translation>사용자 CPU 시간과 시스템 CPU 시간의 합</translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="215" />
        <source>Process</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="217" />
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="219" />
        <source>PPID</source>
        <translation>PPID</translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="221" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="223" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="225" />
        <source>Voluntary</source>
        <translation>자발적</translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="227" />
        <source>Involuntary</source>
        <translation>비자발적</translation>
    </message>
    <message>
        <location filename="../widgets/runview/processtreemodel.cpp" line="229" />
        <source>CPU time</source>
        <translation>CPU 시간</translation>
    </message>
</context>
<context>
    <name>proclab::PropertyPanel</name>
    <message>
        <location filename="../widgets/diagram/propertypanel.cpp" line="51" />
        <location filename="../widgets/diagram/propertypanel.cpp" line="59" />
        <source>Change %1 of %2</source>
        <translation>%2의 %1 변경</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/propertypanel.cpp" line="68" />
        <source>Change %1</source>
        <translation>%1 변경</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/diagram/propertypanel.cpp" line="112" />
        <source>%n items selected</source>
        <translation>
            <numerusform>항목 %n개 선택됨</numerusform></translation>
    </message>
    <message>
        <location filename="../widgets/diagram/propertypanel.cpp" line="113" />
        <source>Select a single item to edit its properties.</source>
        <translation>속성을 편집하려면 항목 하나만 선택하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/propertypanel.cpp" line="115" />
        <source>Process %1</source>
        <translation>프로세스 %1</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/propertypanel.cpp" line="117" />
        <source>Channel %1</source>
        <translation>채널 %1</translation>
    </message>
    <message>
        <location filename="../widgets/diagram/propertypanel.cpp" line="119" />
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
</context>
<context>
    <name>proclab::RunController</name>
    <message>
        <location filename="../core/runcontroller.cpp" line="91" />
        <source>the agent did not finish within the grace period; killed</source>
        <translation>에이전트가 유예 시간 안에 끝나지 않아 강제 종료했습니다</translation>
    </message>
    <message>
        <location filename="../core/runcontroller.cpp" line="94" />
        <source>the agent did not exit after finishing; killed</source>
        <translation>에이전트가 완료 후에도 종료하지 않아 강제 종료했습니다</translation>
    </message>
    <message>
        <location filename="../core/runcontroller.cpp" line="155" />
        <source>the scenario is not valid:
%1</source>
        <translation>시나리오가 올바르지 않습니다:
%1</translation>
    </message>
    <message>
        <location filename="../core/runcontroller.cpp" line="160" />
        <source>the scenario has %1 processes, more than the limit of %2</source>
        <translation>시나리오의 프로세스 %1개가 한도 %2개보다 많습니다</translation>
    </message>
    <message>
        <location filename="../core/runcontroller.cpp" line="167" />
        <source>proclab-agent not found or not executable: %1</source>
        <translation>proclab-agent가 없거나 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/runcontroller.cpp" line="210" />
        <source>cannot map the stats page: %1</source>
        <translation>통계 페이지를 매핑할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>proclab::RunsPage</name>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="174" />
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="175" />
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="204" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="287" />
        <source>time since start (s)</source>
        <translation>시작 후 시간 (초)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="296" />
        <source>all processes</source>
        <translation>모든 프로세스</translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="320" />
        <source>%1, whole run</source>
        <translation>%1, 실행 전체</translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="347" />
        <source>Throughput (items/s)</source>
        <translation>처리량 (항목/초)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="349" />
        <source>Throughput (MB/s)</source>
        <translation>처리량 (MB/s)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="351" />
        <source>Context switches per second</source>
        <translation>초당 문맥 전환</translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="353" />
        <source>Latency p99 (µs)</source>
        <translation>지연 시간 p99 (µs)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="355" />
        <source>Buffer fill (% of capacity)</source>
        <translation>버퍼 채움 (용량 대비 %)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="362" />
        <source>Finished runs of this session. Tick two or more to compare them.</source>
        <translation>이번 세션에서 끝난 실행입니다. 둘 이상 체크하면 비교합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="363" />
        <source>Remove selected run</source>
        <translation>선택한 실행 삭제</translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="366" />
        <source>Overlay over time</source>
        <translation>시간에 따라 겹쳐 보기</translation>
    </message>
    <message>
        <location filename="../widgets/charts/runspage.cpp" line="367" />
        <source>Grouped bars</source>
        <translation>묶음 막대</translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioDocument</name>
    <message>
        <location filename="../widgets/common/scenariodocument.cpp" line="24" />
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../widgets/common/scenariodocument.cpp" line="35" />
        <source>New scenario</source>
        <translation>새 시나리오</translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioErrorDialog</name>
    <message>
        <location filename="../widgets/common/scenarioerrordialog.cpp" line="49" />
        <source>Cannot open scenario</source>
        <translation>시나리오를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../widgets/common/scenarioerrordialog.cpp" line="50" />
        <source>%1 could not be opened. The diagram you had open is unchanged.</source>
        <translation>%1을(를) 열 수 없습니다. 열려 있던 다이어그램은 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/common/scenarioerrordialog.cpp" line="52" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../widgets/common/scenarioerrordialog.cpp" line="52" />
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../widgets/common/scenarioerrordialog.cpp" line="52" />
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>proclab::SweepDialog</name>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="88" />
        <source>Running %1 of %2: %3 = %4…</source>
        <translation>%2개 중 %1번째 실행: %3 = %4…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/sweepdialog.cpp" line="101" />
        <source>Done: %n run(s).</source>
        <translation>
            <numerusform>완료: 실행 %n번.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/sweepdialog.cpp" line="106" />
        <source>Cancelled after %n finished run(s).</source>
        <translation>
            <numerusform>실행 %n번을 마친 뒤 취소했습니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="110" />
        <source>The sweep stopped: %1</source>
        <translation>스윕이 멈췄습니다: %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="136" />
        <source>"%1" is not a positive whole number or a range like 1-1024x2 or 8-64+8</source>
        <translation>"%1"은(는) 양의 정수도, 1-1024x2나 8-64+8 같은 범위도 아닙니다</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="146" />
        <source>Give between 1 and 100 values.</source>
        <translation>값을 1개에서 100개 사이로 주세요.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="188" />
        <source>The scenario has nothing this parameter applies to.</source>
        <translation>이 매개변수를 적용할 대상이 시나리오에 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="203" />
        <source>Cancelling: stopping the current run…</source>
        <translation>취소 중: 지금 실행을 멈추는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="231" />
        <location filename="../widgets/charts/sweepdialog.cpp" line="276" />
        <source>items/s</source>
        <translation>항목/초</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="232" />
        <source>context switches/s</source>
        <translation>문맥 전환/초</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="277" />
        <source>switches/s</source>
        <translation>전환/초</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="285" />
        <source>Sweep of %1</source>
        <translation>%1 스윕</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="290" />
        <source>Sweep a parameter</source>
        <translation>매개변수 스윕</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="291" />
        <source>Parameter:</source>
        <translation>매개변수:</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="292" />
        <source>Applies to:</source>
        <translation>적용 대상:</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="293" />
        <source>Values:</source>
        <translation>값:</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="294" />
        <source>Comma-separated values; 1-1024x2 doubles from 1 to 1024, 8-64+8 steps by 8.</source>
        <translation>쉼표로 구분한 값. 1-1024x2는 1부터 1024까지 두 배씩, 8-64+8은 8씩 늘립니다.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="296" />
        <source>buffer capacity (slots)</source>
        <translation>버퍼 용량 (슬롯)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="297" />
        <source>item size (bytes)</source>
        <translation>항목 크기 (바이트)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="298" />
        <source>number of producers</source>
        <translation>생산자 수</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="299" />
        <source>number of copies of a process</source>
        <translation>프로세스 복제 수</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="300" />
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../widgets/charts/sweepdialog.cpp" line="301" />
        <source>Cancel sweep</source>
        <translation>스윕 취소</translation>
    </message>
</context>
<context>
    <name>proclab::TimeChart</name>
    <message>
        <location filename="../widgets/charts/timechart.cpp" line="164" />
        <source>the output is not open for writing</source>
        <translation>출력이 쓰기용으로 열려 있지 않습니다</translation>
    </message>
</context>
</TS>