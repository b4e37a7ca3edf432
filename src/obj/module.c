/*
 * module.c - module objects.
 */
#include "obj/module.h"

#include "obj/dict.h"
#include "obj/error.h"
#include "obj/method.h"
#include "obj/state.h"
#include "obj/str.h"

GpObject *gp_module_new(GpState *st, const char *name)
{
    GpModule *m = (GpModule *)gp_obj_alloc(st, gp_type(st, GP_T_MODULE), sizeof(GpModule));
    if (!m)
        return NULL;
    gp_state_push_area(st, st->globals);
    m->dict = gp_dict_new(st);
    gp_state_pop_area(st);
    m->name = m->dict ? gp_str_from_cstr(st, name) : NULL;
    if (!m->name || gp_dict_set_str(st, m->dict, "__name__", m->name)) {
        gp_decref(st, GP_OBJ(m));
        return NULL;
    }
    return GP_OBJ(m);
}

int gp_module_add_object(GpState *st, GpObject *module, const char *name, GpObject *value)
{
    return gp_dict_set_str(st, GP_MODULE(module)->dict, name, value);
}

int gp_module_add_new(GpState *st, GpObject *module, const char *name, GpObject *value)
{
    int rc = !value || gp_module_add_object(st, module, name, value);
    gp_xdecref(st, value);
    return rc ? -1 : 0;
}

int gp_module_add_functions(GpState *st, GpObject *module, const GpMethodDef *defs)
{
    for (const GpMethodDef *d = defs; d->name; d++) {
        GpObject *f = gp_cfunction_new(st, d, module);
        int rc = !f || gp_module_add_object(st, module, d->name, f);
        gp_xdecref(st, f);
        if (rc)
            return -1;
    }
    return 0;
}

static GpObject *module_getattr(GpState *st, GpObject *o, GpObject *name)
{
    GpModule *m = GP_MODULE(o);
    GpObject *v = gp_dict_get(st, m->dict, name);
    if (v)
        return gp_incref(v);
    if (gp_err_occurred(st))
        return NULL;
    if (gp_str_equal_cstr(name, "__dict__"))
        return gp_incref(m->dict);
    char a[128], b[256];
    size_t na, nb;
    const char *ua = gp_str_utf8(m->name, a, sizeof a, &na);
    const char *ub = gp_str_utf8(name, b, sizeof b, &nb);
    gp_err_format(st, gp_type(st, GP_T_ATTRIBUTE_ERROR), "module '%.*s' has no attribute '%.*s'",
                  (int)(ua ? na : 1), ua ? ua : "?", (int)(ub ? nb : 1), ub ? ub : "?");
    return NULL;
}

static GpObject *module_repr(GpState *st, GpObject *o)
{
    char a[128];
    size_t na;
    const char *ua = gp_str_utf8(GP_MODULE(o)->name, a, sizeof a, &na);
    return gp_str_format(st, "<module '%.*s' (built-in)>", (int)(ua ? na : 1), ua ? ua : "?");
}

static void module_dealloc(GpState *st, GpObject *o)
{
    gp_xdecref(st, GP_MODULE(o)->name);
    gp_xdecref(st, GP_MODULE(o)->dict);
    gp_obj_free(st, o, sizeof(GpModule));
}

static int module_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    GpModule *m = GP_MODULE(o);
    return (m->name && visit(m->name, arg)) || (m->dict && visit(m->dict, arg));
}

const GpType gp_module_template = {
    .name = "module",
    .flags = GP_TF_GC,
    .basicsize = sizeof(GpModule),
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattr,
    .dictoffset = offsetof(GpModule, dict),
    .traverse = module_traverse,
};
