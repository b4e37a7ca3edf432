/* str's methods and operators against CPython: ~12,000 calls whose results
 * CPython printed (str_vectors.h, made by tools/gen_str_vectors.py), on
 * strings of all three kinds; then the heap is back where it started. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "mem/mem.h"
#include "mem/stats.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/method.h"
#include "obj/slice.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "str_vectors.h"

static GpState *st;

static int setup(void **state)
{
    (void)state;
    char err[256];
    st = gp_state_create(&(GpImageConfig){.size = 64u << 20}, err, sizeof err);
    return st ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    gp_state_destroy(st);
    return 0;
}

/* ---- a reader for the literals ascii() writes -------------------------------- *
 * str ('..' or ".." with \\ \' \" \n \r \t \xNN \uNNNN \UNNNNNNNN), int,
 * float (incl. inf, nan), None, True, False, tuple, list, dict, slice(a, b, c). */

static const char *p;

static void skip_ws(void)
{
    while (*p == ' ')
        p++;
}

static GpObject *parse(void);

static GpObject *parse_seq(char close, GpObject *list)
{
    skip_ws();
    while (*p != close) {
        GpObject *v = parse();
        assert_non_null(v);
        assert_int_equal(gp_list_append(st, list, v), 0);
        gp_decref(st, v);
        skip_ws();
        if (*p == ',')
            p++;
        skip_ws();
    }
    p++;
    return list;
}

static GpObject *parse_string(void)
{
    char q = *p++;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    while (*p != q) {
        uint32_t c = (unsigned char)*p++;
        if (c == '\\') {
            char e = *p++;
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
            if (digits) {
                char hex[9] = {0};
                memcpy(hex, p, (size_t)digits);
                p += digits;
                c = (uint32_t)strtoul(hex, NULL, 16);
            } else {
                c = e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : (uint32_t)e;
            }
        }
        gp_strbuf_add_cp(&b, c);
    }
    p++;
    return gp_strbuf_finish(&b);
}

static GpObject *parse(void)
{
    skip_ws();
    if (*p == '\'' || *p == '"')
        return parse_string();
    if (*p == '(' || *p == '[') {
        char close = *p == '(' ? ')' : ']';
        p++;
        GpObject *l = parse_seq(close, gp_list_new(st, 0));
        if (close == ']')
            return l;
        GpObject *t = gp_list_as_tuple(st, l);
        gp_decref(st, l);
        return t;
    }
    if (*p == '{') {
        p++;
        GpObject *d = gp_dict_new(st);
        skip_ws();
        while (*p != '}') {
            GpObject *k = parse();
            skip_ws();
            assert_true(*p == ':');
            p++;
            GpObject *v = parse();
            assert_int_equal(gp_dict_set(st, d, k, v), 0);
            gp_decref(st, k);
            gp_decref(st, v);
            skip_ws();
            if (*p == ',')
                p++;
            skip_ws();
        }
        p++;
        return d;
    }
    if (strncmp(p, "slice(", 6) == 0) {
        p += 6;
        GpObject *l = parse_seq(')', gp_list_new(st, 0));
        assert_int_equal(gp_list_size(l), 3);
        GpObject *s = gp_slice_new(st, gp_list_item(l, 0), gp_list_item(l, 1), gp_list_item(l, 2));
        gp_decref(st, l);
        return s;
    }
    static const struct { const char *word; int which; } words[] = {
        {"None", 0}, {"True", 1}, {"False", 2},
    };
    for (size_t i = 0; i < 3; i++) {
        size_t n = strlen(words[i].word);
        if (strncmp(p, words[i].word, n) == 0) {
            p += n;
            GpObject *o = words[i].which == 0 ? st->none : words[i].which == 1 ? st->true_
                                                                                : st->false_;
            return gp_incref(o);
        }
    }
    const char *start = p;
    int is_float = 0;
    while (*p && !strchr(",)]}: ", *p)) {
        if (strchr(".eEni", *p))
            is_float = 1;
        p++;
    }
    if (is_float)
        return gp_float_from_str(st, start, (size_t)(p - start));
    return gp_int_from_str(st, start, (size_t)(p - start), 10);
}

static GpObject *literal(const char *s)
{
    p = s;
    GpObject *o = parse();
    assert_non_null(o);
    return o;
}

/* repr(o), or "!Type: message" for the pending exception; into buf.
 * KeyError's str is repr(key) in CPython (error.c does not do that yet). */
