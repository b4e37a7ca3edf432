/*
 * main.c - the glasspy command: run a script, -c code or standard input.
 *
 * Source is parsed, compiled and run in a fresh state whose image is
 * --memory bytes; an uncaught exception prints CPython's traceback to
 * stderr and exits 1 (vm/traceback.c); a syntax error prints the line and
 * its carets, and compiler SyntaxWarnings are shown, all as CPython 3.11
 * prints them for a script.  With --map the memory map goes to stderr
 * when the program ends.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <editline/readline.h>

#include "inspect/map.h"
#include "lib/lib.h"
#include "lang/compile.h"
#include "lang/parser.h"
#include "mem/mem.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/int.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "vm/eval.h"
#include "vm/traceback.h"

#define GP_VERSION "0.1.0"

extern char **environ;

static const char usage_text[] =
    "usage: glasspy [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  --memory SIZE  size of the memory image (default: the machine's RAM);\n"
    "                 a number of bytes with an optional unit K, M, G or T,\n"
    "                 like 64M or 2G; at least 1M\n"
    "  --map          print the memory map to stderr when the program ends\n"
    "  -c cmd         program passed in as a string\n"
    "  -h, --help     print this help and exit\n"
    "  --version      print the version and exit\n"
    "file             program read from a script file\n"
    "-                program read from stdin\n"
    "arg ...          arguments passed to the program in sys.argv[1:]\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "glasspy: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nusage: glasspy [option] ... [-c cmd | file | -] [arg] ...\n"
                    "Try `glasspy --help' for more information.\n");
    return 2;
}

static void on_sigint(int sig)
{
    (void)sig;
    gp_vm_interrupted = 1;
}

/* The program's text, for tracebacks and syntax errors. */
typedef struct Source {
    const char *name;
    const char *text;
    size_t len;
    int file;               /* read from a script file */
} Source;

static const char *source_line(void *ctx, const char *filename, int line, size_t *len)
{
    const Source *src = ctx;
    if (strcmp(filename, src->name) != 0 || line < 1)
        return NULL;
    const char *p = src->text, *end = src->text + src->len;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *len = (size_t)((nl ? nl : end) - p);
    return p;
}

/* A SyntaxWarning as CPython's warnings module shows it: "file:line:
 * SyntaxWarning: msg" and the line, stripped. */
static void print_warning(void *ctx, const char *filename, int line, const char *msg)
{
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", filename, line, msg);
    size_t len;
    const char *text = filename[0] == '<' ? NULL : source_line(ctx, filename, line, &len);
    if (!text)
        return;
    while (len && strchr(" \t\f\r\v", text[0]))
        text++, len--;
    while (len && strchr(" \t\f\r\v", text[len - 1]))
        len--;
    if (len)
        fprintf(stderr, "  %.*s\n", (int)len, text);
}

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *nb = realloc(buf, cap * 2);
        if (!nb) {
            free(buf);
            return NULL;
        }
        buf = nb;
        cap *= 2;
    }
    *len = n;
    return buf;
}

/* Does the source declare its encoding (a BOM or a coding cookie on line 1
 * or 2)?  CPython then reports syntax error columns in characters; without
 * one, reading a script, in UTF-8 bytes. */
static int declares_encoding(const Source *src)
{
    if (src->len >= 3 && memcmp(src->text, "\xEF\xBB\xBF", 3) == 0)
        return 1;
    const char *p = src->text, *end = src->text + src->len;
    for (int l = 0; l < 2 && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = (size_t)((nl ? nl : end) - p), i = 0;
        while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\f'))
            i++;
        if (i < n && p[i] == '#') {
            for (; i + 7 <= n; i++)
                if (memcmp(p + i, "coding", 6) == 0 && (p[i + 6] == ':' || p[i + 6] == '='))
                    return 1;
        } else if (i < n && p[i] != '\r') {
            return 0;
        }
        if (!nl)
            break;
        p = nl + 1;
    }
    return 0;
}

