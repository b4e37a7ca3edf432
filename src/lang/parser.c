/*
 * parser.c - recursive descent over the tokens of tokenizer.c, building
 * the CPython 3.11 AST (parser.h).
 *
 * The functions follow the rules of CPython's Grammar/python.gram (their
 * names are the rule names), flattened into loops where the grammar is
 * left-recursive or a precedence ladder.  CPython's PEG parser makes a
 * second pass with extra "invalid_*" rules to choose its error messages;
 * here the same checks are made at the point where the plain rule fails,
 * and the location is chosen as CPython does (the failing token, the
 * offending node, or the last token read).
 *
 * Errors unwind with longjmp to the nearest handler: every allocation is in
 * the arena, so nothing is held that would need releasing on the way out
 * (STYLE.md's exception for a TRY/THROW with a handler chain).  Handlers
 * are gp_parse() itself and speculate(), which tries an alternative and
 * backs up when it fails with an ordinary syntax error.
 *
 *   gp_parse ----------------------------- jmp_buf (the outermost)
 *     file/eval/interactive
 *       statement ... expression ... atom
 *         speculate() -------------------- jmp_buf (restores pos on failure)
 *         fstring replacement field: a sub-Parser over "(expr)" sharing the
 *         arena, the error and the handler
 */
#include "lang/parser.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

#include "lang/literal.h"

#define TOK_CHUNK 1024

typedef struct Parser Parser;
struct Parser {
    GpAstArena *ar;
    GpTokenizer *tok;
    GpSyntaxError *err;
    GpToken **chunks;        /* the tokens read so far, `chunk` a chunk */
    size_t chunk;
    size_t nchunks, chunkcap;
    size_t ntok;             /* tokens read */
    size_t seen;             /* 1 + the furthest token the grammar looked at,
                              * not counting invalid_* lookahead: CPython's
                              * first pass, where "invalid syntax" points */
    int peeking;             /* in an invalid_* rule's lookahead */
    size_t pos;              /* the next token to consume */
    jmp_buf *jb;             /* the current handler */
    int depth;               /* nesting, against GP_PARSE_MAX_DEPTH */
    Parser *root;            /* the outermost parser (itself, or the file's) */
    int hard_error;          /* root only: the error may not be undone */
    int generic;             /* root only: the error is a plain "invalid syntax"
                              * (a rule that did not match: speculation may
                              * back up); any other message stands, as
                              * CPython's RAISE_* do */
    int no_invalid;          /* inside expression_without_invalid */
    GpAst *bare_tuple;       /* the last tuple made without parentheses */
    GpParseMode mode;
    /* a replacement field of an f-string: positions are shifted */
    int fstring;
    int line_delta;          /* added to every line number */
    int col_delta;           /* added to columns on the first line */
};

typedef struct Vec {
    GpAst **items;
    size_t len, cap;
} Vec;

/* ==== errors ============================================================== */

static void fail(Parser *p)
{
    longjmp(*p->jb, 1);
}

static void oom(Parser *p)
{
    GpSyntaxError *e = p->err;
    e->kind = GP_ERR_MEMORY;
    snprintf(e->msg, sizeof e->msg, "out of memory");
    e->has_location = 0;
    e->lineno = e->offset = e->end_lineno = e->end_offset = 0;
    e->text[0] = '\0';
    p->root->hard_error = 1;
    fail(p);
}

static void *alloc(Parser *p, size_t n)
{
    void *r = gp_astarena_alloc(p->ar, n);
    if (!r)
        oom(p);
    return r;
}

/* The core of every parser error: a message at a line and a 1-based byte
 * offset (as CPython's RAISE_ERROR_KNOWN_LOCATION gets it), which becomes
 * a character offset.  In a replacement field, positions are translated
 * back to the "(expr)" text, as CPython reports them. */
static void raise_boff(Parser *p, GpErrKind kind, int lineno, int boff, int end_lineno,
                       int end_boff, const char *msg)
{
    char buf[320];
    p->root->generic = p->root->generic == 2;
    if (p->fstring) {
        snprintf(buf, sizeof buf, "f-string: %s", msg);
        msg = buf;
        lineno -= p->line_delta;
        end_lineno -= p->line_delta;
        if (lineno == 1 && boff > 0)
            boff -= p->col_delta;
        if (end_lineno == 1 && end_boff > 0)
            end_boff -= p->col_delta;
    }
    gp_tokenizer_error_at(p->tok, kind, lineno, boff, end_lineno, end_boff, msg);
    if (p->fstring) {
        p->err->lineno += p->line_delta;
        p->err->end_lineno += p->line_delta;
    }
    fail(p);
}

static void vfmt(char *buf, size_t n, const char *fmt, va_list ap)
{
    vsnprintf(buf, n, fmt, ap);
}

/* RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b): from a node's start to b's end. */
static void raise_range(Parser *p, const GpAst *a, const GpAst *b, const char *fmt, ...)
{
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vfmt(msg, sizeof msg, fmt, ap);
    va_end(ap);
    raise_boff(p, GP_ERR_SYNTAX, a->lineno, a->col_offset + 1, b->end_lineno,
               b->end_col_offset + 1, msg);
}

/* RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node) */
static void raise_node(Parser *p, const GpAst *a, const char *fmt, ...)
{
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vfmt(msg, sizeof msg, fmt, ap);
    va_end(ap);
    raise_boff(p, GP_ERR_SYNTAX, a->lineno, a->col_offset + 1, a->end_lineno,
               a->end_col_offset + 1, msg);
}

/* RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token) */
static void raise_tok(Parser *p, const GpToken *t, const char *fmt, ...)
{
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vfmt(msg, sizeof msg, fmt, ap);
    va_end(ap);
    raise_boff(p, GP_ERR_SYNTAX, t->lineno, t->col + 1, t->end_lineno,
               t->end_col >= 0 ? t->end_col + 1 : -1, msg);
}

static GpToken *tok_at(Parser *p, size_t i);

/* RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token read;
 * one without a position reports where the tokenizer stands. */
static void raise_last_kind(Parser *p, GpErrKind kind, const char *fmt, ...)
{
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vfmt(msg, sizeof msg, fmt, ap);
    va_end(ap);
    GpToken *t = tok_at(p, p->ntok - 1);
    int boff, end_boff;
    if (t->col == -1) {
        boff = t->cur_col;
        if (p->fstring && t->lineno - p->line_delta == 1)
            boff += p->col_delta;
    } else {
        boff = t->col + 1;
    }
    end_boff = t->end_col != -1 ? t->end_col + 1 : -1;
    raise_boff(p, kind, t->lineno, boff, t->end_lineno, end_boff, msg);
}

#define raise_last(p, ...) raise_last_kind((p), GP_ERR_SYNTAX, __VA_ARGS__)

/* The generic failure: "invalid syntax" at the furthest token read (or
 * "unexpected indent" when that is an INDENT). */
static void syntax_error_at_index(Parser *p, size_t n)
{
    GpToken *t = tok_at(p, n);
    if (t->type == GP_TOK_INDENT || t->type == GP_TOK_DEDENT) {
        /* no position: where the tokenizer stood after reading it */
        raise_boff(p, GP_ERR_INDENTATION, t->lineno, t->cur_col, t->end_lineno, -1,
                   t->type == GP_TOK_INDENT ? "unexpected indent" : "unexpected unindent");
    }
    p->root->generic = 2;
    raise_boff(p, GP_ERR_SYNTAX, t->lineno, t->col + 1, t->end_lineno,
               t->end_col >= 0 ? t->end_col + 1 : -1, "invalid syntax");
}

static void syntax_error(Parser *p)
{
    size_t last = p->seen && p->seen < p->ntok ? p->seen - 1 : p->ntok - 1;
    syntax_error_at_index(p, last);
}

static void nest_error(Parser *p)
{
    GpSyntaxError *e = p->err;
    e->kind = GP_ERR_RECURSION;
    snprintf(e->msg, sizeof e->msg, "maximum recursion depth exceeded during ast construction");
    e->has_location = 0;
    e->lineno = e->offset = e->end_lineno = e->end_offset = 0;
    e->text[0] = '\0';
    p->root->hard_error = 1;
    fail(p);
}

static void enter(Parser *p)
{
    if (++p->depth > GP_PARSE_MAX_DEPTH)
        nest_error(p);
}

static void leave(Parser *p)
{
    p->depth--;
}

/* ==== tokens ============================================================== */

/* CPython's _Pypegen_tokenizer_error: a token the tokenizer could not make. */
static void tokenizer_error(Parser *p, GpToken *t)
{
    GpTokenizer *tok = p->tok;
    p->root->hard_error = 1;
    switch (tok->done) {
    case GP_TOKD_ERROR:
        if (p->fstring) {
            p->err->lineno += p->line_delta;
            p->err->end_lineno += p->line_delta;
        }
        fail(p);
        break;
    case GP_TOKD_EOF:
        if (tok->level) {
            int l = tok->parenlinenostack[tok->level - 1];
            int c = tok->parencolstack[tok->level - 1];
            char msg[64];
            snprintf(msg, sizeof msg, "'%c' was never closed", tok->parenstack[tok->level - 1]);
            raise_boff(p, GP_ERR_SYNTAX, l + (p->fstring ? p->line_delta : 0),
                       c + 1 + (p->fstring && l == 1 ? p->col_delta : 0),
                       l + (p->fstring ? p->line_delta : 0), -1, msg);
        }
        raise_last(p, "unexpected EOF while parsing");
        break;
    case GP_TOKD_DEDENT:
        raise_last_kind(p, GP_ERR_INDENTATION,
                        "unindent does not match any outer indentation level");
        break;
    case GP_TOKD_TABSPACE:
        raise_boff(p, GP_ERR_TAB, t->lineno, 1, t->lineno, -1,
                   "inconsistent use of tabs and spaces in indentation");
        break;
    case GP_TOKD_TOODEEP:
        raise_boff(p, GP_ERR_INDENTATION, t->lineno, 1, t->lineno, -1,
                   "too many levels of indentation");
        break;
    case GP_TOKD_LINECONT:
        raise_boff(p, GP_ERR_SYNTAX, tok->lineno, (int)(tok->cur - tok->line_start),
                   tok->lineno, -1, "unexpected character after line continuation character");
        break;
    case GP_TOKD_NOMEM:
        oom(p);
        break;
    default:
        raise_last(p, "unknown parsing error");
    }
}

static void fetch(Parser *p)
{
    size_t i = p->ntok;
    if (i / p->chunk >= p->nchunks) {
        if (p->nchunks == p->chunkcap) {
            size_t cap = p->chunkcap ? 2 * p->chunkcap : 16;
            GpToken **c = alloc(p, cap * sizeof *c);
            if (p->nchunks)
                memcpy(c, p->chunks, p->nchunks * sizeof *c);
            p->chunks = c;
            p->chunkcap = cap;
        }
        p->chunks[p->nchunks++] = alloc(p, p->chunk * sizeof(GpToken));
    }
    GpToken *t = &p->chunks[i / p->chunk][i % p->chunk];
    gp_tokenizer_next(p->tok, t);
    if (p->fstring) {
        if (t->lineno == 1 && t->col >= 0)
            t->col += p->col_delta;
        if (t->end_lineno == 1 && t->end_col >= 0)
            t->end_col += p->col_delta;
        t->lineno += p->line_delta;
        t->end_lineno += p->line_delta;
    }
    p->ntok++;
    if (t->type == GP_TOK_ERRORTOKEN)
        tokenizer_error(p, t);
}

static GpToken *tok_at(Parser *p, size_t i)
{
    while (i >= p->ntok) {
        if (p->ntok > 0) {
            GpToken *last = &p->chunks[(p->ntok - 1) / p->chunk][(p->ntok - 1) % p->chunk];
            if (last->type == GP_TOK_ENDMARKER)
                return last;
        }
        fetch(p);
    }
    if (!p->peeking && i >= p->seen)
        p->seen = i + 1;
    return &p->chunks[i / p->chunk][i % p->chunk];
}

static GpToken *cur(Parser *p)
{
    return tok_at(p, p->pos);
}

static GpToken *peek(Parser *p, size_t k)
{
    return tok_at(p, p->pos + k);
}

static int at(Parser *p, GpTokType type)
{
    return cur(p)->type == type;
}

static int at_kw(Parser *p, GpKeyword kw)
{
    GpToken *t = cur(p);
    return t->type == GP_TOK_NAME && t->kw == kw;
}

static GpToken *next(Parser *p)
{
    GpToken *t = cur(p);
    if (t->type != GP_TOK_ENDMARKER)
        p->pos++;
    return t;
}

static int accept(Parser *p, GpTokType type)
{
    if (at(p, type)) {
        p->pos++;
        return 1;
    }
    return 0;
}

static int accept_kw(Parser *p, GpKeyword kw)
{
    if (at_kw(p, kw)) {
        p->pos++;
        return 1;
    }
    return 0;
}

static GpToken *expect(Parser *p, GpTokType type)
{
    if (!at(p, type))
        syntax_error(p);
    return next(p);
}

/* CPython's &&'x': "expected 'x'" at the token found instead. */
static GpToken *expect_forced(Parser *p, GpTokType type, const char *text)
{
    if (!at(p, type))
        raise_tok(p, cur(p), "expected '%s'", text);
    return next(p);
}

/* A plain NAME (not a keyword). */
static int at_name(Parser *p)
{
    GpToken *t = cur(p);
    return t->type == GP_TOK_NAME && t->kw == GP_KW_NOT_A_KEYWORD;
}

static int tok_is(const GpToken *t, const char *s)
{
    size_t n = strlen(s);
    return t->type == GP_TOK_NAME && t->len == n && memcmp(t->start, s, n) == 0;
}

/* ==== nodes =============================================================== */

