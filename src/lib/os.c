/*
 * os.c - the os module: environ, getenv, getcwd, sep, and os.path's
 * join, basename, dirname, exists (more with the files issue).
 */
#include <errno.h>
#include <pwd.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/lib.h"
#include "lib/modules.h"
#include "obj/dict.h"
#include "obj/args.h"
#include "obj/error.h"
#include "obj/int.h"
#include "obj/method.h"
#include "obj/module.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

static int want_str(GpState *st, GpObject *o, const char *fname)
{
    if (gp_obj_is_instance_of_type(o, gp_type(st, GP_T_STR)))
        return 0;
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s() argument must be str, not %s", fname,
                  o->type->name);
    return -1;
}

/* the UTF-8 text of a str argument, into buf */
static const char *text_of(GpState *st, GpObject *s, char *buf, size_t cap)
{
    size_t n;
    const char *u = gp_str_utf8(s, buf, cap, &n);
    if (!u) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "path too long");
        return NULL;
    }
    if (u != buf) {
        if (n + 1 > cap) {
            gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "path too long");
            return NULL;
        }
        memcpy(buf, u, n);
    }
    buf[n] = '\0';
    return buf;
}

/* ---- os.environ ------------------------------------------------------------------ */

/*
 * os.environ is CPython's os._Environ: a mapping over a dict of str that
 * also changes the process's own environment (setenv, unsetenv), so a
 * child process would see it.  Reading goes straight to the dict.
 */
typedef struct Environ {
    GpObject ob;
    GpObject *data;
} Environ;

#define ENV(o) (((Environ *)(o))->data)

static void environ_dealloc(GpState *st, GpObject *o)
{
    gp_xdecref(st, ENV(o));
    gp_obj_free(st, o, sizeof(Environ));
}

static int environ_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    return ENV(o) ? visit(ENV(o), arg) : 0;
}

static GpObject *environ_repr(GpState *st, GpObject *o)
{
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_ascii(&b, "environ(");
    gp_strbuf_add_repr(&b, ENV(o));
    gp_strbuf_add_cp(&b, ')');
    return gp_strbuf_finish(&b);
}

static ssize_t environ_len(GpState *st, GpObject *o)
{
    (void)st;
    return (ssize_t)gp_dict_size(ENV(o));
}

static GpObject *environ_getitem(GpState *st, GpObject *o, GpObject *k)
{
    GpObject *v = gp_dict_get(st, ENV(o), k);
    if (v)
        return gp_incref(v);
    if (!gp_err_occurred(st))
        gp_err_set(st, gp_type(st, GP_T_KEY_ERROR), k);
    return NULL;
}

/* the process's environment follows the mapping */
static int sync_env(GpState *st, GpObject *k, GpObject *v)
{
    char kb[1024], vb[4096];
    size_t kn, vn;
    const char *ku = gp_str_utf8(k, kb, sizeof kb - 1, &kn);
    const char *vu = v ? gp_str_utf8(v, vb, sizeof vb - 1, &vn) : NULL;
    if (!ku || (v && !vu) || memchr(ku, '=', kn) || memchr(ku, '\0', kn) ||
        (v && memchr(vu, '\0', vn))) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "illegal environment variable name");
        return -1;
    }
    char *key = strndup(ku, kn), *val = v ? strndup(vu, vn) : NULL;
    int rc = key && (!v || val) ? (v ? setenv(key, val, 1) : unsetenv(key)) : -1;
    free(key);
    free(val);
    if (rc) {
        gp_err_format(st, gp_type(st, GP_T_OS_ERROR), "%s", strerror(errno ? errno : ENOMEM));
        return -1;
    }
    return 0;
}

static int want_env_str(GpState *st, GpObject *o)
{
    if (o->type == gp_type(st, GP_T_STR))
        return 0;
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "str expected, not %s", o->type->name);
    return -1;
}

static int environ_setitem(GpState *st, GpObject *o, GpObject *k, GpObject *v)
{
    if (!v) {
        if (gp_dict_del(st, ENV(o), k))
            return -1;
        return want_env_str(st, k) ? -1 : sync_env(st, k, NULL);
    }
    if (want_env_str(st, k) || want_env_str(st, v) || sync_env(st, k, v))
        return -1;
    return gp_dict_set(st, ENV(o), k, v);
}

