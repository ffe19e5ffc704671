// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
//
// ss-gensource: writes a synthetic content source (docs/content-format.md) for benchmarks.
//
//   ss-gensource N OUTDIR [--seed S] [--langs ko,en] [--bytes B]
//
// N is the number of document ids, folder landing pages (_index) included, so the source has
// exactly N files per language (N * languages Markdown files). Each file is about B bytes of
// UTF-8 (default 5000, varying +-25 %): front matter, headings, paragraphs, lists, one table,
// relative links to other documents of the source, and for about 1 bundle in 25 an SVG figure.
// Kinds are mixed (manual, content, city, activity, page) with valid typed fields. Korean text is
// made of Hangul nouns with the particle their last syllable calls for, and verb endings, so the
// bigram index sees realistic runs. The output is a pure function of (N, seed, langs, bytes):
// one 64-bit generator, seeded per document and language, and nothing that depends on the clock,
// the locale or the file system. (Several words of one expression are drawn in the order the
// compiler evaluates operands, so another compiler may write other, equally valid, text.)
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace {

// ---------------------------------------------------------------------------------------------
// Randomness: splitmix64, so that the stream does not depend on the standard library or Qt.

struct Rng
{
    explicit Rng(uint64_t seed) : state(seed) {}
    uint64_t next()
    {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    uint32_t below(size_t n) { return n ? uint32_t(((next() >> 32) * uint64_t(n)) >> 32) : 0; }
    int range(int lo, int hi) { return lo + int(below(size_t(hi - lo + 1))); }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return uniform() < p; }
    //! A rank in [0, n), small ranks much more likely (roughly Zipf-shaped word frequencies).
    uint32_t skewed(size_t n, double skew = 2.6) { return std::min(uint32_t(n - 1), uint32_t(double(n) * std::pow(uniform(), skew))); }
    template<typename T>
    const T &pick(const std::vector<T> &v) { return v[below(v.size())]; }

    uint64_t state;
};

uint64_t seedOf(uint64_t a, uint64_t b, uint64_t c = 0)
{
    Rng r(a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull) * 0xD6E8FEB86659FD93ull ^ c * 0xA0761D6478BD642Full);
    r.next();
    return r.next();
}

using Words = std::vector<std::string>;

// ---------------------------------------------------------------------------------------------
// Vocabulary.

const Words kEnNouns{
    "city", "policy", "bus", "subway", "route", "transit", "transfer", "fare", "card", "system", "centre", "data",
    "citizen", "district", "river", "stream", "park", "forest", "air", "dust", "emission", "energy", "building",
    "housing", "market", "job", "company", "startup", "school", "library", "hospital", "clinic", "welfare", "family",
    "budget", "plan", "project", "programme", "service", "network", "sensor", "camera", "signal", "road", "lane",
    "bridge", "tunnel", "station", "stop", "terminal", "platform", "water", "pipe", "leak", "plant", "reservoir",
    "flood", "pump", "drain", "rainfall", "typhoon", "fire", "safety", "disaster", "shelter", "drill", "response",
    "agency", "office", "department", "ministry", "council", "committee", "partner", "donor", "bank", "loan", "grant",
    "survey", "report", "study", "workshop", "training", "visit", "delegation", "consultation", "agreement", "pilot",
    "phase", "stage", "target", "indicator", "result", "outcome", "cost", "revenue", "operator", "contract", "tender",
    "standard", "regulation", "ordinance", "law", "permit", "licence", "portal", "app", "map", "dashboard", "traffic",
    "congestion", "accident", "pedestrian", "bicycle", "taxi", "parking", "vehicle", "fleet", "charger", "battery",
    "waste", "recycling", "landfill", "incinerator", "compost", "garden", "heritage", "museum", "festival", "tourism",
    "culture", "community", "neighbourhood", "village", "regeneration", "zoning", "density", "land", "growth",
    "population", "income", "poverty", "tax", "procurement", "transparency", "complaint", "petition", "hotline",
    "volunteer", "youth", "worker", "employer", "investment", "export", "meter", "tariff", "quality", "treatment",
    "monitoring", "forecast", "warning", "evacuation", "inspection", "maintenance", "asset", "ledger", "audit",
    "feedback", "channel", "kiosk", "smartphone", "interface", "database", "server", "cloud", "protocol", "module",
};
const Words kEnAdjectives{
    "public", "integrated", "smart", "sustainable", "local", "central", "municipal", "digital", "green", "safe",
    "affordable", "efficient", "transparent", "low-carbon", "resilient", "inclusive", "open", "new", "large", "small",
    "daily", "annual", "national", "regional", "urban", "rural", "private", "shared", "real-time", "automatic",
    "electric", "clean", "reliable", "accessible", "historic", "modern", "comprehensive", "joint", "pilot", "major",
};
const Words kEnVerbsPast{
    "introduced", "expanded", "reduced", "improved", "launched", "built", "connected", "replaced", "measured",
    "funded", "managed", "operated", "designed", "tested", "shared", "adopted", "simplified", "monitored", "opened",
    "restored", "upgraded", "trained", "reorganised", "standardised", "published", "reviewed", "evaluated",
    "extended", "integrated", "cut", "doubled", "halved", "supported", "financed", "mapped", "surveyed",
};
const Words kEnVerbs{
    "introduce", "expand", "reduce", "improve", "launch", "build", "connect", "replace", "measure", "fund",
    "manage", "operate", "design", "test", "share", "adopt", "simplify", "monitor", "open", "restore", "upgrade",
};
const Words kEnFiller{
    "the", "of", "and", "to", "in", "a", "for", "on", "with", "that", "by", "as", "from", "at", "is", "was", "were",
    "this", "it", "which", "more", "than", "its", "each", "every", "after", "before", "while", "also", "only",
};

