/*
 * dict.c - the dict type, as CPython 3.6+'s compact dict.
 *
 * A dict points at one table block, allocated in the dict's own area:
 *
 *   GpDict                   GpDictTable (one block)
 *   +---------+              +-------------------------------------------+
 *   | used    |              | log2_size  ix_log2  all_str               |
 *   | table --+------------> | usable     nentries                       |
 *   | gen     |              +-------------------------------------------+
 *   +---------+              | indices[size]   int8/16/32/64, by size:   |
 *                            |   -1 EMPTY, -2 DUMMY, >= 0 an entry       |
 *                            +-------------------------------------------+
 *                            | entries[usable_fraction(size)]            |
 *                            |   {hash, key, value} in insertion order   |
 *                            +-------------------------------------------+
 *
 * The sparse index table is hashed into; the dense entries array keeps
 * insertion order, so iteration walks entries and never the indices.
 * Index width grows with the table (1 byte up to 128 slots, 2 up to 2^15,
 * 4 up to 2^31, else 8), which is why a small dict costs little.
 *
 * Probing is CPython's: i = hash & mask, then
 *     perturb >>= 5;  i = (i*5 + perturb + 1) & mask
 * which visits every slot eventually and lets all hash bits matter.
 *
 * Load factor 2/3: a table of `size` slots has room for size*2/3 entries
 * ("usable").  Deleting a key writes DUMMY into its index slot (so probe
 * chains through it stay intact) and NULLs its entry; neither is reused
 * until the next resize, which compacts the entries and drops the dummies.
 * When no entry is free an insertion resizes to the smallest power of two
 * >= used*3 (GROWTH_RATE), so a dict full of deleted entries can shrink.
 *
 * Comparisons: str keys (the namespaces) take a fast path that never runs
 * Python code: identity, then the cached hash, then the text.  Other keys
 * go through __eq__, which can do anything, even change this dict; as in
 * CPython a lookup whose table or entry changed under it starts over.
 */
#include "obj/dict.h"

#include <string.h>

#include "mem/mem.h"
#include "obj/error.h"
#include "obj/iter.h"
#include "obj/hash.h"
#include "obj/list.h"
#include "obj/method.h"
#include "obj/set.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

#define DKIX_EMPTY  (-1)
#define DKIX_DUMMY  (-2)
#define DKIX_ERROR  (-3)

#define LOG2_MINSIZE  3             /* 8 slots */
#define PERTURB_SHIFT 5

typedef struct DictEntry {
    GpHash hash;
    GpObject *key;                  /* NULL: deleted */
    GpObject *value;
} DictEntry;

typedef struct GpDictTable {
    uint8_t log2_size;
    uint8_t ix_log2;                /* log2 of bytes per index */
    uint8_t all_str;                /* every key ever inserted is an exact str */
    uint8_t pad[5];
    size_t usable;                  /* entries still free */
    size_t nentries;                /* entries used, live or deleted */
} DictTable;

/* ---- the table ------------------------------------------------------------ */

static size_t usable_fraction(size_t size)
{
    return (size << 1) / 3;
}

/* log2 of the smallest power of two >= minsize, at least 8 slots. */
static uint8_t calculate_log2(size_t minsize)
{
    uint8_t log2 = LOG2_MINSIZE;
    while (((size_t)1 << log2) < minsize && log2 < 62)
        log2++;
    return log2;
}

/* The size for n keys inserted without a resize. */
static uint8_t estimate_log2(size_t n)
{
    return calculate_log2((n * 3 + 1) / 2);
}

static inline size_t tsize(const DictTable *t)
{
    return (size_t)1 << t->log2_size;
}

static inline void *indices(const DictTable *t)
{
    return (uint8_t *)t + sizeof(DictTable);
}

static inline DictEntry *entries(const DictTable *t)
{
    return (DictEntry *)((uint8_t *)indices(t) + (tsize(t) << t->ix_log2));
}

static inline ssize_t ix_get(const DictTable *t, size_t i)
{
    switch (t->ix_log2) {
    case 0: return ((const int8_t *)indices(t))[i];
    case 1: return ((const int16_t *)indices(t))[i];
    case 2: return ((const int32_t *)indices(t))[i];
    default: return (ssize_t)((const int64_t *)indices(t))[i];
    }
}

static inline void ix_set(DictTable *t, size_t i, ssize_t ix)
{
    switch (t->ix_log2) {
    case 0: ((int8_t *)indices(t))[i] = (int8_t)ix; break;
    case 1: ((int16_t *)indices(t))[i] = (int16_t)ix; break;
    case 2: ((int32_t *)indices(t))[i] = (int32_t)ix; break;
    default: ((int64_t *)indices(t))[i] = (int64_t)ix; break;
    }
}

static uint8_t ix_log2_for(uint8_t log2_size)
{
    return log2_size < 8 ? 0 : log2_size < 16 ? 1 : log2_size < 32 ? 2 : 3;
}

/* Bytes of a table of 2^log2 slots; 0 if that overflows. */
static size_t table_bytes(uint8_t log2)
{
    if (log2 > 58)
        return 0;
    size_t size = (size_t)1 << log2;
    return sizeof(DictTable) + (size << ix_log2_for(log2)) +
           usable_fraction(size) * sizeof(DictEntry);
}

static GpArea *area_of(GpState *st, const void *p)
{
    return gp_image_area(st->img, gp_image_area_of(st->img, p));
}

/* An empty table in the dict's area, or NULL with MemoryError pending. */
static DictTable *table_new(GpState *st, GpDict *d, uint8_t log2)
{
    size_t bytes = table_bytes(log2);
    DictTable *t = bytes ? gp_mem_alloc(area_of(st, d), bytes) : NULL;
    if (!t) {
        gp_err_nomemory(st);
        return NULL;
    }
    memset(t, 0, sizeof *t);
    t->log2_size = log2;
    t->ix_log2 = ix_log2_for(log2);
    t->all_str = 1;
    t->usable = usable_fraction(tsize(t));
    t->nentries = 0;
    memset(indices(t), 0xff, tsize(t) << t->ix_log2);    /* all DKIX_EMPTY */
    return t;
}

static void table_free(GpState *st, DictTable *t)
{
    if (t)
        gp_mem_free(area_of(st, t), t, table_bytes(t->log2_size));
}

