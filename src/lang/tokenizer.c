/*
 * tokenizer.c - Python 3.11 tokens (tokenizer.h).
 *
 * The structure follows CPython's tok_get() closely, function by function,
 * because the differential tests compare not only tokens but also the
 * message, line and column of every error with CPython's: where CPython
 * backs up a character before reporting, so do we.
 */
#include "lang/tokenizer.h"

#include "obj/ucs.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lang/literal.h"

#define TABSIZE 8
#define ALTTABSIZE 1
#define EOF_CHAR (-1)

/* ==== errors ============================================================= */

const char *gp_tokenizer_line(const GpTokenizer *tok, int lineno, size_t *len)
{
    const char *p = tok->buf;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(tok->end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p >= tok->end)
        return NULL;
    const char *nl = memchr(p, '\n', (size_t)(tok->end - p));
    *len = nl ? (size_t)(nl - p) : (size_t)(tok->end - p);
    return p;
}

/* Characters in the first boff bytes of a line (with its \n), as CPython's
 * _PyPegen_byte_offset_to_character_offset counts them. */
static int char_offset(const char *line, size_t linelen, long boff)
{
    if (boff <= 0)
        return (int)boff;
    size_t full = linelen + 1; /* the \n */
    size_t b = (size_t)boff;
    int extra = 0;
    if (b > full) {
        extra = 1;
        b = full;
    }
    int n = 0;
    for (size_t i = 0; i < b; i++) {
        unsigned char c = i < linelen ? (unsigned char)line[i] : '\n';
        if ((c & 0xC0) != 0x80)
            n++;
    }
    return n + extra;
}

static void set_text(GpTokenizer *tok, int lineno)
{
    size_t len = 0;
    const char *line = gp_tokenizer_line(tok, lineno, &len);
    tok->err->text[0] = '\0';
    if (!line)
        return;
    if (len > GP_ERR_TEXT_MAX - 2)
        len = GP_ERR_TEXT_MAX - 2;
    memcpy(tok->err->text, line, len);
    tok->err->text[len] = '\n';
    tok->err->text[len + 1] = '\0';
}

void gp_tokenizer_error_at(GpTokenizer *tok, GpErrKind kind, int lineno, int boff,
                           int end_lineno, int end_boff, const char *msg)
{
    GpSyntaxError *e = tok->err;
    e->kind = kind;
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    e->has_location = 1;
    e->lineno = lineno;
    e->end_lineno = end_lineno;
    size_t len = 0;
    const char *line = gp_tokenizer_line(tok, lineno, &len);
    e->offset = line ? char_offset(line, len, boff) : boff;
    if (end_boff >= 0) {
        const char *eline = gp_tokenizer_line(tok, end_lineno, &len);
        e->end_offset = eline ? char_offset(eline, len, end_boff) : end_boff;
    } else {
        e->end_offset = end_boff;
    }
    set_text(tok, lineno);
}

/* CPython's syntaxerror(): the position is where the tokenizer stands. */
static GpTokType syntaxerror(GpTokenizer *tok, const char *fmt, ...)
{
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int boff = (int)(tok->cur - tok->line_start);
    gp_tokenizer_error_at(tok, GP_ERR_SYNTAX, tok->lineno, boff, tok->lineno, boff, msg);
    tok->done = GP_TOKD_ERROR;
    return GP_TOK_ERRORTOKEN;
}

static GpTokType syntaxerror_known_range(GpTokenizer *tok, int col_offset, int end_col_offset,
                                         const char *msg)
{
    gp_tokenizer_error_at(tok, GP_ERR_SYNTAX, tok->lineno, col_offset, tok->lineno,
                          end_col_offset, msg);
    tok->done = GP_TOKD_ERROR;
    return GP_TOK_ERRORTOKEN;
}

static void plain_error(GpSyntaxError *err, const char *msg)
{
    err->kind = GP_ERR_SYNTAX;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    err->has_location = 0;
    err->lineno = err->offset = err->end_lineno = err->end_offset = 0;
    err->text[0] = '\0';
}

/* ==== preparing the text ================================================= */

