/* repr() of floats against vectors CPython printed (floatrepr_vectors.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "obj/floatrepr.h"
#include "floatrepr_vectors.h"

static double from_bits(unsigned long long bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static void test_repr_matches_cpython(void **state)
{
    (void)state;
    size_t n = sizeof floatrepr_vectors / sizeof floatrepr_vectors[0];
    for (size_t i = 0; i < n; i++) {
        char buf[GP_FLOAT_REPR_MAX];
        size_t len = gp_float_repr(from_bits(floatrepr_vectors[i].bits), buf);
        assert_string_equal(buf, floatrepr_vectors[i].repr);
        assert_int_equal(len, strlen(floatrepr_vectors[i].repr));
    }
}

static void test_shortest_digits(void **state)
{
    (void)state;
    char digits[24];
    int decpt;
    assert_int_equal(gp_float_shortest(0.1, digits, &decpt), 1);
    assert_string_equal(digits, "1");
    assert_int_equal(decpt, 0);
    assert_int_equal(gp_float_shortest(-1234.5, digits, &decpt), 5);
    assert_string_equal(digits, "12345");
    assert_int_equal(decpt, 4);
    /* 2**-1074: the smallest subnormal needs one digit */
    assert_int_equal(gp_float_shortest(5e-324, digits, &decpt), 1);
    assert_string_equal(digits, "5");
    assert_int_equal(decpt, -323);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_repr_matches_cpython),
        cmocka_unit_test(test_shortest_digits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
