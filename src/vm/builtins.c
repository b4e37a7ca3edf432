/*
 * builtins.c - the builtins module (a first set: more come with the
 * modules issue).
 */
#include "vm/builtins.h"

#include <stdio.h>
#include <string.h>

#include "obj/args.h"
#include "obj/dict.h"
#include "obj/func.h"
#include "obj/error.h"
#include "obj/hash.h"
#include "obj/int.h"
#include "obj/float.h"
#include "obj/iter.h"
#include "obj/lazyiter.h"
#include "obj/list.h"
#include "obj/method.h"
#include "obj/module.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/stream.h"
#include "obj/tuple.h"
#include "vm/eval.h"
#include "vm/exec.h"

/* ---- output ---------------------------------------------------------------------- */


/* the keyword argument `name`, or NULL */
static GpObject *kwarg(GpObject *const *args, size_t nargs, GpObject *kwnames, const char *name)
{
    size_t nk = kwnames ? gp_tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nk; i++)
        if (gp_str_equal_cstr(gp_tuple_item(kwnames, i), name))
            return args[nargs + i];
    return NULL;
}

static int check_kwargs(GpState *st, GpObject *kwnames, const char *fname,
                        const char *const *allowed)
{
    size_t nk = kwnames ? gp_tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nk; i++) {
        GpObject *k = gp_tuple_item(kwnames, i);
        int ok = 0;
        for (const char *const *a = allowed; *a && !ok; a++)
            ok = gp_str_equal_cstr(k, *a);
        if (!ok) {
            char buf[128];
            size_t n;
            const char *u = gp_str_utf8(k, buf, sizeof buf, &n);
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "'%.*s' is an invalid keyword argument for %s()", (int)(u ? n : 1),
                          u ? u : "?", fname);
            return -1;
        }
    }
    return 0;
}

static GpObject *bi_print(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)self;
    static const char *const allowed[] = {"sep", "end", "file", "flush", NULL};
    if (check_kwargs(st, kwnames, "print", allowed))
        return NULL;
    GpObject *sep = kwarg(args, nargs, kwnames, "sep");
    GpObject *end = kwarg(args, nargs, kwnames, "end");
    GpObject *file = kwarg(args, nargs, kwnames, "file");
    GpObject *flush = kwarg(args, nargs, kwnames, "flush");
    GpType *str = gp_type(st, GP_T_STR);
    if (sep == st->none)
        sep = NULL;
    if (end == st->none)
        end = NULL;
    if ((sep && !gp_obj_is_instance_of_type(sep, str)) ||
        (end && !gp_obj_is_instance_of_type(end, str))) {
        GpObject *bad = sep && !gp_obj_is_instance_of_type(sep, str) ? sep : end;
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s must be None or a string, not %s",
                      bad == sep ? "sep" : "end", bad->type->name);
        return NULL;
    }
    if (file == st->none)
        file = NULL;
    if (file) {
        /* any object with a write() method */
        GpObject *w = gp_obj_getattr_cstr(st, file, "write");
        if (!w)
            return NULL;
        GpObject *space = gp_str_from_cstr(st, " "), *nl = gp_str_from_cstr(st, "\n");
        int rc = !space || !nl;
        for (size_t i = 0; i <= nargs && !rc; i++) {
            GpObject *piece = i == nargs ? gp_incref(end ? end : nl) : gp_obj_str(st, args[i]);
            if (i > 0 && i < nargs) {
                GpObject *sp = sep ? sep : space;
                GpObject *r = gp_obj_call(st, w, &sp, 1, NULL);
                rc = !r;
                gp_xdecref(st, r);
            }
            GpObject *r = piece && !rc ? gp_obj_call(st, w, &piece, 1, NULL) : NULL;
            rc = rc || !r;
            gp_xdecref(st, r);
            gp_xdecref(st, piece);
        }
        gp_xdecref(st, space);
        gp_xdecref(st, nl);
        gp_decref(st, w);
        return rc ? NULL : gp_incref(st->none);
    }
    FILE *out = stdout;
    for (size_t i = 0; i < nargs; i++) {
        if (i) {
            if (sep)
                gp_str_fwrite(sep, out);
            else
                fputc(' ', out);
        }
        GpObject *s = gp_obj_str(st, args[i]);
        int rc = !s || gp_stream_put(st, s, out);
        gp_xdecref(st, s);
        if (rc)
            return NULL;
    }
    if (end)
        gp_str_fwrite(end, out);
    else
        fputc('\n', out);
    if (flush && gp_obj_truth(st, flush) == 1)
        fflush(out);
    return gp_incref(st->none);
}