static int environ_contains(GpState *st, GpObject *o, GpObject *k)
{
    if (gp_dict_get(st, ENV(o), k))
        return 1;
    return gp_err_occurred(st) ? -1 : 0;
}

static GpObject *environ_iter(GpState *st, GpObject *o)
{
    return gp_dict_iter_keys(st, ENV(o));
}

static GpObject *environ_richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    GpObject *other = b->type == a->type ? ENV(b) : b;
    if ((op != GP_EQ && op != GP_NE) || !gp_obj_is_instance_of_type(other, gp_type(st, GP_T_DICT)))
        return gp_incref(st->not_implemented);
    return gp_obj_richcompare(st, ENV(a), other, op);
}

/* d.name() or d.name(arg), for the methods the dict does alone */
static GpObject *call_dict(GpState *st, GpObject *d, const char *name, GpObject *arg)
{
    GpObject *m = gp_obj_getattr_cstr(st, d, name);
    if (!m)
        return NULL;
    GpObject *r = gp_obj_call(st, m, &arg, arg ? 1 : 0, NULL);
    gp_decref(st, m);
    return r;
}

static GpObject *env_keys(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return call_dict(st, ENV(self), "keys", NULL);
}

static GpObject *env_values(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return call_dict(st, ENV(self), "values", NULL);
}

static GpObject *env_items(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return call_dict(st, ENV(self), "items", NULL);
}

static GpObject *env_copy(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return gp_dict_copy(st, ENV(self));
}

static GpObject *env_get(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)kwnames;
    if (gp_args_old_positional(st, "get", nargs, 1, 2))
        return NULL;
    GpObject *v = gp_dict_get(st, ENV(self), args[0]);
    if (!v && gp_err_occurred(st))
        return NULL;
    return gp_incref(v ? v : nargs == 2 ? args[1] : st->none);
}

static GpObject *env_pop(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)kwnames;
    if (gp_args_old_positional(st, "pop", nargs, 1, 2))
        return NULL;
    GpObject *v = gp_dict_get(st, ENV(self), args[0]);
    if (!v) {
        if (gp_err_occurred(st))
            return NULL;
        if (nargs == 2)
            return gp_incref(args[1]);
        gp_err_set(st, gp_type(st, GP_T_KEY_ERROR), args[0]);
        return NULL;
    }
    gp_incref(v);
    if (environ_setitem(st, self, args[0], NULL)) {
        gp_decref(st, v);
        return NULL;
    }
    return v;
}

static GpObject *env_setdefault(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                                GpObject *kwnames)
{
    (void)kwnames;
    if (gp_args_old_positional(st, "setdefault", nargs, 2, 2))
        return NULL;
    GpObject *v = gp_dict_get(st, ENV(self), args[0]);
    if (v || gp_err_occurred(st))
        return v ? gp_incref(v) : NULL;
    return environ_setitem(st, self, args[0], args[1]) ? NULL : gp_incref(args[1]);
}

/* update(mapping or pairs, **kw): every pair through __setitem__ */
static GpObject *env_update(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    size_t nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    if (gp_args_old_positional(st, "update", nargs, 0, 1))
        return NULL;
    GpObject *d = gp_dict_new(st);
    if (!d)
        return NULL;
    int rc = 0;
    if (nargs == 1) {
        GpObject *src = args[0]->type == self->type ? ENV(args[0]) : args[0];
        GpObject *r = call_dict(st, d, "update", src);
        rc = r ? 0 : -1;
        gp_xdecref(st, r);
    }
    for (size_t i = 0; !rc && i < nkw; i++)
        rc = gp_dict_set(st, d, gp_tuple_item(kwnames, i), args[nargs + i]);
    size_t pos = 0;
    GpObject *k, *v;
    while (!rc && gp_dict_next(d, &pos, &k, &v))
        rc = environ_setitem(st, self, k, v);
    gp_decref(st, d);
    return rc ? NULL : gp_incref(st->none);
}

static GpObject *env_clear(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    GpObject *keys = gp_dict_keys(st, ENV(self));
    if (!keys)
        return NULL;
    int rc = 0;
    for (size_t i = 0; !rc && i < gp_tuple_size(keys); i++)
        rc = environ_setitem(st, self, gp_tuple_item(keys, i), NULL);
    gp_decref(st, keys);
    return rc ? NULL : gp_incref(st->none);
}

