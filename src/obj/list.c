/*
 * list.c - the list type (layout in list.h).
 *
 * Growth rule (CPython 3.11's list_resize): a resize to newsize within
 * [allocated/2, allocated] only sets the size; otherwise the array is
 * reallocated to
 *
 *     new_allocated = (newsize + (newsize >> 3) + 6) & ~3
 *
 * (about 12.5% spare, a multiple of 4), or to exactly newsize rounded up to
 * 4 when newsize is closer to that than to the old size (a big extend does
 * not over-allocate), or to nothing when newsize is 0.  So appends give
 * allocated 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...  Lists made at a known
 * size are allocated exactly (slices, concatenation, repetition), or
 * rounded up to even (list(x) of a sized x, extending an empty list by a
 * list or tuple), as CPython 3.11 does.
 *
 * The item array lives in the area new objects go to (gp_state_area) and
 * is resized or freed in whichever area holds it.  Temporary arrays (the
 * sort's keys and merge buffer, the items an assignment replaces) come from
 * the heap.
 *
 * Anything that drops a reference may run arbitrary code (later: __del__)
 * that looks at the list, so every mutation makes the list consistent
 * first and releases the old items last, as CPython does.
 *
 * Sorting is a bottom-up merge sort: binary insertion sort on runs of 32,
 * then merges of neighbouring runs through a buffer that holds the shorter
 * run (at most n/2 entries).  Stable; compares with `<` only.
 */
#include "obj/list.h"

#include <stdint.h>
#include <string.h>

#include "mem/mem.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/iter.h"
#include "obj/method.h"
#include "obj/slice.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

#define SSIZE_MAX_ ((ssize_t)(SIZE_MAX >> 1))
/* the most items an array may hold: its size in bytes must fit ssize_t */
#define MAX_ITEMS (SSIZE_MAX_ / (ssize_t)sizeof(GpObject *))

#define SIZE(l) ((ssize_t)GP_LIST(l)->ob.size)

static GpType *list_type(GpState *st)
{
    return gp_type(st, GP_T_LIST);
}

static int is_list(GpState *st, GpObject *o)
{
    return gp_obj_is_instance_of_type(o, list_type(st));
}

static int is_tuple(GpState *st, GpObject *o)
{
    return gp_obj_is_instance_of_type(o, gp_type(st, GP_T_TUPLE));
}

/* ---- the item array ------------------------------------------------------------- */

static GpArea *area_of(GpState *st, void *p)
{
    return &st->img->areas[gp_image_area_of(st->img, p)];
}

static void free_items(GpState *st, GpObject **items, ssize_t allocated)
{
    if (items)
        gp_mem_free(area_of(st, items), items, (size_t)allocated * sizeof(GpObject *));
}

/* Set the size to newsize (0 <= newsize), reallocating by the growth rule
 * above.  New slots are uninitialized.  0, or -1 with MemoryError and the
 * list unchanged.  A shrink whose reallocation fails keeps the old array. */
static int list_resize(GpState *st, GpList *l, ssize_t newsize)
{
    ssize_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->ob.size = (size_t)newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - SIZE(l) > (ssize_t)(new_allocated - (size_t)newsize))
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        new_allocated = 0;
    GpObject **items = NULL;
    if (new_allocated > (size_t)MAX_ITEMS) {
        /* fall through to MemoryError */
    } else if (new_allocated == 0) {
        free_items(st, l->items, allocated);
        l->items = NULL;
        l->allocated = 0;
        l->ob.size = 0;
        return 0;
    } else if (l->items) {
        items = gp_mem_realloc(area_of(st, l->items), l->items,
                               (size_t)allocated * sizeof(GpObject *),
                               new_allocated * sizeof(GpObject *));
    } else {
        items = gp_mem_alloc(gp_state_area(st), new_allocated * sizeof(GpObject *));
    }
    if (!items) {
        if (l->items && newsize <= allocated) {
            l->ob.size = (size_t)newsize;
            return 0;
        }
        gp_err_nomemory(st);
        return -1;
    }
    l->items = items;
    l->allocated = (ssize_t)new_allocated;
    l->ob.size = (size_t)newsize;
    return 0;
}

/* A list with room for exactly n items, size 0 (CPython's list_new_prealloc). */
static GpObject *new_prealloc(GpState *st, ssize_t n)
{
    if (n > MAX_ITEMS) {
        gp_err_nomemory(st);
        return NULL;
    }
    GpList *l = (GpList *)gp_obj_alloc(st, list_type(st), sizeof(GpList));
    if (!l)
        return NULL;
    if (n > 0) {
        l->items = gp_mem_alloc(gp_state_area(st), (size_t)n * sizeof(GpObject *));
        if (!l->items) {
            gp_obj_free(st, GP_OBJ(l), sizeof(GpList));
            gp_err_nomemory(st);
            return NULL;
        }
        l->allocated = n;
    }
    return GP_OBJ(l);
}

GpObject *gp_list_new(GpState *st, size_t n)
{
    if (n > (size_t)MAX_ITEMS) {
        gp_err_nomemory(st);
        return NULL;
    }
    GpObject *l = new_prealloc(st, (ssize_t)n);
    if (l && n) {
        memset(GP_LIST(l)->items, 0, n * sizeof(GpObject *));
        GP_LIST(l)->ob.size = n;
    }
    return l;
}

GpObject *gp_list_from_array(GpState *st, GpObject *const *items, size_t n)
{
    GpObject *l = gp_list_new(st, n);
    if (!l)
        return NULL;
    for (size_t i = 0; i < n; i++)
        GP_LIST(l)->items[i] = gp_incref(items[i]);
    return l;
}

/* a[ilow:ihigh] for 0 <= ilow <= ihigh <= size, allocated exactly */
static GpObject *list_slice(GpState *st, GpList *a, ssize_t ilow, ssize_t ihigh)
{
    ssize_t n = ihigh > ilow ? ihigh - ilow : 0;
    GpObject *r = new_prealloc(st, n);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        GP_LIST(r)->items[i] = gp_incref(a->items[ilow + i]);
    GP_LIST(r)->ob.size = (size_t)n;
    return r;
}

/* ---- sequences as arrays (CPython's PySequence_Fast) --------------------------------- */

/* v itself if it is a list or tuple, else a new list of its items; msg
 * replaces the TypeError of a non-iterable. */
