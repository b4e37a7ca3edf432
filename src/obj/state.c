/*
 * state.c - make and destroy an interpreter state: its image, and in the
 * image's static area the built-in types, None, True, False,
 * NotImplemented, the empty tuple and string, and the preallocated
 * MemoryError.
 */
#include "obj/state.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem/mem.h"
#include "obj/bytearray.h"
#include "obj/bytes.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/method.h"
#include "obj/func.h"
#include "obj/gen.h"
#include "obj/lazyiter.h"
#include "obj/module.h"
#include "obj/namespace.h"
#include "obj/stream.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/iter.h"
#include "obj/list.h"
#include "obj/hash.h"
#include "obj/range.h"
#include "obj/singletons.h"
#include "obj/set.h"
#include "obj/slice.h"
#include "obj/str.h"
#include "obj/tuple.h"

/* The built-in exception classes: (id, name, base). */
static const struct {
    GpTypeId id;
    const char *name;
    GpTypeId base;
} exception_tree[] = {
    {GP_T_EXCEPTION, "Exception", GP_T_BASE_EXCEPTION},
    {GP_T_ARITHMETIC_ERROR, "ArithmeticError", GP_T_EXCEPTION},
    {GP_T_ZERO_DIVISION_ERROR, "ZeroDivisionError", GP_T_ARITHMETIC_ERROR},
    {GP_T_OVERFLOW_ERROR, "OverflowError", GP_T_ARITHMETIC_ERROR},
    {GP_T_LOOKUP_ERROR, "LookupError", GP_T_EXCEPTION},
    {GP_T_INDEX_ERROR, "IndexError", GP_T_LOOKUP_ERROR},
    {GP_T_KEY_ERROR, "KeyError", GP_T_LOOKUP_ERROR},
    {GP_T_TYPE_ERROR, "TypeError", GP_T_EXCEPTION},
    {GP_T_VALUE_ERROR, "ValueError", GP_T_EXCEPTION},
    {GP_T_UNICODE_BASE_ERROR, "UnicodeError", GP_T_VALUE_ERROR},
    {GP_T_UNICODE_ERROR, "UnicodeDecodeError", GP_T_UNICODE_BASE_ERROR},
    {GP_T_UNICODE_ENCODE_ERROR, "UnicodeEncodeError", GP_T_UNICODE_BASE_ERROR},
    {GP_T_UNICODE_TRANSLATE_ERROR, "UnicodeTranslateError", GP_T_UNICODE_BASE_ERROR},
    {GP_T_MEMORY_ERROR, "MemoryError", GP_T_EXCEPTION},
    {GP_T_RUNTIME_ERROR, "RuntimeError", GP_T_EXCEPTION},
    {GP_T_RECURSION_ERROR, "RecursionError", GP_T_RUNTIME_ERROR},
    {GP_T_NOT_IMPLEMENTED_ERROR, "NotImplementedError", GP_T_RUNTIME_ERROR},
    {GP_T_NAME_ERROR, "NameError", GP_T_EXCEPTION},
    {GP_T_ATTRIBUTE_ERROR, "AttributeError", GP_T_EXCEPTION},
    {GP_T_STOP_ITERATION, "StopIteration", GP_T_EXCEPTION},
    {GP_T_SYSTEM_ERROR, "SystemError", GP_T_EXCEPTION},
    {GP_T_UNBOUND_LOCAL_ERROR, "UnboundLocalError", GP_T_NAME_ERROR},
    {GP_T_ASSERTION_ERROR, "AssertionError", GP_T_EXCEPTION},
    {GP_T_SYSTEM_EXIT, "SystemExit", GP_T_BASE_EXCEPTION},
    {GP_T_KEYBOARD_INTERRUPT, "KeyboardInterrupt", GP_T_BASE_EXCEPTION},
    {GP_T_EOF_ERROR, "EOFError", GP_T_EXCEPTION},
    {GP_T_IMPORT_ERROR, "ImportError", GP_T_EXCEPTION},
    {GP_T_MODULE_NOT_FOUND_ERROR, "ModuleNotFoundError", GP_T_IMPORT_ERROR},
    {GP_T_OS_ERROR, "OSError", GP_T_EXCEPTION},
    {GP_T_FILE_NOT_FOUND_ERROR, "FileNotFoundError", GP_T_OS_ERROR},
    {GP_T_PERMISSION_ERROR, "PermissionError", GP_T_OS_ERROR},
    {GP_T_FILE_EXISTS_ERROR, "FileExistsError", GP_T_OS_ERROR},
    {GP_T_IS_A_DIRECTORY_ERROR, "IsADirectoryError", GP_T_OS_ERROR},
    {GP_T_NOT_A_DIRECTORY_ERROR, "NotADirectoryError", GP_T_OS_ERROR},
    {GP_T_TIMEOUT_ERROR, "TimeoutError", GP_T_OS_ERROR},
    {GP_T_INTERRUPTED_ERROR, "InterruptedError", GP_T_OS_ERROR},
    {GP_T_BLOCKING_IO_ERROR, "BlockingIOError", GP_T_OS_ERROR},
    {GP_T_CHILD_PROCESS_ERROR, "ChildProcessError", GP_T_OS_ERROR},
    {GP_T_PROCESS_LOOKUP_ERROR, "ProcessLookupError", GP_T_OS_ERROR},
    {GP_T_CONNECTION_ERROR, "ConnectionError", GP_T_OS_ERROR},
    {GP_T_BROKEN_PIPE_ERROR, "BrokenPipeError", GP_T_CONNECTION_ERROR},
    {GP_T_CONNECTION_ABORTED_ERROR, "ConnectionAbortedError", GP_T_CONNECTION_ERROR},
    {GP_T_CONNECTION_REFUSED_ERROR, "ConnectionRefusedError", GP_T_CONNECTION_ERROR},
    {GP_T_CONNECTION_RESET_ERROR, "ConnectionResetError", GP_T_CONNECTION_ERROR},
    {GP_T_SYNTAX_ERROR, "SyntaxError", GP_T_EXCEPTION},
    {GP_T_INDENTATION_ERROR, "IndentationError", GP_T_SYNTAX_ERROR},
    {GP_T_TAB_ERROR, "TabError", GP_T_INDENTATION_ERROR},
    {GP_T_FLOATING_POINT_ERROR, "FloatingPointError", GP_T_ARITHMETIC_ERROR},
    {GP_T_BUFFER_ERROR, "BufferError", GP_T_EXCEPTION},
    {GP_T_REFERENCE_ERROR, "ReferenceError", GP_T_EXCEPTION},
    {GP_T_GENERATOR_EXIT, "GeneratorExit", GP_T_BASE_EXCEPTION},
    {GP_T_STOP_ASYNC_ITERATION, "StopAsyncIteration", GP_T_EXCEPTION},
    {GP_T_WARNING, "Warning", GP_T_EXCEPTION},
    {GP_T_USER_WARNING, "UserWarning", GP_T_WARNING},
    {GP_T_DEPRECATION_WARNING, "DeprecationWarning", GP_T_WARNING},
    {GP_T_PENDING_DEPRECATION_WARNING, "PendingDeprecationWarning", GP_T_WARNING},
    {GP_T_SYNTAX_WARNING, "SyntaxWarning", GP_T_WARNING},
    {GP_T_RUNTIME_WARNING, "RuntimeWarning", GP_T_WARNING},
    {GP_T_FUTURE_WARNING, "FutureWarning", GP_T_WARNING},
    {GP_T_IMPORT_WARNING, "ImportWarning", GP_T_WARNING},
    {GP_T_UNICODE_WARNING, "UnicodeWarning", GP_T_WARNING},
    {GP_T_BYTES_WARNING, "BytesWarning", GP_T_WARNING},
    {GP_T_RESOURCE_WARNING, "ResourceWarning", GP_T_WARNING},
    {GP_T_ENCODING_WARNING, "EncodingWarning", GP_T_WARNING},
};

