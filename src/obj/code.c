/*
 * code.c - the code object type.
 */
#include "obj/code.h"

#include <string.h>

#include "mem/mem.h"
#include "obj/error.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

GpCode *gp_code_new(GpState *st, size_t ncode)
{
    gp_state_push_area(st, st->text);
    GpCode *c = (GpCode *)gp_obj_alloc(st, gp_type(st, GP_T_CODE), sizeof(GpCode));
    if (c) {
        c->code = gp_mem_alloc(st->text, ncode * sizeof *c->code + 1);
        c->lines = c->code ? gp_mem_alloc(st->text, ncode * sizeof *c->lines + 1) : NULL;
        if (!c->lines) {
            gp_mem_free(st->text, c->code, ncode * sizeof *c->code + 1);
            gp_obj_free(st, GP_OBJ(c), sizeof(GpCode));
            gp_err_nomemory(st);
            c = NULL;
        } else {
            c->ncode = ncode;
        }
    }
    gp_state_pop_area(st);
    return c;
}

int gp_code_line_of(const GpCode *c, size_t index)
{
    return index < c->ncode ? (int)c->lines[index] : c->firstlineno;
}

/* ---- the position stream (see code.h) ---------------------------------------------- */

static size_t put_varint(uint8_t *out, uint32_t v)
{
    size_t n = 0;
    do {
        uint8_t b = v & 0x7f;
        v >>= 7;
        if (out)
            out[n] = b | (v ? 0x80 : 0);
        n++;
    } while (v);
    return n;
}

static uint32_t get_varint(const uint8_t **p)
{
    uint32_t v = 0;
    int shift = 0;
    uint8_t b;
    do {
        b = *(*p)++;
        if (shift < 32)
            v |= (uint32_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    return v;
}

/* Encode pos into out (NULL: only count); the number of bytes. */
static size_t encode_positions(const GpPos *pos, size_t n, uint8_t *out)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        const GpPos *p = &pos[i];
        uint32_t span = p->end_line > p->line ? (uint32_t)(p->end_line - p->line) : 0;
        len += put_varint(out ? out + len : NULL, span);
        len += put_varint(out ? out + len : NULL, p->col >= 0 ? (uint32_t)p->col + 1 : 0);
        len += put_varint(out ? out + len : NULL, p->end_col >= 0 ? (uint32_t)p->end_col + 1 : 0);
    }
    return len;
}

int gp_code_set_positions(GpState *st, GpCode *c, const GpPos *pos)
{
    for (size_t i = 0; i < c->ncode; i++)
        c->lines[i] = (uint32_t)pos[i].line;
    size_t len = encode_positions(pos, c->ncode, NULL);
    uint8_t *bytes = gp_mem_alloc(st->text, len + 1);
    if (!bytes) {
        gp_err_nomemory(st);
        return -1;
    }
    encode_positions(pos, c->ncode, bytes);
    c->positions = bytes;
    c->npositions = len;
    return 0;
}

GpPos gp_code_position(const GpCode *c, size_t index)
{
    GpPos r = {c->firstlineno, c->firstlineno, -1, -1};
    if (index >= c->ncode || !c->positions)
        return r;
    const uint8_t *p = c->positions;
    for (size_t i = 0; i < index; i++)
        for (int k = 0; k < 3; k++)
            while (*p++ & 0x80)
                ;
    r.line = (int)c->lines[index];
    r.end_line = r.line + (int)get_varint(&p);
    r.col = (int)get_varint(&p) - 1;
    r.end_col = (int)get_varint(&p) - 1;
    return r;
}

static void code_dealloc(GpState *st, GpObject *o)
{
    GpCode *c = GP_CODE(o);
    if (c->gcache)
        gp_mem_free(st->text, c->gcache, gp_tuple_size(c->names) * sizeof *c->gcache);
    GpObject *refs[] = {c->consts, c->names, c->varnames, c->cellvars, c->freevars,
                        c->name, c->qualname, c->filename};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        gp_xdecref(st, refs[i]);
    GpArea *text = st->text;
    gp_mem_free(text, c->code, c->ncode * sizeof *c->code + 1);
    gp_mem_free(text, c->lines, c->ncode * sizeof *c->lines + 1);
    if (c->positions)
        gp_mem_free(text, c->positions, c->npositions + 1);
    if (c->cell2arg && c->cellvars)
        gp_mem_free(text, c->cell2arg, ((GpVarObject *)c->cellvars)->size * sizeof(int));
    gp_obj_free(st, o, sizeof(GpCode));
}

static GpObject *code_repr(GpState *st, GpObject *o)
{
    GpCode *c = GP_CODE(o);
    char name[128], file[256];
    size_t n1, n2;
    const char *u1 = gp_str_utf8(c->name, name, sizeof name, &n1);
    const char *u2 = gp_str_utf8(c->filename, file, sizeof file, &n2);
    return gp_str_format(st, "<code object %.*s at %p, file \"%.*s\", line %d>",
                         (int)(u1 ? n1 : 3), u1 ? u1 : "...", (void *)o, (int)(u2 ? n2 : 3),
                         u2 ? u2 : "...", c->firstlineno);
}

const GpType gp_code_template = {
    .name = "code",
    .basicsize = sizeof(GpCode),
    .dealloc = code_dealloc,
    .repr = code_repr,
};
