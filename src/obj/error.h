/*
 * error.h - exceptions: the pending exception and the exception objects.
 *
 * As in CPython, a function that fails returns NULL (or -1) and leaves an
 * exception pending in the state; every caller on the way out releases
 * what it holds and passes the failure up, until a handler (an `except`
 * in the VM) fetches it.  The pending exception is always a full instance
 * (st->exc); raising MemoryError uses a preallocated one, so running out
 * of memory never needs memory.
 */
#ifndef GP_OBJ_ERROR_H
#define GP_OBJ_ERROR_H

#include "obj/object.h"

/* An exception instance (BaseException and every built-in subclass). */
typedef struct GpException {
    GpObject ob;
    GpObject *args;         /* tuple */
    GpObject *traceback;    /* NULL until the VM adds one */
    GpObject *cause;        /* raise ... from cause */
    GpObject *context;      /* the exception being handled when raised */
    int suppress_context;
} GpException;

/* Raise type(*args) where args is (message,). */
void gp_err_format(GpState *st, GpType *type, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Raise an instance (steals the reference). */
void gp_err_set_instance(GpState *st, GpObject *exc);
/* Raise type(value) (value may be NULL: no arguments). */
void gp_err_set(GpState *st, GpType *type, GpObject *value);
void gp_err_nomemory(GpState *st);

static inline int gp_err_occurred(const GpState *st);
/* Does the pending exception match type (or a subclass)? */
int gp_err_matches(GpState *st, GpType *type);
/* Take the pending exception (a new reference), leaving none. */
GpObject *gp_err_fetch(GpState *st);
void gp_err_clear(GpState *st);

/* Make an instance of an exception type with the given args tuple. */
GpObject *gp_exc_new(GpState *st, GpType *type, GpObject *args);

extern const GpType gp_exception_template;

#include "obj/state.h"

static inline int gp_err_occurred(const GpState *st)
{
    return st->exc != NULL;
}

#endif
