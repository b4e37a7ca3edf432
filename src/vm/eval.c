/*
 * eval.c - the evaluation loop.
 *
 * Frames live on the stack area (mem/stack.h).  A call from Python to a
 * Python function pushes the callee's frame and the loop goes on in it; a
 * return pops it and goes on in the caller.  So Python recursion never
 * recurses in C: it is bounded by sys.getrecursionlimit() and, above
 * that, by the stack area meeting the heap (RecursionError either way).
 * C code that calls Python (a builtin calling a key function) enters the
 * loop again with an entry frame.
 *
 * When an instruction fails, the exception gets an entry for the frame
 * (its code and line), the frame is popped, and the caller's instruction
 * fails in turn, up to the entry frame, which returns NULL to C.
 */
#include "vm/eval.h"

#include <stdio.h>
#include <string.h>

#include "mem/mem.h"
#include "mem/stack.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/gen.h"
#include "obj/int.h"
#include "obj/iter.h"
#include "obj/list.h"
#include "obj/method.h"
#include "obj/set.h"
#include "obj/slice.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "vm/builtins.h"
#include "vm/import.h"
#include "vm/opcode.h"
#include "vm/traceback.h"

const char *gp_opcode_name(int op)
{
    static const char *const names[] = {
#define GP_OPCODE_NAME(name) #name,
        GP_OPCODES(GP_OPCODE_NAME)
#undef GP_OPCODE_NAME
    };
    return op >= 0 && op < GP_OP_COUNT ? names[op] : "<unknown>";
}

volatile int gp_vm_interrupted;

static int check_interrupt(GpState *st)
{
    if (!gp_vm_interrupted)
        return 0;
    gp_vm_interrupted = 0;
    gp_err_set(st, gp_type(st, GP_T_KEYBOARD_INTERRUPT), NULL);
    return -1;
}

GpFrame *gp_vm_current_frame(GpState *st)
{
    return st->frame;
}

/* ---- frames --------------------------------------------------------------------- */

static GpFrame *push_frame(GpState *st, GpCode *code, GpObject *func, GpObject *globals,
                           GpObject *locals)
{
    if (check_interrupt(st))
        return NULL;
    if (st->py_depth >= st->recursion_limit) {
        gp_err_format(st, gp_type(st, GP_T_RECURSION_ERROR),
                      "maximum recursion depth exceeded");
        return NULL;
    }
    size_t nslots = gp_code_nlocalsplus(code);
    size_t bytes = sizeof(GpFrame) + (nslots + (size_t)code->stacksize) * sizeof(GpObject *) +
                   (size_t)code->blockdepth * sizeof(GpBlock);
    GpFrame *f = gp_stack_push(st->img, bytes);
    if (!f) {
        /* the stack area met the heap: a real stack overflow */
        gp_err_format(st, gp_type(st, GP_T_RECURSION_ERROR),
                      "maximum recursion depth exceeded (the stack area is full)");
        return NULL;
    }
    /* the header and the variables start empty; the value and block stacks
     * are written before they are read */
    memset(f, 0, sizeof(GpFrame) + nslots * sizeof(GpObject *));
    f->bytes = bytes;
    f->prev = st->frame;
    f->code = (GpCode *)gp_incref(GP_OBJ(code));
    f->func = func ? gp_incref(func) : NULL;
    f->globals = gp_incref(globals);
    f->locals = locals ? gp_incref(locals) : NULL;
    f->nslots = nslots;
    f->sp = f->slots + nslots;
    f->blocks = (GpBlock *)(f->sp + code->stacksize);
    st->frame = f;
    st->py_depth++;
    return f;
}

static void set_exc_info(GpState *st, GpObject *e)
{
    GpObject *old = st->exc_info;
    st->exc_info = e;
    gp_xdecref(st, old);
}

static void pop_frame(GpState *st, GpFrame *f)
{
    /* a handler still running (the frame returned from inside `except`)
     * ends here: the exception it handled is no longer being handled */
    for (int i = f->nblocks; i-- > 0;) {
        if (f->blocks[i].handler < 0) {
            GpObject *prev = f->slots[f->nslots + f->blocks[i].level];
            set_exc_info(st, prev == st->none ? NULL : gp_incref(prev));
        }
    }
    for (GpObject **p = f->slots; p < f->sp; p++)
        gp_xdecref(st, *p);
    gp_decref(st, GP_OBJ(f->code));
    gp_xdecref(st, f->func);
    gp_decref(st, f->globals);
    gp_xdecref(st, f->locals);
    st->frame = f->prev;
    st->py_depth--;
    gp_stack_pop(st->img, f);
}

/* ---- binding arguments -------------------------------------------------------------- */

static const char *utf8_of(GpObject *s, char *buf, size_t cap)
{
    size_t n;
    const char *u = gp_str_utf8(s, buf, cap, &n);
    return u ? u : "?";
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static void name_list(GpStrBuf *b, GpObject *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            gp_strbuf_add_ascii(b, n == 2 ? " and " : i + 1 == n ? ", and " : ", ");
        gp_strbuf_add_cp(b, '\'');
        gp_strbuf_add_str(b, names[i]);
        gp_strbuf_add_cp(b, '\'');
    }
}

static void missing_args(GpState *st, GpFunction *fn, GpObject **names, size_t n, int kwonly)
{
    GpStrBuf b;
    char qbuf[256];
    gp_strbuf_init(&b, st);
    gp_strbuf_add_ascii(&b, utf8_of(fn->qualname, qbuf, sizeof qbuf));
    char head[96];
    snprintf(head, sizeof head, "() missing %zu required %s argument%s: ", n,
             kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s");
    gp_strbuf_add_ascii(&b, head);
    name_list(&b, names, n);
    GpObject *msg = gp_strbuf_finish(&b);
    if (msg) {
        gp_err_set(st, gp_type(st, GP_T_TYPE_ERROR), msg);
        gp_decref(st, msg);
    }
}

static int bind_args(GpState *st, GpFrame *f, GpFunction *fn, GpObject *const *args,
                     size_t nargs, GpObject *kwnames)
{
    GpCode *co = f->code;
    size_t n = (size_t)co->argcount, total = n + (size_t)co->kwonlyargcount;
    GpObject **slots = f->slots;
    char qbuf[256], nbuf[256];
    const char *q = NULL;
#define QUAL() (q ? q : (q = utf8_of(fn->qualname, qbuf, sizeof qbuf)))
    if (nargs == n && n == total && !kwnames &&
        !(co->flags & (GP_CO_VARARGS | GP_CO_VARKEYWORDS))) {
        /* the common call: every parameter given by position */
        for (size_t i = 0; i < nargs; i++)
            slots[i] = gp_incref(args[i]);
        goto cells;
    }
    size_t npos = nargs < n ? nargs : n;
    for (size_t i = 0; i < npos; i++)
        slots[i] = gp_incref(args[i]);
    size_t vslot = total, kslot = total + ((co->flags & GP_CO_VARARGS) != 0);
    if (co->flags & GP_CO_VARARGS) {
        GpObject *rest = gp_tuple_from_array(st, args + npos, nargs - npos);
        if (!rest)
            return -1;
        slots[vslot] = rest;
    }
    if (co->flags & GP_CO_VARKEYWORDS) {
        if (!(slots[kslot] = gp_dict_new(st)))
            return -1;
    }
    size_t nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        GpObject *name = gp_tuple_item(kwnames, k), *value = args[nargs + k];
        size_t i;
        for (i = (size_t)co->posonlyargcount; i < total; i++)
            if (gp_str_equal(gp_tuple_item(co->varnames, i), name))
                break;
        if (i < total) {
            if (slots[i]) {
                gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                              "%s() got multiple values for argument '%s'", QUAL(),
                              utf8_of(name, nbuf, sizeof nbuf));
                return -1;
            }
            slots[i] = gp_incref(value);
            continue;
        }
        if (co->flags & GP_CO_VARKEYWORDS) {
            if (gp_dict_set(st, slots[kslot], name, value))
                return -1;
            continue;
        }
        for (i = 0; i < (size_t)co->posonlyargcount; i++)
            if (gp_str_equal(gp_tuple_item(co->varnames, i), name)) {
                gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                              "%s() got some positional-only arguments passed as keyword "
                              "arguments: '%s'", QUAL(), utf8_of(name, nbuf, sizeof nbuf));
                return -1;
            }
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "%s() got an unexpected keyword argument '%s'", QUAL(),
                      utf8_of(name, nbuf, sizeof nbuf));
        return -1;
    }
    /* defaults for the positional parameters not given */
    size_t ndef = fn->defaults ? gp_tuple_size(fn->defaults) : 0;
    if (nargs > n && !(co->flags & GP_CO_VARARGS)) {
        /* too many positionals, reported after the keywords as CPython does */
        size_t kwonly = 0;
        for (size_t i = n; i < total; i++)
            kwonly += slots[i] != NULL;
        char sig[64], kw[96] = "";
        if (ndef)
            snprintf(sig, sizeof sig, "from %zu to %zu", n - ndef, n);
        else
            snprintf(sig, sizeof sig, "%zu", n);
        if (kwonly)
            snprintf(kw, sizeof kw, " positional argument%s (and %zu keyword-only argument%s)",
                     nargs != 1 ? "s" : "", kwonly, kwonly != 1 ? "s" : "");
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "%s() takes %s positional argument%s but %zu%s %s given", QUAL(), sig,
                      ndef || n != 1 ? "s" : "", nargs, kw,
                      nargs == 1 && !kwonly ? "was" : "were");
        return -1;
    }
    GpObject *missing[64];
    size_t nmissing = 0;
    for (size_t i = npos; i < n; i++) {
        if (slots[i])
            continue;
        if (i >= n - ndef)
            slots[i] = gp_incref(gp_tuple_item(fn->defaults, i - (n - ndef)));
        else if (nmissing < 64)
            missing[nmissing++] = gp_tuple_item(co->varnames, i);
    }
    if (nmissing) {
        missing_args(st, fn, missing, nmissing, 0);
        return -1;
    }
    for (size_t i = n; i < total; i++) {
        if (slots[i])
            continue;
        GpObject *name = gp_tuple_item(co->varnames, i);
        GpObject *d = fn->kwdefaults ? gp_dict_get(st, fn->kwdefaults, name) : NULL;
        if (d)
            slots[i] = gp_incref(d);
        else if (nmissing < 64)
            missing[nmissing++] = name;
    }
    if (nmissing) {
        missing_args(st, fn, missing, nmissing, 1);
        return -1;
    }
