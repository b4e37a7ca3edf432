/*
 * parser.h - Python 3.11 source to an AST (ast.h), or a SyntaxError.
 *
 * A hand-written recursive-descent parser over the tokenizer, producing
 * the same tree as CPython's ast.parse() and, for the common mistakes, the
 * same SyntaxError message, line and column.  `async`/`await` constructs
 * and the `match` statement are refused with a SyntaxError saying they are
 * not supported yet.
 *
 * Memory: the tree, its strings and the tokens live in one arena of big
 * blocks from `heap` (astarena.h), given back by gp_ast_free(mod).  On
 * failure everything is already given back and only *err holds the result.
 *
 * Never crashes on any input: nesting is bounded (brackets by the
 * tokenizer, 200; indentation, 100; everything else by a depth counter,
 * GP_PARSE_MAX_DEPTH), and running out of memory reports "out of memory".
 */
#ifndef GP_LANG_PARSER_H
#define GP_LANG_PARSER_H

#include <stddef.h>

#include "lang/ast.h"
#include "lang/tokenizer.h"

typedef enum GpParseMode {
    GP_PARSE_EXEC,      /* a module: Module(body, type_ignores) */
    GP_PARSE_EVAL,      /* an expression: Expression(body) */
    GP_PARSE_SINGLE     /* one interactive statement: Interactive(body) */
} GpParseMode;

/* Deepest nesting of expressions and statements accepted; deeper input
 * gets RecursionError "maximum recursion depth exceeded during ast
 * construction" (CPython gives up between 2000 and 3000 levels). */
#define GP_PARSE_MAX_DEPTH 2000

/* Parse len bytes of source.  filename is only copied into err.  Returns
 * the mod node, or NULL with *err filled in.  err->kind says which
 * exception CPython would raise (SyntaxError, IndentationError, TabError,
 * MemoryError, RecursionError). */
GpAst *gp_parse(GpArea *heap, const char *src, size_t len, const char *filename,
                GpParseMode mode, GpSyntaxError *err);

/* The exception class name of an error kind ("SyntaxError", ...). */
const char *gp_syntax_error_class(const GpSyntaxError *err);

#endif
