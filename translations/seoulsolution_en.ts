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
        <translation>Open “%1”</translation>
    </message>
    <message>
        <source>Open the city page: %1</source>
        <translation>Open the city page: %1</translation>
    </message>
    <message>
        <source>Open the manual: %1</source>
        <translation>Open the manual: %1</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
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
        <source>Seoul&apos;s overseas cities: table and world map</source>
        <translation>Seoul&apos;s overseas cities: table and world map</translation>
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
    <name>Ss::Ui::WorldMapView</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>%1, %2
%3</source>
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