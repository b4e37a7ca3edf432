/*
 * set.c - set and frozenset, as CPython 3.11's setobject.c.
 *
 * A set is a single open-addressing table of {key, hash} entries; small
 * sets use the 8 entries inside the object, larger ones a block in the
 * set's area:
 *
 *   GpSet                                 table (mask + 1 entries)
 *   +-------------------+                 +-------------+------+
 *   | fill used mask    |                 | key         | hash |  active
 *   | table ------------+--> smalltable   | NULL        |   0  |  unused
 *   | hash finger       |    or a block   | NULL        |  -1  |  dummy
 *   | smalltable[8]     |                 | ...         |      |
 *   +-------------------+                 +-------------+------+
 *
 * Unlike dict there is no separate order: iteration walks the table, so
 * the order of a set depends on the hashes and the history of the table,
 * exactly as in CPython (the tests compare reprs with python3's).
 *
 * Probing: from i = hash & mask, look at LINEAR_PROBES more entries next
 * to it (cheap: the same cache lines), then jump as dict does:
 *     perturb >>= 5;  i = (i*5 + 1 + perturb) & mask
 * A lookup ends at an unused entry.  Removing a key leaves a dummy (hash
 * -1, which no real hash equals, so probes skip it) that keeps chains
 * intact; an insertion of a new key reuses the last dummy its probe
 * passed, and the rest go away when the table is rebuilt.
 *
 * fill counts active and dummy entries.  When an insertion makes
 * fill*5 >= mask*3 the table is rebuilt at the smallest power of two above
 * used*4 (used*2 past 50000 entries), so sets run at most 60% full.
 */
#include "obj/set.h"

#include <string.h>

#include "mem/mem.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/iter.h"
#include "obj/hash.h"
#include "obj/list.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* ---- the table ------------------------------------------------------------ */

static GpArea *area_of(GpState *st, const void *p)
{
    return gp_image_area(st->img, gp_image_area_of(st->img, p));
}

static void table_free(GpState *st, GpSet *so, GpSetEntry *table, size_t mask)
{
    if (table != so->smalltable)
        gp_mem_free(area_of(st, table), table, (mask + 1) * sizeof(GpSetEntry));
}

static inline int is_exact_str(GpState *st, const GpObject *o)
{
    return o->type == gp_type(st, GP_T_STR);
}

static GpHash key_hash(GpState *st, GpObject *key)
{
    if (is_exact_str(st, key) && GP_STR(key)->hash != -1)
        return GP_STR(key)->hash;
    return gp_obj_hash(st, key);
}

/* The entry holding key, or the unused entry ending its chain; NULL on
 * error. */
