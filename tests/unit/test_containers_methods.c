/* The Python-visible methods of list, tuple, dict, set and frozenset, and
 * the dict views: programs of method calls run against the results CPython
 * 3.11 gave (container_vectors.h, made by tools/gen_container_vectors.py,
 * whose docstring describes the program language), then a memory check:
 * every heap block back and the image consistent. */
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
#include "obj/set.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "container_vectors.h"

static GpState *st;

static int setup(void **state)
{
    (void)state;
    char err[256];
    /* PYTHONHASHSEED=0, as the vectors were made; set before the state is
     * made, since the types' dicts are keyed by str hashes */
    setenv("PYTHONHASHSEED", "0", 1);
    st = gp_state_create(&(GpImageConfig){.size = 32u << 20}, err, sizeof err);
    return st ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    gp_state_destroy(st);
    return 0;
}

/* ---- the key functions -------------------------------------------------------- */

static GpObject *key_neg(GpState *s, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return gp_num_unary(s, args[0], GP_NB_NEG);
}

static GpObject *key_mod3(GpState *s, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return gp_num_binary(s, args[0], s->small_ints[5 + 3], GP_NB_MOD);
}

static GpObject *key_boom(GpState *s, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    gp_err_format(s, gp_type(s, GP_T_VALUE_ERROR), "boom");
    return NULL;
}

static const GpMethodDef key_defs[] = {
    {"neg", key_neg, GP_METH_O},
    {"mod3", key_mod3, GP_METH_O},
    {"boom", key_boom, GP_METH_O},
};

/* ---- literals -------------------------------------------------------------------- */

static GpObject *parse(const char **p);

/* items up to `close`, comma-separated, into a list */
static GpObject *parse_items(const char **p, char close, int *is_dict)
{
    GpObject *l = gp_list_new(st, 0);
    while (**p != close) {
        GpObject *v = parse(p);
        assert_non_null(v);
        assert_int_equal(gp_list_append(st, l, v), 0);
        gp_decref(st, v);
        if (**p == ':') {
            *is_dict = 1;
            (*p)++;
            continue;
        }
        if (**p == ',')
            (*p)++;
    }
    (*p)++;
    return l;
}

static GpObject *parse(const char **p)
{
    const char *s = *p;
    int is_dict = 0;
    if (*s == '-' || (*s >= '0' && *s <= '9')) {
        size_t n = 1, dot = 0;
        while ((s[n] >= '0' && s[n] <= '9') || s[n] == '.' || s[n] == 'e')
            dot |= s[n++] == '.';
        *p = s + n;
        return dot ? gp_float_from_str(st, s, n) : gp_int_from_str(st, s, n, 10);
    }
    if (*s == '\'') {
        const char *e = strchr(s + 1, '\'');
        *p = e + 1;
        return gp_str_from_utf8(st, s + 1, (size_t)(e - s - 1));
    }
    static const struct { const char *word; int which; } words[] = {
        {"None", 0}, {"True", 1}, {"False", 2}};
    for (size_t i = 0; i < 3; i++)
        if (!strncmp(s, words[i].word, strlen(words[i].word))) {
            *p = s + strlen(words[i].word);
            GpObject *o[] = {st->none, st->true_, st->false_};
            return gp_incref(o[words[i].which]);
        }
    *p = s + 1;
    if (*s == '[')
        return parse_items(p, ']', &is_dict);
    GpObject *l = parse_items(p, *s == '(' ? ')' : '}', &is_dict), *r;
    if (*s == '(') {
        r = gp_list_as_tuple(st, l);
    } else if (is_dict || gp_list_size(l) == 0) {
        r = gp_dict_new(st);
        for (size_t i = 0; i + 1 < gp_list_size(l); i += 2)
            assert_int_equal(gp_dict_set(st, r, gp_list_item(l, i), gp_list_item(l, i + 1)), 0);
    } else {
        r = gp_set_new(st, l);
    }
    gp_decref(st, l);
    return r;
}

/* ---- running a program --------------------------------------------------------------- */

typedef struct {
    GpObject *c, *r;
    char out[4096];
    size_t len;
} Run;

static void emit(Run *run, const char *s, size_t n)
{
    assert_true(run->len + n < sizeof run->out);
    memcpy(run->out + run->len, s, n);
    run->len += n;
    run->out[run->len] = 0;
}

static void emit_repr(Run *run, GpObject *o)
{
    GpObject *r = gp_obj_repr(st, o);
    assert_non_null(r);
    char buf[2048];
    size_t len;
    const char *u = gp_str_utf8(r, buf, sizeof buf, &len);
    assert_non_null(u);
    emit(run, u, len);
    gp_decref(st, r);
}

