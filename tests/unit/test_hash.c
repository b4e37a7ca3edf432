/*
 * test_hash.c - hash() against CPython 3.11: strings of all three PEP 393
 * kinds under several PYTHONHASHSEED values, ints (word and GMP), floats,
 * tuples, pointers, and the PYTHONHASHSEED parser.  Vectors come from
 * tools/format_oracle.py (hash_vectors.h).
 */
#include <math.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "obj/hash.h"

#include "hash_vectors.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static GpHashKey key_for(const char *seed)
{
    GpHashKey k;
    char err[GP_HASH_ERR_MAX];
    if (gp_hash_init_key(seed, &k, err) != 0)
        fail_msg("gp_hash_init_key(%s): %s", seed, err);
    return k;
}

/* Decode UTF-8 (surrogates allowed) into code points. */
static size_t to_ucs4(const char *s, size_t len, uint32_t *out)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        uint32_t cp = more ? c & (0x3Fu >> more) : c;
        i++;
        while (more--)
            cp = (cp << 6) | ((unsigned char)s[i++] & 0x3Fu);
        out[n++] = cp;
    }
    return n;
}

static void test_hash_strings(void **state)
{
    (void)state;
    int checked = 0;
    for (size_t k = 0; k < NELEM(hash_seeds); k++) {
        GpHashKey key = key_for(hash_seeds[k]);
        for (size_t i = 0; i < NELEM(hash_str_cases); i++) {
            const HashStrCase *c = &hash_str_cases[i];
            int64_t want = c->h[k];
            GpHash got = gp_hash_utf8(&key, c->s, c->len);
            if (got != want)
                fail_msg("seed %s, case %zu: utf8 hash %lld, want %lld", hash_seeds[k], i,
                         (long long)got, (long long)want);
            uint32_t cps[256];
            size_t n = to_ucs4(c->s, c->len, cps);
            got = gp_hash_ucs4(&key, cps, n);
            if (got != want)
                fail_msg("seed %s, case %zu: ucs4 hash %lld, want %lld", hash_seeds[k], i,
                         (long long)got, (long long)want);
            /* Latin-1 strings: gp_hash_bytes over the 1-byte kind. */
            uint8_t latin1[256];
            bool narrow = true;
            for (size_t j = 0; j < n; j++) {
                if (cps[j] > 0xFF)
                    narrow = false;
                latin1[j] = (uint8_t)cps[j];
            }
            if (narrow) {
                got = gp_hash_bytes(&key, latin1, n);
                if (got != want)
                    fail_msg("seed %s, case %zu: bytes hash %lld, want %lld", hash_seeds[k], i,
                             (long long)got, (long long)want);
            }
            checked++;
        }
    }
    assert_true(checked > 200);
}

static void test_hash_bytes_empty_and_routes(void **state)
{
    (void)state;
    /* gp_hash_bytes is the raw SipHash with -1 mapped to -2, for every
     * tail length; every route hashes the empty string to 0. */
    GpHashKey k = { 0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL };
    uint8_t msg[64];
    for (int i = 0; i < 64; i++)
        msg[i] = (uint8_t)i;
    for (size_t n = 0; n < 64; n++) {
        uint64_t whole = gp_hash_siphash13(&k, msg, n);
        if (n)
            assert_int_equal(gp_hash_bytes(&k, msg, n), whole == UINT64_MAX ? -2 : (int64_t)whole);
    }
    assert_int_equal(gp_hash_bytes(&k, msg, 0), 0);
    assert_int_equal(gp_hash_ucs4(&k, NULL, 0), 0);
    assert_int_equal(gp_hash_utf8(&k, "", 0), 0);
}

static void test_hash_seed_parsing(void **state)
{
    (void)state;
    GpHashKey k, k2;
    char err[GP_HASH_ERR_MAX];
    assert_int_equal(gp_hash_init_key("0", &k, err), 0);
    assert_true(k.k0 == 0 && k.k1 == 0);
    assert_int_equal(gp_hash_init_key("-0", &k, err), 0);
    assert_true(k.k0 == 0 && k.k1 == 0);
    /* " 5" and "+5" parse as 5 (strtoul), as in CPython. */
    assert_int_equal(gp_hash_init_key("5", &k, err), 0);
    assert_int_equal(gp_hash_init_key(" 5", &k2, err), 0);
    assert_true(k.k0 == k2.k0 && k.k1 == k2.k1);
    assert_int_equal(gp_hash_init_key("+5", &k2, err), 0);
    assert_true(k.k0 == k2.k0 && k.k1 == k2.k1);
    /* hash('abc') under PYTHONHASHSEED=5 and "-0" (probed with python3). */
    assert_int_equal(gp_hash_utf8(&k, "abc", 3), 1824667261547333466LL);
    const char *bad[] = { "-1", "4294967296", "abc", "5x", "99999999999999999999999", "0x10", "5 " };
    for (size_t i = 0; i < NELEM(bad); i++) {
        err[0] = 0;
        if (gp_hash_init_key(bad[i], &k, err) == 0)
            fail_msg("PYTHONHASHSEED=%s accepted", bad[i]);
        assert_string_equal(err, "PYTHONHASHSEED must be \"random\" or an integer in range "
                                 "[0; 4294967295]");
    }
    /* Random keys: two draws differ (with overwhelming probability). */
    assert_int_equal(gp_hash_init_key(NULL, &k, err), 0);
    assert_int_equal(gp_hash_init_key("random", &k2, err), 0);
    assert_true(k.k0 != k2.k0 || k.k1 != k2.k1);
    assert_int_equal(gp_hash_init_key("", &k2, err), 0);
    assert_true(k.k0 != k2.k0 || k.k1 != k2.k1);
}

