// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// Search benchmark (not a test): in-process query latency with snippets for the first 20 hits,
// title suggestions, the whole-process `search` command, and the index size against the
// compressed text it indexes.  Usage: bench_search ARCHIVE PACKER
#include <core/archive/archivereader.h>
#include <core/archive/sqlitestatement.h>
#include <core/search/searchengine.h>

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

using namespace Ss::Core;

namespace {
double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype rank = qBound<qsizetype>(0, qsizetype(std::ceil(p * double(values.size()))) - 1, values.size() - 1);
    return values.at(rank);
}

qint64 scalar(ArchiveReader &reader, const char *sql)
{
    SqliteStatement st(reader.handle(), sql);
    return st.step() ? st.int64(0) : -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_search ARCHIVE [PACKER]\n";
        return 64;
    }
    ArchiveReader reader;
    if (!reader.open(args.at(1))) {
        out << reader.errorString() << '\n';
        return 1;
    }
    SearchEngine engine(&reader);
    // Common and rare words, two and three words, phrases, prefixes, Korean stems and word forms.
    const QStringList queries{
        QStringLiteral("policy"), QStringLiteral("bus"), QStringLiteral("water supply"), QStringLiteral("transport data"),
        QStringLiteral("\"public transport\""), QStringLiteral("smart city platform"), QStringLiteral("polic"),
        QStringLiteral("citizens"), QStringLiteral("housing -rental"), QStringLiteral("safety OR disaster"),
        QStringLiteral("교통"), QStringLiteral("정책"), QStringLiteral("서울시의"), QStringLiteral("버스를"),
        QStringLiteral("시민 참여"), QStringLiteral("상수도"), QStringLiteral("도시재생"), QStringLiteral("데이터를"),
        QStringLiteral("TOPIS 교통"), QStringLiteral("안전")};
    SearchOptions options;
    options.uiLanguage = QStringLiteral("ko");
    options.limit = 20;
    options.snippets = 20;
    QList<double> medians;
    for (const QString &q : queries) {
        engine.search(q, options); // warm-up
        QList<double> runs;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const SearchResults r = engine.search(q, options);
            runs.append(double(t.nsecsElapsed()) / 1e6);
            Q_UNUSED(r);
        }
        medians.append(percentile(runs, 0.5));
        out << QStringLiteral("  %1: %2 ms (%3 hits)\n").arg(q).arg(medians.last(), 0, 'f', 2).arg(engine.search(q, options).hits.size());
    }
    out << QStringLiteral("search with snippets (20 queries, median of 5 each): p50 %1 ms, p95 %2 ms\n")
               .arg(percentile(medians, 0.5), 0, 'f', 2)
               .arg(percentile(medians, 0.95), 0, 'f', 2);

    const QStringList prefixes{QStringLiteral("p"), QStringLiteral("po"), QStringLiteral("pol"), QStringLiteral("bus r"),
                               QStringLiteral("교"), QStringLiteral("교통"), QStringLiteral("서울"), QStringLiteral("wat"),
                               QStringLiteral("smart c"), QStringLiteral("시민")};
    QList<double> suggest;
    for (const QString &p : prefixes) {
        engine.suggest(p, QStringLiteral("ko"));
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            engine.suggest(p, QStringLiteral("ko"));
            suggest.append(double(t.nsecsElapsed()) / 1e6);
        }
    }
    out << QStringLiteral("suggestions: p50 %1 ms, p95 %2 ms\n").arg(percentile(suggest, 0.5), 0, 'f', 2).arg(percentile(suggest, 0.95), 0, 'f', 2);

    if (args.size() >= 3) {
        QList<double> whole;
        for (int i = 0; i < 11; ++i) {
            QElapsedTimer t;
            t.start();
            QProcess p;
            p.start(args.at(2), {QStringLiteral("search"), args.at(1), queries.at(i % queries.size()), QStringLiteral("--limit"), QStringLiteral("10")});
            p.waitForFinished(10000);
            if (i > 0)
                whole.append(double(t.nsecsElapsed()) / 1e6);
        }
        out << QStringLiteral("whole-process search command: p50 %1 ms\n").arg(percentile(whole, 0.5), 0, 'f', 1);
    }

    // Pages that the index's tables take in the file (dbstat), against the compressed text. On a
    // connection of its own: the reader's statement budget is meant for queries, not for scans of
    // the whole file.
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(args.at(1)).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        out << "cannot open the archive for the size figures\n";
        sqlite3_close(db);
        return 1;
    }
    const auto value = [db](const char *sql) {
        sqlite3_stmt *st = nullptr;
        qint64 v = -1;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return v;
    };
    qint64 indexBytes = value("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'");
    if (indexBytes < 0)
        indexBytes = value("SELECT sum(length(block)) FROM search_data");
    const qint64 textBytes = value("SELECT sum(length(text)) FROM doc_text");
    const qint64 rawText = value("SELECT sum(sz) FROM doc_text");
    out << QStringLiteral("rows: %1; plain text %2 MB; compressed text %3 MB; index %4 MB (%5x the compressed text)\n")
               .arg(value("SELECT count(*) FROM doc_text"))
               .arg(double(rawText) / 1e6, 0, 'f', 1)
               .arg(double(textBytes) / 1e6, 0, 'f', 1)
               .arg(double(indexBytes) / 1e6, 0, 'f', 1)
               .arg(double(indexBytes) / double(qMax<qint64>(1, textBytes)), 0, 'f', 2);
    sqlite3_close(db);
    return 0;
}
