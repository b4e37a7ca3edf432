/*
 * hash.c - CPython 3.11's hash functions (see hash.h).
 *
 * Sources followed: Python/pyhash.c (siphash13, _Py_HashBytes,
 * _Py_HashDouble, _Py_HashPointer), Python/bootstrap_hash.c (lcg_urandom,
 * _Py_HashRandomization_Init), Python/initconfig.c (PYTHONHASHSEED
 * parsing), Objects/longobject.c (long_hash), Objects/tupleobject.c
 * (tuplehash).
 *
 * SipHash runs as a small streaming state so that a string can be fed in
 * the PEP 393 layout CPython hashes without building that buffer.
 */
#include "obj/hash.h"

#include "obj/ucs.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

/* ---- SipHash-1-3, streaming -------------------------------------------- */

typedef struct Sip {
    uint64_t v0, v1, v2, v3;
    uint64_t tail;      /* pending bytes, little-endian */
    unsigned ntail;     /* how many of them (0..7) */
    uint64_t total;     /* bytes fed so far */
} Sip;

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

static void sip_round(Sip *s)
{
    s->v0 += s->v1; s->v2 += s->v3;
    s->v1 = ROTL(s->v1, 13) ^ s->v0;
    s->v3 = ROTL(s->v3, 16) ^ s->v2;
    s->v0 = ROTL(s->v0, 32);
    s->v2 += s->v1; s->v0 += s->v3;
    s->v1 = ROTL(s->v1, 17) ^ s->v2;
    s->v3 = ROTL(s->v3, 21) ^ s->v0;
    s->v2 = ROTL(s->v2, 32);
}

static void sip_init(Sip *s, const GpHashKey *key)
{
    s->v0 = key->k0 ^ 0x736f6d6570736575ULL;
    s->v1 = key->k1 ^ 0x646f72616e646f6dULL;
    s->v2 = key->k0 ^ 0x6c7967656e657261ULL;
    s->v3 = key->k1 ^ 0x7465646279746573ULL;
    s->tail = 0;
    s->ntail = 0;
    s->total = 0;
}

static void sip_block(Sip *s, uint64_t m)
{
    s->v3 ^= m;
    sip_round(s);
    s->v0 ^= m;
}

static void sip_byte(Sip *s, uint8_t b)
{
    s->tail |= (uint64_t)b << (8 * s->ntail);
    s->total++;
    if (++s->ntail == 8) {
        sip_block(s, s->tail);
        s->tail = 0;
        s->ntail = 0;
    }
}

static void sip_bytes(Sip *s, const uint8_t *p, size_t n)
{
    while (n && s->ntail) {
        sip_byte(s, *p++);
        n--;
    }
    for (; n >= 8; n -= 8, p += 8) {
        uint64_t m = 0;
        for (int i = 7; i >= 0; i--)
            m = (m << 8) | p[i];
        sip_block(s, m);
        s->total += 8;
    }
    while (n--)
        sip_byte(s, *p++);
}

static uint64_t sip_finish(Sip *s)
{
    uint64_t b = (s->total << 56) | s->tail;
    sip_block(s, b);
    s->v2 ^= 0xff;
    sip_round(s);
    sip_round(s);
    sip_round(s);
    return (s->v0 ^ s->v1) ^ (s->v2 ^ s->v3);
}

uint64_t gp_hash_siphash13(const GpHashKey *key, const void *data, size_t len)
{
    Sip s;
    sip_init(&s, key);
    sip_bytes(&s, data, len);
    return sip_finish(&s);
}

static GpHash not_minus_one(uint64_t x)
{
    return x == UINT64_MAX ? -2 : (GpHash)x;
}

GpHash gp_hash_bytes(const GpHashKey *key, const void *data, size_t len)
{
    if (len == 0)
        return 0;
    return not_minus_one(gp_hash_siphash13(key, data, len));
}

/* Feed one code point in the given PEP 393 kind (1, 2 or 4 bytes). */
static void sip_char(Sip *s, uint32_t c, int kind)
{
    for (int i = 0; i < kind; i++)
        sip_byte(s, (uint8_t)(c >> (8 * i)));
}

static int kind_of(uint32_t maxchar)
{
    return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
}

GpHash gp_hash_ucs4(const GpHashKey *key, const uint32_t *cps, size_t n)
{
    if (n == 0)
        return 0;
    uint32_t max = 0;
    for (size_t i = 0; i < n; i++)
        if (cps[i] > max)
            max = cps[i];
    int kind = kind_of(max);
    Sip s;
    sip_init(&s, key);
    for (size_t i = 0; i < n; i++)
        sip_char(&s, cps[i], kind);
    return not_minus_one(sip_finish(&s));
}


GpHash gp_hash_utf8(const GpHashKey *key, const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    if (len == 0)
        return 0;
    uint32_t max = 0;
    for (size_t i = 0; i < len;) {
        uint32_t c = gp_ucs_utf8_next((const char *)s, len, &i);
        if (c > max)
            max = c;
    }
    int kind = kind_of(max);
    Sip sip;
    sip_init(&sip, key);
    for (size_t i = 0; i < len;)
        sip_char(&sip, gp_ucs_utf8_next((const char *)s, len, &i), kind);
    return not_minus_one(sip_finish(&sip));
}

