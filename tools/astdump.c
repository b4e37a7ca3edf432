/*
 * astdump - print ast.dump(ast.parse(source)) the way CPython 3.11 does,
 * or the SyntaxError it raises, for the differential tests (asttests.sh).
 *
 *   astdump [--eval] [--attributes] [--memory SIZE] [--repeat N] FILE
 *
 * On success: the dump and a newline, exit 0.  On failure one line
 *   SyntaxError: MESSAGE (line N, offset M)
 * with the exception's class (IndentationError, TabError, MemoryError,
 * RecursionError) and exit 1.  --attributes adds the positions, as
 * ast.dump(..., include_attributes=True).  --repeat parses N times (for leak checks:
 * the heap must be back to where it started).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang/ast.h"
#include "lang/parser.h"
#include "mem/image.h"
#include "mem/mem.h"

static void write_stdout(void *ctx, const char *s, size_t n)
{
    fwrite(s, 1, n, ctx);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            fclose(f);
            return NULL;
        }
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        cap *= 2;
        char *b = realloc(buf, cap);
        if (!b)
            free(buf);
        buf = b;
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    GpParseMode mode = GP_PARSE_EXEC;
    size_t size = (size_t)1 << 30;
    int repeat = 1, attrs = 0;
    const char *path = NULL;
    char err[256];
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--eval") == 0) {
            mode = GP_PARSE_EVAL;
        } else if (strcmp(argv[i], "--attributes") == 0) {
            attrs = 1;
        } else if (strcmp(argv[i], "--memory") == 0 && i + 1 < argc) {
            if (gp_image_parse_size(argv[++i], &size, err, sizeof err) != 0) {
                fprintf(stderr, "astdump: %s\n", err);
                return 2;
            }
        } else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
            repeat = atoi(argv[++i]);
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        fprintf(stderr, "usage: astdump [--eval] [--attributes] [--memory SIZE] [--repeat N] FILE\n");
        return 2;
    }
    size_t len = 0;
    char *src = read_file(path, &len);
    if (!src) {
        fprintf(stderr, "astdump: cannot read %s\n", path);
        return 2;
    }
    GpImage *img = gp_image_create(&(GpImageConfig){.size = size}, err, sizeof err);
    if (!img) {
        fprintf(stderr, "astdump: %s\n", err);
        free(src);
        return 2;
    }
    GpArea *heap = gp_image_area(img, GP_AREA_HEAP);
    int status = 0;
    for (int r = 0; r < repeat; r++) {
        GpSyntaxError e;
        GpAst *mod = gp_parse(heap, src, len, path, mode, &e);
        if (r + 1 < repeat) {
            gp_ast_free(mod);
            continue;
        }
        if (!mod) {
            if (e.has_location)
                printf("%s: %s (line %d, offset %d)\n", gp_syntax_error_class(&e), e.msg,
                       e.lineno, e.offset);
            else
                printf("%s: %s (line None, offset None)\n", gp_syntax_error_class(&e), e.msg);
            status = 1;
            break;
        }
        if ((attrs ? gp_ast_dump_attributes : gp_ast_dump)(mod, heap, write_stdout, stdout) < 0)
            status = 1;
        putchar('\n');
        gp_ast_free(mod);
    }
    gp_image_destroy(img);
    free(src);
    return status;
}
