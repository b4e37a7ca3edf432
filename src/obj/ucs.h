/*
 * ucs.h - Unicode text as arrays of code points: the engine under `str`.
 *
 * Storage (as CPython's PEP 393): a text is `n` code points stored in one of
 * three widths, the KIND = bytes per code point:
 *
 *     kind 1   uint8_t   every code point <   0x100  (Latin-1)
 *     kind 2   uint16_t  every code point < 0x10000  (BMP)
 *     kind 4   uint32_t  anything up to 0x10FFFF (lone surrogates allowed)
 *
 * The canonical kind of a text is the narrowest that holds its largest code
 * point (gp_ucs_kind_for(gp_ucs_max_char(...))); the str type keeps its
 * objects canonical, so two equal strings have the same kind.  Nothing here
 * depends on that: every function accepts any kind for any argument, and
 * mixed kinds (a kind-1 needle in a kind-4 haystack, ...) are fine.
 *
 * MEMORY: THE CALLER SUPPLIES IT.  No function here allocates.  Any
 * operation whose result has a size not known in advance comes as a pair:
 *
 *     a MEASURE call  returns the result's length (and its largest code
 *                     point, hence its kind) without writing anything;
 *     a WRITE call    produces it into a buffer the caller sized from that.
 *
 * e.g. str.upper():
 *     uint32_t mx; size_t n2 = gp_ucs_case_size(GP_UCS_UPPER, k, d, n, &mx);
 *     obj = gp_str_new(st, n2, gp_ucs_kind_for(mx));   (area allocator)
 *     gp_ucs_case_map(GP_UCS_UPPER, k, d, n, obj->kind, gp_str_data(obj));
 *
 * so the object (header and inline code points) is allocated once, by the
 * image's allocator, at its final size.  Searching, splitting and stripping
 * need no memory at all: they return indices.  Errors are reported through a
 * GpUcsError filled by the function (no global state), which the str type
 * turns into UnicodeDecodeError / UnicodeEncodeError; gp_ucs_error_format
 * spells the message exactly as CPython's str(exc).
 *
 * Character properties follow CPython 3.11 exactly (Unicode 14.0, see
 * gp_ucs_unicode_version): the tables in ucs_db.h are generated from the
 * oracle itself by tools/ucs_oracle.py.  (The system's libutf8proc speaks
 * Unicode 15 and lacks XID, Cased, Case_Ignorable and numeric data, so it
 * is not used for these.)
 *
 * Indices and lengths are size_t; Python-style slice bounds, which may be
 * negative or out of range, are ptrdiff_t and are normalised the way CPython
 * does (ADJUST_INDICES): pass 0 and PTRDIFF_MAX for omitted bounds.
 *
 * Files: ucs.c (kinds, copies, comparison, UTF-8, search, split/strip,
 * padding), ucs_chars.c (character database, classes, case mapping).
 */
#ifndef GP_OBJ_UCS_H
#define GP_OBJ_UCS_H

#include <stddef.h>
#include <stdint.h>

#define GP_UCS_MAX 0x10FFFFu

/* ----------------------------------------------------------------------- */
/* Kinds and code point access                                              */

static inline uint32_t gp_ucs_get(int kind, const void *data, size_t i)
{
    switch (kind) {
    case 1: return ((const uint8_t *)data)[i];
    case 2: return ((const uint16_t *)data)[i];
    default: return ((const uint32_t *)data)[i];
    }
}

/* ch must fit in kind. */
static inline void gp_ucs_set(int kind, void *data, size_t i, uint32_t ch)
{
    switch (kind) {
    case 1: ((uint8_t *)data)[i] = (uint8_t)ch; break;
    case 2: ((uint16_t *)data)[i] = (uint16_t)ch; break;
    default: ((uint32_t *)data)[i] = ch; break;
    }
}

/* The narrowest kind holding maxchar: 1, 2 or 4. */
static inline int gp_ucs_kind_for(uint32_t maxchar)
{
    return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
}

/* Largest code point of data[0..n) (0 if n == 0). */
uint32_t gp_ucs_max_char(int kind, const void *data, size_t n);
/* Largest of the n code points data[start], data[start+step], ... */
uint32_t gp_ucs_max_char_step(int kind, const void *data, size_t start,
                              ptrdiff_t step, size_t n);
