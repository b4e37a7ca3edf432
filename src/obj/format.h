/*
 * format.h - the format-spec mini-language (format(x, spec), str.format,
 * f-strings) and printf-style %-formatting of numbers, exactly as CPython
 * 3.11 (Python/formatter_unicode.c, Python/pystrtod.c, the %-operator in
 * Objects/unicodeobject.c) for int, float and str.
 *
 * Pure C, no objects.  The int, float and str types call these with raw
 * values and turn a GpFormatError into the exception it names.
 *
 * Text is UTF-8 everywhere: the spec, a str value and the output.  Widths,
 * precisions and fill count code points, as Python does; a fill may be any
 * code point.  Lone surrogates (which a Python str may hold) are expected
 * encoded as 3-byte sequences and are counted as one code point like any
 * other.  Numbers are always formatted as C-locale ASCII ('n' == 'd'/'g').
 *
 * Output goes to a GpFormatBuf, appended after whatever it already holds.
 * On error the buffer's length is restored to what it was on entry.
 */
#ifndef GP_OBJ_FORMAT_H
#define GP_OBJ_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <gmp.h>

/* ---- output buffer --------------------------------------------------------
 * A growable byte buffer whose memory comes from a caller-chosen allocator
 * (the str type routes it to the image allocator):
 *   grow(ctx, p, old, new)   returns a block of new bytes holding the first
 *                            old bytes of p (p == NULL, old == 0: a fresh
 *                            block); NULL when out of memory (p untouched)
 *   release(ctx, p, size)    gives back a block of size bytes
 * With both NULL, malloc/realloc/free are used.  Temporary work space
 * (digit strings of huge ints, long float strings) comes from the same
 * allocator.  data is NOT NUL-terminated unless gp_format_buf_cstr is
 * called.  The owner releases the memory with gp_format_buf_free, or takes
 * data over (then it must release it with the same allocator, size cap). */
typedef void *(*GpFormatGrowFn)(void *ctx, void *p, size_t old_size, size_t new_size);
typedef void (*GpFormatReleaseFn)(void *ctx, void *p, size_t size);

typedef struct GpFormatBuf {
    char *data;
    size_t len, cap;
    GpFormatGrowFn grow;
    GpFormatReleaseFn release;
    void *ctx;
} GpFormatBuf;

void gp_format_buf_init(GpFormatBuf *b, GpFormatGrowFn grow,
                        GpFormatReleaseFn release, void *ctx);
void gp_format_buf_free(GpFormatBuf *b);
/* Make room for n more bytes; 0 or -1 (out of memory). */
int gp_format_buf_reserve(GpFormatBuf *b, size_t n);
int gp_format_buf_append(GpFormatBuf *b, const char *s, size_t n);
/* NUL-terminate data (the NUL is not counted in len); NULL if no memory. */
const char *gp_format_buf_cstr(GpFormatBuf *b);

/* ---- errors ----------------------------------------------------------------
 * Every function returns 0, or -1 with *err describing the exception to
 * raise.  msg is CPython's message (truncated only if it quotes a spec
 * longer than the buffer). */
typedef enum GpFormatErrKind {
    GP_FORMAT_OK = 0,
    GP_FORMAT_VALUE_ERROR,
    GP_FORMAT_OVERFLOW_ERROR,
    GP_FORMAT_TYPE_ERROR,
    GP_FORMAT_MEMORY_ERROR
} GpFormatErrKind;

#define GP_FORMAT_MSG_MAX 320

typedef struct GpFormatError {
    GpFormatErrKind kind;
    char msg[GP_FORMAT_MSG_MAX];
} GpFormatError;

/* ---- the format-spec mini-language ----------------------------------------
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * The defaults depend on what is formatted, so the parser is told. */
typedef enum GpFormatKind {
    GP_FORMAT_INT,      /* default type 'd', default align '>' */
    GP_FORMAT_FLOAT,    /* default type none (0), align '>' */
    GP_FORMAT_STR       /* default type 's', align '<' */
} GpFormatKind;

