#pragma once

// PRIVAUDIT_ASAN is defined in AddressSanitizer builds (gcc defines __SANITIZE_ADDRESS__, clang answers
// __has_feature). Its shadow memory needs terabytes of address space, so the model sandbox cannot limit
// that there, and instrumented code runs a few times slower. Header only: the model host and the sandbox
// test use it without linking core.
#if defined(__SANITIZE_ADDRESS__)
#define PRIVAUDIT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PRIVAUDIT_ASAN 1
#endif
#endif