static GpObject *seq_fast(GpState *st, GpObject *v, const char *msg)
{
    if (is_list(st, v) || is_tuple(st, v))
        return gp_incref(v);
    GpObject *it = gp_obj_iter(st, v);
    if (!it) {
        if (gp_err_matches(st, gp_type(st, GP_T_TYPE_ERROR)))
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s", msg);
        return NULL;
    }
    gp_decref(st, it);
    return gp_list_from_iterable(st, v);
}

static GpObject *const *fast_items(GpState *st, GpObject *v)
{
    return is_list(st, v) ? (GpObject *const *)GP_LIST(v)->items : ((GpTuple *)v)->items;
}

static ssize_t fast_size(GpObject *v)
{
    return (ssize_t)((GpVarObject *)v)->size;
}

/* ---- building ----------------------------------------------------------------------- */

/* len(o) when o has a length, for preallocation: -2 when it has none; -1
 * with an exception pending when its len failed other than by TypeError. */
static ssize_t length_hint(GpState *st, GpObject *o)
{
    GpLenFn len = o->type->seq && o->type->seq->len ? o->type->seq->len
                  : o->type->map && o->type->map->len ? o->type->map->len : NULL;
    if (!len)
        return -2;
    ssize_t n = len(st, o);
    if (n < 0) {
        if (!gp_err_matches(st, gp_type(st, GP_T_TYPE_ERROR)))
            return -1;
        gp_err_clear(st);
        return -2;
    }
    return n;
}

/* Room for n > 0 items in a list without an array (CPython's
 * list_preallocate_exact): n rounded up to even, since the allocator's
 * 16-byte granularity makes the odd slot free. */
static int preallocate_exact(GpState *st, GpList *l, ssize_t n)
{
    n = (n + 1) & ~(ssize_t)1;
    if (n > MAX_ITEMS ||
        !(l->items = gp_mem_alloc(gp_state_area(st), (size_t)n * sizeof(GpObject *)))) {
        gp_err_nomemory(st);
        return -1;
    }
    l->allocated = n;
    return 0;
}

GpObject *gp_list_from_iterable(GpState *st, GpObject *iterable)
{
    GpObject *l = gp_list_new(st, 0);
    if (!l)
        return NULL;
    ssize_t n = length_hint(st, iterable);
    if (n == -1 || (n > 0 && preallocate_exact(st, GP_LIST(l), n) < 0))
        goto fail;
    if (gp_list_extend(st, l, iterable) == 0)
        return l;
fail:
    gp_decref(st, l);
    return NULL;
}

GpObject *gp_list_as_tuple(GpState *st, GpObject *l)
{
    return gp_tuple_from_array(st, GP_LIST(l)->items, gp_list_size(l));
}

/* ---- mutators ------------------------------------------------------------------------ */

/* Append, stealing v (released on failure). */
static int append_take(GpState *st, GpList *l, GpObject *v)
{
    ssize_t n = SIZE(l);
    if (l->allocated > n) {
        l->items[n] = v;
        l->ob.size = (size_t)n + 1;
        return 0;
    }
    if (list_resize(st, l, n + 1) < 0) {
        gp_decref(st, v);
        return -1;
    }
    l->items[n] = v;
    return 0;
}

int gp_list_append(GpState *st, GpObject *l, GpObject *v)
{
    return append_take(st, GP_LIST(l), gp_incref(v));
}

int gp_list_insert(GpState *st, GpObject *lo, ssize_t where, GpObject *v)
{
    GpList *l = GP_LIST(lo);
    ssize_t n = SIZE(l);
    if (list_resize(st, l, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    memmove(&l->items[where + 1], &l->items[where], (size_t)(n - where) * sizeof(GpObject *));
    l->items[where] = gp_incref(v);
    return 0;
}

int gp_list_extend(GpState *st, GpObject *lo, GpObject *iterable)
{
    GpList *l = GP_LIST(lo);
    if (iterable == lo || is_list(st, iterable) || is_tuple(st, iterable)) {
        ssize_t n = fast_size(iterable), m = SIZE(l);
        if (n == 0)
            return 0;
        if (!l->items) {
            if (preallocate_exact(st, l, n) < 0)
                return -1;
            l->ob.size = (size_t)n;
        } else if (list_resize(st, l, m + n) < 0) {
            return -1;
        }
        /* read the source after the resize: it may be l itself */
        GpObject *const *src = fast_items(st, iterable);
        for (ssize_t i = 0; i < n; i++)
            l->items[m + i] = gp_incref(src[i]);
        return 0;
    }
    GpObject *it = gp_obj_iter(st, iterable);
    if (!it)
        return -1;
    ssize_t n = length_hint(st, iterable), m = SIZE(l);
    if (n == -1)
        goto fail;
    if (n < 0)
        n = 8;
    if (m <= SSIZE_MAX_ - n) {
        if (list_resize(st, l, m + n) < 0)
            goto fail;
        l->ob.size = (size_t)m;
    }
    for (;;) {
        GpObject *item = gp_iter_next(st, it);
        if (!item) {
            if (gp_err_occurred(st))
                goto fail;
            break;
        }
        if (append_take(st, l, item) < 0)
            goto fail;
    }
    /* cut back an over-estimate */
    if (SIZE(l) < l->allocated && list_resize(st, l, SIZE(l)) < 0)
        goto fail;
    gp_decref(st, it);
    return 0;
fail:
    gp_decref(st, it);
    return -1;
}

void gp_list_clear(GpState *st, GpObject *lo)
{
    GpList *l = GP_LIST(lo);
    GpObject **items = l->items;
    if (!items)
        return;
    ssize_t i = SIZE(l), allocated = l->allocated;
    l->ob.size = 0;
    l->items = NULL;
    l->allocated = 0;
    while (--i >= 0)
        gp_xdecref(st, items[i]);
    free_items(st, items, allocated);
}

/* a[ilow:ihigh] = v (CPython's list_ass_slice): v is NULL (delete) or any
 * iterable; ilow and ihigh are clipped to the list. */
static int ass_slice(GpState *st, GpList *a, ssize_t ilow, ssize_t ihigh, GpObject *v)
{
    GpObject *recycle_on_stack[8], **recycle = recycle_on_stack;
    GpObject *vseq = NULL;
    GpObject *const *vitem = NULL;
    ssize_t n = 0, norig = 0;
    int result = -1;
    if (v) {
        /* a[i:j] = a copies first */
        vseq = v == GP_OBJ(a) ? list_slice(st, a, 0, SIZE(a))
                              : seq_fast(st, v, "can only assign an iterable");
        if (!vseq)
            return -1;
        n = fast_size(vseq);
        vitem = fast_items(st, vseq);
    }
    ssize_t size = SIZE(a);
    if (ilow < 0)
        ilow = 0;
    else if (ilow > size)
        ilow = size;
    if (ihigh < ilow)
        ihigh = ilow;
    else if (ihigh > size)
        ihigh = size;
    norig = ihigh - ilow;
    ssize_t d = n - norig;
    if (size + d == 0) {
        gp_xdecref(st, vseq);
        gp_list_clear(st, GP_OBJ(a));
        return 0;
    }
    size_t s = (size_t)norig * sizeof(GpObject *);
    if (norig > 8 && !(recycle = gp_mem_alloc(st->heap, s))) {
        recycle = recycle_on_stack;
        gp_err_nomemory(st);
        goto out;
    }
    GpObject **item = a->items;
    if (s)
        memcpy(recycle, &item[ilow], s);
    if (d < 0) {
        size_t tail = (size_t)(size - ihigh) * sizeof(GpObject *);
        memmove(&item[ihigh + d], &item[ihigh], tail);
        if (list_resize(st, a, size + d) < 0) {
            memmove(&item[ihigh], &item[ihigh + d], tail);
            memcpy(&item[ilow], recycle, s);
            goto out;
        }
        item = a->items;
    } else if (d > 0) {
        if (list_resize(st, a, size + d) < 0)
            goto out;
        item = a->items;
        memmove(&item[ihigh + d], &item[ihigh], (size_t)(size - ihigh) * sizeof(GpObject *));
    }
    for (ssize_t k = 0; k < n; k++, ilow++)
        item[ilow] = gp_incref(vitem[k]);
    for (ssize_t k = norig - 1; k >= 0; k--)
        gp_xdecref(st, recycle[k]);
    result = 0;
out:
    if (recycle != recycle_on_stack)
        gp_mem_free(st->heap, recycle, s);
    gp_xdecref(st, vseq);
    return result;
}

GpObject *gp_list_pop(GpState *st, GpObject *lo, ssize_t index)
{
    GpList *l = GP_LIST(lo);
    ssize_t n = SIZE(l);
    if (n == 0) {
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "pop from empty list");
        return NULL;
    }
    if (index < 0)
        index += n;
    if (index < 0 || index >= n) {
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "pop index out of range");
        return NULL;
    }
    GpObject *v = l->items[index];
    if (index == n - 1)
        return list_resize(st, l, n - 1) < 0 ? NULL : v;
    gp_incref(v);
    if (ass_slice(st, l, index, index + 1, NULL) < 0) {
        gp_decref(st, v);
        return NULL;
    }
    return v;
}

