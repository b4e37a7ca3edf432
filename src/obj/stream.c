/*
 * stream.c - text streams over C stdio: sys.stdout and sys.stderr.  (File
 * objects and open() come with the io issue.)
 */
#include "obj/stream.h"

#include "mem/mem.h"
#include "obj/bytes.h"
#include "obj/error.h"
#include "obj/iter.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/state.h"
#include "obj/str.h"

typedef struct GpStream {
    GpObject ob;
    FILE *fp;
    const char *name;
} GpStream;

int gp_stream_put(GpState *st, GpObject *s, FILE *fp)
{
    if (GP_STR(s)->kind > 1) {
        for (size_t i = 0; i < GP_STR(s)->length; i++) {
            uint32_t c = gp_str_at(s, i);
            if (c >= 0xD800 && c <= 0xDFFF) {
                /* the encoder writes U+DC80..U+DCFF as the bytes they
                 * stand for and raises CPython's error for the others */
                GpObject *errors = gp_str_from_cstr(st, "surrogateescape");
                GpObject *b = errors ? gp_str_encode(st, s, NULL, errors) : NULL;
                gp_xdecref(st, errors);
                if (!b)
                    return -1;
                fwrite(gp_bytes_data(b), 1, gp_bytes_size(b), fp);
                gp_decref(st, b);
                return 0;
            }
        }
    }
    gp_str_fwrite(s, fp);
    return 0;
}

static GpObject *stream_write(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    GpObject *s = args[0];
    if (!gp_obj_is_instance_of_type(s, gp_type(st, GP_T_STR))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "write() argument must be str, not %s",
                      s->type->name);
        return NULL;
    }
    if (gp_stream_put(st, s, ((GpStream *)self)->fp))
        return NULL;
    return gp_int_from_i64(st, (int64_t)GP_STR(s)->length);
}

static GpObject *stream_flush(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    fflush(((GpStream *)self)->fp);
    return gp_incref(st->none);
}


static GpObject *stream_repr(GpState *st, GpObject *o)
{
    return gp_str_format(st, "<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>",
                         ((GpStream *)o)->name);
}

static void stream_dealloc(GpState *st, GpObject *o)
{
    gp_obj_free(st, o, sizeof(GpStream));
}

/* Read a line (with its newline), or all that is left when whole; UTF-8
 * text. */
static GpObject *read_text(GpState *st, GpObject *self, int whole)
{
    FILE *fp = ((GpStream *)self)->fp;
    size_t cap = 256, n = 0;
    char *buf = gp_mem_alloc(st->heap, cap);
    if (!buf) {
        gp_err_nomemory(st);
        return NULL;
    }
    int c;
    while ((c = getc(fp)) != EOF) {
        if (n + 1 == cap) {
            char *nb = gp_mem_realloc(st->heap, buf, cap, cap * 2);
            if (!nb) {
                gp_mem_free(st->heap, buf, cap);
                gp_err_nomemory(st);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        buf[n++] = (char)c;
        if (c == '\n' && !whole)
            break;
    }
    GpObject *r = gp_str_from_utf8(st, buf, n);
    gp_mem_free(st->heap, buf, cap);
    return r;
}

static GpObject *stream_readline(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                                 GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return read_text(st, self, 0);
}

static GpObject *stream_read(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return read_text(st, self, 1);
}

/* for line in sys.stdin: lines until the end */
static GpObject *stream_next(GpState *st, GpObject *o)
{
    GpObject *line = read_text(st, o, 0);
    if (line && GP_STR(line)->length == 0) {
        gp_decref(st, line);
        return NULL;
    }
    return line;
}

/* the lines until the end, as a list */
static GpObject *stream_readlines(GpState *st, GpObject *self, GpObject *const *args,
                                  size_t nargs, GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return gp_list_from_iterable(st, self);
}

static const GpMethodDef stream_methods[] = {
    {"readline", stream_readline, GP_METH_NOARGS},
    {"readlines", stream_readlines, GP_METH_NOARGS},
    {"read", stream_read, GP_METH_NOARGS},
    {"write", stream_write, GP_METH_O},
    {"flush", stream_flush, GP_METH_NOARGS},
    {NULL, NULL, 0},
};

const GpType gp_stream_template = {
    .name = "TextIOWrapper",
    .basicsize = sizeof(GpStream),
    .dealloc = stream_dealloc,
    .repr = stream_repr,
    .methods = stream_methods,
    .iter = gp_iter_self,
    .iternext = stream_next,
};

GpObject *gp_stream_new(GpState *st, FILE *fp, const char *name)
{
    GpStream *s = (GpStream *)gp_obj_alloc(st, gp_type(st, GP_T_STREAM), sizeof(GpStream));
    if (s) {
        s->fp = fp;
        s->name = name;
    }
    return GP_OBJ(s);
}

