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

/* s.encode(encoding, errors) for utf-8, ascii and latin-1 (either may be
 * NULL: 'utf-8', 'strict'); strmethods.c's str.encode calls it. */
GpObject *gp_str_encode(GpState *st, GpObject *s, GpObject *encoding, GpObject *errors);

extern const GpType gp_bytes_template;

#endif
