/*
 * error.c - raising, matching and fetching exceptions; the exception type.
 */
#include "obj/error.h"

#include <stdio.h>
#include <string.h>

#include "obj/str.h"
#include "obj/tuple.h"

GpObject *gp_exc_new(GpState *st, GpType *type, GpObject *args)
{
    GpException *e = (GpException *)gp_obj_alloc(st, type, type->basicsize);
    if (!e)
        return NULL;
    e->args = gp_incref(args ? args : st->empty_tuple);
    return GP_OBJ(e);
}

void gp_err_set_instance(GpState *st, GpObject *exc)
{
    GpObject *old = st->exc;
    st->exc = exc;
    gp_xdecref(st, old);
}

void gp_err_nomemory(GpState *st)
{
    gp_err_set_instance(st, gp_incref(st->memory_error));
}

void gp_err_set(GpState *st, GpType *type, GpObject *value)
{
    GpObject *args = value ? gp_tuple_pack(st, 1, value) : gp_incref(st->empty_tuple);
    if (!args)
        return;
    GpObject *e = gp_exc_new(st, type, args);
    gp_decref(st, args);
    if (e)
        gp_err_set_instance(st, e);
}

void gp_err_format(GpState *st, GpType *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    GpObject *msg = gp_str_vformat(st, fmt, ap);
    va_end(ap);
    if (!msg)
        return;
    gp_err_set(st, type, msg);
    gp_decref(st, msg);
}

int gp_err_matches(GpState *st, GpType *type)
{
    return st->exc && gp_type_is_subtype(st->exc->type, type);
}

GpObject *gp_err_fetch(GpState *st)
{
    GpObject *e = st->exc;
    st->exc = NULL;
    return e;
}

void gp_err_clear(GpState *st)
{
    gp_xdecref(st, gp_err_fetch(st));
}

/* ---- the exception type ---------------------------------------------------- */

static void exc_dealloc(GpState *st, GpObject *o)
{
    GpException *e = (GpException *)o;
    gp_xdecref(st, e->args);
    gp_xdecref(st, e->traceback);
    gp_xdecref(st, e->cause);
    gp_xdecref(st, e->context);
    gp_obj_free(st, o, o->type->basicsize);
}

static int exc_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    GpException *e = (GpException *)o;
    GpObject *refs[] = {e->args, e->traceback, e->cause, e->context};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

/* str(e): '' for no args, str(arg) for one, str(args) for more */
/* "invalid syntax (<string>, line 1)": the message, then the file's base
 * name and the line when the details have them (CPython's SyntaxError_str) */
static GpObject *syntax_error_str(GpState *st, GpException *e)
{
    GpObject *msg = gp_tuple_item(e->args, 0), *d = gp_tuple_item(e->args, 1);
    GpObject *file = NULL, *line = NULL;
    if (d->type == gp_type(st, GP_T_TUPLE) && gp_tuple_size(d) >= 4) {
        file = gp_tuple_item(d, 0);
        line = gp_tuple_item(d, 1);
        file = file->type == gp_type(st, GP_T_STR) ? file : NULL;
        line = line->type == gp_type(st, GP_T_INT) ? line : NULL;
    }
    GpObject *m = gp_obj_str(st, msg);
    if (!m || (!file && !line))
        return m;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_str(&b, m);
    gp_decref(st, m);
    gp_strbuf_add_ascii(&b, " (");
    if (file) {
        size_t n = GP_STR(file)->length, i = n;
        while (i && gp_str_at(file, i - 1) != '/')
            i--;
        for (; i < n; i++)
            gp_strbuf_add_cp(&b, gp_str_at(file, i));
    }
    if (line) {
        gp_strbuf_add_ascii(&b, file ? ", line " : "line ");
        gp_strbuf_add_repr(&b, line);
    }
    gp_strbuf_add_cp(&b, ')');
    return gp_strbuf_finish(&b);
}

