/*
 * literal.c - literal decoding and repr formatting (literal.h).
 *
 * The escape decoder follows CPython's unicode-escape codec as the parser
 * uses it (Parser/string_parser.c): the parser first rewrites every
 * non-ASCII character of the body as a 10-byte "\UXXXXXXXX" escape, so the
 * positions in its error messages count those 10 bytes; we keep a virtual
 * position that does the same.
 */
#include "lang/literal.h"

#include "obj/ucs.h"
#include "obj/ucs_names.h"

#include <gmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "obj/floatrepr.h"

/* ==== UTF-8 =============================================================== */

int gp_literal_utf8_decode(const char *s, size_t n, uint32_t *cp, int allow_surrogates)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0)
        return 0;
    uint32_t c = u[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len;
    uint32_t min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        c &= 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        c &= 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        c &= 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)len > n)
        return 0;
    for (int i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (u[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF)
        return 0;
    if (c >= 0xD800 && c <= 0xDFFF && !allow_surrogates)
        return 0;
    *cp = c;
    return len;
}

int gp_literal_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t gp_literal_utf8_length(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

/* ==== character classes =================================================== */


/* Other_ID_Start and Other_ID_Continue (Unicode PropList.txt). */
/* The identifier classes are the ucs layer's, generated from CPython. */
int gp_literal_is_xid_start(uint32_t cp)
{
    return cp == '_' || gp_ucs_isxidstart(cp);
}

int gp_literal_is_xid_continue(uint32_t cp)
{
    return gp_ucs_isxidcontinue(cp);
}

/* ==== repr ================================================================ */

static const char hexdig[] = "0123456789abcdef";

static char choose_quote(const char *s, size_t len)
{
    int sq = memchr(s, '\'', len) != NULL;
    int dq = memchr(s, '"', len) != NULL;
    return (sq && !dq) ? '"' : '\'';
}

static char *put_hex(char *o, uint32_t v, int digits)
{
    for (int i = digits - 1; i >= 0; i--)
        *o++ = hexdig[(v >> (4 * i)) & 0xF];
    return o;
}

size_t gp_literal_str_repr(const char *s, size_t len, char *out)
{
    char q = choose_quote(s, len);
    char *o = out;
    *o++ = q;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            if (c == (unsigned char)q || c == '\\') {
                *o++ = '\\';
                *o++ = (char)c;
            } else if (c == '\t') {
                *o++ = '\\';
                *o++ = 't';
            } else if (c == '\n') {
                *o++ = '\\';
                *o++ = 'n';
            } else if (c == '\r') {
                *o++ = '\\';
                *o++ = 'r';
            } else if (c < ' ' || c == 0x7f) {
                *o++ = '\\';
                *o++ = 'x';
                o = put_hex(o, c, 2);
            } else {
                *o++ = (char)c;
            }
            continue;
        }
        uint32_t cp;
        int n = gp_literal_utf8_decode(s + i, len - i, &cp, 1);
        if (n == 0) { /* not UTF-8: show the byte as CPython would a surrogateescape */
            *o++ = '\\';
            *o++ = 'u';
            o = put_hex(o, 0xDC00 + c, 4);
            i++;
            continue;
        }
        if (gp_ucs_isprintable(cp)) {
            memcpy(o, s + i, (size_t)n);
            o += n;
        } else if (cp <= 0xFF) {
            *o++ = '\\';
            *o++ = 'x';
            o = put_hex(o, cp, 2);
        } else if (cp <= 0xFFFF) {
            *o++ = '\\';
            *o++ = 'u';
            o = put_hex(o, cp, 4);
        } else {
            *o++ = '\\';
            *o++ = 'U';
            o = put_hex(o, cp, 8);
        }
        i += (size_t)n;
    }
    *o++ = q;
    *o = '\0';
    return (size_t)(o - out);
}