typedef struct GpFormatSpec {
    uint32_t fill;          /* code point, ' ' unless given (or '0' flag) */
    char align;             /* '<' '>' '^' '=' (default filled in) */
    char sign;              /* 0 (unspecified), '+', '-' or ' ' */
    bool no_neg_0;          /* 'z' */
    bool alternate;         /* '#' */
    char thousands;         /* 0, ',' or '_' */
    int64_t width;          /* -1: none */
    int64_t precision;      /* -1: none */
    uint32_t type;          /* type code point; 0: none (floats only) */
} GpFormatSpec;

/* Parse spec (UTF-8, len bytes; type_name is used in messages, e.g.
 * "int", "bool", "float", "str" or a subclass's name).  Performs the
 * type-independent checks CPython's parser does ("Invalid format
 * specifier ...", "Format specifier missing precision", "Cannot specify
 * ',' with 's'.", "Cannot specify both ',' and '_'.", "Too many decimal
 * digits in format string").  An empty spec parses to the defaults, but
 * see the format functions for what empty means. */
int gp_format_parse(const char *spec, size_t len, GpFormatKind kind,
                    const char *type_name, GpFormatSpec *out, GpFormatError *err);

/* format(v, spec) for an int.  Types b c d o x X n, none, and e E f F g G %
 * (converted to float, correctly rounded; OverflowError "int too large to
 * convert to float").  An empty spec gives str(v): right for int and for
 * spec-less fast paths, but a subclass (bool!) must call its own str()
 * when spec is empty, as CPython does.  type_name as for gp_format_parse.
 * CPython's int_max_str_digits limit (4300 decimal digits) is the int
 * type's to enforce before calling: it is interpreter state. */
int gp_format_int(GpFormatBuf *out, const mpz_t v, const char *spec, size_t len,
                  const char *type_name, GpFormatError *err);
int gp_format_int64(GpFormatBuf *out, int64_t v, const char *spec, size_t len,
                    const char *type_name, GpFormatError *err);
/* The same with a spec parsed by gp_format_parse(..., GP_FORMAT_INT, ...). */
int gp_format_int_spec(GpFormatBuf *out, const mpz_t v, const GpFormatSpec *spec,
                       const char *type_name, GpFormatError *err);

/* format(v, spec) for a float: e E f F g G n % and none.  Empty spec gives
 * repr(v) (== str(v)); a subclass must call its own str() then.  Any
 * precision up to INT_MAX works (ValueError "precision too big" beyond). */
int gp_format_double(GpFormatBuf *out, double v, const char *spec, size_t len,
                     const char *type_name, GpFormatError *err);
int gp_format_double_spec(GpFormatBuf *out, double v, const GpFormatSpec *spec,
                          const char *type_name, GpFormatError *err);

/* format(s, spec) for a str of len UTF-8 bytes: 's' and none, precision
 * truncates, width/fill/align pad.  Empty spec copies s. */
int gp_format_str(GpFormatBuf *out, const char *s, size_t len,
                  const char *spec, size_t speclen,
                  const char *type_name, GpFormatError *err);
int gp_format_str_spec(GpFormatBuf *out, const char *s, size_t len,
                       const GpFormatSpec *spec, const char *type_name,
                       GpFormatError *err);

/* repr-style shortest formatting of a double with an explicit mode, as
 * PyOS_double_to_string(v, code, precision, flags): code is one of
 * 'e' 'E' 'f' 'F' 'g' 'G' 'r'; flags are GP_FORMAT_DTSF_*.  float.__repr__
 * and the %-operator build on it; exposed for str(), '%r' and friends. */
#define GP_FORMAT_DTSF_SIGN     0x01    /* always add the sign */
#define GP_FORMAT_DTSF_ADD_DOT_0 0x02   /* integral fixed output gets ".0" */
#define GP_FORMAT_DTSF_ALT      0x04    /* '#': keep '.', trailing zeros */
#define GP_FORMAT_DTSF_NO_NEG_0 0x08    /* 'z': no "-0" results */
int gp_format_double_raw(GpFormatBuf *out, double v, char code, int precision,
                         int flags, GpFormatError *err);

