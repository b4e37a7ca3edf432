/*
 * str.h - the str type: immutable Unicode text with O(1) indexing.
 *
 * Like CPython's PEP 393 strings, the code points are stored in the
 * narrowest of three widths that holds them all: 1 byte (all < 256), 2
 * bytes (< 65536) or 4 bytes, inline after the header, NUL-terminated.
 * ASCII strings (the common case) are therefore also their own UTF-8.
 *
 *   +--------+--------+------+------+-----------------------+
 *   | header | length | hash | kind | code points ... | NUL |
 *   +--------+--------+------+------+-----------------------+
 */
#ifndef GP_OBJ_STR_H
#define GP_OBJ_STR_H

#include <stdarg.h>
#include <stdio.h>

#include "obj/object.h"
#include "obj/ucs.h"

typedef struct GpStr {
    GpObject ob;
    size_t length;          /* code points */
    int64_t hash;           /* -1 until computed */
    uint8_t kind;           /* 1, 2 or 4 bytes per code point */
    uint8_t ascii;          /* all code points < 128 */
    uint8_t interned;
    uint8_t pad[5];
} GpStr;

#define GP_STR(o) ((GpStr *)(o))

static inline void *gp_str_data(const GpObject *o)
{
    return (uint8_t *)o + sizeof(GpStr);
}

static inline uint32_t gp_str_at(const GpObject *o, size_t i)
{
    return gp_ucs_get(((const GpStr *)o)->kind, gp_str_data(o), i);
}

/* A new string of `length` code points of the given kind, contents unset. */
GpObject *gp_str_new(GpState *st, size_t length, int kind);
/* The most bytes the str made from utf8_len bytes of UTF-8 can occupy. */
size_t gp_str_bytes_max(size_t utf8_len);
/* From UTF-8; invalid UTF-8 raises UnicodeDecodeError-style ValueError. */
GpObject *gp_str_from_utf8(GpState *st, const char *s, size_t len);
/* The same for well-formed UTF-8 in which lone surrogates are kept as
 * their 3-byte forms (the compiler's string constants: "\ud800"). */
GpObject *gp_str_from_utf8_surrogatepass(GpState *st, const char *s, size_t len);
GpObject *gp_str_from_cstr(GpState *st, const char *s);
GpObject *gp_str_format(GpState *st, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
GpObject *gp_str_vformat(GpState *st, const char *fmt, va_list ap);
/* The UTF-8 text of s: for ASCII strings their own data; otherwise encoded
 * into buf if it fits (returns NULL if not).  *len gets the byte count. */
const char *gp_str_utf8(const GpObject *s, char *buf, size_t cap, size_t *len);
GpObject *gp_str_concat(GpState *st, GpObject *a, GpObject *b);
/* a + b when the caller holds the only reference to a: a grows in place
 * when the kinds allow (its block may move).  Returns the result; a's
 * reference is consumed either way; NULL with MemoryError. */
GpObject *gp_str_append(GpState *st, GpObject *a, GpObject *b);
/* str.maketrans, a static method, into str's dict (state.c). */
int gp_str_type_ready(GpState *st);
/* Write s to fp as UTF-8, whatever its length. */
void gp_str_fwrite(const GpObject *s, FILE *fp);
/* Exact equality of two str objects. */
int gp_str_equal(const GpObject *a, const GpObject *b);
int gp_str_equal_cstr(const GpObject *a, const char *s);
/* Code point order: <0, 0 or >0 (str's <). */
int gp_str_compare(const GpObject *a, const GpObject *b);

/* Building a string piece by piece (reprs, joins): code points gather in
 * a heap buffer; finish makes the str in the narrowest kind. */
typedef struct GpStrBuf {
    GpState *st;
    uint32_t *cp;
    size_t len, cap;
    uint32_t maxchar;
    int failed;             /* an allocation failed: MemoryError pending */
} GpStrBuf;

void gp_strbuf_init(GpStrBuf *b, GpState *st);
void gp_strbuf_add_cp(GpStrBuf *b, uint32_t c);
void gp_strbuf_add_ascii(GpStrBuf *b, const char *s);
void gp_strbuf_add_str(GpStrBuf *b, const GpObject *s);
/* Add repr(o) / str(o); a failure is remembered and reported by finish. */
void gp_strbuf_add_repr(GpStrBuf *b, GpObject *o);
/* The string, or NULL with the exception pending; frees the buffer. */
GpObject *gp_strbuf_finish(GpStrBuf *b);

/* ---- methods and operators (strmethods.c) ------------------------------------ */

/* format(v, spec) as CPython's PyObject_Format for int, float (and bool),
 * str; other types accept only an empty spec (giving str(v)).  spec may
 * be NULL (empty); TypeError if it is not a str.  The VM's FORMAT_VALUE
 * and the format() builtin call this. */
GpObject *gp_obj_format(GpState *st, GpObject *v, GpObject *spec);
/* fmt % args (printf-style), CPython's PyUnicode_Format. */
GpObject *gp_str_percent(GpState *st, GpObject *fmt, GpObject *args);
/* The parts of it bytes' % shares (bytesmethods.c): a format.h buffer in
 * the heap; a GpFormatError raised as its exception; one numeric
 * conversion (%d %i %u %o %x %X %e %E %f %F %g %G) of v with CPython's
 * argument checks: 0, -1 with *fe set, or -2 with an exception pending. */
struct GpFormatBuf;
struct GpFormatError;
struct GpFormatPercent;
void gp_str_format_buf_init(struct GpFormatBuf *fb, GpState *st);
void gp_str_raise_format_error(GpState *st, const struct GpFormatError *e);
int gp_str_percent_number(GpState *st, struct GpFormatPercent *p, GpObject *v,
                          struct GpFormatBuf *fb, struct GpFormatError *fe);
/* s[key]: an index (IndexError "string index out of range") or a slice. */
GpObject *gp_str_subscript(GpState *st, GpObject *s, GpObject *key);
/* s * count (count <= 0 gives ''). */
GpObject *gp_str_repeat(GpState *st, GpObject *s, ssize_t count);
/* sub in s: 1, 0, or -1 (TypeError if sub is not a str). */
int gp_str_contains(GpState *st, GpObject *s, GpObject *sub);
/* str(object='', encoding=..., errors=...): the type's new_ slot. */
GpObject *gp_str_call_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                          GpObject *kwnames);

extern const GpMethodDef gp_str_methods[];
extern const GpNumberSlots gp_str_num;
extern const GpMappingSlots gp_str_map;
extern const GpType gp_str_template;

#endif