/* ---- small functions ---------------------------------------------------------------- */

static GpObject *bi_len(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    GpObject *o = args[0];
    GpLenFn len = o->type->seq && o->type->seq->len ? o->type->seq->len
                  : o->type->map && o->type->map->len ? o->type->map->len : NULL;
    if (!len) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "object of type '%s' has no len()",
                      o->type->name);
        return NULL;
    }
    ssize_t n = len(st, o);
    return n < 0 ? NULL : gp_int_from_i64(st, n);
}

static GpObject *bi_repr(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return gp_obj_repr(st, args[0]);
}

GpObject *gp_builtin_ascii(GpState *st, GpObject *v)
{
    GpObject *r = gp_obj_repr(st, v);
    if (!r || GP_STR(r)->ascii)
        return r;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    for (size_t i = 0; i < GP_STR(r)->length; i++) {
        uint32_t c = gp_str_at(r, i);
        char esc[16];
        if (c < 0x80) {
            gp_strbuf_add_cp(&b, c);
            continue;
        }
        snprintf(esc, sizeof esc, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
        gp_strbuf_add_ascii(&b, esc);
    }
    gp_decref(st, r);
    return gp_strbuf_finish(&b);
}

static GpObject *bi_ascii(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return gp_builtin_ascii(st, args[0]);
}

GpObject *gp_builtin_format(GpState *st, GpObject *v, GpObject *spec)
{
    if (!spec)
        spec = st->empty_str;
    if (!gp_obj_is_instance_of_type(spec, gp_type(st, GP_T_STR))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "format() argument 2 must be str, not %s", spec->type->name);
        return NULL;
    }
    return gp_obj_format(st, v, spec);
}

static GpObject *bi_abs(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return gp_num_unary(st, args[0], GP_NB_ABS);
}

static GpObject *bi_hash(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    int64_t h = gp_obj_hash(st, args[0]);
    return h == -1 ? NULL : gp_int_from_i64(st, h);
}

static GpObject *bi_id(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                       GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    /* the object's address in the image */
    return gp_int_from_i64(st, (int64_t)(uintptr_t)args[0]);
}

static GpObject *bi_isinstance(GpState *st, GpObject *self, GpObject *const *args,
                               size_t nargs, GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs != 2) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "isinstance expected 2 arguments, got %zu",
                      nargs);
        return NULL;
    }
    GpObject *cls = args[1];
    GpType *ttype = gp_type(st, GP_T_TYPE);
    if (cls->type == gp_type(st, GP_T_TUPLE)) {
        for (size_t i = 0; i < gp_tuple_size(cls); i++) {
            GpObject *c = gp_tuple_item(cls, i);
            if (c->type == ttype && gp_obj_is_instance_of_type(args[0], (GpType *)c))
                return gp_incref(st->true_);
        }
        return gp_incref(st->false_);
    }
    if (cls->type != ttype) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return NULL;
    }
    return gp_incref(gp_obj_is_instance_of_type(args[0], (GpType *)cls) ? st->true_ : st->false_);
}

static GpObject *bi_chr(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    int64_t c;
    if (!gp_obj_is_instance_of_type(args[0], gp_type(st, GP_T_INT))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "'%s' object cannot be interpreted as an integer", args[0]->type->name);
        return NULL;
    }
    if (gp_int_as_i64(st, args[0], &c) || c < 0 || c > 0x10FFFF) {
        gp_err_clear(st);
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "chr() arg not in range(0x110000)");
        return NULL;
    }
    GpObject *s = gp_str_new(st, 1, gp_ucs_kind_for((uint32_t)c));
    if (!s)
        return NULL;
    gp_ucs_set(GP_STR(s)->kind, gp_str_data(s), 0, (uint32_t)c);
    GP_STR(s)->ascii = c < 0x80;
    return s;
}

