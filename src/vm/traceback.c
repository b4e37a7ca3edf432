/*
 * traceback.c - traceback entries and the uncaught-exception report.
 *
 * An exception's traceback is a list of entries, innermost first, made as
 * the exception leaves each frame: the tuple (code, instruction index) of
 * the instruction that failed, CPython's (tb_frame, tb_lasti).  Its
 * position (obj/code.h: lines, columns in UTF-8 bytes) is decoded only
 * when the traceback is printed, so raising stays cheap.
 *
 * The report is CPython 3.11's (Python/traceback.c, tb_displayline), for
 * each entry oldest first:
 *
 *       File "x.py", line 7, in c
 *         return [1, 2, 3][x] + y           the line, indentation removed
 *                ~~~~~~~~~^^^               its range: ^ under the range
 *
 * - The range is converted from bytes to characters.  When the range
 *   covers the whole stripped line the caret line is left out.
 * - When the range is on one line its text is parsed: a lone binary
 *   operation gets ~ under the operands and ^ under the operator (the
 *   first non-blank character after the left operand that is not a `)`,
 *   and the next one too if it is not blank: `//`, `**`); a subscript gets
 *   ~ under the value and ^ from `[` to `]`.
 * - A range over several lines is marked up to the end of its first line.
 * - More than 3 entries in a row with the same file, line and function are
 *   summarised as "  [Previous line repeated N more times]"; only the
 *   newest 1000 entries (sys.tracebacklimit when set) are shown.
 * - A NameError the VM raised ("name 'x' is not defined") ends with
 *   ". Did you mean: 'y'?" when a name of the innermost frame's varnames,
 *   then the globals, then the builtins is close enough (CPython's
 *   Python/suggestions.c); an AttributeError from an attribute load
 *   ("'T' object has no attribute 'x'", "module 'm' ...", "type object
 *   'T' ...") looks among dir() of the object: the type's methods and
 *   getters (not its dunders, which glasspy's type dicts lack), or the
 *   module's names, sorted.  glasspy has no exc.name / exc.obj: it reads
 *   the message, and takes it only when the failing instruction is a
 *   name load (NameError) or an attribute load or a call (getattr()), as
 *   CPython offers suggestions only where the VM set those fields.
 */
#include "vm/traceback.h"

#include <stdlib.h>
#include <string.h>

#include "lang/parser.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/module.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "vm/opcode.h"

enum { TB_CODE, TB_INDEX, TB_NFIELDS };

#define TB_RECURSIVE_CUTOFF 3   /* identical entries shown before "[Previous ...]" */
#define TB_LIMIT 1000           /* entries shown, the newest */
#define SOURCE_INDENT 4

void gp_traceback_add(GpState *st, GpCode *code, size_t index)
{
    GpException *e = (GpException *)st->exc;
    if (!e)
        return;
    /* building the entry must not replace the exception being recorded */
    GpObject *saved = gp_err_fetch(st);
    if (!e->traceback)
        e->traceback = gp_list_new(st, 0);
    GpObject *lasti = gp_int_from_i64(st, (int64_t)index);
    GpObject *entry = lasti ? gp_tuple_pack(st, TB_NFIELDS, GP_OBJ(code), lasti) : NULL;
    if (entry && e->traceback)
        gp_list_append(st, e->traceback, entry);
    gp_xdecref(st, entry);
    gp_xdecref(st, lasti);
    gp_err_clear(st);   /* an entry lost to a full heap is only a shorter traceback */
    st->exc = saved;
}

static GpCode *entry_code(GpObject *entry)
{
    return GP_CODE(gp_tuple_item(entry, TB_CODE));
}

static size_t entry_index(GpObject *entry)
{
    return (size_t)GP_INT(gp_tuple_item(entry, TB_INDEX))->u.s.v;
}

static int entry_line(GpObject *entry)
{
    return gp_code_line_of(entry_code(entry), entry_index(entry));
}

#define IS_BLANK(ch) ((ch) == ' ' || (ch) == '\t' || (ch) == '\f')

