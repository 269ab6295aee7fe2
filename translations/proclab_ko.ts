<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AdopterItem</name>
    <message>
        <source>proclab-agent, pid %1: it forked the root and, as the run&apos;s subreaper (PR_SET_CHILD_SUBREAPER), adopts and reaps every process whose parent ended first. Adopted: %2</source>
        <translation>proclab-agent(에이전트), pid %1: 루트 프로세스를 fork했고, 이 실행의 서브리퍼(PR_SET_CHILD_SUBREAPER)로서 부모가 먼저 끝난 프로세스를 입양해 회수합니다. 입양한 프로세스: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>입양</translation>
    </message>
    <message>
        <source>agent (subreaper)</source>
        <translation>에이전트 (서브리퍼)</translation>
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
        <translation>유휴 (중지될 때까지)</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>잠자기</translation>
    </message>
    <message>
        <source>CPU work</source>
        <translation>CPU 작업</translation>
    </message>
    <message>
        <source>Exit with code</source>
        <translation>종료 코드로 종료</translation>
    </message>
    <message>
        <source>Crash (signal)</source>
        <translation>비정상 종료 (시그널)</translation>
    </message>
    <message>
        <source>Never reap children</source>
        <translation>자식을 회수하지 않음</translation>
    </message>
    <message>
        <source>Exit early (orphan children)</source>
        <translation>먼저 종료 (자식은 고아가 됨)</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>생산</translation>
    </message>
    <message>
        <source>Consume</source>
        <translation>소비</translation>
    </message>
    <message>
        <source>Increment counter</source>
        <translation>카운터 증가</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>유휴</translation>
    </message>
    <message>
        <source>sleep %1 ms</source>
        <translation>%1 ms 잠자기</translation>
    </message>
    <message>
        <source>CPU %1 ms</source>
        <translation>CPU %1 ms</translation>
    </message>
    <message>
        <source>exit(%1) after %2 ms</source>
        <translation>%2 ms 경과 후 exit(%1)</translation>
    </message>
    <message>
        <source>signal %1 after %2 ms</source>
        <translation>%2 ms 경과 후 시그널 %1</translation>
    </message>
    <message>
        <source>never waits</source>
        <translation>wait()를 호출하지 않음</translation>
    </message>
    <message>
        <source>exits after %1 ms</source>
        <translation>%1 ms 경과 후 종료</translation>
    </message>
    <message>
        <source>produce %1 → %2</source>
        <translation>%1개 생산 → %2</translation>
    </message>
    <message>
        <source>consume ← %1</source>
        <translation>소비 ← %1</translation>
    </message>
    <message>
        <source>Write to its copy (after fork)</source>
        <translation>자기 사본에 쓰기 (fork 후)</translation>
    </message>
    <message>
        <source>Exec a program (same pid)</source>
        <translation>프로그램 exec (같은 pid)</translation>
    </message>
    <message>
        <source>exec %1, %2 ms</source>
        <translation>exec %1, %2 ms</translation>
    </message>
    <message>
        <source>Lab: divide and combine (primes)</source>
        <translation>실습: 나누고 합치기 (소수 세기)</translation>
    </message>
    <message>
        <source>Lab: count primes (a share)</source>
        <translation>실습: 소수 세기 (나눠 받은 몫)</translation>
    </message>
    <message>
        <source>Lab: pre-fork server master</source>
        <translation>실습: 프리포크 서버 마스터</translation>
    </message>
    <message>
        <source>Lab: server worker</source>
        <translation>실습: 서버 작업자</translation>
    </message>
    <message>
        <source>Lab: load generator</source>
        <translation>실습: 부하 생성기</translation>
    </message>
    <message>
        <source>counts its share of primes</source>
        <translation>맡은 몫의 소수를 셈</translation>
    </message>
    <message>
        <source>%1 requests, %2 at once</source>
        <translation>요청 %1개, 동시에 %2개</translation>
    </message>
    <message>
        <source>%1++ × %2</source>
        <translation>%1++ × %2</translation>
    </message>
    <message>
        <source>inherits x = %1, sets %2</source>
        <translation>물려받은 x = %1, 쓰기 %2</translation>
    </message>
    <message>
        <source>primes &lt; %1, split</source>
        <translation>%1 미만 소수, 나눠 셈</translation>
    </message>
    <message>
        <source>listens, replaces workers</source>
        <translation>연결 대기, 작업자 교체</translation>
    </message>
    <message>
        <source>accept(), %1 µs/request</source>
        <translation>accept(), 요청마다 %1 µs</translation>
    </message>
</context>
<context>
    <name>ChannelItem</name>
    <message>
        <source>%1 slots × %2 B%3</source>
        <translation>슬롯 %1개 × %2 B%3</translation>
    </message>
    <message>
        <source>, no sync</source>
        <translation>, 동기화 끔</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>잠금 사용</translation>
    </message>
    <message>
        <source>no lock (races)</source>
        <translation>잠금 없음 (경쟁 발생)</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>동기</translation>
    </message>
    <message>
        <source>async</source>
        <translation>비동기</translation>
    </message>
    <message>
        <source>%1 B items, %2</source>
        <translation>%1 B 항목, %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 items/s · %2 queued</source>
        <translation>초당 %1개 · 대기열 %2개</translation>
    </message>
    <message>
        <source>%1 × %2 B, %3</source>
        <translation>%1개 × %2 B, %3</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>(unsaved scenario)</source>
        <translation>(저장하지 않은 시나리오)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1: cannot render a %2×%3 image at scale %4</source>
        <translation>%1: %2×%3 이미지를 배율 %4(으)로 그릴 수 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing to export</source>
        <translation>%1: 내보낼 것이 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot start the SVG painter</source>
        <translation>%1: SVG 그리기를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot copy the chart to the clipboard.</source>
        <translation>차트를 클립보드에 복사할 수 없습니다.</translation>
    </message>
    <message>
        <source>no data to write</source>
        <translation>쓸 데이터가 없습니다</translation>
    </message>
