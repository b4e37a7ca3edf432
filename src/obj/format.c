/*
 * format.c - format specs and %-formatting as CPython 3.11 (see format.h).
 *
 * The code follows CPython's structure closely, because the exact output
 * (padding corner cases, zero-padding with grouping, where the sign goes)
 * falls out of its algorithms rather than from any documented rule:
 *
 *   parse_internal_render_format_spec  ->  gp_format_parse
 *   calc_number_widths + fill_number   ->  layout_number
 *   _PyUnicode_InsertThousandsGrouping ->  group_digits
 *   _Py_dg_dtoa (modes 0, 2, 3)        ->  dtoa_digits (via the C library's
 *                                         correctly rounded %e / %f and
 *                                         gp_float_shortest)
 *   format_float_short                 ->  float_short
 *   _PyUnicode_FormatLong,
 *   unicode_format_arg_output          ->  the gp_format_percent_* family
 *
 * A number is laid out as
 *   <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal>
 *   <remainder> <rpadding>
 * where at most one of the paddings is non-empty, and zero-padding ('0'
 * flag, '=' alignment) is done by the grouping code so that the zeros get
 * separators too: format(1234, '012,') == '0,000,001,234'.
 */
#include "obj/format.h"

#include "obj/ucs.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "obj/floatrepr.h"

#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MIN(a, b) ((a) < (b) ? (a) : (b))

/* Widths beyond this are refused with MemoryError before any work: the
 * output could not be allocated anyway, and the grouping loop would spin
 * for ages first. */
#define WIDTH_LIMIT ((int64_t)1 << 40)

/* ==== buffer ================================================================ */

static void *default_grow(void *ctx, void *p, size_t old_size, size_t new_size)
{
    (void)ctx;
    (void)old_size;
    return realloc(p, new_size);
}

static void default_release(void *ctx, void *p, size_t size)
{
    (void)ctx;
    (void)size;
    free(p);
}

void gp_format_buf_init(GpFormatBuf *b, GpFormatGrowFn grow,
                        GpFormatReleaseFn release, void *ctx)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->grow = grow ? grow : default_grow;
    b->release = grow ? release : default_release;
    b->ctx = ctx;
}

void gp_format_buf_free(GpFormatBuf *b)
{
    if (b->data && b->release)
        b->release(b->ctx, b->data, b->cap);
    b->data = NULL;
    b->len = b->cap = 0;
}

int gp_format_buf_reserve(GpFormatBuf *b, size_t n)
{
    if (!b->grow) {             /* zero-initialised struct: use malloc */
        b->grow = default_grow;
        b->release = default_release;
    }
    if (n <= b->cap - b->len)
        return 0;
    if (n > SIZE_MAX / 2 - b->len)
        return -1;
    size_t want = b->len + n;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < want)
        cap *= 2;
    char *p = b->grow(b->ctx, b->data, b->len, cap);
    if (!p)
        return -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

int gp_format_buf_append(GpFormatBuf *b, const char *s, size_t n)
{
    if (gp_format_buf_reserve(b, n) != 0)
        return -1;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    return 0;
}

const char *gp_format_buf_cstr(GpFormatBuf *b)
{
    if (gp_format_buf_reserve(b, 1) != 0)
        return NULL;
    b->data[b->len] = '\0';
    return b->data;
}

/* A scratch buffer with the same allocator as out. */
static void scratch_init(GpFormatBuf *t, const GpFormatBuf *out)
{
    gp_format_buf_init(t, out->grow, out->release, out->ctx);
}

/* ==== errors ================================================================ */

static int fail(GpFormatError *err, GpFormatErrKind kind, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        err->kind = kind;
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return -1;
}

static int no_memory(GpFormatError *err)
{
    return fail(err, GP_FORMAT_MEMORY_ERROR, "%s", "");
}

/* ==== UTF-8 ================================================================= */

/* Decode the sequence at s[*i] (lenient: assumes well-formed input). */