static GpObject *bi_ord(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    GpObject *s = args[0];
    if (!gp_obj_is_instance_of_type(s, gp_type(st, GP_T_STR))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "ord() expected string of length 1, but %s found", s->type->name);
        return NULL;
    }
    if (GP_STR(s)->length != 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "ord() expected a character, but string of length %zu found",
                      GP_STR(s)->length);
        return NULL;
    }
    return gp_int_from_i64(st, gp_str_at(s, 0));
}

/* min() and max(): one iterable or several arguments; key= and default= */
static GpObject *min_max(GpState *st, GpObject *const *args, size_t nargs, GpObject *kwnames,
                         int op, const char *name)
{
    static const char *const allowed[] = {"key", "default", NULL};
    if (check_kwargs(st, kwnames, name, allowed))
        return NULL;
    GpObject *key = kwarg(args, nargs, kwnames, "key");
    GpObject *dflt = kwarg(args, nargs, kwnames, "default");
    if (key == st->none)
        key = NULL;
    if (nargs == 0) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s expected at least 1 argument, got 0",
                      name);
        return NULL;
    }
    if (nargs > 1 && dflt) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "Cannot specify a default for %s() with multiple positional arguments",
                      name);
        return NULL;
    }
    GpObject *it = nargs == 1 ? gp_obj_iter(st, args[0]) : NULL;
    if (nargs == 1 && !it)
        return NULL;
    GpObject *best = NULL, *bestkey = NULL;
    size_t i = 0;
    for (;;) {
        GpObject *v = it ? gp_iter_next(st, it) : i < nargs ? gp_incref(args[i++]) : NULL;
        if (!v)
            break;
        GpObject *k = key ? gp_obj_call(st, key, &v, 1, NULL) : gp_incref(v);
        if (!k) {
            gp_decref(st, v);
            goto fail;
        }
        int better = 1;
        if (best) {
            better = gp_obj_richcompare_bool(st, k, bestkey, op);
            if (better < 0) {
                gp_decref(st, v);
                gp_decref(st, k);
                goto fail;
            }
        }
        if (better) {
            gp_xdecref(st, best);
            gp_xdecref(st, bestkey);
            best = v;
            bestkey = k;
        } else {
            gp_decref(st, v);
            gp_decref(st, k);
        }
    }
    if (gp_err_occurred(st))
        goto fail;
    gp_xdecref(st, it);
    gp_xdecref(st, bestkey);
    if (!best) {
        if (dflt)
            return gp_incref(dflt);
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "%s() arg is an empty sequence", name);
        return NULL;
    }
    return best;
fail:
    gp_xdecref(st, it);
    gp_xdecref(st, best);
    gp_xdecref(st, bestkey);
    return NULL;
}

static GpObject *bi_min(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self;
    return min_max(st, args, nargs, kwnames, GP_LT, "min");
}

static GpObject *bi_max(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self;
    return min_max(st, args, nargs, kwnames, GP_GT, "max");
}

static GpObject *bi_sum(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self;
    static const char *const allowed[] = {"start", NULL};
    if (check_kwargs(st, kwnames, "sum", allowed))
        return NULL;
    if (nargs < 1 || nargs > 2) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      nargs ? "sum() takes at most 2 arguments (%zu given)"
                            : "sum() takes at least 1 positional argument (%zu given)", nargs);
        return NULL;
    }
    GpObject *start = nargs == 2 ? args[1] : kwarg(args, nargs, kwnames, "start");
    if (start && gp_obj_is_instance_of_type(start, gp_type(st, GP_T_STR))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "sum() can't sum strings [use ''.join(seq) instead]");
        return NULL;
    }
    GpObject *acc = start ? gp_incref(start) : gp_int_from_i64(st, 0);
    GpObject *it = acc ? gp_obj_iter(st, args[0]) : NULL;
    if (!it) {
        gp_xdecref(st, acc);
        return NULL;
    }
    GpObject *v;
    while ((v = gp_iter_next(st, it))) {
        GpObject *n = gp_num_binary(st, acc, v, GP_NB_ADD);
        gp_decref(st, v);
        gp_decref(st, acc);
        if (!(acc = n))
            break;
    }
    gp_decref(st, it);
    if (gp_err_occurred(st)) {
        gp_xdecref(st, acc);
        return NULL;
    }
    return acc;
}

