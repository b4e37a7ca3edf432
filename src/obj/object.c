/*
 * object.c - allocating objects, freeing them, and the generic protocols
 * that dispatch through a type's slots (repr, hash, comparison, truth).
 */
#include "obj/object.h"

#include <string.h>

#include "mem/mem.h"
#include "obj/error.h"
#include "obj/hash.h"
#include "obj/slice.h"
#include "obj/iter.h"
#include "obj/state.h"
#include "obj/str.h"

/* ---- memory ---------------------------------------------------------------- */

/* The header of a new object in area a: count 1 (immortal in the static
 * and higher areas), the origin, the type. */
static inline void init_header(GpState *st, GpArea *a, GpObject *o, GpType *type)
{
    o->rc = ((uint64_t)st->origin << GP_RC_BITS) | 1;
    if (a == st->statics || a->kind == GP_AREA_HIGHER)
        o->rc |= GP_RC_IMMORTAL;
    o->type = type;
    if (type->flags & GP_TF_HEAPTYPE)
        gp_incref(GP_OBJ(type));
}

GpObject *gp_obj_alloc(GpState *st, GpType *type, size_t size)
{
    size_t gc = (type->flags & GP_TF_GC) ? sizeof(GpGCHead) : 0;
    GpArea *a = gp_state_area(st);
    uint8_t *p = gp_mem_alloc(a, gc + size);
    if (!p) {
        gp_err_nomemory(st);
        return NULL;
    }
    memset(p, 0, gc + size);
    GpObject *o = (GpObject *)(p + gc);
    init_header(st, a, o, type);
    return o;
}

GpObject *gp_obj_alloc_atom(GpState *st, GpType *type, size_t size)
{
    GpArea *a = gp_state_area(st);
    GpObject *o = gp_mem_alloc(a, size);
    if (!o) {
        gp_err_nomemory(st);
        return NULL;
    }
    init_header(st, a, o, type);
    return o;
}

void gp_obj_free(GpState *st, GpObject *o, size_t size)
{
    GpType *type = o->type;
    size_t gc = (type->flags & GP_TF_GC) ? sizeof(GpGCHead) : 0;
    GpAreaKind k = gp_image_area_of(st->img, o);
    gp_mem_free(&st->img->areas[k], (uint8_t *)o - gc, gc + size);
    if (type->flags & GP_TF_HEAPTYPE)
        gp_decref(st, GP_OBJ(type));
}

GpObject *gp_obj_resize(GpState *st, GpObject *o, size_t oldsize, size_t newsize)
{
    size_t gc = (o->type->flags & GP_TF_GC) ? sizeof(GpGCHead) : 0;
    GpAreaKind k = gp_image_area_of(st->img, o);
    uint8_t *p = gp_mem_realloc(&st->img->areas[k], (uint8_t *)o - gc, gc + oldsize,
                                gc + newsize);
    if (!p) {
        gp_err_nomemory(st);
        return NULL;
    }
    return (GpObject *)(p + gc);
}

/*
 * Freeing a container releases its items, which may free more containers:
 * a chain of a million nested tuples would recurse a million C frames
 * deep.  So deallocation nests at most GP_DEALLOC_DEPTH levels; deeper
 * containers wait on a list threaded through their collector headers and
 * are freed, one level at a time, when the outermost deallocation
 * returns (CPython calls this the trashcan).  Atoms hold no references,
 * so only containers, which all have a collector header, can be deferred.
 */
#define GP_DEALLOC_DEPTH 256

void gp_obj_dealloc(GpState *st, GpObject *o)
{
    if (!(o->type->flags & GP_TF_GC)) {
        /* an atom (int, float, str...): nothing nested to bound or defer */
        o->type->dealloc(st, o);
        return;
    }
    if (st->dealloc_depth >= GP_DEALLOC_DEPTH && (o->type->flags & GP_TF_GC)) {
        GpGCHead *h = gp_gc_head(o);
        h->next = st->deferred;
        st->deferred = h;
        return;
    }
    st->dealloc_depth++;
    o->type->dealloc(st, o);
    st->dealloc_depth--;
    if (st->dealloc_depth == 0) {
        while (st->deferred) {
            GpGCHead *h = st->deferred;
            st->deferred = h->next;
            GpObject *d = (GpObject *)(h + 1);
            st->dealloc_depth++;
            d->type->dealloc(st, d);
            st->dealloc_depth--;
        }
    }
}

/* ---- generic protocols ------------------------------------------------------ */

int gp_type_is_subtype(const GpType *a, const GpType *b)
{
    for (; a; a = a->base)
        if (a == b)
            return 1;
    return 0;
}

