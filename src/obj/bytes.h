/*
 * bytes.h - the bytes type: an immutable array of bytes, inline.
 *
 *   +--------+------+------+---------------------+
 *   | header | size | hash | bytes ...     | NUL |
 *   +--------+------+------+---------------------+
 *
 * The data is NUL-terminated (not counted in size) so C code may treat it
 * as a C string when it knows there are no inner NULs.
 */
#ifndef GP_OBJ_BYTES_H
#define GP_OBJ_BYTES_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "obj/object.h"

typedef struct GpBytes {
    GpVarObject ob;
    int64_t hash;           /* -1 until computed */
    char data[];            /* size bytes, then a NUL */
} GpBytes;

#define GP_BYTES(o) ((GpBytes *)(o))

static inline size_t gp_bytes_size(const GpObject *o)
{
    return ((const GpVarObject *)o)->size;
}

static inline const char *gp_bytes_data(const GpObject *o)
{
    return ((const GpBytes *)o)->data;
}

/* A new bytes object of len bytes, contents zeroed (fill before it escapes). */
GpObject *gp_bytes_new(GpState *st, size_t len);
/* A new bytes object holding a copy of data[0..len) (the compiler's b'...'). */
GpObject *gp_bytes_from(GpState *st, const char *data, size_t len);

/* ---- what bytes and bytearray share --------------------------------------
 * Both types are "bytes-like": a run of LEN bytes, NUL-terminated, read
 * through gp_byteslike_data (inline for bytes, a separate buffer for a
 * bytearray; bytearray.h).  Every method the two types have in common is
 * written once (bytesmethods.c) against that view, and makes its result
 * with gp_bytes_new_like: a bytes for a bytes receiver, a bytearray for a
 * bytearray one, as CPython's bytes_methods.c / stringlib do. */

/* Is o a bytes or a bytearray (what CPython's buffer protocol accepts here)? */
int gp_bytes_check(GpState *st, GpObject *o);
/* A new object of like's type (bytes or bytearray) of len zeroed bytes. */
GpObject *gp_bytes_new_like(GpState *st, GpObject *like, size_t len);
/* The same holding a copy of data[0..len); for a bytes `like` whose whole
 * content is asked for, like itself (a new reference). */
GpObject *gp_bytes_sub(GpState *st, GpObject *like, size_t start, size_t end);
GpObject *gp_bytes_from_like(GpState *st, GpObject *like, const char *data, size_t len);
/* The byte value of an __index__ object: 0, or -1 with TypeError /
 * ValueError msg ("byte must be in range(0, 256)"). */
int gp_bytes_byte_value(GpState *st, GpObject *o, const char *msg, unsigned char *out);
/* repr body b'...' (prefix and suffix added by the caller's type). */
GpObject *gp_bytes_repr_with(GpState *st, GpObject *o, const char *prefix, const char *suffix);
/* a == b, a < b ... for two bytes-like objects; NotImplemented otherwise. */
GpObject *gp_bytes_richcompare(GpState *st, GpObject *a, GpObject *b, int op);
/* x in b for a bytes-like b. */
int gp_bytes_contains(GpState *st, GpObject *b, GpObject *x);
/* The slots: len(b), b[i] (i >= 0), b[key] for an index or a slice,
 * a + b, b * n, b % x (NotImplemented unless b is bytes-like). */
ssize_t gp_bytes_len(GpState *st, GpObject *b);
GpObject *gp_bytes_item(GpState *st, GpObject *b, ssize_t i);
GpObject *gp_bytes_subscript(GpState *st, GpObject *b, GpObject *key);
GpObject *gp_bytes_concat(GpState *st, GpObject *a, GpObject *b);
GpObject *gp_bytes_repeat(GpState *st, GpObject *b, ssize_t count);
GpObject *gp_bytes_mod(GpState *st, GpObject *b, GpObject *args);
/* ascii(o) as bytes: what b'%a' % o inserts. */
GpObject *gp_bytes_ascii_of(GpState *st, GpObject *o);
/* b % args (printf-style, bytesmethods.c). */
GpObject *gp_bytes_percent(GpState *st, GpObject *fmt, GpObject *args);
/* The bytes the constructor's arguments (source, encoding, errors) make:
 * a new bytes object, except that for `name` "bytearray" an iterable of
 * ints gives the bytearray it was collected in (grown as CPython's).
 * `name` ("bytes" or "bytearray") also picks the messages. */