static GpObject *bi_divmod(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs != 2) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "divmod expected 2 arguments, got %zu",
                      nargs);
        return NULL;
    }
    return gp_num_binary(st, args[0], args[1], GP_NB_DIVMOD);
}

/* exit(code=None) and quit(code=None), the script's way out: SystemExit
 * (CPython's site.Quitter objects) */
static GpObject *bi_exit(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (gp_args_clinic_positional(st, "exit", nargs, 0, 1))
        return NULL;
    gp_err_set(st, gp_type(st, GP_T_SYSTEM_EXIT), nargs ? args[0] : NULL);
    return NULL;
}

/* the arguments of pow(base, exp, mod=None) and round(number, ndigits=None),
 * by position or name; the first `required` must be there */
static int bind(GpState *st, const char *name, const char *const *names, size_t npar,
                size_t required, GpObject *const *args, size_t nargs, GpObject *kwnames,
                GpObject **out)
{
    if (gp_args_clinic_keywords(st, name, names, npar, args, nargs, kwnames, out))
        return -1;
    for (size_t i = 0; i < required; i++) {
        if (!out[i]) {
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "%s() missing required argument '%s' (pos %zu)", name, names[i], i + 1);
            return -1;
        }
    }
    return 0;
}

static GpObject *bi_pow(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"base", "exp", "mod"};
    GpObject *a[3];
    if (bind(st, "pow", names, 3, 2, args, nargs, kwnames, a))
        return NULL;
    return gp_num_power(st, a[0], a[1], a[2] ? a[2] : st->none);
}

static GpObject *bi_round(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"number", "ndigits"};
    GpObject *a[2];
    if (bind(st, "round", names, 2, 1, args, nargs, kwnames, a))
        return NULL;
    return gp_num_round(st, a[0], a[1] == st->none ? NULL : a[1]);
}

/* sorted(iterable, *, key=None, reverse=False) */
static GpObject *call_key(GpState *st, void *ctx, GpObject *item)
{
    return gp_obj_call(st, (GpObject *)ctx, &item, 1, NULL);
}

static GpObject *bi_sorted(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)self;
    static const char *const allowed[] = {"key", "reverse", NULL};
    if (nargs != 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      nargs ? "sorted expected 1 argument, got %zu"
                            : "sorted expected 1 argument, got %zu", nargs);
        return NULL;
    }
    if (check_kwargs(st, kwnames, "sort", allowed))
        return NULL;
    GpObject *key = kwarg(args, nargs, kwnames, "key");
    GpObject *rev = kwarg(args, nargs, kwnames, "reverse");
    int reverse = rev ? gp_obj_truth(st, rev) : 0;
    if (reverse < 0)
        return NULL;
    GpObject *l = gp_list_from_iterable(st, args[0]);
    if (!l)
        return NULL;
    if (gp_list_sort(st, l, key && key != st->none ? call_key : NULL, key, reverse)) {
        gp_decref(st, l);
        return NULL;
    }
    return l;
}

/* Is there an item whose truth is `want`?  1, 0, or -1 on error. any()
 * looks for a true item, all() for a false one. */
static int find_truth(GpState *st, GpObject *iterable, int want)
{
    GpObject *it = gp_obj_iter(st, iterable);
    if (!it)
        return -1;
    GpObject *v;
    int found = 0;
    while (!found && (v = gp_iter_next(st, it))) {
        int t = gp_obj_truth(st, v);
        gp_decref(st, v);
        if (t < 0) {
            gp_decref(st, it);
            return -1;
        }
        found = t == want;
    }
    gp_decref(st, it);
    return gp_err_occurred(st) ? -1 : found;
}

static GpObject *bi_any(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    int r = find_truth(st, args[0], 1);
    return r < 0 ? NULL : gp_incref(r ? st->true_ : st->false_);
}

