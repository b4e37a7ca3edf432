/*
 * poison.h - tell AddressSanitizer which bytes of the image are not to be
 * touched.
 *
 * The image is one mmap'd range that ASan would otherwise treat as wholly
 * valid, so a use-after-free or an overflow of a glasspy object would go
 * unseen.  In sanitizer builds the allocator poisons what is not handed
 * out -- free blocks, never-carved pool space, free chunk payloads, the top
 * slack -- and unpoisons exactly the bytes a caller asked for.  Its own
 * free-list links, stored inside free blocks, are read and written through
 * gp_link_get/gp_link_set, which lift the poison for that one word.  In
 * normal builds all of this compiles to nothing.
 */
#ifndef GP_MEM_POISON_H
#define GP_MEM_POISON_H

#include <stddef.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GP_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define GP_ASAN 1
#endif

#ifdef GP_ASAN
#include <sanitizer/asan_interface.h>
#define GP_POISON(p, n)   ASAN_POISON_MEMORY_REGION((p), (n))
#define GP_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))

static inline void *gp_link_get(void *slot)
{
    void *v;
    int was = __asan_address_is_poisoned(slot);
    GP_UNPOISON(slot, sizeof(void *));
    v = *(void **)slot;
    if (was)
        GP_POISON(slot, sizeof(void *));
    return v;
}

static inline void gp_link_set(void *slot, void *v)
{
    int was = __asan_address_is_poisoned(slot);
    GP_UNPOISON(slot, sizeof(void *));
    *(void **)slot = v;
    if (was)
        GP_POISON(slot, sizeof(void *));
}
#else
#define GP_POISON(p, n)   ((void)(p), (void)(n))
#define GP_UNPOISON(p, n) ((void)(p), (void)(n))
#define gp_link_get(slot) (*(void **)(slot))
#define gp_link_set(slot, v) (*(void **)(slot) = (v))
#endif

#endif