static GpObject *exc_str(GpState *st, GpObject *o)
{
    GpException *e = (GpException *)o;
    size_t n = gp_tuple_size(e->args);
    if (n == 0)
        return gp_incref(st->empty_str);
    if (n >= 2 && n <= 5 && gp_type_is_subtype(o->type, gp_type(st, GP_T_OS_ERROR))) {
        /* OSError(errno, strerror[, filename]): "[Errno 2] No such file: 'f'" */
        GpObject *num = gp_obj_str(st, gp_tuple_item(e->args, 0));
        GpObject *msg = num ? gp_obj_str(st, gp_tuple_item(e->args, 1)) : NULL;
        GpObject *file = n >= 3 && gp_tuple_item(e->args, 2) != st->none && msg
                             ? gp_obj_repr(st, gp_tuple_item(e->args, 2)) : NULL;
        GpObject *r = NULL;
        if (msg && (n < 3 || gp_tuple_item(e->args, 2) == st->none || file)) {
            GpStrBuf b;
            gp_strbuf_init(&b, st);
            gp_strbuf_add_ascii(&b, "[Errno ");
            gp_strbuf_add_str(&b, num);
            gp_strbuf_add_ascii(&b, "] ");
            gp_strbuf_add_str(&b, msg);
            if (file) {
                gp_strbuf_add_ascii(&b, ": ");
                gp_strbuf_add_str(&b, file);
            }
            r = gp_strbuf_finish(&b);
        }
        gp_xdecref(st, num);
        gp_xdecref(st, msg);
        gp_xdecref(st, file);
        return r;
    }
    if (n == 2 && gp_type_is_subtype(o->type, gp_type(st, GP_T_SYNTAX_ERROR)))
        return syntax_error_str(st, e);
    if (n == 1) {
        /* a KeyError shows its key as a key: KeyError('k') prints 'k' */
        if (gp_type_is_subtype(o->type, gp_type(st, GP_T_KEY_ERROR)))
            return gp_obj_repr(st, gp_tuple_item(e->args, 0));
        return gp_obj_str(st, gp_tuple_item(e->args, 0));
    }
    return gp_obj_str(st, e->args);
}

/* repr(e): Name(args...) as CPython: ValueError('x'), KeyError(1, 2) */
static GpObject *exc_repr(GpState *st, GpObject *o)
{
    GpException *e = (GpException *)o;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_ascii(&b, o->type->name);
    if (gp_tuple_size(e->args) == 1) {
        gp_strbuf_add_cp(&b, '(');
        gp_strbuf_add_repr(&b, gp_tuple_item(e->args, 0));
        gp_strbuf_add_cp(&b, ')');
    } else {
        gp_strbuf_add_repr(&b, e->args);
    }
    return gp_strbuf_finish(&b);
}

/* Calling an exception class: the positional arguments become args. */
static GpObject *exc_call_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    if (kwnames && gp_tuple_size(kwnames)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s() takes no keyword arguments",
                      ((GpType *)type)->name);
        return NULL;
    }
    GpObject *t = gp_tuple_from_array(st, args, nargs);
    if (!t)
        return NULL;
    GpObject *e = gp_exc_new(st, (GpType *)type, t);
    gp_decref(st, t);
    return e;
}

static GpObject *exc_get_args(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(((GpException *)o)->args);
}

/* e.args = iterable: kept as a tuple */
static int exc_set_args(GpState *st, GpObject *o, GpObject *v)
{
    if (!v) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "args may not be deleted");
        return -1;
    }
    GpObject *t = gp_tuple_from_iterable(st, v);
    if (!t)
        return -1;
    GpException *e = (GpException *)o;
    GpObject *old = e->args;
    e->args = t;
    gp_decref(st, old);
    return 0;
}

static GpObject *or_none(GpState *st, GpObject *v)
{
    return gp_incref(v ? v : st->none);
}

static GpObject *exc_get_cause(GpState *st, GpObject *o)
{
    return or_none(st, ((GpException *)o)->cause);
}

static GpObject *exc_get_context(GpState *st, GpObject *o)
{
    return or_none(st, ((GpException *)o)->context);
}

static GpObject *exc_get_suppress(GpState *st, GpObject *o)
{
    return gp_incref(((GpException *)o)->suppress_context ? st->true_ : st->false_);
}

/* e.__cause__ = x / e.__context__ = x: None or an exception */
static int set_exc_link(GpState *st, GpObject *o, GpObject *v, int cause)
{
    GpException *e = (GpException *)o;
    if (v && v != st->none && !gp_obj_is_instance_of_type(v, gp_type(st, GP_T_BASE_EXCEPTION))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "exception %s must be None or derive "
                      "from BaseException", cause ? "cause" : "context");
        return -1;
    }
    GpObject **slot = cause ? &e->cause : &e->context;
    GpObject *old = *slot;
    *slot = v && v != st->none ? gp_incref(v) : NULL;
    if (cause)
        e->suppress_context = 1;
    gp_xdecref(st, old);
    return 0;
}

static int exc_set_cause(GpState *st, GpObject *o, GpObject *v)
{
    return set_exc_link(st, o, v, 1);
}

static int exc_set_context(GpState *st, GpObject *o, GpObject *v)
{
    return set_exc_link(st, o, v, 0);
}

/* an attribute only exceptions of type `only` have: 0, or -1 with
 * AttributeError */
static int only_for(GpState *st, GpObject *o, GpTypeId only, const char *name)
{
    if (gp_type_is_subtype(o->type, gp_type(st, only)))
        return 0;
    gp_err_format(st, gp_type(st, GP_T_ATTRIBUTE_ERROR), "'%s' object has no attribute '%s'",
                  o->type->name, name);
    return -1;
}

