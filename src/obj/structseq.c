/*
 * structseq.c - struct sequences: named tuples made in C (see structseq.h).
 */
#include "obj/structseq.h"

#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

GpObject *gp_structseq_new(GpState *st, GpType *t, GpObject *const *items, size_t n)
{
    GpObject *r = gp_tuple_from_array(st, items, n);
    if (r)
        r->type = t;        /* same layout, same GC head: only the type differs */
    return r;
}

/* freed as the tuple it is */
static void structseq_dealloc(GpState *st, GpObject *o)
{
    GpType *tuple = gp_type(st, GP_T_TUPLE);
    o->type = tuple;
    tuple->dealloc(st, o);
}

/* time.struct_time(tm_year=1970, tm_mon=1, ...) */
static GpObject *structseq_repr(GpState *st, GpObject *o)
{
    const GpGetSetDef *f = o->type->getset;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_ascii(&b, o->type->name);
    gp_strbuf_add_cp(&b, '(');
    for (size_t i = 0; i < gp_tuple_size(o) && f[i].name; i++) {
        if (i)
            gp_strbuf_add_ascii(&b, ", ");
        gp_strbuf_add_ascii(&b, f[i].name);
        gp_strbuf_add_cp(&b, '=');
        gp_strbuf_add_repr(&b, gp_tuple_item(o, i));
    }
    gp_strbuf_add_cp(&b, ')');
    return gp_strbuf_finish(&b);
}

/* the getters of the fields: item i */
#define ITEM(i)                                                     \
    static GpObject *item##i(GpState *st, GpObject *o)              \
    {                                                               \
        (void)st;                                                   \
        return gp_incref(gp_tuple_item(o, i));                      \
    }
ITEM(0) ITEM(1) ITEM(2) ITEM(3) ITEM(4) ITEM(5) ITEM(6) ITEM(7) ITEM(8)
#undef ITEM

#define STRUCTSEQ_TEMPLATE(tname, fields)                                   \
    {                                                                       \
        .name = tname, .flags = GP_TF_GC, .basicsize = sizeof(GpTuple),     \
        .itemsize = sizeof(GpObject *), .dealloc = structseq_dealloc,       \
        .repr = structseq_repr, .getset = fields,                           \
    }

/* ---- the types ----------------------------------------------------------------- */

static const GpGetSetDef struct_time_fields[] = {
    {"tm_year", item0, NULL}, {"tm_mon", item1, NULL}, {"tm_mday", item2, NULL},
    {"tm_hour", item3, NULL}, {"tm_min", item4, NULL}, {"tm_sec", item5, NULL},
    {"tm_wday", item6, NULL}, {"tm_yday", item7, NULL}, {"tm_isdst", item8, NULL},
    {NULL, NULL, NULL},
};

const GpType gp_struct_time_template = STRUCTSEQ_TEMPLATE("time.struct_time", struct_time_fields);