/* CPython's get_normal_name() */
static void normal_name(const char *s, size_t n, char *out, size_t outlen)
{
    char buf[13];
    size_t i;
    for (i = 0; i < 12 && i < n; i++) {
        char c = s[i];
        buf[i] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    buf[i] = '\0';
    if (strcmp(buf, "utf-8") == 0 || strncmp(buf, "utf-8-", 6) == 0)
        snprintf(out, outlen, "utf-8");
    else if (strcmp(buf, "latin-1") == 0 || strcmp(buf, "iso-8859-1") == 0 ||
             strcmp(buf, "iso-latin-1") == 0 || strncmp(buf, "latin-1-", 8) == 0 ||
             strncmp(buf, "iso-8859-1-", 11) == 0 || strncmp(buf, "iso-latin-1-", 12) == 0)
        snprintf(out, outlen, "iso-8859-1");
    else
        snprintf(out, outlen, "%.*s", (int)(n < 60 ? n : 60), s);
}

/* Look for a coding spec on one line.  Returns 1 and the name when found,
 * 0 when none (and *code_line = 1 when the line holds code). */
static int coding_spec(const char *s, size_t size, char *name, size_t namelen, int *code_line)
{
    size_t i;
    *code_line = 0;
    for (i = 0; i < size; i++) {
        if (s[i] == '#')
            break;
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\014') {
            if (s[i] != '\n' && s[i] != '\r')
                *code_line = 1;
            return 0;
        }
    }
    for (; i + 6 < size; i++) {
        const char *t = s + i;
        if (memcmp(t, "coding", 6) != 0)
            continue;
        t += 6;
        if (t[0] != ':' && t[0] != '=')
            continue;
        do
            t++;
        while (t < s + size && (t[0] == ' ' || t[0] == '\t'));
        const char *begin = t;
        while (t < s + size && ((t[0] >= 'a' && t[0] <= 'z') || (t[0] >= 'A' && t[0] <= 'Z') ||
                                (t[0] >= '0' && t[0] <= '9') || t[0] == '-' || t[0] == '_' ||
                                t[0] == '.'))
            t++;
        if (begin < t) {
            normal_name(begin, (size_t)(t - begin), name, namelen);
            return 1;
        }
    }
    return 0;
}

static int is_utf8_name(const char *n)
{
    return strcmp(n, "utf-8") == 0 || strcmp(n, "utf8") == 0 || strcmp(n, "u8") == 0 ||
           strcmp(n, "ascii") == 0 || strcmp(n, "us-ascii") == 0 || strcmp(n, "utf") == 0;
}

static int is_latin1_name(const char *n)
{
    return strcmp(n, "iso-8859-1") == 0 || strcmp(n, "latin1") == 0 || strcmp(n, "latin") == 0 ||
           strcmp(n, "l1") == 0 || strcmp(n, "iso8859-1") == 0 || strcmp(n, "8859") == 0 ||
           strcmp(n, "cp819") == 0;
}

