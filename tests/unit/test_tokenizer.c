/*
 * test_tokenizer.c - token streams for tricky input, the literal decoders
 * and reprs, and the parser's memory behaviour (cmocka).
 *
 * A token stream is written as a compact string: one item per token,
 * separated by spaces; operators and names by their text, NUMBER and
 * STRING by their text too, and NEWLINE, INDENT, DEDENT, ENDMARKER as
 * NL, IN, DE, END.  So "if x:\n  y\n" is "if x : NL IN y NL DE END".
 */
#include "testutil.h"

#include "lang/ast.h"
#include "lang/literal.h"
#include "lang/parser.h"
#include "lang/tokenizer.h"

/* Tokenize src into the compact form; on an error token, "ERR:<msg>". */
static void tokens_of(GpImage *img, const char *src, size_t len, char *out, size_t outlen)
{
    GpAstArena ar;
    gp_astarena_init(&ar, tu_heap(img));
    GpTokenizer tok;
    GpSyntaxError err;
    memset(&err, 0, sizeof err);
    out[0] = '\0';
    size_t n = 0;
    if (gp_tokenizer_init(&tok, &ar, src, len, "<test>", &err) < 0) {
        snprintf(out, outlen, "INITERR:%s", err.msg);
        gp_astarena_free(&ar);
        return;
    }
    for (;;) {
        GpToken t;
        GpTokType type = gp_tokenizer_next(&tok, &t);
        char item[512];
        switch (type) {
        case GP_TOK_NEWLINE: snprintf(item, sizeof item, "NL"); break;
        case GP_TOK_INDENT: snprintf(item, sizeof item, "IN"); break;
        case GP_TOK_DEDENT: snprintf(item, sizeof item, "DE"); break;
        case GP_TOK_ENDMARKER: snprintf(item, sizeof item, "END"); break;
        case GP_TOK_ERRORTOKEN:
            if (tok.done == GP_TOKD_ERROR)
                snprintf(item, sizeof item, "ERR:%s@%d:%d", err.msg, err.lineno, err.offset);
            else
                snprintf(item, sizeof item, "ERR%d", (int)tok.done);
            break;
        default: snprintf(item, sizeof item, "%.*s", (int)t.len, t.start); break;
        }
        n += (size_t)snprintf(out + n, outlen - n, "%s%s", n ? " " : "", item);
        if (type == GP_TOK_ENDMARKER || type == GP_TOK_ERRORTOKEN || n >= outlen - 1)
            break;
    }
    gp_astarena_free(&ar);
}

#define CHECK_TOKENS(img, src, want) do {                                      \
        char got_[4096];                                                       \
        tokens_of((img), (src), sizeof(src) - 1, got_, sizeof got_);           \
        assert_string_equal(got_, (want));                                     \
    } while (0)

static void test_tok_indent_dedent(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    CHECK_TOKENS(img, "if x:\n  y\nz\n", "if x : NL IN y NL DE z NL END");
    CHECK_TOKENS(img, "if x:\n  if y:\n    z\n", "if x : NL IN if y : NL IN z NL DE DE END");
    /* blank and comment-only lines do not count */
    CHECK_TOKENS(img, "if x:\n\n   # c\n  y\n", "if x : NL IN y NL DE END");
    /* a tab counts to the next multiple of 8, consistently */
    CHECK_TOKENS(img, "if x:\n\ty\n\tz\n", "if x : NL IN y NL z NL DE END");
    CHECK_TOKENS(img, "if x:\n\tif y:\n\t\tz\n", "if x : NL IN if y : NL IN z NL DE DE END");
    /* spaces and a tab that only agree with tabsize 8 */
    CHECK_TOKENS(img, "if x:\n\ty\n        z\n", "if x : NL IN y NL ERR4");
    /* unindent to no outer level */
    CHECK_TOKENS(img, "if x:\n    y\n  z\n", "if x : NL IN y NL ERR3");
    /* form feed resets the column */
    CHECK_TOKENS(img, "x\n\x0cy\n", "x NL y NL END");
    /* no final newline: one is added */
    CHECK_TOKENS(img, "if x:\n  y", "if x : NL IN y NL DE END");
    TU_CHECK(img);
    tu_destroy(img);
}