</context>
<context>
    <name>ConnectionRules</name>
    <message>
        <source>An item cannot be connected to itself.</source>
        <translation>항목을 자기 자신에게 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Unknown item.</source>
        <translation>알 수 없는 항목입니다.</translation>
    </message>
    <message>
        <source>A channel connects processes; it cannot be connected to another channel.</source>
        <translation>채널은 프로세스끼리 연결합니다. 채널을 다른 채널에 연결할 수는 없습니다.</translation>
    </message>
    <message>
        <source>%1 is already a child of %2.</source>
        <translation>%1은(는) 이미 %2의 자식입니다.</translation>
    </message>
    <message>
        <source>%1 already has a parent (%2): a process is forked by exactly one parent.</source>
        <translation>%1에는 이미 부모(%2)가 있습니다. 프로세스는 정확히 하나의 부모가 fork합니다.</translation>
    </message>
    <message>
        <source>%1 is an ancestor of %2: forks cannot form a cycle.</source>
        <translation>%1은(는) %2의 조상입니다. fork 관계는 순환할 수 없습니다.</translation>
    </message>
    <message>
        <source>Fork %1 from %2</source>
        <translation>%2에서 %1 fork</translation>
    </message>
    <message>
        <source>%1 already has a writer (%2): a pipe or socket pair has one at each end.</source>
        <translation>%1에는 이미 송신자(%2)가 있습니다. 파이프와 소켓 쌍은 양 끝에 하나씩만 연결됩니다.</translation>
    </message>
    <message>
        <source>A process cannot be both ends of %1.</source>
        <translation>한 프로세스가 %1의 양 끝이 될 수는 없습니다.</translation>
    </message>
    <message>
        <source>%1 sends to %2</source>
        <translation>%1 → %2 보내기</translation>
    </message>
    <message>
        <source>Nobody reads a shared counter: connect processes to it to increment it.</source>
        <translation>공유 카운터에서 읽는 프로세스는 없습니다. 프로세스를 카운터에 연결하면 그 프로세스가 값을 증가시킵니다.</translation>
    </message>
    <message>
        <source>%1 already has a reader (%2): a pipe or socket pair has one at each end.</source>
        <translation>%1에는 이미 수신자(%2)가 있습니다. 파이프와 소켓 쌍은 양 끝에 하나씩만 연결됩니다.</translation>
    </message>
    <message>
        <source>%1 receives from %2</source>
        <translation>%1 ← %2 받기</translation>
    </message>
    <message>
        <source>%2 and %3 have no common ancestor, so they cannot share %1: it has no name and is only inherited through fork(). Fork both from one process, or use a mailbox.</source>
        <translation>%2와(과) %3에게는 공통 조상이 없어 %1을(를) 함께 쓸 수 없습니다. %1에는 이름이 없어 fork()로만 물려받습니다. 두 프로세스를 한 프로세스에서 fork하거나 메일박스를 쓰세요.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Arrange &amp;Diagram</source>
        <translation>다이어그램 정렬(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ExampleCatalog</name>
    <message>
        <source>Processes and fork()</source>
        <translation>프로세스와 fork()</translation>
    </message>
    <message>
        <source>Zombies and orphans</source>
        <translation>좀비와 고아 프로세스</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>공유 메모리</translation>
    </message>
    <message>
        <source>Message passing</source>
        <translation>메시지 전달</translation>
    </message>
    <message>
        <source>Context switching</source>
        <translation>컨텍스트 스위칭</translation>
    </message>
    <message>
        <source>More examples</source>
        <translation>그 밖의 예제</translation>
    </message>
    <message>
        <source>fork() then exec()</source>
        <translation>fork() 다음 exec()</translation>
    </message>
    <message>
        <source>Multiprocessing and scalability</source>
        <translation>멀티 프로세싱과 확장성</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>ProcLab scenarios (*.proclab.json)</source>
        <translation>ProcLab 시나리오 (*.proclab.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before going on?</source>
        <translation>%1에 저장하지 않은 변경 사항이 있습니다. 계속하기 전에 저장할까요?</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>시나리오 열기</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>다른 이름으로 시나리오 저장</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>No examples found</source>
        <translation>예제가 없습니다</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>예제(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>HandleItem</name>
    <message>
        <source>Drag to another item to connect</source>
        <translation>다른 항목으로 끌어서 연결하세요</translation>
    </message>
</context>
<context>
    <name>LabSweepChart</name>
    <message>
        <source>parallel wall time (ms)</source>
        <translation>병렬 실행 경과 시간 (ms)</translation>
    </message>
    <message>
        <source>speed-up</source>
        <translation>속도 향상</translation>
    </message>
    <message>
        <source>ideal (= K)</source>
        <translation>이상적 (= K)</translation>
    </message>
    <message>
        <source>CPUs: %1</source>
        <translation>CPU %1개</translation>
    </message>
    <message>
        <source>wall time (ms)</source>
        <translation>경과 시간 (ms)</translation>
    </message>
    <message>
        <source>speed-up (×)</source>
        <translation>속도 향상 (배)</translation>
    </message>
    <message>
        <source>Speed-up against the number of worker processes</source>
        <translation>작업자 프로세스 수에 따른 속도 향상</translation>
    </message>
    <message>
        <source>answers per second</source>
        <translation>초당 응답 수</translation>
    </message>
    <message>
        <source>one worker&apos;s share (%)</source>
        <translation>작업자 하나의 몫 (%)</translation>
    </message>
    <message>
        <source>fair share (100 / W)</source>
        <translation>균등한 몫 (100 / W)</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>요청/초</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>비율 (%)</translation>
    </message>
    <message>
        <source>Requests per second and each worker&apos;s share</source>
        <translation>초당 요청 수와 작업자별 비율</translation>
    </message>
    <message>
        <source>worker processes (K)</source>
        <translation>작업자 프로세스 수 (K)</translation>
    </message>
    <message>
        <source>worker processes (W)</source>
        <translation>작업자 프로세스 수 (W)</translation>
    </message>
</context>
<context>
    <name>LabTemplate</name>
    <message>
        <source>divide and combine</source>
        <translation>나누고 합치기</translation>
    </message>
    <message>
        <source>master</source>
        <translation>마스터</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>load generator</source>
        <translation>부하 생성기</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>Lessons</source>
        <translation>레슨</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>레슨(&amp;L)</translation>
    </message>
    <message>
        <source>Show the lessons (F1)</source>
        <translation>레슨 보기 (F1)</translation>
    </message>
    <message>
        <source>there is no lesson &quot;%1&quot; (proclab-cli lesson list names them)</source>
        <translation>&quot;%1&quot; 레슨이 없습니다(proclab-cli lesson list로 목록을 볼 수 있습니다)</translation>
    </message>
    <message>
        <source>lesson &quot;%1&quot; has steps 1 to %2, not &quot;%3&quot;</source>
        <translation>&quot;%1&quot; 레슨의 단계는 1부터 %2까지입니다. &quot;%3&quot;은(는) 없습니다</translation>
    </message>
    <message>
        <source>lesson &quot;%1&quot; could not be started</source>
        <translation>&quot;%1&quot; 레슨을 시작하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>LessonValidator</name>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>예상하지 못한 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at character %1: %2</source>
        <translation>%1번째 글자: %2</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>%1단계보다 깊게 중첩되었습니다</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation>식이 너무 일찍 끝났습니다</translation>
    </message>
    <message>
        <source>&quot;)&quot; is missing</source>
        <translation>&quot;)&quot;가 빠졌습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>the text in quotes is not closed</source>
        <translation>따옴표로 연 글이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;; known: %2</source>
        <translation>알 수 없는 함수 &quot;%1&quot;. 쓸 수 있는 함수: %2</translation>
    </message>
    <message>
        <source>&quot;)&quot; is missing after the arguments of %1</source>
        <translation>%1의 인자 뒤에 &quot;)&quot;가 빠졌습니다</translation>
    </message>
    <message>
        <source>%1() takes one argument</source>
        <translation>%1()은(는) 인자를 하나 받습니다</translation>
    </message>
    <message>
        <source>a field name must follow &quot;.&quot;</source>
        <translation>&quot;.&quot; 뒤에는 필드 이름이 와야 합니다</translation>
    </message>
    <message>
        <source>a value must follow &quot;=&quot;</source>
        <translation>&quot;=&quot; 뒤에는 값이 와야 합니다</translation>
    </message>
    <message>
        <source>inside [ ] write a number, * or field=value</source>
        <translation>[ ] 안에는 숫자, * 또는 필드=값을 씁니다</translation>
    </message>
    <message>
        <source>&quot;]&quot; is missing</source>
        <translation>&quot;]&quot;가 빠졌습니다</translation>
    </message>
    <message>
        <source>the expression is %1 characters long, more than the %2 allowed</source>
        <translation>식이 %1글자로, 허용되는 %2글자보다 깁니다</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>식이 비어 있습니다</translation>
    </message>
    <message>
        <source>%1 values where one was needed; use count, sum, min, max or distinct</source>
        <translation>값이 하나 필요한 곳에 %1개가 있습니다. count, sum, min, max, distinct 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>needs true or false, not %1</source>
        <translation>%1이(가) 아니라 true나 false가 필요합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number, but the run has no such figure</source>
        <translation>&quot;%1&quot;에는 숫자가 필요한데, 실행 결과에 그런 값이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number, not &quot;%2&quot;</source>
        <translation>&quot;%1&quot;에는 &quot;%2&quot; 대신 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>%1() of nothing: the run has no such figure</source>
        <translation>빈 값의 %1(): 실행 결과에 그런 값이 없습니다</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>0으로 나누었습니다</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1: the run has no such figure</source>
        <translation>%1: 실행 결과에 그런 값이 없습니다</translation>
    </message>
    <message>
        <source>the file is %1 bytes, larger than the %2 KiB a lesson may have</source>
        <translation>파일이 %1바이트로, 레슨 파일 한도 %2 KiB보다 큽니다</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1: %2</source>
        <translation>%1번째 줄에 JSON 문법 오류: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once here; write it once</source>
        <translation>&quot;%1&quot;이(가) 여기에 두 번 이상 나옵니다. 한 번만 쓰세요</translation>
    </message>
    <message>
        <source>a lesson must be a JSON object { ... }</source>
        <translation>레슨은 JSON 객체 { ... }여야 합니다</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;: every text is needed in Korean (&quot;ko&quot;) and English (&quot;en&quot;)</source>
        <translation>&quot;%1&quot;이(가) 없습니다: 모든 글은 한국어(&quot;ko&quot;)와 영어(&quot;en&quot;) 둘 다 있어야 합니다</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 a text may have</source>
        <translation>%1글자로, 글 하나의 한도 %2글자보다 깁니다</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>글</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a condition (a comparison such as &quot;value == 4&quot;)</source>
        <translation>&quot;%1&quot;은(는) 조건이어야 합니다 (&quot;value == 4&quot; 같은 비교)</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;: this is not a ProcLab lesson</source>
        <translation>&quot;%1&quot;(이)어야 합니다: ProcLab 레슨 파일이 아닙니다</translation>
    </message>
    <message>
        <source>an id is 1 to 40 of a-z, 0-9 and -, not &quot;%1&quot;</source>
        <translation>id는 a-z, 0-9, - 로 된 1~40글자여야 합니다 (&quot;%1&quot;은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>a lesson needs at least one step</source>
        <translation>레슨에는 단계가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>%1 steps are more than the %2 a lesson may have</source>
        <translation>단계 %1개는 레슨 한도 %2개보다 많습니다</translation>
    </message>
    <message>
        <source>a lesson</source>
        <translation>레슨</translation>
    </message>
    <message>
        <source>a step must be an object, not %1</source>
        <translation>단계는 %1이(가) 아니라 객체여야 합니다</translation>
    </message>
    <message>
        <source>a scenario is named by its file name only (NAME.proclab.json), not &quot;%1&quot;</source>
        <translation>시나리오는 파일 이름만으로 지정합니다 (NAME.proclab.json). &quot;%1&quot;은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>a step with an action, a prediction or a challenge needs a &quot;scenario&quot; to run</source>
        <translation>동작, 예측, 도전 과제가 있는 단계에는 실행할 &quot;scenario&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; known: %2</source>
        <translation>알 수 없는 동작 &quot;%1&quot;. 쓸 수 있는 동작: %2</translation>
    </message>
    <message>
        <source>a signal name such as &quot;SIGKILL&quot; or &quot;SIGSEGV&quot;</source>
        <translation>&quot;SIGKILL&quot;이나 &quot;SIGSEGV&quot; 같은 시그널 이름이 필요합니다</translation>
    </message>
    <message>
        <source>missing required field &quot;value&quot;</source>
        <translation>필수 필드 &quot;value&quot;가 없습니다</translation>
    </message>
    <message>
        <source>a sweep takes 1 to %1 values</source>
        <translation>반복 실행(&quot;sweep&quot;)에는 값이 1~%1개 있어야 합니다</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot;</source>
        <translation>동작 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a prediction offers 2 to %1 choices</source>
        <translation>예측의 선택지는 2~%1개입니다</translation>
    </message>
    <message>
        <source>a choice must be an object {&quot;key&quot;, &quot;text&quot;}</source>
        <translation>선택지는 {&quot;key&quot;, &quot;text&quot;} 객체여야 합니다</translation>
    </message>
    <message>
        <source>a choice&apos;s key is one letter a-z</source>
        <translation>선택지의 key는 a-z 가운데 한 글자입니다</translation>
    </message>
    <message>
        <source>two choices have the key &quot;%1&quot;</source>
        <translation>두 선택지의 key가 모두 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>선택지</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>덧붙임</translation>
    </message>
    <message>
        <source>at most %1 notes</source>
        <translation>덧붙임은 %1개까지입니다</translation>
    </message>
    <message>
        <source>at most %1 figures</source>
        <translation>추가 측정값은 %1개까지입니다</translation>
    </message>
    <message>
        <source>a figure</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>write &quot;process:ID&quot;, &quot;channel:ID&quot; or &quot;chart:NAME&quot;</source>
        <translation>&quot;process:ID&quot;, &quot;channel:ID&quot;, &quot;chart:NAME&quot; 가운데 하나로 쓰세요</translation>
    </message>
    <message>
        <source>a prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>the rule needs a condition for at least one choice</source>
        <translation>정답 규칙에는 적어도 한 선택지의 조건이 있어야 합니다</translation>
    </message>
    <message>
        <source>the rule (its keys are the choices&apos; keys)</source>
        <translation>정답 규칙 (키는 선택지의 key입니다)</translation>
    </message>
    <message>
        <source>a challenge</source>
        <translation>도전 과제</translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot; among the lesson scenarios or the examples</source>
        <translation>레슨 시나리오와 예제 가운데 &quot;%1&quot; 시나리오가 없습니다</translation>
    </message>
    <message>
        <source>the scenario &quot;%1&quot; is invalid: %2</source>
        <translation>시나리오 &quot;%1&quot;이(가) 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the scenario has no process &quot;%2&quot;</source>
        <translation>&quot;%1&quot;: 시나리오에 &quot;%2&quot; 프로세스가 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the scenario has no channel &quot;%2&quot;</source>
        <translation>&quot;%1&quot;: 시나리오에 &quot;%2&quot; 채널이 없습니다</translation>
    </message>
    <message>
        <source>the scenario has no process &quot;%1&quot;</source>
        <translation>시나리오에 &quot;%1&quot; 프로세스가 없습니다</translation>
    </message>
    <message>
        <source>after the change the scenario is invalid: %1</source>
        <translation>바꾼 뒤의 시나리오가 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <source>the scenario has nothing called &quot;%1&quot;</source>
        <translation>시나리오에 &quot;%1&quot;이라는 것이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a whole number</source>
        <translation>&quot;%1&quot;에는 정수가 필요합니다</translation>
    </message>
    <message>
        <source>the target must be &quot;process:ID&quot; or &quot;channel:ID&quot;, not &quot;%1&quot;</source>
        <translation>대상은 &quot;process:ID&quot;나 &quot;channel:ID&quot;여야 합니다 (&quot;%1&quot;은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be set; settable: %2</source>
        <translation>&quot;%1&quot;은(는) 바꿀 수 없습니다. 바꿀 수 있는 것: %2</translation>
    </message>
    <message>
        <source>&quot;sync&quot; needs true or false</source>
        <translation>&quot;sync&quot;에는 true나 false가 필요합니다</translation>
    </message>
    <message>
        <source>&quot;send&quot; needs &quot;sync&quot; or &quot;async&quot;</source>
        <translation>&quot;send&quot;에는 &quot;sync&quot;나 &quot;async&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>the scenario has no channel &quot;%1&quot;</source>
        <translation>시나리오에 &quot;%1&quot; 채널이 없습니다</translation>
    </message>
    <message>
        <source>&quot;kind&quot; needs a behaviour name: %1</source>
        <translation>&quot;kind&quot;에는 동작 이름이 필요합니다: %1</translation>
    </message>
    <message>
        <source>this step runs nothing</source>
        <translation>이 단계는 실행할 것이 없습니다</translation>
    </message>
    <message>
        <source>the run was stopped</source>
        <translation>실행이 중지되었습니다</translation>
    </message>
    <message>
        <source>no chart is called &quot;%1&quot;; the charts are %2</source>
        <translation>차트 이름 &quot;%1&quot;은(는) 없습니다. 쓸 수 있는 이름: %2</translation>
    </message>
    <message>
        <source>a bench takes 1 to %1 item sizes</source>
        <translation>측정(bench)에는 데이터 크기를 1개에서 %1개까지 줄 수 있습니다</translation>
    </message>
    <message>
        <source>an item size is a whole number of bytes from 1 to %1</source>
        <translation>데이터 크기는 1부터 %1까지의 바이트 수(정수)입니다</translation>
    </message>
</context>
<context>
    <name>LiveChartSpecs</name>
    <message>
        <source>time (s)</source>
        <translation>시간 (초)</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>처리량</translation>
    </message>
    <message>
        <source>items/s</source>
        <translation>항목/초</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>%1 items/s</source>
        <translation>%1 항목/초</translation>
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
        <translation>스위칭 / CPU 시간</translation>
    </message>
    <message>
        <source>Buffer fill (% of capacity)</source>
        <translation>버퍼 채움 (용량 대비 %)</translation>
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
        <translation>스위칭/초</translation>
    </message>
    <message>
        <source>%1 voluntary</source>
        <translation>%1 자발적</translation>
    </message>
    <message>
        <source>%1 involuntary</source>
        <translation>%1 비자발적</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>% of CPU time</source>
        <translation>CPU 시간 대비 %</translation>
    </message>
    <message>
        <source>Not measured yet: the cost of one context switch on this machine. Press &quot;Measure&quot; (a few seconds) to see this chart.</source>
        <translation>아직 측정하지 않았습니다: 이 컴퓨터에서 컨텍스트 스위칭 한 번에 드는 비용. &quot;측정&quot;을 누르면(몇 초) 이 차트가 그려집니다.</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>지연 시간</translation>
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
        <translation>컨텍스트 스위칭</translation>
    </message>
    <message>
        <source>voluntary</source>
        <translation>자발적</translation>
    </message>
    <message>
        <source>involuntary</source>
        <translation>비자발적</translation>
    </message>
    <message>
        <source>Switching overhead (estimate)</source>
        <translation>스위칭 오버헤드 (추정)</translation>
    </message>
    <message>
        <source>Which CPU each process ran on</source>
        <translation>각 프로세스가 실행된 CPU</translation>
    </message>
    <message>
        <source>CPU number</source>
        <translation>CPU</translation>
    </message>
</context>
<context>
    <name>LiveState</name>
    <message>
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>잠자는 중</translation>
    </message>
    <message>
        <source>blocked: buffer full</source>
        <translation>대기: 버퍼 가득 참</translation>
    </message>
    <message>
        <source>blocked: buffer empty</source>
        <translation>대기: 버퍼 비어 있음</translation>
    </message>
    <message>
        <source>stopped (paused)</source>
        <translation>정지됨 (일시 중지)</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>좀비</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>강제 종료됨</translation>
    </message>
    <message>
        <source>waiting for acknowledgement</source>
        <translation>대기: 수신 확인 기다림</translation>
    </message>
</context>
<context>
    <name>MachineInfo</name>
    <message>
        <source>unknown CPU</source>
        <translation>알 수 없는 CPU</translation>
    </message>
    <message>
        <source>%1 · CPUs: %2 · Linux %3</source>
        <translation>%1 · CPU %2개 · Linux %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not connected: %1</source>
        <translation>연결하지 않음: %1</translation>
    </message>
    <message>
        <source>%1[*] — ProcLab</source>
        <translation>%1[*] — ProcLab</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>문제 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>문제 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>팔레트</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>이벤트 기록</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>About ProcLab</source>
        <translation>ProcLab 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;ProcLab %1&lt;/b&gt;&lt;p&gt;Multi-process programming on Linux, taught with real processes: every box is a real fork().&lt;/p&gt;</source>
        <translation>&lt;b&gt;ProcLab %1&lt;/b&gt;&lt;p&gt;실제 프로세스로 배우는 리눅스 멀티 프로세스 프로그래밍: 상자 하나하나가 실제 fork()입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>삽입(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram</source>
        <translation>다이어그램 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About ProcLab</source>
        <translation>ProcLab 정보(&amp;A)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to run yet: drag a process from the Palette onto the canvas, or open an example.</source>
        <translation>아직 실행할 것이 없습니다. 팔레트에서 프로세스를 캔버스로 끌어 오거나 예제를 여세요.</translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <source>Process</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <source>Shared buffer</source>
        <translation>공유 버퍼</translation>
    </message>
    <message>
        <source>Shared counter</source>
        <translation>공유 카운터</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>파이프</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>메일박스</translation>
    </message>
    <message>
        <source>Socket pair</source>
        <translation>소켓 쌍</translation>
    </message>
    <message>
        <source>A process. Drag from its handle to another process to fork it.</source>
        <translation>프로세스입니다. 핸들에서 다른 프로세스로 끌면 그 프로세스를 fork합니다.</translation>
    </message>
    <message>
        <source>A bounded buffer in POSIX shared memory (producers and consumers).</source>
        <translation>POSIX 공유 메모리의 유한 버퍼입니다 (생산자와 소비자).</translation>
    </message>
    <message>
        <source>One shared integer that processes increment, with or without a lock.</source>
        <translation>여러 프로세스가 잠금을 쓰거나 쓰지 않고 증가시키는 공유 정수 하나입니다.</translation>
    </message>
    <message>
        <source>A POSIX message queue: many senders and receivers, by name.</source>
        <translation>POSIX 메시지 큐: 이름으로 찾아가며, 송신자와 수신자가 여럿일 수 있습니다.</translation>
    </message>
    <message>
        <source>Lab: speed-up</source>
        <translation>실습: 속도 향상</translation>
    </message>
    <message>
        <source>Lab: server cluster</source>
        <translation>실습: 서버 클러스터</translation>
    </message>
    <message>
        <source>A parent that divides a job (counting primes) among worker processes and combines their parts.</source>
        <translation>부모 프로세스가 작업(소수 세기)을 작업자 프로세스들에게 나누어 맡기고 각자의 결과를 합칩니다.</translation>
    </message>
    <message>
        <source>A pre-fork server: a master, workers accepting on its socket, and a load generator.</source>
        <translation>프리포크 서버: 마스터, 마스터의 소켓에서 연결을 받는 작업자들, 그리고 부하 생성기.</translation>
    </message>
    <message>
        <source>A pipe: a one-way byte stream between two processes forked from a common ancestor.</source>
        <translation>파이프: 공통 조상에서 fork된 두 프로세스 사이의 단방향 바이트 스트림.</translation>
    </message>
    <message>
        <source>A socket pair: a two-way connection between two processes forked from a common ancestor.</source>
        <translation>소켓 쌍: 공통 조상에서 fork된 두 프로세스 사이의 양방향 연결.</translation>
    </message>
</context>
<context>
    <name>ProcLabCli</name>
    <message>
        <source>Usage: proclab-cli bench ctxswitch|ipc [--json] [ARGS...]
Runs proclab-agent&apos;s benchmark; ARGS are passed to it unchanged.
  --json   print the agent&apos;s JSON object instead of a table
</source>
        <translation>사용법: proclab-cli bench ctxswitch|ipc [--json] [ARGS...]
proclab-agent의 벤치마크를 실행합니다. ARGS는 그대로 전달됩니다.
  --json   표 대신 에이전트의 JSON 객체를 출력
</translation>
    </message>
    <message>
        <source>bench: %1 needs a value</source>
        <translation>bench: %1에는 값이 필요합니다</translation>
    </message>
    <message>
        <source>bench: unknown benchmark &apos;%1&apos;
</source>
        <translation>bench: 알 수 없는 벤치마크 &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>bench %1 failed: %2
</source>
        <translation>bench %1 실패: %2
</translation>
    </message>
    <message>
        <source>Benchmark: %1 (%2 ms)
</source>
        <translation>벤치마크: %1 (%2 ms)
</translation>
    </message>
    <message>
        <source>proclab-cli: unknown command &apos;%1&apos;

</source>
        <translation>proclab-cli: 알 수 없는 명령 &apos;%1&apos;

</translation>
    </message>
    <message>
        <source>Runs a scenario as real processes, headless.</source>
        <translation>화면 없이 시나리오를 실제 프로세스로 실행합니다.</translation>
    </message>
    <message>
        <source>stop the run after SECONDS (default: the file&apos;s)</source>
        <translation>SECONDS초 후 실행 중지 (기본값: 파일의 설정)</translation>
    </message>
    <message>
        <source>samples per second, 1..100 (default: the file&apos;s)</source>
        <translation>초당 샘플 수, 1..100 (기본값: 파일의 설정)</translation>
    </message>
    <message>
        <source>print one JSON object instead of a table</source>
        <translation>표 대신 JSON 객체 하나를 출력</translation>
    </message>
    <message>
        <source>run: exactly one FILE is needed
</source>
        <translation>run: FILE이 정확히 하나 필요합니다
</translation>
    </message>
    <message>
        <source>run: --duration needs a number of seconds (0 &lt; s &lt;= 86400)
</source>
        <translation>run: --duration에는 초 단위 숫자가 필요합니다 (0 &lt; s &lt;= 86400)
</translation>
    </message>
    <message>
        <source>run: --sample-rate needs 1..100
</source>
        <translation>run: --sample-rate는 1..100이어야 합니다
</translation>
    </message>
    <message>
        <source>interrupted: stopping the run
</source>
        <translation>중단됨: 실행을 멈추는 중
</translation>
    </message>
    <message>
        <source>run failed: %1
</source>
        <translation>실행 실패: %1
</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>시그널 %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>코드 %1</translation>
    </message>
    <message>
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
        <source>completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
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
        <translation>부모</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>UTIME ms</source>
        <translation>사용자 시간 ms</translation>
    </message>
    <message>
        <source>STIME ms</source>
        <translation>시스템 시간 ms</translation>
    </message>
    <message>
        <source>VCSW</source>
        <translation>자발적</translation>
    </message>
    <message>
        <source>NVCSW</source>
        <translation>비자발적</translation>
    </message>
    <message>
        <source>MAXRSS kB</source>
        <translation>최대 RSS kB</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>PRODUCED</source>
        <translation>생산</translation>
    </message>
    <message>
        <source>CONSUMED</source>
        <translation>소비</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>유실</translation>
    </message>
    <message>
        <source>DUP</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>CORRUPT</source>
        <translation>손상</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>남음</translation>
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
        <translation>유실된 갱신</translation>
    </message>
    <message>
        <source>Checks scenario files without running them.</source>
        <translation>시나리오 파일을 실행하지 않고 검사합니다.</translation>
    </message>
    <message>
        <source>scenario file(s) to check</source>
        <translation>검사할 시나리오 파일</translation>
    </message>
    <message>
        <source>validate: no FILE given
</source>
        <translation>validate: FILE이 주어지지 않았습니다
</translation>
    </message>
    <message>
        <source>%1: valid (%2 processes, %3 channels)
</source>
        <translation>%1: 올바름 (프로세스 %2개, 채널 %3개)
</translation>
    </message>
    <message>
        <source>--chart %1: the file must end in .png or .svg</source>
        <translation>--chart %1: 파일 이름은 .png나 .svg로 끝나야 합니다</translation>
    </message>
    <message>
        <source>also write every series of the run to FILE.csv</source>
        <translation>실행의 모든 계열을 FILE.csv로도 저장</translation>
    </message>
    <message>
        <source>ctxswitch: also draw the result to FILE.png|.svg</source>
        <translation>ctxswitch: 결과를 FILE.png|.svg 그림으로도 저장</translation>
    </message>
    <message>
        <source>--chart is available for bench ctxswitch only</source>
        <translation>--chart는 bench ctxswitch에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>bench ctxswitch</source>
        <translation>bench ctxswitch</translation>
    </message>
    <message>
        <source>Lists the example scenarios ProcLab ships; `proclab-cli run NAME` runs one.</source>
        <translation>ProcLab에 들어 있는 예제 시나리오를 보여 줍니다. `proclab-cli run 이름`으로 하나를 실행합니다.</translation>
    </message>
    <message>
        <source>examples: takes no arguments
</source>
        <translation>examples: 예제 목록에는 인자가 필요 없습니다
</translation>
    </message>
    <message>
        <source>examples: no example scenarios in %1
</source>
        <translation>examples: %1에 예제 시나리오가 없습니다
</translation>
    </message>
    <message>
        <source>scenario file (*.proclab.json), or the name of an example (see: examples)</source>
        <translation>시나리오 파일(*.proclab.json) 또는 예제 이름(examples 참고)</translation>
    </message>
    <message>
        <source>Usage: proclab-cli lesson list [--json]
       proclab-cli lesson run ID|FILE [--lang ko|en] [--answer K]... [--json]
       proclab-cli lesson validate FILE...
</source>
        <translation>사용법: proclab-cli lesson list [--json]
       proclab-cli lesson run ID|FILE [--lang ko|en] [--answer K]... [--json]
       proclab-cli lesson validate FILE...
</translation>
    </message>
    <message>
        <source>lesson validate: no FILE given
</source>
        <translation>lesson validate: FILE이 주어지지 않았습니다
</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n step(s))
</source>
        <translation>
            <numerusform>%1: 올바름 (단계 %n개)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lesson run: %n answer(s) more than the lesson&apos;s predictions were ignored
</source>
        <translation>
            <numerusform>lesson run: 레슨의 예측보다 많은 답 %n개는 무시했습니다
</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the lessons, runs a lesson&apos;s steps with real processes, or checks lesson files.</source>
        <translation>레슨 목록을 보여 주거나, 레슨의 단계를 실제 프로세스로 실행하거나, 레슨 파일을 검사합니다.</translation>
    </message>
    <message>
        <source>list, run or validate</source>
        <translation>list, run, validate 가운데 하나</translation>
    </message>
    <message>
        <source>print one JSON document instead of text</source>
        <translation>글 대신 JSON 문서 하나를 출력</translation>
    </message>
    <message>
        <source>language of the texts: ko or en</source>
        <translation>글의 언어: ko 또는 en</translation>
    </message>
    <message>
        <source>your choice for the next prediction (repeat for each prediction)</source>
        <translation>다음 예측에 대한 내 답 (예측마다 한 번씩)</translation>
    </message>
    <message>
        <source>lesson: unknown action &apos;%1&apos;
</source>
        <translation>lesson: 알 수 없는 동작 &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>lesson run: exactly one lesson ID (or file) is needed
</source>
        <translation>lesson run: 레슨 ID(또는 파일)가 정확히 하나 필요합니다
</translation>
    </message>
    <message>
        <source>lesson run: --lang takes ko or en
</source>
        <translation>lesson run: --lang에는 ko나 en을 씁니다
</translation>
    </message>
    <message>
        <source>lesson run: no lesson &apos;%1&apos;; the lessons are: %2
</source>
        <translation>lesson run: &apos;%1&apos; 레슨이 없습니다. 레슨 목록: %2
</translation>
    </message>
    <message>
        <source>Lesson %1 · %2
%3

%4
</source>
        <translation>레슨 %1 · %2
%3

%4
</translation>
    </message>
    <message>
        <source>Step %1/%2: %3</source>
        <translation>단계 %1/%2: %3</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>질문: %1</translation>
    </message>
    <message>
        <source>Challenge: %1</source>
        <translation>도전 과제: %1</translation>
    </message>
    <message>
        <source>Running %1 …</source>
        <translation>%1 실행 중 …</translation>
    </message>
    <message>
        <source>  the run failed: %1
</source>
        <translation>  실행 실패: %1
</translation>
    </message>
    <message>
        <source>Measured: %1 = %2</source>
        <translation>측정값: %1 = %2</translation>
    </message>
    <message>
        <source>  the figure could not be measured: %1
</source>
        <translation>  값을 측정하지 못했습니다: %1
</translation>
    </message>
    <message>
        <source>  No choice fits what was measured.
</source>
        <translation>  측정값에 맞는 선택지가 없습니다.
</translation>
    </message>
    <message>
        <source>  The measured answer: %1
</source>
        <translation>  측정으로 정해진 답: %1
</translation>
    </message>
    <message>
        <source>  Your answer %1 holds.
</source>
        <translation>  내 답 %1이(가) 맞았습니다.
</translation>
    </message>
    <message>
        <source>  Your answer %1 does not hold.
</source>
        <translation>  내 답 %1은(는) 맞지 않았습니다.
</translation>
    </message>
    <message>
        <source>Challenge: this run already passes.</source>
        <translation>도전 과제: 이 실행은 이미 통과합니다.</translation>
    </message>
    <message>
        <source>Challenge: not passed by this run (%1). Hint: %2</source>
        <translation>도전 과제: 이 실행으로는 통과하지 못했습니다 (%1). 힌트: %2</translation>
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
        <translation>사용법: proclab-cli 명령 [인자]

명령:
  run FILE|EXAMPLE [--duration SECONDS] [--json]
      [--chart F.png|F.svg] [--csv F.csv]  시나리오를 실제 프로세스로 실행
                                           (EXAMPLE: `examples`가 보여 주는 이름)
  examples                                 함께 제공되는 예제 시나리오 목록
  validate FILE                            시나리오 파일 검사
  lesson list|run ID|validate FILE [--json] 레슨: 목록 보기, 하나 실행, 파일 검사
  bench ctxswitch|ipc [--json] [ARGS...]   컨텍스트 스위칭 또는 IPC 측정
                                           (ctxswitch --chart F.png|F.svg로 그림 저장)

옵션:
  -h, --help      이 도움말 표시 (명령 --help: 그 명령의 도움말)
  -v, --version   버전 표시

종료 상태: 0 성공, 1 실패, 2 잘못된 시나리오, 64 사용법 오류.
</translation>
    </message>
    <message>
        <source>proclab-cli: cannot start %1 for --chart/--csv: %2
</source>
        <translation>proclab-cli: --chart/--csv에 필요한 %1을(를) 시작할 수 없습니다: %2
</translation>
    </message>
    <message>
        <source>ZOMBIE ms</source>
        <translation>좀비 ms</translation>
    </message>
    <message>
        <source>Adopted by the subreaper (%1, pid %2): %3
</source>
        <translation>서브리퍼(%1, pid %2)가 입양한 프로세스: %3
</translation>
    </message>
    <message>
        <source>also draw the throughput chart (or, without channels, context switches; for the speed-up lab, which CPU each worker ran on) to FILE.png|.svg</source>
        <translation>처리량 차트(채널이 없으면 컨텍스트 스위칭 차트, 속도 향상 실습이면 각 작업자가 실행된 CPU 차트)도 FILE.png|.svg로 저장</translation>
    </message>
    <message>
        <source>
Primes below %1 with %2 worker processes: combined %3, serial reference %4 (%5)
Parallel %6 ms, serial %7 ms: speed-up %8x
</source>
        <translation>
%1 미만의 소수, 작업자 프로세스 %2개: 합친 결과 %3, 순차 기준값 %4 (%5)
병렬 %6 ms, 순차 %7 ms: 속도 향상 %8배
</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>같음</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>다름</translation>
    </message>
    <message>
        <source>
Requests to 127.0.0.1:%1: sent %2, served %3, failed %4 (%5 per second); replacements forked: %6
</source>
        <translation>
127.0.0.1:%1(으)로 보낸 요청: 보냄 %2, 처리 %3, 실패 %4 (초당 %5개); fork한 대체 프로세스: %6개
</translation>
    </message>
    <message>
        <source>WORKER</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>SERVED</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Measuring: proclab-agent bench ipc %1 …</source>
        <translation>측정 중: proclab-agent bench ipc %1 …</translation>
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
        <translation>%1개</translation>
    </message>
    <message>
        <source>now runs %1</source>
        <translation>지금 실행: %1</translation>
    </message>
</context>
<context>
    <name>PropertyForm</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>이름표</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Item size</source>
        <translation>항목 크기</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기 방식</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>부모</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>지속 시간</translation>
    </message>
    <message>
        <source>After</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>종료 코드</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>시그널</translation>
    </message>
    <message>
        <source>Item count</source>
        <translation>항목 수</translation>
    </message>
    <message>
        <source>Rate (items/s)</source>
        <translation>속도 (초당 항목)</translation>
    </message>
    <message>
        <source>Hold lock</source>
        <translation>잠금 유지 시간</translation>
    </message>
    <message>
        <source>Work per item</source>
        <translation>항목당 작업 시간</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Process limit</source>
        <translation>프로세스 한도</translation>
    </message>
    <message>
        <source>Sampling rate</source>
        <translation>샘플링 빈도</translation>
    </message>
    <message>
        <source>Duration (0 = until done)</source>
        <translation>실행 시간 (0 = 끝날 때까지)</translation>
    </message>
    <message>
        <source>Fast ring</source>
        <translation>빠른 링 버퍼</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Parent sets before fork</source>
        <translation>부모가 fork 전에 넣는 값</translation>
    </message>
    <message>
        <source>Child writes</source>
        <translation>자식이 쓰는 값</translation>
    </message>
    <message>
        <source>Count primes below</source>
        <translation>소수를 셀 범위 (미만)</translation>
    </message>
    <message>
        <source>Replacements at most</source>
        <translation>최대 교체 횟수</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>동시 요청 수</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>요청 시간 제한</translation>
    </message>
    <message>
        <source>Kill a worker after answers</source>
        <translation>작업자 강제 종료 시점 (응답 수)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>바로 가기</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>드라이브</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the benchmark died (signal %1) %2</source>
        <translation>벤치마크가 비정상 종료했습니다 (시그널 %1) %2</translation>
    </message>
    <message>
        <source>the benchmark exited with code %1: %2</source>
        <translation>벤치마크가 종료했습니다 (종료 코드 %1): %2</translation>
    </message>
    <message>
        <source>the benchmark printed no JSON object: %1</source>
        <translation>벤치마크가 JSON 객체를 출력하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the benchmark did not finish within %1 s</source>
        <translation>벤치마크가 %1초 안에 끝나지 않았습니다</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>Cannot run</source>
        <translation>실행할 수 없음</translation>
    </message>
    <message>
        <source>Fix these problems first (they are marked on the diagram):</source>
        <translation>먼저 다음 문제를 고치세요 (다이어그램에 표시되어 있습니다):</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 실행 중</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>실행 실패: %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>실행 실패</translation>
    </message>
</context>
<context>
    <name>RunToolBar</name>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Run the diagram as real processes (F5)</source>
        <translation>다이어그램을 실제 프로세스로 실행합니다 (F5)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Stop or continue every process of the run (F6)</source>
        <translation>실행 중인 모든 프로세스를 멈추거나 계속합니다 (F6)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>End the run: SIGTERM, then SIGKILL (Shift+F5)</source>
        <translation>실행을 끝냅니다: SIGTERM, 그다음 SIGKILL (Shift+F5)</translation>
    </message>
    <message>
        <source>Time since the run started</source>
        <translation>실행 시작 후 경과 시간</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
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
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>아무것도 없음</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>필수 필드 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot;은(는) %3이(가) 아니라 %2(이)어야 합니다</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not %2</source>
        <translation>&quot;%1&quot;은(는) %2이(가) 아니라 정수여야 합니다</translation>
    </message>
    <message>
        <source>it takes no fields</source>
        <translation>필드를 받지 않습니다</translation>
    </message>
    <message>
        <source>its fields: %1</source>
        <translation>필드: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2 (%3)</source>
        <translation>&quot;%1&quot;은(는) %2에 적용되지 않습니다 (%3)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in %2; did you mean &quot;%3&quot;?</source>
        <translation>%2에 알 수 없는 필드 &quot;%1&quot;이(가) 있습니다. &quot;%3&quot;을(를) 뜻했나요?</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in %2 (known fields: %3)</source>
        <translation>%2에 알 수 없는 필드 &quot;%1&quot;이(가) 있습니다 (알려진 필드: %3)</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>... 그 밖에 문제 %1개</translation>
    </message>
    <message>
        <source>is a folder, not a scenario file</source>
        <translation>시나리오 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>the file is %1 bytes, larger than the %2 MiB a scenario may have</source>
        <translation>파일이 %1바이트로, 시나리오 최대 크기 %2 MiB보다 큽니다</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3, not %4</source>
        <translation>&quot;%1&quot;은(는) %4이(가) 아니라 %2에서 %3 사이여야 합니다</translation>
    </message>
    <message>
        <source>&quot;signal&quot; must be one of %1, not %2</source>
        <translation>&quot;signal&quot;은(는) %2이(가) 아니라 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>알 수 없는 %1 &quot;%2&quot;입니다. &quot;%3&quot;을(를) 뜻했나요?</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (known: %3)</source>
        <translation>알 수 없는 %1 &quot;%2&quot;입니다 (알려진 값: %3)</translation>
    </message>
    <message>
        <source>%1 processes are more than the %2 a run can have; only the first %2 were checked</source>
        <translation>프로세스 %1개는 한 실행이 가질 수 있는 %2개보다 많습니다. 처음 %2개만 검사했습니다</translation>
    </message>
    <message>
        <source>%1 channels are more than the %2 a run can hold; only the first %2 were checked</source>
        <translation>채널 %1개는 한 실행이 가질 수 있는 %2개보다 많습니다. 처음 %2개만 검사했습니다</translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>JSON 문법 오류 (%1행 %2열): %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once here; only the last would count, so write it once</source>
        <translation>&quot;%1&quot;이(가) 여기에 두 번 이상 나옵니다. 마지막 것만 적용되므로 한 번만 쓰세요</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object { ... }, not an array</source>
        <translation>시나리오는 배열이 아니라 JSON 객체 { ... }여야 합니다</translation>
    </message>
    <message>
        <source>missing required field &quot;format&quot;: a scenario file starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>필수 필드 &quot;format&quot;이 없습니다. 시나리오 파일은 &quot;format&quot;: &quot;%1&quot; 줄로 시작합니다</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;, not %2: this is not a ProcLab scenario</source>
        <translation>&quot;format&quot;은 %2이(가) 아니라 &quot;%1&quot;(이)어야 합니다. ProcLab 시나리오가 아닙니다</translation>
    </message>
    <message>
        <source>unsupported version %1: this ProcLab reads version %2</source>
        <translation>지원하지 않는 버전 %1입니다. 이 ProcLab이 읽는 버전은 %2입니다</translation>
    </message>
    <message>
        <source>&quot;settings&quot;</source>
        <translation>&quot;settings&quot;</translation>
    </message>
    <message>
        <source>a process must be an object { ... }, not %1</source>
        <translation>프로세스는 %1이(가) 아니라 객체 { ... }여야 합니다</translation>
    </message>
    <message>
        <source>missing required field &quot;parent&quot; (null for the root process)</source>
        <translation>필수 필드 &quot;parent&quot;가 없습니다 (루트 프로세스는 null)</translation>
    </message>
    <message>
        <source>&quot;parent&quot; must be a process id or null, not %1</source>
        <translation>&quot;parent&quot;는 %1이(가) 아니라 프로세스 ID 또는 null이어야 합니다</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <source>behaviour kind</source>
        <translation>동작 종류</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; behaviour</source>
        <translation>&quot;%1&quot; 동작</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>시그널</translation>
    </message>
    <message>
        <source>&quot;signal&quot; must be a number or a name like &quot;SIGSEGV&quot;, not %1</source>
        <translation>&quot;signal&quot;은 %1이(가) 아니라 숫자나 &quot;SIGSEGV&quot; 같은 이름이어야 합니다</translation>
    </message>
    <message>
        <source>a channel must be an object { ... }, not %1</source>
        <translation>채널은 %1이(가) 아니라 객체 { ... }여야 합니다</translation>
    </message>
    <message>
        <source>channel kind</source>
        <translation>채널 종류</translation>
    </message>
    <message>
        <source>&quot;send&quot; must be &quot;sync&quot; or &quot;async&quot;, not &quot;%1&quot;</source>
        <translation>&quot;send&quot;는 &quot;%1&quot;이(가) 아니라 &quot;sync&quot; 또는 &quot;async&quot;여야 합니다</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; channel</source>
        <translation>&quot;%1&quot; 채널</translation>
    </message>
    <message>
        <source>&quot;position&quot;</source>
        <translation>&quot;position&quot;</translation>
    </message>
    <message>
        <source>%1 processes are more than the limit of %2 (settings.max_processes)</source>
        <translation>프로세스 %1개는 한도 %2개(settings.max_processes)보다 많습니다</translation>
    </message>
    <message>
        <source>%1 channels are more than the %2 a run can hold</source>
        <translation>채널 %1개는 한 번의 실행이 담을 수 있는 %2개보다 많습니다</translation>
    </message>
    <message>
        <source>&quot;id&quot; must not be empty</source>
        <translation>&quot;id&quot;는 비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not valid: use 1 to 32 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>ID &quot;%1&quot;이(가) 올바르지 않습니다. 영문자, 숫자, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;를 1~32자로 쓰세요</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;: %2 already has it (processes and channels share one set of ids)</source>
        <translation>중복된 ID &quot;%1&quot;: %2이(가) 이미 쓰고 있습니다 (프로세스와 채널은 ID를 함께 씁니다)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a channel; a parent must be a process</source>
        <translation>&quot;%1&quot;은(는) 채널입니다. 부모는 프로세스여야 합니다</translation>
    </message>
    <message>
        <source>unknown parent &quot;%1&quot;: no process has this id</source>
        <translation>알 수 없는 부모 &quot;%1&quot;: 이 ID를 가진 프로세스가 없습니다</translation>
    </message>
    <message>
        <source>unknown parent &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>알 수 없는 부모 &quot;%1&quot;입니다. &quot;%2&quot;을(를) 뜻했나요?</translation>
    </message>
    <message>
        <source>the scenario has no processes; it needs at least a root process</source>
        <translation>시나리오에 프로세스가 없습니다. 적어도 루트 프로세스 하나가 필요합니다</translation>
    </message>
    <message>
        <source>no root process: exactly one process needs &quot;parent&quot;: null</source>
        <translation>루트 프로세스가 없습니다. 정확히 한 프로세스가 &quot;parent&quot;: null이어야 합니다</translation>
    </message>
    <message>
        <source>several roots: &quot;%1&quot; has no parent, but &quot;%2&quot; is the root already; every other process needs a parent</source>
        <translation>루트가 여럿입니다: &quot;%1&quot;에 부모가 없지만 &quot;%2&quot;이(가) 이미 루트입니다. 나머지 프로세스에는 모두 부모가 필요합니다</translation>
    </message>
    <message>
        <source>the parents form a cycle: %1 (a process cannot be its own ancestor)</source>
        <translation>부모 관계가 순환합니다: %1 (프로세스는 자기 자신의 조상이 될 수 없습니다)</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; behaviour needs a &quot;channel&quot;</source>
        <translation>&quot;%1&quot; 동작에는 &quot;channel&quot;이 필요합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a process, not a channel</source>
        <translation>&quot;%1&quot;은(는) 채널이 아니라 프로세스입니다</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;: no channel has this id</source>
        <translation>알 수 없는 채널 &quot;%1&quot;: 이 ID를 가진 채널이 없습니다</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>알 수 없는 채널 &quot;%1&quot;입니다. &quot;%2&quot;을(를) 뜻했나요?</translation>
    </message>
    <message>
        <source>&quot;increment&quot; needs a shm-counter channel, but &quot;%1&quot; is a %2</source>
        <translation>&quot;increment&quot;에는 shm-counter 채널이 필요하지만 &quot;%1&quot;은(는) %2입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a channel that carries messages (shm-buffer, pipe, socketpair or mailbox), but &quot;%2&quot; is a shm-counter; use &quot;increment&quot; with it</source>
        <translation>&quot;%1&quot;에는 메시지를 나르는 채널(공유 버퍼 shm-buffer, 파이프 pipe, 소켓 쌍 socketpair, 메일박스 mailbox)이 필요하지만 &quot;%2&quot;은(는) 공유 카운터(shm-counter)입니다. 여기에는 &quot;increment&quot;를 쓰세요</translation>
    </message>
    <message>
        <source>no process increments the shm-counter &quot;%1&quot;</source>
        <translation>shm-counter &quot;%1&quot;을(를) 증가시키는 프로세스가 없습니다</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; has no producer: some process must &quot;produce&quot; into it</source>
        <translation>%1 &quot;%2&quot;에 생산자가 없습니다. 어떤 프로세스가 여기에 &quot;produce&quot;해야 합니다</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; has no consumer: some process must &quot;consume&quot; from it</source>
        <translation>%1 &quot;%2&quot;에 소비자가 없습니다. 어떤 프로세스가 여기에서 &quot;consume&quot;해야 합니다</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; has no %3: it connects exactly one producer and one consumer</source>
        <translation>%1 &quot;%2&quot;에 %3이(가) 없습니다. 정확히 생산자 하나와 소비자 하나를 연결합니다</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; has %3 %4s (%5), but it connects exactly one producer and one consumer; use a mailbox or a shm-buffer for more</source>
        <translation>%1 &quot;%2&quot;에 %4이(가) %3개(%5) 있지만, 정확히 생산자 하나와 소비자 하나만 연결합니다. 더 많이 연결하려면 메일박스(mailbox)나 공유 버퍼(shm-buffer)를 쓰세요</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>생산자</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>소비자</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>a string or {&quot;ko&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}</source>
        <translation>문자열 또는 {&quot;ko&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>a text in two languages</source>
        <translation>두 언어로 된 텍스트</translation>
    </message>
    <message>
        <source>the fast ring of &quot;%1&quot; is a way to synchronise; it needs &quot;sync&quot;: true</source>
        <translation>&quot;%1&quot;의 빠른 링 버퍼는 동기화 방식의 하나입니다. &quot;sync&quot;: true가 필요합니다</translation>
    </message>
    <message>
        <source>the fast ring of &quot;%1&quot; joins one producer and one consumer, but it has %2 producers and %3 consumers; turn &quot;fast&quot; off for more</source>
        <translation>&quot;%1&quot;의 빠른 링 버퍼는 생산자 하나와 소비자 하나만 연결하는데, 생산자가 %2개, 소비자가 %3개입니다. 더 많이 쓰려면 &quot;fast&quot;를 끄세요</translation>
    </message>
    <message>
        <source>program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; process must be a child of a &quot;%2&quot; process: it uses what that parent made before forking it</source>
        <translation>&quot;%1&quot; 프로세스는 &quot;%2&quot; 프로세스의 자식 프로세스여야 합니다: 그 부모 프로세스가 fork하기 전에 만든 것을 사용하기 때문입니다</translation>
    </message>
    <message>
        <source>a &quot;combine&quot; process needs at least one &quot;count-primes&quot; child to divide the job among</source>
        <translation>&quot;combine&quot; 프로세스에는 작업을 나누어 맡을 &quot;count-primes&quot; 자식 프로세스가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>a &quot;prefork-master&quot; process needs at least one &quot;serve&quot; child</source>
        <translation>&quot;prefork-master&quot; 프로세스에는 &quot;serve&quot; 자식 프로세스가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>kill_at (%1) is more than count (%2): there are never that many answers, so no worker would be killed</source>
        <translation>kill_at(%1)이 count(%2)보다 큽니다: 응답이 그만큼 오지 않으므로 어떤 작업자도 종료되지 않습니다</translation>
    </message>
    <message>
        <source>%1 processes and up to %2 replacements could make %3 processes, more than the limit of %4 (settings.max_processes)</source>
        <translation>프로세스 %1개에 최대 %2번의 교체가 더해지면 프로세스가 %3개까지 되어 한도 %4(settings.max_processes)를 넘습니다</translation>
    </message>
    <message>
        <source>is not a regular file (a FIFO, socket or device); a scenario must be a file</source>
        <translation>일반 파일이 아닙니다(FIFO, 소켓 또는 장치). 시나리오는 파일이어야 합니다</translation>
    </message>
    <message>
        <source>a field name %1 characters long; no field name is longer than %2</source>
        <translation>필드 이름이 %1자입니다. 필드 이름은 %2자를 넘을 수 없습니다</translation>
    </message>
    <message>
        <source>a text %1 characters long; a scenario&apos;s texts (names, labels, descriptions) are at most %2</source>
        <translation>텍스트가 %1자입니다. 시나리오의 텍스트(이름, 레이블, 설명)는 최대 %2자입니다</translation>
    </message>
    <message>
        <source>the process tree is %1 generations deep here, more than %2: every fork copies its parent&apos;s chain of memory mappings, so each generation makes the next fork slower and a chain of thousands would take minutes; make the tree wider instead</source>
        <translation>프로세스 트리가 여기서 %1세대 깊이로, %2세대를 넘습니다. fork할 때마다 부모의 메모리 매핑 사슬을 복사하므로 세대가 깊어질수록 다음 fork가 느려지고, 수천 세대의 사슬은 몇 분이 걸립니다. 대신 트리를 넓게 만드세요</translation>
    </message>
    <message>
        <source>a mailbox of %1 messages is more than this machine allows: /proc/sys/fs/mqueue/msg_max is %2. Use a capacity of at most %2, or raise the limit as root: sysctl fs.mqueue.msg_max=%1</source>
        <translation>메시지 %1개짜리 메일박스는 이 컴퓨터가 허용하는 크기를 넘습니다. /proc/sys/fs/mqueue/msg_max가 %2입니다. capacity를 %2 이하로 하거나, root로 한도를 올리세요: sysctl fs.mqueue.msg_max=%1</translation>
    </message>
    <message>
        <source>a mailbox message of %1 bytes is more than this machine allows: /proc/sys/fs/mqueue/msgsize_max is %2. Use an item_size of at most %2, or raise the limit as root: sysctl fs.mqueue.msgsize_max=%1</source>
        <translation>%1바이트 메일박스 메시지는 이 컴퓨터가 허용하는 크기를 넘습니다. /proc/sys/fs/mqueue/msgsize_max가 %2입니다. item_size를 %2 이하로 하거나, root로 한도를 올리세요: sysctl fs.mqueue.msgsize_max=%1</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; joins &quot;%3&quot; and &quot;%4&quot;, which have no common ancestor: a %1 has no name, so only processes that inherit it from the one that made it before forking can use it; unrelated processes need a named channel (a mailbox)</source>
        <translation>%1 &quot;%2&quot;이(가) 잇는 &quot;%3&quot;와(과) &quot;%4&quot;에게는 공통 조상이 없습니다. %1에는 이름이 없어서, 그것을 만든 프로세스가 fork하기 전에 만들어 물려준 프로세스만 쓸 수 있습니다. 관계없는 프로세스끼리는 이름 있는 채널(메일박스)이 필요합니다</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>%1 must be at least 1, not %2</source>
        <translation>%1은(는) 1 이상이어야 합니다 (%2이(가) 아님)</translation>
    </message>
    <message>
        <source>no channel &quot;%1&quot; in the scenario</source>
        <translation>시나리오에 채널 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>no process produces into &quot;%1&quot;</source>
        <translation>&quot;%1&quot;에 생산하는 프로세스가 없습니다</translation>
    </message>
    <message>
        <source>no process &quot;%1&quot; in the scenario</source>
        <translation>시나리오에 프로세스 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>the root process &quot;%1&quot; cannot be copied</source>
        <translation>루트 프로세스 &quot;%1&quot;은(는) 복제할 수 없습니다</translation>
    </message>
    <message>
        <source>run with %1 = %2 failed: %3</source>
        <translation>%1 = %2 실행 실패: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shared-memory buffer: only a buffer has a fast ring</source>
        <translation>&quot;%1&quot;은(는) 공유 메모리 버퍼가 아닙니다. 빠른 링 버퍼는 버퍼에만 있습니다</translation>
    </message>
    <message>
        <source>the fast ring joins one producer and one consumer, but &quot;%1&quot; has %2 producers and %3 consumers</source>
        <translation>빠른 링 버퍼는 생산자 하나와 소비자 하나만 연결하는데, &quot;%1&quot;에는 생산자가 %2개, 소비자가 %3개입니다</translation>
    </message>
    <message>
        <source>fast must be 0 (textbook: semaphores and a lock) or 1 (the fast ring), not %1</source>
        <translation>fast는 0(교과서 방식: 세마포어와 잠금) 또는 1(빠른 링 버퍼)이어야 합니다. %1은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>fast ring</source>
        <translation>빠른 링 버퍼</translation>
    </message>
    <message>
        <source>textbook ring</source>
        <translation>교과서 방식 링 버퍼</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ProcLab: multi-process programming, taught with real processes.</source>
        <translation>ProcLab: 실제 프로세스로 배우는 멀티 프로세스 프로그래밍.</translation>
    </message>
    <message>
        <source>User interface language.</source>
        <translation>화면에 쓸 언어.</translation>
    </message>
    <message>
        <source>Run the opened scenario right away.</source>
        <translation>연 시나리오를 바로 실행합니다.</translation>
    </message>
    <message>
        <source>A *.proclab.json scenario to open.</source>
        <translation>열 시나리오 파일(*.proclab.json).</translation>
    </message>
    <message>
        <source>Start a lesson (an id from proclab-cli lesson list), optionally at a step counted from 1.</source>
        <translation>레슨을 시작합니다(proclab-cli lesson list에 나오는 id). 1부터 세는 단계를 붙일 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>proclab::ActivityCoordinator</name>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>a run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>a sweep</source>
        <translation>반복 실행</translation>
    </message>
    <message>
        <source>a context-switch measurement</source>
        <translation>컨텍스트 스위칭 측정</translation>
    </message>
    <message>
        <source>a lesson step</source>
        <translation>학습 단계</translation>
    </message>
    <message>
        <source>%1 is going on; wait until it ends (or stop it) before starting %2: two at once would skew each other&apos;s measurements.</source>
        <translation>지금 %1 중입니다. %2은(는) 끝날 때까지 기다리거나 멈춘 다음에 시작하세요. 둘이 동시에 돌면 서로의 측정값이 왜곡됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>the scenario has %n problem(s)</source>
        <translation>
            <numerusform>시나리오에 문제가 %n개 있습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::AgentConnection</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the agent refused the run: %1</source>
        <translation>에이전트가 실행을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>the agent died (signal %1)</source>
        <translation>에이전트가 비정상 종료했습니다 (시그널 %1)</translation>
    </message>
    <message>
        <source>the agent exited with code %1 before the run finished</source>
        <translation>실행이 끝나기 전에 에이전트가 종료했습니다 (종료 코드 %1)</translation>
    </message>
    <message>
        <source>the agent exited with code %1 before the run finished: %2</source>
        <translation>실행이 끝나기 전에 에이전트가 종료했습니다 (종료 코드 %1): %2</translation>
    </message>
</context>
<context>
    <name>proclab::BenchRunner</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>proclab::ChannelForm</name>
    <message>
        <source> messages</source>
        <translation> 메시지</translation>
    </message>
    <message>
        <source> slots</source>
        <translation> 슬롯</translation>
    </message>
    <message>
        <source>semaphores and lock</source>
        <translation>세마포어와 잠금 사용</translation>
    </message>
    <message>
        <source>Asynchronous (sender goes on)</source>
        <translation>비동기 (송신자는 계속 진행)</translation>
    </message>
    <message>
        <source>Synchronous (waits for the receiver)</source>
        <translation>동기 (송신자가 수신자를 기다림)</translation>
    </message>
    <message>
        <source>No lock and no semaphore per item: the processes sleep only when the ring is really empty or full. Much faster, but only for one producer and one consumer.</source>
        <translation>항목마다 잠금과 세마포어를 쓰지 않습니다. 프로세스는 링 버퍼가 정말 비었거나 가득 찼을 때만 잠듭니다. 훨씬 빠르지만 생산자 하나와 소비자 하나에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>yes, by the fast ring</source>
        <translation>사용 (빠른 링 버퍼로)</translation>
    </message>
    <message>
        <source>no lock; 1 producer, 1 consumer</source>
        <translation>잠금 없음, 생산자 1개와 소비자 1개</translation>
    </message>
</context>
<context>
    <name>proclab::ChartView</name>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>차트를 PNG로 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>차트를 SVG로 저장</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>ProcLab chart</source>
        <translation>ProcLab 차트</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>차트 데이터를 CSV로 저장</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG로 저장…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>SVG로 저장…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>데이터를 CSV로 저장…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>이미지 복사</translation>
    </message>
</context>
<context>
    <name>proclab::ChartsPanel</name>
    <message>
        <source>Sweep</source>
        <translation>반복 실행</translation>
    </message>
    <message>
        <source>Open or build a scenario first: a sweep runs it again and again with one parameter changed.</source>
        <translation>먼저 시나리오를 열거나 만드세요. 반복 실행은 매개변수 하나를 바꿔 가며 시나리오를 여러 번 실행합니다.</translation>
    </message>
    <message>
        <source>A run is going on. Stop it before starting a sweep.</source>
        <translation>실행 중입니다. 반복 실행을 시작하기 전에 실행을 멈추세요.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Context-switch cost</source>
        <translation>컨텍스트 스위칭 비용</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>실행 비교</translation>
    </message>
    <message>
        <source>Sweep…</source>
        <translation>반복 실행…</translation>
    </message>
    <message>
        <source>Run the scenario over a range of one parameter</source>
        <translation>매개변수 하나의 범위에 걸쳐 시나리오를 실행</translation>
    </message>
</context>
<context>
    <name>proclab::DiagramScene</name>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>정렬</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>이동</translation>
    </message>
</context>
<context>
    <name>proclab::DiagramView</name>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;An empty canvas&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start a lesson in the &lt;b&gt;Lessons&lt;/b&gt; panel,&lt;br/&gt;open an example from &lt;b&gt;File → Examples&lt;/b&gt;,&lt;br/&gt;or drag a process from the &lt;b&gt;Palette&lt;/b&gt; onto the canvas.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;빈 캔버스입니다&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;레슨&lt;/b&gt; 패널에서 레슨을 시작하거나,&lt;br/&gt;&lt;b&gt;파일 → 예제&lt;/b&gt;에서 예제를 열거나,&lt;br/&gt;&lt;b&gt;팔레트&lt;/b&gt;에서 프로세스를 캔버스로 끌어 오세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;No diagram in this step&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Read the step in the &lt;b&gt;Lessons&lt;/b&gt; panel.&lt;br/&gt;The diagram opens with the step that uses it.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;이 단계에는 다이어그램이 없습니다&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;레슨&lt;/b&gt; 패널에서 이 단계를 읽어 보세요.&lt;br/&gt;다이어그램은 그것이 필요한 단계에서 열립니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>proclab::EventLogWidget</name>
    <message>
        <source>zombie</source>
        <translation>좀비 발생</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>spawned</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>zombie reaped</source>
        <translation>좀비 회수됨</translation>
    </message>
    <message>
        <source>killed by signal</source>
        <translation>시그널로 종료됨</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>reparented</source>
        <translation>부모 바뀜</translation>
    </message>
    <message>
        <source>signal sent</source>
        <translation>시그널 보냄</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>재개됨</translation>
    </message>
    <message>
        <source>lock recovered</source>
        <translation>잠금 복구됨</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>pid %1, parent pid %2</source>
        <translation>pid %1, 부모 pid %2</translation>
    </message>
    <message>
        <source>pid %1 ended by signal %2</source>
        <translation>pid %1이(가) 시그널을 받아 끝났습니다 (시그널 %2)</translation>
    </message>
    <message>
        <source>pid %1 exited with code %2</source>
        <translation>pid %1이(가) 종료했습니다 (종료 코드 %2)</translation>
    </message>
    <message>
        <source>, reaped by pid %1</source>
        <translation>, pid %1이(가) 회수함</translation>
    </message>
    <message>
        <source>pid %1: parent pid %2 → %3</source>
        <translation>pid %1: 부모 pid %2 → %3</translation>
    </message>
    <message>
        <source>signal %1 sent to pid %2</source>
        <translation>pid %2에 시그널 %1 보냄</translation>
    </message>
    <message>
        <source>channel %1: the lock holder died; the lock was repaired</source>
        <translation>채널 %1: 잠금을 가진 프로세스가 죽어서 잠금을 복구했습니다</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>agent pid %1 set up the shared memory and channels; the processes start now</source>
        <translation>에이전트(pid %1)가 공유 메모리와 채널을 준비했습니다. 이제 프로세스가 시작됩니다</translation>
    </message>
    <message>
        <source>result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>expected %1, actual %2: %3 lost updates</source>
        <translation>기대값 %1, 실제값 %2: 유실된 갱신 %3개</translation>
    </message>
    <message>
        <source>produced %1, consumed %2, lost %3, duplicated %4, corrupted %5</source>
        <translation>생산 %1, 소비 %2, 유실 %3, 중복 %4, 손상 %5</translation>
    </message>
    <message>
        <source>memory copy</source>
        <translation>메모리 사본</translation>
    </message>
    <message>
        <source>exec</source>
        <translation>exec</translation>
    </message>
    <message>
        <source>item lost</source>
        <translation>항목 유실</translation>
    </message>
    <message>
        <source>pid %1 has ended; its parent (pid %2) has not called wait() yet</source>
        <translation>pid %1이(가) 끝났지만 부모(pid %2)가 아직 wait()를 호출하지 않았습니다</translation>
    </message>
    <message>
        <source>its own copy at %1 holds %2 after %3 ended (it set %4 before fork)</source>
        <translation>자식 %3이(가) 끝난 뒤 자기 사본(주소 %1)의 값: %2 (fork 전에 넣은 값: %4)</translation>
    </message>
    <message>
        <source>its own copy at %1: inherited %2, wrote %3</source>
        <translation>자기 사본(주소 %1): 물려받은 값 %2, 쓴 값 %3</translation>
    </message>
    <message>
        <source>pid %1 now runs the program %2: same pid, new program</source>
        <translation>pid %1이(가) 이제 프로그램 %2을(를) 실행합니다: pid는 그대로, 프로그램만 바뀜</translation>
    </message>
    <message>
        <source>it ended while working on item %1 of %2 from %3: that item is lost</source>
        <translation>항목 %1(생산자 %2, 채널 %3)을 처리하던 중에 끝나서 그 항목은 유실되었습니다</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>실습</translation>
    </message>
    <message>
        <source>combined %1, serial reference %2; parallel %3 ms, serial %4 ms</source>
        <translation>합친 결과 %1, 순차 기준값 %2; 병렬 %3 ms, 순차 %4 ms</translation>
    </message>
    <message>
        <source>the master forked a replacement: pid %1 (the ended one was pid %2)</source>
        <translation>마스터가 대체 프로세스를 fork함: pid %1 (끝난 프로세스는 pid %2)</translation>
    </message>
    <message>
        <source>the load generator killed pid %1 with SIGKILL</source>
        <translation>부하 생성기가 pid %1을(를) SIGKILL로 종료함</translation>
    </message>
    <message>
        <source>pid %1 answered %2 requests</source>
        <translation>pid %1이(가) 요청 %2개에 응답함</translation>
    </message>
    <message>
        <source>requests sent %1, served %2, failed %3</source>
        <translation>보낸 요청 %1, 처리 %2, 실패 %3</translation>
    </message>
    <message>
        <source>receivers gone</source>
        <translation>수신자 없음</translation>
    </message>
    <message>
        <source>senders gone</source>
        <translation>송신자 없음</translation>
    </message>
    <message>
        <source>channel %1: every receiver has ended, so the write failed with EPIPE; this sender stops, and what was still in the channel is lost</source>
        <translation>채널 %1: 수신자가 모두 끝나서 쓰기가 EPIPE로 실패했습니다. 이 송신자는 멈추고, 채널에 남아 있던 항목은 손실됩니다</translation>
    </message>
    <message>
        <source>channel %1: every receiver has ended, and nobody will take from the full channel; this sender stops</source>
        <translation>채널 %1: 수신자가 모두 끝나서 가득 찬 채널에서 아무도 꺼내지 않습니다. 이 송신자는 멈춥니다</translation>
    </message>
    <message>
        <source>channel %1: every sender has ended before finishing; this receiver takes what is left and ends</source>
        <translation>채널 %1: 송신자가 모두 다 보내지 못하고 끝났습니다. 이 수신자는 남은 항목을 받고 끝납니다</translation>
    </message>
</context>
<context>
    <name>proclab::ExportImageDialog</name>
    <message>
        <source>Export image</source>
        <translation>이미지 내보내기</translation>
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
        <translation>너비:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>높이:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>배율:</translation>
    </message>
</context>
<context>
    <name>proclab::LegendWidget</name>
    <message>
        <source>Process states</source>
        <translation>프로세스 상태</translation>
    </message>
    <message>
        <source>Show the names of the state colours</source>
        <translation>상태 색의 이름 보기</translation>
    </message>
    <message>
        <source>Show only the state colours</source>
        <translation>상태 색만 보기</translation>
    </message>
</context>
<context>
    <name>proclab::LessonChallengeBox</name>
    <message>
        <source>Challenge</source>
        <translation>도전 과제</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>힌트 보기</translation>
    </message>
    <message>
        <source>Running… this run is checked.</source>
        <translation>실행 중… 이번 실행으로 확인합니다.</translation>
    </message>
    <message>
        <source>Could not check this run: %1</source>
        <translation>이번 실행을 확인하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>✔ Passed: this run did it.</source>
        <translation>✔ 통과: 이번 실행으로 해냈습니다.</translation>
    </message>
    <message>
        <source>Not yet: this run does not pass. Change the diagram and run again.</source>
        <translation>아직 통과하지 못했습니다. 다이어그램을 바꾸고 다시 실행해 보세요.</translation>
    </message>
    <message>
        <source>You passed this challenge before. Run again to check once more.</source>
        <translation>이 과제는 이미 통과했습니다. 다시 실행하면 한 번 더 확인합니다.</translation>
    </message>
    <message>
        <source>Change the diagram, then press &lt;b&gt;Run&lt;/b&gt;: the next run is checked.</source>
        <translation>다이어그램을 바꾼 뒤 &lt;b&gt;실행&lt;/b&gt;을 누르세요. 다음 실행으로 확인합니다.</translation>
    </message>
</context>
<context>
    <name>proclab::LessonListPage</name>
    <message>
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Some lessons could not be loaded:</source>
        <translation>불러오지 못한 레슨이 있습니다:</translation>
    </message>
    <message>
        <source>No lessons found.</source>
        <translation>레슨을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>레슨 시작</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>처음부터 다시</translation>
    </message>
    <message>
        <source>Continue at step %1</source>
        <translation>%1단계부터 계속</translation>
    </message>
    <message>
        <source>Each lesson runs real processes on this machine. You predict what will happen, press Run, and the run itself gives the answer.</source>
        <translation>레슨마다 이 컴퓨터에서 실제 프로세스를 실행합니다. 무슨 일이 일어날지 예측하고 실행을 누르면, 실행 결과가 답을 알려 줍니다.</translation>
    </message>
    <message>
        <source>Welcome to ProcLab!</source>
        <translation>ProcLab에 오신 것을 환영합니다!</translation>
    </message>
    <message>
        <source>New here? Begin with the first lesson, &lt;i&gt;%1&lt;/i&gt;: it runs real processes on this machine and explains what you see.</source>
        <translation>처음이라면 첫 레슨 &lt;i&gt;%1&lt;/i&gt;부터 시작해 보세요. 이 컴퓨터에서 실제 프로세스를 실행하고, 보이는 것을 하나하나 설명합니다.</translation>
    </message>
    <message>
        <source>Start the first lesson</source>
        <translation>첫 레슨 시작</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <source>Start this lesson again from its first step</source>
        <translation>이 레슨을 첫 단계부터 다시 시작합니다</translation>
    </message>
    <message>
        <source>You opened another diagram, so the lesson &lt;i&gt;%1&lt;/i&gt; was left: its predictions are judged only on its own diagram. &lt;b&gt;Continue&lt;/b&gt; below takes you back to step %2.</source>
        <translation>다른 다이어그램을 열어서 레슨 &lt;i&gt;%1&lt;/i&gt;에서 나왔습니다. 레슨의 예측은 그 레슨의 다이어그램으로만 판정하기 때문입니다. 아래의 &lt;b&gt;계속&lt;/b&gt; 버튼을 누르면 %2단계로 돌아갑니다.</translation>
    </message>
</context>
<context>
    <name>proclab::LessonPlayer</name>
    <message>
        <source>Nothing to show for %1 in this diagram.</source>
        <translation>이 다이어그램에는 %1에 해당하는 것이 없습니다.</translation>
    </message>
    <message>
        <source>Run %1 of %2…</source>
        <translation>%2번 중 %1번째 실행…</translation>
    </message>
    <message>
        <source>The step&apos;s runs did not finish (%1). Press Run to try again.</source>
        <translation>이 단계의 실행이 끝나지 않았습니다 (%1). 실행을 눌러 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Start the lesson</source>
        <translation>레슨 시작</translation>
    </message>
    <message>
        <source>The lesson puts its own diagram on the canvas. %1 has unsaved changes: save them first?</source>
        <translation>레슨은 캔버스에 레슨의 다이어그램을 올립니다. %1에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>A run is going on. Stop it before starting a lesson.</source>
        <translation>실행 중입니다. 레슨을 시작하기 전에 실행을 멈추세요.</translation>
    </message>
    <message>
        <source>The diagram %1 of this step could not be loaded.</source>
        <translation>이 단계의 다이어그램 %1을(를) 불러오지 못했습니다.</translation>
    </message>
    <message>
        <source>Lesson: set %1</source>
        <translation>레슨: %1 변경</translation>
    </message>
    <message>
        <source>The step cannot run: %1</source>
        <translation>이 단계를 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Another diagram was opened, so the lesson was left. Continue it from the Lessons panel.</source>
        <translation>다른 다이어그램을 열어서 레슨에서 나왔습니다. 레슨 패널에서 이어서 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Measuring the textbook ring, the fast ring and a pipe at each item size (a few seconds)…</source>
        <translation>교과서 링, 빠른 링, 파이프를 데이터 크기마다 재는 중입니다(몇 초 걸립니다)…</translation>
    </message>
</context>
<context>
    <name>proclab::LessonPredictionBox</name>
    <message>
        <source>Your prediction</source>
        <translation>나의 예측</translation>
    </message>
    <message>
        <source>Confirm my answer</source>
        <translation>답 확정</translation>
    </message>
    <message>
        <source>Change my answer</source>
        <translation>답 바꾸기</translation>
    </message>
    <message>
        <source>Run is enabled once an answer is confirmed</source>
        <translation>답을 확정하면 실행할 수 있습니다</translation>
    </message>
    <message>
        <source>Running… the answer comes from this run.</source>
        <translation>실행 중… 답은 이번 실행이 알려 줍니다.</translation>
    </message>
    <message>
        <source>Choose an answer and confirm it. Then press &lt;b&gt;Run&lt;/b&gt;.</source>
        <translation>답을 고르고 확정하세요. 그다음 &lt;b&gt;실행&lt;/b&gt;을 누르세요.</translation>
    </message>
    <message>
        <source>Confirmed: &lt;b&gt;%1&lt;/b&gt;. Now press &lt;b&gt;Run&lt;/b&gt; (F5).</source>
        <translation>확정한 답: &lt;b&gt;%1&lt;/b&gt;. 이제 &lt;b&gt;실행&lt;/b&gt;(F5)을 누르세요.</translation>
    </message>
    <message>
        <source>Show where it is measured</source>
        <translation>측정한 곳 보기</translation>
    </message>
    <message>
        <source>You chose: %1</source>
        <translation>나의 답: %1</translation>
    </message>
    <message>
        <source>The figure could not be measured: %1</source>
        <translation>값을 측정하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Measured: %1 = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>측정값: %1 = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None of the choices matches what this run measured.</source>
        <translation>이번 실행에서 측정한 값에 맞는 보기가 없습니다.</translation>
    </message>
    <message>
        <source>✔ Your prediction held.</source>
        <translation>✔ 예측이 맞았습니다.</translation>
    </message>
    <message>
        <source>✘ Not this time: the run says %1.</source>
        <translation>✘ 이번에는 아닙니다. 실행 결과는 %1입니다.</translation>
    </message>
</context>
<context>
    <name>proclab::LessonRunDriver</name>
    <message>
        <source>a run is still going on</source>
        <translation>아직 실행 중입니다</translation>
    </message>
    <message>
        <source>the step has nothing to run</source>
        <translation>이 단계에는 실행할 것이 없습니다</translation>
    </message>
    <message>
        <source>the run could not start</source>
        <translation>실행을 시작하지 못했습니다</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>run %1 of %2 could not start</source>
        <translation>%2번 중 %1번째 실행을 시작하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>proclab::LessonSession</name>
    <message>
        <source>Confirm your prediction in the Lessons panel first: the run will tell whether it holds.</source>
        <translation>먼저 레슨 패널에서 예측을 확정하세요. 예측이 맞는지는 실행이 알려 줍니다.</translation>
    </message>
</context>
<context>
    <name>proclab::LessonStepPage</name>
    <message>
        <source>← All lessons</source>
        <translation>← 레슨 목록</translation>
    </message>
    <message>
        <source>Leave the lesson; the diagram stays as it is</source>
        <translation>레슨을 나갑니다. 다이어그램은 그대로 남습니다</translation>
    </message>
    <message>
        <source>Lesson %1 · %2</source>
        <translation>레슨 %1 · %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>%1/%2단계: %3</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>The previous step (PgUp)</source>
        <translation>이전 단계 (PgUp)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Finish the lesson</source>
        <translation>레슨 마치기</translation>
    </message>
    <message>
        <source>The next step (PgDn)</source>
        <translation>다음 단계 (PgDn)</translation>
    </message>
    <message>
        <source>Continue on my own</source>
        <translation>혼자서 계속하기</translation>
    </message>
    <message>
        <source>Leave the lesson and keep working with this diagram</source>
        <translation>레슨을 나가고 이 다이어그램으로 계속 작업합니다</translation>
    </message>
</context>
<context>
    <name>proclab::LiveChartsPage</name>
    <message>
        <source>Time shown:</source>
        <translation>표시할 시간:</translation>
    </message>
    <message>
        <source>last 30 s</source>
        <translation>최근 30초</translation>
    </message>
    <message>
        <source>last 60 s</source>
        <translation>최근 60초</translation>
    </message>
    <message>
        <source>last 5 min</source>
        <translation>최근 5분</translation>
    </message>
    <message>
        <source>whole run</source>
        <translation>실행 전체</translation>
    </message>
    <message>
        <source>Plotted: %1 of %2</source>
        <translation>그릴 항목: %2개 중 %1개</translation>
    </message>
    <message>
        <source>Which channels and processes the charts plot</source>
        <translation>차트에 그릴 채널과 프로세스</translation>
    </message>
    <message>
        <source>One context switch: %1 µs</source>
        <translation>컨텍스트 스위칭 한 번: %1 µs</translation>
    </message>
    <message>
        <source>Measured on this machine (Context-switch cost tab)</source>
        <translation>이 컴퓨터에서 측정한 값 (컨텍스트 스위칭 비용 탭)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>측정</translation>
    </message>
    <message>
        <source>Measure the cost of one context switch on this machine (a few seconds), for the chart of CPU time spent switching</source>
        <translation>이 컴퓨터에서 컨텍스트 스위칭 한 번에 드는 비용을 측정합니다(몇 초). 스위칭에 쓴 CPU 시간 차트에 쓰입니다.</translation>
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
        <translation>강제 종료 (SIGKILL)</translation>
    </message>
    <message>
        <source>Terminate (SIGTERM)</source>
        <translation>종료 요청 (SIGTERM)</translation>
    </message>
    <message>
        <source>Pause (SIGSTOP)</source>
        <translation>일시 중지 (SIGSTOP)</translation>
    </message>
    <message>
        <source>Resume (SIGCONT)</source>
        <translation>재개 (SIGCONT)</translation>
    </message>
</context>
<context>
    <name>proclab::OverheadPage</name>
    <message>
        <source>nothing measured yet</source>
        <translation>아직 측정하지 않음</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds; two processes pass a token back and forth)</source>
        <translation>측정 중… (몇 초 걸립니다. 두 프로세스가 토큰을 주고받습니다)</translation>
    </message>
    <message>
        <source>The bench printed an unexpected result: %1</source>
        <translation>벤치마크가 예상하지 못한 결과를 출력했습니다: %1</translation>
    </message>
    <message>
        <source>Measured, but not cached: %1</source>
        <translation>측정했지만 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The measurement failed: %1</source>
        <translation>측정 실패: %1</translation>
    </message>
    <message>
        <source>µs per switch</source>
        <translation>스위칭당 µs</translation>
    </message>
    <message>
        <source>%1 µs per switch</source>
        <translation>스위칭당 %1 µs</translation>
    </message>
    <message>
        <source>cost per switch not measurable</source>
        <translation>스위칭당 비용을 측정할 수 없음</translation>
    </message>
    <message>
        <source>%1: %2 µs per round trip, %3 switches per round trip, %4.</source>
        <translation>%1: 왕복당 %2 µs, 왕복당 스위칭 %3번, %4.</translation>
    </message>
    <message>
        <source>same CPU</source>
        <translation>같은 CPU</translation>
    </message>
    <message>
        <source>across CPUs</source>
        <translation>서로 다른 CPU</translation>
    </message>
    <message>
        <source>Only one CPU: nothing to measure across CPUs.</source>
        <translation>CPU가 하나뿐이라 CPU 사이의 스위칭은 측정할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 round trips; the loop alone (no switch) takes %2 µs. Measured %3 on %4.</source>
        <translation>왕복 %1번. 전환 없이 반복문만 돌면 %2 µs. %3에 %4에서 측정.</translation>
    </message>
    <message>
        <source>Not measured on this machine yet.</source>
        <translation>이 컴퓨터에서는 아직 측정하지 않았습니다.</translation>
    </message>
    <message>
        <source>How much does one context switch cost here? Two processes hand a token back and forth; each hand-over makes the kernel switch from one process to the other. Measured once per machine and kept.</source>
        <translation>이 컴퓨터에서 컨텍스트 스위칭 한 번은 얼마나 걸릴까요? 두 프로세스가 토큰을 주고받을 때마다 커널은 한 프로세스에서 다른 프로세스로 컨텍스트 스위칭을 합니다. 컴퓨터마다 한 번 측정해 저장해 둡니다.</translation>
    </message>
    <message>
        <source>Re-measure</source>
        <translation>다시 측정</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>측정</translation>
    </message>
    <message>
        <source>Cost of a context switch</source>
        <translation>컨텍스트 스위칭 비용</translation>
    </message>
    <message>
        <source>Not measured on this machine yet. Press &quot;%1&quot; (a few seconds).</source>
        <translation>이 컴퓨터에서는 아직 측정하지 않았습니다. &quot;%1&quot; 버튼을 누르세요(몇 초).</translation>
    </message>
</context>
<context>
    <name>proclab::PaletteWidget</name>
    <message>
        <source>Drag onto the canvas, or double-click to add.</source>
        <translation>캔버스로 끌어 놓거나 두 번 클릭해서 추가하세요.</translation>
    </message>
</context>
<context>
    <name>proclab::ProcessForm</name>
    <message>
        <source>none (root)</source>
        <translation>없음 (루트)</translation>
    </message>
</context>
<context>
    <name>proclab::ProcessTreeModel</name>
    <message>
        <source>Reparented: its parent ended, so another process adopted it.</source>
        <translation>부모 바뀜: 부모가 끝나서 다른 프로세스가 입양했습니다.</translation>
    </message>
    <message>
        <source>The CPU the process last ran on</source>
        <translation>프로세스가 마지막으로 실행된 CPU</translation>
    </message>
    <message>
        <source>Voluntary context switches: the process gave up the CPU itself, e.g. to wait for a full or empty buffer</source>
        <translation>자발적 컨텍스트 스위칭: 프로세스가 스스로 CPU를 내놓은 횟수 (예: 가득 찬 버퍼나 빈 버퍼를 기다릴 때)</translation>
    </message>
    <message>
        <source>Involuntary context switches: the scheduler took the CPU away, e.g. to run another process</source>
        <translation>비자발적 컨텍스트 스위칭: 스케줄러가 CPU를 빼앗은 횟수 (예: 다른 프로세스를 실행하려고)</translation>
    </message>
    <message>
        <source>User plus system CPU time</source>
        <translation>사용자 CPU 시간과 시스템 CPU 시간의 합</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>프로세스</translation>
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
        <translation>상태</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>agent (subreaper)</source>
        <translation>에이전트 (서브리퍼)</translation>
    </message>
    <message>
        <source>adopts orphans</source>
        <translation>고아 프로세스를 입양</translation>
    </message>
    <message>
        <source>proclab-agent: it forked the root and, as the run&apos;s subreaper, adopts and reaps every process whose parent ended first (only direct children: grandchildren keep their parent).</source>
        <translation>proclab-agent(에이전트): 루트 프로세스를 fork했고, 이 실행의 서브리퍼로서 부모가 먼저 끝난 프로세스를 입양해 회수합니다 (직접 자식만 입양하고, 손자 프로세스는 자기 부모를 그대로 둡니다).</translation>
    </message>
    <message>
        <source>Voluntary
switches</source>
        <translation>자발적
스위칭</translation>
    </message>
    <message>
        <source>Involuntary
switches</source>
        <translation>비자발적
스위칭</translation>
    </message>
    <message>
        <source>CPU
time</source>
        <translation>CPU
시간</translation>
    </message>
</context>
<context>
    <name>proclab::PropertyPanel</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2의 %1 변경</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 변경</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>항목 %n개 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single item to edit its properties.</source>
        <translation>속성을 편집하려면 항목 하나만 선택하세요.</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>프로세스 %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>채널 %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
</context>
<context>
    <name>proclab::ResultStrip</name>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>기대값</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>실제값</translation>
    </message>
    <message>
        <source>lost updates</source>
        <translation>유실된 갱신</translation>
    </message>
    <message>
        <source>No update was lost.</source>
        <translation>유실된 갱신이 없습니다.</translation>
    </message>
    <message>
        <source>produced</source>
        <translation>생산</translation>
    </message>
    <message>
        <source>consumed</source>
        <translation>소비</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>유실</translation>
    </message>
    <message>
        <source>duplicated</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>corrupted</source>
        <translation>손상</translation>
    </message>
    <message>
        <source>Some items did not arrive intact.</source>
        <translation>일부 항목이 온전하게 도착하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still in the channel when the run ended.</source>
        <translation>
            <numerusform>실행이 끝났을 때 채널에 항목 %n개가 남아 있었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item arrived once, intact.</source>
        <translation>모든 항목이 한 번씩, 온전하게 도착했습니다.</translation>
    </message>
    <message>
        <source>Increments overwrote each other.</source>
        <translation>증가가 서로를 덮어썼습니다.</translation>
    </message>
</context>
<context>
    <name>proclab::RunController</name>
    <message>
        <source>the agent did not finish within the grace period; killed</source>
        <translation>에이전트가 유예 시간 안에 끝나지 않아 강제 종료했습니다</translation>
    </message>
    <message>
        <source>the agent did not exit after finishing; killed</source>
        <translation>에이전트가 완료 후에도 종료하지 않아 강제 종료했습니다</translation>
    </message>
    <message>
        <source>the scenario is not valid:
%1</source>
        <translation>시나리오가 올바르지 않습니다:
%1</translation>
    </message>
    <message>
        <source>the scenario has %1 processes, more than the limit of %2</source>
        <translation>시나리오의 프로세스 %1개가 한도 %2개보다 많습니다</translation>
    </message>
    <message>
        <source>proclab-agent not found or not executable: %1</source>
        <translation>proclab-agent가 없거나 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot map the stats page: %1</source>
        <translation>통계 페이지를 매핑할 수 없습니다: %1</translation>
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
        <translation>시작 후 시간 (초)</translation>
    </message>
    <message>
        <source>all processes</source>
        <translation>모든 프로세스</translation>
    </message>
    <message>
        <source>%1, whole run</source>
        <translation>%1, 실행 전체</translation>
    </message>
    <message>
        <source>Throughput (items/s)</source>
        <translation>처리량 (항목/초)</translation>
    </message>
    <message>
        <source>Throughput (MB/s)</source>
        <translation>처리량 (MB/s)</translation>
    </message>
    <message>
        <source>Context switches per second</source>
        <translation>초당 컨텍스트 스위칭</translation>
    </message>
    <message>
        <source>Latency p99 (µs)</source>
        <translation>지연 시간 p99 (µs)</translation>
    </message>
    <message>
        <source>Buffer fill (% of capacity)</source>
        <translation>버퍼 채움 (용량 대비 %)</translation>
    </message>
    <message>
        <source>Finished runs of this session. Tick two or more to compare them.</source>
        <translation>이번 세션에서 끝난 실행입니다. 둘 이상 체크하면 비교합니다.</translation>
    </message>
    <message>
        <source>Remove selected run</source>
        <translation>선택한 실행 삭제</translation>
    </message>
    <message>
        <source>Overlay over time</source>
        <translation>시간에 따라 겹쳐 보기</translation>
    </message>
    <message>
        <source>Grouped bars</source>
        <translation>묶음 막대</translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioDocument</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>새 시나리오</translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioErrorDialog</name>
    <message>
        <source>Cannot open scenario</source>
        <translation>시나리오를 열 수 없음</translation>
    </message>
    <message>
        <source>%1 could not be opened. The diagram you had open is unchanged.</source>
        <translation>%1을(를) 열 수 없습니다. 열려 있던 다이어그램은 그대로입니다.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>proclab::SweepDialog</name>
    <message>
        <source>Running %1 of %2: %3 = %4…</source>
        <translation>%2개 중 %1번째 실행: %3 = %4…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n run(s).</source>
        <translation>
            <numerusform>완료: 실행 %n번.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n finished run(s).</source>
        <translation>
            <numerusform>실행 %n번을 마친 뒤 취소했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sweep stopped: %1</source>
        <translation>반복 실행이 멈췄습니다: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive whole number or a range like 1-1024x2 or 8-64+8</source>
        <translation>&quot;%1&quot;은(는) 양의 정수도, 1-1024x2나 8-64+8 같은 범위도 아닙니다</translation>
    </message>
    <message>
        <source>Give between 1 and 100 values.</source>
        <translation>값을 1개에서 100개 사이로 주세요.</translation>
    </message>
    <message>
        <source>The scenario has nothing this parameter applies to.</source>
        <translation>이 매개변수를 적용할 대상이 시나리오에 없습니다.</translation>
    </message>
    <message>
        <source>Cancelling: stopping the current run…</source>
        <translation>취소 중: 지금 실행을 멈추는 중…</translation>
    </message>
    <message>
        <source>items/s</source>
        <translation>항목/초</translation>
    </message>
    <message>
        <source>context switches/s</source>
        <translation>컨텍스트 스위칭/초</translation>
    </message>
    <message>
        <source>switches/s</source>
        <translation>스위칭/초</translation>
    </message>
    <message>
        <source>Sweep of %1</source>
        <translation>%1 바꿔 가며 반복 실행</translation>
    </message>
    <message>
        <source>Sweep a parameter</source>
        <translation>매개변수를 바꿔 가며 반복 실행</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>매개변수:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>적용 대상:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>값:</translation>
    </message>
    <message>
        <source>Comma-separated values; 1-1024x2 doubles from 1 to 1024, 8-64+8 steps by 8.</source>
        <translation>쉼표로 구분한 값. 1-1024x2는 1부터 1024까지 두 배씩, 8-64+8은 8씩 늘립니다.</translation>
    </message>
    <message>
        <source>buffer capacity (slots)</source>
        <translation>버퍼 용량 (슬롯)</translation>
    </message>
    <message>
        <source>item size (bytes)</source>
        <translation>항목 크기 (바이트)</translation>
    </message>
    <message>
        <source>number of producers</source>
        <translation>생산자 수</translation>
    </message>
    <message>
        <source>number of copies of a process</source>
        <translation>프로세스 복제 수</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Cancel sweep</source>
        <translation>반복 실행 취소</translation>
    </message>
    <message>
        <source>synchronisation: 0 = textbook, 1 = fast ring</source>
        <translation>동기화 방식: 0 = 교과서 방식, 1 = 빠른 링 버퍼</translation>
    </message>
</context>
<context>
    <name>proclab::TimeChart</name>
    <message>
        <source>the output is not open for writing</source>
        <translation>출력이 쓰기용으로 열려 있지 않습니다</translation>
    </message>
</context>
</TS>
