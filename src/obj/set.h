/*
 * set.h - the set and frozenset types, as CPython's setobject.c.
 *
 * Both types share one layout (GpSet); frozenset adds a hash and no
 * mutating methods at the Python level.  The C functions that add and
 * remove work on either, so a frozenset can be built before it escapes;
 * never change one that other code can see.  The table layout and probing
 * are described at the top of set.c.
 *
 * Errors as everywhere: NULL or -1 with an exception pending; a set is
 * left valid after any failure.  Where "other" is taken it may be a set,
 * a frozenset, a dict (its keys), a tuple, or anything with an iter slot.
 */
#ifndef GP_OBJ_SET_H
#define GP_OBJ_SET_H

#include "obj/object.h"

#define GP_SET_MINSIZE 8

typedef struct GpSetEntry {
    GpObject *key;      /* NULL: unused (hash 0) or dummy (hash -1) */
    int64_t hash;
} GpSetEntry;

typedef struct GpSet {
    GpObject ob;
    size_t fill;        /* active + dummy entries */
    size_t used;        /* active entries: len(s) */
    size_t mask;        /* table size - 1 */
    GpSetEntry *table;  /* smalltable, or a block in some area */
    int64_t hash;       /* frozenset: cached hash, -1 until computed */
    size_t finger;      /* where pop() looks next */
    GpSetEntry smalltable[GP_SET_MINSIZE];
} GpSet;

typedef struct GpSetIter {
    GpObject ob;
    GpObject *set;      /* NULL once exhausted */
    size_t used;        /* s->used when made; SIZE_MAX after a change */
    size_t pos;
    size_t len;
} GpSetIter;

#define GP_SET(o) ((GpSet *)(o))

static inline size_t gp_set_size(const GpObject *s)
{
    return ((const GpSet *)s)->used;
}

/* set(iterable) and frozenset(iterable); iterable may be NULL.
 * frozenset(f) of an exact frozenset f is f itself. */
GpObject *gp_set_new(GpState *st, GpObject *iterable);
GpObject *gp_frozenset_new(GpState *st, GpObject *iterable);
/* set or frozenset, or a subclass of either */
int gp_set_check_any(GpState *st, GpObject *o);
int gp_frozenset_check(GpState *st, GpObject *o);

/* 0, or -1 (unhashable key, failing __eq__, MemoryError). */
int gp_set_add(GpState *st, GpObject *s, GpObject *key);
/* 1 found, 0 not, -1 error.  A set used as a key is looked up as the
 * equal frozenset, as CPython does. */
int gp_set_contains(GpState *st, GpObject *s, GpObject *key);
/* 1 removed, 0 not there, -1 error. */
int gp_set_discard(GpState *st, GpObject *s, GpObject *key);
/* 0, or -1 with KeyError(key) if it was not there. */
int gp_set_remove(GpState *st, GpObject *s, GpObject *key);
/* An arbitrary element (new reference); KeyError 'pop from an empty set'. */
GpObject *gp_set_pop(GpState *st, GpObject *s);
void gp_set_clear(GpState *st, GpObject *s);
/* Walk the table: *pos = 0 first; 1 and a borrowed key (and its hash if
 * hash != NULL), or 0 at the end.  The set must not change meanwhile. */
int gp_set_next(GpObject *s, size_t *pos, GpObject **key, int64_t *hash);

/* A new set of the same kind (set for a set or subclass, frozenset for
 * a frozenset); an exact frozenset is returned itself. */
GpObject *gp_set_copy(GpState *st, GpObject *s);

/* The algebra: new objects, of a's kind. */
GpObject *gp_set_union(GpState *st, GpObject *a, GpObject *other);
GpObject *gp_set_intersection(GpState *st, GpObject *a, GpObject *other);
GpObject *gp_set_difference(GpState *st, GpObject *a, GpObject *other);
GpObject *gp_set_symmetric_difference(GpState *st, GpObject *a, GpObject *other);
/* In place (|=, &=, -=, ^=): 0, or -1. */
int gp_set_update(GpState *st, GpObject *s, GpObject *other);
int gp_set_intersection_update(GpState *st, GpObject *s, GpObject *other);
int gp_set_difference_update(GpState *st, GpObject *s, GpObject *other);
int gp_set_symmetric_difference_update(GpState *st, GpObject *s, GpObject *other);
/* 1 true, 0 false, -1 error. */
int gp_set_issubset(GpState *st, GpObject *a, GpObject *other);
int gp_set_issuperset(GpState *st, GpObject *a, GpObject *other);
int gp_set_isdisjoint(GpState *st, GpObject *a, GpObject *other);

GpObject *gp_set_iter(GpState *st, GpObject *s);

extern const GpType gp_set_template;
extern const GpType gp_frozenset_template;
extern const GpType gp_setiter_template;

#endif