static void test_tok_line_joining(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    CHECK_TOKENS(img, "x = (1,\n  2)\n", "x = ( 1 , 2 ) NL END");
    CHECK_TOKENS(img, "x = [\n]\ny\n", "x = [ ] NL y NL END");
    CHECK_TOKENS(img, "x = 1 + \\\n  2\n", "x = 1 + 2 NL END");
    /* a continuation line does not change the indentation */
    CHECK_TOKENS(img, "if x:\n    a = \\\n1\n    b\n", "if x : NL IN a = 1 NL b NL DE END");
    CHECK_TOKENS(img, "x = 1 \\ 2\n", "x = 1 ERR6");
    CHECK_TOKENS(img, "x = \\", "x = ERR1");
    CHECK_TOKENS(img, "a\r\nb\rc\n", "a NL b NL c NL END");
    CHECK_TOKENS(img, "x  # comment\n# only\ny\n", "x NL y NL END");
    TU_CHECK(img);
    tu_destroy(img);
}

static void test_tok_numbers(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    CHECK_TOKENS(img, "0 00 0_0 123 1_000 0x_ff 0XAb 0o17 0O_7 0b1 0B_0_1\n",
                 "0 00 0_0 123 1_000 0x_ff 0XAb 0o17 0O_7 0b1 0B_0_1 NL END");
    CHECK_TOKENS(img, "1. .5 1.5 1e5 1E-5 1.e+5 1_0.0_1e1_0\n",
                 "1. .5 1.5 1e5 1E-5 1.e+5 1_0.0_1e1_0 NL END");
    CHECK_TOKENS(img, "1j 1.5J .5j 1e3j 0j 00j\n", "1j 1.5J .5j 1e3j 0j 00j NL END");
    /* a keyword right after a number is allowed */
    CHECK_TOKENS(img, "1if x else 2\n", "1 if x else 2 NL END");
    CHECK_TOKENS(img, "1.real\n", "ERR:invalid decimal literal@1:2");
    CHECK_TOKENS(img, "1 .real\n", "1 . real NL END");
    CHECK_TOKENS(img, "...\n", "... NL END");
    CHECK_TOKENS(img, "x = 1abc\n", "x = ERR:invalid decimal literal@1:5");
    CHECK_TOKENS(img, "0x\n", "ERR:invalid hexadecimal literal@1:2");
    CHECK_TOKENS(img, "0o8\n", "ERR:invalid digit '8' in octal literal@1:3");
    CHECK_TOKENS(img, "0b12\n", "ERR:invalid digit '2' in binary literal@1:4");
    CHECK_TOKENS(img, "1__0\n", "ERR:invalid decimal literal@1:2");
    CHECK_TOKENS(img, "1_\n", "ERR:invalid decimal literal@1:2");
    CHECK_TOKENS(img, "012\n",
                 "ERR:leading zeros in decimal integer literals are not permitted; use an 0o "
                 "prefix for octal integers@1:1");
    CHECK_TOKENS(img, "1e+\n", "ERR:invalid decimal literal@1:3");
    TU_CHECK(img);
    tu_destroy(img);
}

static void test_tok_strings(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    CHECK_TOKENS(img, "'a' \"b\" '''c''' \"\"\"d\"\"\" ''\n",
                 "'a' \"b\" '''c''' \"\"\"d\"\"\" '' NL END");
    CHECK_TOKENS(img, "r'a' b'b' u'c' f'd' rb'e' BR'f' Rf'g' fR'h' U'i'\n",
                 "r'a' b'b' u'c' f'd' rb'e' BR'f' Rf'g' fR'h' U'i' NL END");
    /* not prefixes: ur, bu, fb */
    CHECK_TOKENS(img, "ur'a'\n", "ur 'a' NL END");
    CHECK_TOKENS(img, "'a\\'b' 'c\\\\'\n", "'a\\'b' 'c\\\\' NL END");
    CHECK_TOKENS(img, "'''a\nb''' x\n", "'''a\nb''' x NL END");
    CHECK_TOKENS(img, "f'{x!r:>{w}}'\n", "f'{x!r:>{w}}' NL END");
    CHECK_TOKENS(img, "x = 'abc\n", "x = ERR:unterminated string literal (detected at line 1)@1:5");
    CHECK_TOKENS(img, "x = '''abc\n\n",
                 "x = ERR:unterminated triple-quoted string literal (detected at line 2)@1:5");
    TU_CHECK(img);
    tu_destroy(img);
}

