// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "sqlarcodec.h"

#include <QCryptographicHash>

#include <zlib.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define SS_HAVE_SHA_NI 1
#endif

#include <cstdint>
#include <cstring>

namespace Ss::Core {

namespace {

#ifdef SS_HAVE_SHA_NI
// SHA-256 with the x86 SHA extensions: the manifest hashes every page, and Qt's portable SHA-256
// took as long as compressing them. Same digest, about seven times faster.

alignas(16) const uint32_t kSha256K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

__attribute__((target("sha,sse4.1,ssse3"))) void sha256Blocks(uint32_t state[8], const unsigned char *data, size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state)), 0xB1); // CDAB
    __m128i state1 = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4)), 0x1B); // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);  // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);        // CDGH
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abef = state0, cdgh = state1;
        __m128i w[4];
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
        for (int r = 0; r < 16; ++r) {
            __m128i msg = _mm_add_epi32(w[r & 3], _mm_load_si128(reinterpret_cast<const __m128i *>(kSha256K + 4 * r)));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            msg = _mm_shuffle_epi32(msg, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
            if (r < 12) {
                const __m128i t = _mm_add_epi32(_mm_sha256msg1_epu32(w[r & 3], w[(r + 1) & 3]),
                                                _mm_alignr_epi8(w[(r + 3) & 3], w[(r + 2) & 3], 4));
                w[r & 3] = _mm_sha256msg2_epu32(t, w[(r + 3) & 3]);
            }
        }
        state0 = _mm_add_epi32(state0, abef);
        state1 = _mm_add_epi32(state1, cdgh);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);         // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);      // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);   // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);      // ABEF -> HGFE
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), state1);
}

QByteArray sha256ShaNi(const QByteArray &data)
{
    uint32_t state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const size_t size = size_t(data.size());
    sha256Blocks(state, bytes, size / 64);
    unsigned char tail[128] = {};
    const size_t rest = size % 64;
    std::memcpy(tail, bytes + size - rest, rest);
    tail[rest] = 0x80;
    const size_t tailSize = rest < 56 ? 64 : 128;
    const uint64_t bits = uint64_t(size) * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailSize - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    sha256Blocks(state, tail, tailSize / 64);
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        for (int j = 0; j < 4; ++j)
            digest[4 * i + j] = char(state[i] >> (24 - 8 * j));
    }
    return digest;
}

bool cpuHasShaNi()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSSE3) || !(c & bit_SSE4_1))
        return false;
    return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & bit_SHA);
}

#endif

} // namespace

QByteArray SqlarCodec::sha256(const QByteArray &data)
{
#ifdef SS_HAVE_SHA_NI
    // The instructions are used only where the CPU has them and they agree with Qt on a sample.
    static const bool useShaNi = cpuHasShaNi()
        && sha256ShaNi(QByteArray(200, 'x')) == QCryptographicHash::hash(QByteArray(200, 'x'), QCryptographicHash::Sha256);
    if (useShaNi)
        return sha256ShaNi(data);
#endif
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}


QByteArray SqlarCodec::encode(const QByteArray &raw, int level)
{
    if (raw.isEmpty())
        return raw;
    uLongf bound = compressBound(uLong(raw.size()));
    QByteArray out(qsizetype(bound), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &bound, reinterpret_cast<const Bytef *>(raw.constData()),
                  uLong(raw.size()), level) != Z_OK
        || qsizetype(bound) >= raw.size())
        return raw;
    out.truncate(qsizetype(bound));
    return out;
}

std::optional<QByteArray> SqlarCodec::decode(const QByteArray &data, qint64 size, qint64 maxSize)
{
    if (size < 0 || size > maxSize || data.size() > size)
        return std::nullopt;
    if (data.size() == size)
        return data;
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    uLongf outLen = uLongf(size);
    if (uncompress(reinterpret_cast<Bytef *>(out.data()), &outLen, reinterpret_cast<const Bytef *>(data.constData()),
                   uLong(data.size())) != Z_OK
        || qint64(outLen) != size)
        return std::nullopt;
    return out;
}

} // namespace Ss::Core
