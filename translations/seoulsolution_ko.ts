<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>Ss::Core::ActivityTableModel</name>
    <message>
        <source>Partners: %1</source>
        <extracomment>tooltip of an activity's title; %1 lists the organisations involved</extracomment>
        <translation>참여 기관: %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Policy area</source>
        <translation>정책 분야</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>진행 상태</translation>
    </message>
    <message>
        <source>Manuals applied</source>
        <translation>적용한 매뉴얼</translation>
    </message>
</context>
<context>
    <name>Ss::Core::ArchiveErrorText</name>
    <message>
        <source>No error.</source>
        <translation>오류가 없습니다.</translation>
    </message>
    <message>
        <source>The archive file does not exist.</source>
        <translation>아카이브 파일이 없습니다.</translation>
    </message>
    <message>
        <source>The archive file cannot be read.</source>
        <translation>아카이브 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The archive file is incomplete: it may have been cut short while copying or downloading.</source>
        <translation>아카이브 파일이 완전하지 않습니다. 복사하거나 내려받는 도중에 잘렸을 수 있습니다.</translation>
    </message>
    <message>
        <source>This file is not a Seoul Solution archive.</source>
        <translation>이 파일은 서울솔루션 아카이브가 아닙니다.</translation>
    </message>
    <message>
        <source>This is a database, but not a Seoul Solution archive.</source>
        <translation>데이터베이스 파일이지만 서울솔루션 아카이브는 아닙니다.</translation>
    </message>
    <message>
        <source>This archive needs a newer version of Seoul Solution Desktop.</source>
        <translation>이 아카이브를 열려면 더 새로운 버전의 서울솔루션 데스크톱이 필요합니다.</translation>
    </message>
    <message>
        <source>This archive was made in an old format that this version cannot read.</source>
        <translation>이 아카이브는 이 버전이 읽을 수 없는 이전 형식으로 만들어졌습니다.</translation>
    </message>
    <message>
        <source>The archive is damaged and cannot be opened.</source>
        <translation>아카이브가 손상되어 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The archive has an unexpected structure and was not opened, to keep your computer safe.</source>
        <translation>아카이브의 구조가 예상과 달라 컴퓨터를 보호하기 위해 열지 않았습니다.</translation>
    </message>
    <message>
        <source>The archive lacks required information (its id, title or languages).</source>
        <translation>아카이브에 필수 정보(식별자, 제목, 언어)가 없습니다.</translation>
    </message>
    <message>
        <source>Reading the archive took too long and was stopped.</source>
        <translation>아카이브를 읽는 데 너무 오래 걸려 중단했습니다.</translation>
    </message>
</context>
<context>
    <name>Ss::Core::CityTableModel</name>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작 연도</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>위도</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>경도</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>활동 수</translation>
    </message>
</context>
<context>
    <name>Ss::Core::DataLabels</name>
    <message>
        <source>Asia</source>
        <translation>아시아</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>유럽</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>미주</translation>
    </message>
    <message>
        <source>Middle East &amp; Africa</source>
        <translation>중동·아프리카</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>오세아니아</translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation>자매도시</translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation>우호도시</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>협력도시</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Urban planning &amp; housing</source>
        <translation>도시계획·주택</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>교통</translation>
    </message>
    <message>
        <source>Environment &amp; energy</source>
        <translation>환경·에너지</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>상수도·물관리</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>안전</translation>
    </message>
    <message>
        <source>E-government &amp; smart city</source>
        <translation>전자정부·스마트시티</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>경제</translation>
    </message>
    <message>
        <source>Welfare &amp; culture</source>
        <translation>복지·문화</translation>
    </message>