cells:
    /* cells (a parameter that is a cell starts with its argument), frees */
    ;
    size_t ncell = gp_tuple_size(co->cellvars), nfree = gp_tuple_size(co->freevars);
    for (size_t i = 0; i < ncell; i++) {
        int a = co->cell2arg ? co->cell2arg[i] : -1;
        GpObject *cell = gp_cell_new(st, a >= 0 ? slots[a] : NULL);
        if (!cell)
            return -1;
        slots[co->nlocals + i] = cell;
    }
    for (size_t i = 0; i < nfree; i++)
        slots[co->nlocals + ncell + i] = gp_incref(gp_tuple_item(fn->closure, i));
    return 0;
#undef QUAL
}

/* ---- helpers for instructions ------------------------------------------------------------ */

/* Is v (held by the stack and by one variable) the value of the variable
 * that the next instruction stores to?  Then that variable lets go of it,
 * so an in-place operation may reuse v: a local's slot is emptied, a
 * name's dict entry holds None until the store (the entry keeps its place
 * in the dict's order). */
static int sole_variable(GpState *st, GpFrame *f, GpInstr store, GpObject *v)
{
    GpObject *ns, *name;
    switch (GP_OP(store)) {
    case GP_OP_STORE_FAST:
        if (f->slots[GP_ARG(store)] != v)
            return 0;
        f->slots[GP_ARG(store)] = NULL;
        gp_decref(st, v);
        return 1;
    case GP_OP_STORE_NAME:
    case GP_OP_STORE_GLOBAL:
        ns = GP_OP(store) == GP_OP_STORE_NAME && f->locals ? f->locals : f->globals;
        name = gp_tuple_item(f->code->names, GP_ARG(store));
        if (ns->type != gp_type(st, GP_T_DICT) || gp_dict_get(st, ns, name) != v)
            return 0;
        return gp_dict_set(st, ns, name, st->none) == 0;
    default:
        return 0;
    }
}

/* The code object's LOAD_GLOBAL cache, made on first use (in the text
 * area, beside the instructions), and its entry for name i; NULL when
 * there is no memory for it (the lookup just goes uncached). */
static GpGlobalCache *global_cache(GpState *st, GpCode *co, uint32_t i)
{
    size_t bytes = gp_tuple_size(co->names) * sizeof *co->gcache;
    co->gcache = gp_mem_alloc(st->text, bytes);
    if (!co->gcache)
        return NULL;
    memset(co->gcache, 0, bytes);
    return &co->gcache[i];
}

static GpObject *name_error(GpState *st, GpObject *name)
{
    char buf[256];
    gp_err_format(st, gp_type(st, GP_T_NAME_ERROR), "name '%s' is not defined",
                  utf8_of(name, buf, sizeof buf));
    return NULL;
}

static int store_subscript(GpState *st, GpObject *o, GpObject *key, GpObject *v)
{
    if (o->type->map && o->type->map->ass_subscript)
        return o->type->map->ass_subscript(st, o, key, v);
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                  v ? "'%s' object does not support item assignment"
                    : "'%s' object doesn't support item deletion", o->type->name);
    return -1;
}

static int contains(GpState *st, GpObject *container, GpObject *x)
{
    if (container->type->seq && container->type->seq->contains)
        return container->type->seq->contains(st, container, x);
    GpObject *it = gp_obj_iter(st, container);
    if (!it) {
        if (gp_err_matches(st, gp_type(st, GP_T_TYPE_ERROR))) {
            gp_err_clear(st);
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "argument of type '%s' is not iterable", container->type->name);
        }
        return -1;
    }
    int found = 0;
    GpObject *v;
    while (!found && (v = gp_iter_next(st, it))) {
        found = gp_obj_richcompare_bool(st, v, x, GP_EQ);
        gp_decref(st, v);
        if (found < 0)
            break;
    }
    gp_decref(st, it);
    if (found < 0 || gp_err_occurred(st))
        return -1;
    return found;
}

/* what `for` and * accept: an __iter__ or a sequence's item slot */
static int iterable(const GpObject *o)
{
    return o->type->iter || (o->type->seq && o->type->seq->item);
}

/* How CPython names a callable in call errors ("__main__.f", "math.sqrt",
 * "list.append", "len"): its qualified name after its module, unless that
 * is builtins. */
static const char *func_str(GpState *st, GpObject *func, char *buf, size_t cap)
{
    char qb[256], mb[128];
    GpObject *q, *m;    /* new references: their text may be their own data */
    if (func->type == gp_type(st, GP_T_FUNCTION)) {
        m = gp_dict_get_str(st, GP_FUNC(func)->globals, "__name__");
        gp_xincref(m);
        q = gp_incref(GP_FUNC(func)->qualname);
    } else {
        q = gp_obj_getattr_cstr(st, func, "__qualname__");
        m = q ? gp_obj_getattr_cstr(st, func, "__module__") : NULL;
        gp_err_clear(st);
    }
    const char *qual = q && q->type == gp_type(st, GP_T_STR) ? utf8_of(q, qb, sizeof qb)
                                                             : func->type->name;
    const char *mod = m && m->type == gp_type(st, GP_T_STR) ? utf8_of(m, mb, sizeof mb) : NULL;
    if (mod && strcmp(mod, "builtins"))
        snprintf(buf, cap, "%s.%s", mod, qual);
    else
        snprintf(buf, cap, "%s", qual);
    gp_xdecref(st, q);
    gp_xdecref(st, m);
    return buf;
}

/* f(a=1, **{"a": 2}): a keyword given twice is an error naming f as
 * CPython does ("__main__.f() got multiple values for keyword argument"). */
static int duplicate_keyword(GpState *st, GpObject *kwargs, GpObject *more, GpObject *func)
{
    size_t pos = 0;
    GpObject *k, *v;
    while (gp_dict_next(more, &pos, &k, &v)) {
        if (!gp_dict_get(st, kwargs, k)) {
            if (gp_err_occurred(st))
                return -1;
            continue;
        }
        char kb[256], fb[400];
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "%s() got multiple values for keyword argument '%s'",
                      func_str(st, func, fb, sizeof fb), utf8_of(k, kb, sizeof kb));
        return -1;
    }
    return 0;
}

static int unpack(GpState *st, GpObject *seq, size_t before, size_t after, int star,
                  GpObject **out)
{
    GpObject *it = gp_obj_iter(st, seq);
    if (!it) {
        if (gp_err_matches(st, gp_type(st, GP_T_TYPE_ERROR))) {
            gp_err_clear(st);
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "cannot unpack non-iterable %s object",
                          seq->type->name);
        }
        return -1;
    }
    size_t n = before + after + (size_t)star, got = 0;
    GpObject **items = out;   /* filled in order; the caller reverses */
    for (; got < before; got++) {
        GpObject *v = gp_iter_next(st, it);
        if (!v)
            goto short_;
        items[got] = v;
    }
    if (!star) {
        GpObject *extra = gp_iter_next(st, it);
        if (extra) {
            gp_decref(st, extra);
            gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                          "too many values to unpack (expected %zu)", before);
            goto fail;
        }
        if (gp_err_occurred(st))
            goto fail;
        gp_decref(st, it);
        return 0;
    }
    GpObject *rest = gp_list_new(st, 0);
    if (!rest)
        goto fail;
    GpObject *v;
    while ((v = gp_iter_next(st, it))) {
        int rc = gp_list_append(st, rest, v);
        gp_decref(st, v);
        if (rc) {
            gp_decref(st, rest);
            goto fail;
        }
    }
    if (gp_err_occurred(st) || gp_list_size(rest) < after) {
        if (!gp_err_occurred(st))
            gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                          "not enough values to unpack (expected at least %zu, got %zu)",
                          before + after, before + gp_list_size(rest));
        gp_decref(st, rest);
        goto fail;
    }
    size_t keep = gp_list_size(rest) - after;
    for (size_t i = 0; i < after; i++)
        items[before + 1 + i] = gp_incref(gp_list_item(rest, keep + i));
    for (size_t i = 0; i < after; i++)
        gp_decref(st, gp_list_pop(st, rest, -1));
    items[before] = rest;
    gp_decref(st, it);
    (void)n;
    return 0;
short_:
    if (!gp_err_occurred(st))
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                      star ? "not enough values to unpack (expected at least %zu, got %zu)"
                           : "not enough values to unpack (expected %zu, got %zu)",
                      star ? before + after : before, got);
fail:
    for (size_t i = 0; i < got; i++)
        gp_decref(st, items[i]);
    gp_decref(st, it);
    return -1;
}

/* str(), repr() or ascii() of v, then format(v, spec) */
static GpObject *format_value(GpState *st, GpObject *v, uint32_t flags, GpObject *spec)
{
    GpObject *conv = NULL;
    switch (flags & 3) {
    case 1: conv = gp_obj_str(st, v); break;
    case 2: conv = gp_obj_repr(st, v); break;
    case 3: conv = gp_builtin_ascii(st, v); break;
    default: conv = gp_incref(v); break;
    }
    if (!conv)
        return NULL;
    GpObject *r = gp_builtin_format(st, conv, spec);
    gp_decref(st, conv);
    return r;
}