GpObject *gp_list_get(GpState *st, GpObject *l, ssize_t i)
{
    if (i < 0)
        i += SIZE(l);
    if (i < 0 || i >= SIZE(l)) {
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "list index out of range");
        return NULL;
    }
    return gp_incref(GP_LIST(l)->items[i]);
}

/* l[i] = v, or del l[i] when v is NULL */
static int ass_item(GpState *st, GpObject *l, ssize_t i, GpObject *v)
{
    if (i < 0)
        i += SIZE(l);
    if (i < 0 || i >= SIZE(l)) {
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "list assignment index out of range");
        return -1;
    }
    if (!v)
        return ass_slice(st, GP_LIST(l), i, i + 1, NULL);
    GpObject *old = GP_LIST(l)->items[i];
    GP_LIST(l)->items[i] = gp_incref(v);
    gp_decref(st, old);
    return 0;
}

int gp_list_set(GpState *st, GpObject *l, ssize_t i, GpObject *v)
{
    return ass_item(st, l, i, v);
}

int gp_list_del(GpState *st, GpObject *l, ssize_t i)
{
    return ass_item(st, l, i, NULL);
}

void gp_list_reverse(GpObject *l)
{
    if (SIZE(l) < 2)
        return;
    GpObject **lo = GP_LIST(l)->items, **hi = lo + SIZE(l) - 1;
    for (; lo < hi; lo++, hi--) {
        GpObject *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

/* ---- slices -------------------------------------------------------------------------- */

GpObject *gp_list_get_slice(GpState *st, GpObject *lo, GpObject *slice)
{
    GpList *l = GP_LIST(lo);
    ssize_t start, stop, step, n;
    if (gp_slice_indices(st, slice, SIZE(l), &start, &stop, &step, &n) < 0)
        return NULL;
    if (n <= 0)
        return gp_list_new(st, 0);
    if (step == 1)
        return list_slice(st, l, start, stop);
    GpObject *r = new_prealloc(st, n);
    if (!r)
        return NULL;
    for (size_t i = 0, cur = (size_t)start; i < (size_t)n; i++, cur += (size_t)step)
        GP_LIST(r)->items[i] = gp_incref(l->items[cur]);
    GP_LIST(r)->ob.size = (size_t)n;
    return r;
}

/* del l[start:stop:step] for an extended slice of n > 0 items */
static int del_extended(GpState *st, GpList *l, ssize_t start, ssize_t stop, ssize_t step,
                        ssize_t n)
{
    if (step < 0) {
        stop = start + 1;
        start = stop + step * (n - 1) - 1;
        step = -step;
    }
    GpObject **garbage = gp_mem_alloc(st->heap, (size_t)n * sizeof(GpObject *));
    if (!garbage) {
        gp_err_nomemory(st);
        return -1;
    }
    size_t size = l->ob.size, cur, i;
    /* close each gap as its item is taken out */
    for (cur = (size_t)start, i = 0; cur < (size_t)stop; cur += (size_t)step, i++) {
        size_t lim = (size_t)step - 1;
        garbage[i] = l->items[cur];
        if (cur + (size_t)step >= size)
            lim = size - cur - 1;
        memmove(l->items + cur - i, l->items + cur + 1, lim * sizeof(GpObject *));
    }
    cur = (size_t)start + (size_t)n * (size_t)step;
    if (cur < size)
        memmove(l->items + cur - (size_t)n, l->items + cur,
                (size - cur) * sizeof(GpObject *));
    l->ob.size = size - (size_t)n;
    int res = list_resize(st, l, SIZE(l));
    for (ssize_t k = 0; k < n; k++)
        gp_decref(st, garbage[k]);
    gp_mem_free(st->heap, garbage, (size_t)n * sizeof(GpObject *));
    return res;
}

int gp_list_set_slice(GpState *st, GpObject *lo, GpObject *slice, GpObject *v)
{
    GpList *l = GP_LIST(lo);
    ssize_t start, stop, step;
    if (gp_slice_unpack(st, slice, &start, &stop, &step) < 0)
        return -1;
    ssize_t n = gp_slice_adjust(SIZE(l), &start, &stop, step);
    if (step == 1)
        return ass_slice(st, l, start, stop, v);
    /* s[5:2] = [..] inserts before 5, not before 2 */
    if ((step < 0 && start < stop) || (step > 0 && start > stop))
        stop = start;
    if (!v)
        return n <= 0 ? 0 : del_extended(st, l, start, stop, step, n);
    /* a[::-1] = a copies first */
    GpObject *seq = v == lo ? list_slice(st, l, 0, SIZE(l))
                            : seq_fast(st, v, "must assign iterable to extended slice");
    if (!seq)
        return -1;
    if (fast_size(seq) != n) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                      "attempt to assign sequence of size %zd to extended slice of size %zd",
                      fast_size(seq), n);
        gp_decref(st, seq);
        return -1;
    }
    if (n == 0) {
        gp_decref(st, seq);
        return 0;
    }
    GpObject **garbage = gp_mem_alloc(st->heap, (size_t)n * sizeof(GpObject *));
    if (!garbage) {
        gp_decref(st, seq);
        gp_err_nomemory(st);
        return -1;
    }
    GpObject *const *src = fast_items(st, seq);
    for (size_t i = 0, cur = (size_t)start; i < (size_t)n; i++, cur += (size_t)step) {
        garbage[i] = l->items[cur];
        l->items[cur] = gp_incref(src[i]);
    }
    for (ssize_t i = 0; i < n; i++)
        gp_decref(st, garbage[i]);
    gp_mem_free(st->heap, garbage, (size_t)n * sizeof(GpObject *));
    gp_decref(st, seq);
    return 0;
}

