// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

/*! \brief The single source of the .ssarc archive format: identifiers, version and schema.
 *
 * Both ArchiveWriter and ArchiveReader take every table and column name from here, and the reader
 * compares an opened archive's schema against kSchema exactly (see docs/archive-format.md). */
namespace Ss::Core::ArchiveFormat {

//! PRAGMA application_id of every archive: "SSAR" in ASCII.
inline constexpr std::int32_t kApplicationId = 0x53534152;
//! PRAGMA user_version: the format version. Readers refuse newer versions with their own message.
//! Version 2: the search index has two columns (body, title) instead of four (see kSchema).
inline constexpr int kFormatVersion = 2;
//! File name extension, without the dot.
inline constexpr std::string_view kExtension = "ssarc";

struct Table
{
    std::string_view name;
    std::string_view type; // "table" or "index" as in sqlite_schema
    std::string_view sql;  // exact CREATE statement, as stored by SQLite in sqlite_schema.sql
};

// The statements below are stored verbatim by SQLite in sqlite_schema, which is how the reader
// checks them. Change nothing here without raising kFormatVersion.
inline constexpr std::array kSchema{
    // SQLite's own archive format: sqlite3 FILE -Atv lists it, -Ax extracts it.
    Table{"sqlar", "table",
          "CREATE TABLE sqlar(name TEXT PRIMARY KEY, mode INT, mtime INT, sz INT, data BLOB)"},
    Table{"meta", "table",
          "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"},
    Table{"manifest", "table",
          "CREATE TABLE manifest(name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, mime TEXT NOT NULL) WITHOUT ROWID"},
    Table{"node", "table",
          "CREATE TABLE node(id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, parent INTEGER, "
          "position INTEGER NOT NULL, kind TEXT NOT NULL, is_folder INTEGER NOT NULL)"},
    Table{"node_text", "table",
          "CREATE TABLE node_text(node INTEGER NOT NULL, lang TEXT NOT NULL, title TEXT NOT NULL, "
          "summary TEXT NOT NULL, path TEXT NOT NULL, date TEXT NOT NULL, PRIMARY KEY(node, lang)) WITHOUT ROWID"},
    Table{"field", "table",
          "CREATE TABLE field(node INTEGER NOT NULL, name TEXT NOT NULL, lang TEXT NOT NULL, seq INTEGER NOT NULL, "
          "value, PRIMARY KEY(node, name, lang, seq)) WITHOUT ROWID"},
    Table{"link", "table",
          "CREATE TABLE link(src INTEGER NOT NULL, dst INTEGER NOT NULL, rel TEXT NOT NULL, "
          "PRIMARY KEY(src, dst, rel)) WITHOUT ROWID"},
    Table{"tag", "table",
          "CREATE TABLE tag(node INTEGER NOT NULL, lang TEXT NOT NULL, tag TEXT NOT NULL, "
          "PRIMARY KEY(node, lang, tag)) WITHOUT ROWID"},
    Table{"heading", "table",
          "CREATE TABLE heading(node INTEGER NOT NULL, lang TEXT NOT NULL, seq INTEGER NOT NULL, level INTEGER NOT NULL, "
          "anchor TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY(node, lang, seq)) WITHOUT ROWID"},
    // One row per document and language; text is the plain text that was indexed, zlib-compressed
    // (raw deflate stream with zlib header, as sqlar uses), kept for snippets and the PDF export.
    Table{"doc_text", "table",
          "CREATE TABLE doc_text(rowid INTEGER PRIMARY KEY, node INTEGER NOT NULL, lang TEXT NOT NULL, "
          "sz INTEGER NOT NULL, text BLOB NOT NULL)"},
    // Contentless full-text index; its rowid is doc_text.rowid. Each column holds its text with
    // every Hangul run replaced by a space, then (after a space) every Hangul run a second time as
    // overlapping syllable bigrams (see KoreanAnalyzer). body comes first because FTS5 stores the
    // positions of column 0 without a column marker: most entries are body entries.
    Table{"search", "table",
          "CREATE VIRTUAL TABLE search USING fts5(body, title, content='', "
          "tokenize='porter unicode61 remove_diacritics 2')"},
};

//! Column weights of the ranking (bm25 over search(body, title)): titles count ten times as much as body text.
inline constexpr double kBodyWeight = 1.0;
inline constexpr double kTitleWeight = 10.0;

//! Keys of the meta table.
namespace Meta {
inline constexpr std::string_view Id = "id";
inline constexpr std::string_view Version = "version";
inline constexpr std::string_view FormatVersion = "format_version";
inline constexpr std::string_view Created = "created";
inline constexpr std::string_view Languages = "languages"; // comma-separated
inline constexpr std::string_view DefaultLanguage = "default_language";
inline constexpr std::string_view Publisher = "publisher";
inline constexpr std::string_view TitlePrefix = "title."; // + language
inline constexpr std::string_view DescriptionPrefix = "description.";
inline constexpr std::string_view Generator = "generator";
} // namespace Meta

} // namespace Ss::Core::ArchiveFormat
