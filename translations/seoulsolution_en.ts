<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Ss::Core::ActivityTableModel</name>
    <message>
        <source>Partners: %1</source>
        <extracomment>tooltip of an activity's title; %1 lists the organisations involved</extracomment>
        <translation>Partners: %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Policy area</source>
        <translation>Policy area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Manuals applied</source>
        <translation>Manuals applied</translation>
    </message>
</context>
<context>
    <name>Ss::Core::ArchiveErrorText</name>
    <message>
        <source>No error.</source>
        <translation>No error.</translation>
    </message>
    <message>
        <source>The archive file does not exist.</source>
        <translation>The archive file does not exist.</translation>
    </message>
    <message>
        <source>The archive file cannot be read.</source>
        <translation>The archive file cannot be read.</translation>
    </message>
    <message>
        <source>The archive file is incomplete: it may have been cut short while copying or downloading.</source>
        <translation>The archive file is incomplete: it may have been cut short while copying or downloading.</translation>
    </message>
    <message>
        <source>This file is not a Seoul Solution archive.</source>
        <translation>This file is not a Seoul Solution archive.</translation>
    </message>
    <message>
        <source>This is a database, but not a Seoul Solution archive.</source>
        <translation>This is a database, but not a Seoul Solution archive.</translation>
    </message>
    <message>
        <source>This archive needs a newer version of Seoul Solution Desktop.</source>
        <translation>This archive needs a newer version of Seoul Solution Desktop.</translation>
    </message>
    <message>
        <source>This archive was made in an old format that this version cannot read.</source>
        <translation>This archive was made in an old format that this version cannot read.</translation>
    </message>
    <message>
        <source>The archive is damaged and cannot be opened.</source>
        <translation>The archive is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>The archive has an unexpected structure and was not opened, to keep your computer safe.</source>
        <translation>The archive has an unexpected structure and was not opened, to keep your computer safe.</translation>
    </message>
    <message>
        <source>The archive lacks required information (its id, title or languages).</source>
        <translation>The archive lacks required information (its id, title or languages).</translation>
    </message>
    <message>
        <source>Reading the archive took too long and was stopped.</source>
        <translation>Reading the archive took too long and was stopped.</translation>
    </message>
</context>
<context>
    <name>Ss::Core::CityTableModel</name>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>Ss::Core::DataLabels</name>
    <message>
        <source>Asia</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Americas</translation>
    </message>
    <message>
        <source>Middle East &amp; Africa</source>
        <translation>Middle East &amp; Africa</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oceania</translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation>Sister city</translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation>Friendship city</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partner city</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Urban planning &amp; housing</source>
        <translation>Urban planning &amp; housing</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transportation</translation>
    </message>
    <message>
        <source>Environment &amp; energy</source>
        <translation>Environment &amp; energy</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>E-government &amp; smart city</source>
        <translation>E-government &amp; smart city</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Economy</translation>
    </message>
    <message>
        <source>Welfare &amp; culture</source>
        <translation>Welfare &amp; culture</translation>
    </message>
</context>
<context>
    <name>Ss::Core::PageComposer</name>
    <message>
        <source>Urban planning &amp; housing</source>
        <translation>Urban planning &amp; housing</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transportation</translation>
    </message>
    <message>
        <source>Environment &amp; energy</source>
        <translation>Environment &amp; energy</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>E-government &amp; smart city</source>
        <translation>E-government &amp; smart city</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Economy</translation>
    </message>
    <message>
        <source>Welfare &amp; culture</source>
        <translation>Welfare &amp; culture</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Americas</translation>
    </message>
    <message>
        <source>Middle East &amp; Africa</source>
        <translation>Middle East &amp; Africa</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oceania</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation>Sister city</translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation>Friendship city</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partner city</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>Relation with Seoul</source>
        <translation>Relation with Seoul</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Policy area</source>
        <translation>Policy area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Manuals applied</source>
        <translation>Manuals applied</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Office in charge</source>
        <translation>Office in charge</translation>
    </message>
    <message>
        <source>This document is not available in %1; it is shown in %2.</source>
        <translation>This document is not available in %1; it is shown in %2.</translation>
    </message>
    <message>
        <source>In this section</source>
        <translation>In this section</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Related documents</source>
        <translation>Related documents</translation>
    </message>
    <message>
        <source>Go to the first section</source>
        <translation>Go to the first section</translation>
    </message>
    <message>
        <source>Document not found</source>
        <translation>Document not found</translation>
    </message>
    <message>
        <source>This archive has no such document. Use Back to return to the previous page.</source>
        <translation>This archive has no such document. Use Back to return to the previous page.</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · version %2 · %3</translation>
    </message>
    <message>
        <source>%1° S</source>
        <translation>%1° S</translation>
    </message>
    <message>
        <source>%1° N</source>
        <translation>%1° N</translation>
    </message>
    <message>
        <source>%1° W</source>
        <translation>%1° W</translation>
    </message>
    <message>
        <source>%1° E</source>
        <translation>%1° E</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Coordinates: latitude, then longitude</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No policy sharing activity with this city is recorded in this archive.</source>
        <translation>No policy sharing activity with this city is recorded in this archive.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Policy sharing activities</source>
        <translation>Policy sharing activities</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <source>Policy manuals</source>
        <translation>Policy manuals</translation>
    </message>
    <message>
        <source>Timeline, %1–%2</source>
        <translation>Timeline, %1–%2</translation>
    </message>
    <message>
        <source>More in this area</source>
        <translation>More in this area</translation>
    </message>
    <message>
        <source>%1s</source>
        <extracomment>A decade, as in "1960s".</extracomment>
        <translation>%1s</translation>
    </message>