size_t gp_literal_bytes_repr(const char *s, size_t len, char *out)
{
    char q = choose_quote(s, len);
    char *o = out;
    *o++ = 'b';
    *o++ = q;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)q || c == '\\') {
            *o++ = '\\';
            *o++ = (char)c;
        } else if (c == '\t') {
            *o++ = '\\';
            *o++ = 't';
        } else if (c == '\n') {
            *o++ = '\\';
            *o++ = 'n';
        } else if (c == '\r') {
            *o++ = '\\';
            *o++ = 'r';
        } else if (c < ' ' || c >= 0x7f) {
            *o++ = '\\';
            *o++ = 'x';
            o = put_hex(o, c, 2);
        } else {
            *o++ = (char)c;
        }
    }
    *o++ = q;
    *o = '\0';
    return (size_t)(o - out);
}

/* ==== escapes ============================================================= */

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* The codec's message: one byte or a range, positions in the rewritten
 * buffer. */
static void codec_error(GpLitError *e, size_t start, size_t end, const char *why)
{
    if (end - start == 1)
        snprintf(e->msg, sizeof e->msg,
                 "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in "
                 "position %zu: %s",
                 start, why);
    else
        snprintf(e->msg, sizeof e->msg,
                 "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                 "%zu-%zu: %s",
                 start, end - 1, why);
}

/* The one-character escapes str and bytes literals share: the byte that a
 * backslash and d stand for, 0 for a backslash-newline (nothing), -1 for
 * any other d. */
static int simple_escape(char d)
{
    switch (d) {
    case '\n': return 0;
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return -1;
    }
}

int gp_literal_decode_str(const char *s, size_t len, char *out, size_t *outlen, GpLitError *e)
{
    char *o = out;
    size_t i = 0;
    size_t vpos = 0; /* position in CPython's rewritten buffer */
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c != '\\') {
            if (c < 0x80) {
                *o++ = (char)c;
                i++;
                vpos++;
            } else {
                uint32_t cp;
                int n = gp_literal_utf8_decode(s + i, len - i, &cp, 1);
                if (n == 0)
                    n = 1;
                memcpy(o, s + i, (size_t)n);
                o += n;
                i += (size_t)n;
                vpos += 10;
            }
            continue;
        }
        /* a backslash */
        size_t start = vpos;
        if (i + 1 >= len) { /* CPython turns a final backslash into \u005c */
            *o++ = '\\';
            i++;
            continue;
        }
        unsigned char d = (unsigned char)s[i + 1];
        if (d >= 0x80) { /* "\é": CPython keeps the backslash */
            *o++ = '\\';
            i++;
            vpos += 6;
            continue;
        }
        i += 2;
        vpos += 2;
        int simple = simple_escape(d);
        if (simple >= 0) {
            if (simple)
                *o++ = (char)simple;
            continue;
        }
        switch (d) {
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = d - '0';
            for (int k = 0; k < 2 && i < len && s[i] >= '0' && s[i] <= '7'; k++) {
                v = v * 8 + (uint32_t)(s[i] - '0');
                i++;
                vpos++;
            }
            o += gp_literal_utf8_encode(v, o);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            int count = d == 'x' ? 2 : d == 'u' ? 4 : 8;
            uint32_t v = 0;
            for (int k = 0; k < count; k++) {
                int h = (i < len) ? hexval((unsigned char)s[i]) : -1;
                if (h < 0) {
                    codec_error(e, start, vpos,
                                d == 'x'   ? "truncated \\xXX escape"
                                : d == 'u' ? "truncated \\uXXXX escape"
                                           : "truncated \\UXXXXXXXX escape");
                    return -1;
                }
                v = v * 16 + (uint32_t)h;
                i++;
                vpos++;
            }
            if (v > 0x10FFFF) {
                codec_error(e, start, vpos, "illegal Unicode character");
                return -1;
            }
            o += gp_literal_utf8_encode(v, o);
            break;
        }
        case 'N': { /* \N{name}: positions as CPython's decoder reports them */
            if (i >= len || s[i] != '{') {
                codec_error(e, start, vpos, "malformed \\N character escape");
                return -1;
            }
            i++;
            vpos++;
            size_t name = i;
            while (i < len && s[i] != '}') {
                if ((unsigned char)s[i] < 0x80) {
                    i++;
                    vpos++;
                } else { /* CPython sees "\U000000e9" here: it never matches */
                    uint32_t cp;
                    int n = gp_literal_utf8_decode(s + i, len - i, &cp, 1);
                    i += n ? (size_t)n : 1;
                    vpos += 10;
                }
            }
            if (i >= len || i == name) {
                codec_error(e, start, vpos, "malformed \\N character escape");
                return -1;
            }
            uint32_t cps[GP_UCS_NAME_SEQ_MAX];
            int found = gp_ucs_lookup_name(s + name, i - name, GP_UCS_NAME_ALIASES, cps);
            i++;
            vpos++;
            if (found != 1) {
                codec_error(e, start, vpos, "unknown Unicode character name");
                return -1;
            }
            o += gp_literal_utf8_encode(cps[0], o);
            break;
        }
        default: /* unknown escape: kept as written (CPython only warns) */
            *o++ = '\\';
            *o++ = (char)d;
            break;
        }
    }
    *o = '\0';
    *outlen = (size_t)(o - out);
    return 0;
}