int gp_tokenizer_init(GpTokenizer *tok, GpAstArena *arena, const char *src, size_t len,
                      const char *filename, GpSyntaxError *err)
{
    memset(tok, 0, sizeof *tok);
    tok->arena = arena;
    tok->err = err;
    err->filename = filename;
    if (memchr(src, '\0', len)) {
        plain_error(err, "source code string cannot contain null bytes");
        return -1;
    }
    int bom = 0;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        bom = 1;
        src += 3;
        len -= 3;
    }
    /* the coding cookie: line 1, or line 2 if line 1 holds no code */
    int latin1 = 0;
    const char *line = src, *srcend = src + len;
    for (int l = 0; l < 2 && line < srcend; l++) {
        const char *nl = line;
        while (nl < srcend && *nl != '\n' && *nl != '\r')
            nl++;
        char name[64];
        int code_line = 0;
        if (coding_spec(line, (size_t)(nl - line), name, sizeof name, &code_line)) {
            if (bom && strcmp(name, "utf-8") != 0) {
                char msg[128];
                snprintf(msg, sizeof msg, "encoding problem: %s with BOM", name);
                plain_error(err, msg);
                err->has_location = 1;
                err->lineno = 0;
                err->offset = -1;
                return -1;
            }
            if (is_latin1_name(name)) {
                latin1 = 1;
            } else if (!is_utf8_name(name)) {
                char msg[128];
                snprintf(msg, sizeof msg, "unknown encoding: %s", name);
                plain_error(err, msg);
                err->has_location = 1;
                err->lineno = 0;
                err->offset = -1;
                return -1;
            }
            break;
        }
        if (code_line)
            break;
        if (nl < srcend && *nl == '\r' && nl + 1 < srcend && nl[1] == '\n')
            nl++;
        line = nl + 1;
    }
    /* the text: latin-1 turned into UTF-8, newlines translated, a final \n */
    size_t cap = (latin1 ? 2 * len : len) + 2;
    char *buf = gp_astarena_alloc(arena, cap);
    if (!buf) {
        plain_error(err, "out of memory");
        err->kind = GP_ERR_MEMORY;
        return -1;
    }
    char *o = buf;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\r') {
            *o++ = '\n';
            if (i + 1 < len && src[i + 1] == '\n')
                i++;
        } else if (latin1 && c >= 0x80) {
            o += gp_literal_utf8_encode(c, o);
        } else {
            *o++ = (char)c;
        }
    }
    if (o == buf || o[-1] != '\n')
        *o++ = '\n';
    *o = '\0';
    tok->buf = buf;
    tok->end = o;
    tok->cur = buf;
    tok->line_start = buf;
    tok->lineno = 1;
    tok->atbol = 1;
    tok->done = GP_TOKD_OK;
    /* CPython refuses non-UTF-8 text where it decodes it; we check it all */
    int lineno = 1;
    const char *ls = buf;
    for (const char *p = buf; p < o;) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            if (c == '\n') {
                lineno++;
                ls = p + 1;
            }
            p++;
            continue;
        }
        uint32_t cp;
        int n = gp_literal_utf8_decode(p, (size_t)(o - p), &cp, 0);
        if (n == 0) {
            const char *why = (c >= 0x80 && c < 0xC2) || c > 0xF4 ? "invalid start byte"
                              : (p + 1 >= o)                     ? "unexpected end of data"
                                                                 : "invalid continuation byte";
            char msg[200];
            snprintf(msg, sizeof msg,
                     "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                     c, (int)(p - ls), why);
            tok->lineno = lineno;
            int boff = (int)(p - ls) + 1;
            gp_tokenizer_error_at(tok, GP_ERR_SYNTAX, lineno, boff, lineno, boff, msg);
            return -1;
        }
        p += n;
    }
    return 0;
}

/* ==== characters ========================================================= */

static int tok_nextc(GpTokenizer *tok)
{
    if (tok->newline_pending) {
        if (tok->cur >= tok->end) {
            tok->done = GP_TOKD_EOF;
            return EOF_CHAR;
        }
        tok->newline_pending = 0;
        tok->lineno++;
        tok->line_start = tok->cur;
    }
    if (tok->cur >= tok->end) {
        tok->done = GP_TOKD_EOF;
        return EOF_CHAR;
    }
    int c = (unsigned char)*tok->cur++;
    if (c == '\n')
        tok->newline_pending = 1;
    return c;
}

static void tok_backup(GpTokenizer *tok, int c)
{
    if (c == EOF_CHAR)
        return;
    tok->cur--;
    if (c == '\n')
        tok->newline_pending = 0;
}

static int is_potential_identifier_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static int is_potential_identifier_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 128;
}

static int isdigit_(int c)
{
    return c >= '0' && c <= '9';
}