/* ---- printf-style %-formatting ---------------------------------------------
 * One conversion of 'fmt % args', after the str type has parsed the
 * directive and fetched the argument.  gp_format_percent_parse does the
 * parsing; '*' width/precision are taken from the arguments by the caller
 * (gp_format_percent_star applies CPython's rules to the value). */
#define GP_FORMAT_PCT_LJUST 0x01    /* '-' */
#define GP_FORMAT_PCT_SIGN  0x02    /* '+' */
#define GP_FORMAT_PCT_BLANK 0x04    /* ' ' */
#define GP_FORMAT_PCT_ALT   0x08    /* '#' */
#define GP_FORMAT_PCT_ZERO  0x10    /* '0' */

typedef struct GpFormatPercent {
    int flags;              /* GP_FORMAT_PCT_* */
    int64_t width;          /* -1: none */
    int precision;          /* -1: none */
    bool width_star;        /* width was '*': caller supplies it */
    bool precision_star;    /* precision was '*': caller supplies it */
    bool has_key;           /* "%(name)d": key is fmt[key_start, key_end) */
    size_t key_start, key_end;
    char conv;              /* conversion character (0 if the format ends) */
    uint32_t conv_cp;       /* ... as a code point (non-ASCII ones) */
    size_t conv_at;         /* where the conversion character starts in fmt */
    bool bytes;             /* set by the caller for bytes % x: widths and
                               precisions count bytes, not code points */
} GpFormatPercent;

/* Parse the directive starting just after a '%' at fmt[*pos] (UTF-8,
 * len bytes); *pos ends just after the conversion character.  Errors:
 * ValueError "incomplete format key", "incomplete format", "width too
 * big", "precision too big".  An unknown conversion character is left for
 * the caller: its message needs the character's index ("unsupported
 * format character 'q' (0x71) at index 3"). */
int gp_format_percent_parse(const char *fmt, size_t len, size_t *pos,
                            GpFormatPercent *p, GpFormatError *err);

/* Apply a '*' argument's value: a negative width sets '-' and uses |w|;
 * a negative precision becomes 0. */
void gp_format_percent_star_width(GpFormatPercent *p, int64_t w);
void gp_format_percent_star_precision(GpFormatPercent *p, int prec);

/* %d %i %u %o %x %X of an int (the caller has applied int() / index()
 * conversion and raised its TypeErrors: "%x format: an integer is
 * required, not float", "%d format: a real number is required, not str"). */
int gp_format_percent_int(GpFormatBuf *out, const GpFormatPercent *p, const mpz_t v,
                          GpFormatError *err);
int gp_format_percent_int64(GpFormatBuf *out, const GpFormatPercent *p, int64_t v,
                            GpFormatError *err);
/* %e %E %f %F %g %G of a double. */
int gp_format_percent_double(GpFormatBuf *out, const GpFormatPercent *p, double v,
                             GpFormatError *err);
/* %s %r %a of an already converted str (UTF-8), and %c of a code point
 * (the caller checks "%c arg not in range(0x110000)" / "%c requires int or
 * char"; gp_format_percent_char_check does the range part). */
int gp_format_percent_str(GpFormatBuf *out, const GpFormatPercent *p,
                          const char *s, size_t len, GpFormatError *err);
int gp_format_percent_char(GpFormatBuf *out, const GpFormatPercent *p, uint32_t cp,
                           GpFormatError *err);
int gp_format_percent_char_check(const mpz_t v, uint32_t *cp, GpFormatError *err);

/* float(v) for an int, rounded half-even as CPython does; -1 with
 * OverflowError "int too large to convert to float". */
int gp_format_mpz_to_double(const mpz_t v, double *out, GpFormatError *err);

#endif