static void test_hash_ints(void **state)
{
    (void)state;
    mpz_t z;
    mpz_init(z);
    for (size_t i = 0; i < NELEM(hash_int_cases); i++) {
        const HashIntCase *c = &hash_int_cases[i];
        assert_int_equal(mpz_set_str(z, c->dec, 10), 0);
        GpHash got = gp_hash_mpz(z);
        if (got != c->h)
            fail_msg("hash(%s) = %lld, want %lld (mpz)", c->dec, (long long)got, (long long)c->h);
        if (mpz_fits_slong_p(z)) {
            got = gp_hash_int64((int64_t)mpz_get_si(z));
            if (got != c->h)
                fail_msg("hash(%s) = %lld, want %lld (int64)", c->dec, (long long)got,
                         (long long)c->h);
        }
    }
    mpz_clear(z);
    assert_int_equal(gp_hash_int64(-1), -2);
    assert_int_equal(gp_hash_int64(-2), -2);
    assert_int_equal(gp_hash_int64(INT64_MIN), gp_hash_int64(INT64_MIN + 0));
}

static void test_hash_floats(void **state)
{
    (void)state;
    for (size_t i = 0; i < NELEM(hash_float_cases); i++) {
        const HashFloatCase *c = &hash_float_cases[i];
        GpHash got = gp_hash_double(c->v, NULL);
        if (got != c->h)
            fail_msg("hash(%a) = %lld, want %lld", c->v, (long long)got, (long long)c->h);
    }
    /* Equal numbers hash equal across int and float. */
    assert_int_equal(gp_hash_double(1.0, NULL), gp_hash_int64(1));
    assert_int_equal(gp_hash_double(-1.0, NULL), -2);
    assert_int_equal(gp_hash_double(0x1p62, NULL), gp_hash_int64((int64_t)1 << 62));
    assert_int_equal(gp_hash_double(INFINITY, NULL), 314159);
    assert_int_equal(gp_hash_double(-INFINITY, NULL), -314159);
    /* NaN hashes by identity. */
    int a, b;
    assert_int_equal(gp_hash_double(NAN, &a), gp_hash_pointer(&a));
    assert_true(gp_hash_double(NAN, &a) != gp_hash_double(NAN, &b));
}

static void test_hash_pointer(void **state)
{
    (void)state;
    assert_int_equal(gp_hash_pointer((void *)(uintptr_t)0x7f0012345670ULL), 0x7f001234567LL);
    assert_int_equal(gp_hash_pointer((void *)(uintptr_t)0x18ULL),
                     (int64_t)((0x18ULL >> 4) | (0x18ULL << 60)));
    /* The rotation of 0xF...F is -1, mapped to -2. */
    assert_int_equal(gp_hash_pointer((void *)(uintptr_t)UINT64_MAX), -2);
}

static void test_hash_tuples(void **state)
{
    (void)state;
    mpz_t z;
    mpz_init(z);
    for (size_t i = 0; i < NELEM(hash_tuple_cases); i++) {
        const HashTupleCase *c = &hash_tuple_cases[i];
        GpHash items[6];
        GpHashTuple t;
        gp_hash_tuple_init(&t);
        for (int j = 0; j < c->n; j++) {
            mpz_set_str(z, c->items[j], 10);
            items[j] = gp_hash_mpz(z);
            gp_hash_tuple_add(&t, items[j]);
        }
        GpHash got = gp_hash_tuple(items, (size_t)c->n);
        if (got != c->h)
            fail_msg("tuple case %zu: %lld, want %lld", i, (long long)got, (long long)c->h);
        assert_int_equal(gp_hash_tuple_finish(&t), c->h);
    }
    mpz_clear(z);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hash_strings),
        cmocka_unit_test(test_hash_bytes_empty_and_routes),
        cmocka_unit_test(test_hash_seed_parsing),
        cmocka_unit_test(test_hash_ints),
        cmocka_unit_test(test_hash_floats),
        cmocka_unit_test(test_hash_pointer),
        cmocka_unit_test(test_hash_tuples),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