int gp_obj_is_instance_of_type(GpObject *o, const GpType *t)
{
    return o->type == t || gp_type_is_subtype(o->type, t);
}

GpObject *gp_obj_repr(GpState *st, GpObject *o)
{
    if (o->type->repr)
        return o->type->repr(st, o);
    return gp_str_format(st, "<%s object at %p>", o->type->name, (void *)o);
}

GpObject *gp_obj_str(GpState *st, GpObject *o)
{
    if (o->type->str)
        return o->type->str(st, o);
    return gp_obj_repr(st, o);
}

int64_t gp_obj_hash(GpState *st, GpObject *o)
{
    if (o->type->hash)
        return o->type->hash(st, o);
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "unhashable type: '%s'", o->type->name);
    return -1;
}

static const char *const op_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const int op_swapped[] = {GP_GT, GP_GE, GP_EQ, GP_NE, GP_LT, GP_LE};

static GpObject *richcompare(GpState *st, GpObject *a, GpObject *b, int op);

/* Comparing containers compares their items, in C: nested too deep (with
 * the Python frames below, past the recursion limit) it is RecursionError
 * as in CPython, not a C stack overflow.  The C nesting alone is capped
 * too, whatever the limit. */
#define GP_COMPARE_MAX_NESTING 10000

GpObject *gp_obj_richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    if (st->compare_depth >= GP_COMPARE_MAX_NESTING ||
        st->py_depth + st->compare_depth >= st->recursion_limit) {
        gp_err_format(st, gp_type(st, GP_T_RECURSION_ERROR),
                      "maximum recursion depth exceeded in comparison");
        return NULL;
    }
    st->compare_depth++;
    GpObject *r = richcompare(st, a, b, op);
    st->compare_depth--;
    return r;
}

static GpObject *richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    GpObject *r;
    int reflected_first = b->type != a->type && gp_type_is_subtype(b->type, a->type) &&
                          b->type->richcompare;
    if (reflected_first) {
        r = b->type->richcompare(st, b, a, op_swapped[op]);
        if (r != st->not_implemented)
            return r;
        gp_decref(st, r);
    }
    if (a->type->richcompare) {
        r = a->type->richcompare(st, a, b, op);
        if (r != st->not_implemented)
            return r;
        gp_decref(st, r);
    }
    if (!reflected_first && b->type->richcompare) {
        r = b->type->richcompare(st, b, a, op_swapped[op]);
        if (r != st->not_implemented)
            return r;
        gp_decref(st, r);
    }
    /* identity is the fallback for == and != */
    if (op == GP_EQ || op == GP_NE) {
        int same = (a == b) == (op == GP_EQ);
        return gp_incref(same ? st->true_ : st->false_);
    }
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                  "'%s' not supported between instances of '%s' and '%s'", op_symbols[op],
                  a->type->name, b->type->name);
    return NULL;
}

