/*
 * code.h - code objects: one compiled scope (module, function, lambda,
 * comprehension).  The instructions (vm/opcode.h) and the position tables
 * live in the text area with the object; constants and names in the
 * static area.  See docs/VM.md.
 *
 * Positions (CPython's co_positions): each instruction has a start line,
 * end line, start column and end column, the columns in UTF-8 bytes from
 * the start of the line (0-based, end exclusive) as the AST's col_offset.
 * The start line is in `lines`, one word per instruction, so the line of
 * an instruction is one load.  The rest is a byte stream, `positions`,
 * three unsigned LEB128 numbers per instruction in order:
 *     end_line - line,  col + 1,  end_col + 1      (0: column unknown)
 * usually three bytes, read from the start when a traceback needs them.
 */
#ifndef GP_OBJ_CODE_H
#define GP_OBJ_CODE_H

#include "obj/object.h"

#define GP_CO_VARARGS     0x04
#define GP_CO_VARKEYWORDS 0x08
#define GP_CO_NESTED      0x10
#define GP_CO_GENERATOR   0x20

/* LOAD_GLOBAL's cache (vm/eval.c), one entry per name: the value found
 * while the globals and builtins dicts had these versions (dict.h). */
typedef struct GpGlobalCache {
    uint64_t globals_version, builtins_version;
    GpObject *value;            /* borrowed: the dicts hold it */
} GpGlobalCache;

typedef struct GpCode {
    GpObject ob;
    uint32_t *code;             /* instructions, text area */
    size_t ncode;
    uint32_t *lines;            /* source line of each instruction, text area */
    uint8_t *positions;         /* the rest of each position, text area (above) */
    size_t npositions;          /* bytes in positions */
    GpObject *consts;           /* tuple */
    GpObject *names;            /* tuple of str: globals, attributes */
    GpObject *varnames;         /* tuple of str: parameters, then locals */
    GpObject *cellvars;         /* tuple of str */
    GpObject *freevars;         /* tuple of str */
    GpObject *name, *qualname, *filename;
    int argcount, posonlyargcount, kwonlyargcount, flags;
    int nlocals;                /* len(varnames) */
    int stacksize, blockdepth;
    int firstlineno;
    /* for each cell that is also a parameter: its varnames index, else -1 */
    int *cell2arg;
    GpGlobalCache *gcache;      /* len(names) entries, text area; NULL until
                                   the first LOAD_GLOBAL runs */
} GpCode;

#define GP_CODE(o) ((GpCode *)(o))

/* nlocalsplus: the frame slots for locals, cells and frees */
static inline size_t gp_code_nlocalsplus(const GpCode *c)
{
    return (size_t)c->nlocals + ((const GpVarObject *)c->cellvars)->size +
           ((const GpVarObject *)c->freevars)->size;
}

/* A code object with room for n instructions (text area); the caller fills
 * the fields.  The tuples are taken (stolen). */
GpCode *gp_code_new(GpState *st, size_t ncode);
int gp_code_line_of(const GpCode *c, size_t index);

/* One instruction's source range; col and end_col are -1 when unknown. */
typedef struct GpPos {
    int line, end_line, col, end_col;
} GpPos;

/* Fill the line and position tables from pos[0 .. ncode); -1 with
 * MemoryError pending when the text area is full. */
int gp_code_set_positions(GpState *st, GpCode *c, const GpPos *pos);

/* The position of instruction `index` (firstlineno, no columns, when
 * there is none). */
GpPos gp_code_position(const GpCode *c, size_t index);

extern const GpType gp_code_template;

#endif
