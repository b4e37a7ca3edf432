/*
 * bytearray.h - the bytearray type: a mutable, growable array of bytes.
 *
 *   bytearray | header | size | alloc | buf --->|          40 bytes
 *   buf       [ bytes ... | NUL | (spare) ... ]            alloc bytes
 *
 * As CPython's bytearrayobject.c, the bytes live in a separate buffer,
 * over-allocated so that appends are amortised O(1), and always followed
 * by a NUL (so alloc >= size + 1 whenever buf exists; an empty bytearray
 * may have no buffer: buf NULL, alloc 0).  The growth rule is CPython
 * 3.11's PyByteArray_Resize (bytearray.c), so `__alloc__()` and the
 * differences of sys.getsizeof follow CPython's numbers; sys.getsizeof
 * itself reports the real footprint, 40 + alloc.
 *
 * The buffer comes from the area new objects go to (gp_state_area), through
 * the one door (mem.h), and is resized or freed in whichever area holds it.
 *
 * Everything a bytearray shares with bytes (the read-only methods, repr,
 * comparison, %-formatting, the constructor's conversions) is bytes.c's
 * and bytesmethods.c's code, reading the receiver through
 * gp_byteslike_data; this file holds the mutation.
 */
#ifndef GP_OBJ_BYTEARRAY_H
#define GP_OBJ_BYTEARRAY_H

#include <stddef.h>

#include "obj/bytes.h"
#include "obj/object.h"
#include "obj/state.h"

typedef struct GpBytearray {
    GpVarObject ob;         /* ob.size: the number of bytes */
    size_t alloc;           /* bytes allocated at buf (0: buf is NULL) */
    char *buf;
} GpBytearray;

#define GP_BYTEARRAY(o) ((GpBytearray *)(o))

static inline int gp_bytearray_check(const GpObject *o)
{
    return o->type->index == GP_T_BYTEARRAY;
}

/* The bytes of a bytes or bytearray object (NUL-terminated; for an empty
 * bytearray without a buffer, a static empty string). */
static inline char *gp_byteslike_data(GpObject *o)
{
    if (gp_bytearray_check(o)) {
        static char empty[1];
        return GP_BYTEARRAY(o)->buf ? GP_BYTEARRAY(o)->buf : empty;
    }
    return GP_BYTES(o)->data;
}

/* A new bytearray holding a copy of data[0..len) (data may be NULL: zeroes). */
GpObject *gp_bytearray_from(GpState *st, const char *data, size_t len);
/* Set the size (CPython's growth rule); 0, or -1 with MemoryError. */
int gp_bytearray_resize(GpState *st, GpObject *ba, size_t size);
/* sys.getsizeof: the object and its buffer. */
size_t gp_bytearray_sizeof(const GpObject *ba);

extern const GpType gp_bytearray_template;

#endif
