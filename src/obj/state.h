/*
 * state.h - all interpreter state, in one struct passed everywhere.
 *
 * The roots of the object graph are explicit here: the built-in types, the
 * immortal singletons, the pending exception, and (from the VM layer) the
 * frames and modules.  Two states can live side by side, each with its own
 * image.
 *
 * Which area a new object goes to is decided in one place,
 * gp_state_area(): normally the heap; while the runtime builds its static
 * objects (types, None, small ints, interned strings) the static area;
 * module namespaces the global area; bytecode the text area.  Callers
 * switch the target with gp_state_push_area / gp_state_pop_area.
 */
#ifndef GP_OBJ_STATE_H
#define GP_OBJ_STATE_H

#include "mem/image.h"
#include "obj/hash.h"
#include "obj/object.h"

/* The built-in types, by index into GpState.types. */
typedef enum GpTypeId {
    GP_T_TYPE, GP_T_OBJECT, GP_T_NONE, GP_T_NOT_IMPLEMENTED, GP_T_INT,
    GP_T_BOOL, GP_T_FLOAT, GP_T_STR, GP_T_BYTES, GP_T_BYTEARRAY, GP_T_TUPLE,
    GP_T_LIST, GP_T_SLICE, GP_T_RANGE, GP_T_SEQ_ITER, GP_T_TUPLE_ITER, GP_T_LIST_ITER,
    GP_T_LIST_REVITER, GP_T_RANGE_ITER, GP_T_LONGRANGE_ITER,
    GP_T_DICT, GP_T_DICT_KEYITER, GP_T_DICT_VALUEITER, GP_T_DICT_ITEMITER,
    GP_T_DICT_REVKEYITER, GP_T_DICT_REVVALUEITER, GP_T_DICT_REVITEMITER,
    GP_T_DICT_KEYS, GP_T_DICT_VALUES, GP_T_DICT_ITEMS,
    GP_T_SET, GP_T_FROZENSET, GP_T_SET_ITER,
    GP_T_METHOD_DESCR, GP_T_GETSET_DESCR, GP_T_CFUNCTION, GP_T_CODE, GP_T_FUNCTION, GP_T_CELL,
    GP_T_ENUMERATE, GP_T_ZIP, GP_T_MAP, GP_T_FILTER, GP_T_REVERSED, GP_T_MODULE,
    GP_T_CALLABLE_ITER,
    GP_T_STREAM, GP_T_GENERATOR, GP_T_NAMESPACE,
    /* exceptions */
    GP_T_BASE_EXCEPTION, GP_T_EXCEPTION, GP_T_ARITHMETIC_ERROR,
    GP_T_ZERO_DIVISION_ERROR, GP_T_OVERFLOW_ERROR, GP_T_LOOKUP_ERROR,
    GP_T_INDEX_ERROR, GP_T_KEY_ERROR, GP_T_TYPE_ERROR, GP_T_VALUE_ERROR,
    GP_T_MEMORY_ERROR, GP_T_RUNTIME_ERROR, GP_T_RECURSION_ERROR,
    GP_T_NOT_IMPLEMENTED_ERROR, GP_T_NAME_ERROR, GP_T_ATTRIBUTE_ERROR,
    GP_T_STOP_ITERATION, GP_T_SYSTEM_ERROR, GP_T_UNICODE_ERROR,
    GP_T_UNBOUND_LOCAL_ERROR, GP_T_ASSERTION_ERROR, GP_T_SYSTEM_EXIT,
    GP_T_KEYBOARD_INTERRUPT, GP_T_EOF_ERROR, GP_T_IMPORT_ERROR, GP_T_MODULE_NOT_FOUND_ERROR,
    GP_T_OS_ERROR, GP_T_FILE_NOT_FOUND_ERROR, GP_T_PERMISSION_ERROR, GP_T_FILE_EXISTS_ERROR,
    GP_T_IS_A_DIRECTORY_ERROR, GP_T_NOT_A_DIRECTORY_ERROR, GP_T_TIMEOUT_ERROR,
    GP_T_INTERRUPTED_ERROR, GP_T_BLOCKING_IO_ERROR, GP_T_CHILD_PROCESS_ERROR,
    GP_T_PROCESS_LOOKUP_ERROR, GP_T_CONNECTION_ERROR, GP_T_BROKEN_PIPE_ERROR,
    GP_T_CONNECTION_ABORTED_ERROR, GP_T_CONNECTION_REFUSED_ERROR, GP_T_CONNECTION_RESET_ERROR,
    GP_T_SYNTAX_ERROR, GP_T_INDENTATION_ERROR, GP_T_TAB_ERROR, GP_T_UNICODE_BASE_ERROR,
    GP_T_UNICODE_ENCODE_ERROR, GP_T_UNICODE_TRANSLATE_ERROR, GP_T_FLOATING_POINT_ERROR,
    GP_T_BUFFER_ERROR, GP_T_REFERENCE_ERROR, GP_T_GENERATOR_EXIT, GP_T_STOP_ASYNC_ITERATION,
    GP_T_WARNING, GP_T_USER_WARNING, GP_T_DEPRECATION_WARNING,
    GP_T_PENDING_DEPRECATION_WARNING, GP_T_SYNTAX_WARNING, GP_T_RUNTIME_WARNING,
    GP_T_FUTURE_WARNING, GP_T_IMPORT_WARNING, GP_T_UNICODE_WARNING, GP_T_BYTES_WARNING,
    GP_T_RESOURCE_WARNING, GP_T_ENCODING_WARNING,
    GP_T_COUNT
} GpTypeId;