static GpObject *bi_all(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    int r = find_truth(st, args[0], 0);
    return r < 0 ? NULL : gp_incref(r ? st->false_ : st->true_);
}

static GpObject *bi_iter(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (gp_args_clinic_positional(st, "iter", nargs, 1, 2))
        return NULL;
    if (nargs == 1)
        return gp_obj_iter(st, args[0]);
    if (!args[0]->type->call) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "iter(v, w): v must be callable");
        return NULL;
    }
    return gp_calliter_new(st, args[0], args[1]);
}

static GpObject *bi_next(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (gp_args_clinic_positional(st, "next", nargs, 1, 2))
        return NULL;
    if (!args[0]->type->iternext) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "'%s' object is not an iterator",
                      args[0]->type->name);
        return NULL;
    }
    /* a generator's own StopIteration carries its return value */
    GpObject *v = args[0]->type == gp_type(st, GP_T_GENERATOR)
                      ? st->gen_resume(st, args[0], st->none)
                      : gp_iter_next(st, args[0]);
    if (v)
        return v;
    if (gp_err_occurred(st)) {
        if (nargs == 2 && gp_err_matches(st, gp_type(st, GP_T_STOP_ITERATION))) {
            gp_err_clear(st);
            return gp_incref(args[1]);
        }
        return NULL;
    }
    if (nargs == 2)
        return gp_incref(args[1]);
    gp_err_set(st, gp_type(st, GP_T_STOP_ITERATION), NULL);
    return NULL;
}

static GpObject *bi_callable(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return gp_incref(args[0]->type->call ? st->true_ : st->false_);
}

static GpObject *bi_getattr(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs < 2 || nargs > 3) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "getattr expected at least 2 arguments, got %zu",
                      nargs);
        return NULL;
    }
    if (!gp_obj_is_instance_of_type(args[1], gp_type(st, GP_T_STR))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "attribute name must be string, not '%s'",
                      args[1]->type->name);
        return NULL;
    }
    GpObject *v = gp_obj_getattr(st, args[0], args[1]);
    if (!v && nargs == 3 && gp_err_matches(st, gp_type(st, GP_T_ATTRIBUTE_ERROR))) {
        gp_err_clear(st);
        return gp_incref(args[2]);
    }
    return v;
}

static GpObject *bi_hasattr(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs != 2 || !gp_obj_is_instance_of_type(args[1], gp_type(st, GP_T_STR))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      nargs != 2 ? "hasattr expected 2 arguments, got %zu"
                                 : "attribute name must be string", nargs);
        return NULL;
    }
    GpObject *v = gp_obj_getattr(st, args[0], args[1]);
    if (v) {
        gp_decref(st, v);
        return gp_incref(st->true_);
    }
    if (!gp_err_matches(st, gp_type(st, GP_T_ATTRIBUTE_ERROR)))
        return NULL;
    gp_err_clear(st);
    return gp_incref(st->false_);
}

/* bin(), oct(), hex(): through the format engine's '#b', '#o', '#x' */
static GpObject *int_to_base(GpState *st, GpObject *v, const char *spec)
{
    if (!gp_obj_is_instance_of_type(v, gp_type(st, GP_T_INT))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "'%s' object cannot be interpreted as an integer", v->type->name);
        return NULL;
    }
    GpObject *s = gp_str_from_cstr(st, spec);
    GpObject *r = s ? gp_obj_format(st, v, s) : NULL;
    gp_xdecref(st, s);
    return r;
}

static GpObject *bi_bin(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return int_to_base(st, args[0], "#b");
}

static GpObject *bi_oct(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return int_to_base(st, args[0], "#o");
}

static GpObject *bi_hex(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return int_to_base(st, args[0], "#x");
}

static GpObject *bi_format(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (gp_args_clinic_positional(st, "format", nargs, 1, 2))
        return NULL;
    return gp_builtin_format(st, args[0], nargs == 2 ? args[1] : NULL);
}

