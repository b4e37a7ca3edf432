/*
 * object.h - the object header, the type object, reference counting.
 *
 * Every object starts with a 16-byte header:
 *
 *   +---------------------------------+----------------+
 *   | rc: origin (24 bits) | refcount (40 bits) | type |
 *   +---------------------------------+----------------+
 *
 * The reference count shares a word with the object's origin: the index of
 * the (code, line) that allocated it, which the memory views show.  Forty
 * bits of count cannot overflow (2^40 references would need 8 TiB of
 * pointers); an increment is one add, a decrement one sub and one mask.
 *
 * Static-area objects (None, True, False, small ints, built-in types,
 * interned strings) are immortal: they start with a count of 2^39, so the
 * increments and decrements every reference makes are harmless and the
 * count never reaches zero.
 *
 * Container types (flag GP_TF_GC) get a 16-byte collector header in front
 * of the object (GpGCHead): the cycle collector links them into its
 * generation lists.  Atoms (int, float, str) carry none.
 *
 * Built-in types are GpType objects too, made at start-up in the static
 * area from the const templates each type file defines, so `id(int)` lies
 * in the static area like every other immortal.
 */
#ifndef GP_OBJ_OBJECT_H
#define GP_OBJ_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct GpState GpState;
typedef struct GpType GpType;

typedef struct GpObject {
    uint64_t rc;
    GpType *type;
} GpObject;

/* A variable-size object: items follow or hang off it. */
typedef struct GpVarObject {
    GpObject ob;
    size_t size;
} GpVarObject;

#define GP_RC_BITS     40
#define GP_RC_MASK     (((uint64_t)1 << GP_RC_BITS) - 1)
#define GP_RC_IMMORTAL ((uint64_t)1 << 39)
#define GP_ORIGIN_MAX  ((1u << (64 - GP_RC_BITS)) - 1)

/* The collector's header, in front of every GC-tracked object. */
typedef struct GpGCHead {
    struct GpGCHead *next, *prev;
} GpGCHead;

/* ---- type slots ----------------------------------------------------------- */

typedef void (*GpDeallocFn)(GpState *st, GpObject *o);
typedef GpObject *(*GpUnaryFn)(GpState *st, GpObject *o);
typedef GpObject *(*GpBinaryFn)(GpState *st, GpObject *a, GpObject *b);
typedef GpObject *(*GpTernaryFn)(GpState *st, GpObject *a, GpObject *b, GpObject *c);
typedef int (*GpInquiryFn)(GpState *st, GpObject *o);         /* -1 = error */
typedef int64_t (*GpHashFn)(GpState *st, GpObject *o);        /* -1 = error */
typedef ssize_t (*GpLenFn)(GpState *st, GpObject *o);         /* -1 = error */
typedef GpObject *(*GpCompareFn)(GpState *st, GpObject *a, GpObject *b, int op);
typedef GpObject *(*GpGetattrFn)(GpState *st, GpObject *o, GpObject *name);
typedef int (*GpSetattrFn)(GpState *st, GpObject *o, GpObject *name, GpObject *v);
typedef GpObject *(*GpSsizeArgFn)(GpState *st, GpObject *o, ssize_t i);
typedef int (*GpObjObjFn)(GpState *st, GpObject *o, GpObject *k);  /* contains */
typedef int (*GpSetItemFn)(GpState *st, GpObject *o, GpObject *k, GpObject *v);
/* Calls, vector style: positional args, then the values of the keyword
 * arguments whose names are in the tuple kwnames (or NULL). */
typedef GpObject *(*GpCallFn)(GpState *st, GpObject *callable, GpObject *const *args,
                              size_t nargs, GpObject *kwnames);
typedef int (*GpVisitFn)(GpObject *o, void *arg);
typedef int (*GpTraverseFn)(GpObject *o, GpVisitFn visit, void *arg);
typedef void (*GpClearFn)(GpState *st, GpObject *o);

/* Comparison operators, in CPython's order. */
enum { GP_LT, GP_LE, GP_EQ, GP_NE, GP_GT, GP_GE };

typedef struct GpNumberSlots {
    GpBinaryFn add, sub, mul, truediv, floordiv, mod, divmod, lshift, rshift, and_,
        xor_, or_, matmul;
    GpTernaryFn pow;
    GpUnaryFn neg, pos, abs, invert, to_int, to_float, index;
    GpInquiryFn bool_;
    /* a -= b, a &= b, a ^= b, a |= b changing a (set, dict |=); NULL or
     * NotImplemented: a = a op b */
    GpBinaryFn inplace_sub, inplace_and, inplace_xor, inplace_or;
} GpNumberSlots;