static const GpMethodDef environ_methods[] = {
    {"keys", env_keys, GP_METH_NOARGS},
    {"values", env_values, GP_METH_NOARGS},
    {"items", env_items, GP_METH_NOARGS},
    {"copy", env_copy, GP_METH_NOARGS},
    {"get", env_get, GP_METH_VARARGS},
    {"pop", env_pop, GP_METH_VARARGS},
    {"setdefault", env_setdefault, GP_METH_VARARGS},
    {"update", env_update, GP_METH_VARARGS | GP_METH_KEYWORDS},
    {"clear", env_clear, GP_METH_NOARGS},
    {NULL, NULL, 0},
};

static const GpSequenceSlots environ_seq = {.contains = environ_contains};
static const GpMappingSlots environ_map = {
    .len = environ_len,
    .subscript = environ_getitem,
    .ass_subscript = environ_setitem,
};

static const GpType environ_template = {
    .flags = GP_TF_GC,
    .basicsize = sizeof(Environ),
    .dealloc = environ_dealloc,
    .traverse = environ_traverse,
    .repr = environ_repr,
    .richcompare = environ_richcompare,
    .iter = environ_iter,
    .seq = &environ_seq,
    .map = &environ_map,
    .methods = environ_methods,
};

/* os.environ from the environment the image copied into its higher area;
 * its str objects are made there too (gp_lib_arg_str) */
static GpObject *make_environ(GpState *st)
{
    gp_state_push_area(st, st->statics);
    GpType *t = gp_type_make(st, &environ_template, gp_type(st, GP_T_OBJECT), "os._Environ");
    int rc = t ? gp_method_type_ready(st, t) : -1;
    gp_state_pop_area(st);
    Environ *e = rc ? NULL : (Environ *)gp_obj_alloc(st, t, sizeof(Environ));
    if (!e || !(e->data = gp_dict_new(st))) {
        gp_xdecref(st, GP_OBJ(e));
        return NULL;
    }
    for (char **p = st->img->envp; p && *p; p++) {
        const char *eq = strchr(*p, '=');
        if (!eq)
            continue;
        GpObject *k = gp_lib_arg_str(st, *p, (size_t)(eq - *p));
        GpObject *v = k ? gp_lib_arg_str(st, eq + 1, strlen(eq + 1)) : NULL;
        if (!k || !v) {
            /* environment text that is not UTF-8 is left out */
            gp_err_clear(st);
        } else if (gp_dict_set(st, e->data, k, v)) {
            gp_decref(st, k);
            gp_decref(st, v);
            gp_decref(st, GP_OBJ(e));
            return NULL;
        }
        gp_xdecref(st, k);
        gp_xdecref(st, v);
    }
    return GP_OBJ(e);
}

static GpObject *os_getenv(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs < 1 || nargs > 2) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "getenv() takes 1 or 2 arguments");
        return NULL;
    }
    if (want_str(st, args[0], "getenv"))
        return NULL;
    GpObject *env = gp_dict_get_str(st, GP_MODULE(self)->dict, "environ");
    GpObject *v = env && env->type->map == &environ_map ? gp_dict_get(st, ENV(env), args[0]) : NULL;
    if (v)
        return gp_incref(v);
    if (gp_err_occurred(st))
        return NULL;
    return gp_incref(nargs == 2 ? args[1] : st->none);
}

static GpObject *os_getcwd(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) {
        gp_err_format(st, gp_type(st, GP_T_RUNTIME_ERROR), "getcwd: %s", strerror(errno));
        return NULL;
    }
    return gp_str_from_cstr(st, buf);
}

static GpObject *os_getpid(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return gp_int_from_i64(st, (int64_t)getpid());
}

static const GpMethodDef os_functions[] = {
    {"getpid", os_getpid, GP_METH_NOARGS},
    {"getenv", os_getenv, GP_METH_VARARGS},
    {"getcwd", os_getcwd, GP_METH_NOARGS},
    {NULL, NULL, 0},
};

/* ---- os.path ----------------------------------------------------------------------- */