static void emit_error(Run *run)
{
    GpObject *e = gp_err_fetch(st);
    assert_non_null(e);
    /* str(KeyError(k)) is repr(k) in CPython; error.c does not do it yet */
    GpObject *args = ((GpException *)e)->args;
    GpObject *m = e->type == gp_type(st, GP_T_KEY_ERROR) && gp_tuple_size(args) == 1
                      ? gp_obj_repr(st, gp_tuple_item(args, 0))
                      : gp_obj_str(st, e);
    char buf[1024];
    size_t len;
    const char *u = gp_str_utf8(m, buf, sizeof buf, &len);
    emit(run, "!", 1);
    emit(run, e->type->name, strlen(e->type->name));
    emit(run, ": ", 2);
    emit(run, u, len);
    gp_decref(st, m);
    gp_decref(st, e);
}

static GpObject *arg_value(Run *run, const char *tok)
{
    if (!strcmp(tok, "@c"))
        return gp_incref(run->c);
    if (!strcmp(tok, "@r"))
        return gp_incref(run->r ? run->r : st->none);
    for (size_t i = 0; i < sizeof key_defs / sizeof key_defs[0]; i++)
        if (tok[0] == '@' && !strcmp(tok + 1, key_defs[i].name))
            return gp_cfunction_new(st, &key_defs[i], NULL);
    const char *p = tok;
    GpObject *v = parse(&p);
    assert_non_null(v);
    assert_int_equal(*p, 0);
    return v;
}

static GpObject *type_named(const char *name)
{
    static const struct { const char *name; GpTypeId id; } types[] = {
        {"list", GP_T_LIST}, {"tuple", GP_T_TUPLE}, {"dict", GP_T_DICT},
        {"set", GP_T_SET}, {"frozenset", GP_T_FROZENSET}};
    for (size_t i = 0; i < 5; i++)
        if (!strcmp(name, types[i].name))
            return GP_OBJ(gp_type(st, types[i].id));
    return NULL;
}

static GpObject *pseudo_op(Run *run, const char *op, GpObject *x)
{
    GpObject *r = run->r;
    if (!strcmp(op, ":len"))
        return gp_int_from_i64(st, r->type->seq->len(st, r));
    if (!strcmp(op, ":iter"))
        return gp_list_from_iterable(st, r);
    if (!strcmp(op, ":in")) {
        int c = r->type->seq->contains(st, r, x);
        return c < 0 ? NULL : gp_incref(c ? st->true_ : st->false_);
    }
    static const struct { const char *op; int nb; } bin[] = {
        {":&", GP_NB_AND}, {":|", GP_NB_OR}, {":-", GP_NB_SUB}, {":^", GP_NB_XOR}};
    for (size_t i = 0; i < 4; i++)
        if (!strcmp(op, bin[i].op))
            return gp_num_binary(st, r, x, bin[i].nb);
    static const struct { const char *op; int cmp; } cmp[] = {
        {":==", GP_EQ}, {":!=", GP_NE}, {":<", GP_LT}, {":<=", GP_LE}, {":>", GP_GT},
        {":>=", GP_GE}};
    for (size_t i = 0; i < 6; i++)
        if (!strcmp(op, cmp[i].op))
            return gp_obj_richcompare(st, r, x, cmp[i].cmp);
    fail_msg("unknown operation %s", op);
    return NULL;
}

/* One step; its result (new reference) or NULL with an exception. */
static GpObject *run_step(Run *run, char *text)
{
    char *toks[16] = {NULL};
    size_t n = 0;
    for (char *t = strtok(text, " "); t; t = strtok(NULL, " "))
        toks[n++] = t;
    assert_true(n > 0 && n < 16);
    GpObject *args[16], *names[16];
    size_t nargs = 0, nkw = 0;
    GpObject *kwvals[16];
    for (size_t i = 1; i < n; i++) {
        char *eq = strchr(toks[i], '=');
        if (eq && toks[i][0] >= 'a' && toks[i][0] <= 'z' && eq[1] != '=') {
            *eq = 0;
            names[nkw] = gp_str_from_cstr(st, toks[i]);
            kwvals[nkw++] = arg_value(run, eq + 1);
        } else {
            args[nargs++] = arg_value(run, toks[i]);
        }
    }
    GpObject *result;
    if (toks[0][0] == ':') {
        assert_non_null(run->r);
        result = pseudo_op(run, toks[0], nargs ? args[0] : NULL);
    } else {
        for (size_t i = 0; i < nkw; i++)
            args[nargs + i] = kwvals[i];
        GpObject *kwnames = nkw ? gp_tuple_from_array(st, names, nkw) : NULL;
        char *dot = strchr(toks[0], '.');
        GpObject *f;
        if (!dot) {
            toks[0][strlen(toks[0]) - 2] = 0;       /* "name()" */
            f = gp_incref(type_named(toks[0]));
        } else {
            *dot = 0;
            GpObject *target = !strcmp(toks[0], "c") ? run->c
                               : !strcmp(toks[0], "r") ? run->r : type_named(toks[0]);
            if (!target)
                fail_msg("no target %s", toks[0]);
            f = gp_obj_getattr_cstr(st, target, dot + 1);
        }
        result = f ? gp_obj_call(st, f, args, nargs, kwnames) : NULL;
        gp_xdecref(st, f);
        gp_xdecref(st, kwnames);
        nargs += nkw;
    }
    for (size_t i = 0; i < nargs; i++)
        gp_decref(st, args[i]);
    for (size_t i = 0; i < nkw; i++)
        gp_decref(st, names[i]);
    return result;
}