GpObject *gp_bytes_from_args(GpState *st, GpObject *const *a, const char *name);
/* bytes.fromhex / bytearray.fromhex (class methods) and bytes.maketrans. */
int gp_bytes_type_ready(GpState *st);

/* The methods both types have (bytesmethods.c), as X(name, flags) entries,
 * so each type's method table lists them without repeating them. */
#define GP_BYTES_SHARED_METHODS(X)                                                        \
    X(capitalize, GP_METH_NOARGS) X(center, GP_METH_VARARGS) X(count, GP_METH_VARARGS)   \
    X(decode, GP_METH_VARARGS | GP_METH_KEYWORDS) X(endswith, GP_METH_VARARGS)           \
    X(expandtabs, GP_METH_VARARGS | GP_METH_KEYWORDS) X(find, GP_METH_VARARGS)           \
    X(hex, GP_METH_VARARGS | GP_METH_KEYWORDS) X(index, GP_METH_VARARGS)                 \
    X(isalnum, GP_METH_NOARGS) X(isalpha, GP_METH_NOARGS) X(isascii, GP_METH_NOARGS)     \
    X(isdigit, GP_METH_NOARGS) X(islower, GP_METH_NOARGS) X(isspace, GP_METH_NOARGS)     \
    X(istitle, GP_METH_NOARGS) X(isupper, GP_METH_NOARGS) X(join, GP_METH_O)             \
    X(ljust, GP_METH_VARARGS) X(lower, GP_METH_NOARGS) X(lstrip, GP_METH_VARARGS)        \
    X(partition, GP_METH_O) X(removeprefix, GP_METH_O) X(removesuffix, GP_METH_O)        \
    X(replace, GP_METH_VARARGS) X(rfind, GP_METH_VARARGS) X(rindex, GP_METH_VARARGS)     \
    X(rjust, GP_METH_VARARGS) X(rpartition, GP_METH_O)                                   \
    X(rsplit, GP_METH_VARARGS | GP_METH_KEYWORDS) X(rstrip, GP_METH_VARARGS)             \
    X(split, GP_METH_VARARGS | GP_METH_KEYWORDS)                                         \
    X(splitlines, GP_METH_VARARGS | GP_METH_KEYWORDS) X(startswith, GP_METH_VARARGS)     \
    X(strip, GP_METH_VARARGS) X(swapcase, GP_METH_NOARGS) X(title, GP_METH_NOARGS)       \
    X(translate, GP_METH_VARARGS | GP_METH_KEYWORDS) X(upper, GP_METH_NOARGS)            \
    X(zfill, GP_METH_O)

#define GP_BYTES_METHOD_DECL(name, flags)                                                 \
    GpObject *gp_bytes_m_##name(GpState *st, GpObject *self, GpObject *const *args,       \
                                size_t nargs, GpObject *kwnames);
GP_BYTES_SHARED_METHODS(GP_BYTES_METHOD_DECL)
#define GP_BYTES_METHOD_ENTRY(name, flags) {#name, gp_bytes_m_##name, flags},

/* s.encode(encoding, errors) for utf-8, ascii and latin-1 (either may be
 * NULL: 'utf-8', 'strict'); strmethods.c's str.encode calls it. */
GpObject *gp_str_encode(GpState *st, GpObject *s, GpObject *encoding, GpObject *errors);

extern const GpType gp_bytes_template;

#endif
