/*
 * gen.c - generator objects (see gen.h).
 */
#include "obj/gen.h"

#include "mem/mem.h"
#include "obj/error.h"
#include "obj/iter.h"
#include "obj/method.h"
#include "obj/state.h"
#include "obj/str.h"
#include "vm/eval.h"

GpObject *gp_gen_new(GpState *st, void *frame, size_t bytes, GpObject *name, GpObject *qualname)
{
    GpGen *g = (GpGen *)gp_obj_alloc(st, gp_type(st, GP_T_GENERATOR), sizeof(GpGen));
    if (!g)
        return NULL;
    g->frame = frame;
    g->bytes = bytes;
    g->name = gp_incref(name);
    g->qualname = gp_incref(qualname);
    return GP_OBJ(g);
}

/* the references a suspended frame holds */
static int frame_refs(GpObject *o, GpVisitFn visit, void *arg, GpState *st)
{
    GpFrame *f = GP_GEN(o)->frame;
    if (!f)
        return 0;
    GpObject *fixed[] = {GP_OBJ(f->code), f->func, f->globals, f->locals};
    for (int i = 0; i < 4; i++) {
        if (!fixed[i])
            continue;
        if (st)
            gp_decref(st, fixed[i]);
        else if (visit(fixed[i], arg))
            return 1;
    }
    for (GpObject **p = f->slots; p < f->sp; p++) {
        if (!*p)
            continue;
        if (st)
            gp_decref(st, *p);
        else if (visit(*p, arg))
            return 1;
    }
    return 0;
}

static int gen_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    return frame_refs(o, visit, arg, NULL);
}

static void gen_dealloc(GpState *st, GpObject *o)
{
    GpGen *g = GP_GEN(o);
    GpFrame *f = g->frame;
    if (f && f->ip > 0 && f->nblocks > 0 && st->gen_close) {
        /* a paused generator inside try: close() runs its finally */
        GpObject *pending = gp_err_fetch(st);
        o->rc++;                      /* alive while its frame runs */
        if (st->gen_close(st, o))
            gp_err_clear(st);         /* an error in a finally here is lost */
        o->rc--;
        st->exc = pending;
    }
    if (g->frame) {
        frame_refs(o, NULL, NULL, st);
        gp_mem_free(st->heap, g->frame, g->bytes);
    }
    gp_xdecref(st, g->name);
    gp_xdecref(st, g->qualname);
    gp_obj_free(st, o, sizeof(GpGen));
}

static GpObject *gen_next(GpState *st, GpObject *o)
{
    GpObject *r = st->gen_resume(st, o, st->none);
    /* exhausted with a return value: iteration just ends */
    if (!r && gp_err_matches(st, gp_type(st, GP_T_STOP_ITERATION)))
        gp_err_clear(st);
    return r;
}

static GpObject *gen_send(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    GpObject *r = st->gen_resume(st, self, args[0]);
    if (!r && !gp_err_occurred(st))
        gp_err_set(st, gp_type(st, GP_T_STOP_ITERATION), NULL);
    return r;
}

static GpObject *gen_repr(GpState *st, GpObject *o)
{
    char buf[256];
    size_t n;
    const char *u = gp_str_utf8(GP_GEN(o)->qualname, buf, sizeof buf, &n);
    return gp_str_format(st, "<generator object %.*s at %p>", (int)(u ? n : 1), u ? u : "?",
                         (void *)o);
}

/* gen.throw(exc): a class or an instance */
static GpObject *gen_throw(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)kwnames;
    if (nargs < 1 || nargs > 3) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "throw expected at least 1 argument, got %zu",
                      nargs);
        return NULL;
    }
    GpObject *exc = args[0];
    GpType *base = gp_type(st, GP_T_BASE_EXCEPTION);
    GpObject *inst;
    if (exc->type == gp_type(st, GP_T_TYPE) && gp_type_is_subtype((GpType *)exc, base))
        inst = gp_obj_call(st, exc, args + 1, nargs > 1 && args[1] != st->none ? 1 : 0, NULL);
    else if (gp_obj_is_instance_of_type(exc, base))
        inst = gp_incref(exc);
    else {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "exceptions must be classes or instances deriving from BaseException, "
                      "not %s", exc->type->name);
        return NULL;
    }
    if (!inst)
        return NULL;
    GpObject *r = st->gen_throw(st, self, inst);
    gp_decref(st, inst);
    return r;
}

static GpObject *gen_close_method(GpState *st, GpObject *self, GpObject *const *args,
                                  size_t nargs, GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return st->gen_close(st, self) ? NULL : gp_incref(st->none);
}

static GpObject *gen_get_name(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(GP_GEN(o)->name);
}

static GpObject *gen_get_qualname(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(GP_GEN(o)->qualname);
}

static GpObject *gen_get_running(GpState *st, GpObject *o)
{
    return gp_incref(GP_GEN(o)->running ? st->true_ : st->false_);
}

static const GpGetSetDef gen_getset[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"gi_running", gen_get_running, NULL},
    {NULL, NULL, NULL},
};

static const GpMethodDef gen_methods[] = {
    {"send", gen_send, GP_METH_O},
    {"throw", gen_throw, GP_METH_VARARGS},
    {"close", gen_close_method, GP_METH_NOARGS},
    {NULL, NULL, 0},
};

const GpType gp_gen_template = {
    .name = "generator",
    .flags = GP_TF_GC,
    .basicsize = sizeof(GpGen),
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = gp_iter_self,
    .iternext = gen_next,
    .traverse = gen_traverse,
    .methods = gen_methods,
    .getset = gen_getset,
};
