/*
 * unicodedata.c - the unicodedata module, as CPython 3.11's (Unicode 14.0).
 *
 *   lookup, name                 the name table (obj/ucs_names.c)
 *   decimal, digit               the str layer's database (obj/ucs.h)
 *   category, bidirectional, combining, east_asian_width, mirrored, numeric
 *                                unicodedata_db.h, generated with the name
 *                                table by tools/gen_ucs_names.py: records of
 *                                indexes, shared, found through a two-level
 *                                table as ucs_db.h's
 *   normalize, is_normalized     libutf8proc (NFC, NFD, NFKC, NFKD)
 *   unidata_version              "14.0.0"
 *
 * utf8proc speaks Unicode 15.  Normalization data of an assigned character
 * never changes between versions (Unicode's stability policy), so the only
 * difference is the characters Unicode 15 added: to CPython they are
 * unassigned, which normalization leaves alone, never reorders and never
 * composes.  Such a code point (and a lone surrogate, which utf8proc cannot
 * take) is a boundary no normalization crosses: the text is normalized
 * piece by piece between them, and they are copied as they are.
 *
 * Not here (yet): decomposition(), the UCD class and ucd_3_2_0.
 */
#include "lib/modules.h"

#include <string.h>
#include <utf8proc.h>

#include "mem/mem.h"
#include "obj/args.h"
#include "obj/bytes.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/module.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "obj/ucs.h"
#include "obj/ucs_names.h"

typedef struct UdRecord {
    uint8_t category, bidirectional, combining, eaw_mirrored;
    uint8_t numeric;
} UdRecord;

#include "lib/unicodedata_db.h"

#define ARGS GpState *st, GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames

static const UdRecord *record(uint32_t ch)
{
    const uint32_t mask = (1u << UD_SHIFT) - 1;
    uint32_t block = ud_index1[ch >> UD_SHIFT];
    return &ud_records[ud_index2[(block << UD_SHIFT) + (ch & mask)]];
}

/* ==== arguments, with CPython's messages ================================= */

static int no_keywords(GpState *st, const char *fn, GpObject *kwnames)
{
    if (kwnames && gp_tuple_size(kwnames)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "unicodedata.%s() takes no keyword arguments", fn);
        return -1;
    }
    return 0;
}

static int is_str(GpState *st, GpObject *o)
{
    return gp_obj_is_instance_of_type(o, gp_type(st, GP_T_STR));
}

/* A one-character str into *ch.  `which` is " 1" for Argument Clinic's
 * "argument 1 must be", "" for the METH_O functions' "argument must be". */
static int one_char(GpState *st, const char *fn, const char *which, GpObject *o, uint32_t *ch)
{
    if (!is_str(st, o) || GP_STR(o)->length != 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "%s() argument%s must be a unicode character, not %s", fn, which,
                      o->type->name);
        return -1;
    }
    *ch = gp_str_at(o, 0);
    return 0;
}

/* f(chr): a METH_O function of CPython's. */
static int one_arg(GpState *st, const char *fn, GpObject *const *args, size_t nargs,
                   GpObject *kwnames, uint32_t *ch)
{
    if (no_keywords(st, fn, kwnames))
        return -1;
    if (nargs != 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "unicodedata.%s() takes exactly one argument (%zu given)", fn, nargs);
        return -1;
    }
    return one_char(st, fn, "", args[0], ch);
}

/* f(chr, default=<none>, /): Argument Clinic. */
static int char_and_default(GpState *st, const char *fn, GpObject *const *args, size_t nargs,
                            GpObject *kwnames, uint32_t *ch)
{
    if (no_keywords(st, fn, kwnames) || gp_args_clinic_positional(st, fn, nargs, 1, 2))
        return -1;
    return one_char(st, fn, " 1", args[0], ch);
}

/* No value: the default when given, else ValueError(msg). */
static GpObject *no_value(GpState *st, GpObject *const *args, size_t nargs, const char *msg)
{
    if (nargs == 2)
        return gp_incref(args[1]);
    gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "%s", msg);
    return NULL;
}

/* ==== properties ========================================================= */

static GpObject *u_decimal(ARGS)
{
    (void)self;
    uint32_t ch;
    if (char_and_default(st, "decimal", args, nargs, kwnames, &ch))
        return NULL;
    int v = gp_ucs_decimal(ch);
    return v < 0 ? no_value(st, args, nargs, "not a decimal") : gp_int_from_i64(st, v);
}

static GpObject *u_digit(ARGS)
{
    (void)self;
    uint32_t ch;
    if (char_and_default(st, "digit", args, nargs, kwnames, &ch))
        return NULL;
    int v = gp_ucs_digit(ch);
    return v < 0 ? no_value(st, args, nargs, "not a digit") : gp_int_from_i64(st, v);
}

static GpObject *u_numeric(ARGS)
{
    (void)self;
    uint32_t ch;
    if (char_and_default(st, "numeric", args, nargs, kwnames, &ch))
        return NULL;
    unsigned k = record(ch)->numeric;
    return k == 0 ? no_value(st, args, nargs, "not a numeric character")
                  : gp_float_from_double(st, ud_numeric[k - 1]);
}