static void test_tok_errors(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    CHECK_TOKENS(img, "(]\n", "( ERR:closing parenthesis ']' does not match opening parenthesis '('@1:2");
    CHECK_TOKENS(img, ")\n", "ERR:unmatched ')'@1:1");
    CHECK_TOKENS(img, "a€\n", "ERR:invalid character '€' (U+20AC)@1:2");
    CHECK_TOKENS(img, "x\x01\n", "x ERR:invalid non-printable character U+0001@1:2");
    CHECK_TOKENS(img, "$ ?\n", "$ ? NL END");
    CHECK_TOKENS(img, "x\0y\n", "INITERR:source code string cannot contain null bytes");
    CHECK_TOKENS(img, "\xef\xbb\xbfx\n", "x NL END");
    CHECK_TOKENS(img, "# coding: latin-1\nx = '\xe9'\n", "x = '\xc3\xa9' NL END");
    CHECK_TOKENS(img, "# coding: ebcdic\nx\n", "INITERR:unknown encoding: ebcdic");
    CHECK_TOKENS(img, "x = '\xff'\n",
                 "INITERR:(unicode error) 'utf-8' codec can't decode byte 0xff in position 5: "
                 "invalid start byte");
    CHECK_TOKENS(img, "<> != -> := ** **= // //= << <<= >> >>= @=\n",
                 "<> != -> := ** **= // //= << <<= >> >>= @= NL END");
    TU_CHECK(img);
    tu_destroy(img);
}

static void test_tok_paren_limit(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    char src[512], got[4096];
    memset(src, '(', 201);
    src[201] = '\n';
    tokens_of(img, src, 202, got, sizeof got);
    assert_non_null(strstr(got, "ERR:too many nested parentheses"));
    tu_destroy(img);
}

/* ---- literals ------------------------------------------------------------ */

static void check_repr(const char *s, size_t n, const char *want, int bytes)
{
    char buf[256];
    assert_true(GP_LITERAL_REPR_MAX(n) <= sizeof buf);
    size_t len = bytes ? gp_literal_bytes_repr(s, n, buf) : gp_literal_str_repr(s, n, buf);
    assert_int_equal(len, strlen(want));
    assert_string_equal(buf, want);
}

static void test_literal_str_repr(void **state)
{
    (void)state;
    check_repr("abc", 3, "'abc'", 0);
    check_repr("it's", 4, "\"it's\"", 0);
    check_repr("'\"", 2, "'\\'\"'", 0);
    check_repr("a\\b\n\t\r", 6, "'a\\\\b\\n\\t\\r'", 0);
    check_repr("\x01\x1f\x7f", 3, "'\\x01\\x1f\\x7f'", 0);
    check_repr("\xc2\x85\xc2\xa0\xc2\xad", 6, "'\\x85\\xa0\\xad'", 0); /* Cc Zs Cf */
    check_repr("\xc3\xa9\xe2\x82\xac", 5, "'\xc3\xa9\xe2\x82\xac'", 0);  /* printable */
    check_repr("\xe2\x80\xa8\xef\xbb\xbf", 6, "'\\u2028\\ufeff'", 0);    /* Zl Cf */
    check_repr("\xed\xa0\x80", 3, "'\\ud800'", 0);                    /* a lone surrogate */
    check_repr("\xf3\xa0\x80\x81", 4, "'\\U000e0001'", 0);            /* Cf, astral */
    check_repr("\xf0\x9f\x98\x80", 4, "'\xf0\x9f\x98\x80'", 0);        /* emoji: So */
    check_repr("\0", 1, "'\\x00'", 0);
    check_repr(" ", 1, "' '", 0);
    check_repr("\xe3\x80\x80", 3, "'\\u3000'", 0);                    /* ideographic space */
    check_repr("ab'\0\xff", 5, "b\"ab'\\x00\\xff\"", 1);
    check_repr("\t\n\r\\", 4, "b'\\t\\n\\r\\\\'", 1);
    check_repr("", 0, "b''", 1);
}

static void check_decode(const char *body, const char *want, size_t wantlen)
{
    char out[256];
    size_t len = 0;
    GpLitError e;
    assert_int_equal(gp_literal_decode_str(body, strlen(body), out, &len, &e), 0);
    assert_int_equal(len, wantlen);
    assert_memory_equal(out, want, wantlen);
}

