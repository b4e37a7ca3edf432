/*
 * floatrepr.c - shortest round-trip float repr (see floatrepr.h).
 *
 * For p = 1, 2, ..., 17 significant digits, the C library's correctly
 * rounded "%.*e" gives the p-digit decimal nearest to x; the first p at
 * which a p-digit decimal reads back as x gives the shortest digits.  The
 * nearest p-digit decimal can miss while its neighbour one unit away hits
 * when x is a power of two (the gap to the next double below is half the
 * gap above), so the two neighbours are tried too, the nearer first.
 */
#include "obj/floatrepr.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parse "d.ddde[+-]xx" into plain digits and exponent. */
static int split(const char *s, char *digits, int *exp10)
{
    int n = 0;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            digits[n++] = *s;
    digits[n] = '\0';
    *exp10 = atoi(s + 1);
    return n;
}

static double value_of(const char *digits, int exp10)
{
    char buf[48];
    snprintf(buf, sizeof buf, "%c.%se%d", digits[0], digits + 1, exp10);
    return strtod(buf, NULL);
}

/* digits +/- one unit in the last place; returns 0 if it under/overflows
 * the digit count (then that neighbour is not a p-digit decimal). */
static int step(char *digits, int n, int *exp10, int up)
{
    int i = n - 1;
    if (up) {
        while (i >= 0 && digits[i] == '9')
            digits[i--] = '0';
        if (i < 0) {            /* 99..9 + 1 = 100..0: shift */
            digits[0] = '1';
            (*exp10)++;
            return 1;
        }
        digits[i]++;
    } else {
        while (i >= 0 && digits[i] == '0')
            digits[i--] = '9';
        if (i < 0 || (i == 0 && digits[0] == '1' && n == 1))
            return 0;
        digits[i]--;
        if (digits[0] == '0') { /* 100..0 - 1 = 099..9: shift */
            memmove(digits, digits + 1, (size_t)n - 1);
            digits[n - 1] = '9';
            (*exp10)--;
        }
    }
    return 1;
}

static int trim(char *digits, int n)
{
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    return n;
}

int gp_float_shortest(double x, char *digits, int *decpt)
{
    char buf[48], cand[24];
    double ax = fabs(x);
    for (int p = 1; p <= 17; p++) {
        int e;
        snprintf(buf, sizeof buf, "%.*e", p - 1, ax);
        int n = split(buf, digits, &e);
        if (value_of(digits, e) == ax) {
            *decpt = e + 1;
            return trim(digits, n);
        }
        if (p == 17)
            break;
        /* the neighbours, nearer first */
        double below, above;
        int eb = e, ea = e;
        char lo[24], hi[24];
        memcpy(lo, digits, (size_t)n + 1);
        memcpy(hi, digits, (size_t)n + 1);
        int okb = step(lo, n, &eb, 0), oka = step(hi, n, &ea, 1);
        below = okb ? value_of(lo, eb) : -1.0;
        above = oka ? value_of(hi, ea) : -1.0;
        const char *first = NULL, *second = NULL;
        int ef = 0, es = 0;
        if (okb && oka && fabs(above - ax) < fabs(ax - below)) {
            first = hi; ef = ea; second = lo; es = eb;
        } else {
            first = okb ? lo : NULL; ef = eb;
            second = oka ? hi : NULL; es = ea;
        }
        if (first && value_of(first, ef) == ax) {
            strcpy(cand, first);
            strcpy(digits, cand);
            *decpt = ef + 1;
            return trim(digits, n);
        }
        if (second && value_of(second, es) == ax) {
            strcpy(cand, second);
            strcpy(digits, cand);
            *decpt = es + 1;
            return trim(digits, n);
        }
    }
    int e;
    snprintf(buf, sizeof buf, "%.16e", ax);
    int n = split(buf, digits, &e);
    *decpt = e + 1;
    return trim(digits, n);
}

size_t gp_float_repr(double x, char *buf)
{
    if (isnan(x))
        return (size_t)sprintf(buf, "nan");
    if (isinf(x))
        return (size_t)sprintf(buf, x < 0 ? "-inf" : "inf");
    if (x == 0.0)
        return (size_t)sprintf(buf, signbit(x) ? "-0.0" : "0.0");
    char digits[24];
    int decpt;
    int n = gp_float_shortest(x, digits, &decpt);
    char *p = buf;
    if (x < 0)
        *p++ = '-';
    if (decpt <= -4 || decpt > 16) {
        /* exponent notation: d[.ddd]e[+-]XX */
        *p++ = digits[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, digits + 1, (size_t)n - 1);
            p += n - 1;
        }
        p += sprintf(p, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        /* 0.000ddd */
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -decpt; i++)
            *p++ = '0';
        memcpy(p, digits, (size_t)n);
        p += n;
    } else if (decpt >= n) {
        /* ddd000.0 */
        memcpy(p, digits, (size_t)n);
        p += n;
        for (int i = n; i < decpt; i++)
            *p++ = '0';
        *p++ = '.';
        *p++ = '0';
    } else {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(n - decpt));
        p += n - decpt;
    }
    *p = '\0';
    return (size_t)(p - buf);
}