static GpSetEntry *set_lookkey(GpState *st, GpSet *so, GpObject *key, GpHash hash)
{
restart:;
    size_t mask = so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        GpSetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash) {
                GpObject *startkey = entry->key;
                if (startkey == key)
                    return entry;
                if (is_exact_str(st, startkey) && is_exact_str(st, key) &&
                    gp_str_equal(startkey, key))
                    return entry;
                GpSetEntry *table = so->table;
                gp_incref(startkey);
                int cmp = gp_obj_richcompare_bool(st, startkey, key, GP_EQ);
                gp_decref(st, startkey);
                if (cmp < 0)
                    return NULL;
                if (table != so->table || entry->key != startkey)
                    goto restart;
                if (cmp > 0)
                    return entry;
                mask = so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Put a key known to be absent into a table without dummies. */
static void insert_clean(GpSetEntry *table, size_t mask, GpObject *key, GpHash hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        GpSetEntry *entry = &table[i];
        if (entry->key == NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* Rebuild at the smallest power of two > minused, dropping dummies.
 * On failure the set is unchanged. */
static int set_table_resize(GpState *st, GpSet *so, size_t minused)
{
    size_t newsize = GP_SET_MINSIZE;
    while (newsize <= minused) {
        if (newsize > ((size_t)1 << 58)) {
            gp_err_nomemory(st);
            return -1;
        }
        newsize <<= 1;
    }
    GpSetEntry *oldtable = so->table, *newtable;
    size_t oldmask = so->mask;
    GpSetEntry small_copy[GP_SET_MINSIZE];
    if (newsize == GP_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;   /* no dummies: nothing to do */
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newtable = gp_mem_alloc(area_of(st, so), newsize * sizeof(GpSetEntry));
        if (!newtable) {
            gp_err_nomemory(st);
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(GpSetEntry));
    so->mask = newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (GpSetEntry *e = oldtable; e <= oldtable + oldmask; e++)
        if (e->key)
            insert_clean(newtable, so->mask, e->key, e->hash);
    if (oldtable != small_copy)
        table_free(st, so, oldtable, oldmask);
    return 0;
}

static int resize_after_add(GpState *st, GpSet *so)
{
    return set_table_resize(st, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

/* Add key (referenced, not stolen) with its hash.  The probe remembers
 * the last dummy it passed and reuses it when the key is not there; only
 * filling an unused entry can trigger a resize. */
static int set_add_entry(GpState *st, GpSet *so, GpObject *key, GpHash hash)
{
    /* held across __eq__, which could otherwise free it before it goes in */
    gp_incref(key);
restart:;
    size_t mask = so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    GpSetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                GpObject *startkey = entry->key;
                if (startkey == key)
                    goto found_active;
                if (is_exact_str(st, startkey) && is_exact_str(st, key) &&
                    gp_str_equal(startkey, key))
                    goto found_active;
                GpSetEntry *table = so->table;
                gp_incref(startkey);
                int cmp = gp_obj_richcompare_bool(st, startkey, key, GP_EQ);
                gp_decref(st, startkey);
                if (cmp > 0)
                    goto found_active;
                if (cmp < 0) {
                    gp_decref(st, key);
                    return -1;
                }
                if (table != so->table || entry->key != startkey)
                    goto restart;
                mask = so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }

found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if (so->fill * 5 < mask * 3)
        return 0;
    if (resize_after_add(st, so) != 0) {
        /* MemoryError: the table is as it was, so the entry can go back
         * to unused and the set is exactly what it was before */
        entry->key = NULL;
        entry->hash = 0;
        so->fill--;
        so->used--;
        gp_decref(st, key);
        return -1;
    }
    return 0;

found_active:
    gp_decref(st, key);
    return 0;
}

static int set_contains_entry(GpState *st, GpSet *so, GpObject *key, GpHash hash)
{
    GpSetEntry *entry = set_lookkey(st, so, key, hash);
    if (!entry)
        return -1;
    return entry->key != NULL;
}

/* 1 removed, 0 absent, -1 error. */
static int set_discard_entry(GpState *st, GpSet *so, GpObject *key, GpHash hash)
{
    GpSetEntry *entry = set_lookkey(st, so, key, hash);
    if (!entry)
        return -1;
    if (!entry->key)
        return 0;
    GpObject *old = entry->key;
    entry->key = NULL;
    entry->hash = -1;
    so->used--;
    gp_decref(st, old);
    return 1;
}

int gp_set_next(GpObject *s, size_t *pos, GpObject **key, int64_t *hash)
{
    GpSet *so = GP_SET(s);
    size_t i = *pos;
    while (i <= so->mask && so->table[i].key == NULL)
        i++;
    *pos = i + 1;
    if (i > so->mask)
        return 0;
    if (key)
        *key = so->table[i].key;
    if (hash)
        *hash = so->table[i].hash;
    return 1;
}

/* Empty the set first, then release the keys: a release may run code
 * that looks at the set. */
static void set_clear_internal(GpState *st, GpSet *so)
{
    GpSetEntry *table = so->table, small_copy[GP_SET_MINSIZE];
    size_t mask = so->mask, fill = so->fill;
    if (table == so->smalltable) {
        if (fill == 0)
            return;
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->table = so->smalltable;
    so->mask = GP_SET_MINSIZE - 1;
    so->used = so->fill = 0;
    so->hash = -1;
    for (size_t i = 0; i <= mask; i++)
        gp_xdecref(st, table[i].key);
    if (table != small_copy)
        table_free(st, so, table, mask);
}

void gp_set_clear(GpState *st, GpObject *s)
{
    set_clear_internal(st, GP_SET(s));
}

/* ---- making sets -------------------------------------------------------------- */

int gp_set_check_any(GpState *st, GpObject *o)
{
    return gp_obj_is_instance_of_type(o, gp_type(st, GP_T_SET)) ||
           gp_obj_is_instance_of_type(o, gp_type(st, GP_T_FROZENSET));
}

int gp_frozenset_check(GpState *st, GpObject *o)
{
    return gp_obj_is_instance_of_type(o, gp_type(st, GP_T_FROZENSET));
}

static GpSet *alloc_set(GpState *st, GpTypeId type)
{
    GpSet *so = (GpSet *)gp_obj_alloc(st, gp_type(st, type), sizeof(GpSet));
    if (!so)
        return NULL;
    so->table = so->smalltable;
    so->mask = GP_SET_MINSIZE - 1;
    so->hash = -1;
    return so;
}

/* The base kind of a set's type: set, or frozenset. */
static GpTypeId kind_of(GpState *st, GpObject *s)
{
    return gp_frozenset_check(st, s) ? GP_T_FROZENSET : GP_T_SET;
}

static int set_merge(GpState *st, GpSet *so, GpSet *other)
{
    if (other == so || other->used == 0)
        return 0;
    /* one big resize first: expect few overlapping keys */
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        if (set_table_resize(st, so, (so->used + other->used) * 2) != 0)
            return -1;
    GpSetEntry *dst = so->table, *src = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        /* same size, no dummies: copy entry for entry */
        for (size_t i = 0; i <= other->mask; i++) {
            if (src[i].key) {
                dst[i].key = gp_incref(src[i].key);
                dst[i].hash = src[i].hash;
            }
        }
        so->fill = so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        for (size_t i = 0; i <= other->mask; i++)
            if (src[i].key)
                insert_clean(dst, so->mask, gp_incref(src[i].key), src[i].hash);
        so->fill = so->used = other->used;
        return 0;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        GpSetEntry *e = &other->table[i];
        if (e->key && set_add_entry(st, so, e->key, e->hash) != 0)
            return -1;
    }
    return 0;
}

/* fn(key, hash) for every element of an iterable; hash is -1 when not
 * known.  fn returns 0 to go on, 1 to stop (foreach returns 1), -1 on
 * error. */
typedef int (*ElemFn)(GpState *st, void *ctx, GpObject *key, GpHash hash);

static int foreach(GpState *st, GpObject *other, ElemFn fn, void *ctx)
{
    int r = 0;
    if (gp_set_check_any(st, other)) {
        GpSet *o = GP_SET(other);
        for (size_t i = 0; r == 0 && i <= o->mask; i++) {
            GpSetEntry *e = &o->table[i];
            if (!e->key)
                continue;
            GpObject *k = gp_incref(e->key);
            r = fn(st, ctx, k, e->hash);
            gp_decref(st, k);
        }
        return r;
    }
    if (gp_dict_check(st, other)) {
        size_t pos = 0;
        GpObject *k;
        GpHash h;
        while (r == 0 && gp_dict_next_entry(other, &pos, &k, NULL, &h)) {
            gp_incref(k);
            r = fn(st, ctx, k, h);
            gp_decref(st, k);
        }
        return r;
    }
    if (GP_TYPE(other) == gp_type(st, GP_T_TUPLE)) {
        for (size_t i = 0; r == 0 && i < gp_tuple_size(other); i++)
            r = fn(st, ctx, gp_tuple_item(other, i), -1);
        return r;
    }
    /* the protocol, so sequences without an iter slot (str) work too */
    GpObject *it = gp_obj_iter(st, other);
    if (!it)
        return -1;
    while (r == 0) {
        GpObject *k = gp_iter_next(st, it);
        if (!k) {
            r = gp_err_occurred(st) ? -1 : 0;
            break;
        }
        r = fn(st, ctx, k, -1);
        gp_decref(st, k);
    }
    gp_decref(st, it);
    return r;
}

static int known_hash(GpState *st, GpObject *key, GpHash *hash)
{
    if (*hash == -1)
        *hash = key_hash(st, key);
    return *hash == -1 ? -1 : 0;
}

static int add_fn(GpState *st, void *ctx, GpObject *key, GpHash hash)
{
    if (known_hash(st, key, &hash) != 0)
        return -1;
    return set_add_entry(st, ctx, key, hash);
}

static int update_internal(GpState *st, GpSet *so, GpObject *other)
{
    if (gp_set_check_any(st, other))
        return set_merge(st, so, GP_SET(other));
    if (gp_dict_check(st, other)) {
        size_t n = gp_dict_size(other);
        if ((so->fill + n) * 5 >= so->mask * 3)
            if (set_table_resize(st, so, (so->used + n) * 2) != 0)
                return -1;
    }
    return foreach(st, other, add_fn, so);
}

static GpObject *make_new_set(GpState *st, GpTypeId type, GpObject *iterable)
{
    GpSet *so = alloc_set(st, type);
    if (!so)
        return NULL;
    if (iterable && update_internal(st, so, iterable) != 0) {
        gp_decref(st, GP_OBJ(so));
        return NULL;
    }
    return GP_OBJ(so);
}

GpObject *gp_set_new(GpState *st, GpObject *iterable)
{
    return make_new_set(st, GP_T_SET, iterable);
}

GpObject *gp_frozenset_new(GpState *st, GpObject *iterable)
{
    if (iterable && GP_TYPE(iterable) == gp_type(st, GP_T_FROZENSET))
        return gp_incref(iterable);
    return make_new_set(st, GP_T_FROZENSET, iterable);
}

GpObject *gp_set_copy(GpState *st, GpObject *s)
{
    if (GP_TYPE(s) == gp_type(st, GP_T_FROZENSET))
        return gp_incref(s);
    return make_new_set(st, kind_of(st, s), s);
}

/* ---- elements ------------------------------------------------------------------- */

int gp_set_add(GpState *st, GpObject *s, GpObject *key)
{
    GpHash hash = key_hash(st, key);
    if (hash == -1)
        return -1;
    return set_add_entry(st, GP_SET(s), key, hash);
}

/* Run op on key; if key is an unhashable set, on frozenset(key) instead. */
static int with_set_key(GpState *st, GpSet *so, GpObject *key,
                        int (*op)(GpState *, GpSet *, GpObject *, GpHash))
{
    GpHash hash = key_hash(st, key);
    if (hash != -1)
        return op(st, so, key, hash);
    if (!gp_obj_is_instance_of_type(key, gp_type(st, GP_T_SET)) ||
        !gp_err_matches(st, gp_type(st, GP_T_TYPE_ERROR)))
        return -1;
    gp_err_clear(st);
    GpObject *tmp = make_new_set(st, GP_T_FROZENSET, key);
    if (!tmp)
        return -1;
    hash = key_hash(st, tmp);
    int r = hash == -1 ? -1 : op(st, so, tmp, hash);
    gp_decref(st, tmp);
    return r;
}

int gp_set_contains(GpState *st, GpObject *s, GpObject *key)
{
    return with_set_key(st, GP_SET(s), key, set_contains_entry);
}

int gp_set_discard(GpState *st, GpObject *s, GpObject *key)
{
    return with_set_key(st, GP_SET(s), key, set_discard_entry);
}

int gp_set_remove(GpState *st, GpObject *s, GpObject *key)
{
    int r = gp_set_discard(st, s, key);
    if (r == 0)
        gp_err_set(st, gp_type(st, GP_T_KEY_ERROR), key);
    return r > 0 ? 0 : -1;
}

GpObject *gp_set_pop(GpState *st, GpObject *s)
{
    GpSet *so = GP_SET(s);
    if (so->used == 0) {
        gp_err_format(st, gp_type(st, GP_T_KEY_ERROR), "pop from an empty set");
        return NULL;
    }
    /* the finger makes repeated pops linear overall */
    GpSetEntry *entry = so->table + (so->finger & so->mask);
    GpSetEntry *limit = so->table + so->mask;
    while (entry->key == NULL) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    GpObject *key = entry->key;
    entry->key = NULL;
    entry->hash = -1;
    so->used--;
    so->finger = (size_t)(entry - so->table) + 1;
    return key;
}

/* ---- the algebra ------------------------------------------------------------------ */

GpObject *gp_set_union(GpState *st, GpObject *a, GpObject *other)
{
    GpObject *r = make_new_set(st, kind_of(st, a), a);
    if (r && update_internal(st, GP_SET(r), other) != 0) {
        gp_decref(st, r);
        return NULL;
    }
    return r;
}

int gp_set_update(GpState *st, GpObject *s, GpObject *other)
{
    return update_internal(st, GP_SET(s), other);
}

typedef struct {
    GpSet *so, *result;
} Pair;

/* add key to result when it is (want = 1) or is not (want = 0) in so */
static int filter(GpState *st, Pair *p, GpObject *key, GpHash hash, int want)
{
    if (known_hash(st, key, &hash) != 0)
        return -1;
    int rv = set_contains_entry(st, p->so, key, hash);
    if (rv < 0)
        return -1;
    return rv == want ? set_add_entry(st, p->result, key, hash) : 0;
}

static int keep_common(GpState *st, void *ctx, GpObject *key, GpHash hash)
{
    return filter(st, ctx, key, hash, 1);
}

static int keep_absent(GpState *st, void *ctx, GpObject *key, GpHash hash)
{
    return filter(st, ctx, key, hash, 0);
}

GpObject *gp_set_intersection(GpState *st, GpObject *a, GpObject *other)
{
    if (a == other)
        return make_new_set(st, kind_of(st, a), a);
    GpSet *result = alloc_set(st, kind_of(st, a));
    if (!result)
        return NULL;
    Pair p = {GP_SET(a), result};
    GpObject *walk = other;
    if (gp_set_check_any(st, other) && gp_set_size(other) > gp_set_size(a)) {
        /* walk the smaller set */
        p.so = GP_SET(other);
        walk = a;
    }
    if (foreach(st, walk, keep_common, &p) < 0) {
        gp_decref(st, GP_OBJ(result));
        return NULL;
    }
    return GP_OBJ(result);
}

static int discard_fn(GpState *st, void *ctx, GpObject *key, GpHash hash)
{
    if (known_hash(st, key, &hash) != 0)
        return -1;
    return set_discard_entry(st, ctx, key, hash) < 0 ? -1 : 0;
}

int gp_set_difference_update(GpState *st, GpObject *s, GpObject *other)
{
    GpSet *so = GP_SET(s);
    if (s == other) {
        set_clear_internal(st, so);
        return 0;
    }
    GpObject *walk = other;
    if (gp_set_check_any(st, other) && (gp_set_size(other) >> 3) > so->used) {
        /* a much larger other: only the common keys matter */
        walk = gp_set_intersection(st, s, other);
        if (!walk)
            return -1;
    } else {
        gp_incref(walk);
    }
    int r = foreach(st, walk, discard_fn, so);
    gp_decref(st, walk);
    if (r < 0)
        return -1;
    /* more than a quarter dummies: rebuild */
    if (so->fill - so->used <= so->mask / 4)
        return 0;
    return resize_after_add(st, so);
}

GpObject *gp_set_difference(GpState *st, GpObject *a, GpObject *other)
{
    size_t other_size;
    if (gp_set_check_any(st, other))
        other_size = gp_set_size(other);
    else if (GP_TYPE(other) == gp_type(st, GP_T_DICT))
        other_size = gp_dict_size(other);
    else
        other_size = SIZE_MAX;
    if (other_size == SIZE_MAX || (gp_set_size(a) >> 2) > other_size) {
        /* copy a, then take other's keys out */
        GpObject *r = make_new_set(st, kind_of(st, a), a);
        if (r && gp_set_difference_update(st, r, other) != 0) {
            gp_decref(st, r);
            return NULL;
        }
        return r;
    }
    GpSet *result = alloc_set(st, kind_of(st, a));
    if (!result)
        return NULL;
    int r = 0;
    if (gp_set_check_any(st, other)) {
        Pair p = {GP_SET(other), result};
        r = foreach(st, a, keep_absent, &p);
    } else {
        /* a dict: keep the keys of a it lacks */
        GpSet *so = GP_SET(a);
        for (size_t i = 0; r == 0 && i <= so->mask; i++) {
            GpSetEntry *e = &so->table[i];
            if (!e->key)
                continue;
            GpObject *k = gp_incref(e->key), *v;
            GpHash h = e->hash;
            int found = gp_dict_find(st, other, k, &v);
            r = found < 0 ? -1 : found ? 0 : set_add_entry(st, result, k, h);
            gp_decref(st, k);
        }
    }
    if (r < 0) {
        gp_decref(st, GP_OBJ(result));
        return NULL;
    }
    return GP_OBJ(result);
}

static int toggle_fn(GpState *st, void *ctx, GpObject *key, GpHash hash)
{
    if (known_hash(st, key, &hash) != 0)
        return -1;
    int rv = set_discard_entry(st, ctx, key, hash);
    if (rv < 0)
        return -1;
    return rv == 0 ? set_add_entry(st, ctx, key, hash) : 0;
}

int gp_set_symmetric_difference_update(GpState *st, GpObject *s, GpObject *other)
{
    if (s == other) {
        set_clear_internal(st, GP_SET(s));
        return 0;
    }
    GpObject *walk;
    if (gp_set_check_any(st, other) || gp_dict_check(st, other))
        walk = gp_incref(other);
    else if (!(walk = make_new_set(st, kind_of(st, s), other)))
        return -1;
    int r = foreach(st, walk, toggle_fn, GP_SET(s));
    gp_decref(st, walk);
    return r < 0 ? -1 : 0;
}

GpObject *gp_set_symmetric_difference(GpState *st, GpObject *a, GpObject *other)
{
    GpObject *r = make_new_set(st, kind_of(st, a), other);
    if (r && gp_set_symmetric_difference_update(st, r, a) != 0) {
        gp_decref(st, r);
        return NULL;
    }
    return r;
}

/* Exchange the contents of two sets (CPython's set_swap_bodies).  Tables
 * are freed in the area that holds them, so they may change hands. */
static void swap_bodies(GpState *st, GpSet *a, GpSet *b)
{
    size_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    GpSetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        GpSetEntry tab[GP_SET_MINSIZE];
        memcpy(tab, a->smalltable, sizeof tab);
        memcpy(a->smalltable, b->smalltable, sizeof tab);
        memcpy(b->smalltable, tab, sizeof tab);
    }
    if (gp_frozenset_check(st, GP_OBJ(a)) && gp_frozenset_check(st, GP_OBJ(b))) {
        int64_t h = a->hash; a->hash = b->hash; b->hash = h;
    } else {
        a->hash = b->hash = -1;
    }
}

int gp_set_intersection_update(GpState *st, GpObject *s, GpObject *other)
{
    GpObject *tmp = gp_set_intersection(st, s, other);
    if (!tmp)
        return -1;
    swap_bodies(st, GP_SET(s), GP_SET(tmp));
    gp_decref(st, tmp);
    return 0;
}

static int subset_of(GpState *st, GpSet *a, GpSet *b)
{
    if (a->used > b->used)
        return 0;
    for (size_t i = 0; i <= a->mask; i++) {
        GpSetEntry *e = &a->table[i];
        if (!e->key)
            continue;
        GpObject *k = gp_incref(e->key);
        int rv = set_contains_entry(st, b, k, e->hash);
        gp_decref(st, k);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

int gp_set_issubset(GpState *st, GpObject *a, GpObject *other)
{
    if (gp_set_check_any(st, other))
        return subset_of(st, GP_SET(a), GP_SET(other));
    GpObject *tmp = gp_set_new(st, other);
    if (!tmp)
        return -1;
    int r = subset_of(st, GP_SET(a), GP_SET(tmp));
    gp_decref(st, tmp);
    return r;
}

typedef struct {
    GpSet *so;
    int want;           /* stop at the first key whose presence == want */
} Probe;

static int probe_fn(GpState *st, void *ctx, GpObject *key, GpHash hash)
{
    Probe *p = ctx;
    if (known_hash(st, key, &hash) != 0)
        return -1;
    int rv = set_contains_entry(st, p->so, key, hash);
    return rv < 0 ? -1 : rv == p->want;
}

int gp_set_issuperset(GpState *st, GpObject *a, GpObject *other)
{
    if (gp_set_check_any(st, other))
        return subset_of(st, GP_SET(other), GP_SET(a));
    Probe p = {GP_SET(a), 0};
    int r = foreach(st, other, probe_fn, &p);
    return r < 0 ? -1 : !r;
}

int gp_set_isdisjoint(GpState *st, GpObject *a, GpObject *other)
{
    if (a == other)
        return gp_set_size(a) == 0;
    Probe p = {GP_SET(a), 1};
    GpObject *walk = other;
    if (gp_set_check_any(st, other) && gp_set_size(other) > gp_set_size(a)) {
        p.so = GP_SET(other);
        walk = a;
    }
    int r = foreach(st, walk, probe_fn, &p);
    return r < 0 ? -1 : !r;
}

/* ---- the types' slots ---------------------------------------------------------- */

static void set_dealloc(GpState *st, GpObject *o)
{
    GpSet *so = GP_SET(o);
    for (size_t i = 0; i <= so->mask; i++)
        gp_xdecref(st, so->table[i].key);
    table_free(st, so, so->table, so->mask);
    gp_obj_free(st, o, sizeof(GpSet));
}

static int set_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    GpSet *so = GP_SET(o);
    for (size_t i = 0; i <= so->mask; i++)
        if (so->table[i].key && visit(so->table[i].key, arg))
            return 1;
    return 0;
}

static void set_clear_slot(GpState *st, GpObject *o)
{
    set_clear_internal(st, GP_SET(o));
}

static int64_t set_unhashable(GpState *st, GpObject *o)
{
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "unhashable type: '%s'", o->type->name);
    return -1;
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
}

/* CPython's frozenset_hash: order-independent, so xor of shuffled entry
 * hashes over the whole table, correcting for the unused and dummy
 * entries it also xored in. */
static int64_t frozenset_hash(GpState *st, GpObject *o)
{
    (void)st;
    GpSet *so = GP_SET(o);
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    for (size_t i = 0; i <= so->mask; i++)
        hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923ull;
    if (hash == (uint64_t)-1)
        hash = 590923713ull;
    so->hash = (int64_t)hash;
    return so->hash;
}

/* {1, 2}, set(), frozenset({1}), frozenset(); a subclass shows its name */
static GpObject *set_repr(GpState *st, GpObject *o)
{
    GpSet *so = GP_SET(o);
    int exact_set = GP_TYPE(o) == gp_type(st, GP_T_SET);
    if (so->used == 0)
        return gp_str_format(st, "%s()", o->type->name);
    int busy = gp_list_repr_enter(st, o);   /* inside itself, or too deep */
    if (busy != 0)
        return busy > 0 ? gp_str_format(st, "%s(...)", o->type->name) : NULL;
    /* take the keys first: a key's repr may change the set */
    GpObject *keys = gp_tuple_new(st, so->used);
    if (!keys) {
        gp_list_repr_leave(st, o);
        return NULL;
    }
    size_t pos = 0, n = 0;
    GpObject *k;
    while (gp_set_next(o, &pos, &k, NULL))
        ((GpTuple *)keys)->items[n++] = gp_incref(k);
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    if (!exact_set) {
        gp_strbuf_add_ascii(&b, o->type->name);
        gp_strbuf_add_cp(&b, '(');
    }
    gp_strbuf_add_cp(&b, '{');
    for (size_t i = 0; i < n; i++) {
        if (i)
            gp_strbuf_add_ascii(&b, ", ");
        gp_strbuf_add_repr(&b, gp_tuple_item(keys, i));
    }
    gp_strbuf_add_ascii(&b, exact_set ? "}" : "})");
    gp_list_repr_leave(st, o);
    gp_decref(st, keys);
    return gp_strbuf_finish(&b);
}

static GpObject *bool_result(GpState *st, int r)
{
    return r < 0 ? NULL : gp_incref(r ? st->true_ : st->false_);
}

static GpObject *set_richcompare(GpState *st, GpObject *v, GpObject *w, int op)
{
    if (!gp_set_check_any(st, w))
        return gp_incref(st->not_implemented);
    GpSet *a = GP_SET(v), *b = GP_SET(w);
    switch (op) {
    case GP_EQ:
    case GP_NE: {
        int eq;
        if (a->used != b->used)
            eq = 0;
        else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            eq = 0;
        else if ((eq = subset_of(st, a, b)) < 0)
            return NULL;
        return bool_result(st, op == GP_EQ ? eq : !eq);
    }
    case GP_LE:
        return bool_result(st, subset_of(st, a, b));
    case GP_GE:
        return bool_result(st, subset_of(st, b, a));
    case GP_LT:
        return bool_result(st, a->used >= b->used ? 0 : subset_of(st, a, b));
    default:
        return bool_result(st, a->used <= b->used ? 0 : subset_of(st, b, a));
    }
}

static ssize_t set_len(GpState *st, GpObject *o)
{
    (void)st;
    return (ssize_t)GP_SET(o)->used;
}

static int set_contains_slot(GpState *st, GpObject *o, GpObject *key)
{
    return gp_set_contains(st, o, key);
}

/* a | b, a & b, a - b, a ^ b: both sides sets, else NotImplemented */
#define SET_BINOP(name, fn)                                                    \
    static GpObject *name(GpState *st, GpObject *a, GpObject *b)               \
    {                                                                          \
        if (!gp_set_check_any(st, a) || !gp_set_check_any(st, b))              \
            return gp_incref(st->not_implemented);                             \
        return fn(st, a, b);                                                   \
    }
SET_BINOP(set_or, gp_set_union)
SET_BINOP(set_and, gp_set_intersection)
SET_BINOP(set_sub, gp_set_difference)
SET_BINOP(set_xor, gp_set_symmetric_difference)

/* s |= t, s &= t, s -= t, s ^= t on a set: t must be a set or frozenset */
#define SET_INPLACE(name, fn)                                                  \
    static GpObject *name(GpState *st, GpObject *a, GpObject *b)               \
    {                                                                          \
        if (!gp_set_check_any(st, b))                                          \
            return gp_incref(st->not_implemented);                             \
        return fn(st, a, b) ? NULL : gp_incref(a);                             \
    }
SET_INPLACE(set_ior, gp_set_update)
SET_INPLACE(set_iand, gp_set_intersection_update)
SET_INPLACE(set_isub, gp_set_difference_update)
SET_INPLACE(set_ixor, gp_set_symmetric_difference_update)

static const GpNumberSlots frozenset_num = {
    .or_ = set_or,
    .and_ = set_and,
    .sub = set_sub,
    .xor_ = set_xor,
};

static const GpNumberSlots set_num = {
    .or_ = set_or,
    .and_ = set_and,
    .sub = set_sub,
    .xor_ = set_xor,
    .inplace_or = set_ior,
    .inplace_and = set_iand,
    .inplace_sub = set_isub,
    .inplace_xor = set_ixor,
};

static const GpSequenceSlots set_seq = {
    .len = set_len,
    .contains = set_contains_slot,
};

/* ---- methods and the constructors -------------------------------------------------- */

/* CPython's setobject.c methods: the ones taking *others apply them one
 * by one, in the same order, so tables (and so iteration order) come out
 * as CPython's. */

#define METHOD(name)                                                                  \
    static GpObject *name(GpState *st, GpObject *self, GpObject *const *args, size_t nargs, \
                          GpObject *kwnames)

static GpObject *none_or_null(GpState *st, int rc)
{
    return rc < 0 ? NULL : gp_incref(st->none);
}

METHOD(m_add)
{
    (void)nargs, (void)kwnames;
    return none_or_null(st, gp_set_add(st, self, args[0]));
}

METHOD(m_clear)
{
    (void)args, (void)nargs, (void)kwnames;
    gp_set_clear(st, self);
    return gp_incref(st->none);
}

/* a new set even for a frozenset: the multi-argument methods change it */
static GpObject *fresh_copy(GpState *st, GpObject *s)
{
    return make_new_set(st, kind_of(st, s), s);
}

METHOD(m_copy)
{
    (void)args, (void)nargs, (void)kwnames;
    return gp_set_copy(st, self);
}

METHOD(m_discard)
{
    (void)nargs, (void)kwnames;
    return none_or_null(st, gp_set_discard(st, self, args[0]));
}

METHOD(m_remove)
{
    (void)nargs, (void)kwnames;
    return none_or_null(st, gp_set_remove(st, self, args[0]));
}

METHOD(m_pop)
{
    (void)args, (void)nargs, (void)kwnames;
    return gp_set_pop(st, self);
}

METHOD(m_union)
{
    (void)kwnames;
    GpObject *r = fresh_copy(st, self);
    for (size_t i = 0; r && i < nargs; i++) {
        if (args[i] == self)
            continue;
        if (update_internal(st, GP_SET(r), args[i]) != 0) {
            gp_decref(st, r);
            r = NULL;
        }
    }
    return r;
}

METHOD(m_update)
{
    (void)kwnames;
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(st, GP_SET(self), args[i]) != 0)
            return NULL;
    return gp_incref(st->none);
}

/* self & args[0] & args[1] ... (CPython's set_intersection_multi) */
static GpObject *intersection_multi(GpState *st, GpObject *self, GpObject *const *args,
                                    size_t nargs)
{
    if (nargs == 0)
        return fresh_copy(st, self);
    GpObject *r = gp_incref(self);
    for (size_t i = 0; r && i < nargs; i++) {
        GpObject *next = gp_set_intersection(st, r, args[i]);
        gp_decref(st, r);
        r = next;
    }
    return r;
}

METHOD(m_intersection)
{
    (void)kwnames;
    return intersection_multi(st, self, args, nargs);
}

METHOD(m_intersection_update)
{
    (void)kwnames;
    GpObject *tmp = intersection_multi(st, self, args, nargs);
    if (!tmp)
        return NULL;
    swap_bodies(st, GP_SET(self), GP_SET(tmp));
    gp_decref(st, tmp);
    return gp_incref(st->none);
}

METHOD(m_difference)
{
    (void)kwnames;
    if (nargs == 0)
        return fresh_copy(st, self);
    GpObject *r = gp_set_difference(st, self, args[0]);
    for (size_t i = 1; r && i < nargs; i++) {
        if (gp_set_difference_update(st, r, args[i]) != 0) {
            gp_decref(st, r);
            r = NULL;
        }
    }
    return r;
}

METHOD(m_difference_update)
{
    (void)kwnames;
    for (size_t i = 0; i < nargs; i++)
        if (gp_set_difference_update(st, self, args[i]) != 0)
            return NULL;
    return gp_incref(st->none);
}

METHOD(m_symmetric_difference)
{
    (void)nargs, (void)kwnames;
    return gp_set_symmetric_difference(st, self, args[0]);
}

METHOD(m_symmetric_difference_update)
{
    (void)nargs, (void)kwnames;
    return none_or_null(st, gp_set_symmetric_difference_update(st, self, args[0]));
}

METHOD(m_issubset)
{
    (void)nargs, (void)kwnames;
    return bool_result(st, gp_set_issubset(st, self, args[0]));
}

METHOD(m_issuperset)
{
    (void)nargs, (void)kwnames;
    return bool_result(st, gp_set_issuperset(st, self, args[0]));
}

METHOD(m_isdisjoint)
{
    (void)nargs, (void)kwnames;
    return bool_result(st, gp_set_isdisjoint(st, self, args[0]));
}

#undef METHOD

static const GpMethodDef set_methods[] = {
    {"add", m_add, GP_METH_O},
    {"clear", m_clear, GP_METH_NOARGS},
    {"copy", m_copy, GP_METH_NOARGS},
    {"discard", m_discard, GP_METH_O},
    {"difference", m_difference, GP_METH_VARARGS},
    {"difference_update", m_difference_update, GP_METH_VARARGS},
    {"intersection", m_intersection, GP_METH_VARARGS},
    {"intersection_update", m_intersection_update, GP_METH_VARARGS},
    {"isdisjoint", m_isdisjoint, GP_METH_O},
    {"issubset", m_issubset, GP_METH_O},
    {"issuperset", m_issuperset, GP_METH_O},
    {"pop", m_pop, GP_METH_NOARGS},
    {"remove", m_remove, GP_METH_O},
    {"symmetric_difference", m_symmetric_difference, GP_METH_O},
    {"symmetric_difference_update", m_symmetric_difference_update, GP_METH_O},
    {"union", m_union, GP_METH_VARARGS},
    {"update", m_update, GP_METH_VARARGS},
    {NULL, NULL, 0},
};

static const GpMethodDef frozenset_methods[] = {
    {"copy", m_copy, GP_METH_NOARGS},
    {"difference", m_difference, GP_METH_VARARGS},
    {"intersection", m_intersection, GP_METH_VARARGS},
    {"isdisjoint", m_isdisjoint, GP_METH_O},
    {"issubset", m_issubset, GP_METH_O},
    {"issuperset", m_issuperset, GP_METH_O},
    {"symmetric_difference", m_symmetric_difference, GP_METH_O},
    {"union", m_union, GP_METH_VARARGS},
    {NULL, NULL, 0},
};

/* set(), set(iterable), frozenset(), frozenset(iterable) */
static GpObject *call_new(GpState *st, const char *name, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    if (kwnames && gp_tuple_size(kwnames)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s() takes no keyword arguments", name);
        return NULL;
    }
    if (nargs > 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s expected at most 1 argument, got %zu",
                      name, nargs);
        return NULL;
    }
    GpObject *it = nargs ? args[0] : NULL;
    return name[0] == 's' ? gp_set_new(st, it) : gp_frozenset_new(st, it);
}

static GpObject *set_call_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)type;
    return call_new(st, "set", args, nargs, kwnames);
}

