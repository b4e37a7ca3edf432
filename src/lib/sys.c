/*
 * sys.c - the sys module.
 */
#include <float.h>
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/lib.h"
#include "lib/modules.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/module.h"
#include "obj/namespace.h"
#include "obj/state.h"
#include "obj/stream.h"
#include "obj/structseq.h"
#include "obj/str.h"
#include "obj/tuple.h"

/* ---- functions ---------------------------------------------------------------------- */

static GpObject *sys_exit(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs > 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "exit expected at most 1 argument, got %zu",
                      nargs);
        return NULL;
    }
    gp_err_set(st, gp_type(st, GP_T_SYSTEM_EXIT), nargs ? args[0] : NULL);
    return NULL;
}

static GpObject *sys_getrecursionlimit(GpState *st, GpObject *self, GpObject *const *args,
                                       size_t nargs, GpObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return gp_int_from_i64(st, st->recursion_limit);
}

static GpObject *sys_setrecursionlimit(GpState *st, GpObject *self, GpObject *const *args,
                                       size_t nargs, GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    int64_t n;
    if (!gp_obj_is_instance_of_type(args[0], gp_type(st, GP_T_INT))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "'%s' object cannot be interpreted as an "
                      "integer", args[0]->type->name);
        return NULL;
    }
    if (gp_int_as_i64(st, args[0], &n))
        return NULL;
    if (n < 1) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                      "recursion limit must be greater or equal than 1");
        return NULL;
    }
    if (n <= st->py_depth) {
        gp_err_format(st, gp_type(st, GP_T_RECURSION_ERROR),
                      "cannot set the recursion limit to %lld at the recursion depth %d: the "
                      "limit is too low", (long long)n, st->py_depth);
        return NULL;
    }
    st->recursion_limit = n > 1000000000 ? 1000000000 : (int)n;
    return gp_incref(st->none);
}

static GpObject *sys_getrefcount(GpState *st, GpObject *self, GpObject *const *args,
                                 size_t nargs, GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return gp_int_from_i64(st, (int64_t)gp_refcount(args[0]));
}

static GpObject *sys_getsizeof(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                               GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return gp_int_from_i64(st, (int64_t)gp_obj_sizeof(st, args[0]));
}

static GpObject *sys_intern(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    GpObject *s = args[0];
    if (s->type != gp_type(st, GP_T_STR)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "intern() argument must be str, not %s",
                      s->type->name);
        return NULL;
    }
    GpObject *t = gp_dict_setdefault(st, st->interned, s, s);
    return t;
}

static GpObject *sys_set_int_max_str_digits(GpState *st, GpObject *self, GpObject *const *args,
                                            size_t nargs, GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    int64_t n;
    if (gp_int_as_i64(st, args[0], &n))
        return NULL;
    if (n != 0 && n < 640) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "maxdigits must be 0 or larger than 640");
        return NULL;
    }
    gp_int_max_str_digits = (size_t)n;
    return gp_incref(st->none);
}

static GpObject *sys_get_int_max_str_digits(GpState *st, GpObject *self, GpObject *const *args,
                                            size_t nargs, GpObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return gp_int_from_i64(st, (int64_t)gp_int_max_str_digits);
}

static const GpMethodDef sys_functions[] = {
    {"exit", sys_exit, GP_METH_VARARGS},
    {"getrecursionlimit", sys_getrecursionlimit, GP_METH_NOARGS},
    {"setrecursionlimit", sys_setrecursionlimit, GP_METH_O},
    {"getrefcount", sys_getrefcount, GP_METH_O},
    {"getsizeof", sys_getsizeof, GP_METH_O},
    {"intern", sys_intern, GP_METH_O},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, GP_METH_O},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, GP_METH_NOARGS},
    {NULL, NULL, 0},
};


/* ---- the struct sequences ------------------------------------------------------------ */

/* An instance of a new struct-sequence type; NULL items mean a failure. */
static GpObject *info(GpState *st, const char *name, const char *const *fields,
                      GpObject **items)
{
    GpType *t = gp_structseq_type(st, name, fields);
    if (!t) {
        for (size_t i = 0; fields[i]; i++)
            gp_xdecref(st, items[i]);
        return NULL;
    }
    return gp_structseq_new(st, t, items);
}

static GpObject *version_info(GpState *st)
{
    static const char *const fields[] = {"major", "minor", "micro", "releaselevel", "serial",
                                         NULL};
    GpObject *items[] = {gp_int_from_i64(st, 3), gp_int_from_i64(st, 11), gp_int_from_i64(st, 0),
                         gp_str_from_cstr(st, "final"), gp_int_from_i64(st, 0)};
    return info(st, "sys.version_info", fields, items);
}

static GpObject *float_info(GpState *st)
{
    static const char *const fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                         "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                         "rounds", NULL};
    GpObject *items[] = {
        gp_float_from_double(st, DBL_MAX), gp_int_from_i64(st, DBL_MAX_EXP),
        gp_int_from_i64(st, DBL_MAX_10_EXP), gp_float_from_double(st, DBL_MIN),
        gp_int_from_i64(st, DBL_MIN_EXP), gp_int_from_i64(st, DBL_MIN_10_EXP),
        gp_int_from_i64(st, DBL_DIG), gp_int_from_i64(st, DBL_MANT_DIG),
        gp_float_from_double(st, DBL_EPSILON), gp_int_from_i64(st, FLT_RADIX),
        gp_int_from_i64(st, FLT_ROUNDS),
    };
    return info(st, "sys.float_info", fields, items);
}