/* The last consumed token that is not NEWLINE, INDENT, DEDENT or the end
 * (CPython's _PyPegen_get_last_nonnwhitespace_token): where nodes end. */
static GpToken *last_token(Parser *p)
{
    size_t i = p->pos;
    while (i > 0) {
        GpToken *t = tok_at(p, i - 1);
        if (t->type != GP_TOK_NEWLINE && t->type != GP_TOK_INDENT &&
            t->type != GP_TOK_DEDENT && t->type != GP_TOK_ENDMARKER)
            return t;
        i--;
    }
    return tok_at(p, 0);
}

static GpAst *node(Parser *p, GpAstKind k, int lineno, int col)
{
    GpToken *e = last_token(p);
    GpAst *n = gp_ast_new(p->ar, k, lineno, col, e->end_lineno, e->end_col);
    if (!n)
        oom(p);
    return n;
}

/* A node from token t to the last consumed token. */
static GpAst *node_tok(Parser *p, GpAstKind k, const GpToken *t)
{
    return node(p, k, t->lineno, t->col);
}

static GpAst *node_nopos(Parser *p, GpAstKind k)
{
    GpAst *n = gp_ast_new(p->ar, k, 0, 0, 0, 0);
    if (!n)
        oom(p);
    return n;
}

static void vec_push(Parser *p, Vec *v, GpAst *n)
{
    if (v->len == v->cap) {
        size_t cap = v->cap ? 2 * v->cap : 4;
        GpAst **items = alloc(p, cap * sizeof *items);
        if (v->len)
            memcpy(items, v->items, v->len * sizeof *items);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = n;
}

static GpAstList vec_list(const Vec *v)
{
    GpAstList l = {v->items, v->len};
    return l;
}

static GpAstList list1(Parser *p, GpAst *n)
{
    Vec v = {0};
    vec_push(p, &v, n);
    return vec_list(&v);
}

/* An identifier from a NAME token: NFKC-normalized when not ASCII, as
 * CPython's _PyPegen_new_identifier. */
static const char *ident(Parser *p, const GpToken *t)
{
    int ascii = 1;
    for (size_t i = 0; i < t->len; i++)
        if ((unsigned char)t->start[i] >= 0x80)
            ascii = 0;
    if (ascii) {
        char *s = gp_astarena_strdup(p->ar, t->start, t->len);
        if (!s)
            oom(p);
        return s;
    }
    utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    utf8proc_ssize_t n = utf8proc_decompose((const utf8proc_uint8_t *)t->start,
                                            (utf8proc_ssize_t)t->len, NULL, 0, opt);
    if (n < 0) {
        char *s = gp_astarena_strdup(p->ar, t->start, t->len);
        if (!s)
            oom(p);
        return s;
    }
    utf8proc_int32_t *buf = alloc(p, ((size_t)n + 1) * sizeof *buf);
    n = utf8proc_decompose((const utf8proc_uint8_t *)t->start, (utf8proc_ssize_t)t->len, buf,
                           n, opt);
    n = utf8proc_reencode(buf, n, opt);
    if (n < 0)
        oom(p);
    return (const char *)buf;
}

static GpAst *name_node(Parser *p, const GpToken *t, GpExprContext ctx)
{
    GpAst *n = gp_ast_new(p->ar, GP_AST_NAME, t->lineno, t->col, t->end_lineno, t->end_col);
    if (!n)
        oom(p);
    n->v.name.id = ident(p, t);
    n->v.name.ctx = ctx;
    return n;
}

static const char *expect_name(Parser *p)
{
    if (!at_name(p))
        syntax_error(p);
    return ident(p, next(p));
}

/* ==== targets ============================================================= */

/* CPython's _PyPegen_get_expr_name: how error messages name a node. */
static const char *expr_name(const GpAst *e)
{
    switch (e->kind) {
    case GP_AST_ATTRIBUTE: return "attribute";
    case GP_AST_SUBSCRIPT: return "subscript";
    case GP_AST_STARRED: return "starred";
    case GP_AST_NAME: return "name";
    case GP_AST_LIST: return "list";
    case GP_AST_TUPLE: return "tuple";
    case GP_AST_LAMBDA: return "lambda";
    case GP_AST_CALL: return "function call";
    case GP_AST_BOOLOP:
    case GP_AST_BINOP:
    case GP_AST_UNARYOP: return "expression";
    case GP_AST_GENERATOREXP: return "generator expression";
    case GP_AST_YIELD:
    case GP_AST_YIELDFROM: return "yield expression";
    case GP_AST_LISTCOMP: return "list comprehension";
    case GP_AST_SETCOMP: return "set comprehension";
    case GP_AST_DICTCOMP: return "dict comprehension";
    case GP_AST_DICT: return "dict literal";
    case GP_AST_SET: return "set display";
    case GP_AST_JOINEDSTR:
    case GP_AST_FORMATTEDVALUE: return "f-string expression";
    case GP_AST_CONSTANT:
        switch (e->v.constant.value.kind) {
        case GP_CONST_NONE: return "None";
        case GP_CONST_TRUE: return "True";
        case GP_CONST_FALSE: return "False";
        case GP_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case GP_AST_COMPARE: return "comparison";
    case GP_AST_IFEXP: return "conditional expression";
    case GP_AST_NAMEDEXPR: return "named expression";
    default: return "expression";
    }
}

typedef enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS } TargetsType;

/* CPython's _PyPegen_get_invalid_target: the first node that cannot be
 * assigned to (or deleted), NULL when all can. */
static const GpAst *invalid_target(const GpAst *e, TargetsType type)
{
    if (!e)
        return NULL;
    switch (e->kind) {
    case GP_AST_LIST:
    case GP_AST_TUPLE: {
        const GpAstList *l = e->kind == GP_AST_LIST ? &e->v.list.elts : &e->v.tuple.elts;
        for (size_t i = 0; i < l->len; i++) {
            const GpAst *c = invalid_target(l->items[i], type);
            if (c)
                return c;
        }
        return NULL;
    }
    case GP_AST_STARRED:
        if (type == DEL_TARGETS)
            return e;
        return invalid_target(e->v.starred.value, type);
    case GP_AST_COMPARE:
        if (type == FOR_TARGETS) {
            if (e->v.compare.ops.items[0] == GP_CMP_IN)
                return invalid_target(e->v.compare.left, type);
            return NULL;
        }
        return e;
    case GP_AST_NAME:
    case GP_AST_SUBSCRIPT:
    case GP_AST_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void raise_invalid_target(Parser *p, const GpAst *e, TargetsType type)
{
    const GpAst *bad = invalid_target(e, type);
    if (bad)
        raise_node(p, bad, type == DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s",
                   expr_name(bad));
}

/* Set the context of a valid target (and of its elements). */
static void set_ctx(GpAst *e, GpExprContext ctx)
{
    switch (e->kind) {
    case GP_AST_NAME: e->v.name.ctx = ctx; break;
    case GP_AST_ATTRIBUTE: e->v.attribute.ctx = ctx; break;
    case GP_AST_SUBSCRIPT: e->v.subscript.ctx = ctx; break;
    case GP_AST_STARRED:
        e->v.starred.ctx = ctx;
        set_ctx(e->v.starred.value, ctx);
        break;
    case GP_AST_LIST:
        e->v.list.ctx = ctx;
        for (size_t i = 0; i < e->v.list.elts.len; i++)
            set_ctx(e->v.list.elts.items[i], ctx);
        break;
    case GP_AST_TUPLE:
        e->v.tuple.ctx = ctx;
        for (size_t i = 0; i < e->v.tuple.elts.len; i++)
            set_ctx(e->v.tuple.elts.items[i], ctx);
        break;
    default: break;
    }
}

/* ==== expressions: forward declarations =================================== */

static GpAst *expression(Parser *p);
static GpAst *named_expression(Parser *p);
static GpAst *star_expressions(Parser *p);
static GpAst *star_named_expression(Parser *p);
static GpAst *disjunction(Parser *p);
static GpAst *bitwise_or(Parser *p);
static GpAst *primary(Parser *p);
static GpAst *atom(Parser *p);
static GpAst *yield_expr(Parser *p);
static GpAst *lambdef(Parser *p);
static GpAstList for_if_clauses(Parser *p);
static GpAst *strings(Parser *p);

/* ==== speculation ========================================================= */

typedef GpAst *(*RuleFn)(Parser *p);

/* Try rule at the current position.  When it does not match (a plain
 * "invalid syntax"), back up and return NULL; any other error stands and
 * goes on to the outer handler, as a RAISE_* does in CPython's parser. */
static GpAst *speculate(Parser *p, RuleFn rule)
{
    jmp_buf jb;
    jmp_buf *saved = p->jb;
    size_t pos = p->pos;
    int depth = p->depth;
    GpAst *volatile r = NULL;
    p->jb = &jb;
    if (setjmp(jb) == 0) {
        r = rule(p);
        p->jb = saved;
        return r;
    }
    p->jb = saved;
    if (p->root->hard_error || !p->root->generic)
        fail(p);
    p->pos = pos;
    p->depth = depth;
    return NULL;
}

/* Can the current token start an expression?  (For error messages.) */
static int starts_expression(Parser *p)
{
    GpToken *t = cur(p);
    switch (t->type) {
    case GP_TOK_NAME:
        return t->kw == GP_KW_NOT_A_KEYWORD || t->kw == GP_KW_NOT || t->kw == GP_KW_LAMBDA ||
               t->kw == GP_KW_NONE || t->kw == GP_KW_TRUE || t->kw == GP_KW_FALSE ||
               t->kw == GP_KW_AWAIT;
    case GP_TOK_NUMBER:
    case GP_TOK_STRING:
    case GP_TOK_LPAR:
    case GP_TOK_LSQB:
    case GP_TOK_LBRACE:
    case GP_TOK_MINUS:
    case GP_TOK_PLUS:
    case GP_TOK_TILDE:
    case GP_TOK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

static int is_soft_keyword(const GpToken *t)
{
    return tok_is(t, "match") || tok_is(t, "case") || tok_is(t, "_");
}

/* CPython's invalid_expression and invalid_legacy_expression: a complete
 * expression a (starting at token index start) directly followed by
 * another one. */
static void check_adjacent_expressions(Parser *p, const GpAst *a, size_t start)
{
    if (!starts_expression(p))
        return;
    size_t mark = p->ntok;
    size_t pos = p->pos;
    GpToken *first = tok_at(p, start);
    int legacy = a->kind == GP_AST_NAME &&
                 (strcmp(a->v.name.id, "print") == 0 || strcmp(a->v.name.id, "exec") == 0);
    if (legacy) {
        if (!at(p, GP_TOK_LPAR)) {
            p->no_invalid++;
            GpAst *b = speculate(p, star_expressions);
            p->no_invalid--;
            if (b)
                raise_range(p, a, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                            a->v.name.id, a->v.name.id);
            p->pos = pos;
            syntax_error_at_index(p, mark - 1);
        }
        return;
    }
    if ((first->type == GP_TOK_NAME && tok_at(p, start + 1)->type == GP_TOK_STRING) ||
        is_soft_keyword(first))
        return;
    p->no_invalid++;
    GpAst *b = speculate(p, expression);
    p->no_invalid--;
    if (b) {
        GpToken *lastb = tok_at(p, p->pos - 1);
        if (lastb->level != 0)
            raise_range(p, a, b, "invalid syntax. Perhaps you forgot a comma?");
    }
    p->pos = pos;
    syntax_error_at_index(p, mark - 1);
}

/* ==== expressions ========================================================= */

static GpAst *mk_starred(Parser *p, const GpToken *star, GpAst *value)
{
    GpAst *s = node_tok(p, GP_AST_STARRED, star);
    s->v.starred.value = value;
    s->v.starred.ctx = GP_CTX_LOAD;
    return s;
}

/* star_expression: '*' bitwise_or | expression */
static GpAst *star_expression(Parser *p)
{
    if (at(p, GP_TOK_STAR)) {
        GpToken *t = next(p);
        return mk_starred(p, t, bitwise_or(p));
    }
    return expression(p);
}

static int starts_star_expression(Parser *p)
{
    return at(p, GP_TOK_STAR) || starts_expression(p);
}

/* star_expressions: star_expression (',' star_expression)* [','], a Tuple
 * when there is a comma. */
static GpAst *star_expressions(Parser *p)
{
    GpToken *st = cur(p);
    GpAst *first = star_expression(p);
    if (!at(p, GP_TOK_COMMA))
        return first;
    Vec elts = {0};
    vec_push(p, &elts, first);
    while (accept(p, GP_TOK_COMMA)) {
        if (!starts_star_expression(p))
            break;
        vec_push(p, &elts, star_expression(p));
    }
    GpAst *t = node_tok(p, GP_AST_TUPLE, st);
    t->v.tuple.elts = vec_list(&elts);
    t->v.tuple.ctx = GP_CTX_LOAD;
    p->bare_tuple = t;
    return t;
}

/* named_expression: NAME ':=' expression | expression !':=' */
static int starts_with_literal(const GpAst *e);
static int is_bitwise_or_level(const GpAst *e);

/* CPython's invalid_named_expression, at `a = b` where a condition or an
 * element belongs (b a bitwise_or not followed by '=' or ':='):
 *     NAME '=' b                 "invalid syntax. Maybe you meant '==' or ':=' ..."
 *     other bitwise_or '=' b     "cannot assign to X here. Maybe you meant '==' ..."
 * the second not when the left side starts with a list, tuple, generator
 * expression, True, None or False.  Anything else: back to the caller. */
static void invalid_named_expression(Parser *p, const GpToken *start, const GpAst *e)
{
    size_t pos = p->pos;
    int peeking = p->peeking;
    p->peeking = 1;
    next(p);
    GpAst *b = speculate(p, bitwise_or);
    int more = b && (at(p, GP_TOK_EQUAL) || at(p, GP_TOK_COLONEQUAL));
    p->peeking = peeking;
    if (b && !more) {
        if (start->type == GP_TOK_NAME && e->kind == GP_AST_NAME)
            raise_range(p, e, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        if (is_bitwise_or_level(e) && !starts_with_literal(e))
            raise_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                       expr_name(e));
    }
    p->pos = pos;
}

static GpAst *named_expression(Parser *p)
{
    if (at_name(p) && peek(p, 1)->type == GP_TOK_COLONEQUAL) {
        GpToken *t = next(p);
        next(p);
        GpAst *target = name_node(p, t, GP_CTX_STORE);
        GpAst *value = expression(p);
        GpAst *n = node_tok(p, GP_AST_NAMEDEXPR, t);
        n->v.namedexpr.target = target;
        n->v.namedexpr.value = value;
        return n;
    }
    GpToken *start = cur(p);
    GpAst *e = expression(p);
    if (at(p, GP_TOK_COLONEQUAL))
        raise_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
    if (at(p, GP_TOK_EQUAL))
        invalid_named_expression(p, start, e);
    return e;
}

/* star_named_expression: '*' bitwise_or | named_expression */
static GpAst *star_named_expression(Parser *p)
{
    if (at(p, GP_TOK_STAR)) {
        GpToken *t = next(p);
        return mk_starred(p, t, bitwise_or(p));
    }
    return named_expression(p);
}

/* expression: disjunction ['if' disjunction 'else' expression] | lambdef */
static GpAst *expression(Parser *p)
{
    GpAst *r;
    enter(p);
    if (at_kw(p, GP_KW_LAMBDA)) {
        r = lambdef(p);
        leave(p);
        return r;
    }
    size_t start = p->pos;
    GpToken *st = cur(p);
    GpAst *a = disjunction(p);
    if (at_kw(p, GP_KW_IF)) {
        next(p);
        GpAst *b = disjunction(p);
        if (!at_kw(p, GP_KW_ELSE)) {
            if (!at(p, GP_TOK_COLON))
                raise_range(p, a, b, "expected 'else' after 'if' expression");
            syntax_error(p);
        }
        next(p);
        GpAst *c = expression(p);
        r = node_tok(p, GP_AST_IFEXP, st);
        r->v.ifexp.test = b;
        r->v.ifexp.body = a;
        r->v.ifexp.orelse = c;
    } else {
        if (!p->no_invalid)
            check_adjacent_expressions(p, a, start);
        r = a;
    }
    leave(p);
    return r;
}

static GpAst *boolop_chain(Parser *p, GpKeyword kw, GpBoolOp op, RuleFn operand)
{
    GpToken *st = cur(p);
    GpAst *first = operand(p);
    if (!at_kw(p, kw))
        return first;
    Vec values = {0};
    vec_push(p, &values, first);
    int depth = p->depth;
    while (accept_kw(p, kw)) {
        enter(p);
        vec_push(p, &values, operand(p));
    }
    p->depth = depth;
    GpAst *n = node_tok(p, GP_AST_BOOLOP, st);
    n->v.boolop.op = op;
    n->v.boolop.values = vec_list(&values);
    return n;
}

static GpAst *comparison(Parser *p);

/* inversion: 'not' inversion | comparison */
static GpAst *inversion(Parser *p)
{
    if (!at_kw(p, GP_KW_NOT))
        return comparison(p);
    GpToken *t = next(p);
    enter(p);
    GpAst *operand = inversion(p);
    leave(p);
    GpAst *n = node_tok(p, GP_AST_UNARYOP, t);
    n->v.unaryop.op = GP_UOP_NOT;
    n->v.unaryop.operand = operand;
    return n;
}

static GpAst *conjunction(Parser *p)
{
    return boolop_chain(p, GP_KW_AND, GP_BOOL_AND, inversion);
}

static GpAst *disjunction(Parser *p)
{
    return boolop_chain(p, GP_KW_OR, GP_BOOL_OR, conjunction);
}

/* The comparison operator at the current token (consumed), or 0. */
static GpCmpOp compare_op(Parser *p)
{
    GpToken *t = cur(p);
    GpCmpOp op = 0;
    switch (t->type) {
    case GP_TOK_EQEQUAL: op = GP_CMP_EQ; break;
    case GP_TOK_NOTEQUAL:
        if (t->len == 2 && t->start[0] == '<') /* "<>" is only for Barry */
            return 0;
        op = GP_CMP_NOTEQ;
        break;
    case GP_TOK_LESS: op = GP_CMP_LT; break;
    case GP_TOK_LESSEQUAL: op = GP_CMP_LTE; break;
    case GP_TOK_GREATER: op = GP_CMP_GT; break;
    case GP_TOK_GREATEREQUAL: op = GP_CMP_GTE; break;
    case GP_TOK_NAME:
        if (t->kw == GP_KW_IN) {
            op = GP_CMP_IN;
        } else if (t->kw == GP_KW_IS) {
            GpToken *n = peek(p, 1);
            if (n->type == GP_TOK_NAME && n->kw == GP_KW_NOT) {
                next(p);
                op = GP_CMP_ISNOT;
            } else {
                op = GP_CMP_IS;
            }
        } else if (t->kw == GP_KW_NOT) {
            GpToken *n = peek(p, 1);
            if (n->type == GP_TOK_NAME && n->kw == GP_KW_IN) {
                next(p);
                op = GP_CMP_NOTIN;
            }
        }
        break;
    default:
        break;
    }
    if (op)
        next(p);
    return op;
}

/* comparison: bitwise_or (compare_op bitwise_or)* */
static GpAst *comparison(Parser *p)
{
    GpToken *st = cur(p);
    GpAst *left = bitwise_or(p);
    GpCmpOp op = compare_op(p);
    if (!op)
        return left;
    Vec comps = {0};
    size_t nops = 0, capops = 4;
    GpCmpOp *ops = alloc(p, capops * sizeof *ops);
    int depth = p->depth;
    do {
        if (nops == capops) {
            GpCmpOp *o = alloc(p, 2 * capops * sizeof *o);
            memcpy(o, ops, nops * sizeof *o);
            ops = o;
            capops *= 2;
        }
        ops[nops++] = op;
        enter(p);
        vec_push(p, &comps, bitwise_or(p));
    } while ((op = compare_op(p)) != 0);
    p->depth = depth;
    GpAst *n = node_tok(p, GP_AST_COMPARE, st);
    n->v.compare.left = left;
    n->v.compare.ops.items = ops;
    n->v.compare.ops.len = nops;
    n->v.compare.comparators = vec_list(&comps);
    return n;
}

/* The binary operator of the precedence level at the current token. */
static GpOperator binop_at(Parser *p, int level)
{
    switch (cur(p)->type) {
    case GP_TOK_VBAR: return level == 0 ? GP_OP_BITOR : 0;
    case GP_TOK_CIRCUMFLEX: return level == 1 ? GP_OP_BITXOR : 0;
    case GP_TOK_AMPER: return level == 2 ? GP_OP_BITAND : 0;
    case GP_TOK_LEFTSHIFT: return level == 3 ? GP_OP_LSHIFT : 0;
    case GP_TOK_RIGHTSHIFT: return level == 3 ? GP_OP_RSHIFT : 0;
    case GP_TOK_PLUS: return level == 4 ? GP_OP_ADD : 0;
    case GP_TOK_MINUS: return level == 4 ? GP_OP_SUB : 0;
    case GP_TOK_STAR: return level == 5 ? GP_OP_MULT : 0;
    case GP_TOK_SLASH: return level == 5 ? GP_OP_DIV : 0;
    case GP_TOK_DOUBLESLASH: return level == 5 ? GP_OP_FLOORDIV : 0;
    case GP_TOK_PERCENT: return level == 5 ? GP_OP_MOD : 0;
    case GP_TOK_AT: return level == 5 ? GP_OP_MATMULT : 0;
    default: return 0;
    }
}

static GpAst *factor(Parser *p);

/* bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term: one
 * left-associative level each (0..5), then factor. */
static GpAst *binary(Parser *p, int level)
{
    GpToken *st = cur(p);
    GpAst *left = level == 5 ? factor(p) : binary(p, level + 1);
    GpOperator op;
    int depth = p->depth;
    while ((op = binop_at(p, level)) != 0) {
        next(p);
        enter(p);
        GpAst *right = level == 5 ? factor(p) : binary(p, level + 1);
        GpAst *n = node_tok(p, GP_AST_BINOP, st);
        n->v.binop.left = left;
        n->v.binop.op = op;
        n->v.binop.right = right;
        left = n;
    }
    p->depth = depth;
    return left;
}

static GpAst *bitwise_or(Parser *p)
{
    return binary(p, 0);
}

static GpAst *power(Parser *p);

/* factor: '+' factor | '-' factor | '~' factor | power */
static GpAst *factor(Parser *p)
{
    GpUnaryOp op;
    switch (cur(p)->type) {
    case GP_TOK_PLUS: op = GP_UOP_UADD; break;
    case GP_TOK_MINUS: op = GP_UOP_USUB; break;
    case GP_TOK_TILDE: op = GP_UOP_INVERT; break;
    default: return power(p);
    }
    GpToken *t = next(p);
    enter(p);
    GpAst *operand = factor(p);
    leave(p);
    GpAst *n = node_tok(p, GP_AST_UNARYOP, t);
    n->v.unaryop.op = op;
    n->v.unaryop.operand = operand;
    return n;
}

/* power: await_primary ['**' factor] */
static GpAst *power(Parser *p)
{
    if (at_kw(p, GP_KW_AWAIT))
        raise_tok(p, cur(p), "'await' is not supported yet");
    GpToken *st = cur(p);
    GpAst *left = primary(p);
    if (!at(p, GP_TOK_DOUBLESTAR))
        return left;
    next(p);
    enter(p);
    GpAst *right = factor(p);
    leave(p);
    GpAst *n = node_tok(p, GP_AST_BINOP, st);
    n->v.binop.left = left;
    n->v.binop.op = GP_OP_POW;
    n->v.binop.right = right;
    return n;
}

/* ---- calls ---------------------------------------------------------------- */

/* The arguments of a call or a class definition, after '(' up to and
 * including ')'.  Fills args and keywords; returns a lone generator
 * expression argument (f(x for x in y)) through *genexp. */
static void arguments(Parser *p, GpToken *lpar, Vec *args, Vec *kws, GpAst **genexp,
                      int allow_genexp)
{
    const char *pending = NULL; /* positional after keyword: raised at ')' */
    int seen_kw = 0, seen_dstar = 0;
    *genexp = NULL;
    while (!at(p, GP_TOK_RPAR)) {
        GpToken *t = cur(p);
        if (t->type == GP_TOK_STAR) {
            next(p);
            GpAst *v = expression(p);
            if (seen_dstar)
                raise_tok(p, t, "iterable argument unpacking follows keyword argument unpacking");
            vec_push(p, args, mk_starred(p, t, v));
        } else if (t->type == GP_TOK_DOUBLESTAR) {
            next(p);
            GpAst *v = expression(p);
            GpAst *k = node_tok(p, GP_AST_KEYWORD, t);
            k->v.keyword.value = v;
            vec_push(p, kws, k);
            seen_dstar = 1;
        } else if (t->type == GP_TOK_NAME && peek(p, 1)->type == GP_TOK_EQUAL &&
                   (t->kw == GP_KW_NOT_A_KEYWORD || t->kw == GP_KW_TRUE ||
                    t->kw == GP_KW_FALSE || t->kw == GP_KW_NONE)) {
            if (t->kw != GP_KW_NOT_A_KEYWORD)
                raise_tok(p, t, "cannot assign to %.*s", (int)t->len, t->start);
            next(p);
            next(p);
            GpAst *v = expression(p);
            if (at_kw(p, GP_KW_FOR))
                raise_tok(p, t, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            GpAst *k = node_tok(p, GP_AST_KEYWORD, t);
            k->v.keyword.arg = ident(p, t);
            k->v.keyword.value = v;
            vec_push(p, kws, k);
            seen_kw = 1;
        } else {
            GpAst *a;
            if (at_name(p) && peek(p, 1)->type == GP_TOK_COLONEQUAL)
                a = named_expression(p);
            else
                a = expression(p);
            if (at(p, GP_TOK_EQUAL)) {
                GpToken *eq = cur(p);
                raise_boff(p, GP_ERR_SYNTAX, a->lineno, a->col_offset + 1, eq->end_lineno,
                           eq->end_col + 1,
                           "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (at(p, GP_TOK_COLONEQUAL))
                raise_node(p, a, "cannot use assignment expressions with %s", expr_name(a));
            if (at_kw(p, GP_KW_FOR)) {
                if (!allow_genexp)
                    syntax_error(p);
                GpAstList gens = for_if_clauses(p);
                if (args->len == 0 && kws->len == 0 && at(p, GP_TOK_RPAR)) {
                    GpToken *rp = next(p);
                    GpAst *g = gp_ast_new(p->ar, GP_AST_GENERATOREXP, lpar->lineno, lpar->col,
                                          rp->end_lineno, rp->end_col);
                    if (!g)
                        oom(p);
                    g->v.generatorexp.elt = a;
                    g->v.generatorexp.generators = gens;
                    *genexp = g;
                    return;
                }
                GpToken *e = last_token(p);
                raise_boff(p, GP_ERR_SYNTAX, a->lineno, a->col_offset + 1, e->end_lineno,
                           e->end_col + 1, "Generator expression must be parenthesized");
            }
            if (!pending && seen_dstar)
                pending = "positional argument follows keyword argument unpacking";
            else if (!pending && seen_kw)
                pending = "positional argument follows keyword argument";
            vec_push(p, args, a);
        }
        if (!accept(p, GP_TOK_COMMA))
            break;
    }
    if (pending && at(p, GP_TOK_RPAR))
        raise_last(p, "%s", pending);
    expect(p, GP_TOK_RPAR);
}

/* ---- subscripts ----------------------------------------------------------- */

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression
 * (or a starred_expression, inside slices) */
static GpAst *slice_item(Parser *p)
{
    GpToken *t = cur(p);
    if (t->type == GP_TOK_STAR) {
        next(p);
        return mk_starred(p, t, expression(p));
    }
    GpAst *lower = NULL;
    if (!at(p, GP_TOK_COLON)) {
        lower = named_expression(p);
        if (!at(p, GP_TOK_COLON))
            return lower;
    }
    next(p); /* ':' */
    GpAst *upper = NULL, *step = NULL;
    if (!at(p, GP_TOK_COLON) && !at(p, GP_TOK_COMMA) && !at(p, GP_TOK_RSQB))
        upper = expression(p);
    if (accept(p, GP_TOK_COLON)) {
        if (!at(p, GP_TOK_COMMA) && !at(p, GP_TOK_RSQB))
            step = expression(p);
    }
    GpAst *s = node_tok(p, GP_AST_SLICE, t);
    s->v.slice.lower = lower;
    s->v.slice.upper = upper;
    s->v.slice.step = step;
    return s;
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
static GpAst *slices(Parser *p)
{
    GpToken *t = cur(p);
    GpAst *first = slice_item(p);
    if (!at(p, GP_TOK_COMMA) && first->kind != GP_AST_STARRED)
        return first;
    Vec elts = {0};
    vec_push(p, &elts, first);
    while (accept(p, GP_TOK_COMMA)) {
        if (at(p, GP_TOK_RSQB))
            break;
        vec_push(p, &elts, slice_item(p));
    }
    GpAst *tup = node_tok(p, GP_AST_TUPLE, t);
    tup->v.tuple.elts = vec_list(&elts);
    tup->v.tuple.ctx = GP_CTX_LOAD;
    return tup;
}

/* primary: atom followed by .NAME, (arguments), [slices] */
static GpAst *primary(Parser *p)
{
    GpToken *st = cur(p);
    GpAst *e = atom(p);
    int depth = p->depth;
    for (;;) {
        GpToken *t = cur(p);
        if (t->type == GP_TOK_DOT) {
            next(p);
            const char *attr = expect_name(p);
            GpAst *n = node_tok(p, GP_AST_ATTRIBUTE, st);
            n->v.attribute.value = e;
            n->v.attribute.attr = attr;
            n->v.attribute.ctx = GP_CTX_LOAD;
            e = n;
        } else if (t->type == GP_TOK_LPAR) {
            next(p);
            Vec args = {0}, kws = {0};
            GpAst *genexp;
            arguments(p, t, &args, &kws, &genexp, 1);
            GpAst *n = node_tok(p, GP_AST_CALL, st);
            n->v.call.func = e;
            if (genexp)
                n->v.call.args = list1(p, genexp);
            else
                n->v.call.args = vec_list(&args);
            n->v.call.keywords = vec_list(&kws);
            e = n;
        } else if (t->type == GP_TOK_LSQB) {
            next(p);
            GpAst *s = slices(p);
            expect(p, GP_TOK_RSQB);
            GpAst *n = node_tok(p, GP_AST_SUBSCRIPT, st);
            n->v.subscript.value = e;
            n->v.subscript.slice = s;
            n->v.subscript.ctx = GP_CTX_LOAD;
            e = n;
        } else {
            break;
        }
        enter(p);
    }
    p->depth = depth;
    return e;
}

/* ---- atoms ---------------------------------------------------------------- */

static void *arena_alloc_cb(void *ctx, size_t n)
{
    return gp_astarena_alloc(ctx, n);
}

static GpAst *const_node(Parser *p, const GpToken *t, GpConstKind kind)
{
    GpAst *n = gp_ast_new(p->ar, GP_AST_CONSTANT, t->lineno, t->col, t->end_lineno, t->end_col);
    if (!n)
        oom(p);
    n->v.constant.value.kind = kind;
    return n;
}

static GpAst *number(Parser *p)
{
    GpToken *t = next(p);
    const char *s = t->start;
    size_t n = t->len;
    char last = s[n - 1];
    GpAst *c;
    if (last == 'j' || last == 'J') {
        c = const_node(p, t, GP_CONST_COMPLEX);
        c->v.constant.value.num = gp_literal_float(s, n, alloc(p, n + 1));
        return c;
    }
    int based = n >= 2 && s[0] == '0' && strchr("xXoObB", s[1]);
    if (!based && (memchr(s, '.', n) || memchr(s, 'e', n) || memchr(s, 'E', n))) {
        c = const_node(p, t, GP_CONST_FLOAT);
        c->v.constant.value.num = gp_literal_float(s, n, alloc(p, n + 1));
        return c;
    }
    c = const_node(p, t, GP_CONST_INT);
    char *digits = gp_literal_int_decimal(s, n, arena_alloc_cb, p->ar);
    if (!digits)
        oom(p);
    c->v.constant.value.str = digits;
    c->v.constant.value.len = strlen(digits);
    return c;
}

/* The elements of a display after its first one, up to the closing
 * bracket (not consumed). */
static void display_rest(Parser *p, Vec *elts, GpTokType close)
{
    while (accept(p, GP_TOK_COMMA)) {
        if (at(p, close))
            break;
        vec_push(p, elts, star_named_expression(p));
    }
}

/* [a, b for x in y] and {a, b for x in y}: CPython's invalid_comprehension */
static void check_comprehension_target(Parser *p, const Vec *elts)
{
    if (!at_kw(p, GP_KW_FOR) || elts->len == 0)
        return;
    GpAst *a = elts->items[0];
    if (elts->len > 1) {
        raise_range(p, a, elts->items[elts->len - 1],
                    "did you forget parentheses around the comprehension target?");
    }
    GpToken *comma = tok_at(p, p->pos - 1);
    raise_boff(p, GP_ERR_SYNTAX, a->lineno, a->col_offset + 1, comma->end_lineno,
               comma->end_col + 1, "did you forget parentheses around the comprehension target?");
}

static GpAst *paren_atom(Parser *p)
{
    GpToken *lp = next(p);
    if (at(p, GP_TOK_RPAR)) {
        next(p);
        GpAst *t = node_tok(p, GP_AST_TUPLE, lp);
        t->v.tuple.ctx = GP_CTX_LOAD;
        return t;
    }
    if (at_kw(p, GP_KW_YIELD)) {
        GpAst *y = yield_expr(p);
        expect(p, GP_TOK_RPAR);
        return y;
    }
    if (at(p, GP_TOK_DOUBLESTAR)) {
        size_t idx = p->pos;
        GpToken *ds = next(p);
        expression(p);
        if (at(p, GP_TOK_RPAR))
            raise_tok(p, ds, "cannot use double starred expression here");
        syntax_error_at_index(p, idx);
    }
    GpAst *first = star_named_expression(p);
    if (at_kw(p, GP_KW_FOR) || at_kw(p, GP_KW_ASYNC)) {
        if (first->kind == GP_AST_STARRED)
            raise_node(p, first, "iterable unpacking cannot be used in comprehension");
        GpAstList gens = for_if_clauses(p);
        expect(p, GP_TOK_RPAR);
        GpAst *g = node_tok(p, GP_AST_GENERATOREXP, lp);
        g->v.generatorexp.elt = first;
        g->v.generatorexp.generators = gens;
        return g;
    }
    if (at(p, GP_TOK_COMMA)) {
        Vec elts = {0};
        vec_push(p, &elts, first);
        display_rest(p, &elts, GP_TOK_RPAR);
        expect(p, GP_TOK_RPAR);
        GpAst *t = node_tok(p, GP_AST_TUPLE, lp);
        t->v.tuple.elts = vec_list(&elts);
        t->v.tuple.ctx = GP_CTX_LOAD;
        return t;
    }
    if (first->kind == GP_AST_STARRED && at(p, GP_TOK_RPAR))
        raise_node(p, first, "cannot use starred expression here");
    expect(p, GP_TOK_RPAR);
    return first;
}

static GpAst *list_atom(Parser *p)
{
    GpToken *lb = next(p);
    Vec elts = {0};
    if (!at(p, GP_TOK_RSQB)) {
        GpAst *first = star_named_expression(p);
        if (at_kw(p, GP_KW_FOR) || at_kw(p, GP_KW_ASYNC)) {
            if (first->kind == GP_AST_STARRED)
                raise_node(p, first, "iterable unpacking cannot be used in comprehension");
            GpAstList gens = for_if_clauses(p);
            expect(p, GP_TOK_RSQB);
            GpAst *c = node_tok(p, GP_AST_LISTCOMP, lb);
            c->v.listcomp.elt = first;
            c->v.listcomp.generators = gens;
            return c;
        }
        vec_push(p, &elts, first);
        display_rest(p, &elts, GP_TOK_RSQB);
        check_comprehension_target(p, &elts);
    }
    expect(p, GP_TOK_RSQB);
    GpAst *l = node_tok(p, GP_AST_LIST, lb);
    l->v.list.elts = vec_list(&elts);
    l->v.list.ctx = GP_CTX_LOAD;
    return l;
}

/* The value after "key:" in a dict display. */
static GpAst *dict_value(Parser *p)
{
    if (at(p, GP_TOK_STAR))
        raise_boff(p, GP_ERR_SYNTAX, cur(p)->lineno, cur(p)->col + 1, cur(p)->lineno, -1,
                   "cannot use a starred expression in a dictionary value");
    if (at(p, GP_TOK_RBRACE) || at(p, GP_TOK_COMMA))
        raise_tok(p, tok_at(p, p->pos - 1), "expression expected after dictionary key and ':'");
    return expression(p);
}

static GpAst *brace_atom(Parser *p)
{
    GpToken *lb = next(p);
    Vec keys = {0}, values = {0};
    if (at(p, GP_TOK_RBRACE)) {
        next(p);
        return node_tok(p, GP_AST_DICT, lb);
    }
    GpAst *first_key = NULL, *first_value = NULL;
    GpToken *ds = NULL;
    if (at(p, GP_TOK_DOUBLESTAR)) {
        ds = next(p);
        first_value = bitwise_or(p);
    } else {
        GpAst *first = star_named_expression(p);
        if (!at(p, GP_TOK_COLON) || first->kind == GP_AST_STARRED) {
            /* a set */
            if (at_kw(p, GP_KW_FOR) || at_kw(p, GP_KW_ASYNC)) {
                if (first->kind == GP_AST_STARRED)
                    raise_node(p, first, "iterable unpacking cannot be used in comprehension");
                GpAstList gens = for_if_clauses(p);
                expect(p, GP_TOK_RBRACE);
                GpAst *c = node_tok(p, GP_AST_SETCOMP, lb);
                c->v.setcomp.elt = first;
                c->v.setcomp.generators = gens;
                return c;
            }
            Vec elts = {0};
            vec_push(p, &elts, first);
            display_rest(p, &elts, GP_TOK_RBRACE);
            check_comprehension_target(p, &elts);
            expect(p, GP_TOK_RBRACE);
            GpAst *s = node_tok(p, GP_AST_SET, lb);
            s->v.set.elts = vec_list(&elts);
            return s;
        }
        next(p); /* ':' */
        first_key = first;
        first_value = dict_value(p);
    }
    if (at_kw(p, GP_KW_FOR) || at_kw(p, GP_KW_ASYNC)) {
        if (!first_key)
            raise_tok(p, ds, "dict unpacking cannot be used in dict comprehension");
        GpAstList gens = for_if_clauses(p);
        expect(p, GP_TOK_RBRACE);
        GpAst *c = node_tok(p, GP_AST_DICTCOMP, lb);
        c->v.dictcomp.key = first_key;
        c->v.dictcomp.value = first_value;
        c->v.dictcomp.generators = gens;
        return c;
    }
    vec_push(p, &keys, first_key);
    vec_push(p, &values, first_value);
    while (accept(p, GP_TOK_COMMA)) {
        if (at(p, GP_TOK_RBRACE))
            break;
        if (accept(p, GP_TOK_DOUBLESTAR)) {
            vec_push(p, &keys, NULL);
            vec_push(p, &values, bitwise_or(p));
            continue;
        }
        GpAst *k = expression(p);
        if (!at(p, GP_TOK_COLON))
            raise_boff(p, GP_ERR_SYNTAX, k->lineno, k->end_col_offset, k->end_lineno, -1,
                       "':' expected after dictionary key");
        next(p);
        vec_push(p, &keys, k);
        vec_push(p, &values, dict_value(p));
    }
    expect(p, GP_TOK_RBRACE);
    GpAst *d = node_tok(p, GP_AST_DICT, lb);
    d->v.dict.keys = vec_list(&keys);
    d->v.dict.values = vec_list(&values);
    return d;
}

static GpAst *atom(Parser *p)
{
    GpToken *t = cur(p);
    switch (t->type) {
    case GP_TOK_NAME:
        switch (t->kw) {
        case GP_KW_NOT_A_KEYWORD:
            next(p);
            return name_node(p, t, GP_CTX_LOAD);
        case GP_KW_TRUE:
            next(p);
            return const_node(p, t, GP_CONST_TRUE);
        case GP_KW_FALSE:
            next(p);
            return const_node(p, t, GP_CONST_FALSE);
        case GP_KW_NONE:
            next(p);
            return const_node(p, t, GP_CONST_NONE);
        case GP_KW_AWAIT:
            raise_tok(p, t, "'await' is not supported yet");
            break;
        case GP_KW_ASYNC:
            raise_tok(p, t, "'async' is not supported yet");
            break;
        default:
            break;
        }
        break;
    case GP_TOK_NUMBER:
        return number(p);
    case GP_TOK_STRING:
        return strings(p);
    case GP_TOK_ELLIPSIS:
        next(p);
        return const_node(p, t, GP_CONST_ELLIPSIS);
    case GP_TOK_LPAR: {
        enter(p);
        GpAst *r = paren_atom(p);
        leave(p);
        return r;
    }
    case GP_TOK_LSQB: {
        enter(p);
        GpAst *r = list_atom(p);
        leave(p);
        return r;
    }
    case GP_TOK_LBRACE: {
        enter(p);
        GpAst *r = brace_atom(p);
        leave(p);
        return r;
    }
    default:
        break;
    }
    syntax_error(p);
    return NULL;
}

/* ---- comprehensions, lambda, yield ---------------------------------------- */

/* star_targets of a for clause or statement: elements up to 'in'. */
static GpAst *for_targets(Parser *p)
{
    GpToken *st = cur(p);
    GpAst *first = at(p, GP_TOK_STAR) ? NULL : bitwise_or(p);
    if (!first) {
        GpToken *t = next(p);
        first = mk_starred(p, t, bitwise_or(p));
    }
    if (!at(p, GP_TOK_COMMA))
        return first;
    Vec elts = {0};
    vec_push(p, &elts, first);
    while (accept(p, GP_TOK_COMMA)) {
        if (!starts_star_expression(p))
            break;
        if (at(p, GP_TOK_STAR)) {
            GpToken *t = next(p);
            vec_push(p, &elts, mk_starred(p, t, bitwise_or(p)));
        } else {
            vec_push(p, &elts, bitwise_or(p));
        }
    }
    GpAst *t = node_tok(p, GP_AST_TUPLE, st);
    t->v.tuple.elts = vec_list(&elts);
    t->v.tuple.ctx = GP_CTX_LOAD;
    return t;
}

/* A for target followed by 'in': checked and set to Store. */
static GpAst *for_target_in(Parser *p)
{
    GpAst *target = for_targets(p);
    raise_invalid_target(p, target, FOR_TARGETS);
    if (!at_kw(p, GP_KW_IN))
        syntax_error(p);
    next(p);
    set_ctx(target, GP_CTX_STORE);
    return target;
}

/* for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+ */
static GpAstList for_if_clauses(Parser *p)
{
    Vec gens = {0};
    while (at_kw(p, GP_KW_FOR) || at_kw(p, GP_KW_ASYNC)) {
        if (at_kw(p, GP_KW_ASYNC))
            raise_tok(p, cur(p), "'async' is not supported yet");
        next(p);
        GpAst *c = node_nopos(p, GP_AST_COMPREHENSION);
        c->v.comprehension.target = for_target_in(p);
        c->v.comprehension.iter = disjunction(p);
        Vec ifs = {0};
        while (accept_kw(p, GP_KW_IF))
            vec_push(p, &ifs, disjunction(p));
        c->v.comprehension.ifs = vec_list(&ifs);
        vec_push(p, &gens, c);
    }
    return vec_list(&gens);
}

/* One parameter: NAME [':' annotation] (no annotation in a lambda). */
static GpAst *param(Parser *p, int is_lambda, int star)
{
    GpToken *t = cur(p);
    if (!at_name(p))
        syntax_error(p);
    next(p);
    GpAst *annotation = NULL;
    if (!is_lambda && accept(p, GP_TOK_COLON))
        annotation = star ? star_expression(p) : expression(p);
    GpAst *a = node_tok(p, GP_AST_ARG, t);
    a->v.arg.arg = ident(p, t);
    a->v.arg.annotation = annotation;
    return a;
}

/* parameters / lambda_parameters, up to ')' or ':' (not consumed). */
static GpAst *parameters(Parser *p, int is_lambda)
{
    Vec posonly = {0}, args = {0}, kwonly = {0}, kwdefaults = {0}, defaults = {0};
    GpAst *vararg = NULL, *kwarg = NULL;
    GpToken *star = NULL;
    int seen_slash = 0, seen_default = 0;
    GpTokType end = is_lambda ? GP_TOK_COLON : GP_TOK_RPAR;
    while (!at(p, end)) {
        GpToken *t = cur(p);
        if (t->type == GP_TOK_SLASH) {
            if (seen_slash)
                raise_tok(p, t, "/ may appear only once");
            if (star)
                raise_tok(p, t, "/ must be ahead of *");
            if (args.len == 0)
                raise_tok(p, t, "at least one argument must precede /");
            next(p);
            seen_slash = 1;
            posonly = args;
            memset(&args, 0, sizeof args);
        } else if (t->type == GP_TOK_STAR) {
            if (star)
                raise_tok(p, t, "* argument may appear only once");
            next(p);
            star = t;
            if (at_name(p)) {
                vararg = param(p, is_lambda, 1);
                if (at(p, GP_TOK_EQUAL))
                    raise_tok(p, cur(p), "var-positional argument cannot have default value");
            } else if (at(p, end) ||
                       (at(p, GP_TOK_COMMA) && (peek(p, 1)->type == end ||
                                                peek(p, 1)->type == GP_TOK_DOUBLESTAR))) {
                if (is_lambda)
                    raise_last(p, "named arguments must follow bare *");
                raise_tok(p, t, "named arguments must follow bare *");
            } else if (!at(p, GP_TOK_COMMA)) {
                syntax_error(p);
            }
        } else if (t->type == GP_TOK_DOUBLESTAR) {
            next(p);
            kwarg = param(p, is_lambda, 0);
            if (at(p, GP_TOK_EQUAL))
                raise_tok(p, cur(p), "var-keyword argument cannot have default value");
            if (accept(p, GP_TOK_COMMA) && !at(p, end)) {
                if (at_name(p)) {
                    GpAst *a = param(p, is_lambda, 0);
                    raise_node(p, a, "arguments cannot follow var-keyword argument");
                }
                if (at(p, GP_TOK_STAR) || at(p, GP_TOK_DOUBLESTAR) || at(p, GP_TOK_SLASH))
                    raise_tok(p, cur(p), "arguments cannot follow var-keyword argument");
            }
            break;
        } else if (t->type == GP_TOK_LPAR) {
            /* def f((a, b)): CPython's invalid_parameters */
            size_t k = 1;
            while (peek(p, k)->type == GP_TOK_NAME && peek(p, k)->kw == GP_KW_NOT_A_KEYWORD &&
                   (peek(p, k + 1)->type == GP_TOK_COMMA || peek(p, k + 1)->type == GP_TOK_RPAR)) {
                k += 2;
                if (peek(p, k - 1)->type == GP_TOK_RPAR)
                    break;
            }
            GpToken *rp = peek(p, k - 1);
            if (k > 1 && rp->type == GP_TOK_RPAR)
                raise_boff(p, GP_ERR_SYNTAX, t->lineno, t->col + 1, rp->end_lineno,
                           rp->end_col + 1,
                           is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                     : "Function parameters cannot be parenthesized");
            syntax_error_at_index(p, p->pos);
        } else if (at_name(p)) {
            GpAst *a = param(p, is_lambda, 0);
            GpAst *d = NULL;
            if (accept(p, GP_TOK_EQUAL))
                d = expression(p);
            if (star) {
                vec_push(p, &kwonly, a);
                vec_push(p, &kwdefaults, d);
            } else {
                if (d) {
                    vec_push(p, &defaults, d);
                    seen_default = 1;
                } else if (seen_default) {
                    raise_node(p, a, "non-default argument follows default argument");
                }
                vec_push(p, &args, a);
            }
        } else {
            syntax_error(p);
        }
        if (!accept(p, GP_TOK_COMMA))
            break;
    }
    GpAst *n = node_nopos(p, GP_AST_ARGUMENTS);
    n->v.arguments.posonlyargs = vec_list(&posonly);
    n->v.arguments.args = vec_list(&args);
    n->v.arguments.vararg = vararg;
    n->v.arguments.kwonlyargs = vec_list(&kwonly);
    n->v.arguments.kw_defaults = vec_list(&kwdefaults);
    n->v.arguments.kwarg = kwarg;
    n->v.arguments.defaults = vec_list(&defaults);
    return n;
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
static GpAst *lambdef(Parser *p)
{
    GpToken *t = next(p);
    GpAst *args = parameters(p, 1);
    expect(p, GP_TOK_COLON);
    GpAst *body = expression(p);
    GpAst *n = node_tok(p, GP_AST_LAMBDA, t);
    n->v.lambda.args = args;
    n->v.lambda.body = body;
    return n;
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
static GpAst *yield_expr(Parser *p)
{
    GpToken *t = next(p);
    if (accept_kw(p, GP_KW_FROM)) {
        GpAst *v = expression(p);
        GpAst *n = node_tok(p, GP_AST_YIELDFROM, t);
        n->v.yieldfrom.value = v;
        return n;
    }
    GpAst *v = starts_star_expression(p) ? star_expressions(p) : NULL;
    GpAst *n = node_tok(p, GP_AST_YIELD, t);
    n->v.yield.value = v;
    return n;
}

/* ==== strings and f-strings =============================================== */

/* Port of CPython 3.11's Parser/string_parser.c: adjacent STRING tokens
 * are concatenated; an f-string is taken apart into literal text and
 * replacement fields, each field's expression parsed by a sub-parser over
 * "(expr)". */

typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;

static void sb_append(Parser *p, StrBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = alloc(p, cap);
        if (b->len)
            memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

typedef struct StrCtx {
    GpToken *first, *last;   /* the tokens of the whole concatenation */
    const char *kind;        /* "u" when the first token starts with 'u' */
} StrCtx;

/* CPython's FstringParser */
typedef struct FState {
    Vec exprs;
    StrBuf last;             /* literal text not yet made a Constant */
    int fmode;
} FState;

static GpAst *str_node(Parser *p, const char *s, size_t n, const StrCtx *c, const GpToken *first,
                       const GpToken *last)
{
    GpAst *k = gp_ast_new(p->ar, GP_AST_CONSTANT, first->lineno, first->col, last->end_lineno,
                          last->end_col);
    if (!k)
        oom(p);
    k->v.constant.value.kind = GP_CONST_STR;
    char *d = gp_astarena_strdup(p->ar, s ? s : "", n);
    if (!d)
        oom(p);
    k->v.constant.value.str = d;
    k->v.constant.value.len = n;
    k->v.constant.kind = c->kind;
    return k;
}

static void decode_str_into(Parser *p, StrBuf *out, const char *s, size_t n, int raw)
{
    if (raw) {
        sb_append(p, out, s, n);
        return;
    }
    char *buf = alloc(p, n + 1);
    size_t len;
    GpLitError e;
    if (gp_literal_decode_str(s, n, buf, &len, &e) < 0)
        raise_last(p, "%s", e.msg);
    sb_append(p, out, buf, len);
}

/* Flush the pending literal into a Constant node. */
static void fs_flush(Parser *p, FState *st, const StrCtx *c)
{
    if (st->last.len == 0)
        return;
    vec_push(p, &st->exprs, str_node(p, st->last.data, st->last.len, c, c->first, c->last));
    st->last.len = 0;
}

static GpAst *fs_parse(Parser *p, const char **str, const char *end, int raw, int recurse_lvl,
                       const StrCtx *c, GpToken *t);

/* fstring_find_literal: literal text up to an un-doubled brace.  Returns 1
 * when it stopped at a doubled brace (the caller loops). */
static int fs_find_literal(Parser *p, const char **str, const char *end, int raw,
                           StrBuf *literal, int recurse_lvl)
{
    const char *s = *str;
    const char *literal_start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (recurse_lvl == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    raise_last(p, "f-string: single '}' is not allowed");
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (literal_start != s)
        decode_str_into(p, literal, literal_start, (size_t)(s - literal_start), raw);
    return result;
}

/* fstring_find_expr_location */
static void fs_expr_location(const GpToken *t, const char *expr_start, int *p_lines, int *p_cols)
{
    *p_lines = 0;
    *p_cols = 0;
    const char *parent = t->start;
    int newline_after_brace = 1;
    const char *s = expr_start + 1;
    while (*s != '}' && *s != '\n') {
        if (*s != ' ' && *s != '\t' && *s != '\f') {
            newline_after_brace = 0;
            break;
        }
        s++;
    }
    if (!newline_after_brace) {
        s = expr_start;
        while (s > parent && *s != '\n')
            s--;
        *p_cols += (int)(expr_start - s);
        if (*s == '\n')
            *p_cols -= 1;
    }
    for (const char *q = parent; q < expr_start; q++)
        if (*q == '\n')
            (*p_lines)++;
}

/* fstring_compile_expr: parse "(expr)" with a sub-parser. */
static GpAst *fs_compile_expr(Parser *p, const char *expr_start, const char *expr_end,
                              GpToken *t)
{
    const char *s;
    for (s = expr_start; s != expr_end; s++) {
        char ch = *s;
        if (!(ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f'))
            break;
    }
    if (s == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            raise_last(p, "f-string: expression required before '%c'", *expr_end);
        raise_last(p, "f-string: empty expression not allowed");
    }
    size_t len = (size_t)(expr_end - expr_start);
    char *buf = alloc(p, len + 3);
    buf[0] = '(';
    memcpy(buf + 1, expr_start, len);
    buf[len + 1] = ')';
    buf[len + 2] = '\0';
    int lines, cols;
    fs_expr_location(t, expr_start - 1, &lines, &cols);

    GpTokenizer *tok = alloc(p, sizeof *tok);
    if (gp_tokenizer_init(tok, p->ar, buf, len + 2, p->err->filename, p->err) < 0) {
        p->root->hard_error = 1;
        fail(p);
    }
    Parser sub;
    memset(&sub, 0, sizeof sub);
    sub.ar = p->ar;
    sub.tok = tok;
    sub.err = p->err;
    sub.jb = p->jb;
    sub.depth = p->depth;
    sub.root = p->root;
    sub.no_invalid = p->no_invalid;
    sub.mode = GP_PARSE_EVAL;
    sub.fstring = 1;
    sub.chunk = 32;
    sub.line_delta = t->lineno + lines - 1;
    sub.col_delta = lines != 0 ? cols : t->col + cols;
    enter(&sub);
    GpAst *e = star_expressions(&sub);
    return e;
}

/* fstring_find_expr: one replacement field, from '{' to '}'. */
static GpAst *fs_find_expr(Parser *p, const char **str, const char *end, int raw,
                           int recurse_lvl, StrBuf *expr_text, int *has_text, const StrCtx *c,
                           GpToken *t)
{
    const char *expr_start, *expr_end;
    char quote_char = 0;
    int string_type = 0;
    int nested_depth = 0;
    char parenstack[GP_TOK_MAXLEVEL];
    int conversion = -1;
    GpAst *format_spec = NULL;
    *has_text = 0;

    if (recurse_lvl >= 2)
        raise_last(p, "f-string: expressions nested too deeply");
    *str += 1;
    expr_start = *str;
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\')
            raise_last(p, "f-string expression part cannot include a backslash");
        if (quote_char) {
            if (ch == quote_char) {
                if (string_type == 3) {
                    if (*str + 2 < end && *(*str + 1) == ch && *(*str + 2) == ch) {
                        *str += 2;
                        string_type = 0;
                        quote_char = 0;
                        continue;
                    }
                } else {
                    quote_char = 0;
                    string_type = 0;
                    continue;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && *(*str + 1) == ch && *(*str + 2) == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote_char = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (nested_depth >= GP_TOK_MAXLEVEL)
                raise_last(p, "f-string: too many nested parenthesis");
            parenstack[nested_depth++] = ch;
        } else if (ch == '#') {
            raise_last(p, "f-string expression part cannot include '#'");
        } else if (nested_depth == 0 &&
                   (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (*str + 1 < end) {
                char nx = *(*str + 1);
                if ((ch == '!' && nx == '=') || (ch == '=' && nx == '=') ||
                    (ch == '<' && nx == '=') || (ch == '>' && nx == '=')) {
                    *str += 1;
                    continue;
                }
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!nested_depth)
                raise_last(p, "f-string: unmatched '%c'", ch);
            nested_depth--;
            int opening = (unsigned char)parenstack[nested_depth];
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                  (opening == '{' && ch == '}')))
                raise_last(p,
                           "f-string: closing parenthesis '%c' does not match opening "
                           "parenthesis '%c'",
                           ch, opening);
        }
    }
    expr_end = *str;
    if (quote_char)
        raise_last(p, "f-string: unterminated string");
    if (nested_depth)
        raise_last(p, "f-string: unmatched '%c'", parenstack[nested_depth - 1]);
    if (*str >= end)
        goto unexpected_end_of_string;

    GpAst *simple = fs_compile_expr(p, expr_start, expr_end, t);

    if (**str == '=') {
        *str += 1;
        while (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\r' ||
               **str == '\f' || **str == '\v')
            *str += 1;
        if (*str >= end)
            goto unexpected_end_of_string;
        sb_append(p, expr_text, expr_start, (size_t)(*str - expr_start));
        *has_text = 1;
    }
    if (**str == '!') {
        *str += 1;
        if (*str >= end)
            goto unexpected_end_of_string;
        conversion = (unsigned char)**str;
        *str += 1;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a'))
            raise_last(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    if (*str >= end)
        goto unexpected_end_of_string;
    if (**str == ':') {
        *str += 1;
        if (*str >= end)
            goto unexpected_end_of_string;
        format_spec = fs_parse(p, str, end, raw, recurse_lvl + 1, c, t);
    }
    if (*str >= end || **str != '}')
        goto unexpected_end_of_string;
    *str += 1;
    if (*has_text && !format_spec && conversion == -1)
        conversion = 'r';
    GpAst *fv = gp_ast_new(p->ar, GP_AST_FORMATTEDVALUE, c->first->lineno, c->first->col,
                           c->last->end_lineno, c->last->end_col);
    if (!fv)
        oom(p);
    fv->v.formattedvalue.value = simple;
    fv->v.formattedvalue.conversion = conversion;
    fv->v.formattedvalue.format_spec = format_spec;
    return fv;

unexpected_end_of_string:
    raise_last(p, "f-string: expecting '}'");
    return NULL;
}

/* _PyPegen_FstringParser_ConcatFstring */
static void fs_concat(Parser *p, FState *st, const char **str, const char *end, int raw,
                      int recurse_lvl, const StrCtx *c, GpToken *t)
{
    st->fmode = 1;
    for (;;) {
        StrBuf text = {0};
        int has_text = 0;
        GpAst *expression = NULL;
        int result = fs_find_literal(p, str, end, raw, &st->last, recurse_lvl);
        if (result == 1)
            continue;
        if (*str >= end || **str == '}')
            break;
        expression = fs_find_expr(p, str, end, raw, recurse_lvl, &text, &has_text, c, t);
        if (has_text && text.len)
            sb_append(p, &st->last, text.data, text.len);
        fs_flush(p, st, c);
        vec_push(p, &st->exprs, expression);
    }
    if (recurse_lvl == 0 && *str < end)
        raise_last(p, "f-string: unexpected end of string");
    if (recurse_lvl != 0 && (*str >= end || **str != '}'))
        raise_last(p, "f-string: expecting '}'");
}

/* _PyPegen_FstringParser_Finish */
static GpAst *fs_finish(Parser *p, FState *st, const StrCtx *c, const GpToken *first,
                        const GpToken *last)
{
    if (!st->fmode)
        return str_node(p, st->last.data, st->last.len, c, first, last);
    if (st->last.len) {
        vec_push(p, &st->exprs, str_node(p, st->last.data, st->last.len, c, first, last));
        st->last.len = 0;
    }
    GpAst *j = gp_ast_new(p->ar, GP_AST_JOINEDSTR, first->lineno, first->col, last->end_lineno,
                          last->end_col);
    if (!j)
        oom(p);
    j->v.joinedstr.values = vec_list(&st->exprs);
    return j;
}

/* A format spec: an f-string of its own, always a JoinedStr. */
static GpAst *fs_parse(Parser *p, const char **str, const char *end, int raw, int recurse_lvl,
                       const StrCtx *c, GpToken *t)
{
    FState st;
    memset(&st, 0, sizeof st);
    fs_concat(p, &st, str, end, raw, recurse_lvl, c, t);
    return fs_finish(p, &st, c, t, t);
}

/* strings: STRING+ */
static GpAst *strings(Parser *p)
{
    size_t i0 = p->pos;
    while (at(p, GP_TOK_STRING))
        next(p);
    size_t n = p->pos - i0;
    StrCtx c;
    c.first = tok_at(p, i0);
    c.last = tok_at(p, p->pos - 1);
    c.kind = c.first->start[0] == 'u' ? "u" : NULL;
    FState st;
    memset(&st, 0, sizeof st);
    StrBuf bytes = {0};
    int bytesmode = 0;
    for (size_t i = 0; i < n; i++) {
        GpToken *t = tok_at(p, i0 + i);
        const char *s = t->start;
        int b = 0, r = 0, f = 0;
        while (*s != '\'' && *s != '"') {
            switch (*s) {
            case 'b': case 'B': b = 1; break;
            case 'r': case 'R': r = 1; break;
            case 'f': case 'F': f = 1; break;
            default: break;
            }
            s++;
        }
        size_t len = t->len - (size_t)(s - t->start);
        char q = *s;
        const char *body = s + 1;
        size_t blen = len - 2;
        if (len >= 6 && s[1] == q && s[2] == q) {
            body = s + 3;
            blen = len - 6;
        }
        if (b) {
            for (size_t k = 0; k < blen; k++)
                if ((unsigned char)body[k] >= 0x80)
                    raise_tok(p, t, "bytes can only contain ASCII literal characters");
        }
        StrBuf piece = {0};
        if (!f) {
            if (b && !r) {
                char *buf = alloc(p, blen + 1);
                size_t dl;
                GpLitError e;
                if (gp_literal_decode_bytes(body, blen, buf, &dl, &e) < 0)
                    raise_last(p, "%s", e.msg);
                sb_append(p, &piece, buf, dl);
            } else {
                decode_str_into(p, &piece, body, blen, r);
            }
        }
        if (i != 0 && bytesmode != b)
            raise_last(p, "cannot mix bytes and nonbytes literals");
        bytesmode = b;
        if (f) {
            const char *fs = body;
            fs_concat(p, &st, &fs, body + blen, r, 0, &c, t);
        } else if (b) {
            if (piece.len)
                sb_append(p, &bytes, piece.data, piece.len);
        } else if (piece.len) {
            sb_append(p, &st.last, piece.data, piece.len);
        }
    }
    if (bytesmode) {
        GpAst *k = gp_ast_new(p->ar, GP_AST_CONSTANT, c.first->lineno, c.first->col,
                              c.last->end_lineno, c.last->end_col);
        if (!k)
            oom(p);
        k->v.constant.value.kind = GP_CONST_BYTES;
        k->v.constant.value.str = bytes.data ? bytes.data : "";
        k->v.constant.value.len = bytes.len;
        return k;
    }
    return fs_finish(p, &st, &c, c.first, c.last);
}

/* ==== statements ========================================================== */

static void statement(Parser *p, Vec *body);
static void simple_stmts(Parser *p, Vec *body);

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
static GpAstList block(Parser *p, const char *what, int lineno)
{
    Vec body = {0};
    if (at(p, GP_TOK_NEWLINE)) {
        next(p);
        if (!at(p, GP_TOK_INDENT))
            raise_last_kind(p, GP_ERR_INDENTATION, "expected an indented block after %s on line %d",
                            what, lineno);
        next(p);
        enter(p);
        while (!at(p, GP_TOK_DEDENT) && !at(p, GP_TOK_ENDMARKER))
            statement(p, &body);
        accept(p, GP_TOK_DEDENT);
        leave(p);
    } else {
        simple_stmts(p, &body);
    }
    return vec_list(&body);
}

/* The ':' of if/elif/while/for/with/class/except: "expected ':'" when the
 * line ends there, "invalid syntax" otherwise. */
static void expect_colon(Parser *p)
{
    if (at(p, GP_TOK_COLON)) {
        next(p);
        return;
    }
    if (at(p, GP_TOK_NEWLINE))
        raise_last(p, "expected ':'");
    syntax_error(p);
}

static GpAstList else_block(Parser *p)
{
    GpToken *t = next(p);
    expect_forced(p, GP_TOK_COLON, ":");
    return block(p, "'else' statement", t->lineno);
}

static GpAst *if_stmt(Parser *p)
{
    GpToken *t = next(p); /* 'if' or 'elif' */
    int elif = t->kw == GP_KW_ELIF;
    GpAst *test = named_expression(p);
    expect_colon(p);
    GpAstList body = block(p, elif ? "'elif' statement" : "'if' statement", t->lineno);
    GpAstList orelse = {0};
    if (at_kw(p, GP_KW_ELIF))
        orelse = list1(p, if_stmt(p));
    else if (at_kw(p, GP_KW_ELSE))
        orelse = else_block(p);
    GpAst *n = node_tok(p, GP_AST_IF, t);
    n->v.if_.test = test;
    n->v.if_.body = body;
    n->v.if_.orelse = orelse;
    return n;
}

static GpAst *while_stmt(Parser *p)
{
    GpToken *t = next(p);
    GpAst *test = named_expression(p);
    expect_colon(p);
    GpAstList body = block(p, "'while' statement", t->lineno);
    GpAstList orelse = {0};
    if (at_kw(p, GP_KW_ELSE))
        orelse = else_block(p);
    GpAst *n = node_tok(p, GP_AST_WHILE, t);
    n->v.while_.test = test;
    n->v.while_.body = body;
    n->v.while_.orelse = orelse;
    return n;
}

static GpAst *for_stmt(Parser *p)
{
    GpToken *t = next(p);
    GpAst *target = for_target_in(p);
    GpAst *iter = star_expressions(p);
    expect_colon(p);
    GpAstList body = block(p, "'for' statement", t->lineno);
    GpAstList orelse = {0};
    if (at_kw(p, GP_KW_ELSE))
        orelse = else_block(p);
    GpAst *n = node_tok(p, GP_AST_FOR, t);
    n->v.for_.target = target;
    n->v.for_.iter = iter;
    n->v.for_.body = body;
    n->v.for_.orelse = orelse;
    return n;
}

/* with_item: expression ['as' star_target] */
static GpAst *with_item(Parser *p)
{
    GpAst *e = expression(p);
    GpAst *vars = NULL;
    if (accept_kw(p, GP_KW_AS)) {
        size_t start = p->pos;
        if (at(p, GP_TOK_STAR)) {
            GpToken *s = next(p);
            vars = mk_starred(p, s, bitwise_or(p));
        } else {
            vars = bitwise_or(p);
        }
        if (!p->no_invalid && !at(p, GP_TOK_COMMA) && !at(p, GP_TOK_RPAR) && !at(p, GP_TOK_COLON))
            check_adjacent_expressions(p, vars, start);
        raise_invalid_target(p, vars, STAR_TARGETS);
        set_ctx(vars, GP_CTX_STORE);
    }
    GpAst *w = node_nopos(p, GP_AST_WITHITEM);
    w->v.withitem.context_expr = e;
    w->v.withitem.optional_vars = vars;
    return w;
}

/* '(' with_item (',' with_item)* [','] ')' ':' -- a List holding them */
static GpAst *with_items_parenthesized(Parser *p)
{
    Vec items = {0};
    expect(p, GP_TOK_LPAR);
    do {
        if (at(p, GP_TOK_RPAR) && items.len)
            break;
        vec_push(p, &items, with_item(p));
    } while (accept(p, GP_TOK_COMMA));
    expect(p, GP_TOK_RPAR);
    if (!at(p, GP_TOK_COLON))
        syntax_error(p);
    GpAst *l = node_nopos(p, GP_AST_LIST);
    l->v.list.elts = vec_list(&items);
    return l;
}

static GpAst *with_stmt(Parser *p)
{
    GpToken *t = next(p);
    GpAstList items = {0};
    GpAst *paren = at(p, GP_TOK_LPAR) ? speculate(p, with_items_parenthesized) : NULL;
    if (paren) {
        items = paren->v.list.elts;
    } else {
        Vec v = {0};
        do
            vec_push(p, &v, with_item(p));
        while (accept(p, GP_TOK_COMMA));
        items = vec_list(&v);
    }
    expect_colon(p);
    GpAstList body = block(p, "'with' statement", t->lineno);
    GpAst *n = node_tok(p, GP_AST_WITH, t);
    n->v.with.items = items;
    n->v.with.body = body;
    return n;
}

static GpAst *try_stmt(Parser *p)
{
    GpToken *t = next(p);
    expect_forced(p, GP_TOK_COLON, ":");
    GpAstList body = block(p, "'try' statement", t->lineno);
    Vec handlers = {0};
    while (at_kw(p, GP_KW_EXCEPT)) {
        GpToken *et = next(p);
        if (at(p, GP_TOK_STAR))
            raise_tok(p, et, "'except*' is not supported yet");
        GpAst *type = NULL;
        const char *name = NULL;
        if (!at(p, GP_TOK_COLON)) {
            if (at(p, GP_TOK_NEWLINE))
                raise_last(p, "expected ':'");
            type = expression(p);
            if (at(p, GP_TOK_COMMA))
                raise_boff(p, GP_ERR_SYNTAX, type->lineno, type->col_offset + 1, type->end_lineno,
                           -1, "multiple exception types must be parenthesized");
            if (accept_kw(p, GP_KW_AS))
                name = expect_name(p);
        }
        expect_colon(p);
        GpAstList hbody = block(p, "'except' statement", et->lineno);
        GpAst *h = node_tok(p, GP_AST_EXCEPTHANDLER, et);
        h->v.excepthandler.type = type;
        h->v.excepthandler.name = name;
        h->v.excepthandler.body = hbody;
        vec_push(p, &handlers, h);
    }
    GpAstList orelse = {0}, finalbody = {0};
    if (handlers.len && at_kw(p, GP_KW_ELSE))
        orelse = else_block(p);
    if (at_kw(p, GP_KW_FINALLY)) {
        GpToken *ft = next(p);
        expect_forced(p, GP_TOK_COLON, ":");
        finalbody = block(p, "'finally' statement", ft->lineno);
    } else if (!handlers.len) {
        raise_last(p, "expected 'except' or 'finally' block");
    }
    GpAst *n = node_tok(p, GP_AST_TRY, t);
    n->v.try_.body = body;
    n->v.try_.handlers = vec_list(&handlers);
    n->v.try_.orelse = orelse;
    n->v.try_.finalbody = finalbody;
    return n;
}

static GpAst *funcdef(Parser *p, GpAstList decorators)
{
    GpToken *t = next(p);
    const char *name = expect_name(p);
    expect_forced(p, GP_TOK_LPAR, "(");
    GpAst *args = parameters(p, 0);
    expect(p, GP_TOK_RPAR);
    GpAst *returns = NULL;
    if (at(p, GP_TOK_RARROW)) {
        GpToken *arrow = next(p);
        if (!starts_expression(p))
            raise_tok(p, arrow, "expected ':'");
        returns = expression(p);
    }
    expect_forced(p, GP_TOK_COLON, ":");
    GpAstList body = block(p, "function definition", t->lineno);
    GpAst *n = node_tok(p, GP_AST_FUNCTIONDEF, t);
    n->v.functiondef.name = name;
    n->v.functiondef.args = args;
    n->v.functiondef.body = body;
    n->v.functiondef.decorator_list = decorators;
    n->v.functiondef.returns = returns;
    return n;
}

static GpAst *classdef(Parser *p, GpAstList decorators)
{
    GpToken *t = next(p);
    const char *name = expect_name(p);
    Vec bases = {0}, kws = {0};
    if (at(p, GP_TOK_LPAR)) {
        GpToken *lp = next(p);
        GpAst *genexp;
        arguments(p, lp, &bases, &kws, &genexp, 0);
        if (genexp)
            vec_push(p, &bases, genexp);
    }
    expect_colon(p);
    GpAstList body = block(p, "class definition", t->lineno);
    GpAst *n = node_tok(p, GP_AST_CLASSDEF, t);
    n->v.classdef.name = name;
    n->v.classdef.bases = vec_list(&bases);
    n->v.classdef.keywords = vec_list(&kws);
    n->v.classdef.body = body;
    n->v.classdef.decorator_list = decorators;
    return n;
}

static GpAst *decorated(Parser *p)
{
    Vec decos = {0};
    while (accept(p, GP_TOK_AT)) {
        vec_push(p, &decos, named_expression(p));
        expect(p, GP_TOK_NEWLINE);
    }
    if (at_kw(p, GP_KW_DEF))
        return funcdef(p, vec_list(&decos));
    if (at_kw(p, GP_KW_CLASS))
        return classdef(p, vec_list(&decos));
    if (at_kw(p, GP_KW_ASYNC))
        raise_tok(p, cur(p), "'async' is not supported yet");
    syntax_error(p);
    return NULL;
}

/* ---- simple statements ---------------------------------------------------- */

static const char *dotted_name(Parser *p)
{
    StrBuf b = {0};
    GpToken *t = cur(p);
    if (!at_name(p))
        syntax_error(p);
    next(p);
    sb_append(p, &b, ident(p, t), strlen(ident(p, t)));
    while (at(p, GP_TOK_DOT)) {
        next(p);
        GpToken *n = cur(p);
        if (!at_name(p))
            syntax_error(p);
        next(p);
        const char *id = ident(p, n);
        sb_append(p, &b, ".", 1);
        sb_append(p, &b, id, strlen(id));
    }
    return b.data;
}

static GpAst *alias_node(Parser *p, int dotted)
{
    GpToken *t = cur(p);
    const char *name = dotted ? dotted_name(p) : expect_name(p);
    const char *asname = NULL;
    if (accept_kw(p, GP_KW_AS))
        asname = expect_name(p);
    GpAst *a = node_tok(p, GP_AST_ALIAS, t);
    a->v.alias.name = name;
    a->v.alias.asname = asname;
    return a;
}

static GpAst *import_name(Parser *p)
{
    GpToken *t = next(p);
    Vec names = {0};
    do
        vec_push(p, &names, alias_node(p, 1));
    while (accept(p, GP_TOK_COMMA));
    GpAst *n = node_tok(p, GP_AST_IMPORT, t);
    n->v.import.names = vec_list(&names);
    return n;
}

static GpAst *import_from(Parser *p)
{
    GpToken *t = next(p);
    int level = 0;
    for (;;) {
        if (accept(p, GP_TOK_DOT))
            level += 1;
        else if (accept(p, GP_TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    const char *module = NULL;
    if (at_name(p))
        module = dotted_name(p);
    else if (level == 0)
        syntax_error(p);
    if (!accept_kw(p, GP_KW_IMPORT))
        syntax_error(p);
    Vec names = {0};
    if (at(p, GP_TOK_STAR)) {
        GpToken *s = next(p);
        GpAst *a = node_tok(p, GP_AST_ALIAS, s);
        a->v.alias.name = "*";
        vec_push(p, &names, a);
    } else if (accept(p, GP_TOK_LPAR)) {
        do {
            if (at(p, GP_TOK_RPAR) && names.len)
                break;
            vec_push(p, &names, alias_node(p, 0));
        } while (accept(p, GP_TOK_COMMA));
        expect(p, GP_TOK_RPAR);
    } else {
        for (;;) {
            vec_push(p, &names, alias_node(p, 0));
            if (!accept(p, GP_TOK_COMMA))
                break;
            if (at(p, GP_TOK_NEWLINE))
                raise_last(p, "trailing comma not allowed without surrounding parentheses");
        }
    }
    GpAst *n = node_tok(p, GP_AST_IMPORTFROM, t);
    n->v.importfrom.module = module;
    n->v.importfrom.names = vec_list(&names);
    n->v.importfrom.level = level;
    return n;
}

static GpAst *global_stmt(Parser *p, GpAstKind kind)
{
    GpToken *t = next(p);
    size_t cap = 4, len = 0;
    const char **items = alloc(p, cap * sizeof *items);
    do {
        if (len == cap) {
            const char **it = alloc(p, 2 * cap * sizeof *it);
            memcpy(it, items, len * sizeof *it);
            items = it;
            cap *= 2;
        }
        items[len++] = expect_name(p);
    } while (accept(p, GP_TOK_COMMA));
    GpAst *n = node_tok(p, kind, t);
    if (kind == GP_AST_GLOBAL) {
        n->v.global.names.items = items;
        n->v.global.names.len = len;
    } else {
        n->v.nonlocal.names.items = items;
        n->v.nonlocal.names.len = len;
    }
    return n;
}

static GpAst *del_stmt(Parser *p)
{
    GpToken *t = next(p);
    Vec targets = {0};
    do {
        if (at(p, GP_TOK_NEWLINE) || at(p, GP_TOK_SEMI)) {
            if (!targets.len)
                syntax_error(p);
            break;
        }
        vec_push(p, &targets, star_expression(p));
    } while (accept(p, GP_TOK_COMMA));
    for (size_t i = 0; i < targets.len; i++)
        raise_invalid_target(p, targets.items[i], DEL_TARGETS);
    if (!at(p, GP_TOK_NEWLINE) && !at(p, GP_TOK_SEMI))
        syntax_error(p);
    for (size_t i = 0; i < targets.len; i++)
        set_ctx(targets.items[i], GP_CTX_DEL);
    GpAst *n = node_tok(p, GP_AST_DELETE, t);
    n->v.delete_.targets = vec_list(&targets);
    return n;
}

static GpOperator augassign_op(GpTokType type)
{
    switch (type) {
    case GP_TOK_PLUSEQUAL: return GP_OP_ADD;
    case GP_TOK_MINEQUAL: return GP_OP_SUB;
    case GP_TOK_STAREQUAL: return GP_OP_MULT;
    case GP_TOK_ATEQUAL: return GP_OP_MATMULT;
    case GP_TOK_SLASHEQUAL: return GP_OP_DIV;
    case GP_TOK_PERCENTEQUAL: return GP_OP_MOD;
    case GP_TOK_AMPEREQUAL: return GP_OP_BITAND;
    case GP_TOK_VBAREQUAL: return GP_OP_BITOR;
    case GP_TOK_CIRCUMFLEXEQUAL: return GP_OP_BITXOR;
    case GP_TOK_LEFTSHIFTEQUAL: return GP_OP_LSHIFT;
    case GP_TOK_RIGHTSHIFTEQUAL: return GP_OP_RSHIFT;
    case GP_TOK_DOUBLESTAREQUAL: return GP_OP_POW;
    case GP_TOK_DOUBLESLASHEQUAL: return GP_OP_FLOORDIV;
    default: return 0;
    }
}

static GpAst *rhs(Parser *p)
{
    return at_kw(p, GP_KW_YIELD) ? yield_expr(p) : star_expressions(p);
}

/* Does a bitwise_or start at the current token? */
static int starts_bitwise_or(Parser *p)
{
    GpToken *t = cur(p);
    if (t->type == GP_TOK_NAME)
        return t->kw == GP_KW_NOT_A_KEYWORD || t->kw == GP_KW_NONE || t->kw == GP_KW_TRUE ||
               t->kw == GP_KW_FALSE || t->kw == GP_KW_AWAIT;
    return starts_expression(p);
}

/* The leftmost atom of an expression (for CPython's lookahead
 * !(list|tuple|genexp|True|None|False) in invalid_named_expression). */
static const GpAst *leftmost(const GpAst *e)
{
    for (;;) {
        switch (e->kind) {
        case GP_AST_ATTRIBUTE: e = e->v.attribute.value; break;
        case GP_AST_SUBSCRIPT: e = e->v.subscript.value; break;
        case GP_AST_CALL: e = e->v.call.func; break;
        case GP_AST_BINOP: e = e->v.binop.left; break;
        default: return e;
        }
    }
}

/* CPython's lookahead !(list|tuple|genexp|'True'|'None'|'False'). */
static int starts_with_literal(const GpAst *e)
{
    const GpAst *lm = leftmost(e);
    return lm->kind == GP_AST_LIST || lm->kind == GP_AST_TUPLE ||
           lm->kind == GP_AST_GENERATOREXP ||
           (lm->kind == GP_AST_CONSTANT && (lm->v.constant.value.kind == GP_CONST_TRUE ||
                                            lm->v.constant.value.kind == GP_CONST_FALSE ||
                                            lm->v.constant.value.kind == GP_CONST_NONE));
}

static int is_bitwise_or_level(const GpAst *e)
{
    switch (e->kind) {
    case GP_AST_COMPARE:
    case GP_AST_BOOLOP:
    case GP_AST_IFEXP:
    case GP_AST_LAMBDA:
    case GP_AST_NAMEDEXPR:
    case GP_AST_STARRED:
    case GP_AST_YIELD:
    case GP_AST_YIELDFROM:
        return 0;
    case GP_AST_UNARYOP:
        return e->v.unaryop.op != GP_UOP_NOT;
    default:
        return 1;
    }
}

/* Assignment targets: checked, with CPython's messages, then Store. */
static void check_assign_targets(Parser *p, Vec *targets, int value_bitwise,
                                 const GpToken *start)
{
    for (size_t i = 0; i < targets->len; i++) {
        GpAst *tg = targets->items[i];
        /* a target that does not start where the statement does is in
         * parentheses: an atom, whatever is inside */
        int paren = i == 0 && (tg->lineno != start->lineno || tg->col_offset != start->col);
        if ((tg->kind == GP_AST_YIELD || tg->kind == GP_AST_YIELDFROM) && !paren)
            raise_node(p, tg, "assignment to yield expression not possible");
        const GpAst *bad = invalid_target(tg, STAR_TARGETS);
        if (!bad)
            continue;
        if (targets->len == 1 && value_bitwise) {
            const GpAst *e = tg;
            int bare = tg == p->bare_tuple;
            if (bare)
                e = tg->v.tuple.elts.items[tg->v.tuple.elts.len - 1];
            if (bare && e->kind == GP_AST_NAME)
                raise_node(p, e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            if ((!bare || e->kind != GP_AST_STARRED) && (paren || is_bitwise_or_level(e)) &&
                !starts_with_literal(e))
                raise_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                           expr_name(e));
        }
        raise_node(p, bad, "cannot assign to %s", expr_name(bad));
    }
    for (size_t i = 0; i < targets->len; i++)
        set_ctx(targets->items[i], GP_CTX_STORE);
}

/* assignment | star_expressions */
static GpAst *expr_stmt(Parser *p)
{
    GpToken *start = cur(p);
    p->bare_tuple = NULL;
    GpAst *first = rhs(p);
    GpToken *t = cur(p);
    if (t->type == GP_TOK_COLON) {
        int simple = 0;
        switch (first->kind) {
        case GP_AST_NAME: simple = start->type != GP_TOK_LPAR; break;
        case GP_AST_ATTRIBUTE:
        case GP_AST_SUBSCRIPT: break;
        case GP_AST_TUPLE:
        case GP_AST_LIST:
            raise_node(p, first, "only single target (not %s) can be annotated",
                       first->kind == GP_AST_TUPLE ? "tuple" : "list");
            break;
        default:
            raise_node(p, first, "illegal target for annotation");
        }
        next(p);
        GpAst *annotation = expression(p);
        GpAst *value = NULL;
        if (accept(p, GP_TOK_EQUAL))
            value = rhs(p);
        set_ctx(first, GP_CTX_STORE);
        GpAst *n = node_tok(p, GP_AST_ANNASSIGN, start);
        n->v.annassign.target = first;
        n->v.annassign.annotation = annotation;
        n->v.annassign.value = value;
        n->v.annassign.simple = simple;
        return n;
    }
    GpOperator op = augassign_op(t->type);
    if (op) {
        if (first->kind != GP_AST_NAME && first->kind != GP_AST_ATTRIBUTE &&
            first->kind != GP_AST_SUBSCRIPT)
            raise_node(p, first, "'%s' is an illegal expression for augmented assignment",
                       expr_name(first));
        next(p);
        GpAst *value = rhs(p);
        set_ctx(first, GP_CTX_STORE);
        GpAst *n = node_tok(p, GP_AST_AUGASSIGN, start);
        n->v.augassign.target = first;
        n->v.augassign.op = op;
        n->v.augassign.value = value;
        return n;
    }
    if (t->type == GP_TOK_EQUAL) {
        Vec targets = {0};
        GpAst *value = first;
        int value_bitwise = 0;
        GpAst *bare = p->bare_tuple;
        while (accept(p, GP_TOK_EQUAL)) {
            vec_push(p, &targets, value);
            value_bitwise = starts_bitwise_or(p);
            value = rhs(p);
        }
        p->bare_tuple = bare;
        check_assign_targets(p, &targets, value_bitwise, start);
        GpAst *n = node_tok(p, GP_AST_ASSIGN, start);
        n->v.assign.targets = vec_list(&targets);
        n->v.assign.value = value;
        return n;
    }
    GpAst *n = node_tok(p, GP_AST_EXPR, start);
    n->v.expr.value = first;
    return n;
}

static GpAst *simple_stmt(Parser *p)
{
    GpToken *t = cur(p);
    if (t->type == GP_TOK_NAME) {
        switch (t->kw) {
        case GP_KW_RETURN: {
            next(p);
            GpAst *v = starts_star_expression(p) ? star_expressions(p) : NULL;
            GpAst *n = node_tok(p, GP_AST_RETURN, t);
            n->v.return_.value = v;
            return n;
        }
        case GP_KW_IMPORT:
            return import_name(p);
        case GP_KW_FROM:
            return import_from(p);
        case GP_KW_RAISE: {
            next(p);
            GpAst *exc = NULL, *cause = NULL;
            if (starts_expression(p)) {
                exc = expression(p);
                if (accept_kw(p, GP_KW_FROM))
                    cause = expression(p);
            }
            GpAst *n = node_tok(p, GP_AST_RAISE, t);
            n->v.raise.exc = exc;
            n->v.raise.cause = cause;
            return n;
        }
        case GP_KW_PASS:
            next(p);
            return node_tok(p, GP_AST_PASS, t);
        case GP_KW_BREAK:
            next(p);
            return node_tok(p, GP_AST_BREAK, t);
        case GP_KW_CONTINUE:
            next(p);
            return node_tok(p, GP_AST_CONTINUE, t);
        case GP_KW_DEL:
            return del_stmt(p);
        case GP_KW_ASSERT: {
            next(p);
            GpAst *test = expression(p);
            GpAst *msg = NULL;
            if (accept(p, GP_TOK_COMMA))
                msg = expression(p);
            GpAst *n = node_tok(p, GP_AST_ASSERT, t);
            n->v.assert_.test = test;
            n->v.assert_.msg = msg;
            return n;
        }
        case GP_KW_GLOBAL:
            return global_stmt(p, GP_AST_GLOBAL);
        case GP_KW_NONLOCAL:
            return global_stmt(p, GP_AST_NONLOCAL);
        default:
            break;
        }
    }
    return expr_stmt(p);
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static void simple_stmts(Parser *p, Vec *body)
{
    for (;;) {
        vec_push(p, body, simple_stmt(p));
        if (!accept(p, GP_TOK_SEMI))
            break;
        if (at(p, GP_TOK_NEWLINE))
            break;
    }
    expect(p, GP_TOK_NEWLINE);
}

/* The head of a match statement: 'match' subject ':' */
static GpAst *match_head(Parser *p)
{
    next(p);
    GpAst *subject = star_named_expression(p);
    if (at(p, GP_TOK_COMMA)) {
        while (accept(p, GP_TOK_COMMA)) {
            if (at(p, GP_TOK_COLON))
                break;
            star_named_expression(p);
        }
    }
    if (!at(p, GP_TOK_COLON))
        syntax_error(p);
    return subject;
}

static void statement(Parser *p, Vec *body)
{
    GpToken *t = cur(p);
    GpAstList none = {0};
    if (t->type == GP_TOK_NAME) {
        switch (t->kw) {
        case GP_KW_IF: vec_push(p, body, if_stmt(p)); return;
        case GP_KW_WHILE: vec_push(p, body, while_stmt(p)); return;
        case GP_KW_FOR: vec_push(p, body, for_stmt(p)); return;
        case GP_KW_TRY: vec_push(p, body, try_stmt(p)); return;
        case GP_KW_WITH: vec_push(p, body, with_stmt(p)); return;
        case GP_KW_DEF: vec_push(p, body, funcdef(p, none)); return;
        case GP_KW_CLASS: vec_push(p, body, classdef(p, none)); return;
        case GP_KW_ASYNC: raise_tok(p, t, "'async' is not supported yet"); return;
        case GP_KW_NOT_A_KEYWORD:
            if (tok_is(t, "match")) {
                GpTokType n = peek(p, 1)->type;
                if (n != GP_TOK_EQUAL && n != GP_TOK_DOT && n != GP_TOK_NEWLINE &&
                    n != GP_TOK_COLON && n != GP_TOK_COMMA && n != GP_TOK_SEMI &&
                    !augassign_op(n) && speculate(p, match_head))
                    raise_tok(p, t, "the match statement is not supported yet");
            }
            break;
        default:
            break;
        }
    } else if (t->type == GP_TOK_AT) {
        vec_push(p, body, decorated(p));
        return;
    }
    simple_stmts(p, body);
}

/* ==== the entry point ===================================================== */

/* After an error from the parser, CPython reads on to the end: an error of
 * the tokenizer further down wins (_PyPegen_tokenize_full_source_to_check_
 * for_errors), and so does a bracket left open on an earlier line. */
static void check_rest(Parser *p)
{
    GpToken *last = tok_at(p, p->ntok - 1);
    int err_line = last->lineno;
    GpSyntaxError saved = *p->err;
    GpToken t;
    for (;;) {
        GpTokType type = gp_tokenizer_next(p->tok, &t);
        if (type == GP_TOK_ENDMARKER)
            break;
        if (type == GP_TOK_ERRORTOKEN) {
            GpTokenizer *tok = p->tok;
            if (tok->done == GP_TOKD_ERROR)
                return; /* the tokenizer's message replaces ours */
            if (tok->done == GP_TOKD_EOF && tok->level != 0) {
                int l = tok->parenlinenostack[tok->level - 1];
                if (err_line > l) {
                    char msg[64];
                    snprintf(msg, sizeof msg, "'%c' was never closed",
                             tok->parenstack[tok->level - 1]);
                    gp_tokenizer_error_at(tok, GP_ERR_SYNTAX, l,
                                          tok->parencolstack[tok->level - 1] + 1, l, -1, msg);
                    return;
                }
            }
            break;
        }
    }
    *p->err = saved;
}

static GpAst *parse_mod(Parser *p)
{
    Vec body = {0};
    GpAst *mod;
    switch (p->mode) {
    case GP_PARSE_EVAL: {
        while (accept(p, GP_TOK_NEWLINE)) {
        }
        GpToken *st = cur(p);
        GpAst *e = expression(p);
        if (at(p, GP_TOK_COMMA)) { /* expressions: a tuple, no starred items */
            Vec elts = {0};
            vec_push(p, &elts, e);
            while (accept(p, GP_TOK_COMMA) && starts_expression(p))
                vec_push(p, &elts, expression(p));
            GpAst *t = node_tok(p, GP_AST_TUPLE, st);
            t->v.tuple.elts = vec_list(&elts);
            t->v.tuple.ctx = GP_CTX_LOAD;
            e = t;
        }
        while (accept(p, GP_TOK_NEWLINE)) {
        }
        if (!at(p, GP_TOK_ENDMARKER))
            syntax_error(p);
        mod = node_nopos(p, GP_AST_EXPRESSION);
        mod->v.expression.body = e;
        return mod;
    }
    case GP_PARSE_SINGLE:
        while (!at(p, GP_TOK_ENDMARKER)) {
            if (accept(p, GP_TOK_NEWLINE))
                continue;
            statement(p, &body);
        }
        mod = node_nopos(p, GP_AST_INTERACTIVE);
        mod->v.interactive.body = vec_list(&body);
        return mod;
    default:
        while (!at(p, GP_TOK_ENDMARKER))
            statement(p, &body);
        mod = node_nopos(p, GP_AST_MODULE);
        mod->v.module.body = vec_list(&body);
        return mod;
    }
}

static int run(Parser *p, GpAst **out)
{
    jmp_buf jb;
    p->jb = &jb;
    if (setjmp(jb) != 0)
        return -1;
    *out = parse_mod(p);
    return 0;
}

GpAst *gp_parse(GpArea *heap, const char *src, size_t len, const char *filename,
                GpParseMode mode, GpSyntaxError *err)
{
    memset(err, 0, sizeof *err);
    err->filename = filename;
    GpAstArena tmp;
    gp_astarena_init(&tmp, heap);
    GpAstArena *ar = gp_astarena_alloc(&tmp, sizeof *ar);
    GpTokenizer *tok = ar ? gp_astarena_alloc(&tmp, sizeof *tok) : NULL;
    Parser *p = tok ? gp_astarena_alloc(&tmp, sizeof *p) : NULL;
    if (!p) {
        gp_astarena_free(&tmp);
        err->kind = GP_ERR_MEMORY;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    *ar = tmp; /* from now on the arena lives inside itself */
    if (gp_tokenizer_init(tok, ar, src, len, filename, err) < 0) {
        GpAstArena copy = *ar;
        gp_astarena_free(&copy);
        return NULL;
    }
    p->ar = ar;
    p->tok = tok;
    p->err = err;
    p->chunk = TOK_CHUNK;
    p->root = p;
    p->mode = mode;
    GpAst *mod = NULL;
    if (run(p, &mod) < 0) {
        if (!p->hard_error)
            check_rest(p);
        GpAstArena copy = *ar;
        gp_astarena_free(&copy);
        return NULL;
    }
    switch (mod->kind) {
    case GP_AST_MODULE: mod->v.module.arena = ar; break;
    case GP_AST_INTERACTIVE: mod->v.interactive.arena = ar; break;
    default: mod->v.expression.arena = ar; break;
    }
    return mod;
}

const char *gp_syntax_error_class(const GpSyntaxError *err)
{
    switch (err->kind) {
    case GP_ERR_INDENTATION: return "IndentationError";
    case GP_ERR_TAB: return "TabError";
    case GP_ERR_MEMORY: return "MemoryError";
    case GP_ERR_RECURSION: return "RecursionError";
    default: return "SyntaxError";
    }
}