/* Copy n code points src[soff..] to dst[doff..], converting width; when
 * narrowing, every copied code point must fit dkind.  Overlap: only when
 * dkind == skind (memmove). */
void gp_ucs_copy(int dkind, void *dst, size_t doff,
                 int skind, const void *src, size_t soff, size_t n);
/* dst[0..n) = src[start], src[start+step], ... (step != 0; a slice). */
void gp_ucs_copy_step(int dkind, void *dst, int skind, const void *src,
                      size_t start, ptrdiff_t step, size_t n);
/* data[start..start+n) = ch. */
void gp_ucs_fill(int kind, void *data, size_t start, size_t n, uint32_t ch);
/* CPython's PySlice_AdjustIndices: clamp *start and *stop for a sequence of
 * `length` items and return the slice length.  step != 0. */
size_t gp_ucs_slice_adjust(size_t length, ptrdiff_t *start, ptrdiff_t *stop,
                           ptrdiff_t step);

/* ----------------------------------------------------------------------- */
/* Comparison (code point order, as str's < and ==)                         */

/* <0, 0 or >0. */
int gp_ucs_compare(int k1, const void *d1, size_t n1,
                   int k2, const void *d2, size_t n2);
int gp_ucs_equal(int k1, const void *d1, size_t n1,
                 int k2, const void *d2, size_t n2);

/* ----------------------------------------------------------------------- */
/* UTF-8                                                                    */

typedef enum GpUcsErrorCode {
    GP_UCS_OK = 0,
    GP_UCS_DECODE_ERROR,        /* -> UnicodeDecodeError */
    GP_UCS_ENCODE_ERROR         /* -> UnicodeEncodeError */
} GpUcsErrorCode;

/* What CPython's exception would carry: the codec is always 'utf-8'. */
typedef struct GpUcsError {
    GpUcsErrorCode code;
    size_t start, end;          /* bytes (decode) or code points (encode) */
    uint32_t object_char;       /* the byte (decode) / code point (encode)
                                   at start, for the one-item message */
    const char *reason;         /* static: "invalid start byte", ... */
} GpUcsError;

/* str(exc) exactly as CPython, e.g. "'utf-8' codec can't decode byte 0xff
 * in position 3: invalid start byte".  snprintf-style: writes at most cap
 * bytes with a NUL, returns the full length. */
size_t gp_ucs_error_format(const GpUcsError *e, char *buf, size_t cap);

typedef struct GpUcsInfo {
    size_t length;              /* code points */
    uint32_t maxchar;
    int kind;                   /* gp_ucs_kind_for(maxchar) */
    int ascii;                  /* maxchar < 128 */
} GpUcsInfo;

/* Decode the code point of well-formed UTF-8 at s[*i], advancing *i (for
 * text already validated, or produced by this program). */
static inline uint32_t gp_ucs_utf8_next(const char *str, size_t len, size_t *i)
{
    const unsigned char *s = (const unsigned char *)str;
    uint32_t c = s[(*i)++];
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (more)
        c &= 0x3Fu >> more;
    while (more-- && *i < len)
        c = (c << 6) | (s[(*i)++] & 0x3Fu);
    return c;
}

/* MEASURE: validate s[0..n) strictly (no overlongs, surrogates or values
 * above U+10FFFF) as CPython's bytes.decode('utf-8').  0 and *info on
 * success; -1 and *err (first error, positions in bytes) on failure. */
int gp_ucs_utf8_scan(const char *s, size_t n, GpUcsInfo *info, GpUcsError *err);
/* WRITE: decode s (which gp_ucs_utf8_scan accepted) into dst of `kind`
 * (>= the scanned kind); returns the number of code points. */
size_t gp_ucs_utf8_decode(const char *s, size_t n, int kind, void *dst);

/* MEASURE: the UTF-8 size of data[0..n) into *size: 0, or -1 and *err for
 * a surrogate ("surrogates not allowed", a run of surrogates is one error,
 * as CPython's strict encoder). */
int gp_ucs_utf8_size(int kind, const void *data, size_t n, size_t *size,
                     GpUcsError *err);