void gp_state_push_area(GpState *st, GpArea *a)
{
    st->area_stack[++st->area_depth] = a;
}

void gp_state_pop_area(GpState *st)
{
    st->area_depth--;
}

GpType *gp_type_make(GpState *st, const GpType *tmpl, GpType *base, const char *name)
{
    GpType *t = gp_mem_alloc(st->statics, sizeof *t);
    if (!t) {
        if (st->memory_error)   /* absent only while the statics are made */
            gp_err_nomemory(st);
        return NULL;
    }
    memcpy(t, tmpl, sizeof *t);
    t->ob.ob.rc = GP_RC_IMMORTAL | 1;
    t->ob.ob.type = st->types[GP_T_TYPE] ? st->types[GP_T_TYPE] : t;
    t->index = GP_T_COUNT;
    t->base = base;
    if (name)
        t->name = name;
    /* slots the template leaves empty are inherited from the base */
    if (base) {
#define INHERIT(f) if (!t->f) t->f = base->f
        INHERIT(dealloc); INHERIT(repr); INHERIT(str); INHERIT(hash); INHERIT(richcompare);
        INHERIT(getattr); INHERIT(setattr); INHERIT(call); INHERIT(iter);
        INHERIT(iternext); INHERIT(num); INHERIT(seq); INHERIT(map);
        INHERIT(traverse); INHERIT(clear);
#undef INHERIT
    }
    return t;
}