</context>
<context>
    <name>Ss::Core::SearchEngine</name>
    <message>
        <source>The search took too long and was stopped. Try fewer or longer words.</source>
        <translation>The search took too long and was stopped. Try fewer or longer words.</translation>
    </message>
    <message>
        <source>The search index of this archive is damaged. Its pages are still readable.</source>
        <translation>The search index of this archive is damaged. Its pages are still readable.</translation>
    </message>
</context>
<context>
    <name>Ss::Export::HeadlessExport</name>
    <message>
        <source>Export a packet to this PDF file and exit.</source>
        <translation>Export a packet to this PDF file and exit.</translation>
    </message>
    <message>
        <source>A document id; repeat for each document, in order.</source>
        <translation>A document id; repeat for each document, in order.</translation>
    </message>
    <message>
        <source>ko, en, both (one after the other) or both-side-by-side.</source>
        <translation>ko, en, both (one after the other) or both-side-by-side.</translation>
    </message>
    <message>
        <source>The archive (default: the bundled one).</source>
        <translation>The archive (default: the bundled one).</translation>
    </message>
    <message>
        <source>The packet's title, on the cover.</source>
        <translation>The packet's title, on the cover.</translation>
    </message>
    <message>
        <source>A subtitle for the cover.</source>
        <translation>A subtitle for the cover.</translation>
    </message>
    <message>
        <source>Who prepared the packet.</source>
        <translation>Who prepared the packet.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (default) or letter.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--export-packet needs the PDF file to write.</source>
        <translation>--export-packet needs the PDF file to write.</translation>
    </message>
    <message>
        <source>Name at least one document with --doc ID.</source>
        <translation>Name at least one document with --doc ID.</translation>
    </message>
    <message>
        <source>Unknown language %1: use ko, en, both or both-side-by-side.</source>
        <translation>Unknown language %1: use ko, en, both or both-side-by-side.</translation>
    </message>
    <message>
        <source>Unknown paper %1: use a4 or letter.</source>
        <translation>Unknown paper %1: use a4 or letter.</translation>
    </message>
    <message>
        <source>No archive: name one with --archive FILE.</source>
        <translation>No archive: name one with --archive FILE.</translation>
    </message>
    <message>
        <source>The viewer's page template is missing from this build.</source>
        <translation>The viewer's page template is missing from this build.</translation>
    </message>
</context>
<context>
    <name>Ss::Export::PacketExporter</name>
    <message>
        <source>No such document in the archive: %1.</source>
        <extracomment>%1 is a list of document ids</extracomment>
        <translation>No such document in the archive: %1.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <source>The packet has no documents.</source>
        <translation>The packet has no documents.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Cannot write %1: the folder does not exist.</translation>
    </message>
    <message>
        <source>Cannot open the archive %1: %2</source>
        <translation>Cannot open the archive %1: %2</translation>
    </message>
    <message>
        <source>The document %1 cannot be read from the archive.</source>
        <translation>The document %1 cannot be read from the archive.</translation>
    </message>
    <message>
        <source>Policy packet</source>
        <translation>Policy packet</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>Ss::Export::PacketHtml</name>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <extracomment>%1 is the number of documents in the packet</extracomment>
        <translation>Documents: %1</translation>
    </message>
    <message>
        <source>Made from the %1 archive.</source>
        <extracomment>%1 is the archive's title, %2 its publisher</extracomment>
        <translation>Made from the %1 archive.</translation>
    </message>
    <message>
        <source>Made from the %1 archive of the %2.</source>
        <translation>Made from the %1 archive of the %2.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>Ss::Export::PageRenderer</name>
    <message>
        <source>A page took too long to render.</source>
        <translation>A page took too long to render.</translation>
    </message>
    <message>
        <source>A page could not be loaded: %1</source>
        <translation>A page could not be loaded: %1</translation>
    </message>
    <message>
        <source>A page could not be printed to PDF.</source>
        <translation>A page could not be printed to PDF.</translation>
    </message>