static void print_syntax_error(const GpSyntaxError *e, const Source *src)
{
    if (e->has_location) {
        fprintf(stderr, "  File \"%s\", line %d\n", src->name, e->lineno);
        size_t len;
        const char *line = source_line((void *)src, src->name, e->lineno, &len);
        /* the error's own text where it is not the file's line: the
         * "(expr)" of an f-string replacement field */
        size_t tlen = strlen(e->text);
        if (tlen && e->text[tlen - 1] == '\n')
            tlen--;
        if (tlen && tlen < sizeof e->text - 2 &&
            (!line || tlen > len || memcmp(line, e->text, tlen) != 0)) {
            line = e->text;
            len = tlen;
        }
        if (line) {
            while (len && line[len - 1] == '\r')
                len--;
            int offset = e->offset, end_offset = e->end_offset;
            /* a missing block at the end of the file, found at a token
             * without a column (CPython's col_offset -1): reading a file,
             * CPython's tokenizer stands at the start of a new line there,
             * offset 0 */
            int missing_block = strncmp(e->msg, "expected an indented block", 26) == 0 ||
                                strcmp(e->msg, "expected 'except' or 'finally' block") == 0;
            if (src->file && missing_block && end_offset == -1 && offset == (int)len + 1 &&
                line != e->text) {
                const char *after = line + len;
                const char *end = src->text + src->len;
                while (after < end && strchr(" \t\f\r\n", *after))
                    after++;
                if (after == end)
                    offset = 0;
            }
            if (src->file && !declares_encoding(src)) {
                offset = gp_traceback_byte_offset(line, len, offset);
                if (e->end_lineno == e->lineno)
                    end_offset = gp_traceback_byte_offset(line, len, end_offset);
            }
            int size = (int)len + 1;        /* CPython's text has its newline */
            if (strcmp(gp_syntax_error_class(e), "SyntaxError") != 0)
                end_offset = -1;            /* subclasses: one caret (parse_syntax_error) */
            if (e->end_lineno > e->lineno && end_offset != -1)
                end_offset = size;
            if (end_offset > size + 1)
                end_offset = size + 1;
            gp_traceback_print_error_text(stderr, line, len, offset, end_offset);
        }
    }
    fprintf(stderr, "%s: %s\n", gp_syntax_error_class(e), e->msg);
}

/* CPython reads a script without a declared encoding as UTF-8 and refuses
 * the first line that is not; 0, or -1 after printing its SyntaxError. */
static int check_utf8(const Source *src)
{
    if (declares_encoding(src))
        return 0;
    const unsigned char *p = (const unsigned char *)src->text, *end = p + src->len;
    int lineno = 1;
    while (p < end) {
        int n = 1, follow = 0;
        if (*p == '\n')
            lineno++;
        else if (*p >= 0x80 && *p < 0xc0)
            n = 0;
        else if (*p >= 0xc0)
            follow = *p < 0xe0 ? 1 : *p < 0xf0 ? 2 : *p < 0xf8 ? 3 : -1;
        if (follow < 0)
            n = 0;
        for (int k = 1; n && k <= follow; k++)
            if (p + k >= end || (p[k] >> 6) != 2)
                n = 0;
        if (!n) {
            fprintf(stderr, "SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s "
                            "on line %d, but no encoding declared; see "
                            "https://peps.python.org/pep-0263/ for details\n",
                    *p, src->name, lineno);
            return -1;
        }
        p += 1 + follow;
    }
    return 0;
}

/* The __main__ module's namespace, in the global area. */
static GpObject *main_namespace(GpState *st, const char *file)
{
    /* __main__'s names as CPython sets them, in its order (no __loader__:
     * glasspy has no import machinery to show); __file__ for a script or
     * a program read from stdin */
    gp_state_push_area(st, st->globals);
    GpObject *globals = gp_dict_new(st);
    gp_state_pop_area(st);
    GpObject *builtins = gp_dict_get_str(st, st->modules, "builtins");
    GpObject *annotations = gp_dict_new(st), *name = gp_str_from_cstr(st, "__main__");
    int rc = !globals || !builtins || !annotations || !name ||
             gp_dict_set_str(st, globals, "__name__", name) ||
             gp_dict_set_str(st, globals, "__doc__", st->none) ||
             gp_dict_set_str(st, globals, "__package__", st->none) ||
             gp_dict_set_str(st, globals, "__spec__", st->none) ||
             gp_dict_set_str(st, globals, "__annotations__", annotations) ||
             gp_dict_set_str(st, globals, "__builtins__", builtins);
    if (!rc && file) {
        GpObject *f = gp_str_from_cstr(st, file);
        rc = !f || gp_dict_set_str(st, globals, "__file__", f) ||
             gp_dict_set_str(st, globals, "__cached__", st->none);
        gp_xdecref(st, f);
    }
    gp_xdecref(st, annotations);
    gp_xdecref(st, name);
    if (rc) {
        fprintf(stderr, "glasspy: out of memory starting the program\n");
        gp_xdecref(st, globals);
        return NULL;
    }
    return globals;
}

