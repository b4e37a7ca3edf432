/*
 * tokenizer.h - Python 3.11 source text to tokens.
 *
 * A port of the logic of CPython's Parser/tokenizer.c over a source held
 * whole in memory.  gp_tokenizer_init() prepares the text the way CPython
 * does before tokenizing (BOM, coding cookie, UTF-8 check, \r\n and \r to
 * \n, a final \n added) into a copy in the arena; gp_tokenizer_next() then
 * hands out one token at a time, so the parser can meet a tokenizer error
 * exactly where CPython's would.
 *
 * Positions: lines are 1-based, columns 0-based byte offsets into the line
 * (CPython's col_offset).  A token without a position (INDENT, DEDENT,
 * ENDMARKER, some error tokens) has col == -1, as in CPython; cur_col then
 * says where the tokenizer stood, which is what CPython's error messages
 * report for such tokens.
 *
 * An f-string is one STRING token (3.11): the parser takes it apart.
 */
#ifndef GP_LANG_TOKENIZER_H
#define GP_LANG_TOKENIZER_H

#include <stddef.h>

#include "lang/astarena.h"

typedef enum GpTokType {
    GP_TOK_ENDMARKER,
    GP_TOK_NAME,
    GP_TOK_NUMBER,
    GP_TOK_STRING,
    GP_TOK_NEWLINE,
    GP_TOK_INDENT,
    GP_TOK_DEDENT,
    GP_TOK_LPAR,            /* ( */
    GP_TOK_RPAR,            /* ) */
    GP_TOK_LSQB,            /* [ */
    GP_TOK_RSQB,            /* ] */
    GP_TOK_COLON,           /* : */
    GP_TOK_COMMA,           /* , */
    GP_TOK_SEMI,            /* ; */
    GP_TOK_PLUS,            /* + */
    GP_TOK_MINUS,           /* - */
    GP_TOK_STAR,            /* * */
    GP_TOK_SLASH,           /* / */
    GP_TOK_VBAR,            /* | */
    GP_TOK_AMPER,           /* & */
    GP_TOK_LESS,            /* < */
    GP_TOK_GREATER,         /* > */
    GP_TOK_EQUAL,           /* = */
    GP_TOK_DOT,             /* . */
    GP_TOK_PERCENT,         /* % */
    GP_TOK_LBRACE,          /* { */
    GP_TOK_RBRACE,          /* } */
    GP_TOK_EQEQUAL,         /* == */
    GP_TOK_NOTEQUAL,        /* != (and <>) */
    GP_TOK_LESSEQUAL,       /* <= */
    GP_TOK_GREATEREQUAL,    /* >= */
    GP_TOK_TILDE,           /* ~ */
    GP_TOK_CIRCUMFLEX,      /* ^ */
    GP_TOK_LEFTSHIFT,       /* << */
    GP_TOK_RIGHTSHIFT,      /* >> */
    GP_TOK_DOUBLESTAR,      /* ** */
    GP_TOK_PLUSEQUAL,       /* += */
    GP_TOK_MINEQUAL,        /* -= */
    GP_TOK_STAREQUAL,       /* *= */
    GP_TOK_SLASHEQUAL,      /* /= */
    GP_TOK_PERCENTEQUAL,    /* %= */
    GP_TOK_AMPEREQUAL,      /* &= */
    GP_TOK_VBAREQUAL,       /* |= */
    GP_TOK_CIRCUMFLEXEQUAL, /* ^= */
    GP_TOK_LEFTSHIFTEQUAL,  /* <<= */
    GP_TOK_RIGHTSHIFTEQUAL, /* >>= */
    GP_TOK_DOUBLESTAREQUAL, /* **= */
    GP_TOK_DOUBLESLASH,     /* // */
    GP_TOK_DOUBLESLASHEQUAL,/* //= */
    GP_TOK_AT,              /* @ */
    GP_TOK_ATEQUAL,         /* @= */
    GP_TOK_RARROW,          /* -> */
    GP_TOK_ELLIPSIS,        /* ... */
    GP_TOK_COLONEQUAL,      /* := */
    GP_TOK_OP,              /* any other character ($, ?, !, `) */
    GP_TOK_ERRORTOKEN,
    GP_TOK_COUNT
} GpTokType;

