/*
 * main.c - the glasspy command.
 *
 * This build has the memory image but not yet the language: it parses the
 * command line as the full interpreter will, reserves the image (argv and
 * environ copied into its higher area), and with --map prints the memory
 * map.  Asked to run Python code, it says plainly that it cannot yet.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inspect/map.h"
#include "mem/image.h"

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
        for (int k = 1; k < pargc; k++)
            built[k] = argv[i + 1 + k];
        pargc--;
        pargv = built;
    }
    if (script && strcmp(script, "-") != 0) {
        FILE *f = fopen(script, "r");
        if (!f) {
            int e = errno;
            fprintf(stderr, "glasspy: can't open file '%s': [Errno %d] %s\n", script, e,
                    strerror(e));
            free(built);
            return 2;
        }
        fclose(f);
    }

    GpImageConfig cfg = {.size = size, .argc = pargc, .argv = pargv, .envp = environ};
    GpImage *img = gp_image_create(&cfg, err, sizeof err);
    free(built);
    if (!img) {
        fprintf(stderr, "glasspy: %s\n", err);
        return 2;
    }
    int status = 0;
    if (script || code || !map) {
        fprintf(stderr, "glasspy: cannot run Python code yet: this build has the memory "
                        "image but not the parser, compiler or evaluation loop\n");
        status = 2;
    }
    if (map)
        gp_map_print(img, stderr);
    gp_image_destroy(img);
    return status;
}
