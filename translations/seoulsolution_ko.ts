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
    <message>
        <source>%1° S</source>
        <translation>남위 %1°</translation>
    </message>
    <message>
        <source>%1° N</source>
        <translation>북위 %1°</translation>
    </message>
    <message>
        <source>%1° W</source>
        <translation>서경 %1°</translation>
    </message>
    <message>
        <source>%1° E</source>
        <translation>동경 %1°</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Coordinates: latitude, then longitude</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No policy sharing activity with this city is recorded in this archive.</source>
        <translation>이 아카이브에는 이 도시와의 정책공유 활동 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Policy sharing activities</source>
        <translation>정책공유 활동</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>%1년부터</translation>
    </message>
    <message>
        <source>Policy manuals</source>
        <translation>정책 매뉴얼</translation>
    </message>
    <message>
        <source>Timeline, %1–%2</source>
        <translation>연표, %1–%2년</translation>
    </message>
    <message>
        <source>More in this area</source>
        <translation>이 분야의 다른 자료</translation>
    </message>
    <message>
        <source>%1s</source>
        <extracomment>A decade, as in "1960s".</extracomment>
        <translation>%1년대</translation>
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
    <name>Ss::Export::HeadlessExport</name>
    <message>
        <source>Export a packet to this PDF file and exit.</source>
        <translation>자료집을 이 PDF 파일로 내보내고 종료합니다.</translation>
    </message>
    <message>
        <source>A document id; repeat for each document, in order.</source>
        <translation>문서 ID. 문서마다 순서대로 반복해서 지정합니다.</translation>
    </message>
    <message>
        <source>ko, en, both (one after the other) or both-side-by-side.</source>
        <translation>ko, en, both(차례로) 또는 both-side-by-side(나란히).</translation>
    </message>
    <message>
        <source>The archive (default: the bundled one).</source>
        <translation>아카이브(기본값: 함께 제공되는 아카이브).</translation>
    </message>
    <message>
        <source>The packet's title, on the cover.</source>
        <translation>표지에 들어갈 자료집 제목.</translation>
    </message>
    <message>
        <source>A subtitle for the cover.</source>
        <translation>표지의 부제목.</translation>
    </message>
    <message>
        <source>Who prepared the packet.</source>
        <translation>자료집을 준비한 기관.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4(기본값) 또는 letter.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>알 수 없는 인수: %1</translation>
    </message>
    <message>
        <source>--export-packet needs the PDF file to write.</source>
        <translation>--export-packet에는 저장할 PDF 파일을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Name at least one document with --doc ID.</source>
        <translation>--doc ID로 문서를 하나 이상 지정하십시오.</translation>
    </message>
    <message>
        <source>Unknown language %1: use ko, en, both or both-side-by-side.</source>
        <translation>알 수 없는 언어 %1: ko, en, both, both-side-by-side 중 하나를 쓰십시오.</translation>
    </message>
    <message>
        <source>Unknown paper %1: use a4 or letter.</source>
        <translation>알 수 없는 용지 %1: a4 또는 letter를 쓰십시오.</translation>
    </message>
    <message>
        <source>No archive: name one with --archive FILE.</source>
        <translation>아카이브가 없습니다. --archive FILE로 지정하십시오.</translation>
    </message>
    <message>
        <source>The viewer's page template is missing from this build.</source>
        <translation>이 빌드에는 뷰어의 페이지 템플릿이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ss::Export::PacketExporter</name>
    <message>
        <source>No such document in the archive: %1.</source>
        <extracomment>%1 is a list of document ids</extracomment>
        <translation>아카이브에 없는 문서입니다: %1.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>이미 내보내기가 진행 중입니다.</translation>
    </message>
    <message>
        <source>The packet has no documents.</source>
        <translation>자료집에 문서가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>%1을(를) 쓸 수 없습니다: 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open the archive %1: %2</source>
        <translation>아카이브 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The document %1 cannot be read from the archive.</source>
        <translation>아카이브에서 문서 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Policy packet</source>
        <translation>정책 자료집</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Ss::Export::PacketHtml</name>
    <message>
        <source>version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <extracomment>%1 is the number of documents in the packet</extracomment>
        <translation>문서: %1</translation>
    </message>
    <message>
        <source>Made from the %1 archive.</source>
        <extracomment>%1 is the archive's title, %2 its publisher</extracomment>
        <translation>%1 아카이브에서 만들었습니다.</translation>
    </message>
    <message>
        <source>Made from the %1 archive of the %2.</source>
        <translation>%2의 %1 아카이브에서 만들었습니다.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