static int isxdigit_(int c)
{
    return isdigit_(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* ==== operators ========================================================== */

static GpTokType one_char(int c)
{
    switch (c) {
    case '%': return GP_TOK_PERCENT;
    case '&': return GP_TOK_AMPER;
    case '(': return GP_TOK_LPAR;
    case ')': return GP_TOK_RPAR;
    case '*': return GP_TOK_STAR;
    case '+': return GP_TOK_PLUS;
    case ',': return GP_TOK_COMMA;
    case '-': return GP_TOK_MINUS;
    case '.': return GP_TOK_DOT;
    case '/': return GP_TOK_SLASH;
    case ':': return GP_TOK_COLON;
    case ';': return GP_TOK_SEMI;
    case '<': return GP_TOK_LESS;
    case '=': return GP_TOK_EQUAL;
    case '>': return GP_TOK_GREATER;
    case '@': return GP_TOK_AT;
    case '[': return GP_TOK_LSQB;
    case ']': return GP_TOK_RSQB;
    case '^': return GP_TOK_CIRCUMFLEX;
    case '{': return GP_TOK_LBRACE;
    case '|': return GP_TOK_VBAR;
    case '}': return GP_TOK_RBRACE;
    case '~': return GP_TOK_TILDE;
    default: return GP_TOK_OP;
    }
}

static GpTokType two_chars(int c1, int c2)
{
    switch (c1) {
    case '!': if (c2 == '=') return GP_TOK_NOTEQUAL; break;
    case '%': if (c2 == '=') return GP_TOK_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return GP_TOK_AMPEREQUAL; break;
    case '*':
        if (c2 == '*') return GP_TOK_DOUBLESTAR;
        if (c2 == '=') return GP_TOK_STAREQUAL;
        break;
    case '+': if (c2 == '=') return GP_TOK_PLUSEQUAL; break;
    case '-':
        if (c2 == '=') return GP_TOK_MINEQUAL;
        if (c2 == '>') return GP_TOK_RARROW;
        break;
    case '/':
        if (c2 == '/') return GP_TOK_DOUBLESLASH;
        if (c2 == '=') return GP_TOK_SLASHEQUAL;
        break;
    case ':': if (c2 == '=') return GP_TOK_COLONEQUAL; break;
    case '<':
        if (c2 == '<') return GP_TOK_LEFTSHIFT;
        if (c2 == '=') return GP_TOK_LESSEQUAL;
        if (c2 == '>') return GP_TOK_NOTEQUAL;
        break;
    case '=': if (c2 == '=') return GP_TOK_EQEQUAL; break;
    case '>':
        if (c2 == '=') return GP_TOK_GREATEREQUAL;
        if (c2 == '>') return GP_TOK_RIGHTSHIFT;
        break;
    case '@': if (c2 == '=') return GP_TOK_ATEQUAL; break;
    case '^': if (c2 == '=') return GP_TOK_CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return GP_TOK_VBAREQUAL; break;
    default: break;
    }
    return GP_TOK_OP;
}

static GpTokType three_chars(int c1, int c2, int c3)
{
    if (c3 != '=') {
        if (c1 == '.' && c2 == '.' && c3 == '.')
            return GP_TOK_ELLIPSIS;
        return GP_TOK_OP;
    }
    if (c1 == '*' && c2 == '*') return GP_TOK_DOUBLESTAREQUAL;
    if (c1 == '/' && c2 == '/') return GP_TOK_DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<') return GP_TOK_LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>') return GP_TOK_RIGHTSHIFTEQUAL;
    return GP_TOK_OP;
}

static const char *const keywords[] = {
    NULL, "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield",
};

static GpKeyword keyword_of(const char *s, size_t n)
{
    if (n < 2 || n > 8)
        return GP_KW_NOT_A_KEYWORD;
    for (size_t i = 1; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i]) == n && memcmp(keywords[i], s, n) == 0)
            return (GpKeyword)i;
    return GP_KW_NOT_A_KEYWORD;
}

const char *gp_token_name(GpTokType type)
{
    static const char *const names[GP_TOK_COUNT] = {
        "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
        "LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS",
        "STAR", "SLASH", "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT",
        "PERCENT", "LBRACE", "RBRACE", "EQEQUAL", "NOTEQUAL", "LESSEQUAL",
        "GREATEREQUAL", "TILDE", "CIRCUMFLEX", "LEFTSHIFT", "RIGHTSHIFT",
        "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL", "STAREQUAL", "SLASHEQUAL",
        "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL",
        "LEFTSHIFTEQUAL", "RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL", "DOUBLESLASH",
        "DOUBLESLASHEQUAL", "AT", "ATEQUAL", "RARROW", "ELLIPSIS", "COLONEQUAL",
        "OP", "ERRORTOKEN",
    };
    return (unsigned)type < GP_TOK_COUNT ? names[type] : "?";
}

/* ==== pieces of tok_get ================================================== */

static int verify_identifier(GpTokenizer *tok)
{
    const char *s = tok->start;
    size_t n = (size_t)(tok->cur - tok->start);
    size_t i = 0;
    int first = 1;
    while (i < n) {
        uint32_t cp;
        int k = gp_literal_utf8_decode(s + i, n - i, &cp, 0);
        if (k == 0)
            return 0; /* cannot happen: the text was checked */
        int ok = first ? (gp_literal_is_xid_start(cp) || cp == '_')
                       : gp_literal_is_xid_continue(cp);
        if (!ok) {
            if (i + (size_t)k < n)
                tok->cur = s + i + k;
            if (gp_ucs_isprintable(cp)) {
                char ch[5] = {0};
                memcpy(ch, s + i, (size_t)k);
                syntaxerror(tok, "invalid character '%s' (U+%04X)", ch, (unsigned)cp);
            } else {
                syntaxerror(tok, "invalid non-printable character U+%04X", (unsigned)cp);
            }
            return 0;
        }
        first = 0;
        i += (size_t)k;
    }
    return 1;
}

