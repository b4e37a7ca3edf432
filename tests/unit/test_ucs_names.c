/*
 * test_ucs_names.c - the character name table (src/obj/ucs_names.c)
 * against CPython's unicodedata.
 *
 * ucs_names_vectors.h is written by tools/gen_ucs_names.py from python3:
 * every 7th code point with a stored name, every 101st with a computed one,
 * every alias and named sequence, and a hash of the names of all code
 * points per plane.  Every named code point is also round-tripped here,
 * name -> code point -> name, in upper and lower case.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "obj/ucs_names.h"
#include "ucs_names_vectors.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define ALL (GP_UCS_NAME_ALIASES | GP_UCS_NAME_SEQUENCES)

static int lookup(const char *name, int accept, uint32_t out[GP_UCS_NAME_SEQ_MAX])
{
    return gp_ucs_lookup_name(name, strlen(name), accept, out);
}

static uint32_t lookup1(const char *name, int accept)
{
    uint32_t out[GP_UCS_NAME_SEQ_MAX];
    int n = lookup(name, accept, out);
    return n == 1 ? out[0] : n == 0 ? 0xFFFFFFFFu : 0xFFFFFFFEu;
}

static void lower(const char *s, char *out)
{
    for (; *s; s++)
        *out++ = (*s >= 'A' && *s <= 'Z') ? (char)(*s - 'A' + 'a') : *s;
    *out = '\0';
}

static int computed(const char *name)
{
    return strncmp(name, "CJK UNIFIED IDEOGRAPH-", 22) == 0 ||
           strncmp(name, "HANGUL SYLLABLE ", 16) == 0;
}

static void test_vector_names(void **state)
{
    (void)state;
    char buf[GP_UCS_NAME_MAX + 1];
    for (size_t i = 0; i < COUNT(un_vec_cp); i++) {
        const UnVec *v = &un_vec_cp[i];
        size_t n = gp_ucs_char_name(v->cp[0], buf);
        assert_int_equal(n, strlen(v->name));
        assert_string_equal(buf, v->name);
        assert_int_equal(lookup1(v->name, GP_UCS_NAME_ALIASES), v->cp[0]);
        assert_int_equal(lookup1(v->name, 0), v->cp[0]);
    }
}

static void test_plane_hashes(void **state)
{
    (void)state;
    char buf[GP_UCS_NAME_MAX + 1];
    for (uint32_t plane = 0; plane < 17; plane++) {
        uint64_t h = 0xcbf29ce484222325u;
        for (uint32_t cp = plane << 16; cp < (plane + 1) << 16; cp++) {
            size_t n = gp_ucs_char_name(cp, buf);
            buf[n] = '\n';
            for (size_t i = 0; i <= n; i++) {
                h ^= (uint8_t)buf[i];
                h *= 0x100000001b3u;
            }
        }
        assert_int_equal(h, un_vec_plane_hash[plane]);
    }
}

/* name -> code -> name for every code point; stored names in any case. */
static void test_roundtrip_every_code_point(void **state)
{
    (void)state;
    char buf[GP_UCS_NAME_MAX + 1], low[GP_UCS_NAME_MAX + 1];
    size_t named = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        size_t n = gp_ucs_char_name(cp, buf);
        if (n == 0)
            continue;
        named++;
        assert_true(n <= GP_UCS_NAME_MAX);
        assert_int_equal(lookup1(buf, GP_UCS_NAME_ALIASES), cp);
        lower(buf, low);
        /* CPython matches computed names only as written */
        assert_int_equal(lookup1(low, GP_UCS_NAME_ALIASES),
                         computed(buf) ? 0xFFFFFFFFu : cp);
    }
    assert_int_equal(named, UN_VEC_NAMED);
}

static void test_aliases(void **state)
{
    (void)state;
    char low[GP_UCS_NAME_MAX + 1], buf[GP_UCS_NAME_MAX + 1];
    for (size_t i = 0; i < COUNT(un_vec_alias); i++) {
        const UnVec *v = &un_vec_alias[i];
        assert_int_equal(lookup1(v->name, GP_UCS_NAME_ALIASES), v->cp[0]);
        assert_int_equal(lookup1(v->name, ALL), v->cp[0]);
        assert_int_equal(lookup1(v->name, 0), 0xFFFFFFFFu);
        lower(v->name, low);
        assert_int_equal(lookup1(low, GP_UCS_NAME_ALIASES), v->cp[0]);
        /* an alias is never what name() answers */
        gp_ucs_char_name(v->cp[0], buf);
        assert_string_not_equal(buf, v->name);
    }
    assert_int_equal(COUNT(un_vec_alias), 470);
    assert_int_equal(lookup1("NULL", GP_UCS_NAME_ALIASES), 0);
    assert_int_equal(lookup1("line feed", GP_UCS_NAME_ALIASES), 10);
    assert_int_equal(lookup1("LF", GP_UCS_NAME_ALIASES), 10);
    assert_int_equal(lookup1("LATIN CAPITAL LETTER GHA", GP_UCS_NAME_ALIASES), 0x1A2);
    assert_int_equal(lookup1("BYTE ORDER MARK", GP_UCS_NAME_ALIASES), 0xFEFF);
}