static void outcome(GpObject *o, char *buf, size_t cap)
{
    size_t len;
    if (!o) {
        GpObject *e = gp_err_fetch(st);
        assert_non_null(e);
        GpObject *args = ((GpException *)e)->args;
        GpObject *m = e->type == gp_type(st, GP_T_KEY_ERROR) && gp_tuple_size(args) == 1
                          ? gp_obj_repr(st, gp_tuple_item(args, 0))
                          : gp_obj_str(st, e);
        char tmp[2048];
        const char *u = gp_str_utf8(m, tmp, sizeof tmp, &len);
        snprintf(buf, cap, "!%s: %.*s", e->type->name, (int)(u ? len : 1), u ? u : "?");
        gp_decref(st, m);
        gp_decref(st, e);
        return;
    }
    GpObject *r = gp_obj_repr(st, o);
    if (!r) {
        outcome(NULL, buf, cap);
        return;
    }
    const char *u = gp_str_utf8(r, buf, cap, &len);
    if (!u)
        snprintf(buf, cap, "<repr too long>");
    else if (u != buf)
        snprintf(buf, cap, "%.*s", (int)len, u);
    gp_decref(st, r);
}

static GpObject *call_method(GpObject *self, const char *name, GpObject *args, GpObject *kw)
{
    GpObject *m = gp_obj_getattr_cstr(st, self, name);
    if (!m)
        return NULL;
    size_t n = gp_tuple_size(args), nkw = kw ? gp_dict_size(kw) : 0;
    GpObject *vec[16];
    GpObject *kwnames = NULL;
    for (size_t i = 0; i < n; i++)
        vec[i] = gp_tuple_item(args, i);
    if (nkw) {
        kwnames = gp_dict_keys(st, kw);
        GpObject *vals = gp_dict_values(st, kw);
        for (size_t i = 0; i < nkw; i++)
            vec[n + i] = gp_tuple_item(vals, i);
        gp_decref(st, vals);    /* the dict keeps the values alive */
    }
    GpObject *r = gp_obj_call(st, m, vec, n, kwnames);
    gp_xdecref(st, kwnames);
    gp_decref(st, m);
    return r;
}

static GpObject *evaluate(const char *op, GpObject *recv, GpObject *args, GpObject *kw)
{
    GpObject *a0 = gp_tuple_size(args) ? gp_tuple_item(args, 0) : NULL;
    if (strcmp(op, "[]") == 0)
        return recv->type->map->subscript(st, recv, a0);
    if (strcmp(op, "*") == 0)
        return gp_num_binary(st, recv, a0, GP_NB_MUL);
    if (strcmp(op, "r*") == 0)
        return gp_num_binary(st, a0, recv, GP_NB_MUL);
    if (strcmp(op, "%") == 0)
        return gp_num_binary(st, recv, a0, GP_NB_MOD);
    if (strcmp(op, "in") == 0) {
        int r = recv->type->seq->contains(st, recv, a0);
        return r < 0 ? NULL : gp_incref(r ? st->true_ : st->false_);
    }
    if (strcmp(op, "format") == 0)
        return gp_obj_format(st, recv, a0);
    if (strcmp(op, "str") == 0) {
        GpObject *m = GP_OBJ(gp_type(st, GP_T_STR));
        gp_incref(m);
        GpObject *r = NULL;
        size_t n = gp_tuple_size(args), nkw = kw ? gp_dict_size(kw) : 0;
        GpObject *vec[8], *kwnames = NULL;
        for (size_t i = 0; i < n; i++)
            vec[i] = gp_tuple_item(args, i);
        if (nkw) {
            kwnames = gp_dict_keys(st, kw);
            GpObject *vals = gp_dict_values(st, kw);
            for (size_t i = 0; i < nkw; i++)
                vec[n + i] = gp_tuple_item(vals, i);
            gp_decref(st, vals);
        }
        r = gp_obj_call(st, m, vec, n, kwnames);
        gp_xdecref(st, kwnames);
        gp_decref(st, m);
        return r;
    }
    if (strcmp(op, "meth_format") == 0)
        return call_method(recv, "format", args, kw);
    return call_method(recv, op, args, kw);
}