</context>
<context>
    <name>Ss::Core::PageComposer</name>
    <message>
        <source>Urban planning &amp; housing</source>
        <translation>도시계획·주택</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>교통</translation>
    </message>
    <message>
        <source>Environment &amp; energy</source>
        <translation>환경·에너지</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>상수도·물관리</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>안전</translation>
    </message>
    <message>
        <source>E-government &amp; smart city</source>
        <translation>전자정부·스마트시티</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>경제</translation>
    </message>
    <message>
        <source>Welfare &amp; culture</source>
        <translation>복지·문화</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>아시아</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>유럽</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>미주</translation>
    </message>
    <message>
        <source>Middle East &amp; Africa</source>
        <translation>중동·아프리카</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>오세아니아</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation>자매도시</translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation>우호도시</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>협력도시</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 (%2년부터)</translation>
    </message>
    <message>
        <source>Relation with Seoul</source>
        <translation>서울과의 관계</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>좌표</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Policy area</source>
        <translation>정책 분야</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>진행 상태</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <source>Manuals applied</source>
        <translation>적용한 매뉴얼</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시행 연도</translation>
    </message>
    <message>
        <source>Office in charge</source>
        <translation>담당 부서</translation>
    </message>
    <message>
        <source>This document is not available in %1; it is shown in %2.</source>
        <translation>이 문서는 %1(으)로 제공되지 않아 %2(으)로 보여 드립니다.</translation>
    </message>
    <message>
        <source>In this section</source>
        <translation>이 분야의 문서</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Related documents</source>
        <translation>관련 문서</translation>
    </message>
    <message>
        <source>Go to the first section</source>
        <translation>첫 번째 영역으로 가기</translation>
    </message>
    <message>
        <source>Document not found</source>
        <translation>문서를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>This archive has no such document. Use Back to return to the previous page.</source>
        <translation>이 아카이브에는 해당 문서가 없습니다. '뒤로'를 눌러 이전 페이지로 돌아가세요.</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · 버전 %2 · %3</translation>
    </message>