static GpObject *raise_value(GpState *st, GpObject *exc, GpObject *cause)
{
    GpType *base = gp_type(st, GP_T_BASE_EXCEPTION);
    GpObject *inst = NULL;
    if (exc->type == gp_type(st, GP_T_TYPE) && gp_type_is_subtype((GpType *)exc, base))
        inst = gp_obj_call(st, exc, NULL, 0, NULL);
    else if (gp_obj_is_instance_of_type(exc, base))
        inst = gp_incref(exc);
    else
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "exceptions must derive from BaseException");
    if (!inst)
        return NULL;
    if (cause) {
        GpObject *c = NULL;
        if (cause == st->none) {
            c = NULL;
        } else if (cause->type == gp_type(st, GP_T_TYPE) &&
                   gp_type_is_subtype((GpType *)cause, base)) {
            c = gp_obj_call(st, cause, NULL, 0, NULL);
            if (!c) {
                gp_decref(st, inst);
                return NULL;
            }
        } else if (gp_obj_is_instance_of_type(cause, base)) {
            c = gp_incref(cause);
        } else {
            gp_decref(st, inst);
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "exception causes must derive from BaseException");
            return NULL;
        }
        GpException *e = (GpException *)inst;
        gp_xdecref(st, e->cause);
        e->cause = c;
        e->suppress_context = 1;
    }
    gp_err_set_instance(st, inst);
    return NULL;
}

/* ---- generators ----------------------------------------------------------------------------- */

/* A frame's pointers into itself, after its bytes moved from `from` to `to`. */
static void relocate(GpFrame *to, const GpFrame *from)
{
    to->sp = to->slots + (from->sp - from->slots);
    to->blocks = (GpBlock *)((char *)to + ((const char *)from->blocks - (const char *)from));
}

/* Take the running frame f off the stack area into the heap buffer, its
 * references moving with it (nothing is released). */
static void suspend(GpState *st, GpFrame *f, void *buf)
{
    memcpy(buf, f, f->bytes);
    relocate(buf, f);
    st->frame = f->prev;
    st->py_depth--;
    gp_stack_pop(st->img, f);
}

/* Calling a generator function makes the frame, binds the arguments, and
 * suspends it at once in a new generator. */
static GpObject *make_generator(GpState *st, GpFrame *f)
{
    void *buf = gp_mem_alloc(st->heap, f->bytes);
    if (!buf) {
        gp_err_nomemory(st);
        pop_frame(st, f);
        return NULL;
    }
    GpCode *co = f->code;
    GpObject *qual = f->func ? GP_FUNC(f->func)->qualname : co->qualname;
    size_t bytes = f->bytes;
    suspend(st, f, buf);
    GpObject *g = gp_gen_new(st, buf, bytes, co->name, qual);
    if (!g) {
        /* release what the frame holds */
        GpFrame *saved = buf;
        for (GpObject **p = saved->slots; p < saved->sp; p++)
            gp_xdecref(st, *p);
        gp_decref(st, GP_OBJ(saved->code));
        gp_xdecref(st, saved->func);
        gp_decref(st, saved->globals);
        gp_xdecref(st, saved->locals);
        gp_mem_free(st->heap, buf, bytes);
    }
    return g;
}

static GpObject *run(GpState *st, GpFrame *f, int throwing);

/* Run a generator until it yields (the value), returns (NULL, and
 * StopIteration with the value if it is not None) or raises. */
static GpObject *gen_send_ex(GpState *st, GpObject *gen, GpObject *value, GpObject *exc,
                             int delegate)
{
    GpGen *g = GP_GEN(gen);
    if (!g->frame) {
        if (exc)
            gp_err_set_instance(st, gp_incref(exc));
        return NULL;
    }
    if (g->running) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "generator already executing");
        return NULL;
    }
    GpFrame *saved = g->frame;
    int no_push = 0;
    if (exc && delegate && saved->ip > 0 && saved->ip < saved->code->ncode &&
        GP_OP(saved->code->code[saved->ip]) == GP_OP_YIELD_FROM &&
        saved->sp[-1]->type == gp_type(st, GP_T_GENERATOR)) {
        /* paused in `yield from inner`: the exception goes to inner first */
        GpObject *inner = saved->sp[-1];
        g->running = 1;
        GpObject *r = gen_send_ex(st, inner, NULL, exc, 1);
        g->running = 0;
        if (r)
            return r;               /* inner yielded again: we stay paused */
        if (gp_err_occurred(st) && !gp_err_matches(st, gp_type(st, GP_T_STOP_ITERATION))) {
            /* inner did not handle it: it continues in this generator */
            GpObject *e = gp_err_fetch(st);
            r = gen_send_ex(st, gen, NULL, e, 0);
            gp_decref(st, e);
            return r;
        }
        /* inner returned: its value is the value of the yield from */
        GpObject *result = st->none;
        if (gp_err_occurred(st)) {
            GpException *e = (GpException *)gp_err_fetch(st);
            if (gp_tuple_size(e->args))
                result = gp_tuple_item(e->args, 0);
            gp_incref(result);
            gp_decref(st, GP_OBJ(e));
        } else {
            gp_incref(result);
        }
        gp_decref(st, saved->sp[-1]);
        saved->sp[-1] = result;
        saved->ip++;
        exc = NULL;
        no_push = 1;
    }
    if (!exc && saved->ip == 0 && value != st->none) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "can't send non-None value to a just-started generator");
        return NULL;
    }
    if (st->py_depth >= st->recursion_limit || st->c_depth >= st->c_depth_limit) {
        gp_err_format(st, gp_type(st, GP_T_RECURSION_ERROR), "maximum recursion depth exceeded");
        return NULL;
    }
    GpFrame *f = gp_stack_push(st->img, g->bytes);
    if (!f) {
        gp_err_format(st, gp_type(st, GP_T_RECURSION_ERROR),
                      "maximum recursion depth exceeded (the stack area is full)");
        return NULL;
    }
    memcpy(f, saved, g->bytes);
    relocate(f, saved);
    f->prev = st->frame;
    f->entry = 1;
    f->gen = gen;
    st->frame = f;
    st->py_depth++;
    if (exc)
        gp_err_set_instance(st, gp_incref(exc));
    else if (f->ip > 0 && !no_push)
        *f->sp++ = gp_incref(value);   /* the value of the yield expression */
    /* the generator has its own "exception being handled": the one of the
     * handler it is paused in, else its caller's; the caller's comes back
     * when it yields or ends (CPython's gi_exc_state) */
    GpObject *caller_exc = st->exc_info ? gp_incref(st->exc_info) : NULL;
    for (int i = f->nblocks; i-- > 0;) {
        if (f->blocks[i].handler < 0) {
            set_exc_info(st, gp_incref(f->slots[f->nslots + f->blocks[i].level + 1]));
            break;
        }
    }
    g->running = 1;
    st->c_depth++;
    st->yielded = 0;
    GpObject *r = run(st, f, exc != NULL);
    st->c_depth--;
    g->running = 0;
    set_exc_info(st, caller_exc);
    if (st->yielded) {
        st->yielded = 0;
        return r;
    }
    /* finished: the frame ran to its end on the stack area and is gone */
    gp_mem_free(st->heap, g->frame, g->bytes);
    g->frame = NULL;
    if (r) {
        if (r != st->none)
            gp_err_set(st, gp_type(st, GP_T_STOP_ITERATION), r);
        gp_decref(st, r);
        return NULL;
    }
    if (gp_err_matches(st, gp_type(st, GP_T_STOP_ITERATION))) {
        /* PEP 479: a StopIteration escaping a generator is a bug */
        GpObject *cause = gp_err_fetch(st);
        gp_err_format(st, gp_type(st, GP_T_RUNTIME_ERROR), "generator raised StopIteration");
        GpException *e = (GpException *)st->exc;
        if (e) {
            e->cause = gp_incref(cause);
            e->context = cause;
            e->suppress_context = 1;
        } else {
            gp_decref(st, cause);
        }
    }
    return NULL;
}

static GpObject *gen_resume(GpState *st, GpObject *gen, GpObject *value)
{
    return gen_send_ex(st, gen, value, NULL, 1);
}

static GpObject *gen_throw(GpState *st, GpObject *gen, GpObject *exc)
{
    return gen_send_ex(st, gen, NULL, exc, 1);
}

/* gen.close(): GeneratorExit at the yield; the generator must not yield
 * again.  0, or -1 with an exception pending. */
static int gen_close(GpState *st, GpObject *gen)
{
    GpGen *g = GP_GEN(gen);
    if (!g->frame)
        return 0;
    GpObject *exit = gp_exc_new(st, gp_type(st, GP_T_GENERATOR_EXIT), NULL);
    if (!exit)
        return -1;
    GpObject *r = gen_send_ex(st, gen, NULL, exit, 1);
    gp_decref(st, exit);
    if (r) {
        gp_decref(st, r);
        gp_err_format(st, gp_type(st, GP_T_RUNTIME_ERROR), "generator ignored GeneratorExit");
        return -1;
    }
    if (gp_err_matches(st, gp_type(st, GP_T_GENERATOR_EXIT)) ||
        gp_err_matches(st, gp_type(st, GP_T_STOP_ITERATION)))
        gp_err_clear(st);
    return gp_err_occurred(st) ? -1 : 0;
}

/* ---- the loop ------------------------------------------------------------------------------ */

static GpObject *run(GpState *st, GpFrame *f, int throwing);

/* Call a function object from C (or a C function): an entry frame. */
static GpObject *function_call(GpState *st, GpObject *callable, GpObject *const *args,
                               size_t nargs, GpObject *kwnames)
{
    GpFunction *fn = GP_FUNC(callable);
    GpFrame *f = push_frame(st, (GpCode *)fn->code, callable, fn->globals, NULL);
    if (!f)
        return NULL;
    f->entry = 1;
    if (bind_args(st, f, fn, args, nargs, kwnames)) {
        pop_frame(st, f);
        return NULL;
    }
    if (((GpCode *)fn->code)->flags & GP_CO_GENERATOR)
        return make_generator(st, f);
    if (st->c_depth >= st->c_depth_limit) {
        pop_frame(st, f);
        gp_err_format(st, gp_type(st, GP_T_RECURSION_ERROR), "maximum recursion depth exceeded");
        return NULL;
    }
    st->c_depth++;
    GpObject *r = run(st, f, 0);
    st->c_depth--;
    return r;
}