static GpObject *bi_issubclass(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                               GpObject *kwnames)
{
    (void)self, (void)kwnames;
    GpType *tt = gp_type(st, GP_T_TYPE);
    if (nargs != 2 || args[0]->type != tt) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      nargs != 2 ? "issubclass expected 2 arguments, got %zu"
                                 : "issubclass() arg 1 must be a class", nargs);
        return NULL;
    }
    GpObject *cls = args[1];
    if (cls->type == gp_type(st, GP_T_TUPLE)) {
        for (size_t i = 0; i < gp_tuple_size(cls); i++) {
            GpObject *c = gp_tuple_item(cls, i);
            if (c->type == tt && gp_type_is_subtype((GpType *)args[0], (GpType *)c))
                return gp_incref(st->true_);
        }
        return gp_incref(st->false_);
    }
    if (cls->type != tt) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return NULL;
    }
    return gp_incref(gp_type_is_subtype((GpType *)args[0], (GpType *)cls) ? st->true_ : st->false_);
}

static GpObject *bi_input(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs > 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "input expected at most 1 argument, got %zu",
                      nargs);
        return NULL;
    }
    if (nargs == 1) {
        GpObject *p = gp_obj_str(st, args[0]);
        if (!p)
            return NULL;
        gp_str_fwrite(p, stdout);
        gp_decref(st, p);
    }
    fflush(stdout);
    char line[4096];
    size_t total = 0;
    GpObject *acc = gp_incref(st->empty_str);
    for (;;) {
        if (!fgets(line, sizeof line, stdin))
            break;
        size_t n = strlen(line);
        total += n;
        int done = n && line[n - 1] == '\n';
        if (done)
            line[--n] = '\0';
        GpObject *piece = gp_str_from_utf8(st, line, n);
        GpObject *joined = piece ? gp_str_concat(st, acc, piece) : NULL;
        gp_xdecref(st, piece);
        gp_decref(st, acc);
        if (!joined)
            return NULL;
        acc = joined;
        if (done)
            break;
    }
    if (!total) {
        gp_decref(st, acc);
        GpObject *msg = gp_str_from_cstr(st, "EOF when reading a line");
        if (msg) {
            gp_err_set(st, gp_type(st, GP_T_EOF_ERROR), msg);
            gp_decref(st, msg);
        }
        return NULL;
    }
    return acc;
}

/* vars(): locals(); vars(x): x.__dict__ (a module's, a function's, a
 * namespace's), TypeError for an object without one */
static GpObject *bi_vars(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs > 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "vars expected at most 1 argument, got %zu",
                      nargs);
        return NULL;
    }
    if (!nargs)
        return gp_builtins_locals(st);
    GpObject *d = gp_obj_getattr_cstr(st, args[0], "__dict__");
    if (!d && gp_err_matches(st, gp_type(st, GP_T_ATTRIBUTE_ERROR))) {
        gp_err_clear(st);
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "vars() argument must have __dict__ attribute");
    }
    return d;
}

/* dir(): the sorted names of the current scope; dir(module): its names.
 * Other objects' attributes include the special methods that glasspy's
 * types do not list yet: dir(x) of those says so. */
static GpObject *bi_dir(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs > 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "dir expected at most 1 argument, got %zu",
                      nargs);
        return NULL;
    }
    GpObject *ns;
    if (!nargs) {
        ns = gp_builtins_locals(st);
    } else if (args[0]->type == gp_type(st, GP_T_MODULE)) {
        ns = gp_incref(GP_MODULE(args[0])->dict);
    } else {
        gp_err_format(st, gp_type(st, GP_T_NOT_IMPLEMENTED_ERROR),
                      "dir() of a '%s' object is not supported yet by glasspy",
                      args[0]->type->name);
        return NULL;
    }
    if (!ns)
        return NULL;
    GpObject *keys = gp_list_from_iterable(st, ns);
    gp_decref(st, ns);
    if (keys && gp_list_sort(st, keys, NULL, NULL, 0)) {
        gp_decref(st, keys);
        return NULL;
    }
    return keys;
}

static GpObject *bi_globals(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    GpFrame *f = gp_vm_current_frame(st);
    return f ? gp_incref(f->globals) : gp_dict_new(st);
}

/* locals(): the namespace dict of module code, or a snapshot of a
 * function's local variables */
static GpObject *bi_locals(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return gp_builtins_locals(st);
}