// Korean nouns (Hangul only, so that the particle rule applies to the last syllable).
const Words kKoNouns{
    "서울시", "정책", "교통", "버스", "지하철", "노선", "환승", "요금", "카드", "체계", "시민", "도시", "환경", "상수도",
    "하천", "공원", "숲", "대기", "미세먼지", "에너지", "태양광", "건물", "주택", "시장", "일자리", "기업", "학교",
    "도서관", "병원", "복지", "가족", "예산", "계획", "사업", "서비스", "네트워크", "센서", "카메라", "신호", "도로",
    "차로", "다리", "터널", "정류장", "터미널", "물", "관로", "누수", "정수장", "저수지", "홍수", "빗물", "태풍",
    "화재", "안전", "재난", "대피소", "훈련", "대응", "기관", "부서", "위원회", "협력", "은행", "보조금", "조사",
    "보고서", "연구", "연수", "방문", "대표단", "자문", "협약", "시범사업", "단계", "목표", "지표", "성과", "결과",
    "비용", "수입", "운영사", "계약", "입찰", "기준", "규정", "조례", "법률", "허가", "지도", "현황판", "교통량",
    "혼잡", "사고", "보행자", "자전거", "택시", "주차", "차량", "충전기", "배터리", "쓰레기", "재활용", "매립지",
    "소각장", "텃밭", "문화유산", "박물관", "축제", "관광", "문화", "공동체", "마을", "재생", "밀도", "토지", "성장",
    "인구", "소득", "빈곤", "세금", "조달", "투명성", "민원", "청원", "자원봉사", "청년", "노동자", "투자", "수출",
    "계량기", "수질", "처리", "감시", "예보", "경보", "대피", "점검", "유지관리", "자산", "감사", "의견", "창구",
    "스마트폰", "데이터", "시스템", "플랫폼", "정보", "공무원", "전문가", "주민", "참여", "거버넌스", "행정", "제도",
    "개선", "도입", "확대", "추진", "운영", "관리", "구축", "지원", "강화", "효과", "과제", "경험", "노하우", "분야",
    "지역", "자치구", "중앙정부", "국제기구", "개발은행", "해외도시", "자매도시", "우호도시", "협력도시", "기술",
};
const Words kKoVerbEndings{
    "추진했습니다", "개선했습니다", "도입했습니다", "운영하고 있습니다", "확대했습니다", "마련했습니다",
    "지원합니다", "강화했습니다", "구축했습니다", "관리합니다", "줄였습니다", "늘렸습니다", "높였습니다",
    "낮췄습니다", "바꾸었습니다", "정비했습니다", "공개했습니다", "시작했습니다", "완료했습니다", "검토하고 있습니다",
    "추진할 계획입니다", "평가했습니다", "공유했습니다", "연결했습니다", "통합했습니다",
};
const Words kKoConnectives{"추진하고", "개선하여", "도입하면서", "운영하며", "확대하고", "마련하여", "지원하고", "구축하여"};
const Words kKoAdverbs{"크게", "꾸준히", "처음으로", "함께", "빠르게", "단계적으로", "적극적으로", "새롭게", "다시", "모두"};

struct Country
{
    const char *en;
    const char *ko;
    int region; // index into kRegions
};
const std::vector<Country> kCountries{
    {"Japan", "일본", 0},         {"China", "중국", 0},           {"Vietnam", "베트남", 0},
    {"Indonesia", "인도네시아", 0}, {"Philippines", "필리핀", 0},    {"Thailand", "태국", 0},
    {"Mongolia", "몽골", 0},       {"Kazakhstan", "카자흐스탄", 0},  {"Malaysia", "말레이시아", 0},
    {"India", "인도", 0},          {"France", "프랑스", 1},         {"Germany", "독일", 1},
    {"Italy", "이탈리아", 1},       {"Spain", "스페인", 1},          {"Poland", "폴란드", 1},
    {"Greece", "그리스", 1},        {"Turkey", "튀르키예", 1},       {"Czechia", "체코", 1},
    {"United States", "미국", 2},  {"Mexico", "멕시코", 2},         {"Brazil", "브라질", 2},
    {"Colombia", "콜롬비아", 2},    {"Peru", "페루", 2},             {"Ecuador", "에콰도르", 2},
    {"Chile", "칠레", 2},          {"Egypt", "이집트", 3},          {"Kenya", "케냐", 3},
    {"Ghana", "가나", 3},          {"United Arab Emirates", "아랍에미리트", 3}, {"Rwanda", "르완다", 3},
    {"Australia", "호주", 4},      {"New Zealand", "뉴질랜드", 4},  {"Fiji", "피지", 4},
};
const Words kRegions{"asia", "europe", "americas", "middle-east-africa", "oceania"};
const Words kRegionsEn{"Asia", "Europe", "Americas", "Middle East and Africa", "Oceania"};
const Words kRegionsKo{"아시아", "유럽", "미주", "중동·아프리카", "오세아니아"};
const Words kAreas{"urban-planning", "transportation", "environment", "water", "safety", "smart-city", "economy",
                   "welfare-culture"};
const Words kAreasEn{"Urban Planning", "Transportation", "Environment", "Water Resources", "Safety", "Smart City",
                     "Economy", "Welfare and Culture"};
const Words kAreasKo{"도시계획", "교통", "환경", "물관리", "안전", "스마트시티", "경제", "복지·문화"};
const Words kCoopTopics{"training", "field-trips", "partnerships", "proposals", "reports"};
const Words kCoopEn{"Training", "Field Trips", "Partnerships", "Business Proposals", "Reports"};
const Words kCoopKo{"연수", "현장 방문", "파트너십", "사업 제안", "보고서"};
const Words kFormats{"case-study", "infographic", "report", "video", "data"};
const Words kStatuses{"completed", "ongoing", "planned"};
const Words kRelations{"sister", "friendship", "partner"};
const Words kPartnersEn{"Seoul Metropolitan Government", "The Seoul Institute", "Korea International Cooperation Agency",
                        "Asian Development Bank", "World Bank", "Seoul Metro", "Seoul Water Works", "UN-Habitat",
                        "Seoul Housing and Communities Corporation", "Korea Smart City Association"};