</context>
<context>
    <name>Ss::Export::PdfAssembler</name>
    <message>
        <source>The rendered page is not a readable PDF: %1</source>
        <translation>The rendered page is not a readable PDF: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Could not put the PDF together: %1</source>
        <translation>Could not put the PDF together: %1</translation>
    </message>
</context>
<context>
    <name>Ss::Sync::DraftStore</name>
    <message>
        <source>This proposal has been submitted and can no longer be changed.</source>
        <translation>This proposal has been submitted and can no longer be changed.</translation>
    </message>
    <message>
        <source>This proposal has been submitted or deleted and can no longer be changed.</source>
        <translation>This proposal has been submitted or deleted and can no longer be changed.</translation>
    </message>
    <message>
        <source>The proposal no longer exists.</source>
        <translation>The proposal no longer exists.</translation>
    </message>
    <message>
        <source>This proposal is waiting to be sent. Withdraw it before deleting it.</source>
        <translation>This proposal is waiting to be sent. Withdraw it before deleting it.</translation>
    </message>
    <message>
        <source>This proposal has already been submitted.</source>
        <translation>This proposal has already been submitted.</translation>
    </message>
    <message>
        <source>This proposal may already have reached the server, so it can no longer be withdrawn.</source>
        <translation>This proposal may already have reached the server, so it can no longer be withdrawn.</translation>
    </message>
</context>
<context>
    <name>Ss::Sync::ProposalAttachment</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <extracomment>%1 file name, %2 the system's reason</extracomment>
        <translation>“%1” cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>Ss::Sync::ProposalDraft</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>queued in the outbox, waiting for a connection</extracomment>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>the city's portal has registered the proposal</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
</context>
<context>
    <name>Ss::Sync::ProposalValidator</name>
    <message>
        <source>“%1” is %2; attachments can be at most %3.</source>
        <extracomment>%1 file name, %2 its size, %3 the limit (both formatted, e.g. "12.5 MB")</extracomment>
        <translation>“%1” is %2; attachments can be at most %3.</translation>
    </message>
    <message>
        <source>Up to %1 files, %2 each, %3 in all.</source>
        <extracomment>%1 number of files, %2 size per file, %3 total size (e.g. "10 MB")</extracomment>
        <translation>Up to %1 files, %2 each, %3 in all.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Enter a title.</translation>
    </message>
    <message>
        <source>The title can be at most %1 characters long.</source>
        <extracomment>%1 maximum number of characters</extracomment>
        <translation>The title can be at most %1 characters long.</translation>
    </message>
    <message>
        <source>Enter the proposing organisation.</source>
        <translation>Enter the proposing organisation.</translation>
    </message>
    <message>
        <source>Enter the name of a contact person.</source>
        <translation>Enter the name of a contact person.</translation>
    </message>
    <message>
        <source>Enter a contact e-mail address.</source>
        <translation>Enter a contact e-mail address.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (example: name@example.org).</source>
        <extracomment>%1 what the user typed</extracomment>
        <translation>“%1” is not an e-mail address (example: name@example.org).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number (example: +82 2 120 1234).</source>
        <extracomment>%1 what the user typed</extracomment>
        <translation>“%1” is not a phone number (example: +82 2 120 1234).</translation>
    </message>
    <message>
        <source>Choose or enter a country.</source>
        <translation>Choose or enter a country.</translation>
    </message>
    <message>
        <source>Choose a policy area.</source>
        <translation>Choose a policy area.</translation>
    </message>
    <message>
        <source>Write a short summary.</source>
        <translation>Write a short summary.</translation>
    </message>
    <message>
        <source>The summary can be at most %1 characters long.</source>
        <extracomment>%1 maximum number of characters</extracomment>
        <translation>The summary can be at most %1 characters long.</translation>
    </message>
    <message>
        <source>Write the proposal.</source>
        <translation>Write the proposal.</translation>
    </message>
    <message>
        <source>Choose the language of the proposal.</source>
        <translation>Choose the language of the proposal.</translation>
    </message>
    <message>
        <source>A proposal can have at most %1 attachments.</source>
        <extracomment>%1 maximum number of attachments</extracomment>
        <translation>A proposal can have at most %1 attachments.</translation>
    </message>
    <message>
        <source>The attachments are %1 in all; the limit is %2.</source>
        <extracomment>%1 total size of the attachments, %2 the limit (e.g. "25 MB")</extracomment>
        <translation>The attachments are %1 in all; the limit is %2.</translation>
    </message>