GpObject *gp_builtins_locals(GpState *st)
{
    GpFrame *f = gp_vm_current_frame(st);
    if (!f)
        return gp_dict_new(st);
    if (f->locals)
        return gp_incref(f->locals);
    GpObject *d = gp_dict_new(st);
    GpCode *co = f->code;
    for (int i = 0; d && i < co->nlocals; i++)
        if (f->slots[i] && gp_dict_set(st, d, gp_tuple_item(co->varnames, (size_t)i), f->slots[i])) {
            gp_decref(st, d);
            return NULL;
        }
    size_t ncell = gp_tuple_size(co->cellvars), nfree = gp_tuple_size(co->freevars);
    for (size_t i = 0; d && i < ncell + nfree; i++) {
        GpObject *cell = f->slots[co->nlocals + i];
        GpObject *name = i < ncell ? gp_tuple_item(co->cellvars, i)
                                   : gp_tuple_item(co->freevars, i - ncell);
        if (GP_CELL(cell)->ref && gp_dict_set(st, d, name, GP_CELL(cell)->ref)) {
            gp_decref(st, d);
            return NULL;
        }
    }
    return d;
}

/* setattr(o, name, v) and delattr(o, name) */
static GpObject *set_or_del(GpState *st, const char *fname, GpObject *const *args, size_t nargs,
                            size_t want)
{
    if (nargs != want) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s expected %zu arguments, got %zu",
                      fname, want, nargs);
        return NULL;
    }
    if (!gp_obj_is_instance_of_type(args[1], gp_type(st, GP_T_STR))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "attribute name must be string, not '%s'",
                      args[1]->type->name);
        return NULL;
    }
    int rc = gp_obj_setattr(st, args[0], args[1], want == 3 ? args[2] : NULL);
    return rc ? NULL : gp_incref(st->none);
}

static GpObject *bi_setattr(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)self, (void)kwnames;
    return set_or_del(st, "setattr", args, nargs, 3);
}

static GpObject *bi_delattr(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)self, (void)kwnames;
    return set_or_del(st, "delattr", args, nargs, 2);
}

static const GpMethodDef builtin_functions[] = {
    {"globals", bi_globals, GP_METH_NOARGS},
    {"locals", bi_locals, GP_METH_NOARGS},
    {"setattr", bi_setattr, GP_METH_VARARGS},
    {"vars", bi_vars, GP_METH_VARARGS},
    {"dir", bi_dir, GP_METH_VARARGS},
    {"eval", gp_exec_eval, GP_METH_VARARGS | GP_METH_KEYWORDS},
    {"exec", gp_exec_exec, GP_METH_VARARGS | GP_METH_KEYWORDS},
    {"delattr", bi_delattr, GP_METH_VARARGS},
    {"divmod", bi_divmod, GP_METH_VARARGS},
    {"pow", bi_pow, GP_METH_VARARGS | GP_METH_KEYWORDS},
    {"round", bi_round, GP_METH_VARARGS | GP_METH_KEYWORDS},
    {"sorted", bi_sorted, GP_METH_VARARGS | GP_METH_KEYWORDS},
    {"any", bi_any, GP_METH_O},
    {"all", bi_all, GP_METH_O},
    {"iter", bi_iter, GP_METH_VARARGS},
    {"next", bi_next, GP_METH_VARARGS},
    {"callable", bi_callable, GP_METH_O},
    {"getattr", bi_getattr, GP_METH_VARARGS},
    {"hasattr", bi_hasattr, GP_METH_VARARGS},
    {"bin", bi_bin, GP_METH_O},
    {"oct", bi_oct, GP_METH_O},
    {"hex", bi_hex, GP_METH_O},
    {"format", bi_format, GP_METH_VARARGS},
    {"issubclass", bi_issubclass, GP_METH_VARARGS},
    {"input", bi_input, GP_METH_VARARGS},
    {"print", bi_print, GP_METH_VARARGS | GP_METH_KEYWORDS},
    {"len", bi_len, GP_METH_O},
    {"repr", bi_repr, GP_METH_O},
    {"ascii", bi_ascii, GP_METH_O},
    {"abs", bi_abs, GP_METH_O},
    {"hash", bi_hash, GP_METH_O},
    {"id", bi_id, GP_METH_O},
    {"isinstance", bi_isinstance, GP_METH_VARARGS},
    {"chr", bi_chr, GP_METH_O},
    {"ord", bi_ord, GP_METH_O},
    {"min", bi_min, GP_METH_VARARGS | GP_METH_KEYWORDS},
    {"max", bi_max, GP_METH_VARARGS | GP_METH_KEYWORDS},
    {"sum", bi_sum, GP_METH_VARARGS | GP_METH_KEYWORDS},
    {"exit", bi_exit, GP_METH_VARARGS},
    {"quit", bi_exit, GP_METH_VARARGS},
    {NULL, NULL, 0},
};