/* Characters in the first `bytes` bytes of UTF-8 text of length len
 * (CPython's _PyPegen_byte_offset_to_character_offset: past the end
 * counts one more). */
static long chars_in(const char *text, size_t len, long bytes)
{
    if (bytes > (long)len + 1)
        bytes = (long)len + 1;
    long n = 0;
    for (long i = 0; i < bytes && i < (long)len; i++)
        n += ((unsigned char)text[i] & 0xc0) != 0x80;
    return n + (bytes > (long)len ? 1 : 0);
}

/* Byte offset of character `ch` of UTF-8 text. */
static size_t byte_of(const char *text, size_t len, long ch)
{
    size_t i = 0;
    for (long n = 0; i < len; i++) {
        if (((unsigned char)text[i] & 0xc0) != 0x80 && n++ == ch)
            return i;
    }
    return len;
}

/* The ~ and ^ split of a one-line range whose text is seg[0 .. len):
 * sets *left and *right (byte offsets in seg) and returns 1 for a lone
 * binary operation or subscript, else 0. */
static int anchors(GpState *st, const char *seg, size_t len, long *left, long *right)
{
    GpSyntaxError se;
    GpAst *mod = gp_parse(st->heap, seg, len, "<traceback>", GP_PARSE_EXEC, &se);
    if (!mod)
        return 0;
    int found = 0;
    const GpAstList *body = &mod->v.module.body;
    if (body->len == 1 && body->items[0]->kind == GP_AST_EXPR) {
        const GpAst *e = body->items[0]->v.expr.value;
        if (e->kind == GP_AST_BINOP) {
            long from = e->v.binop.left->end_col_offset, to = e->v.binop.right->col_offset;
            for (long i = from; i < to; i++) {
                if (IS_BLANK(seg[i]))
                    continue;
                *left = i;
                *right = i + 1;
                if (i + 1 < to && !IS_BLANK(seg[i + 1]))
                    ++*right;
                if (i + 1 < to && seg[i] == ')')
                    continue;
                found = 1;
                break;
            }
        } else if (e->kind == GP_AST_SUBSCRIPT) {
            long l = e->v.subscript.value->end_col_offset;
            long r = e->v.subscript.slice->end_col_offset + 1;
            while (l < (long)len && seg[l] != '[')
                l++;
            while (r < (long)len && seg[r] != ']')
                r++;
            if (r < (long)len)
                r++;
            *left = l;
            *right = r;
            found = 1;
        }
    }
    gp_ast_free(mod);
    return found;
}

/* "    <line>" and, when it says more than the line, the caret line. */
static void print_source(GpState *st, const GpPos *pos, const char *line, size_t len, FILE *out)
{
    size_t strip = 0;
    while (strip < len && IS_BLANK(line[strip]))
        strip++;
    fputs("    ", out);
    fwrite(line + strip, 1, len - strip, out);
    fputc('\n', out);

    int start_line = pos->line, end_line = pos->end_line, col = pos->col, end_col = pos->end_col;
    if (start_line < 0 || end_line < 0 || col < 0 || end_col < 0)
        return;
    long line_chars = chars_in(line, len, (long)len);
    long start = chars_in(line, len, col), end = chars_in(line, len, end_col);
    long left = -1, right = -1;
    int special = 0;
    if (start_line == end_line) {
        if (start < end && end <= line_chars) {
            size_t b0 = byte_of(line, len, start), b1 = byte_of(line, len, end);
            long l, r;
            if (anchors(st, line + b0, b1 - b0, &l, &r)) {
                left = chars_in(line + b0, b1 - b0, l) + start;
                right = chars_in(line + b0, b1 - b0, r) + start;
                special = 1;
            }
        }
    } else {
        /* CPython scans bytes back from the line's length in characters */
        long i = line_chars;
        while (--i >= 0 && IS_BLANK(line[i]))
            ;
        end = i + 1;
    }
    if (end - start == line_chars - (long)strip && !special)
        return;
    long offset = (long)strip - SOURCE_INDENT;
    while (++offset <= end) {
        const char *ch = "^";
        if (offset <= start)
            ch = " ";
        else if (special && !(left < offset && offset <= right))
            ch = "~";
        fputs(ch, out);
    }
    fputc('\n', out);
}

