/*
 * import.c - sys.modules, and making built-in modules on first import.
 */
#include "vm/import.h"

#include <string.h>

#include "obj/dict.h"
#include "obj/error.h"
#include "obj/module.h"
#include "obj/state.h"
#include "obj/str.h"

void gp_import_set_builtins(GpState *st, const GpBuiltinModule *table)
{
    st->builtin_modules = table;
}

GpObject *gp_import(GpState *st, GpObject *name)
{
    GpObject *m = gp_dict_get(st, st->modules, name);
    if (m)
        return gp_incref(m);
    if (gp_err_occurred(st))
        return NULL;
    char buf[256];
    size_t n;
    const char *u = gp_str_utf8(name, buf, sizeof buf, &n);
    const GpBuiltinModule *b = st->builtin_modules;
    for (; u && b && b->name; b++) {
        if (strlen(b->name) != n || memcmp(b->name, u, n) != 0)
            continue;
        m = gp_module_new(st, b->name);
        if (!m)
            return NULL;
        /* in sys.modules before it is filled, as CPython does */
        if (gp_dict_set(st, st->modules, name, m) || b->init(st, m)) {
            if (!gp_err_occurred(st))
                gp_err_nomemory(st);
            gp_decref(st, m);
            gp_dict_del(st, st->modules, name);
            return NULL;
        }
        return m;
    }
    gp_err_format(st, gp_type(st, GP_T_MODULE_NOT_FOUND_ERROR),
                  "No module named '%.*s' (glasspy imports only its built-in modules so far)",
                  (int)(u ? n : 1), u ? u : "?");
    return NULL;
}
