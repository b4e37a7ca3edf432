/* bytes' operators and methods, and str.encode, against CPython: the
 * results CPython printed (bytes_vectors.h, made by tools/gen_bytes_vectors.py);
 * then the heap is back where it started.  Plus hashing and iteration. */
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
#include "obj/bytearray.h"
#include "obj/bytes.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/hash.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/method.h"
#include "obj/slice.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "bytes_vectors.h"

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

/* a str from UTF-8 that may hold surrogates as 3-byte sequences */
static GpObject *str_of(const char *u, size_t n)
{
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    for (size_t i = 0; i < n;)
        gp_strbuf_add_cp(&b, gp_ucs_utf8_next(u, n, &i));
    return gp_strbuf_finish(&b);
}

/* hex digits [s, e) into buf; the byte count */
static size_t unhex(const char *s, const char *e, char *buf)
{
    size_t n = 0;
    for (; s + 1 < e; s += 2) {
        unsigned v;
        assert_int_equal(sscanf(s, "%2x", &v), 1);
        buf[n++] = (char)v;
    }
    return n;
}

/* one token [s, e): b:HEX a:HEX s:HEX i:N B:0/1 f:X n R:N L:t,t,... T:t,...
 * D:k,v,... I:t,... (see tools/gen_bytes_vectors.py) */
static GpObject *token(const char *s, const char *e)
{
    static char buf[4096];
    if (s[0] == 'n')
        return gp_incref(st->none);
    assert_true(e - s >= 2 && s[1] == ':');
    const char *v = s + 2;
    if (s[0] == 'b')
        return gp_bytes_from(st, buf, unhex(v, e, buf));
    if (s[0] == 'a')
        return gp_bytearray_from(st, buf, unhex(v, e, buf));
    if (s[0] == 's')
        return str_of(buf, unhex(v, e, buf));
    if (s[0] == 'i') {
        if (e - v > 18)     /* beyond int64: through the int parser */
            return gp_int_from_str(st, v, (size_t)(e - v), 10);
        return gp_int_from_i64(st, strtoll(v, NULL, 10));
    }
    if (s[0] == 'B')
        return gp_incref(v[0] == '1' ? st->true_ : st->false_);
    if (s[0] == 'f')
        return gp_float_from_double(st, strtod(v, NULL));
    if (s[0] == 'R') {
        GpObject *n = gp_int_from_i64(st, strtoll(v, NULL, 10));
        GpObject *r = gp_obj_call(st, GP_OBJ(gp_type(st, GP_T_RANGE)), &n, 1, NULL);
        gp_decref(st, n);
        return r;
    }
    assert_true(strchr("LTDI", s[0]) != NULL);
    GpObject *l = gp_list_new(st, 0);
    while (v < e) {
        const char *c = v;
        while (c < e && *c != ',')
            c++;
        GpObject *x = token(v, c);
        assert_non_null(x);
        assert_int_equal(gp_list_append(st, l, x), 0);
        gp_decref(st, x);
        v = c + 1;
    }
    GpObject *r = l;
    if (s[0] == 'T') {
        r = gp_list_as_tuple(st, l);
    } else if (s[0] == 'I') {
        r = gp_obj_iter(st, l);
    } else if (s[0] == 'D') {
        r = gp_dict_new(st);
        for (size_t i = 0; i + 1 < gp_list_size(l); i += 2)
            assert_int_equal(gp_dict_set(st, r, gp_list_item(l, i), gp_list_item(l, i + 1)), 0);
    }
    if (r != l)
        gp_decref(st, l);
    return r;
}

/* "t|t|name=t": positional values into pos, keyword names into a tuple */
static size_t parse_args(const char *s, GpObject **vec, GpObject **kwnames)
{
    size_t n = 0, nkw = 0;
    char names[8][32];
    GpObject *kwv[8];
    while (*s) {
        const char *e = strchr(s, '|');
        if (!e)
            e = s + strlen(s);
        const char *eq = memchr(s, '=', (size_t)(e - s));
        if (eq) {
            snprintf(names[nkw], sizeof names[nkw], "%.*s", (int)(eq - s), s);
            kwv[nkw++] = token(eq + 1, e);
        } else {
            vec[n++] = token(s, e);
        }
        s = *e ? e + 1 : e;
    }
    *kwnames = NULL;
    if (nkw) {
        *kwnames = gp_tuple_new(st, nkw);
        for (size_t i = 0; i < nkw; i++) {
            ((GpTuple *)*kwnames)->items[i] = gp_str_from_cstr(st, names[i]);
            vec[n + i] = kwv[i];
        }
    }
    return n;
}