static void print_entry(GpState *st, GpObject *entry, FILE *out, GpSourceLine getline,
                        void *ctx)
{
    char file[1024];
    size_t flen;
    GpCode *code = entry_code(entry);
    GpPos pos = gp_code_position(code, entry_index(entry));
    const char *fname = gp_str_utf8(code->filename, file, sizeof file, &flen);
    int line = pos.line;
    fputs("  File \"", out);
    gp_str_fwrite(code->filename, out);
    fprintf(out, "\", line %d, in ", line);
    gp_str_fwrite(code->name, out);
    fputc('\n', out);
    size_t len;
    /* like CPython, no source for "<string>", "<stdin>" and the like */
    int pseudo = fname && fname[0] == '<' && flen && fname[flen - 1] == '>';
    const char *src = fname && getline && !pseudo ? getline(ctx, fname, line, &len) : NULL;
    if (src) {
        while (len && src[len - 1] == '\r')
            len--;
        print_source(st, &pos, src, len, out);
    }
}

static void print_repeated(long cnt, FILE *out)
{
    cnt -= TB_RECURSIVE_CUTOFF;
    fprintf(out, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
}

static int same_place(GpObject *a, GpObject *b)
{
    GpCode *ca = entry_code(a), *cb = entry_code(b);
    return entry_line(a) == entry_line(b) && gp_str_equal(ca->filename, cb->filename) &&
           gp_str_equal(ca->name, cb->name);
}

/* ---- "Did you mean" (CPython's Python/suggestions.c) ------------------------------ */

#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_LEN 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a = (char)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z')
        b = (char)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

/* Levenshtein distance with case changes cheaper, or max_cost + 1 when
 * it is larger than max_cost. */
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    while (na && nb && a[0] == b[0])
        a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > SUGGEST_MAX_LEN || nb > SUGGEST_MAX_LEN)
        return max_cost + 1;
    if (nb < na) {
        const char *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t row[SUGGEST_MAX_LEN];
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        size_t distance = result = bi * MOVE_COST, minimum = (size_t)-1;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = distance + substitution_cost(b[bi], a[i]);
            distance = row[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

typedef struct Suggestion {
    GpState *st;
    const char *name;
    size_t len;
    GpObject *best;
    size_t best_distance;
} Suggestion;

static void consider(Suggestion *sg, GpObject *item)
{
    char buf[256];
    size_t n;
    const char *u = gp_obj_is_instance_of_type(item, gp_type(sg->st, GP_T_STR))
                        ? gp_str_utf8(item, buf, sizeof buf, &n) : NULL;
    if (!u || (n == sg->len && memcmp(u, sg->name, n) == 0))
        return;
    size_t max = (sg->len + n + 3) * MOVE_COST / 6;
    if (sg->best && sg->best_distance - 1 < max)
        max = sg->best_distance - 1;
    size_t d = edit_distance(sg->name, sg->len, u, n, max);
    if (d > max)
        return;
    if (!sg->best || d < sg->best_distance) {
        sg->best = item;
        sg->best_distance = d;
    }
}

static GpObject *suggest_in_tuple(Suggestion *sg, GpObject *names)
{
    size_t n = gp_tuple_size(names);
    if (n >= SUGGEST_MAX_ITEMS)
        return NULL;
    for (size_t i = 0; i < n; i++)
        consider(sg, gp_tuple_item(names, i));
    return sg->best;
}

static GpObject *suggest_in_dict(Suggestion *sg, GpObject *dict)
{
    if (!dict || gp_dict_size(dict) >= SUGGEST_MAX_ITEMS)
        return NULL;
    size_t pos = 0;
    GpObject *k, *v;
    while (gp_dict_next(dict, &pos, &k, &v))
        consider(sg, k);
    return sg->best;
}

/* The opcode of an entry's failing instruction. */
static int entry_op(GpObject *entry)
{
    GpCode *c = entry_code(entry);
    size_t i = entry_index(entry);
    return i < c->ncode ? GP_OP(c->code[i]) : -1;
}

/* Match "<head>'<a>'<mid>'<b>'" ... : the message parts between quotes. */
static int split_quoted(const char *u, size_t n, const char *head, const char *mid,
                        const char **a, size_t *na, const char **b, size_t *nb)
{
    size_t hl = strlen(head), ml = strlen(mid);
    if (n < hl + ml + 4 || memcmp(u, head, hl) != 0 || u[hl] != '\'' || u[n - 1] != '\'')
        return 0;
    const char *s1 = u + hl + 1, *end = u + n - 1;
    for (const char *q = s1; q + ml + 2 <= end; q++) {
        if (*q == '\'' && memcmp(q + 1, mid, ml) == 0 && q[1 + ml] == '\'') {
            *a = s1;
            *na = (size_t)(q - s1);
            *b = q + ml + 2;
            *nb = (size_t)(end - *b);
            return 1;
        }
    }
    return 0;
}

static int compare_names(const void *x, const void *y)
{
    char b1[256], b2[256];
    size_t n1, n2;
    const char *u1 = gp_str_utf8(*(GpObject *const *)x, b1, sizeof b1, &n1);
    const char *u2 = gp_str_utf8(*(GpObject *const *)y, b2, sizeof b2, &n2);
    if (!u1 || !u2)
        return 0;
    int c = memcmp(u1, u2, n1 < n2 ? n1 : n2);
    return c ? c : (n1 > n2) - (n1 < n2);
}

static void sort_names(GpObject *list)
{
    if (gp_list_size(list) > 1)
        qsort(((GpList *)list)->items, gp_list_size(list), sizeof(GpObject *), compare_names);
}

/* dir() of a type (its and its bases' methods and getters), sorted: a
 * list of str, or NULL. */
static GpObject *type_dir(GpState *st, GpType *t)
{
    GpObject *names = gp_list_new(st, 0);
    for (GpType *b = t; names && b; b = b->base) {
        size_t pos = 0;
        GpObject *k, *v;
        while (b->dict && gp_dict_next(b->dict, &pos, &k, &v))
            if (gp_list_append(st, names, k) != 0)
                goto fail;
        for (const GpGetSetDef *g = b->getset; g && g->name; g++) {
            GpObject *name = gp_str_from_cstr(st, g->name);
            int rc = name ? gp_list_append(st, names, name) : -1;
            gp_xdecref(st, name);
            if (rc != 0)
                goto fail;
        }
    }
    if (names)
        sort_names(names);
    return names;
fail:
    gp_decref(st, names);
    return NULL;
}

static GpObject *suggest_in_list(Suggestion *sg, GpObject *names)
{
    size_t n = gp_list_size(names);
    if (n >= SUGGEST_MAX_ITEMS)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        GpObject *item = gp_list_item(names, i);
        if (i == 0 || compare_names(&item, &((GpList *)names)->items[i - 1]) != 0)
            consider(sg, item);
    }
    return sg->best;
}

/* The name to suggest for an AttributeError from an attribute load, or
 * NULL; a new reference. */
static GpObject *attribute_suggestion(GpState *st, GpObject *exc)
{
    GpException *e = (GpException *)exc;
    if (exc->type != gp_type(st, GP_T_ATTRIBUTE_ERROR) || !e->traceback ||
        !gp_list_size(e->traceback) || gp_tuple_size(e->args) != 1)
        return NULL;
    int op = entry_op(gp_list_item(e->traceback, 0));
    if (op != GP_OP_LOAD_ATTR && op != GP_OP_LOAD_METHOD && op != GP_OP_CALL_FUNCTION &&
        op != GP_OP_CALL_FUNCTION_KW && op != GP_OP_CALL_FUNCTION_EX && op != GP_OP_CALL_METHOD)
        return NULL;
    GpObject *msg = gp_tuple_item(e->args, 0);
    if (msg->type != gp_type(st, GP_T_STR))
        return NULL;
    char buf[300];
    size_t n, na, nb;
    const char *u = gp_str_utf8(msg, buf, sizeof buf, &n), *a, *b;
    if (!u)
        return NULL;
    GpObject *names = NULL;
    if (split_quoted(u, n, "module ", " has no attribute ", &a, &na, &b, &nb)) {
        GpObject *mod = NULL;
        size_t pos = 0;
        GpObject *k, *v;
        while (st->modules && gp_dict_next(st->modules, &pos, &k, &v)) {
            char kb[256];
            size_t kn;
            const char *ku = gp_str_utf8(k, kb, sizeof kb, &kn);
            if (ku && kn == na && memcmp(ku, a, na) == 0)
                mod = v;
        }
        if (!mod || mod->type != gp_type(st, GP_T_MODULE))
            return NULL;
        names = gp_list_new(st, 0);
        pos = 0;
        while (names && gp_dict_next(GP_MODULE(mod)->dict, &pos, &k, &v))
            if (gp_list_append(st, names, k) != 0) {
                gp_decref(st, names);
                names = NULL;
            }
        if (names)
            sort_names(names);
    } else if (split_quoted(u, n, "", " object has no attribute ", &a, &na, &b, &nb) ||
               split_quoted(u, n, "type object ", " has no attribute ", &a, &na, &b, &nb)) {
        GpType *t = NULL;
        for (size_t i = 0; i < GP_T_COUNT && !t; i++) {
            GpType *c = st->types[i];
            if (c && strlen(c->name) == na && memcmp(c->name, a, na) == 0)
                t = c;
        }
        if (t)
            names = type_dir(st, t);
    }
    if (!names) {
        gp_err_clear(st);
        return NULL;
    }
    Suggestion sg = {st, b, nb, NULL, 0};
    GpObject *r = suggest_in_list(&sg, names);
    gp_xincref(r);
    gp_decref(st, names);
    return r;
}

/* The name to suggest for a NameError, or NULL. */
static GpObject *name_suggestion(GpState *st, GpObject *exc, GpObject *globals)
{
    GpException *e = (GpException *)exc;
    if (exc->type != gp_type(st, GP_T_NAME_ERROR) || !e->traceback ||
        !gp_list_size(e->traceback) || gp_tuple_size(e->args) != 1)
        return NULL;
    GpObject *msg = gp_tuple_item(e->args, 0);
    if (msg->type != gp_type(st, GP_T_STR))
        return NULL;
    char buf[300];
    size_t n;
    const char *u = gp_str_utf8(msg, buf, sizeof buf, &n);
    static const char head[] = "name '", tail[] = "' is not defined";
    if (!u || n <= sizeof head + sizeof tail - 2 || memcmp(u, head, sizeof head - 1) != 0 ||
        memcmp(u + n - (sizeof tail - 1), tail, sizeof tail - 1) != 0)
        return NULL;
    Suggestion sg = {st, u + sizeof head - 1, n - (sizeof head - 1) - (sizeof tail - 1), NULL, 0};
    GpObject *inner = gp_list_item(e->traceback, 0);
    int op = entry_op(inner);
    if (op != GP_OP_LOAD_NAME && op != GP_OP_LOAD_GLOBAL && op != GP_OP_DELETE_NAME &&
        op != GP_OP_DELETE_GLOBAL)
        return NULL;
    GpCode *code = entry_code(inner);
    GpObject *r = suggest_in_tuple(&sg, code->varnames);
    if (!r)
        r = suggest_in_dict(&sg, globals);
    if (!r)
        r = suggest_in_dict(&sg, st->builtins);
    return r;
}

/* sys.tracebacklimit when it is an int (at most this many entries, the
 * newest; none and no header when <= 0), else CPython's 1000. */
static int64_t traceback_limit(GpState *st)
{
    GpObject *sys = st->modules ? gp_dict_get_str(st, st->modules, "sys") : NULL;
    GpObject *v = sys && sys->type == gp_type(st, GP_T_MODULE)
                      ? gp_dict_get_str(st, GP_MODULE(sys)->dict, "tracebacklimit") : NULL;
    int64_t limit = TB_LIMIT;
    if (v && gp_obj_is_instance_of_type(v, gp_type(st, GP_T_INT)) &&
        gp_int_as_i64(st, v, &limit) != 0)
        limit = INT64_MAX;      /* too large for 64 bits: CPython's overflow > 0 */
    gp_err_clear(st);
    return limit;
}

/* 1-based character offset -> 1-based UTF-8 byte offset in line. */
int gp_traceback_byte_offset(const char *line, size_t len, int offset)
{
    if (offset < 1)
        return offset;
    size_t i = 0;
    int ch = 1;
    for (; ch < offset && i < len; ch++) {
        i++;
        while (i < len && ((unsigned char)line[i] & 0xc0) == 0x80)
            i++;
    }
    return (int)i + 1 + (offset - ch);
}

/* CPython's print_error_text: the line without its indentation and a caret
 * line from offset to end_offset (1-based, end exclusive). */
void gp_traceback_print_error_text(FILE *out, const char *text, size_t len, int offset,
                                   int end_offset)
{
    int carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    offset--;
    while (len && (*text == ' ' || *text == '\t' || *text == '\f')) {
        text++;
        len--;
        offset--;
    }
    if (offset > (int)len)
        offset = (int)len;
    fputs("    ", out);
    fwrite(text, 1, len, out);
    fputc('\n', out);
    if (offset < 0)
        return;
    fprintf(out, "    %*s", offset, "");
    while (carets-- > 0)
        fputc('^', out);
    fputc('\n', out);
}

/* A SyntaxError with details (eval, exec): "  File ..., line N", the text
 * and its carets, as CPython's print_exception; its message then follows
 * alone.  Returns msg (new reference), or NULL to print str(exc). */
static GpObject *print_syntax_details(GpState *st, GpObject *exc, FILE *out)
{
    GpObject *args = ((GpException *)exc)->args, *d;
    if (!gp_type_is_subtype(exc->type, gp_type(st, GP_T_SYNTAX_ERROR)) ||
        gp_tuple_size(args) != 2 || (d = gp_tuple_item(args, 1))->type != gp_type(st, GP_T_TUPLE) ||
        gp_tuple_size(d) < 4)
        return NULL;
    GpObject *file = gp_tuple_item(d, 0), *line = gp_tuple_item(d, 1);
    GpObject *off = gp_tuple_item(d, 2), *text = gp_tuple_item(d, 3);
    GpObject *end_line = gp_tuple_size(d) >= 6 ? gp_tuple_item(d, 4) : st->none;
    GpObject *end_off = gp_tuple_size(d) >= 6 ? gp_tuple_item(d, 5) : st->none;
    GpType *str = gp_type(st, GP_T_STR), *in = gp_type(st, GP_T_INT);
    if (file->type != str || line->type != in)
        return NULL;
    fputs("  File \"", out);
    gp_str_fwrite(file, out);
    fprintf(out, "\", line %lld\n", (long long)GP_INT(line)->u.s.v);
    if (text->type == str && off->type == in) {
        char buf[1024];
        size_t len;
        const char *u = gp_str_utf8(text, buf, sizeof buf, &len);
        while (u && len && (u[len - 1] == '\n' || u[len - 1] == '\r'))
            len--;
        int offset = (int)GP_INT(off)->u.s.v;
        int end = end_off->type == in ? (int)GP_INT(end_off)->u.s.v : -1;
        if (!gp_type_is_subtype(exc->type, gp_type(st, GP_T_SYNTAX_ERROR)) ||
            exc->type != gp_type(st, GP_T_SYNTAX_ERROR))
            end = -1;                   /* subclasses: one caret */
        else if (end_line->type == in && GP_INT(end_line)->u.s.v > GP_INT(line)->u.s.v)
            end = (int)len + 1;
        if (u) {
            offset = gp_traceback_byte_offset(u, len, offset);
            end = end > 0 ? gp_traceback_byte_offset(u, len, end) : end;
            gp_traceback_print_error_text(out, u, len, offset, end);
        }
    }
    return gp_obj_str(st, gp_tuple_item(args, 0));
}

static void print_one(GpState *st, GpObject *exc, FILE *out, GpSourceLine getline, void *ctx,
                      GpObject *globals)
{
    GpException *e = (GpException *)exc;
    size_t n = e->traceback ? gp_list_size(e->traceback) : 0;
    int64_t limit = n ? traceback_limit(st) : 0;
    if (limit <= 0)
        n = 0;
    else if ((uint64_t)limit < n)
        n = (size_t)limit;
    if (n)
        fputs("Traceback (most recent call last):\n", out);
    GpObject *last = NULL;
    long cnt = 0;
    for (size_t i = n; i-- > 0;) {
        GpObject *entry = gp_list_item(e->traceback, i);
        if (!last || !same_place(entry, last)) {
            if (cnt > TB_RECURSIVE_CUTOFF)
                print_repeated(cnt, out);
            last = entry;
            cnt = 0;
        }
        if (++cnt <= TB_RECURSIVE_CUTOFF)
            print_entry(st, entry, out, getline, ctx);
    }
    if (cnt > TB_RECURSIVE_CUTOFF)
        print_repeated(cnt, out);
    GpObject *msg = print_syntax_details(st, exc, out);
    if (!msg && !gp_err_occurred(st))
        msg = gp_obj_str(st, exc);
    fputs(exc->type->name, out);
    if (!msg) {
        gp_err_clear(st);
        fputs(": <exception str() failed>\n", out);
        return;
    }
    if (GP_STR(msg)->length) {
        fputs(": ", out);
        gp_str_fwrite(msg, out);
    }
    GpObject *better = name_suggestion(st, exc, globals);
    GpObject *attr = better ? NULL : attribute_suggestion(st, exc);
    if (better || attr) {
        fputs(". Did you mean: '", out);
        gp_str_fwrite(better ? better : attr, out);
        fputs("'?", out);
    }
    gp_xdecref(st, attr);
    fputc('\n', out);
    gp_decref(st, msg);
}

/* The chain, oldest first.  As CPython's print_exception_recursive, an
 * exception already printed is not printed again (a cycle of causes or
 * contexts ends there), and a cause hides the context. */
#define TB_MAX_CHAIN 100

typedef struct Chain {
    GpObject *seen[TB_MAX_CHAIN];
    size_t n;
} Chain;

static int chain_seen(const Chain *c, GpObject *exc)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->seen[i] == exc)
            return 1;
    return c->n == TB_MAX_CHAIN;
}

static void print_chain(GpState *st, GpObject *exc, FILE *out, GpSourceLine getline, void *ctx,
                        GpObject *globals, Chain *chain)
{
    GpException *e = (GpException *)exc;
    chain->seen[chain->n++] = exc;
    if (e->cause) {
        if (!chain_seen(chain, e->cause)) {
            print_chain(st, e->cause, out, getline, ctx, globals, chain);
            fputs("\nThe above exception was the direct cause of the following exception:\n\n",
                  out);
        }
    } else if (e->context && !e->suppress_context && !chain_seen(chain, e->context)) {
        print_chain(st, e->context, out, getline, ctx, globals, chain);
        fputs("\nDuring handling of the above exception, another exception occurred:\n\n",
              out);
    }
    print_one(st, exc, out, getline, ctx, globals);
}

void gp_traceback_print(GpState *st, GpObject *exc, FILE *out, GpSourceLine getline, void *ctx,
                        GpObject *globals)
{
    Chain chain = {.n = 0};
    print_chain(st, exc, out, getline, ctx, globals, &chain);
}