int gp_list_del_slice(GpState *st, GpObject *l, GpObject *slice)
{
    return gp_list_set_slice(st, l, slice, NULL);
}

/* ---- searching ----------------------------------------------------------------------- */

/* l[i] == v, holding a reference to the item while comparing */
static int item_eq(GpState *st, GpObject *l, ssize_t i, GpObject *v)
{
    GpObject *item = GP_LIST(l)->items[i];
    if (item == v)
        return 1;
    gp_incref(item);
    int r = gp_obj_richcompare_bool(st, item, v, GP_EQ);
    gp_decref(st, item);
    return r;
}

static void not_in_list(GpState *st, GpObject *v)
{
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_repr(&b, v);
    gp_strbuf_add_ascii(&b, " is not in list");
    GpObject *msg = gp_strbuf_finish(&b);
    if (msg) {
        gp_err_set(st, gp_type(st, GP_T_VALUE_ERROR), msg);
        gp_decref(st, msg);
    }
}

ssize_t gp_list_index(GpState *st, GpObject *l, GpObject *v, ssize_t start, ssize_t stop)
{
    if (start < 0) {
        start += SIZE(l);
        if (start < 0)
            start = 0;
    }
    if (stop < 0) {
        stop += SIZE(l);
        if (stop < 0)
            stop = 0;
    }
    for (ssize_t i = start; i < stop && i < SIZE(l); i++) {
        int c = item_eq(st, l, i, v);
        if (c > 0)
            return i;
        if (c < 0)
            return -1;
    }
    not_in_list(st, v);
    return -1;
}

ssize_t gp_list_count(GpState *st, GpObject *l, GpObject *v)
{
    ssize_t count = 0;
    for (ssize_t i = 0; i < SIZE(l); i++) {
        int c = item_eq(st, l, i, v);
        if (c < 0)
            return -1;
        count += c;
    }
    return count;
}

int gp_list_remove(GpState *st, GpObject *l, GpObject *v)
{
    for (ssize_t i = 0; i < SIZE(l); i++) {
        int c = item_eq(st, l, i, v);
        if (c > 0)
            return ass_slice(st, GP_LIST(l), i, i + 1, NULL);
        if (c < 0)
            return -1;
    }
    gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "list.remove(x): x not in list");
    return -1;
}

static int list_contains(GpState *st, GpObject *l, GpObject *v)
{
    int c = 0;
    for (ssize_t i = 0; c == 0 && i < SIZE(l); i++)
        c = item_eq(st, l, i, v);
    return c;
}

/* ---- sorting ------------------------------------------------------------------------- */

/*
 * How keys compare.  As CPython's list.sort, a first pass looks at every
 * key: when all are of one type whose < needs no dispatch (word-sized
 * ints, floats, str) the sort compares them directly; when all are
 * tuples, their items are compared directly wherever both are of one such
 * type; otherwise through richcompare.
 */
enum { SORT_GENERIC, SORT_INT, SORT_FLOAT, SORT_STR, SORT_TUPLE };

/* The array being sorted: keys, and the values moving with them (NULL
 * when the keys are the items themselves); tk/tv the merge buffer. */
typedef struct Sorter {
    GpState *st;
    GpObject **k, **v, **tk, **tv;
    int kind;               /* the keys' SORT_ kind */
} Sorter;

#define MIN_RUN 32

static int kind_of(GpState *st, GpObject *o)
{
    if (o->type == gp_type(st, GP_T_INT))
        return gp_int_is_small(o) ? SORT_INT : SORT_GENERIC;
    if (o->type == gp_type(st, GP_T_FLOAT))
        return SORT_FLOAT;
    if (o->type == gp_type(st, GP_T_STR))
        return SORT_STR;
    if (o->type == gp_type(st, GP_T_TUPLE))
        return gp_tuple_size(o) ? SORT_TUPLE : SORT_GENERIC;
    return SORT_GENERIC;
}

/* The one kind all n keys share, else SORT_GENERIC. */
static int common_kind(GpState *st, GpObject **k, size_t n)
{
    int kind = n ? kind_of(st, k[0]) : SORT_GENERIC;
    for (size_t i = 1; i < n && kind != SORT_GENERIC; i++)
        if (kind_of(st, k[i]) != kind)
            kind = SORT_GENERIC;
    return kind;
}

