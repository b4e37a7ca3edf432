/*
 * hash.h - hash() exactly as CPython 3.11 computes it on 64-bit Linux.
 *
 * Pure C, no objects: the str, bytes, int, float and tuple types call these
 * with their raw data, and equal values hash equal across types
 * (hash(1) == hash(1.0) == hash(True)).
 *
 *   strings/bytes  SipHash-1-3 keyed by a 128-bit secret (Python/pyhash.c).
 *                  A str hashes its PEP 393 buffer: the narrowest of
 *                  Latin-1 bytes, UCS-2 or UCS-4 (little-endian) that holds
 *                  its largest code point; gp_hash_ucs4 does that packing.
 *                  The empty string hashes to 0.  Py_HASH_CUTOFF is 0 in
 *                  CPython 3.11 builds, so no short-string special case.
 *   numbers        reduction modulo P = 2^61 - 1 (Python/pyhash.c,
 *                  Objects/longobject.c): hash(n) = sign(n) * (|n| mod P),
 *                  a float hashes as the rational it is equal to,
 *                  inf -> 314159, -inf -> -314159, nan -> its object's
 *                  identity (gp_hash_pointer).
 *   tuples         the xxHash-based tuplehash of CPython 3.8+ over the
 *                  item hashes.
 *
 * A hash is a GpHash (int64_t) and never -1 (CPython's error marker):
 * every function here maps -1 to -2.
 */
#ifndef GP_OBJ_HASH_H
#define GP_OBJ_HASH_H

#include <stddef.h>
#include <stdint.h>

#include <gmp.h>

typedef int64_t GpHash;

#define GP_HASH_BITS    61
#define GP_HASH_MODULUS (((uint64_t)1 << GP_HASH_BITS) - 1)   /* P */
#define GP_HASH_INF     314159

/* The SipHash key: CPython's _Py_HashSecret.siphash.k0/k1 (the first 16 of
 * its 24 secret bytes, read as little-endian words). */
typedef struct GpHashKey {
    uint64_t k0, k1;
} GpHashKey;

/* Room for gp_hash_init_key's error message, with its NUL. */
#define GP_HASH_ERR_MAX 128

/* The key as CPython derives it from the PYTHONHASHSEED environment
 * variable (pass its value, or NULL when it is unset):
 *   NULL, "" or "random"  random key (getrandom(), falling back to
 *                         /dev/urandom)
 *   "0"                   all-zero key: hash randomization disabled
 *   "N", 1..4294967295    the 24 bytes of CPython's LCG (lcg_urandom)
 *                         seeded with N
 * The number is parsed as strtoul(s, &end, 10) with *end == '\0', exactly as
 * CPython does (so " 5", "+5" and "-0" are accepted).  Returns 0, or -1
 * with err set to CPython's message
 *   PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]
 * (CPython prints it as "Fatal Python error: config_init_hash_seed: "
 * followed by that text, and exits with status 1). */
int gp_hash_init_key(const char *pythonhashseed, GpHashKey *key,
                     char err[GP_HASH_ERR_MAX]);

/* The raw 64-bit SipHash-1-3 of len bytes (CPython's siphash13(), no
 * adjustments). */
uint64_t gp_hash_siphash13(const GpHashKey *key, const void *data, size_t len);

/* CPython's _Py_HashBytes: 0 for len == 0, else the SipHash-1-3 of the
 * bytes with -1 mapped to -2.  hash(bytes) and hash(str) of a 1-byte-kind
 * string (all code points < 256: pass the Latin-1 bytes). */
GpHash gp_hash_bytes(const GpHashKey *key, const void *data, size_t len);

/* hash(str) of the string with these n code points: packs them into the
 * narrowest PEP 393 kind on the fly (no allocation) and hashes that, so the
 * result equals CPython's whatever the caller's own representation is. */
GpHash gp_hash_ucs4(const GpHashKey *key, const uint32_t *cps, size_t n);

/* hash(str) of a UTF-8 string (surrogates encoded as 3-byte sequences are
 * accepted; the bytes must be well formed otherwise). */
GpHash gp_hash_utf8(const GpHashKey *key, const char *s, size_t len);

/* hash(int) of a machine integer and of a GMP integer. */
GpHash gp_hash_int64(int64_t v);
GpHash gp_hash_mpz(const mpz_t v);

/* hash(float).  identity is the float object's address: 3.10+ hashes a NaN
 * by identity (_Py_HashPointer), so two NaN objects hash differently. */
GpHash gp_hash_double(double v, const void *identity);

/* _Py_HashPointer: the address rotated right by 4 bits (the low bits of an
 * aligned address are always zero), -1 mapped to -2.  object.__hash__. */
GpHash gp_hash_pointer(const void *p);

/* hash(tuple) from its items' hashes: either all at once ... */
GpHash gp_hash_tuple(const GpHash *item_hashes, size_t n);

/* ... or item by item (a tuple type that hashes items as it walks them):
 *   GpHashTuple t; gp_hash_tuple_init(&t);
 *   for each item: gp_hash_tuple_add(&t, hash(item));
 *   h = gp_hash_tuple_finish(&t); */
typedef struct GpHashTuple {
    uint64_t acc;
    size_t len;
} GpHashTuple;

void gp_hash_tuple_init(GpHashTuple *t);
void gp_hash_tuple_add(GpHashTuple *t, GpHash item_hash);
GpHash gp_hash_tuple_finish(const GpHashTuple *t);

#endif