static void check_decode_error(const char *body, const char *want)
{
    char out[256];
    size_t len = 0;
    GpLitError e;
    assert_int_equal(gp_literal_decode_str(body, strlen(body), out, &len, &e), -1);
    assert_string_equal(e.msg, want);
}

static void test_literal_decode(void **state)
{
    (void)state;
    check_decode("a\\nb", "a\nb", 3);
    check_decode("\\x41\\u00e9\\U0001F600", "A\xc3\xa9\xf0\x9f\x98\x80", 7);
    check_decode("\\101\\0\\777", "A\0\xc7\xbf", 4);
    check_decode("\\q\\d", "\\q\\d", 4);
    check_decode("a\\\nb", "ab", 2);
    check_decode("\\'\\\"\\\\\\a\\b\\f\\v\\t\\r", "'\"\\\a\b\f\v\t\r", 9);
    check_decode("\\\xc3\xa9", "\\\xc3\xa9", 3);
    check_decode("end\\", "end\\", 4);
    check_decode("\\ud800", "\xed\xa0\x80", 3);
    check_decode_error("\\x4", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                               "position 0-2: truncated \\xXX escape");
    check_decode_error("ab\\u12", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                  "position 2-5: truncated \\uXXXX escape");
    check_decode_error("\xc3\xa9\\U0011ffff", "(unicode error) 'unicodeescape' codec can't "
                                              "decode bytes in position 10-19: illegal Unicode "
                                              "character");
    check_decode_error("\\N", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                              "position 0-1: malformed \\N character escape");

    char out[64];
    size_t len;
    GpLitError e;
    assert_int_equal(gp_literal_decode_bytes("\\x00\\xff\\400\\q", 14, out, &len, &e), 0);
    assert_int_equal(len, 5);
    assert_memory_equal(out, "\0\xff\0\\q", 5);
    assert_int_equal(gp_literal_decode_bytes("\\xz", 3, out, &len, &e), -1);
    assert_string_equal(e.msg, "(value error) invalid \\x escape at position 0");
}

static void *arena_cb(void *ctx, size_t n)
{
    return gp_astarena_alloc(ctx, n);
}

static void check_int(GpAstArena *ar, const char *text, const char *want)
{
    char *d = gp_literal_int_decimal(text, strlen(text), arena_cb, ar);
    assert_non_null(d);
    assert_string_equal(d, want);
}

static void test_literal_numbers(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpAstArena ar;
    gp_astarena_init(&ar, tu_heap(img));
    check_int(&ar, "0", "0");
    check_int(&ar, "000", "0");
    check_int(&ar, "1_000", "1000");
    check_int(&ar, "0xff", "255");
    check_int(&ar, "0o777", "511");
    check_int(&ar, "0b1010", "10");
    check_int(&ar, "0xfff_ffff_ffff_ffff", "1152921504606846975");
    check_int(&ar, "0x_7fff_ffff_ffff_ffff", "9223372036854775807");
    check_int(&ar, "0x1_0000_0000_0000_0000_0000_0000", "79228162514264337593543950336");
    check_int(&ar, "0b" "1111111111111111111111111111111111111111111111111111111111111111",
              "18446744073709551615");
    check_int(&ar, "79228162514264337593543950336", "79228162514264337593543950336");
    gp_astarena_free(&ar);
    tu_destroy(img);
    char scratch[64];
    assert_true(gp_literal_float("1_000.5", 7, scratch) == 1000.5);
    assert_true(gp_literal_float("1e-3", 4, scratch) == 1e-3);
    assert_true(gp_literal_float("2.5j", 4, scratch) == 2.5);
    char buf[64];
    gp_literal_imag_repr(1.0, buf);
    assert_string_equal(buf, "1j");
    gp_literal_imag_repr(2.5, buf);
    assert_string_equal(buf, "2.5j");
    gp_literal_imag_repr(1e20, buf);
    assert_string_equal(buf, "1e+20j");
    gp_literal_imag_repr(1e16, buf);
    assert_string_equal(buf, "1e+16j");
}

/* ---- the parser and memory ------------------------------------------------ */

static void append_cb(void *ctx, const char *s, size_t n)
{
    char *buf = ctx;
    size_t len = strlen(buf);
    if (len + n < 4096) {
        memcpy(buf + len, s, n);
        buf[len + n] = '\0';
    }
}

