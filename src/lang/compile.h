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

#endif