static int lookahead(GpTokenizer *tok, const char *test)
{
    const char *s = test;
    int res = 0;
    while (1) {
        int c = tok_nextc(tok);
        if (*s == 0) {
            res = !is_potential_identifier_char(c);
        } else if (c == *s) {
            s++;
            continue;
        }
        tok_backup(tok, c);
        while (s != test)
            tok_backup(tok, *--s);
        return res;
    }
}

static int verify_end_of_number(GpTokenizer *tok, int c, const char *kind)
{
    /* A keyword right after a number ("1if x else y") is accepted (CPython
     * warns); another name character is an error. */
    int r = 0;
    if (c == 'a')
        r = lookahead(tok, "nd");
    else if (c == 'e')
        r = lookahead(tok, "lse");
    else if (c == 'f')
        r = lookahead(tok, "or");
    else if (c == 'i') {
        int c2 = tok_nextc(tok);
        if (c2 == 'f' || c2 == 'n' || c2 == 's')
            r = 1;
        tok_backup(tok, c2);
    } else if (c == 'o')
        r = lookahead(tok, "r");
    else if (c == 'n')
        r = lookahead(tok, "ot");
    if (r) {
        return 1;
    }
    if (is_potential_identifier_char(c)) {
        tok_backup(tok, c);
        syntaxerror(tok, "invalid %s literal", kind);
        return 0;
    }
    return 1;
}