struct GpState {
    GpImage *img;
    GpArea *heap, *statics, *globals, *text;
    GpArea *consts;                 /* where the compiler puts constants and
                                       names: the static area, or the heap
                                       for eval/exec code, freed with it */
    GpArea *area_stack[8];          /* where new objects go; top is current */
    int area_depth;

    GpType *types[GP_T_COUNT];
    GpObject *none, *true_, *false_, *not_implemented;
    GpObject *small_ints[262];      /* -5..256 (int.h) */
    GpObject *empty_tuple, *empty_str;
    GpHashKey hash_key;             /* SipHash key for str and bytes */

    /* the pending exception: an instance, or NULL */
    GpObject *exc;
    GpObject *memory_error;         /* preallocated: raising it allocates nothing */

    uint32_t origin;                /* stamped on every new object */
    int dealloc_depth;              /* nesting of deallocations (object.c) */
    GpGCHead *deferred;             /* containers waiting to be freed */
    int c_depth, c_depth_limit;     /* recursion of C code calling Python */
    uint64_t dict_version;          /* the last version given to a dict (dict.c) */
    int compare_depth;              /* nesting of rich comparisons (object.c) */
    /* the VM (src/vm) */
    void *frame;                    /* innermost GpFrame, or NULL */
    int py_depth, recursion_limit;  /* Python frames, sys.getrecursionlimit() */
    GpObject *builtins;             /* the builtins module's dict */
    GpObject *exc_info;             /* the exception being handled, or NULL */
    GpObject *modules;              /* sys.modules: name -> module */
    GpObject *interned;             /* sys.intern's table */
    const struct GpBuiltinModule *builtin_modules;   /* vm/import.h */
    int reraise;                    /* the pending exception is re-raised */
    int yielded;                    /* the frame that returned to C yielded */
    GpObject *(*gen_resume)(GpState *st, GpObject *gen, GpObject *value);  /* vm */
    GpObject *(*gen_throw)(GpState *st, GpObject *gen, GpObject *exc);     /* vm */
    int (*gen_close)(GpState *st, GpObject *gen);                          /* vm */
};

/* Make a state with its own image.  NULL and a one-line reason in err. */
GpState *gp_state_create(const GpImageConfig *cfg, char *err, size_t errlen);
void gp_state_destroy(GpState *st);

static inline GpArea *gp_state_area(GpState *st)
{
    return st->area_stack[st->area_depth];
}

void gp_state_push_area(GpState *st, GpArea *a);
void gp_state_pop_area(GpState *st);

/* A type made at run time (sys.float_info's, ...): a copy of the template
 * in the static area, immortal, with the slots it leaves empty inherited
 * from base.  NULL with MemoryError pending. */
GpType *gp_type_make(GpState *st, const GpType *tmpl, GpType *base, const char *name);

static inline GpType *gp_type(GpState *st, GpTypeId id)
{
    return st->types[id];
}

#endif
