/*
 * iter.c - the sequence iterator, and the slots every index-based
 * iterator (GpIndexIter: sequence, tuple, list) shares.
 */
#include "obj/iter.h"

#include "obj/error.h"
#include "obj/state.h"

GpObject *gp_iter_self(GpState *st, GpObject *it)
{
    (void)st;
    return gp_incref(it);
}

GpObject *gp_iter_index_new(GpState *st, GpType *type, GpObject *seq, ssize_t index)
{
    GpIndexIter *it = (GpIndexIter *)gp_obj_alloc(st, type, sizeof(GpIndexIter));
    if (!it)
        return NULL;
    it->index = index;
    it->seq = gp_incref(seq);
    return GP_OBJ(it);
}

void gp_iter_index_dealloc(GpState *st, GpObject *o)
{
    gp_xdecref(st, ((GpIndexIter *)o)->seq);
    gp_obj_free(st, o, sizeof(GpIndexIter));
}

int gp_iter_index_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    GpObject *seq = ((GpIndexIter *)o)->seq;
    return seq ? visit(seq, arg) : 0;
}

void gp_iter_index_clear(GpState *st, GpObject *o)
{
    GpIndexIter *it = (GpIndexIter *)o;
    GpObject *seq = it->seq;
    it->seq = NULL;
    gp_xdecref(st, seq);
}

GpObject *gp_seqiter_new(GpState *st, GpObject *seq)
{
    return gp_iter_index_new(st, gp_type(st, GP_T_SEQ_ITER), seq, 0);
}

static GpObject *seqiter_next(GpState *st, GpObject *o)
{
    GpIndexIter *it = (GpIndexIter *)o;
    GpObject *seq = it->seq;
    if (!seq)
        return NULL;
    GpObject *r = seq->type->seq->item(st, seq, it->index);
    if (r) {
        it->index++;
        return r;
    }
    if (gp_err_matches(st, gp_type(st, GP_T_INDEX_ERROR)) ||
        gp_err_matches(st, gp_type(st, GP_T_STOP_ITERATION))) {
        gp_err_clear(st);
        it->seq = NULL;
        gp_decref(st, seq);
    }
    return NULL;
}

const GpType gp_seqiter_template = {
    .name = "iterator",
    .flags = GP_TF_GC,
    .basicsize = sizeof(GpIndexIter),
    .dealloc = gp_iter_index_dealloc,
    .iter = gp_iter_self,
    .iternext = seqiter_next,
    .traverse = gp_iter_index_traverse,
    .clear = gp_iter_index_clear,
};