static int tok_decimal_tail(GpTokenizer *tok)
{
    int c;
    while (1) {
        do
            c = tok_nextc(tok);
        while (isdigit_(c));
        if (c != '_')
            break;
        c = tok_nextc(tok);
        if (!isdigit_(c)) {
            tok_backup(tok, c);
            syntaxerror(tok, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

static int tok_continuation_line(GpTokenizer *tok)
{
    int c = tok_nextc(tok);
    if (c != '\n') {
        tok->done = GP_TOKD_LINECONT;
        return -1;
    }
    c = tok_nextc(tok);
    if (c == EOF_CHAR) {
        tok->done = GP_TOKD_EOF;
        tok->cur = tok->end;
        return -1;
    }
    tok_backup(tok, c);
    return c;
}

/* CPython's tok->inp: the end of the current line, after its \n. */
static const char *line_end(const GpTokenizer *tok)
{
    const char *nl = memchr(tok->line_start, '\n', (size_t)(tok->end - tok->line_start));
    return nl ? nl + 1 : tok->end;
}

static GpTokType indenterror(GpTokenizer *tok)
{
    tok->done = GP_TOKD_TABSPACE;
    tok->cur = line_end(tok);
    return GP_TOK_ERRORTOKEN;
}

/* ==== tok_get ============================================================ */

static GpTokType tok_get(GpTokenizer *tok, const char **p_start, const char **p_end)
{
    int c;
    int blankline, nonascii;
    *p_start = *p_end = NULL;

nextline:
    tok->start = NULL;
    blankline = 0;

    /* indentation at the start of a line */
    if (tok->atbol) {
        int col = 0, altcol = 0, cont_line_col = 0;
        tok->atbol = 0;
        for (;;) {
            c = tok_nextc(tok);
            if (c == ' ') {
                col++, altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
            } else if (c == '\014') {
                col = altcol = 0;
            } else if (c == '\\') {
                cont_line_col = cont_line_col ? cont_line_col : col;
                if ((c = tok_continuation_line(tok)) == -1)
                    return GP_TOK_ERRORTOKEN;
            } else {
                break;
            }
        }
        tok_backup(tok, c);
        if (c == '#' || c == '\n')
            blankline = 1; /* comment-only and empty lines do not count */
        if (!blankline && tok->level == 0) {
            col = cont_line_col ? cont_line_col : col;
            altcol = cont_line_col ? cont_line_col : altcol;
            if (col == tok->indstack[tok->indent]) {
                if (altcol != tok->altindstack[tok->indent])
                    return indenterror(tok);
            } else if (col > tok->indstack[tok->indent]) {
                if (tok->indent + 1 >= GP_TOK_MAXINDENT) {
                    tok->done = GP_TOKD_TOODEEP;
                    tok->cur = line_end(tok);
                    return GP_TOK_ERRORTOKEN;
                }
                if (altcol <= tok->altindstack[tok->indent])
                    return indenterror(tok);
                tok->pendin++;
                tok->indstack[++tok->indent] = col;
                tok->altindstack[tok->indent] = altcol;
            } else {
                while (tok->indent > 0 && col < tok->indstack[tok->indent]) {
                    tok->pendin--;
                    tok->indent--;
                }
                if (col != tok->indstack[tok->indent]) {
                    tok->done = GP_TOKD_DEDENT;
                    tok->cur = line_end(tok);
                    return GP_TOK_ERRORTOKEN;
                }
                if (altcol != tok->altindstack[tok->indent])
                    return indenterror(tok);
            }
        }
    }

    tok->start = tok->cur;
    if (tok->pendin != 0) {
        if (tok->pendin < 0) {
            tok->pendin++;
            return GP_TOK_DEDENT;
        }
        tok->pendin--;
        return GP_TOK_INDENT;
    }

again:
    tok->start = NULL;
    do
        c = tok_nextc(tok);
    while (c == ' ' || c == '\t' || c == '\014');
    tok->start = tok->cur - 1;

    if (c == '#') {
        while (c != EOF_CHAR && c != '\n')
            c = tok_nextc(tok);
    }

    if (c == EOF_CHAR) {
        if (tok->level)
            return GP_TOK_ERRORTOKEN;
        return tok->done == GP_TOKD_EOF ? GP_TOK_ENDMARKER : GP_TOK_ERRORTOKEN;
    }

    /* identifiers, keywords, string prefixes */
    nonascii = 0;
    if (is_potential_identifier_start(c)) {
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
        while (1) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
                saw_b = 1;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
                saw_u = 1;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
                saw_r = 1;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
                saw_f = 1;
            else
                break;
            c = tok_nextc(tok);
            if (c == '"' || c == '\'')
                goto letter_quote;
        }
        while (is_potential_identifier_char(c)) {
            if (c >= 128)
                nonascii = 1;
            c = tok_nextc(tok);
        }
        tok_backup(tok, c);
        if (nonascii && !verify_identifier(tok))
            return GP_TOK_ERRORTOKEN;
        *p_start = tok->start;
        *p_end = tok->cur;
        return GP_TOK_NAME;
    }

    /* newline */
    if (c == '\n') {
        tok->atbol = 1;
        if (blankline || tok->level > 0)
            goto nextline;
        *p_start = tok->start;
        *p_end = tok->cur - 1; /* the \n is not part of the token */
        tok->cont_line = 0;
        return GP_TOK_NEWLINE;
    }

    /* a period, or a number starting with one */
    if (c == '.') {
        c = tok_nextc(tok);
        if (isdigit_(c)) {
            goto fraction;
        } else if (c == '.') {
            c = tok_nextc(tok);
            if (c == '.') {
                *p_start = tok->start;
                *p_end = tok->cur;
                return GP_TOK_ELLIPSIS;
            }
            tok_backup(tok, c);
            tok_backup(tok, '.');
        } else {
            tok_backup(tok, c);
        }
        *p_start = tok->start;
        *p_end = tok->cur;
        return GP_TOK_DOT;
    }

    /* numbers */
    if (isdigit_(c)) {
        if (c == '0') {
            c = tok_nextc(tok);
            if (c == 'x' || c == 'X') {
                c = tok_nextc(tok);
                do {
                    if (c == '_')
                        c = tok_nextc(tok);
                    if (!isxdigit_(c)) {
                        tok_backup(tok, c);
                        return syntaxerror(tok, "invalid hexadecimal literal");
                    }
                    do
                        c = tok_nextc(tok);
                    while (isxdigit_(c));
                } while (c == '_');
                if (!verify_end_of_number(tok, c, "hexadecimal"))
                    return GP_TOK_ERRORTOKEN;
            } else if (c == 'o' || c == 'O') {
                c = tok_nextc(tok);
                do {
                    if (c == '_')
                        c = tok_nextc(tok);
                    if (c < '0' || c >= '8') {
                        if (isdigit_(c))
                            return syntaxerror(tok, "invalid digit '%c' in octal literal", c);
                        tok_backup(tok, c);
                        return syntaxerror(tok, "invalid octal literal");
                    }
                    do
                        c = tok_nextc(tok);
                    while ('0' <= c && c < '8');
                } while (c == '_');
                if (isdigit_(c))
                    return syntaxerror(tok, "invalid digit '%c' in octal literal", c);
                if (!verify_end_of_number(tok, c, "octal"))
                    return GP_TOK_ERRORTOKEN;
            } else if (c == 'b' || c == 'B') {
                c = tok_nextc(tok);
                do {
                    if (c == '_')
                        c = tok_nextc(tok);
                    if (c != '0' && c != '1') {
                        if (isdigit_(c))
                            return syntaxerror(tok, "invalid digit '%c' in binary literal", c);
                        tok_backup(tok, c);
                        return syntaxerror(tok, "invalid binary literal");
                    }
                    do
                        c = tok_nextc(tok);
                    while (c == '0' || c == '1');
                } while (c == '_');
                if (isdigit_(c))
                    return syntaxerror(tok, "invalid digit '%c' in binary literal", c);
                if (!verify_end_of_number(tok, c, "binary"))
                    return GP_TOK_ERRORTOKEN;
            } else {
                int nonzero = 0;
                while (1) {
                    if (c == '_') {
                        c = tok_nextc(tok);
                        if (!isdigit_(c)) {
                            tok_backup(tok, c);
                            return syntaxerror(tok, "invalid decimal literal");
                        }
                    }
                    if (c != '0')
                        break;
                    c = tok_nextc(tok);
                }
                const char *zeros_end = tok->cur;
                if (isdigit_(c)) {
                    nonzero = 1;
                    c = tok_decimal_tail(tok);
                    if (c == 0)
                        return GP_TOK_ERRORTOKEN;
                }
                if (c == '.') {
                    c = tok_nextc(tok);
                    goto fraction;
                } else if (c == 'e' || c == 'E') {
                    goto exponent;
                } else if (c == 'j' || c == 'J') {
                    goto imaginary;
                } else if (nonzero) {
                    tok_backup(tok, c);
                    return syntaxerror_known_range(
                        tok, (int)(tok->start + 1 - tok->line_start),
                        (int)(zeros_end - tok->line_start),
                        "leading zeros in decimal integer literals are not permitted; use an 0o "
                        "prefix for octal integers");
                }
                if (!verify_end_of_number(tok, c, "decimal"))
                    return GP_TOK_ERRORTOKEN;
            }
        } else {
            c = tok_decimal_tail(tok);
            if (c == 0)
                return GP_TOK_ERRORTOKEN;
            if (c == '.') {
                c = tok_nextc(tok);
            fraction:
                if (isdigit_(c)) {
                    c = tok_decimal_tail(tok);
                    if (c == 0)
                        return GP_TOK_ERRORTOKEN;
                }
            }
            if (c == 'e' || c == 'E') {
                int e;
            exponent:
                e = c;
                c = tok_nextc(tok);
                if (c == '+' || c == '-') {
                    c = tok_nextc(tok);
                    if (!isdigit_(c)) {
                        tok_backup(tok, c);
                        return syntaxerror(tok, "invalid decimal literal");
                    }
                } else if (!isdigit_(c)) {
                    tok_backup(tok, c);
                    if (!verify_end_of_number(tok, e, "decimal"))
                        return GP_TOK_ERRORTOKEN;
                    tok_backup(tok, e);
                    *p_start = tok->start;
                    *p_end = tok->cur;
                    return GP_TOK_NUMBER;
                }
                c = tok_decimal_tail(tok);
                if (c == 0)
                    return GP_TOK_ERRORTOKEN;
            }
            if (c == 'j' || c == 'J') {
            imaginary:
                c = tok_nextc(tok);
                if (!verify_end_of_number(tok, c, "imaginary"))
                    return GP_TOK_ERRORTOKEN;
            } else if (!verify_end_of_number(tok, c, "decimal")) {
                return GP_TOK_ERRORTOKEN;
            }
        }
        tok_backup(tok, c);
        *p_start = tok->start;
        *p_end = tok->cur;
        return GP_TOK_NUMBER;
    }

letter_quote:
    if (c == '\'' || c == '"') {
        int quote = c;
        int quote_size = 1;
        int end_quote_size = 0;
        tok->first_lineno = tok->lineno;
        tok->multi_line_start = tok->line_start;
        c = tok_nextc(tok);
        if (c == quote) {
            c = tok_nextc(tok);
            if (c == quote)
                quote_size = 3;
            else
                end_quote_size = 1; /* the empty string */
        }
        if (c != quote)
            tok_backup(tok, c);
        while (end_quote_size != quote_size) {
            c = tok_nextc(tok);
            if (c == EOF_CHAR || (quote_size == 1 && c == '\n')) {
                /* report from the opening quote */
                tok->cur = tok->start + 1;
                tok->line_start = tok->multi_line_start;
                tok->newline_pending = 0;
                int start = tok->lineno;
                tok->lineno = tok->first_lineno;
                if (quote_size == 3)
                    return syntaxerror(tok,
                                       "unterminated triple-quoted string literal (detected at "
                                       "line %d)",
                                       start);
                return syntaxerror(tok, "unterminated string literal (detected at line %d)",
                                   start);
            }
            if (c == quote) {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if (c == '\\')
                    tok_nextc(tok); /* skip the escaped character */
            }
        }
        *p_start = tok->start;
        *p_end = tok->cur;
        return GP_TOK_STRING;
    }

    /* line continuation */
    if (c == '\\') {
        if ((c = tok_continuation_line(tok)) == -1)
            return GP_TOK_ERRORTOKEN;
        tok->cont_line = 1;
        goto again;
    }

    /* two- and three-character operators */
    {
        int c2 = tok_nextc(tok);
        GpTokType token = two_chars(c, c2);
        if (token != GP_TOK_OP) {
            int c3 = tok_nextc(tok);
            GpTokType token3 = three_chars(c, c2, c3);
            if (token3 != GP_TOK_OP)
                token = token3;
            else
                tok_backup(tok, c3);
            *p_start = tok->start;
            *p_end = tok->cur;
            return token;
        }
        tok_backup(tok, c2);
    }

    /* brackets */
    switch (c) {
    case '(':
    case '[':
    case '{':
        if (tok->level >= GP_TOK_MAXLEVEL)
            return syntaxerror(tok, "too many nested parentheses");
        tok->parenstack[tok->level] = (char)c;
        tok->parenlinenostack[tok->level] = tok->lineno;
        tok->parencolstack[tok->level] = (int)(tok->start - tok->line_start);
        tok->level++;
        break;
    case ')':
    case ']':
    case '}': {
        if (!tok->level)
            return syntaxerror(tok, "unmatched '%c'", c);
        tok->level--;
        int opening = tok->parenstack[tok->level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
              (opening == '{' && c == '}'))) {
            if (tok->parenlinenostack[tok->level] != tok->lineno)
                return syntaxerror(tok,
                                   "closing parenthesis '%c' does not match opening "
                                   "parenthesis '%c' on line %d",
                                   c, opening, tok->parenlinenostack[tok->level]);
            return syntaxerror(tok,
                               "closing parenthesis '%c' does not match opening parenthesis '%c'",
                               c, opening);
        }
        break;
    }
    default:
        break;
    }

    if (c < 0x20 || c == 0x7f) {
        if (c != '\t' && c != '\n')
            return syntaxerror(tok, "invalid non-printable character U+%04X", (unsigned)c);
    }

    *p_start = tok->start;
    *p_end = tok->cur;
    return one_char(c);
}

GpTokType gp_tokenizer_next(GpTokenizer *tok, GpToken *t)
{
    const char *ps, *pe;
    GpTokType type;
    if (tok->done != GP_TOKD_OK && tok->done != GP_TOKD_EOF)
        type = GP_TOK_ERRORTOKEN;
    else
        type = tok_get(tok, &ps, &pe);
    if (type == GP_TOK_ERRORTOKEN) {
        ps = pe = NULL;
        if (tok->done == GP_TOKD_OK)
            tok->done = GP_TOKD_ERROR;
    }
    memset(t, 0, sizeof *t);
    t->type = type;
    int lineno = type == GP_TOK_STRING ? tok->first_lineno : tok->lineno;
    const char *line_start = type == GP_TOK_STRING ? tok->multi_line_start : tok->line_start;
    t->lineno = lineno;
    t->end_lineno = tok->lineno;
    if (ps && ps >= line_start) {
        t->start = ps;
        t->len = (size_t)(pe - ps);
        t->col = (int)(ps - line_start);
        t->end_col = (int)(pe - tok->line_start);
    } else {
        t->start = ps;
        t->col = t->end_col = -1;
    }
    t->cur_col = (int)(tok->cur - tok->line_start);
    t->level = tok->level;
    if (type == GP_TOK_NAME)
        t->kw = keyword_of(ps, t->len);
    return type;
}
