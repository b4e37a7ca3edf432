/*
 * lib.c - the table of built-in modules, and sys.getsizeof.
 */
#include "lib/lib.h"

#include <string.h>

#include "lib/modules.h"

#include "obj/bytearray.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "vm/import.h"

static const GpBuiltinModule builtin_modules[] = {
    {"sys", gp_lib_sys_init},
    {"math", gp_lib_math_init},
    {"time", gp_lib_time_init},
    {"os", gp_lib_os_init},
    {"unicodedata", gp_lib_unicodedata_init},
    {NULL, NULL},
};

void gp_lib_install(GpState *st)
{
    gp_import_set_builtins(st, builtin_modules);
}

GpObject *gp_lib_module_names(GpState *st)
{
    /* the table's, and builtins (made with the VM: vm/builtins.c) */
    size_t n = sizeof builtin_modules / sizeof builtin_modules[0];
    const char *names[sizeof builtin_modules / sizeof builtin_modules[0]];
    names[0] = "builtins";
    for (size_t i = 1; i < n; i++)
        names[i] = builtin_modules[i - 1].name;
    /* sorted, as CPython's */
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            const char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    GpObject *t = gp_tuple_new(st, n);
    for (size_t i = 0; t && i < n; i++)
        if (!(((GpTuple *)t)->items[i] = gp_str_from_cstr(st, names[i]))) {
            for (size_t j = i; j < n; j++)
                ((GpTuple *)t)->items[j] = gp_incref(st->none);
            gp_decref(st, t);
            return NULL;
        }
    return t;
}

GpObject *gp_lib_arg_str(GpState *st, const char *text, size_t len)
{
    gp_state_push_area(st, &st->img->areas[GP_AREA_HIGHER]);
    GpObject *s = gp_str_from_utf8(st, text, len);
    gp_state_pop_area(st);
    if (!s && gp_err_matches(st, gp_type(st, GP_T_MEMORY_ERROR))) {
        gp_err_clear(st);   /* the room is used up (a second import of os) */
        s = gp_str_from_utf8(st, text, len);
    }
    return s;
}

/* The object's real footprint: its block (header, GC header, inline items)
 * and what it owns outside it (a list's item array, a big int's limbs). */
size_t gp_obj_sizeof(GpState *st, GpObject *o)
{
    GpType *t = o->type;
    size_t gc = (t->flags & GP_TF_GC) ? sizeof(GpGCHead) : 0;
    if (gp_obj_is_instance_of_type(o, gp_type(st, GP_T_STR)))
        return sizeof(GpStr) + (GP_STR(o)->length + 1) * GP_STR(o)->kind;
    if (gp_obj_is_instance_of_type(o, gp_type(st, GP_T_BYTES)))
        return sizeof(GpBytes) + gp_bytes_size(o) + 1;
    if (gp_bytearray_check(o))
        return gp_bytearray_sizeof(o);     /* header and buffer */
    if (gp_obj_is_instance_of_type(o, gp_type(st, GP_T_TUPLE)))
        return gc + sizeof(GpTuple) + gp_tuple_size(o) * sizeof(GpObject *);
    if (gp_obj_is_instance_of_type(o, gp_type(st, GP_T_LIST)))
        return gp_list_sizeof(o);   /* header, collector header and item array */
    if (gp_obj_is_instance_of_type(o, gp_type(st, GP_T_INT)) && !gp_int_is_small(o))
        return sizeof(GpInt) + (size_t)GP_INT(o)->u.z._mp_alloc * sizeof(mp_limb_t);
    if (gp_obj_is_instance_of_type(o, gp_type(st, GP_T_DICT))) {
        GpDictGeometry g;
        gp_dict_geometry(o, &g);
        return gc + t->basicsize + g.table_bytes;
    }
    return gc + t->basicsize;
}
