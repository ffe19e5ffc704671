// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The query parser: expressions for the supported syntax, and hostile or random input that must
// always give a valid FTS5 expression (checked against a real FTS5 table) or an empty one.
#include <core/search/searchquery.h>

#include <QRandomGenerator>
#include <QTest>

#include <sqlite3.h>

using Ss::Core::SearchQuery;

class TestSearchQuery : public QObject
{
    Q_OBJECT
    sqlite3 *m_db = nullptr;

    //! Runs \a expression against an FTS5 table of the archive's shape; true if FTS5 accepts it.
    bool acceptedByFts5(const QString &expression, QString *error)
    {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT rowid FROM search WHERE search MATCH ?1", -1, &st, nullptr);
        const QByteArray e = expression.toUtf8();
        sqlite3_bind_text(st, 1, e.constData(), int(e.size()), SQLITE_TRANSIENT);
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        }
        if (rc != SQLITE_DONE)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(st);
        return rc == SQLITE_DONE;
    }

private Q_SLOTS:
    void initTestCase()
    {
        sqlite3_open(":memory:", &m_db);
        QCOMPARE(sqlite3_exec(m_db,
                              "CREATE VIRTUAL TABLE search USING fts5(body, title, content='', "
                              "tokenize='porter unicode61 remove_diacritics 2');"
                              "INSERT INTO search(rowid, body, title) VALUES "
                              "(1, 'buses and policies', 'Bus reform'),"
                              "(2, '  서울 울시 시의 교통 통정 정책 책을', ' 교통 통정 정책');",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
    }

    void cleanupTestCase() { sqlite3_close(m_db); }

    void expressions_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expression");
        QTest::newRow("word-prefix") << "bus" << "{title body} : \"bus\"*";
        QTest::newRow("word-complete") << "bus " << "{title body} : \"bus\"";
        QTest::newRow("two-words") << "bus reform" << "{title body} : \"bus\" AND {title body} : \"reform\"*";
        QTest::newRow("phrase") << "\"median bus\"" << "{title body} : \"median bus\"";
        QTest::newRow("exclude") << "water -arisu" << "({title body} : \"water\") NOT {title body} : \"arisu\"";
        QTest::newRow("or") << "bus OR subway " << "({title body} : \"bus\" OR {title body} : \"subway\")";
        QTest::newRow("hangul-stem") << "교통" << "{title body} : \"교통\"";
        QTest::newRow("hangul-long") << "교통정책" << "{title body} : \"교통 통정 정책\"";
        QTest::newRow("hangul-particle") << "버스를"
                                         << "({title body} : \"버스 스를\" OR {title body} : \"버스\")";
        QTest::newRow("hangul-one") << "물" << "{title body} : \"물\"*";
        QTest::newRow("mixed") << "TOPIS교통" << "({title body} : \"topis\" AND {title body} : \"교통\")";
        QTest::newRow("mixed-words") << "TOPIS 교통" << "{title body} : \"topis\" AND {title body} : \"교통\"";
        QTest::newRow("only-exclusion") << "-bus" << "";
        QTest::newRow("only-punctuation") << "*** ((( ^^^" << "";
    }

    void expressions()
    {
        QFETCH(QString, input);
        QFETCH(QString, expression);
        QCOMPARE(SearchQuery::parse(input).expression(), expression);
    }

    void matchesKoreanWordForms()
    {
        QString error;
        for (const char *q : {"교통", "정책", "서울", "교통정책", "서울시의"}) {
            const QString e = SearchQuery::parse(QString::fromUtf8(q)).expression();
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(m_db, "SELECT count(*) FROM search WHERE search MATCH ?1", -1, &st, nullptr);
            const QByteArray b = e.toUtf8();
            sqlite3_bind_text(st, 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            QCOMPARE(sqlite3_step(st), SQLITE_ROW);
            QVERIFY2(sqlite3_column_int(st, 0) == 1, q);
            sqlite3_finalize(st);
        }
    }

    void hostileInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("unbalanced-quote") << "\"bus reform";
        QTest::newRow("lone-quote") << "\"";
        QTest::newRow("stray-or") << "OR";
        QTest::newRow("or-or") << "OR OR OR bus OR";
        QTest::newRow("stray-not") << "NOT bus NOT";
        QTest::newRow("and") << "AND";
        QTest::newRow("near") << "NEAR(bus reform, 2)";
        QTest::newRow("star") << "*";
        QTest::newRow("star-word") << "*bus* ^bus";
        QTest::newRow("column") << "title:bus body: {title}:x";
        QTest::newRow("sql") << "'; DROP TABLE node; --";
        QTest::newRow("sql2") << "\" OR 1=1 --";
        QTest::newRow("braces") << "{ } ( ) [ ] : + - ";
        QTest::newRow("dashes") << "- -- --- -\"\"";
        QTest::newRow("long") << QString(10000, u'a');
        QTest::newRow("long-words") << QStringLiteral("bus ").repeated(2500);
        QTest::newRow("replacement") << QString::fromUtf8("\xef\xbf\xbd\xef\xbf\xbd bus \xef\xbf\xbd");
        QTest::newRow("invalid-utf8") << QString::fromUtf8(QByteArray("\xff\xfe\xc0\xae bus \xed\xa0\x80"));
        QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("bus");
        QTest::newRow("emoji") << QStringLiteral("🚌 버스 🚇");
        QTest::newRow("jamo") << QStringLiteral("ㄱㅛㅌㅗㅇ");
        QTest::newRow("controls") << QStringLiteral("\t\n\r bus \x1b[31m");
    }

    void hostileInput()
    {
        QFETCH(QString, input);
        for (const bool prefix : {true, false}) {
            SearchQuery::Options o;
            o.prefixLastTerm = prefix;
            const SearchQuery q = SearchQuery::parse(input, o);
            QString error;
            if (!q.isEmpty())
                QVERIFY2(acceptedByFts5(q.expression(), &error), qPrintable(error + u" for " + q.expression()));
        }
    }

    void randomInput()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        const QString alphabet = QStringLiteral("ab교통서울 \"-*()ORNOTAND:{}^+.,'\\/한国é\t");
        for (int i = 0; i < 3000; ++i) {
            QString input;
            const int length = int(random.bounded(40));
            for (int k = 0; k < length; ++k)
                input += alphabet.at(int(random.bounded(int(alphabet.size()))));
            if (random.bounded(5) == 0)
                input += QStringLiteral(" OR ");
            const SearchQuery q = SearchQuery::parse(input);
            QString error;
            if (!q.isEmpty() && !acceptedByFts5(q.expression(), &error))
                QFAIL(qPrintable(QStringLiteral("seed %1, input [%2] -> [%3]: %4").arg(seed).arg(input, q.expression(), error)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