/* WRITE: encode (surrogate-free) data; returns the bytes written (no NUL). */
size_t gp_ucs_utf8_encode(int kind, const void *data, size_t n, char *dst);

/* ----------------------------------------------------------------------- */
/* Searching: CPython's str.find/rfind/count/startswith/endswith, including
 * their handling of start/end (h[start:end]) and of the empty needle.
 * Plain loops for short needles, Horspool for long ones (ucs.c).          */

ptrdiff_t gp_ucs_find(int hk, const void *h, size_t hn,
                      int nk, const void *nd, size_t nn,
                      ptrdiff_t start, ptrdiff_t end);
ptrdiff_t gp_ucs_rfind(int hk, const void *h, size_t hn,
                       int nk, const void *nd, size_t nn,
                       ptrdiff_t start, ptrdiff_t end);
/* Non-overlapping occurrences, at most maxcount (SIZE_MAX: no limit). */
size_t gp_ucs_count(int hk, const void *h, size_t hn,
                    int nk, const void *nd, size_t nn,
                    ptrdiff_t start, ptrdiff_t end, size_t maxcount);
int gp_ucs_startswith(int hk, const void *h, size_t hn,
                      int nk, const void *nd, size_t nn,
                      ptrdiff_t start, ptrdiff_t end);
int gp_ucs_endswith(int hk, const void *h, size_t hn,
                    int nk, const void *nd, size_t nn,
                    ptrdiff_t start, ptrdiff_t end);
/* First index >= from of code point ch, or -1 (str.index of one char,
 * str.partition with a one-char separator...). */
ptrdiff_t gp_ucs_find_char(int kind, const void *data, size_t n, size_t from,
                           uint32_t ch);

/* ----------------------------------------------------------------------- */
/* Splitting and stripping: iterators over index ranges                     */

/* str.split() with no separator.  Start with *pos = 0; each call returns 1
 * and the next word [*start, *end), or 0 when there are no more.  After
 * maxsplit words, call once with rest = 1 to get the remainder as CPython
 * does (leading whitespace skipped, trailing kept). */
int gp_ucs_split_ws_next(int kind, const void *data, size_t n, size_t *pos,
                         int rest, size_t *start, size_t *end);
/* str.rsplit() with no separator: the same from the right.  Start with
 * *pos = n; words come last first. */
int gp_ucs_rsplit_ws_next(int kind, const void *data, size_t n, size_t *pos,
                          int rest, size_t *start, size_t *end);
/* str.splitlines(): start with *pos = 0; each call returns 1 and a line
 * [*start, *end) without its terminator and *eol the end with it ("\r\n"
 * counts as one), or 0 at the end. */
int gp_ucs_splitlines_next(int kind, const void *data, size_t n, size_t *pos,
                           size_t *start, size_t *end, size_t *eol);

#define GP_UCS_LEFT  1
#define GP_UCS_RIGHT 2
#define GP_UCS_BOTH  3
/* str.strip()/lstrip()/rstrip() without argument: the kept range. */
void gp_ucs_strip_ws(int kind, const void *data, size_t n, int which,
                     size_t *start, size_t *end);
/* With an argument: strip any code point of chars[0..cn). */
void gp_ucs_strip_chars(int kind, const void *data, size_t n,
                        int ck, const void *chars, size_t cn, int which,
                        size_t *start, size_t *end);

/* ----------------------------------------------------------------------- */
/* Padding and tabs                                                         */

/* The left/right fill of str.center(width) for a text of length n < width. */
void gp_ucs_center_margins(size_t n, size_t width, size_t *left, size_t *right);
/* dst = fill*left + src[0..n) + fill*right  (dkind holds all of it). */
void gp_ucs_pad(int dkind, void *dst, size_t left, int skind, const void *src,
                size_t n, size_t right, uint32_t fill);
/* str.zfill(width) for n < width: dst gets width code points. */
void gp_ucs_zfill(int dkind, void *dst, int skind, const void *src, size_t n,
                  size_t width);
/* MEASURE str.expandtabs(tabsize): length of the result, or SIZE_MAX on
 * overflow (OverflowError "new string is too long").  The kind is kept. */
size_t gp_ucs_expandtabs_size(int kind, const void *data, size_t n,
                              ptrdiff_t tabsize);