GpObject *gp_eval_module(GpState *st, GpObject *code, GpObject *globals)
{
    return gp_eval_code(st, code, globals, globals);
}

GpObject *gp_eval_code(GpState *st, GpObject *code, GpObject *globals, GpObject *locals)
{
    GpFrame *f = push_frame(st, (GpCode *)code, NULL, globals, locals);
    if (!f)
        return NULL;
    f->entry = 1;
    return run(st, f, 0);
}

int gp_vm_init(GpState *st)
{
    gp_type(st, GP_T_FUNCTION)->call = function_call;
    st->gen_resume = gen_resume;
    st->gen_throw = gen_throw;
    st->gen_close = gen_close;
    gp_state_push_area(st, st->globals);
    st->modules = gp_dict_new(st);
    st->interned = gp_dict_new(st);
    gp_state_pop_area(st);
    if (!st->modules || !st->interned)
        return -1;
    return gp_builtins_init(st);
}

/* The running frame's stack pointer and next instruction live in locals
 * (registers) while it runs; SAVE puts them into the frame before anything
 * that reads them there (switching frames, popping or suspending the
 * frame), LOAD takes them back. */
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define SAVE() (f->sp = sp, f->ip = (size_t)(next - co->code))
#define LOAD() (sp = f->sp, next = co->code + f->ip)
#define JUMP(to) (next = co->code + (to))
#define LASTI() ((size_t)(next - co->code) - 1)    /* the running instruction */
#define NAME(i) gp_tuple_item(co->names, (i))

/*
 * Dispatch: computed goto where the compiler has it (each instruction ends
 * with its own jump to the next one's code, which the CPU predicts far
 * better than one shared switch), a switch otherwise.  GP_NO_COMPUTED_GOTO
 * forces the switch; the sanitizer build uses it, so both are tested.
 */
#if defined(__GNUC__) && !defined(GP_NO_COMPUTED_GOTO)
#define GP_COMPUTED_GOTO 1
#define SWITCH goto *targets[GP_OP(instr)];
#define TARGET(op) op_##op:
#define DEFAULT_TARGET op_default
#define DISPATCH()                                                                         \
    do {                                                                                   \
        instr = *next++;                                                                   \
        arg = GP_ARG(instr);                                                               \
        goto *targets[GP_OP(instr)];                                                       \
    } while (0)
#else
#define GP_COMPUTED_GOTO 0
#define SWITCH switch (GP_OP(instr))
#define TARGET(op) case GP_OP_##op:
#define DEFAULT_TARGET default
#define DISPATCH() break
#endif

