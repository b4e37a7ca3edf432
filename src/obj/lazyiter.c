/*
 * lazyiter.c - the lazy iterators of the builtins module: enumerate,
 * zip, map, filter, reversed.  Each is a small object holding the
 * iterators it draws from; next() advances them.
 */
#include "obj/lazyiter.h"

#include "obj/args.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/int.h"
#include "obj/iter.h"
#include "obj/list.h"
#include "obj/method.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

typedef struct GpLazy {
    GpObject ob;
    GpObject *func;         /* map, filter: the function (filter: may be None) */
    GpObject *its;          /* tuple of iterators */
    GpObject *seq;          /* reversed: the sequence */
    int64_t index;          /* enumerate: the next count; reversed: next index */
    int strict;
} GpLazy;

static void lazy_dealloc(GpState *st, GpObject *o)
{
    GpLazy *z = (GpLazy *)o;
    gp_xdecref(st, z->func);
    gp_xdecref(st, z->its);
    gp_xdecref(st, z->seq);
    gp_obj_free(st, o, sizeof(GpLazy));
}

static int lazy_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    GpLazy *z = (GpLazy *)o;
    GpObject *refs[] = {z->func, z->its, z->seq};
    for (int i = 0; i < 3; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

/* iterators of every argument, as a tuple */
static GpObject *iterators(GpState *st, GpObject *const *args, size_t n)
{
    GpObject *t = gp_tuple_new(st, n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        GpObject *it = gp_obj_iter(st, args[i]);
        if (!it) {
            for (size_t k = i; k < n; k++)
                ((GpTuple *)t)->items[k] = gp_incref(st->none);
            gp_decref(st, t);
            return NULL;
        }
        ((GpTuple *)t)->items[i] = it;
    }
    return t;
}

static GpLazy *new_lazy(GpState *st, GpTypeId id)
{
    return (GpLazy *)gp_obj_alloc(st, gp_type(st, id), sizeof(GpLazy));
}

/* ---- enumerate ----------------------------------------------------------------- */

static GpObject *enumerate_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                               GpObject *kwnames)
{
    (void)type;
    static const char *const names[] = {"iterable", "start"};
    GpObject *a[2];
    if (gp_args_clinic_keywords(st, "enumerate", names, 2, args, nargs, kwnames, a))
        return NULL;
    if (!a[0]) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "enumerate() missing required argument 'iterable'");
        return NULL;
    }
    GpObject *start = a[1];
    int64_t s = 0;
    if (start && (!gp_obj_is_instance_of_type(start, gp_type(st, GP_T_INT)) ||
                  gp_int_as_i64(st, start, &s))) {
        if (!gp_err_occurred(st))
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "'%s' object cannot be interpreted as an integer", start->type->name);
        return NULL;
    }
    GpObject *its = iterators(st, a, 1);
    if (!its)
        return NULL;
    GpLazy *z = new_lazy(st, GP_T_ENUMERATE);
    if (!z) {
        gp_decref(st, its);
        return NULL;
    }
    z->its = its;
    z->index = s;
    return GP_OBJ(z);
}

static GpObject *enumerate_next(GpState *st, GpObject *o)
{
    GpLazy *z = (GpLazy *)o;
    GpObject *v = gp_iter_next(st, gp_tuple_item(z->its, 0));
    if (!v)
        return NULL;
    GpObject *i = gp_int_from_i64(st, z->index++);
    GpObject *t = i ? gp_tuple_pack(st, 2, i, v) : NULL;
    gp_xdecref(st, i);
    gp_decref(st, v);
    return t;
}

/* ---- zip ---------------------------------------------------------------------------- */

static GpObject *zip_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)type;
    int strict = 0;
    size_t nk = kwnames ? gp_tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nk; i++) {
        if (!gp_str_equal_cstr(gp_tuple_item(kwnames, i), "strict")) {
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "zip() got an unexpected keyword argument");
            return NULL;
        }
        strict = gp_obj_truth(st, args[nargs + i]);
    }
    GpObject *its = iterators(st, args, nargs);
    if (!its)
        return NULL;
    GpLazy *z = new_lazy(st, GP_T_ZIP);
    if (!z) {
        gp_decref(st, its);
        return NULL;
    }
    z->its = its;
    z->strict = strict;
    return GP_OBJ(z);
}