static GpObject *frozenset_call_new(GpState *st, GpObject *type, GpObject *const *args,
                                    size_t nargs, GpObject *kwnames)
{
    (void)type;
    return call_new(st, "frozenset", args, nargs, kwnames);
}

const GpType gp_set_template = {
    .name = "set",
    .flags = GP_TF_GC | GP_TF_BASETYPE,
    .basicsize = sizeof(GpSet),
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = set_unhashable,
    .richcompare = set_richcompare,
    .iter = gp_set_iter,
    .num = &set_num,
    .seq = &set_seq,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .new_ = set_call_new,
    .methods = set_methods,
};

const GpType gp_frozenset_template = {
    .name = "frozenset",
    .flags = GP_TF_GC | GP_TF_BASETYPE,
    .basicsize = sizeof(GpSet),
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = gp_set_iter,
    .num = &frozenset_num,
    .seq = &set_seq,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .new_ = frozenset_call_new,
    .methods = frozenset_methods,
};

/* ---- the iterator ------------------------------------------------------------------ */

GpObject *gp_set_iter(GpState *st, GpObject *s)
{
    GpSetIter *it = (GpSetIter *)gp_obj_alloc(st, gp_type(st, GP_T_SET_ITER), sizeof(GpSetIter));
    if (!it)
        return NULL;
    it->set = gp_incref(s);
    it->used = it->len = GP_SET(s)->used;
    return GP_OBJ(it);
}