/* Run the program; returns the exit status. */
static int run_program(GpState *st, const Source *src, int map)
{
    if (src->file && check_utf8(src) != 0)
        return 1;
    GpSyntaxError se;
    GpAst *mod = gp_parse(st->heap, src->text, src->len, src->name, GP_PARSE_EXEC, &se);
    GpObject *code = mod ? gp_compile_warn(st, mod, src->name, &se, print_warning, (void *)src)
                         : NULL;
    if (mod)
        gp_ast_free(mod);
    if (!code) {
        print_syntax_error(&se, src);
        return 1;
    }
    /* -c has no __file__; a script has its path, a piped program <stdin> */
    GpObject *globals = main_namespace(st, strcmp(src->name, "<string>") ? src->name : NULL);
    if (!globals)
        return 1;
    GpObject *r = gp_eval_module(st, code, globals);
    int status = 0;
    fflush(stdout);
    if (!r) {
        GpObject *exc = gp_err_fetch(st);
        if (gp_type_is_subtype(exc->type, gp_type(st, GP_T_SYSTEM_EXIT))) {
            /* sys.exit(n): n is the status; sys.exit("msg") prints it, status 1 */
            GpObject *args = ((GpException *)exc)->args;
            GpObject *exit_code = gp_tuple_size(args) ? gp_tuple_item(args, 0) : st->none;
            int64_t n = 0;
            if (exit_code == st->none) {
                status = 0;
            } else if (gp_obj_is_instance_of_type(exit_code, gp_type(st, GP_T_INT)) &&
                       gp_int_as_i64(st, exit_code, &n) == 0) {
                status = (int)(n & 0xff);
            } else {
                gp_err_clear(st);
                GpObject *s = gp_obj_str(st, exit_code);
                char buf[1024];
                size_t len;
                const char *u = s ? gp_str_utf8(s, buf, sizeof buf, &len) : NULL;
                if (u)
                    fprintf(stderr, "%.*s\n", (int)len, u);
                gp_xdecref(st, s);
                gp_err_clear(st);
                status = 1;
            }
        } else {
            gp_traceback_print(st, exc, stderr, source_line, (void *)src, globals);
            status = exc->type == gp_type(st, GP_T_KEYBOARD_INTERRUPT) ? 130 : 1;
        }
        gp_decref(st, exc);
    } else {
        gp_decref(st, r);
    }
    if (map)
        gp_map_print(st->img, stderr);
    gp_decref(st, globals);
    gp_decref(st, code);
    return status;
}

/* ---- the interactive prompt ------------------------------------------------------ */


/* Is this source an unfinished statement?  A compound statement runs when
 * a blank line ends it; an open bracket or string waits for more. */
static int needs_more(GpState *st, const char *text, size_t len)
{
    size_t first = strcspn(text, "\n");
    size_t end = first;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        end--;
    int block = end > 0 && text[end - 1] == ':';
    if (block)
        return !(len >= 2 && text[len - 1] == '\n' && text[len - 2] == '\n');
    GpSyntaxError se;
    GpAst *mod = gp_parse(st->heap, text, len, "<stdin>", GP_PARSE_SINGLE, &se);
    if (mod) {
        gp_ast_free(mod);
        return 0;
    }
    return strstr(se.msg, "was never closed") || strstr(se.msg, "unexpected EOF") ||
           strstr(se.msg, "unterminated triple-quoted") ||
           strstr(se.msg, "expected an indented block");
}

static int repl(GpState *st)
{
    GpObject *globals = main_namespace(st, NULL);
    if (!globals)
        return 1;
    signal(SIGINT, on_sigint);
    printf("glasspy " GP_VERSION " (a Python 3.11 interpreter; see README for what runs)\n");
    Source src = {.name = "<stdin>"};
    for (;;) {
        char *line = readline(">>> ");
        if (!line) {
            printf("\n");
            break;
        }
        if (gp_vm_interrupted) {
            gp_vm_interrupted = 0;
            printf("\nKeyboardInterrupt\n");
            free(line);
            continue;
        }
        size_t cap = strlen(line) + 2, len = 0;
        char *buf = malloc(cap);
        if (!buf)
            break;
        len = (size_t)sprintf(buf, "%s\n", line);
        if (*line)
            add_history(line);
        free(line);
        if (strspn(buf, " \t\n") == len) {
            free(buf);
            continue;
        }
        while (needs_more(st, buf, len)) {
            char *more = readline("... ");
            if (!more)
                break;
            size_t m = strlen(more);
            char *nb = realloc(buf, len + m + 2);
            if (!nb) {
                free(more);
                break;
            }
            buf = nb;
            len += (size_t)sprintf(buf + len, "%s\n", more);
            if (*more)
                add_history(more);
            free(more);
        }
        src.text = buf;
        src.len = len;
        GpSyntaxError se;
        GpAst *mod = gp_parse(st->heap, buf, len, "<stdin>", GP_PARSE_SINGLE, &se);
        GpObject *code =
            mod ? gp_compile_warn(st, mod, "<stdin>", &se, print_warning, &src) : NULL;
        if (mod)
            gp_ast_free(mod);
        if (!code) {
            print_syntax_error(&se, &src);
        } else {
            GpObject *r = gp_eval_module(st, code, globals);
            fflush(stdout);
            if (!r) {
                GpObject *exc = gp_err_fetch(st);
                if (gp_type_is_subtype(exc->type, gp_type(st, GP_T_SYSTEM_EXIT))) {
                    gp_decref(st, exc);
                    free(buf);
                    break;
                }
                gp_traceback_print(st, exc, stderr, source_line, &src, globals);
                gp_decref(st, exc);
            } else {
                gp_decref(st, r);
            }
            gp_decref(st, code);
        }
        free(buf);
    }
    gp_decref(st, globals);
    return 0;
}

