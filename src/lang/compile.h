/*
 * compile.h - AST to code objects (see docs/VM.md).
 */
#ifndef GP_LANG_COMPILE_H
#define GP_LANG_COMPILE_H

#include "lang/ast.h"
#include "lang/tokenizer.h"
#include "obj/object.h"

/* Compile a parsed module; its tree is constant-folded in place first
 * (lang/fold.h).  Returns the module's code object, or NULL with *err
 * filled in (a SyntaxError found by the symbol table or compiler, a
 * feature not supported yet, or out of memory). */
GpObject *gp_compile(GpState *st, GpAst *mod, const char *filename, GpSyntaxError *err);

/* A SyntaxWarning the compiler found (CPython's compiler_warn: "is" with a
 * literal, calling or subscripting a literal), at a line of filename. */
typedef void (*GpCompileWarn)(void *ctx, const char *filename, int line, const char *msg);

/* gp_compile, reporting SyntaxWarnings to warn (NULL: not at all). */
GpObject *gp_compile_warn(GpState *st, GpAst *mod, const char *filename,
                          GpSyntaxError *err, GpCompileWarn warn, void *warn_ctx);

#endif
