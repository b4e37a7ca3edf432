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
#include "obj/hash.h"
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
static void remove_entry(GpDict *d, GpHash hash, ssize_t ix, GpObject **key, GpObject **value)
{
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
    remove_entry(GP_DICT(d), hash, ix, &k, &v);
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
    remove_entry(dd, entries(t)[i].hash, i, &k, &v);
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
    return gp_obj_alloc(st, gp_type(st, GP_T_DICT), sizeof(GpDict));
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
    if (d->repr_busy)
        return gp_str_from_cstr(st, "{...}");
    d->repr_busy = 1;
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
    d->repr_busy = 0;
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

const GpType gp_dict_template = {
    .name = "dict",
    .flags = GP_TF_GC | GP_TF_BASETYPE,
    .basicsize = sizeof(GpDict),
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .hash = dict_hash,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .seq = &dict_seq,
    .map = &dict_map,
    .traverse = dict_traverse,
    .clear = gp_dict_clear,
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

/* The next live entry, or NULL: exhausted (no error) or changed (error). */
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

static GpObject *iter_self(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(o);
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
        .dealloc = iter_dealloc, .iter = iter_self, .iternext = next,          \
        .traverse = iter_traverse,                                             \
    }

const GpType gp_dict_keyiter_template = DICT_ITER_TEMPLATE("dict_keyiterator", keyiter_next);
const GpType gp_dict_valueiter_template =
    DICT_ITER_TEMPLATE("dict_valueiterator", valueiter_next);
const GpType gp_dict_itemiter_template = DICT_ITER_TEMPLATE("dict_itemiterator", itemiter_next);