static GpObject *path_join(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs < 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "join() missing 1 required positional argument: 'a'");
        return NULL;
    }
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    int empty = 1, ends_sep = 0;
    for (size_t i = 0; i < nargs; i++) {
        if (want_str(st, args[i], "join")) {
            gp_strbuf_finish(&b);
            gp_err_clear(st);
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "join() argument must be str, bytes, or os.PathLike object, not '%s'",
                          args[i]->type->name);
            return NULL;
        }
        GpObject *p = args[i];
        size_t n = GP_STR(p)->length;
        if (n && gp_str_at(p, 0) == '/') {
            /* an absolute component starts over */
            gp_strbuf_finish(&b);
            gp_strbuf_init(&b, st);
            empty = 1;
        } else if (!empty && !ends_sep) {
            gp_strbuf_add_cp(&b, '/');
        }
        gp_strbuf_add_str(&b, p);
        if (n) {
            empty = 0;
            ends_sep = gp_str_at(p, n - 1) == '/';
        } else if (!empty) {
            ends_sep = 1;
        }
    }
    return gp_strbuf_finish(&b);
}

/* os.path works on the UTF-8 text of a path: '/' and '.' are single bytes
 * there, so byte positions are safe split points. */
typedef struct PathText {
    char b[PATH_MAX];
    size_t n;
} PathText;

static int path_text(GpState *st, GpObject *o, const char *fname, PathText *p)
{
    if (want_str(st, o, fname) || !text_of(st, o, p->b, sizeof p->b))
        return -1;
    p->n = strlen(p->b);
    return 0;
}

static GpObject *text_pair(GpState *st, const char *a, size_t na, const char *b, size_t nb)
{
    GpObject *x = gp_str_from_utf8(st, a, na), *y = x ? gp_str_from_utf8(st, b, nb) : NULL;
    GpObject *t = y ? gp_tuple_pack(st, 2, x, y) : NULL;
    gp_xdecref(st, x);
    gp_xdecref(st, y);
    return t;
}

/* posixpath's split point: the tail starts after the last '/'; the head
 * ends before it, without its trailing slashes unless it is all slashes */
static void split_point(const PathText *p, size_t *head, size_t *tail)
{
    size_t i = p->n;
    while (i && p->b[i - 1] != '/')
        i--;
    size_t h = i;
    while (h && p->b[h - 1] == '/')
        h--;
    *head = h ? h : i;
    *tail = i;
}

static GpObject *path_split(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    PathText p;
    size_t head, tail;
    if (path_text(st, args[0], "split", &p))
        return NULL;
    split_point(&p, &head, &tail);
    return text_pair(st, p.b, head, p.b + tail, p.n - tail);
}

static GpObject *path_basename(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                               GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    PathText p;
    size_t head, tail;
    if (path_text(st, args[0], "basename", &p))
        return NULL;
    split_point(&p, &head, &tail);
    return gp_str_from_utf8(st, p.b + tail, p.n - tail);
}

static GpObject *path_dirname(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    PathText p;
    size_t head, tail;
    if (path_text(st, args[0], "dirname", &p))
        return NULL;
    split_point(&p, &head, &tail);
    return gp_str_from_utf8(st, p.b, head);
}

static GpObject *path_exists(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    PathText p;
    if (path_text(st, args[0], "exists", &p))
        return NULL;
    struct stat sb;
    return gp_incref(stat(p.b, &sb) == 0 ? st->true_ : st->false_);
}

/* splitext: the extension is from the last '.' of the last component,
 * unless the component is only dots before it (".bashrc" has none) */
static GpObject *path_splitext(GpState *st, GpObject *self, GpObject *const *args,
                               size_t nargs, GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    PathText p;
    if (path_text(st, args[0], "splitext", &p))
        return NULL;
    const char *slash = memrchr(p.b, '/', p.n), *dot = memrchr(p.b, '.', p.n);
    if (dot && (!slash || dot > slash)) {
        for (const char *c = slash ? slash + 1 : p.b; c < dot; c++)
            if (*c != '.')
                return text_pair(st, p.b, (size_t)(dot - p.b), dot, p.n - (size_t)(dot - p.b));
    }
    return text_pair(st, p.b, p.n, "", 0);
}

static GpObject *path_isabs(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    PathText p;
    if (path_text(st, args[0], "isabs", &p))
        return NULL;
    return gp_incref(p.n && p.b[0] == '/' ? st->true_ : st->false_);
}