const Words kPartnersKo{"서울특별시", "서울연구원", "한국국제협력단", "아시아개발은행", "세계은행", "서울교통공사",
                        "서울시 상수도사업본부", "유엔 해비타트", "서울주택도시공사", "한국스마트시티협회"};

bool hasFinalConsonant(const std::string &word)
{
    const QString w = QString::fromUtf8(word.data(), qsizetype(word.size()));
    if (w.isEmpty())
        return false;
    const char16_t c = w.back().unicode();
    return c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 != 0;
}

bool finalIsRieul(const std::string &word)
{
    const QString w = QString::fromUtf8(word.data(), qsizetype(word.size()));
    const char16_t c = w.isEmpty() ? 0 : w.back().unicode();
    return c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 == 8;
}

//! The noun followed by a particle of the kind \a which, in the form its last syllable takes.
std::string withParticle(const std::string &noun, int which)
{
    const bool batchim = hasFinalConsonant(noun);
    switch (which) {
    case 0: return noun + (batchim ? "은" : "는");
    case 1: return noun + (batchim ? "이" : "가");
    case 2: return noun + (batchim ? "을" : "를");
    case 3: return noun + "의";
    case 4: return noun + "에";
    case 5: return noun + "에서";
    case 6: return noun + (batchim && !finalIsRieul(noun) ? "으로" : "로");
    case 7: return noun + (batchim ? "과" : "와");
    case 8: return noun + "도";
    case 9: return noun + "까지";
    case 10: return noun + "부터";
    default: return noun + "에게";
    }
}

// Rare words: a long tail of made-up but pronounceable words, so that the index sees a realistic
// number of distinct terms. Word k is always the same word.
std::string rareEnglish(uint32_t k)
{
    static const char *const onsets[] = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v",
                                         "z", "br", "ch", "dr", "st", "tr", "pl", "gr", "sh"};
    static const char *const vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou"};
    Rng r(seedOf(0xE11, k));
    std::string w;
    const int syllables = r.range(2, 4);
    for (int i = 0; i < syllables; ++i) {
        w += onsets[r.below(std::size(onsets))];
        w += vowels[r.below(std::size(vowels))];
    }
    if (r.chance(0.5))
        w += "n";
    return w;
}

std::string hangulSyllable(Rng &r)
{
    // Common initial/medial/final combinations only, so that the words look like Korean.
    static const int initials[] = {0, 2, 3, 5, 6, 7, 9, 11, 12, 14, 15, 16, 17, 18};
    static const int medials[] = {0, 4, 8, 13, 18, 20, 1, 5, 6, 12, 17};
    static const int finals[] = {0, 0, 0, 0, 4, 8, 16, 21, 1, 17};
    const int code = 0xAC00 + (initials[r.below(std::size(initials))] * 21 + medials[r.below(std::size(medials))]) * 28
                     + finals[r.below(std::size(finals))];
    return QString(QChar(char16_t(code))).toStdString();
}

//! Rare Korean words: compounds of two nouns (as Korean forms them) or made-up names.
std::string rareKorean(uint32_t k)
{
    Rng r(seedOf(0xC0, k));
    if (k % 3 != 0)
        return kKoNouns[r.below(kKoNouns.size())] + kKoNouns[r.below(kKoNouns.size())];
    std::string w;
    const int syllables = r.range(2, 4);
    for (int i = 0; i < syllables; ++i)
        w += hangulSyllable(r);
    return w;
}

std::string capitalized(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = char(s[0] - 'a' + 'A');
    return s;
}