typedef struct GpSequenceSlots {
    GpLenFn len;
    GpSsizeArgFn item;          /* index already made non-negative */
    GpBinaryFn concat;
    GpObjObjFn contains;
    GpSsizeArgFn repeat;        /* seq * n, n * seq (gp_num_binary checks n) */
    GpBinaryFn inplace_concat;  /* seq += x, changing seq; NULL: seq = seq + x */
    GpSsizeArgFn inplace_repeat;
} GpSequenceSlots;

typedef struct GpMappingSlots {
    GpLenFn len;
    GpBinaryFn subscript;
    GpSetItemFn ass_subscript;  /* v == NULL deletes */
} GpMappingSlots;

/* A function written in C and callable from Python (method.h): self is
 * the instance for a method, the module for a module's function. */
typedef GpObject *(*GpCFunc)(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames);

/* How a C function takes its arguments; the caller checks the counts and
 * raises CPython's messages ("list.append() takes exactly one argument (0
 * given)").  VARARGS functions check their own. */
enum {
    GP_METH_NOARGS = 1,     /* f() */
    GP_METH_O = 2,          /* f(x) */
    GP_METH_VARARGS = 4,    /* positional only, the function checks */
    GP_METH_KEYWORDS = 8,   /* with VARARGS: keyword arguments allowed */
};

typedef struct GpMethodDef {
    const char *name;
    GpCFunc fn;
    int flags;
} GpMethodDef;

/* A computed attribute (CPython's getset descriptors): e.args, t.__name__. */
typedef struct GpGetSetDef {
    const char *name;
    GpObject *(*get)(GpState *st, GpObject *o);
    int (*set)(GpState *st, GpObject *o, GpObject *v);    /* NULL: read-only */
} GpGetSetDef;

/* Type flags. */
#define GP_TF_GC        (1u << 0)   /* has a GpGCHead; traverse/clear given */
#define GP_TF_BASETYPE  (1u << 1)   /* may be subclassed */
#define GP_TF_HEAPTYPE  (1u << 2)   /* made by a class statement */
#define GP_TF_IMMUTABLE (1u << 3)   /* attributes cannot be set */

struct GpType {
    GpVarObject ob;
    const char *name;               /* "int", "ZeroDivisionError" */
    uint32_t flags;
    uint32_t basicsize;             /* bytes of a fixed-size instance */
    uint32_t itemsize;              /* bytes per item of a var-size one */
    uint32_t dictoffset;            /* where an instance keeps its attribute
                                       dict (GpObject *, NULL until the first
                                       set); 0: it has none */
    uint32_t index;                 /* its slot in GpState.types */
    GpType *base;
    GpObject *dict;                 /* class attributes (static area) */
    GpObject *mro;                  /* tuple */

    GpDeallocFn dealloc;
    GpUnaryFn repr, str;
    GpHashFn hash;
    GpCompareFn richcompare;
    GpGetattrFn getattr;
    GpSetattrFn setattr;
    GpCallFn call;                  /* calling an instance */
    GpCallFn new_;                  /* calling the type */
    GpUnaryFn iter, iternext;
    const GpNumberSlots *num;
    const GpSequenceSlots *seq;
    const GpMappingSlots *map;
    GpTraverseFn traverse;
    GpClearFn clear;
    const GpMethodDef *methods;     /* NULL-terminated; become type->dict */
    const GpGetSetDef *getset;      /* NULL-terminated */
};

/* ---- reference counting ------------------------------------------------- */

void gp_obj_dealloc(GpState *st, GpObject *o);

static inline GpObject *gp_incref(GpObject *o)
{
    o->rc++;
    return o;
}

static inline void gp_xincref(GpObject *o)
{
    if (o)
        o->rc++;
}

static inline void gp_decref(GpState *st, GpObject *o)
{
    if (((--o->rc) & GP_RC_MASK) == 0)
        gp_obj_dealloc(st, o);
}

static inline void gp_xdecref(GpState *st, GpObject *o)
{
    if (o)
        gp_decref(st, o);
}

static inline uint64_t gp_refcount(const GpObject *o)
{
    return o->rc & GP_RC_MASK;
}