/* Keywords: a NAME token carries one of these (GP_KW_NONE_ = not one). */
typedef enum GpKeyword {
    GP_KW_NOT_A_KEYWORD = 0,
    GP_KW_FALSE, GP_KW_NONE, GP_KW_TRUE, GP_KW_AND, GP_KW_AS, GP_KW_ASSERT,
    GP_KW_ASYNC, GP_KW_AWAIT, GP_KW_BREAK, GP_KW_CLASS, GP_KW_CONTINUE,
    GP_KW_DEF, GP_KW_DEL, GP_KW_ELIF, GP_KW_ELSE, GP_KW_EXCEPT, GP_KW_FINALLY,
    GP_KW_FOR, GP_KW_FROM, GP_KW_GLOBAL, GP_KW_IF, GP_KW_IMPORT, GP_KW_IN,
    GP_KW_IS, GP_KW_LAMBDA, GP_KW_NONLOCAL, GP_KW_NOT, GP_KW_OR, GP_KW_PASS,
    GP_KW_RAISE, GP_KW_RETURN, GP_KW_TRY, GP_KW_WHILE, GP_KW_WITH, GP_KW_YIELD
} GpKeyword;

typedef struct GpToken {
    GpTokType type;
    GpKeyword kw;            /* NAME tokens only */
    const char *start;       /* into the tokenizer's text; NULL for INDENT... */
    size_t len;
    int lineno, col;         /* col -1: no position (see above) */
    int end_lineno, end_col;
    int cur_col;             /* the tokenizer's column right after this token */
    int level;               /* bracket depth after this token */
} GpToken;

/* What went wrong, as CPython would raise it. */
typedef enum GpErrKind {
    GP_ERR_SYNTAX,           /* SyntaxError */
    GP_ERR_INDENTATION,      /* IndentationError */
    GP_ERR_TAB,              /* TabError */
    GP_ERR_MEMORY,           /* out of memory (MemoryError) */
    GP_ERR_RECURSION         /* nesting too deep (RecursionError) */
} GpErrKind;

#define GP_ERR_TEXT_MAX 1024

typedef struct GpSyntaxError {
    GpErrKind kind;
    char msg[320];
    const char *filename;    /* as passed in; not copied */
    int has_location;        /* 0: CPython reports lineno/offset None */
    int lineno, offset;      /* offset: 1-based, in characters */
    int end_lineno, end_offset;
    char text[GP_ERR_TEXT_MAX]; /* the source line (truncated), with its \n */
} GpSyntaxError;

/* Why the tokenizer stopped (CPython's errcode.h values that matter). */
typedef enum GpTokDone {
    GP_TOKD_OK,
    GP_TOKD_EOF,             /* end of input reached */
    GP_TOKD_ERROR,           /* err filled in completely */
    GP_TOKD_DEDENT,          /* unindent does not match ... */
    GP_TOKD_TABSPACE,        /* inconsistent use of tabs and spaces */
    GP_TOKD_TOODEEP,         /* too many levels of indentation */
    GP_TOKD_LINECONT,        /* unexpected character after line continuation */
    GP_TOKD_NOMEM
} GpTokDone;

#define GP_TOK_MAXINDENT 100
#define GP_TOK_MAXLEVEL 200

typedef struct GpTokenizer {
    GpAstArena *arena;
    GpSyntaxError *err;
    const char *buf, *end;   /* the prepared text, NUL-terminated, ends in \n */
    const char *cur;         /* next character */
    const char *line_start;  /* start of the current line */
    const char *start;       /* start of the current token */
    int lineno;
    int first_lineno;        /* line where the current string began */
    const char *multi_line_start;
    int newline_pending;     /* read a \n: the next character starts a line */
    GpTokDone done;
    int atbol;               /* at the beginning of a line */
    int pendin;              /* pending INDENT (>0) or DEDENT (<0) tokens */
    int indent;
    int indstack[GP_TOK_MAXINDENT];
    int altindstack[GP_TOK_MAXINDENT];
    int level;               /* bracket nesting */
    char parenstack[GP_TOK_MAXLEVEL];
    int parenlinenostack[GP_TOK_MAXLEVEL];
    int parencolstack[GP_TOK_MAXLEVEL];
    int cont_line;
    int eval_mode;           /* no trailing NEWLINE handling differences */
} GpTokenizer;

/* Prepare src (len bytes, any content) for tokenizing.  0, or -1 with err
 * filled (null bytes, unknown coding cookie, invalid UTF-8, out of memory). */
int gp_tokenizer_init(GpTokenizer *tok, GpAstArena *arena, const char *src, size_t len,
                      const char *filename, GpSyntaxError *err);

/* The next token.  GP_TOK_ERRORTOKEN when tokenizing failed: tok->done
 * says why, and for GP_TOKD_ERROR *err is filled. */
GpTokType gp_tokenizer_next(GpTokenizer *tok, GpToken *t);

/* Fill err with a message at a position (1-based offset in characters,
 * computed from the byte column col of line lineno); kind as given. */
void gp_tokenizer_error_at(GpTokenizer *tok, GpErrKind kind, int lineno, int col_bytes,
                           int end_lineno, int end_col_bytes, const char *msg);

/* The text of line lineno (no \n) and its length; NULL past the end. */
const char *gp_tokenizer_line(const GpTokenizer *tok, int lineno, size_t *len);

const char *gp_token_name(GpTokType type);

#endif