static GpObject *setiter_next(GpState *st, GpObject *o)
{
    GpSetIter *it = (GpSetIter *)o;
    GpObject *s = it->set, *key;
    if (!s)
        return NULL;
    if (it->used != GP_SET(s)->used) {
        gp_err_format(st, gp_type(st, GP_T_RUNTIME_ERROR), "Set changed size during iteration");
        it->used = SIZE_MAX;    /* sticky, as CPython */
        return NULL;
    }
    if (gp_set_next(s, &it->pos, &key, NULL)) {
        it->len--;
        return gp_incref(key);
    }
    it->set = NULL;
    gp_decref(st, s);
    return NULL;
}

static void setiter_dealloc(GpState *st, GpObject *o)
{
    gp_xdecref(st, ((GpSetIter *)o)->set);
    gp_obj_free(st, o, sizeof(GpSetIter));
}

static int setiter_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    GpObject *s = ((GpSetIter *)o)->set;
    return s ? visit(s, arg) : 0;
}

const GpType gp_setiter_template = {
    .name = "set_iterator",
    .flags = GP_TF_GC,
    .basicsize = sizeof(GpSetIter),
    .dealloc = setiter_dealloc,
    .iter = gp_iter_self,
    .iternext = setiter_next,
    .traverse = setiter_traverse,
};