static GpObject *run(GpState *st, GpFrame *f, int throwing)
{
    GpCode *co = f->code;
    GpObject *v, *w, *x;
    double dres;
    GpType *const int_type = gp_type(st, GP_T_INT);
    GpType *const str_type = gp_type(st, GP_T_STR);
    GpType *const list_type = gp_type(st, GP_T_LIST);
    GpType *const tuple_type = gp_type(st, GP_T_TUPLE);
#if GP_COMPUTED_GOTO
    /* one indirect jump per instruction, from the end of the one before */
    static void *targets[GP_OP_COUNT];
    if (!targets[0]) {
        for (int i = 0; i < GP_OP_COUNT; i++)
            targets[i] = &&op_default;
        targets[GP_OP_NOP] = &&op_NOP;
        targets[GP_OP_POP_TOP] = &&op_POP_TOP;
        targets[GP_OP_ROT_TWO] = &&op_ROT_TWO;
        targets[GP_OP_ROT_THREE] = &&op_ROT_THREE;
        targets[GP_OP_ROT_FOUR] = &&op_ROT_FOUR;
        targets[GP_OP_DUP_TOP] = &&op_DUP_TOP;
        targets[GP_OP_DUP_TOP_TWO] = &&op_DUP_TOP_TWO;
        targets[GP_OP_UNARY_POSITIVE] = &&op_UNARY_POSITIVE;
        targets[GP_OP_UNARY_NEGATIVE] = &&op_UNARY_NEGATIVE;
        targets[GP_OP_UNARY_INVERT] = &&op_UNARY_INVERT;
        targets[GP_OP_UNARY_NOT] = &&op_UNARY_NOT;
        targets[GP_OP_BINARY_OP] = &&op_BINARY_OP;
        targets[GP_OP_BINARY_SUBSCR] = &&op_BINARY_SUBSCR;
        targets[GP_OP_STORE_SUBSCR] = &&op_STORE_SUBSCR;
        targets[GP_OP_DELETE_SUBSCR] = &&op_DELETE_SUBSCR;
        targets[GP_OP_COMPARE_OP] = &&op_COMPARE_OP;
        targets[GP_OP_IS_OP] = &&op_IS_OP;
        targets[GP_OP_CONTAINS_OP] = &&op_CONTAINS_OP;
        targets[GP_OP_GET_ITER] = &&op_GET_ITER;
        targets[GP_OP_FOR_ITER] = &&op_FOR_ITER;
        targets[GP_OP_LOAD_CONST] = &&op_LOAD_CONST;
        targets[GP_OP_LOAD_NAME] = &&op_LOAD_NAME;
        targets[GP_OP_LOAD_GLOBAL] = &&op_LOAD_GLOBAL;
        targets[GP_OP_STORE_NAME] = &&op_STORE_NAME;
        targets[GP_OP_STORE_GLOBAL] = &&op_STORE_GLOBAL;
        targets[GP_OP_DELETE_NAME] = &&op_DELETE_NAME;
        targets[GP_OP_DELETE_GLOBAL] = &&op_DELETE_GLOBAL;
        targets[GP_OP_LOAD_FAST] = &&op_LOAD_FAST;
        targets[GP_OP_STORE_FAST] = &&op_STORE_FAST;
        targets[GP_OP_DELETE_FAST] = &&op_DELETE_FAST;
        targets[GP_OP_LOAD_DEREF] = &&op_LOAD_DEREF;
        targets[GP_OP_LOAD_CLASSDEREF] = &&op_LOAD_CLASSDEREF;
        targets[GP_OP_STORE_DEREF] = &&op_STORE_DEREF;
        targets[GP_OP_DELETE_DEREF] = &&op_DELETE_DEREF;
        targets[GP_OP_LOAD_CLOSURE] = &&op_LOAD_CLOSURE;
        targets[GP_OP_LOAD_ATTR] = &&op_LOAD_ATTR;
        targets[GP_OP_STORE_ATTR] = &&op_STORE_ATTR;
        targets[GP_OP_DELETE_ATTR] = &&op_DELETE_ATTR;
        targets[GP_OP_LOAD_METHOD] = &&op_LOAD_METHOD;
        targets[GP_OP_CALL_METHOD] = &&op_CALL_METHOD;
        targets[GP_OP_CALL_FUNCTION] = &&op_CALL_FUNCTION;
        targets[GP_OP_CALL_FUNCTION_KW] = &&op_CALL_FUNCTION_KW;
        targets[GP_OP_CALL_FUNCTION_EX] = &&op_CALL_FUNCTION_EX;
        targets[GP_OP_MAKE_FUNCTION] = &&op_MAKE_FUNCTION;
        targets[GP_OP_RETURN_VALUE] = &&op_RETURN_VALUE;
        targets[GP_OP_BUILD_TUPLE] = &&op_BUILD_TUPLE;
        targets[GP_OP_BUILD_LIST] = &&op_BUILD_LIST;
        targets[GP_OP_BUILD_SET] = &&op_BUILD_SET;
        targets[GP_OP_BUILD_MAP] = &&op_BUILD_MAP;
        targets[GP_OP_BUILD_CONST_KEY_MAP] = &&op_BUILD_CONST_KEY_MAP;
        targets[GP_OP_BUILD_SLICE] = &&op_BUILD_SLICE;
        targets[GP_OP_BUILD_STRING] = &&op_BUILD_STRING;
        targets[GP_OP_LIST_APPEND] = &&op_LIST_APPEND;
        targets[GP_OP_SET_ADD] = &&op_SET_ADD;
        targets[GP_OP_MAP_ADD] = &&op_MAP_ADD;
        targets[GP_OP_LIST_EXTEND] = &&op_LIST_EXTEND;
        targets[GP_OP_SET_UPDATE] = &&op_SET_UPDATE;
        targets[GP_OP_DICT_UPDATE] = &&op_DICT_UPDATE;
        targets[GP_OP_DICT_MERGE] = &&op_DICT_MERGE;
        targets[GP_OP_LIST_TO_TUPLE] = &&op_LIST_TO_TUPLE;
        targets[GP_OP_UNPACK_SEQUENCE] = &&op_UNPACK_SEQUENCE;
        targets[GP_OP_UNPACK_EX] = &&op_UNPACK_EX;
        targets[GP_OP_JUMP_FORWARD] = &&op_JUMP_FORWARD;
        targets[GP_OP_JUMP_ABSOLUTE] = &&op_JUMP_ABSOLUTE;
        targets[GP_OP_POP_JUMP_IF_FALSE] = &&op_POP_JUMP_IF_FALSE;
        targets[GP_OP_POP_JUMP_IF_TRUE] = &&op_POP_JUMP_IF_TRUE;
        targets[GP_OP_JUMP_IF_FALSE_OR_POP] = &&op_JUMP_IF_FALSE_OR_POP;
        targets[GP_OP_JUMP_IF_TRUE_OR_POP] = &&op_JUMP_IF_TRUE_OR_POP;
        targets[GP_OP_FORMAT_VALUE] = &&op_FORMAT_VALUE;
        targets[GP_OP_RAISE_VARARGS] = &&op_RAISE_VARARGS;
        targets[GP_OP_SETUP_FINALLY] = &&op_SETUP_FINALLY;
        targets[GP_OP_POP_BLOCK] = &&op_POP_BLOCK;
        targets[GP_OP_POP_EXCEPT] = &&op_POP_EXCEPT;
        targets[GP_OP_RERAISE] = &&op_RERAISE;
        targets[GP_OP_JUMP_IF_NOT_EXC_MATCH] = &&op_JUMP_IF_NOT_EXC_MATCH;
        targets[GP_OP_IMPORT_NAME] = &&op_IMPORT_NAME;
        targets[GP_OP_IMPORT_FROM] = &&op_IMPORT_FROM;
        targets[GP_OP_IMPORT_STAR] = &&op_IMPORT_STAR;
        targets[GP_OP_PRINT_EXPR] = &&op_PRINT_EXPR;
        targets[GP_OP_LOAD_ASSERTION_ERROR] = &&op_LOAD_ASSERTION_ERROR;
        targets[GP_OP_SETUP_ANNOTATIONS] = &&op_SETUP_ANNOTATIONS;
        targets[GP_OP_YIELD_VALUE] = &&op_YIELD_VALUE;
        targets[GP_OP_GET_YIELD_FROM_ITER] = &&op_GET_YIELD_FROM_ITER;
        targets[GP_OP_YIELD_FROM] = &&op_YIELD_FROM;
    }
#endif
    GpInstr instr;
    uint32_t arg;
    GpObject **sp;
    const GpInstr *next;
    LOAD();
    if (throwing)
        goto error;   /* gen.throw(): the exception appears at the yield */
    for (;;) {
        instr = *next++;
        arg = GP_ARG(instr);
        SWITCH {
        TARGET(NOP)
            DISPATCH();
        TARGET(POP_TOP)
            gp_decref(st, POP());
            DISPATCH();
        TARGET(ROT_TWO)
            v = TOP();
            TOP() = PEEK(2);
            PEEK(2) = v;
            DISPATCH();
        TARGET(ROT_THREE)
            v = TOP();
            TOP() = PEEK(2);
            PEEK(2) = PEEK(3);
            PEEK(3) = v;
            DISPATCH();
        TARGET(ROT_FOUR)
            v = TOP();
            TOP() = PEEK(2);
            PEEK(2) = PEEK(3);
            PEEK(3) = PEEK(4);
            PEEK(4) = v;
            DISPATCH();
        TARGET(DUP_TOP)
            v = TOP();
            PUSH(gp_incref(v));
            DISPATCH();
        TARGET(DUP_TOP_TWO)
            v = PEEK(2);
            w = TOP();
            PUSH(gp_incref(v));
            PUSH(gp_incref(w));
            DISPATCH();
        TARGET(UNARY_POSITIVE)
        TARGET(UNARY_NEGATIVE)
        TARGET(UNARY_INVERT)
            v = TOP();
            x = gp_num_unary(st, v, GP_OP(instr) == GP_OP_UNARY_POSITIVE ? GP_NB_POS
                                    : GP_OP(instr) == GP_OP_UNARY_NEGATIVE ? GP_NB_NEG
                                                                          : GP_NB_INVERT);
            if (!x)
                goto error;
            gp_decref(st, v);
            TOP() = x;
            DISPATCH();
        TARGET(UNARY_NOT) {
            v = TOP();
            int t = gp_obj_truth(st, v);
            if (t < 0)
                goto error;
            gp_decref(st, v);
            TOP() = gp_incref(t ? st->false_ : st->true_);
            DISPATCH();
        }
        TARGET(BINARY_OP)
            w = TOP();
            v = PEEK(2);
            /* the common case first: two word-sized ints */
            if (v->type == int_type && w->type == int_type && gp_int_is_small(v) &&
                gp_int_is_small(w)) {
                int64_t a = GP_INT(v)->u.s.v, b = GP_INT(w)->u.s.v, r;
                int op = (int)(arg & 0x7f), done = 0;
                if (op == GP_NB_ADD)
                    done = !__builtin_add_overflow(a, b, &r);
                else if (op == GP_NB_SUB)
                    done = !__builtin_sub_overflow(a, b, &r);
                else if (op == GP_NB_MUL)
                    done = !__builtin_mul_overflow(a, b, &r);
                if (done) {
                    x = gp_int_from_i64(st, r);
                    goto binary_done;
                }
            }
            /* s += t where s is a variable nothing else refers to: grow s
             * in place instead of copying it (building a string in a loop
             * stays linear), as CPython's unicode_concatenate */
            if (arg == (GP_NB_ADD | GP_BINOP_INPLACE) && v->type == str_type &&
                w->type == str_type && gp_refcount(v) == 2 && sole_variable(st, f, *next, v)) {
                /* the stack's reference is now the only one */
                x = gp_str_append(st, v, w);
                sp--;
                gp_decref(st, w);
                if (!x) {
                    TOP() = NULL;
                    sp--;
                    goto error;
                }
                TOP() = x;
                DISPATCH();
            }
            if (gp_float_binary_fast(st, v, w, (int)(arg & 0x7f), &dres)) {
                x = gp_float_result(st, v, w, dres);
                goto binary_done;
            }
            x = arg & GP_BINOP_INPLACE ? gp_num_inplace(st, v, w, (int)(arg & 0x7f))
                                       : gp_num_binary(st, v, w, (int)(arg & 0x7f));
        binary_done:
            if (!x)
                goto error;
            sp--;
            gp_decref(st, v);
            gp_decref(st, w);
            TOP() = x;
            DISPATCH();
        TARGET(BINARY_SUBSCR)
            w = TOP();
            v = PEEK(2);
            /* a list or tuple indexed by a word-sized int in range */
            if ((v->type == list_type || v->type == tuple_type) && w->type == int_type &&
                gp_int_is_small(w)) {
                int64_t i = GP_INT(w)->u.s.v, n = (int64_t)((GpVarObject *)v)->size;
                if (i < 0)
                    i += n;
                if (i >= 0 && i < n) {
                    x = gp_incref(v->type == list_type ? GP_LIST(v)->items[i]
                                                       : gp_tuple_item(v, (size_t)i));
                    goto subscr_done;
                }
            }
            x = gp_obj_getitem(st, v, w);
            if (!x)
                goto error;
        subscr_done:
            sp--;
            gp_decref(st, v);
            gp_decref(st, w);
            TOP() = x;
            DISPATCH();
        TARGET(STORE_SUBSCR)
            w = TOP();
            v = PEEK(2);
            /* list[i] = x with a word-sized int in range */
            if (v->type == list_type && w->type == int_type && gp_int_is_small(w)) {
                int64_t i = GP_INT(w)->u.s.v, n = (int64_t)((GpVarObject *)v)->size;
                if (i < 0)
                    i += n;
                if (i >= 0 && i < n) {
                    x = GP_LIST(v)->items[i];
                    GP_LIST(v)->items[i] = PEEK(3);     /* the stack's reference */
                    sp -= 3;
                    gp_decref(st, w);
                    gp_decref(st, v);
                    gp_decref(st, x);
                    DISPATCH();
                }
            }
            if (store_subscript(st, PEEK(2), TOP(), PEEK(3)))
                goto error;
            for (int i = 0; i < 3; i++)
                gp_decref(st, POP());
            DISPATCH();
        TARGET(DELETE_SUBSCR)
            if (store_subscript(st, PEEK(2), TOP(), NULL))
                goto error;
            gp_decref(st, POP());
            gp_decref(st, POP());
            DISPATCH();
        TARGET(COMPARE_OP)
            w = TOP();
            v = PEEK(2);
            if (v->type == int_type && w->type == int_type && gp_int_is_small(v) &&
                gp_int_is_small(w)) {
                int64_t a = GP_INT(v)->u.s.v, b = GP_INT(w)->u.s.v;
                x = gp_obj_compare_result(st, a < b ? -1 : a > b, (int)arg);
            } else {
                x = gp_obj_richcompare(st, v, w, (int)arg);
            }
            if (!x)
                goto error;
            sp--;
            gp_decref(st, v);
            gp_decref(st, w);
            TOP() = x;
            DISPATCH();
        TARGET(IS_OP)
            w = POP();
            v = TOP();
            TOP() = gp_incref(((v == w) ^ (int)arg) ? st->true_ : st->false_);
            gp_decref(st, v);
            gp_decref(st, w);
            DISPATCH();
        TARGET(CONTAINS_OP) {
            w = TOP();
            v = PEEK(2);
            int r = contains(st, w, v);
            if (r < 0)
                goto error;
            sp--;
            gp_decref(st, v);
            gp_decref(st, w);
            TOP() = gp_incref((r ^ (int)arg) ? st->true_ : st->false_);
            DISPATCH();
        }
        TARGET(GET_ITER)
            v = TOP();
            x = gp_obj_iter(st, v);
            if (!x)
                goto error;
            gp_decref(st, v);
            TOP() = x;
            DISPATCH();
        TARGET(FOR_ITER)
            x = gp_iter_next(st, TOP());
            if (x) {
                PUSH(x);
                DISPATCH();
            }
            if (gp_err_occurred(st))
                goto error;
            gp_decref(st, POP());
            JUMP(arg);
            DISPATCH();
        TARGET(LOAD_CONST)
            PUSH(gp_incref(gp_tuple_item(co->consts, arg)));
            DISPATCH();
        TARGET(LOAD_NAME)
        TARGET(LOAD_GLOBAL) {
            GpObject *name = NAME(arg);
            GpGlobalCache *cache = NULL;
            if (GP_OP(instr) == GP_OP_LOAD_GLOBAL) {
                /* the value found last time, while neither dict changed */
                cache = co->gcache ? &co->gcache[arg] : global_cache(st, co, arg);
                if (cache && cache->globals_version == GP_DICT(f->globals)->version &&
                    cache->builtins_version == GP_DICT(st->builtins)->version) {
                    PUSH(gp_incref(cache->value));
                    DISPATCH();
                }
            }
            x = NULL;
            if (GP_OP(instr) == GP_OP_LOAD_NAME && f->locals && f->locals != f->globals)
                x = gp_dict_get(st, f->locals, name);
            if (!x && !gp_err_occurred(st))
                x = gp_dict_get(st, f->globals, name);
            if (!x && !gp_err_occurred(st))
                x = gp_dict_get(st, st->builtins, name);
            if (!x) {
                if (!gp_err_occurred(st))
                    name_error(st, name);
                goto error;
            }
            if (cache) {
                cache->globals_version = GP_DICT(f->globals)->version;
                cache->builtins_version = GP_DICT(st->builtins)->version;
                cache->value = x;
            }
            PUSH(gp_incref(x));
            DISPATCH();
        }
        TARGET(STORE_NAME)
        TARGET(STORE_GLOBAL)
            v = TOP();
            if (gp_dict_set(st, GP_OP(instr) == GP_OP_STORE_NAME && f->locals ? f->locals
                                                                              : f->globals,
                            NAME(arg), v))
                goto error;
            sp--;
            gp_decref(st, v);
            DISPATCH();
        TARGET(DELETE_NAME)
        TARGET(DELETE_GLOBAL) {
            GpObject *ns = GP_OP(instr) == GP_OP_DELETE_NAME && f->locals ? f->locals
                                                                          : f->globals;
            GpObject *name = NAME(arg);
            if (!gp_dict_get(st, ns, name)) {
                if (!gp_err_occurred(st))
                    name_error(st, name);
                goto error;
            }
            if (gp_dict_del(st, ns, name))
                goto error;
            DISPATCH();
        }
        TARGET(LOAD_FAST)
            v = f->slots[arg];
            if (!v) {
                char buf[256];
                gp_err_format(st, gp_type(st, GP_T_UNBOUND_LOCAL_ERROR),
                              "cannot access local variable '%s' where it is not associated with a value",
                              utf8_of(gp_tuple_item(co->varnames, arg), buf, sizeof buf));
                goto error;
            }
            PUSH(gp_incref(v));
            DISPATCH();
        TARGET(STORE_FAST)
            v = POP();
            x = f->slots[arg];
            f->slots[arg] = v;
            gp_xdecref(st, x);
            DISPATCH();
        TARGET(DELETE_FAST)
            x = f->slots[arg];
            if (!x) {
                char buf[256];
                gp_err_format(st, gp_type(st, GP_T_UNBOUND_LOCAL_ERROR),
                              "cannot access local variable '%s' where it is not associated with a value",
                              utf8_of(gp_tuple_item(co->varnames, arg), buf, sizeof buf));
                goto error;
            }
            f->slots[arg] = NULL;
            gp_decref(st, x);
            DISPATCH();
        TARGET(LOAD_DEREF)
        TARGET(LOAD_CLASSDEREF) {
            GpObject *cell = f->slots[co->nlocals + arg];
            v = GP_CELL(cell)->ref;
            if (!v) {
                size_t ncell = gp_tuple_size(co->cellvars);
                char buf[256];
                if (arg < ncell)
                    gp_err_format(st, gp_type(st, GP_T_UNBOUND_LOCAL_ERROR),
                                  "cannot access local variable '%s' where it is not associated with a value",
                                  utf8_of(gp_tuple_item(co->cellvars, arg), buf, sizeof buf));
                else
                    gp_err_format(st, gp_type(st, GP_T_NAME_ERROR),
                                  "cannot access free variable '%s' where it is not associated "
                                  "with a value in enclosing scope",
                                  utf8_of(gp_tuple_item(co->freevars, arg - ncell), buf,
                                          sizeof buf));
                goto error;
            }
            PUSH(gp_incref(v));
            DISPATCH();
        }
        TARGET(STORE_DEREF) {
            GpObject *cell = f->slots[co->nlocals + arg];
            v = POP();
            x = GP_CELL(cell)->ref;
            GP_CELL(cell)->ref = v;
            gp_xdecref(st, x);
            DISPATCH();
        }
        TARGET(DELETE_DEREF) {
            GpObject *cell = f->slots[co->nlocals + arg];
            x = GP_CELL(cell)->ref;
            GP_CELL(cell)->ref = NULL;
            gp_xdecref(st, x);
            DISPATCH();
        }
        TARGET(LOAD_CLOSURE)
            PUSH(gp_incref(f->slots[co->nlocals + arg]));
            DISPATCH();
        TARGET(LOAD_ATTR)
            v = TOP();
            x = gp_obj_getattr(st, v, NAME(arg));
            if (!x)
                goto error;
            gp_decref(st, v);
            TOP() = x;
            DISPATCH();
        TARGET(STORE_ATTR)
        TARGET(DELETE_ATTR) {
            int store = GP_OP(instr) == GP_OP_STORE_ATTR;
            if (gp_obj_setattr(st, TOP(), NAME(arg), store ? PEEK(2) : NULL))
                goto error;
            gp_decref(st, POP());
            if (store)
                gp_decref(st, POP());
            DISPATCH();
        }
        TARGET(LOAD_METHOD) {
            /* [method descriptor, self] when the type has the method, so
             * CALL_METHOD passes self first; else [NULL, attribute] */
            int unbound;
            v = TOP();
            x = gp_obj_getmethod(st, v, NAME(arg), &unbound);
            if (!x)
                goto error;
            if (unbound) {
                TOP() = x;
                PUSH(v);
            } else {
                gp_decref(st, v);
                TOP() = NULL;
                PUSH(x);
            }
            DISPATCH();
        }
        TARGET(CALL_METHOD)
        TARGET(CALL_FUNCTION)
        TARGET(CALL_FUNCTION_KW) {
            GpObject *kwnames = NULL;
            size_t n = arg;
            if (GP_OP(instr) == GP_OP_CALL_FUNCTION_KW)
                kwnames = POP();
            GpObject **args = sp - n;
            GpObject *callable = args[-1];
            size_t npos = n - (kwnames ? gp_tuple_size(kwnames) : 0);
            size_t extra = GP_OP(instr) == GP_OP_CALL_METHOD;   /* the slot below */
            if (extra && args[-2]) {
                /* LOAD_METHOD's [descriptor, self]: self is the first argument */
                callable = args[-2];
                args--;
                npos++;
            }
            if (callable->type == gp_type(st, GP_T_FUNCTION)) {
                /* Python to Python: a new frame, no C recursion */
                GpFunction *fn = GP_FUNC(callable);
                GpFrame *nf = push_frame(st, (GpCode *)fn->code, callable, fn->globals, NULL);
                if (!nf || bind_args(st, nf, fn, args, npos, kwnames)) {
                    if (nf)
                        pop_frame(st, nf);
                    gp_xdecref(st, kwnames);
                    goto error;
                }
                gp_xdecref(st, kwnames);
                if (nf->code->flags & GP_CO_GENERATOR) {
                    x = make_generator(st, nf);
                    if (!x)
                        goto error;
                    for (size_t i = 0; i <= n; i++)
                        gp_decref(st, POP());
                    if (extra)
                        gp_xdecref(st, POP());
                    PUSH(x);
                    DISPATCH();
                }
                for (size_t i = 0; i <= n; i++)
                    gp_decref(st, POP());
                if (extra)
                    gp_xdecref(st, POP());
                SAVE();
                f = nf;
                co = f->code;
                LOAD();
                DISPATCH();
            }
            x = gp_obj_call(st, callable, args, npos, kwnames);
            gp_xdecref(st, kwnames);
            if (!x)
                goto error;
            for (size_t i = 0; i <= n; i++)
                gp_decref(st, POP());
            if (extra)
                gp_xdecref(st, POP());
            PUSH(x);
            DISPATCH();
        }
        TARGET(CALL_FUNCTION_EX) {
            GpObject *kw = (arg & 1) ? POP() : NULL;
            GpObject *posargs = POP();
            GpObject *callable = TOP();
            if (posargs->type != gp_type(st, GP_T_TUPLE)) {
                /* f(*x): x as it is, made a tuple here */
                x = iterable(posargs) ? gp_tuple_from_iterable(st, posargs) : NULL;
                if (!x) {
                    char fb[400];
                    if (!iterable(posargs))
                        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                                      "%s() argument after * must be an iterable, not %s",
                                      func_str(st, callable, fb, sizeof fb),
                                      posargs->type->name);
                    gp_decref(st, posargs);
                    gp_xdecref(st, kw);
                    goto error;
                }
                gp_decref(st, posargs);
                posargs = x;
            }
            size_t np = gp_tuple_size(posargs), nk = kw ? gp_dict_size(kw) : 0;
            GpObject *kwnames = NULL, **all = NULL;
            if (nk) {
                kwnames = gp_tuple_new(st, nk);
                all = gp_mem_alloc(st->heap, (np + nk) * sizeof *all);
                if (!kwnames || !all) {
                    if (!all)
                        gp_err_nomemory(st);
                    gp_xdecref(st, kwnames);
                    gp_decref(st, posargs);
                    gp_decref(st, kw);
                    goto error;
                }
                size_t pos = 0, k = 0;
                GpObject *key, *val;
                while (gp_dict_next(kw, &pos, &key, &val)) {
                    if (!gp_obj_is_instance_of_type(key, gp_type(st, GP_T_STR))) {
                        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                                      "keywords must be strings");
                        break;
                    }
                    ((GpTuple *)kwnames)->items[k] = gp_incref(key);
                    all[np + k++] = val;
                }
                if (k < nk) {
                    gp_mem_free(st->heap, all, (np + nk) * sizeof *all);
                    gp_decref(st, kwnames);
                    gp_decref(st, posargs);
                    gp_decref(st, kw);
                    goto error;
                }
                for (size_t i = 0; i < np; i++)
                    all[i] = gp_tuple_item(posargs, i);
            }
            x = gp_obj_call(st, callable, nk ? all : ((GpTuple *)posargs)->items, np, kwnames);
            if (all)
                gp_mem_free(st->heap, all, (np + nk) * sizeof *all);
            gp_xdecref(st, kwnames);
            gp_decref(st, posargs);
            gp_xdecref(st, kw);
            if (!x)
                goto error;
            gp_decref(st, POP());
            PUSH(x);
            DISPATCH();
        }
        TARGET(MAKE_FUNCTION) {
            GpObject *qualname = POP(), *code = POP();
            GpObject *fn = gp_function_new(st, code, f->globals, qualname);
            gp_decref(st, qualname);
            gp_decref(st, code);
            if (!fn)
                goto error;
            if (arg & 8)
                GP_FUNC(fn)->closure = POP();
            if (arg & 4)
                gp_decref(st, POP());   /* annotations are not kept yet */
            if (arg & 2)
                GP_FUNC(fn)->kwdefaults = POP();
            if (arg & 1)
                GP_FUNC(fn)->defaults = POP();
            PUSH(fn);
            DISPATCH();
        }
        TARGET(RETURN_VALUE) {
            v = POP();
            SAVE();
            if (f->entry) {
                pop_frame(st, f);
                return v;
            }
            GpFrame *caller = f->prev;
            pop_frame(st, f);
            f = caller;
            co = f->code;
            LOAD();
            PUSH(v);
            DISPATCH();
        }
        TARGET(BUILD_TUPLE)
            x = gp_tuple_new(st, arg);
            if (!x)
                goto error;
            for (uint32_t i = arg; i-- > 0;)
                ((GpTuple *)x)->items[i] = POP();
            PUSH(x);
            DISPATCH();
        TARGET(BUILD_LIST)
            x = gp_list_new(st, arg);
            if (!x)
                goto error;
            for (uint32_t i = arg; i-- > 0;)
                gp_list_init_item(x, i, POP());
            PUSH(x);
            DISPATCH();
        TARGET(BUILD_SET)
            x = gp_set_new(st, NULL);
            if (!x)
                goto error;
            for (uint32_t i = arg; i > 0; i--)
                if (gp_set_add(st, x, PEEK(i))) {
                    gp_decref(st, x);
                    goto error;
                }
            for (uint32_t i = 0; i < arg; i++)
                gp_decref(st, POP());
            PUSH(x);
            DISPATCH();
        TARGET(BUILD_MAP)
            x = gp_dict_new_presized(st, arg);
            if (!x)
                goto error;
            for (uint32_t i = arg; i > 0; i--)
                if (gp_dict_set(st, x, PEEK(2 * i), PEEK(2 * i - 1))) {
                    gp_decref(st, x);
                    goto error;
                }
            for (uint32_t i = 0; i < 2 * arg; i++)
                gp_decref(st, POP());
            PUSH(x);
            DISPATCH();
        TARGET(BUILD_CONST_KEY_MAP) {
            GpObject *keys = TOP();
            x = gp_dict_new_presized(st, arg);
            if (!x)
                goto error;
            for (uint32_t i = 0; i < arg; i++)
                if (gp_dict_set(st, x, gp_tuple_item(keys, i), PEEK(1 + arg - i))) {
                    gp_decref(st, x);
                    goto error;
                }
            for (uint32_t i = 0; i <= arg; i++)
                gp_decref(st, POP());
            PUSH(x);
            DISPATCH();
        }
        TARGET(BUILD_SLICE) {
            GpObject *step = arg == 3 ? POP() : NULL;
            w = POP();
            v = TOP();
            x = gp_slice_new(st, v, w, step);
            gp_decref(st, w);
            gp_xdecref(st, step);
            if (!x)
                goto error;
            gp_decref(st, v);
            TOP() = x;
            DISPATCH();
        }
        TARGET(BUILD_STRING) {
            GpStrBuf b;
            gp_strbuf_init(&b, st);
            for (uint32_t i = arg; i > 0; i--)
                gp_strbuf_add_str(&b, PEEK(i));
            x = gp_strbuf_finish(&b);
            if (!x)
                goto error;
            for (uint32_t i = 0; i < arg; i++)
                gp_decref(st, POP());
            PUSH(x);
            DISPATCH();
        }
        TARGET(LIST_APPEND)
            v = POP();
            if (gp_list_append(st, PEEK(arg), v)) {
                PUSH(v);
                goto error;
            }
            gp_decref(st, v);
            DISPATCH();
        TARGET(SET_ADD)
            v = POP();
            if (gp_set_add(st, PEEK(arg), v)) {
                PUSH(v);
                goto error;
            }
            gp_decref(st, v);
            DISPATCH();
        TARGET(MAP_ADD)
            w = POP();
            v = POP();
            if (gp_dict_set(st, PEEK(arg), v, w)) {
                PUSH(v);
                PUSH(w);
                goto error;
            }
            gp_decref(st, v);
            gp_decref(st, w);
            DISPATCH();
        TARGET(LIST_EXTEND)
        TARGET(SET_UPDATE)
        TARGET(DICT_UPDATE)
        TARGET(DICT_MERGE) {
            v = TOP();
            GpObject *target = PEEK(arg + 1);
            int rc;
            if (GP_OP(instr) == GP_OP_LIST_EXTEND) {
                rc = gp_list_extend(st, target, v);
                if (rc && !iterable(v)) {
                    gp_err_clear(st);
                    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                                  "Value after * must be an iterable, not %s", v->type->name);
                }
            } else if (GP_OP(instr) == GP_OP_SET_UPDATE)
                rc = gp_set_update(st, target, v);
            else if (!gp_obj_is_instance_of_type(v, gp_type(st, GP_T_DICT))) {
                char fb[400];
                if (GP_OP(instr) == GP_OP_DICT_MERGE)
                    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                                  "%s() argument after ** must be a mapping, not %s",
                                  func_str(st, PEEK(arg + 3), fb, sizeof fb), v->type->name);
                else
                    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                                  "'%s' object is not a mapping", v->type->name);
                rc = -1;
            } else if (GP_OP(instr) == GP_OP_DICT_MERGE &&
                       duplicate_keyword(st, target, v, PEEK(arg + 3))) {
                rc = -1;
            } else
                rc = gp_dict_merge(st, target, v, 1);
            if (rc)
                goto error;
            gp_decref(st, POP());
            DISPATCH();
        }
        TARGET(LIST_TO_TUPLE)
            v = TOP();
            x = gp_list_as_tuple(st, v);
            if (!x)
                goto error;
            gp_decref(st, v);
            TOP() = x;
            DISPATCH();
        TARGET(UNPACK_SEQUENCE)
        TARGET(UNPACK_EX) {
            int star = GP_OP(instr) == GP_OP_UNPACK_EX;
            size_t before = star ? (arg & 0xff) : arg, after = star ? (arg >> 8) : 0;
            size_t n = before + after + (size_t)star;
            v = TOP();
            GpObject **out = sp - 1;   /* the sequence's slot and up */
            GpObject *items[512];
            GpObject **tmp = n <= 512 ? items : gp_mem_alloc(st->heap, n * sizeof *tmp);
            if (!tmp) {
                gp_err_nomemory(st);
                goto error;
            }
            int rc = unpack(st, v, before, after, star, tmp);
            if (rc == 0) {
                sp--;
                gp_decref(st, v);
                for (size_t i = n; i-- > 0;)
                    *out++ = tmp[i];
                sp = out;
            }
            if (tmp != items)
                gp_mem_free(st->heap, tmp, n * sizeof *tmp);
            if (rc)
                goto error;
            DISPATCH();
        }
        TARGET(JUMP_FORWARD)
            JUMP(arg);
            DISPATCH();
        TARGET(JUMP_ABSOLUTE)
            /* a loop's back edge: where Ctrl-C gets in */
            if (check_interrupt(st))
                goto error;
            JUMP(arg);
            DISPATCH();
        TARGET(POP_JUMP_IF_FALSE)
        TARGET(POP_JUMP_IF_TRUE) {
            v = TOP();
            int t = v == st->true_ ? 1 : v == st->false_ ? 0 : gp_obj_truth(st, v);
            if (t < 0)
                goto error;
            sp--;
            gp_decref(st, v);
            if (t == (GP_OP(instr) == GP_OP_POP_JUMP_IF_TRUE))
                JUMP(arg);
            DISPATCH();
        }
        TARGET(JUMP_IF_FALSE_OR_POP)
        TARGET(JUMP_IF_TRUE_OR_POP) {
            v = TOP();
            int t = v == st->true_ ? 1 : v == st->false_ ? 0 : gp_obj_truth(st, v);
            if (t < 0)
                goto error;
            if (t == (GP_OP(instr) == GP_OP_JUMP_IF_TRUE_OR_POP)) {
                JUMP(arg);
            } else {
                sp--;
                gp_decref(st, v);
            }
            DISPATCH();
        }
        TARGET(FORMAT_VALUE) {
            GpObject *spec = (arg & 4) ? POP() : NULL;
            v = TOP();
            x = format_value(st, v, arg, spec);
            gp_xdecref(st, spec);
            if (!x)
                goto error;
            gp_decref(st, v);
            TOP() = x;
            DISPATCH();
        }
        TARGET(RAISE_VARARGS) {
            if (arg == 0) {
                if (!st->exc_info) {
                    gp_err_format(st, gp_type(st, GP_T_RUNTIME_ERROR),
                                  "No active exception to reraise");
                    goto error;
                }
                gp_err_set_instance(st, gp_incref(st->exc_info));
                st->reraise = 1;
                goto error;
            }
            GpObject *cause = arg == 2 ? POP() : NULL;
            v = POP();
            raise_value(st, v, cause);
            gp_decref(st, v);
            gp_xdecref(st, cause);
            goto error;
        }
        TARGET(SETUP_FINALLY)
            f->blocks[f->nblocks].handler = (int)arg;
            f->blocks[f->nblocks].level = (int)(sp - (f->slots + f->nslots));
            f->nblocks++;
            DISPATCH();
        TARGET(POP_BLOCK)
            f->nblocks--;
            DISPATCH();
        TARGET(POP_EXCEPT) {
            /* [prev exc] -> []: the handler is done */
            f->nblocks--;
            gp_decref(st, POP());
            v = POP();
            set_exc_info(st, v == st->none ? NULL : v);
            if (v == st->none)
                gp_decref(st, v);
            DISPATCH();
        }
        TARGET(RERAISE)
            /* the exception goes on, with the traceback it has */
            gp_err_set_instance(st, gp_incref(TOP()));
            st->reraise = 1;
            goto error;
        TARGET(JUMP_IF_NOT_EXC_MATCH) {
            w = POP();
            v = POP();
            GpType *base = gp_type(st, GP_T_BASE_EXCEPTION), *tt = gp_type(st, GP_T_TYPE);
            int match = 0, bad = 0;
            if (w->type == gp_type(st, GP_T_TUPLE)) {
                for (size_t i = 0; i < gp_tuple_size(w); i++) {
                    GpObject *c = gp_tuple_item(w, i);
                    if (c->type != tt || !gp_type_is_subtype((GpType *)c, base))
                        bad = 1;
                    else if (gp_obj_is_instance_of_type(v, (GpType *)c))
                        match = 1;
                }
            } else if (w->type != tt || !gp_type_is_subtype((GpType *)w, base)) {
                bad = 1;
            } else {
                match = gp_obj_is_instance_of_type(v, (GpType *)w);
            }
            gp_decref(st, v);
            gp_decref(st, w);
            if (bad) {
                gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                              "catching classes that do not inherit from BaseException is not "
                              "allowed");
                goto error;
            }
            if (!match)
                JUMP(arg);
            DISPATCH();
        }
        TARGET(IMPORT_NAME) {
            /* [level fromlist] -> [module]; only absolute imports so far.
             * `import a.b` imports a, then a.b, and binds a */
            GpObject *fromlist = POP();
            int want_top = fromlist == st->none;
            gp_decref(st, fromlist);
            v = POP();
            int level = (int)GP_INT(v)->u.s.v;
            gp_decref(st, v);
            if (level > 0) {
                gp_err_format(st, gp_type(st, GP_T_IMPORT_ERROR),
                              "attempted relative import with no known parent package");
                goto error;
            }
            GpObject *full = NAME(arg);
            size_t dot = 0;
            while (dot < GP_STR(full)->length && gp_str_at(full, dot) != '.')
                dot++;
            GpObject *top = NULL;
            if (dot < GP_STR(full)->length) {
                GpStrBuf b;
                gp_strbuf_init(&b, st);
                for (size_t i = 0; i < dot; i++)
                    gp_strbuf_add_cp(&b, gp_str_at(full, i));
                GpObject *topname = gp_strbuf_finish(&b);
                top = topname ? gp_import(st, topname) : NULL;
                gp_xdecref(st, topname);
                if (!top)
                    goto error;
            }
            x = gp_import(st, full);
            if (!x) {
                gp_xdecref(st, top);
                goto error;
            }
            if (top && want_top) {
                gp_decref(st, x);
                x = top;
            } else {
                gp_xdecref(st, top);
            }
            PUSH(x);
            DISPATCH();
        }
        TARGET(IMPORT_FROM)
            x = gp_obj_getattr(st, TOP(), NAME(arg));
            if (!x) {
                if (gp_err_matches(st, gp_type(st, GP_T_ATTRIBUTE_ERROR))) {
                    char a[128], b[128];
                    gp_err_clear(st);
                    GpObject *mname = gp_obj_getattr_cstr(st, TOP(), "__name__");
                    gp_err_clear(st);
                    gp_err_format(st, gp_type(st, GP_T_IMPORT_ERROR),
                                  "cannot import name '%s' from '%s' (unknown location)",
                                  utf8_of(NAME(arg), a, sizeof a),
                                  mname ? utf8_of(mname, b, sizeof b) : "?");
                    gp_xdecref(st, mname);
                }
                goto error;
            }
            PUSH(x);
            DISPATCH();
        TARGET(IMPORT_STAR) {
            v = TOP();
            GpObject *d = gp_obj_getattr_cstr(st, v, "__dict__");
            if (!d)
                goto error;
            size_t pos = 0;
            GpObject *k, *val;
            int rc = 0;
            GpObject *ns = f->locals ? f->locals : f->globals;
            while (!rc && gp_dict_next(d, &pos, &k, &val))
                if (GP_STR(k)->length && gp_str_at(k, 0) != '_')
                    rc = gp_dict_set(st, ns, k, val);
            gp_decref(st, d);
            if (rc)
                goto error;
            gp_decref(st, POP());
            DISPATCH();
        }
        TARGET(PRINT_EXPR) {
            /* the REPL echoes a value that is not None and keeps it in _ */
            v = TOP();
            if (v != st->none) {
                GpObject *r = gp_obj_repr(st, v);
                if (!r)
                    goto error;
                gp_str_fwrite(r, stdout);
                fputc('\n', stdout);
                gp_decref(st, r);
                if (gp_dict_set_str(st, st->builtins, "_", v))
                    goto error;
            }
            gp_decref(st, POP());
            DISPATCH();
        }
        TARGET(YIELD_VALUE)
            v = POP();
        yield_value:
            /* the frame goes back into its generator's heap buffer */
            SAVE();
            suspend(st, f, GP_GEN(f->gen)->frame);
            st->yielded = 1;
            return v;
        TARGET(GET_YIELD_FROM_ITER)
            v = TOP();
            if (v->type != gp_type(st, GP_T_GENERATOR)) {
                x = gp_obj_iter(st, v);
                if (!x)
                    goto error;
                gp_decref(st, v);
                TOP() = x;
            }
            DISPATCH();
        TARGET(YIELD_FROM) {
            /* [iter sent] -> [result]: pass values through until iter ends */
            v = POP();
            w = TOP();
            if (w->type == gp_type(st, GP_T_GENERATOR))
                x = gen_resume(st, w, v);
            else
                x = gp_iter_next(st, w);
            gp_decref(st, v);
            if (x) {
                next--;           /* resume here, with the next value sent */
                v = x;
                goto yield_value;
            }
            GpObject *result = st->none;
            if (gp_err_occurred(st)) {
                if (!gp_err_matches(st, gp_type(st, GP_T_STOP_ITERATION)))
                    goto error;
                GpException *e = (GpException *)gp_err_fetch(st);
                if (gp_tuple_size(e->args))
                    result = gp_tuple_item(e->args, 0);
                gp_incref(result);
                gp_decref(st, GP_OBJ(e));
            } else {
                gp_incref(result);
            }
            gp_decref(st, POP());
            PUSH(result);
            DISPATCH();
        }
        TARGET(SETUP_ANNOTATIONS) {
            /* the namespace gets an __annotations__ dict, unless it has one */
            GpObject *ns = f->locals ? f->locals : f->globals;
            if (!gp_dict_get_str(st, ns, "__annotations__")) {
                if (gp_err_occurred(st))
                    goto error;
                GpObject *d = gp_dict_new(st);
                int rc = !d || gp_dict_set_str(st, ns, "__annotations__", d);
                gp_xdecref(st, d);
                if (rc)
                    goto error;
            }
            DISPATCH();
        }
        TARGET(LOAD_ASSERTION_ERROR)
            PUSH(gp_incref(GP_OBJ(gp_type(st, GP_T_ASSERTION_ERROR))));
            DISPATCH();
        DEFAULT_TARGET:
            gp_err_format(st, gp_type(st, GP_T_SYSTEM_ERROR), "unknown opcode %s",
                          gp_opcode_name(GP_OP(instr)));
            goto error;
        }
        continue;
    error:
        /* the frame's entry in the traceback, then the innermost try block
         * of the frame handles it, or the frame is unwound to the caller */
        if (st->reraise) {
            st->reraise = 0;
        } else {
            GpException *e = (GpException *)st->exc;
            /* raised while handling another: that one is its context */
            if (st->exc_info && GP_OBJ(e) != st->exc_info && !e->context) {
                int cycle = 0;
                for (GpException *c = (GpException *)st->exc_info; c && !cycle;
                     c = (GpException *)c->context)
                    cycle = GP_OBJ(c) == GP_OBJ(e);
                if (!cycle)
                    e->context = gp_incref(st->exc_info);
            }
            gp_traceback_add(st, co, LASTI());
        }
        for (;;) {
            int handled = 0;
            while (f->nblocks > 0) {
                GpBlock b = f->blocks[--f->nblocks];
                GpObject **base = f->slots + f->nslots;
                if (b.handler < 0) {
                    /* leaving a running handler: its exception is done */
                    GpObject *prev = base[b.level];
                    set_exc_info(st, prev == st->none ? NULL : gp_incref(prev));
                }
                while (sp > base + b.level)
                    gp_xdecref(st, POP());
                if (b.handler >= 0) {
                    GpObject *exc = gp_err_fetch(st);
                    PUSH(st->exc_info ? gp_incref(st->exc_info) : gp_incref(st->none));
                    PUSH(exc);
                    set_exc_info(st, gp_incref(exc));
                    f->blocks[f->nblocks].handler = -1;
                    f->blocks[f->nblocks].level = b.level;
                    f->nblocks++;
                    JUMP((size_t)b.handler);
                    handled = 1;
                    break;
                }
            }
            if (handled)
                break;
            int entry = f->entry;
            GpFrame *caller = f->prev;
            SAVE();
            pop_frame(st, f);
            if (entry)
                return NULL;
            f = caller;
            co = f->code;
            LOAD();
            /* the call instruction in the caller failed too */
            gp_traceback_add(st, co, LASTI());
        }
    }
}