std::string yamlQuoted(const std::string &s)
{
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

// ---------------------------------------------------------------------------------------------
// The document plan.

enum class Form { Branch, Bundle, Single };

struct Doc
{
    std::string id;                  // e.g. model-policies/transportation/mobility-02/bus-lane-1234
    std::vector<std::string> segs;   // id split at '/'
    Form form = Form::Bundle;
    std::string kind = "page";
    int section = 0;                 // 0 model-policies, 1 sharing-activities, 2 overseas-cities, 3 cooperation
    int category = -1;               // area / year index / region / topic, -1 for a section page
    int weight = 0;
    std::vector<int> children;       // doc indexes, for branch pages
    std::string en, ko;              // titles
    std::string nameEn, nameKo;      // city names
    int country = 0;                 // for cities and activities
    int city = -1;                   // for activities: the city document
    bool hasFigure = false;
};

const Words kSections{"model-policies", "sharing-activities", "overseas-cities", "cooperation"};
const Words kSectionsEn{"Model Seoul Policies", "Policy Sharing Activities", "Data on Overseas Cities",
                        "Private-Public Cooperation"};
const Words kSectionsKo{"서울 우수정책", "정책공유 활동", "해외도시 정보", "민관협력"};
constexpr int kFirstYear = 2006;
constexpr int kYears = 20;
constexpr size_t kGroupSize = 30; // leaves per folder before they are split into sub-folders

int categoryCount(int section)
{
    switch (section) {
    case 0: return int(kAreas.size());
    case 1: return kYears;
    case 2: return int(kRegions.size());
    default: return int(kCoopTopics.size());
    }
}

//! Folders a section needs for \a leaves documents spread over its categories.
int folderCount(int section, int leaves)
{
    const int cats = categoryCount(section);
    int folders = cats;
    for (int c = 0; c < cats; ++c) {
        const int n = leaves / cats + (c < leaves % cats ? 1 : 0);
        if (size_t(n) > kGroupSize)
            folders += int((size_t(n) + kGroupSize - 1) / kGroupSize);
    }
    return folders;
}

std::vector<int> leavesPerSection(int leaves)
{
    // manuals and content 45 %, activities 30 %, cities 15 %, cooperation pages 10 %.
    std::vector<int> out{leaves * 45 / 100, leaves * 30 / 100, leaves * 15 / 100, 0};
    out[3] = leaves - out[0] - out[1] - out[2];
    return out;
}

int totalFor(int leaves)
{
    const auto per = leavesPerSection(leaves);
    int total = 4 + leaves;
    for (int s = 0; s < 4; ++s)
        total += folderCount(s, per[size_t(s)]);
    return total;
}

class Generator
{
public:
    Generator(uint64_t seed, QStringList langs, int bytes) : m_seed(seed), m_langs(std::move(langs)), m_bytes(bytes) {}

    int minimum() const { return totalFor(0); }

    void plan(int n)
    {
        int leaves = std::max(0, n - totalFor(0));
        while (leaves > 0 && totalFor(leaves) > n)
            --leaves;
        const int extra = n - totalFor(leaves); // topped up with pages directly under cooperation
        const auto per = leavesPerSection(leaves);
        Rng r(seedOf(m_seed, 0x91A));
        for (int s = 0; s < 4; ++s) {
            const int sectionDoc = add(-1, kSections[size_t(s)], Form::Branch, s, -1);
            m_docs[size_t(sectionDoc)].en = kSectionsEn[size_t(s)];
            m_docs[size_t(sectionDoc)].ko = kSectionsKo[size_t(s)];
            const int cats = categoryCount(s);
            for (int c = 0; c < cats; ++c) {
                const int catDoc = add(sectionDoc, categorySlug(s, c), Form::Branch, s, c);
                categoryTitles(s, c, &m_docs[size_t(catDoc)]);
                const int count = per[size_t(s)] / cats + (c < per[size_t(s)] % cats ? 1 : 0);
                std::vector<int> parents;
                if (size_t(count) > kGroupSize) {
                    const int groups = int((size_t(count) + kGroupSize - 1) / kGroupSize);
                    for (int g = 0; g < groups; ++g) {
                        const int groupDoc = add(catDoc, groupSlug(r, g), Form::Branch, s, c);
                        groupTitles(r, &m_docs[size_t(groupDoc)]);
                        parents.push_back(groupDoc);
                    }
                } else {
                    parents.push_back(catDoc);
                }
                for (int i = 0; i < count; ++i)
                    addLeaf(r, parents[size_t(i) % parents.size()], s, c);
            }
            if (s == 3) {
                for (int i = 0; i < extra; ++i)
                    addLeaf(r, sectionDoc, s, -1);
            }
        }
        for (size_t i = 0; i < m_docs.size(); ++i) {
            const Doc &d = m_docs[i];
            if (d.kind == "manual")
                m_manuals.push_back(int(i));
            else if (d.kind == "city")
                m_cities.push_back(int(i));
        }
        for (size_t i = 0; i < m_docs.size(); ++i) {
            Doc &d = m_docs[i];
            if (d.kind != "activity")
                continue;
            Rng cr(seedOf(m_seed, 0xC177, i));
            d.city = m_cities.empty() ? -1 : m_cities[cr.below(m_cities.size())];
            d.country = d.city < 0 ? int(cr.below(kCountries.size())) : m_docs[size_t(d.city)].country;
            d.en += kCountries[size_t(d.country)].en;
            d.ko = kCountries[size_t(d.country)].ko + d.ko;
        }
    }

    const std::vector<Doc> &docs() const { return m_docs; }

    //! Writes archive.yaml, content/ and static/ under \a out. Returns the bytes of Markdown written.
    qint64 write(const QString &out)
    {
        QDir().mkpath(out + QStringLiteral("/content"));
        QDir().mkpath(out + QStringLiteral("/static/images"));
        std::string yaml = "id: synthetic-benchmark\nversion: 1.0.0\n"
                           "title: { ko: 합성 벤치마크 아카이브, en: Synthetic benchmark archive }\n"
                           "description: { ko: 패커 성능 측정용으로 생성한 문서입니다., en: Documents generated to "
                           "measure the packer. }\npublisher: Seoul Solution Desktop benchmarks\nlanguages: [";
        for (qsizetype i = 0; i < m_langs.size(); ++i)
            yaml += (i ? ", " : "") + m_langs.at(i).toStdString();
        yaml += "]\ndefault_language: " + m_langs.first().toStdString() + "\ncreated: 2026-11-01\n";
        writeFile(out + QStringLiteral("/archive.yaml"), yaml);
        writeFile(out + QStringLiteral("/static/images/seoul-logo.svg"), svg("Seoul", 0));
        qint64 markdown = 0;
        for (size_t i = 0; i < m_docs.size(); ++i) {
            const Doc &d = m_docs[i];
            if (d.hasFigure)
                writeFile(out + QStringLiteral("/content/") + QString::fromStdString(d.id) + QStringLiteral("/figure.svg"),
                          svg(d.en, int(i)));
            for (const QString &lang : std::as_const(m_langs)) {
                const std::string text = document(int(i), lang.toStdString());
                writeFile(out + QStringLiteral("/content/") + QString::fromStdString(filePath(d, lang.toStdString())), text);
                markdown += qint64(text.size());
            }
        }
        return markdown;
    }

private:
    //! Adds a document under the document at index \a parent (-1: a section); returns its index.
    int add(int parent, const std::string &slug, Form form, int section, int category)
    {
        Doc d;
        if (parent >= 0)
            d.segs = m_docs[size_t(parent)].segs;
        d.segs.push_back(slug);
        for (size_t i = 0; i < d.segs.size(); ++i)
            d.id += (i ? "/" : "") + d.segs[i];
        d.form = form;
        d.section = section;
        d.category = category;
        m_docs.push_back(d);
        const int index = int(m_docs.size() - 1);
        if (parent >= 0) {
            m_docs[size_t(parent)].children.push_back(index);
            m_docs[size_t(index)].weight = int(m_docs[size_t(parent)].children.size());
        }
        return index;
    }

    std::string categorySlug(int s, int c) const
    {
        switch (s) {
        case 0: return kAreas[size_t(c)];
        case 1: return std::to_string(kFirstYear + c);
        case 2: return kRegions[size_t(c)];
        default: return kCoopTopics[size_t(c)];
        }
    }

    void categoryTitles(int s, int c, Doc *d) const
    {
        switch (s) {
        case 0: d->en = kAreasEn[size_t(c)]; d->ko = kAreasKo[size_t(c)]; break;
        case 1: d->en = "Activities of " + std::to_string(kFirstYear + c); d->ko = std::to_string(kFirstYear + c) + "년 활동"; break;
        case 2: d->en = kRegionsEn[size_t(c)]; d->ko = kRegionsKo[size_t(c)]; break;
        default: d->en = kCoopEn[size_t(c)]; d->ko = kCoopKo[size_t(c)]; break;
        }
    }

    std::string groupSlug(Rng &r, int g) const
    {
        char number[16];
        std::snprintf(number, sizeof number, "%02d", g + 1);
        return kEnNouns[r.below(kEnNouns.size())] + "-" + number;
    }

    void groupTitles(Rng &r, Doc *d) const
    {
        const std::string noun = d->segs.back().substr(0, d->segs.back().rfind('-'));
        d->en = capitalized(kEnAdjectives[r.below(kEnAdjectives.size())]) + " " + noun + " " + d->segs.back().substr(noun.size() + 1);
        d->ko = kKoNouns[r.below(kKoNouns.size())] + " " + kKoNouns[r.below(kKoNouns.size())] + " "
                + d->segs.back().substr(noun.size() + 1);
    }

    void addLeaf(Rng &r, int parent, int s, int c)
    {
        const std::string slug = kEnAdjectives[r.below(kEnAdjectives.size())] + "-" + kEnNouns[r.below(kEnNouns.size())]
                                 + "-" + std::to_string(m_docs.size());
        const Form form = r.chance(0.6) ? Form::Bundle : Form::Single;
        const int index = add(parent, slug, form, s, c);
        Doc &d = m_docs[size_t(index)];
        d.hasFigure = form == Form::Bundle && r.chance(0.04);
        const std::string n1 = kEnNouns[r.below(kEnNouns.size())], n2 = kEnNouns[r.below(kEnNouns.size())];
        const std::string k1 = kKoNouns[r.below(kKoNouns.size())], k2 = kKoNouns[r.below(kKoNouns.size())];
        switch (s) {
        case 0:
            d.kind = r.chance(0.8) ? "manual" : "content";
            d.en = "Seoul " + capitalized(n1) + " " + capitalized(n2) + (d.kind == "manual" ? " Policy" : " Case Study");
            d.ko = "서울 " + k1 + " " + k2 + (d.kind == "manual" ? " 정책" : " 사례");
            break;
        case 1:
            // The title names the country of the activity's city, known once the cities exist (see plan()).
            d.kind = "activity";
            d.en = capitalized(n1) + " " + n2 + " cooperation with ";
            d.ko = " " + k1 + " " + k2 + " 협력";
            break;
        case 2: {
            d.kind = "city";
            std::vector<int> inRegion;
            for (size_t i = 0; i < kCountries.size(); ++i) {
                if (kCountries[i].region == c)
                    inRegion.push_back(int(i));
            }
            d.country = inRegion.empty() ? 0 : r.pick(inRegion);
            Rng nr(seedOf(m_seed, 0xC17, uint64_t(index)));
            d.nameEn = capitalized(rareEnglish(uint32_t(100000 + index)));
            for (int i = 0, n = nr.range(2, 3); i < n; ++i)
                d.nameKo += hangulSyllable(nr);
            d.en = d.nameEn;
            d.ko = d.nameKo;
            break;
        }
        default:
            d.kind = r.chance(0.5) ? "page" : "content";
            d.en = capitalized(kEnAdjectives[r.below(kEnAdjectives.size())]) + " " + n1 + " " + n2 + " partnership";
            d.ko = k1 + " " + k2 + " 파트너십";
            break;
        }
    }

    static std::string filePath(const Doc &d, const std::string &lang)
    {
        switch (d.form) {
        case Form::Branch: return d.id + "/_index." + lang + ".md";
        case Form::Bundle: return d.id + "/index." + lang + ".md";
        case Form::Single: return d.id + "." + lang + ".md";
        }
        return {};
    }

    //! The folder a document's links are relative to.
    static std::vector<std::string> baseDir(const Doc &d)
    {
        std::vector<std::string> dir = d.segs;
        if (d.form == Form::Single)
            dir.pop_back();
        return dir;
    }

    //! A relative link from \a from to \a to in one of the forms docs/content-format.md allows.
    std::string relativeLink(const Doc &from, const Doc &to, const std::string &lang, Rng &r) const
    {
        const std::vector<std::string> dir = baseDir(from);
        size_t common = 0;
        while (common < dir.size() && common < to.segs.size() && dir[common] == to.segs[common])
            ++common;
        std::string path;
        for (size_t i = common; i < dir.size(); ++i)
            path += "../";
        if (to.form == Form::Single && common < to.segs.size()) {
            for (size_t i = common; i + 1 < to.segs.size(); ++i)
                path += to.segs[i] + "/";
            const double f = r.uniform();
            path += to.segs.back() + (f < 0.5 ? "." + lang + ".md" : f < 0.8 ? std::string(".md") : std::string("/"));
        } else {
            for (size_t i = common; i < to.segs.size(); ++i)
                path += to.segs[i] + "/";
            if (to.form == Form::Bundle && r.chance(0.25))
                path += "index." + lang + ".md";
        }
        if (path.empty())
            path = "./";
        if (r.chance(0.05))
            path += "#sec-1";
        return path;
    }

    //! A document to link to from \a self: mostly near it, sometimes anywhere.
    int linkTarget(int self, Rng &r) const
    {
        const Doc &d = m_docs[size_t(self)];
        for (int attempt = 0; attempt < 8; ++attempt) {
            int t;
            if (r.chance(0.5)) {
                const int span = 60;
                t = std::clamp(self + r.range(-span, span), 0, int(m_docs.size()) - 1);
            } else {
                t = int(r.below(m_docs.size()));
            }
            if (t != self && !(d.form == Form::Branch && m_docs[size_t(t)].segs == d.segs))
                return t;
        }
        return self == 0 ? 1 : 0;
    }

    std::string title(const Doc &d, const std::string &lang) const { return lang == "ko" ? d.ko : d.en; }

    std::string link(int self, int target, const std::string &lang, Rng &r) const
    {
        return "[" + title(m_docs[size_t(target)], lang) + "](" + relativeLink(m_docs[size_t(self)], m_docs[size_t(target)], lang, r) + ")";
    }

    // ----- text -----

    std::string enNoun(Rng &r) const
    {
        if (r.chance(0.12))
            return rareEnglish(r.skewed(40000, 1.8));
        return kEnNouns[r.skewed(kEnNouns.size(), 1.6)];
    }

    std::string koNoun(Rng &r) const
    {
        if (r.chance(0.15))
            return rareKorean(r.skewed(30000, 1.8));
        return kKoNouns[r.skewed(kKoNouns.size(), 1.6)];
    }

    std::string enSentence(Rng &r, int self, int *links) const
    {
        const std::string year = std::to_string(r.range(1995, 2026));
        std::string s;
        switch (r.below(7)) {
        case 0:
            s = "The " + enNoun(r) + " " + r.pick(kEnVerbsPast) + " the " + r.pick(kEnAdjectives) + " " + enNoun(r) + " of the "
                + enNoun(r) + " in " + year;
            break;
        case 1:
            s = capitalized(r.pick(kEnAdjectives)) + " " + enNoun(r) + "s were " + r.pick(kEnVerbsPast) + " across "
                + std::to_string(r.range(2, 25)) + " districts, and the " + enNoun(r) + " " + r.pick(kEnVerbsPast) + " by "
                + std::to_string(r.range(3, 60)) + " percent";
            break;
        case 2:
            s = "Officials from the " + enNoun(r) + " " + enNoun(r) + " worked with the " + enNoun(r) + " " + enNoun(r) + " to "
                + r.pick(kEnVerbs) + " the " + r.pick(kEnAdjectives) + " " + enNoun(r);
            break;
        case 3:
            s = "By " + year + ", more than " + std::to_string(r.range(10, 900) * 1000) + " " + enNoun(r) + " users had "
                + r.pick(kEnVerbsPast) + " the new " + enNoun(r) + ", which " + r.pick(kEnVerbsPast) + " " + enNoun(r) + " "
                + enNoun(r) + " for " + enNoun(r) + "s";
            break;
        case 4: {
            s = (r.chance(0.5) ? std::string("The ") : std::string("A ")) + r.pick(kEnAdjectives) + " " + enNoun(r);
            for (int i = 0, n = r.range(6, 16); i < n; ++i)
                s += " " + (r.chance(0.45) ? r.pick(kEnFiller) : r.chance(0.7) ? enNoun(r) : r.pick(kEnAdjectives));
            break;
        }
        case 5:
            s = "A **" + r.pick(kEnAdjectives) + " " + enNoun(r) + "** now " + r.pick(kEnVerbs) + "s the " + enNoun(r) + " data of the `"
                + enNoun(r) + "-" + enNoun(r) + "` " + enNoun(r);
            break;
        default:
            s = "The " + r.pick(kEnAdjectives) + " " + enNoun(r) + " is *" + r.pick(kEnAdjectives) + "*, so the " + enNoun(r)
                + " could " + r.pick(kEnVerbs) + " its " + enNoun(r) + " within " + std::to_string(r.range(2, 36)) + " months";
            break;
        }
        if (*links > 0 && r.chance(0.2)) {
            s += " (see " + link(self, linkTarget(self, r), "en", r) + ")";
            --*links;
        }
        return s + ".";
    }

    std::string koPhrase(Rng &r) const
    {
        std::string p = koNoun(r);
        if (r.chance(0.3))
            p += " " + koNoun(r);
        return p;
    }

    std::string koSentence(Rng &r, int self, int *links) const
    {
        std::string s;
        if (r.chance(0.4))
            s += std::to_string(r.range(1995, 2026)) + "년" + (r.chance(0.5) ? "부터 " : "에 ");
        s += withParticle(koPhrase(r), r.chance(0.6) ? 0 : 1) + " ";
        const int clauses = r.range(1, 2);
        for (int c = 0; c < clauses; ++c) {
            for (int i = 0, n = r.range(1, 3); i < n; ++i) {
                static const int particles[] = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 3, 2};
                s += withParticle(koPhrase(r), particles[r.below(std::size(particles))]) + " ";
            }
            if (r.chance(0.25))
                s += r.pick(kKoAdverbs) + " ";
            if (r.chance(0.2))
                s += std::to_string(r.range(2, 90)) + "퍼센트 ";
            if (c + 1 < clauses)
                s += r.pick(kKoConnectives) + ", ";
        }
        s += withParticle(koPhrase(r), 2) + " " + r.pick(kKoVerbEndings);
        if (*links > 0 && r.chance(0.2)) {
            s += "(" + link(self, linkTarget(self, r), "ko", r) + " 참고)";
            --*links;
        }
        return s + ".";
    }

    std::string sentence(Rng &r, const std::string &lang, int self, int *links) const
    {
        return lang == "ko" ? koSentence(r, self, links) : enSentence(r, self, links);
    }

    std::string paragraph(Rng &r, const std::string &lang, int self, int *links) const
    {
        std::string p;
        for (int i = 0, n = r.range(2, 5); i < n; ++i)
            p += (i ? " " : "") + sentence(r, lang, self, links);
        return p + "\n\n";
    }

    std::string bulletList(Rng &r, const std::string &lang, int self, int *links, bool ordered) const
    {
        std::string out;
        for (int i = 0, n = r.range(3, 6); i < n; ++i) {
            out += ordered ? std::to_string(i + 1) + ". " : "- ";
            if (r.chance(0.3))
                out += "**" + (lang == "ko" ? koPhrase(r) : capitalized(enNoun(r))) + "**: ";
            out += sentence(r, lang, self, links) + "\n";
        }
        return out + "\n";
    }

    std::string table(Rng &r, const std::string &lang) const
    {
        const bool ko = lang == "ko";
        std::string out = ko ? "| 연도 | 항목 | 수치 | 비고 |\n|---|---|---:|---|\n" : "| Year | Item | Value | Note |\n|---|---|---:|---|\n";
        int year = r.range(1995, 2018);
        for (int i = 0, n = r.range(4, 7); i < n; ++i) {
            year += r.range(1, 3);
            out += "| " + std::to_string(year) + " | " + (ko ? koPhrase(r) : capitalized(enNoun(r)) + " " + enNoun(r)) + " | "
                   + std::to_string(r.range(1, 99999)) + " | " + (ko ? withParticle(koNoun(r), 2) + " " + r.pick(kKoVerbEndings)
                                                                     : r.pick(kEnVerbsPast) + " " + enNoun(r))
                   + " |\n";
        }
        return out + "\n";
    }

    std::vector<std::string> headings(const Doc &d, const std::string &lang, Rng &r) const
    {
        const bool ko = lang == "ko";
        if (d.kind == "manual")
            return ko ? Words{"배경", "추진 과정과 노하우", "문제점과 해결 방안", "성과"}
                      : Words{"Background", "Implementation process and expertise", "Difficulties and solutions", "Results"};
        if (d.kind == "city")
            return ko ? Words{"개요", "서울과의 교류 현황", "도시 현안", "기업 진출 정보"}
                      : Words{"Overview", "Exchanges with Seoul", "Current issues", "Information for companies"};
        if (d.kind == "activity")
            return ko ? Words{"사업 개요", "추진 내용", "성과와 과제"} : Words{"Summary", "What was done", "Results and next steps"};
        Words out;
        for (int i = 0, n = r.range(3, 5); i < n; ++i)
            out.push_back(ko ? koPhrase(r) + " " + koNoun(r) : capitalized(r.pick(kEnAdjectives)) + " " + enNoun(r) + " " + enNoun(r));
        return out;
    }

    std::string frontMatter(int index, const std::string &lang, Rng &r) const
    {
        const Doc &d = m_docs[size_t(index)];
        const bool ko = lang == "ko";
        // Values that must agree across languages come from a generator seeded by the document only.
        Rng common(seedOf(m_seed, 0xF1E1D, uint64_t(index)));
        std::string fm = "---\ntitle: " + yamlQuoted(title(d, lang)) + "\nweight: " + std::to_string(d.weight) + "\nkind: " + d.kind + "\n";
        std::string summary;
        int noLinks = 0;
        summary = sentence(r, lang, index, &noLinks);
        fm += "summary: " + yamlQuoted(summary) + "\n";
        fm += "tags: [";
        for (int i = 0, n = r.range(2, 6); i < n; ++i)
            fm += (i ? ", " : "") + yamlQuoted(ko ? koNoun(r) : enNoun(r));
        fm += "]\n";
        char date[48];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", common.range(2008, 2026), common.range(1, 12), common.range(1, 28));
        fm += "date: " + std::string(date) + "\n";
        if (d.form != Form::Branch) {
            fm += "related:\n";
            for (int i = 0, n = common.range(1, 4); i < n; ++i)
                fm += "  - " + m_docs[size_t(linkTarget(index, common))].id + "\n";
        }
        if (d.kind == "manual") {
            fm += "area: " + kAreas[size_t(d.category)] + "\nyear: " + std::to_string(common.range(1990, 2025)) + "\n";
            fm += "contact: " + yamlQuoted(ko ? koNoun(r) + "과, 서울특별시" : capitalized(enNoun(r)) + " Division, Seoul Metropolitan Government") + "\n";
        } else if (d.kind == "content") {
            fm += "area: " + kAreas[common.below(kAreas.size())] + "\nformat: " + common.pick(kFormats) + "\n";
        } else if (d.kind == "city") {
            const Country &c = kCountries[size_t(d.country)];
            fm += "country: " + yamlQuoted(ko ? c.ko : c.en) + "\nregion: " + kRegions[size_t(c.region)] + "\n";
            char coords[64];
            std::snprintf(coords, sizeof coords, "lat: %.4f\nlon: %.4f\n", common.uniform() * 140.0 - 60.0, common.uniform() * 360.0 - 180.0);
            fm += coords;
            fm += "population: " + std::to_string(common.range(50, 30000) * 1000 + common.range(0, 999)) + "\n";
            fm += "relation: " + common.pick(kRelations) + "\nsince: " + std::to_string(common.range(1968, 2024)) + "\n";
        } else if (d.kind == "activity") {
            const Country &c = kCountries[size_t(d.country)];
            fm += "year: " + std::to_string(kFirstYear + std::max(0, d.category)) + "\n";
            fm += "country: " + yamlQuoted(ko ? c.ko : c.en) + "\n";
            if (d.city >= 0)
                fm += "city: " + m_docs[size_t(d.city)].id + "\n";
            fm += "area: " + kAreas[common.below(kAreas.size())] + "\nstatus: " + common.pick(kStatuses) + "\n";
            fm += "partners:\n";
            Rng partners(seedOf(m_seed, 0x9A27, uint64_t(index)));
            for (int i = 0, n = partners.range(1, 3); i < n; ++i)
                fm += "  - " + yamlQuoted((ko ? kPartnersKo : kPartnersEn)[partners.below(kPartnersEn.size())]) + "\n";
            if (!m_manuals.empty()) {
                fm += "manuals:\n";
                for (int i = 0, n = common.range(1, 3); i < n; ++i)
                    fm += "  - " + m_docs[size_t(m_manuals[common.below(m_manuals.size())])].id + "\n";
            }
        }
        return fm + "---\n\n";
    }

    std::string document(int index, const std::string &lang)
    {
        const Doc &d = m_docs[size_t(index)];
        Rng r(seedOf(m_seed, uint64_t(index) + 1, uint64_t(uint8_t(lang[0])) << 8 | uint8_t(lang[1])));
        const size_t target = size_t(double(m_bytes) * (0.75 + 0.5 * r.uniform()));
        const std::string fm = frontMatter(index, lang, r);
        int links = r.range(3, 7);
        std::string intro = paragraph(r, lang, index, &links);
        if (d.hasFigure)
            intro += "![" + title(d, lang) + "](figure.svg)\n\n";
        if (d.form == Form::Branch && d.segs.size() == 1)
            intro += "![Seoul](/images/seoul-logo.svg)\n\n";
        std::string childList;
        if (d.form == Form::Branch) {
            for (size_t i = 0; i < d.children.size() && i < 40; ++i)
                childList += "- " + link(index, d.children[i], lang, r) + "\n";
            if (!childList.empty())
                childList += "\n";
        }
        const std::vector<std::string> heads = headings(d, lang, r);
        std::vector<std::string> sections(heads.size());
        const size_t tableAt = r.below(heads.size()), listAt = r.below(heads.size());
        for (size_t i = 0; i < heads.size(); ++i) {
            if (i == tableAt)
                sections[i] += table(r, lang);
            if (i == listAt)
                sections[i] += bulletList(r, lang, index, &links, r.chance(0.3));
        }
        auto size = [&] {
            size_t n = fm.size() + intro.size() + childList.size();
            for (size_t i = 0; i < heads.size(); ++i)
                n += heads[i].size() + sections[i].size() + 4;
            return n;
        };
        const std::string seeAlso = lang == "ko" ? "관련 문서" : "See also";
        while (size() + 200 < target) {
            const size_t i = r.below(heads.size());
            if (r.chance(0.06))
                sections[i] += "### " + (lang == "ko" ? koPhrase(r) : capitalized(enNoun(r)) + " " + enNoun(r)) + "\n\n";
            if (r.chance(0.05))
                sections[i] += "> " + sentence(r, lang, index, &links) + "\n\n";
            sections[i] += paragraph(r, lang, index, &links);
        }
        std::string out = fm + intro + childList;
        for (size_t i = 0; i < heads.size(); ++i)
            out += "## " + heads[i] + "\n\n" + sections[i];
        out += "## " + seeAlso + "\n\n";
        for (int i = 0, n = std::max(2, links); i < n; ++i)
            out += "- " + link(index, linkTarget(index, r), lang, r) + "\n";
        if (r.chance(0.3))
            out += "- [" + std::string(lang == "ko" ? "서울솔루션 누리집" : "Seoul Solution website") + "](https://seoulsolution.kr/)\n";
        return out;
    }

    static std::string svg(const std::string &label, int n)
    {
        std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"120\" viewBox=\"0 0 320 120\">\n"
                        "<rect width=\"320\" height=\"120\" fill=\"#e8f0fa\"/>\n";
        for (int i = 0; i < 8; ++i)
            s += "<rect x=\"" + std::to_string(20 + i * 36) + "\" y=\"" + std::to_string(100 - (n * 7 + i * 13) % 80)
                 + "\" width=\"24\" height=\"" + std::to_string((n * 7 + i * 13) % 80) + "\" fill=\"#1f5fa8\"/>\n";
        std::string escaped;
        for (const char c : label)
            escaped += c == '&' ? std::string("&amp;") : c == '<' ? std::string("&lt;") : std::string(1, c);
        return s + "<text x=\"10\" y=\"16\" font-size=\"12\">" + escaped + "</text>\n</svg>\n";
    }

    static void writeFile(const QString &path, const std::string &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(data.data(), qint64(data.size())) != qint64(data.size())) {
            std::fprintf(stderr, "ss-gensource: cannot write %s\n", qPrintable(path));
            std::exit(1);
        }
    }

    uint64_t m_seed;
    QStringList m_langs;
    int m_bytes;
    std::vector<Doc> m_docs;
    std::vector<int> m_manuals, m_cities;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ss-gensource"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a synthetic content source for benchmarking seoulsolution-archive build.\n"
                       "N is the number of document ids (folder pages included); each has one Markdown file per "
                       "language."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("N"), QStringLiteral("Number of documents."));
    parser.addPositionalArgument(QStringLiteral("OUTDIR"), QStringLiteral("Folder to create (must not exist or be empty)."));
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("langs"), QStringLiteral("Languages, the first is the default (default ko,en)."),
                      QStringLiteral("LIST"), QStringLiteral("ko,en")});
    parser.addOption({QStringLiteral("bytes"), QStringLiteral("Average size of one Markdown file (default 5000)."),
                      QStringLiteral("B"), QStringLiteral("5000")});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    bool ok = false, seedOk = false, bytesOk = false;
    const int n = args.size() == 2 ? args.at(0).toInt(&ok) : 0;
    const qulonglong seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    const int bytes = parser.value(QStringLiteral("bytes")).toInt(&bytesOk);
    const QStringList langs = parser.value(QStringLiteral("langs")).split(u',', Qt::SkipEmptyParts);
    bool langsOk = !langs.isEmpty();
    for (const QString &l : langs)
        langsOk = langsOk && l.size() == 2 && l.at(0).isLower() && l.at(1).isLower();
    if (!ok || n <= 0 || !seedOk || !bytesOk || bytes < 500 || !langsOk) {
        std::fputs("Usage: ss-gensource N OUTDIR [--seed S] [--langs ko,en] [--bytes B]\n", stderr);
        return 64;
    }
    const QString out = args.at(1);
    if (QDir(out).exists() && !QDir(out).isEmpty()) {
        std::fprintf(stderr, "ss-gensource: %s exists and is not empty\n", qPrintable(out));
        return 1;
    }
    Generator generator(seed, langs, bytes);
    if (n < generator.minimum())
        std::fprintf(stderr, "ss-gensource: %d is below the %d folder pages the layout needs; writing %d\n", n,
                     generator.minimum(), generator.minimum());
    generator.plan(std::max(n, generator.minimum()));
    const qint64 markdown = generator.write(out);
    int folders = 0;
    for (const auto &d : generator.docs())
        folders += d.form == Form::Branch ? 1 : 0;
    std::printf("ss-gensource: %d documents (%d folder pages) x %d languages = %lld Markdown files, %lld bytes\n",
                int(generator.docs().size()), folders, int(langs.size()),
                static_cast<long long>(generator.docs().size() * size_t(langs.size())), static_cast<long long>(markdown));
    return 0;
}