/* A built-in type object, in the static area, copied from its template. */
static GpType *make_type(GpState *st, GpTypeId id, const GpType *tmpl, GpTypeId base,
                         const char *name)
{
    GpType *t = gp_type_make(st, tmpl, (int)base >= 0 ? st->types[base] : NULL, name);
    if (!t)
        return NULL;
    t->index = (uint32_t)id;
    st->types[id] = t;
    return t;
}

static int make_statics(GpState *st)
{
    const struct {
        GpTypeId id;
        const GpType *tmpl;
        GpTypeId base;
    } core[] = {
        {GP_T_TYPE, &gp_type_template, (GpTypeId)-1},
        {GP_T_OBJECT, &gp_object_template, (GpTypeId)-1},
        {GP_T_NONE, &gp_none_template, GP_T_OBJECT},
        {GP_T_NOT_IMPLEMENTED, &gp_notimpl_template, GP_T_OBJECT},
        {GP_T_INT, &gp_int_template, GP_T_OBJECT},
        {GP_T_BOOL, &gp_bool_template, GP_T_INT},
        {GP_T_FLOAT, &gp_float_template, GP_T_OBJECT},
        {GP_T_STR, &gp_str_template, GP_T_OBJECT},
        {GP_T_BYTES, &gp_bytes_template, GP_T_OBJECT},
        {GP_T_BYTEARRAY, &gp_bytearray_template, GP_T_OBJECT},
        {GP_T_TUPLE, &gp_tuple_template, GP_T_OBJECT},
        {GP_T_LIST, &gp_list_template, GP_T_OBJECT},
        {GP_T_SLICE, &gp_slice_template, GP_T_OBJECT},
        {GP_T_RANGE, &gp_range_template, GP_T_OBJECT},
        {GP_T_SEQ_ITER, &gp_seqiter_template, GP_T_OBJECT},
        {GP_T_TUPLE_ITER, &gp_tupleiter_template, GP_T_OBJECT},
        {GP_T_LIST_ITER, &gp_listiter_template, GP_T_OBJECT},
        {GP_T_LIST_REVITER, &gp_listreviter_template, GP_T_OBJECT},
        {GP_T_RANGE_ITER, &gp_rangeiter_template, GP_T_OBJECT},
        {GP_T_LONGRANGE_ITER, &gp_longrangeiter_template, GP_T_OBJECT},
        {GP_T_DICT, &gp_dict_template, GP_T_OBJECT},
        {GP_T_DICT_KEYITER, &gp_dict_keyiter_template, GP_T_OBJECT},
        {GP_T_DICT_VALUEITER, &gp_dict_valueiter_template, GP_T_OBJECT},
        {GP_T_DICT_ITEMITER, &gp_dict_itemiter_template, GP_T_OBJECT},
        {GP_T_DICT_REVKEYITER, &gp_dict_revkeyiter_template, GP_T_OBJECT},
        {GP_T_DICT_REVVALUEITER, &gp_dict_revvalueiter_template, GP_T_OBJECT},
        {GP_T_DICT_REVITEMITER, &gp_dict_revitemiter_template, GP_T_OBJECT},
        {GP_T_DICT_KEYS, &gp_dict_keys_template, GP_T_OBJECT},
        {GP_T_DICT_VALUES, &gp_dict_values_template, GP_T_OBJECT},
        {GP_T_DICT_ITEMS, &gp_dict_items_template, GP_T_OBJECT},
        {GP_T_SET, &gp_set_template, GP_T_OBJECT},
        {GP_T_FROZENSET, &gp_frozenset_template, GP_T_OBJECT},
        {GP_T_SET_ITER, &gp_setiter_template, GP_T_OBJECT},
        {GP_T_METHOD_DESCR, &gp_method_descr_template, GP_T_OBJECT},
        {GP_T_GETSET_DESCR, &gp_getset_descr_template, GP_T_OBJECT},
        {GP_T_CFUNCTION, &gp_cfunction_template, GP_T_OBJECT},
        {GP_T_CODE, &gp_code_template, GP_T_OBJECT},
        {GP_T_FUNCTION, &gp_function_template, GP_T_OBJECT},
        {GP_T_CELL, &gp_cell_template, GP_T_OBJECT},
        {GP_T_ENUMERATE, &gp_enumerate_template, GP_T_OBJECT},
        {GP_T_ZIP, &gp_zip_template, GP_T_OBJECT},
        {GP_T_MAP, &gp_map_template, GP_T_OBJECT},
        {GP_T_FILTER, &gp_filter_template, GP_T_OBJECT},
        {GP_T_REVERSED, &gp_reversed_template, GP_T_OBJECT},
        {GP_T_CALLABLE_ITER, &gp_calliter_template, GP_T_OBJECT},
        {GP_T_MODULE, &gp_module_template, GP_T_OBJECT},
        {GP_T_STREAM, &gp_stream_template, GP_T_OBJECT},
        {GP_T_GENERATOR, &gp_gen_template, GP_T_OBJECT},
        {GP_T_NAMESPACE, &gp_namespace_template, GP_T_OBJECT},
        {GP_T_BASE_EXCEPTION, &gp_exception_template, GP_T_OBJECT},
    };
    for (size_t i = 0; i < sizeof core / sizeof core[0]; i++)
        if (!make_type(st, core[i].id, core[i].tmpl, core[i].base, NULL))
            return -1;
    st->types[GP_T_TYPE]->base = st->types[GP_T_OBJECT];
    for (size_t i = 0; i < sizeof exception_tree / sizeof exception_tree[0]; i++)
        if (!make_type(st, exception_tree[i].id, &gp_exception_template,
                       exception_tree[i].base, exception_tree[i].name))
            return -1;

    if (!(st->none = gp_obj_alloc(st, st->types[GP_T_NONE], sizeof(GpObject))) ||
        !(st->not_implemented =
              gp_obj_alloc(st, st->types[GP_T_NOT_IMPLEMENTED], sizeof(GpObject))) ||
        !(st->true_ = gp_obj_alloc(st, st->types[GP_T_BOOL], sizeof(GpInt))) ||
        !(st->false_ = gp_obj_alloc(st, st->types[GP_T_BOOL], sizeof(GpInt))) ||
        gp_int_init_small(st) != 0 ||
        !(st->empty_tuple = gp_tuple_new(st, 0)) ||
        !(st->empty_str = gp_str_new(st, 0, 1)))
        return -1;
    GP_STR(st->empty_str)->ascii = 1;
    GP_INT(st->true_)->u.s.v = 1;
    st->memory_error = gp_exc_new(st, st->types[GP_T_MEMORY_ERROR], st->empty_tuple);
    if (!st->memory_error)
        return -1;
    if (gp_bool_type_ready(st))
        return -1;
    /* method tables become descriptors in the types' dicts */
    for (int t = 0; t < GP_T_COUNT; t++)
        if (gp_method_type_ready(st, st->types[t]))
            return -1;
    if (gp_str_type_ready(st) || gp_int_type_ready(st) || gp_bytes_type_ready(st) ||
        gp_float_type_ready(st))
        return -1;
    if (gp_dict_type_ready(st))    /* dict.fromkeys, a class method */
        return -1;
    return 0;
}