static void test_sequences(void **state)
{
    (void)state;
    uint32_t out[GP_UCS_NAME_SEQ_MAX];
    for (size_t i = 0; i < COUNT(un_vec_seq); i++) {
        const UnVec *v = &un_vec_seq[i];
        int n = lookup(v->name, ALL, out);
        assert_true(n >= 2 && n <= GP_UCS_NAME_SEQ_MAX);
        for (int k = 0; k < GP_UCS_NAME_SEQ_MAX; k++)
            assert_int_equal(k < n ? out[k] : 0, v->cp[k]);
        assert_int_equal(lookup(v->name, GP_UCS_NAME_ALIASES, out), 0);
    }
    assert_int_equal(lookup("latin small letter r with tilde", ALL, out), 2);
    assert_int_equal(out[0], 'r');
    assert_int_equal(out[1], 0x303);
}

/* The corners CPython 3.11 shows (tests/py/strings_named_escapes*.py check
 * the same through the language). */
static void test_computed_and_unknown(void **state)
{
    (void)state;
    static const struct { const char *name; uint32_t cp; } cases[] = {
        {"CJK UNIFIED IDEOGRAPH-4E00", 0x4E00},
        {"CJK UNIFIED IDEOGRAPH-04E00", 0x4E00},
        {"CJK UNIFIED IDEOGRAPH-20000", 0x20000},
        {"CJK UNIFIED IDEOGRAPH-020000", 0xFFFFFFFF},
        {"CJK UNIFIED IDEOGRAPH-4e00", 0xFFFFFFFF},
        {"cjk unified ideograph-4E00", 0xFFFFFFFF},
        {"CJK UNIFIED IDEOGRAPH-A000", 0xFFFFFFFF},
        {"CJK UNIFIED IDEOGRAPH-", 0xFFFFFFFF},
        {"CJK COMPATIBILITY IDEOGRAPH-F900", 0xF900},
        {"cjk compatibility ideograph-f900", 0xF900},
        {"CJK COMPATIBILITY IDEOGRAPH-0F900", 0xFFFFFFFF},
        {"CJK COMPATIBILITY IDEOGRAPH-F8FF", 0xFFFFFFFF},
        {"KHITAN SMALL SCRIPT CHARACTER-18B00", 0x18B00},
        {"NUSHU CHARACTER-1B170", 0x1B170},
        {"nushu character-1b170", 0x1B170},
        {"HANGUL SYLLABLE GA", 0xAC00},
        {"HANGUL SYLLABLE GAG", 0xAC01},
        {"HANGUL SYLLABLE A", 0xC544},
        {"HANGUL SYLLABLE HIH", 0xD7A3},
        {"HANGUL SYLLABLE ", 0xFFFFFFFF},
        {"HANGUL SYLLABLE GAGX", 0xFFFFFFFF},
        {"hangul syllable gag", 0xFFFFFFFF},
        {"Hangul Syllable GAG", 0xFFFFFFFF},
        {"TANGUT IDEOGRAPH-17000", 0xFFFFFFFF},
        {"LATIN SMALL LETTER A", 'a'},
        {"latin small letter a", 'a'},
        {"LATIN SMALL LETTER A ", 0xFFFFFFFF},
        {" LATIN SMALL LETTER A", 0xFFFFFFFF},
        {"LATIN SMALL  LETTER A", 0xFFFFFFFF},
        {"latin_small_letter_a", 0xFFFFFFFF},
        {"TIBETAN MARK BKA- SHOG YIG MGO", 0xF0A},
        {"TIBETAN MARK TSA -PHRU", 0xF39},
        {"HYPHEN-MINUS", '-'},
        {"", 0xFFFFFFFF},
        {"A", 0xFFFFFFFF},
        {"ZZZZ", 0xFFFFFFFF},
    };
    for (size_t i = 0; i < COUNT(cases); i++)
        assert_int_equal(lookup1(cases[i].name, ALL), cases[i].cp);
    char longname[300];
    memset(longname, 'A', sizeof longname);
    assert_int_equal(gp_ucs_lookup_name(longname, sizeof longname, ALL, (uint32_t[4]){0}), 0);
    /* only len bytes of the name are read */
    assert_int_equal(gp_ucs_lookup_name("LATIN SMALL LETTER AB", 20, ALL, (uint32_t[4]){0}), 1);

    char buf[GP_UCS_NAME_MAX + 1];
    assert_int_equal(gp_ucs_char_name(0x17000, buf), 0);   /* Tangut: none in 3.11 */
    assert_int_equal(gp_ucs_char_name(0xE000, buf), 0);
    assert_int_equal(gp_ucs_char_name(0xD800, buf), 0);
    assert_int_equal(gp_ucs_char_name(0x110000, buf), 0);
    assert_int_equal(gp_ucs_char_name(0, buf), 0);          /* NULL is an alias */
    gp_ucs_char_name(0xAC00, buf);
    assert_string_equal(buf, "HANGUL SYLLABLE GA");
    gp_ucs_char_name(0x1F600, buf);
    assert_string_equal(buf, "GRINNING FACE");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vector_names),
        cmocka_unit_test(test_plane_hashes),
        cmocka_unit_test(test_roundtrip_every_code_point),
        cmocka_unit_test(test_aliases),
        cmocka_unit_test(test_sequences),
        cmocka_unit_test(test_computed_and_unknown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