static GpObject *u_category(ARGS)
{
    (void)self;
    uint32_t ch;
    if (one_arg(st, "category", args, nargs, kwnames, &ch))
        return NULL;
    return gp_str_from_cstr(st, ud_categories[record(ch)->category]);
}

static GpObject *u_bidirectional(ARGS)
{
    (void)self;
    uint32_t ch;
    if (one_arg(st, "bidirectional", args, nargs, kwnames, &ch))
        return NULL;
    return gp_str_from_cstr(st, ud_bidirectional[record(ch)->bidirectional]);
}

static GpObject *u_combining(ARGS)
{
    (void)self;
    uint32_t ch;
    if (one_arg(st, "combining", args, nargs, kwnames, &ch))
        return NULL;
    return gp_int_from_i64(st, record(ch)->combining);
}

static GpObject *u_mirrored(ARGS)
{
    (void)self;
    uint32_t ch;
    if (one_arg(st, "mirrored", args, nargs, kwnames, &ch))
        return NULL;
    return gp_int_from_i64(st, record(ch)->eaw_mirrored >> 3);
}

static GpObject *u_east_asian_width(ARGS)
{
    (void)self;
    uint32_t ch;
    if (one_arg(st, "east_asian_width", args, nargs, kwnames, &ch))
        return NULL;
    return gp_str_from_cstr(st, ud_east_asian_width[record(ch)->eaw_mirrored & 7]);
}

/* ==== names ============================================================== */

static GpObject *u_name(ARGS)
{
    (void)self;
    uint32_t ch;
    if (char_and_default(st, "name", args, nargs, kwnames, &ch))
        return NULL;
    char buf[GP_UCS_NAME_MAX + 1];
    size_t n = gp_ucs_char_name(ch, buf);
    return n ? gp_str_from_utf8(st, buf, n) : no_value(st, args, nargs, "no such name");
}

static GpObject *key_error(GpState *st, const char *fmt, const char *arg)
{
    GpObject *msg = gp_str_format(st, fmt, arg);
    if (msg) {
        gp_err_set(st, gp_type(st, GP_T_KEY_ERROR), msg);
        gp_decref(st, msg);
    }
    return NULL;
}

/* lookup(name, /): a str (as UTF-8) or bytes, aliases and named sequences
 * included, any case for stored names. */
static GpObject *u_lookup(ARGS)
{
    (void)self;
    if (no_keywords(st, "lookup", kwnames))
        return NULL;
    if (nargs != 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "unicodedata.lookup() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    GpObject *b;
    if (is_str(st, args[0])) {
        b = gp_str_encode(st, args[0], NULL, NULL);
        if (!b)
            return NULL;
    } else if (gp_obj_is_instance_of_type(args[0], gp_type(st, GP_T_BYTES))) {
        b = gp_incref(args[0]);
    } else {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "a bytes-like object is required, not '%s'", args[0]->type->name);
        return NULL;
    }
    const char *name = gp_bytes_data(b);
    size_t len = gp_bytes_size(b);
    GpObject *res = NULL;
    uint32_t cps[GP_UCS_NAME_SEQ_MAX];
    int n;
    if (len > 256) { /* CPython's NAME_MAXLEN */
        key_error(st, "%s", "name too long");
    } else if ((n = gp_ucs_lookup_name(name, len, GP_UCS_NAME_ALIASES | GP_UCS_NAME_SEQUENCES,
                                       cps)) == 0) {
        /* CPython formats the name with %s: it ends at a NUL */
        key_error(st, "undefined character name '%s'", name);
    } else {
        uint32_t mx = 0;
        for (int i = 0; i < n; i++)
            mx = cps[i] > mx ? cps[i] : mx;
        res = gp_str_new(st, (size_t)n, gp_ucs_kind_for(mx));
        if (res) {
            for (int i = 0; i < n; i++)
                gp_ucs_set(GP_STR(res)->kind, gp_str_data(res), (size_t)i, cps[i]);
            GP_STR(res)->ascii = mx < 0x80;
        }
    }
    gp_decref(st, b);
    return res;
}

/* ==== normalization ====================================================== */