static int less_as(GpState *st, int kind, GpObject *a, GpObject *b)
{
    switch (kind) {
    case SORT_INT:
        return GP_INT(a)->u.s.v < GP_INT(b)->u.s.v;
    case SORT_FLOAT:
        return GP_FLOAT(a)->v < GP_FLOAT(b)->v;
    case SORT_STR:
        return gp_str_compare(a, b) < 0;
    default:
        return gp_obj_richcompare_bool(st, a, b, GP_LT);
    }
}

/* x against y when both are of one directly comparable kind: <0, 0, >0;
 * 2 when they are not (or a NaN is involved: == and < disagree there) */
static int quick_compare(GpState *st, GpObject *x, GpObject *y)
{
    int k = kind_of(st, x);
    if (k == SORT_GENERIC || k == SORT_TUPLE || kind_of(st, y) != k)
        return 2;
    if (k == SORT_INT) {
        int64_t a = GP_INT(x)->u.s.v, b = GP_INT(y)->u.s.v;
        return (a > b) - (a < b);
    }
    if (k == SORT_FLOAT) {
        double a = GP_FLOAT(x)->v, b = GP_FLOAT(y)->v;
        return a < b ? -1 : a > b ? 1 : a == b ? 0 : 2;
    }
    int c = gp_str_compare(x, y);
    return (c > 0) - (c < 0);
}

/* Tuples: the first items that differ decide, as tuple's < does. */
static int tuple_less(Sorter *s, GpObject *a, GpObject *b)
{
    size_t na = gp_tuple_size(a), nb = gp_tuple_size(b), i = 0;
    for (; i < na && i < nb; i++) {
        GpObject *x = gp_tuple_item(a, i), *y = gp_tuple_item(b, i);
        if (x == y)
            continue;
        int q = quick_compare(s->st, x, y);
        if (q == 0)
            continue;
        if (q != 2)
            return q < 0;
        int eq = gp_obj_richcompare_bool(s->st, x, y, GP_EQ);
        if (eq < 0)
            return -1;
        if (!eq)
            break;
    }
    if (i >= na || i >= nb)
        return na < nb;
    return gp_obj_richcompare_bool(s->st, gp_tuple_item(a, i), gp_tuple_item(b, i), GP_LT);
}

static int less(Sorter *s, GpObject *a, GpObject *b)
{
    if (s->kind == SORT_TUPLE)
        return tuple_less(s, a, b);
    return less_as(s->st, s->kind, a, b);
}

static void to_buf(Sorter *s, size_t from, size_t n)
{
    memcpy(s->tk, s->k + from, n * sizeof(GpObject *));
    if (s->v)
        memcpy(s->tv, s->v + from, n * sizeof(GpObject *));
}

static void from_buf(Sorter *s, size_t to, size_t from, size_t n)
{
    memcpy(s->k + to, s->tk + from, n * sizeof(GpObject *));
    if (s->v)
        memcpy(s->v + to, s->tv + from, n * sizeof(GpObject *));
}

/* Binary insertion sort of [lo, hi), whose [lo, start) is sorted.  An
 * item moves only after its place is found, so a failed comparison leaves
 * a permutation. */
static int binsort(Sorter *s, size_t lo, size_t hi, size_t start)
{
    for (; start < hi; start++) {
        GpObject *pk = s->k[start], *pv = s->v ? s->v[start] : NULL;
        size_t l = lo, r = start;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            int c = less(s, pk, s->k[m]);
            if (c < 0)
                return -1;
            if (c)
                r = m;
            else
                l = m + 1;
        }
        memmove(s->k + l + 1, s->k + l, (start - l) * sizeof(GpObject *));
        s->k[l] = pk;
        if (s->v) {
            memmove(s->v + l + 1, s->v + l, (start - l) * sizeof(GpObject *));
            s->v[l] = pv;
        }
    }
    return 0;
}

/* Merge the sorted runs [lo, mid) and [mid, hi), buffering the shorter
 * one.  On a failed comparison the buffered rest is copied back into the
 * hole, so the array stays a permutation. */
static int merge(Sorter *s, size_t lo, size_t mid, size_t hi)
{
    int c = less(s, s->k[mid], s->k[mid - 1]);
    if (c <= 0)
        return c;   /* already in order, or an error */
    size_t nl = mid - lo, nr = hi - mid;
    if (nl <= nr) {
        /* front to back: take from the right only when strictly less */
        to_buf(s, lo, nl);
        size_t i = 0, j = mid, d = lo;
        while (i < nl && j < hi) {
            c = less(s, s->k[j], s->tk[i]);
            if (c < 0)
                break;
            if (c) {
                s->k[d] = s->k[j];
                if (s->v)
                    s->v[d] = s->v[j];
                j++;
            } else {
                s->k[d] = s->tk[i];
                if (s->v)
                    s->v[d] = s->tv[i];
                i++;
            }
            d++;
        }
        from_buf(s, d, i, nl - i);
        return c < 0 ? -1 : 0;
    }
    /* back to front: take from the left only when the right is strictly less */
    to_buf(s, mid, nr);
    size_t i = mid, j = nr, d = hi;   /* one past the next item of each */
    while (i > lo && j > 0) {
        c = less(s, s->tk[j - 1], s->k[i - 1]);
        if (c < 0)
            break;
        d--;
        if (c) {
            i--;
            s->k[d] = s->k[i];
            if (s->v)
                s->v[d] = s->v[i];
        } else {
            j--;
            s->k[d] = s->tk[j];
            if (s->v)
                s->v[d] = s->tv[j];
        }
    }
    from_buf(s, i, 0, j);
    return c < 0 ? -1 : 0;
}

static int merge_sort(Sorter *s, size_t n)
{
    if (n < 2)
        return 0;
    for (size_t lo = 0; lo < n; lo += MIN_RUN) {
        size_t hi = lo + MIN_RUN < n ? lo + MIN_RUN : n;
        if (binsort(s, lo, hi, lo + 1) < 0)
            return -1;
    }
    if (n <= MIN_RUN)
        return 0;
    size_t half = n / 2 + 1, per = s->v ? 2 : 1;
    GpObject **buf = gp_mem_alloc(s->st->heap, half * per * sizeof(GpObject *));
    if (!buf) {
        gp_err_nomemory(s->st);
        return -1;
    }
    s->tk = buf;
    s->tv = s->v ? buf + half : NULL;
    int rc = 0;
    for (size_t w = MIN_RUN; w < n && rc == 0; w *= 2)
        for (size_t lo = 0; lo + w < n && rc == 0; lo += 2 * w)
            rc = merge(s, lo, lo + w, lo + 2 * w < n ? lo + 2 * w : n);
    gp_mem_free(s->st->heap, buf, half * per * sizeof(GpObject *));
    return rc;
}