/* ---- the key ------------------------------------------------------------- */

/* CPython's lcg_urandom: the secret bytes for PYTHONHASHSEED=x0. */
static void lcg_bytes(unsigned int x0, unsigned char *buf, size_t size)
{
    unsigned int x = x0;
    for (size_t i = 0; i < size; i++) {
        x *= 214013;
        x += 2531011;
        buf[i] = (x >> 16) & 0xff;
    }
}

static uint64_t le64(const unsigned char *p)
{
    uint64_t m = 0;
    for (int i = 7; i >= 0; i--)
        m = (m << 8) | p[i];
    return m;
}

static int random_bytes(unsigned char *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(buf + got, n - got, 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        got += (size_t)r;
    }
    if (got == n)
        return 0;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    while (got < n) {
        ssize_t r = read(fd, buf + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            close(fd);
            return -1;
        }
        got += (size_t)r;
    }
    close(fd);
    return 0;
}

int gp_hash_init_key(const char *seed, GpHashKey *key, char err[GP_HASH_ERR_MAX])
{
    unsigned char secret[24];   /* sizeof(_Py_HashSecret_t) */
    if (seed == NULL || seed[0] == '\0' || strcmp(seed, "random") == 0) {
        if (random_bytes(secret, sizeof secret) != 0) {
            snprintf(err, GP_HASH_ERR_MAX, "failed to get random numbers "
                     "to initialize Python");
            return -1;
        }
    } else {
        char *end;
        errno = 0;
        unsigned long n = strtoul(seed, &end, 10);
        if (*end != '\0' || n > 4294967295UL || (errno == ERANGE && n == ULONG_MAX)) {
            snprintf(err, GP_HASH_ERR_MAX, "PYTHONHASHSEED must be \"random\" "
                     "or an integer in range [0; 4294967295]");
            return -1;
        }
        if (n == 0)
            memset(secret, 0, sizeof secret);
        else
            lcg_bytes((unsigned int)n, secret, sizeof secret);
    }
    key->k0 = le64(secret);
    key->k1 = le64(secret + 8);
    return 0;
}

/* ---- numbers -------------------------------------------------------------- */

GpHash gp_hash_int64(int64_t v)
{
    uint64_t a = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int64_t x = (int64_t)(a % GP_HASH_MODULUS);
    if (v < 0)
        x = -x;
    return x == -1 ? -2 : x;
}

GpHash gp_hash_mpz(const mpz_t v)
{
    /* long_hash reduces 30-bit digits from the top, keeping x < P; that is
     * |v| mod P, then the sign. */
    int64_t x = (int64_t)mpz_tdiv_ui(v, GP_HASH_MODULUS);
    if (mpz_sgn(v) < 0)
        x = -x;
    return x == -1 ? -2 : x;
}

GpHash gp_hash_pointer(const void *p)
{
    uint64_t y = (uint64_t)(uintptr_t)p;
    y = (y >> 4) | (y << 60);
    return not_minus_one(y);
}

GpHash gp_hash_double(double v, const void *identity)
{
    if (!isfinite(v)) {
        if (isinf(v))
            return v > 0 ? GP_HASH_INF : -GP_HASH_INF;
        return gp_hash_pointer(identity);
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    /* 28 bits at a time, rotating within 61 bits (x * 2^28 mod P). */
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & GP_HASH_MODULUS) | x >> (GP_HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= GP_HASH_MODULUS)
            x -= GP_HASH_MODULUS;
    }
    /* times 2^e mod P: 2^61 == 1 (mod P), so reduce e mod 61. */
    e = e >= 0 ? e % GP_HASH_BITS : GP_HASH_BITS - 1 - ((-1 - e) % GP_HASH_BITS);
    x = ((x << e) & GP_HASH_MODULUS) | x >> (GP_HASH_BITS - e);
    x = x * (uint64_t)(int64_t)sign;
    return not_minus_one(x);
}

/* ---- tuples ---------------------------------------------------------------- */

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL

void gp_hash_tuple_init(GpHashTuple *t)
{
    t->acc = XXPRIME_5;
    t->len = 0;
}

void gp_hash_tuple_add(GpHashTuple *t, GpHash item_hash)
{
    uint64_t acc = t->acc + (uint64_t)item_hash * XXPRIME_2;
    acc = ROTL(acc, 31);
    t->acc = acc * XXPRIME_1;
    t->len++;
}

GpHash gp_hash_tuple_finish(const GpHashTuple *t)
{
    uint64_t acc = t->acc + ((uint64_t)t->len ^ (XXPRIME_5 ^ 3527539UL));
    if (acc == UINT64_MAX)
        return 1546275796;
    return (GpHash)acc;
}

GpHash gp_hash_tuple(const GpHash *item_hashes, size_t n)
{
    GpHashTuple t;
    gp_hash_tuple_init(&t);
    for (size_t i = 0; i < n; i++)
        gp_hash_tuple_add(&t, item_hashes[i]);
    return gp_hash_tuple_finish(&t);
}
