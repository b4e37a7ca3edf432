/*
 * literal.h - decoding the text of literals and formatting reprs.
 *
 * Pure C over byte buffers, no objects and no allocation except where a
 * caller passes an allocator: the tokenizer and parser use these to turn a
 * NUMBER or STRING token into a value, the AST dump to print one, and the
 * str, bytes and int types can reuse them for repr() and int('0x1f', 0).
 *
 * Strings are UTF-8.  A str may hold lone surrogates (from "\ud800"); they
 * are kept as their 3-byte encodings (as in "surrogatepass"), and every
 * function here reads them back.
 */
#ifndef GP_LANG_LITERAL_H
#define GP_LANG_LITERAL_H

#include <stddef.h>
#include <stdint.h>

/* ---- UTF-8 ------------------------------------------------------------- */

/* Decode one code point at s (n bytes available).  Returns its length in
 * bytes (1..4), or 0 when s does not start a well-formed sequence.
 * Surrogates (ED A0..BF xx) are accepted when allow_surrogates. */
int gp_literal_utf8_decode(const char *s, size_t n, uint32_t *cp, int allow_surrogates);
/* Encode cp (<= 0x10FFFF, surrogates allowed) into out; returns 1..4. */
int gp_literal_utf8_encode(uint32_t cp, char *out);
/* Number of code points in a well-formed buffer. */
size_t gp_literal_utf8_length(const char *s, size_t n);

/* ---- character classes (Unicode, as CPython's unicodedata) ------------ */

/* Identifier characters (PEP 3131, approximated through categories). */
int gp_literal_is_xid_start(uint32_t cp);
int gp_literal_is_xid_continue(uint32_t cp);

/* ---- repr ------------------------------------------------------------- */

/* Room repr() may need for len input bytes, with its NUL. */
#define GP_LITERAL_REPR_MAX(len) (4u * (size_t)(len) + 4u)

/* repr(str) of UTF-8 text into out (GP_LITERAL_REPR_MAX(len) bytes):
 * quotes chosen as CPython does, \\ \n \r \t and the quote escaped,
 * \xNN below 0x20 and for 0x7f, non-printable code points as \xNN, \uNNNN
 * or \UNNNNNNNN.  Returns the length written (NUL not counted). */
size_t gp_literal_str_repr(const char *utf8, size_t len, char *out);
/* repr(bytes): b'...' with \xNN for bytes outside 0x20..0x7e. */
size_t gp_literal_bytes_repr(const char *b, size_t len, char *out);

/* ---- decoding literal bodies ------------------------------------------ */

/* Why a decode failed: the text CPython puts in its SyntaxError, e.g.
 * "(unicode error) 'unicodeescape' codec can't decode bytes in position
 * 0-2: truncated \xXX escape". */
typedef struct GpLitError {
    char msg[200];
} GpLitError;

/* The body of a non-raw str literal (between the quotes) with its escapes
 * resolved, into out (room for len+1 bytes is always enough).  Unknown
 * escapes ("\q") are kept as written.  Returns 0, or -1 with e filled. */
int gp_literal_decode_str(const char *s, size_t len, char *out, size_t *outlen, GpLitError *e);
/* The same for bytes: \x \ooo \n ..., non-ASCII characters refused by the
 * caller beforehand. */
int gp_literal_decode_bytes(const char *s, size_t len, char *out, size_t *outlen, GpLitError *e);

/* An int literal's value as normalized decimal digits ("255" for 0xff),
 * NUL-terminated, in memory from alloc(ctx, n).  Underscores are allowed;
 * the text must already be a valid literal.  NULL when alloc fails. */
typedef void *(*GpLitAlloc)(void *ctx, size_t n);
char *gp_literal_int_decimal(const char *text, size_t len, GpLitAlloc alloc, void *ctx);

/* A float or imaginary literal's value (underscores and a trailing j
 * dropped, read with strtod); scratch holds len+1 bytes. */
double gp_literal_float(const char *text, size_t len, char *scratch);

/* repr(complex(0, imag)) as CPython prints an imaginary literal: "1j",
 * "2.5j", "1e+20j", "infj".  buf needs 40 bytes. */
size_t gp_literal_imag_repr(double imag, char *buf);

#endif