/* glasspy's own figures: an int is one machine word, or GMP's 64-bit limbs */
static GpObject *int_info(GpState *st)
{
    static const char *const fields[] = {"bits_per_digit", "sizeof_digit",
                                         "default_max_str_digits", "str_digits_check_threshold",
                                         NULL};
    GpObject *items[] = {gp_int_from_i64(st, 64), gp_int_from_i64(st, 8),
                         gp_int_from_i64(st, 4300), gp_int_from_i64(st, 640)};
    return info(st, "sys.int_info", fields, items);
}

static GpObject *hash_info(GpState *st)
{
    static const char *const fields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                         "hash_bits", "seed_bits", "cutoff", NULL};
    GpObject *items[] = {gp_int_from_i64(st, 64), gp_int_from_i64(st, ((int64_t)1 << 61) - 1),
                         gp_int_from_i64(st, 314159), gp_int_from_i64(st, 0),
                         gp_int_from_i64(st, 1000003), gp_str_from_cstr(st, "siphash13"),
                         gp_int_from_i64(st, 64), gp_int_from_i64(st, 128),
                         gp_int_from_i64(st, 0)};
    return info(st, "sys.hash_info", fields, items);
}

/* sys.path as CPython starts it: the script's directory, or '' for -c,
 * - and the prompt (the directories of the standard library are not there:
 * glasspy imports only its built-in modules so far) */
static GpObject *search_path(GpState *st)
{
    GpObject *path = gp_list_new(st, 0);
    const char *script = st->img->argc ? st->img->argv[0] : "";
    char dir[PATH_MAX] = "";
    if (strcmp(script, "-c") != 0 && strcmp(script, "-") != 0 && *script &&
        realpath(script, dir)) {
        char *slash = strrchr(dir, '/');
        if (slash)
            *(slash == dir ? slash + 1 : slash) = '\0';
    }
    GpObject *first = path ? gp_str_from_cstr(st, dir) : NULL;
    int rc = !first || gp_list_append(st, path, first);
    gp_xdecref(st, first);
    if (rc) {
        gp_xdecref(st, path);
        return NULL;
    }
    return path;
}

/* sys.executable: this program's absolute path, '' if it cannot be told */
static GpObject *executable(GpState *st)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    return gp_str_from_utf8(st, buf, n > 0 ? (size_t)n : 0);
}

int gp_lib_sys_init(GpState *st, GpObject *m)
{
    if (gp_module_add_functions(st, m, sys_functions))
        return -1;
    /* argv: the strings the image keeps in its higher area */
    GpObject *argv = gp_list_new(st, 0);
    if (!argv)
        return -1;
    for (int i = 0; i < st->img->argc; i++) {
        GpObject *a = gp_lib_arg_str(st, st->img->argv[i], strlen(st->img->argv[i]));
        int rc = !a || gp_list_append(st, argv, a);
        gp_xdecref(st, a);
        if (rc) {
            gp_decref(st, argv);
            return -1;
        }
    }
    /* hexversion as CPython packs it: 3.11.0 final */
    int64_t hexversion = (3 << 24) | (11 << 16) | (0 << 8) | (0xF << 4);
    GpObject *vi = version_info(st);
    GpObject *impl = vi ? gp_namespace_new(st) : NULL;
    if (!impl || gp_namespace_set(st, impl, "name", gp_str_from_cstr(st, "glasspy")) ||
        gp_namespace_set(st, impl, "cache_tag", gp_incref(st->none)) ||
        gp_namespace_set(st, impl, "version", gp_incref(vi)) ||
        gp_namespace_set(st, impl, "hexversion", gp_int_from_i64(st, hexversion)))
        return -1;
    if (gp_module_add_new(st, m, "argv", argv) || gp_module_add_new(st, m, "implementation", impl) ||
        gp_module_add_new(st, m, "version_info", vi) ||
        gp_module_add_new(st, m, "hexversion", gp_int_from_i64(st, hexversion)) ||
        gp_module_add_new(st, m, "float_info", float_info(st)) ||
        gp_module_add_new(st, m, "int_info", int_info(st)) ||
        gp_module_add_new(st, m, "hash_info", hash_info(st)) ||
        gp_module_add_new(st, m, "version", gp_str_from_cstr(st, "3.11.0 (glasspy " GP_LIB_VERSION ")")) ||
        gp_module_add_new(st, m, "maxsize", gp_int_from_i64(st, INT64_MAX)) ||
        gp_module_add_new(st, m, "byteorder", gp_str_from_cstr(st, "little")) ||
        gp_module_add_new(st, m, "platform", gp_str_from_cstr(st, "linux")) ||
        gp_module_add_new(st, m, "path", search_path(st)) ||
        gp_module_add_new(st, m, "maxunicode", gp_int_from_i64(st, 0x10FFFF)) ||
        gp_module_add_new(st, m, "executable", executable(st)) ||
        gp_module_add_new(st, m, "builtin_module_names", gp_lib_module_names(st)) ||
        gp_module_add_new(st, m, "stdin", gp_stream_new(st, stdin, "<stdin>")) ||
        gp_module_add_new(st, m, "stdout", gp_stream_new(st, stdout, "<stdout>")) ||
        gp_module_add_new(st, m, "stderr", gp_stream_new(st, stderr, "<stderr>")) ||
        gp_module_add_object(st, m, "modules", st->modules))
        return -1;
    return 0;
}