static GpObject *make_container(const char *spec)
{
    const char *p = spec + 1;
    GpObject *lit = parse(&p), *c = NULL;
    assert_non_null(lit);
    switch (spec[0]) {
    case 'L': c = gp_list_from_iterable(st, lit); break;
    case 'T': c = gp_list_as_tuple(st, lit); break;
    case 'S': c = gp_set_new(st, lit); break;
    case 'F': c = gp_frozenset_new(st, lit); break;
    case 'D': c = gp_incref(lit); break;
    default: fail_msg("bad container %s", spec);
    }
    gp_decref(st, lit);
    return c;
}

static void run_case(size_t k)
{
    Run run = {.c = make_container(container_vectors[k].container)};
    char prog[2048];
    snprintf(prog, sizeof prog, "%s", container_vectors[k].program);
    char *rest = prog;
    for (int first = 1; rest; first = 0) {
        char *sep = strstr(rest, " ; ");
        if (sep)
            *sep = 0;
        if (!first)
            emit(&run, " ; ", 3);
        GpObject *r = run_step(&run, rest);
        if (r && rest[0] == ':') {
            emit_repr(&run, r);
            gp_decref(st, r);
        } else if (r) {
            emit_repr(&run, r);
            gp_xdecref(st, run.r);
            run.r = r;
        } else {
            emit_error(&run);
        }
        rest = sep ? sep + 3 : NULL;
    }
    emit(&run, " | ", 3);
    emit_repr(&run, run.c);
    if (strcmp(run.out, container_vectors[k].expect) != 0)
        fail_msg("case %zu: %s %s\n   got  %s\n   want %s", k, container_vectors[k].container,
                 container_vectors[k].program, run.out, container_vectors[k].expect);
    gp_xdecref(st, run.r);
    gp_decref(st, run.c);
}

static size_t heap_blocks(void)
{
    GpAreaStats s;
    gp_mem_flush(st->heap);
    gp_stats_area(st->img, GP_AREA_HEAP, &s);
    return s.blocks;
}

static void test_vectors(void **state)
{
    (void)state;
    size_t before = heap_blocks();
    for (size_t k = 0; k < sizeof container_vectors / sizeof container_vectors[0]; k++) {
        run_case(k);
        assert_false(gp_err_occurred(st));
    }
    assert_int_equal(heap_blocks(), before);
    char err[512] = "";
    if (gp_stats_check(st->img, err, sizeof err) != 0)
        fail_msg("gp_stats_check: %s", err);
}

/* dict.fromkeys is a function bound to the type, in the static area */
static void test_fromkeys_is_a_class_method(void **state)
{
    (void)state;
    GpObject *f = gp_obj_getattr_cstr(st, GP_OBJ(gp_type(st, GP_T_DICT)), "fromkeys");
    if (!f) {
        Run run = {0};
        emit_error(&run);
        fail_msg("%s", run.out);
    }
    assert_int_equal(gp_image_area_of(st->img, f), GP_AREA_STATIC);
    GpObject *r = gp_obj_repr(st, f);
    char want[128], buf[128];
    size_t len;
    snprintf(want, sizeof want, "<built-in method fromkeys of type object at %p>",
             (void *)gp_type(st, GP_T_DICT));
    const char *u = gp_str_utf8(r, buf, sizeof buf, &len);
    assert_string_equal(u, want);
    gp_decref(st, r);
    gp_decref(st, f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vectors),
        cmocka_unit_test(test_fromkeys_is_a_class_method),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
