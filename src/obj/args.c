/*
 * args.c - checking the arguments of methods written in C, with the three
 * families of messages CPython produces: Argument Clinic's positional
 * check, PyArg_ParseTuple's count check, and Argument Clinic with
 * keywords.
 */
#include "obj/args.h"

#include <string.h>

#include "obj/error.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

static GpType *type_error(GpState *st)
{
    return gp_type(st, GP_T_TYPE_ERROR);
}

/* Argument Clinic's positional-only check (_PyArg_CheckPositional). */
int gp_args_clinic_positional(GpState *st, const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs < min) {
        gp_err_format(st, type_error(st), "%s expected %s%zu argument%s, got %zu", name,
                      min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        gp_err_format(st, type_error(st), "%s expected %s%zu argument%s, got %zu", name,
                      min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}
/* PyArg_ParseTuple's count check ("count() takes at least 1 argument (0 given)"). */
int gp_args_old_positional(GpState *st, const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs < min || nargs > max) {
        size_t lim = nargs < min ? min : max;
        gp_err_format(st, type_error(st), "%s() takes %s %zu argument%s (%zu given)", name,
                      nargs < min ? "at least" : "at most", lim, lim == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}
/* Argument Clinic with keywords (_PyArg_UnpackKeywords): bind positional
 * and keyword arguments to the npar parameters `names`; out[i] stays NULL
 * for one not given. */
int gp_args_clinic_keywords(GpState *st, const char *name, const char *const *names, size_t npar,
                           GpObject *const *args, size_t nargs, GpObject *kwnames,
                           GpObject **out)
{
    size_t nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    for (size_t i = 0; i < npar; i++)
        out[i] = NULL;
    if (nargs + nkw > npar || nargs > npar) {
        gp_err_format(st, type_error(st), "%s() takes at most %zu %sargument%s (%zu given)",
                      name, npar, nargs == 0 ? "keyword " : "", npar == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        GpObject *kn = gp_tuple_item(kwnames, k);
        size_t i = 0;
        while (i < npar && !gp_str_equal_cstr(kn, names[i]))
            i++;
        char buf[128];
        size_t len;
        const char *u = gp_str_utf8(kn, buf, sizeof buf, &len);
        if (i == npar) {
            gp_err_format(st, type_error(st), "'%.*s' is an invalid keyword argument for %s()",
                          (int)(u ? len : 3), u ? u : "...", name);
            return -1;
        }
        if (out[i]) {
            gp_err_format(st, type_error(st),
                          "argument for %s() given by name ('%s') and position (%zu)", name,
                          names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    return 0;
}