static inline uint32_t gp_origin(const GpObject *o)
{
    return (uint32_t)(o->rc >> GP_RC_BITS);
}

#define GP_OBJ(p)  ((GpObject *)(p))
#define GP_TYPE(o) (GP_OBJ(o)->type)

static inline GpGCHead *gp_gc_head(const GpObject *o)
{
    return (GpGCHead *)o - 1;
}

/* ---- allocation ----------------------------------------------------------- */

/* A new object of `type` with `size` bytes (>= sizeof(GpObject)) in the
 * area the state's policy picks (gp_state_area), refcount 1, origin set,
 * the rest zeroed; GC types get their collector header.  NULL with
 * MemoryError pending when the area is full. */
GpObject *gp_obj_alloc(GpState *st, GpType *type, size_t size);
/* gp_obj_alloc for a type without a collector header whose caller sets
 * every byte past the header itself: nothing is zeroed (a float). */
GpObject *gp_obj_alloc_atom(GpState *st, GpType *type, size_t size);
/* Give an object's memory back; `size` as it was allocated. */
void gp_obj_free(GpState *st, GpObject *o, size_t size);
/* Grow or shrink a var-size object in place or by moving it. */
GpObject *gp_obj_resize(GpState *st, GpObject *o, size_t oldsize, size_t newsize);

/* ---- the generic protocols (dispatch through the slots) ----------------- */

GpObject *gp_obj_repr(GpState *st, GpObject *o);
GpObject *gp_obj_str(GpState *st, GpObject *o);
int64_t gp_obj_hash(GpState *st, GpObject *o);
GpObject *gp_obj_richcompare(GpState *st, GpObject *a, GpObject *b, int op);
/* True or False for a three-way result c (<0, 0, >0) under operator op. */
GpObject *gp_obj_compare_result(GpState *st, int c, int op);
/* 1, 0, or -1 with an exception pending */
int gp_obj_richcompare_bool(GpState *st, GpObject *a, GpObject *b, int op);
int gp_obj_truth(GpState *st, GpObject *o);
int gp_obj_is_instance_of_type(GpObject *o, const GpType *t);
int gp_type_is_subtype(const GpType *a, const GpType *b);
/* o[key]: the mapping slot, else a sequence's item slot with the index
 * made non-negative; CPython's TypeErrors for the rest. */
GpObject *gp_obj_getitem(GpState *st, GpObject *o, GpObject *key);
/* Binary and unary arithmetic, dispatched as CPython's: the left operand's
 * slot, then the right one's (first, if its type is a subclass of the
 * left's).  op: one of the GP_NB_ values, which name the slot. */
enum {
    GP_NB_ADD, GP_NB_SUB, GP_NB_MUL, GP_NB_TRUEDIV, GP_NB_FLOORDIV, GP_NB_MOD,
    GP_NB_DIVMOD, GP_NB_LSHIFT, GP_NB_RSHIFT, GP_NB_AND, GP_NB_XOR, GP_NB_OR,
    GP_NB_MATMUL, GP_NB_POW, GP_NB_COUNT
};
enum { GP_NB_NEG, GP_NB_POS, GP_NB_ABS, GP_NB_INVERT };
GpObject *gp_num_binary(GpState *st, GpObject *a, GpObject *b, int op);
/* a op= b: the type's in-place number or sequence slot, else
 * gp_num_binary. */
GpObject *gp_num_inplace(GpState *st, GpObject *a, GpObject *b, int op);
/* pow(a, b, m); m is None for a ** b */
GpObject *gp_num_power(GpState *st, GpObject *a, GpObject *b, GpObject *m);
GpObject *gp_num_unary(GpState *st, GpObject *a, int op);

/* ---- the iteration protocol --------------------------------------------- */

/* iter(o): the type's `iter` slot, else a sequence iterator over a type
 * with a `seq->item` slot (iter.h), else TypeError "'int' object is not
 * iterable".  An iterator's `iternext` slot returns a new reference, or
 * NULL without an exception when exhausted (NULL with one on error). */
GpObject *gp_obj_iter(GpState *st, GpObject *o);
/* next(it): the next item, or NULL.  NULL with no exception pending means
 * exhausted (a StopIteration the slot raised is cleared); NULL with one
 * pending is an error.  TypeError "'int' object is not an iterator" for a
 * type without `iternext`. */
GpObject *gp_iter_next(GpState *st, GpObject *it);


#endif