static void reverse_array(GpObject **a, size_t n)
{
    for (size_t i = 0; n > 1 && i < n / 2; i++) {
        GpObject *t = a[i];
        a[i] = a[n - 1 - i];
        a[n - 1 - i] = t;
    }
}

int gp_list_sort(GpState *st, GpObject *lo, GpKeyFn keyfn, void *ctx, int reverse)
{
    GpList *l = GP_LIST(lo);
    size_t n = l->ob.size;
    GpObject **saved = l->items, **keys = NULL;
    ssize_t saved_allocated = l->allocated;
    int result = -1;
    /* empty the list while sorting: a mutation sets allocated >= 0 */
    l->ob.size = 0;
    l->items = NULL;
    l->allocated = -1;
    if (keyfn && n > 0) {
        keys = gp_mem_alloc(st->heap, n * sizeof(GpObject *));
        if (!keys) {
            gp_err_nomemory(st);
            goto keyfunc_fail;
        }
        for (size_t i = 0; i < n; i++) {
            keys[i] = keyfn(st, ctx, saved[i]);
            if (!keys[i]) {
                while (i-- > 0)
                    gp_decref(st, keys[i]);
                gp_mem_free(st->heap, keys, n * sizeof(GpObject *));
                goto keyfunc_fail;
            }
        }
    }
    /* reversing before and after a stable sort keeps equal items in order */
    if (reverse) {
        if (keys)
            reverse_array(keys, n);
        reverse_array(saved, n);
    }
    Sorter s = {st, keys ? keys : saved, keys ? saved : NULL, NULL, NULL, 0};
    s.kind = common_kind(st, s.k, n);
    result = merge_sort(&s, n);
    if (keys) {
        for (size_t i = 0; i < n; i++)
            gp_decref(st, keys[i]);
        gp_mem_free(st->heap, keys, n * sizeof(GpObject *));
    }
    if (l->allocated != -1 && result == 0) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "list modified during sort");
        result = -1;
    }
    if (reverse)
        reverse_array(saved, n);
keyfunc_fail:;
    /* put the sorted array back; drop whatever was added meanwhile */
    GpObject **final = l->items;
    ssize_t i = SIZE(l), final_allocated = l->allocated;
    l->ob.size = n;
    l->items = saved;
    l->allocated = saved_allocated;
    if (final) {
        while (--i >= 0)
            gp_xdecref(st, final[i]);
        free_items(st, final, final_allocated);
    }
    return result;
}

/* ---- operators ----------------------------------------------------------------------- */

GpObject *gp_list_concat(GpState *st, GpObject *a, GpObject *b)
{
    if (!is_list(st, b)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "can only concatenate list (not \"%s\") to list", b->type->name);
        return NULL;
    }
    ssize_t na = SIZE(a), nb = SIZE(b);
    GpObject *r = new_prealloc(st, na + nb);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < na; i++)
        GP_LIST(r)->items[i] = gp_incref(GP_LIST(a)->items[i]);
    for (ssize_t i = 0; i < nb; i++)
        GP_LIST(r)->items[na + i] = gp_incref(GP_LIST(b)->items[i]);
    GP_LIST(r)->ob.size = (size_t)(na + nb);
    return r;
}

GpObject *gp_list_repeat(GpState *st, GpObject *a, ssize_t n)
{
    ssize_t len = SIZE(a);
    if (n < 0)
        n = 0;
    if (n > 0 && len > MAX_ITEMS / n) {
        gp_err_nomemory(st);
        return NULL;
    }
    ssize_t size = len * n;
    if (size == 0)
        return gp_list_new(st, 0);
    GpObject *r = new_prealloc(st, size);
    if (!r)
        return NULL;
    GpObject **dst = GP_LIST(r)->items;
    for (ssize_t k = 0; k < size; k++)
        dst[k] = gp_incref(GP_LIST(a)->items[k % len]);
    GP_LIST(r)->ob.size = (size_t)size;
    return r;
}

GpObject *gp_list_inplace_concat(GpState *st, GpObject *a, GpObject *iterable)
{
    if (gp_list_extend(st, a, iterable) < 0)
        return NULL;
    return gp_incref(a);
}

GpObject *gp_list_inplace_repeat(GpState *st, GpObject *a, ssize_t n)
{
    GpList *l = GP_LIST(a);
    ssize_t len = SIZE(l);
    if (n < 1 || len == 0) {
        gp_list_clear(st, a);
        return gp_incref(a);
    }
    if (len > MAX_ITEMS / n) {
        gp_err_nomemory(st);
        return NULL;
    }
    if (list_resize(st, l, len * n) < 0)
        return NULL;
    for (ssize_t k = len; k < len * n; k++)
        l->items[k] = gp_incref(l->items[k - len]);
    return gp_incref(a);
}

size_t gp_list_sizeof(const GpObject *l)
{
    ssize_t a = GP_LIST(l)->allocated;
    return sizeof(GpList) + (a > 0 ? (size_t)a : 0) * sizeof(GpObject *);
}

/* ---- repr and its recursion guard ------------------------------------------------------- */

/*
 * The objects whose repr is being computed, innermost last: CPython keeps
 * this list in the thread state (Py_ReprEnter).  Here it is one static
 * array for the process, which serves several states too (their objects
 * have different addresses).  Its depth bounds the nesting of container
 * reprs, which also keeps repr of a deeply nested list from exhausting the
 * C stack: RecursionError as in CPython past 1000 levels.
 */
#define REPR_DEPTH 1000
static GpObject *repr_stack[REPR_DEPTH];
static int repr_depth;

int gp_list_repr_enter(GpState *st, GpObject *o)
{
    for (int i = 0; i < repr_depth; i++)
        if (repr_stack[i] == o)
            return 1;
    if (repr_depth == REPR_DEPTH) {
        gp_err_format(st, gp_type(st, GP_T_RECURSION_ERROR),
                      "maximum recursion depth exceeded while getting the repr of an object");
        return -1;
    }
    repr_stack[repr_depth++] = o;
    return 0;
}

