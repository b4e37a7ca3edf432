/*
 * os.c - the os module: environ, getenv, getcwd, sep, and os.path's
 * join, basename, dirname, exists (more with the files issue).
 */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/lib.h"
#include "lib/modules.h"
#include "obj/dict.h"
#include "obj/error.h"
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
    GpObject *environ_dict = gp_dict_get_str(st, GP_MODULE(self)->dict, "environ");
    GpObject *v = environ_dict ? gp_dict_get(st, environ_dict, args[0]) : NULL;
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

static const GpMethodDef os_functions[] = {
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

/* the index just past the last '/' */
static size_t split_at(GpObject *p)
{
    size_t n = GP_STR(p)->length;
    while (n && gp_str_at(p, n - 1) != '/')
        n--;
    return n;
}

static GpObject *slice_str(GpState *st, GpObject *p, size_t from, size_t to)
{
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    for (size_t i = from; i < to; i++)
        gp_strbuf_add_cp(&b, gp_str_at(p, i));
    return gp_strbuf_finish(&b);
}

static GpObject *path_basename(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                               GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    if (want_str(st, args[0], "basename"))
        return NULL;
    return slice_str(st, args[0], split_at(args[0]), GP_STR(args[0])->length);
}

static GpObject *path_dirname(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    if (want_str(st, args[0], "dirname"))
        return NULL;
    GpObject *p = args[0];
    size_t i = split_at(p), head = i;
    /* strip trailing slashes unless the head is all slashes */
    while (head && gp_str_at(p, head - 1) == '/')
        head--;
    return slice_str(st, p, 0, head ? head : i);
}

static GpObject *path_exists(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    char buf[PATH_MAX];
    if (want_str(st, args[0], "exists"))
        return NULL;
    const char *path = text_of(st, args[0], buf, sizeof buf);
    if (!path)
        return NULL;
    struct stat sb;
    return gp_incref(stat(path, &sb) == 0 ? st->true_ : st->false_);
}

static const GpMethodDef path_functions[] = {
    {"join", path_join, GP_METH_VARARGS},
    {"basename", path_basename, GP_METH_O},
    {"dirname", path_dirname, GP_METH_O},
    {"exists", path_exists, GP_METH_O},
    {NULL, NULL, 0},
};


int gp_lib_os_init(GpState *st, GpObject *m)
{
    /* module functions get the module as self: getenv reads environ */
    for (const GpMethodDef *d = os_functions; d->name; d++)
        if (gp_module_add_new(st, m, d->name, gp_cfunction_new(st, d, m)))
            return -1;
    GpObject *env = gp_dict_new(st);
    if (!env)
        return -1;
    for (char **e = st->img->envp; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        GpObject *k = gp_lib_arg_str(st, *e, (size_t)(eq - *e));
        GpObject *v = k ? gp_lib_arg_str(st, eq + 1, strlen(eq + 1)) : NULL;
        if (!k || !v) {
            /* environment text that is not UTF-8 is left out */
            gp_err_clear(st);
        } else if (gp_dict_set(st, env, k, v)) {
            gp_decref(st, k);
            gp_decref(st, v);
            gp_decref(st, env);
            return -1;
        }
        gp_xdecref(st, k);
        gp_xdecref(st, v);
    }
    GpObject *path = gp_module_new(st, "posixpath");
    if (!path || gp_module_add_functions(st, path, path_functions) ||
        gp_module_add_new(st, path, "sep", gp_str_from_cstr(st, "/")))
        return -1;
    if (gp_module_add_new(st, m, "environ", env) || gp_module_add_new(st, m, "sep", gp_str_from_cstr(st, "/")) ||
        gp_module_add_new(st, m, "name", gp_str_from_cstr(st, "posix")) ||
        gp_dict_set_str(st, st->modules, "os.path", path) || gp_module_add_new(st, m, "path", path))
        return -1;
    return 0;
}