int main(int argc, char **argv)
{
    size_t size = 0;
    int map = 0, i = 1;
    const char *code = NULL, *script = NULL;
    char err[256];

    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("glasspy " GP_VERSION "\n");
            return 0;
        } else if (strcmp(a, "--map") == 0) {
            map = 1;
        } else if (strcmp(a, "--memory") == 0 || strncmp(a, "--memory=", 9) == 0) {
            const char *v = a[8] == '=' ? a + 9 : (i + 1 < argc ? argv[++i] : NULL);
            if (!v)
                return usage_error("option %s needs a size, like 64M or 2G", a);
            if (gp_image_parse_size(v, &size, err, sizeof err) != 0) {
                fprintf(stderr, "glasspy: %s\n", err);
                return 2;
            }
        } else if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc)
                return usage_error("%s: argument expected", a);
            code = argv[++i];
            break;
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option %s", a);
        } else {
            script = a;
            break;
        }
    }
    /* sys.argv as CPython sets it: the script (or "-c", "-", "") first. */
    int pargc = argc - i;
    char *const *pargv = argv + i;
    char *cflag = "-c", *empty = "";
    char **built = NULL;
    if (pargc <= 0) {
        pargc = 1;
        pargv = &empty;
    } else if (code) {
        built = malloc((size_t)pargc * sizeof *built);
        if (!built)
            return 1;
        built[0] = cflag;
        for (int k = 1; k < pargc; k++)   /* "-c" in place of CODE */
            built[k] = argv[i + k];
        pargv = built;
    }
    Source src = {.name = code ? "<string>" : "<stdin>"};
    char *text = NULL;
    static char absname[4096];
    if (code) {
        src.text = code;
        src.len = strlen(code);
    } else if (script && strcmp(script, "-") != 0) {
        FILE *f = fopen(script, "rb");
        if (!f) {
            int e = errno;
            fprintf(stderr, "glasspy: can't open file '%s': [Errno %d] %s\n", script, e,
                    strerror(e));
            free(built);
            return 2;
        }
        text = read_all(f, &src.len);
        fclose(f);
        /* CPython names the script by its absolute path (cwd + "/" + the
         * name, not normalised) in co_filename and so in tracebacks */
        if (script[0] != '/' && getcwd(absname, sizeof absname - 1)) {
            size_t dl = strlen(absname);
            if (dl + 1 + strlen(script) < sizeof absname)
                snprintf(absname + dl, sizeof absname - dl, "/%s", script);
            else
                absname[0] = '\0';
        }
        src.name = absname[0] ? absname : script;
        src.file = 1;
        src.text = text;
    } else if (script || (!map && !isatty(STDIN_FILENO))) {
        /* `glasspy -`, or a program piped in: read it all */
        text = read_all(stdin, &src.len);
        src.text = text;
    }
    if ((script || code) && !src.text) {
        fprintf(stderr, "glasspy: out of memory reading the program\n");
        free(built);
        return 1;
    }

    GpImageConfig cfg = {.size = size, .argc = pargc, .argv = pargv, .envp = environ};
    GpState *st = gp_state_create(&cfg, err, sizeof err);
    free(built);
    if (!st) {
        fprintf(stderr, "glasspy: %s\n", err);
        free(text);
        return 2;
    }
    int status = 0;
    if (gp_vm_init(st) != 0) {
        fprintf(stderr, "glasspy: the memory image is too small to start the interpreter\n");
        status = 1;
    } else {
        gp_lib_install(st);
        signal(SIGINT, on_sigint);    /* Ctrl-C: KeyboardInterrupt in the program */
        if (src.text)
            status = run_program(st, &src, map);
        else if (map)
            gp_map_print(st->img, stderr);
        else
            status = repl(st);
    }
    gp_state_destroy(st);
    free(text);
    return status;
}