void gp_list_repr_leave(GpState *st, GpObject *o)
{
    (void)st;
    for (int i = repr_depth - 1; i >= 0; i--)
        if (repr_stack[i] == o) {
            memmove(&repr_stack[i], &repr_stack[i + 1],
                    (size_t)(repr_depth - i - 1) * sizeof repr_stack[0]);
            repr_depth--;
            return;
        }
}

static GpObject *list_repr(GpState *st, GpObject *l)
{
    if (SIZE(l) == 0)
        return gp_str_from_cstr(st, "[]");
    int e = gp_list_repr_enter(st, l);
    if (e != 0)
        return e > 0 ? gp_str_from_cstr(st, "[...]") : NULL;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_cp(&b, '[');
    /* the size is read again each time: a repr may change the list */
    for (ssize_t i = 0; i < SIZE(l) && !b.failed; i++) {
        if (i)
            gp_strbuf_add_ascii(&b, ", ");
        GpObject *item = gp_incref(GP_LIST(l)->items[i]);
        gp_strbuf_add_repr(&b, item);
        gp_decref(st, item);
    }
    gp_strbuf_add_cp(&b, ']');
    gp_list_repr_leave(st, l);
    return gp_strbuf_finish(&b);
}

/* ---- the type's slots ---------------------------------------------------------------- */

static void list_dealloc(GpState *st, GpObject *o)
{
    GpList *l = GP_LIST(o);
    ssize_t i = SIZE(l);
    while (--i >= 0)
        gp_xdecref(st, l->items[i]);
    free_items(st, l->items, l->allocated);
    gp_obj_free(st, o, sizeof(GpList));
}

static int list_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    for (ssize_t i = SIZE(o); --i >= 0;) {
        GpObject *x = GP_LIST(o)->items[i];
        if (x && visit(x, arg))
            return 1;
    }
    return 0;
}

static int64_t list_hash(GpState *st, GpObject *o)
{
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "unhashable type: '%s'", o->type->name);
    return -1;
}

/* Lists compare item by item, lexicographically (CPython's list_richcompare). */
static GpObject *list_richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    if (!is_list(st, b))
        return gp_incref(st->not_implemented);
    if (SIZE(a) != SIZE(b) && (op == GP_EQ || op == GP_NE))
        return gp_incref(op == GP_EQ ? st->false_ : st->true_);
    ssize_t i;
    for (i = 0; i < SIZE(a) && i < SIZE(b); i++) {
        GpObject *x = GP_LIST(a)->items[i], *y = GP_LIST(b)->items[i];
        if (x == y)
            continue;
        gp_incref(x);
        gp_incref(y);
        int k = gp_obj_richcompare_bool(st, x, y, GP_EQ);
        gp_decref(st, x);
        gp_decref(st, y);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= SIZE(a) || i >= SIZE(b))
        return gp_obj_compare_result(st, SIZE(a) < SIZE(b) ? -1 : SIZE(a) > SIZE(b), op);
    if (op == GP_EQ || op == GP_NE)
        return gp_incref(op == GP_EQ ? st->false_ : st->true_);
    GpObject *x = gp_incref(GP_LIST(a)->items[i]), *y = gp_incref(GP_LIST(b)->items[i]);
    GpObject *r = gp_obj_richcompare(st, x, y, op);
    gp_decref(st, x);
    gp_decref(st, y);
    return r;
}

static ssize_t list_len(GpState *st, GpObject *l)
{
    (void)st;
    return SIZE(l);
}

static GpObject *list_item(GpState *st, GpObject *l, ssize_t i)
{
    if (i < 0 || i >= SIZE(l)) {
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "list index out of range");
        return NULL;
    }
    return gp_incref(GP_LIST(l)->items[i]);
}

static GpObject *list_subscript(GpState *st, GpObject *l, GpObject *key)
{
    if (gp_slice_has_index(key)) {
        ssize_t i;
        if (gp_slice_as_ssize(st, key, gp_type(st, GP_T_INDEX_ERROR), &i) < 0)
            return NULL;
        return gp_list_get(st, l, i);
    }
    if (gp_obj_is_instance_of_type(key, gp_type(st, GP_T_SLICE)))
        return gp_list_get_slice(st, l, key);
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                  "list indices must be integers or slices, not %s", key->type->name);
    return NULL;
}

static int list_ass_subscript(GpState *st, GpObject *l, GpObject *key, GpObject *v)
{
    if (gp_slice_has_index(key)) {
        ssize_t i;
        if (gp_slice_as_ssize(st, key, gp_type(st, GP_T_INDEX_ERROR), &i) < 0)
            return -1;
        return ass_item(st, l, i, v);
    }
    if (gp_obj_is_instance_of_type(key, gp_type(st, GP_T_SLICE)))
        return gp_list_set_slice(st, l, key, v);
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                  "list indices must be integers or slices, not %s", key->type->name);
    return -1;
}

static GpObject *list_iter(GpState *st, GpObject *l)
{
    return gp_iter_index_new(st, gp_type(st, GP_T_LIST_ITER), l, 0);
}

GpObject *gp_list_reversed(GpState *st, GpObject *l)
{
    return gp_iter_index_new(st, gp_type(st, GP_T_LIST_REVITER), l, SIZE(l) - 1);
}

/* list() and list(iterable) */
static GpObject *list_call_new(GpState *st, GpObject *type, GpObject *const *args,
                               size_t nargs, GpObject *kwnames)
{
    (void)type;
    if (kwnames && gp_tuple_size(kwnames)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "list() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "list expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    return nargs ? gp_list_from_iterable(st, args[0]) : gp_list_new(st, 0);
}

static const GpSequenceSlots list_seq = {
    .len = list_len,
    .item = list_item,
    .concat = gp_list_concat,
    .contains = list_contains,
    .repeat = gp_list_repeat,
    .inplace_concat = gp_list_inplace_concat,
    .inplace_repeat = gp_list_inplace_repeat,
};

static const GpMappingSlots list_map = {
    .len = list_len,
    .subscript = list_subscript,
    .ass_subscript = list_ass_subscript,
};

/* ---- methods ----------------------------------------------------------------------------- */

/* Argument handling follows CPython 3.11's Argument Clinic code for each
 * method, messages included ("index expected at least 1 argument, got
 * 0").  The caller has checked the counts of NOARGS and O methods. */

static GpObject *none_or_null(GpState *st, int rc)
{
    return rc ? NULL : gp_incref(st->none);
}

static GpObject *m_append(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    return none_or_null(st, gp_list_append(st, self, args[0]));
}

static GpObject *m_pop(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                       GpObject *kwnames)
{
    (void)kwnames;
    ssize_t i = -1;
    if (nargs > 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "pop expected at most 1 argument, got %zu",
                      nargs);
        return NULL;
    }
    if (nargs == 1 && gp_slice_as_ssize(st, args[0], gp_type(st, GP_T_INDEX_ERROR), &i))
        return NULL;
    return gp_list_pop(st, self, i);
}