/* Room in the higher area for the str objects sys.argv and os.environ
 * make from the strings there: an argument gives one, an environment entry
 * a key and a value (each at most the entry's length). */
static size_t higher_objects_room(const GpImageConfig *cfg)
{
    size_t n = 0;
    for (int i = 0; i < cfg->argc; i++)
        n += gp_str_bytes_max(strlen(cfg->argv[i])) + GP_ALIGN;
    for (char *const *e = cfg->envp; e && *e; e++)
        n += 2 * (gp_str_bytes_max(strlen(*e)) + GP_ALIGN);
    return n;
}

GpState *gp_state_create(const GpImageConfig *config, char *err, size_t errlen)
{
    GpImageConfig cfg = *config;
    cfg.higher_objects = higher_objects_room(config);
    GpImage *img = gp_image_create(&cfg, err, errlen);
    if (!img)
        return NULL;
    GpState *st = calloc(1, sizeof *st);
    if (!st) {
        gp_image_destroy(img);
        snprintf(err, errlen, "out of memory creating the interpreter state");
        return NULL;
    }
    st->img = img;
    st->heap = &img->areas[GP_AREA_HEAP];
    st->statics = &img->areas[GP_AREA_STATIC];
    st->globals = &img->areas[GP_AREA_GLOBAL];
    st->text = &img->areas[GP_AREA_TEXT];
    st->consts = st->statics;
    st->area_stack[0] = st->heap;
    st->c_depth_limit = 200;
    st->recursion_limit = 1000;
    char herr[GP_HASH_ERR_MAX];
    if (gp_hash_init_key(getenv("PYTHONHASHSEED"), &st->hash_key, herr) != 0) {
        snprintf(err, errlen, "%s", herr);
        gp_state_destroy(st);
        return NULL;
    }
    gp_state_push_area(st, st->statics);
    int ok = make_statics(st) == 0;
    gp_state_pop_area(st);
    if (!ok) {
        snprintf(err, errlen, "the static area is too small for the built-in objects");
        gp_state_destroy(st);
        return NULL;
    }
    return st;
}

void gp_state_destroy(GpState *st)
{
    if (!st)
        return;
    gp_image_destroy(st->img);
    free(st);
}