GpObject *gp_obj_compare_result(GpState *st, int c, int op)
{
    int r;
    switch (op) {
    case GP_LT: r = c < 0; break;
    case GP_LE: r = c <= 0; break;
    case GP_EQ: r = c == 0; break;
    case GP_NE: r = c != 0; break;
    case GP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return gp_incref(r ? st->true_ : st->false_);
}

int gp_obj_richcompare_bool(GpState *st, GpObject *a, GpObject *b, int op)
{
    /* identity implies equality, as CPython assumes for containers */
    if (a == b && (op == GP_EQ || op == GP_NE))
        return op == GP_EQ;
    GpObject *r = gp_obj_richcompare(st, a, b, op);
    if (!r)
        return -1;
    int t = gp_obj_truth(st, r);
    gp_decref(st, r);
    return t;
}

int gp_obj_truth(GpState *st, GpObject *o)
{
    if (o == st->true_)
        return 1;
    if (o == st->false_ || o == st->none)
        return 0;
    if (o->type->num && o->type->num->bool_)
        return o->type->num->bool_(st, o);
    if (o->type->map && o->type->map->len) {
        ssize_t n = o->type->map->len(st, o);
        return n < 0 ? -1 : n > 0;
    }
    if (o->type->seq && o->type->seq->len) {
        ssize_t n = o->type->seq->len(st, o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

GpObject *gp_obj_getitem(GpState *st, GpObject *o, GpObject *key)
{
    if (o->type->map && o->type->map->subscript)
        return o->type->map->subscript(st, o, key);
    if (o->type->seq && o->type->seq->item) {
        ssize_t i;
        if (!gp_slice_has_index(key)) {
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "%s indices must be integers, not %s", o->type->name,
                          key->type->name);
            return NULL;
        }
        if (gp_slice_as_ssize(st, key, gp_type(st, GP_T_INDEX_ERROR), &i))
            return NULL;
        if (i < 0 && o->type->seq->len) {
            ssize_t n = o->type->seq->len(st, o);
            if (n < 0)
                return NULL;
            i += n;
        }
        return o->type->seq->item(st, o, i);
    }
    if (o->type == gp_type(st, GP_T_TYPE)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "type '%s' is not subscriptable",
                      ((GpType *)o)->name);
        return NULL;
    }
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "'%s' object is not subscriptable",
                  o->type->name);
    return NULL;
}

/* ---- arithmetic dispatch ------------------------------------------------------ */

/* each operator's slot, and its names in "unsupported operand type(s)
 * for +:" and, in place, "for +=:" */
static const struct {
    size_t slot;
    const char *symbol, *inplace;
} binary_ops[GP_NB_COUNT] = {
    [GP_NB_ADD] = {offsetof(GpNumberSlots, add), "+", "+="},
    [GP_NB_SUB] = {offsetof(GpNumberSlots, sub), "-", "-="},
    [GP_NB_MUL] = {offsetof(GpNumberSlots, mul), "*", "*="},
    [GP_NB_TRUEDIV] = {offsetof(GpNumberSlots, truediv), "/", "/="},
    [GP_NB_FLOORDIV] = {offsetof(GpNumberSlots, floordiv), "//", "//="},
    [GP_NB_MOD] = {offsetof(GpNumberSlots, mod), "%", "%="},
    [GP_NB_DIVMOD] = {offsetof(GpNumberSlots, divmod), "divmod()", "divmod()"},
    [GP_NB_LSHIFT] = {offsetof(GpNumberSlots, lshift), "<<", "<<="},
    [GP_NB_RSHIFT] = {offsetof(GpNumberSlots, rshift), ">>", ">>="},
    [GP_NB_AND] = {offsetof(GpNumberSlots, and_), "&", "&="},
    [GP_NB_XOR] = {offsetof(GpNumberSlots, xor_), "^", "^="},
    [GP_NB_OR] = {offsetof(GpNumberSlots, or_), "|", "|="},
    [GP_NB_MATMUL] = {offsetof(GpNumberSlots, matmul), "@", "@="},
    [GP_NB_POW] = {offsetof(GpNumberSlots, pow), "** or pow()", "**="},
};

static GpBinaryFn binary_slot(const GpType *t, int op)
{
    if (!t->num)
        return NULL;
    return *(const GpBinaryFn *)((const char *)t->num + binary_ops[op].slot);
}

/* CPython's binary_op1: NotImplemented (a new reference) if neither side
 * handles the pair. */
static GpObject *binary_op1(GpState *st, GpObject *a, GpObject *b, int op)
{
    GpBinaryFn fa = binary_slot(a->type, op);
    GpBinaryFn fb = b->type != a->type ? binary_slot(b->type, op) : NULL;
    if (fb == fa)
        fb = NULL;
    GpObject *r;
    if (fa) {
        if (fb && gp_type_is_subtype(b->type, a->type)) {
            r = fb(st, a, b);
            if (r != st->not_implemented)
                return r;
            gp_decref(st, r);
            fb = NULL;
        }
        r = fa(st, a, b);
        if (r != st->not_implemented)
            return r;
        gp_decref(st, r);
    }
    if (fb)
        return fb(st, a, b);
    return gp_incref(st->not_implemented);
}

static GpObject *unsupported(GpState *st, GpObject *a, GpObject *b, const char *sym)
{
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                  "unsupported operand type(s) for %s: '%s' and '%s'", sym, a->type->name,
                  b->type->name);
    return NULL;
}

/* seq * n: n must be an integer */
static GpObject *repeat(GpState *st, GpObject *seq, GpObject *n, GpSsizeArgFn fn)
{
    ssize_t count;
    if (!gp_slice_has_index(n)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "can't multiply sequence by non-int of type '%s'", n->type->name);
        return NULL;
    }
    if (gp_slice_as_ssize(st, n, gp_type(st, GP_T_OVERFLOW_ERROR), &count))
        return NULL;
    return fn(st, seq, count);
}

static GpObject *power(GpState *st, GpObject *a, GpObject *b, GpObject *m, const char *sym);