</context>
<context>
    <name>Ss::Sync::SyncClient</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation>The server address must start with https://.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <extracomment>%1 the system's description of the network error</extracomment>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>The server took too long to answer.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>The connection to the server failed: %1</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>The server's answer could not be read.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in token. Enter a new token in the settings.</source>
        <translation>The server did not accept the sign-in token. Enter a new token in the settings.</translation>
    </message>
    <message>
        <source>The server is busy; the proposal will be sent later.</source>
        <translation>The server is busy; the proposal will be sent later.</translation>
    </message>
    <message>
        <source>The server does not offer proposal submission at this address.</source>
        <translation>The server does not offer proposal submission at this address.</translation>
    </message>
    <message>
        <source>The server refused the proposal (%1): %2</source>
        <extracomment>%1 HTTP status code, %2 the server's explanation</extracomment>
        <translation>The server refused the proposal (%1): %2</translation>
    </message>
    <message>
        <source>The server had a problem (%1); the proposal will be sent later.</source>
        <extracomment>%1 HTTP status code</extracomment>
        <translation>The server had a problem (%1); the proposal will be sent later.</translation>
    </message>
</context>
<context>
    <name>Ss::Sync::SyncEngine</name>
    <message>
        <source>The server is not ready.</source>
        <translation>The server is not ready.</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>The server's answer could not be read.</translation>
    </message>
</context>
<context>
    <name>Ss::Sync::TokenStore</name>
    <message>
        <source>You are not signed in.</source>
        <translation>You are not signed in.</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>The token is kept in the system keychain.</translation>
    </message>
    <message>
        <source>No keychain service is available, so the token cannot be remembered. It is kept only until you quit the app.</source>
        <translation>No keychain service is available, so the token cannot be remembered. It is kept only until you quit the app.</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::ActivityView</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Activities per year, by policy area</source>
        <translation>Activities per year, by policy area</translation>
    </message>
    <message>
        <source>Click a bar to list the activities of that year</source>
        <translation>Click a bar to list the activities of that year</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Activities per region</source>
        <translation>Activities per region</translation>
    </message>
    <message>
        <source>Click a bar to list the activities of that region</source>
        <translation>Click a bar to list the activities of that region</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <extracomment>context menu of an activity; %1 is its title</extracomment>
        <translation>Open “%1”</translation>
    </message>
    <message>
        <source>Open the city page: %1</source>
        <extracomment>context menu of an activity; %1 is a city</extracomment>
        <translation>Open the city page: %1</translation>
    </message>
    <message>
        <source>Open the manual: %1</source>
        <extracomment>context menu of an activity; %1 is a policy manual</extracomment>
        <translation>Open the manual: %1</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <extracomment>number of activities shown in the table, of all activities in the archive</extracomment>
        <translation>%1 of %2 activities</translation>
    </message>
    <message>
        <source>All policy areas</source>
        <translation>All policy areas</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Filter by activity, city or country</source>
        <translation>Filter by activity, city or country</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Remove every filter</translation>
    </message>
    <message>
        <source>Double-click to open the activity, or its city or manual in those columns</source>
        <translation>Double-click to open the activity, or its city or manual in those columns</translation>
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
        <translation>“%1” was not attached: a proposal can have at most %2 attachments.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <extracomment>%1 file name</extracomment>
        <translation>“%1” is not a file.</translation>
    </message>
    <message>
        <source>“%1” was not attached: all attachments together can be at most %2.</source>
        <extracomment>%1 file name, %2 the limit for all attachments together (e.g. "25 MB")</extracomment>
        <translation>“%1” was not attached: all attachments together can be at most %2.</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <extracomment>%1 size of the attachments, %2 the limit (e.g. "3.2 MB of 25 MB used")</extracomment>
        <translation>%1 of %2 used</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::AttachmentsField</name>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Drop files here to attach them.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>attachment list entry: %1 file name, %2 its size (e.g. "plan.pdf (1.2 MB)")</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Attach Files</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::CityView</name>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All relations</source>
        <translation>All relations</translation>
    </message>
    <message>
        <source>Show the cities of one region</source>
        <translation>Show the cities of one region</translation>
    </message>
    <message>
        <source>Show the cities of one kind of relation with Seoul</source>
        <translation>Show the cities of one kind of relation with Seoul</translation>
    </message>
    <message>
        <source>Filter by city or country, in Korean or English</source>
        <translation>Filter by city or country, in Korean or English</translation>
    </message>
    <message>
        <source>Double-click a city to open its page</source>
        <translation>Double-click a city to open its page</translation>
    </message>
    <message>
        <source>%1 of %2 cities</source>
        <extracomment>number of cities shown in the table, of all cities in the archive</extracomment>
        <translation>%1 of %2 cities</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::DataViewsWidget</name>
    <message>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <source>Seoul's overseas cities: table and world map</source>
        <translation>Seoul's overseas cities: table and world map</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Policy sharing activities: table and charts</source>
        <translation>Policy sharing activities: table and charts</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::DraftStatusText</name>
    <message>
        <source>Draft · returned</source>
        <extracomment>status of a draft that the portal refused and sent back to the user</extracomment>
        <translation>Draft · returned</translation>
    </message>
    <message>
        <source>Not submitted yet. Only you can see this draft.</source>
        <translation>Not submitted yet. Only you can see this draft.</translation>
    </message>
    <message>
        <source>The portal returned this proposal. Correct it and submit it again.</source>
        <translation>The portal returned this proposal. Correct it and submit it again.</translation>
    </message>
    <message>
        <source>Submitted. It will be sent as soon as the portal can be reached.</source>
        <translation>Submitted. It will be sent as soon as the portal can be reached.</translation>
    </message>
    <message>
        <source>The portal has received the proposal.</source>
        <translation>The portal has received the proposal.</translation>
    </message>
    <message>
        <source>The portal has registered the proposal.</source>
        <translation>The portal has registered the proposal.</translation>
    </message>
    <message>
        <source>The city is reviewing the proposal.</source>
        <translation>The city is reviewing the proposal.</translation>
    </message>
    <message>
        <source>The city has answered.</source>
        <translation>The city has answered.</translation>
    </message>
    <message>
        <source>Status on the portal: %1</source>
        <extracomment>%1 a status word sent by the portal that the app does not know</extracomment>
        <translation>Status on the portal: %1</translation>
    </message>
    <message>
        <source>Portal reference: %1</source>
        <extracomment>%1 the portal's id of the proposal, e.g. SP-000123</extracomment>
        <translation>Portal reference: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <extracomment>%1 date and time</extracomment>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>%1 the portal's message</extracomment>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Reply from the city:
%1</source>
        <extracomment>%1 the reply text of the city's portal</extracomment>
        <translation>Reply from the city:
%1</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Untitled proposal</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::DraftTableModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Last edited</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::DraftsList</name>
    <message>
        <source>Filter proposals</source>
        <translation>Filter proposals</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Start a new proposal</source>
        <translation>Start a new proposal</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Copy the selected proposal into a new draft</source>
        <translation>Copy the selected proposal into a new draft</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Submit…</translation>
    </message>
    <message>
        <source>Check the selected draft and queue it for sending</source>
        <translation>Check the selected draft and queue it for sending</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ync Now</translation>
    </message>
    <message>
        <source>Send waiting proposals and fetch replies now</source>
        <translation>Send waiting proposals and fetch replies now</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Undo Delete</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>A proposal waiting to be sent must be withdrawn before it can be deleted</source>
        <translation>A proposal waiting to be sent must be withdrawn before it can be deleted</translation>
    </message>
    <message>
        <source>Delete the selected proposal (can be undone)</source>
        <translation>Delete the selected proposal (can be undone)</translation>
    </message>
    <message>
        <source>No proposals yet. Choose New to start one.</source>
        <translation>No proposals yet. Choose New to start one.</translation>
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
        <translation>“%1” was deleted.</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::FindBar</name>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::MainWindow</name>
    <message>
        <source>Open archive</source>
        <translation>Open archive</translation>
    </message>
    <message>
        <source>Seoul Solution archives (*.ssarc);;All files (*)</source>
        <translation>Seoul Solution archives (*.ssarc);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Recent archives</source>
        <translation>Recent archives</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Recently viewed</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <translation>&amp;Open archive…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Switch the interface and the documents to the other language</source>
        <translation>Switch the interface and the documents to the other language</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>&amp;Find in page…</source>
        <translation>&amp;Find in page…</translation>
    </message>
    <message>
        <source>Bookmark this document</source>
        <translation>Bookmark this document</translation>
    </message>
    <message>
        <source>&amp;About this archive</source>
        <translation>&amp;About this archive</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>Archive contents</source>
        <translation>Archive contents</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Cannot open the archive</source>
        <translation>Cannot open the archive</translation>
    </message>
    <message>
        <source>%1

%2

The archive that was open stays open.</source>
        <translation>%1

%2

