/*
 * exec.c - the built-ins eval() and exec(): source text compiled at run
 * time and run in a namespace (see exec.h).
 *
 * The text goes through the same parser and compiler as a script, named
 * "<string>"; eval() parses one expression and its code returns the value,
 * exec() a module and returns None.  Without namespaces they run in the
 * caller's globals and locals (a function's locals as a snapshot dict, as
 * CPython's); with globals only, that dict serves as both.
 *
 * A compile error becomes the exception CPython raises: SyntaxError (or
 * IndentationError, TabError) whose args are (msg, (filename, lineno,
 * offset, text, end_lineno, end_offset)).
 */
#include "vm/exec.h"

#include <string.h>

#include "lang/compile.h"
#include "lang/parser.h"
#include "obj/bytes.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/int.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "vm/builtins.h"
#include "vm/eval.h"

/* Raise the exception for a parse or compile error. */
static void raise_syntax_error(GpState *st, const GpSyntaxError *se)
{
    const char *cls = gp_syntax_error_class(se);
    if (strcmp(cls, "MemoryError") == 0) {
        gp_err_nomemory(st);
        return;
    }
    GpTypeId id = strcmp(cls, "IndentationError") == 0 ? GP_T_INDENTATION_ERROR
                  : strcmp(cls, "TabError") == 0       ? GP_T_TAB_ERROR
                  : strcmp(cls, "RecursionError") == 0 ? GP_T_RECURSION_ERROR
                                                       : GP_T_SYNTAX_ERROR;
    GpObject *msg = gp_str_from_cstr(st, se->msg);
    if (!msg)
        return;
    if (id == GP_T_RECURSION_ERROR || !se->has_location) {
        gp_err_set(st, gp_type(st, id), msg);
        gp_decref(st, msg);
        return;
    }
    GpObject *details = gp_tuple_new(st, 6);
    if (details) {
        GpObject *items[6] = {
            gp_str_from_cstr(st, se->filename ? se->filename : "<string>"),
            gp_int_from_i64(st, se->lineno), gp_int_from_i64(st, se->offset),
            gp_str_from_utf8(st, se->text, strlen(se->text)),
            gp_int_from_i64(st, se->end_lineno),
            /* errors the tokenizer finds have no end column: CPython's 0;
             * the parser's unexpected indent keeps -1 */
            gp_int_from_i64(st, se->end_offset == -1 && (id != GP_T_INDENTATION_ERROR ||
                                                         strcmp(se->msg, "unexpected indent"))
                                    ? 0 : se->end_offset),
        };
        for (int i = 0; i < 6; i++)
            ((GpTuple *)details)->items[i] = items[i] ? items[i] : gp_incref(st->none);
    }
    GpObject *args = details ? gp_tuple_pack(st, 2, msg, details) : NULL;
    if (args) {
        GpObject *e = gp_exc_new(st, gp_type(st, id), args);
        if (e)
            gp_err_set_instance(st, e);
    }
    gp_xdecref(st, args);
    gp_xdecref(st, details);
    gp_decref(st, msg);
}

/* eval(source, globals=None, locals=None) and exec(...) */
static GpObject *run_source(GpState *st, const char *fname, GpParseMode mode,
                            GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (kwnames && gp_tuple_size(kwnames)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s() takes no keyword arguments",
                      fname);
        return NULL;
    }
    if (nargs < 1 || nargs > 3) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), nargs < 1
                      ? "%s expected at least 1 argument, got %zu"
                      : "%s expected at most 3 arguments, got %zu", fname, nargs);
        return NULL;
    }
    GpObject *src = args[0];
    GpObject *globals = nargs > 1 && args[1] != st->none ? args[1] : NULL;
    GpObject *locals = nargs > 2 && args[2] != st->none ? args[2] : NULL;
    if (src->type != gp_type(st, GP_T_STR)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "%s() arg 1 must be a string, bytes or code object", fname);
        return NULL;
    }
    if (globals && globals->type != gp_type(st, GP_T_DICT)) {
        int mapping = globals->type->map && globals->type->map->subscript;
        if (mode != GP_PARSE_EVAL)
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "exec() globals must be a dict, not %s", globals->type->name);
        else
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), mapping
                          ? "globals must be a real dict; try eval(expr, {}, mapping)"
                          : "globals must be a dict");
        return NULL;
    }
    if (locals && locals->type != gp_type(st, GP_T_DICT)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "locals must be a mapping");
        return NULL;
    }
    /* the namespaces: given, or the caller's */
    GpObject *g = globals, *l = locals;
    if (!g) {
        GpFrame *f = gp_vm_current_frame(st);
        g = f ? gp_incref(f->globals) : gp_dict_new(st);
        if (!l)
            l = gp_builtins_locals(st);
        else
            gp_incref(l);
    } else {
        gp_incref(g);
        l = gp_incref(l ? l : g);
    }
    if (!g || !l) {
        gp_xdecref(st, g);
        gp_xdecref(st, l);
        return NULL;
    }
    /* the text as UTF-8; eval() ignores leading blanks, as CPython's */
    GpObject *utf8 = gp_str_encode(st, src, NULL, NULL);
    const char *text = utf8 ? gp_bytes_data(utf8) : NULL;
    size_t len = utf8 ? gp_bytes_size(utf8) : 0;
    GpObject *r = NULL;
    if (text && memchr(text, '\0', len)) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                      "source code string cannot contain null bytes");
    } else if (text) {
        while (mode == GP_PARSE_EVAL && len && (*text == ' ' || *text == '\t')) {
            text++;
            len--;
        }
        GpSyntaxError se;
        GpAst *mod = gp_parse(st->heap, text, len, "<string>", mode, &se);
        /* its constants in the heap, not the static area: code made at run
         * time, perhaps in a loop, is freed with them */
        GpArea *consts = st->consts;
        st->consts = st->heap;
        GpObject *code = mod ? gp_compile(st, mod, "<string>", &se) : NULL;
        st->consts = consts;
        if (mod)
            gp_ast_free(mod);
        if (!code) {
            /* eval() reads its text as given: a last line without a newline
             * is shown without one */
            size_t tl = strlen(se.text);
            if (mode == GP_PARSE_EVAL && tl && se.text[tl - 1] == '\n' &&
                !memchr(text, '\n', len) && se.lineno == 1) {
                se.text[--tl] = '\0';
                /* an error at its end has no column there (CPython's 0) */
                if (se.offset == (int)tl + 1 && se.end_offset == se.offset)
                    se.offset = se.end_offset = 0;
            }
            raise_syntax_error(st, &se);
        } else {
            r = gp_eval_code(st, code, g, l);
            gp_decref(st, code);
            if (r && mode != GP_PARSE_EVAL) {
                gp_decref(st, r);
                r = gp_incref(st->none);
            }
        }
    }
    gp_xdecref(st, utf8);
    gp_decref(st, g);
    gp_decref(st, l);
    return r;
}

GpObject *gp_exec_eval(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                       GpObject *kwnames)
{
    (void)self;
    return run_source(st, "eval", GP_PARSE_EVAL, args, nargs, kwnames);
}

GpObject *gp_exec_exec(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                       GpObject *kwnames)
{
    (void)self;
    return run_source(st, "exec", GP_PARSE_EXEC, args, nargs, kwnames);
}