static GpObject *num_binary(GpState *st, GpObject *a, GpObject *b, int op, const char *sym)
{
    if (op == GP_NB_POW)
        return power(st, a, b, st->none, sym);
    GpObject *r = binary_op1(st, a, b, op);
    if (r != st->not_implemented)
        return r;
    gp_decref(st, r);
    if (op == GP_NB_ADD && a->type->seq && a->type->seq->concat)
        return a->type->seq->concat(st, a, b);
    if (op == GP_NB_MUL) {
        /* sequence repetition, either way round, as CPython's sq_repeat */
        if (a->type->seq && a->type->seq->repeat)
            return repeat(st, a, b, a->type->seq->repeat);
        if (b->type->seq && b->type->seq->repeat)
            return repeat(st, b, a, b->type->seq->repeat);
    }
    return unsupported(st, a, b, sym);
}

GpObject *gp_num_binary(GpState *st, GpObject *a, GpObject *b, int op)
{
    return num_binary(st, a, b, op, binary_ops[op].symbol);
}

GpObject *gp_num_inplace(GpState *st, GpObject *a, GpObject *b, int op)
{
    const GpNumberSlots *nb = a->type->num;
    GpBinaryFn f = !nb                ? NULL
                   : op == GP_NB_SUB ? nb->inplace_sub
                   : op == GP_NB_AND ? nb->inplace_and
                   : op == GP_NB_XOR ? nb->inplace_xor
                   : op == GP_NB_OR  ? nb->inplace_or
                                     : NULL;
    if (f) {
        GpObject *r = f(st, a, b);
        if (r != st->not_implemented)
            return r;
        gp_decref(st, r);
    }
    const GpSequenceSlots *sq = a->type->seq;
    if (op == GP_NB_ADD && sq && sq->inplace_concat)
        return sq->inplace_concat(st, a, b);
    if (op == GP_NB_MUL && sq && sq->inplace_repeat)
        return repeat(st, a, b, sq->inplace_repeat);
    return num_binary(st, a, b, op, binary_ops[op].inplace);
}

GpObject *gp_num_power(GpState *st, GpObject *a, GpObject *b, GpObject *m)
{
    return power(st, a, b, m, binary_ops[GP_NB_POW].symbol);
}

static GpObject *power(GpState *st, GpObject *a, GpObject *b, GpObject *m, const char *sym)
{
    GpTernaryFn fa = a->type->num ? a->type->num->pow : NULL;
    GpTernaryFn fb = b->type != a->type && b->type->num ? b->type->num->pow : NULL;
    if (fb == fa)
        fb = NULL;
    GpObject *r;
    if (fa) {
        r = fa(st, a, b, m);
        if (r != st->not_implemented)
            return r;
        gp_decref(st, r);
    }
    if (fb) {
        r = fb(st, a, b, m);
        if (r != st->not_implemented)
            return r;
        gp_decref(st, r);
    }
    if (m == st->none)
        return unsupported(st, a, b, sym);
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                  "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                  a->type->name, b->type->name, m->type->name);
    return NULL;
}

GpObject *gp_num_unary(GpState *st, GpObject *a, int op)
{
    static const char *const symbols[] = {"-", "+", "abs()", "~"};
    GpUnaryFn f = NULL;
    if (a->type->num) {
        switch (op) {
        case GP_NB_NEG: f = a->type->num->neg; break;
        case GP_NB_POS: f = a->type->num->pos; break;
        case GP_NB_ABS: f = a->type->num->abs; break;
        default: f = a->type->num->invert; break;
        }
    }
    if (f)
        return f(st, a);
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "bad operand type for %s%s: '%s'",
                  op == GP_NB_ABS ? "" : "unary ", symbols[op], a->type->name);
    return NULL;
}

/* ---- the iteration protocol ---------------------------------------------------- */

GpObject *gp_obj_iter(GpState *st, GpObject *o)
{
    if (o->type->iter) {
        GpObject *it = o->type->iter(st, o);
        if (it && !it->type->iternext) {
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "iter() returned non-iterator of type '%s'", it->type->name);
            gp_decref(st, it);
            return NULL;
        }
        return it;
    }
    if (o->type->seq && o->type->seq->item)
        return gp_seqiter_new(st, o);
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "'%s' object is not iterable",
                  o->type->name);
    return NULL;
}

GpObject *gp_iter_next(GpState *st, GpObject *it)
{
    if (!it->type->iternext) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "'%s' object is not an iterator",
                      it->type->name);
        return NULL;
    }
    GpObject *r = it->type->iternext(st, it);
    if (!r && gp_err_matches(st, gp_type(st, GP_T_STOP_ITERATION)))
        gp_err_clear(st);
    return r;
}
