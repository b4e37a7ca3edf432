/*
 * structseq.c - named tuples made in C, CPython's "struct sequences":
 * sys.version_info, sys.float_info, sys.int_info, sys.hash_info.
 *
 * Each is a subtype of tuple made at run time (gp_type_make) in the static
 * area.  An instance is a plain tuple whose type pointer names the struct
 * sequence, so indexing, unpacking, comparison with tuples and hashing are
 * tuple's own; the type adds the field names (its __match_args__, also the
 * attribute names) and the repr `sys.float_info(max=..., ...)`.
 */
#include "obj/structseq.h"

#include "obj/dict.h"
#include "obj/error.h"
#include "obj/int.h"
#include "obj/method.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

static GpObject *fields_of(GpState *st, GpObject *o)
{
    return gp_dict_get_str(st, o->type->dict, "__match_args__");
}

static GpObject *structseq_repr(GpState *st, GpObject *o)
{
    GpObject *fields = fields_of(st, o);
    if (!fields)
        return NULL;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_ascii(&b, o->type->name);
    gp_strbuf_add_cp(&b, '(');
    for (size_t i = 0; i < gp_tuple_size(o); i++) {
        if (i)
            gp_strbuf_add_ascii(&b, ", ");
        gp_strbuf_add_str(&b, gp_tuple_item(fields, i));
        gp_strbuf_add_cp(&b, '=');
        gp_strbuf_add_repr(&b, gp_tuple_item(o, i));
    }
    gp_strbuf_add_cp(&b, ')');
    return gp_strbuf_finish(&b);
}

/* A field by name, else tuple's attributes (count, index). */
static GpObject *structseq_getattr(GpState *st, GpObject *o, GpObject *name)
{
    GpObject *fields = fields_of(st, o);
    if (!fields)
        return NULL;
    for (size_t i = 0; i < gp_tuple_size(fields); i++)
        if (gp_str_equal(gp_tuple_item(fields, i), name))
            return gp_incref(gp_tuple_item(o, i));
    return gp_obj_generic_getattr(st, o, name);
}

static const GpType structseq_template = {
    .repr = structseq_repr,
    .getattr = structseq_getattr,
    /* no new_: "cannot create 'sys.float_info' instances", as CPython */
};

GpType *gp_structseq_type(GpState *st, const char *name, const char *const *fields)
{
    size_t n = 0;
    while (fields[n])
        n++;
    gp_state_push_area(st, st->statics);
    GpType *tuple = gp_type(st, GP_T_TUPLE);
    GpType *t = gp_type_make(st, &structseq_template, tuple, name);
    GpObject *names = t ? gp_tuple_new(st, n) : NULL;
    int rc = -1;
    if (names) {
        t->basicsize = tuple->basicsize;
        t->itemsize = tuple->itemsize;
        t->flags = tuple->flags & ~GP_TF_BASETYPE;
        size_t i = 0;
        for (; i < n; i++)
            if (!(((GpTuple *)names)->items[i] = gp_str_from_cstr(st, fields[i])))
                break;
        if (i == n && (t->dict = gp_dict_new(st)))
            rc = gp_dict_set_str(st, t->dict, "__match_args__", names) ||
                 gp_dict_set_str(st, t->dict, "n_fields", gp_int_from_i64(st, (int64_t)n)) ||
                 gp_dict_set_str(st, t->dict, "n_sequence_fields",
                                 gp_int_from_i64(st, (int64_t)n)) ||
                 gp_dict_set_str(st, t->dict, "n_unnamed_fields", gp_int_from_i64(st, 0))
                     ? -1 : 0;
        for (; i < n; i++)      /* unfilled slots after a failure */
            ((GpTuple *)names)->items[i] = gp_incref(st->none);
        gp_decref(st, names);
    }
    gp_state_pop_area(st);
    return rc ? NULL : t;
}

GpObject *gp_structseq_new(GpState *st, GpType *t, GpObject **items)
{
    GpObject *names = gp_dict_get_str(st, t->dict, "__match_args__");
    size_t n = gp_tuple_size(names);
    for (size_t i = 0; i < n; i++)
        if (!items[i]) {
            for (size_t j = 0; j < n; j++)
                gp_xdecref(st, items[j]);
            return NULL;
        }
    GpObject *o = gp_tuple_from_array(st, items, n);
    for (size_t j = 0; j < n; j++)
        gp_decref(st, items[j]);
    if (o)
        o->type = t;
    return o;
}