</context>
<context>
    <name>Ss::Export::PageRenderer</name>
    <message>
        <source>A page took too long to render.</source>
        <translation>페이지를 그리는 데 너무 오래 걸렸습니다.</translation>
    </message>
    <message>
        <source>A page could not be loaded: %1</source>
        <translation>페이지를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>A page could not be printed to PDF.</source>
        <translation>페이지를 PDF로 인쇄할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ss::Export::PdfAssembler</name>
    <message>
        <source>The rendered page is not a readable PDF: %1</source>
        <translation>만들어진 페이지가 읽을 수 있는 PDF가 아닙니다: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>Could not put the PDF together: %1</source>
        <translation>PDF를 합칠 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Ss::Sync::DraftStore</name>
    <message>
        <source>This proposal has been submitted and can no longer be changed.</source>
        <translation>이 제안은 제출되었으므로 더 이상 고칠 수 없습니다.</translation>
    </message>
    <message>
        <source>This proposal has been submitted or deleted and can no longer be changed.</source>
        <translation>이 제안은 제출되었거나 삭제되어 더 이상 고칠 수 없습니다.</translation>
    </message>
    <message>
        <source>The proposal no longer exists.</source>
        <translation>이 제안은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>This proposal is waiting to be sent. Withdraw it before deleting it.</source>
        <translation>이 제안은 전송 대기 중입니다. 삭제하려면 먼저 제출을 철회하십시오.</translation>
    </message>
    <message>
        <source>This proposal has already been submitted.</source>
        <translation>이 제안은 이미 제출되었습니다.</translation>
    </message>
    <message>
        <source>This proposal may already have reached the server, so it can no longer be withdrawn.</source>
        <translation>이 제안은 이미 서버에 도착했을 수 있으므로 철회할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ss::Sync::ProposalAttachment</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <extracomment>%1 file name, %2 the system's reason</extracomment>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Ss::Sync::ProposalDraft</name>
    <message>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>queued in the outbox, waiting for a connection</extracomment>
        <translation>전송 대기</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>전송됨</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>the city's portal has registered the proposal</extracomment>
        <translation>접수됨</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변 완료</translation>
    </message>
</context>
<context>
    <name>Ss::Sync::ProposalValidator</name>
    <message>
        <source>“%1” is %2; attachments can be at most %3.</source>
        <extracomment>%1 file name, %2 its size, %3 the limit (both formatted, e.g. "12.5 MB")</extracomment>
        <translation>“%1”의 크기는 %2입니다. 첨부 파일은 최대 %3까지 가능합니다.</translation>
    </message>
    <message>
        <source>Up to %1 files, %2 each, %3 in all.</source>
        <extracomment>%1 number of files, %2 size per file, %3 total size (e.g. "10 MB")</extracomment>
        <translation>최대 %1개 파일, 파일당 %2, 합계 %3.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>제목을 입력하십시오.</translation>
    </message>
    <message>
        <source>The title can be at most %1 characters long.</source>
        <extracomment>%1 maximum number of characters</extracomment>
        <translation>제목은 최대 %1자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter the proposing organisation.</source>
        <translation>제안 기관을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the name of a contact person.</source>
        <translation>담당자 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter a contact e-mail address.</source>
        <translation>연락할 이메일 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (example: name@example.org).</source>
        <extracomment>%1 what the user typed</extracomment>
        <translation>“%1”은(는) 이메일 주소가 아닙니다(예: name@example.org).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number (example: +82 2 120 1234).</source>
        <extracomment>%1 what the user typed</extracomment>
        <translation>“%1”은(는) 전화번호가 아닙니다(예: +82 2 120 1234).</translation>
    </message>
    <message>
        <source>Choose or enter a country.</source>
        <translation>국가를 고르거나 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose a policy area.</source>
        <translation>정책 분야를 고르십시오.</translation>
    </message>
    <message>
        <source>Write a short summary.</source>
        <translation>짧은 요약을 쓰십시오.</translation>
    </message>
    <message>
        <source>The summary can be at most %1 characters long.</source>
        <extracomment>%1 maximum number of characters</extracomment>
        <translation>요약은 최대 %1자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Write the proposal.</source>
        <translation>제안 내용을 쓰십시오.</translation>
    </message>
    <message>
        <source>Choose the language of the proposal.</source>
        <translation>제안서의 언어를 고르십시오.</translation>
    </message>
    <message>
        <source>A proposal can have at most %1 attachments.</source>
        <extracomment>%1 maximum number of attachments</extracomment>
        <translation>제안서에는 첨부 파일을 최대 %1개까지 붙일 수 있습니다.</translation>
    </message>
    <message>
        <source>The attachments are %1 in all; the limit is %2.</source>
        <extracomment>%1 total size of the attachments, %2 the limit (e.g. "25 MB")</extracomment>
        <translation>첨부 파일 합계가 %1입니다. 한도는 %2입니다.</translation>
    </message>
