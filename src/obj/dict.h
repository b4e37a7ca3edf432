/*
 * dict.h - the dict type: CPython 3.6+'s compact, insertion-ordered dict.
 *
 * It will hold every namespace (module globals, class attributes,
 * keyword arguments), so lookups by str are the fast path.  The layout
 * and the growth, probing and deletion rules are described at the top of
 * dict.c; here is the contract.
 *
 * Errors: every function that may run Python code (a key's __hash__ or
 * __eq__) may fail, returning NULL or -1 with an exception pending.  The
 * dict is always left valid: a failed insertion (MemoryError, a failing
 * comparison) inserts nothing.
 *
 * Memory: a dict's table lives in the same area as the dict object itself
 * (a module namespace made in the global area keeps its table there when
 * it grows at run time).
 */
#ifndef GP_OBJ_DICT_H
#define GP_OBJ_DICT_H

#include "obj/object.h"

struct GpDictTable;

typedef struct GpDict {
    GpObject ob;
    size_t used;                    /* live entries: len(d) */
    struct GpDictTable *table;      /* NULL while the dict has never held a key */
    uint64_t gen;                   /* bumped when the table is replaced */
    uint64_t version;               /* a new number, unique among all dicts,
                                       at every change of the mapping: a
                                       cache of a lookup checks it (the
                                       globals cache in vm/eval.c) */
} GpDict;

/* An iterator over a dict's keys, values or items. */
typedef struct GpDictIter {
    GpObject ob;
    GpObject *dict;                 /* NULL once exhausted */
    size_t used;                    /* d->used when made; SIZE_MAX after a change */
    size_t pos;                     /* next entry to look at (reverse: entries left) */
    size_t len;                     /* items still expected */
    int reverse;                    /* reversed(d): last entry first */
} GpDictIter;

#define GP_DICT(o) ((GpDict *)(o))

GpObject *gp_dict_new(GpState *st);
/* An empty dict whose table holds n keys without growing. */
GpObject *gp_dict_new_presized(GpState *st, size_t n);

/* True if o is a dict (or a subclass). */
int gp_dict_check(GpState *st, GpObject *o);

static inline size_t gp_dict_size(const GpObject *d)
{
    return ((const GpDict *)d)->used;
}

/*
 * Lookup.  gp_dict_find is the precise form: 1 and *value (a borrowed
 * reference) when found, 0 when missing, -1 with an exception pending when
 * the key is unhashable or a comparison raised.
 *
 * gp_dict_get is the short form: the value (borrowed) or NULL; NULL with
 * no exception pending means "missing", NULL with one pending an error.
 * Call it with no exception pending, so the two can be told apart.
 * A borrowed value is valid until the dict is next changed.
 */
int gp_dict_find(GpState *st, GpObject *d, GpObject *key, GpObject **value);
GpObject *gp_dict_get(GpState *st, GpObject *d, GpObject *key);
/* Lookup by a NUL-terminated UTF-8 name, without making a str in the
 * common case (ASCII names, str keys).  Same contract as gp_dict_get. */
GpObject *gp_dict_get_str(GpState *st, GpObject *d, const char *name);

/* d[key] = value (both referenced, not stolen).  0, or -1. */
int gp_dict_set(GpState *st, GpObject *d, GpObject *key, GpObject *value);
int gp_dict_set_str(GpState *st, GpObject *d, const char *name, GpObject *value);
/* del d[key]: KeyError(key) when missing.  0, or -1. */
int gp_dict_del(GpState *st, GpObject *d, GpObject *key);
/* d.pop(key[, deflt]): a new reference; KeyError(key) if missing and deflt
 * is NULL. */
GpObject *gp_dict_pop(GpState *st, GpObject *d, GpObject *key, GpObject *deflt);
/* d.popitem(): a new (key, value) tuple, the last inserted;
 * KeyError('popitem(): dictionary is empty') when empty. */
GpObject *gp_dict_popitem(GpState *st, GpObject *d);
/* d.setdefault(key, deflt): a new reference to d[key], inserting deflt
 * first if the key is missing. */
GpObject *gp_dict_setdefault(GpState *st, GpObject *d, GpObject *key, GpObject *deflt);
/* d.clear().  The references are released after the dict is empty. */
void gp_dict_clear(GpState *st, GpObject *d);

/* Iteration by position, in insertion order.  Start with *pos = 0; each
 * call gives the next live entry (borrowed references; key or value may be
 * NULL if not wanted) and returns 1, or returns 0 at the end.  The dict
 * must not change size during the walk. */
int gp_dict_next(GpObject *d, size_t *pos, GpObject **key, GpObject **value);
/* The same, also giving the key's stored hash (hash may be NULL). */
int gp_dict_next_entry(GpObject *d, size_t *pos, GpObject **key, GpObject **value,
                       int64_t *hash);

/* A shallow copy, in the same insertion order. */
GpObject *gp_dict_copy(GpState *st, GpObject *d);
/* d.update(other) for a dict other: gp_dict_merge with override = 1.
 * override = 0 keeps d's existing values (CPython's PyDict_Merge).
 * TypeError if other is not a dict; RuntimeError "dict mutated during
 * update" if a comparison changes other's size. */
int gp_dict_merge(GpState *st, GpObject *d, GpObject *other, int override);
int gp_dict_update(GpState *st, GpObject *d, GpObject *other);
/* d.update(o) for any o: a dict, an object with keys(), or an iterable of
 * pairs (d |= o too). */
int gp_dict_update_arg(GpState *st, GpObject *d, GpObject *o);

/* Snapshots as tuples (new references), in insertion order: the keys,
 * the values, and (key, value) pairs. */
GpObject *gp_dict_keys(GpState *st, GpObject *d);
GpObject *gp_dict_values(GpState *st, GpObject *d);
GpObject *gp_dict_items(GpState *st, GpObject *d);

/* Iterators (the iter slot gives keys): new references. */
GpObject *gp_dict_iter_keys(GpState *st, GpObject *d);
GpObject *gp_dict_iter_values(GpState *st, GpObject *d);
GpObject *gp_dict_iter_items(GpState *st, GpObject *d);
/* reversed(d), reversed(d.values()), reversed(d.items()) (what: 0, 1, 2):
 * last entry first; RuntimeError when the dict changes size meanwhile. */
GpObject *gp_dict_iter_reversed(GpState *st, GpObject *d, int what);

/* The table's geometry, for tests and the memory views: number of index
 * slots (0 with no table), entries used (live and deleted), entries still
 * free before the next resize, and bytes per index. */
typedef struct GpDictGeometry {
    size_t slots, nentries, usable, index_bytes, table_bytes;
} GpDictGeometry;
void gp_dict_geometry(const GpObject *d, GpDictGeometry *g);

/* A view: d.keys(), d.values(), d.items() (types dict_keys, ...). */
typedef struct GpDictView {
    GpObject ob;
    GpObject *dict;
} GpDictView;

/* Finish the dict type once its method table is in its dict: fromkeys
 * becomes a class method (state.c calls this at start-up). */
int gp_dict_type_ready(GpState *st);

extern const GpType gp_dict_template;
extern const GpType gp_dict_keys_template, gp_dict_values_template, gp_dict_items_template;
extern const GpType gp_dict_keyiter_template;
extern const GpType gp_dict_revkeyiter_template, gp_dict_revvalueiter_template,
    gp_dict_revitemiter_template;
extern const GpType gp_dict_valueiter_template;
extern const GpType gp_dict_itemiter_template;

#endif