static GpObject *zip_next(GpState *st, GpObject *o)
{
    GpLazy *z = (GpLazy *)o;
    size_t n = gp_tuple_size(z->its);
    if (n == 0)
        return NULL;
    GpObject *t = gp_tuple_new(st, n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        GpObject *v = gp_iter_next(st, gp_tuple_item(z->its, i));
        if (!v) {
            for (size_t k = i; k < n; k++)
                ((GpTuple *)t)->items[k] = gp_incref(st->none);
            gp_decref(st, t);
            if (!z->strict || gp_err_occurred(st))
                return NULL;
            if (i > 0) {
                gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                              "zip() argument %zu is shorter than argument%s%zu", i + 1,
                              i == 1 ? " " : "s 1-", i);
                return NULL;
            }
            /* the first ended: the others must end too */
            for (i = 1; i < n; i++) {
                v = gp_iter_next(st, gp_tuple_item(z->its, i));
                if (v) {
                    gp_decref(st, v);
                    gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                                  "zip() argument %zu is longer than argument%s%zu", i + 1,
                                  i == 1 ? " " : "s 1-", i);
                    return NULL;
                }
                if (gp_err_occurred(st))
                    return NULL;
            }
            return NULL;
        }
        ((GpTuple *)t)->items[i] = v;
    }
    return t;
}

/* ---- map and filter ------------------------------------------------------------------- */

static GpObject *map_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)type, (void)kwnames;
    if (nargs < 2) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "map() must have at least two arguments.");
        return NULL;
    }
    GpObject *its = iterators(st, args + 1, nargs - 1);
    if (!its)
        return NULL;
    GpLazy *z = new_lazy(st, GP_T_MAP);
    if (!z) {
        gp_decref(st, its);
        return NULL;
    }
    z->func = gp_incref(args[0]);
    z->its = its;
    return GP_OBJ(z);
}

static GpObject *map_next(GpState *st, GpObject *o)
{
    GpLazy *z = (GpLazy *)o;
    size_t n = gp_tuple_size(z->its);
    GpObject *vals[16] = {0}, **v = n <= 16 ? vals : NULL;
    if (!v) {
        gp_err_format(st, gp_type(st, GP_T_NOT_IMPLEMENTED_ERROR),
                      "map() over more than 16 iterables is not supported yet");
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        v[i] = gp_iter_next(st, gp_tuple_item(z->its, i));
        if (!v[i]) {
            for (size_t k = 0; k < i; k++)
                gp_decref(st, v[k]);
            return NULL;
        }
    }
    GpObject *r = gp_obj_call(st, z->func, v, n, NULL);
    for (size_t k = 0; k < n; k++)
        gp_decref(st, v[k]);
    return r;
}

static GpObject *filter_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)type, (void)kwnames;
    if (nargs != 2) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "filter expected 2 arguments, got %zu",
                      nargs);
        return NULL;
    }
    GpObject *its = iterators(st, args + 1, 1);
    if (!its)
        return NULL;
    GpLazy *z = new_lazy(st, GP_T_FILTER);
    if (!z) {
        gp_decref(st, its);
        return NULL;
    }
    z->func = gp_incref(args[0]);
    z->its = its;
    return GP_OBJ(z);
}

static GpObject *filter_next(GpState *st, GpObject *o)
{
    GpLazy *z = (GpLazy *)o;
    for (;;) {
        GpObject *v = gp_iter_next(st, gp_tuple_item(z->its, 0));
        if (!v)
            return NULL;
        GpObject *keep = z->func == st->none ? gp_incref(v) : gp_obj_call(st, z->func, &v, 1, NULL);
        int t = keep ? gp_obj_truth(st, keep) : -1;
        gp_xdecref(st, keep);
        if (t > 0)
            return v;
        gp_decref(st, v);
        if (t < 0)
            return NULL;
    }
}

/* ---- reversed ------------------------------------------------------------------------- */