static GpObject *m_insert(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)kwnames;
    ssize_t i;
    if (nargs != 2) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "insert expected 2 arguments, got %zu",
                      nargs);
        return NULL;
    }
    if (gp_slice_as_ssize(st, args[0], NULL, &i) || gp_list_insert(st, self, i, args[1]))
        return NULL;
    return gp_incref(st->none);
}

static GpObject *m_clear(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    gp_list_clear(st, self);
    return gp_incref(st->none);
}

static GpObject *m_reverse(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    gp_list_reverse(self);
    return gp_incref(st->none);
}

static GpObject *m_copy(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return list_slice(st, GP_LIST(self), 0, SIZE(self));
}

static GpObject *m_count(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    ssize_t n = gp_list_count(st, self, args[0]);
    return n < 0 ? NULL : gp_int_from_i64(st, n);
}

static GpObject *m_extend(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    return none_or_null(st, gp_list_extend(st, self, args[0]));
}

static GpObject *m_index(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)kwnames;
    ssize_t start = 0, stop = SSIZE_MAX_;
    if (nargs < 1 || nargs > 3) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      nargs ? "index expected at most 3 arguments, got %zu"
                            : "index expected at least 1 argument, got %zu", nargs);
        return NULL;
    }
    if ((nargs > 1 && gp_slice_index(st, args[1], 0, &start)) ||
        (nargs > 2 && gp_slice_index(st, args[2], 0, &stop)))
        return NULL;
    ssize_t i = gp_list_index(st, self, args[0], start, stop);
    return i < 0 ? NULL : gp_int_from_i64(st, i);
}

static GpObject *m_remove(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    return none_or_null(st, gp_list_remove(st, self, args[0]));
}

/* sort's key: ctx is the callable */
static GpObject *call_key(GpState *st, void *ctx, GpObject *item)
{
    return gp_obj_call(st, ctx, &item, 1, NULL);
}

/* sort(*, key=None, reverse=False) */
static GpObject *m_sort(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    GpObject *key = NULL;
    ssize_t reverse = 0;
    if (nargs) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "sort() takes no positional arguments");
        return NULL;
    }
    size_t nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        GpObject *name = gp_tuple_item(kwnames, i), *v = args[i];
        if (gp_str_equal_cstr(name, "key")) {
            key = v == st->none ? NULL : v;
        } else if (gp_str_equal_cstr(name, "reverse")) {
            if (gp_slice_as_ssize(st, v, gp_type(st, GP_T_OVERFLOW_ERROR), &reverse))
                return NULL;
        } else {
            char buf[128];
            size_t len;
            const char *u = gp_str_utf8(name, buf, sizeof buf, &len);
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "'%.*s' is an invalid keyword argument for sort()",
                          (int)(u ? len : 3), u ? u : "...");
            return NULL;
        }
    }
    return none_or_null(st, gp_list_sort(st, self, key ? call_key : NULL, key, reverse != 0));
}

static const GpMethodDef list_methods[] = {
    {"append", m_append, GP_METH_O},
    {"clear", m_clear, GP_METH_NOARGS},
    {"copy", m_copy, GP_METH_NOARGS},
    {"count", m_count, GP_METH_O},
    {"extend", m_extend, GP_METH_O},
    {"index", m_index, GP_METH_VARARGS},
    {"insert", m_insert, GP_METH_VARARGS},
    {"pop", m_pop, GP_METH_VARARGS},
    {"remove", m_remove, GP_METH_O},
    {"reverse", m_reverse, GP_METH_NOARGS},
    {"sort", m_sort, GP_METH_VARARGS | GP_METH_KEYWORDS},
    {NULL, NULL, 0},
};

const GpType gp_list_template = {
    .name = "list",
    .flags = GP_TF_GC | GP_TF_BASETYPE,
    .basicsize = sizeof(GpList),
    .dealloc = list_dealloc,
    .repr = list_repr,
    .hash = list_hash,
    .richcompare = list_richcompare,
    .new_ = list_call_new,
    .iter = list_iter,
    .seq = &list_seq,
    .map = &list_map,
    .traverse = list_traverse,
    .clear = gp_list_clear,
    .methods = list_methods,
};

/* ---- iterators ----------------------------------------------------------------------- */

static GpObject *listiter_next(GpState *st, GpObject *o)
{
    GpIndexIter *it = (GpIndexIter *)o;
    GpObject *l = it->seq;
    if (!l)
        return NULL;
    if (it->index < SIZE(l))
        return gp_incref(GP_LIST(l)->items[it->index++]);
    it->seq = NULL;
    gp_decref(st, l);
    return NULL;
}

static GpObject *listreviter_next(GpState *st, GpObject *o)
{
    GpIndexIter *it = (GpIndexIter *)o;
    GpObject *l = it->seq;
    if (!l)
        return NULL;
    if (it->index >= 0 && it->index < SIZE(l))
        return gp_incref(GP_LIST(l)->items[it->index--]);
    it->index = -1;
    it->seq = NULL;
    gp_decref(st, l);
    return NULL;
}

const GpType gp_listiter_template = {
    .name = "list_iterator",
    .flags = GP_TF_GC,
    .basicsize = sizeof(GpIndexIter),
    .dealloc = gp_iter_index_dealloc,
    .iter = gp_iter_self,
    .iternext = listiter_next,
    .traverse = gp_iter_index_traverse,
    .clear = gp_iter_index_clear,
};

const GpType gp_listreviter_template = {
    .name = "list_reverseiterator",
    .flags = GP_TF_GC,
    .basicsize = sizeof(GpIndexIter),
    .dealloc = gp_iter_index_dealloc,
    .iter = gp_iter_self,
    .iternext = listreviter_next,
    .traverse = gp_iter_index_traverse,
    .clear = gp_iter_index_clear,
};