/* The utf8proc options of a form ("NFC", ...), or -1. */
static int form_options(GpObject *form)
{
    static const struct { const char *name; int opts; } forms[] = {
        {"NFC", UTF8PROC_STABLE | UTF8PROC_COMPOSE},
        {"NFD", UTF8PROC_STABLE | UTF8PROC_DECOMPOSE},
        {"NFKC", UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT},
        {"NFKD", UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT},
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (gp_str_equal_cstr(form, forms[i].name))
            return forms[i].opts;
    return -1;
}

/* A boundary of normalization: see the top of the file. */
static int boundary(uint32_t ch)
{
    return (ch >= 0xD800 && ch <= 0xDFFF) || record(ch)->category == 0;  /* Cs, Cn */
}

/* Normalize data[start..end) (no boundary inside) onto b. */
static int normalize_piece(GpState *st, GpStrBuf *b, const GpObject *s, size_t start,
                           size_t end, int opts)
{
    int kind = GP_STR(s)->kind;
    const uint8_t *data = (const uint8_t *)gp_str_data(s) + start * (size_t)kind;
    size_t n = end - start, usize = 0;
    GpUcsError err;
    gp_ucs_utf8_size(kind, data, n, &usize, &err);   /* no surrogates here */
    char *utf8 = gp_mem_alloc(st->heap, usize + 1);
    utf8proc_int32_t *cps = NULL;
    utf8proc_ssize_t len = 0, cap = 0;
    int rc = -1;
    if (!utf8)
        goto nomem;
    gp_ucs_utf8_encode(kind, data, n, utf8);
    cap = utf8proc_decompose((const utf8proc_uint8_t *)utf8, (utf8proc_ssize_t)usize, NULL, 0,
                             (utf8proc_option_t)opts);
    if (cap < 0)
        goto failed;
    cps = gp_mem_alloc(st->heap, ((size_t)cap + 1) * sizeof *cps);
    if (!cps)
        goto nomem;
    len = utf8proc_decompose((const utf8proc_uint8_t *)utf8, (utf8proc_ssize_t)usize, cps, cap,
                             (utf8proc_option_t)opts);
    if (len < 0)
        goto failed;
    if (opts & UTF8PROC_COMPOSE) {
        len = utf8proc_normalize_utf32(cps, len, (utf8proc_option_t)opts);
        if (len < 0)
            goto failed;
    }
    for (utf8proc_ssize_t i = 0; i < len; i++)
        gp_strbuf_add_cp(b, (uint32_t)cps[i]);
    rc = 0;
    goto done;
failed:
    gp_err_format(st, gp_type(st, GP_T_SYSTEM_ERROR), "normalization failed: %s",
                  utf8proc_errmsg(len < 0 ? len : cap));
    goto done;
nomem:
    gp_err_nomemory(st);
done:
    if (cps)
        gp_mem_free(st->heap, cps, ((size_t)cap + 1) * sizeof *cps);
    if (utf8)
        gp_mem_free(st->heap, utf8, usize + 1);
    return rc;
}

/* The normal form of s (a new reference), or NULL. */
static GpObject *normalized(GpState *st, GpObject *s, int opts)
{
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    size_t n = GP_STR(s)->length, start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && !boundary(gp_str_at(s, i)))
            continue;
        if (i > start && normalize_piece(st, &b, s, start, i, opts) < 0) {
            b.failed = 1;
            break;
        }
        if (i < n)
            gp_strbuf_add_cp(&b, gp_str_at(s, i));
        start = i + 1;
    }
    return gp_strbuf_finish(&b);
}

/* normalize(form, unistr, /) and is_normalized(form, unistr, /): the form
 * options into *opts, or -1. */
static int form_and_str(GpState *st, const char *fn, GpObject *const *args, size_t nargs,
                        GpObject *kwnames, int *opts)
{
    if (no_keywords(st, fn, kwnames) || gp_args_clinic_positional(st, fn, nargs, 2, 2))
        return -1;
    for (int i = 0; i < 2; i++)
        if (!is_str(st, args[i])) {
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "%s() argument %d must be str, not %s", fn, i + 1,
                          args[i]->type->name);
            return -1;
        }
    *opts = form_options(args[0]);
    if (*opts < 0) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "invalid normalization form");
        return -1;
    }
    return 0;
}

static GpObject *u_normalize(ARGS)
{
    (void)self;
    int opts;
    if (form_and_str(st, "normalize", args, nargs, kwnames, &opts))
        return NULL;
    GpObject *r = normalized(st, args[1], opts);
    if (r && gp_str_equal(r, args[1])) { /* CPython hands back its argument */
        gp_decref(st, r);
        r = gp_incref(args[1]);
    }
    return r;
}

static GpObject *u_is_normalized(ARGS)
{
    (void)self;
    int opts;
    if (form_and_str(st, "is_normalized", args, nargs, kwnames, &opts))
        return NULL;
    GpObject *r = normalized(st, args[1], opts);
    if (!r)
        return NULL;
    int same = gp_str_equal(r, args[1]);
    gp_decref(st, r);
    return gp_incref(same ? st->true_ : st->false_);
}

#define F(name) {#name, u_##name, GP_METH_VARARGS | GP_METH_KEYWORDS}
static const GpMethodDef unicodedata_functions[] = {
    F(lookup), F(name), F(decimal), F(digit), F(numeric), F(category), F(bidirectional),
    F(combining), F(mirrored), F(east_asian_width), F(normalize), F(is_normalized),
    {NULL, NULL, 0},
};
#undef F

int gp_lib_unicodedata_init(GpState *st, GpObject *module)
{
    if (gp_module_add_functions(st, module, unicodedata_functions) < 0)
        return -1;
    GpObject *v = gp_str_from_cstr(st, gp_ucs_unicode_version());
    return v ? gp_module_add_new(st, module, "unidata_version", v) : -1;
}