static size_t utf8_put(char *dst, uint32_t c)
{
    if (c < 0x80) {
        dst[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        dst[0] = (char)(0xC0 | (c >> 6));
        dst[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        dst[0] = (char)(0xE0 | (c >> 12));
        dst[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        dst[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    dst[0] = (char)(0xF0 | (c >> 18));
    dst[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    dst[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    dst[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

static size_t utf8_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Byte offset of code point number n (or len if there are fewer). */
static size_t utf8_offset(const char *s, size_t len, size_t n)
{
    size_t i = 0;
    while (i < len && n) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        n--;
    }
    return i;
}

/* Append n copies of code point c. */
static int put_fill(GpFormatBuf *b, uint32_t c, int64_t n)
{
    if (n <= 0)
        return 0;
    char enc[4];
    size_t k = utf8_put(enc, c);
    if ((uint64_t)n > SIZE_MAX / 8 || gp_format_buf_reserve(b, (size_t)n * k) != 0)
        return -1;
    char *p = b->data + b->len;
    if (k == 1)
        memset(p, enc[0], (size_t)n);
    else
        for (int64_t i = 0; i < n; i++, p += k)
            memcpy(p, enc, k);
    b->len += (size_t)n * k;
    return 0;
}

/* Py_UNICODE_TODECIMAL: the value of a Unicode decimal digit (category Nd),
 * or -1.  Nd characters come in runs of ten, 0 to 9, so a character's value
 * is its distance from the start of its run of Nd characters, mod 10. */
static int decimal_value(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c < 0x80 || c > 0x10FFFF)
        return -1;
    if (utf8proc_category((utf8proc_int32_t)c) != UTF8PROC_CATEGORY_ND)
        return -1;
    uint32_t start = c;
    while (start > 0 && utf8proc_category((utf8proc_int32_t)(start - 1)) == UTF8PROC_CATEGORY_ND)
        start--;
    return (int)((c - start) % 10);
}

/* ==== parsing the spec ====================================================== */

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* A decoded spec: at most this many code points are looked at before the
 * "more than one character left" check, which only needs a count. */
typedef struct SpecReader {
    const char *s;
    size_t len, pos;            /* byte position */
} SpecReader;

static uint32_t peek(const SpecReader *r, int ahead, bool *ok)
{
    size_t i = r->pos;
    uint32_t c = 0;
    for (int k = 0; k <= ahead; k++) {
        if (i >= r->len) {
            *ok = false;
            return 0;
        }
        c = gp_ucs_utf8_next(r->s, r->len, &i);
    }
    *ok = true;
    return c;
}

static void advance(SpecReader *r)
{
    if (r->pos < r->len)
        (void)gp_ucs_utf8_next(r->s, r->len, &r->pos);
}

/* get_integer: -1 on overflow (error set), else the digit count. */
static int64_t get_integer(SpecReader *r, int64_t *result, GpFormatError *err)
{
    int64_t acc = 0, n = 0;
    for (;;) {
        bool ok;
        uint32_t c = peek(r, 0, &ok);
        int d = ok ? decimal_value(c) : -1;
        if (d < 0)
            break;
        if (acc > (INT64_MAX - d) / 10)
            return fail(err, GP_FORMAT_VALUE_ERROR,
                        "Too many decimal digits in format string");
        acc = acc * 10 + d;
        n++;
        advance(r);
    }
    *result = acc;
    return n;
}

/* "'%c'" for printable ASCII, "'\x%x'" otherwise, as CPython's messages. */
static void code_repr(char *dst, size_t size, uint32_t c)
{
    if (c > 32 && c < 128)
        snprintf(dst, size, "'%c'", (char)c);
    else
        snprintf(dst, size, "'\\x%x'", (unsigned)c);
}

static int bad_thousands(GpFormatError *err, char sep, uint32_t type)
{
    char t[16];
    code_repr(t, sizeof t, type);
    return fail(err, GP_FORMAT_VALUE_ERROR, "Cannot specify '%c' with %s.", sep, t);
}

static int unknown_type(GpFormatError *err, uint32_t type, const char *type_name)
{
    char t[16];
    code_repr(t, sizeof t, type);
    return fail(err, GP_FORMAT_VALUE_ERROR, "Unknown format code %s for object of type '%.200s'",
                t, type_name);
}

int gp_format_parse(const char *spec, size_t len, GpFormatKind kind,
                    const char *type_name, GpFormatSpec *f, GpFormatError *err)
{
    char default_align = kind == GP_FORMAT_STR ? '<' : '>';
    bool fill_given = false, align_given = false, ok, ok2;
    SpecReader r = { spec, len, 0 };

    f->fill = ' ';
    f->align = default_align;
    f->sign = 0;
    f->no_neg_0 = false;
    f->alternate = false;
    f->thousands = 0;
    f->width = -1;
    f->precision = -1;
    f->type = kind == GP_FORMAT_INT ? 'd' : kind == GP_FORMAT_STR ? 's' : 0;

    uint32_t c0 = peek(&r, 0, &ok), c1 = peek(&r, 1, &ok2);
    if (ok2 && is_align(c1)) {
        f->align = (char)c1;
        f->fill = c0;
        fill_given = align_given = true;
        advance(&r);
        advance(&r);
    } else if (ok && is_align(c0)) {
        f->align = (char)c0;
        align_given = true;
        advance(&r);
    }

    c0 = peek(&r, 0, &ok);
    if (ok && (c0 == '+' || c0 == '-' || c0 == ' ')) {
        f->sign = (char)c0;
        advance(&r);
    }
    c0 = peek(&r, 0, &ok);
    if (ok && c0 == 'z') {
        f->no_neg_0 = true;
        advance(&r);
    }
    c0 = peek(&r, 0, &ok);
    if (ok && c0 == '#') {
        f->alternate = true;
        advance(&r);
    }
    c0 = peek(&r, 0, &ok);
    if (!fill_given && ok && c0 == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>')
            f->align = '=';
        advance(&r);
    }

    int64_t n = get_integer(&r, &f->width, err);
    if (n < 0)
        return -1;
    if (n == 0)
        f->width = -1;

    c0 = peek(&r, 0, &ok);
    if (ok && c0 == ',') {
        f->thousands = ',';
        advance(&r);
    }
    c0 = peek(&r, 0, &ok);
    if (ok && c0 == '_') {
        if (f->thousands)
            return fail(err, GP_FORMAT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
        f->thousands = '_';
        advance(&r);
    }
    c0 = peek(&r, 0, &ok);
    if (ok && c0 == ',' && f->thousands == '_')
        return fail(err, GP_FORMAT_VALUE_ERROR, "Cannot specify both ',' and '_'.");

    c0 = peek(&r, 0, &ok);
    if (ok && c0 == '.') {
        advance(&r);
        n = get_integer(&r, &f->precision, err);
        if (n < 0)
            return -1;
        if (n == 0)
            return fail(err, GP_FORMAT_VALUE_ERROR, "Format specifier missing precision");
    }

    size_t left = utf8_count(spec + r.pos, len - r.pos);
    if (left > 1) {
        /* Quote the spec, cut at a character boundary if it is long. */
        size_t room = sizeof err->msg - 60 - strnlen(type_name, 200);
        size_t cut = len;
        if (cut > room) {
            cut = room;
            while (cut > 0 && ((unsigned char)spec[cut] & 0xC0) == 0x80)
                cut--;
        }
        return fail(err, GP_FORMAT_VALUE_ERROR,
                    "Invalid format specifier '%.*s' for object of type '%.200s'",
                    (int)cut, spec, type_name);
    }
    if (left == 1) {
        f->type = peek(&r, 0, &ok);
        advance(&r);
    }

    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G':
        case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_')
                break;
            /* fall through */
        default:
            return bad_thousands(err, f->thousands, f->type);
        }
    }
    return 0;
}

/* ==== laying out a number =================================================== */

/* Separator spacing for a spec: 3 for ',' and for '_' in decimal, 4 for '_'
 * in b/o/x/X, 0 for none ('n' in the C locale groups nothing). */
static int group_size(const GpFormatSpec *f)
{
    if (!f->thousands || f->type == 'n')
        return 0;
    if (f->thousands == '_' && (f->type == 'b' || f->type == 'o' || f->type == 'x' || f->type == 'X'))
        return 4;
    return 3;
}

/* _PyUnicode_InsertThousandsGrouping: the digits with separators every
 * `group` (0: none) digits from the right, left-padded with zeros (which
 * get separators too) to at least min_width.  Returns the length; when dst
 * is not NULL, writes the result so that it ends just before dst. */
static int64_t group_digits(char *dst, const char *digits, int64_t n_digits,
                            int64_t min_width, int group, char sep)
{
    int64_t count = 0, remaining = n_digits, sep_len = group ? 1 : 0;
    const char *dpos = digits + n_digits;
    bool use_sep = false, broken = false;
    if (min_width < 0)
        min_width = 0;

#define EMIT(n_chars, n_zeros) do {                                     \
        count += (use_sep ? sep_len : 0) + (n_zeros) + (n_chars);       \
        if (dst) {                                                      \
            if (use_sep && sep_len)                                     \
                *--dst = sep;                                           \
            dst -= (n_chars);                                           \
            dpos -= (n_chars);                                          \
            memcpy(dst, dpos, (size_t)(n_chars));                       \
            dst -= (n_zeros);                                           \
            memset(dst, '0', (size_t)(n_zeros));                        \
        }                                                               \
    } while (0)

    if (group > 0) {
        for (;;) {
            int64_t l = MIN((int64_t)group, MAX(MAX(remaining, min_width), 1));
            int64_t n_zeros = MAX(0, l - remaining);
            int64_t n_chars = MAX(0, MIN(remaining, l));
            EMIT(n_chars, n_zeros);
            use_sep = true;
            remaining -= n_chars;
            min_width -= l;
            if (remaining <= 0 && min_width <= 0) {
                broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if (!broken) {
        int64_t l = MAX(MAX(remaining, min_width), 1);
        int64_t n_zeros = MAX(0, l - remaining);
        int64_t n_chars = MAX(0, MIN(remaining, l));
        EMIT(n_chars, n_zeros);
    }
#undef EMIT
    return count;
}

/* A number in pieces, all ASCII.  digits may be empty ('c', inf, nan). */
typedef struct Number {
    char sign_char;             /* '-' or 0 */
    const char *prefix;         /* "0x" etc. */
    int64_t n_prefix;
    const char *digits;         /* the integer digits (grouped) */
    int64_t n_digits;
    bool has_decimal;           /* a '.' follows the digits */
    const char *remainder;      /* after the '.', or after the digits */
    int64_t n_remainder;        /* in code points */
    int64_t remainder_bytes;    /* UTF-8 bytes ('c' may be non-ASCII) */
    bool upper;                 /* uppercase prefix and digits ('X') */
} Number;

/* calc_number_widths + fill_number. */
static int layout_number(GpFormatBuf *out, const GpFormatSpec *f, const Number *num,
                         GpFormatError *err)
{
    int group = group_size(f);
    char sep = f->thousands;
    char sign = 0;
    int64_t n_sign = 0;

    switch (f->sign) {
    case '+':
        n_sign = 1;
        sign = num->sign_char == '-' ? '-' : '+';
        break;
    case ' ':
        n_sign = 1;
        sign = num->sign_char == '-' ? '-' : ' ';
        break;
    default:
        if (num->sign_char == '-') {
            n_sign = 1;
            sign = '-';
        }
    }
    int64_t n_decimal = num->has_decimal ? 1 : 0;
    int64_t n_other = n_sign + num->n_prefix + n_decimal + num->n_remainder;
    int64_t min_width = (f->fill == '0' && f->align == '=') ? f->width - n_other : 0;
    if (f->width > WIDTH_LIMIT)
        return no_memory(err);
    int64_t n_grouped = num->n_digits == 0 ? 0 :
        group_digits(NULL, num->digits, num->n_digits, min_width, group, sep);

    int64_t lpad = 0, spad = 0, rpad = 0;
    int64_t n_padding = f->width - (n_other + n_grouped);
    if (n_padding > 0) {
        switch (f->align) {
        case '<': rpad = n_padding; break;
        case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
        case '=': spad = n_padding; break;
        default:  lpad = n_padding; break;
        }
    }

    if (put_fill(out, f->fill, lpad) != 0)
        return no_memory(err);
    if (n_sign && gp_format_buf_append(out, &sign, 1) != 0)
        return no_memory(err);
    if (num->n_prefix) {
        size_t at = out->len;
        if (gp_format_buf_append(out, num->prefix, (size_t)num->n_prefix) != 0)
            return no_memory(err);
        if (num->upper)
            for (size_t i = at; i < out->len; i++)
                if (out->data[i] >= 'a' && out->data[i] <= 'z')
                    out->data[i] = (char)(out->data[i] - 'a' + 'A');
    }
    if (put_fill(out, f->fill, spad) != 0)
        return no_memory(err);
    if (n_grouped) {
        if (gp_format_buf_reserve(out, (size_t)n_grouped) != 0)
            return no_memory(err);
        char *p = out->data + out->len;
        group_digits(p + n_grouped, num->digits, num->n_digits, min_width, group, sep);
        if (num->upper)
            for (int64_t i = 0; i < n_grouped; i++)
                if (p[i] >= 'a' && p[i] <= 'z')
                    p[i] = (char)(p[i] - 'a' + 'A');
        out->len += (size_t)n_grouped;
    }
    if (n_decimal && gp_format_buf_append(out, ".", 1) != 0)
        return no_memory(err);
    if (num->remainder_bytes &&
        gp_format_buf_append(out, num->remainder, (size_t)num->remainder_bytes) != 0)
        return no_memory(err);
    if (put_fill(out, f->fill, rpad) != 0)
        return no_memory(err);
    return 0;
}

/* ==== floats ================================================================ */

/* What _Py_dg_dtoa(d, mode, ndigits) returns for finite d: the digit
 * string without trailing zeros, the decimal point position (value =
 * 0.DIGITS * 10^decpt) and the sign bit.  Mode 0: shortest round-trip;
 * mode 2: max(1, ndigits) significant digits; mode 3: ndigits digits past
 * the decimal point, where a result that rounds to zero is the empty
 * string with decpt = -ndigits.  Zero is "0" with decpt 1.
 * The C library's %e/%f are correctly rounded (glibc), as dtoa is.  A
 * double's exact decimal expansion has at most 767 significant digits and
 * 1074 places after the point, so larger ndigits are capped without
 * changing the result.  digits needs DTOA_MAX bytes. */
#define DTOA_MAX 1500

static int dtoa_digits(double d, int mode, int64_t ndigits, char *digits, int *decpt, int *sign)
{
    char buf[DTOA_MAX];
    int n = 0;
    *sign = signbit(d) ? 1 : 0;
    d = fabs(d);
    if (d == 0) {
        strcpy(digits, "0");
        *decpt = 1;
        return 1;
    }
    if (mode == 0)
        return gp_float_shortest(d, digits, decpt);
    if (mode == 2) {
        int p = (int)MIN(MAX(ndigits, 1), 780);
        snprintf(buf, sizeof buf, "%.*e", p - 1, d);
        char *e = strchr(buf, 'e');
        for (char *s = buf; s < e; s++)
            if (*s != '.')
                digits[n++] = *s;
        *decpt = atoi(e + 1) + 1;
    } else {
        int p = (int)MIN(ndigits, 1080);
        snprintf(buf, sizeof buf, "%.*f", p, d);
        int before = 0, zeros = 0;
        bool seen_point = false;
        for (char *s = buf; *s; s++) {
            if (*s == '.') {
                seen_point = true;
                continue;
            }
            before += !seen_point;
            if (n == 0 && *s == '0') {
                zeros++;
                continue;
            }
            digits[n++] = *s;
        }
        if (n == 0) {
            digits[0] = '\0';
            *decpt = (int)-ndigits;
            return 0;
        }
        *decpt = before - zeros;
    }
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    return n;
}

/* format_float_short / PyOS_double_to_string: appends to out. */
int gp_format_double_raw(GpFormatBuf *out, double d, char code, int precision,
                         int flags, GpFormatError *err)
{
    const char *inf = "inf", *nan = "nan";
    char e_char = 'e';
    int mode;
    int64_t prec = precision;
    bool alt = flags & GP_FORMAT_DTSF_ALT, add_dot_0 = flags & GP_FORMAT_DTSF_ADD_DOT_0;

    switch (code) {
    case 'E': inf = "INF"; nan = "NAN"; e_char = 'E'; code = 'e'; /* fall through */
    case 'e': mode = 2; prec++; break;
    case 'F': inf = "INF"; nan = "NAN"; e_char = 'E'; code = 'f'; /* fall through */
    case 'f': mode = 3; break;
    case 'G': inf = "INF"; nan = "NAN"; e_char = 'E'; code = 'g'; /* fall through */
    case 'g': mode = 2; if (prec == 0) prec = 1; break;
    case 'r': mode = 0; prec = 0; break;
    default:
        return fail(err, GP_FORMAT_VALUE_ERROR, "bad format code '%c'", code);
    }

    char sign_ch = 0;
    if (!isfinite(d)) {
        if (isinf(d) && d < 0)
            sign_ch = '-';
        else if (flags & GP_FORMAT_DTSF_SIGN)
            sign_ch = '+';
        if ((sign_ch && gp_format_buf_append(out, &sign_ch, 1) != 0) ||
            gp_format_buf_append(out, isinf(d) ? inf : nan, 3) != 0)
            return no_memory(err);
        return 0;
    }

    char digits[DTOA_MAX];
    int decpt_i, sign;
    int64_t digits_len = dtoa_digits(d, mode, prec, digits, &decpt_i, &sign);
    int64_t decpt = decpt_i;

    if ((flags & GP_FORMAT_DTSF_NO_NEG_0) && sign == 1 &&
        (digits_len == 0 || (digits_len == 1 && digits[0] == '0')))
        sign = 0;

    bool use_exp = false;
    int64_t exp = 0, vdigits_end = digits_len;
    switch (code) {
    case 'e':
        use_exp = true;
        vdigits_end = prec;
        break;
    case 'f':
        vdigits_end = decpt + prec;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? prec - 1 : prec))
            use_exp = true;
        if (alt)
            vdigits_end = prec;
        break;
    default:    /* 'r' */
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    else
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

    size_t start = out->len;
    int64_t bound = 3 + (vdigits_end - vdigits_start) + (use_exp ? 8 : 0);
    if ((uint64_t)bound > SIZE_MAX / 2 || gp_format_buf_reserve(out, (size_t)bound) != 0)
        return no_memory(err);
    char *p = out->data + start;

    if (sign == 1)
        *p++ = '-';
    else if (flags & GP_FORMAT_DTSF_SIGN)
        *p++ = '+';

    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vdigits_start));
        p += decpt - vdigits_start;
        *p++ = '.';
        memset(p, '0', (size_t)(0 - decpt));
        p += 0 - decpt;
    } else {
        memset(p, '0', (size_t)(0 - vdigits_start));
        p += 0 - vdigits_start;
    }
    if (0 < decpt && decpt <= digits_len) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(digits_len - decpt));
        p += digits_len - decpt;
    } else {
        memcpy(p, digits, (size_t)digits_len);
        p += digits_len;
    }
    if (digits_len < decpt) {
        memset(p, '0', (size_t)(decpt - digits_len));
        p += decpt - digits_len;
        *p++ = '.';
        memset(p, '0', (size_t)(vdigits_end - decpt));
        p += vdigits_end - decpt;
    } else {
        memset(p, '0', (size_t)(vdigits_end - digits_len));
        p += vdigits_end - digits_len;
    }
    if (p[-1] == '.' && !alt)
        p--;
    if (use_exp) {
        *p++ = e_char;
        p += sprintf(p, "%+.02d", (int)exp);
    }
    out->len = (size_t)(p - out->data);
    return 0;
}

/* format_float_internal. */
static int format_float(GpFormatBuf *out, double val, const GpFormatSpec *f,
                        GpFormatError *err)
{
    uint32_t type = f->type;
    int default_precision = 6, flags = 0;
    bool add_pct = false;

    if (f->precision > INT_MAX)
        return fail(err, GP_FORMAT_VALUE_ERROR, "precision too big");
    int precision = (int)f->precision;
    if (f->alternate)
        flags |= GP_FORMAT_DTSF_ALT;
    if (f->no_neg_0)
        flags |= GP_FORMAT_DTSF_NO_NEG_0;
    if (type == 0) {
        flags |= GP_FORMAT_DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';

    GpFormatBuf tmp;
    scratch_init(&tmp, out);
    if (gp_format_double_raw(&tmp, val, (char)type, precision, flags, err) != 0 ||
        (add_pct && gp_format_buf_append(&tmp, "%", 1) != 0)) {
        gp_format_buf_free(&tmp);
        return no_memory(err);
    }
    if (f->sign != '+' && f->sign != ' ' && f->width == -1 && f->type != 'n' &&
        !f->thousands) {
        int rc = gp_format_buf_append(out, tmp.data, tmp.len);
        gp_format_buf_free(&tmp);
        return rc == 0 ? 0 : no_memory(err);
    }

    const char *s = tmp.data;
    int64_t n = (int64_t)tmp.len, i = 0;
    Number num = { 0 };
    if (s[0] == '-') {
        num.sign_char = '-';
        i = 1;
    }
    num.digits = s + i;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    num.n_digits = (s + i) - num.digits;
    num.has_decimal = i < n && s[i] == '.';
    if (num.has_decimal)
        i++;
    num.remainder = s + i;
    num.n_remainder = num.remainder_bytes = n - i;
    int rc = layout_number(out, f, &num, err);
    gp_format_buf_free(&tmp);
    return rc;
}

int gp_format_double_spec(GpFormatBuf *out, double v, const GpFormatSpec *f,
                          const char *type_name, GpFormatError *err)
{
    switch (f->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    case 'n': case '%':
        break;
    default:
        return unknown_type(err, f->type, type_name);
    }
    size_t start = out->len;
    int rc = format_float(out, v, f, err);
    if (rc != 0)
        out->len = start;
    return rc;
}

int gp_format_double(GpFormatBuf *out, double v, const char *spec, size_t len,
                     const char *type_name, GpFormatError *err)
{
    if (len == 0) {
        char buf[GP_FLOAT_REPR_MAX];
        size_t n = gp_float_repr(v, buf);
        return gp_format_buf_append(out, buf, n) == 0 ? 0 : no_memory(err);
    }
    GpFormatSpec f;
    if (gp_format_parse(spec, len, GP_FORMAT_FLOAT, type_name, &f, err) != 0)
        return -1;
    return gp_format_double_spec(out, v, &f, type_name, err);
}

/* ==== ints ================================================================== */

int gp_format_mpz_to_double(const mpz_t v, double *out, GpFormatError *err)
{
    size_t bits = mpz_sizeinbase(v, 2);
    if (bits <= 64) {
        /* The hardware's uint64 -> double conversion rounds half-even. */
        double d = (double)(uint64_t)mpz_getlimbn(v, 0);
        *out = mpz_sgn(v) < 0 ? -d : d;
        return 0;
    }
    if (bits > 1024)
        return fail(err, GP_FORMAT_OVERFLOW_ERROR, "int too large to convert to float");
    /* Keep 55 top bits (53 + round + sticky), round half-even by hand. */
    mpz_t top;
    mpz_init(top);
    mpz_abs(top, v);
    size_t shift = bits - 55;
    bool sticky = mpz_scan1(top, 0) < shift;
    mpz_tdiv_q_2exp(top, top, shift);
    uint64_t m = (uint64_t)mpz_get_ui(top);
    mpz_clear(top);
    if (sticky)
        m |= 1;
    /* m has 55 bits: round off the low 2. */
    uint64_t q = m >> 2, rem = m & 3;
    if (rem > 2 || (rem == 2 && (q & 1)))
        q++;
    double d = ldexp((double)q, (int)shift + 2);
    if (isinf(d))
        return fail(err, GP_FORMAT_OVERFLOW_ERROR, "int too large to convert to float");
    *out = mpz_sgn(v) < 0 ? -d : d;
    return 0;
}

/* An integer as either a GMP value or a machine word. */
typedef struct IntVal {
    const __mpz_struct *z;      /* NULL: use i */
    int64_t i;
} IntVal;

static bool int_negative(const IntVal *v)
{
    return v->z ? mpz_sgn(v->z) < 0 : v->i < 0;
}

/* Append the digits of |v| in base (lowercase). */
static int int_digits(GpFormatBuf *b, const IntVal *v, int base)
{
    if (v->z) {
        size_t n = mpz_sizeinbase(v->z, base) + 2;
        if (gp_format_buf_reserve(b, n) != 0)
            return -1;
        char *p = b->data + b->len;
        mpz_get_str(p, base, v->z);
        if (*p == '-')
            memmove(p, p + 1, strlen(p));
        b->len += strlen(p);
        return 0;
    }
    uint64_t m = v->i < 0 ? 0 - (uint64_t)v->i : (uint64_t)v->i;
    char tmp[72], *p = tmp + sizeof tmp;
    do {
        *--p = "0123456789abcdef"[m % (unsigned)base];
        m /= (unsigned)base;
    } while (m);
    return gp_format_buf_append(b, p, (size_t)(tmp + sizeof tmp - p));
}

static int int_to_double(const IntVal *v, double *d, GpFormatError *err)
{
    if (v->z)
        return gp_format_mpz_to_double(v->z, d, err);
    *d = (double)v->i;
    return 0;
}

/* format_long_internal (and the float conversions of the int dispatch). */
static int format_int(GpFormatBuf *out, const IntVal *v, const GpFormatSpec *f,
                      const char *type_name, GpFormatError *err)
{
    switch (f->type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (int_to_double(v, &d, err) != 0)
            return -1;
        return format_float(out, d, f, err);
    }
    default:
        return unknown_type(err, f->type, type_name);
    }

    if (f->precision != -1)
        return fail(err, GP_FORMAT_VALUE_ERROR, "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return fail(err, GP_FORMAT_VALUE_ERROR,
                    "Negative zero coercion (z) not allowed in integer format specifier");

    Number num = { 0 };
    char cbuf[4];
    if (f->type == 'c') {
        if (f->sign)
            return fail(err, GP_FORMAT_VALUE_ERROR,
                        "Sign not allowed with integer format specifier 'c'");
        if (f->alternate)
            return fail(err, GP_FORMAT_VALUE_ERROR,
                        "Alternate form (#) not allowed with integer format specifier 'c'");
        if (v->z && !mpz_fits_slong_p(v->z))
            return fail(err, GP_FORMAT_OVERFLOW_ERROR, "Python int too large to convert to C long");
        int64_t x = v->z ? (int64_t)mpz_get_si(v->z) : v->i;
        if (x < 0 || x > 0x10ffff)
            return fail(err, GP_FORMAT_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
        num.remainder = cbuf;
        num.remainder_bytes = (int64_t)utf8_put(cbuf, (uint32_t)x);
        num.n_remainder = 1;
        return layout_number(out, f, &num, err);
    }

    int base = 10;
    const char *prefix = "";
    switch (f->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    default: break;
    }
    GpFormatBuf digits;
    scratch_init(&digits, out);
    if (int_digits(&digits, v, base) != 0) {
        gp_format_buf_free(&digits);
        return no_memory(err);
    }
    num.sign_char = int_negative(v) ? '-' : 0;
    if (f->alternate) {
        num.prefix = prefix;
        num.n_prefix = (int64_t)strlen(prefix);
    }
    num.digits = digits.data;
    num.n_digits = (int64_t)digits.len;
    num.upper = f->type == 'X';
    int rc = layout_number(out, f, &num, err);
    gp_format_buf_free(&digits);
    return rc;
}

static int format_int_checked(GpFormatBuf *out, const IntVal *v, const GpFormatSpec *f,
                              const char *type_name, GpFormatError *err)
{
    size_t start = out->len;
    int rc = format_int(out, v, f, type_name, err);
    if (rc != 0)
        out->len = start;
    return rc;
}

static int format_int_str(GpFormatBuf *out, const IntVal *v, const char *spec, size_t len,
                          const char *type_name, GpFormatError *err)
{
    if (len == 0) {
        size_t start = out->len;
        if ((int_negative(v) && gp_format_buf_append(out, "-", 1) != 0) ||
            int_digits(out, v, 10) != 0) {
            out->len = start;
            return no_memory(err);
        }
        return 0;
    }
    GpFormatSpec f;
    if (gp_format_parse(spec, len, GP_FORMAT_INT, type_name, &f, err) != 0)
        return -1;
    return format_int_checked(out, v, &f, type_name, err);
}

int gp_format_int_spec(GpFormatBuf *out, const mpz_t v, const GpFormatSpec *spec,
                       const char *type_name, GpFormatError *err)
{
    IntVal iv = { v, 0 };
    return format_int_checked(out, &iv, spec, type_name, err);
}

int gp_format_int(GpFormatBuf *out, const mpz_t v, const char *spec, size_t len,
                  const char *type_name, GpFormatError *err)
{
    IntVal iv = { v, 0 };
    return format_int_str(out, &iv, spec, len, type_name, err);
}

int gp_format_int64(GpFormatBuf *out, int64_t v, const char *spec, size_t len,
                    const char *type_name, GpFormatError *err)
{
    IntVal iv = { NULL, v };
    return format_int_str(out, &iv, spec, len, type_name, err);
}

/* ==== strings =============================================================== */

int gp_format_str_spec(GpFormatBuf *out, const char *s, size_t len,
                       const GpFormatSpec *f, const char *type_name, GpFormatError *err)
{
    if (f->type != 's')
        return unknown_type(err, f->type, type_name);
    if (f->sign == ' ')
        return fail(err, GP_FORMAT_VALUE_ERROR, "Space not allowed in string format specifier");
    if (f->sign)
        return fail(err, GP_FORMAT_VALUE_ERROR, "Sign not allowed in string format specifier");
    if (f->no_neg_0)
        return fail(err, GP_FORMAT_VALUE_ERROR,
                    "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alternate)
        return fail(err, GP_FORMAT_VALUE_ERROR,
                    "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        return fail(err, GP_FORMAT_VALUE_ERROR,
                    "'=' alignment not allowed in string format specifier");
    if (f->width > WIDTH_LIMIT)
        return no_memory(err);

    int64_t n = (int64_t)utf8_count(s, len);
    size_t bytes = len;
    if (f->precision >= 0 && n >= f->precision) {
        n = f->precision;
        bytes = utf8_offset(s, len, (size_t)n);
    }
    int64_t lpad = 0, rpad = 0;
    if (f->width > n) {
        int64_t pad = f->width - n;
        if (f->align == '>')
            lpad = pad;
        else if (f->align == '^') {
            lpad = pad / 2;
            rpad = pad - lpad;
        } else
            rpad = pad;
    }
    size_t start = out->len;
    if (put_fill(out, f->fill, lpad) != 0 || gp_format_buf_append(out, s, bytes) != 0 ||
        put_fill(out, f->fill, rpad) != 0) {
        out->len = start;
        return no_memory(err);
    }
    return 0;
}

int gp_format_str(GpFormatBuf *out, const char *s, size_t len, const char *spec,
                  size_t speclen, const char *type_name, GpFormatError *err)
{
    if (speclen == 0)
        return gp_format_buf_append(out, s, len) == 0 ? 0 : no_memory(err);
    GpFormatSpec f;
    if (gp_format_parse(spec, speclen, GP_FORMAT_STR, type_name, &f, err) != 0)
        return -1;
    return gp_format_str_spec(out, s, len, &f, type_name, err);
}

/* ==== %-formatting ========================================================== */

int gp_format_percent_parse(const char *fmt, size_t len, size_t *pos,
                            GpFormatPercent *p, GpFormatError *err)
{
    size_t i = *pos;
    memset(p, 0, sizeof *p);
    p->width = -1;
    p->precision = -1;

#define NEXT() (i < len ? (unsigned char)fmt[i++] : (unsigned)-1)
    if (i < len && fmt[i] == '(') {
        int depth = 1;
        i++;
        p->key_start = i;
        while (depth > 0 && i < len) {
            if (fmt[i] == ')')
                depth--;
            else if (fmt[i] == '(')
                depth++;
            i++;
        }
        if (depth > 0)
            return fail(err, GP_FORMAT_VALUE_ERROR, "incomplete format key");
        p->has_key = true;
        p->key_end = i - 1;
    }
    unsigned c;
    for (;;) {
        c = NEXT();
        switch (c) {
        case '-': p->flags |= GP_FORMAT_PCT_LJUST; continue;
        case '+': p->flags |= GP_FORMAT_PCT_SIGN; continue;
        case ' ': p->flags |= GP_FORMAT_PCT_BLANK; continue;
        case '#': p->flags |= GP_FORMAT_PCT_ALT; continue;
        case '0': p->flags |= GP_FORMAT_PCT_ZERO; continue;
        }
        break;
    }
    if (c == '*') {
        p->width_star = true;
        c = NEXT();
    } else if (c >= '0' && c <= '9') {
        p->width = c - '0';
        for (;;) {
            c = NEXT();
            if (c < '0' || c > '9')
                break;
            if (p->width > (INT64_MAX - (int)(c - '0')) / 10)
                return fail(err, GP_FORMAT_VALUE_ERROR, "width too big");
            p->width = p->width * 10 + (c - '0');
        }
    }
    if (c == '.') {
        p->precision = 0;
        c = NEXT();
        if (c == '*') {
            p->precision_star = true;
            c = NEXT();
        } else if (c >= '0' && c <= '9') {
            p->precision = (int)(c - '0');
            for (;;) {
                c = NEXT();
                if (c < '0' || c > '9')
                    break;
                if (p->precision > (INT_MAX - (int)(c - '0')) / 10)
                    return fail(err, GP_FORMAT_VALUE_ERROR, "precision too big");
                p->precision = p->precision * 10 + (int)(c - '0');
            }
        }
    }
    if (c == 'h' || c == 'l' || c == 'L')
        c = NEXT();
#undef NEXT
    if (c == (unsigned)-1)
        return fail(err, GP_FORMAT_VALUE_ERROR, "incomplete format");
    /* The conversion character may be a multi-byte code point. */
    size_t at = i - 1;
    p->conv_at = at;
    p->conv_cp = gp_ucs_utf8_next(fmt, len, &at);
    p->conv = p->conv_cp < 0x80 ? (char)p->conv_cp : 0;
    *pos = at;
    return 0;
}

void gp_format_percent_star_width(GpFormatPercent *p, int64_t w)
{
    if (w < 0) {
        p->flags |= GP_FORMAT_PCT_LJUST;
        w = w == INT64_MIN ? INT64_MAX : -w;
    }
    p->width = w;
}

void gp_format_percent_star_precision(GpFormatPercent *p, int prec)
{
    p->precision = prec < 0 ? 0 : prec;
}

/* unicode_format_arg_output: pad, sign and prefix one converted argument.
 * numeric: the argument is a number (CPython's arg->sign), whose text may
 * start with '-' and, for %#o %#x %#X, carries its "0o"/"0x" prefix. */
static int pct_output(GpFormatBuf *out, const GpFormatPercent *a, char ch, bool numeric,
                      const char *s, size_t bytes)
{
    uint32_t fill = (numeric && (a->flags & GP_FORMAT_PCT_ZERO)) ? '0' : ' ';
    int64_t len = a->bytes ? (int64_t)bytes : (int64_t)utf8_count(s, bytes);
    int64_t width = a->width;
    int flags = a->flags;

    if ((width == -1 || width <= len) && (a->precision == -1 || a->precision >= len) &&
        !(flags & (GP_FORMAT_PCT_SIGN | GP_FORMAT_PCT_BLANK)))
        return gp_format_buf_append(out, s, bytes);

    if ((ch == 's' || ch == 'r' || ch == 'a') && a->precision >= 0 && len > a->precision) {
        len = a->precision;
        bytes = a->bytes ? (size_t)len : utf8_offset(s, bytes, (size_t)len);
    }
    size_t pindex = 0;
    char signchar = 0;
    if (numeric) {
        if (s[0] == '-' || s[0] == '+') {
            signchar = s[0];
            len--;
            pindex++;
        } else if (flags & GP_FORMAT_PCT_SIGN)
            signchar = '+';
        else if (flags & GP_FORMAT_PCT_BLANK)
            signchar = ' ';
        else
            numeric = false;
    }
    if (width < len)
        width = len;
    if (width > WIDTH_LIMIT)
        return -1;
    if (numeric) {
        if (fill != ' ' && gp_format_buf_append(out, &signchar, 1) != 0)
            return -1;
        if (width > len)
            width--;
    }
    bool prefix = (flags & GP_FORMAT_PCT_ALT) && (ch == 'x' || ch == 'X' || ch == 'o');
    if (prefix) {
        if (fill != ' ') {
            if (gp_format_buf_append(out, s + pindex, 2) != 0)
                return -1;
            pindex += 2;
        }
        width -= 2;
        if (width < 0)
            width = 0;
        len -= 2;
    }
    if (width > len && !(flags & GP_FORMAT_PCT_LJUST)) {
        if (put_fill(out, fill, width - len) != 0)
            return -1;
        width = len;
    }
    if (fill == ' ') {
        if (numeric && gp_format_buf_append(out, &signchar, 1) != 0)
            return -1;
        if (prefix) {
            if (gp_format_buf_append(out, s + pindex, 2) != 0)
                return -1;
            pindex += 2;
        }
    }
    if (gp_format_buf_append(out, s + pindex, bytes - pindex) != 0)
        return -1;
    if (width > len && put_fill(out, ' ', width - len) != 0)
        return -1;
    return 0;
}

/* _PyUnicode_FormatLong + output. */
static int pct_int(GpFormatBuf *out, const GpFormatPercent *a, const IntVal *v,
                   GpFormatError *err)
{
    char ch = a->conv;
    int base = ch == 'o' ? 8 : (ch == 'x' || ch == 'X') ? 16 : 10;
    if (a->precision > INT_MAX - 3)
        return fail(err, GP_FORMAT_OVERFLOW_ERROR, "precision too large");
    GpFormatBuf digits, text;
    scratch_init(&digits, out);
    scratch_init(&text, out);
    size_t start = out->len;
    int rc = -1;
    if (int_digits(&digits, v, base) != 0)
        goto done;
    if (int_negative(v) && gp_format_buf_append(&text, "-", 1) != 0)
        goto done;
    if ((a->flags & GP_FORMAT_PCT_ALT) && base != 10 &&
        gp_format_buf_append(&text, base == 8 ? "0o" : "0x", 2) != 0)
        goto done;
    if (a->precision > (int64_t)digits.len &&
        put_fill(&text, '0', a->precision - (int64_t)digits.len) != 0)
        goto done;
    if (gp_format_buf_append(&text, digits.data, digits.len) != 0)
        goto done;
    if (ch == 'X')
        for (size_t i = 0; i < text.len; i++)
            if (text.data[i] >= 'a' && text.data[i] <= 'x')
                text.data[i] = (char)(text.data[i] - 'a' + 'A');
    rc = pct_output(out, a, ch, true, text.data, text.len);
done:
    gp_format_buf_free(&digits);
    gp_format_buf_free(&text);
    if (rc != 0) {
        out->len = start;
        return no_memory(err);
    }
    return 0;
}

static bool pct_is_int_conv(char c)
{
    return c == 'd' || c == 'i' || c == 'u' || c == 'o' || c == 'x' || c == 'X';
}

int gp_format_percent_int(GpFormatBuf *out, const GpFormatPercent *p, const mpz_t v,
                          GpFormatError *err)
{
    if (!pct_is_int_conv(p->conv))
        return fail(err, GP_FORMAT_VALUE_ERROR, "not an integer conversion '%c'", p->conv);
    IntVal iv = { v, 0 };
    return pct_int(out, p, &iv, err);
}

int gp_format_percent_int64(GpFormatBuf *out, const GpFormatPercent *p, int64_t v,
                            GpFormatError *err)
{
    if (!pct_is_int_conv(p->conv))
        return fail(err, GP_FORMAT_VALUE_ERROR, "not an integer conversion '%c'", p->conv);
    IntVal iv = { NULL, v };
    return pct_int(out, p, &iv, err);
}

int gp_format_percent_double(GpFormatBuf *out, const GpFormatPercent *p, double v,
                             GpFormatError *err)
{
    char ch = p->conv;
    if (!strchr("eEfFgG", ch) || ch == 0)
        return fail(err, GP_FORMAT_VALUE_ERROR, "not a float conversion '%c'", ch);
    GpFormatBuf text;
    scratch_init(&text, out);
    size_t start = out->len;
    int prec = p->precision < 0 ? 6 : p->precision;
    int flags = (p->flags & GP_FORMAT_PCT_ALT) ? GP_FORMAT_DTSF_ALT : 0;
    int rc = gp_format_double_raw(&text, v, ch, prec, flags, err);
    if (rc == 0 && pct_output(out, p, ch, true, text.data, text.len) != 0) {
        out->len = start;
        rc = no_memory(err);
    }
    gp_format_buf_free(&text);
    return rc;
}

int gp_format_percent_str(GpFormatBuf *out, const GpFormatPercent *p,
                          const char *s, size_t len, GpFormatError *err)
{
    size_t start = out->len;
    if (pct_output(out, p, p->conv, false, s, len) != 0) {
        out->len = start;
        return no_memory(err);
    }
    return 0;
}

int gp_format_percent_char(GpFormatBuf *out, const GpFormatPercent *p, uint32_t cp,
                           GpFormatError *err)
{
    char enc[4];
    size_t n = utf8_put(enc, cp);
    size_t start = out->len;
    if (pct_output(out, p, 'c', false, enc, n) != 0) {
        out->len = start;
        return no_memory(err);
    }
    return 0;
}

int gp_format_percent_char_check(const mpz_t v, uint32_t *cp, GpFormatError *err)
{
    if (mpz_sgn(v) < 0 || mpz_cmp_ui(v, 0x10ffff) > 0)
        return fail(err, GP_FORMAT_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
    *cp = (uint32_t)mpz_get_ui(v);
    return 0;
}