int gp_literal_decode_bytes(const char *s, size_t len, char *out, size_t *outlen, GpLitError *e)
{
    char *o = out;
    size_t i = 0;
    while (i < len) {
        char c = s[i];
        if (c != '\\') {
            *o++ = c;
            i++;
            continue;
        }
        size_t start = i;
        if (i + 1 >= len) {
            snprintf(e->msg, sizeof e->msg, "(value error) Trailing \\ in string");
            return -1;
        }
        char d = s[i + 1];
        i += 2;
        int simple = simple_escape(d);
        if (simple >= 0) {
            if (simple)
                *o++ = (char)simple;
            continue;
        }
        switch (d) {
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(d - '0');
            for (int k = 0; k < 2 && i < len && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (unsigned)(s[i++] - '0');
            *o++ = (char)(v & 0xFF);
            break;
        }
        case 'x': {
            int h1 = i < len ? hexval((unsigned char)s[i]) : -1;
            int h2 = i + 1 < len ? hexval((unsigned char)s[i + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                snprintf(e->msg, sizeof e->msg, "(value error) invalid \\x escape at position %zu",
                         start);
                return -1;
            }
            *o++ = (char)(h1 * 16 + h2);
            i += 2;
            break;
        }
        default:
            *o++ = '\\';
            *o++ = d;
            break;
        }
    }
    *o = '\0';
    *outlen = (size_t)(o - out);
    return 0;
}

/* ==== numbers ============================================================= */

char *gp_literal_int_decimal(const char *text, size_t len, GpLitAlloc alloc, void *ctx)
{
    int base = 10;
    size_t i = 0;
    if (len >= 2 && text[0] == '0') {
        char p = text[1];
        if (p == 'x' || p == 'X')
            base = 16;
        else if (p == 'o' || p == 'O')
            base = 8;
        else if (p == 'b' || p == 'B')
            base = 2;
        if (base != 10)
            i = 2;
    }
    /* the digits without underscores and leading zeros */
    size_t room = len + 2 < 24 ? 24 : len + 2;
    char *digits = alloc(ctx, room);
    if (!digits)
        return NULL;
    size_t n = 0;
    for (; i < len; i++) {
        if (text[i] == '_')
            continue;
        if (n == 0 && text[i] == '0')
            continue;
        digits[n++] = text[i];
    }
    if (n == 0)
        digits[n++] = '0';
    digits[n] = '\0';
    if (base == 10)
        return digits;
    if (n <= 15) { /* fits in 60 bits: no need for GMP */
        unsigned long long v = strtoull(digits, NULL, base);
        snprintf(digits, room, "%llu", v);
        return digits;
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits, base);
    char *dec = alloc(ctx, mpz_sizeinbase(z, 10) + 2);
    if (dec)
        mpz_get_str(dec, 10, z);
    mpz_clear(z);
    return dec;
}

double gp_literal_float(const char *text, size_t len, char *scratch)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (text[i] != '_' && text[i] != 'j' && text[i] != 'J')
            scratch[n++] = text[i];
    scratch[n] = '\0';
    return strtod(scratch, NULL);
}

size_t gp_literal_imag_repr(double imag, char *buf)
{
    size_t n = gp_float_repr(imag, buf);
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0')
        n -= 2;
    buf[n++] = 'j';
    buf[n] = '\0';
    return n;
}