/* normpath as posixpath's: drop '' and '.', fold 'x/..', keep leading
 * '..' of a relative path, '//' kept at the start (but not '///') */
static size_t normalize(char *b, size_t n)
{
    if (!n) {
        b[0] = '.';
        return 1;
    }
    int lead = b[0] == '/' ? (n > 1 && b[1] == '/' && (n < 3 || b[2] != '/') ? 2 : 1) : 0;
    char out[PATH_MAX];
    size_t o = 0, ncomp = 0, starts[PATH_MAX / 2];
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && b[j] != '/')
            j++;
        size_t len = j - i;
        int dotdot = len == 2 && b[i] == '.' && b[i + 1] == '.';
        int last_dotdot = ncomp && o - starts[ncomp - 1] == 2 && out[o - 2] == '.' &&
                          out[o - 1] == '.';
        if (len == 0 || (len == 1 && b[i] == '.')) {
            /* nothing */
        } else if (!dotdot || (!lead && !ncomp) || last_dotdot) {
            if (ncomp)
                out[o++] = '/';
            starts[ncomp++] = o;
            memcpy(out + o, b + i, len);
            o += len;
        } else if (ncomp) {
            o = --ncomp ? starts[ncomp] - 1 : 0;
        }
        i = j + 1;
    }
    size_t k = 0;
    for (int s = 0; s < lead; s++)
        b[k++] = '/';
    memcpy(b + k, out, o);
    k += o;
    if (!k)
        b[k++] = '.';
    return k;
}

static GpObject *path_normpath(GpState *st, GpObject *self, GpObject *const *args,
                               size_t nargs, GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    PathText p;
    if (path_text(st, args[0], "normpath", &p))
        return NULL;
    return gp_str_from_utf8(st, p.b, normalize(p.b, p.n));
}

static GpObject *path_abspath(GpState *st, GpObject *self, GpObject *const *args,
                              size_t nargs, GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    PathText p, full;
    if (path_text(st, args[0], "abspath", &p))
        return NULL;
    if (p.n && p.b[0] == '/') {
        full = p;
    } else {
        if (!getcwd(full.b, sizeof full.b)) {
            gp_err_format(st, gp_type(st, GP_T_OS_ERROR), "getcwd: %s", strerror(errno));
            return NULL;
        }
        full.n = strlen(full.b);
        if (full.n + 1 + p.n >= sizeof full.b) {
            gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "path too long");
            return NULL;
        }
        full.b[full.n++] = '/';
        memcpy(full.b + full.n, p.b, p.n);
        full.n += p.n;
    }
    return gp_str_from_utf8(st, full.b, normalize(full.b, full.n));
}

/* expanduser: a leading ~ (or ~user) becomes the home directory */
static GpObject *path_expanduser(GpState *st, GpObject *self, GpObject *const *args,
                                 size_t nargs, GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    PathText p;
    if (path_text(st, args[0], "expanduser", &p))
        return NULL;
    if (!p.n || p.b[0] != '~')
        return gp_incref(args[0]);
    const char *slash = memchr(p.b, '/', p.n);
    size_t i = slash ? (size_t)(slash - p.b) : p.n;
    const char *home = NULL;
    if (i == 1) {
        home = getenv("HOME");
        if (!home) {
            struct passwd *pw = getpwuid(getuid());
            home = pw ? pw->pw_dir : NULL;
        }
    } else {
        char user[256];
        size_t un = i - 1 < sizeof user - 1 ? i - 1 : sizeof user - 1;
        memcpy(user, p.b + 1, un);
        user[un] = '\0';
        struct passwd *pw = getpwnam(user);
        home = pw ? pw->pw_dir : NULL;
    }
    if (!home)
        return gp_incref(args[0]);
    size_t hn = strlen(home);
    while (hn && home[hn - 1] == '/')
        hn--;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    GpObject *h = gp_str_from_utf8(st, home, hn), *rest = h ? gp_str_from_utf8(st, p.b + i, p.n - i) : NULL;
    if (rest) {
        gp_strbuf_add_str(&b, h);
        gp_strbuf_add_str(&b, rest);
        if (!hn && p.n == i)
            gp_strbuf_add_cp(&b, '/');
    }
    gp_xdecref(st, h);
    gp_xdecref(st, rest);
    if (!rest) {
        gp_strbuf_finish(&b);
        return NULL;
    }
    return gp_strbuf_finish(&b);
}