/* WRITE it into dst (same kind as data). */
void gp_ucs_expandtabs(int kind, const void *data, size_t n, ptrdiff_t tabsize,
                       void *dst);

/* ----------------------------------------------------------------------- */
/* Character database (ucs_chars.c): per code point, as CPython's
 * Py_UNICODE_IS* / _PyUnicode_Is*; ch > U+10FFFF answers 0 / -1.           */

const char *gp_ucs_unicode_version(void);   /* "14.0.0" */

int gp_ucs_isalpha(uint32_t ch);
int gp_ucs_isdecimal(uint32_t ch);
int gp_ucs_isdigit(uint32_t ch);
int gp_ucs_isnumeric(uint32_t ch);
int gp_ucs_isalnum(uint32_t ch);
int gp_ucs_isspace(uint32_t ch);
int gp_ucs_islower(uint32_t ch);            /* Lowercase property */
int gp_ucs_isupper(uint32_t ch);            /* Uppercase property */
int gp_ucs_istitle(uint32_t ch);            /* category Lt */
int gp_ucs_isprintable(uint32_t ch);
int gp_ucs_isxidstart(uint32_t ch);
int gp_ucs_isxidcontinue(uint32_t ch);
int gp_ucs_iscased(uint32_t ch);
int gp_ucs_iscaseignorable(uint32_t ch);
int gp_ucs_islinebreak(uint32_t ch);        /* a str.splitlines() boundary */
/* Decimal value 0..9 of a decimal (Nd) code point, else -1: what int() and
 * float() use.  digit: also superscripts, circled digits...; else -1. */
int gp_ucs_decimal(uint32_t ch);
int gp_ucs_digit(uint32_t ch);

/* Full case mappings of one code point (1 to 3 code points into out[3]);
 * returns the count.  lower() here is context-free: 'Σ' -> 'σ'. */
int gp_ucs_to_lower_full(uint32_t ch, uint32_t out[3]);
int gp_ucs_to_upper_full(uint32_t ch, uint32_t out[3]);
int gp_ucs_to_title_full(uint32_t ch, uint32_t out[3]);
int gp_ucs_to_fold_full(uint32_t ch, uint32_t out[3]);

/* str.isX() for a whole text, with CPython's answer for the empty text
 * (False, except IS_PRINTABLE and IS_ASCII: True). */
typedef enum GpUcsClass {
    GP_UCS_IS_ALPHA, GP_UCS_IS_DECIMAL, GP_UCS_IS_DIGIT, GP_UCS_IS_NUMERIC,
    GP_UCS_IS_ALNUM, GP_UCS_IS_SPACE, GP_UCS_IS_PRINTABLE, GP_UCS_IS_ASCII,
    GP_UCS_IS_UPPER, GP_UCS_IS_LOWER, GP_UCS_IS_TITLE, GP_UCS_IS_IDENTIFIER
} GpUcsClass;
int gp_ucs_text_is(GpUcsClass cls, int kind, const void *data, size_t n);

/* Case mapping of a whole text, as str.lower() etc. (full mappings, the
 * final-sigma rule, 3.8+ capitalize with a titlecased first character). */
typedef enum GpUcsCase {
    GP_UCS_LOWER, GP_UCS_UPPER, GP_UCS_CASEFOLD, GP_UCS_SWAPCASE,
    GP_UCS_CAPITALIZE, GP_UCS_TITLECASE
} GpUcsCase;
/* MEASURE: result length (at most 3 * n) and *maxchar. */
size_t gp_ucs_case_size(GpUcsCase op, int kind, const void *data, size_t n,
                        uint32_t *maxchar);
/* WRITE into dst of dkind (must hold the measured maxchar). */
void gp_ucs_case_map(GpUcsCase op, int kind, const void *data, size_t n,
                     int dkind, void *dst);

/* For int()/float() of a str (CPython's _PyUnicode_TransformDecimalAndSpace
 * ToASCII): out[i] = '0'+value for decimal code points, ' ' for whitespace,
 * the code point itself if ASCII.  Returns n, or the index of the first
 * code point that is none of these (out filled up to it). */
size_t gp_ucs_to_ascii_digits(int kind, const void *data, size_t n, char *out);

#endif