</context>
<context>
    <name>Ss::Core::SearchEngine</name>
    <message>
        <source>The search took too long and was stopped. Try fewer or longer words.</source>
        <translation>검색이 너무 오래 걸려 중단했습니다. 단어 수를 줄이거나 더 긴 단어로 검색해 보세요.</translation>
    </message>
    <message>
        <source>The search index of this archive is damaged. Its pages are still readable.</source>
        <translation>이 아카이브의 검색 색인이 손상되었습니다. 문서는 그대로 읽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::ActivityView</name>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>활동 수</translation>
    </message>
    <message>
        <source>Activities per year, by policy area</source>
        <translation>연도별·정책 분야별 교류 활동</translation>
    </message>
    <message>
        <source>Click a bar to list the activities of that year</source>
        <translation>막대를 누르면 그해의 활동만 표에 보입니다</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Activities per region</source>
        <translation>지역별 교류 활동</translation>
    </message>
    <message>
        <source>Click a bar to list the activities of that region</source>
        <translation>막대를 누르면 그 지역의 활동만 표에 보입니다</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>“%1” 열기</translation>
    </message>
    <message>
        <source>Open the city page: %1</source>
        <translation>도시 페이지 열기: %1</translation>
    </message>
    <message>
        <source>Open the manual: %1</source>
        <translation>매뉴얼 열기: %1</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation>활동 %2건 중 %1건</translation>
    </message>
    <message>
        <source>All policy areas</source>
        <translation>모든 정책 분야</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 진행 상태</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>모든 연도</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <source>Filter by activity, city or country</source>
        <translation>활동, 도시, 국가 이름으로 찾기</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>모든 필터를 지웁니다</translation>
    </message>
    <message>
        <source>Double-click to open the activity, or its city or manual in those columns</source>
        <translation>두 번 누르면 활동이 열리고, 도시·매뉴얼 열에서는 그 도시나 매뉴얼이 열립니다</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::ArchiveTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::CityView</name>
    <message>
        <source>All regions</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <source>All relations</source>
        <translation>모든 관계</translation>
    </message>
    <message>
        <source>Show the cities of one region</source>
        <translation>한 지역의 도시만 봅니다</translation>
    </message>
    <message>
        <source>Show the cities of one kind of relation with Seoul</source>
        <translation>서울과의 관계 유형별로 도시를 봅니다</translation>
    </message>
    <message>
        <source>Filter by city or country, in Korean or English</source>
        <translation>도시나 국가 이름으로 찾기 (한국어·영어)</translation>
    </message>
    <message>
        <source>Double-click a city to open its page</source>
        <translation>도시를 두 번 누르면 그 도시의 페이지가 열립니다</translation>
    </message>
    <message>
        <source>%1 of %2 cities</source>
        <translation>도시 %2곳 중 %1곳</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::DataViewsWidget</name>
    <message>
        <source>Cities</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Seoul&apos;s overseas cities: table and world map</source>
        <translation>서울의 해외 도시: 표와 세계 지도</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>교류 활동</translation>
    </message>
    <message>
        <source>Policy sharing activities: table and charts</source>
        <translation>정책 공유 활동: 표와 차트</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::FindBar</name>
    <message>
        <source>No matches</source>
        <translation>일치하는 항목 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1번째</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>페이지에서 찾기</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>이전 항목</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>다음 항목</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>찾기 막대 닫기</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::MainWindow</name>
    <message>
        <source>Open archive</source>
        <translation>아카이브 열기</translation>
    </message>
    <message>
        <source>Seoul Solution archives (*.ssarc);;All files (*)</source>
        <translation>서울솔루션 아카이브 (*.ssarc);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Recent archives</source>
        <translation>최근 아카이브</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>최근 본 문서</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>북마크(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <translation>아카이브 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>Switch the interface and the documents to the other language</source>
        <translation>화면과 문서를 다른 언어로 바꿉니다</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>원래 크기</translation>
    </message>
    <message>
        <source>&amp;Find in page…</source>
        <translation>페이지에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Bookmark this document</source>
        <translation>이 문서 북마크</translation>
    </message>
    <message>
        <source>&amp;About this archive</source>
        <translation>이 아카이브 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>Archive contents</source>
        <translation>아카이브 목차</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Cannot open the archive</source>
        <translation>아카이브를 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1

%2

The archive that was open stays open.</source>
        <translation>%1

%2

열려 있던 아카이브는 그대로 열려 있습니다.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Link needs a connection</source>
        <translation>인터넷 연결이 필요한 링크</translation>
    </message>
    <message>
        <source>This link leads outside the archive, to %1, and needs an internet connection, which this computer does not have now.</source>
        <translation>이 링크는 아카이브 밖의 %1(으)로 연결되므로 인터넷 연결이 필요하지만, 지금 이 컴퓨터는 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Open external link?</source>
        <translation>외부 링크를 열까요?</translation>
    </message>
    <message>
        <source>This link leads outside the archive:
%1

Open it in your web browser?</source>
        <translation>이 링크는 아카이브 밖으로 연결됩니다.
%1

웹 브라우저에서 열까요?</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · 버전 %2</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>열린 아카이브 없음</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>About this archive</source>
        <translation>이 아카이브 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Archive id&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Version&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Created&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Publisher&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Languages&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Format version&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Documents&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Seoul Solution Desktop %10&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;아카이브 식별자&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;버전&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;만든 날짜&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;발행&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;언어&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;형식 버전&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;문서 수&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;서울솔루션 데스크톱 %10&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search the archive (Ctrl+K)</source>
        <translation>아카이브 검색 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>아카이브 검색</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Export this page to PDF…</source>
        <translation>이 페이지를 PDF로 내보내기…</translation>
    </message>
    <message>
        <source>Print document</source>
        <translation>문서 인쇄</translation>
    </message>
    <message>
        <source>Export this page to PDF</source>
        <translation>이 페이지를 PDF로 내보내기</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>The page could not be written to %1.</source>
        <translation>페이지를 %1에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::SearchPanel</name>
    <message>
        <source>All sections</source>
        <translation>모든 영역</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>“%1” 검색 결과 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>“%1”에 대한 검색 결과가 없습니다.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Policy manuals</source>
        <translation>정책 매뉴얼</translation>
    </message>
    <message>
        <source>Related contents</source>
        <translation>관련 콘텐츠</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Sharing activities</source>
        <translation>정책공유 활동</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>일반 문서</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>두 언어 모두</translation>
    </message>
    <message>
        <source>Section filter</source>
        <translation>영역 필터</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>종류 필터</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>언어 필터</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::WorldMapView</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 (%2년부터)</translation>
    </message>
    <message>
        <source>%1, %2
%3</source>
        <translation>%1, %2
%3</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>서울</translation>
    </message>
    <message>
        <source>World map of the overseas cities</source>
        <translation>해외 도시 세계 지도</translation>
    </message>
    <message>
        <source>Map data: Natural Earth</source>
        <translation>지도 데이터: Natural Earth</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the archive %1.</source>
        <translation>아카이브 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open the archive %1; the bundled archive is shown instead.</source>
        <translation>아카이브 %1을(를) 열 수 없어 기본 제공 아카이브를 대신 보여 드립니다.</translation>
    </message>
</context>
</TS>