</context>
<context>
    <name>Ss::Sync::SyncClient</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation>서버 주소는 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <extracomment>%1 the system's description of the network error</extracomment>
        <translation>서버에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>서버의 응답이 너무 늦습니다.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>서버 연결에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>서버의 응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in token. Enter a new token in the settings.</source>
        <translation>서버가 로그인 토큰을 받아들이지 않았습니다. 설정에서 새 토큰을 입력하십시오.</translation>
    </message>
    <message>
        <source>The server is busy; the proposal will be sent later.</source>
        <translation>서버가 바쁩니다. 제안은 나중에 전송됩니다.</translation>
    </message>
    <message>
        <source>The server does not offer proposal submission at this address.</source>
        <translation>이 주소의 서버는 제안 제출을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>The server refused the proposal (%1): %2</source>
        <extracomment>%1 HTTP status code, %2 the server's explanation</extracomment>
        <translation>서버가 제안을 거부했습니다(%1): %2</translation>
    </message>
    <message>
        <source>The server had a problem (%1); the proposal will be sent later.</source>
        <extracomment>%1 HTTP status code</extracomment>
        <translation>서버에 문제가 있었습니다(%1). 제안은 나중에 전송됩니다.</translation>
    </message>
</context>
<context>
    <name>Ss::Sync::SyncEngine</name>
    <message>
        <source>The server is not ready.</source>
        <translation>서버가 준비되지 않았습니다.</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>서버의 응답을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ss::Sync::TokenStore</name>
    <message>
        <source>You are not signed in.</source>
        <translation>로그인하지 않았습니다.</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>토큰은 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>No keychain service is available, so the token cannot be remembered. It is kept only until you quit the app.</source>
        <translation>키체인 서비스를 쓸 수 없어 토큰을 기억할 수 없습니다. 앱을 종료할 때까지만 보관됩니다.</translation>
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
        <extracomment>context menu of an activity; %1 is its title</extracomment>
        <translation>“%1” 열기</translation>
    </message>
    <message>
        <source>Open the city page: %1</source>
        <extracomment>context menu of an activity; %1 is a city</extracomment>
        <translation>도시 페이지 열기: %1</translation>
    </message>
    <message>
        <source>Open the manual: %1</source>
        <extracomment>context menu of an activity; %1 is a policy manual</extracomment>
        <translation>매뉴얼 열기: %1</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <extracomment>number of activities shown in the table, of all activities in the archive</extracomment>
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
    <name>Ss::Ui::AttachmentCheck</name>
    <message>
        <source>“%1” was not attached: a proposal can have at most %2 attachments.</source>
        <extracomment>%1 file name, %2 maximum number of attachments</extracomment>
        <translation>“%1” 파일을 첨부하지 않았습니다. 제안서에는 첨부 파일을 최대 %2개까지 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <extracomment>%1 file name</extracomment>
        <translation>“%1”은(는) 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” was not attached: all attachments together can be at most %2.</source>
        <extracomment>%1 file name, %2 the limit for all attachments together (e.g. "25 MB")</extracomment>
        <translation>“%1” 파일을 첨부하지 않았습니다. 첨부 파일은 모두 합쳐 최대 %2까지 가능합니다.</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <extracomment>%1 size of the attachments, %2 the limit (e.g. "3.2 MB of 25 MB used")</extracomment>
        <translation>%2 중 %1 사용</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::AttachmentsField</name>
    <message>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>파일을 여기에 끌어다 놓으면 첨부됩니다.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>attachment list entry: %1 file name, %2 its size (e.g. "plan.pdf (1.2 MB)")</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>파일 첨부</translation>
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
        <extracomment>number of cities shown in the table, of all cities in the archive</extracomment>
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
        <source>Seoul's overseas cities: table and world map</source>
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
    <name>Ss::Ui::DraftStatusText</name>
    <message>
        <source>Draft · returned</source>
        <extracomment>status of a draft that the portal refused and sent back to the user</extracomment>
        <translation>초안 · 반려됨</translation>
    </message>
    <message>
        <source>Not submitted yet. Only you can see this draft.</source>
        <translation>아직 제출하지 않았습니다. 이 초안은 본인만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The portal returned this proposal. Correct it and submit it again.</source>
        <translation>포털에서 이 제안서를 반려했습니다. 수정한 뒤 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Submitted. It will be sent as soon as the portal can be reached.</source>
        <translation>제출했습니다. 포털에 연결되는 대로 전송됩니다.</translation>
    </message>
    <message>
        <source>The portal has received the proposal.</source>
        <translation>포털이 제안서를 받았습니다.</translation>
    </message>
    <message>
        <source>The portal has registered the proposal.</source>
        <translation>포털에 제안서가 접수되었습니다.</translation>
    </message>
    <message>
        <source>The city is reviewing the proposal.</source>
        <translation>시에서 제안서를 검토하고 있습니다.</translation>
    </message>
    <message>
        <source>The city has answered.</source>
        <translation>시에서 답변했습니다.</translation>
    </message>
    <message>
        <source>Status on the portal: %1</source>
        <extracomment>%1 a status word sent by the portal that the app does not know</extracomment>
        <translation>포털의 상태: %1</translation>
    </message>
    <message>
        <source>Portal reference: %1</source>
        <extracomment>%1 the portal's id of the proposal, e.g. SP-000123</extracomment>
        <translation>포털 접수 번호: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <extracomment>%1 date and time</extracomment>
        <translation>보낸 시각: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>%1 the portal's message</extracomment>
        <translation>사유: %1</translation>
    </message>
    <message>
        <source>Reply from the city:
%1</source>
        <extracomment>%1 the reply text of the city's portal</extracomment>
        <translation>시의 답변:
%1</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>제목 없는 제안서</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::DraftTableModel</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>마지막 수정</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::DraftsList</name>
    <message>
        <source>Filter proposals</source>
        <translation>제안서 검색</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>제안서</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new proposal</source>
        <translation>새 제안서 작성</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected proposal into a new draft</source>
        <translation>선택한 제안서를 새 초안으로 복사</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>제출(&amp;S)…</translation>
    </message>
    <message>
        <source>Check the selected draft and queue it for sending</source>
        <translation>선택한 초안을 확인하고 보낼 목록에 넣기</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>지금 동기화(&amp;Y)</translation>
    </message>
    <message>
        <source>Send waiting proposals and fetch replies now</source>
        <translation>대기 중인 제안서를 지금 보내고 답변을 가져오기</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>삭제 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>A proposal waiting to be sent must be withdrawn before it can be deleted</source>
        <translation>전송 대기 중인 제안서는 먼저 제출을 철회해야 삭제할 수 있습니다</translation>
    </message>
    <message>
        <source>Delete the selected proposal (can be undone)</source>
        <translation>선택한 제안서 삭제(실행 취소 가능)</translation>
    </message>
    <message>
        <source>No proposals yet. Choose New to start one.</source>
        <translation>아직 제안서가 없습니다. ‘새로 만들기’를 눌러 시작하세요.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>%1 the proposal's title, %2 what is known about its state (several lines)</extracomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <extracomment>%1 the title of the deleted proposal</extracomment>
        <translation>“%1” 제안서를 삭제했습니다.</translation>
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
    <message>
        <source>About Seoul Solution &amp;Desktop</source>
        <translation>서울솔루션 데스크톱 정보(&amp;D)</translation>
    </message>
    <message>
        <source>Add this page to the policy packet</source>
        <translation>이 페이지를 정책 자료집에 추가</translation>
    </message>
    <message>
        <source>Policy packet</source>
        <translation>정책 자료집</translation>
    </message>
    <message>
        <source>Cities and activities</source>
        <translation>도시와 활동</translation>
    </message>
    <message>
        <source>Overseas cities: table and map</source>
        <translation>해외 도시: 표와 지도</translation>
    </message>
    <message>
        <source>Sharing activities: table and charts</source>
        <translation>정책공유 활동: 표와 차트</translation>
    </message>
    <message>
        <source>&amp;Proposals</source>
        <translation>제안(&amp;P)</translation>
    </message>
    <message>
        <source>Business proposals</source>
        <translation>비즈니스 제안</translation>
    </message>
    <message>
        <source>&amp;New proposal</source>
        <translation>새 제안(&amp;N)</translation>
    </message>
    <message>
        <source>Add this page to the proposal</source>
        <translation>이 페이지를 제안에 추가</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>지금 동기화(&amp;N)</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>동기화 설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Added to the policy packet: %1</source>
        <translation>정책 자료집에 추가했습니다: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Add to the policy packet</source>
        <translation>정책 자료집에 추가</translation>
    </message>
    <message>
        <source>Add to the proposal</source>
        <translation>제안에 추가</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>북마크 삭제</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>About Seoul Solution Desktop</source>
        <translation>서울솔루션 데스크톱 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seoul Solution Desktop %1&lt;/h3&gt;&lt;p&gt;An offline browser for Seoul Metropolitan Government's policy archive, Seoul Solution.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLite, md4c, yaml-cpp, gumbo, qpdf and QtKeychain.&lt;/p&gt;&lt;p&gt;World map: Natural Earth 1:110m country outlines (public domain), converted from the world-atlas package (ISC licence, © 2013-2019 Michael Bostock).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;서울솔루션 데스크톱 %1&lt;/h3&gt;&lt;p&gt;서울특별시의 정책 아카이브 ‘서울솔루션’을 인터넷 없이 열람하는 브라우저입니다.&lt;/p&gt;&lt;p&gt;GNU 일반 공중 사용 허가서 버전 3 이상에 따르는 자유 소프트웨어입니다.&lt;/p&gt;&lt;p&gt;Qt %2, SQLite, md4c, yaml-cpp, gumbo, qpdf, QtKeychain으로 만들었습니다.&lt;/p&gt;&lt;p&gt;세계 지도: Natural Earth 1:110m 국가 경계(퍼블릭 도메인), world-atlas 패키지(ISC 라이선스, © 2013-2019 Michael Bostock)에서 변환.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::PacketPanel</name>
    <message>
        <source>Saved packets:</source>
        <translation>저장된 자료집:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Start a new, empty packet</source>
        <translation>빈 자료집을 새로 시작합니다</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save this packet to reopen it later</source>
        <translation>나중에 다시 열 수 있도록 이 자료집을 저장합니다</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the saved packet</source>
        <translation>저장된 자료집을 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>Policy packet</source>
        <translation>정책 자료집</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>부제목(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>기관(&amp;O):</translation>
    </message>
    <message>
        <source>Documents (drag to reorder):</source>
        <translation>문서(끌어서 순서 변경):</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Remove the selected documents from the packet</source>
        <translation>선택한 문서를 자료집에서 뺍니다</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean, then English</source>
        <translation>한국어 다음 영어</translation>
    </message>
    <message>
        <source>Korean and English side by side</source>
        <translation>한국어와 영어 나란히</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>용지(&amp;P):</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US 레터</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>%1 (not in this archive)</source>
        <translation>%1 (이 아카이브에 없음)</translation>
    </message>
    <message>
        <source>(unsaved packet)</source>
        <translation>(저장하지 않은 자료집)</translation>
    </message>
    <message>
        <source>Untitled packet</source>
        <translation>제목 없는 자료집</translation>
    </message>
    <message>
        <source>The packet could not be saved: %1</source>
        <extracomment>%1 is the database's own message</extracomment>
        <translation>자료집을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Packet saved.</source>
        <translation>자료집을 저장했습니다.</translation>
    </message>
    <message>
        <source>Saved packet deleted; the documents stay in the list until you start a new packet.</source>
        <translation>저장된 자료집을 삭제했습니다. 새 자료집을 시작할 때까지 문서는 목록에 남아 있습니다.</translation>
    </message>
    <message>
        <source>packet</source>
        <translation>자료집</translation>
    </message>
    <message>
        <source>Export packet as PDF</source>
        <translation>자료집을 PDF로 내보내기</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>준비 중…</translation>
    </message>
    <message>
        <source>Document %1 of %2</source>
        <extracomment>%1 documents of %2 are printed</extracomment>
        <translation>문서 %1/%2</translation>
    </message>
    <message>
        <source>Putting the PDF together…</source>
        <translation>PDF를 합치는 중…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1을(를) 저장했습니다(%2쪽).</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일은 만들어지지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::ProposalEditor</name>
    <message>
        <source>Proposal</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Related documents</source>
        <translation>관련 문서</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>Proposing &amp;organisation</source>
        <translation>제안 기관(&amp;O)</translation>
    </message>
    <message>
        <source>Policy &amp;area</source>
        <translation>정책 분야(&amp;A)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>언어(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>이메일(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>전화(&amp;P)</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>국가(&amp;Y)</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>도시(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>요약(&amp;S)</translation>
    </message>
    <message>
        <source>Proposal (&amp;Markdown)</source>
        <translation>제안 내용(마크다운)(&amp;M)</translation>
    </message>
    <message>
        <source>* required before the proposal can be submitted</source>
        <translation>* 제출하려면 반드시 입력해야 하는 항목</translation>
    </message>
    <message>
        <source>What do you propose? (e.g. Bus rapid transit for Hanoi)</source>
        <translation>무엇을 제안하시나요? (예: 하노이 간선급행버스 도입)</translation>
    </message>
    <message>
        <source>Company, city government or institution</source>
        <translation>기업, 시 정부 또는 기관</translation>
    </message>
    <message>
        <source>Who the city can contact</source>
        <translation>시에서 연락할 담당자</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>+82 2 120 1234 (optional)</source>
        <translation>+82 2 120 1234 (선택)</translation>
    </message>
    <message>
        <source>Choose from the list or type</source>
        <translation>목록에서 고르거나 직접 입력</translation>
    </message>
    <message>
        <source>Choose from the list or type (optional)</source>
        <translation>목록에서 고르거나 직접 입력(선택)</translation>
    </message>
    <message>
        <source>The proposal in a few sentences.</source>
        <translation>제안을 몇 문장으로 요약해 주세요.</translation>
    </message>
    <message>
        <source>## Background
What the situation is…

## Proposal
- First step
- Second step</source>
        <translation>## 배경
현재 상황…

## 제안
- 첫 번째 단계
- 두 번째 단계</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Add documents from the archive with “Add to Proposal”. Double-click one to read it.</source>
        <translation>아카이브의 문서를 ‘제안서에 추가’로 넣을 수 있습니다. 두 번 클릭하면 문서를 엽니다.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>제출 철회(&amp;W)</translation>
    </message>
    <message>
        <source>Take the proposal back to drafts; possible until sending has started.</source>
        <translation>제안서를 초안으로 되돌립니다. 전송이 시작되기 전까지만 가능합니다.</translation>
    </message>
    <message>
        <source>&amp;Duplicate as New Draft</source>
        <translation>새 초안으로 복제(&amp;D)</translation>
    </message>
    <message>
        <source>Su&amp;bmit…</source>
        <translation>제출(&amp;B)…</translation>
    </message>
    <message>
        <source>Queue the proposal; it is sent as soon as the portal can be reached.</source>
        <translation>제안서를 보낼 목록에 넣습니다. 포털에 연결되는 대로 전송됩니다.</translation>
    </message>
    <message>
        <source>Choose a policy area…</source>
        <translation>정책 분야 선택…</translation>
    </message>
    <message>
        <source>No proposal is open. Create a new one or choose one from the list.</source>
        <translation>열린 제안서가 없습니다. 새로 만들거나 목록에서 고르세요.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>All changes are saved on this computer (last saved %1).</source>
        <extracomment>%1 date and time of the last save</extracomment>
        <translation>모든 변경 사항이 이 컴퓨터에 저장되었습니다(마지막 저장 %1).</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>A submitted proposal can no longer be changed.</source>
        <translation>제출한 제안서는 더 이상 수정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장 안 됨</translation>
    </message>
    <message>
        <source>Your changes could not be saved yet: %1. They are kept and saving is retried.</source>
        <extracomment>%1 the reason; the text stays in the form and is saved again</extracomment>
        <translation>변경 사항을 아직 저장하지 못했습니다: %1. 입력한 내용은 유지되며 저장을 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Submit Proposal</source>
        <translation>제안서 제출</translation>
    </message>
    <message>
        <source>The proposal could not be submitted: %1</source>
        <extracomment>%1 the reason</extracomment>
        <translation>제안서를 제출하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Submit “%1”? It is sent to the city's portal as soon as a connection is available, and can no longer be changed.</source>
        <translation>“%1” 제안서를 제출할까요? 연결되는 대로 시 포털로 전송되며, 제출 후에는 수정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Withdraw Proposal</source>
        <translation>제출 철회</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::ProposalsWidget</name>
    <message>
        <source>The proposal is queued and will be sent when the portal can be reached.</source>
        <translation>제안서가 보낼 목록에 들어갔으며 포털에 연결되면 전송됩니다.</translation>
    </message>
    <message>
        <source>Draft business proposals for the city here, even without a connection. They are saved as you type and sent when you submit them and a connection is available.</source>
        <translation>인터넷 연결이 없어도 여기에서 시에 보낼 사업 제안서를 작성할 수 있습니다. 입력하는 즉시 저장되며, 제출하면 연결될 때 전송됩니다.</translation>
    </message>
    <message>
        <source>New Proposal</source>
        <translation>새 제안서</translation>
    </message>
    <message>
        <source>A new proposal could not be created: %1</source>
        <translation>새 제안서를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>“%1” was added to the proposal.</source>
        <extracomment>%1 document title</extracomment>
        <translation>“%1” 문서를 제안서에 추가했습니다.</translation>
    </message>
    <message>
        <source>The portal returned a proposal: %1</source>
        <extracomment>%1 the portal's reason</extracomment>
        <translation>포털에서 제안서를 반려했습니다: %1</translation>
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
    <name>Ss::Ui::SyncAccount</name>
    <message>
        <source>Use https:// for the server address; plain http:// works only for this computer.</source>
        <translation>서버 주소는 https://로 입력하세요. http://는 이 컴퓨터의 서버에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter the server address, starting with https://.</source>
        <translation>https://로 시작하는 서버 주소를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::SyncSettingsDialog</name>
    <message>
        <source>Proposal Sync</source>
        <translation>제안서 동기화</translation>
    </message>
    <message>
        <source>Submitted proposals are sent to the city's portal. Enter the portal's address and the token it gave you.</source>
        <translation>제출한 제안서는 시 포털로 전송됩니다. 포털 주소와 포털에서 받은 토큰을 입력하세요.</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>포털 주소(&amp;A):</translation>
    </message>
    <message>
        <source>https://portal.example.go.kr/solution/api</source>
        <translation>https://portal.example.go.kr/solution/api</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>토큰(&amp;T):</translation>
    </message>
    <message>
        <source>Paste the token from the portal</source>
        <translation>포털에서 받은 토큰을 붙여 넣으세요</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>로그인(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>로그아웃(&amp;L)</translation>
    </message>
    <message>
        <source>Forget the token on this computer</source>
        <translation>이 컴퓨터에서 토큰 삭제</translation>
    </message>
    <message>
        <source>Signed in. The token is remembered in the system keychain.</source>
        <translation>로그인했습니다. 토큰은 시스템 키체인에 저장됩니다.</translation>
    </message>
    <message>
        <source>Signed in for this session only: no keychain service is available, so the token cannot be remembered. You will need to enter it again after restarting the app.</source>
        <translation>이번 세션에서만 로그인되었습니다. 사용할 수 있는 키체인 서비스가 없어 토큰을 기억할 수 없습니다. 앱을 다시 시작하면 토큰을 다시 입력해야 합니다.</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::SyncStatusText</name>
    <message>
        <source>Sync off</source>
        <extracomment>status bar: no proposal server is configured</extracomment>
        <translation>동기화 꺼짐</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>로그인 필요</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>보낼 제안서 없음</translation>
    </message>
    <message>
        <source>1 proposal waiting</source>
        <translation>제안서 1건 대기 중</translation>
    </message>
    <message>
        <source>%1 proposals waiting</source>
        <extracomment>%1 number (2 or more) of submitted proposals waiting in the outbox</extracomment>
        <translation>제안서 %1건 대기 중</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>아직 동기화하지 않음</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <extracomment>%1 time (today) or date and time of the last successful sync</extracomment>
        <translation>마지막 동기화: %1</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::SyncStatusWidget</name>
    <message>
        <source>Sync Now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Send waiting proposals and fetch replies now</source>
        <translation>대기 중인 제안서를 지금 보내고 답변을 가져오기</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>tooltip of the sync status: %1 state, %2 the last problem</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::WorldMapView</name>
    <message>
        <source>%1 since %2</source>
        <extracomment>%1 is a relation with Seoul (Sister city), %2 the year it began</extracomment>
        <translation>%1 (%2년부터)</translation>
    </message>
    <message>
        <source>%1, %2
%3</source>
        <extracomment>map marker tooltip: %1 city, %2 country, %3 relation with Seoul</extracomment>
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