static GpObject *reversed_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)type, (void)kwnames;
    if (nargs != 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "reversed expected 1 argument, got %zu",
                      nargs);
        return NULL;
    }
    GpObject *s = args[0];
    if (s->type == gp_type(st, GP_T_LIST))
        return gp_list_reversed(st, s);
    /* a dict and its views: their insertion order, backwards */
    if (s->type == gp_type(st, GP_T_DICT) || s->type == gp_type(st, GP_T_DICT_KEYS))
        return gp_dict_iter_reversed(st, s->type == gp_type(st, GP_T_DICT) ? s
                                     : ((GpDictView *)s)->dict, 0);
    if (s->type == gp_type(st, GP_T_DICT_VALUES))
        return gp_dict_iter_reversed(st, ((GpDictView *)s)->dict, 1);
    if (s->type == gp_type(st, GP_T_DICT_ITEMS))
        return gp_dict_iter_reversed(st, ((GpDictView *)s)->dict, 2);
    if (!s->type->seq || !s->type->seq->item || !s->type->seq->len ||
        s->type == gp_type(st, GP_T_DICT) || s->type == gp_type(st, GP_T_SET)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "'%s' object is not reversible",
                      s->type->name);
        return NULL;
    }
    ssize_t n = s->type->seq->len(st, s);
    if (n < 0)
        return NULL;
    GpLazy *z = new_lazy(st, GP_T_REVERSED);
    if (!z)
        return NULL;
    z->seq = gp_incref(s);
    z->index = n - 1;
    return GP_OBJ(z);
}

static GpObject *reversed_next(GpState *st, GpObject *o)
{
    GpLazy *z = (GpLazy *)o;
    if (z->index < 0)
        return NULL;
    return z->seq->type->seq->item(st, z->seq, z->index--);
}

/* ---- iter(callable, sentinel) -------------------------------------------------------- */

GpObject *gp_calliter_new(GpState *st, GpObject *callable, GpObject *sentinel)
{
    GpLazy *z = new_lazy(st, GP_T_CALLABLE_ITER);
    if (!z)
        return NULL;
    z->func = gp_incref(callable);
    z->seq = gp_incref(sentinel);
    return GP_OBJ(z);
}

/* call until the result equals the sentinel (or StopIteration), then stay done */
static GpObject *calliter_next(GpState *st, GpObject *o)
{
    GpLazy *z = (GpLazy *)o;
    if (!z->func)
        return NULL;
    GpObject *r = gp_obj_call(st, z->func, NULL, 0, NULL);
    int done;
    if (r) {
        done = gp_obj_richcompare_bool(st, z->seq, r, GP_EQ);
        if (done == 0)
            return r;
        gp_decref(st, r);
    } else {
        done = gp_err_matches(st, gp_type(st, GP_T_STOP_ITERATION));
        if (done)
            gp_err_clear(st);
    }
    if (done > 0) {
        GpObject *f = z->func, *s = z->seq;
        z->func = z->seq = NULL;
        gp_decref(st, f);
        gp_decref(st, s);
    }
    return NULL;
}

#define LAZY_TYPE(cname, pyname, newfn, nextfn)                                              \
    const GpType cname = {                                                                     \
        .name = pyname,                                                                        \
        .flags = GP_TF_GC,                                                                     \
        .basicsize = sizeof(GpLazy),                                                           \
        .dealloc = lazy_dealloc,                                                               \
        .traverse = lazy_traverse,                                                             \
        .iter = gp_iter_self,                                                                     \
        .iternext = nextfn,                                                                    \
        .new_ = newfn,                                                                         \
    }

LAZY_TYPE(gp_enumerate_template, "enumerate", enumerate_new, enumerate_next);
LAZY_TYPE(gp_zip_template, "zip", zip_new, zip_next);
LAZY_TYPE(gp_map_template, "map", map_new, map_next);
LAZY_TYPE(gp_filter_template, "filter", filter_new, filter_next);
LAZY_TYPE(gp_reversed_template, "reversed", reversed_new, reversed_next);
LAZY_TYPE(gp_calliter_template, "callable_iterator", NULL, calliter_next);