/* The first EMPTY or DUMMY slot on hash's probe chain. */
static size_t find_empty_slot(const DictTable *t, GpHash hash)
{
    size_t mask = tsize(t) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    while (ix_get(t, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The slot holding entry index ix (which must be there). */
static size_t find_slot_of(const DictTable *t, GpHash hash, ssize_t ix)
{
    size_t mask = tsize(t) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    while (ix_get(t, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Move the live entries, in order, into a fresh table of 2^log2 slots.
 * On failure the dict is unchanged. */
static int dict_resize(GpState *st, GpDict *d, uint8_t log2)
{
    DictTable *old = d->table;
    if (log2 < LOG2_MINSIZE)
        log2 = LOG2_MINSIZE;
    DictTable *t = table_new(st, d, log2);
    if (!t)
        return -1;
    if (old) {
        DictEntry *src = entries(old), *dst = entries(t);
        size_t n = 0, all_str = 1;
        GpType *strtype = gp_type(st, GP_T_STR);
        for (size_t i = 0; i < old->nentries; i++) {
            if (!src[i].key)
                continue;
            dst[n] = src[i];
            ix_set(t, find_empty_slot(t, src[i].hash), (ssize_t)n);
            all_str &= src[i].key->type == strtype;
            n++;
        }
        t->nentries = n;
        t->usable -= n;
        t->all_str = (uint8_t)all_str;
    }
    d->table = t;
    d->gen++;
    table_free(st, old);
    return 0;
}

static int insertion_resize(GpState *st, GpDict *d)
{
    return dict_resize(st, d, calculate_log2(d->used * 3));
}

/* ---- lookup --------------------------------------------------------------- */

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

/* The entry index of key, DKIX_EMPTY if absent, DKIX_ERROR on error. */
static ssize_t lookup(GpState *st, GpDict *d, GpObject *key, GpHash hash)
{
    int keystr = is_exact_str(st, key);
top:;
    DictTable *t = d->table;
    if (!t)
        return DKIX_EMPTY;
    size_t mask = tsize(t) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    if (keystr && t->all_str) {
        /* no Python code can run: str equality is plain data */
        for (;;) {
            ssize_t ix = ix_get(t, i);
            if (ix == DKIX_EMPTY)
                return DKIX_EMPTY;
            if (ix >= 0) {
                DictEntry *e = &entries(t)[ix];
                if (e->key == key || (e->hash == hash && gp_str_equal(e->key, key)))
                    return ix;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }
    for (;;) {
        ssize_t ix = ix_get(t, i);
        if (ix == DKIX_EMPTY)
            return DKIX_EMPTY;
        if (ix >= 0) {
            DictEntry *e = &entries(t)[ix];
            GpObject *startkey = e->key;
            if (startkey == key)
                return ix;
            if (e->hash == hash) {
                if (keystr && is_exact_str(st, startkey)) {
                    if (gp_str_equal(startkey, key))
                        return ix;
                } else {
                    uint64_t gen = d->gen;
                    gp_incref(startkey);
                    int cmp = gp_obj_richcompare_bool(st, startkey, key, GP_EQ);
                    gp_decref(st, startkey);
                    if (cmp < 0)
                        return DKIX_ERROR;
                    /* __eq__ may have resized the table or replaced the key */
                    if (d->table != t || d->gen != gen || e->key != startkey)
                        goto top;
                    if (cmp > 0)
                        return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

int gp_dict_find(GpState *st, GpObject *d, GpObject *key, GpObject **value)
{
    GpHash hash = key_hash(st, key);
    if (hash == -1)
        return -1;
    ssize_t ix = lookup(st, GP_DICT(d), key, hash);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix < 0) {
        *value = NULL;
        return 0;
    }
    *value = entries(GP_DICT(d)->table)[ix].value;
    return 1;
}

GpObject *gp_dict_get(GpState *st, GpObject *d, GpObject *key)
{
    GpObject *v = NULL;
    return gp_dict_find(st, d, key, &v) > 0 ? v : NULL;
}

GpObject *gp_dict_get_str(GpState *st, GpObject *d, const char *name)
{
    size_t len = strlen(name), k;
    for (k = 0; k < len && (unsigned char)name[k] < 0x80; k++)
        ;
    DictTable *t = GP_DICT(d)->table;
    if (k == len) {
        if (!t)
            return NULL;
        GpHash hash = gp_hash_bytes(&st->hash_key, name, len);
        size_t mask = tsize(t) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
        for (;;) {
            ssize_t ix = ix_get(t, i);
            if (ix == DKIX_EMPTY)
                return NULL;
            if (ix >= 0) {
                DictEntry *e = &entries(t)[ix];
                if (e->hash == hash) {
                    if (!is_exact_str(st, e->key))
                        break;      /* an object with its own __eq__: the slow way */
                    if (gp_str_equal_cstr(e->key, name))
                        return e->value;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }
    GpObject *key = gp_str_from_utf8(st, name, len);
    if (!key)
        return NULL;
    GpObject *v = gp_dict_get(st, d, key);
    gp_decref(st, key);
    return v;
}

/* ---- insertion and deletion ------------------------------------------------- */

/* Every change of the mapping gives the dict a new version. */
static inline void changed(GpState *st, GpDict *d)
{
    d->version = ++st->dict_version;
}

/* Append a key known to be absent (incref'ing key and value). */
static int insert_new(GpState *st, GpDict *d, GpObject *key, GpHash hash, GpObject *value)
{
    if (!d->table || d->table->usable == 0)
        if (insertion_resize(st, d) != 0)
            return -1;
    DictTable *t = d->table;
    size_t slot = find_empty_slot(t, hash);
    DictEntry *e = &entries(t)[t->nentries];
    e->hash = hash;
    e->key = gp_incref(key);
    e->value = gp_incref(value);
    ix_set(t, slot, (ssize_t)t->nentries);
    if (!is_exact_str(st, key))
        t->all_str = 0;
    t->nentries++;
    t->usable--;
    d->used++;
    changed(st, d);
    return 0;
}

static int insert(GpState *st, GpDict *d, GpObject *key, GpHash hash, GpObject *value)
{
    ssize_t ix = lookup(st, d, key, hash);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix >= 0) {
        DictEntry *e = &entries(d->table)[ix];
        GpObject *old = e->value;
        e->value = gp_incref(value);
        changed(st, d);
        gp_decref(st, old);     /* last: freeing old may run code */
        return 0;
    }
    return insert_new(st, d, key, hash, value);
}

int gp_dict_set(GpState *st, GpObject *d, GpObject *key, GpObject *value)
{
    GpHash hash = key_hash(st, key);
    if (hash == -1)
        return -1;
    return insert(st, GP_DICT(d), key, hash, value);
}

int gp_dict_set_str(GpState *st, GpObject *d, const char *name, GpObject *value)
{
    GpObject *key = gp_str_from_cstr(st, name);
    if (!key)
        return -1;
    int r = gp_dict_set(st, d, key, value);
    gp_decref(st, key);
    return r;
}

/* Remove entry ix (whose index slot is found by hash); the old key and
 * value are handed to the caller, who releases them. */
static void remove_entry(GpState *st, GpDict *d, GpHash hash, ssize_t ix, GpObject **key,
                         GpObject **value)
{
    changed(st, d);
    DictTable *t = d->table;
    ix_set(t, find_slot_of(t, hash, ix), DKIX_DUMMY);
    DictEntry *e = &entries(t)[ix];
    *key = e->key;
    *value = e->value;
    e->key = e->value = NULL;
    d->used--;
}

static void raise_key_error(GpState *st, GpObject *key)
{
    gp_err_set(st, gp_type(st, GP_T_KEY_ERROR), key);
}

GpObject *gp_dict_pop(GpState *st, GpObject *d, GpObject *key, GpObject *deflt)
{
    GpHash hash = key_hash(st, key);
    if (hash == -1)
        return NULL;
    ssize_t ix = lookup(st, GP_DICT(d), key, hash);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix < 0) {
        if (deflt)
            return gp_incref(deflt);
        raise_key_error(st, key);
        return NULL;
    }
    GpObject *k, *v;
    remove_entry(st, GP_DICT(d), hash, ix, &k, &v);
    gp_decref(st, k);
    return v;
}

int gp_dict_del(GpState *st, GpObject *d, GpObject *key)
{
    GpObject *v = gp_dict_pop(st, d, key, NULL);
    if (!v)
        return -1;
    gp_decref(st, v);
    return 0;
}

GpObject *gp_dict_popitem(GpState *st, GpObject *d)
{
    GpDict *dd = GP_DICT(d);
    if (dd->used == 0) {
        gp_err_format(st, gp_type(st, GP_T_KEY_ERROR), "popitem(): dictionary is empty");
        return NULL;
    }
    GpObject *res = gp_tuple_new(st, 2);
    if (!res)
        return NULL;
    DictTable *t = dd->table;
    ssize_t i = (ssize_t)t->nentries - 1;
    while (!entries(t)[i].key)
        i--;
    GpObject *k, *v;
    remove_entry(st, dd, entries(t)[i].hash, i, &k, &v);
    t->nentries = (size_t)i;      /* the dummy index keeps usable as it was */
    ((GpTuple *)res)->items[0] = k;
    ((GpTuple *)res)->items[1] = v;
    return res;
}

GpObject *gp_dict_setdefault(GpState *st, GpObject *d, GpObject *key, GpObject *deflt)
{
    GpHash hash = key_hash(st, key);
    if (hash == -1)
        return NULL;
    ssize_t ix = lookup(st, GP_DICT(d), key, hash);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix >= 0)
        return gp_incref(entries(GP_DICT(d)->table)[ix].value);
    if (insert_new(st, GP_DICT(d), key, hash, deflt) != 0)
        return NULL;
    return gp_incref(deflt);
}

void gp_dict_clear(GpState *st, GpObject *d)
{
    GpDict *dd = GP_DICT(d);
    DictTable *t = dd->table;
    if (!t)
        return;
    /* empty first: releasing the entries may run code that uses d */
    dd->table = NULL;
    dd->used = 0;
    dd->gen++;
    changed(st, dd);
    DictEntry *e = entries(t);
    for (size_t i = 0; i < t->nentries; i++) {
        if (e[i].key) {
            gp_decref(st, e[i].key);
            gp_decref(st, e[i].value);
        }
    }
    table_free(st, t);
}

/* ---- whole-dict operations --------------------------------------------------- */

int gp_dict_check(GpState *st, GpObject *o)
{
    return gp_obj_is_instance_of_type(o, gp_type(st, GP_T_DICT));
}

GpObject *gp_dict_new(GpState *st)
{
    GpObject *d = gp_obj_alloc(st, gp_type(st, GP_T_DICT), sizeof(GpDict));
    if (d)
        changed(st, GP_DICT(d));
    return d;
}

GpObject *gp_dict_new_presized(GpState *st, size_t n)
{
    GpObject *d = gp_dict_new(st);
    if (d && n && dict_resize(st, GP_DICT(d), estimate_log2(n)) != 0) {
        gp_decref(st, d);
        return NULL;
    }
    return d;
}

int gp_dict_next(GpObject *d, size_t *pos, GpObject **key, GpObject **value)
{
    return gp_dict_next_entry(d, pos, key, value, NULL);
}

int gp_dict_next_entry(GpObject *d, size_t *pos, GpObject **key, GpObject **value,
                       int64_t *hash)
{
    DictTable *t = GP_DICT(d)->table;
    if (!t)
        return 0;
    size_t i = *pos;
    DictEntry *e = entries(t);
    while (i < t->nentries && !e[i].key)
        i++;
    if (i >= t->nentries)
        return 0;
    *pos = i + 1;
    if (key)
        *key = e[i].key;
    if (value)
        *value = e[i].value;
    if (hash)
        *hash = e[i].hash;
    return 1;
}

/* Make d's table a copy of src's (d must be empty), dummies and all. */
static int clone_table(GpState *st, GpDict *d, const GpDict *src)
{
    const DictTable *s = src->table;
    size_t bytes = table_bytes(s->log2_size);
    DictTable *t = gp_mem_alloc(area_of(st, d), bytes);
    if (!t) {
        gp_err_nomemory(st);
        return -1;
    }
    memcpy(t, s, bytes);
    DictEntry *e = entries(t);
    for (size_t i = 0; i < t->nentries; i++) {
        if (e[i].key) {
            gp_incref(e[i].key);
            gp_incref(e[i].value);
        }
    }
    table_free(st, d->table);
    d->table = t;
    d->used = src->used;
    d->gen++;
    changed(st, d);
    return 0;
}

int gp_dict_merge(GpState *st, GpObject *d, GpObject *other, int override)
{
    if (!gp_dict_check(st, other)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "'%s' object is not a mapping",
                      other->type->name);
        return -1;
    }
    GpDict *a = GP_DICT(d), *b = GP_DICT(other);
    if (a == b || b->used == 0)
        return 0;
    if (a->used == 0) {
        override = 1;
        /* a clean, tightly sized source is copied wholesale (CPython) */
        DictTable *bt = b->table;
        if (b->used == bt->nentries &&
            (bt->log2_size == LOG2_MINSIZE || usable_fraction(tsize(bt) / 2) < b->used))
            return clone_table(st, a, b);
    }
    if (!a->table || usable_fraction(tsize(a->table)) < b->used)
        if (dict_resize(st, a, estimate_log2(a->used + b->used)) != 0)
            return -1;
    size_t orig = b->table->nentries;
    for (size_t i = 0; b->table && i < b->table->nentries; i++) {
        DictEntry *e = &entries(b->table)[i];
        if (!e->key)
            continue;
        GpObject *k = gp_incref(e->key), *v = gp_incref(e->value);
        GpHash hash = e->hash;
        int err;
        if (override) {
            err = insert(st, a, k, hash, v);
        } else {
            ssize_t ix = lookup(st, a, k, hash);
            err = ix == DKIX_ERROR ? -1 : ix >= 0 ? 0 : insert_new(st, a, k, hash, v);
        }
        gp_decref(st, v);
        gp_decref(st, k);
        if (err)
            return -1;
        if (!b->table || b->table->nentries != orig) {
            gp_err_format(st, gp_type(st, GP_T_RUNTIME_ERROR), "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

int gp_dict_update(GpState *st, GpObject *d, GpObject *other)
{
    return gp_dict_merge(st, d, other, 1);
}

GpObject *gp_dict_copy(GpState *st, GpObject *d)
{
    GpDict *src = GP_DICT(d);
    GpObject *r = gp_dict_new(st);
    if (!r || src->used == 0)
        return r;
    int err;
    /* a table with few deleted entries is cloned as is (CPython) */
    if (src->used >= src->table->nentries * 2 / 3)
        err = clone_table(st, GP_DICT(r), src);
    else
        err = gp_dict_merge(st, r, d, 1);
    if (err) {
        gp_decref(st, r);
        return NULL;
    }
    return r;
}

enum { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS };

static GpObject *snapshot(GpState *st, GpObject *d, int what)
{
    GpDict *dd = GP_DICT(d);
    GpObject *r = gp_tuple_new(st, dd->used);
    if (!r || dd->used == 0)
        return r;
    size_t pos = 0, n = 0;
    GpObject *k, *v;
    /* making a pair allocates but runs no Python code: d cannot change */
    while (gp_dict_next(d, &pos, &k, &v)) {
        GpObject *x;
        if (what == VIEW_ITEMS) {
            x = gp_tuple_pack(st, 2, k, v);
            if (!x) {
                gp_decref(st, r);   /* the unfilled slots are NULL */
                return NULL;
            }
        } else {
            x = gp_incref(what == VIEW_KEYS ? k : v);
        }
        ((GpTuple *)r)->items[n++] = x;
    }
    return r;
}

GpObject *gp_dict_keys(GpState *st, GpObject *d) { return snapshot(st, d, VIEW_KEYS); }
GpObject *gp_dict_values(GpState *st, GpObject *d) { return snapshot(st, d, VIEW_VALUES); }
GpObject *gp_dict_items(GpState *st, GpObject *d) { return snapshot(st, d, VIEW_ITEMS); }

void gp_dict_geometry(const GpObject *d, GpDictGeometry *g)
{
    const DictTable *t = GP_DICT(d)->table;
    memset(g, 0, sizeof *g);
    if (!t)
        return;
    g->slots = tsize(t);
    g->nentries = t->nentries;
    g->usable = t->usable;
    g->index_bytes = (size_t)1 << t->ix_log2;
    g->table_bytes = table_bytes(t->log2_size);
}

/* ---- the type's slots -------------------------------------------------------- */

static void dict_dealloc(GpState *st, GpObject *o)
{
    GpDict *d = GP_DICT(o);
    DictTable *t = d->table;
    if (t) {
        DictEntry *e = entries(t);
        for (size_t i = 0; i < t->nentries; i++) {
            if (e[i].key) {
                gp_decref(st, e[i].key);
                gp_decref(st, e[i].value);
            }
        }
        table_free(st, t);
    }
    gp_obj_free(st, o, sizeof(GpDict));
}

static int dict_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    DictTable *t = GP_DICT(o)->table;
    if (!t)
        return 0;
    DictEntry *e = entries(t);
    for (size_t i = 0; i < t->nentries; i++)
        if (e[i].key && (visit(e[i].key, arg) || visit(e[i].value, arg)))
            return 1;
    return 0;
}

static int64_t dict_hash(GpState *st, GpObject *o)
{
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "unhashable type: '%s'", o->type->name);
    return -1;
}

/* {k: v, ...}; a dict met again inside itself prints as {...} */
static GpObject *dict_repr(GpState *st, GpObject *o)
{
    GpDict *d = GP_DICT(o);
    if (d->used == 0)
        return gp_str_from_cstr(st, "{}");
    int busy = gp_list_repr_enter(st, o);   /* inside itself, or too deep */
    if (busy != 0)
        return busy > 0 ? gp_str_from_cstr(st, "{...}") : NULL;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_cp(&b, '{');
    int first = 1;
    /* re-read the table every step: a repr may change the dict */
    for (size_t i = 0; !b.failed && d->table && i < d->table->nentries; i++) {
        DictEntry *e = &entries(d->table)[i];
        if (!e->key)
            continue;
        GpObject *k = gp_incref(e->key), *v = gp_incref(e->value);
        if (!first)
            gp_strbuf_add_ascii(&b, ", ");
        first = 0;
        gp_strbuf_add_repr(&b, k);
        gp_strbuf_add_ascii(&b, ": ");
        gp_strbuf_add_repr(&b, v);
        gp_decref(st, k);
        gp_decref(st, v);
    }
    gp_strbuf_add_cp(&b, '}');
    gp_list_repr_leave(st, o);
    return gp_strbuf_finish(&b);
}

/* 1 if a and b hold equal items, 0 if not, -1 on error (CPython's
 * dict_equal: every value is compared with __eq__, a's order). */
static int dict_equal(GpState *st, GpDict *a, GpDict *b)
{
    if (a->used != b->used)
        return 0;
    for (size_t i = 0; a->table && i < a->table->nentries; i++) {
        DictEntry *e = &entries(a->table)[i];
        if (!e->key)
            continue;
        GpObject *k = gp_incref(e->key), *av = gp_incref(e->value);
        GpHash hash = e->hash;
        ssize_t ix = lookup(st, b, k, hash);
        int cmp;
        if (ix < 0) {
            cmp = ix == DKIX_ERROR ? -1 : 0;
        } else {
            GpObject *bv = gp_incref(entries(b->table)[ix].value);
            cmp = gp_obj_richcompare_bool(st, av, bv, GP_EQ);
            gp_decref(st, bv);
        }
        gp_decref(st, av);
        gp_decref(st, k);
        if (cmp <= 0)
            return cmp;
    }
    return 1;
}

static GpObject *dict_richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    if (!gp_dict_check(st, a) || !gp_dict_check(st, b) || (op != GP_EQ && op != GP_NE))
        return gp_incref(st->not_implemented);
    int eq = dict_equal(st, GP_DICT(a), GP_DICT(b));
    if (eq < 0)
        return NULL;
    return gp_incref((eq == (op == GP_EQ)) ? st->true_ : st->false_);
}

static ssize_t dict_len(GpState *st, GpObject *o)
{
    (void)st;
    return (ssize_t)GP_DICT(o)->used;
}

static GpObject *dict_subscript(GpState *st, GpObject *o, GpObject *key)
{
    GpObject *v;
    int r = gp_dict_find(st, o, key, &v);
    if (r < 0)
        return NULL;
    if (r == 0) {
        raise_key_error(st, key);
        return NULL;
    }
    return gp_incref(v);
}

static int dict_ass_subscript(GpState *st, GpObject *o, GpObject *key, GpObject *v)
{
    return v ? gp_dict_set(st, o, key, v) : gp_dict_del(st, o, key);
}

static int dict_contains(GpState *st, GpObject *o, GpObject *key)
{
    GpObject *v;
    return gp_dict_find(st, o, key, &v);
}

static GpObject *dict_iter(GpState *st, GpObject *o)
{
    return gp_dict_iter_keys(st, o);
}

static const GpMappingSlots dict_map = {
    .len = dict_len,
    .subscript = dict_subscript,
    .ass_subscript = dict_ass_subscript,
};

/* `in` goes through the sequence slots' contains */
static const GpSequenceSlots dict_seq = {
    .contains = dict_contains,
};

/* ---- methods and the constructor ------------------------------------------------- */

/* CPython 3.11's dict methods, argument errors included.  keys(), values()
 * and items() return views (below).  fromkeys is a class method: the
 * method table entry becomes a descriptor like the others, and
 * gp_dict_type_ready replaces it with a function bound to the type. */

static GpObject *view_new(GpState *st, GpObject *d, GpTypeId type);

#define METHOD(name)                                                                  \
    static GpObject *name(GpState *st, GpObject *self, GpObject *const *args, size_t nargs, \
                          GpObject *kwnames)

/* "get expected at least 1 argument, got 0" and its sibling */
static int check_nargs(GpState *st, const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (nargs < min)
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s expected at least %zu argument%s, got %zu",
                      name, min, min == 1 ? "" : "s", nargs);
    else
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s expected at most %zu argument%s, got %zu",
                      name, max, max == 1 ? "" : "s", nargs);
    return -1;
}

METHOD(m_clear)
{
    (void)args, (void)nargs, (void)kwnames;
    gp_dict_clear(st, self);
    return gp_incref(st->none);
}

METHOD(m_copy)
{
    (void)args, (void)nargs, (void)kwnames;
    return gp_dict_copy(st, self);
}

METHOD(m_get)
{
    (void)kwnames;
    if (check_nargs(st, "get", nargs, 1, 2))
        return NULL;
    GpObject *v;
    int r = gp_dict_find(st, self, args[0], &v);
    if (r < 0)
        return NULL;
    return gp_incref(r ? v : nargs > 1 ? args[1] : st->none);
}

METHOD(m_setdefault)
{
    (void)kwnames;
    if (check_nargs(st, "setdefault", nargs, 1, 2))
        return NULL;
    return gp_dict_setdefault(st, self, args[0], nargs > 1 ? args[1] : st->none);
}

METHOD(m_pop)
{
    (void)kwnames;
    if (check_nargs(st, "pop", nargs, 1, 2))
        return NULL;
    return gp_dict_pop(st, self, args[0], nargs > 1 ? args[1] : NULL);
}

METHOD(m_popitem)
{
    (void)args, (void)nargs, (void)kwnames;
    return gp_dict_popitem(st, self);
}

METHOD(m_keys)
{
    (void)args, (void)nargs, (void)kwnames;
    return view_new(st, self, GP_T_DICT_KEYS);
}

METHOD(m_values)
{
    (void)args, (void)nargs, (void)kwnames;
    return view_new(st, self, GP_T_DICT_VALUES);
}

METHOD(m_items)
{
    (void)args, (void)nargs, (void)kwnames;
    return view_new(st, self, GP_T_DICT_ITEMS);
}

/* Does o's type define keys()?  (CPython looks the attribute up.) */
static int has_keys_method(GpState *st, GpObject *o)
{
    for (GpType *t = o->type; t; t = t->base)
        if (t->dict && gp_dict_get_str(st, t->dict, "keys"))
            return 1;
    return 0;
}

/* d.update(o) for o with a keys() method: d[k] = o[k] for k in o.keys() */
static int merge_mapping(GpState *st, GpObject *d, GpObject *o)
{
    GpObject *keys = gp_obj_getattr_cstr(st, o, "keys");
    GpObject *ks = keys ? gp_obj_call(st, keys, NULL, 0, NULL) : NULL;
    GpObject *it = ks ? gp_obj_iter(st, ks) : NULL;
    gp_xdecref(st, keys);
    gp_xdecref(st, ks);
    if (!it)
        return -1;
    int rc = 0;
    GpObject *k;
    while (rc == 0 && (k = gp_iter_next(st, it))) {
        GpObject *v = o->type->map && o->type->map->subscript ? o->type->map->subscript(st, o, k)
                                                              : NULL;
        if (!v && !gp_err_occurred(st))
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "'%s' object is not subscriptable",
                          o->type->name);
        rc = v ? gp_dict_set(st, d, k, v) : -1;
        gp_xdecref(st, v);
        gp_decref(st, k);
    }
    gp_decref(st, it);
    return rc || gp_err_occurred(st) ? -1 : 0;
}

/* d.update(iterable of pairs) (CPython's PyDict_MergeFromSeq2) */
static int merge_pairs(GpState *st, GpObject *d, GpObject *seq)
{
    GpObject *it = gp_obj_iter(st, seq);
    if (!it)
        return -1;
    int rc = 0;
    GpObject *item;
    for (size_t i = 0; rc == 0 && (item = gp_iter_next(st, it)); i++) {
        GpObject *fast;
        if (GP_TYPE(item) == gp_type(st, GP_T_TUPLE) || GP_TYPE(item) == gp_type(st, GP_T_LIST)) {
            fast = gp_incref(item);
        } else if (!(fast = gp_list_from_iterable(st, item)) &&
                   gp_err_matches(st, gp_type(st, GP_T_TYPE_ERROR))) {
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "cannot convert dictionary update sequence element #%zu to a sequence",
                          i);
        }
        gp_decref(st, item);
        if (!fast) {
            rc = -1;
            break;
        }
        size_t n = ((GpVarObject *)fast)->size;
        if (n != 2) {
            gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                          "dictionary update sequence element #%zu has length %zu; 2 is required",
                          i, n);
            rc = -1;
        } else {
            int is_tuple = GP_TYPE(fast) == gp_type(st, GP_T_TUPLE);
            GpObject *k = gp_incref(is_tuple ? gp_tuple_item(fast, 0) : gp_list_item(fast, 0));
            GpObject *v = gp_incref(is_tuple ? gp_tuple_item(fast, 1) : gp_list_item(fast, 1));
            rc = gp_dict_set(st, d, k, v);
            gp_decref(st, k);
            gp_decref(st, v);
        }
        gp_decref(st, fast);
    }
    gp_decref(st, it);
    return rc || gp_err_occurred(st) ? -1 : 0;
}

int gp_dict_update_arg(GpState *st, GpObject *d, GpObject *o)
{
    if (gp_dict_check(st, o))
        return gp_dict_merge(st, d, o, 1);
    if (has_keys_method(st, o))
        return merge_mapping(st, d, o);
    return gp_err_occurred(st) ? -1 : merge_pairs(st, d, o);
}

/* dict(...) and d.update(...): one positional argument, then keywords */
static int update_common(GpState *st, GpObject *d, const char *name, GpObject *const *args,
                         size_t nargs, GpObject *kwnames)
{
    if (check_nargs(st, name, nargs, 0, 1))
        return -1;
    if (nargs && gp_dict_update_arg(st, d, args[0]))
        return -1;
    size_t nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (gp_dict_set(st, d, gp_tuple_item(kwnames, i), args[nargs + i]))
            return -1;
    return 0;
}

METHOD(m_update)
{
    return update_common(st, self, "update", args, nargs, kwnames) ? NULL : gp_incref(st->none);
}

/* dict.fromkeys(iterable, value=None); self is the type */
METHOD(m_fromkeys)
{
    (void)self, (void)kwnames;
    if (check_nargs(st, "fromkeys", nargs, 1, 2))
        return NULL;
    GpObject *v = nargs > 1 ? args[1] : st->none;
    GpObject *d = gp_dict_new(st), *it = d ? gp_obj_iter(st, args[0]) : NULL, *k;
    int rc = it ? 0 : -1;
    while (rc == 0 && (k = gp_iter_next(st, it))) {
        rc = gp_dict_set(st, d, k, v);
        gp_decref(st, k);
    }
    gp_xdecref(st, it);
    if (rc || gp_err_occurred(st)) {
        gp_xdecref(st, d);
        return NULL;
    }
    return d;
}

#undef METHOD

static const GpMethodDef dict_methods[] = {
    {"clear", m_clear, GP_METH_NOARGS},
    {"copy", m_copy, GP_METH_NOARGS},
    {"fromkeys", m_fromkeys, GP_METH_VARARGS},
    {"get", m_get, GP_METH_VARARGS},
    {"items", m_items, GP_METH_NOARGS},
    {"keys", m_keys, GP_METH_NOARGS},
    {"pop", m_pop, GP_METH_VARARGS},
    {"popitem", m_popitem, GP_METH_NOARGS},
    {"setdefault", m_setdefault, GP_METH_VARARGS},
    {"update", m_update, GP_METH_VARARGS | GP_METH_KEYWORDS},
    {"values", m_values, GP_METH_NOARGS},
    {NULL, NULL, 0},
};

int gp_dict_type_ready(GpState *st)
{
    GpType *t = gp_type(st, GP_T_DICT);
    const GpMethodDef *def = &dict_methods[2];
    GpObject *f = gp_cfunction_new(st, def, GP_OBJ(t));
    if (!f)
        return -1;
    ((GpCFunction *)f)->owner = t;
    int rc = gp_dict_set_str(st, t->dict, def->name, f);
    gp_decref(st, f);
    return rc;
}

/* dict(), dict(mapping), dict(iterable of pairs), dict(**kw) */
static GpObject *dict_call_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                               GpObject *kwnames)
{
    (void)type;
    GpObject *d = gp_dict_new(st);
    if (d && update_common(st, d, "dict", args, nargs, kwnames)) {
        gp_decref(st, d);
        return NULL;
    }
    return d;
}

/* d | e for two dicts: a copy of d updated with e; d |= x takes what
 * d.update takes (a mapping or pairs) */
static GpObject *dict_or(GpState *st, GpObject *a, GpObject *b)
{
    if (!gp_dict_check(st, a) || !gp_dict_check(st, b))
        return gp_incref(st->not_implemented);
    GpObject *r = gp_dict_copy(st, a);
    if (r && gp_dict_update(st, r, b)) {
        gp_decref(st, r);
        return NULL;
    }
    return r;
}

static GpObject *dict_ior(GpState *st, GpObject *a, GpObject *b)
{
    return gp_dict_update_arg(st, a, b) ? NULL : gp_incref(a);
}

static const GpNumberSlots dict_num = {
    .or_ = dict_or,
    .inplace_or = dict_ior,
};

const GpType gp_dict_template = {
    .name = "dict",
    .flags = GP_TF_GC | GP_TF_BASETYPE,
    .basicsize = sizeof(GpDict),
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .hash = dict_hash,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .num = &dict_num,
    .seq = &dict_seq,
    .map = &dict_map,
    .traverse = dict_traverse,
    .clear = gp_dict_clear,
    .new_ = dict_call_new,
    .methods = dict_methods,
};

/* ---- iterators ---------------------------------------------------------------- */

static GpObject *iter_new(GpState *st, GpObject *d, GpTypeId type)
{
    GpDictIter *it = (GpDictIter *)gp_obj_alloc(st, gp_type(st, type), sizeof(GpDictIter));
    if (!it)
        return NULL;
    it->dict = gp_incref(d);
    it->used = GP_DICT(d)->used;
    it->len = it->used;
    it->pos = 0;
    it->reverse = 0;
    return GP_OBJ(it);
}

GpObject *gp_dict_iter_keys(GpState *st, GpObject *d)
{
    return iter_new(st, d, GP_T_DICT_KEYITER);
}

GpObject *gp_dict_iter_values(GpState *st, GpObject *d)
{
    return iter_new(st, d, GP_T_DICT_VALUEITER);
}

GpObject *gp_dict_iter_items(GpState *st, GpObject *d)
{
    return iter_new(st, d, GP_T_DICT_ITEMITER);
}

/* pos counts the entries not yet passed, from the end */
GpObject *gp_dict_iter_reversed(GpState *st, GpObject *d, int what)
{
    static const GpTypeId types[] = {GP_T_DICT_REVKEYITER, GP_T_DICT_REVVALUEITER,
                                     GP_T_DICT_REVITEMITER};
    GpDictIter *it = (GpDictIter *)iter_new(st, d, types[what]);
    if (it) {
        it->reverse = 1;
        it->pos = GP_DICT(d)->table ? GP_DICT(d)->table->nentries : 0;
    }
    return GP_OBJ(it);
}

/* The next live entry, or NULL: exhausted (no error) or changed (error).
 * A reverse iterator walks down from pos, the entries not yet passed. */
static DictEntry *iter_step(GpState *st, GpDictIter *it)
{
    GpDict *d = (GpDict *)it->dict;
    if (!d)
        return NULL;
    if (it->used != d->used) {
        gp_err_format(st, gp_type(st, GP_T_RUNTIME_ERROR),
                      "dictionary changed size during iteration");
        it->used = SIZE_MAX;    /* sticky, as CPython */
        return NULL;
    }
    if (it->reverse) {
        DictEntry *e = d->table ? entries(d->table) : NULL;
        size_t i = !e ? 0 : it->pos < d->table->nentries ? it->pos : d->table->nentries;
        while (i > 0 && !e[i - 1].key)
            i--;
        if (i > 0 && it->len > 0) {
            it->pos = i - 1;
            it->len--;
            return &e[i - 1];
        }
    } else {
        size_t pos = it->pos;
        if (gp_dict_next(GP_OBJ(d), &pos, NULL, NULL)) {
            if (it->len == 0) {
                gp_err_format(st, gp_type(st, GP_T_RUNTIME_ERROR),
                              "dictionary keys changed during iteration");
            } else {
                it->pos = pos;
                it->len--;
                return &entries(d->table)[pos - 1];
            }
        }
    }
    it->dict = NULL;
    gp_decref(st, GP_OBJ(d));
    return NULL;
}

static GpObject *keyiter_next(GpState *st, GpObject *o)
{
    DictEntry *e = iter_step(st, (GpDictIter *)o);
    return e ? gp_incref(e->key) : NULL;
}

static GpObject *valueiter_next(GpState *st, GpObject *o)
{
    DictEntry *e = iter_step(st, (GpDictIter *)o);
    return e ? gp_incref(e->value) : NULL;
}

static GpObject *itemiter_next(GpState *st, GpObject *o)
{
    DictEntry *e = iter_step(st, (GpDictIter *)o);
    return e ? gp_tuple_pack(st, 2, e->key, e->value) : NULL;
}

static void iter_dealloc(GpState *st, GpObject *o)
{
    gp_xdecref(st, ((GpDictIter *)o)->dict);
    gp_obj_free(st, o, sizeof(GpDictIter));
}

static int iter_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    GpObject *d = ((GpDictIter *)o)->dict;
    return d ? visit(d, arg) : 0;
}

#define DICT_ITER_TEMPLATE(tname, next)                                        \
    {                                                                          \
        .name = tname, .flags = GP_TF_GC, .basicsize = sizeof(GpDictIter),     \
        .dealloc = iter_dealloc, .iter = gp_iter_self, .iternext = next,          \
        .traverse = iter_traverse,                                             \
    }

const GpType gp_dict_keyiter_template = DICT_ITER_TEMPLATE("dict_keyiterator", keyiter_next);
const GpType gp_dict_valueiter_template =
    DICT_ITER_TEMPLATE("dict_valueiterator", valueiter_next);
const GpType gp_dict_itemiter_template = DICT_ITER_TEMPLATE("dict_itemiterator", itemiter_next);
const GpType gp_dict_revkeyiter_template =
    DICT_ITER_TEMPLATE("dict_reversekeyiterator", keyiter_next);
const GpType gp_dict_revvalueiter_template =
    DICT_ITER_TEMPLATE("dict_reversevalueiterator", valueiter_next);
const GpType gp_dict_revitemiter_template =
    DICT_ITER_TEMPLATE("dict_reverseitemiterator", itemiter_next);

/* ---- views -------------------------------------------------------------------- */

/*
 * d.keys(), d.values(), d.items(): live views of the dict (CPython's
 * dictview objects).  They hold a reference to the dict and read it
 * afresh on every use.  Keys and items views behave as sets: `in`,
 * comparisons with sets and views, and & | - ^ giving sets; values views
 * only have len and iteration.
 */

static GpObject *view_new(GpState *st, GpObject *d, GpTypeId type)
{
    GpDictView *v = (GpDictView *)gp_obj_alloc(st, gp_type(st, type), sizeof(GpDictView));
    if (!v)
        return NULL;
    v->dict = gp_incref(d);
    return GP_OBJ(v);
}

static GpObject *view_dict(GpObject *v)
{
    return ((GpDictView *)v)->dict;
}

static void view_dealloc(GpState *st, GpObject *o)
{
    gp_xdecref(st, view_dict(o));
    gp_obj_free(st, o, sizeof(GpDictView));
}

static int view_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    GpObject *d = view_dict(o);
    return d ? visit(d, arg) : 0;
}

static void view_clear(GpState *st, GpObject *o)
{
    GpObject *d = view_dict(o);
    ((GpDictView *)o)->dict = NULL;
    gp_xdecref(st, d);
}

static ssize_t view_len(GpState *st, GpObject *o)
{
    (void)st;
    GpObject *d = view_dict(o);
    return d ? (ssize_t)GP_DICT(d)->used : 0;
}

static GpObject *keys_iter(GpState *st, GpObject *o)
{
    return gp_dict_iter_keys(st, view_dict(o));
}

static GpObject *values_iter(GpState *st, GpObject *o)
{
    return gp_dict_iter_values(st, view_dict(o));
}

static GpObject *items_iter(GpState *st, GpObject *o)
{
    return gp_dict_iter_items(st, view_dict(o));
}

/* dict_keys(['a', 'b']): the view's items as a list, in the type's name */
static GpObject *view_repr(GpState *st, GpObject *o)
{
    int e = gp_list_repr_enter(st, o);
    if (e != 0)
        return e > 0 ? gp_str_from_cstr(st, "...") : NULL;
    GpObject *l = gp_list_from_iterable(st, o), *r = NULL;
    GpObject *lr = l ? gp_obj_repr(st, l) : NULL;
    if (lr) {
        char buf[256];
        size_t len;
        const char *u = gp_str_utf8(lr, buf, sizeof buf, &len);
        if (u == buf) {
            r = gp_str_format(st, "%s(%.*s)", o->type->name, (int)len, u);
        } else {
            /* too long for the buffer: concatenate the pieces */
            GpObject *head = gp_str_format(st, "%s(", o->type->name);
            GpObject *tail = gp_str_from_cstr(st, ")");
            GpObject *t = head && tail ? gp_str_concat(st, head, lr) : NULL;
            r = t ? gp_str_concat(st, t, tail) : NULL;
            gp_xdecref(st, head);
            gp_xdecref(st, tail);
            gp_xdecref(st, t);
        }
    }
    gp_xdecref(st, lr);
    gp_xdecref(st, l);
    gp_list_repr_leave(st, o);
    return r;
}

static int keys_contains(GpState *st, GpObject *o, GpObject *key)
{
    GpObject *d = view_dict(o), *v;
    return d ? gp_dict_find(st, d, key, &v) : 0;
}

/* (k, v) in d.items(): d has k and d[k] == v */
static int items_contains(GpState *st, GpObject *o, GpObject *item)
{
    GpObject *d = view_dict(o), *v;
    if (!d || GP_TYPE(item) != gp_type(st, GP_T_TUPLE) || gp_tuple_size(item) != 2)
        return 0;
    int r = gp_dict_find(st, d, gp_tuple_item(item, 0), &v);
    if (r <= 0)
        return r;
    gp_incref(v);
    r = gp_obj_richcompare_bool(st, v, gp_tuple_item(item, 1), GP_EQ);
    gp_decref(st, v);
    return r;
}

static int is_set_view(GpState *st, GpObject *o)
{
    return GP_TYPE(o) == gp_type(st, GP_T_DICT_KEYS) || GP_TYPE(o) == gp_type(st, GP_T_DICT_ITEMS);
}

/* every item of a is in b (b a set or a keys/items view) */
static int all_contained_in(GpState *st, GpObject *a, GpObject *b)
{
    GpObject *it = gp_obj_iter(st, a), *x;
    if (!it)
        return -1;
    int ok = 1;
    while (ok == 1 && (x = gp_iter_next(st, it))) {
        ok = b->type->seq->contains(st, b, x);
        gp_decref(st, x);
    }
    gp_decref(st, it);
    return gp_err_occurred(st) ? -1 : ok;
}

static GpObject *view_richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    if (!gp_set_check_any(st, b) && !is_set_view(st, b))
        return gp_incref(st->not_implemented);
    ssize_t la = view_len(st, a), lb = b->type->seq->len(st, b);
    int ok = 0;
    switch (op) {
    case GP_EQ:
    case GP_NE:
        if (la == lb)
            ok = all_contained_in(st, a, b);
        if (op == GP_NE && ok >= 0)
            ok = !ok;
        break;
    case GP_LT:
        if (la < lb)
            ok = all_contained_in(st, a, b);
        break;
    case GP_LE:
        if (la <= lb)
            ok = all_contained_in(st, a, b);
        break;
    case GP_GT:
        if (la > lb)
            ok = all_contained_in(st, b, a);
        break;
    default:
        if (la >= lb)
            ok = all_contained_in(st, b, a);
        break;
    }
    return ok < 0 ? NULL : gp_incref(ok ? st->true_ : st->false_);
}

/* set(o); a keys view of an exact dict is made from the dict (CPython's
 * dictviews_to_set) */
static GpObject *to_set(GpState *st, GpObject *o)
{
    if (GP_TYPE(o) == gp_type(st, GP_T_DICT_KEYS) &&
        GP_TYPE(view_dict(o)) == gp_type(st, GP_T_DICT))
        o = view_dict(o);
    return gp_set_new(st, o);
}

static GpObject *set_then(GpState *st, GpObject *a, GpObject *b,
                          int (*op)(GpState *, GpObject *, GpObject *))
{
    GpObject *r = to_set(st, a);
    if (r && op(st, r, b) != 0) {
        gp_decref(st, r);
        return NULL;
    }
    return r;
}

static GpObject *view_sub(GpState *st, GpObject *a, GpObject *b)
{
    return set_then(st, a, b, gp_set_difference_update);
}

static GpObject *view_or(GpState *st, GpObject *a, GpObject *b)
{
    return set_then(st, a, b, gp_set_update);
}

static GpObject *view_xor(GpState *st, GpObject *a, GpObject *b)
{
    return set_then(st, a, b, gp_set_symmetric_difference_update);
}

/* CPython's _PyDictView_Intersect: iterate the smaller side, keep what
 * the view contains */
static GpObject *view_and(GpState *st, GpObject *a, GpObject *b)
{
    if (!is_set_view(st, a)) {
        GpObject *t = a;
        a = b;
        b = t;
    }
    ssize_t la = view_len(st, a);
    if (GP_TYPE(b) == gp_type(st, GP_T_SET) && la <= (ssize_t)gp_set_size(b))
        return gp_set_intersection(st, b, a);
    if (is_set_view(st, b) && view_len(st, b) > la) {
        GpObject *t = a;
        a = b;
        b = t;
    }
    GpObject *r = gp_set_new(st, NULL), *it = r ? gp_obj_iter(st, b) : NULL, *x;
    int rc = it ? 0 : -1;
    while (rc == 0 && (x = gp_iter_next(st, it))) {
        rc = a->type->seq->contains(st, a, x);
        if (rc > 0)
            rc = gp_set_add(st, r, x);
        gp_decref(st, x);
    }
    gp_xdecref(st, it);
    if (rc < 0 || gp_err_occurred(st)) {
        gp_xdecref(st, r);
        return NULL;
    }
    return r;
}

static const GpNumberSlots view_num = {
    .sub = view_sub,
    .and_ = view_and,
    .or_ = view_or,
    .xor_ = view_xor,
};

/* keys.isdisjoint(other): no item of other is in the view */
static GpObject *view_isdisjoint(GpState *st, GpObject *self, GpObject *const *args,
                                 size_t nargs, GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    GpObject *it = gp_obj_iter(st, args[0]), *x;
    int rc = it ? 0 : -1;
    while (rc == 0 && (x = gp_iter_next(st, it))) {
        rc = self->type->seq->contains(st, self, x);
        gp_decref(st, x);
    }
    gp_xdecref(st, it);
    if (rc < 0 || gp_err_occurred(st))
        return NULL;
    return gp_incref(rc ? st->false_ : st->true_);
}

static const GpMethodDef view_methods[] = {
    {"isdisjoint", view_isdisjoint, GP_METH_O},
    {NULL, NULL, 0},
};

static const GpSequenceSlots keys_seq = {.len = view_len, .contains = keys_contains};
static const GpSequenceSlots values_seq = {.len = view_len};
static const GpSequenceSlots items_seq = {.len = view_len, .contains = items_contains};

#define VIEW_TEMPLATE(tname, iterfn, seqslots, numslots, cmp, meths)               \
    {                                                                              \
        .name = tname, .flags = GP_TF_GC, .basicsize = sizeof(GpDictView),         \
        .dealloc = view_dealloc, .repr = view_repr, .iter = iterfn,                \
        .seq = seqslots, .num = numslots, .richcompare = cmp,                      \
        .traverse = view_traverse, .clear = view_clear, .methods = meths,          \
    }

const GpType gp_dict_keys_template =
    VIEW_TEMPLATE("dict_keys", keys_iter, &keys_seq, &view_num, view_richcompare, view_methods);
const GpType gp_dict_values_template =
    VIEW_TEMPLATE("dict_values", values_iter, &values_seq, NULL, NULL, NULL);
const GpType gp_dict_items_template =
    VIEW_TEMPLATE("dict_items", items_iter, &items_seq, &view_num, view_richcompare,
                  view_methods);
