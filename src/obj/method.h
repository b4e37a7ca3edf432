/*
 * method.h - C functions seen from Python: built-in functions, method
 * descriptors and bound methods; attribute lookup and calling.
 *
 * A type lists its methods in a GpMethodDef table.  At start-up each entry
 * becomes a method descriptor in the type's dict (static area):
 *
 *   list.append            method_descriptor  <method 'append' of 'list' objects>
 *   [].append              builtin_function_or_method, bound to the list
 *   len                    builtin_function_or_method, bound to its module
 *
 * Getting a descriptor through an instance binds it (a small heap object
 * holding the method table entry and the instance); calling a bound method
 * calls the C function with the instance as self.  Calling the descriptor
 * itself takes self as the first argument, checked against the type.
 *
 * A type's computed attributes (GpGetSetDef: e.args, f.__name__, x.real)
 * become getset descriptors in its dict the same way, so one dict lookup
 * per type on the way up finds any attribute:
 *
 *   int.real               getset_descriptor  <attribute 'real' of 'int' objects>
 *   (5).real               its getter called on 5
 *
 * As CPython's generic lookup: a getset descriptor (a data descriptor)
 * found on the type wins over an instance's own attributes (the dict at
 * the type's dictoffset: a function's, a module's, a namespace's); then
 * the instance's; then the type's other attributes, methods bound.  The
 * same dict takes o.name = v unless a getset of the type does.
 */
#ifndef GP_OBJ_METHOD_H
#define GP_OBJ_METHOD_H

#include "obj/object.h"

typedef struct GpMethodDescr {
    GpObject ob;
    GpType *owner;
    const GpMethodDef *def;
} GpMethodDescr;

typedef struct GpGetSetDescr {
    GpObject ob;
    GpType *owner;
    const GpGetSetDef *def;
} GpGetSetDescr;

typedef struct GpCFunction {
    GpObject ob;
    const GpMethodDef *def;
    GpObject *self;         /* the bound instance, or the module; may be NULL */
    GpType *owner;          /* for a bound method: the type that defined it */
} GpCFunction;

/* Fill each type's dict with descriptors for its methods and getsets
 * (state.c calls this once the dict type exists, with the static area
 * current); a table a type shares with its base is left to the base's. */
int gp_method_type_ready(GpState *st, GpType *t);
/* A built-in function of a module (self = module, may be NULL). */
GpObject *gp_cfunction_new(GpState *st, const GpMethodDef *def, GpObject *self);

/* getattr(o, name): the type's slot if it has one, else the generic
 * lookup through the type and its bases.  AttributeError as CPython. */
GpObject *gp_obj_getattr(GpState *st, GpObject *o, GpObject *name);
GpObject *gp_obj_getattr_cstr(GpState *st, GpObject *o, const char *name);
/* o.name for a call: a method descriptor of o's type itself (*unbound
 * set; the caller passes o as the first argument), so no bound method is
 * made; otherwise getattr(o, name). */
GpObject *gp_obj_getmethod(GpState *st, GpObject *o, GpObject *name, int *unbound);
/* The lookup without the type's getattr slot, as CPython's generic one: a
 * getset of the type, then the instance's attribute dict (GpType
 * dictoffset: a function's, a module's, a namespace's), then the type's
 * other attributes, methods bound.  For getattr slots that add names of
 * their own. */
GpObject *gp_obj_generic_getattr(GpState *st, GpObject *o, GpObject *name);
/* setattr(o, name, v), or delattr when v is NULL. */
int gp_obj_setattr(GpState *st, GpObject *o, GpObject *name, GpObject *v);
/* Find name in t's dict or its bases' (borrowed; NULL without error). */
GpObject *gp_type_lookup(GpState *st, GpType *t, GpObject *name);
/* Call any callable, vector style; TypeError "'int' object is not callable". */
GpObject *gp_obj_call(GpState *st, GpObject *callable, GpObject *const *args, size_t nargs,
                      GpObject *kwnames);

/* The getattr slot of `type` (list.append is the descriptor). */
GpObject *gp_method_type_getattr(GpState *st, GpObject *o, GpObject *name);

extern const GpType gp_method_descr_template, gp_getset_descr_template, gp_cfunction_template;

#endif