static void test_parse_and_free(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    GpAreaStats before = tu_stats(img, GP_AREA_HEAP);
    const char *src = "def f(a, *b, c=1, **d):\n    return [x * 2 for x in b if x] or f'{a!r:>{c}}'\n";
    for (int i = 0; i < 50; i++) {
        GpSyntaxError err;
        GpAst *mod = gp_parse(heap, src, strlen(src), "<test>", GP_PARSE_EXEC, &err);
        assert_non_null(mod);
        assert_int_equal(mod->kind, GP_AST_MODULE);
        assert_int_equal(mod->v.module.body.len, 1);
        GpAst *fn = mod->v.module.body.items[0];
        assert_int_equal(fn->kind, GP_AST_FUNCTIONDEF);
        assert_string_equal(fn->v.functiondef.name, "f");
        assert_int_equal(fn->lineno, 1);
        assert_int_equal(fn->end_lineno, 2);
        GpAst *ret = fn->v.functiondef.body.items[0];
        assert_int_equal(ret->kind, GP_AST_RETURN);
        assert_int_equal(ret->col_offset, 4);
        gp_ast_free(mod);
    }
    GpSyntaxError err;
    assert_null(gp_parse(heap, "x = = 1\n", 8, "<test>", GP_PARSE_EXEC, &err));
    assert_string_equal(err.msg, "invalid syntax");
    assert_int_equal(err.lineno, 1);
    assert_int_equal(err.offset, 5);
    assert_string_equal(err.text, "x = = 1\n");
    assert_string_equal(gp_syntax_error_class(&err), "SyntaxError");
    gp_mem_flush(heap);
    gp_mem_trim(heap);
    GpAreaStats after = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(after.used, before.used);
    TU_CHECK(img);
    tu_destroy(img);
}

static void test_parse_eval_and_dump(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    GpSyntaxError err;
    GpAst *mod = gp_parse(heap, "a[1:2, ...] + -1.5e300j", 23, "<test>", GP_PARSE_EVAL, &err);
    assert_non_null(mod);
    char out[4096] = "";
    assert_int_equal(gp_ast_dump(mod, heap, append_cb, out), 0);
    assert_string_equal(out, "Expression(body=BinOp(left=Subscript(value=Name(id='a', ctx=Load()), "
                             "slice=Tuple(elts=[Slice(lower=Constant(value=1), "
                             "upper=Constant(value=2)), Constant(value=Ellipsis)], ctx=Load()), "
                             "ctx=Load()), op=Add(), right=UnaryOp(op=USub(), "
                             "operand=Constant(value=1.5e+300j))))");
    gp_ast_free(mod);
    tu_destroy(img);
}

static void test_parse_out_of_memory(void **state)
{
    (void)state;
    /* a source whose tree cannot fit: every failure is a clean error */
    GpImage *img = tu_image(GP_MIN_IMAGE);
    GpArea *heap = tu_heap(img);
    size_t n = 200000;
    char *src = test_malloc(n + 1);
    for (size_t i = 0; i < n; i += 10)
        memcpy(src + i, "x=[1,2,3]\n", 10);
    src[n] = '\0';
    GpSyntaxError err;
    GpAst *mod = gp_parse(heap, src, n, "<test>", GP_PARSE_EXEC, &err);
    assert_null(mod);
    assert_int_equal(err.kind, GP_ERR_MEMORY);
    assert_string_equal(err.msg, "out of memory");
    /* and the heap still works afterwards */
    mod = gp_parse(heap, "x = 1\n", 6, "<test>", GP_PARSE_EXEC, &err);
    assert_non_null(mod);
    gp_ast_free(mod);
    test_free(src);
    TU_CHECK(img);
    tu_destroy(img);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        TU_TEST(test_tok_indent_dedent),
        TU_TEST(test_tok_line_joining),
        TU_TEST(test_tok_numbers),
        TU_TEST(test_tok_strings),
        TU_TEST(test_tok_errors),
        TU_TEST(test_tok_paren_limit),
        TU_TEST(test_literal_str_repr),
        TU_TEST(test_literal_decode),
        TU_TEST(test_literal_numbers),
        TU_TEST(test_parse_and_free),
        TU_TEST(test_parse_eval_and_dump),
        TU_TEST(test_parse_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