The archive that was open stays open.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Link needs a connection</source>
        <translation>Link needs a connection</translation>
    </message>
    <message>
        <source>This link leads outside the archive, to %1, and needs an internet connection, which this computer does not have now.</source>
        <translation>This link leads outside the archive, to %1, and needs an internet connection, which this computer does not have now.</translation>
    </message>
    <message>
        <source>Open external link?</source>
        <translation>Open external link?</translation>
    </message>
    <message>
        <source>This link leads outside the archive:
%1

Open it in your web browser?</source>
        <translation>This link leads outside the archive:
%1

Open it in your web browser?</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>No archive open</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>About this archive</source>
        <translation>About this archive</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Archive id&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Version&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Created&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Publisher&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Languages&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Format version&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Documents&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Seoul Solution Desktop %10&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Archive id&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Version&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Created&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Publisher&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Languages&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Format version&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Documents&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Seoul Solution Desktop %10&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search the archive (Ctrl+K)</source>
        <translation>Search the archive (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Search the archive</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export this page to PDF…</source>
        <translation>Export this page to PDF…</translation>
    </message>
    <message>
        <source>Print document</source>
        <translation>Print document</translation>
    </message>
    <message>
        <source>Export this page to PDF</source>
        <translation>Export this page to PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The page could not be written to %1.</source>
        <translation>The page could not be written to %1.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>About Seoul Solution &amp;Desktop</source>
        <translation>About Seoul Solution &amp;Desktop</translation>
    </message>
    <message>
        <source>Add this page to the policy packet</source>
        <translation>Add this page to the policy packet</translation>
    </message>
    <message>
        <source>Policy packet</source>
        <translation>Policy packet</translation>
    </message>
    <message>
        <source>Cities and activities</source>
        <translation>Cities and activities</translation>
    </message>
    <message>
        <source>Overseas cities: table and map</source>
        <translation>Overseas cities: table and map</translation>
    </message>
    <message>
        <source>Sharing activities: table and charts</source>
        <translation>Sharing activities: table and charts</translation>
    </message>
    <message>
        <source>&amp;Proposals</source>
        <translation>&amp;Proposals</translation>
    </message>
    <message>
        <source>Business proposals</source>
        <translation>Business proposals</translation>
    </message>
    <message>
        <source>&amp;New proposal</source>
        <translation>&amp;New proposal</translation>
    </message>
    <message>
        <source>Add this page to the proposal</source>
        <translation>Add this page to the proposal</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>Sync &amp;settings…</translation>
    </message>
    <message>
        <source>Added to the policy packet: %1</source>
        <translation>Added to the policy packet: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Add to the policy packet</source>
        <translation>Add to the policy packet</translation>
    </message>
    <message>
        <source>Add to the proposal</source>
        <translation>Add to the proposal</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Remove bookmark</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <source>About Seoul Solution Desktop</source>
        <translation>About Seoul Solution Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seoul Solution Desktop %1&lt;/h3&gt;&lt;p&gt;An offline browser for Seoul Metropolitan Government's policy archive, Seoul Solution.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLite, md4c, yaml-cpp, gumbo, qpdf and QtKeychain.&lt;/p&gt;&lt;p&gt;World map: Natural Earth 1:110m country outlines (public domain), converted from the world-atlas package (ISC licence, © 2013-2019 Michael Bostock).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seoul Solution Desktop %1&lt;/h3&gt;&lt;p&gt;An offline browser for Seoul Metropolitan Government's policy archive, Seoul Solution.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLite, md4c, yaml-cpp, gumbo, qpdf and QtKeychain.&lt;/p&gt;&lt;p&gt;World map: Natural Earth 1:110m country outlines (public domain), converted from the world-atlas package (ISC licence, © 2013-2019 Michael Bostock).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::PacketPanel</name>
    <message>
        <source>Saved packets:</source>
        <translation>Saved packets:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Start a new, empty packet</source>
        <translation>Start a new, empty packet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save this packet to reopen it later</source>
        <translation>Save this packet to reopen it later</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the saved packet</source>
        <translation>Delete the saved packet</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Policy packet</source>
        <translation>Policy packet</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>S&amp;ubtitle:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Documents (drag to reorder):</source>
        <translation>Documents (drag to reorder):</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected documents from the packet</source>
        <translation>Remove the selected documents from the packet</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Korean, then English</source>
        <translation>Korean, then English</translation>
    </message>
    <message>
        <source>Korean and English side by side</source>
        <translation>Korean and English side by side</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (not in this archive)</source>
        <translation>%1 (not in this archive)</translation>
    </message>
    <message>
        <source>(unsaved packet)</source>
        <translation>(unsaved packet)</translation>
    </message>
    <message>
        <source>Untitled packet</source>
        <translation>Untitled packet</translation>
    </message>
    <message>
        <source>The packet could not be saved: %1</source>
        <extracomment>%1 is the database's own message</extracomment>
        <translation>The packet could not be saved: %1</translation>
    </message>
    <message>
        <source>Packet saved.</source>
        <translation>Packet saved.</translation>
    </message>
    <message>
        <source>Saved packet deleted; the documents stay in the list until you start a new packet.</source>
        <translation>Saved packet deleted; the documents stay in the list until you start a new packet.</translation>
    </message>
    <message>
        <source>packet</source>
        <translation>packet</translation>
    </message>
    <message>
        <source>Export packet as PDF</source>
        <translation>Export packet as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Document %1 of %2</source>
        <extracomment>%1 documents of %2 are printed</extracomment>
        <translation>Document %1 of %2</translation>
    </message>
    <message>
        <source>Putting the PDF together…</source>
        <translation>Putting the PDF together…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Saved %1 (%2 pages).</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::ProposalEditor</name>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Related documents</source>
        <translation>Related documents</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Proposing &amp;organisation</source>
        <translation>Proposing &amp;organisation</translation>
    </message>
    <message>
        <source>Policy &amp;area</source>
        <translation>Policy &amp;area</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Countr&amp;y</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;ity</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>Proposal (&amp;Markdown)</source>
        <translation>Proposal (&amp;Markdown)</translation>
    </message>
    <message>
        <source>* required before the proposal can be submitted</source>
        <translation>* required before the proposal can be submitted</translation>
    </message>
    <message>
        <source>What do you propose? (e.g. Bus rapid transit for Hanoi)</source>
        <translation>What do you propose? (e.g. Bus rapid transit for Hanoi)</translation>
    </message>
    <message>
        <source>Company, city government or institution</source>
        <translation>Company, city government or institution</translation>
    </message>
    <message>
        <source>Who the city can contact</source>
        <translation>Who the city can contact</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>+82 2 120 1234 (optional)</source>
        <translation>+82 2 120 1234 (optional)</translation>
    </message>
    <message>
        <source>Choose from the list or type</source>
        <translation>Choose from the list or type</translation>
    </message>
    <message>
        <source>Choose from the list or type (optional)</source>
        <translation>Choose from the list or type (optional)</translation>
    </message>
    <message>
        <source>The proposal in a few sentences.</source>
        <translation>The proposal in a few sentences.</translation>
    </message>
    <message>
        <source>## Background
What the situation is…

## Proposal
- First step
- Second step</source>
        <translation>## Background
What the situation is…

## Proposal
- First step
- Second step</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add documents from the archive with “Add to Proposal”. Double-click one to read it.</source>
        <translation>Add documents from the archive with “Add to Proposal”. Double-click one to read it.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Take the proposal back to drafts; possible until sending has started.</source>
        <translation>Take the proposal back to drafts; possible until sending has started.</translation>
    </message>
    <message>
        <source>&amp;Duplicate as New Draft</source>
        <translation>&amp;Duplicate as New Draft</translation>
    </message>
    <message>
        <source>Su&amp;bmit…</source>
        <translation>Su&amp;bmit…</translation>
    </message>
    <message>
        <source>Queue the proposal; it is sent as soon as the portal can be reached.</source>
        <translation>Queue the proposal; it is sent as soon as the portal can be reached.</translation>
    </message>
    <message>
        <source>Choose a policy area…</source>
        <translation>Choose a policy area…</translation>
    </message>
    <message>
        <source>No proposal is open. Create a new one or choose one from the list.</source>
        <translation>No proposal is open. Create a new one or choose one from the list.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>All changes are saved on this computer (last saved %1).</source>
        <extracomment>%1 date and time of the last save</extracomment>
        <translation>All changes are saved on this computer (last saved %1).</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>A submitted proposal can no longer be changed.</source>
        <translation>A submitted proposal can no longer be changed.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Your changes could not be saved yet: %1. They are kept and saving is retried.</source>
        <extracomment>%1 the reason; the text stays in the form and is saved again</extracomment>
        <translation>Your changes could not be saved yet: %1. They are kept and saving is retried.</translation>
    </message>
    <message>
        <source>Submit Proposal</source>
        <translation>Submit Proposal</translation>
    </message>
    <message>
        <source>The proposal could not be submitted: %1</source>
        <extracomment>%1 the reason</extracomment>
        <translation>The proposal could not be submitted: %1</translation>
    </message>
    <message>
        <source>Submit “%1”? It is sent to the city's portal as soon as a connection is available, and can no longer be changed.</source>
        <translation>Submit “%1”? It is sent to the city's portal as soon as a connection is available, and can no longer be changed.</translation>
    </message>
    <message>
        <source>Withdraw Proposal</source>
        <translation>Withdraw Proposal</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::ProposalsWidget</name>
    <message>
        <source>The proposal is queued and will be sent when the portal can be reached.</source>
        <translation>The proposal is queued and will be sent when the portal can be reached.</translation>
    </message>
    <message>
        <source>Draft business proposals for the city here, even without a connection. They are saved as you type and sent when you submit them and a connection is available.</source>
        <translation>Draft business proposals for the city here, even without a connection. They are saved as you type and sent when you submit them and a connection is available.</translation>
    </message>
    <message>
        <source>New Proposal</source>
        <translation>New Proposal</translation>
    </message>
    <message>
        <source>A new proposal could not be created: %1</source>
        <translation>A new proposal could not be created: %1</translation>
    </message>
    <message>
        <source>“%1” was added to the proposal.</source>
        <extracomment>%1 document title</extracomment>
        <translation>“%1” was added to the proposal.</translation>
    </message>
    <message>
        <source>The portal returned a proposal: %1</source>
        <extracomment>%1 the portal's reason</extracomment>
        <translation>The portal returned a proposal: %1</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::SearchPanel</name>
    <message>
        <source>All sections</source>
        <translation>All sections</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>No results for “%1”.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Policy manuals</source>
        <translation>Policy manuals</translation>
    </message>
    <message>
        <source>Related contents</source>
        <translation>Related contents</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <source>Sharing activities</source>
        <translation>Sharing activities</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Both languages</translation>
    </message>
    <message>
        <source>Section filter</source>
        <translation>Section filter</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Kind filter</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Language filter</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::SyncAccount</name>
    <message>
        <source>Use https:// for the server address; plain http:// works only for this computer.</source>
        <translation>Use https:// for the server address; plain http:// works only for this computer.</translation>
    </message>
    <message>
        <source>Enter the server address, starting with https://.</source>
        <translation>Enter the server address, starting with https://.</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::SyncSettingsDialog</name>
    <message>
        <source>Proposal Sync</source>
        <translation>Proposal Sync</translation>
    </message>
    <message>
        <source>Submitted proposals are sent to the city's portal. Enter the portal's address and the token it gave you.</source>
        <translation>Submitted proposals are sent to the city's portal. Enter the portal's address and the token it gave you.</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>Portal &amp;address:</translation>
    </message>
    <message>
        <source>https://portal.example.go.kr/solution/api</source>
        <translation>https://portal.example.go.kr/solution/api</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Paste the token from the portal</source>
        <translation>Paste the token from the portal</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Sign In</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Log Out</translation>
    </message>
    <message>
        <source>Forget the token on this computer</source>
        <translation>Forget the token on this computer</translation>
    </message>
    <message>
        <source>Signed in. The token is remembered in the system keychain.</source>
        <translation>Signed in. The token is remembered in the system keychain.</translation>
    </message>
    <message>
        <source>Signed in for this session only: no keychain service is available, so the token cannot be remembered. You will need to enter it again after restarting the app.</source>
        <translation>Signed in for this session only: no keychain service is available, so the token cannot be remembered. You will need to enter it again after restarting the app.</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::SyncStatusText</name>
    <message>
        <source>Sync off</source>
        <extracomment>status bar: no proposal server is configured</extracomment>
        <translation>Sync off</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Sign-in needed</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nothing to send</translation>
    </message>
    <message>
        <source>1 proposal waiting</source>
        <translation>1 proposal waiting</translation>
    </message>
    <message>
        <source>%1 proposals waiting</source>
        <extracomment>%1 number (2 or more) of submitted proposals waiting in the outbox</extracomment>
        <translation>%1 proposals waiting</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <extracomment>%1 time (today) or date and time of the last successful sync</extracomment>
        <translation>Last sync: %1</translation>
    </message>
</context>
<context>
    <name>Ss::Ui::SyncStatusWidget</name>
    <message>
        <source>Sync Now</source>
        <translation>Sync Now</translation>
    </message>
    <message>
        <source>Send waiting proposals and fetch replies now</source>
        <translation>Send waiting proposals and fetch replies now</translation>
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
        <translation>%1 since %2</translation>
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
        <translation>Seoul</translation>
    </message>
    <message>
        <source>World map of the overseas cities</source>
        <translation>World map of the overseas cities</translation>
    </message>
    <message>
        <source>Map data: Natural Earth</source>
        <translation>Map data: Natural Earth</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the archive %1.</source>
        <translation>Cannot open the archive %1.</translation>
    </message>
    <message>
        <source>Cannot open the archive %1; the bundled archive is shown instead.</source>
        <translation>Cannot open the archive %1; the bundled archive is shown instead.</translation>
    </message>
</context>
</TS>