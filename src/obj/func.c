/*
 * func.c - function and cell objects.
 */
#include "obj/func.h"

#include "obj/error.h"
#include "obj/state.h"
#include "obj/str.h"

GpObject *gp_function_new(GpState *st, GpObject *code, GpObject *globals, GpObject *qualname)
{
    GpFunction *f = (GpFunction *)gp_obj_alloc(st, gp_type(st, GP_T_FUNCTION),
                                               sizeof(GpFunction));
    if (!f)
        return NULL;
    f->code = gp_incref(code);
    f->globals = gp_incref(globals);
    f->name = gp_incref(GP_CODE(code)->name);
    f->qualname = gp_incref(qualname ? qualname : GP_CODE(code)->qualname);
    return GP_OBJ(f);
}

static void function_dealloc(GpState *st, GpObject *o)
{
    GpFunction *f = GP_FUNC(o);
    GpObject *refs[] = {f->code, f->globals, f->defaults, f->kwdefaults, f->closure,
                        f->name, f->qualname};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        gp_xdecref(st, refs[i]);
    gp_obj_free(st, o, sizeof(GpFunction));
}

static int function_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    GpFunction *f = GP_FUNC(o);
    GpObject *refs[] = {f->code, f->globals, f->defaults, f->kwdefaults, f->closure,
                        f->name, f->qualname};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static GpObject *function_repr(GpState *st, GpObject *o)
{
    char buf[256];
    size_t n;
    const char *u = gp_str_utf8(GP_FUNC(o)->qualname, buf, sizeof buf, &n);
    return gp_str_format(st, "<function %.*s at %p>", (int)(u ? n : 3), u ? u : "...",
                         (void *)o);
}

const GpType gp_function_template = {
    .name = "function",
    .flags = GP_TF_GC,
    .basicsize = sizeof(GpFunction),
    .dealloc = function_dealloc,
    .repr = function_repr,
    .traverse = function_traverse,
};

GpObject *gp_cell_new(GpState *st, GpObject *ref)
{
    GpCell *c = (GpCell *)gp_obj_alloc(st, gp_type(st, GP_T_CELL), sizeof(GpCell));
    if (c && ref)
        c->ref = gp_incref(ref);
    return GP_OBJ(c);
}

static void cell_dealloc(GpState *st, GpObject *o)
{
    gp_xdecref(st, GP_CELL(o)->ref);
    gp_obj_free(st, o, sizeof(GpCell));
}

static int cell_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    return GP_CELL(o)->ref ? visit(GP_CELL(o)->ref, arg) : 0;
}

static GpObject *cell_repr(GpState *st, GpObject *o)
{
    GpObject *r = GP_CELL(o)->ref;
    if (!r)
        return gp_str_format(st, "<cell at %p: empty>", (void *)o);
    return gp_str_format(st, "<cell at %p: %s object at %p>", (void *)o, r->type->name,
                         (void *)r);
}

const GpType gp_cell_template = {
    .name = "cell",
    .flags = GP_TF_GC,
    .basicsize = sizeof(GpCell),
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .traverse = cell_traverse,
};
