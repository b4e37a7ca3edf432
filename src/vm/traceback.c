/*
 * traceback.c - traceback entries and the uncaught-exception report.
 *
 * An exception's traceback is a list of (filename, line, function name)
 * tuples, innermost first, made as the exception leaves each frame.
 */
#include "vm/traceback.h"

#include <string.h>

#include "obj/error.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

void gp_traceback_add(GpState *st, GpCode *code, int line)
{
    GpException *e = (GpException *)st->exc;
    if (!e)
        return;
    /* building the entry must not replace the exception being recorded */
    GpObject *saved = gp_err_fetch(st);
    if (!e->traceback)
        e->traceback = gp_list_new(st, 0);
    GpObject *lineno = gp_int_from_i64(st, line);
    GpObject *entry = lineno ? gp_tuple_pack(st, 3, code->filename, lineno, code->name) : NULL;
    if (entry && e->traceback)
        gp_list_append(st, e->traceback, entry);
    gp_xdecref(st, entry);
    gp_xdecref(st, lineno);
    gp_err_clear(st);   /* an entry lost to a full heap is only a shorter traceback */
    st->exc = saved;
}


static void print_one(GpState *st, GpObject *exc, FILE *out, GpSourceLine getline, void *ctx)
{
    GpException *e = (GpException *)exc;
    size_t n = e->traceback ? gp_list_size(e->traceback) : 0;
    if (n)
        fputs("Traceback (most recent call last):\n", out);
    for (size_t i = n; i-- > 0;) {
        GpObject *entry = gp_list_item(e->traceback, i);
        char file[1024];
        size_t flen;
        const char *fname = gp_str_utf8(gp_tuple_item(entry, 0), file, sizeof file, &flen);
        int line = (int)GP_INT(gp_tuple_item(entry, 1))->u.s.v;
        fputs("  File \"", out);
        gp_str_fwrite(gp_tuple_item(entry, 0), out);
        fprintf(out, "\", line %d, in ", line);
        gp_str_fwrite(gp_tuple_item(entry, 2), out);
        fputc('\n', out);
        size_t len;
        const char *src = fname && getline ? getline(ctx, fname, line, &len) : NULL;
        if (src) {
            while (len && (*src == ' ' || *src == '\t'))
                src++, len--;
            while (len && (src[len - 1] == ' ' || src[len - 1] == '\r'))
                len--;
            if (len) {
                fputs("    ", out);
                fwrite(src, 1, len, out);
                fputc('\n', out);
            }
        }
    }
    fputs(exc->type->name, out);
    GpObject *msg = gp_obj_str(st, exc);
    if (!msg) {
        gp_err_clear(st);
        fputs(": <exception str() failed>\n", out);
        return;
    }
    if (GP_STR(msg)->length) {
        fputs(": ", out);
        gp_str_fwrite(msg, out);
    }
    fputc('\n', out);
    gp_decref(st, msg);
}

void gp_traceback_print(GpState *st, GpObject *exc, FILE *out, GpSourceLine getline, void *ctx)
{
    GpException *e = (GpException *)exc;
    if (e->cause) {
        gp_traceback_print(st, e->cause, out, getline, ctx);
        fputs("\nThe above exception was the direct cause of the following exception:\n\n",
              out);
    } else if (e->context && !e->suppress_context) {
        gp_traceback_print(st, e->context, out, getline, ctx);
        fputs("\nDuring handling of the above exception, another exception occurred:\n\n",
              out);
    }
    print_one(st, exc, out, getline, ctx);
}
