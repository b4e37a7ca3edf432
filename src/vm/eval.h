/*
 * eval.h - the evaluation loop and its frames (see docs/VM.md).
 */
#ifndef GP_VM_EVAL_H
#define GP_VM_EVAL_H

#include "obj/code.h"
#include "obj/func.h"

/* A try block: where its handler is and how deep the value stack was. */
typedef struct GpBlock {
    int handler;                /* instruction index; -1: an except handler is running */
    int level;                  /* value-stack depth when the block began */
} GpBlock;

/* An activation record on the stack area: a header, then the slots for
 * locals, cells and frees, then the value stack, then the block stack. */
typedef struct GpFrame {
    struct GpFrame *prev;       /* the caller's frame */
    GpCode *code;
    GpObject *func;             /* the function running, or NULL (module code) */
    GpObject *globals;
    GpObject *locals;           /* dict for module code, else NULL */
    size_t ip;                  /* index of the next instruction */
    GpObject **sp;              /* first free value-stack slot */
    int entry;                  /* returning from it returns to C */
    int nblocks;
    GpBlock *blocks;
    size_t bytes;               /* the frame's whole size */
    GpObject *gen;              /* the generator running it (borrowed), or NULL */
    size_t nslots;              /* locals + cells + frees */
    GpObject *slots[];
} GpFrame;

/* Set by a SIGINT handler: the loop raises KeyboardInterrupt at the next
 * loop back-edge or call. */
extern volatile int gp_vm_interrupted;

/* Prepare the state to run Python: the builtins module, the function
 * type's call slot.  0 or -1 (MemoryError pending). */
int gp_vm_init(GpState *st);
/* Run module code in a namespace dict; the result of the module (None),
 * or NULL with the exception pending (its traceback attached). */
GpObject *gp_eval_module(GpState *st, GpObject *code, GpObject *globals);
/* Run module-level code with its own namespaces (eval, exec): names are
 * looked up in locals (any dict), then globals, then the builtins. */
GpObject *gp_eval_code(GpState *st, GpObject *code, GpObject *globals, GpObject *locals);
/* The innermost running frame (for the memory map and tracebacks). */
GpFrame *gp_vm_current_frame(GpState *st);

#endif