static void test_str_vectors(void **state)
{
    (void)state;
    size_t n = sizeof str_vectors / sizeof str_vectors[0], bad = 0;
    size_t before;
    {
        GpAreaStats s;
        gp_mem_flush(st->heap);
        gp_stats_area(st->img, GP_AREA_HEAP, &s);
        before = s.blocks;
    }
    static char got[16384];
    for (size_t i = 0; i < n; i++) {
        GpObject *recv = literal(str_vectors[i].recv);
        GpObject *args = literal(str_vectors[i].args);
        GpObject *kw = str_vectors[i].kwargs[0] ? literal(str_vectors[i].kwargs) : NULL;
        GpObject *r = evaluate(str_vectors[i].op, recv, args, kw);
        outcome(r, got, sizeof got);
        if (strcmp(got, str_vectors[i].out) != 0 && bad++ < 40)
            print_message("%s.%s%s %s: got %.300s, CPython %.300s\n", str_vectors[i].recv,
                          str_vectors[i].op, str_vectors[i].args, str_vectors[i].kwargs, got,
                          str_vectors[i].out);
        gp_xdecref(st, r);
        gp_decref(st, recv);
        gp_decref(st, args);
        gp_xdecref(st, kw);
        if (getenv("STR_LEAKS")) {     /* STR_LEAKS=1: name the vector that leaks */
            GpAreaStats s;
            gp_mem_flush(st->heap);
            gp_stats_area(st->img, GP_AREA_HEAP, &s);
            if (s.blocks != before)
                print_message("leak after %s.%s%s\n", str_vectors[i].recv, str_vectors[i].op,
                              str_vectors[i].args);
            before = s.blocks;
        }
    }
    if (bad)
        fail_msg("%zu of %zu results differ from CPython", bad, n);
    GpAreaStats s;
    gp_mem_flush(st->heap);
    gp_stats_area(st->img, GP_AREA_HEAP, &s);
    assert_int_equal(s.blocks, before);
    char err[256];
    assert_int_equal(gp_stats_check(st->img, err, sizeof err), 0);
}

/* Results are canonical (narrowest kind) and shared where CPython shares. */
static void test_kinds_and_sharing(void **state)
{
    (void)state;
    GpObject *s = literal("'\\U0001f600abc'");
    GpObject *one = gp_int_from_i64(st, 1);
    GpObject *tail = gp_str_subscript(st, s, one);   /* s[1] == 'a' */
    assert_int_equal(GP_STR(tail)->kind, 1);
    assert_true(GP_STR(tail)->ascii);
    gp_decref(st, tail);
    GpObject *sl = gp_slice_new(st, one, NULL, NULL);
    tail = gp_str_subscript(st, s, sl);
    assert_int_equal(GP_STR(tail)->kind, 1);
    assert_int_equal(GP_STR(tail)->length, 3);
    GpObject *args = literal("('',)");
    GpObject *same = call_method(tail, "strip", args, NULL);
    assert_ptr_equal(same, tail);     /* nothing stripped: the same object */
    GpObject *rep = gp_str_repeat(st, tail, 3);
    assert_int_equal(GP_STR(rep)->length, 9);
    assert_true(gp_str_equal_cstr(rep, "abcabcabc"));
    GpObject *objs[] = {s, one, tail, sl, args, same, rep};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        gp_decref(st, objs[i]);
}

/* Iteration goes through the sequence slot; CPython's digit limit applies
 * to decimal formatting of big ints (format(), '{:d}', '%d'). */
static void test_iteration_and_digit_limit(void **state)
{
    (void)state;
    GpObject *s = literal("'a\\u03a3\\U0001f600'");
    GpObject *it = gp_obj_iter(st, s);
    assert_non_null(it);
    static const uint32_t want[] = {'a', 0x3a3, 0x1f600};
    for (size_t i = 0; i < 3; i++) {
        GpObject *c = gp_iter_next(st, it);
        assert_non_null(c);
        assert_int_equal(GP_STR(c)->length, 1);
        assert_int_equal(gp_str_at(c, 0), want[i]);
        gp_decref(st, c);
    }
    assert_null(gp_iter_next(st, it));
    assert_false(gp_err_occurred(st));
    gp_decref(st, it);

    GpObject *ten = gp_int_from_i64(st, 10), *e = gp_int_from_i64(st, 5000);
    GpObject *big = gp_num_power(st, ten, e, st->none);
    static char got[512];
    GpObject *spec = literal("'d'");
    outcome(gp_obj_format(st, big, spec), got, sizeof got);
    assert_string_equal(got, "!ValueError: Exceeds the limit (4300 digits) for integer string "
                             "conversion; use sys.set_int_max_str_digits() to increase the limit");
    GpObject *pct = literal("'%d'");
    outcome(gp_str_percent(st, pct, big), got, sizeof got);
    assert_string_equal(got, "!ValueError: Exceeds the limit (4300 digits) for integer string "
                             "conversion; use sys.set_int_max_str_digits() to increase the limit");
    GpObject *hex = literal("'x'");
    GpObject *r = gp_obj_format(st, big, hex);     /* hex is not limited */
    assert_non_null(r);
    assert_int_equal(GP_STR(r)->length, 4153);
    GpObject *objs[] = {s, ten, e, big, spec, pct, hex, r};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        gp_decref(st, objs[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_str_vectors),
        cmocka_unit_test(test_kinds_and_sharing),
        cmocka_unit_test(test_iteration_and_digit_limit),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
