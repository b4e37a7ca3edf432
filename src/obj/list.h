/*
 * list.h - the list type: a growable array of references.
 *
 * As CPython's listobject.c, the header holds a pointer to a separately
 * allocated item array, over-allocated so that appends are amortized O(1):
 *
 *   list   | header | size | items ---> | allocated |      40 bytes + GC head
 *   items  [ ref | ref | ... | ref | (spare) ... ]        allocated slots
 *
 * The array comes from the area new objects go to (gp_state_area) and
 * grows by realloc; `allocated` follows CPython's list_resize exactly (see
 * list.c), so sys.getsizeof(l) = 56 + 8 * allocated matches CPython's
 * numbers step by step.  While the list is being sorted, items is NULL,
 * size 0 and allocated -1: any mutation makes allocated >= 0, which is how
 * the sort notices "list modified during sort".
 *
 * Indices in this API are ssize_t.  gp_list_get/set/del and gp_list_pop
 * accept negative indices (counted from the end, as Python does).
 */
#ifndef GP_OBJ_LIST_H
#define GP_OBJ_LIST_H

#include <sys/types.h>

#include "obj/object.h"

typedef struct GpList {
    GpVarObject ob;         /* ob.size: the number of items */
    GpObject **items;       /* NULL when allocated is 0 (or -1 while sorting) */
    ssize_t allocated;
} GpList;

#define GP_LIST(o) ((GpList *)(o))

static inline size_t gp_list_size(const GpObject *l)
{
    return ((const GpVarObject *)l)->size;
}

/* Borrowed, unchecked: 0 <= i < size. */
static inline GpObject *gp_list_item(const GpObject *l, size_t i)
{
    return ((const GpList *)l)->items[i];
}

/* Store into a slot of a new list (steals v); CPython's PyList_SET_ITEM. */
static inline void gp_list_init_item(GpObject *l, size_t i, GpObject *v)
{
    ((GpList *)l)->items[i] = v;
}

/* A list of n slots, all NULL (allocated == n): fill every slot with
 * gp_list_init_item before the list escapes. */
GpObject *gp_list_new(GpState *st, size_t n);
/* list(iterable) */
GpObject *gp_list_from_iterable(GpState *st, GpObject *iterable);
GpObject *gp_list_from_array(GpState *st, GpObject *const *items, size_t n);
/* tuple(list) */
GpObject *gp_list_as_tuple(GpState *st, GpObject *l);

/* The mutators return 0, or -1 with an exception pending (the list is
 * unchanged then).  They take their own references to v. */
int gp_list_append(GpState *st, GpObject *l, GpObject *v);
/* l.insert(where, v): negative counts from the end; clamped to [0, size] */
int gp_list_insert(GpState *st, GpObject *l, ssize_t where, GpObject *v);
/* l.extend(iterable): any iterable, including l itself */
int gp_list_extend(GpState *st, GpObject *l, GpObject *iterable);
/* l.pop(index): a new reference; IndexError "pop from empty list" /
 * "pop index out of range" */
GpObject *gp_list_pop(GpState *st, GpObject *l, ssize_t index);
/* l[i], a new reference: IndexError "list index out of range" */
GpObject *gp_list_get(GpState *st, GpObject *l, ssize_t i);
/* l[i] = v / del l[i]: IndexError "list assignment index out of range" */
int gp_list_set(GpState *st, GpObject *l, ssize_t i, GpObject *v);
int gp_list_del(GpState *st, GpObject *l, ssize_t i);
/* l[slice], l[slice] = iterable, del l[slice]; any step */
GpObject *gp_list_get_slice(GpState *st, GpObject *l, GpObject *slice);
int gp_list_set_slice(GpState *st, GpObject *l, GpObject *slice, GpObject *v);
int gp_list_del_slice(GpState *st, GpObject *l, GpObject *slice);
void gp_list_reverse(GpObject *l);
void gp_list_clear(GpState *st, GpObject *l);
/* l.index(v, start, stop) (slice-style bounds; pass 0, SSIZE_MAX for
 * none): the index, or -1 with ValueError "3 is not in list" */
ssize_t gp_list_index(GpState *st, GpObject *l, GpObject *v, ssize_t start, ssize_t stop);
/* l.count(v), or -1 */
ssize_t gp_list_count(GpState *st, GpObject *l, GpObject *v);
/* l.remove(v): ValueError "list.remove(x): x not in list" */
int gp_list_remove(GpState *st, GpObject *l, GpObject *v);

/* Sort keys: the key of an item (a new reference), or NULL with an
 * exception pending.  ctx is passed through (the VM passes the callable). */
typedef GpObject *(*GpKeyFn)(GpState *st, void *ctx, GpObject *item);
/* l.sort(key=..., reverse=...): stable; key may be NULL.  Items compare
 * with `<` only; an error from a comparison or a key leaves the list a
 * permutation of what it held.  ValueError "list modified during sort"
 * if the list was changed by a comparison or a key function. */
int gp_list_sort(GpState *st, GpObject *l, GpKeyFn key, void *ctx, int reverse);

/* a + b (b must be a list: TypeError "can only concatenate list (not
 * "tuple") to list"), a * n, a += iterable, a *= n.  The in-place forms
 * return a new reference to a. */
GpObject *gp_list_concat(GpState *st, GpObject *a, GpObject *b);
GpObject *gp_list_repeat(GpState *st, GpObject *a, ssize_t n);
GpObject *gp_list_inplace_concat(GpState *st, GpObject *a, GpObject *iterable);
GpObject *gp_list_inplace_repeat(GpState *st, GpObject *a, ssize_t n);

/* reversed(l) */
GpObject *gp_list_reversed(GpState *st, GpObject *l);
/* l.__sizeof__(): 40 + 8 * allocated (sys.getsizeof adds the 16-byte
 * GC head, as in CPython) */
size_t gp_list_sizeof(const GpObject *l);

/* The repr recursion guard (CPython's Py_ReprEnter/Py_ReprLeave), for
 * every container's repr: enter returns 0 (go ahead), 1 (o is already
 * being repr'd further up: print "[...]"), or -1 with RecursionError. */
int gp_list_repr_enter(GpState *st, GpObject *o);
void gp_list_repr_leave(GpState *st, GpObject *o);

extern const GpType gp_list_template, gp_listiter_template, gp_listreviter_template;

#endif
