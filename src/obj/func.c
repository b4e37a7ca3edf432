/*
 * func.c - function and cell objects.
 */
#include "obj/func.h"

#include "obj/code.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/method.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

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
                        f->name, f->qualname, f->dict};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        gp_xdecref(st, refs[i]);
    gp_obj_free(st, o, sizeof(GpFunction));
}

static int function_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    GpFunction *f = GP_FUNC(o);
    GpObject *refs[] = {f->code, f->globals, f->defaults, f->kwdefaults, f->closure,
                        f->name, f->qualname, f->dict};
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

static GpObject *fn_get_name(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(GP_FUNC(o)->name);
}

static int fn_set_str(GpState *st, GpObject **slot, GpObject *v, const char *what)
{
    if (!v || !gp_obj_is_instance_of_type(v, gp_type(st, GP_T_STR))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s must be set to a string object", what);
        return -1;
    }
    GpObject *old = *slot;
    *slot = gp_incref(v);
    gp_decref(st, old);
    return 0;
}

static int fn_set_name(GpState *st, GpObject *o, GpObject *v)
{
    return fn_set_str(st, &GP_FUNC(o)->name, v, "__name__");
}

static GpObject *fn_get_qualname(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(GP_FUNC(o)->qualname);
}

static int fn_set_qualname(GpState *st, GpObject *o, GpObject *v)
{
    return fn_set_str(st, &GP_FUNC(o)->qualname, v, "__qualname__");
}

/* the docstring is the code's first constant, when it is a str */
static GpObject *fn_get_doc(GpState *st, GpObject *o)
{
    GpCode *c = GP_CODE(GP_FUNC(o)->code);
    if (gp_tuple_size(c->consts) && gp_tuple_item(c->consts, 0)->type == gp_type(st, GP_T_STR))
        return gp_incref(gp_tuple_item(c->consts, 0));
    return gp_incref(st->none);
}

static GpObject *or_none(GpState *st, GpObject *v)
{
    return gp_incref(v ? v : st->none);
}

static GpObject *fn_get_defaults(GpState *st, GpObject *o)
{
    return or_none(st, GP_FUNC(o)->defaults);
}

static GpObject *fn_get_kwdefaults(GpState *st, GpObject *o)
{
    return or_none(st, GP_FUNC(o)->kwdefaults);
}

static GpObject *fn_get_code(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(GP_FUNC(o)->code);
}

/* f.__code__ = code, with as many free variables as f's closure has */
static int fn_set_code(GpState *st, GpObject *o, GpObject *v)
{
    GpFunction *f = GP_FUNC(o);
    if (!v || v->type != gp_type(st, GP_T_CODE)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "__code__ must be set to a code object");
        return -1;
    }
    size_t nfree = gp_tuple_size(GP_CODE(v)->freevars);
    size_t nclosure = f->closure ? gp_tuple_size(f->closure) : 0;
    if (nfree != nclosure) {
        char buf[256];
        size_t n;
        const char *u = gp_str_utf8(f->name, buf, sizeof buf, &n);
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                      "%.*s() requires a code object with %zu free vars, not %zu",
                      (int)(u ? n : 1), u ? u : "?", nclosure, nfree);
        return -1;
    }
    GpObject *old = f->code;
    f->code = gp_incref(v);
    gp_decref(st, old);
    return 0;
}

static GpObject *fn_get_globals(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(GP_FUNC(o)->globals);
}

static GpObject *fn_get_closure(GpState *st, GpObject *o)
{
    return or_none(st, GP_FUNC(o)->closure);
}

static const GpGetSetDef function_getset[] = {
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__doc__", fn_get_doc, NULL},
    {"__defaults__", fn_get_defaults, NULL},
    {"__kwdefaults__", fn_get_kwdefaults, NULL},
    {"__code__", fn_get_code, fn_set_code},
    {"__globals__", fn_get_globals, NULL},
    {"__closure__", fn_get_closure, NULL},
    {NULL, NULL, NULL},
};

const GpType gp_function_template = {
    .name = "function",
    .flags = GP_TF_GC,
    .basicsize = sizeof(GpFunction),
    .dealloc = function_dealloc,
    .repr = function_repr,
    .dictoffset = offsetof(GpFunction, dict),   /* f.attr: a memo cache on a wrapper */
    .traverse = function_traverse,
    .getset = function_getset,
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

static GpObject *cell_get_contents(GpState *st, GpObject *o)
{
    GpObject *v = GP_CELL(o)->ref;
    if (!v) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "Cell is empty");
        return NULL;
    }
    return gp_incref(v);
}

static const GpGetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, NULL},
    {NULL, NULL, NULL},
};

const GpType gp_cell_template = {
    .name = "cell",
    .flags = GP_TF_GC,
    .basicsize = sizeof(GpCell),
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .traverse = cell_traverse,
    .getset = cell_getset,
};