static void outcome(GpObject *o, char *buf, size_t cap)
{
    size_t len;
    if (!o) {
        GpObject *e = gp_err_fetch(st);
        assert_non_null(e);
        GpObject *m = gp_obj_str(st, e);
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

static GpObject *bool_of(int r)
{
    return r < 0 ? NULL : gp_incref(r ? st->true_ : st->false_);
}

/* (result, receiver) for a mutation of a bytearray; a failure is reported
 * inside the pair as "!Type: message" */
static GpObject *mutated(GpObject *recv, GpObject *r)
{
    if (!r) {
        char buf[1024];
        outcome(NULL, buf, sizeof buf);
        r = gp_str_from_utf8(st, buf, strlen(buf));
    }
    GpObject *t = gp_tuple_pack(st, 2, r, recv);
    gp_decref(st, r);
    return t;
}

static GpObject *none_or_null(int rc)
{
    return rc ? NULL : gp_incref(st->none);
}

static GpObject *evaluate(const char *op, GpObject *recv, GpObject **a, size_t n,
                          GpObject *kwnames)
{
    GpObject *bytes_t = GP_OBJ(gp_type(st, GP_T_BYTES)), *ba_t = GP_OBJ(gp_type(st, GP_T_BYTEARRAY));
    const GpMappingSlots *mp = recv->type->map;
    if (strcmp(op, "bytearray") == 0)
        return gp_obj_call(st, ba_t, a, n, kwnames);
    if (strcmp(op, "%") == 0)
        return gp_num_binary(st, recv, a[0], GP_NB_MOD);
    if (strcmp(op, "hash") == 0) {
        int64_t h = gp_obj_hash(st, recv);
        return h == -1 ? NULL : gp_int_from_i64(st, h);
    }
    if (strcmp(op, "fromhex") == 0 || strcmp(op, "maketrans") == 0) {
        GpObject *f = gp_obj_getattr_cstr(st, gp_bytearray_check(recv) ? ba_t : bytes_t, op);
        GpObject *r = f ? gp_obj_call(st, f, a, n, kwnames) : NULL;
        gp_xdecref(st, f);
        return r;
    }
    if (strcmp(op, "[]=") == 0)
        return mutated(recv, none_or_null(mp->ass_subscript(st, recv, a[0], a[1])));
    if (strcmp(op, "del[]") == 0)
        return mutated(recv, none_or_null(mp->ass_subscript(st, recv, a[0], NULL)));
    if (strcmp(op, "[:]=") == 0 || strcmp(op, "del[:]") == 0) {
        GpObject *sl = gp_slice_new(st, a[0], a[1], a[2]);
        int rc = mp->ass_subscript(st, recv, sl, op[0] == 'd' ? NULL : a[3]);
        gp_decref(st, sl);
        return mutated(recv, none_or_null(rc));
    }
    if (strcmp(op, "+=") == 0 || strcmp(op, "*=") == 0) {
        GpObject *r = gp_num_inplace(st, recv, a[0], op[0] == '+' ? GP_NB_ADD : GP_NB_MUL);
        GpObject *same = r ? gp_incref(r == recv ? st->true_ : st->false_) : NULL;
        gp_xdecref(st, r);
        return mutated(recv, same);
    }
    if (op[0] == '!' && op[1] != '=') {
        GpObject *m = gp_obj_getattr_cstr(st, recv, op + 1);
        GpObject *r = m ? gp_obj_call(st, m, a, n, kwnames) : NULL;
        gp_xdecref(st, m);
        return mutated(recv, r);
    }
    static const char *const cmps[] = {"<", "<=", "==", "!=", ">", ">="};
    GpObject *a0 = n ? a[0] : NULL;
    for (int i = 0; i < 6; i++)
        if (strcmp(op, cmps[i]) == 0)
            return gp_obj_richcompare(st, recv, a0, i);
    if (strcmp(op, "[]") == 0)
        return recv->type->map->subscript(st, recv, a0);
    if (strcmp(op, "[:]") == 0) {
        GpObject *sl = gp_slice_new(st, a[0], a[1], a[2]);
        GpObject *r = recv->type->map->subscript(st, recv, sl);
        gp_decref(st, sl);
        return r;
    }
    if (strcmp(op, "+") == 0)
        return gp_num_binary(st, recv, a0, GP_NB_ADD);
    if (strcmp(op, "r+") == 0)
        return gp_num_binary(st, a0, recv, GP_NB_ADD);
    if (strcmp(op, "*") == 0)
        return gp_num_binary(st, recv, a0, GP_NB_MUL);
    if (strcmp(op, "r*") == 0)
        return gp_num_binary(st, a0, recv, GP_NB_MUL);
    if (strcmp(op, "in") == 0)
        return bool_of(recv->type->seq->contains(st, recv, a0));
    if (strcmp(op, "len") == 0)
        return gp_int_from_i64(st, recv->type->seq->len(st, recv));
    if (strcmp(op, "iter") == 0)
        return gp_list_from_iterable(st, recv);
    if (strcmp(op, "repr") == 0)
        return gp_incref(recv);
    if (strcmp(op, "bytes") == 0)
        return gp_obj_call(st, GP_OBJ(gp_type(st, GP_T_BYTES)), a, n, kwnames);
    GpObject *m = gp_obj_getattr_cstr(st, recv, op);
    if (!m)
        return NULL;
    GpObject *r = gp_obj_call(st, m, a, n, kwnames);
    gp_decref(st, m);
    return r;
}

static GpObject *receiver(const char *s)
{
    static char buf[4096];
    if (s[0] == 's' && s[1] == ':')
        return str_of(buf, unhex(s + 2, s + strlen(s), buf));
    if (s[0] == 'a' && s[1] == ':')
        return gp_bytearray_from(st, buf, unhex(s + 2, s + strlen(s), buf));
    return gp_bytes_from(st, buf, unhex(s, s + strlen(s), buf));
}

static size_t heap_blocks(void)
{
    GpAreaStats s;
    gp_mem_flush(st->heap);
    gp_stats_area(st->img, GP_AREA_HEAP, &s);
    return s.blocks;
}

static void test_bytes_vectors(void **state)
{
    (void)state;
    size_t nv = sizeof bytes_vectors / sizeof bytes_vectors[0], bad = 0;
    size_t before = heap_blocks();
    static char got[16384];
    for (size_t i = 0; i < nv; i++) {
        GpObject *recv = receiver(bytes_vectors[i].recv);
        GpObject *a[16] = {0}, *kwnames;
        size_t n = parse_args(bytes_vectors[i].args, a, &kwnames);
        size_t nkw = kwnames ? gp_tuple_size(kwnames) : 0;
        GpObject *r = evaluate(bytes_vectors[i].op, recv, a, n, kwnames);
        outcome(r, got, sizeof got);
        if (strcmp(got, bytes_vectors[i].out) != 0 && bad++ < 40)
            print_message("%s.%s(%s): got %.300s, CPython %.300s\n", bytes_vectors[i].recv,
                          bytes_vectors[i].op, bytes_vectors[i].args, got, bytes_vectors[i].out);
        gp_xdecref(st, r);
        gp_decref(st, recv);
        for (size_t k = 0; k < n + nkw; k++)
            gp_decref(st, a[k]);
        gp_xdecref(st, kwnames);
        if (getenv("BYTES_LEAKS")) {
            size_t now = heap_blocks();
            if (now != before)
                print_message("leak after %s.%s(%s)\n", bytes_vectors[i].recv,
                              bytes_vectors[i].op, bytes_vectors[i].args);
            before = now;
        }
    }
    if (bad)
        fail_msg("%zu of %zu results differ from CPython", bad, nv);
    assert_int_equal(heap_blocks(), before);
    char err[256];
    assert_int_equal(gp_stats_check(st->img, err, sizeof err), 0);
}

/* hash(b) is CPython's _Py_HashBytes, cached; equal to hash of the Latin-1 str */
static void test_hash(void **state)
{
    (void)state;
    size_t before = heap_blocks();
    GpObject *e = gp_bytes_from(st, "", 0);
    assert_int_equal(gp_obj_hash(st, e), 0);
    GpObject *b = gp_bytes_from(st, "caf\xe9", 4);
    int64_t h = gp_obj_hash(st, b);
    assert_int_equal(h, gp_hash_bytes(&st->hash_key, "caf\xe9", 4));
    assert_int_equal(GP_BYTES(b)->hash, h);
    assert_int_equal(gp_obj_hash(st, b), h);
    GpObject *s = gp_str_new(st, 4, 1);
    memcpy(gp_str_data(s), "caf\xe9", 4);
    assert_int_equal(gp_obj_hash(st, s), h);
    assert_int_equal(gp_bytes_data(b)[4], 0);      /* NUL-terminated */
    assert_int_equal(gp_bytes_size(b), 4);
    assert_ptr_equal(b->type, gp_type(st, GP_T_BYTES));
    gp_decref(st, s);
    gp_decref(st, b);
    gp_decref(st, e);
    /* iteration through the sequence fallback */
    GpObject *x = gp_bytes_from(st, "\x01\xff", 2);
    GpObject *it = gp_obj_iter(st, x);
    assert_non_null(it);
    GpObject *v = gp_iter_next(st, it);
    assert_int_equal(GP_INT(v)->u.s.v, 1);
    gp_decref(st, v);
    v = gp_iter_next(st, it);
    assert_int_equal(GP_INT(v)->u.s.v, 255);
    gp_decref(st, v);
    assert_null(gp_iter_next(st, it));
    assert_false(gp_err_occurred(st));
    gp_decref(st, it);
    gp_decref(st, x);
    assert_int_equal(heap_blocks(), before);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bytes_vectors),
        cmocka_unit_test(test_hash),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
