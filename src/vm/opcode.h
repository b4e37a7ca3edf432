/*
 * opcode.h - the bytecode.
 *
 * An instruction is one 32-bit word: the opcode in the low 8 bits and its
 * argument in the high 24 (so no EXTENDED_ARG is needed below 16 million
 * constants, names or jump targets).  Jump arguments are absolute
 * instruction indexes (not bytes).  The set is CPython 3.10's, with a
 * block stack for exception handling (SETUP_FINALLY / POP_BLOCK /
 * POP_EXCEPT), plus BINARY_OP from 3.11 in place of the 26 BINARY_* and
 * INPLACE_* opcodes.
 *
 * Stack effects are written [before] -> [after], top of stack last.
 */
#ifndef GP_VM_OPCODE_H
#define GP_VM_OPCODE_H

#include <stdint.h>

typedef uint32_t GpInstr;

#define GP_OP(w)  ((int)((w) & 0xff))
#define GP_ARG(w) ((uint32_t)((w) >> 8))
#define GP_INSTR(op, arg) ((GpInstr)(op) | ((GpInstr)(arg) << 8))
#define GP_ARG_MAX 0xffffffu

#define GP_OPCODES(X)                                                                          \
    X(NOP)                  /* */                                                            \
    X(POP_TOP)              /* [x] -> [] */                                                  \
    X(ROT_TWO)              /* [a b] -> [b a] */                                             \
    X(ROT_THREE)            /* [a b c] -> [c a b] */                                         \
    X(ROT_FOUR)             /* [a b c d] -> [d a b c] */                                     \
    X(DUP_TOP)              /* [a] -> [a a] */                                               \
    X(DUP_TOP_TWO)          /* [a b] -> [a b a b] */                                         \
    X(UNARY_POSITIVE)       /* [a] -> [+a] */                                                \
    X(UNARY_NEGATIVE)       /* [a] -> [-a] */                                                \
    X(UNARY_NOT)            /* [a] -> [not a] */                                             \
    X(UNARY_INVERT)         /* [a] -> [~a] */                                                \
    X(BINARY_OP)            /* [a b] -> [a op b]; arg: GP_NB_* (object.h), plus          \
                               GP_BINOP_INPLACE for augmented assignment */              \
    X(BINARY_SUBSCR)        /* [a i] -> [a[i]] */                                            \
    X(STORE_SUBSCR)         /* [v a i] -> []: a[i] = v */                                    \
    X(DELETE_SUBSCR)        /* [a i] -> []: del a[i] */                                      \
    X(COMPARE_OP)           /* [a b] -> [a op b]; arg: GP_LT..GP_GE (object.h) */            \
    X(IS_OP)                /* [a b] -> [a is b]; arg 1: is not */                          \
    X(CONTAINS_OP)          /* [a b] -> [a in b]; arg 1: not in */                          \
    X(GET_ITER)             /* [o] -> [iter(o)] */                                           \
    X(FOR_ITER)             /* [it] -> [it next] or, exhausted, [] and jump to arg */        \
    X(LOAD_CONST)           /* [] -> [consts[arg]] */                                        \
    X(LOAD_NAME)            /* [] -> [v]: locals dict, globals, builtins */                 \
    X(STORE_NAME)           /* [v] -> [] */                                                  \
    X(DELETE_NAME)          /* */                                                            \
    X(LOAD_GLOBAL)          /* [] -> [v]: globals, builtins; arg: names index */            \
    X(STORE_GLOBAL)         /* [v] -> [] */                                                  \
    X(DELETE_GLOBAL)        /* */                                                            \
    X(LOAD_FAST)            /* [] -> [locals[arg]]; UnboundLocalError if empty */           \
    X(STORE_FAST)           /* [v] -> [] */                                                  \
    X(DELETE_FAST)          /* */                                                            \
    X(LOAD_DEREF)           /* [] -> [cell contents]; arg: cells then frees index */        \
    X(STORE_DEREF)          /* [v] -> [] */                                                  \
    X(DELETE_DEREF)         /* */                                                            \
    X(LOAD_CLOSURE)         /* [] -> [the cell itself] */                                    \
    X(LOAD_CLASSDEREF)      /* [] -> [v]: class body: locals dict first, then the cell */   \
    X(LOAD_ATTR)            /* [o] -> [o.name]; arg: names index */                          \
    X(STORE_ATTR)           /* [v o] -> []: o.name = v */                                    \
    X(DELETE_ATTR)          /* [o] -> [] */                                                  \
    X(LOAD_METHOD)          /* [o] -> [meth o] (unbound + self) or [NULL o.name] */          \
    X(CALL_METHOD)          /* [meth self args...] or [NULL f args...] -> [result];        \
                               arg: number of args */                                     \
    X(CALL_FUNCTION)        /* [f args...] -> [f(args)]; arg: nargs */                       \
    X(CALL_FUNCTION_KW)     /* [f args... kwvalues... names] -> [r]; arg: all args;        \
                               names: tuple of keyword names */                           \
    X(CALL_FUNCTION_EX)     /* [f argstuple (kwdict if arg&1)] -> [r] */                     \
    X(MAKE_FUNCTION)        /* [defaults? kwdefaults? annotations? closure? code qualname] \
                               -> [func]; arg flags: 1 defaults tuple, 2 kwdefaults       \
                               dict, 4 annotations tuple, 8 closure tuple */             \
    X(RETURN_VALUE)         /* [v] -> return v */                                            \
    X(BUILD_TUPLE)          /* [x1..xn] -> [(x1..xn)]; arg: n */                             \
    X(BUILD_LIST)           /* [x1..xn] -> [[x1..xn]] */                                     \
    X(BUILD_SET)            /* [x1..xn] -> [{x1..xn}] */                                     \
    X(BUILD_MAP)            /* [k1 v1 .. kn vn] -> [{..}]; arg: n pairs */                   \
    X(BUILD_CONST_KEY_MAP)  /* [v1..vn keystuple] -> [{..}]; arg: n */                       \
    X(BUILD_SLICE)          /* [a b] or [a b c] -> [slice]; arg: 2 or 3 */                   \
    X(BUILD_STRING)         /* [s1..sn] -> [s1+..+sn]; arg: n */                             \
    X(LIST_APPEND)          /* [.. list at depth arg .. v] -> [.. list ..]: list.append(v) */\
    X(SET_ADD)              /* as LIST_APPEND for sets */                                    \
    X(MAP_ADD)              /* [.. dict at depth arg .. k v] -> [.. dict ..] */               \
    X(LIST_EXTEND)          /* [.. list at depth arg .. it] -> [.. list ..] */               \
    X(SET_UPDATE)           /* */                                                            \
    X(DICT_UPDATE)          /* [.. dict at depth arg .. m] -> [.. dict ..] */                \
    X(DICT_MERGE)           /* as DICT_UPDATE, but duplicate keys are a TypeError */         \
    X(LIST_TO_TUPLE)        /* [list] -> [tuple] */                                          \
    X(UNPACK_SEQUENCE)      /* [seq] -> [xn .. x1] (x1 on top); arg: n */                    \
    X(UNPACK_EX)            /* [seq] -> a, *b, c; arg: before | after << 8 */                \
    X(JUMP_FORWARD)         /* jump to arg */                                                \
    X(JUMP_ABSOLUTE)        /* jump to arg (a loop: checks for signals) */                  \
    X(POP_JUMP_IF_FALSE)    /* [v] -> [], jump to arg if not v */                            \
    X(POP_JUMP_IF_TRUE)     /* */                                                            \
    X(JUMP_IF_FALSE_OR_POP) /* [v] -> [v] and jump if not v, else [] */                      \
    X(JUMP_IF_TRUE_OR_POP)  /* */                                                            \
    X(JUMP_IF_NOT_EXC_MATCH)/* [exc type] -> [], jump to arg unless exc matches type */     \
    X(SETUP_FINALLY)        /* push a block: on an exception unwind the stack to its level,\
                               push [tb value type] and jump to arg */                     \
    X(POP_BLOCK)            /* pop the block */                                              \
    X(POP_EXCEPT)           /* [tb value type] -> []: the handled exception ends */          \
    X(RERAISE)              /* [tb value type] -> raise value again */                       \
    X(RAISE_VARARGS)        /* arg 0: re-raise; 1: [exc]; 2: [exc cause] */                  \
    X(SETUP_WITH)           /* [mgr] -> [exit enter_result] and push a block to arg */       \
    X(WITH_EXCEPT_START)    /* [exit .. tb value type] -> [.. exit(type, value, tb)] */      \
    X(LOAD_ASSERTION_ERROR) /* [] -> [AssertionError] */                                     \
    X(FORMAT_VALUE)         /* [v (spec if arg&4)] -> [format(conv(v), spec)];              \
                               arg&3: 0 none, 1 str, 2 repr, 3 ascii */                   \
    X(IMPORT_NAME)          /* [level fromlist] -> [module] */                               \
    X(IMPORT_FROM)          /* [module] -> [module module.name] */                           \
    X(IMPORT_STAR)          /* [module] -> [] */                                             \
    X(LOAD_BUILD_CLASS)     /* [] -> [__build_class__] */                                    \
    X(YIELD_VALUE)          /* [v] -> [sent]: the generator pauses */                        \
    X(GET_YIELD_FROM_ITER)  /* [o] -> [iter] */                                              \
    X(YIELD_FROM)           /* [iter sent] -> [result] */                                    \
    X(PRINT_EXPR)           /* [v] -> []: the REPL echoes repr(v) */                         \
    X(SETUP_ANNOTATIONS)    /* creates __annotations__ in a module or class namespace */

#define GP_BINOP_INPLACE 0x80   /* BINARY_OP arg flag: a += b tries __iadd__ first */

typedef enum GpOpcode {
#define GP_OPCODE_ENUM(name) GP_OP_##name,
    GP_OPCODES(GP_OPCODE_ENUM)
#undef GP_OPCODE_ENUM
    GP_OP_COUNT
} GpOpcode;

/* "LOAD_CONST" */
const char *gp_opcode_name(int op);

#endif