/* SystemExit.code and StopIteration.value: the first argument (None if
 * none); other exceptions have no such attribute. */
static GpObject *exc_get_first_arg(GpState *st, GpObject *o, GpTypeId only, const char *name)
{
    GpException *e = (GpException *)o;
    if (only_for(st, o, only, name))
        return NULL;
    size_t n = gp_tuple_size(e->args);
    if (only == GP_T_SYSTEM_EXIT && n > 1)
        return gp_incref(e->args);
    return gp_incref(n ? gp_tuple_item(e->args, 0) : st->none);
}

static GpObject *exc_get_code(GpState *st, GpObject *o)
{
    return exc_get_first_arg(st, o, GP_T_SYSTEM_EXIT, "code");
}

static GpObject *exc_get_value(GpState *st, GpObject *o)
{
    return exc_get_first_arg(st, o, GP_T_STOP_ITERATION, "value");
}

/* an OSError's errno, strerror and filename: its first three arguments
 * when it has 2 to 5 of them, else None */
static GpObject *os_error_arg(GpState *st, GpObject *o, size_t i, const char *name)
{
    GpException *e = (GpException *)o;
    if (only_for(st, o, GP_T_OS_ERROR, name))
        return NULL;
    size_t n = gp_tuple_size(e->args);
    return gp_incref(n >= 2 && n <= 5 && i < n ? gp_tuple_item(e->args, i) : st->none);
}

static GpObject *exc_get_errno(GpState *st, GpObject *o)
{
    return os_error_arg(st, o, 0, "errno");
}

static GpObject *exc_get_strerror(GpState *st, GpObject *o)
{
    return os_error_arg(st, o, 1, "strerror");
}

/* A SyntaxError's details: args is (msg, (filename, lineno, offset,
 * text[, end_lineno, end_offset])) as CPython builds it; item i of the
 * details, or None when there are none. */
static GpObject *syntax_detail(GpState *st, GpObject *o, size_t i, const char *name)
{
    GpException *e = (GpException *)o;
    if (only_for(st, o, GP_T_SYNTAX_ERROR, name))
        return NULL;
    GpObject *d = gp_tuple_size(e->args) == 2 ? gp_tuple_item(e->args, 1) : NULL;
    if (d && d->type == gp_type(st, GP_T_TUPLE) && gp_tuple_size(d) >= 4 && i < gp_tuple_size(d))
        return gp_incref(gp_tuple_item(d, i));
    return gp_incref(st->none);
}

static GpObject *exc_get_filename(GpState *st, GpObject *o)
{
    if (gp_type_is_subtype(o->type, gp_type(st, GP_T_SYNTAX_ERROR)))
        return syntax_detail(st, o, 0, "filename");
    return os_error_arg(st, o, 2, "filename");
}

static GpObject *exc_get_msg(GpState *st, GpObject *o)
{
    GpException *e = (GpException *)o;
    if (only_for(st, o, GP_T_SYNTAX_ERROR, "msg"))
        return NULL;
    return gp_incref(gp_tuple_size(e->args) ? gp_tuple_item(e->args, 0) : st->none);
}

#define SYNTAX_DETAIL(field, i)                                                            \
    static GpObject *exc_get_##field(GpState *st, GpObject *o)                             \
    {                                                                                      \
        return syntax_detail(st, o, i, #field);                                            \
    }
SYNTAX_DETAIL(lineno, 1)
SYNTAX_DETAIL(offset, 2)
SYNTAX_DETAIL(text, 3)
SYNTAX_DETAIL(end_lineno, 4)
SYNTAX_DETAIL(end_offset, 5)
#undef SYNTAX_DETAIL

static const GpGetSetDef exc_getset[] = {
    {"code", exc_get_code, NULL},
    {"errno", exc_get_errno, NULL},
    {"strerror", exc_get_strerror, NULL},
    {"filename", exc_get_filename, NULL},
    {"msg", exc_get_msg, NULL},
    {"lineno", exc_get_lineno, NULL},
    {"offset", exc_get_offset, NULL},
    {"text", exc_get_text, NULL},
    {"end_lineno", exc_get_end_lineno, NULL},
    {"end_offset", exc_get_end_offset, NULL},
    {"value", exc_get_value, NULL},
    {"args", exc_get_args, exc_set_args},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__context__", exc_get_context, exc_set_context},
    {"__suppress_context__", exc_get_suppress, NULL},
    {NULL, NULL, NULL},
};

const GpType gp_exception_template = {
    .name = "BaseException",
    .flags = GP_TF_GC | GP_TF_BASETYPE,
    .basicsize = sizeof(GpException),
    .dealloc = exc_dealloc,
    .repr = exc_repr,
    .str = exc_str,
    .new_ = exc_call_new,
    .getset = exc_getset,
    .traverse = exc_traverse,
};