/* isdir, isfile: False for anything stat cannot see */
static GpObject *stat_is(GpState *st, GpObject *o, const char *fname, mode_t kind)
{
    PathText p;
    if (path_text(st, o, fname, &p))
        return NULL;
    struct stat sb;
    return gp_incref(stat(p.b, &sb) == 0 && (sb.st_mode & S_IFMT) == kind ? st->true_
                                                                            : st->false_);
}

static GpObject *path_isdir(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return stat_is(st, args[0], "isdir", S_IFDIR);
}

static GpObject *path_isfile(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return stat_is(st, args[0], "isfile", S_IFREG);
}

static GpObject *path_getsize(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    PathText p;
    if (path_text(st, args[0], "getsize", &p))
        return NULL;
    struct stat sb;
    if (stat(p.b, &sb) != 0) {
        int e = errno;
        GpObject *r = gp_obj_repr(st, args[0]);
        if (r) {
            char rb[PATH_MAX + 8];
            size_t rn;
            const char *u = gp_str_utf8(r, rb, sizeof rb, &rn);
            gp_err_format(st, gp_type(st, e == ENOENT ? GP_T_FILE_NOT_FOUND_ERROR : GP_T_OS_ERROR),
                          "[Errno %d] %s: %.*s", e, strerror(e), (int)(u ? rn : 0), u ? u : "");
            gp_decref(st, r);
        }
        return NULL;
    }
    return gp_int_from_i64(st, (int64_t)sb.st_size);
}

static const GpMethodDef path_functions[] = {
    {"join", path_join, GP_METH_VARARGS},
    {"basename", path_basename, GP_METH_O},
    {"dirname", path_dirname, GP_METH_O},
    {"exists", path_exists, GP_METH_O},
    {"split", path_split, GP_METH_O},
    {"splitext", path_splitext, GP_METH_O},
    {"isabs", path_isabs, GP_METH_O},
    {"normpath", path_normpath, GP_METH_O},
    {"abspath", path_abspath, GP_METH_O},
    {"expanduser", path_expanduser, GP_METH_O},
    {"isdir", path_isdir, GP_METH_O},
    {"isfile", path_isfile, GP_METH_O},
    {"getsize", path_getsize, GP_METH_O},
    {NULL, NULL, 0},
};


/* the path constants of os and os.path */
static int add_constants(GpState *st, GpObject *m)
{
    static const char *const names[][2] = {
        {"pathsep", ":"}, {"curdir", "."}, {"pardir", ".."}, {"extsep", "."},
        {"devnull", "/dev/null"}, {"altsep", NULL}, {"linesep", "\n"}, {NULL, NULL},
    };
    for (int i = 0; names[i][0]; i++) {
        /* os.path has no linesep */
        if (GP_MODULE(m)->name && gp_str_equal_cstr(GP_MODULE(m)->name, "posixpath") &&
            strcmp(names[i][0], "linesep") == 0)
            continue;
        GpObject *v = names[i][1] ? gp_str_from_cstr(st, names[i][1]) : gp_incref(st->none);
        if (gp_module_add_new(st, m, names[i][0], v))
            return -1;
    }
    return 0;
}

int gp_lib_os_init(GpState *st, GpObject *m)
{
    /* module functions get the module as self: getenv reads environ */
    for (const GpMethodDef *d = os_functions; d->name; d++)
        if (gp_module_add_new(st, m, d->name, gp_cfunction_new(st, d, m)))
            return -1;
    GpObject *env = make_environ(st);
    if (!env)
        return -1;
    GpObject *path = gp_module_new(st, "posixpath");
    if (!path || gp_module_add_functions(st, path, path_functions) ||
        gp_module_add_new(st, path, "sep", gp_str_from_cstr(st, "/")))
        return -1;
    if (gp_module_add_new(st, m, "environ", env) || gp_module_add_new(st, m, "sep", gp_str_from_cstr(st, "/")) ||
        gp_module_add_new(st, m, "name", gp_str_from_cstr(st, "posix")) ||
        add_constants(st, m) || add_constants(st, path) ||
        gp_dict_set_str(st, st->modules, "os.path", path) || gp_module_add_new(st, m, "path", path))
        return -1;
    return 0;
}