/* The built-ins glasspy does not have yet: calling one raises an error
 * that names it, rather than the NameError a missing name would give. */
static GpObject *bi_not_yet(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    char buf[64];
    size_t n;
    const char *u = gp_str_utf8(self, buf, sizeof buf, &n);
    gp_err_format(st, gp_type(st, GP_T_NOT_IMPLEMENTED_ERROR),
                  "%.*s() is not supported yet by glasspy", (int)(u ? n : 1), u ? u : "?");
    return NULL;
}

static const GpMethodDef not_yet_def = {"not_yet", bi_not_yet, GP_METH_VARARGS | GP_METH_KEYWORDS};
static const char *const not_yet_names[] = {"compile", "open",
                                            "help", "breakpoint", "memoryview", "complex",
                                            "classmethod", "staticmethod", "property",
                                            "super", "__import__", NULL};

int gp_builtins_init(GpState *st)
{
    /* the builtins module (import builtins), its namespace in the global area */
    gp_state_push_area(st, st->globals);
    GpObject *m = gp_module_new(st, "builtins");
    gp_state_pop_area(st);
    if (!m || gp_dict_set_str(st, st->modules, "builtins", m)) {
        gp_xdecref(st, m);
        return -1;
    }
    GpObject *d = st->builtins = gp_incref(GP_MODULE(m)->dict);
    gp_decref(st, m);
    gp_state_push_area(st, st->statics);
    int rc = 0;
    for (const GpMethodDef *def = builtin_functions; def->name && !rc; def++) {
        GpObject *f = gp_cfunction_new(st, def, NULL);
        rc = !f || gp_dict_set_str(st, d, def->name, f);
        gp_xdecref(st, f);
    }
    for (const char *const *name = not_yet_names; *name && !rc; name++) {
        GpObject *s = gp_str_from_cstr(st, *name);
        GpObject *f = s ? gp_cfunction_new(st, &not_yet_def, s) : NULL;
        rc = !f || gp_dict_set_str(st, d, *name, f);
        gp_xdecref(st, s);
        gp_xdecref(st, f);
    }
    /* the built-in types and exceptions, by name */
    for (int t = 0; t < GP_T_COUNT && !rc; t++) {
        GpType *type = st->types[t];
        static const char *const hidden[] = {"NoneType", "NotImplementedType", "code",
                                             "function", "cell", "method_descriptor",
                                             "builtin_function_or_method", NULL};
        int hide = strchr(type->name, '_') && !strstr(type->name, "Error") ? 1 : 0;
        for (const char *const *h = hidden; *h; h++)
            hide |= strcmp(type->name, *h) == 0;
        if (!hide)
            rc = gp_dict_set_str(st, d, type->name, GP_OBJ(type));
    }
    if (!rc) {
        rc = gp_dict_set_str(st, d, "None", st->none) || gp_dict_set_str(st, d, "True", st->true_) ||
             gp_dict_set_str(st, d, "False", st->false_) ||
             gp_dict_set_str(st, d, "NotImplemented", st->not_implemented) ||
             gp_dict_set_str(st, d, "IOError", GP_OBJ(gp_type(st, GP_T_OS_ERROR))) ||
             gp_dict_set_str(st, d, "EnvironmentError", GP_OBJ(gp_type(st, GP_T_OS_ERROR)));
    }
    gp_state_pop_area(st);
    return rc ? -1 : 0;
}
